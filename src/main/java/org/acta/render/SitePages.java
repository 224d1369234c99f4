package org.acta.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Institution;
import org.acta.model.InstitutionKind;
import org.acta.model.Minute;
import org.acta.model.Ref;
import org.acta.model.Site;
import org.acta.tracking.AgreementView;
import org.acta.tracking.CommitmentSummary;
import org.acta.tracking.ConsultationSummary;
import org.acta.tracking.ForumRecord;
import org.acta.tracking.NewsletterSections;
import org.acta.tracking.PlanDashboard;

/** Decides which pages the site has, where each lives, and what data its template gets. */
public final class SitePages {
  /** How many minutes the home page lists. */
  static final int LATEST_MINUTES = 5;

  /** Minutes of one year, in date order. */
  public record Year(int year, List<Minute> minutes) {
    public String path() {
      return "minutes/" + year + "/";
    }
  }

  /** An institution with the commitments it leads and those it partners in. */
  public record InstitutionRoles(
      Institution institution, List<Commitment> leads, List<Commitment> partners) {
    public String path() {
      return "institutions/" + institution.id() + "/";
    }
  }

  /** Institutions of one kind, by name. */
  public record KindGroup(InstitutionKind kind, List<InstitutionRoles> institutions) {}

  private SitePages() {}

  public static List<Page> plan(Site site, String baseUrl) {
    List<Page> pages = new ArrayList<>();
    List<Year> years = years(site.minutes());
    List<Minute> latest = new ArrayList<>(site.minutes());
    java.util.Collections.reverse(latest);

    Map<String, Object> home = new LinkedHashMap<>();
    home.put("currentPlan", site.currentPlan().orElse(null));
    home.put("latestMinutes", latest.subList(0, Math.min(LATEST_MINUTES, latest.size())));
    home.put("upcoming", ForumRecord.upcoming(site.meetings(), site.minutes(), site.asOf()));
    pages.add(new Page("", "home.ftlh", home, null));

    pages.add(new Page("minutes/", "minutes.ftlh", Map.of("years", reversed(years)), null));
    for (int i = 0; i < years.size(); i++) {
      Year year = years.get(i);
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("year", year);
      data.put("previousYear", i > 0 ? years.get(i - 1) : null);
      data.put("nextYear", i + 1 < years.size() ? years.get(i + 1) : null);
      pages.add(new Page(year.path(), "minutes-year.ftlh", data, null));
    }
    List<AgreementView> agreements = ForumRecord.agreements(site.minutes(), site.asOf());
    // The agreements page tells the state as of the as-of date: later minutes are left out.
    pages.add(new Page("agreements/", "agreements.ftlh", Map.of("agreements", agreements.stream()
        .filter(a -> !a.origin().date().isAfter(site.asOf())).toList()), null));
    Map<String, Object> meetings = new LinkedHashMap<>();
    var upcoming = ForumRecord.upcoming(site.meetings(), site.minutes(), site.asOf());
    meetings.put("upcoming", upcoming);
    meetings.put("structuredData", org.acta.seo.StructuredData.events(site, upcoming,
        baseUrl));
    meetings.put("years", ForumRecord.years(site.minutes(), site.asOf(),
        site.config().quality().openMeetingsPerYear()));
    pages.add(new Page("meetings/", "meetings.ftlh", meetings, null));

    pages.addAll(minutePages(site, agreements, m -> true));

    pages.add(new Page("plans/", "plans.ftlh", Map.of(), null));
    for (ActionPlan plan : site.plans()) {
      PlanDashboard dashboard = PlanDashboard.of(plan, site.asOf(), site.config().quality());
      Map<String, Object> data = Map.of("plan", plan, "dashboard", dashboard);
      pages.add(new Page(plan.path(), "plan.ftlh", data, plan.source()));
      pages.add(new Page(plan.path() + "dashboard/", "dashboard.ftlh", data, plan.source()));
      pages.add(new Page(plan.path() + "evidence/", "evidence.ftlh", data, plan.source()));
      if (!plan.consultation().isEmpty()) {
        pages.add(new Page(plan.path() + "consultation/", "consultation.ftlh",
            Map.of("plan", plan, "summary", ConsultationSummary.of(plan)), plan.source()));
      }
      for (CommitmentSummary summary : dashboard.commitments()) {
        Commitment c = summary.commitment();
        List<org.acta.model.ConsultationInput> inputs = plan.consultation().stream()
            .filter(in -> in.response() != null && in.response().commitments().stream()
                .anyMatch(r -> r.id().equals(c.id()))).toList();
        pages.add(new Page(c.path(), "commitment.ftlh", Map.of("plan", plan, "commitment", c,
            "summary", summary, "history", site.history().of(c.source().file()),
            "inputs", inputs), c.source()));
      }
    }
    pages.addAll(Topics.pages(site));
    pages.addAll(newsletterPages(site));
    pages.add(new Page("data/", "data.ftlh", Map.of("columns", Map.of(
        "commitments", org.acta.opendata.Columns.COMMITMENTS,
        "milestones", org.acta.opendata.Columns.MILESTONES),
        "structuredData", org.acta.seo.StructuredData.dataset(site, baseUrl)),
        null));

    List<InstitutionRoles> roles = institutionRoles(site);
    pages.add(new Page("institutions/", "institutions.ftlh",
        Map.of("groups", byKind(roles)), null));
    for (InstitutionRoles r : roles) {
      pages.add(new Page(r.path(), "institution.ftlh", Map.of("entry", r),
          r.institution().source()));
    }
    pages.add(new Page("search/", "search.ftlh", Map.of(), null));
    pages.add(new Page("404.html", "404.ftlh", Map.of(), null));
    return pages;
  }

  private static List<Page> newsletterPages(Site site) {
    List<Page> pages = new ArrayList<>();
    List<org.acta.model.Newsletter> newsletters = site.newsletters();
    pages.add(new Page("newsletters/", "newsletters.ftlh", Map.of("newsletters", reversed(newsletters)),
        null));
    for (int i = 0; i < newsletters.size(); i++) {
      var n = newsletters.get(i);
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("newsletter", n);
      data.put("sections", NewsletterSections.of(n, site.commitments(), site.minutes(),
          site.meetings()));
      data.put("previous", i > 0 ? newsletters.get(i - 1) : null);
      data.put("next", i + 1 < newsletters.size() ? newsletters.get(i + 1) : null);
      pages.add(new Page(n.path(), "newsletter.ftlh", data, n.source()));
      pages.add(new Page(n.path() + "email.html", "newsletter-email.ftlh", data, n.source(),
          true));
    }
    return pages;
  }

  /**
   * The pages of the minutes {@code wanted} accepts (live preview re-renders only the edited
   * ones); the agreements of all minutes are needed, since a later minute can follow one up.
   */
  public static List<Page> minutePages(Site site, java.util.function.Predicate<Minute> wanted) {
    return minutePages(site, ForumRecord.agreements(site.minutes(), site.asOf()), wanted);
  }

  private static List<Page> minutePages(Site site, List<AgreementView> agreements,
      java.util.function.Predicate<Minute> wanted) {
    // Grouped once, so each minute page finds its agreements without scanning them all.
    Map<Minute, List<AgreementView>> byOrigin = new java.util.IdentityHashMap<>();
    Map<Minute, List<AgreementView>> byFollowUpMinute = new java.util.IdentityHashMap<>();
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
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("minute", m);
      data.put("previous", i > 0 ? minutes.get(i - 1) : null);
      data.put("next", i + 1 < minutes.size() ? minutes.get(i + 1) : null);
      data.put("history", site.history().of(m.source().file()));
      data.put("agreements", byOrigin.getOrDefault(m, List.of()));
      data.put("followUps", byFollowUpMinute.getOrDefault(m, List.of()));
      data.put("publication", ForumRecord.publication(m, site.history(),
          site.config().quality().publicationLagDays()));
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
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static List<InstitutionRoles> institutionRoles(Site site) {
    List<InstitutionRoles> out = new ArrayList<>();
    for (Institution i : site.institutions()) {
      List<Commitment> leads = site.commitments().stream()
          .filter(c -> c.leadInstitution().id().equals(i.id())).toList();
      List<Commitment> partners = site.commitments().stream()
          .filter(c -> c.partnerInstitutions().stream().map(Ref::id).anyMatch(i.id()::equals))
          .toList();
      out.add(new InstitutionRoles(i, leads, partners));
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
