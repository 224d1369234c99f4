package org.acta.scaffold;

/**
 * Why a scaffolding command wrote nothing. {@link #usage()} is true when the arguments
 * themselves are wrong (a malformed id, an end before its start: exit code 2), false when they
 * are well formed but the content refuses them (the file exists, the plan does not: exit 1).
 */
public final class ScaffoldException extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean usage;

  private ScaffoldException(String message, boolean usage) {
    super(message);
    this.usage = usage;
  }

  /** The arguments are malformed. */
  public static ScaffoldException usage(String message) {
    return new ScaffoldException(message, true);
  }

  /** The arguments are well formed, but the content does not allow what they ask. */
  public static ScaffoldException refused(String message) {
    return new ScaffoldException(message, false);
  }

  public boolean usage() {
    return usage;
  }
}
