package org.acta.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uses real git repositories made with JGit in a temporary folder. */
class GitDatesTest {
  @TempDir Path repo;

  private void commit(Git git, String file, String when) throws Exception {
    Path p = repo.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, file + when);
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("Editora", "editora@example.org",
        Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
    git.commit().setMessage("edit " + file).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  @Test
  void latestCommitTouchingTheContentFolderGivesTheDate() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      commit(git, "content/site.yaml", "2019-03-01T10:00:00Z");
      commit(git, "content/minutes/2019/a.md", "2019-05-20T23:30:00Z");
      commit(git, "README.md", "2020-01-01T00:00:00Z"); // not content: ignored
    }
    assertThat(GitDates.latestContentCommit(repo.resolve("content")))
        .contains(LocalDate.of(2019, 5, 20));
  }

  @Test
  void noRepositoryGivesEmpty() throws Exception {
    Path content = Files.createDirectories(repo.resolve("content"));
    assertThat(GitDates.latestContentCommit(content)).isEmpty();
  }

  @Test
  void repositoryWithoutCommitsGivesEmpty() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      assertThat(git.getRepository().getDirectory()).exists();
    }
    Path content = Files.createDirectories(repo.resolve("content"));
    assertThat(GitDates.latestContentCommit(content)).isEmpty();
  }
}
