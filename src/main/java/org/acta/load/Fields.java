package org.acta.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.diagnostics.Suggestions;
import org.acta.model.Keyword;
import org.acta.model.Markdown;
import org.acta.model.PartialDate;
import org.acta.model.Ref;
import org.acta.model.Stated;
import org.acta.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, schema-driven access to one YAML mapping. Every getter reports a problem (with the
 * value's line and column) and returns {@code null}/empty when the value is missing or wrong,
 * so decoding continues and all problems of a file surface in one run. Call {@link #finish()}
 * after reading every known key: the keys nobody asked for are reported as unknown.
 */
public final class Fields {
  /** Values up to this length are shared (interned); longer ones are mostly unique texts. */
  private static final int SHARED_LENGTH = 80;

  public enum Need { REQUIRED, OPTIONAL }

  public static final Need REQUIRED = Need.REQUIRED;
  public static final Need OPTIONAL = Need.OPTIONAL;

  public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]{1,9}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):[0-5][0-9]");
  /** What a value should have been, for messages; made once (they were 3 % of loading). */
  private static final Message EXPECTED_BLOCK = Message.of("fields.expected.block");
  private static final Message EXPECTED_BOOL = Message.of("fields.expected.bool");
  private static final Message EXPECTED_DATE = Message.of("fields.expected.date");
  private static final Message EXPECTED_ID = Message.of("fields.expected.id");
  private static final Message EXPECTED_LIST = Message.of("fields.expected.list");
  private static final Message EXPECTED_NUMBER = Message.of("fields.expected.number");
  private static final Message EXPECTED_TEXT = Message.of("fields.expected.text");
  private static final Message EXPECTED_TIME = Message.of("fields.expected.time");
  private static final Message EXPECTED_URL = Message.of("fields.expected.url");
  private static final Pattern PARTIAL_DATE =
      Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
  /**
   * Longest single-line text field (titles, names); long text belongs in Markdown fields.
   * Real commitment titles run to 1,125 characters (measured on a published national plan).
   */
  public static final int MAX_LINE_TEXT = 2000;

  final YamlDocument doc;
  private final MappingNode node;
  final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  final Set<String> known = new LinkedHashSet<>();

  /** This block's translations: its translatable keys and, of a file's top block, files. */
  final Translations translations = new Translations(this);

  private Fields(YamlDocument doc, MappingNode node) {
    this.doc = doc;
    this.node = node;
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar) || !isPlainTag(keyNode)) {
        doc.problems().error(doc.at(keyNode),
            Message.of("fields.keys-must-be-plain", describe(keyNode)));
        continue;
      }
      String key = scalar.getValue();
      Integer previous = firstLine.putIfAbsent(key, doc.at(keyNode).line());
      if (previous != null) {
        doc.problems().error(doc.at(keyNode), Message.of("fields.appears-twice-in-this", key,
            previous));
        continue;
      }
      entries.put(key, tuple);
    }
  }

  static Optional<Fields> of(YamlDocument doc, Node node) {
    if (!checkTags(doc, node)) {
      return Optional.empty();
    }
    if (!(node instanceof MappingNode mapping)) {
      doc.problems().error(doc.at(node),
          Message.of("fields.must-be-set-of", describe(node)));
      return Optional.empty();
    }
    return Optional.of(new Fields(doc, mapping));
  }

  /** Refuses explicit tags that would construct objects or custom types, anywhere in the tree. */
  private static boolean checkTags(YamlDocument doc, Node root) {
    List<Node> pending = new ArrayList<>(List.of(root));
    Set<Node> seen = doc.visitedNodes();
    boolean ok = true;
    while (!pending.isEmpty()) {
      Node n = pending.remove(pending.size() - 1);
      if (seen != null && !seen.add(n)) {
        continue;
      }
      if (n.getTag().equals(Tag.MERGE)) {
        doc.problems().error(doc.at(n), Message.of("fields.merge-keys-are-not"));
        ok = false;
      } else if (!isPlainTag(n)) {
        doc.problems().error(doc.at(n), Message.of("fields.the-yaml-tag-is",
            n.getTag().getValue()));
        ok = false;
      }
      if (n instanceof MappingNode m) {
        m.getValue().forEach(t -> {
          pending.add(t.getKeyNode());
          pending.add(t.getValueNode());
        });
      } else if (n instanceof SequenceNode s) {
        pending.addAll(s.getValue());
      }
    }
    return ok;
  }

  private static boolean isPlainTag(Node n) {
    return YamlDocument.ALLOWED_TAGS.contains(n.getTag());
  }

  /** Position of this block's first line. */
  public Position position() {
    return doc.at(node);
  }

  /** Position of the value of {@code key}, or of the block when the key is absent. */
  public Position position(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? position() : doc.at(t.getValueNode());
  }

  public boolean has(String key) {
    known.add(key);
    Node v = value(key);
    return v != null;
  }

  public SourceFile file() {
    return doc.file();
  }

  /** Reports a problem at the value of {@code key}. */
  public void error(String key, Message message) {
    doc.problems().error(position(key), message);
  }

  /** Reports a problem at a given position in this file (e.g. one item of a list). */
  public void error(Position at, Message message) {
    doc.problems().error(at, message);
  }

  public void warning(String key, Message message) {
    doc.problems().warning(position(key), message);
  }

  // ---- scalars ---------------------------------------------------------------------------

  /** A single-line text. */
  public String text(String key, Need need) {
    String s = scalar(key, need, EXPECTED_TEXT);
    if (s != null && (s.length() > MAX_LINE_TEXT || s.indexOf('\n') >= 0)) {
      error(key, Message.of("fields.must-be-one-line", key, MAX_LINE_TEXT, s.length()));
      return null;
    }
    return s;
  }

  public Markdown markdown(String key, Need need) {
    String s = scalar(key, need, EXPECTED_TEXT);
    return s == null ? null : new Markdown(s);
  }

  /** A reference the same in every language version of this file (see YamlDocument#shared). */
  Ref shared(Ref ref) {
    return doc.shared(ref.at(), ref);
  }

  public String slug(String key, Need need) {
    String s = scalar(key, need, EXPECTED_ID);
    if (s != null && !SLUG.matcher(s).matches()) {
      error(key, Message.of("fields.must-be-an-id", key, s));
      return null;
    }
    return s;
  }

  public LocalDate date(String key, Need need) {
    String s = scalar(key, need, EXPECTED_DATE);
    if (s == null) {
      return null;
    }
    if (DATE.matcher(s).matches()) {
      try {
        return doc.shared(position(key), calendarDate(s));
      } catch (DateTimeException e) {
        error(key, Message.of("fields.is-not-real-calendar", key, s));
        return null;
      }
    }
    error(key, Message.of("fields.must-be-date-written", key, s));
    return null;
  }

  /**
   * A YYYY-MM-DD text (already matched) as a date; DateTimeException for one not in the
   * calendar (2019-02-30). Read by hand: a strict formatter was 2 % of loading realistic
   * minutes, whose agreements each have a due date.
   */
  private static LocalDate calendarDate(String s) {
    return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
        Integer.parseInt(s, 8, 10, 10));
  }

  /**
   * A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  public PartialDate partialDate(String key, Need need) {
    String s = scalar(key, need, EXPECTED_DATE);
    if (s == null) {
      return null;
    }
    var m = PARTIAL_DATE.matcher(s);
    if (!m.matches()) {
      error(key, Message.of("fields.must-be-partial-date", key, s));
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (m.group(2) != null && (month < 1 || month > 12)) {
      error(key, Message.of("fields.no-such-month", key, m.group(2), s));
      return null;
    }
    if (day != 0) {
      try {
        calendarDate(s);
      } catch (DateTimeException e) {
        error(key, Message.of("fields.not-a-calendar-date", key, s));
        return null;
      }
    }
    return new PartialDate(year, month, day);
  }

  /**
   * A field a plan may leave unknown: {@code not_stated} in the file, or omitted, or read by
   * {@code read} (which reports what is wrong with a value; a bad value is then omitted).
   */
  public <T> Stated<T> stated(String key, Function<String, T> read) {
    known.add(key);
    Node v = value(key);
    if (v instanceof ScalarNode s && Stated.NOT_STATED_KEYWORD.equals(s.getValue().strip())) {
      return Stated.notStated();
    }
    return Stated.of(read.apply(key));
  }

  public LocalTime time(String key, Need need) {
    String s = scalar(key, need, EXPECTED_TIME);
    if (s == null) {
      return null;
    }
    if (!TIME.matcher(s).matches()) {
      error(key, Message.of("fields.must-be-hour-time", key, s));
      return null;
    }
    String[] parts = s.split(":");
    return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  public Integer integer(String key, int min, int max, Need need) {
    String s = scalar(key, need, EXPECTED_NUMBER);
    if (s == null) {
      return null;
    }
    if (!INTEGER.matcher(s).matches()) {
      error(key, Message.of("fields.must-be-whole-number", key, min, max, s));
      return null;
    }
    int value = Integer.parseInt(s);
    if (value < min || value > max) {
      error(key, Message.of("fields.must-be-from-to", key, min, max, value));
      return null;
    }
    return value;
  }

  public Boolean bool(String key, Need need) {
    String s = scalar(key, need, EXPECTED_BOOL);
    if (s == null) {
      return null;
    }
    switch (s) {
      case "true", "True", "TRUE":
        return true;
      case "false", "False", "FALSE":
        return false;
      default:
        error(key, Message.of("fields.must-be-true-or", key, s));
        return null;
    }
  }

  public <E extends Enum<E> & Keyword> E keyword(String key, Class<E> type, Need need) {
    String s = scalar(key, need, Message.of("fields.expected.one-of", allowed(type)));
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.keyword().equals(s)) {
        return e;
      }
    }
    error(key, Message.of("fields.must-be-one-of", key, allowed(type), s));
    return null;
  }

  /** An absolute http(s) URL. */
  public String url(String key, Need need) {
    String s = scalar(key, need, EXPECTED_URL);
    if (s == null) {
      return null;
    }
    try {
      URI uri = new URI(s);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return s;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    error(key, Message.of("fields.must-be-full-web", key, s));
    return null;
  }

  private static <E extends Enum<E> & Keyword> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Keyword::keyword)
        .collect(Collectors.joining(", "));
  }

  // ---- collections -----------------------------------------------------------------------

  /** A nested block of fields. */
  public Optional<Fields> map(String key, Need need) {
    Node v = present(key, need, EXPECTED_BLOCK);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof MappingNode m) {
      return Optional.of(new Fields(doc, m));
    }
    error(key, Message.of("fields.must-be-block-of", key, describe(v)));
    return Optional.empty();
  }

  /** A text in a list, with where it is written. */
  public record Item(String text, Position at) {}

  /** A list of single-line texts; {@code [a, b]} or one '- item' per line. */
  public List<String> texts(String key, Need need) {
    return textItems(key, need).stream().map(Item::text).toList();
  }

  /** As {@link #texts}, keeping each item's position for messages about one item. */
  public List<Item> textItems(String key, Need need) {
    List<Item> out = new ArrayList<>();
    for (Node item : sequence(key, need)) {
      if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
        String value = s.getValue().strip();
        if (value.isEmpty() || value.length() > MAX_LINE_TEXT) {
          doc.problems().error(doc.at(item), Message.of("fields.items-of-must-be", key,
              MAX_LINE_TEXT));
        } else {
          out.add(new Item(value, doc.at(item)));
        }
      } else {
        doc.problems().error(doc.at(item), Message.of("fields.items-of-must-be-2", key,
            describe(item)));
      }
    }
    ((ArrayList<Item>) out).trimToSize();
    return out;
  }

  /** A list of blocks, each decoded by {@code decode}; items that fail to decode are skipped. */
  public <T> List<T> list(String key, Need need, Function<Fields, T> decode) {
    List<T> out = new ArrayList<>();
    for (Node item : sequence(key, need)) {
      if (item instanceof MappingNode m) {
        Fields fields = new Fields(doc, m);
        T value = decode.apply(fields);
        fields.finish();
        if (value != null) {
          out.add(value);
        }
      } else {
        doc.problems().error(doc.at(item), Message.of("fields.items-of-must-be-3", key,
            describe(item)));
      }
    }
    ((ArrayList<T>) out).trimToSize();
    if (need == REQUIRED && out.isEmpty() && value(key) instanceof SequenceNode s
        && s.getValue().isEmpty()) {
      error(key, Message.of("fields.needs-at-least-one", key));
    }
    return out;
  }

  private List<Node> sequence(String key, Need need) {
    Node v = present(key, need, EXPECTED_LIST);
    if (v == null) {
      return List.of();
    }
    if (v instanceof SequenceNode s) {
      return s.getValue();
    }
    error(key, Message.of("fields.must-be-list-one", key, describe(v)));
    return List.of();
  }

  /**
   * Reports every key that no getter asked for, suggesting the closest known key; of a file's
   * top block, also finishes its translation files.
   */
  public void finish() {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!known.contains(e.getKey())) {
        Message translation = translations.misplaced(e.getKey());
        String suggestion = Suggestions.closest(e.getKey(), known);
        doc.problems().error(doc.at(e.getValue().getKeyNode()), translation != null
            ? translation
            : Message.of("fields.unknown-field", e.getKey(),
                suggestion == null ? "" : Message.of("fields.did-you-mean", suggestion),
                String.join(", ", known)));
      }
    }
    translations.finishFiles();
  }

  // ---- translations (see Translations) -----------------------------------------------------

  /**
   * A single-line text that may be translated: {@code key_<language>} beside it, or
   * {@code key} in the file's translation file (see {@link Translations}).
   */
  public Text translatableText(String key, Need need) {
    return translations.text(key, need);
  }

  /** As {@link #translatableText}, for Markdown. */
  public Markdown translatableMarkdown(String key, Need need) {
    return translations.markdown(key, need);
  }

  /** As {@link #translatableText}, for a list of texts: translated item by item, in order. */
  public List<Text> translatableTexts(String key, Need need) {
    return translations.texts(key, need);
  }

  /** The body of a Markdown file in the language being read; call on the file's top block. */
  Markdown translatableBody(Markdown original) {
    return translations.body(original);
  }

  /** Sets which translations the file may hold, once site.yaml has said (see Localization). */
  void localize(Localization localization) {
    doc.localize(localization);
  }

  /**
   * Prepares this file's top block to be decoded again, as the version in another language
   * reads it: the same nodes, so every text not translated is the same string in both
   * versions. The file was checked by the first decoding; what a second one would report
   * again goes to {@code quiet}.
   */
  void reread(Localization localization, Problems quiet) {
    doc.localize(localization);
    doc.reportTo(quiet);
    translations.reportTo(quiet);
  }

  /** Attaches the translation files of the Markdown file whose front matter this is. */
  void translationFiles(Map<String, Translations.File> files) {
    translations.attach(files);
  }

  // ---- plumbing --------------------------------------------------------------------------

  /** Whether the block has no value at all for {@code key} (not merely a bad one). */
  boolean absent(String key) {
    Node v = value(key);
    return v == null || v.getTag().equals(Tag.NULL);
  }

  private Node value(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? null : t.getValueNode();
  }

  /** The value node, or null (after reporting when required) if absent or null. */
  private Node present(String key, Need need, Message expected) {
    known.add(key);
    Node v = value(key);
    if (v == null || v.getTag().equals(Tag.NULL)) {
      if (need == REQUIRED) {
        doc.problems().error(v == null ? position() : doc.at(v),
            v == null ? Message.of("fields.missing-required", key, expected)
                : Message.of("fields.is-empty-it-needs", key, expected));
      }
      return null;
    }
    return v;
  }

  String scalar(String key, Need need, Message expected) {
    Node v = present(key, need, expected);
    if (v == null) {
      return null;
    }
    if (!(v instanceof ScalarNode s)) {
      error(key, Message.of("fields.must-be-found", key, expected, describe(v)));
      return null;
    }
    String value = s.getValue().strip();
    if (value.isEmpty()) {
      if (need == REQUIRED) {
        error(key, Message.of("fields.is-empty-it-needs", key, expected));
      }
      return null;
    }
    // Short values repeat across thousands of files (owners, institutions, roles, statuses):
    // one shared copy each instead of one per occurrence, for as long as the model holds them.
    return value.length() <= SHARED_LENGTH ? value.intern() : value;
  }

  private static Message describe(Node n) {
    if (n instanceof MappingNode) {
      return Message.of("fields.found.block");
    }
    if (n instanceof SequenceNode) {
      return Message.of("fields.found.list");
    }
    return Message.of("fields.found.scalar");
  }
}
