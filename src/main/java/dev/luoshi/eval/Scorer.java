package dev.luoshi.eval;

import dev.luoshi.LuoshiException;
import dev.luoshi.eval.Gold.GoldDeadline;
import dev.luoshi.eval.Gold.GoldHeading;
import dev.luoshi.eval.Gold.GoldTask;
import dev.luoshi.eval.Locator.Hit;
import dev.luoshi.eval.Prediction.PredictedDeadline;
import dev.luoshi.eval.Prediction.PredictedHeading;
import dev.luoshi.eval.Prediction.PredictedTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A port of score.py's {@code score_file} (GUIDELINE §5 gold against a prediction), giving the same
 * counts and the same -v log. Stateless and thread-safe.
 *
 * <p>Tasks are located in the whitespace-free source and matched one to one, greedily by
 * intersection over union (at least 0.6). {@code optional} gold units are don't-cares, and an
 * unmatched prediction whose text equals a gold quote (a repeated passage) is not a false positive.
 * Owners, deadlines and kinds are compared on matched tasks; outline nodes are matched on title.
 */
public final class Scorer {
  private static final double IOU_MIN = 0.6;
  private static final String ACTION = "action";
  private static final Pattern OWNER_PREFIX = Pattern.compile("^(各|全体|全|所有|每位|每个|我们|我)");
  private static final Pattern OWNER_SUFFIX = Pattern.compile("(都|也|要|们)$");
  private static final String TITLE_CLOSERS = "。；，";

  /** A scorer; it holds no state. */
  public Scorer() {}

  /**
   * The score of a prediction against the gold of a source.
   *
   * @param sourceText the decoded source the gold annotates
   * @param prediction the prediction, or null when there is none (scored as empty)
   * @throws LuoshiException when a gold quote cannot be found in the source
   */
  public FileScore score(String sourceText, Gold gold, Prediction prediction) {
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(gold, "gold");
    return score(new Locator(sourceText), gold, prediction);
  }

  /**
   * The score of a missing prediction when the source itself is not available (it could not be
   * read): the same counts as {@link #score} with a null prediction, without checking that the gold
   * quotes occur in the source.
   */
  public FileScore scoreWithoutSource(Gold gold) {
    Objects.requireNonNull(gold, "gold");
    return score((Locator) null, gold, null);
  }

  private FileScore score(Locator loc, Gold gold, Prediction pred) {
    Counts tasks = new Counts();
    Counts actions = new Counts();
    Counts owners = new Counts();
    Counts deadlineText = new Counts();
    Counts outline = new Counts();
    int kindOk = 0;
    int kindN = 0;
    int dateOk = 0;
    int dateN = 0;
    int levelOk = 0;
    int levelN = 0;
    List<String> log = new ArrayList<>();
    List<GoldTask> gtasks = gold.tasks();

    List<Hit> gspans = new ArrayList<>();
    if (loc != null) {
      for (GoldTask g : gtasks) {
        Hit sp = loc.find(g.quote(), null, Set.of());
        if (sp == null) {
          throw new LuoshiException(
              "gold quote not found in source: "
                  + (gold.file() == null ? "(no file)" : gold.file())
                  + ": "
                  + Py.head(g.quote(), 40));
        }
        gspans.add(sp);
      }
    }

    // Each prediction avoids the spans taken before it, so the copies of a repeated passage land
    // on its successive occurrences.
    List<PredictedTask> ptasks = new ArrayList<>();
    List<Hit> pspans = new ArrayList<>();
    if (pred != null && !pred.tasks().isEmpty()) {
      Set<Hit> taken = new HashSet<>();
      for (PredictedTask t : pred.tasks()) {
        Hit sp = loc.find(t.unit(), null, taken);
        if (sp == null) {
          log.add(
              "  unlocatable predicted text (counted as false positive): " + Py.head(t.unit(), 40));
          tasks.fp++;
          if (ACTION.equals(t.kind())) {
            actions.fp++;
          }
          continue;
        }
        taken.add(sp);
        ptasks.add(t);
        pspans.add(sp);
      }
    }

    Map<Integer, Integer> matched = match(gspans, pspans);
    Set<Integer> takenP = new HashSet<>(matched.values());

    // An optional gold unit still takes part in the matching: the prediction it absorbs is
    // neither credited nor a false positive.
    Set<Integer> optional = new HashSet<>();
    for (int gi = 0; gi < gtasks.size(); gi++) {
      if (gtasks.get(gi).isOptional()) {
        optional.add(gi);
      }
    }
    Map<Integer, Integer> gm = new LinkedHashMap<>();
    matched.forEach(
        (gi, pi) -> {
          if (!optional.contains(gi)) {
            gm.put(gi, pi);
          }
        });
    Set<String> goldTexts = new HashSet<>();
    gtasks.forEach(g -> goldTexts.add(Py.squeeze(g.quote())));
    List<Integer> unmatched = new ArrayList<>();
    for (int pi = 0; pi < ptasks.size(); pi++) {
      if (!takenP.contains(pi) && !goldTexts.contains(Py.squeeze(ptasks.get(pi).unit()))) {
        unmatched.add(pi);
      }
    }

    tasks.tp = gm.size();
    tasks.fn = gtasks.size() - optional.size() - gm.size();
    tasks.fp += unmatched.size();
    for (int gi = 0; gi < gtasks.size(); gi++) {
      if (!gm.containsKey(gi) && !optional.contains(gi)) {
        GoldTask g = gtasks.get(gi);
        log.add("  missed [" + Py.str(g.kind()) + "] " + Py.head(g.quote(), 50));
      }
    }
    for (int pi : unmatched) {
      PredictedTask p = ptasks.get(pi);
      log.add("  spurious [" + Py.str(p.kind()) + "] " + Py.head(p.text(), 50));
    }

    // The action-only view: kinds count, not just the overlap.
    for (int gi = 0; gi < gtasks.size(); gi++) {
      if (optional.contains(gi)) {
        continue;
      }
      Integer pi = gm.get(gi);
      String pk = pi != null ? ptasks.get(pi).kind() : null;
      if (ACTION.equals(gtasks.get(gi).kind())) {
        if (ACTION.equals(pk)) {
          actions.tp++;
        } else {
          actions.fn++;
        }
      } else if (ACTION.equals(pk)) {
        actions.fp++;
      }
    }
    for (int pi : unmatched) {
      if (ACTION.equals(ptasks.get(pi).kind())) {
        actions.fp++;
      }
    }

    for (Map.Entry<Integer, Integer> e : gm.entrySet()) {
      GoldTask g = gtasks.get(e.getKey());
      PredictedTask p = ptasks.get(e.getValue());
      kindN++;
      if (Objects.equals(g.kind(), p.kind())) {
        kindOk++;
      }
      List<String> po = p.owners();
      Set<Integer> used = new HashSet<>();
      for (String o : g.owners()) {
        int j = -1;
        for (int k = 0; k < po.size(); k++) {
          if (!used.contains(k) && ownerMatch(o, po.get(k))) {
            j = k;
            break;
          }
        }
        if (j < 0) {
          owners.fn++;
        } else {
          used.add(j);
          owners.tp++;
        }
      }
      owners.fp += po.size() - used.size();

      GoldDeadline gd = g.deadline();
      PredictedDeadline pd = p.deadline();
      if (gd != null && pd != null) {
        String a = Py.squeeze(gd.text());
        String b = Py.squeeze(pd.text());
        if (!a.isEmpty() && !b.isEmpty() && (b.contains(a) || a.contains(b))) {
          deadlineText.tp++;
        } else {
          deadlineText.fn++;
          deadlineText.fp++;
        }
      } else if (gd != null) {
        deadlineText.fn++;
      } else if (pd != null) {
        deadlineText.fp++;
      }
      if (gd != null && gd.date() != null && !gd.date().isEmpty()) {
        dateN++;
        if (pd != null && gd.date().equals(pd.date())) {
          dateOk++;
        }
      }
    }

    List<PredictedHeading> pol = pred == null ? List.of() : pred.outline();
    Set<Integer> usedP = new HashSet<>();
    for (GoldHeading g : gold.outline()) {
      int j = -1;
      for (int k = 0; k < pol.size(); k++) {
        if (!usedP.contains(k) && titleMatch(g.title(), pol.get(k).title())) {
          j = k;
          break;
        }
      }
      if (j < 0) {
        outline.fn++;
        log.add(
            "  outline missed L"
                + Py.str(g.level())
                + " "
                + (g.marker() == null ? "" : g.marker())
                + Py.head(g.title(), 30));
      } else {
        usedP.add(j);
        outline.tp++;
        levelN++;
        if (g.level() != null && g.level() == pol.get(j).level()) {
          levelOk++;
        }
      }
    }
    outline.fp = pol.size() - usedP.size();

    return new FileScore(
        tasks.freeze(),
        actions.freeze(),
        owners.freeze(),
        deadlineText.freeze(),
        outline.freeze(),
        kindOk,
        kindN,
        dateOk,
        dateN,
        levelOk,
        levelN,
        log);
  }

  /**
   * Greedy one-to-one matching: candidate pairs with IoU at least 0.6, taken in the order Python's
   * {@code sorted(..., reverse=True)} gives the {@code (iou, gi, pi)} tuples.
   */
  private static Map<Integer, Integer> match(List<Hit> gspans, List<Hit> pspans) {
    record Cand(double iou, int gi, int pi) {}
    List<Cand> cands = new ArrayList<>();
    for (int gi = 0; gi < gspans.size(); gi++) {
      for (int pi = 0; pi < pspans.size(); pi++) {
        double v = Locator.iou(gspans.get(gi), pspans.get(pi));
        if (v >= IOU_MIN) {
          cands.add(new Cand(v, gi, pi));
        }
      }
    }
    cands.sort(
        Comparator.comparingDouble(Cand::iou)
            .thenComparingInt(Cand::gi)
            .thenComparingInt(Cand::pi)
            .reversed());
    Map<Integer, Integer> matched = new LinkedHashMap<>();
    Set<Integer> takenP = new HashSet<>();
    for (Cand c : cands) {
      if (!matched.containsKey(c.gi()) && !takenP.contains(c.pi())) {
        matched.put(c.gi(), c.pi());
        takenP.add(c.pi());
      }
    }
    return matched;
  }

  /** score.py's {@code norm_owner}: without whitespace, a leading 各/全体/每位…, a trailing 都/也/要/们. */
  static String normOwner(String s) {
    String t = OWNER_PREFIX.matcher(Py.squeeze(s)).replaceFirst("");
    return OWNER_SUFFIX.matcher(t).replaceFirst("");
  }

  /**
   * score.py's {@code owner_match}: the normalised names are non-empty and one contains the other.
   */
  static boolean ownerMatch(String a, String b) {
    String x = normOwner(a);
    String y = normOwner(b);
    return !x.isEmpty() && !y.isEmpty() && (y.contains(x) || x.contains(y));
  }

  /**
   * score.py's {@code title_match}: after squeezing and stripping a trailing 。；，, the titles are
   * equal, or the shorter is inside the longer and at least 0.6 of its length.
   */
  static boolean titleMatch(String gold, String pred) {
    String g = Py.rstrip(Py.squeeze(gold), TITLE_CLOSERS);
    String p = Py.rstrip(Py.squeeze(pred), TITLE_CLOSERS);
    if (g.isEmpty() || p.isEmpty()) {
      return false;
    }
    if (g.equals(p)) {
      return true;
    }
    boolean predShorter = Py.len(p) < Py.len(g);
    String shorter = predShorter ? p : g;
    String longer = predShorter ? g : p;
    return longer.contains(shorter) && Py.len(shorter) >= 0.6 * Py.len(longer);
  }

  /** Counts while a file is scored. */
  private static final class Counts {
    int tp;
    int fp;
    int fn;

    Tally freeze() {
      return new Tally(tp, fp, fn);
    }
  }
}
