package org.acta.webeditor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decap CMS fields made from one of Acta's content JSON Schemas
 * ({@code src/main/resources/acta/schema/content/<kind>.schema.json}), so the web editor asks
 * for exactly what the loader accepts: one field per property, {@code required} exactly as the
 * schema says, a pattern where the schema has one, a select where it lists the values, and
 * list widgets with nested fields for arrays of objects (milestones, evidence, updates,
 * attachments). Translations ({@code title_en}, the schema's {@code patternProperties}) are not
 * offered: a form has no field for a name that is a pattern.
 */
public final class SchemaFields {
  private static final JsonMapper JSON = new JsonMapper();
  /** Definitions that hold Markdown text, edited with Decap's Markdown editor. */
  private static final Set<String> MARKDOWN = Set.of("markdown", "stated_markdown");

  private final JsonNode root;

  private SchemaFields(JsonNode root) {
    this.root = root;
  }

  /** The schema of content files of {@code kind} (e.g. "commitment"), from the jar. */
  public static SchemaFields of(String kind) {
    String name = "/acta/schema/content/" + kind + ".schema.json";
    try (InputStream in = SchemaFields.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new SchemaFields(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The top-level fields, in the schema's order. */
  public List<Map<String, Object>> fields() {
    return objectFields(root);
  }

  private List<Map<String, Object>> objectFields(JsonNode object) {
    Set<String> required = new LinkedHashSet<>();
    object.path("required").forEach(r -> required.add(r.asString()));
    List<Map<String, Object>> fields = new ArrayList<>();
    object.path("properties").properties().forEach(e ->
        fields.add(field(e.getKey(), e.getValue(), required.contains(e.getKey()))));
    return fields;
  }

  private Map<String, Object> field(String name, JsonNode node, boolean required) {
    Resolved r = resolve(node);
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("name", name);
    field.put("label", name);
    widget(r, field);
    field.put("required", required);
    String hint = text(r.node, "description");
    if (hint != null) {
      field.put("hint", hint);
    }
    return field;
  }

  /** Sets widget and its options on {@code field} from the resolved schema. */
  private void widget(Resolved r, Map<String, Object> field) {
    JsonNode s = r.node;
    if (s.has("anyOf")) {
      anyOf(r, field);
      return;
    }
    String type = s.path("type").isString() ? s.path("type").asString() : "string";
    switch (type) {
      case "object" -> {
        field.put("widget", "object");
        field.put("collapsed", true);
        field.put("fields", objectFields(s));
      }
      case "array" -> list(s, field);
      case "integer", "number" -> number(s, type, field);
      case "boolean" -> field.put("widget", "boolean");
      default -> {
        if (s.has("enum")) {
          select(s.path("enum"), List.of(), field);
        } else if (r.definitions.stream().anyMatch(MARKDOWN::contains)) {
          field.put("widget", "markdown");
          pattern(s, field);
        } else if (r.definitions.contains("date")) {
          // Decap's date picker without time, storing YYYY-MM-DD text; in UTC, so that every
          // time zone sees and saves the same day (Decap 3.2.1 and later leave it empty
          // until picked).
          field.put("widget", "datetime");
          field.put("date_format", "YYYY-MM-DD");
          field.put("time_format", false);
          field.put("picker_utc", true);
          pattern(s, field);
        } else {
          field.put("widget", "string");
          pattern(s, field);
        }
      }
    }
  }

  private void anyOf(Resolved r, Map<String, Object> field) {
    List<Resolved> alternatives = new ArrayList<>();
    r.node.path("anyOf").forEach(a -> alternatives.add(resolve(a)));
    List<String> constants = new ArrayList<>();
    for (Resolved a : alternatives) {
      if (a.node.has("const")) {
        constants.add(a.node.path("const").asString());
      }
    }
    for (Resolved a : alternatives) {
      if ("object".equals(a.node.path("type").asString(null))) {
        // ogp_values: the object form; not_stated is written by hand.
        field.put("widget", "object");
        field.put("collapsed", true);
        field.put("fields", objectFields(a.node));
        return;
      }
      if (a.node.has("enum")) {
        select(a.node.path("enum"), constants, field);
        return;
      }
    }
    boolean text = alternatives.stream().anyMatch(a -> a.node.has("pattern")
        || a.node.has("anyOf"));
    if (!text) {
      Resolved number = alternatives.stream()
          .filter(a -> a.node.path("type").asString("").equals("integer")).findFirst()
          .orElseThrow(() -> new IllegalStateException("unmapped anyOf " + r.node));
      number(number.node, "integer", field);
      return;
    }
    // A date at the source's precision (YYYY-MM-DD, YYYY-MM, YYYY) or not_stated: text.
    List<String> patterns = new ArrayList<>();
    collectPatterns(r.node, patterns);
    field.put("widget", "string");
    field.put("pattern", List.of(String.join("|", patterns),
        text(r.node, "description") == null ? "" : text(r.node, "description")));
  }

  /** Every form a text may take, each an anchored regular expression, in the schema's order. */
  private void collectPatterns(JsonNode node, List<String> patterns) {
    Resolved r = resolve(node);
    if (r.node.has("anyOf")) {
      r.node.path("anyOf").forEach(a -> collectPatterns(a, patterns));
    } else if (r.node.has("const")) {
      patterns.add("^" + r.node.path("const").asString() + "$");
    } else if (r.node.has("pattern")) {
      patterns.add("(?:" + r.node.path("pattern").asString() + ")");
    } else if (r.node.path("type").asString("").equals("integer")) {
      // A year YAML reads as a number: in a text field it is four digits.
      patterns.add("^[0-9]{4}$");
    }
  }

  private void list(JsonNode s, Map<String, Object> field) {
    Resolved items = resolve(s.path("items"));
    if (items.node.has("enum")) {
      select(items.node.path("enum"), List.of(), field);
      field.put("multiple", true);
    } else {
      field.put("widget", "list");
      if (items.node.path("type").asString("").equals("object")) {
        field.put("fields", objectFields(items.node));
      } else {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", "item");
        item.put("label", "item");
        widget(items, item);
        item.put("required", true);
        field.put("field", item);
      }
    }
    if (s.has("minItems")) {
      field.put("min", s.path("minItems").asInt());
    }
  }

  private static void number(JsonNode s, String type, Map<String, Object> field) {
    field.put("widget", "number");
    field.put("value_type", type.equals("integer") ? "int" : "float");
    if (s.has("minimum")) {
      field.put("min", s.path("minimum").numberValue());
    }
    if (s.has("maximum")) {
      field.put("max", s.path("maximum").numberValue());
    }
  }

  private static void select(JsonNode values, List<String> constants,
      Map<String, Object> field) {
    List<String> options = new ArrayList<>();
    values.forEach(v -> options.add(v.asString()));
    options.addAll(constants);
    field.put("widget", "select");
    field.put("options", options);
  }

  private static void pattern(JsonNode s, Map<String, Object> field) {
    if (s.has("pattern")) {
      String message = text(s, "patternErrorMessage");
      field.put("pattern", List.of(s.path("pattern").asString(),
          message != null ? message : text(s, "description") != null
              ? text(s, "description") : ""));
    }
  }

  private static String text(JsonNode node, String key) {
    return node.has(key) ? node.path(key).asString() : null;
  }

  /** A schema with its {@code $ref}s followed and the names of the definitions passed. */
  private record Resolved(JsonNode node, List<String> definitions) {}

  /**
   * Follows {@code $ref} (local {@code #/$defs/…} only); the referring node's own keywords
   * (description, a narrower pattern) win over the definition's.
   */
  private Resolved resolve(JsonNode node) {
    List<String> definitions = new ArrayList<>();
    JsonNode current = node;
    var merged = JSON.createObjectNode();
    while (true) {
      current.properties().forEach(e -> {
        if (!e.getKey().equals("$ref") && !merged.has(e.getKey())) {
          merged.set(e.getKey(), e.getValue());
        }
      });
      if (!current.has("$ref")) {
        break;
      }
      String ref = current.path("$ref").asString();
      String prefix = "#/$defs/";
      if (!ref.startsWith(prefix)) {
        throw new IllegalStateException("unsupported $ref " + ref);
      }
      String name = ref.substring(prefix.length());
      definitions.add(name);
      current = root.path("$defs").path(name);
      if (current.isMissingNode()) {
        throw new IllegalStateException("no definition " + ref);
      }
    }
    return new Resolved(merged, definitions);
  }
}
