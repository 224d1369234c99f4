package org.acta.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acta.diagnostics.Problem;
import org.acta.diagnostics.Problems;
import org.acta.load.FrontMatter;
import org.acta.load.SourceFile;
import org.acta.testing.ContentFixture;
import org.acta.testing.ProblemAssert;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schemas of the content files (src/main/resources/acta/schema/content/, used by
 * editors and CI) must agree with the loader, which is the truth:
 *
 * <ul>
 *   <li>every file of the example content validates against its schema;
 *   <li>every case under src/test/resources/fixtures/schema-cases/&lt;kind&gt;/ is judged the same
 * way by
 *       the schema and by the real loader: {@code invalid-*} files are rejected by both,
 *       {@code valid-*} files accepted by both.
 * </ul>
 *
 * <p>A case file may say why it must be rejected, in YAML comments: {@code # expect-loader:
 * <words of the loader's message>} and {@code # expect-schema: <JSON Schema keyword>}; the test
 * then checks that each side rejects it for that reason and not by accident. A
 * {@code disagree-*} file is a known disagreement, listed in {@link #EXPECTED_DISAGREEMENTS}.
 */
class ContentSchemasTest {
  static final Path CONTENT = Path.of("content");
  static final Path CASES = Path.of("src/test/resources/fixtures/schema-cases");

  static final List<String> KINDS = List.of("site", "institutions", "minute",
      "minute-translation", "meeting", "plan", "commitment", "consultation");

  /** Which schema applies to a content file, by its path relative to content/. */
  static final Map<Pattern, String> KIND_OF_PATH = new LinkedHashMap<>();

  static {
    KIND_OF_PATH.put(Pattern.compile("site\\.yaml"), "site");
    KIND_OF_PATH.put(Pattern.compile("institutions\\.yaml"), "institutions");
    // A translation file (NAME.en.md) before its original: the first pattern that matches wins.
    KIND_OF_PATH.put(Pattern.compile("minutes/[^/]+/[^/.]+\\.[a-z]{2,3}\\.md"),
        "minute-translation");
    KIND_OF_PATH.put(Pattern.compile("minutes/[^/]+/[^/]+\\.md"), "minute");
    KIND_OF_PATH.put(Pattern.compile("meetings/[^/]+\\.yaml"), "meeting");
    KIND_OF_PATH.put(Pattern.compile("plans/[^/]+/plan\\.yaml"), "plan");
    KIND_OF_PATH.put(Pattern.compile("plans/[^/]+/commitments/[^/]+\\.yaml"), "commitment");
    KIND_OF_PATH.put(Pattern.compile("plans/[^/]+/consultation/[^/]+\\.yaml"), "consultation");
  }

  /**
   * Where a case of each kind goes in the minimal content folder of {@link ContentFixture}
   * (extended by {@link #fixture}). Minute cases replace the fixture's minute, so they are
   * dated 2018-05-08; minute-translation cases translate it; meeting cases are dated
   * 2020-10-20.
   */
  static final Map<String, String> TARGET = Map.of(
      "site", ContentFixture.SITE,
      "institutions", ContentFixture.INSTITUTIONS,
      "minute", ContentFixture.MINUTE,
      "minute-translation", ContentFixture.MINUTE.replace(".md", ".en.md"),
      "meeting", "meetings/2020-10-20-sesion-ordinaria.yaml",
      "plan", ContentFixture.PLAN,
      "commitment", ContentFixture.COMMITMENT,
      "consultation", "plans/2018-2020/consultation/c001.yaml");

  /** An earlier minute with agreement a01, so that minute cases can follow it up. */
  static final String EARLIER_MINUTE = "minutes/2018/2018-04-10-sesion-previa.md";
  static final String EARLIER_MINUTE_MD = """
      ---
      title: Sesión previa de la Mesa
      date: 2018-04-10
      kind: ordinary
      open_to_public: false
      agreements:
        - id: a01
          text: Acordar un calendario de sesiones abiertas.
      ---

      Se acuerda un calendario.
      """;
  /** An evidence file, so that commitment cases can point to it with 'path'. */
  static final String EVIDENCE = "evidence/2018-2020/acta-validacion.pdf";

  /**
   * Cases where the schema (which follows the README) and the loader knowingly disagree
   * because of a bug in the loader. Each is asserted as it is today (schema rejects, loader
   * accepts), so that fixing the loader makes this test fail and the entry must be removed.
   */
  static final Map<String, String> EXPECTED_DISAGREEMENTS = Map.of();

  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  static final Map<String, Schema> SCHEMAS = new HashMap<>();

  static synchronized Schema schema(String kind) {
    return SCHEMAS.computeIfAbsent(kind, k -> {
      String resource = "/acta/schema/content/" + k + ".schema.json";
      try (InputStream in = ContentSchemasTest.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8),
            InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @TempDir
  Path temp;

  // ---- the schemas themselves --------------------------------------------------------------

  @Test
  void everySchemaIsDraft202012WithItsIdAndDescribesEveryProperty() throws IOException {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    for (String kind : KINDS) {
      String resource = "/acta/schema/content/" + kind + ".schema.json";
      tools.jackson.databind.JsonNode root;
      try (InputStream in = getClass().getResourceAsStream(resource)) {
        root = mapper.readTree(in);
      }
      assertThat(root.get("$schema").asString()).as(resource)
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(root.get("$id").asString()).as(resource)
          .isEqualTo("https://acta.invalid/schema/content/" + kind + ".schema.json");
      List<String> undocumented = new ArrayList<>();
      List<String> open = new ArrayList<>();
      walk(root, "#", undocumented, open);
      assertThat(undocumented).as("properties without a description in " + resource).isEmpty();
      assertThat(open).as("objects without additionalProperties: false in " + resource)
          .isEmpty();
    }
  }

  /** Collects properties with no description (on them or on what they $ref) and open objects. */
  private static void walk(tools.jackson.databind.JsonNode node, String at,
      List<String> undocumented, List<String> open) {
    if (node.isObject()) {
      if (node.has("properties") && node.path("type").asString("").equals("object")
          && !node.path("additionalProperties").isBoolean()) {
        open.add(at);
      }
      if (node.has("properties") && node.path("type").asString("").equals("object")) {
        for (var e : node.get("properties").properties()) {
          var p = e.getValue();
          boolean described = p.has("description")
              || (p.has("$ref") && p.get("$ref").asString().startsWith("#/$defs/"));
          if (!described) {
            undocumented.add(at + "/properties/" + e.getKey());
          }
        }
      }
      for (var e : node.properties()) {
        walk(e.getValue(), at + "/" + e.getKey(), undocumented, open);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, undocumented, open);
      }
    }
  }

  // ---- (a) the example content ---------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> everyExampleContentFileMatchesItsSchema() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CONTENT)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !CONTENT.relativize(p).toString().startsWith("evidence"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
    Map<String, Integer> perKind = new HashMap<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      String relative = CONTENT.relativize(file).toString().replace('\\', '/');
      String kind = kindOf(relative);
      if (kind == null) {
        continue; // not one of the kinds above (e.g. newsletters/*.md): no schema yet
      }
      perKind.merge(kind, 1, Integer::sum);
      tests.add(DynamicTest.dynamicTest("content/" + relative, () -> {
        List<Error> errors = schema(kind).validate(yamlOf(kind, read(file)), InputFormat.YAML);
        assertThat(errors).as("schema errors in content/" + relative).isEmpty();
      }));
    }
    // The example content has files of every kind, so every schema is exercised.
    assertThat(perKind.keySet()).containsExactlyInAnyOrderElementsOf(KINDS);
    return tests.stream();
  }

  private static String kindOf(String relative) {
    return KIND_OF_PATH.entrySet().stream().filter(e -> e.getKey().matcher(relative).matches())
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  // ---- (b) schema and loader agree -----------------------------------------------------------

  /**
   * The content folder every case is placed into; on its own it has no errors. The site is in
   * Spanish and English, so cases may carry English translations.
   */
  static ContentFixture fixture(Path dir) {
    return ContentFixture.minimal(dir)
        .write(ContentFixture.SITE, ContentFixture.SITE_YAML + "languages: [es, en]\n")
        .write(EARLIER_MINUTE, EARLIER_MINUTE_MD)
        .write(EVIDENCE, "%PDF-1.4 acta de validación\n");
  }

  @Test
  void theFixtureForCasesIsValid() {
    List<Problem> errors = errors(fixture(temp).problems());
    assertThat(errors).as(ProblemAssert.describe(errors)).isEmpty();
  }

  @Test
  void thereAreCasesOfEveryKind() throws IOException {
    List<Path> cases = cases();
    for (String kind : KINDS) {
      assertThat(cases).as("cases of " + kind)
          .anyMatch(p -> p.getParent().getFileName().toString().equals(kind)
              && p.getFileName().toString().startsWith("invalid-"))
          .anyMatch(p -> p.getParent().getFileName().toString().equals(kind)
              && p.getFileName().toString().startsWith("valid-"));
    }
    assertThat(cases.stream().filter(p -> p.getFileName().toString().startsWith("disagree-"))
        .map(ContentSchemasTest::caseName).collect(Collectors.toSet()))
        .isEqualTo(EXPECTED_DISAGREEMENTS.keySet());
  }

  @TestFactory
  Stream<DynamicTest> schemaAndLoaderAgreeOnEveryCase() throws IOException {
    return cases().stream().map(file -> DynamicTest.dynamicTest(caseName(file), () -> {
      String name = caseName(file);
      String kind = file.getParent().getFileName().toString();
      assertThat(KINDS).as("folder of " + name).contains(kind);
      String text = read(file);
      String target = TARGET.get(kind);

      List<Error> schemaErrors = schema(kind).validate(yamlOf(kind, text), InputFormat.YAML);

      Path dir = temp.resolve(name.replaceAll("[^a-z0-9-]", "_"));
      ContentFixture content = fixture(dir).write(target, text);
      List<Problem> allErrors = errors(content.problems());
      List<Problem> loaderErrors = allErrors.stream()
          .filter(p -> p.position().file().equals(ContentFixture.display(target))).toList();

      String fileName = file.getFileName().toString();
      if (fileName.startsWith("valid-")) {
        assertThat(schemaErrors).as("schema errors for valid case " + name).isEmpty();
        assertThat(allErrors).as("loader errors for valid case %s:%n%s", name,
            ProblemAssert.describe(allErrors)).isEmpty();
      } else if (fileName.startsWith("invalid-")) {
        assertThat(schemaErrors).as("the schema must reject " + name).isNotEmpty();
        assertThat(loaderErrors).as("the loader must reject " + name).isNotEmpty();
        expectations(text, "expect-schema").forEach(keyword ->
            assertThat(schemaErrors).as("schema errors of %s: %s", name, schemaErrors)
                .anyMatch(e -> keyword.equals(e.getKeyword())));
        expectations(text, "expect-loader").forEach(words ->
            assertThat(loaderErrors).as("loader errors of %s:%n%s", name,
                    ProblemAssert.describe(loaderErrors))
                .anyMatch(p -> p.message().contains(words)));
      } else if (fileName.startsWith("disagree-")) {
        String why = EXPECTED_DISAGREEMENTS.get(name);
        assertThat(why).as(name + " must be listed in EXPECTED_DISAGREEMENTS").isNotNull();
        assertThat(schemaErrors).as("the schema must reject " + name).isNotEmpty();
        expectations(text, "expect-schema").forEach(keyword ->
            assertThat(schemaErrors).as("schema errors of %s: %s", name, schemaErrors)
                .anyMatch(e -> keyword.equals(e.getKeyword())));
        assertThat(loaderErrors)
            .as("known disagreement (%s) is gone: the loader now rejects %s. Remove it from "
                + "EXPECTED_DISAGREEMENTS and rename the case invalid-*.", why, name)
            .isEmpty();
      } else {
        fail("case files are named valid-*, invalid-* or disagree-*: " + name);
      }
    }));
  }

  static List<Path> cases() throws IOException {
    try (Stream<Path> walk = Files.walk(CASES)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static String caseName(Path file) {
    return CASES.relativize(file).toString().replace('\\', '/');
  }

  /** Values of '# key: value' comment lines. */
  static List<String> expectations(String text, String key) {
    String prefix = "# " + key + ":";
    return text.lines().map(String::strip).filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()).strip()).toList();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  static List<Problem> errors(List<Problem> problems) {
    return problems.stream().filter(Problem::isError).toList();
  }

  static String read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n");
  }

  /**
   * The YAML to validate: the whole file, or a minute's (or its translation's) front matter,
   * split as the loader does.
   */
  static String yamlOf(String kind, String text) {
    if (!kind.startsWith("minute")) {
      return text;
    }
    Problems problems = new Problems();
    var split = FrontMatter.split(new SourceFile(Path.of("minute.md"), "minute.md", text),
        problems);
    assertThat(split).as("front matter: " + problems.all()).isPresent();
    // As the loader reads it: a translation may have an empty front matter (body only).
    String yaml = split.get().yaml();
    return kind.equals("minute-translation") && yaml.isBlank() ? "{}" : yaml;
  }

  /** Unused kinds would mean a schema without a mapping in .vscode/settings.json. */
  @Test
  void vscodeSettingsMapEveryYamlSchema() throws IOException {
    String settings = Files.readString(Path.of(".vscode/settings.json"), StandardCharsets.UTF_8);
    Set<String> yamlKinds = Set.of("site", "institutions", "meeting", "plan", "commitment",
        "consultation");
    for (String kind : yamlKinds) {
      assertThat(settings).contains("src/main/resources/acta/schema/content/" + kind
          + ".schema.json");
    }
  }
}
