package org.acta.webeditor;

import static org.acta.webeditor.DecapConfigTest.collection;
import static org.acta.webeditor.DecapConfigTest.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.testing.Cli;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A record filled in through the web editor's configuration, as an editor would (every field
 * the configuration marks required, with a value its widget accepts: a pattern's, a select's
 * first option, a number's minimum) and saved where Decap saves it (the collection's folder,
 * the file name from its slug and path templates, YAML or front matter), passes {@code acta
 * validate} with no error. Nothing here knows Acta's rules: the values come from the widgets.
 */
class WebEditorRecordsTest {
  /** Texts an editor might type, tried in order against a field's pattern. */
  static final List<String> TYPED = List.of("Sesión de prueba número uno", "18:00",
      "https://example.org/documento", "prueba");

  @ParameterizedTest
  @ValueSource(strings = {"minutes", "meetings", "plans", "commitments-2019-2021",
      "consultation-2019-2021"})
  void aRecordWithEveryRequiredFieldValidates(String name, @TempDir Path tmp)
      throws IOException {
    Path content = base(tmp);
    if (name.equals("plans")) {
      // The new plan is number 1 (the widget's minimum), as a site's first plan is.
      deleteTree(content.resolve("plans"));
      deleteTree(content.resolve("minutes")); // it cites the old plan's commitment
    }
    Path file = save(content, name, false);
    Cli.Run run = Cli.acta("validate", "--content", content.toString(), "--lang", "en");
    assertThat(run.code()).as("%s\n%s", file, run.all()).isZero();
    assertThat(run.err()).doesNotContain(": error:").contains("0 errors");
  }

  /**
   * A commitment with one milestone holding one piece of evidence and one update (each with
   * its required fields, and a url where the hint asks for a url or a path; the plan is in
   * implementation, so the milestone's id is required), and a minute with one agreement and one
   * attachment.
   */
  @ParameterizedTest
  @ValueSource(strings = {"minutes", "meetings", "commitments-2019-2021", "plans"})
  void aRecordWithOneItemInEveryListValidates(String name, @TempDir Path tmp)
      throws IOException {
    Path content = base(tmp);
    if (name.equals("plans")) {
      deleteTree(content.resolve("plans"));
      deleteTree(content.resolve("minutes")); // it cites the old plan's commitment
    }
    Path file = save(content, name, true);
    Cli.Run run = Cli.acta("validate", "--content", content.toString(), "--lang", "en");
    assertThat(run.code()).as("%s\n%s\n%s", file, Files.readString(file), run.all()).isZero();
    if (name.startsWith("commitments")) {
      assertThat(Files.readString(file)).contains("milestones:", "evidence:", "updates:",
          "officials:", "sdgs:");
    }
    if (name.equals("minutes")) {
      assertThat(Files.readString(file)).contains("agreements:", "attachments:")
          .doesNotContain("follow_up");
    }
  }

  @Test
  void theCommandWritesTheFilesWhereTheBuildPublishesThem(@TempDir Path tmp)
      throws IOException {
    Path content = base(tmp);
    Cli.Run run = Cli.acta("web-editor", "--content", content.toString(), "--repository",
        "https://github.com/org/repo", "--lang", "en");
    assertThat(run.code()).as(run.all()).isZero();
    Path admin = tmp.resolve("templates/static/admin");
    assertThat(run.out()).contains("Wrote " + admin.resolve("config.yml"));
    assertThat(admin.resolve("index.html")).exists();
    String config = Files.readString(admin.resolve("config.yml"));
    assertThat(config).contains("repo: org/repo").contains("name: commitments-2019-2021");
    // The build copies static/ to the site root: the editor is at /admin/.
    Path out = tmp.resolve("site");
    Cli.Run build = Cli.acta("build", "--content", content.toString(), "--out",
        out.toString());
    assertThat(build.code()).as(build.all()).isZero();
    assertThat(out.resolve("admin/config.yml")).hasContent(config);
  }

  @Test
  void withoutARepositoryItSaysWhatToSetInTheEditorsLanguage(@TempDir Path tmp)
      throws IOException {
    Path content = base(tmp);
    Cli.Run es = Cli.acta("web-editor", "--content", content.toString(), "--lang", "es");
    assertThat(es.code()).isEqualTo(1);
    assertThat(es.err()).contains("indique repository_url en site.yaml");
    Cli.Run en = Cli.acta("web-editor", "--content", content.toString(), "--lang", "en");
    assertThat(en.err()).contains("set repository_url in site.yaml");
    assertThat(tmp.resolve("templates")).doesNotExist();
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Path base(Path tmp) throws IOException {
    Path content = tmp.resolve("content");
    TestSites.copyTree(ContentFixture.BASE, content);
    return content;
  }

  /** Fills a new entry of collection {@code name} and writes it as Decap would. */
  private static Path save(Path content, String name, boolean oneOfEach) throws IOException {
    DecapConfig config = WebEditor.configOf(content, "content", DecapConfigTest.BACKEND);
    Map<String, Object> collection = collection(config.tree(), name);
    Map<String, Object> entry = new Filler(oneOfEach).fill(fieldsOf(collection));
    String slug = template((String) collection.get("slug"), entry,
        (String) collection.get("identifier_field"));
    String path = collection.containsKey("path")
        ? template((String) collection.get("path"), entry, null).replace("{{slug}}", slug)
        : slug;
    Path file = content.getParent().resolve(collection.get("folder") + "/" + path + "."
        + collection.get("extension"));
    Files.createDirectories(file.getParent());
    Object body = entry.remove("body");
    String yaml = new Yaml(options()).dump(entry);
    Files.writeString(file, "frontmatter".equals(collection.get("format"))
        ? "---\n" + yaml + "---\n\n" + (body == null ? "" : body + "\n") : yaml,
        StandardCharsets.UTF_8);
    return file;
  }

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{(?:fields\\.([a-z_]+)|slug|(year))}}");

  /**
   * Decap's slug and path templates, for the placeholders the configuration uses: a field's
   * value as typed, {@code {{slug}}} (the identifier field, slugified) and {@code {{year}}} (of
   * the field named "date").
   */
  private static String template(String template, Map<String, Object> entry,
      String identifier) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value;
      if (m.group(2) != null) {
        value = String.valueOf(entry.get("date")).substring(0, 4);
      } else if (m.group(1) == null) {
        if (identifier == null) {
          value = "{{slug}}";
        } else {
          value = slugify(String.valueOf(entry.get(identifier)));
        }
      } else {
        value = String.valueOf(entry.get(m.group(1)));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Decap's slug with encoding ascii, clean_accents and "-" replacing the rest. */
  static String slugify(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  private static DumperOptions options() {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setAllowUnicode(true);
    return o;
  }

  /** What an editor types into each widget. */
  static final class Filler {
    private final boolean oneOfEach;
    private int day = 4;

    Filler(boolean oneOfEach) {
      this.oneOfEach = oneOfEach;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> fill(List<Map<String, Object>> fields) {
      Map<String, Object> entry = new LinkedHashMap<>();
      boolean urlOrPath = fields.stream().anyMatch(f -> f.get("name").equals("url"))
          && fields.stream().anyMatch(f -> f.get("name").equals("path")
              || f.get("name").equals("file"));
      for (Map<String, Object> f : fields) {
        boolean required = Boolean.TRUE.equals(f.get("required"));
        boolean list = "list".equals(f.get("widget")) && f.containsKey("fields");
        // A follow-up cites an agreement of an earlier minute: not a value to make up.
        boolean wanted = required || (oneOfEach && list && !f.get("name").equals("follow_up"))
            || (urlOrPath && f.get("name").equals("url"));
        if (!wanted) {
          continue;
        }
        entry.put((String) f.get("name"), value(f));
      }
      return entry;
    }

    @SuppressWarnings("unchecked")
    private Object value(Map<String, Object> f) {
      String name = (String) f.get("name");
      return switch ((String) f.get("widget")) {
        case "select" -> {
          String first = ((List<String>) f.get("options")).get(0);
          yield Boolean.TRUE.equals(f.get("multiple")) ? List.of(first) : first;
        }
        case "number" -> f.containsKey("min") ? f.get("min") : 1;
        case "boolean" -> false;
        case "datetime" -> nextDate();
        case "markdown" -> "Texto de **prueba**.";
        case "object" -> fill((List<Map<String, Object>>) f.get("fields"));
        case "list" -> {
          int items = Math.max(1, f.containsKey("min") ? (Integer) f.get("min") : 1);
          List<Object> values = new ArrayList<>();
          for (int i = 0; i < items; i++) {
            values.add(f.containsKey("fields")
                ? fill((List<Map<String, Object>>) f.get("fields"))
                : value((Map<String, Object>) f.get("field")));
          }
          yield values;
        }
        default -> typed(f, name);
      };
    }

    /** A string field: a date where its pattern takes one, else the first text it accepts. */
    @SuppressWarnings("unchecked")
    private String typed(Map<String, Object> f, String name) {
      List<String> pattern = (List<String>) f.get("pattern");
      if (pattern == null) {
        return TYPED.get(0);
      }
      Pattern p = Pattern.compile("(?:" + pattern.get(0) + ")");
      for (String t : TYPED) {
        if (p.matcher(t).find()) {
          return t;
        }
      }
      String date = String.format("2019-06-%02d", day);
      if (p.matcher(date).find()) {
        return nextDate();
      }
      throw new AssertionError("nothing typed matches " + name + ": " + pattern.get(0));
    }

    /** Dates in the order the form asks for them: a start before its end. */
    private String nextDate() {
      return String.format("2019-06-%02d", day++);
    }
  }
}
