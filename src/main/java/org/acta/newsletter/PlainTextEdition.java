package org.acta.newsletter;

import java.util.List;
import java.util.Map;
import org.acta.markdown.MarkdownRenderer;
import org.acta.model.Progress;
import org.acta.render.Formats;
import org.acta.tracking.MilestoneRef;
import org.acta.tracking.NewsletterSections;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The plain-text edition of a newsletter, for mail tools and readers without HTML. */
public final class PlainTextEdition {
  private PlainTextEdition() {}

  public static String render(NewsletterSections s, Map<String, String> t, Formats fmt,
      String baseUrl, String unsubscribe, MarkdownRenderer markdown) {
    var n = s.newsletter();
    String base = baseUrl == null ? "/" : baseUrl;
    StringBuilder out = new StringBuilder();
    heading(out, n.title().value(), '=');
    out.append(t.get("newsletter.number")).append(' ').append(n.number()).append(" · ")
        .append(fmt.date(n.date())).append('\n');
    out.append(t.get("newsletter.period")).append(": ").append(fmt.date(n.periodStart()))
        .append(" – ").append(fmt.date(n.periodEnd())).append("\n\n");
    if (n.summary() != null) {
      out.append(n.summary()).append("\n\n");
    }
    out.append(text(markdown.render(n.body().source()), base + n.path())).append("\n\n");

    heading(out, t.get("newsletter.progress"), '-');
    milestones(out, t.get("newsletter.completed"), s.completed().stream().toList());
    milestones(out, t.get("newsletter.started"), s.started().stream().toList());
    milestones(out, t.get("newsletter.delayed"), s.delayed().stream().toList());
    if (!s.progress().isEmpty()) {
      out.append(t.get("newsletter.progressChange")).append(":\n");
      s.progress().forEach(p -> out.append("- ").append(p.commitment().listTitle()).append(": ")
          .append(percent(p.before(), t)).append(" → ").append(percent(p.after(), t)).append("\n"));
      out.append('\n');
    }
    if (!s.spotlight().isEmpty()) {
      heading(out, t.get("newsletter.spotlight"), '-');
      s.spotlight().forEach(sp -> {
        out.append("- ").append(sp.official().name());
        if (sp.official().role() != null) {
          out.append(", ").append(sp.official().role());
        }
        out.append(": ").append(sp.commitment().listTitle()).append(" (")
            .append(percent(sp.progress(), t)).append(")\n  ").append(base).append(sp.commitment().path()).append('\n');
      });
      out.append('\n');
    }
    heading(out, t.get("newsletter.forum"), '-');
    if (s.minutes().isEmpty()) {
      out.append(t.get("newsletter.noMinutes")).append('\n');
    }
    s.minutes().forEach(m -> out.append("- ").append(fmt.date(m.date())).append(": ")
        .append(m.title()).append("\n  ").append(base).append(m.path()).append('\n'));
    if (!s.upcoming().isEmpty()) {
      out.append('\n').append(t.get("home.upcoming")).append(":\n");
      s.upcoming().forEach(u -> out.append("- ").append(fmt.date(u.date())).append(": ")
          .append(u.title()).append('\n'));
    }
    out.append("\n--\n").append(t.get("newsletter.webEdition")).append(": ").append(base)
        .append(n.path()).append('\n');
    if (unsubscribe != null) {
      out.append(unsubscribe).append('\n');
    }
    return out.toString();
  }

  private static void milestones(StringBuilder out, String label,
      List<MilestoneRef> refs) {
    if (refs.isEmpty()) {
      return;
    }
    out.append(label).append(":\n");
    refs.forEach(r -> out.append("- ").append(r.commitment().title()).append(": ")
        .append(r.milestone().title()).append('\n'));
    out.append('\n');
  }

  private static void heading(StringBuilder out, String title, char underline) {
    out.append(title).append('\n').append(String.valueOf(underline).repeat(title.length()))
        .append("\n\n");
  }

  /** Sanitised HTML to text: paragraphs and list items on their own lines, links kept. */
  static String text(String html, String pageUrl) {
    Document doc = Jsoup.parseBodyFragment(html, pageUrl);
    for (Element a : doc.select("a[href]")) {
      String url = a.absUrl("href");
      a.appendText(" <" + (url.isEmpty() ? a.attr("href") : url) + ">");
    }
    for (Element li : doc.select("li")) {
      li.prependText("- ");
    }
    StringBuilder out = new StringBuilder();
    for (Element block : doc.body().select("p, li, h2, h3, h4, tr")) {
      if (block.tagName().equals("li") || block.parents().stream().noneMatch(
          p -> p.tagName().equals("li") || p.tagName().equals("tr"))) {
        boolean lastItem = block.tagName().equals("li") && block.nextElementSibling() == null;
        out.append(block.text()).append(block.tagName().equals("li") && !lastItem ? "\n" : "\n\n");
      }
    }
    return out.toString().strip();
  }

  /** A figure, or "not reported" (never 0 % for unknown). */
  private static String percent(Progress p, Map<String, String> t) {
    return p.known() ? p.percent() + " %" : t.get("progress.notReported");
  }
}
