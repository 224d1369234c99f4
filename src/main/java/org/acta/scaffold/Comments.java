package org.acta.scaffold;

import java.util.stream.Collectors;

/** Lines up the end-of-line comments of a generated file, so its values and notes read as columns. */
final class Comments {
  /** Column where end-of-line comments start, unless the value is longer. */
  static final int COLUMN = 40;
  /** How the templates separate a value from its comment. */
  private static final String SEPARATOR = "   # ";

  private Comments() {}

  /**
   * Pads the space before each line's end-of-line comment (written after {@value #SEPARATOR})
   * so that comments start at {@link #COLUMN}. The last separator on a line is the comment's:
   * comments never contain one, while a quoted value might. A line whose last separator
   * follows only spaces has no end-of-line comment and is left as it is.
   */
  static String align(String text) {
    return text.lines().map(Comments::alignLine).collect(Collectors.joining("\n", "",
        text.endsWith("\n") ? "\n" : ""));
  }

  private static String alignLine(String line) {
    int at = line.lastIndexOf(SEPARATOR);
    // The separator follows a value; spaces before it are indentation (as in "    #   - a:").
    if (at <= 0 || line.charAt(at - 1) == ' ') {
      return line;
    }
    String value = line.substring(0, at);
    String comment = line.substring(at + SEPARATOR.length() - 2);
    int pad = Math.max(3, COLUMN - value.length());
    return value + " ".repeat(pad) + comment;
  }
}
