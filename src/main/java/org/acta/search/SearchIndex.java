package org.acta.search;

import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.ConsultationInput;
import org.acta.model.Markdown;
import org.acta.model.Milestone;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.site.Site;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents the site's search looks through, written at build time as one static JSON
 * file ({@code search-index.json}); the browser indexes it with MiniSearch, so search works
 * on any static host without a server.
 */
public final class SearchIndex {
  /**
   * Longest text kept per document. The whole index is downloaded by every searching browser,
   * so a document contributes its title and the start of its text (about a page of a minute,
   * where the agenda and the first sections are), not all of it: 10,000 minutes stay ~10 MB.
   */
  static final int MAX_TEXT = 1000;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKUP = Pattern.compile("[#*_`>|\\[\\]]+|\\]\\([^)]*\\)|-{3,}");

  private SearchIndex() {}

  public static byte[] build(Site site) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    // Streamed: a 10,000-minute index held as a Jackson tree, then a String, then bytes,
    // was the build's peak of memory.
    try (JsonGenerator json = JsonMapper.builder().build().createGenerator(bytes)) {
      Documents docs = new Documents(json);
      json.writeStartObject();
      json.writeArrayPropertyStart("documents");
      for (Minute m : site.minutes()) {
        docs.add("minute", m.title().value(), String.join(" · ", m.agenda()) + " " + text(m.body()),
            m.path(), m.date().toString(), null);
      }
      for (ActionPlan plan : site.plans()) {
        for (Commitment c : plan.commitments()) {
          docs.add("commitment", c.title().value(), text(c.problem().orElse(null)) + " "
              + text(c.description().orElse(null)) + " " + text(c.solution().orElse(null)) + " " + String.join(" ", c.themes()), c.path(),
              c.start().known() ? c.start().value().iso() : null, plan.id());
          for (Milestone m : c.milestones()) {
            docs.add("milestone", m.title().value(), (m.deliverable().known() ? m.deliverable().value() + " · " : "")
                + c.title(),
                c.path() + "#" + m.anchor(), m.end().known() ? m.end().value().iso() : null,
                plan.id());
          }
        }
        for (ConsultationInput in : plan.consultation()) {
          String response = in.response() == null ? "" : " " + text(in.response().reason());
          docs.add("consultation", in.id() + (in.theme() == null ? "" : " · " + in.theme()),
              text(in.text()) + response, plan.path() + "consultation/#" + in.anchor(),
              in.date().toString(), plan.id());
        }
      }
      for (Newsletter n : site.newsletters()) {
        docs.add("newsletter", n.title().value(), (n.summary() == null ? "" : n.summary() + " ")
            + text(n.body()), n.path(), n.date().toString(), null);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /** Writes documents with ids 1, 2, ... in order. */
  private static final class Documents {
    private final JsonGenerator json;
    private int count;

    Documents(JsonGenerator json) {
      this.json = json;
    }

    void add(String type, String title, String text, String url, String date, String plan) {
      json.writeStartObject();
      json.writeNumberProperty("id", ++count);
      json.writeStringProperty("type", type);
      json.writeStringProperty("title", title);
      json.writeStringProperty("text", truncate(SPACES.matcher(text).replaceAll(" ").strip()));
      json.writeStringProperty("url", url);
      json.writeStringProperty("date", date);
      if (plan != null) {
        json.writeStringProperty("plan", plan);
      }
      json.writeEndObject();
    }
  }

  private static String truncate(String text) {
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  /** Markdown source without its markup characters: good enough to search and quote. */
  static String text(Markdown m) {
    if (m == null) {
      return "";
    }
    // Only the start is kept, so only the start is cleaned: markup and runs of spaces shrink
    // the text, hence the margin.
    String source = m.source();
    return MARKUP.matcher(source.length() > 3 * MAX_TEXT ? source.substring(0, 3 * MAX_TEXT)
        : source).replaceAll(" ");
  }
}
