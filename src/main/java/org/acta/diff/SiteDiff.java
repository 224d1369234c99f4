package org.acta.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
import org.acta.write.Manifest;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a change (a pull request) does to the published site: builds the content as it was at
 * a base revision and as it is now, both as of the same date, and compares the two sites page
 * by page and commitment by commitment.
 */
public final class SiteDiff {
  /** A commitment whose status, progress or completion level changed. */
  public record CommitmentChange(String id, String title, String url, String before,
      String after) {}

  /** The comparison; {@code problems} is non-empty when a side could not be built. */
  public record Result(List<String> added, List<String> removed, List<String> changed,
      int otherFilesChanged, List<CommitmentChange> commitments, String problems) {

    public boolean empty() {
      return added.isEmpty() && removed.isEmpty() && changed.isEmpty()
          && commitments.isEmpty() && otherFilesChanged == 0;
    }
  }

  private SiteDiff() {}

  public static Result compare(Path content, Path templates, String base, LocalDate asOf,
      Path work) throws IOException {
    Path baseContent = work.resolve("base/content");
    extract(content, base, baseContent);
    BuildResult before = new SiteBuilder(new BuildOptions(baseContent, templates,
        work.resolve("base/site"), null, asOf)).run();
    BuildResult after = new SiteBuilder(new BuildOptions(content, templates,
        work.resolve("head/site"), null, asOf)).run();
    StringBuilder problems = new StringBuilder();
    if (!before.ok()) {
      problems.append("The content at ").append(base).append(" does not build.\n");
    }
    if (!after.ok()) {
      problems.append("The changed content does not build: run acta validate.\n");
    }
    if (problems.length() > 0) {
      return new Result(List.of(), List.of(), List.of(), 0, List.of(), problems.toString());
    }
    Map<String, String> a = Manifest.hashes(work.resolve("base/site"));
    Map<String, String> b = Manifest.hashes(work.resolve("head/site"));
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    int other = 0;
    for (String path : new TreeSet<>(union(a, b))) {
      boolean page = path.endsWith(".html");
      String pagePath = path.endsWith("index.html")
          ? path.substring(0, path.length() - "index.html".length()) : path;
      if (!a.containsKey(path)) {
        if (page) {
          added.add(pagePath);
        } else {
          other++;
        }
      } else if (!b.containsKey(path)) {
        if (page) {
          removed.add(pagePath);
        } else {
          other++;
        }
      } else if (!a.get(path).equals(b.get(path))) {
        if (page) {
          changed.add(pagePath);
        } else {
          other++;
        }
      }
    }
    List<CommitmentChange> commitments = commitments(
        work.resolve("base/site/data/acta.json"), work.resolve("head/site/data/acta.json"));
    return new Result(added, removed, changed, other, commitments, "");
  }

  private static Set<String> union(Map<String, String> a, Map<String, String> b) {
    Set<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static List<CommitmentChange> commitments(Path before, Path after) throws IOException {
    Map<String, JsonNode> a = index(before);
    Map<String, JsonNode> b = index(after);
    List<CommitmentChange> out = new ArrayList<>();
    for (var e : b.entrySet()) {
      JsonNode now = e.getValue();
      JsonNode was = a.get(e.getKey());
      String nowText = describe(now);
      String wasText = was == null ? "(new)" : describe(was);
      if (!nowText.equals(wasText)) {
        out.add(new CommitmentChange(e.getKey(), now.get("title").asString(),
            now.get("url").asString(), wasText, nowText));
      }
    }
    for (var e : a.entrySet()) {
      if (!b.containsKey(e.getKey())) {
        out.add(new CommitmentChange(e.getKey(), e.getValue().get("title").asString(),
            e.getValue().get("url").asString(), describe(e.getValue()), "(removed)"));
      }
    }
    return out;
  }

  private static String describe(JsonNode c) {
    return c.get("status").asString() + ", " + c.get("progress").asInt() + " %, "
        + c.get("completion_level").asString();
  }

  private static Map<String, JsonNode> index(Path json) throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(json)) {
      return out;
    }
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(json));
    root.get("plans").forEach(p -> p.get("commitments").forEach(c ->
        out.put(c.get("id").asString(), c)));
    return new TreeMap<>(out);
  }

  /** Writes the content folder as it was at {@code revision} into {@code target}. */
  static void extract(Path content, String revision, Path target) throws IOException {
    Path dir = content.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw new IOException("the content folder is not in a git repository.");
    }
    try (Repository repo = builder.setMustExist(true).build();
        RevWalk walk = new RevWalk(repo);
        ObjectReader reader = repo.newObjectReader()) {
      ObjectId id = repo.resolve(revision);
      if (id == null) {
        throw new IOException("unknown revision '" + revision + "'.");
      }
      RevCommit commit = walk.parseCommit(id);
      String prefix = repo.getWorkTree().toPath().toAbsolutePath().normalize().relativize(dir)
          .toString().replace('\\', '/');
      Files.createDirectories(target);
      try (TreeWalk tree = new TreeWalk(repo)) {
        tree.addTree(commit.getTree());
        tree.setRecursive(true);
        if (!prefix.isEmpty()) {
          tree.setFilter(PathFilter.create(prefix));
        }
        while (tree.next()) {
          String path = tree.getPathString();
          String rel = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
          Path file = target.resolve(rel).normalize();
          if (!file.startsWith(target)) {
            continue;
          }
          Files.createDirectories(file.getParent());
          Files.write(file, reader.open(tree.getObjectId(0)).getBytes());
        }
      }
    }
  }

  /** The report a CI job can post on the pull request. */
  public static String markdown(Result r, String base, String baseUrl) {
    String site = baseUrl == null ? "/" : baseUrl;
    StringBuilder out = new StringBuilder("## Changes to the published site (against ")
        .append(base).append(")\n\n");
    if (!r.problems().isEmpty()) {
      return out.append(r.problems()).toString();
    }
    if (r.empty()) {
      return out.append("No page changes.\n").toString();
    }
    section(out, "Pages added", r.added(), site);
    section(out, "Pages removed", r.removed(), site);
    section(out, "Pages changed", r.changed(), site);
    if (!r.commitments().isEmpty()) {
      out.append("### Commitments whose status or progress changed\n\n")
          .append("| Commitment | Before | After |\n|---|---|---|\n");
      for (CommitmentChange c : r.commitments()) {
        out.append("| [").append(c.title().replace("|", "\\|")).append("](").append(c.url())
            .append(") | ").append(c.before()).append(" | ").append(c.after()).append(" |\n");
      }
      out.append('\n');
    }
    if (r.otherFilesChanged() > 0) {
      out.append(r.otherFilesChanged()).append(" other files (data, feeds, evidence) changed.\n");
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<String> pages, String site) {
    if (pages.isEmpty()) {
      return;
    }
    out.append("### ").append(title).append(" (").append(pages.size()).append(")\n\n");
    pages.stream().limit(100).forEach(p -> out.append("- ").append(site).append(p).append('\n'));
    if (pages.size() > 100) {
      out.append("- … and ").append(pages.size() - 100).append(" more\n");
    }
    out.append('\n');
  }
}
