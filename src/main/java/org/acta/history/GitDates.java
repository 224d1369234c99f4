package org.acta.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Dates read from the content repository's git history, through JGit (no git binary needed). */
public final class GitDates {
  private GitDates() {}

  /**
   * The committer date (UTC) of the newest commit that touched the content folder, or empty
   * when the folder is not in a git repository or has no commits.
   */
  public static Optional<LocalDate> latestContentCommit(Path contentDir) {
    Path dir = contentDir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repo = builder.setMustExist(true).build(); Git git = new Git(repo)) {
      if (repo.resolve("HEAD") == null || repo.getWorkTree() == null) {
        return Optional.empty();
      }
      Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      String relative = top.relativize(dir).toString().replace('\\', '/');
      var log = git.log().setMaxCount(1);
      if (!relative.isEmpty()) {
        log.addPath(relative);
      }
      for (RevCommit commit : log.call()) {
        Instant when = Instant.ofEpochSecond(commit.getCommitTime());
        return Optional.of(LocalDate.ofInstant(when, ZoneOffset.UTC));
      }
      return Optional.empty();
    } catch (IOException | GitAPIException | RuntimeException e) {
      // A broken or unusual repository must not stop a build; the caller falls back.
      return Optional.empty();
    }
  }
}
