package org.acta.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Dates read from the content repository's git history, through JGit (no git binary needed). */
public final class GitDates {
  private GitDates() {}

  /**
   * The committer date (UTC) of the newest commit of HEAD's first-parent line that changed the
   * content folder (see {@link GitContent#lastChange}), or empty when the folder is not in a
   * git repository or has no commits.
   */
  public static Optional<LocalDate> latestContentCommit(Path contentDir) {
    Optional<GitContent> opened = GitContent.open(contentDir);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    try (GitContent git = opened.get()) {
      return git.lastChange().map(GitContent.At::date);
    } catch (IOException | RuntimeException e) {
      // A broken or unusual repository must not stop a build; the caller falls back.
      return Optional.empty();
    }
  }
}
