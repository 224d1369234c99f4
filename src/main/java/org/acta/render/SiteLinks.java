package org.acta.render;

import org.acta.paths.SitePaths;

/**
 * The site's addresses as templates link to them, after {@code root} (pages of the version)
 * or {@code siteRoot} (files all versions share): {@code ${root}${links.minutes}}. They come
 * from {@link SitePaths}, so a template never spells a folder name of its own.
 */
public record SiteLinks(String minutes, String agreements, String meetings, String plans,
    String newsletters, String sdgs, String values, String themes, String data,
    String institutions, String search, String searchIndex, String minutesFeed,
    String newslettersFeed, String calendar) {

  /** Every address of a site, as {@link SitePaths} lays it out. */
  public static final SiteLinks SITE = new SiteLinks(SitePaths.MINUTES, SitePaths.AGREEMENTS,
      SitePaths.MEETINGS, SitePaths.PLANS, SitePaths.NEWSLETTERS, SitePaths.SDGS,
      SitePaths.VALUES, SitePaths.THEMES, SitePaths.DATA, SitePaths.INSTITUTIONS,
      SitePaths.SEARCH, SitePaths.SEARCH_INDEX, SitePaths.MINUTES_FEED,
      SitePaths.NEWSLETTERS_FEED, SitePaths.CALENDAR);

  public String minutesYear(int year) {
    return SitePaths.minutesYear(year);
  }

  public String institution(String institutionId) {
    return SitePaths.institution(institutionId);
  }

  /** The folder of a plan's open-data files. */
  public String planData(String planId) {
    return SitePaths.planData(planId);
  }

  public String planDashboard(String planId) {
    return SitePaths.planDashboard(planId);
  }

  public String planEvidence(String planId) {
    return SitePaths.planEvidence(planId);
  }

  public String planConsultation(String planId) {
    return SitePaths.planConsultation(planId);
  }

  public String newsletterEmail(String slug) {
    return SitePaths.newsletterEmail(slug);
  }

  public String newsletterText(String slug) {
    return SitePaths.newsletterText(slug);
  }
}
