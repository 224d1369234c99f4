package org.acta.history;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.acta.model.Commitment;
import org.acta.model.Keyword;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
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
  public enum Coverage implements Keyword { FULL, SHALLOW, NONE }

  private static final Pattern COMMITMENT_FILE =
      Pattern.compile("plans/[^/]+/commitments/[^/]+\\.yaml");

  private final Coverage coverage;
  private final Map<String, FileHistory> files;
  private final LocalDate start;
  private final Map<String, String> renamed;

  private ContentHistory(Coverage coverage, Map<String, FileHistory> files, LocalDate start,
      Map<String, String> renamed) {
    this.coverage = coverage;
    this.files = files;
    this.start = start;
    this.renamed = renamed;
  }

  public static ContentHistory none() {
    return new ContentHistory(Coverage.NONE, Map.of(), null, Map.of());
  }

  /**
   * Every path a file had before git saw it renamed, with the path it has now (both as shown),
   * sorted; a file renamed twice appears under both earlier paths. The history of a renamed file
   * is kept under its current path: renames are followed.
   */
  public Map<String, String> renamed() {
    return renamed;
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
   * @param current the commitments already decoded from the working tree, by file: a version
   *     git also holds (the same bytes, hence the same blob id) is not decoded again. On a
   *     5,000-commit repository that spares about a quarter of the versions to decode.
   */
  public static ContentHistory read(Path contentDir, Function<Path, String> display,
      Map<Path, Commitment> current) {
    return read(contentDir, display, current, Constants.HEAD);
  }

  /**
   * The history up to {@code revision} (a commit id, or HEAD): a build of the content as it
   * stood on a past date sees no later commit.
   */
  public static ContentHistory read(Path contentDir, Function<Path, String> display,
      Map<Path, Commitment> current, String revision) {
    Path dir = contentDir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return none();
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      ObjectId head = repo.resolve(revision);
      if (head == null || repo.isBare()) {
        return none();
      }
      Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      String prefix = top.relativize(dir).toString().replace('\\', '/');
      boolean shallow = new File(repo.getDirectory(), "shallow").exists();
      Map<String, String> moves = new HashMap<>();
      Map<String, List<Change>> byPath =
          walk(repo, head, prefix, byBlobId(current), pullRequests(repo, head), moves);
      Map<String, String> renamed = new TreeMap<>();
      moves.forEach((from, to) -> {
        String now = to;
        for (int hops = 0; moves.containsKey(now) && hops < moves.size(); hops++) {
          now = moves.get(now);
        }
        if (!from.equals(now)) {
          renamed.put(display.apply(top.resolve(from)), display.apply(top.resolve(now)));
        }
      });
      Map<String, FileHistory> files = new HashMap<>();
      LocalDate first = byPath.values().stream().flatMap(List::stream).map(Change::date)
          .min(LocalDate::compareTo).orElse(null);
      byPath.forEach((path, changes) -> {
        Collections.reverse(changes);
        files.put(display.apply(top.resolve(path)), new FileHistory(List.copyOf(changes)));
      });
      return new ContentHistory(shallow ? Coverage.SHALLOW : Coverage.FULL, files, first,
          Collections.unmodifiableMap(renamed));
    } catch (IOException | RuntimeException e) {
      return none();
    }
  }

  /** Pull-request numbers by commit; a history without them is still a history. */
  private static Map<ObjectId, Integer> pullRequests(Repository repo, ObjectId head) {
    try {
      return PullRequests.of(repo, head);
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /** One file changed by one commit. */
  private record Touch(RevCommit commit, DiffEntry entry) {}

  /**
   * Changes per repository path, oldest first. The commits are listed in one walk; the tree
   * diffs, and the parsing of each commitment version for the change details, then run on
   * every core (on 5,000 commits they were most of the cost of history), each version parsed
   * once although it is the "after" of one change and the "before" of the next.
   */
  private static Map<String, List<Change>> walk(Repository repo, ObjectId head, String prefix,
      Map<ObjectId, Optional<Commitment>> versions, Map<ObjectId, Integer> pullRequests,
      Map<String, String> moves) throws IOException {
    List<RevCommit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      walk.setRevFilter(RevFilter.NO_MERGES);
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit : walk) {
        if (commit.getParentCount() > 0) {
          walk.parseHeaders(commit.getParent(0));
        }
        commits.add(commit);
      }
    }
    TreeFilter filter = prefix.isEmpty() ? TreeFilter.ALL : PathFilter.create(prefix);
    int chunk = Math.max(64, commits.size() / (4 * Runtime.getRuntime().availableProcessors()));
    List<Touch> touches = IntStream.range(0, (commits.size() + chunk - 1) / chunk).parallel()
        .mapToObj(i -> diffs(repo, filter, commits.subList(i * chunk,
            Math.min(commits.size(), (i + 1) * chunk))))
        .flatMap(List::stream).toList();

    touches.stream().filter(t -> isCommitmentChange(t, prefix))
        .flatMap(t -> Stream.of(t.entry().getOldId().toObjectId(),
            t.entry().getNewId().toObjectId()))
        .distinct().filter(id -> !versions.containsKey(id)).toList().parallelStream()
        .forEach(id -> versions.put(id, blob(repo, id).flatMap(CommitmentDiff::parse)));

    Map<String, List<Change>> byPath = new HashMap<>();
    for (Touch t : touches) {
      record(t, prefix, versions, pullRequests, byPath, moves);
    }
    return byPath;
  }

  /** The decoded commitments by the blob id git gives their file's bytes. */
  private static Map<ObjectId, Optional<Commitment>> byBlobId(Map<Path, Commitment> current) {
    Map<ObjectId, Optional<Commitment>> versions = new ConcurrentHashMap<>();
    ObjectInserter.Formatter ids = new ObjectInserter.Formatter();
    current.forEach((file, commitment) -> {
      try {
        versions.put(ids.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file)),
            Optional.of(commitment));
      } catch (IOException e) {
        // unreadable now: the version is decoded from git instead
      }
    });
    return versions;
  }

  /** The files each commit changed, in commit order; a commit that cannot be diffed is skipped. */
  private static List<Touch> diffs(Repository repo, TreeFilter filter, List<RevCommit> commits) {
    List<Touch> touches = new ArrayList<>();
    try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repo);
      // A renamed commitment keeps its history (and its old address redirects).
      diff.setDetectRenames(true);
      diff.setPathFilter(filter);
      for (RevCommit commit : commits) {
        RevCommit parent = commit.getParentCount() > 0 ? commit.getParent(0) : null;
        try {
          for (DiffEntry entry : diff.scan(parent == null ? null : parent.getTree(),
              commit.getTree())) {
            touches.add(new Touch(commit, entry));
          }
        } catch (IOException | RuntimeException e) {
          // a shallow boundary or missing object: skip that commit's diff
        }
      }
    }
    return touches;
  }

  private static boolean isCommitmentChange(Touch t, String prefix) {
    DiffEntry.ChangeType type = t.entry().getChangeType();
    return (type == DiffEntry.ChangeType.MODIFY || type == DiffEntry.ChangeType.RENAME)
        && COMMITMENT_FILE.matcher(inContent(t.entry().getNewPath(), prefix)).matches();
  }

  private static String inContent(String path, String prefix) {
    return prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
  }

  private static void record(Touch t, String prefix,
      Map<ObjectId, Optional<Commitment>> versions, Map<ObjectId, Integer> pullRequests,
      Map<String, List<Change>> byPath, Map<String, String> moves) {
    DiffEntry entry = t.entry();
    RevCommit commit = t.commit();
    boolean deleted = entry.getChangeType() == DiffEntry.ChangeType.DELETE;
    String path = deleted ? entry.getOldPath() : entry.getNewPath();
    Change.Kind kind = switch (entry.getChangeType()) {
      case ADD, COPY -> Change.Kind.ADDED;
      case RENAME -> Change.Kind.RENAMED;
      case DELETE -> Change.Kind.DELETED;
      default -> Change.Kind.MODIFIED;
    };
    String renamedFrom = null;
    if (kind == Change.Kind.RENAMED) {
      renamedFrom = entry.getOldPath();
      moves.put(renamedFrom, path);
      moves.remove(path);
      List<Change> earlier = byPath.remove(renamedFrom);
      if (earlier != null) {
        byPath.computeIfAbsent(path, p -> new ArrayList<>()).addAll(0, earlier);
      }
    }
    List<Change.Detail> details = List.of();
    if (isCommitmentChange(t, prefix)) {
      Optional<Commitment> before = versions.get(entry.getOldId().toObjectId());
      Optional<Commitment> after = versions.get(entry.getNewId().toObjectId());
      if (before.isPresent() && after.isPresent()) {
        details = CommitmentDiff.between(before.get(), after.get());
      }
    }
    LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()),
        ZoneOffset.UTC);
    String author = commit.getAuthorIdent() == null ? "" : commit.getAuthorIdent().getName();
    byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(new Change(
        commit.getId().abbreviate(7).name(), commit.getId().name(), author, date, kind, details,
        pullRequests.get(commit.getId()), renamedFrom == null ? null
            : inContent(renamedFrom, prefix)));
  }

  private static Optional<String> blob(Repository repo, ObjectId id) {
    try {
      return Optional.of(new String(repo.open(id).getBytes(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
