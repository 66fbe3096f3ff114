package dev.luoshi.model;

import dev.luoshi.analysis.Token;
import dev.luoshi.extract.tasks.Evidence;
import dev.luoshi.extract.tasks.UnitContext;
import dev.luoshi.extract.tasks.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The context a unit shows the statistical model: the rules' evidence and verdict, the unit's place
 * in the outline, its length, and its content words (verbs and nouns with their tags).
 */
public final class ModelFeatures {
  private ModelFeatures() {}

  /** The model's features for one unit. */
  public static String[] of(UnitContext ctx, Evidence e, Verdict rule) {
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    for (String cue : e.cues().keySet()) {
      f.add("cue=" + cue);
    }
    f.add("rule=" + (rule.task() ? rule.kind().label() : "none"));
    f.add("ruleconf=" + Math.round(rule.confidence() * 10));
    f.add("len=" + bucket(ctx.text().length()));
    f.add("owners=" + Math.min(ctx.owners().size(), 3));
    if (ctx.section() != null) {
      f.add("level=" + Math.min(ctx.section().level(), 4));
    }
    if (ctx.heading() != null) {
      f.add("numbered");
    }
    List<Token> ts = ctx.tokens();
    int content = 0;
    for (Token t : ts) {
      if (t.is("w") || t.is("x")) {
        continue;
      }
      if (content == 0) {
        f.add("first=" + t.word());
        f.add("firstpos=" + t.pos());
      }
      content++;
      if (t.is("v") || t.is("n") || t.is("d") || t.is("t") || t.is("a")) {
        f.add("w=" + t.word());
      }
      if (t.is("u") && (t.word().equals("了") || t.word().equals("过"))) {
        f.add("aspect=" + t.word());
      }
    }
    String text = ctx.text();
    f.add("end=" + (text.isEmpty() ? "" : text.substring(text.length() - 1)));
    return f.toArray(new String[0]);
  }

  private static String bucket(int length) {
    if (length < 15) {
      return "xs";
    }
    if (length < 35) {
      return "s";
    }
    if (length < 70) {
      return "m";
    }
    if (length < 140) {
      return "l";
    }
    return "xl";
  }

  /** Outcome names: "none" and the kinds' labels. */
  public static List<String> outcomes() {
    List<String> out = new ArrayList<>();
    out.add("none");
    for (dev.luoshi.plan.Kind k : dev.luoshi.plan.Kind.values()) {
      out.add(k.label());
    }
    return out;
  }
}
