package org.acta.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.acta.pages.PageData.AgreementsPage;
import org.acta.pages.PageData.AgreementsPartPage;
import org.acta.paths.SitePaths;
import org.acta.tracking.AgreementView;

/**
 * The agreements page split so that no page grows with the record: the overview counts the
 * agreements by status and year and lists the {@link #PAGE_SIZE} most recent of each status;
 * each status and year has its own part ({@code agreements/overdue/2019/}), paginated by
 * {@link #PAGE_SIZE} ({@code agreements/overdue/2019/2/}). At 10,000 minutes the single page
 * was 27 MB.
 */
final class AgreementParts {
  /** Agreements on one page: about 60 KB of HTML. */
  static final int PAGE_SIZE = 100;
  static final List<String> STATUSES = List.of("overdue", "open", "closed");

  /** One status of one year: how many agreements, and where its first page is. */
  public record Cell(String status, int count, String path) {}

  /** A row of the overview's table: one year's agreements by status. */
  public record YearCounts(int year, List<Cell> cells) {}

  private AgreementParts() {}

  /** The overview and every part's pages; {@code agreements} oldest first. */
  static List<Page> pages(List<AgreementView> agreements) {
    // status -> year (newest first) -> agreements, newest first
    Map<String, Map<Integer, List<AgreementView>>> parts = new TreeMap<>();
    STATUSES.forEach(s -> parts.put(s, new TreeMap<>(Comparator.reverseOrder())));
    for (int i = agreements.size() - 1; i >= 0; i--) {
      AgreementView a = agreements.get(i);
      parts.get(status(a)).computeIfAbsent(a.origin().year(), y -> new ArrayList<>()).add(a);
    }
    List<YearCounts> years = new ArrayList<>();
    SortedSet<Integer> allYears = new TreeSet<>(Comparator.reverseOrder());
    parts.values().forEach(byYear -> allYears.addAll(byYear.keySet()));
    allYears.forEach(year -> years.add(new YearCounts(year, STATUSES.stream().map(s -> {
      List<AgreementView> part = parts.get(s).getOrDefault(year, List.of());
      return new Cell(s, part.size(), SitePaths.agreements(s, year, 1));
    }).toList())));
    List<Page> pages = new ArrayList<>();
    pages.add(new Page(SitePaths.AGREEMENTS, "agreements.ftlh", new AgreementsPage(
        recent(parts.get("overdue")), recent(parts.get("open")), recent(parts.get("closed")),
        totals(parts), years), null));
    for (String status : STATUSES) {
      for (Map.Entry<Integer, List<AgreementView>> e : parts.get(status).entrySet()) {
        int year = e.getKey();
        List<AgreementView> part = e.getValue();
        List<Pagination.PageLink> links = Pagination.pages(part.size(), PAGE_SIZE,
            n -> SitePaths.agreements(status, year, n));
        for (Pagination.PageLink link : links) {
          pages.add(new Page(link.path(), "agreements-part.ftlh", new AgreementsPartPage(
              status, year, part.size(), part.subList(link.from() - 1, link.to()), link.number(),
              links, years), null));
        }
      }
    }
    return pages;
  }

  private static String status(AgreementView a) {
    return a.overdue() ? "overdue" : a.status().isClosed() ? "closed" : "open";
  }

  private static List<AgreementView> recent(Map<Integer, List<AgreementView>> byYear) {
    List<AgreementView> recent = new ArrayList<>();
    for (List<AgreementView> part : byYear.values()) {
      for (AgreementView a : part) {
        if (recent.size() == PAGE_SIZE) {
          return recent;
        }
        recent.add(a);
      }
    }
    return recent;
  }

  private static Map<String, Integer> totals(Map<String, Map<Integer, List<AgreementView>>> parts) {
    Map<String, Integer> totals = new TreeMap<>();
    parts.forEach((s, byYear) -> totals.put(s,
        byYear.values().stream().mapToInt(List::size).sum()));
    return totals;
  }
}
