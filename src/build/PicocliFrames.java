import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step (run by Maven after the runnable jar is shaded, with ASM on the class path): gives
 * picocli's classes in the jar the stack map frames of Java 6 class files.
 *
 * <p>picocli is compiled for Java 5, and Java 17's class-data sharing skips such classes: they are
 * read, parsed and verified by the old type-inferring verifier on every start, about 0.1 s of CPU
 * for the 175 classes a run loads. The same bytecode, marked as a Java 6 class file with frames
 * computed by ASM, is verified by the type-checking verifier, once, when the launcher writes its
 * archive, and mapped in from the archive after that. Nothing but the class file version and the
 * frames changes. Were a frame ever wrong, the JVM falls back to the old verifier for Java 6 class
 * files, as it did before.
 *
 * <pre>java -cp asm.jar src/build/PicocliFrames.java target/luoshi-VERSION-all.jar</pre>
 */
public final class PicocliFrames {
  private PicocliFrames() {}

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    try (FileSystem zip = FileSystems.newFileSystem(jar);
        URLClassLoader classes =
            new URLClassLoader(
                new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(zip.getPath("/picocli"))) {
        files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
      }
      for (Path file : files) {
        ClassReader reader = new ClassReader(Files.readAllBytes(file));
        if (reader.readUnsignedShort(6) >= Opcodes.V1_6) {
          continue; // has its frames already
        }
        ClassWriter writer =
            new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
              @Override
              protected ClassLoader getClassLoader() {
                return classes; // the common superclass of two picocli types, for a frame
              }
            };
        reader.accept(
            new ClassVisitor(Opcodes.ASM9, writer) {
              @Override
              public void visit(
                  int version,
                  int access,
                  String name,
                  String signature,
                  String superName,
                  String[] interfaces) {
                super.visit(Opcodes.V1_6, access, name, signature, superName, interfaces);
              }
            },
            ClassReader.SKIP_FRAMES);
        Files.write(file, writer.toByteArray());
      }
    }
  }
}
