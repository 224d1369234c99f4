package org.acta.pages;

import org.acta.diagnostics.Position;
import org.acta.paths.SitePaths;

/**
 * One HTML page to render: its site path (e.g. {@code minutes/2018/2018-05-08-x/}), the
 * template, what the template gets, the content it came from (for error messages), and whether
 * its links must be absolute (an e-mail edition is read outside the site).
 */
public record Page(String path, String template, PageData data, Position source,
    boolean absoluteLinks) {

  public Page(String path, String template, PageData data, Position source) {
    this(path, template, data, source, false);
  }

  /**
   * Whether the sitemap lists the page: not the 404 page, an e-mail edition (read outside the
   * site) or a redirect (its target is listed instead).
   */
  public boolean listed() {
    return !path.equals(SitePaths.NOT_FOUND) && !absoluteLinks
        && !(data instanceof PageData.RedirectPage);
  }

  /** The file the page is written to, relative to its language's tree. */
  public String outputFile() {
    return SitePaths.outputFile("", path);
  }
}
