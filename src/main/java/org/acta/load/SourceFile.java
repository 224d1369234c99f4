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
  private int[] lineStarts;

  public SourceFile(Path path, String displayName, String text) {
    this.path = path;
    this.displayName = displayName;
    this.text = text;
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
    return new Position(displayName, line, column, lineText(line));
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
    String raw = text.substring(start, end < 0 ? text.length() : end);
    // Every value's position keeps its line; lines such as "    owner: Mesa de Gobierno
    // Abierto" or "kind: ordinary" repeat across files, so they are shared.
    return (raw.length() > 200 ? raw.substring(0, 200) + "…" : raw).intern();
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
