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
  /** The base fixture's commitment whose delayed milestone {@link #baseWithProgress} moves on. */
  public static final String DATOS_ABIERTOS =
      "content/plans/2019-2021/commitments/datos-abiertos.yaml";

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

  /**
   * The base fixture with a past: committed as it is at {@code initial}, then, at {@code
   * progress}, its delayed milestone (40 %) reported in progress at 60 %. The tests of what a
   * date shows (as-of builds, frozen newsletters) choose the two instants around their dates.
   */
  public static TestRepo baseWithProgress(Path top, String initial, String progress)
      throws IOException, GitAPIException {
    TestRepo repo = withContent(top, ContentFixture.BASE);
    repo.commit(initial, "Contenido inicial");
    repo.edit(DATOS_ABIERTOS, "    status: delayed\n    progress: 40",
        "    status: in-progress\n    progress: 60");
    repo.commit(progress, "Avance del portal");
    return repo;
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
