package org.acta.load;

import java.io.StringReader;
import java.util.List;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** SnakeYAML's tree of a text, as YamlDocument composes it, and a structural comparison. */
final class YamlTrees {
  private YamlTrees() {}

  /** SnakeYAML's tree with YamlDocument's options; throws what SnakeYAML throws. */
  static Node snakeYaml(String yaml) {
    LoaderOptions options = YamlDocument.options();
    return new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options),
        new Resolver(), options).getSingleNode();
  }

  /** Null when both trees are equal, else where and how they first differ. */
  static String difference(Node expected, Node actual) {
    return difference("root", expected, actual);
  }

  private static String difference(String path, Node e, Node a) {
    if (e == null || a == null) {
      return e == a ? null : path + ": " + e + " vs " + a;
    }
    if (e.getClass() != a.getClass()) {
      return path + ": " + e.getClass().getSimpleName() + " vs " + a.getClass().getSimpleName();
    }
    if (!e.getTag().equals(a.getTag())) {
      return path + ": tag " + e.getTag() + " vs " + a.getTag();
    }
    String marks = mark(path + " start", e.getStartMark(), a.getStartMark());
    if (marks == null) {
      marks = mark(path + " end", e.getEndMark(), a.getEndMark());
    }
    if (marks != null) {
      return marks;
    }
    if (!Objects.equals(e.getAnchor(), a.getAnchor())) {
      return path + ": anchor";
    }
    if (e instanceof ScalarNode se) {
      ScalarNode sa = (ScalarNode) a;
      if (!se.getValue().equals(sa.getValue())) {
        return path + ": value «" + se.getValue() + "» vs «" + sa.getValue() + "»";
      }
      return se.getScalarStyle() == sa.getScalarStyle() ? null
          : path + ": style " + se.getScalarStyle() + " vs " + sa.getScalarStyle();
    }
    if (((CollectionNode<?>) e).getFlowStyle() != ((CollectionNode<?>) a).getFlowStyle()) {
      return path + ": flow style";
    }
    if (e instanceof SequenceNode qe) {
      List<Node> le = qe.getValue();
      List<Node> la = ((SequenceNode) a).getValue();
      if (le.size() != la.size()) {
        return path + ": " + le.size() + " items vs " + la.size();
      }
      for (int i = 0; i < le.size(); i++) {
        String d = difference(path + "[" + i + "]", le.get(i), la.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    MappingNode me = (MappingNode) e;
    MappingNode ma = (MappingNode) a;
    if (me.isMerged() != ma.isMerged()) {
      return path + ": merged";
    }
    List<NodeTuple> te = me.getValue();
    List<NodeTuple> ta = ma.getValue();
    if (te.size() != ta.size()) {
      return path + ": " + te.size() + " entries vs " + ta.size();
    }
    for (int i = 0; i < te.size(); i++) {
      String d = difference(path + "{" + i + "}.key", te.get(i).getKeyNode(),
          ta.get(i).getKeyNode());
      if (d == null) {
        d = difference(path + "{" + i + "}", te.get(i).getValueNode(), ta.get(i).getValueNode());
      }
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String mark(String what, Mark e, Mark a) {
    if (e == null || a == null) {
      return e == a ? null : what + ": mark " + e + " vs " + a;
    }
    if (e.getLine() != a.getLine() || e.getColumn() != a.getColumn()
        || e.getIndex() != a.getIndex() || !e.getName().equals(a.getName())) {
      return what + ": line/column/index " + e.getLine() + "/" + e.getColumn() + "/"
          + e.getIndex() + " vs " + a.getLine() + "/" + a.getColumn() + "/" + a.getIndex();
    }
    return null;
  }
}
