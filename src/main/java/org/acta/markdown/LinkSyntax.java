package org.acta.markdown;

import java.util.Arrays;

/**
 * Link labels, titles, angle-bracket destinations and e-mail autolinks, matched the way
 * flexmark 0.64's regular expressions match them ({@code Parsing.LINK_LABEL}, {@code LINK_TITLE},
 * {@code LINK_DESTINATION_ANGLES}, {@code EMAIL_AUTOLINK}), without their cost.
 *
 * <p>Those expressions repeat an alternation ({@code (?:[^\\\[\]]|\\ESCAPABLE|\\){0,999}}), which
 * {@code java.util.regex} matches with one level of recursion per character and, on failure,
 * with backtracking over every way of reading each backslash. Measured on flexmark 0.64.8: an
 * unclosed {@code [} followed by 990 characters overflows a 512 KiB thread stack, a link title
 * of 5,000 characters the default 1 MiB one, and 56 backslashes after an unclosed {@code [} run
 * for hours. Here the same search runs as a loop: the only choices are at a backslash before
 * punctuation (an escape, or a backslash on its own), tried in the expression's order, and a
 * position already known to fail with as few items is not searched again. The result is the
 * match the expression finds (the differential test holds them to that).
 */
final class LinkSyntax {
  /** flexmark's {@code {0,999}}: a label holds at most 999 items (characters or escapes). */
  static final int MAX_LABEL_ITEMS = 999;

  private LinkSyntax() {}

  /** End (exclusive) of the link label {@code [...]} starting at {@code start}, or -1. */
  static int labelEnd(CharSequence text, int start) {
    return end(text, start, '[', ']', MAX_LABEL_ITEMS);
  }

  /** End (exclusive) of the link title ({@code "..."}, {@code '...'} or {@code (...)}), or -1. */
  static int titleEnd(CharSequence text, int start) {
    if (start >= text.length()) {
      return -1;
    }
    char open = text.charAt(start);
    return switch (open) {
      case '"', '\'' -> end(text, start, open, open, Integer.MAX_VALUE);
      case '(' -> end(text, start, '(', ')', Integer.MAX_VALUE);
      default -> -1;
    };
  }

  /** End (exclusive) of the destination {@code <...>} (no spaces, as configured), or -1. */
  static int angleDestinationEnd(CharSequence text, int start) {
    return end(text, start, '<', '>', Integer.MAX_VALUE);
  }

  /**
   * End (exclusive) of the e-mail autolink {@code <local@domain>} at {@code start}, or -1:
   * flexmark's {@code EMAIL_AUTOLINK}, whose domain labels recurse once each. Its match has one
   * reading: the local part stops at the '@', and a label (1 to 63 letters, digits or '-',
   * neither first nor last a '-') stops at the next '.' or '>', which no label holds.
   */
  static int emailAutolinkEnd(CharSequence text, int start) {
    int length = text.length();
    if (start >= length || text.charAt(start) != '<') {
      return -1;
    }
    int i = start + 1;
    while (i < length && isLocalPartChar(text.charAt(i))) {
      i++;
    }
    if (i == start + 1 || i >= length || text.charAt(i) != '@') {
      return -1;
    }
    do {
      int label = ++i; // past the '@' or the '.'
      while (i < length && (isAlphanumeric(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i == label || i - label > 63 || text.charAt(label) == '-'
          || text.charAt(i - 1) == '-') {
        return -1;
      }
    } while (i < length && text.charAt(i) == '.');
    return i < length && text.charAt(i) == '>' ? i + 1 : -1;
  }

  /** An ASCII letter or digit. */
  static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean isLocalPartChar(char c) {
    return isAlphanumeric(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
  }

  /**
   * The expression {@code open (item){0,maxItems} close}, where an item is a character the
   * construct allows, a backslash and the punctuation it escapes, or a backslash alone.
   */
  private static int end(CharSequence text, int start, char open, char close, int maxItems) {
    int length = text.length();
    if (start >= length || text.charAt(start) != open) {
      return -1;
    }
    int span = maxItems == Integer.MAX_VALUE ? length - start
        : Math.min(length - start, 2 * maxItems + 2);
    // Fewest items seen at each position on a path that then failed: a path reaching it with
    // as many or more items fails too (it has fewer left), so it is not searched again. Made
    // at the first backtrack: most texts match, or fail, on the first path.
    int[] failedWith = null;
    // Backslashes read as escapes, with the item count before them: the untried choices.
    int[] escapes = null;
    int[] counts = null;
    int choices = 0;
    int position = start + 1;
    int items = 0;
    while (true) {
      int offset = position - start;
      boolean fails = offset > span || failedWith != null && items >= failedWith[offset];
      if (!fails) {
        if (failedWith != null) {
          // Without a limit the count does not matter: one visit per position is enough.
          failedWith[offset] = maxItems == Integer.MAX_VALUE ? 0 : items;
        }
        if (position < length && text.charAt(position) == close) {
          return position + 1;
        }
        fails = position >= length || items == maxItems
            || !allowed(open, text.charAt(position));
      }
      if (fails) {
        if (choices == 0) {
          return -1;
        }
        if (failedWith == null) {
          failedWith = new int[span + 1];
          Arrays.fill(failedWith, Integer.MAX_VALUE);
        }
        // The last escape read the other way: its backslash alone, then its punctuation.
        choices--;
        position = escapes[choices] + 1;
        items = counts[choices] + 1;
        continue;
      }
      if (text.charAt(position) == '\\' && position + 1 < length
          && isEscapable(text.charAt(position + 1))) {
        if (escapes == null) {
          escapes = new int[8];
          counts = new int[8];
        } else if (choices == escapes.length) {
          escapes = Arrays.copyOf(escapes, choices * 2);
          counts = Arrays.copyOf(counts, choices * 2);
        }
        escapes[choices] = position;
        counts[choices] = items;
        choices++;
        position += 2;
      } else {
        position++;
      }
      items++;
    }
  }

  /** Whether a character other than the closing one may stand in the construct. */
  private static boolean allowed(char open, char c) {
    return switch (open) {
      case '[' -> c != '[';
      case '<' -> c != '<' && c != ' ' && c != '\t' && c != '\n' && c != '\0';
      default -> c != '\0';
    };
  }

  /** flexmark's {@code Escaping.ESCAPABLE}: ASCII punctuation. */
  static boolean isEscapable(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`'
        || c >= '{' && c <= '~';
  }
}
