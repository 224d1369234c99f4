package org.acta.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentReader;
import org.acta.load.SourceFile;

/**
 * Finds where a value is written in a content file, for checks on the model whose records
 * keep only the position of their block: the line and column of a key's value, searched from
 * the block's line. When the text cannot be found (or read) the block's position stands in.
 */
final class ValueLocator {
  private final ContentReader reader;
  private final Map<String, Optional<SourceFile>> files = new HashMap<>();

  ValueLocator(ContentReader reader) {
    this.reader = reader;
  }

  /** The value of the first {@code key:} at or below {@code block}'s line, or the block. */
  Position value(Position block, String key) {
    return find(block, Pattern.compile("(?m)^[ \\t]*(?:-[ \\t]+)?" + Pattern.quote(key)
        + ":[ \\t]*(\\S|$)")).orElse(block);
  }

  /** The value of a top-level {@code key:} of the file (of its front matter), if written. */
  Optional<Position> topLevel(String file, String key) {
    return find(Position.ofFile(file), Pattern.compile("(?m)^" + Pattern.quote(key)
        + ":[ \\t]*(\\S|$)"));
  }

  /** The value of the {@code key: value} nearest {@code block}'s line (above or below). */
  Position nearestValue(Position block, String key, String value) {
    Optional<SourceFile> f = file(block.file());
    if (f.isEmpty()) {
      return block;
    }
    Matcher m = Pattern.compile("(?m)^[ \\t]*(?:-[ \\t]+)?" + Pattern.quote(key)
        + ":[ \\t]*([\"']?" + Pattern.quote(value) + ")").matcher(f.get().text());
    Position best = null;
    while (m.find()) {
      Position p = at(f.get(), m.start(1));
      if (best == null || Math.abs(p.line() - block.line())
          < Math.abs(best.line() - block.line())) {
        best = p;
      }
    }
    return best != null ? best : block;
  }

  /** The first match of {@code pattern} (its first group) at or below {@code block}'s line. */
  private Optional<Position> find(Position block, Pattern pattern) {
    Optional<SourceFile> f = file(block.file());
    if (f.isEmpty()) {
      return Optional.empty();
    }
    String text = f.get().text();
    Matcher m = pattern.matcher(text);
    return m.find(offsetOfLine(text, block.line())) ? Optional.of(at(f.get(), m.start(1)))
        : Optional.empty();
  }

  /** The file's text, or empty when it cannot be read (its load already reported that). */
  Optional<String> text(String file) {
    return file(file).map(SourceFile::text);
  }

  /** The file's text, read without keeping it: for scanning every file once. */
  Optional<String> read(String file) {
    Optional<SourceFile> kept = files.get(file);
    return kept != null ? kept.map(SourceFile::text)
        : reader.read(reader.file(file), new Problems()).map(SourceFile::text);
  }

  /** Where an offset of {@code file}'s text is. */
  Position at(String file, int offset) {
    return file(file).map(f -> at(f, offset)).orElse(Position.ofFile(file));
  }

  private static Position at(SourceFile f, int offset) {
    String text = f.text();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return f.position(line, offset - lineStart + 1);
  }

  private static int offsetOfLine(String text, int line) {
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = text.indexOf('\n', offset);
      offset = offset < 0 ? -1 : offset + 1;
    }
    return Math.max(offset, 0);
  }

  private Optional<SourceFile> file(String display) {
    return files.computeIfAbsent(display, d -> reader.read(reader.file(d), new Problems()));
  }
}
