package dev.luoshi;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work begun on another thread (HanLP's dictionaries, a planner begun early). */
public final class Futures {
  private Futures() {}

  /**
   * The work's result. An interrupt does not stop the wait, since the result is needed all the
   * same; it is kept for the caller to see. The work's failure is rethrown as it was thrown.
   */
  public static <T> T await(Future<T> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
