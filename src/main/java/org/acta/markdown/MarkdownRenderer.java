package org.acta.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Two layers, because content comes from pull requests: flexmark
 * escapes raw HTML and drops script-like links; then jsoup's allow-list cleaner removes
 * anything else a browser could run (entity-encoded {@code javascript:} links, event handlers,
 * {@code data:} URLs), since flexmark's own link filter can be bypassed.
 * Thread-safe: flexmark's parser and renderer are immutable once built.
 */
public final class MarkdownRenderer {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Safelist safelist;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        AutolinkExtension.create(), StrikethroughExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*");
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
    options.set(TablesExtension.CLASS_NAME, "table");
    options.set(TablesExtension.WITH_CAPTION, false);
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).build();
    safelist = Safelist.relaxed()
        .removeTags("img") // images from content would need evidence handling; links are kept
        .addAttributes(":all", "id")
        .addAttributes("table", "class")
        .addProtocols("a", "href", "http", "https", "mailto", "#")
        .preserveRelativeLinks(true);
  }

  /** Renders editor Markdown as sanitised HTML. Headings are shifted so none is an h1. */
  public String render(String markdown) {
    String html = renderer.render(parser.parse(markdown));
    Document dirty = Jsoup.parseBodyFragment(html, "https://acta.invalid/");
    Document clean = new Cleaner(safelist).clean(dirty);
    for (Element a : clean.select("a[href^=http]")) {
      a.attr("rel", "noopener");
    }
    // The page title is the only h1; content headings start at h2.
    for (Element h : clean.select("h1")) {
      h.tagName("h2");
    }
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }
}
