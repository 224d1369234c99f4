package org.acta.scaffold;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.acta.load.MilestoneIds;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code acta ids add}: writes an {@code id} into every milestone that has none, numbered as
 * the build already numbers it (its position, see {@link MilestoneIds}), so no anchor or CSV
 * row changes. The text is edited where SnakeYAML's marks place each milestone's first key,
 * never re-dumped: comments, quoting, order and line endings stay as the editor left them.
 */
public final class MilestoneIdWriter {
  /** One file changed: how many ids it received. */
  public record Added(Path file, int ids) {}

  private MilestoneIdWriter() {}

  /** Adds ids to every commitment file under {@code content/plans/}; returns the files changed. */
  public static List<Added> addAll(Path content) throws IOException, ScaffoldException {
    Path plans = content.resolve("plans");
    if (!Files.isDirectory(plans)) {
      throw ScaffoldException.usage(content + ": no plans/ folder; is this the content "
          + "folder? Pass it with --content DIR.");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(plans)) {
      files = walk.filter(p -> p.getParent().getFileName().toString().equals("commitments")
          && p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    // Every file is read and edited before any is written: one bad file changes nothing.
    List<Edit> edits = new ArrayList<>();
    for (Path file : files) {
      edits.add(withIds(file, Files.readString(file, StandardCharsets.UTF_8)));
    }
    List<Added> added = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (edits.get(i).ids() > 0) {
        Files.writeString(files.get(i), edits.get(i).text(), StandardCharsets.UTF_8);
        added.add(new Added(files.get(i), edits.get(i).ids()));
      }
    }
    return added;
  }

  /** The text with ids added, and how many. */
  record Edit(String text, int ids) {}

  static Edit withIds(Path file, String text) throws ScaffoldException {
    boolean bom = text.startsWith("\uFEFF");
    String yaml = bom ? text.substring(1) : text;
    List<MappingNode> milestones = milestones(file, yaml);
    List<String> given = milestones.stream().map(MilestoneIdWriter::givenId).toList();
    List<String> ids = MilestoneIds.fill(given);
    String newline = yaml.contains("\r\n") ? "\r\n" : "\n";
    List<Integer> lineStarts = lineStarts(yaml);
    StringBuilder out = new StringBuilder(yaml);
    int count = 0;
    // From the last milestone up, so earlier offsets stay valid as text is inserted.
    for (int i = milestones.size() - 1; i >= 0; i--) {
      MappingNode m = milestones.get(i);
      if (given.get(i) != null) {
        continue;
      }
      Mark key = m.getValue().get(0).getKeyNode().getStartMark();
      // Marks count columns in code points; the text is indexed in UTF-16 chars.
      int offset = yaml.offsetByCodePoints(lineStarts.get(key.getLine()), key.getColumn());
      String insert = m.getFlowStyle() == FlowStyle.FLOW ? "id: " + ids.get(i) + ", "
          : "id: " + ids.get(i) + newline + " ".repeat(key.getColumn());
      out.insert(offset, insert);
      count++;
    }
    return new Edit((bom ? "\uFEFF" : "") + out, count);
  }

  private static List<MappingNode> milestones(Path file, String yaml) throws ScaffoldException {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw ScaffoldException.refused(file + (mark == null ? "" : ":" + (mark.getLine() + 1) + ":"
          + (mark.getColumn() + 1)) + ": not valid YAML (" + e.getProblem() + "); fix it "
          + "(acta validate shows how), then run acta ids add again. No file was changed.");
    } catch (RuntimeException e) {
      throw ScaffoldException.refused(file + ": cannot be read as YAML (" + e.getMessage()
          + "); fix it, then run acta ids add again. No file was changed.");
    }
    List<MappingNode> out = new ArrayList<>();
    if (root instanceof MappingNode top) {
      for (NodeTuple t : top.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("milestones")
            && t.getValueNode() instanceof SequenceNode list) {
          for (Node item : list.getValue()) {
            if (item instanceof MappingNode m && !m.getValue().isEmpty()) {
              out.add(m);
            }
          }
        }
      }
    }
    return out;
  }

  private static String givenId(MappingNode m) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")
          && t.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
        return v.getValue().strip();
      }
    }
    return null;
  }

  /** The char offset of each line's start; SnakeYAML counts \r\n, \n and \r as breaks. */
  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts;
  }
}
