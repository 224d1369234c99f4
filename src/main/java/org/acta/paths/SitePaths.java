package org.acta.paths;

import java.time.LocalDate;

/**
 * Every address of the site, in one place. A site path has no leading slash and ends in '/'
 * for a page (written as {@code index.html} in that folder) or names a file
 * ({@code 404.html}, {@code minutes/feed.xml}).
 *
 * <p>The main language's pages sit at the site root; each other language's under its
 * <em>tree</em>, e.g. {@code en/}, with the same paths inside. Files that do not depend on the
 * language (assets, evidence, open data, feeds, sitemap) exist once, at the root.
 */
public final class SitePaths {
  public static final String HOME = "";
  public static final String MINUTES = "minutes/";
  public static final String AGREEMENTS = "agreements/";
  public static final String MEETINGS = "meetings/";
  public static final String PLANS = "plans/";
  public static final String NEWSLETTERS = "newsletters/";
  public static final String SDGS = "sdgs/";
  public static final String VALUES = "values/";
  public static final String THEMES = "themes/";
  public static final String DATA = "data/";
  public static final String INSTITUTIONS = "institutions/";
  public static final String SEARCH = "search/";
  public static final String NOT_FOUND = "404.html";

  public static final String SITE_FEED = "feed.xml";
  public static final String MINUTES_FEED = MINUTES + "feed.xml";
  public static final String NEWSLETTERS_FEED = NEWSLETTERS + "feed.xml";
  public static final String CALENDAR = MEETINGS + "calendar.ics";
  /** The search index's folder: its meta file, term shards ({@code t/}) and documents ({@code d/}). */
  public static final String SEARCH_INDEX_FOLDER = "search-index/";
  /** The search index's entry point, the one file every search loads first. */
  public static final String SEARCH_INDEX = SEARCH_INDEX_FOLDER + "meta.json";
  public static final String ROBOTS = "robots.txt";
  public static final String SITEMAP = "sitemap.xml";

  private SitePaths() {}

  public static String minutesYear(int year) {
    return MINUTES + year + "/";
  }

  /**
   * Page {@code page} (from 1) of a year's minutes: {@code minutes/2019/}, then
   * {@code minutes/2019/2/} (a minute's own folder starts with its date, so never a number).
   */
  public static String minutesYear(int year, int page) {
    return minutesYear(year) + (page == 1 ? "" : page + "/");
  }

  public static String minute(int year, String slug) {
    return minutesYear(year) + slug + "/";
  }

  /** A shard of the search index's terms, named by a hash of its content. */
  public static String searchShard(String name) {
    return SEARCH_INDEX_FOLDER + "t/" + name + ".json";
  }

  /** One document of the search index, as a result shows it. */
  public static String searchDocument(int id) {
    return SEARCH_INDEX_FOLDER + "d/" + id + ".json";
  }

  /**
   * One page of the agreements of one status ({@code overdue}, {@code open}, {@code closed})
   * made in one year: {@code agreements/overdue/2019/}, then {@code agreements/overdue/2019/2/}.
   */
  public static String agreements(String status, int year, int page) {
    return AGREEMENTS + status + "/" + year + "/" + (page == 1 ? "" : page + "/");
  }

  public static String plan(String planId) {
    return PLANS + planId + "/";
  }

  public static String planDashboard(String planId) {
    return plan(planId) + "dashboard/";
  }

  public static String planEvidence(String planId) {
    return plan(planId) + "evidence/";
  }

  /** Inputs on one page of a plan's consultation; an input's address depends on it. */
  public static final int CONSULTATION_PAGE_SIZE = 100;

  /** A plan's consultation: the first page of its inputs, the address it always had. */
  public static String planConsultation(String planId) {
    return plan(planId) + "consultation/";
  }

  /** Page {@code page} (from 1) of all a plan's inputs, in the plan's order. */
  public static String planConsultation(String planId, int page) {
    return planConsultation(planId) + (page == 1 ? "" : page + "/");
  }

  /**
   * Where an input is read: the page of all inputs that holds the input at {@code position}
   * (from 0, in the plan's order), at its anchor. Inputs are added at the end, so an input
   * stays on its page; the first page keeps the one-page consultation's old anchors.
   */
  public static String consultationInput(String planId, int position, String inputId) {
    return planConsultation(planId, position / CONSULTATION_PAGE_SIZE + 1) + "#"
        + inputAnchor(inputId);
  }

  /** The fragment of a consultation input on its page. */
  public static String inputAnchor(String inputId) {
    return "input-" + inputId;
  }

  /**
   * One page of the inputs with one response ({@code accepted}, {@code partially-accepted},
   * {@code not-accepted}, {@code unanswered}): {@code consultation/accepted/2/}.
   */
  public static String consultationByResponse(String planId, String response, int page) {
    return planConsultation(planId) + response + "/" + (page == 1 ? "" : page + "/");
  }

  /** One page of the inputs that led to one commitment: {@code consultation/commitments/c1/}. */
  public static String consultationByCommitment(String planId, String commitmentId, int page) {
    return planConsultation(planId) + "commitments/" + commitmentId + "/"
        + (page == 1 ? "" : page + "/");
  }

  /** The folder of a plan's open-data files (its CSV, JSON and zip). */
  public static String planData(String planId) {
    return plan(planId) + DATA;
  }

  /** A plan's dashboard frozen as it stood on one of its reporting dates. */
  public static String planAsOf(String planId, LocalDate date) {
    return plan(planId) + "as-of/" + date + "/";
  }

  /** A commitment as it stood on one of its plan's reporting dates. */
  public static String commitmentAsOf(String planId, LocalDate date, String commitmentId) {
    return planAsOf(planId, date) + "commitments/" + commitmentId + "/";
  }

  public static String commitment(String planId, String commitmentId) {
    return plan(planId) + "commitments/" + commitmentId + "/";
  }

  /** The fragment of a milestone on its commitment's page, from its stable id. */
  public static String milestoneAnchor(String milestoneId) {
    return "milestone-" + milestoneId;
  }

  public static String newsletter(String slug) {
    return NEWSLETTERS + slug + "/";
  }

  /** The e-mail edition of a newsletter: a file beside its page, read outside the site. */
  public static String newsletterEmail(String slug) {
    return newsletter(slug) + "email.html";
  }

  /** The plain-text edition of a newsletter. */
  public static String newsletterText(String slug) {
    return newsletter(slug) + "email.txt";
  }

  public static String institution(String institutionId) {
    return INSTITUTIONS + institutionId + "/";
  }

  public static String sdg(int goal) {
    return SDGS + goal + "/";
  }

  public static String value(String keyword) {
    return VALUES + keyword + "/";
  }

  public static String theme(String slug) {
    return THEMES + slug + "/";
  }

  /** The sitemap part {@code n} (from 1) of a site too large for one sitemap file. */
  public static String sitemapPart(int n) {
    return "sitemap-" + n + ".xml";
  }

  /** The tree of a language's pages: "" for the main language, else e.g. "en/". */
  public static String tree(String language, String mainLanguage) {
    return language.equals(mainLanguage) ? "" : language + "/";
  }

  /** The file a page or file of one language's tree is written to, under the output folder. */
  public static String outputFile(String tree, String path) {
    return tree + (path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
  }

  /** Relative prefix from a page back to its tree's home, so the site works under any path. */
  public static String root(String path) {
    int depth = depth(path);
    return depth == 0 ? "./" : "../".repeat(depth);
  }

  /**
   * Relative prefix from a page of {@code tree} to the site root, where the files all trees
   * share live (assets, evidence, data).
   */
  public static String siteRoot(String tree, String path) {
    if (tree.isEmpty()) {
      return root(path);
    }
    return (depth(path) == 0 ? "" : root(path)) + "../".repeat(depth(tree));
  }

  private static int depth(String path) {
    return (int) path.chars().filter(c -> c == '/').count();
  }
}
