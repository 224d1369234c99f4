package org.acta.diagnostics;

/**
 * Where something was written: a file (as the user would type its path), 1-based line and
 * column (0 when unknown), and the text of that line so a message can quote it.
 *
 * @param lineText the line's text; null when not looked up yet: positions kept in the model
 *     leave it to {@link Problems}, which looks it up only for those that are reported
 */
public record Position(String file, int line, int column, String lineText) {

  /** This position with its line's text. */
  public Position withLineText(String text) {
    return new Position(file, line, column, text);
  }

  public static Position ofFile(String file) {
    return new Position(file, 0, 0, "");
  }

  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
