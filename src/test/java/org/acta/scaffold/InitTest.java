package org.acta.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.diagnostics.Problems;
import org.acta.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class InitTest {
  @TempDir Path tmp;

  private static Object yaml(Path file) throws Exception {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
  }

  @Test
  void createsARepositoryThatValidatesBuildsAndChecks() throws Exception {
    Path repo = tmp.resolve("gobierno-abierto-chile");
    Cli.Run r = Cli.init(repo.toString(), "--country", "Chile", "--forum",
        "Mesa de Gobierno Abierto");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("Created a new Acta repository in " + repo)
        .contains("content/site.yaml").contains("tools/acta.jar");
    for (String file : new String[] {"content/site.yaml", "content/institutions.yaml",
        ".github/workflows/site.yml", ".gitlab-ci.yml", ".gitignore", "README.md"}) {
      assertThat(repo.resolve(file)).as(file).isRegularFile();
    }
    try (Stream<Path> files = Files.list(repo.resolve("content/minutes"))) {
      assertThat(files.toList()).hasSize(1);
    }
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.toList()).as("no staging folder left").containsExactly(repo);
    }

    Path content = repo.resolve("content");
    Cli.Run v = Cli.validate(content);
    assertThat(v.code()).as(v.all()).isZero();
    assertThat(v.err()).doesNotContain(": error:");

    Path site = repo.resolve("site");
    Cli.Run b = Cli.acta("build", "--content", content.toString(), "--out", site.toString());
    assertThat(b.code()).as(b.all()).isZero();
    assertThat(site.resolve("index.html")).isRegularFile();
    Cli.Run c = Cli.acta("check", "--out", site.toString());
    assertThat(c.code()).as(c.all()).isZero();

    Problems problems = new Problems();
    var loaded = Cli.load(content, problems);
    assertThat(problems.hasErrors()).as(ProblemFormatter.format(problems.all())).isFalse();
    assertThat(loaded.config().country().value()).isEqualTo("Chile");
    assertThat(loaded.config().forum().name().value()).isEqualTo("Mesa de Gobierno Abierto");
    assertThat(loaded.config().language()).isEqualTo("es");
    assertThat(loaded.institutions()).hasSize(2);
    assertThat(loaded.minutes()).hasSize(1);
    assertThat(loaded.plans()).singleElement()
        .satisfies(p -> assertThat(p.commitments()).hasSize(1));
  }

  @Test
  void editorsCanAddMinutesToTheNewRepository() throws Exception {
    Path repo = tmp.resolve("repo");
    assertThat(Cli.init(repo.toString()).code()).isZero();
    Path content = repo.resolve("content");
    Cli.Run m = Cli.newCommand("minute", "--content", content.toString(), "--date",
        "2026-05-08", "--title", "Sesión ordinaria de mayo");
    assertThat(m.code()).as(m.all()).isZero();
    // The very command and file the editors' README shows.
    String minute = "content/minutes/2026/2026-05-08-sesion-ordinaria-de-mayo.md";
    assertThat(repo.resolve(minute)).isRegularFile();
    assertThat(Files.readString(repo.resolve("README.md")))
        .contains("acta new minute --date 2026-05-08 --title \"Sesión ordinaria de mayo\"")
        .contains(minute);
    Cli.Run plan = Cli.newCommand("plan", "--content", content.toString(), "--id", "2030-2032",
        "--number", "2", "--title", "Segundo plan", "--start", "2030-01-01", "--end",
        "2032-06-30");
    assertThat(plan.code()).as(plan.all()).isZero();
    Cli.Run c = Cli.newCommand("commitment", "--content", content.toString(), "--plan",
        "2030-2032", "--id", "datos-abiertos", "--title", "Política de datos abiertos");
    assertThat(c.code()).as(c.all()).isZero();
    assertThat(Files.readString(
        content.resolve("plans/2030-2032/commitments/datos-abiertos.yaml")))
        .contains("lead_institution: secretaria-gobierno-abierto");
    Cli.Run v = Cli.validate(content);
    assertThat(v.code()).as(v.all()).isZero();
  }

  @Test
  void theWorkflowsUseTheCommittedJarAndDownloadNothing() throws Exception {
    Path repo = tmp.resolve("repo");
    assertThat(Cli.init(repo.toString()).code()).isZero();
    Path github = repo.resolve(".github/workflows/site.yml");
    Path gitlab = repo.resolve(".gitlab-ci.yml");
    @SuppressWarnings("unchecked")
    Map<String, Object> gh = (Map<String, Object>) yaml(github);
    assertThat(gh).containsKey("jobs");
    @SuppressWarnings("unchecked")
    Map<String, Object> jobs = (Map<String, Object>) gh.get("jobs");
    assertThat(jobs).containsKeys("build", "deploy");
    @SuppressWarnings("unchecked")
    Map<String, Object> gl = (Map<String, Object>) yaml(gitlab);
    assertThat(gl).containsKeys("validate", "pages");

    for (Path ci : new Path[] {github, gitlab}) {
      String text = Files.readString(ci);
      assertThat(text).contains("tools/acta.jar").contains("-f acta.jar")
          .contains("java -jar \"$ACTA_JAR\" validate").contains("java -jar \"$ACTA_JAR\" build")
          .doesNotContain("curl").doesNotContain("wget").doesNotContain("releases/download");
    }
    assertThat(Files.readString(github)).contains("pull_request").contains("branches: [main]")
        .contains("fetch-depth: 0").contains("actions/upload-pages-artifact")
        .contains("actions/deploy-pages").contains("path: site");
    assertThat(Files.readString(gitlab)).contains("merge_request_event")
        .contains("--out public").contains("- public").contains("GIT_DEPTH: \"0\"");
    assertThat(Files.readString(repo.resolve(".gitignore"))).contains("/site/");
  }

  @Test
  void theReadmeWalksEditorsFromBranchToPublishedPage() throws Exception {
    Path repo = tmp.resolve("repo");
    assertThat(Cli.init(repo.toString(), "--forum", "Mesa de Gobierno Abierto").code()).isZero();
    String readme = Files.readString(repo.resolve("README.md"));
    assertThat(readme).contains("Mesa de Gobierno Abierto").doesNotContain("{{");
    String[] steps = {"git switch -c", "acta new minute --date", "acta validate", "git push",
        "pull request", "La CI revisa", "Fusione", "se publica"};
    int at = 0;
    for (String step : steps) {
      int next = readme.indexOf(step, at);
      assertThat(next).as("'" + step + "' after position " + at).isGreaterThanOrEqualTo(0);
      at = next;
    }
    assertThat(readme).contains("tools/acta.jar").contains("no descarga nada");
  }

  @Test
  void englishRepositoryIsInEnglishAndValid() throws Exception {
    Path repo = tmp.resolve("repo");
    Cli.Run r = Cli.init(repo.toString(), "--language", "en", "--country", "Ireland");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(Files.readString(repo.resolve("content/site.yaml"))).contains("language: en")
        .contains("title: Open Government Ireland");
    assertThat(Files.readString(repo.resolve("README.md"))).contains("step by step")
        .contains("downloads nothing");
    Cli.Run v = Cli.validate(repo.resolve("content"));
    assertThat(v.code()).as(v.all()).isZero();
    Cli.Run b = Cli.acta("build", "--content", repo.resolve("content").toString(), "--out",
        tmp.resolve("out").toString());
    assertThat(b.code()).as(b.all()).isZero();
  }

  @Test
  void namesThatAreAwkwardInYamlAreWrittenSafely() throws Exception {
    Path repo = tmp.resolve("repo");
    String country = "Côte d'Ivoire: #1 \"no\"";
    String forum = "yes";
    Cli.Run r = Cli.init(repo.toString(), "--country", country, "--forum", forum);
    assertThat(r.code()).as(r.all()).isZero();
    Cli.Run v = Cli.validate(repo.resolve("content"));
    assertThat(v.code()).as(v.all()).isZero();
    var config = Cli.load(repo.resolve("content"), new Problems()).config();
    assertThat(config.country().value()).isEqualTo(country);
    assertThat(config.forum().name().value()).isEqualTo(forum);
  }

  @Test
  void anExistingEmptyFolderIsUsed() throws Exception {
    Path repo = Files.createDirectory(tmp.resolve("repo"));
    Cli.Run r = Cli.init(repo.toString());
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(repo.resolve("content/site.yaml")).isRegularFile();
  }

  @Test
  void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws Exception {
    Path repo = Files.createDirectory(tmp.resolve("repo"));
    Files.writeString(repo.resolve("notes.txt"), "mine");
    Cli.Run r = Cli.init(repo.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(repo.toString()).contains("not empty");
    try (Stream<Path> files = Files.list(repo)) {
      assertThat(files.toList()).containsExactly(repo.resolve("notes.txt"));
    }
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.toList()).containsExactly(repo);
    }
  }

  @Test
  void badArgumentsAreUsageErrors() {
    Cli.Run language = Cli.init(tmp.resolve("a").toString(), "--language", "fr");
    assertThat(language.code()).isEqualTo(2);
    assertThat(language.err()).contains("--language").contains("es, en");
    Cli.Run country = Cli.init(tmp.resolve("b").toString(), "--country", " ");
    assertThat(country.code()).isEqualTo(2);
    assertThat(country.err()).contains("--country must not be empty");
    Cli.Run none = Cli.init();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("DIR");
    assertThat(tmp.resolve("a")).doesNotExist();
    assertThat(tmp.resolve("b")).doesNotExist();
  }
}
