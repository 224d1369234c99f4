package org.acta.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import org.acta.diagnostics.Problem;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forum's record: follow-ups, responses to every citizen, open meetings, publication lag. */
class ForumChecksTest {
  static final String MINUTE = "minutes/2019/2019-03-05-sesion-de-prueba.md";
  @TempDir Path tmp;
  Path content;

  @BeforeEach
  void copy() throws Exception {
    content = ContentFixture.copyOf("base", tmp.resolve("repo")).root();
  }

  private BuildResult validate(LocalDate asOf) {
    return new SiteBuilder(new BuildOptions(content, TestSites.THEME, null, null, asOf)).run();
  }

  private void write(String path, String text) throws Exception {
    Files.createDirectories(content.resolve(path).getParent());
    Files.writeString(content.resolve(path), text);
  }

  private static String minute(String date, String extra) {
    return "---\ntitle: Sesión\ndate: " + date + "\nkind: ordinary\nopen_to_public: true\n"
        + extra + "---\nTexto.\n";
  }

  @Test
  void followUpOfAnEarlierAgreementClosesIt() throws Exception {
    write("minutes/2019/2019-06-01-seguimiento.md", minute("2019-06-01",
        "follow_up:\n  - agreement: 2019-03-05-sesion-de-prueba/a01\n    status: done\n"
            + "    note: Publicada.\n"));
    BuildResult r = new SiteBuilder(new BuildOptions(content, TestSites.THEME,
        tmp.resolve("site"), null, LocalDate.of(2019, 7, 1))).run();
    assertThat(r.problems().all()).noneMatch(Problem::isError);
    String page = Files.readString(tmp.resolve("site/agreements/index.html"));
    assertThat(page).contains("Publicar el acta.").contains("astatus-done")
        .contains("Publicada.");
  }

  @Test
  void followUpOfAnUnknownOrLaterAgreementIsAnError() throws Exception {
    write("minutes/2019/2019-01-01-antes.md", minute("2019-01-01",
        "follow_up:\n  - agreement: 2019-03-05-sesion-de-prueba/a01\n    status: done\n"));
    write("minutes/2019/2019-06-01-despues.md", minute("2019-06-01",
        "follow_up:\n  - agreement: 2019-03-05-sesion-de-prueba/a09\n    status: done\n"));
    BuildResult r = validate(LocalDate.of(2019, 7, 1));
    assertThat(r.problems().all()).filteredOn(Problem::isError).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("was made on 2019-03-05, not before this minute"))
        .anySatisfy(m -> assertThat(m).contains("no earlier minute has the agreement "
            + "'2019-03-05-sesion-de-prueba/a09'").contains("Did you mean"));
  }

  @Test
  void everyInputNeedsAResponseOncePastCoCreation() throws Exception {
    write("plans/2019-2021/consultation/c001.yaml",
        "date: 2018-12-01\nchannel: email\ntext: Una propuesta.\n");
    BuildResult r = validate(LocalDate.of(2019, 7, 1));
    assertThat(r.problems().all()).filteredOn(Problem::isError).singleElement()
        .satisfies(p -> {
          assertThat(p.position().file()).endsWith("consultation/c001.yaml");
          assertThat(p.message()).contains("has no response").contains("reasoned response");
        });
    Path plan = content.resolve("plans/2019-2021/plan.yaml");
    Files.writeString(plan, Files.readString(plan).replace("implementation", "co-creation"));
    assertThat(validate(LocalDate.of(2019, 7, 1)).problems().all()).noneMatch(Problem::isError);
  }

  @Test
  void pastYearsShortOfOpenMeetingsAreWarnedAbout() {
    BuildResult r = validate(LocalDate.of(2020, 3, 1));
    assertThat(r.problems().all()).filteredOn(p -> !p.isError()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("2019 had 1 meeting open to the public; the "
            + "target is 3 a year"));
    assertThat(validate(LocalDate.of(2019, 7, 1)).problems().all())
        .noneMatch(p -> p.message().contains("meetings open to the public"));
  }

  @Test
  void minutesPublishedLateAreWarnedAboutAndShown() throws Exception {
    Path repo = content.getParent();
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      Files.delete(content.resolve(MINUTE));
      commit(git, "2019-01-02T10:00:00Z");
      TestSites.copyTree(ContentFixture.BASE.resolve("minutes"), content.resolve("minutes2"));
      Files.move(content.resolve("minutes2/2019/2019-03-05-sesion-de-prueba.md"),
          content.resolve(MINUTE));
      deleteTree(content.resolve("minutes2"));
      commit(git, "2019-05-20T10:00:00Z");
    }
    BuildResult r = new SiteBuilder(new BuildOptions(content, TestSites.THEME,
        tmp.resolve("site"), null, LocalDate.of(2019, 7, 1))).run();
    assertThat(r.problems().all()).filteredOn(p -> !p.isError()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("published on 2019-05-20, 76 days after the "
            + "meeting; publish minutes within 30 days"));
    assertThat(Files.readString(tmp.resolve(
        "site/minutes/2019/2019-03-05-sesion-de-prueba/index.html")))
        .contains("76 días después de la sesión");
  }

  private static void commit(Git git, String when) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    PersonIdent id = new PersonIdent("Ana", "a@example.test", Date.from(Instant.parse(when)),
        TimeZone.getTimeZone("UTC"));
    git.commit().setMessage("x").setAuthor(id).setCommitter(id).setSign(false).call();
  }

  private static void deleteTree(Path p) throws Exception {
    try (var walk = Files.walk(p)) {
      for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
