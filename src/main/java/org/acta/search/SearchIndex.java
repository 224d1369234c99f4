package org.acta.search;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.ConsultationInput;
import org.acta.model.Markdown;
import org.acta.model.Milestone;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.model.Site;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents the site's search looks through, written at build time as one static JSON
 * file ({@code search-index.json}); the browser indexes it with MiniSearch, so search works
 * on any static host without a server.
 */
public final class SearchIndex {
  public static final String FILE = "search-index.json";
  /**
   * Longest text kept per document. The whole index is downloaded by every searching browser,
   * so a document contributes its title and the start of its text (about a page of a minute,
   * where the agenda and the first sections are), not all of it: 10,000 minutes stay ~10 MB.
   */
  static final int MAX_TEXT = 1000;
  private static final Pattern MARKUP = Pattern.compile("[#*_`>|\\[\\]]+|\\]\\([^)]*\\)|-{3,}");

  private SearchIndex() {}

  public static byte[] build(Site site) {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode root = json.createObjectNode();
    ArrayNode docs = root.putArray("documents");
    for (Minute m : site.minutes()) {
      add(docs, "minute", m.title(), String.join(" · ", m.agenda()) + " " + text(m.body()),
          m.path(), m.date().toString(), null);
    }
    for (ActionPlan plan : site.plans()) {
      for (Commitment c : plan.commitments()) {
        add(docs, "commitment", c.title(), text(c.problem()) + " " + text(c.description())
            + " " + text(c.solution()) + " " + String.join(" ", c.themes()), c.path(),
            c.start().toString(), plan.id());
        for (int i = 0; i < c.milestones().size(); i++) {
          Milestone m = c.milestones().get(i);
          add(docs, "milestone", m.title(), m.deliverable() + " · " + c.title(),
              c.path() + "#milestone-" + (i + 1), m.end().toString(), plan.id());
        }
      }
      for (ConsultationInput in : plan.consultation()) {
        String response = in.response() == null ? "" : " " + text(in.response().reason());
        add(docs, "consultation", in.id() + (in.theme() == null ? "" : " · " + in.theme()),
            text(in.text()) + response, plan.path() + "consultation/#" + in.anchor(),
            in.date().toString(), plan.id());
      }
    }
    for (Newsletter n : site.newsletters()) {
      add(docs, "newsletter", n.title(), (n.summary() == null ? "" : n.summary() + " ")
          + text(n.body()), n.path(), n.date().toString(), null);
    }
    return (json.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void add(ArrayNode docs, String type, String title, String text, String url,
      String date, String plan) {
    ObjectNode d = docs.addObject();
    d.put("id", docs.size());
    d.put("type", type);
    d.put("title", title);
    String clean = text.replaceAll("\\s+", " ").strip();
    d.put("text", clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean);
    d.put("url", url);
    d.put("date", date);
    if (plan != null) {
      d.put("plan", plan);
    }
  }

  /** Markdown source without its markup characters: good enough to search and quote. */
  static String text(Markdown m) {
    return m == null ? "" : MARKUP.matcher(m.source()).replaceAll(" ");
  }
}
