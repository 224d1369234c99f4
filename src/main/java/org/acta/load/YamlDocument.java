package org.acta.load;

import java.io.StringReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses untrusted YAML into SnakeYAML's node tree, never into Java objects: values keep their
 * source text and position, and {@link Fields} types them by the schema. That is what makes
 * {@code status: no} the text "no" (not {@code false}) and {@code start: 18:00} the time, not
 * the YAML 1.1 sexagesimal integer 1080.
 */
public final class YamlDocument {
  /** Tags that plain YAML produces; any other explicit tag (e.g. !!java.net.URL) is refused. */
  static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
      Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

  static final int MAX_ALIASES = 20;
  static final int MAX_DEPTH = 30;
  static final int MAX_CODE_POINTS = 1_100_000;

  private final SourceFile file;
  private final int firstLine;
  private final Map<Long, Position> positions = new HashMap<>();
  /** Values decoded at each place, for {@link #shared}. */
  private final Map<Position, Object> values = new HashMap<>();
  /** Whether the tree was read by {@link PlainYaml}: no anchors, so no node is reached twice. */
  private boolean tree;
  /** Where problems go; a re-reading of an already checked file sends them nowhere. */
  private Problems problems;
  /** Which translations the file may hold; site.yaml learns it from its own first fields. */
  private Localization localization;

  private YamlDocument(SourceFile file, int firstLine, Problems problems,
      Localization localization) {
    this.file = file;
    this.firstLine = firstLine;
    this.problems = problems;
    this.localization = localization;
  }

  /** Parses {@code yaml}, which starts at 1-based line {@code firstLine} of {@code file}. */
  public static Optional<Fields> parseMapping(SourceFile file, String yaml, int firstLine,
      Problems problems) {
    return parseMapping(file, yaml, firstLine, problems, Localization.SINGLE);
  }

  static Optional<Fields> parseMapping(SourceFile file, String yaml, int firstLine,
      Problems problems, Localization localization) {
    YamlDocument doc = new YamlDocument(file, firstLine, problems, localization);
    return doc.compose(yaml).flatMap(node -> Fields.of(doc, node));
  }

  public static Optional<Fields> parseMapping(SourceFile file, Problems problems) {
    return parseMapping(file, file.text(), 1, problems);
  }

  static Optional<Fields> parseMapping(SourceFile file, Problems problems,
      Localization localization) {
    return parseMapping(file, file.text(), 1, problems, localization);
  }

  /** SnakeYAML's options for content: no duplicate or recursive keys, Acta's limits. */
  static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    return options;
  }

  private Optional<Node> compose(String yaml) {
    // Front matter in the plain subset: Acta's own reader builds the same tree in a fifth of
    // SnakeYAML's time; anything else (or anything it is unsure of) goes to SnakeYAML.
    Optional<Node> plain = PlainYaml.compose(yaml);
    if (plain.isPresent()) {
      tree = true;
      ScalarChecks.check(this, plain.get());
      return plain;
    }
    LoaderOptions options = options();
    Node node;
    MarkedParser parser = new MarkedParser(
        new ParserImpl(new StreamReader(new StringReader(yaml)), options));
    try {
      // What Yaml.compose does, without building the constructor and representer a Yaml
      // object carries (unused when composing; ~15 % of parsing a commitment, more when cold).
      // No Java object is ever constructed from content: only nodes.
      node = new Composer(parser, new Resolver(), options).getSingleNode();
    } catch (MarkedYAMLException e) {
      // For an unclosed quote or bracket the problem mark is the end of the file; where the
      // construct opened (the context mark) is what the editor needs.
      boolean unclosed = e.getContext() != null && e.getContext().startsWith("while scanning")
          && e.getContextMark() != null;
      Mark mark = unclosed || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
      problems.error(mark == null ? file.whole() : at(mark),
          Message.of("yaml-document.is-not-valid-yaml", what, context));
      return Optional.empty();
    } catch (RuntimeException e) {
      // SnakeYAML signals limits (aliases, size, depth) with plain YAMLExceptions, crossed at
      // the event just read.
      problems.error(parser.last() == null ? position(firstLine, 1) : at(parser.last()),
          Message.of("yaml-document.cannot-be-read-as", e.getMessage(), MAX_ALIASES, MAX_DEPTH,
              MAX_CODE_POINTS));
      return Optional.empty();
    } catch (StackOverflowError e) {
      problems.error(position(firstLine, 1), Message.of("yaml-document.is-nested-too-deeply"));
      return Optional.empty();
    }
    if (node == null) {
      problems.error(position(firstLine, 1), Message.of("yaml-document.is-empty-it-must"));
      return Optional.empty();
    }
    ScalarChecks.check(this, node);
    return Optional.of(node);
  }

  SourceFile file() {
    return file;
  }

  /**
   * A set for a walk of this document's nodes to remember the ones it has been at, or null
   * when it need not: aliases share nodes and may make cycles, a tree has neither.
   */
  Set<Node> visitedNodes() {
    return tree ? null : Collections.newSetFromMap(new IdentityHashMap<>());
  }

  Problems problems() {
    return problems;
  }

  Localization localization() {
    return localization;
  }

  void localize(Localization localization) {
    this.localization = localization;
  }

  void reportTo(Problems problems) {
    this.problems = problems;
  }

  Position at(Mark mark) {
    return position(mark.getLine() + firstLine, mark.getColumn() + 1);
  }

  Position at(Node node) {
    return at(node.getStartMark());
  }

  /**
   * The value already decoded at {@code at} when it equals {@code value}, else {@code value}:
   * the versions of a file in each language share their references and dates as they share
   * positions (at 50,000 minutes references were 93 MB).
   */
  @SuppressWarnings("unchecked")
  <T> T shared(Position at, T value) {
    Object before = values.putIfAbsent(at, value);
    return before != null && before.equals(value) ? (T) before : value;
  }

  Position position(int line, int column) {
    // One Position per place: a file decoded for each language (Fields.reread) hands both
    // versions the same objects; at 50,000 minutes positions were 170 MB.
    return positions.computeIfAbsent(((long) line << 32) | (column & 0xFFFFFFFFL),
        k -> file.position(line, column));
  }
}
