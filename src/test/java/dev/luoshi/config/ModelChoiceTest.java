package dev.luoshi.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.ConfigException;
import dev.luoshi.model.TaskModel;
import dev.luoshi.model.TaskModelTrainer;
import dev.luoshi.model.TaskModelTrainer.Sample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the chosen task model, and what a bad model file says. */
class ModelChoiceTest {
  @TempDir Path dir;

  private static TaskModel tinyModel() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      samples.add(new Sample(new String[] {"modal=要", "owner"}, "action"));
      samples.add(new Sample(new String[] {"past", "report"}, "none"));
    }
    return new TaskModelTrainer(20, 1).train(samples);
  }

  private static byte[] bytes(TaskModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  private String failure(ModelChoice choice) {
    return assertThrows(ConfigException.class, choice::load).getMessage();
  }

  @Test
  void rulesOnlyReadsNothing() {
    assertTrue(ModelChoice.rulesOnly().load().isEmpty());
  }

  @Test
  void readsAModelFile() throws IOException {
    TaskModel model = tinyModel();
    Path file = dir.resolve("ours.bin");
    model.write(file);

    TaskModel read = ModelChoice.file(file, "ours.bin").load().orElseThrow();

    assertArrayEquals(bytes(model), bytes(read));
  }

  @Test
  void aFileThatIsNotAModelSaysSo() throws IOException {
    Path text = dir.resolve("text.bin");
    Files.writeString(text, "这不是模型文件\n", StandardCharsets.UTF_8);
    Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);
    byte[] whole = bytes(tinyModel());
    Path cut =
        Files.write(dir.resolve("cut.bin"), java.util.Arrays.copyOf(whole, whole.length / 2));

    for (Path bad : List.of(text, empty, cut)) {
      assertEquals(
          "model.bin: not a luoshi task model, or a damaged one",
          failure(ModelChoice.file(bad, "model.bin")),
          bad.toString());
    }
  }

  @Test
  void aMissingModelOrAFolderSaysSo() throws IOException {
    Files.createDirectories(dir.resolve("models"));

    assertEquals("m.bin: no such file", failure(ModelChoice.file(dir.resolve("m.bin"), "m.bin")));
    assertEquals(
        "models: is a directory", failure(ModelChoice.file(dir.resolve("models"), "models")));
  }

  @Test
  void theBuiltInModelIsRequiredOnlyWhenChosen() {
    if (TaskModel.class.getResource(TaskModel.BUILT_IN) == null) {
      assertEquals("built-in model: not in this build of luoshi", failure(ModelChoice.builtIn()));
      assertTrue(new ModelChoice.BuiltIn(false).load().isEmpty());
    } else {
      assertTrue(ModelChoice.builtIn().load().isPresent());
      assertTrue(new ModelChoice.BuiltIn(false).load().isPresent());
    }
  }

  @Test
  void theDefaultFollowsTheOneSwitch() {
    assertEquals(
        ModelChoice.BUILT_IN_BY_DEFAULT ? new ModelChoice.BuiltIn(false) : ModelChoice.rulesOnly(),
        ModelChoice.byDefault());
  }
}
