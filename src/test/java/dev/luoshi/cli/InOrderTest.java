package dev.luoshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void handsResultsBackInOrderWithNoMoreThanTheWindowStartedAndNotTaken() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      AtomicInteger started = new AtomicInteger();
      AtomicInteger taken = new AtomicInteger();
      AtomicInteger widest = new AtomicInteger();
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        tasks.add(
            i % 7 == 3
                ? null
                : () -> {
                  int open = started.incrementAndGet() - taken.get();
                  widest.accumulateAndGet(open, Math::max);
                  Thread.sleep(n % 5); // later tasks often finish before earlier ones
                  return n;
                });
      }
      InOrder<Integer> inOrder = new InOrder<>(pool, 4, tasks);

      List<Integer> results = new ArrayList<>();
      while (inOrder.hasNext()) {
        Future<Integer> f = inOrder.next();
        int i = results.size();
        if (tasks.get(i) == null) {
          assertNull(f);
          results.add(i);
          continue;
        }
        results.add(f.get());
        taken.incrementAndGet();
        Thread.sleep(1); // a slow writer: the pool runs ahead, as far as the window lets it
      }

      assertEquals(40, results.size());
      for (int i = 0; i < 40; i++) {
        assertEquals(i, results.get(i));
      }
      assertTrue(widest.get() <= 4, "started and not taken at once: " + widest.get());
      assertTrue(widest.get() >= 2, "the pool ran ahead of the writer: " + widest.get());
      assertFalse(inOrder.hasNext());
    } finally {
      pool.shutdownNow();
    }
  }
}
