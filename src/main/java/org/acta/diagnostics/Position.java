package org.acta.diagnostics;

/**
 * Where something was written: a file (as the user would type its path), 1-based line and
 * column (0 when unknown), and the text of that line so a message can quote it.
 */
public record Position(String file, int line, int column, String lineText) {

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
