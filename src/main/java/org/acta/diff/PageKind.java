package org.acta.diff;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.acta.paths.SitePaths;

/** What kind of page an address is, for grouping a diff the way the site is organised. */
enum PageKind {
  HOME("Home"),
  MINUTES("Minutes"),
  MEETINGS("Meetings"),
  PLANS("Plans"),
  COMMITMENTS("Commitments"),
  INSTITUTIONS("Institutions"),
  AGREEMENTS("Agreements"),
  NEWSLETTERS("Newsletters"),
  OTHER("Other pages");

  /** A language version's prefix (en/, pt-br/): its pages are grouped with the main ones. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(-[a-z]{2})?/");

  private final String title;

  PageKind(String title) {
    this.title = title;
  }

  String title() {
    return title;
  }

  /** The kind of the page at {@code path}, relative to the site root ("" is the home). */
  static PageKind of(String path) {
    String p = path;
    var m = LANGUAGE.matcher(p);
    if (m.lookingAt()) {
      p = p.substring(m.end());
    }
    if (p.isEmpty() || p.equals("index.html")) {
      return HOME;
    }
    if (p.startsWith(SitePaths.PLANS)) {
      // consultation/commitments/<id>/ lists a commitment's inputs: a page of the plan's.
      return p.contains("/commitments/") && !p.contains("/consultation/") ? COMMITMENTS : PLANS;
    }
    for (var kind : List.of(Map.entry(SitePaths.MINUTES, MINUTES),
        Map.entry(SitePaths.MEETINGS, MEETINGS), Map.entry(SitePaths.INSTITUTIONS, INSTITUTIONS),
        Map.entry(SitePaths.AGREEMENTS, AGREEMENTS),
        Map.entry(SitePaths.NEWSLETTERS, NEWSLETTERS))) {
      if (p.startsWith(kind.getKey())) {
        return kind.getValue();
      }
    }
    return OTHER;
  }

  /** The pages by kind, in the enum's order, each list in its given order. */
  static Map<PageKind, List<String>> group(List<String> pages) {
    Map<PageKind, List<String>> out = new TreeMap<>();
    for (String page : pages) {
      out.computeIfAbsent(of(page), k -> new java.util.ArrayList<>()).add(page);
    }
    return out;
  }
}
