package org.acta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Real git repositories for tests: commits with a chosen author and date, text edits. */
public final class GitRepos {
  private GitRepos() {}

  /** Stages everything (deletions too) and commits as {@code who} at {@code when} (UTC). */
  public static RevCommit commit(Git git, String who, String when, String message)
      throws Exception {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor(ident(who, when))
        .setCommitter(ident(who, when)).setSign(false).call();
  }

  public static PersonIdent ident(String who, String when) {
    return new PersonIdent(who, "x@example.test", Date.from(Instant.parse(when)),
        TimeZone.getTimeZone("UTC"));
  }

  /** Replaces {@code from} (which must occur) with {@code to} in a file. */
  public static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}
