package dev.luoshi.cli;

import dev.luoshi.plan.Deadline;
import dev.luoshi.plan.Kind;
import dev.luoshi.plan.Meeting;
import dev.luoshi.plan.OutlineNode;
import dev.luoshi.plan.Owner;
import dev.luoshi.plan.Plan;
import dev.luoshi.plan.Role;
import dev.luoshi.plan.Source;
import dev.luoshi.plan.Span;
import dev.luoshi.plan.Stats;
import dev.luoshi.plan.Task;
import dev.luoshi.write.PlanWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Readies a writer while the planner loads: writing a small plan nowhere loads and links the
 * writer's classes (Jackson, SnakeYAML, POI: about 400 ms on a cold start) on a second core, off
 * the path from start to the first plan. Its output is thrown away and its failures ignored: the
 * real writes report their own.
 */
final class WarmUp {
  private static final String TEXT = "一、压实责任\n各处室要在3月15日前上报方案。\n";

  private WarmUp() {}

  static void start(PlanWriter writer) {
    Thread thread =
        new Thread(
            () -> {
              try {
                writer.write(plan(), TEXT, OutputStream.nullOutputStream());
              } catch (Exception | LinkageError e) {
                // Nothing to do: the same failure, if real, is reported when a plan is written.
              }
            },
            "luoshi-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static Plan plan() {
    Task task =
        new Task(
            "T1",
            "1",
            Kind.ACTION,
            "各处室要在3月15日前上报方案。",
            new Span(7, 23, 2),
            List.of(new Owner("各处室", Role.LEAD)),
            new Deadline("3月15日前", LocalDate.of(2024, 3, 15)),
            List.of(),
            List.of(),
            List.of("modal:要"));
    return new Plan(
        new Source("warm-up.txt", "UTF-8", TEXT.length(), "0".repeat(64)),
        new Meeting(LocalDate.of(2024, 3, 1), Meeting.DateSource.OPTION, null),
        List.of(new OutlineNode("1", 1, "一、", "压实责任", new Span(0, 6, 1), List.of())),
        List.of(task),
        List.of(),
        new Stats(2, 1, Map.of(Kind.ACTION, 1)));
  }
}
