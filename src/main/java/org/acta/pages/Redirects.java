package org.acta.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.model.Commitment;
import org.acta.pages.PageData.RedirectPage;
import org.acta.paths.SitePaths;
import org.acta.site.Site;

/**
 * The old addresses of commitments renamed in git: each becomes a small static page that sends
 * readers (and earlier citations) on to the commitment's current page. An old address that a
 * current page uses again is left to that page.
 */
final class Redirects {
  private static final Pattern COMMITMENT_FILE =
      Pattern.compile("(?:^|/)plans/([^/]+)/commitments/([^/.]+)\\.yaml$");

  private Redirects() {}

  static List<Page> pages(Site site, Set<String> taken) {
    Map<String, Commitment> byFile = new HashMap<>();
    site.commitments().forEach(c -> byFile.put(c.source().file(), c));
    List<Page> pages = new ArrayList<>();
    site.history().renamed().forEach((from, to) -> {
      Commitment now = byFile.get(to);
      Matcher old = COMMITMENT_FILE.matcher(from);
      if (now == null || !old.find()) {
        return;
      }
      String path = SitePaths.commitment(old.group(1), old.group(2));
      if (!taken.contains(path) && !path.equals(now.path())) {
        pages.add(new Page(path, "redirect.ftlh", new RedirectPage(now), now.source()));
      }
    });
    return pages;
  }
}
