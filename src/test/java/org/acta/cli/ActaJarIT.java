package org.acta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a user would in another country's repository that has only a
 * content/ folder: the default theme must come from inside the jar.
 */
class ActaJarIT {
  @TempDir Path repo;

  record Result(int code, String output) {}

  private Result acta(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar",
        System.getProperty("acta.jar", "target/acta.jar")));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }

  @Test
  void buildsAContentOnlyRepositoryWithTheThemeInsideTheJar() throws Exception {
    TestSites.copyTree(TestSites.EXAMPLE_CONTENT, repo.resolve("content"));
    assertThat(repo.resolve("templates")).doesNotExist();
    Result r = acta("build", "--today", TestDates.TODAY.toString());
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).contains("Built");
    assertThat(repo.resolve("site/index.html")).exists();
    assertThat(repo.resolve("site/assets/style.css")).exists();
    Result check = acta("check", "--base-path", "/gobierno-abierto/");
    assertThat(check.code()).as(check.output()).isZero();
  }

  @Test
  void validateExitsOneAndNamesTheFileOnBadContent() throws Exception {
    ContentFixture.copyOf("base", repo);
    Path site = repo.resolve("content/site.yaml");
    Files.writeString(site, Files.readString(site) + "tittle: typo\n");
    Result r = acta("validate");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.output()).contains("content/site.yaml:13:1: error: unknown field 'tittle'; "
        + "did you mean 'title'?");
  }

  @Test
  void versionAndHelpWork() throws Exception {
    assertThat(acta("--version").output()).startsWith("acta ");
    assertThat(acta("build", "--help").output()).contains("--as-of");
  }
}
