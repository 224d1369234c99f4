package org.acta.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        .contains("content/site.yaml").contains("set ACTA_URL and ACTA_SHA256");
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
  void theWorkflowsInstallThePinnedReleaseAndRefuseAnyOtherZip() throws Exception {
    // A release zip as `mvn package` lays it out, served from a file:// address.
    String version = ActaRelease.running().version();
    Path release = Files.createDirectories(tmp.resolve("release"));
    Path bin = Files.createDirectories(release.resolve("acta-" + version + "/bin"));
    Files.writeString(bin.resolve("acta"), "#!/bin/sh\necho acta stub\n");
    Path zip = release.resolve("acta-" + version + ".zip");
    Process p = new ProcessBuilder("zip", "-q", "-r", zip.toString(), "acta-" + version)
        .directory(release.toFile()).start();
    assertThat(p.waitFor()).isZero();
    String url = zip.toUri().toString();

    Path repo = tmp.resolve("repo");
    Cli.Run r = Cli.init(repo.toString(), "--release-url", url, "--release-zip",
        zip.toString());
    assertThat(r.code()).as(r.all()).isZero();
    String sha = ActaRelease.sha256(zip);
    assertThat(r.out()).contains(sha).doesNotContain("set ACTA_URL");
    Path github = repo.resolve(".github/workflows/site.yml");
    Path gitlab = repo.resolve(".gitlab-ci.yml");
    @SuppressWarnings("unchecked")
    Map<String, Object> gh = (Map<String, Object>) yaml(github);
    assertThat(gh.get("env")).isEqualTo(Map.of("ACTA_VERSION", version, "ACTA_URL", url,
        "ACTA_SHA256", sha));
    @SuppressWarnings("unchecked")
    Map<String, Object> jobs = (Map<String, Object>) gh.get("jobs");
    assertThat(jobs).containsKeys("build", "deploy");
    @SuppressWarnings("unchecked")
    Map<String, Object> gl = (Map<String, Object>) yaml(gitlab);
    assertThat(gl).containsKeys("validate", "pages");
    assertThat(gl.get("variables")).isEqualTo(Map.of("GIT_DEPTH", "0", "ACTA_VERSION",
        version, "ACTA_URL", url, "ACTA_SHA256", sha));
    for (Path ci : new Path[] {github, gitlab}) {
      assertThat(Files.readString(ci)).doesNotContain("acta.jar").doesNotContain("{{acta")
          .contains("acta validate").contains("acta build").contains("sha256sum -c");
    }
    assertThat(Files.readString(github)).contains("pull_request").contains("branches: [main]")
        .contains("fetch-depth: 0").contains("actions/upload-pages-artifact")
        .contains("actions/deploy-pages").contains("path: site");
    assertThat(Files.readString(gitlab)).contains("merge_request_event")
        .contains("--out public").contains("- public").contains("GIT_DEPTH: \"0\"");
    assertThat(Files.readString(repo.resolve(".gitignore"))).contains("/site/");

    // The install step, run as GitHub runs it: the pinned zip installs and its bin/ goes on
    // the PATH; a zip with other bytes is refused and nothing is put on the PATH.
    String install = installStep(gh);
    Path runner = Files.createDirectories(tmp.resolve("runner"));
    Path path = runner.resolve("path");
    Map<String, String> env = Map.of("ACTA_VERSION", version, "ACTA_URL", url,
        "ACTA_SHA256", sha, "RUNNER_TEMP", runner.toString(), "GITHUB_PATH", path.toString());
    Cli.Run ok = bash(install, env);
    assertThat(ok.code()).as(ok.all()).isZero();
    assertThat(Files.readString(path).strip())
        .isEqualTo(runner.resolve("acta-" + version + "/bin").toString());
    assertThat(runner.resolve("acta-" + version + "/bin/acta")).isRegularFile();

    Files.delete(path);
    Files.writeString(bin.resolve("acta"), "#!/bin/sh\necho tampered\n");
    Files.delete(zip);
    p = new ProcessBuilder("zip", "-q", "-r", zip.toString(), "acta-" + version)
        .directory(release.toFile()).start();
    assertThat(p.waitFor()).isZero();
    Cli.Run refused = bash(install, env);
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.all()).contains("does not have the SHA-256 pinned");
    assertThat(path).doesNotExist();

    Cli.Run unpinned = bash(install, Map.of("ACTA_VERSION", version, "ACTA_URL", url,
        "ACTA_SHA256", "", "RUNNER_TEMP", runner.toString(), "GITHUB_PATH", path.toString()));
    assertThat(unpinned.code()).isEqualTo(1);
    assertThat(unpinned.all()).contains("Set ACTA_URL and ACTA_SHA256");
  }

  @Test
  void withoutAKnownReleaseTheWorkflowsSayWhatToSet() throws Exception {
    Path repo = tmp.resolve("repo");
    Cli.Run r = Cli.init(repo.toString());
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("set ACTA_URL and ACTA_SHA256");
    @SuppressWarnings("unchecked")
    Map<String, Object> gh = (Map<String, Object>) yaml(repo.resolve(".github/workflows/site.yml"));
    assertThat(gh.get("env")).isEqualTo(Map.of("ACTA_VERSION",
        ActaRelease.running().version(), "ACTA_URL", "", "ACTA_SHA256", ""));
    Cli.Run bad = Cli.init(tmp.resolve("b").toString(), "--release-sha256", "abc");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--release-sha256 must be 64 hexadecimal digits");
    Cli.Run badUrl = Cli.init(tmp.resolve("c").toString(), "--release-url",
        "https://example.org/a zip\"");
    assertThat(badUrl.code()).isEqualTo(2);
    assertThat(badUrl.err()).contains("--release-url must be one https:// address");
  }

  @SuppressWarnings("unchecked")
  private static String installStep(Map<String, Object> workflow) {
    var build = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("build");
    for (var step : (List<Map<String, Object>>) build.get("steps")) {
      if ("Install the pinned Acta release".equals(step.get("name"))) {
        return (String) step.get("run");
      }
    }
    throw new AssertionError("no install step");
  }

  /** Runs a script as GitHub Actions runs a step: bash -e. */
  private static Cli.Run bash(String script, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", script);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    String err = new String(p.getErrorStream().readAllBytes());
    return new Cli.Run(p.waitFor(), out, err);
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
    assertThat(readme).contains("bin/acta").contains("ACTA_SHA256").doesNotContain("acta.jar");
  }

  @Test
  void englishRepositoryIsInEnglishAndValid() throws Exception {
    Path repo = tmp.resolve("repo");
    Cli.Run r = Cli.init(repo.toString(), "--language", "en", "--country", "Ireland");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(Files.readString(repo.resolve("content/site.yaml"))).contains("language: en")
        .contains("title: Open Government Ireland");
    assertThat(Files.readString(repo.resolve("README.md"))).contains("step by step")
        .contains("downloads one pinned release");
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
