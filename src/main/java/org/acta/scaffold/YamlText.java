package org.acta.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes values into YAML text so that they read back exactly, whatever they contain. */
public final class YamlText {
  /** Plain (unquoted) scalars we write: a letter first, then only harmless characters. */
  private static final Pattern PLAIN =
      Pattern.compile("\\p{L}[\\p{L}\\p{N} .,;()/¿?¡!%+«»“”‘’'\"–—-]*");
  /** Words YAML 1.1 (and so some tools) read as booleans or null. */
  private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false",
      "on", "off", "null");

  private YamlText() {}

  /** A one-line value as a YAML scalar: plain when that is safe, double-quoted otherwise. */
  public static String scalar(String value) {
    if (PLAIN.matcher(value).matches() && !value.endsWith(" ")
        && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
      return value;
    }
    return quoted(value);
  }

  /** A double-quoted YAML scalar with every special character escaped. */
  public static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
              || c == 0xFEFF) {
            out.append(String.format("\\u%04X", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /**
   * A block scalar holding Markdown {@code text}, indented by {@code indent} spaces: folded
   * ({@code >-}, its lines wrapped at about 92 columns) for one paragraph, literal
   * ({@code |-}, one line per paragraph) for several, so that the blank line between paragraphs reads back as one
   * (a folded block would turn it into a single line break, joining the paragraphs in
   * Markdown). Returns the text that follows {@code key:} on its line.
   */
  public static String block(String text, int indent) {
    String pad = " ".repeat(indent);
    String[] paragraphs = text.strip().split("\n\\s*\n");
    StringBuilder out = new StringBuilder(paragraphs.length == 1 ? ">-" : "|-");
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        out.append('\n');
      }
      String paragraph = paragraphs[p].replaceAll("\\s+", " ").strip();
      // A literal block keeps line breaks, and a wrapped line that began with "- " or "1. "
      // would become a Markdown list: only a folded block is wrapped.
      for (String line : paragraphs.length == 1 ? wrap(paragraph, 92 - indent)
          : List.of(paragraph)) {
        out.append('\n').append(pad).append(line);
      }
    }
    return out.toString();
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
