package org.acta.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.acta.diagnostics.Problems;
import org.acta.newsletter.EmailLinks;
import org.acta.pages.Page;
import org.acta.render.SiteContext;
import org.acta.render.TemplateEngine;

/** A language version with the template engine (in its language) and what its pages share. */
record Rendering(LanguageVersion version, TemplateEngine engine, SiteContext context) {

  /**
   * One page as UTF-8, or empty when its template failed (the error is in {@code problems}).
   * An e-mail edition is read outside the site, so its links become absolute when the site
   * has a public address.
   */
  Optional<byte[]> render(Page page, Problems problems) {
    Optional<byte[]> html = engine.render(page, context, problems);
    if (!page.absoluteLinks() || context.baseUrl() == null) {
      return html;
    }
    return html.map(bytes -> EmailLinks.absolutize(new String(bytes, StandardCharsets.UTF_8),
        context.baseUrl() + version.outputFile(page)).getBytes(StandardCharsets.UTF_8));
  }
}
