package org.acta.diagnostics;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Counted phrases, with the one mechanism the whole project uses for plurals: a
 * {@link MessageFormat} choice pattern such as
 * {@code {0,choice,0#0 meetings|1#1 meeting|1<{0,number,integer} meetings}} (the templates'
 * messages use the same patterns through {@code fmt.count}).
 */
public final class Plural {
  private Plural() {}

  /** The pattern applied to {@code n}, numbers written without grouping (messages to editors). */
  public static String of(String pattern, long n) {
    return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {n});
  }

  /** "1 meeting", "2 meetings": the common English case. */
  public static String en(long n, String one, String many) {
    return of("{0,choice,0#0 " + many + "|1#1 " + one + "|1<{0,number,integer} " + many
        + "}", n);
  }
}
