package org.acta.history;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The content folder as it stood in past commits of the repository that holds it, read with
 * JGit and never checked out: "as it stood on a date" is the tree of the last commit on the
 * first-parent line of HEAD whose committer date (UTC) is on or before that date. First parent,
 * because that line is what the published branch held on each day: a pull request's commits
 * count from the day it was merged. Committer date, because it is when a commit entered the
 * branch (an author date survives rebases and can be years older).
 */
public final class GitContent implements AutoCloseable {
  /** A commit the content is read from. */
  public record At(String commit, LocalDate date) {
    public String shortId() {
      return commit.substring(0, 7);
    }
  }

  private final Repository repo;
  private final String prefix;

  private GitContent(Repository repo, String prefix) {
    this.repo = repo;
    this.prefix = prefix;
  }

  /** Empty when {@code contentDir} is not in a git repository with at least one commit. */
  public static Optional<GitContent> open(Path contentDir) {
    Path dir = contentDir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    Repository repo = null;
    try {
      repo = builder.setMustExist(true).build();
      if (repo.isBare() || repo.resolve("HEAD") == null) {
        repo.close();
        return Optional.empty();
      }
      Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      return Optional.of(new GitContent(repo,
          top.relativize(dir).toString().replace('\\', '/')));
    } catch (IOException | RuntimeException e) {
      if (repo != null) {
        repo.close();
      }
      return Optional.empty();
    }
  }

  /**
   * The last commit of HEAD's first-parent line made on or before {@code day} (committer
   * date, UTC); empty when every commit is later.
   */
  public Optional<At> onOrBefore(LocalDate day) throws IOException {
    return onOrBefore(day, "HEAD");
  }

  /** As {@link #onOrBefore(LocalDate)}, on the first-parent line of {@code tip} (a commit). */
  public Optional<At> onOrBefore(LocalDate day, String tip) throws IOException {
    long limit = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(repo.resolve(tip));
      while (commit != null) {
        if (commit.getCommitTime() < limit) {
          return Optional.of(new At(commit.getName(), dateOf(commit)));
        }
        commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
      }
      return Optional.empty();
    }
  }

  /**
   * The newest commit of HEAD's first-parent line that changed the content folder (its tree
   * differs from its first parent's), or the first commit that held it. A merge counts on the
   * day it was merged, so "today" by default is a day {@code --as-of} reads the same content
   * on; the commits of the merged branch may carry older dates.
   */
  public Optional<At> lastChange() throws IOException {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(repo.resolve("HEAD"));
      ObjectId content = contentTree(commit);
      while (commit != null) {
        RevCommit parent = commit.getParentCount() == 0 ? null
            : walk.parseCommit(commit.getParent(0));
        ObjectId before = parent == null ? null : contentTree(parent);
        if (!Objects.equals(content, before)) {
          return Optional.of(new At(commit.getName(), dateOf(commit)));
        }
        commit = parent;
        content = before;
      }
      return Optional.empty();
    }
  }

  /** The id of the content folder's tree in a commit; null where it does not exist. */
  private ObjectId contentTree(RevCommit commit) throws IOException {
    if (prefix.isEmpty()) {
      return commit.getTree().getId();
    }
    try (TreeWalk walk = TreeWalk.forPath(repo, prefix, commit.getTree())) {
      return walk == null ? null : walk.getObjectId(0);
    }
  }

  /** The commit a revision (branch, tag, HEAD~1, id) names; empty when it names none. */
  public Optional<At> resolve(String revision) throws IOException {
    ObjectId id;
    try {
      id = repo.resolve(revision);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (id == null) {
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(id);
      return Optional.of(new At(commit.getName(), dateOf(commit)));
    }
  }

  /** The date of the first commit on HEAD's first-parent line, for messages. */
  public LocalDate firstDate() throws IOException {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(repo.resolve("HEAD"));
      while (commit.getParentCount() > 0) {
        commit = walk.parseCommit(commit.getParent(0));
      }
      return dateOf(commit);
    }
  }

  /**
   * Writes the content folder of {@code at} into {@code target} (which must not exist yet):
   * every file, evidence included, with its committed bytes. Symbolic links are written as
   * links, so the reader refuses those that lead outside as it would in a working tree.
   */
  public void writeTree(At at, Path target) throws IOException {
    writeTree(at, target, path -> true);
  }

  /** The same, writing only the files whose path in the content folder {@code wanted} takes. */
  public void writeTree(At at, Path target, Predicate<String> wanted) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    Files.createDirectories(root);
    try (RevWalk walk = new RevWalk(repo); ObjectReader objects = repo.newObjectReader();
        TreeWalk tree = new TreeWalk(repo, objects)) {
      tree.addTree(walk.parseCommit(ObjectId.fromString(at.commit())).getTree());
      tree.setRecursive(true);
      if (!prefix.isEmpty()) {
        tree.setFilter(PathFilter.create(prefix));
      }
      int skip = prefix.isEmpty() ? 0 : prefix.length() + 1;
      while (tree.next()) {
        String path = tree.getPathString();
        String inContent = path.substring(skip);
        Path file = root.resolve(inContent).normalize();
        if (!wanted.test(inContent)) {
          continue;
        }
        if (!file.startsWith(root) || file.equals(root)) {
          continue; // a hostile tree entry cannot write outside the folder
        }
        Files.createDirectories(file.getParent());
        FileMode mode = tree.getFileMode(0);
        if (mode == FileMode.SYMLINK) {
          String link = new String(objects.open(tree.getObjectId(0)).getBytes(),
              StandardCharsets.UTF_8);
          try {
            Files.createSymbolicLink(file, Path.of(link));
          } catch (UnsupportedOperationException | IOException e) {
            // no symbolic links on this system: the file is left out, as a checkout would
          }
        } else if (mode.getObjectType() == Constants.OBJ_BLOB) {
          try (OutputStream out = Files.newOutputStream(file)) {
            objects.open(tree.getObjectId(0)).copyTo(out);
          }
        }
      }
    }
  }

  @Override
  public void close() {
    repo.close();
  }

  private static LocalDate dateOf(RevCommit commit) {
    return LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), ZoneOffset.UTC);
  }
}
