package org.acta.feeds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acta.model.Meeting;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.model.Text;
import org.acta.paths.SitePaths;
import org.acta.site.Site;

/** The site's feeds: an Atom feed of minutes and an iCalendar file of every meeting. */
public final class Feeds {
  /** How many minutes the feed carries, newest first. */
  static final int FEED_ENTRIES = 50;

  private Feeds() {}

  /** @param baseUrl the site's absolute address ending in '/', or null */
  public static Map<String, byte[]> files(Site site, String baseUrl) {
    Map<String, byte[]> out = new TreeMap<>();
    String base = baseUrl == null ? "/" : baseUrl;
    List<AtomFeed.Entry> entries = new ArrayList<>();
    List<Minute> newestFirst = new ArrayList<>(site.minutes());
    Collections.reverse(newestFirst);
    for (Minute m : newestFirst.subList(0, Math.min(FEED_ENTRIES, newestFirst.size()))) {
      entries.add(new AtomFeed.Entry(id(baseUrl, m.path()), m.title().value(), m.date(),
          base + m.path(), summary(m)));
    }
    var updated = newestFirst.isEmpty() ? site.asOf() : newestFirst.get(0).date();
    out.put(SitePaths.MINUTES_FEED, AtomFeed.write(id(baseUrl, SitePaths.MINUTES_FEED),
        site.config().forum().name() + " · actas", base + SitePaths.MINUTES_FEED, base + SitePaths.MINUTES,
        site.config().forum().name().value(), updated, entries));

    List<AtomFeed.Entry> issues = new ArrayList<>();
    List<Newsletter> newsletters = new ArrayList<>(site.newsletters());
    Collections.reverse(newsletters);
    for (var n : newsletters) {
      issues.add(new AtomFeed.Entry(id(baseUrl, n.path()), n.title().value(), n.date(), base + n.path(),
          (n.summary() != null ? n.summary() : n.title()).value()));
    }
    String forum = site.config().forum().name().value();
    out.put(SitePaths.NEWSLETTERS_FEED, AtomFeed.write(id(baseUrl, SitePaths.NEWSLETTERS_FEED), forum
        + " · boletines", base + SitePaths.NEWSLETTERS_FEED, base + SitePaths.NEWSLETTERS, forum,
        newsletters.isEmpty() ? updated : newsletters.get(0).date(), issues));
    List<AtomFeed.Entry> all = new ArrayList<>(entries);
    all.addAll(issues);
    all.sort(Comparator.comparing(AtomFeed.Entry::updated).reversed()
        .thenComparing(AtomFeed.Entry::id));
    out.put(SitePaths.SITE_FEED, AtomFeed.write(id(baseUrl, SitePaths.SITE_FEED), forum, base + SitePaths.SITE_FEED, base,
        forum, all.isEmpty() ? updated : all.get(0).updated(),
        all.subList(0, Math.min(FEED_ENTRIES, all.size()))));

    List<ICalendar.Event> events = new ArrayList<>();
    for (Minute m : site.minutes()) {
      events.add(new ICalendar.Event(m.slug() + "@acta", m.title().value(), m.date(),
          m.endDate(), m.start(), m.end(),
          Text.plain(m.location()), String.join("\n", m.agenda()), base + m.path()));
    }
    for (Meeting m : site.meetings()) {
      events.add(new ICalendar.Event(m.slug() + "@acta", m.title().value(), m.date(),
          m.endDate(), m.start(), m.end(),
          Text.plain(m.location()), String.join("\n", m.agenda()),
          base + "meetings/#" + m.slug()));
    }
    events.sort(Comparator.comparing(ICalendar.Event::date)
        .thenComparing(ICalendar.Event::uid));
    out.put(SitePaths.CALENDAR, ICalendar.write(site.config().forum().name().value(), site.config().timeZone(),
        site.asOf(), events));
    return out;
  }

  private static String id(String baseUrl, String path) {
    return baseUrl != null ? baseUrl + path : "urn:acta:" + path;
  }

  private static String summary(Minute m) {
    String kind = Boolean.TRUE.equals(m.openToPublic()) ? "sesión abierta" : "sesión";
    String agenda = m.agenda().isEmpty() ? "" : " Tabla: " + String.join("; ", m.agenda());
    return m.date() + " · " + kind + "." + agenda;
  }
}
