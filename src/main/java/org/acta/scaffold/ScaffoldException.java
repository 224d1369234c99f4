package org.acta.scaffold;

import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;

/**
 * Why a scaffolding command wrote nothing. {@link #usage()} is true when the arguments
 * themselves are wrong (a malformed id, an end before its start: exit code 2), false when they
 * are well formed but the content refuses them (the file exists, the plan does not: exit 1).
 * The reason is a catalogue message, printed in the editor's language ({@link #text}), or,
 * for the steps not yet translated, an English text.
 */
public final class ScaffoldException extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean usage;
  private final transient Message reason;

  private ScaffoldException(Message reason, String english, boolean usage) {
    super(english);
    this.reason = reason;
    this.usage = usage;
  }

  /** The arguments are malformed. */
  public static ScaffoldException usage(Message reason) {
    return new ScaffoldException(reason, reason.toString(), true);
  }

  /** The arguments are well formed, but the content does not allow what they ask. */
  public static ScaffoldException refused(Message reason) {
    return new ScaffoldException(reason, reason.toString(), false);
  }

  /** The arguments are malformed (a reason in English only). */
  public static ScaffoldException usage(String message) {
    return new ScaffoldException(null, message, true);
  }

  /** The content does not allow what the arguments ask (a reason in English only). */
  public static ScaffoldException refused(String message) {
    return new ScaffoldException(null, message, false);
  }

  public boolean usage() {
    return usage;
  }

  /** The reason in {@code lang}. */
  public String text(Lang lang) {
    return reason != null ? reason.text(lang) : getMessage();
  }
}
