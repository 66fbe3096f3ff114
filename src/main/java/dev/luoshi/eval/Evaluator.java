package dev.luoshi.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.luoshi.InputException;
import dev.luoshi.Luoshi;
import dev.luoshi.LuoshiException;
import dev.luoshi.PlanOptions;
import dev.luoshi.decode.SourceDecoder;
import dev.luoshi.decode.SourceText;
import dev.luoshi.eval.EvalReport.FileError;
import dev.luoshi.eval.EvalReport.FileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores a set of annotated speeches the way score.py does: for each gold file {@code
 * GOLD/NAME.json}, in name order, the source {@code SRC/NAME.txt} is decoded, a prediction is
 * obtained and scored against the gold.
 *
 * <p>A file whose source cannot be decoded, or whose prediction cannot be had, is reported as an
 * error and scored as an empty prediction (counted in {@code missing_predictions}, as score.py
 * counts a missing prediction). A file whose gold cannot be read, or has a quote that is not in the
 * source, is reported as an error and left out of the totals. Other files go on either way.
 * Thread-safe if the predictor is.
 */
public final class Evaluator {
  private static final String[] PREDICTION_SUFFIXES = {".json", ".txt.json", ".plan.json"};

  private final Predictor predictor;
  private final GoldReader goldReader = new GoldReader();
  private final Scorer scorer = new Scorer();
  private final SourceDecoder decoder = new SourceDecoder();

  /** Where predictions come from. */
  @FunctionalInterface
  public interface Predictor {
    /**
     * The prediction for one source.
     *
     * @param name the gold file's name without {@code .json}
     * @param source the decoded source
     * @param gold its gold, for the meeting date (a predictor must not look at the answers)
     * @return the prediction, or null when there is none (scored as empty, counted as missing)
     * @throws LuoshiException when the prediction cannot be made or read (an {@link InputException}
     *     names the file that failed, else the source is named)
     */
    Prediction predict(String name, SourceText source, Gold gold);
  }

  /** An evaluator taking its predictions from the predictor. */
  public Evaluator(Predictor predictor) {
    this.predictor = Objects.requireNonNull(predictor, "predictor");
  }

  /**
   * An evaluator that runs the extraction on each source, given the gold file's meeting date (none
   * when it is null).
   */
  public static Evaluator of(Luoshi luoshi) {
    Objects.requireNonNull(luoshi, "luoshi");
    return new Evaluator(
        (name, source, gold) ->
            Prediction.of(luoshi.plan(source, new PlanOptions(gold.meetingDate()))));
  }

  /**
   * An evaluator that reads the predictions as score.py's {@code --pred DIR} does: the first of
   * {@code NAME.json}, {@code NAME.txt.json}, {@code NAME.plan.json} in the folder that exists,
   * read by {@link Prediction#fromJson}; none of them is a missing prediction.
   */
  public static Evaluator ofPredictions(Path predDir) {
    Objects.requireNonNull(predDir, "predDir");
    JsonMapper mapper = JsonMapper.builder().build();
    return new Evaluator((name, source, gold) -> readPrediction(mapper, predDir, name));
  }

  private static Prediction readPrediction(JsonMapper mapper, Path predDir, String stem) {
    for (String suffix : PREDICTION_SUFFIXES) {
      Path file = predDir.resolve(stem + suffix);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      String name = file.toString();
      try {
        String json = Files.readString(file);
        return Prediction.fromJson(
            mapper.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json));
      } catch (JacksonException e) {
        throw new InputException(name, JsonErrors.describe(e), e);
      } catch (IOException e) {
        throw new InputException(name, "cannot read: " + e.getMessage(), e);
      } catch (LuoshiException e) {
        throw new InputException(name, e.getMessage(), e);
      }
    }
    return null;
  }

  /**
   * Scores every gold file of the folder against its source in the source folder.
   *
   * @throws LuoshiException when a folder cannot be listed
   */
  public EvalReport evaluate(Path srcDir, Path goldDir) {
    Objects.requireNonNull(srcDir, "srcDir");
    Objects.requireNonNull(goldDir, "goldDir");
    List<FileResult> results = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    for (String fileName : goldFiles(goldDir)) {
      String name = fileName.substring(0, fileName.length() - ".json".length());
      Path goldFile = goldDir.resolve(fileName);
      Gold gold;
      try {
        gold = goldReader.read(goldFile);
      } catch (LuoshiException e) {
        errors.add(error(goldFile, e));
        continue;
      }
      Path sourceFile = srcDir.resolve(name + ".txt");
      SourceText source;
      try {
        source = decoder.read(sourceFile, null);
      } catch (LuoshiException e) {
        errors.add(error(sourceFile, e));
        results.add(new FileResult(name, scorer.scoreWithoutSource(gold), true));
        continue;
      }
      Prediction prediction;
      boolean failed = false;
      try {
        prediction = predictor.predict(name, source, gold);
      } catch (RuntimeException e) {
        errors.add(error(sourceFile, e));
        prediction = null;
        failed = true;
      }
      try {
        results.add(
            new FileResult(
                name, scorer.score(source.text(), gold, prediction), failed || prediction == null));
      } catch (LuoshiException e) {
        errors.add(error(goldFile, e));
      }
    }
    return EvalReport.of(results, errors);
  }

  private static List<String> goldFiles(Path goldDir) {
    try (Stream<Path> entries = Files.list(goldDir)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted(Py::compare)
          .toList();
    } catch (IOException e) {
      throw new LuoshiException(goldDir + ": cannot list: " + e.getMessage(), e);
    }
  }

  /**
   * The failure in one line, starting with the file: the input an {@link InputException} names, or
   * else the file given (unless the message starts with it already).
   */
  private static FileError error(Path file, RuntimeException e) {
    String where = e instanceof InputException input ? input.input() : file.toString();
    String message =
        e instanceof LuoshiException && e.getMessage() != null ? e.getMessage() : e.toString();
    String line = message.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    return new FileError(where, line.startsWith(where) ? line : where + ": " + line);
  }
}
