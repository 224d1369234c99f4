package org.acta.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Tabs in table rows, read as spaces. flexmark 0.64.8's table pre-processor counts a row's
 * indent in columns but cuts the line in characters, so a tab before a row shows a piece of the
 * row before it as a cell ({@code "| Tema | Plazo |\n\t\t| Datos | Marzo |\n|:-:|--:|"} gets
 * the cells "a", "Plazo" and "" too), and a few tabs more make it throw (the fuzzer found
 * {@code "| 1 | 2 |\n\t\t\t\t| a | b |\n|:-:|--:|"}). Expanded to spaces, as CommonMark reads
 * indentation, the same rows parse as written. Only the lines of tables change: a tab in code
 * stays a tab.
 */
final class TabbedTables {
  private TabbedTables() {}

  /**
   * {@code text} with the tabs of its tables' lines expanded, or {@code text} itself when no
   * table line holds a tab.
   *
   * @param document {@code text} as parsed, with tables
   */
  static String untabbed(Node document, String text) {
    if (text.indexOf('\t') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int copied = expandTables(document, text, out, 0);
    if (copied == 0) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Appends the text up to and including each table with a tab; returns where it stopped. */
  private static int expandTables(Node node, String text, StringBuilder out, int copied) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableBlock) {
        int start = text.lastIndexOf('\n', child.getStartOffset() - 1) + 1;
        int end = text.indexOf('\n', Math.max(start, child.getEndOffset() - 1));
        end = end < 0 ? text.length() : end;
        if (start >= copied && text.lastIndexOf('\t', end - 1) >= start) {
          out.append(text, copied, start).append(expanded(text.substring(start, end)));
          copied = end;
        }
      } else if (child.hasChildren()) {
        copied = expandTables(child, text, out, copied);
      }
    }
    return copied;
  }

  /** Tabs replaced by spaces up to the next multiple of four columns, line by line. */
  static String expanded(String text) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    int column = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        int spaces = 4 - column % 4;
        out.append("    ", 0, spaces);
        column += spaces;
      } else {
        out.append(c);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
      }
    }
    return out.toString();
  }
}
