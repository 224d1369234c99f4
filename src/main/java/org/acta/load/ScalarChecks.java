package org.acta.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.markdown.MarkdownLimits;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks every text of a YAML document once, at the node level (keys included), whatever field
 * it is for: the {@link TextRule} characters, and the {@link MarkdownLimits} (applied to every
 * text: any may be Markdown, and no plain text comes near them). Errors are reported at the
 * scalar; the document still loads, so its other errors come in the same round.
 */
final class ScalarChecks {
  private ScalarChecks() {}

  static void check(YamlDocument doc, Node root) {
    List<Node> pending = new ArrayList<>(List.of(root));
    Set<Node> seen = doc.visitedNodes();
    while (!pending.isEmpty()) {
      Node n = pending.remove(pending.size() - 1);
      if (seen != null && !seen.add(n)) {
        continue;
      }
      if (n instanceof ScalarNode s) {
        characters(doc, s);
        markdown(doc, s);
      } else if (n instanceof MappingNode m) {
        m.getValue().forEach(t -> {
          pending.add(t.getKeyNode());
          pending.add(t.getValueNode());
        });
      } else if (n instanceof SequenceNode q) {
        pending.addAll(q.getValue());
      }
    }
  }

  private static void characters(YamlDocument doc, ScalarNode node) {
    String text = node.getValue();
    boolean multiLine = text.indexOf('\n') >= 0;
    for (int i = 0; i < text.length(); i++) {
      String why = TextRule.forbidden(text, i);
      if (why == null && !multiLine && TextRule.isBidiControl(text.charAt(i))) {
        why = "a bidirectional control, which changes the order in which the text is shown; "
            + "it is allowed only in multi-line texts (key: | and the text on the next lines)";
      }
      if (why != null) {
        doc.problems().error(doc.at(node), Message.of("scalar-checks.character-of-this-text",
            (text.codePointCount(0, i) + 1), TextRule.name(text, i), why));
        return; // one error per text is enough to find it
      }
    }
  }

  private static void markdown(YamlDocument doc, ScalarNode node) {
    MarkdownLimits.check(node.getValue()).ifPresent(e -> doc.problems().error(
        where(doc, node, e), e.message()));
  }

  /** In a block text (| or >) the text's lines are the file's; otherwise, the text's start. */
  private static Position where(YamlDocument doc, ScalarNode node, MarkdownLimits.Excess e) {
    boolean block = node.getScalarStyle() == ScalarStyle.LITERAL
        || node.getScalarStyle() == ScalarStyle.FOLDED;
    if (!block) {
      return doc.at(node);
    }
    // The text's first line sets the block's indentation, which is not part of the text.
    int first = doc.at(node).line() + 1;
    String source = doc.file().lineText(first);
    int indent = source.length() - source.stripLeading().length();
    return doc.position(first + e.line() - 1, indent + e.column());
  }
}
