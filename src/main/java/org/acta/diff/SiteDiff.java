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
import org.acta.history.GitContent;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
import org.acta.write.Manifest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a change (a pull request) does to the published site: builds the content as it was at
 * a base revision and as it is now, both as of the same date and both the same way (the base
 * from its commit, with the git history as it stood at that commit, so pages that show history
 * differ only where the change touched them), and compares the two sites page by page and
 * commitment by commitment.
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
    if (GitContent.open(content).isEmpty()) {
      throw new IOException("the content folder is not in a git repository.");
    }
    try (GitContent git = GitContent.open(content).orElseThrow()) {
      if (git.resolve(base).isEmpty()) {
        throw new IOException("unknown revision '" + base + "'.");
      }
    }
    BuildResult before = new SiteBuilder(new BuildOptions(content, templates,
        work.resolve("base/site"), null, asOf, null, base)).run();
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
    out.append(summaryTable(r)).append('\n');
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

  /** Pages added, removed and changed per kind, so a reviewer sees the shape at a glance. */
  private static String summaryTable(Result r) {
    Map<PageKind, int[]> counts = new TreeMap<>();
    r.added().forEach(p -> counts.computeIfAbsent(PageKind.of(p), k -> new int[3])[0]++);
    r.removed().forEach(p -> counts.computeIfAbsent(PageKind.of(p), k -> new int[3])[1]++);
    r.changed().forEach(p -> counts.computeIfAbsent(PageKind.of(p), k -> new int[3])[2]++);
    if (counts.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("| Pages | Added | Removed | Changed |\n"
        + "|---|---:|---:|---:|\n");
    counts.forEach((kind, n) -> out.append("| ").append(kind.title()).append(" | ")
        .append(n[0]).append(" | ").append(n[1]).append(" | ").append(n[2]).append(" |\n"));
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<String> pages, String site) {
    if (pages.isEmpty()) {
      return;
    }
    out.append("### ").append(title).append(" (").append(pages.size()).append(")\n\n");
    Map<PageKind, List<String>> byKind = PageKind.group(pages);
    for (var group : byKind.entrySet()) {
      List<String> list = group.getValue();
      out.append("**").append(group.getKey().title()).append("** (").append(list.size())
          .append(")\n\n");
      list.stream().limit(50).forEach(p -> out.append("- ").append(site).append(p)
          .append('\n'));
      if (list.size() > 50) {
        out.append("- … and ").append(list.size() - 50).append(" more\n");
      }
      out.append('\n');
    }
  }

  /** The comparison as JSON, for scripts: pages by change and kind, and commitment changes. */
  public static String json(Result r, String base) {
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    ObjectNode root = mapper.createObjectNode();
    root.put("base", base);
    root.put("problems", r.problems());
    for (var change : Map.of("added", r.added(), "removed", r.removed(), "changed", r.changed())
        .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      ObjectNode kinds = root.putObject(change.getKey());
      PageKind.group(change.getValue()).forEach((kind, pages) -> {
        ArrayNode list = kinds.putArray(kind.name().toLowerCase(java.util.Locale.ROOT));
        pages.forEach(list::add);
      });
    }
    root.put("other_files_changed", r.otherFilesChanged());
    ArrayNode commitments = root.putArray("commitments");
    for (CommitmentChange c : r.commitments()) {
      commitments.addObject().put("id", c.id()).put("title", c.title()).put("url", c.url())
          .put("before", c.before()).put("after", c.after());
    }
    return mapper.writeValueAsString(root) + "\n";
  }
}
