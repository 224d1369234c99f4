package org.acta.load;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Acta's own reader for the plain subset of YAML that front matter and commitment files use:
 * a block mapping of plain keys; block sequences (indented or not) of scalars or of mappings;
 * plain, single- and double-quoted scalars on one line; one-line flow sequences of such
 * scalars; literal and folded block scalars ({@code |}, {@code |-}, {@code >}, {@code >-});
 * comments and blank lines. It builds the node tree SnakeYAML's Composer builds for the same
 * text (same classes, tags from SnakeYAML's own {@link Resolver}, values, styles and marks),
 * at a fraction of the cost.
 *
 * <p>It declines (returns empty) on anything else and on anything it is not sure about: flow
 * mappings, anchors, aliases, tags, directives, document markers, quoted keys, multi-line
 * scalars, escapes other than {@code \"} and {@code \\}, tabs, CR, control or non-BMP
 * characters, a BOM, duplicate keys, deep nesting, long documents. {@link YamlDocument} then
 * hands the text to SnakeYAML, whose limits and messages apply unchanged. PlainYamlTest and
 * PlainYamlFuzzTest compare both readers on real, generated and arbitrary texts.
 */
final class PlainYaml {
  /** Well below YamlDocument.MAX_DEPTH and MAX_CODE_POINTS: the fast path never nears them. */
  static final int MAX_DEPTH = 12;
  static final int MAX_LENGTH = 200_000;
  /** SnakeYAML refuses simple keys past 1,024 characters; real keys are short. */
  private static final int MAX_KEY = 128;
  /** Characters that cannot start a plain scalar here (YAML indicators), or may change it. */
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  /** Characters refused anywhere in a plain item of a flow sequence. */
  private static final String FLOW_REFUSED = "[]{}?:#&*!|>'\"%@`,";
  /** Stateless once built (its resolvers are read, never changed). */
  private static final Resolver RESOLVER = new Resolver();
  /** The first characters for which the Resolver tries an implicit tag (int, bool, null...). */
  private static final BitSet RESOLVABLE_FIRST = new FirstCharacters().of();
  /**
   * The Resolver's tags of short plain scalars (keys, dates, numbers, statuses, ids), which
   * repeat across files: its regular expressions were most of this reader's time. Bounded.
   */
  private static final Map<String, Tag> RESOLVED = new ConcurrentHashMap<>();
  private static final int RESOLVED_LENGTH = 32;
  private static final int RESOLVED_ENTRIES = 8192;
  private static final int[] NO_BUFFER = new int[0];
  /** The name SnakeYAML's StreamReader gives the marks of a text read from a Reader. */
  private static final String MARK_NAME = "'reader'";

  /** Thrown to give up; no stack trace, it is control flow. */
  private static final class Decline extends RuntimeException {
    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  private final String s;
  /** Start offset of each line; the last line is what follows the last '\n' (maybe ""). */
  private final int[] starts;
  private final int lines;
  /** Leading spaces of each line, and whether it is blank (only spaces) or a comment. */
  private final int[] indent;
  private final byte[] kind;
  private static final byte CONTENT = 0;
  private static final byte BLANK = 1;
  private static final byte COMMENT = 2;
  /** The first content line after the node just read (or {@link #lines} at the end). */
  private int next;
  private int depth;

  private PlainYaml(String s, int[] starts, int lines) {
    this.s = s;
    this.starts = starts;
    this.lines = lines;
    this.indent = new int[lines];
    this.kind = new byte[lines];
    for (int i = 0; i < lines; i++) {
      int p = starts[i];
      int end = end(i);
      while (p < end && s.charAt(p) == ' ') {
        p++;
      }
      indent[i] = p - starts[i];
      kind[i] = p == end ? BLANK : s.charAt(p) == '#' ? COMMENT : CONTENT;
    }
  }

  /** The tree SnakeYAML would compose from {@code yaml}, or empty to let SnakeYAML read it. */
  static Optional<Node> compose(String yaml) {
    int[] starts = lineStarts(yaml);
    if (starts == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PlainYaml(yaml, starts, starts.length).document());
    } catch (Decline d) {
      return Optional.empty();
    }
  }

  /** Line starts, or null when a character is outside the subset. */
  private static int[] lineStarts(String s) {
    int n = s.length();
    if (n > MAX_LENGTH) {
      return null;
    }
    int count = 1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        count++;
      } else if (!allowed(c)) {
        return null;
      }
    }
    int[] starts = new int[count];
    for (int line = 1, i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      starts[line++] = i + 1;
    }
    return starts;
  }

  /**
   * Printable BMP characters that SnakeYAML reads as themselves: no tab, CR, control, NEL or
   * Unicode line/paragraph separator (YAML line breaks), no BOM, no surrogate (non-BMP).
   */
  private static boolean allowed(char c) {
    if (c >= 0x20 && c <= 0x7E) {
      return true;
    }
    return (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  private Node document() {
    int first = nextContent(0);
    if (first == lines) {
      throw DECLINE; // empty: SnakeYAML's message
    }
    Node root = mapping(first, indent[first], -1);
    if (next != lines) {
      throw DECLINE;
    }
    return root;
  }

  // ---- collections -------------------------------------------------------------------------

  /** A block mapping whose first key is at {@code col} of line {@code li}. */
  private MappingNode mapping(int li, int col, int outer) {
    enter();
    Mark start = mark(li, col);
    List<NodeTuple> tuples = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    Mark end;
    while (true) {
      int p = starts[li] + col;
      int length = keyLength(p, end(li));
      if (length < 0) {
        throw DECLINE;
      }
      String key = s.substring(p, p + length);
      if (!keys.add(key)) {
        throw DECLINE; // SnakeYAML (or Fields) says where the first one is
      }
      ScalarNode keyNode = new ScalarNode(resolvePlain(key), true, key,
          mark(li, col), mark(li, col + length), ScalarStyle.PLAIN);
      int colon = p + length;
      Node value = value(li, colon, col);
      tuples.add(new NodeTuple(keyNode, value));
      int n = next;
      if (n == lines) {
        end = eof();
        break;
      }
      if (indent[n] == col && !entry(n, col)) {
        li = n;
        continue;
      }
      if (indent[n] < col && indent[n] <= outer) {
        end = mark(n, indent[n]);
        break;
      }
      throw DECLINE; // deeper, between levels, or a '- ' where no list can be
    }
    depth--;
    return new MappingNode(Tag.MAP, true, tuples, start, end, FlowStyle.BLOCK);
  }

  /**
   * A block sequence whose first '-' is at {@code col} of line {@code li}; {@code indentless}
   * when it hangs at its key's column (key:\n- a), which SnakeYAML ends at any other token.
   */
  private SequenceNode sequence(int li, int col, boolean indentless, int outer) {
    enter();
    Mark start = mark(li, col);
    List<Node> items = new ArrayList<>();
    Mark end;
    // What the scanner's indentation is inside the items: the list's column, or for an
    // indentless list its key's (mapping's) column.
    int scannerIndent = indentless ? outer : col;
    while (true) {
      items.add(item(li, col, scannerIndent));
      int n = next;
      if (n == lines) {
        end = eof();
        break;
      }
      if (indent[n] == col && entry(n, col)) {
        li = n;
        continue;
      }
      if (indentless ? indent[n] == col || indent[n] < col && indent[n] <= outer
          : indent[n] < col && indent[n] <= outer) {
        end = mark(n, indent[n]);
        break;
      }
      throw DECLINE;
    }
    depth--;
    return new SequenceNode(Tag.SEQ, true, items, start, end, FlowStyle.BLOCK);
  }

  /** The item after the '-' at {@code col} of line {@code li}. */
  private Node item(int li, int col, int scannerIndent) {
    int lineEnd = end(li);
    int p = skipSpaces(starts[li] + col + 1, lineEnd);
    if (p == lineEnd || s.charAt(p) == '#') {
      int n = nextContent(li + 1);
      if (n < lines && indent[n] > col) {
        throw DECLINE; // the item's node is on the next lines
      }
      next = n;
      Mark after = mark(li, col + 1);
      return empty(after);
    }
    char c = s.charAt(p);
    if (c == '-' && (p + 1 == lineEnd || s.charAt(p + 1) == ' ')) {
      throw DECLINE; // - - nested list
    }
    if (keyLength(p, lineEnd) >= 0) {
      return mapping(li, p - starts[li], scannerIndent);
    }
    Node scalar = inline(li, p, scannerIndent, false);
    next = nextContent(li + 1);
    return scalar;
  }

  /**
   * The value of a key whose ':' is at {@code colon} on line {@code li}, in a mapping at
   * column {@code col}.
   */
  private Node value(int li, int colon, int col) {
    int lineEnd = end(li);
    int p = skipSpaces(colon + 1, lineEnd);
    if (p < lineEnd && s.charAt(p) != '#') {
      Node scalar = inline(li, p, col, true);
      if (scalar.getNodeId() != NodeId.scalar || ((ScalarNode) scalar).getScalarStyle()
          != ScalarStyle.LITERAL && ((ScalarNode) scalar).getScalarStyle() != ScalarStyle.FOLDED) {
        next = nextContent(li + 1);
      }
      return scalar;
    }
    int n = nextContent(li + 1);
    if (n < lines && indent[n] > col) {
      if (entry(n, indent[n])) {
        return sequence(n, indent[n], false, col);
      }
      if (keyLength(starts[n] + indent[n], end(n)) >= 0) {
        return mapping(n, indent[n], col);
      }
      throw DECLINE; // a scalar on the next line
    }
    if (n < lines && indent[n] == col && entry(n, col)) {
      return sequence(n, col, true, col);
    }
    next = n;
    return empty(mark(li, colon - starts[li] + 1));
  }

  // ---- scalars -----------------------------------------------------------------------------

  /**
   * A node written on one line from {@code p} (not a space, not '#') to the line's end or
   * comment; a block scalar when {@code block} allows it, which then sets {@link #next}.
   */
  private Node inline(int li, int p, int scannerIndent, boolean block) {
    char c = s.charAt(p);
    return switch (c) {
      case '"', '\'' -> {
        ScalarNode q = quoted(li, p);
        rest(q.getEndMark().getIndex(), end(li));
        yield q;
      }
      case '[' -> flowSequence(li, p);
      case '|', '>' -> {
        if (!block) {
          throw DECLINE;
        }
        yield blockScalar(li, p, scannerIndent);
      }
      default -> plain(li, p);
    };
  }

  /** A plain scalar in block context, ending at the line's end or at ' #'. */
  private ScalarNode plain(int li, int p) {
    char c = s.charAt(p);
    int lineEnd = end(li);
    if (INDICATORS.indexOf(c) >= 0
        && !(c == '-' && p + 1 < lineEnd && isDigit(s.charAt(p + 1)))) {
      throw DECLINE;
    }
    int last = p; // end of the last non-space character
    for (int i = p; i < lineEnd; i++) {
      char d = s.charAt(i);
      if (d == ' ') {
        if (i + 1 < lineEnd && s.charAt(i + 1) == '#') {
          break;
        }
        continue;
      }
      if (d == ':' && (i + 1 == lineEnd || s.charAt(i + 1) == ' ')) {
        throw DECLINE; // a key inside a value, or a value ending in ':'
      }
      last = i + 1;
    }
    return plainNode(li, p, last);
  }

  private ScalarNode plainNode(int li, int from, int to) {
    String value = s.substring(from, to);
    return new ScalarNode(resolvePlain(value), true, value, markAt(li, from), markAt(li, to), ScalarStyle.PLAIN);
  }

  /** A quoted scalar closed on its line; only the escapes \" and \\ in double quotes. */
  private ScalarNode quoted(int li, int p) {
    char quote = s.charAt(p);
    int lineEnd = end(li);
    StringBuilder value = null;
    int from = p + 1;
    int i = p + 1;
    while (true) {
      if (i >= lineEnd) {
        throw DECLINE; // multi-line or unclosed
      }
      char c = s.charAt(i);
      if (c == quote) {
        if (quote == '\'' && i + 1 < lineEnd && s.charAt(i + 1) == '\'') {
          value = append(value, from, i + 1);
          i += 2;
          from = i;
          continue;
        }
        break;
      }
      if (quote == '"' && c == '\\') {
        char e = i + 1 < lineEnd ? s.charAt(i + 1) : 0;
        if (e != '"' && e != '\\') {
          throw DECLINE;
        }
        value = append(value, from, i);
        value.append(e);
        i += 2;
        from = i;
        continue;
      }
      i++;
    }
    String text = value == null ? s.substring(from, i) : append(value, from, i).toString();
    return new ScalarNode(RESOLVER.resolve(NodeId.scalar, text, false), true, text,
        markAt(li, p), markAt(li, i + 1),
        quote == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
  }

  private StringBuilder append(StringBuilder b, int from, int to) {
    return (b == null ? new StringBuilder() : b).append(s, from, to);
  }

  /** [a, "b", 'c'] or [] on one line. */
  private SequenceNode flowSequence(int li, int p) {
    enter();
    int lineEnd = end(li);
    List<Node> items = new ArrayList<>();
    int i = skipSpaces(p + 1, lineEnd);
    if (i < lineEnd && s.charAt(i) == ']') {
      i++;
    } else {
      while (true) {
        if (i >= lineEnd) {
          throw DECLINE;
        }
        char c = s.charAt(i);
        if (c == '"' || c == '\'') {
          ScalarNode q = quoted(li, i);
          items.add(q);
          i = skipSpaces(q.getEndMark().getIndex(), lineEnd);
        } else {
          if (c == '-' || FLOW_REFUSED.indexOf(c) >= 0) {
            throw DECLINE;
          }
          int last = i;
          int j = i;
          while (j < lineEnd && s.charAt(j) != ',' && s.charAt(j) != ']') {
            char d = s.charAt(j);
            if (FLOW_REFUSED.indexOf(d) >= 0) {
              throw DECLINE;
            }
            if (d != ' ') {
              last = j + 1;
            }
            j++;
          }
          items.add(plainNode(li, i, last));
          i = j;
        }
        if (i >= lineEnd) {
          throw DECLINE;
        }
        char d = s.charAt(i);
        if (d == ']') {
          i++;
          break;
        }
        if (d != ',') {
          throw DECLINE;
        }
        i = skipSpaces(i + 1, lineEnd);
        if (i < lineEnd && s.charAt(i) == ']') {
          throw DECLINE; // a trailing comma
        }
      }
    }
    rest(i, lineEnd);
    depth--;
    return new SequenceNode(Tag.SEQ, true, items, markAt(li, p), markAt(li, i), FlowStyle.FLOW);
  }

  /**
   * A literal or folded block scalar with clip or strip chomping, its indicator at {@code p};
   * as SnakeYAML's scanBlockScalar. Sets {@link #next}.
   */
  private ScalarNode blockScalar(int li, int p, int scannerIndent) {
    boolean folded = s.charAt(p) == '>';
    int lineEnd = end(li);
    int i = p + 1;
    boolean strip = i < lineEnd && s.charAt(i) == '-';
    if (strip) {
      i++;
    }
    if (i < lineEnd && s.charAt(i) != ' ') {
      throw DECLINE; // keep (+), an indentation digit, or something else
    }
    rest(i, lineEnd);
    int k = li + 1;
    // Leading blank lines, a first line in no deeper than the key, or the end: decline.
    if (k >= lines || kind[k] == BLANK || k == lines - 1 && starts[k] == s.length()) {
      throw DECLINE;
    }
    int minIndent = Math.max(scannerIndent + 1, 1);
    int blockIndent = indent[k];
    if (blockIndent < minIndent) {
      throw DECLINE;
    }
    StringBuilder chunks = new StringBuilder();
    String breaks = "";
    String lineBreak;
    Mark endMark;
    while (true) {
      chunks.append(breaks);
      int from = starts[k] + blockIndent;
      boolean leadingNonSpace = s.charAt(from) != ' ';
      chunks.append(s, from, end(k));
      lineBreak = k < lines - 1 ? "\n" : "";
      int j = k + 1;
      StringBuilder br = new StringBuilder();
      if (lineBreak.isEmpty()) {
        endMark = eof();
        j = lines;
      } else {
        // Blank lines shorter than the indentation are line breaks of the text; one as long
        // would be a text line of spaces: decline.
        while (j < lines - 1 && kind[j] == BLANK) {
          if (end(j) - starts[j] >= blockIndent) {
            throw DECLINE;
          }
          br.append('\n');
          j++;
        }
        if (j == lines - 1 && kind[j] == BLANK && end(j) - starts[j] >= blockIndent) {
          throw DECLINE;
        }
        endMark = mark(j, 0);
      }
      breaks = br.toString();
      boolean more = j < lines && kind[j] != BLANK && indent[j] >= blockIndent;
      if (!more) {
        break;
      }
      if (folded && leadingNonSpace && s.charAt(starts[j] + blockIndent) != ' ') {
        if (breaks.isEmpty()) {
          chunks.append(' ');
        }
      } else {
        chunks.append(lineBreak);
      }
      k = j;
    }
    if (!strip) {
      chunks.append(lineBreak);
    }
    next = nextContent(k + 1);
    String text = chunks.toString();
    return new ScalarNode(RESOLVER.resolve(NodeId.scalar, text, false), true, text,
        markAt(li, p), endMark, folded ? ScalarStyle.FOLDED : ScalarStyle.LITERAL);
  }

  /** Reads which first characters the Resolver's implicit tags are filed under. */
  private static final class FirstCharacters extends Resolver {
    BitSet of() {
      BitSet first = new BitSet();
      for (Character c : yamlImplicitResolvers.keySet()) {
        if (c == null) { // a resolver for any text: every character may resolve
          first.set(0, Character.MAX_VALUE + 1);
        } else {
          first.set(c);
        }
      }
      return first;
    }
  }

  /** The tag SnakeYAML's Resolver gives a plain scalar. */
  static Tag resolvePlain(String value) {
    if (!value.isEmpty() && !RESOLVABLE_FIRST.get(value.charAt(0))) {
      return Tag.STR; // no implicit tag starts so: the Resolver would not look further
    }
    if (value.length() > RESOLVED_LENGTH) {
      return RESOLVER.resolve(NodeId.scalar, value, true);
    }
    Tag tag = RESOLVED.get(value);
    if (tag == null) {
      tag = RESOLVER.resolve(NodeId.scalar, value, true);
      if (RESOLVED.size() < RESOLVED_ENTRIES) {
        RESOLVED.put(value, tag);
      }
    }
    return tag;
  }

  private ScalarNode empty(Mark at) {
    return new ScalarNode(RESOLVER.resolve(NodeId.scalar, "", true), true, "", at, at,
        ScalarStyle.PLAIN);
  }

  // ---- lines and marks ---------------------------------------------------------------------

  /**
   * Length of a plain key at {@code p}: ASCII letters, digits, '_' and (not first) '-',
   * followed by ':' and a space or the line's end; -1 when there is none.
   */
  private int keyLength(int p, int lineEnd) {
    int i = p;
    while (i < lineEnd && i - p <= MAX_KEY) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_'
          || c == '-' && i > p) {
        i++;
      } else {
        break;
      }
    }
    if (i == p || i - p > MAX_KEY || i >= lineEnd || s.charAt(i) != ':') {
      return -1;
    }
    return i + 1 == lineEnd || s.charAt(i + 1) == ' ' ? i - p : -1;
  }

  /** Whether line {@code li} has '- ' (or a lone '-') at {@code col}. */
  private boolean entry(int li, int col) {
    int p = starts[li] + col;
    int lineEnd = end(li);
    return p < lineEnd && s.charAt(p) == '-' && (p + 1 == lineEnd || s.charAt(p + 1) == ' ');
  }

  /** After a node on one line: only spaces, then the end or a ' #' comment. */
  private void rest(int i, int lineEnd) {
    int j = skipSpaces(i, lineEnd);
    if (j < lineEnd && (s.charAt(j) != '#' || j == i)) {
      throw DECLINE;
    }
  }

  private int skipSpaces(int i, int lineEnd) {
    while (i < lineEnd && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private int nextContent(int from) {
    int i = from;
    while (i < lines && kind[i] != CONTENT) {
      i++;
    }
    return i;
  }

  private int end(int li) {
    return li + 1 < lines ? starts[li + 1] - 1 : s.length();
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw DECLINE;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Mark mark(int li, int col) {
    return new Mark(MARK_NAME, starts[li] + col, li, col, NO_BUFFER, 0);
  }

  private Mark markAt(int li, int index) {
    return mark(li, index - starts[li]);
  }

  private Mark eof() {
    int last = lines - 1;
    return mark(last, s.length() - starts[last]);
  }
}
