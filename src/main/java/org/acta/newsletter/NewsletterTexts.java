package org.acta.newsletter;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.acta.markdown.MarkdownRenderer;
import org.acta.pages.Page;
import org.acta.pages.PageData.NewsletterPage;
import org.acta.paths.SitePaths;
import org.acta.render.SiteContext;

/** The plain-text edition of every newsletter of one language version, beside its page. */
public final class NewsletterTexts {
  private NewsletterTexts() {}

  /**
   * @param context the version's context (its tree, texts and formats)
   * @param pages the version's pages: each newsletter page's sections are what its plain-text
   *     edition tells, so the two never disagree
   */
  public static Map<String, byte[]> files(SiteContext context, Iterable<Page> pages,
      MarkdownRenderer markdown) {
    String baseUrl = context.baseUrl();
    String base = context.tree().isEmpty() ? baseUrl
        : (baseUrl == null ? "/" : baseUrl) + context.tree();
    Map<String, byte[]> files = new TreeMap<>();
    for (Page page : pages) {
      if (page.data() instanceof NewsletterPage n && !page.absoluteLinks()) {
        files.put(context.tree() + SitePaths.newsletterText(n.newsletter().slug()),
            PlainTextEdition.render(n.sections(), context.t(), context.fmt(), base,
                context.newsletterFooter(), markdown).getBytes(StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
