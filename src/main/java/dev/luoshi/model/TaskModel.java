package dev.luoshi.model;

import dev.luoshi.ConfigException;
import dev.luoshi.plan.Kind;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained maximum-entropy model over unit features ({@link ModelFeatures}) with outcomes "none",
 * "action", "requirement", "goal". Immutable and thread-safe (OpenNLP's GIS model only reads its
 * parameters).
 */
public final class TaskModel {
  /** The first bytes of a luoshi model file, before OpenNLP's own format. */
  static final String MAGIC = "luoshi/task-model@1";

  private static final String NOT_A_MODEL = "not a luoshi task model, or a damaged one";

  private final MaxentModel model;

  TaskModel(MaxentModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The probability of each outcome for a unit's features. */
  public Scores score(String[] features) {
    double[] p = model.eval(features);
    double none = 0;
    double[] kinds = new double[Kind.values().length];
    for (int i = 0; i < p.length; i++) {
      String outcome = model.getOutcome(i);
      Kind k = Kind.ofLabel(outcome);
      if (k == null) {
        none += p[i];
      } else {
        kinds[k.ordinal()] += p[i];
      }
    }
    return new Scores(none, kinds);
  }

  /** A model's probabilities for one unit. */
  public record Scores(double none, double[] kinds) {
    /** The probability that the unit is a task of some kind. */
    public double task() {
      return 1 - none;
    }

    /** The most probable kind, were the unit a task. */
    public Kind kind() {
      int best = 0;
      for (int i = 1; i < kinds.length; i++) {
        if (kinds[i] > kinds[best]) {
          best = i;
        }
      }
      return Kind.values()[best];
    }
  }

  /** Writes the model. */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeUTF(MAGIC);
    new BinaryGISModelWriter((AbstractModel) model, data).persist();
    data.flush();
  }

  /** Writes the model to a file. */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /** Reads a model written by {@link #write}; the name is used in the error message. */
  public static TaskModel read(InputStream in, String name) {
    AbstractModel m;
    try {
      DataInputStream data = new DataInputStream(new BufferedInputStream(in));
      String magic;
      try {
        magic = data.readUTF();
      } catch (IOException | RuntimeException e) {
        magic = null;
      }
      if (!MAGIC.equals(magic)) {
        throw new ConfigException(name, NOT_A_MODEL);
      }
      m = new BinaryGISModelReader(data).getModel();
    } catch (ConfigException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(name, NOT_A_MODEL, e);
    }
    if (!(m instanceof GISModel)) {
      throw new ConfigException(name, "not a maximum-entropy model");
    }
    return new TaskModel(m);
  }

  /** The classpath resource of the model trained at build time from the project's corpus. */
  public static final String BUILT_IN = "/dev/luoshi/model/default-task-model.bin";

  /** The model bundled with this build, if the build produced one. */
  public static java.util.Optional<TaskModel> builtIn() {
    try (InputStream in = TaskModel.class.getResourceAsStream(BUILT_IN)) {
      return in == null ? java.util.Optional.empty() : java.util.Optional.of(read(in, BUILT_IN));
    } catch (IOException e) {
      throw new ConfigException(BUILT_IN, "cannot read model: " + e.getMessage(), e);
    }
  }

  /** Reads a model file. */
  public static TaskModel read(Path file) {
    if (!Files.exists(file)) {
      throw new ConfigException(file.toString(), "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new ConfigException(file.toString(), "is a directory, not a model file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new ConfigException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }
}
