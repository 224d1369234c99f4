package org.acta.history;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.acta.model.Commitment;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The change history of every content file, read once from git with JGit: one walk over the
 * commits that touched the content folder, one diff per commit. This is what lets an IRM
 * reviewer see when each claim (a status, a progress figure, a piece of evidence) was made.
 */
public final class ContentHistory {
  /** How much history there is to show. */
  public enum Coverage implements org.acta.model.Keyword { FULL, SHALLOW, NONE }

  private static final Pattern COMMITMENT_FILE =
      Pattern.compile("plans/[^/]+/commitments/[^/]+\\.yaml");

  private final Coverage coverage;
  private final Map<String, FileHistory> files;
  private final LocalDate start;

  private ContentHistory(Coverage coverage, Map<String, FileHistory> files, LocalDate start) {
    this.coverage = coverage;
    this.files = files;
    this.start = start;
  }

  public static ContentHistory none() {
    return new ContentHistory(Coverage.NONE, Map.of(), null);
  }

  /** The date of the first commit that touched the content, or null without history. */
  public LocalDate start() {
    return start;
  }

  public Coverage coverage() {
    return coverage;
  }

  /** The history of a file, by the path shown to users (e.g. content/minutes/…). */
  public FileHistory of(String displayPath) {
    return files.getOrDefault(displayPath, new FileHistory(List.of()));
  }

  /**
   * Reads the history of {@code contentDir}. Returns {@link #none()} when it is not in a git
   * repository, and never throws: a broken repository only means no history.
   *
   * @param display how a file under the content folder is shown (its key in {@link #of})
   */
  public static ContentHistory read(Path contentDir, Function<Path, String> display) {
    Path dir = contentDir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return none();
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      ObjectId head = repo.resolve("HEAD");
      if (head == null || repo.isBare()) {
        return none();
      }
      Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      String prefix = top.relativize(dir).toString().replace('\\', '/');
      boolean shallow = new File(repo.getDirectory(), "shallow").exists();
      Map<String, List<Change>> byPath = walk(repo, head, prefix);
      Map<String, FileHistory> files = new HashMap<>();
      LocalDate first = byPath.values().stream().flatMap(List::stream).map(Change::date)
          .min(LocalDate::compareTo).orElse(null);
      byPath.forEach((path, changes) -> {
        Collections.reverse(changes);
        files.put(display.apply(top.resolve(path)), new FileHistory(List.copyOf(changes)));
      });
      return new ContentHistory(shallow ? Coverage.SHALLOW : Coverage.FULL, files, first);
    } catch (IOException | RuntimeException e) {
      return none();
    }
  }

  /** Changes per repository path, oldest first. */
  private static Map<String, List<Change>> walk(Repository repo, ObjectId head, String prefix)
      throws IOException {
    Map<String, List<Change>> byPath = new HashMap<>();
    try (RevWalk walk = new RevWalk(repo);
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repo);
      diff.setDetectRenames(false);
      TreeFilter filter = prefix.isEmpty() ? TreeFilter.ALL : PathFilter.create(prefix);
      diff.setPathFilter(filter);
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      walk.setRevFilter(RevFilter.NO_MERGES);
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit : walk) {
        RevCommit parent = commit.getParentCount() > 0 ? commit.getParent(0) : null;
        if (parent != null) {
          walk.parseHeaders(parent);
        }
        List<DiffEntry> entries;
        try {
          entries = diff.scan(parent == null ? null : parent.getTree(), commit.getTree());
        } catch (IOException | RuntimeException e) {
          continue; // a shallow boundary or missing object: skip that commit's diff
        }
        for (DiffEntry entry : entries) {
          record(repo, commit, entry, prefix, byPath);
        }
      }
    }
    return byPath;
  }

  private static void record(Repository repo, RevCommit commit, DiffEntry entry, String prefix,
      Map<String, List<Change>> byPath) {
    boolean deleted = entry.getChangeType() == DiffEntry.ChangeType.DELETE;
    String path = deleted ? entry.getOldPath() : entry.getNewPath();
    String inContent = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
    Change.Kind kind = switch (entry.getChangeType()) {
      case ADD, COPY, RENAME -> Change.Kind.ADDED;
      case DELETE -> Change.Kind.DELETED;
      default -> Change.Kind.MODIFIED;
    };
    List<Change.Detail> details = List.of();
    if (kind == Change.Kind.MODIFIED && COMMITMENT_FILE.matcher(inContent).matches()) {
      Optional<Commitment> before = blob(repo, entry.getOldId().toObjectId())
          .flatMap(CommitmentDiff::parse);
      Optional<Commitment> after = blob(repo, entry.getNewId().toObjectId())
          .flatMap(CommitmentDiff::parse);
      if (before.isPresent() && after.isPresent()) {
        details = CommitmentDiff.between(before.get(), after.get());
      }
    }
    LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()),
        ZoneOffset.UTC);
    String author = commit.getAuthorIdent() == null ? "" : commit.getAuthorIdent().getName();
    byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(new Change(
        commit.getId().abbreviate(7).name(), author, date, kind, details));
  }

  private static Optional<String> blob(Repository repo, ObjectId id) {
    try {
      return Optional.of(new String(repo.open(id).getBytes(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
