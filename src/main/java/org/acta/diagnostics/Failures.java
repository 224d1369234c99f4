package org.acta.diagnostics;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * How a failure that is not the content's fault is told: exit code {@link #EXIT_CODE} and one
 * line, whatever was thrown and on whichever thread. The JVM's stack trace is printed only on
 * request ({@code --debug}): to an editor it reads as a crash of their content.
 */
public final class Failures {
  /** Exit code of an internal error, as the README promises. */
  public static final int EXIT_CODE = 3;

  private Failures() {}

  /** Prints the one-line report (and the stack trace when {@code debug}). */
  public static void report(Throwable thrown, PrintWriter err, boolean debug) {
    err.println(oneLine(thrown));
    if (debug) {
      thrown.printStackTrace(err);
    }
    err.flush();
  }

  /** The one line: memory advice for a full heap, otherwise "internal error" and where. */
  public static String oneLine(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return "acta: out of memory (" + flat(t.getMessage()) + "). Give Java more heap with "
            + "-Xmx, e.g. JAVA_TOOL_OPTIONS=-Xmx2g (see the README section 'Performance and "
            + "the benchmark'). Nothing was written.";
      }
    }
    StackTraceElement[] trace = cause.getStackTrace();
    return "acta: internal error: " + flat(cause.toString())
        + (trace.length > 0 ? " at " + trace[0] : "") + ". This is a bug in Acta, not in "
        + "your content; please report it with the command you ran (--debug prints the "
        + "details). Nothing was written.";
  }

  /** The failure inside the wrappers that threads and futures add. */
  static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof CompletionException || t instanceof ExecutionException
        || t instanceof InvocationTargetException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String flat(String text) {
    return text == null ? "no details" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
