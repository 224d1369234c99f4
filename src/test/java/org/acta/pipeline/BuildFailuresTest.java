package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.diagnostics.Problem;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when a build cannot finish: nothing is lost, every error is reported. */
class BuildFailuresTest {
  @TempDir Path tmp;
  Path content;
  Path site;

  @BeforeEach
  void copyContent() throws Exception {
    content = ContentFixture.copyOf("base", tmp.resolve("repo")).root();
    site = tmp.resolve("repo/site");
  }

  private void replace(String file, String from, String to) throws Exception {
    Path p = content.resolve(file);
    String text = Files.readString(p);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to));
  }

  @Test
  void failedBuildLeavesThePreviousSiteByteForByte() throws Exception {
    TestSites.buildOk(content, site);
    var before = TestSites.snapshot(site);
    replace("plans/2019-2021/plan.yaml", "status: implementation", "status: done");
    BuildResult failed = TestSites.build(content, site);
    assertThat(failed.ok()).isFalse();
    var after = TestSites.snapshot(site);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    try (var entries = Files.list(site.getParent())) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains("acta-build"));
    }
  }

  @Test
  void allErrorsOfAllFilesAreReportedInOneRun() throws Exception {
    replace("plans/2019-2021/plan.yaml", "status: implementation", "status: done");
    replace("minutes/2019/2019-03-05-sesion-de-prueba.md", "open_to_public: true",
        "open_to_public: yes");
    replace("plans/2019-2021/commitments/datos-abiertos.yaml", "lead_institution: ministerio",
        "lead_institution: ministero");
    BuildResult r = TestSites.build(content, site);
    assertThat(r.problems().all()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("'status' must be one of"))
        .anySatisfy(m -> assertThat(m).contains("true or false"))
        .anySatisfy(m -> assertThat(m).contains("unknown institution 'ministero'")
            .contains("Did you mean 'ministerio'"));
    assertThat(r.problems().errorCount()).isEqualTo(3);
    assertThat(site).doesNotExist();
  }

  @Test
  void templateErrorNamesTemplateLineAndContentFile() throws Exception {
    Path theme = Files.createDirectories(tmp.resolve("repo/templates"));
    Files.writeString(theme.resolve("commitment.ftlh"), "<#import \"layout.ftlh\" as l>\n"
        + "<p>${commitment.noSuchField}</p>\n");
    BuildResult r = new SiteBuilder(new BuildOptions(content, theme, site, null,
        TestDates.TODAY)).run();
    assertThat(r.ok()).isFalse();
    Problem p = r.problems().all().stream().filter(Problem::isError).findFirst().orElseThrow();
    assertThat(p.position().file()).endsWith("templates/commitment.ftlh");
    assertThat(p.position().line()).isEqualTo(2);
    assertThat(p.message()).contains("datos-abiertos.yaml").contains("noSuchField");
    assertThat(site).doesNotExist();
  }

  @Test
  void overrideTemplateReplacesOnlyThatTemplate() throws Exception {
    Path theme = Files.createDirectories(tmp.resolve("repo/templates"));
    Files.writeString(theme.resolve("404.ftlh"), "<p>Nada aquí: ${config.title}</p>\n");
    BuildResult r = new SiteBuilder(new BuildOptions(content, theme, site, null,
        TestDates.TODAY)).run();
    assertThat(r.ok()).isTrue();
    assertThat(site.resolve("404.html")).hasContent("<p>Nada aquí: Sitio de prueba</p>");
    assertThat(Files.readString(site.resolve("index.html"))).contains("<main id=\"main\"");
  }

  @Test
  void theBuiltInThemeWorksWithoutATemplatesFolder() {
    BuildResult r = new SiteBuilder(new BuildOptions(content, null, site, null,
        TestDates.TODAY)).run();
    assertThat(r.ok()).isTrue();
    assertThat(site.resolve("assets/style.css")).exists();
  }

  @Test
  void evidencePathsDifferingOnlyInCaseAreOneOutputNamingBoth() throws Exception {
    Files.writeString(content.resolve("evidence/Informe.txt"), "otro");
    replace("plans/2019-2021/commitments/datos-abiertos.yaml", "        url: "
        + "https://example.test/noticia", "        path: evidence/Informe.txt");
    BuildResult r = TestSites.build(content, site);
    assertThat(r.problems().all()).filteredOn(Problem::isError).extracting(Problem::message)
        .singleElement().asString().contains("evidence/Informe.txt", "evidence/informe.txt",
            "also writes");
    assertThat(site).doesNotExist();
  }

  @Test
  void twoOutputsOnOnePathAreAnError() throws Exception {
    Files.writeString(content.resolve("index.html"), "x");
    replace("plans/2019-2021/commitments/datos-abiertos.yaml", "path: evidence/informe.txt",
        "path: index.html");
    BuildResult r = TestSites.build(content, site);
    assertThat(r.problems().all()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("index.html").contains("also writes"));
    assertThat(site).doesNotExist();
  }

  @Test
  void missingContentFolderIsAClearError() {
    BuildResult r = TestSites.build(tmp.resolve("nothing"), site);
    assertThat(r.problems().all()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("content folder does not exist"));
  }
}
