package org.acta.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import org.acta.diagnostics.Problem;
import org.acta.model.Commitment;
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

/** History read from real git repositories made in a temporary folder. */
class ContentHistoryTest {
  static final String COMMITMENT = "content/plans/2019-2021/commitments/datos-abiertos.yaml";
  @TempDir Path tmp;
  Path repo;
  Path content;

  @BeforeEach
  void makeRepository() throws Exception {
    repo = tmp.resolve("repo");
    content = ContentFixture.copyOf("base", repo).root();
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      commit(git, "Ana Editora", "2019-02-01T12:00:00Z", "Contenido inicial");
      edit(COMMITMENT, "    status: delayed\n    progress: 40",
          "    status: completed\n    progress: 100\n    evidence:\n"
              + "      - title: Portal publicado\n        url: https://example.test/portal");
      commit(git, "Beto Revisor", "2019-08-20T09:30:00Z", "Portal terminado");
      edit("content/minutes/2019/2019-03-05-sesion-de-prueba.md", "Otro acuerdo.",
          "Otro acuerdo corregido.");
      commit(git, "Ana Editora", "2019-09-01T10:00:00Z", "Corrige acta");
    }
  }

  private void edit(String file, String from, String to) throws Exception {
    Path p = repo.resolve(file);
    String text = Files.readString(p);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to));
  }

  private static void commit(Git git, String who, String when, String message) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent id = new PersonIdent(who, "x@example.test", Date.from(Instant.parse(when)),
        TimeZone.getTimeZone("UTC"));
    git.commit().setMessage(message).setAuthor(id).setCommitter(id).setSign(false).call();
  }

  private ContentHistory read(Path contentDir) {
    return read(contentDir, Map.of());
  }

  private ContentHistory read(Path contentDir, Map<Path, Commitment> current) {
    return ContentHistory.read(contentDir, p -> "content/"
        + contentDir.toAbsolutePath().relativize(p.toAbsolutePath()).toString(), current);
  }

  /** The commitment file decoded as the loader would, with one text replaced first. */
  private Commitment decodedWith(String from, String to) throws Exception {
    String text = Files.readString(repo.resolve(COMMITMENT));
    assertThat(text).contains(from);
    return CommitmentDiff.parse(text.replace(from, to)).orElseThrow();
  }

  @Test
  void theLoadersVersionOfAnUnchangedFileIsUsedInsteadOfDecodingItAgain() throws Exception {
    // A stand-in that differs from the file proves which one the details come from.
    Commitment standIn = decodedWith("status: completed", "status: cancelled");
    FileHistory h = read(content, Map.of(repo.resolve(COMMITMENT), standIn)).of(COMMITMENT);
    assertThat(h.changes().get(0).details()).contains(
        new Change.Detail("status", "Hito atrasado", "delayed", "cancelled"));
  }

  @Test
  void aFileEditedSinceTheLastCommitIsNotMistakenForItsCommittedVersion() throws Exception {
    edit(COMMITMENT, "progress: 100", "progress: 90");
    Commitment edited = decodedWith("status: completed", "status: cancelled");
    FileHistory h = read(content, Map.of(repo.resolve(COMMITMENT), edited)).of(COMMITMENT);
    assertThat(h.changes().get(0).details()).contains(
        new Change.Detail("status", "Hito atrasado", "delayed", "completed"),
        new Change.Detail("progress", "Hito atrasado", "40 %", "100 %"));
  }

  @Test
  void recordsEveryChangeWithDateAuthorAndCommit() {
    ContentHistory history = read(content);
    assertThat(history.coverage()).isEqualTo(ContentHistory.Coverage.FULL);
    FileHistory h = history.of(COMMITMENT);
    assertThat(h.changes()).hasSize(2);
    assertThat(h.lastUpdated()).isEqualTo(LocalDate.of(2019, 8, 20));
    assertThat(h.firstCommitted()).isEqualTo(LocalDate.of(2019, 2, 1));
    Change latest = h.changes().get(0);
    assertThat(latest.author()).isEqualTo("Beto Revisor");
    assertThat(latest.commit()).hasSize(7);
    assertThat(latest.kind()).isEqualTo(Change.Kind.MODIFIED);
    assertThat(latest.details()).containsExactly(
        new Change.Detail("status", "Hito atrasado", "delayed", "completed"),
        new Change.Detail("progress", "Hito atrasado", "40 %", "100 %"),
        new Change.Detail("evidence-added", "Hito atrasado", "", "Portal publicado"));
    assertThat(h.changes().get(1).kind()).isEqualTo(Change.Kind.ADDED);
  }

  @Test
  void minutesGetPlainEntries() {
    FileHistory h = read(content).of("content/minutes/2019/2019-03-05-sesion-de-prueba.md");
    assertThat(h.changes()).extracting(Change::kind)
        .containsExactly(Change.Kind.MODIFIED, Change.Kind.ADDED);
    assertThat(h.changes().get(0).details()).isEmpty();
  }

  @Test
  void noRepositoryMeansNoHistoryNotACrash() throws Exception {
    Path plain = ContentFixture.copyOf("base", tmp.resolve("plain")).root();
    ContentHistory history = read(plain);
    assertThat(history.coverage()).isEqualTo(ContentHistory.Coverage.NONE);
    assertThat(history.of(COMMITMENT).changes()).isEmpty();
  }

  @Test
  void shallowCloneIsReportedAsSuch() throws Exception {
    Path clone = tmp.resolve("clone");
    try (Git g = Git.cloneRepository().setURI(repo.toUri().toString())
        .setDirectory(clone.toFile()).setDepth(1).call()) {
      assertThat(g.getRepository().getDirectory()).exists();
    }
    ContentHistory history = read(clone.resolve("content"));
    assertThat(history.coverage()).isEqualTo(ContentHistory.Coverage.SHALLOW);
    // Only the newest commit is there: every file appears as added by it.
    assertThat(history.of(COMMITMENT).changes()).hasSize(1);
  }

  @Test
  void evidenceFilesCarryTheirHashAndFirstCommitDate() throws Exception {
    BuildResult r = new SiteBuilder(new BuildOptions(content, TestSites.THEME,
        tmp.resolve("site"), null, LocalDate.of(2019, 10, 1))).run();
    assertThat(r.ok()).as(r.problems().all().toString()).isTrue();
    String page = Files.readString(tmp.resolve("site/plans/2019-2021/evidence/index.html"));
    String sha = EvidenceLedger.sha256(content.resolve("evidence/informe.txt"));
    assertThat(page).contains(sha).contains("datetime=\"2019-02-01\"");
    String commitmentPage = Files.readString(
        tmp.resolve("site/plans/2019-2021/commitments/datos-abiertos/index.html"));
    assertThat(commitmentPage).contains("Beto Revisor").contains("Portal publicado")
        .contains("datetime=\"2019-08-20\"");
  }

  @Test
  void commitmentsNotUpdatedForSixMonthsAreWarnedAbout() {
    BuildResult r = new SiteBuilder(new BuildOptions(content, TestSites.THEME, null, null,
        LocalDate.of(2020, 6, 1))).run();
    assertThat(r.problems().all()).filteredOn(p -> !p.isError()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("'datos-abiertos' was last updated on "
            + "2019-08-20").contains("twice a year"));
    assertThat(r.ok()).isTrue();
  }
}
