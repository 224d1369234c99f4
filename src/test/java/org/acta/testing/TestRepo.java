package org.acta.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A real git repository in a temporary folder, holding a copy of a content folder. */
public final class TestRepo implements AutoCloseable {
  private final Path top;
  private final Git git;

  private TestRepo(Path top, Git git) {
    this.top = top;
    this.git = git;
  }

  /** A repository at {@code top} with {@code content} copied to {@code top/content}. */
  public static TestRepo withContent(Path top, Path content) throws IOException, GitAPIException {
    TestSites.copyTree(content, top.resolve("content"));
    return new TestRepo(top, Git.init().setDirectory(top.toFile()).call());
  }

  public Path content() {
    return top.resolve("content");
  }

  /** Replaces a text in a file under the repository (which must contain it). */
  public void edit(String file, String from, String to) throws IOException {
    Path p = top.resolve(file);
    String text = Files.readString(p);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to));
  }

  public void write(String file, String text) throws IOException {
    Path p = top.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  /** Commits every change, authored and committed at {@code when} (ISO instant, UTC). */
  public void commit(String when, String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent id = new PersonIdent("Ana Editora", "ana@example.test",
        Date.from(Instant.parse(when)), TimeZone.getTimeZone("UTC"));
    git.commit().setMessage(message).setAuthor(id).setCommitter(id).setSign(false).call();
  }

  /** Creates branch {@code name} at HEAD and switches to it. */
  public void branch(String name) throws GitAPIException {
    git.checkout().setCreateBranch(true).setName(name).call();
  }

  public void checkout(String name) throws GitAPIException {
    git.checkout().setName(name).call();
  }

  /** The branch checked out. */
  public String current() throws IOException {
    return git.getRepository().getBranch();
  }

  /** Merges {@code branch} into the branch checked out with a merge commit made at {@code when}. */
  public void merge(String branch, String when, String message)
      throws GitAPIException, IOException {
    git.merge().include(git.getRepository().resolve(branch))
        .setFastForward(MergeCommand.FastForwardMode.NO_FF).setCommit(false).call();
    commit(when, message);
  }

  @Override
  public void close() {
    git.close();
  }
}
