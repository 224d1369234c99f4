package org.acta.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a piece of a test on a thread with a stack of a chosen size. */
public final class OnStack {
  private OnStack() {}

  /**
   * {@code work}'s result, computed on a new thread with a stack of {@code bytes}; whatever it
   * throws (a StackOverflowError, a failed assertion) is thrown here.
   */
  public static <T> T call(long bytes, Callable<T> work) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.call());
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "stack-" + bytes / 1024 + "k", bytes);
    thread.start();
    thread.join();
    Throwable t = failure.get();
    if (t instanceof Exception e) {
      throw e;
    } else if (t instanceof Error e) {
      throw e;
    }
    return result.get();
  }
}
