package org.acta.render;

import org.acta.site.Site;

/**
 * Which sections of the site's menu have something to show: a section without content (no
 * newsletter yet, no agreement recorded, no commitment linked to an SDG) is left out of the
 * menu, though its page is still built and says it is empty. Minutes, plans, open data and
 * search are always there: they are what the site is for.
 */
public record SiteMenu(boolean meetings, boolean agreements, boolean newsletters,
    boolean institutions, boolean sdgs) {

  public static SiteMenu of(Site site) {
    // The agreements page lists those of minutes held by the as-of date.
    boolean agreements = site.minutes().stream()
        .anyMatch(m -> !m.date().isAfter(site.asOf()) && !m.agreements().isEmpty());
    return new SiteMenu(!site.minutes().isEmpty() || !site.meetings().isEmpty(), agreements,
        !site.newsletters().isEmpty(), !site.institutions().isEmpty(),
        site.commitments().stream().anyMatch(c -> !c.sdgs().isEmpty()));
  }
}
