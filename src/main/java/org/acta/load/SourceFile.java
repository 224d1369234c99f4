package org.acta.load;

import java.nio.file.Path;
import org.acta.diagnostics.Position;
import org.acta.model.Markdown;

/**
 * A content file's text, normalised (no BOM, LF line ends) so that line and column numbers
 * match what an editor shows.
 */
public final class SourceFile {
  private final Path path;
  private final String displayName;
  private final String text;
  /**
   * The reader that read the file, which can read it again: then positions leave their line's
   * text to whoever reports them, and long bodies stay in the file. Null for text given here.
   */
  private final ContentReader reader;
  private int[] lineStarts;

  public SourceFile(Path path, String displayName, String text) {
    this(path, displayName, text, null);
  }

  private SourceFile(Path path, String displayName, String text, ContentReader reader) {
    this.path = path;
    this.displayName = displayName;
    this.text = text;
    this.reader = reader;
  }

  /**
   * A file read by a {@link ContentReader}, whose positions leave their line's text out: the
   * reader looks it up for {@link org.acta.diagnostics.Problems} when one is reported. Every
   * value of the content keeps a position; at 10,000 minutes their lines were 20 MB and a
   * twentieth of loading.
   */
  static SourceFile read(ContentReader reader, Path path, String displayName, String text) {
    return new SourceFile(path, displayName, text, reader);
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
    return new Position(displayName, line, column, reader == null ? lineText(line) : null);
  }

  /**
   * The text from {@code start} to the end of the file (a Markdown body), given as {@code
   * body}. A long one read by a {@link ContentReader} is kept in the file and read again when
   * it is needed ({@link StoredBody}); the rest is held.
   */
  Markdown tail(int start, String body) {
    if (reader == null || body.length() < StoredBody.SHORTEST) {
      return new Markdown(body);
    }
    return Markdown.stored(new StoredBody(reader, displayName, start, body.length(),
        body.hashCode()), body.isBlank());
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
