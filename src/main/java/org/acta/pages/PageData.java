package org.acta.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acta.history.FileHistory;
import org.acta.html.TrustedHtml;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.pages.SitePages.InstitutionRoles;
import org.acta.pages.SitePages.KindGroup;
import org.acta.pages.SitePages.Year;
import org.acta.pages.Topics.SdgEntry;
import org.acta.pages.Topics.ThemeEntry;
import org.acta.pages.Topics.ValueEntry;
import org.acta.site.PastContent;
import org.acta.tracking.AgreementView;
import org.acta.tracking.CommitmentSummary;
import org.acta.tracking.ConsultationSummary;
import org.acta.tracking.ForumRecord;
import org.acta.tracking.NewsletterSections;
import org.acta.tracking.PlanDashboard;

/**
 * The contract between Java and the templates: what each kind of page gives its template, by
 * name. A template sees the components of its page's record (e.g. {@code commitment},
 * {@code summary}) beside what every page shares ({@code SiteContext}); a value that may be
 * absent is null, which templates test with {@code ??}.
 */
public sealed interface PageData {

  /**
   * {@code home.ftlh}: what a citizen asks first. Is the current plan on track ({@code
   * dashboard}, null without a current plan; {@code delayed} are its delayed commitments)?
   * What did the forum decide last time ({@code latestMeeting}, the newest minute held by the
   * as-of date, null if none; {@code decisions} its agreements, {@code followUps} the earlier
   * agreements it followed up)? When does it meet next?
   */
  record HomePage(ActionPlan currentPlan, PlanDashboard dashboard,
      List<CommitmentSummary> delayed, Minute latestMeeting, List<AgreementView> decisions,
      List<AgreementView> followUps, List<Minute> latestMinutes,
      List<ForumRecord.Upcoming> upcoming) implements PageData {}

  /** {@code minutes.ftlh}: every year, newest first. */
  record MinutesPage(List<Year> years) implements PageData {}

  /**
   * {@code minutes-year.ftlh}: one page of a year's minutes in date order, {@code minutes}
   * this page's, {@code pages} all the year's pages.
   */
  record MinutesYearPage(Year year, Year previousYear, Year nextYear, List<Minute> minutes,
      int page, List<Pagination.PageLink> pages) implements PageData {}

  /** {@code minute.ftlh}. */
  record MinutePage(Minute minute, Minute previous, Minute next, FileHistory history,
      List<AgreementView> agreements, List<AgreementView> followUps,
      ForumRecord.Publication publication) implements PageData {}

  /**
   * {@code agreements.ftlh}: the agreements of the minutes up to the as-of date, counted by
   * status ({@code totals}) and by year and status ({@code years}, newest first, each cell
   * linking to its part); the lists hold the most recent of each status only.
   */
  record AgreementsPage(List<AgreementView> overdue, List<AgreementView> open,
      List<AgreementView> closed, Map<String, Integer> totals,
      List<AgreementParts.YearCounts> years) implements PageData {}

  /**
   * {@code agreements-part.ftlh}: one page of the agreements of one status made in one year
   * ({@code status} overdue, open or closed), {@code total} in all, newest first.
   */
  record AgreementsPartPage(String status, int year, int total, List<AgreementView> agreements,
      int page, List<Pagination.PageLink> pages, List<AgreementParts.YearCounts> years)
      implements PageData {}

  /** {@code meetings.ftlh}. */
  record MeetingsPage(List<ForumRecord.Upcoming> upcoming, List<ForumRecord.PastMeeting> past,
      TrustedHtml structuredData, List<ForumRecord.Year> years) implements PageData {}

  /** {@code plans.ftlh}: every plan comes from the site. */
  record PlansPage() implements PageData {}

  /**
   * {@code plan.ftlh}, {@code dashboard.ftlh} and {@code evidence.ftlh}; {@code asOfPages} are
   * the plan's frozen snapshots, oldest first.
   */
  record PlanPage(ActionPlan plan, PlanDashboard dashboard, List<AsOfLink> asOfPages)
      implements PageData {}

  /** A link to a plan's snapshot on a reporting date. */
  record AsOfLink(LocalDate date, String path) {}

  /**
   * {@code plan-as-of.ftlh}: a plan's dashboard as it stood on a reporting date, read from
   * {@code content.commit()}; {@code asOf} is that date (the footer's too).
   *
   * @param current the plan as it is now, for the link back to its pages
   * @param commitments each commitment's summary then, with the address of its frozen page
   */
  record PlanAsOfPage(ActionPlan current, ActionPlan plan, PlanDashboard dashboard,
      PastContent content, LocalDate asOf, List<AsOfCommitment> commitments)
      implements PageData {}

  /** A commitment's summary in a snapshot, and where its frozen page is. */
  record AsOfCommitment(CommitmentSummary summary, String path) {}

  /** {@code commitment-as-of.ftlh}: a commitment as it stood on a reporting date. */
  record CommitmentAsOfPage(ActionPlan plan, Commitment commitment, CommitmentSummary summary,
      PastContent content, LocalDate asOf, String planAsOfPath) implements PageData {}

  /**
   * {@code consultation.ftlh}: one page of a plan's consultation inputs, all of them
   * ({@code filter} null) or those of one response or commitment ({@code filter.key()} a
   * response keyword or a commitment id); {@code total} inputs in the list, {@code inputs} this
   * page's, {@code ranges} the first and last id of each page, {@code responses} and
   * {@code commitments} the filters with their counts.
   */
  record ConsultationPage(ActionPlan plan, ConsultationSummary summary,
      ConsultationParts.Filter filter, int total, List<ConsultationParts.Entry> inputs, int page,
      List<Pagination.PageLink> pages, List<String> ranges,
      List<ConsultationParts.Filter> responses, List<ConsultationParts.Filter> commitments)
      implements PageData {}

  /**
   * {@code commitment.ftlh}; {@code inputs} are the consultation inputs it answers, each with
   * its address, and {@code inputsPath} the page listing them (null without inputs).
   */
  record CommitmentPage(ActionPlan plan, Commitment commitment, CommitmentSummary summary,
      FileHistory history, List<ConsultationParts.Entry> inputs, String inputsPath)
      implements PageData {}

  /** {@code sdgs.ftlh}. */
  record SdgsPage(List<SdgEntry> entries) implements PageData {}

  /** {@code sdg.ftlh}. */
  record SdgPage(SdgEntry entry) implements PageData {}

  /** {@code values.ftlh}. */
  record ValuesPage(List<ValueEntry> entries) implements PageData {}

  /** {@code value.ftlh}. */
  record ValuePage(ValueEntry entry) implements PageData {}

  /** {@code themes.ftlh}. */
  record ThemesPage(List<ThemeEntry> entries) implements PageData {}

  /** {@code theme.ftlh}. */
  record ThemePage(ThemeEntry entry) implements PageData {}

  /** {@code newsletters.ftlh}: newest first. */
  record NewslettersPage(List<Newsletter> newsletters) implements PageData {}

  /**
   * {@code newsletter.ftlh} and {@code newsletter-email.ftlh}; {@code asOf} (the footer's date)
   * is the date once it is published and frozen, so a rebuild leaves its page as it was.
   */
  record NewsletterPage(Newsletter newsletter, NewsletterSections sections, Newsletter previous,
      Newsletter next, LocalDate asOf) implements PageData {}

  /** {@code data.ftlh}: the open-data columns and the dataset's structured data. */
  record DataPage(DataColumns columns, TrustedHtml structuredData) implements PageData {}

  /** The columns of the CSV files, as the data page documents them. */
  record DataColumns(List<String> commitments, List<String> milestones, List<String> updates) {}

  /** {@code institutions.ftlh}. */
  record InstitutionsPage(List<KindGroup> groups) implements PageData {}

  /** {@code institution.ftlh}. */
  record InstitutionPage(InstitutionRoles entry) implements PageData {}

  /** {@code search.ftlh}. */
  record SearchPage() implements PageData {}

  /**
   * {@code redirect.ftlh}: the old address of a commitment renamed in git, sending readers on
   * to its current page. Left out of the sitemap.
   */
  record RedirectPage(Commitment commitment) implements PageData {}

  /** {@code 404.ftlh}. */
  record NotFoundPage() implements PageData {}
}
