package dev.luoshi.cli;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs a list of tasks on a pool and hands them back in list order, each as a future to wait for,
 * with at most {@code window} tasks started and not yet handed back: the results of a batch of any
 * size that a slow task holds up wait in a bounded reorder window, not in a list as long as the
 * batch. A null task has nothing to run and comes back as null. Not thread-safe: one thread takes.
 */
final class InOrder<T> {
  private final ExecutorService pool;
  private final List<Callable<T>> tasks;
  private final int window;
  private final Future<T>[] started; // a ring: task i in slot i % window
  private int submitted;
  private int taken;

  InOrder(ExecutorService pool, int window, List<Callable<T>> tasks) {
    if (window < 1) {
      throw new IllegalArgumentException("window " + window);
    }
    this.pool = pool;
    this.window = window;
    this.tasks = tasks;
    @SuppressWarnings("unchecked")
    Future<T>[] ring = new Future[window];
    this.started = ring;
  }

  boolean hasNext() {
    return taken < tasks.size();
  }

  /**
   * The next task's future (null for a null task), after starting those that now fit in the window.
   */
  Future<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    for (; submitted < tasks.size() && submitted < taken + window; submitted++) {
      Callable<T> task = tasks.get(submitted);
      started[submitted % window] = task == null ? null : pool.submit(task);
    }
    Future<T> next = started[taken % window];
    started[taken % window] = null; // handed back: its result is the caller's to keep or drop
    taken++;
    return next;
  }
}
