package org.acta.webeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web editor's configuration follows the content schemas, read here independently of the
 * generator: every property of every schema is a field, required exactly when the schema says
 * (or, for a plan past co-creation, when acta validate does),
 * nested lists carry their items' fields; the file is the same bytes on every run, and the
 * example site's is the golden copy under src/test/resources/webeditor/.
 */
class DecapConfigTest {
  static final Path GOLDEN = Path.of("src/test/resources/webeditor/example-config.yml");
  static final DecapConfig.Backend BACKEND =
      new DecapConfig.Backend("github", "org/gobierno-abierto", "main", null);

  /**
   * What acta validate requires beyond the schema once a plan is past co-creation (2018-2020 is
   * in implementation): milestone ids and responses to consultation inputs.
   */
  static final Set<String> PAST_CO_CREATION = Set.of("commitments-2018-2020.milestones.id",
      "consultation-2018-2020.response");

  @Test
  void aPlanInCoCreationNeedsNeitherMilestoneIdsNorResponsesYet() throws IOException {
    Map<String, Object> config = exampleConfig().tree();
    assertThat(field(nested(field(fieldsOf(collection(config, "commitments-2020-2022")),
        "milestones")), "id")).containsEntry("required", false);
    assertThat(field(fieldsOf(collection(config, "consultation-2020-2022")), "response"))
        .containsEntry("required", false);
    assertThat(field(fieldsOf(collection(config, "consultation-2018-2020")), "response"))
        .containsEntry("required", true);
  }

  @Test
  void everyPropertyOfEverySchemaIsAFieldWithItsRequiredFlag() throws IOException {
    Map<String, Object> config = exampleConfig().tree();
    Map<String, String> kindOfCollection = Map.of("minutes", "minute", "meetings", "meeting",
        "plans", "plan", "commitments-2018-2020", "commitment",
        "consultation-2018-2020", "consultation", "institutions", "institutions");
    int compared = 0;
    for (var e : kindOfCollection.entrySet()) {
      Map<String, Object> collection = collection(config, e.getKey());
      List<Map<String, Object>> fields = fieldsOf(collection);
      JsonNode schema = schema(e.getValue());
      compared += compare(schema, schema, fields, e.getKey());
      if (e.getKey().equals("minutes")) {
        assertThat(fields).extracting(f -> f.get("name")).contains("body");
      }
    }
    // Fields and nested fields compared: a schema walk that silently stops would give few.
    assertThat(compared).isGreaterThan(150);
  }

  @Test
  void listsCarryTheFieldsOfMilestonesEvidenceUpdatesAndAttachments() throws IOException {
    Map<String, Object> config = exampleConfig().tree();
    Map<String, Object> milestones = field(fieldsOf(collection(config,
        "commitments-2018-2020")), "milestones");
    assertThat(milestones.get("widget")).isEqualTo("list");
    List<Map<String, Object>> milestone = nested(milestones);
    assertThat(field(milestone, "evidence").get("widget")).isEqualTo("list");
    assertThat(nested(field(milestone, "evidence"))).extracting(f -> f.get("name"))
        .containsExactly("title", "url", "path", "date");
    assertThat(nested(field(milestone, "updates"))).extracting(f -> f.get("name"))
        .containsExactly("date", "period", "status", "progress", "text", "evidence");
    assertThat(field(milestone, "actual_end").get("widget")).isEqualTo("datetime");
    Map<String, Object> progress = field(milestone, "progress");
    assertThat(progress).containsEntry("widget", "number").containsEntry("min", 0)
        .containsEntry("max", 100).containsEntry("value_type", "int");
    // A planned end may be a year or a month, as the plan states it, or not_stated.
    @SuppressWarnings("unchecked")
    List<String> end = (List<String>) field(milestone, "end").get("pattern");
    assertThat(List.of("2022", "2022-12", "2022-12-15", "not_stated"))
        .allMatch(v -> v.matches(jsRegex(end.get(0))));
    assertThat(List.of("2022-13", "22", "soon", "2022-02-30"))
        .noneMatch(v -> v.matches(jsRegex(end.get(0))));
    assertThat(field(fieldsOf(collection(config, "commitments-2018-2020")), "ogp_values")
        .get("widget")).isEqualTo("object");
    assertThat(nested(field(fieldsOf(collection(config, "minutes")), "attachments")))
        .extracting(f -> f.get("name")).containsExactly("title", "file", "url", "date", "kind");
    assertThat(field(fieldsOf(collection(config, "minutes")), "kind"))
        .containsEntry("widget", "select")
        .containsEntry("options", List.of("ordinary", "extraordinary"))
        .containsEntry("required", true);
  }

  @Test
  void theSameSiteGivesTheSameBytes() throws IOException {
    assertThat(exampleConfig().yaml()).isEqualTo(exampleConfig().yaml());
  }

  @Test
  void theExampleSitesConfigurationIsTheGoldenCopy() throws IOException {
    String yaml = exampleConfig().yaml();
    if (Boolean.getBoolean("acta.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, yaml, StandardCharsets.UTF_8);
    }
    assertThat(yaml).as("golden copy %s (run with -Dacta.updateGolden=true)", GOLDEN)
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void writesThePageAndTheConfiguration(@TempDir Path tmp) throws IOException {
    List<Path> written = WebEditor.write(exampleConfig(), tmp.resolve("admin"));
    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("index.html", "config.yml");
    assertThat(Files.readString(written.get(0))).contains("<html lang=\"es\">")
        .contains("decap-cms@^3");
    Map<String, Object> parsed = new Yaml().load(Files.readString(written.get(1)));
    assertThat(parsed.get("publish_mode")).isEqualTo("editorial_workflow");
  }

  @Test
  void backendsOfForges() {
    assertThat(DecapConfig.Backend.of("https://github.com/org/repo.git", null, "main"))
        .isEqualTo(new DecapConfig.Backend("github", "org/repo", "main", null));
    assertThat(DecapConfig.Backend.of("https://gitlab.example.org/a/b/", null, "main"))
        .isEqualTo(new DecapConfig.Backend("gitlab", "a/b", "main",
            "https://gitlab.example.org/api/v4"));
    assertThat(DecapConfig.Backend.of("https://codeberg.org/a/b", null, "dev"))
        .isEqualTo(new DecapConfig.Backend("gitea", "a/b", "dev",
            "https://codeberg.org/api/v1"));
    assertThat(DecapConfig.Backend.of("https://example.org/a/b", null, "main")).isNull();
    assertThat(DecapConfig.Backend.of("https://github.com/org", null, "main")).isNull();
  }

  static DecapConfig exampleConfig() throws IOException {
    return WebEditor.configOf(TestSites.EXAMPLE_CONTENT, "content", BACKEND);
  }

  /** JavaScript's anchored alternatives read the same in Java for these patterns. */
  static String jsRegex(String pattern) {
    return "(?:" + pattern + ")";
  }

  // --- An independent reading of the schema: properties, required, $ref, nested objects.

  private static int compare(JsonNode root, JsonNode object, List<Map<String, Object>> fields,
      String where) {
    Set<String> required = new TreeSet<>();
    object.path("required").forEach(r -> required.add(r.asString()));
    Set<String> properties = new TreeSet<>(object.path("properties").propertyNames());
    Set<String> names = new TreeSet<>();
    fields.forEach(f -> names.add((String) f.get("name")));
    names.remove("body");
    assertThat(names).as("fields of %s", where).isEqualTo(properties);
    int compared = 0;
    for (String p : properties) {
      Map<String, Object> f = field(fields, p);
      assertThat(f.get("required")).as("required of %s.%s", where, p)
          .isEqualTo(required.contains(p) || PAST_CO_CREATION.contains(where + "." + p));
      compared++;
      JsonNode s = deref(root, object.path("properties").path(p));
      for (JsonNode alternative : s.path("anyOf")) {
        if (deref(root, alternative).has("properties")) {
          s = deref(root, alternative);
        }
      }
      if (s.has("properties")) {
        compared += compare(root, s, nested(f), where + "." + p);
      } else if (deref(root, s.path("items")).has("properties")) {
        assertThat(f.get("widget")).as("widget of %s.%s", where, p).isEqualTo("list");
        compared += compare(root, deref(root, s.path("items")), nested(f), where + "." + p);
      }
    }
    return compared;
  }

  private static JsonNode deref(JsonNode root, JsonNode node) {
    while (node.has("$ref")) {
      node = root.path("$defs").path(node.path("$ref").asString().substring("#/$defs/".length()));
    }
    return node;
  }

  static JsonNode schema(String kind) throws IOException {
    try (InputStream in = DecapConfigTest.class.getResourceAsStream(
        "/acta/schema/content/" + kind + ".schema.json")) {
      return new JsonMapper().readTree(in);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> collection(Map<String, Object> config, String name) {
    return ((List<Map<String, Object>>) config.get("collections")).stream()
        .filter(c -> c.get("name").equals(name)).findFirst().orElseThrow(
            () -> new AssertionError("no collection " + name));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> fieldsOf(Map<String, Object> collection) {
    if (collection.containsKey("files")) {
      return (List<Map<String, Object>>) ((List<Map<String, Object>>) collection.get("files"))
          .get(0).get("fields");
    }
    return (List<Map<String, Object>>) collection.get("fields");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> nested(Map<String, Object> field) {
    Object fields = field.get("fields");
    assertThat(fields).as("nested fields of %s", field.get("name")).isInstanceOf(List.class);
    return (List<Map<String, Object>>) fields;
  }

  static Map<String, Object> field(List<Map<String, Object>> fields, String name) {
    return fields.stream().filter(f -> f.get("name").equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + name + " in " + names(fields)));
  }

  private static List<Object> names(List<Map<String, Object>> fields) {
    List<Object> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.get("name")));
    return names;
  }

  static Map<String, Object> copy(Map<String, Object> m) {
    return new LinkedHashMap<>(m);
  }
}
