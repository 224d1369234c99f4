package org.acta.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Institution;
import org.acta.model.InstitutionKind;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.model.Ref;
import org.acta.opendata.Columns;
import org.acta.pages.PageData.CommitmentPage;
import org.acta.pages.PageData.DataColumns;
import org.acta.pages.PageData.DataPage;
import org.acta.pages.PageData.HomePage;
import org.acta.pages.PageData.InstitutionPage;
import org.acta.pages.PageData.InstitutionsPage;
import org.acta.pages.PageData.MeetingsPage;
import org.acta.pages.PageData.MinutePage;
import org.acta.pages.PageData.MinutesPage;
import org.acta.pages.PageData.MinutesYearPage;
import org.acta.pages.PageData.NewsletterPage;
import org.acta.pages.PageData.NewslettersPage;
import org.acta.pages.PageData.NotFoundPage;
import org.acta.pages.PageData.PlanPage;
import org.acta.pages.PageData.PlansPage;
import org.acta.pages.PageData.SearchPage;
import org.acta.paths.SitePaths;
import org.acta.seo.StructuredData;
import org.acta.site.Site;
import org.acta.tracking.AgreementView;
import org.acta.tracking.CommitmentStatus;
import org.acta.tracking.CommitmentSummary;
import org.acta.tracking.ForumRecord;
import org.acta.tracking.NewsletterSections;
import org.acta.tracking.PlanDashboard;

/** Decides which pages the site has, where each lives, and what its template gets. */
public final class SitePages {
  /** How many minutes the home page lists. */
  static final int LATEST_MINUTES = 5;
  /** Minutes on one page of a year: a year of a weekly forum's committees fits a few pages. */
  static final int MINUTES_PAGE_SIZE = 100;

  /** Minutes of one year, in date order. */
  public record Year(int year, List<Minute> minutes) {
    public String path() {
      return SitePaths.minutesYear(year);
    }
  }

  /**
   * An institution with the commitments it leads and those it partners in, the institution
   * it belongs to (or null) and its sub-agencies.
   */
  public record InstitutionRoles(
      Institution institution, List<Commitment> leads, List<Commitment> partners,
      Institution parent, List<Institution> subAgencies) {
    public String path() {
      return SitePaths.institution(institution.id());
    }
  }

  /** Institutions of one kind, by name. */
  public record KindGroup(InstitutionKind kind, List<InstitutionRoles> institutions) {}

  private SitePages() {}

  public static List<Page> plan(Site site, String baseUrl) {
    List<Page> pages = new ArrayList<>();
    List<Year> years = years(site.minutes());
    List<Minute> latest = new ArrayList<>(site.minutes());
    Collections.reverse(latest);

    List<ForumRecord.Upcoming> upcoming =
        ForumRecord.upcoming(site.meetings(), site.minutes(), site.asOf());
    List<AgreementView> agreements = ForumRecord.agreements(site.minutes(), site.asOf());
    pages.add(new Page(SitePaths.HOME, "home.ftlh", home(site, agreements,
        latest.subList(0, Math.min(LATEST_MINUTES, latest.size())), upcoming), null));

    pages.add(new Page(SitePaths.MINUTES, "minutes.ftlh", new MinutesPage(reversed(years)),
        null));
    for (int i = 0; i < years.size(); i++) {
      Year year = years.get(i);
      List<Pagination.PageLink> links = Pagination.pages(year.minutes().size(),
          MINUTES_PAGE_SIZE, n -> SitePaths.minutesYear(year.year(), n));
      for (Pagination.PageLink link : links) {
        pages.add(new Page(link.path(), "minutes-year.ftlh", new MinutesYearPage(year,
            i > 0 ? years.get(i - 1) : null, i + 1 < years.size() ? years.get(i + 1) : null,
            year.minutes().subList(link.from() - 1, link.to()), link.number(), links), null));
      }
    }
    // The agreements page tells the state as of the as-of date: later minutes are left out.
    pages.addAll(AgreementParts.pages(agreements.stream()
        .filter(a -> !a.origin().date().isAfter(site.asOf())).toList()));
    pages.add(new Page(SitePaths.MEETINGS, "meetings.ftlh", new MeetingsPage(upcoming,
        ForumRecord.past(site.meetings(), site.minutes(), site.asOf()), StructuredData.events(site, upcoming, baseUrl), ForumRecord.years(site.minutes(),
            site.asOf(), site.config().quality().openMeetingsPerYear())), null));

    pages.addAll(minutePages(site, agreements, m -> true));

    pages.add(new Page(SitePaths.PLANS, "plans.ftlh", new PlansPage(), null));
    for (ActionPlan plan : site.plans()) {
      pages.addAll(planPages(site, plan));
    }
    pages.addAll(Topics.pages(site));
    pages.addAll(newsletterPages(site));
    pages.add(new Page(SitePaths.DATA, "data.ftlh", new DataPage(
        new DataColumns(Columns.COMMITMENTS, Columns.MILESTONES, Columns.UPDATES),
        StructuredData.dataset(site, baseUrl)), null));

    List<InstitutionRoles> roles = institutionRoles(site);
    pages.add(new Page(SitePaths.INSTITUTIONS, "institutions.ftlh",
        new InstitutionsPage(byKind(roles)), null));
    for (InstitutionRoles r : roles) {
      pages.add(new Page(r.path(), "institution.ftlh", new InstitutionPage(r),
          r.institution().source()));
    }
    pages.add(new Page(SitePaths.SEARCH, "search.ftlh", new SearchPage(), null));
    pages.add(new Page(SitePaths.NOT_FOUND, "404.ftlh", new NotFoundPage(), null));
    pages.addAll(Redirects.pages(site, pages.stream().map(Page::path)
        .collect(Collectors.toSet())));
    return pages;
  }

  /**
   * The home page's record: the current plan's dashboard, and the newest meeting held by the
   * as-of date with the agreements it made and those it followed up (a minute dated later is
   * a meeting still to come, not the latest one).
   */
  static HomePage home(Site site, List<AgreementView> agreements, List<Minute> latestMinutes,
      List<ForumRecord.Upcoming> upcoming) {
    ActionPlan plan = site.currentPlan().orElse(null);
    PlanDashboard dashboard = plan == null ? null
        : PlanDashboard.of(plan, site.asOf(), site.config().quality());
    List<CommitmentSummary> delayed = dashboard == null ? List.of()
        : dashboard.commitments().stream()
            .filter(s -> s.status() == CommitmentStatus.DELAYED).toList();
    Minute held = null;
    for (Minute m : site.minutes()) { // in date order
      if (!m.date().isAfter(site.asOf())) {
        held = m;
      }
    }
    Minute latest = held;
    List<AgreementView> decisions = latest == null ? List.of() : agreements.stream()
        .filter(a -> a.origin() == latest).toList();
    List<AgreementView> followUps = latest == null ? List.of() : agreements.stream()
        .filter(a -> a.followedUpIn() == latest).toList();
    return new HomePage(plan, dashboard, delayed, latest, decisions, followUps, latestMinutes,
        upcoming);
  }

  /** A plan's page, dashboard, evidence list, consultation and commitment pages. */
  private static List<Page> planPages(Site site, ActionPlan plan) {
    List<Page> pages = new ArrayList<>();
    PlanDashboard dashboard = PlanDashboard.of(plan, site.asOf(), site.config().quality());
    PlanPage data = new PlanPage(plan, dashboard, PlanSnapshots.links(site, plan));
    pages.add(new Page(plan.path(), "plan.ftlh", data, plan.source()));
    pages.add(new Page(SitePaths.planDashboard(plan.id()), "dashboard.ftlh", data,
        plan.source()));
    pages.add(new Page(SitePaths.planEvidence(plan.id()), "evidence.ftlh", data,
        plan.source()));
    if (!plan.consultation().isEmpty()) {
      pages.addAll(ConsultationParts.pages(plan));
    }
    Map<String, String> inputPaths = ConsultationParts.paths(plan);
    pages.addAll(PlanSnapshots.pages(site, plan));
    for (CommitmentSummary summary : dashboard.commitments()) {
      Commitment c = summary.commitment();
      List<ConsultationParts.Entry> inputs = plan.consultation().stream()
          .filter(in -> in.response() != null && in.response().commitments().stream()
              .anyMatch(r -> r.id().equals(c.id())))
          .map(in -> new ConsultationParts.Entry(in, inputPaths.get(in.id()))).toList();
      pages.add(new Page(c.path(), "commitment.ftlh", new CommitmentPage(plan, c, summary,
          site.history().of(c.source().file()), inputs, inputs.isEmpty() ? null
              : SitePaths.consultationByCommitment(plan.id(), c.id(), 1)), c.source()));
    }
    return pages;
  }

  private static List<Page> newsletterPages(Site site) {
    List<Page> pages = new ArrayList<>();
    List<Newsletter> newsletters = site.newsletters();
    pages.add(new Page(SitePaths.NEWSLETTERS, "newsletters.ftlh",
        new NewslettersPage(reversed(newsletters)), null));
    for (int i = 0; i < newsletters.size(); i++) {
      Newsletter n = newsletters.get(i);
      NewsletterSections sections = NewsletterSections.of(n, site);
      // A frozen issue's information is as of its date, whenever the site is rebuilt.
      LocalDate asOf = sections.frozen() && n.date().isBefore(site.asOf()) ? n.date()
          : site.asOf();
      NewsletterPage data = new NewsletterPage(n, sections, i > 0 ? newsletters.get(i - 1)
          : null, i + 1 < newsletters.size() ? newsletters.get(i + 1) : null, asOf);
      pages.add(new Page(n.path(), "newsletter.ftlh", data, n.source()));
      pages.add(new Page(SitePaths.newsletterEmail(n.slug()), "newsletter-email.ftlh", data,
          n.source(), true));
    }
    return pages;
  }

  /**
   * The pages of the minutes {@code wanted} accepts (live preview re-renders only the edited
   * ones); the agreements of all minutes are needed, since a later minute can follow one up.
   */
  public static List<Page> minutePages(Site site, Predicate<Minute> wanted) {
    return minutePages(site, ForumRecord.agreements(site.minutes(), site.asOf()), wanted);
  }

  private static List<Page> minutePages(Site site, List<AgreementView> agreements,
      Predicate<Minute> wanted) {
    // Grouped once, so each minute page finds its agreements without scanning them all.
    Map<Minute, List<AgreementView>> byOrigin = new IdentityHashMap<>();
    Map<Minute, List<AgreementView>> byFollowUpMinute = new IdentityHashMap<>();
    for (AgreementView a : agreements) {
      byOrigin.computeIfAbsent(a.origin(), k -> new ArrayList<>()).add(a);
      if (a.followedUpIn() != null) {
        byFollowUpMinute.computeIfAbsent(a.followedUpIn(), k -> new ArrayList<>()).add(a);
      }
    }
    List<Page> pages = new ArrayList<>();
    List<Minute> minutes = site.minutes();
    for (int i = 0; i < minutes.size(); i++) {
      Minute m = minutes.get(i);
      if (!wanted.test(m)) {
        continue;
      }
      MinutePage data = new MinutePage(m, i > 0 ? minutes.get(i - 1) : null,
          i + 1 < minutes.size() ? minutes.get(i + 1) : null,
          site.history().of(m.source().file()), byOrigin.getOrDefault(m, List.of()),
          byFollowUpMinute.getOrDefault(m, List.of()), ForumRecord.publication(m,
              site.history(), site.config().quality().publicationLagDays()));
      pages.add(new Page(m.path(), "minute.ftlh", data, m.source()));
    }
    return pages;
  }

  private static List<Year> years(List<Minute> minutes) {
    Map<Integer, List<Minute>> byYear = new TreeMap<>();
    minutes.forEach(m -> byYear.computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m));
    return byYear.entrySet().stream().map(e -> new Year(e.getKey(), e.getValue())).toList();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static List<InstitutionRoles> institutionRoles(Site site) {
    List<InstitutionRoles> out = new ArrayList<>();
    for (Institution i : site.institutions()) {
      List<Commitment> leads = site.commitments().stream()
          .filter(c -> c.leadInstitutions().stream().map(Ref::id).anyMatch(i.id()::equals))
          .toList();
      List<Commitment> partners = site.commitments().stream()
          .filter(c -> c.partnerInstitutions().stream().map(Ref::id).anyMatch(i.id()::equals))
          .toList();
      Institution parent = i.parent() == null ? null : site.institutions().stream()
          .filter(p -> p.id().equals(i.parent().id())).findFirst().orElse(null);
      List<Institution> subAgencies = site.institutions().stream()
          .filter(s -> s.parent() != null && s.parent().id().equals(i.id())).toList();
      out.add(new InstitutionRoles(i, leads, partners, parent, subAgencies));
    }
    return out;
  }

  private static List<KindGroup> byKind(List<InstitutionRoles> roles) {
    List<KindGroup> groups = new ArrayList<>();
    for (InstitutionKind kind : InstitutionKind.values()) {
      List<InstitutionRoles> members = roles.stream()
          .filter(r -> r.institution().kind() == kind)
          .sorted(Comparator.comparing(r -> r.institution().name()))
          .toList();
      if (!members.isEmpty()) {
        groups.add(new KindGroup(kind, members));
      }
    }
    return groups;
  }
}
