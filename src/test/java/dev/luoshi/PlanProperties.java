package dev.luoshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.luoshi.config.Settings;
import dev.luoshi.decode.SourceText;
import dev.luoshi.plan.Plan;
import dev.luoshi.units.Unit;
import dev.luoshi.units.UnitSplitter;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The pipeline's invariants as properties over generated speeches (pieces of {@link SpeechPieces}
 * and stray characters): units partition the text, and every plan satisfies {@link PlanInvariants},
 * byte for byte the same when planned twice.
 */
class PlanProperties {
  private static Luoshi luoshi;

  @BeforeContainer
  static void planner() {
    luoshi = Luoshi.create(Settings.none());
  }

  @Provide
  Arbitrary<String> speeches() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, Arbitraries.of(SpeechPieces.ALL)),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.integers()
                    .between(0x20, 0x2ffff)
                    .filter(c -> c < 0xd800 || c > 0xdfff)
                    .map(Character::toString)));
    return piece.list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<LocalDate> meetingDates() {
    return Arbitraries.integers()
        .between(0, 40 * 366)
        .map(d -> LocalDate.of(2000, 1, 1).plusDays(d))
        .injectNull(0.3);
  }

  /**
   * Units cover the text: in order, disjoint, each the text at its offsets, trimmed, on one line,
   * ended by a sentence mark only at its end; between two units only whitespace and line breaks.
   */
  @Property(tries = 500)
  void unitsPartitionTheText(@ForAll("speeches") String text) {
    List<Unit> units = UnitSplitter.split(text);
    int at = 0;
    for (Unit u : units) {
      assertTrue(u.start() >= at, "overlap at " + u.start());
      for (int i = at; i < u.start(); i++) {
        assertTrue(UnitSplitter.isSpace(text.charAt(i)), "text lost between units at " + i);
      }
      assertEquals(text.substring(u.start(), u.end()), u.text());
      assertTrue(!UnitSplitter.isSpace(u.text().charAt(0)), "untrimmed start");
      assertTrue(!UnitSplitter.isSpace(u.text().charAt(u.text().length() - 1)), "untrimmed end");
      assertTrue(u.text().indexOf('\n') < 0, "a unit spans a line break");
      for (int i = u.start(); i < u.end() - 1; i++) {
        assertTrue(!UnitSplitter.endsUnit(text, i), "a unit goes past its end at " + i);
      }
      at = u.end();
    }
    for (int i = at; i < text.length(); i++) {
      assertTrue(UnitSplitter.isSpace(text.charAt(i)), "text lost after the last unit");
    }
  }

  /** Every plan keeps the invariants, and the same input gives the same bytes. */
  @Property(tries = 200)
  void plansKeepTheirInvariants(
      @ForAll("speeches") String text, @ForAll("meetingDates") LocalDate meeting) {
    if (text.isBlank()) {
      return;
    }
    SourceText source = SourceText.of("generated.txt", text);
    PlanOptions options = new PlanOptions(meeting);
    Plan plan = luoshi.plan(source, options);
    PlanInvariants.check(source, options, plan);
    PlanInvariants.checkWriters(plan, luoshi.plan(source, options));
  }

  /** Sentences whose 。 were typed as half-width full stops give the same tasks. */
  @Property(tries = 100)
  void halfWidthStopsGiveTheSameTaskCount(@ForAll("directives") List<String> sentences) {
    String full = String.join("", sentences.stream().map(s -> s + "。").toList());
    String half = String.join("", sentences.stream().map(s -> s + ".").toList());
    PlanOptions options = new PlanOptions(LocalDate.of(2023, 3, 6));
    assertEquals(
        luoshi.plan(SourceText.of("full.txt", full), options).tasks().size(),
        luoshi.plan(SourceText.of("half.txt", half), options).tasks().size());
  }

  @Provide
  Arbitrary<List<String>> directives() {
    Arbitrary<String> body = Arbitraries.of("各处室", "局属单位", "各乡镇", "财政局", "县委办公室");
    Arbitrary<String> modal = Arbitraries.of("要", "必须", "务必");
    Arbitrary<String> act = Arbitraries.of("召开会议", "制定方案", "上报材料", "开展检查");
    Arbitrary<String> when = Arbitraries.of("", "月底前", "3月15日前", "会后");
    return Combinators.combine(body, when, modal, act)
        .as((b, w, m, a) -> b + w + m + a)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }
}
