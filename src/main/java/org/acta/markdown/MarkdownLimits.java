package org.acta.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acta.diagnostics.Message;

/**
 * A linear pre-scan that refuses Markdown flexmark cannot render in bounded stack and time.
 * flexmark parses and renders nested structures recursively: with Java's default 1 MiB thread
 * stack it overflows at about 380 nested list levels, 940 nested block quotes and 1,500 nested
 * emphasis markers (with a 512 KiB stack: 165, 380 and 750). Some unclosed constructs make it
 * slow instead: each unclosed link destination or code span rescans the rest of the
 * paragraph, and each emphasis delimiter run is compared with those before it. Link labels,
 * titles and destinations need no limit: {@link LinkSyntax} reads them in a loop.
 *
 * <p>The limits are far above anything a minute needs and far below what flexmark can take:
 * <ul>
 *   <li>{@link #MAX_BLOCK_DEPTH} block quotes and list items open on one line;</li>
 *   <li>{@link #MAX_INLINE_DEPTH} emphasis delimiters, brackets or parentheses open at once in a
 *       paragraph (an emphasis opener counts only while a closer follows it);</li>
 *   <li>{@link #MAX_UNCLOSED_CODE} code-span backtick runs of distinct lengths left unclosed
 *       in a paragraph;</li>
 *   <li>{@link #MAX_DELIMITER_RUNS} emphasis delimiter runs ({@code *}, {@code _}, {@code ~})
 *       in a paragraph;</li>
 *   <li>{@link #MAX_TABLE_COLUMNS} columns in a table's delimiter row.</li>
 * </ul>
 * The scan over-counts rather than under-counts (it does not know code spans or HTML); a text it
 * lets through renders within the limits above even on a 512 KiB stack.
 */
public final class MarkdownLimits {
  public static final int MAX_BLOCK_DEPTH = 32;
  public static final int MAX_INLINE_DEPTH = 32;
  public static final int MAX_UNCLOSED_CODE = 32;
  public static final int MAX_DELIMITER_RUNS = 1000;
  /** Renders on a 256 KiB stack; 200 columns did not. */
  public static final int MAX_TABLE_COLUMNS = 128;

  /**
   * Where a limit is crossed in the text.
   *
   * @param line 1-based line within the text
   * @param column 1-based column within that line
   * @param message what is wrong and what to do, to follow the position
   */
  public record Excess(int line, int column, Message message) {}

  private MarkdownLimits() {}

  /** The first place {@code markdown} crosses a limit, if any. */
  public static Optional<Excess> check(String markdown) {
    return new Scan().run(markdown);
  }

  /** The scan's state: open list items across lines, inline counters across a paragraph. */
  private static final class Scan {
    /** Content columns of the list items still open. */
    private final List<Integer> listItems = new ArrayList<>();
    private Paragraph paragraph = new Paragraph();
    private String fence; // the opening fence of the code block we are in, or null

    Optional<Excess> run(String text) {
      int line = 1;
      for (int start = 0; start <= text.length(); line++) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        Excess e = line(text, start, end, line);
        if (e != null) {
          return Optional.of(e);
        }
        start = end + 1;
      }
      return Optional.ofNullable(paragraph.end());
    }

    private Excess line(String text, int start, int end, int line) {
      if (fence != null) {
        closeFence(text, start, end);
        return null; // code: nothing in it nests
      }
      int i = start;
      int column = 0;
      int quotes = 0;
      boolean indentKnown = false;
      boolean newItem = false;
      while (true) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          column = text.charAt(i) == '\t' ? (column / 4 + 1) * 4 : column + 1;
          i++;
        }
        if (i < end && text.charAt(i) == '>') {
          if (++quotes > MAX_BLOCK_DEPTH) {
            return tooDeep(line, i - start + 1, quotes);
          }
          i++;
          column++;
          continue;
        }
        if (!indentKnown) {
          if (i == end) { // blank: ends the paragraph, not the lists
            return paragraph.endAndReset(this);
          }
          indentKnown = true;
          while (!listItems.isEmpty() && listItems.get(listItems.size() - 1) > column) {
            listItems.remove(listItems.size() - 1);
          }
          if (quotes == 0 && listItems.isEmpty() && column < 4 && opensFence(text, i, end)) {
            return null;
          }
        }
        int marker = isThematicBreak(text, i, end) ? 0 : listMarker(text, i, end);
        if (marker == 0) {
          break;
        }
        newItem = true;
        i += marker;
        column += marker;
        listItems.add(column);
        if (quotes + listItems.size() > MAX_BLOCK_DEPTH) {
          return tooDeep(line, i - start + 1, quotes + listItems.size());
        }
      }
      if (quotes + listItems.size() > MAX_BLOCK_DEPTH) {
        return tooDeep(line, i - start + 1, quotes + listItems.size());
      }
      int columns = delimiterRowColumns(text, i, end);
      if (columns > MAX_TABLE_COLUMNS) {
        return new Excess(line, i - start + 1, Message.of("markdown-limits.table-columns",
            columns, MAX_TABLE_COLUMNS));
      }
      if (newItem || text.startsWith("#", i)) {
        Excess e = paragraph.endAndReset(this);
        if (e != null) {
          return e;
        }
      }
      return paragraph.scan(text, i, end, line, start);
    }

    /**
     * The columns of a table's delimiter row ({@code |---|:-:|}) at {@code i}, or 0 when the
     * line is not one: flexmark's tables match that row with one level of recursion per column.
     */
    static int delimiterRowColumns(String text, int i, int end) {
      int columns = 0;
      boolean pipe = false;
      boolean dashes = false;
      for (int j = i; j < end; j++) {
        char c = text.charAt(j);
        if (c == '|') {
          pipe = true;
          dashes = false;
        } else if (c == '-') {
          columns += dashes ? 0 : 1;
          dashes = true;
        } else if (c != ':' && c != ' ' && c != '\t') {
          return 0;
        }
      }
      return pipe ? columns : 0;
    }

    private static Excess tooDeep(int line, int column, int depth) {
      return new Excess(line, column, Message.of("markdown-limits.block-quotes-and-list", depth,
          MAX_BLOCK_DEPTH));
    }

    /**
     * A fenced code block outside any quote or list: code up to its closing fence or the end of
     * the text. (Inside a container a fence may end with it, so such lines are scanned.)
     */
    private boolean opensFence(String text, int i, int end) {
      int n = run(text, i, end);
      if (n >= 3 && (text.charAt(i) == '`' || text.charAt(i) == '~')) {
        fence = text.substring(i, i + n);
        return true;
      }
      return false;
    }

    private void closeFence(String text, int start, int end) {
      int i = start;
      while (i < end && i - start < 4 && text.charAt(i) == ' ') {
        i++;
      }
      int n = run(text, i, end);
      if (n >= fence.length() && text.charAt(i) == fence.charAt(0)
          && text.substring(i + n, end).isBlank()) {
        fence = null;
      }
    }

    private static int run(String text, int i, int end) {
      int n = 0;
      while (i + n < end && text.charAt(i + n) == text.charAt(i)) {
        n++;
      }
      return n;
    }
  }

  /** Length of a list marker and the space after it at {@code i} ("- ", "12. "), or 0. */
  static int listMarker(String text, int i, int end) {
    if (i >= end) {
      return 0;
    }
    char c = text.charAt(i);
    int n;
    if (c == '-' || c == '+' || c == '*') {
      n = 1;
    } else {
      n = 0;
      while (n < 9 && i + n < end && Character.isDigit(text.charAt(i + n))
          && text.charAt(i + n) < 128) {
        n++;
      }
      if (n == 0 || i + n >= end || (text.charAt(i + n) != '.' && text.charAt(i + n) != ')')) {
        return 0;
      }
      n++;
    }
    if (i + n == end) {
      return n;
    }
    char after = text.charAt(i + n);
    return after == ' ' || after == '\t' ? n + 1 : 0;
  }

  /** "***", "- - -", "___": a line, not a list item. */
  static boolean isThematicBreak(String text, int i, int end) {
    if (i >= end || "-*_".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    char c = text.charAt(i);
    int count = 0;
    for (int j = i; j < end; j++) {
      char d = text.charAt(j);
      if (d == c) {
        count++;
      } else if (d != ' ' && d != '\t') {
        return false;
      }
    }
    return count >= 3;
  }

  /** The characters {@link Paragraph#scan} stops at; every other one it steps over. */
  private static final boolean[] INLINE = new boolean['~' + 1];

  static {
    for (char c : "\\`*_~[]()".toCharArray()) {
      INLINE[c] = true;
    }
  }

  /** The inline counters of one paragraph. */
  private static final class Paragraph {
    private int brackets;
    private int parentheses;
    private int runs;
    private final List<Integer> openCode = new ArrayList<>();
    /** Emphasis events: +n opens, -n closes; with where they are (line, column). */
    private final List<int[]> emphasis = new ArrayList<>();

    Excess endAndReset(Scan scan) {
      Excess e = end();
      scan.paragraph = new Paragraph();
      return e;
    }

    /** Emphasis nesting: openers still unmatched, counted only while closers follow them. */
    Excess end() {
      int closersAfter = 0;
      for (int[] e : emphasis) {
        closersAfter += e[0] < 0 ? -e[0] : 0;
      }
      int open = 0;
      for (int[] e : emphasis) {
        open = Math.max(0, open + e[0]);
        closersAfter -= e[0] < 0 ? -e[0] : 0;
        if (Math.min(open, closersAfter) > MAX_INLINE_DEPTH) {
          return new Excess(e[1], e[2], Message.of("markdown-limits.emphasis-markers-are-nested",
              MAX_INLINE_DEPTH, MAX_INLINE_DEPTH));
        }
      }
      return null;
    }

    Excess scan(String text, int first, int end, int line, int lineStart) {
      int i = first;
      while (i < end) {
        char c = text.charAt(i);
        if (c > '~' || !INLINE[c]) { // most characters: one test each
          i++;
          continue;
        }
        int column = i - lineStart + 1;
        if (c == '\\') {
          i += i + 1 < end ? 2 : 1;
          continue;
        }
        if (c == '`' || c == '*' || c == '_' || c == '~') {
          int n = 1;
          while (i + n < end && text.charAt(i + n) == c) {
            n++;
          }
          // The character before the run, as CommonMark's flanking rules see it: a line
          // starts after a line end, and an escaped character is that character.
          char previous = i > first ? text.charAt(i - 1) : '\n';
          Excess e = c == '`' ? code(n, line, column) : delimiters(c, n, text, i, end, line,
              column, previous);
          if (e != null) {
            return e;
          }
          i += n;
          continue;
        }
        if (c == '[' || c == '(') {
          int depth = c == '[' ? ++brackets : ++parentheses;
          if (depth > MAX_INLINE_DEPTH) {
            return new Excess(line, column, Message.of("markdown-limits.more-than-are-open",
                MAX_INLINE_DEPTH, c, MAX_INLINE_DEPTH, c));
          }
        } else if (c == ']') {
          brackets = Math.max(0, brackets - 1);
        } else if (c == ')') {
          parentheses = Math.max(0, parentheses - 1);
        }
        i++;
      }
      return null;
    }

    private Excess code(int length, int line, int column) {
      if (!openCode.remove(Integer.valueOf(length))) {
        openCode.add(length);
        if (openCode.size() > MAX_UNCLOSED_CODE) {
          return new Excess(line, column, Message.of("markdown-limits.more-than-code-spans",
              MAX_UNCLOSED_CODE));
        }
      }
      return null;
    }

    /** CommonMark's flanking rules, which say whether a run can open or close emphasis. */
    private Excess delimiters(char c, int n, String text, int i, int end, int line,
        int column, char previous) {
      if (++runs > MAX_DELIMITER_RUNS) {
        return new Excess(line, column, Message.of("markdown-limits.this-paragraph-has-more",
            MAX_DELIMITER_RUNS));
      }
      char next = i + n < end ? text.charAt(i + n) : '\n';
      boolean left = !blank(next) && (!punctuation(next) || blank(previous)
          || punctuation(previous));
      boolean right = !blank(previous) && (!punctuation(previous) || blank(next)
          || punctuation(next));
      boolean opens = c == '_' ? left && (!right || punctuation(previous)) : left;
      boolean closes = c == '_' ? right && (!left || punctuation(next)) : right;
      if (opens != closes) {
        emphasis.add(new int[] {opens ? n : -n, line, column});
      }
      return null;
    }

    private static boolean blank(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean punctuation(char c) {
      int type = Character.getType(c);
      return (c < 128 && !Character.isLetterOrDigit(c) && c > ' ')
          || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
          || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
          || type == Character.INITIAL_QUOTE_PUNCTUATION
          || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
    }
  }
}
