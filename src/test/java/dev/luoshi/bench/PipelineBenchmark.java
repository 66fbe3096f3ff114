package dev.luoshi.bench;

import com.hankcs.hanlp.HanLP;
import dev.luoshi.Luoshi;
import dev.luoshi.PlanOptions;
import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceDecoder;
import dev.luoshi.decode.SourceText;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The pipeline against its floor, in one JVM: {@code plan} runs {@link Luoshi#plan} over every text
 * of a corpus, {@code segment} only {@code HanLP.segment} over the same texts (the work no planner
 * can skip). One operation is one pass over the corpus; the {@code chars} counter gives characters
 * a second of wall-clock time, {@code cpuChars} over {@code cpuMicros} characters a second of the
 * benchmark thread's CPU time; the rates of the two benchmarks divide into the ratios the README
 * quotes. {@code scripts/bench --jmh} runs it and prints that ratio.
 *
 * <p>The corpus: the folders in the system property {@code luoshi.bench.corpus} (separated by the
 * path separator), else the dev corpus {@code ../shared/corpus/dev/src} when it sits beside the
 * project, else {@code samples/} and {@code src/main/corpus/src}; every {@code *.txt} in them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
@State(Scope.Benchmark)
public class PipelineBenchmark {
  private Luoshi luoshi;
  private List<SourceText> texts;

  /** Characters handled, counted per operation: JMH reports them as a rate. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Chars {
    /** Characters of the corpus passed through so far. */
    public long chars;
  }

  /**
   * The benchmark thread's CPU time (in microseconds) and the characters it handled, summed per
   * iteration: their quotient is a rate that other work on a shared machine hardly moves, unlike
   * the wall-clock rate of {@link Chars} (scripts/bench prints both).
   */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Cpu {
    /** CPU time of the benchmark thread, in microseconds. */
    public long cpuMicros;

    /** Characters handled in that time. */
    public long cpuChars;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Loads HanLP (with luoshi's words, as the planner has them) and reads the corpus. */
  @Setup(Level.Trial)
  public void load() {
    luoshi = Luoshi.create(Settings.none());
    SourceDecoder decoder = new SourceDecoder();
    texts = corpus().stream().map(p -> decoder.read(p, null)).toList();
    long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
    System.out.printf("corpus: %d texts, %d chars%n", texts.size(), chars);
  }

  /** Plans every text of the corpus. */
  @Benchmark
  public void plan(Chars counter, Cpu cpu, Blackhole bh) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (SourceText t : texts) {
      bh.consume(luoshi.plan(t, PlanOptions.defaults()));
      counter.chars += t.text().length();
      cpu.cpuChars += t.text().length();
    }
    cpu.cpuMicros += (THREADS.getCurrentThreadCpuTime() - start) / 1000;
  }

  /** Segments every text of the corpus with HanLP's default segmenter, nothing else. */
  @Benchmark
  public void segment(Chars counter, Cpu cpu, Blackhole bh) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (SourceText t : texts) {
      bh.consume(HanLP.segment(t.text()));
      counter.chars += t.text().length();
      cpu.cpuChars += t.text().length();
    }
    cpu.cpuMicros += (THREADS.getCurrentThreadCpuTime() - start) / 1000;
  }

  static List<Path> corpus() {
    List<Path> folders = new ArrayList<>();
    String given = System.getProperty("luoshi.bench.corpus", "");
    if (!given.isBlank()) {
      for (String f : given.split(File.pathSeparator)) {
        folders.add(Path.of(f));
      }
    } else {
      Path base = Path.of(System.getProperty("luoshi.basedir", "."));
      Path dev = base.resolve("../shared/corpus/dev/src").normalize();
      if (Files.isDirectory(dev)) {
        folders.add(dev);
      } else {
        folders.add(base.resolve("samples"));
        folders.add(base.resolve("src/main/corpus/src"));
      }
    }
    List<Path> out = new ArrayList<>();
    for (Path f : folders) {
      try (Stream<Path> s = Files.list(f)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + f, e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no *.txt in " + folders);
    }
    return out;
  }
}
