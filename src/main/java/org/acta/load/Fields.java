package org.acta.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Suggestions;
import org.acta.model.Keyword;
import org.acta.model.Markdown;
import org.acta.model.PartialDate;
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
  private static final DateTimeFormatter ISO_STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
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
            "keys must be plain names such as 'title:'; found a " + describe(keyNode) + ".");
        continue;
      }
      String key = scalar.getValue();
      Integer previous = firstLine.putIfAbsent(key, doc.at(keyNode).line());
      if (previous != null) {
        doc.problems().error(doc.at(keyNode), "'" + key + "' appears twice in this block (first "
            + "on line " + previous + "); keep only one.");
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
          "must be a set of fields (key: value), but it is a " + describe(node) + ".");
      return Optional.empty();
    }
    return Optional.of(new Fields(doc, mapping));
  }

  /** Refuses explicit tags that would construct objects or custom types, anywhere in the tree. */
  private static boolean checkTags(YamlDocument doc, Node root) {
    List<Node> pending = new ArrayList<>(List.of(root));
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean ok = true;
    while (!pending.isEmpty()) {
      Node n = pending.remove(pending.size() - 1);
      if (!seen.add(n)) {
        continue;
      }
      if (n.getTag().equals(Tag.MERGE)) {
        doc.problems().error(doc.at(n), "merge keys (<<) are not supported in content; write "
            + "the fields out in full.");
        ok = false;
      } else if (!isPlainTag(n)) {
        doc.problems().error(doc.at(n), "the YAML tag '" + n.getTag().getValue()
            + "' is not allowed in content; write plain values without tags.");
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
  public void error(String key, String message) {
    doc.problems().error(position(key), message);
  }

  /** Reports a problem at a given position in this file (e.g. one item of a list). */
  public void error(Position at, String message) {
    doc.problems().error(at, message);
  }

  public void warning(String key, String message) {
    doc.problems().warning(position(key), message);
  }

  // ---- scalars ---------------------------------------------------------------------------

  /** A single-line text. */
  public String text(String key, Need need) {
    String s = scalar(key, need, "a text");
    if (s != null && (s.length() > MAX_LINE_TEXT || s.indexOf('\n') >= 0)) {
      error(key, "'" + key + "' must be one line of at most " + MAX_LINE_TEXT
          + " characters; it has " + s.length() + ". Shorten it.");
      return null;
    }
    return s;
  }

  public Markdown markdown(String key, Need need) {
    String s = scalar(key, need, "a text");
    return s == null ? null : new Markdown(s);
  }

  public String slug(String key, Need need) {
    String s = scalar(key, need, "an id");
    if (s != null && !SLUG.matcher(s).matches()) {
      error(key, "'" + key + "' must be an id of lowercase letters a-z, digits and single "
          + "hyphens (like 'transparencia-municipal'); got \"" + s + "\".");
      return null;
    }
    return s;
  }

  public LocalDate date(String key, Need need) {
    String s = scalar(key, need, "a date");
    if (s == null) {
      return null;
    }
    if (DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s, ISO_STRICT);
      } catch (DateTimeParseException e) {
        error(key, "'" + key + "' is not a real calendar date: \"" + s + "\".");
        return null;
      }
    }
    error(key, "'" + key + "' must be a date written YYYY-MM-DD (e.g. 2018-05-08); got \""
        + s + "\".");
    return null;
  }

  /**
   * A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  public PartialDate partialDate(String key, Need need) {
    String s = scalar(key, need, "a date");
    if (s == null) {
      return null;
    }
    var m = PARTIAL_DATE.matcher(s);
    if (!m.matches()) {
      error(key, "'" + key + "' must be a date written YYYY-MM-DD, YYYY-MM or YYYY (e.g. "
          + "2018-05-08, 2022-12 or 2024), as the source states it; got \"" + s + "\".");
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (m.group(2) != null && (month < 1 || month > 12)) {
      error(key, "'" + key + "' has no month " + m.group(2) + ": \"" + s + "\".");
      return null;
    }
    if (day != 0) {
      try {
        LocalDate.parse(s, ISO_STRICT);
      } catch (DateTimeParseException e) {
        error(key, "'" + key + "' is not a real calendar date: \"" + s + "\".");
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
    String s = scalar(key, need, "a time");
    if (s == null) {
      return null;
    }
    if (!TIME.matcher(s).matches()) {
      error(key, "'" + key + "' must be a 24-hour time HH:MM (e.g. \"18:00\"); got \"" + s
          + "\".");
      return null;
    }
    String[] parts = s.split(":");
    return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  public Integer integer(String key, int min, int max, Need need) {
    String s = scalar(key, need, "a whole number");
    if (s == null) {
      return null;
    }
    if (!INTEGER.matcher(s).matches()) {
      error(key, "'" + key + "' must be a whole number from " + min + " to " + max + "; got \""
          + s + "\".");
      return null;
    }
    int value = Integer.parseInt(s);
    if (value < min || value > max) {
      error(key, "'" + key + "' must be from " + min + " to " + max + "; got " + value + ".");
      return null;
    }
    return value;
  }

  public Boolean bool(String key, Need need) {
    String s = scalar(key, need, "true or false");
    if (s == null) {
      return null;
    }
    switch (s) {
      case "true", "True", "TRUE":
        return true;
      case "false", "False", "FALSE":
        return false;
      default:
        error(key, "'" + key + "' must be true or false; got \"" + s + "\" (yes/no/on/off are "
            + "not accepted because they are ambiguous).");
        return null;
    }
  }

  public <E extends Enum<E> & Keyword> E keyword(String key, Class<E> type, Need need) {
    String s = scalar(key, need, "one of " + allowed(type));
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.keyword().equals(s)) {
        return e;
      }
    }
    error(key, "'" + key + "' must be one of " + allowed(type) + "; got \"" + s + "\".");
    return null;
  }

  /** An absolute http(s) URL. */
  public String url(String key, Need need) {
    String s = scalar(key, need, "a web address");
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
    error(key, "'" + key + "' must be a full web address starting with https:// or http://; "
        + "got \"" + s + "\".");
    return null;
  }

  private static <E extends Enum<E> & Keyword> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Keyword::keyword)
        .collect(Collectors.joining(", "));
  }

  // ---- collections -----------------------------------------------------------------------

  /** A nested block of fields. */
  public Optional<Fields> map(String key, Need need) {
    Node v = present(key, need, "a block of fields");
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof MappingNode m) {
      return Optional.of(new Fields(doc, m));
    }
    error(key, "'" + key + "' must be a block of fields (key: value) indented below it; found "
        + "a " + describe(v) + ".");
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
          doc.problems().error(doc.at(item), "items of '" + key + "' must be non-empty texts of "
              + "at most " + MAX_LINE_TEXT + " characters.");
        } else {
          out.add(new Item(value, doc.at(item)));
        }
      } else {
        doc.problems().error(doc.at(item), "items of '" + key + "' must be plain texts; found a "
            + describe(item) + ".");
      }
    }
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
        doc.problems().error(doc.at(item), "items of '" + key + "' must be blocks of fields "
            + "(key: value) after '- '; found a " + describe(item) + ".");
      }
    }
    if (need == REQUIRED && out.isEmpty() && value(key) instanceof SequenceNode s
        && s.getValue().isEmpty()) {
      error(key, "'" + key + "' needs at least one item.");
    }
    return out;
  }

  private List<Node> sequence(String key, Need need) {
    Node v = present(key, need, "a list");
    if (v == null) {
      return List.of();
    }
    if (v instanceof SequenceNode s) {
      return s.getValue();
    }
    error(key, "'" + key + "' must be a list: one '- item' per line, or [a, b]; found a "
        + describe(v) + ".");
    return List.of();
  }

  /**
   * Reports every key that no getter asked for, suggesting the closest known key; of a file's
   * top block, also finishes its translation files.
   */
  public void finish() {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!known.contains(e.getKey())) {
        String translation = translations.misplaced(e.getKey());
        String suggestion = Suggestions.closest(e.getKey(), known);
        doc.problems().error(doc.at(e.getValue().getKeyNode()), translation != null
            ? translation
            : "unknown field '" + e.getKey()
            + "'" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
            + " Known fields here: " + String.join(", ", known) + ".");
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
  Markdown translatableBody(String original) {
    return translations.body(original);
  }

  /** Sets which translations the file may hold, once site.yaml has said (see Localization). */
  void localize(Localization localization) {
    doc.localize(localization);
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
  private Node present(String key, Need need, String expected) {
    known.add(key);
    Node v = value(key);
    if (v == null || v.getTag().equals(Tag.NULL)) {
      if (need == REQUIRED) {
        doc.problems().error(v == null ? position() : doc.at(v),
            v == null ? "missing required field '" + key + "' (" + expected + ")."
                : "'" + key + "' is empty; it needs " + expected + ".");
      }
      return null;
    }
    return v;
  }

  private String scalar(String key, Need need, String expected) {
    Node v = present(key, need, expected);
    if (v == null) {
      return null;
    }
    if (!(v instanceof ScalarNode s)) {
      error(key, "'" + key + "' must be " + expected + "; found a " + describe(v) + ".");
      return null;
    }
    String value = s.getValue().strip();
    if (value.isEmpty()) {
      if (need == REQUIRED) {
        error(key, "'" + key + "' is empty; it needs " + expected + ".");
      }
      return null;
    }
    // Short values repeat across thousands of files (owners, institutions, roles, statuses):
    // one shared copy each instead of one per occurrence, for as long as the model holds them.
    return value.length() <= SHARED_LENGTH ? value.intern() : value;
  }

  private static String describe(Node n) {
    if (n instanceof MappingNode) {
      return "block of fields";
    }
    if (n instanceof SequenceNode) {
      return "list";
    }
    return "single value";
  }
}
