package org.acta.load;

import java.nio.file.Path;
import org.acta.diagnostics.Position;

/**
 * A content file's text, normalised (no BOM, LF line ends) so that line and column numbers
 * match what an editor shows.
 */
public final class SourceFile {
  private final Path path;
  private final String displayName;
  private final String text;
  /** Whether positions carry their line's text, or leave it to whoever reports them. */
  private final boolean quotesLines;
  private int[] lineStarts;

  public SourceFile(Path path, String displayName, String text) {
    this(path, displayName, text, true);
  }

  private SourceFile(Path path, String displayName, String text, boolean quotesLines) {
    this.path = path;
    this.displayName = displayName;
    this.text = text;
    this.quotesLines = quotesLines;
  }

  /**
   * A file read by a {@link ContentReader}, whose positions leave their line's text out: the
   * reader looks it up for {@link org.acta.diagnostics.Problems} when one is reported. Every
   * value of the content keeps a position; at 10,000 minutes their lines were 20 MB and a
   * twentieth of loading.
   */
  static SourceFile read(Path path, String displayName, String text) {
    return new SourceFile(path, displayName, text, false);
  }

  /** Path on disk. */
  public Path path() {
    return path;
  }

  /** Path as shown to the user, e.g. {@code content/minutes/2018/2018-05-08-x.md}. */
  public String displayName() {
    return displayName;
  }

  public String text() {
    return text;
  }

  public Position position(int line, int column) {
    return new Position(displayName, line, column, quotesLines ? lineText(line) : null);
  }

  public Position whole() {
    return Position.ofFile(displayName);
  }

  /** The text of a 1-based line, or "" when out of range. */
  public synchronized String lineText(int line) {
    if (lineStarts == null) {
      lineStarts = text.lines().count() > 0 ? computeLineStarts(text) : new int[] {0};
    }
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = text.indexOf('\n', start);
    return quotable(text.substring(start, end < 0 ? text.length() : end));
  }

  /** A line as a message quotes it: long ones cut. */
  static String quotable(String line) {
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static int[] computeLineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[n++] = i + 1;
      }
    }
    return starts;
  }
}
