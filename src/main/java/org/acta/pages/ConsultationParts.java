package org.acta.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.ConsultationInput;
import org.acta.model.ConsultationOutcome;
import org.acta.model.Ref;
import org.acta.pages.PageData.ConsultationPage;
import org.acta.paths.SitePaths;
import org.acta.tracking.ConsultationSummary;

/**
 * A plan's consultation split so that no page grows with the number of inputs: all inputs in
 * the plan's order, {@link SitePaths#CONSULTATION_PAGE_SIZE} a page, the first page at the
 * address the one-page consultation had ({@code consultation/}, then {@code consultation/2/});
 * and the same inputs filtered by the forum's response ({@code consultation/accepted/}) and by
 * the commitment they led to ({@code consultation/commitments/c1/}), each paginated alike and
 * counted on every page. An input is read at its place among all inputs
 * ({@link SitePaths#consultationInput}); the filtered pages link there.
 */
final class ConsultationParts {
  /** The responses an input can have, as filters: the outcomes, then none yet. */
  static final List<String> RESPONSES = responses();

  /** An input and its address. */
  public record Entry(ConsultationInput input, String path) {}

  /** One filter: its key (a response, or a commitment's id), how many inputs, its first page. */
  public record Filter(String key, Commitment commitment, int count, String path) {}

  private ConsultationParts() {}

  /** Every input's address, by id. */
  static Map<String, String> paths(ActionPlan plan) {
    Map<String, String> paths = new LinkedHashMap<>();
    List<ConsultationInput> inputs = plan.consultation();
    for (int i = 0; i < inputs.size(); i++) {
      paths.put(inputs.get(i).id(), SitePaths.consultationInput(plan.id(), i, inputs.get(i).id()));
    }
    return paths;
  }

  static List<Page> pages(ActionPlan plan) {
    Map<String, String> paths = paths(plan);
    List<Entry> all = plan.consultation().stream()
        .map(in -> new Entry(in, paths.get(in.id()))).toList();
    Map<String, List<Entry>> byResponse = new LinkedHashMap<>();
    RESPONSES.forEach(r -> byResponse.put(r, new ArrayList<>()));
    Map<String, List<Entry>> byCommitment = new LinkedHashMap<>();
    plan.commitments().forEach(c -> byCommitment.put(c.id(), new ArrayList<>()));
    for (Entry e : all) {
      ConsultationInput.Response response = e.input().response();
      byResponse.get(response == null ? "unanswered" : response.outcome().keyword()).add(e);
      if (response != null) {
        response.commitments().stream().map(Ref::id).distinct()
            .filter(byCommitment::containsKey).forEach(id -> byCommitment.get(id).add(e));
      }
    }
    List<Filter> responseFilters = new ArrayList<>();
    byResponse.forEach((r, list) -> responseFilters.add(new Filter(r, null, list.size(),
        SitePaths.consultationByResponse(plan.id(), r, 1))));
    List<Filter> commitmentFilters = new ArrayList<>();
    for (Commitment c : plan.commitments()) {
      int count = byCommitment.get(c.id()).size();
      if (count > 0) {
        commitmentFilters.add(new Filter(c.id(), c, count,
            SitePaths.consultationByCommitment(plan.id(), c.id(), 1)));
      }
    }
    ConsultationSummary summary = ConsultationSummary.of(plan);
    List<Page> pages = new ArrayList<>();
    Part part = new Part(plan, summary, responseFilters, commitmentFilters, pages);
    part.add(all, null, n -> SitePaths.planConsultation(plan.id(), n));
    byResponse.forEach((r, list) -> part.add(list, new Filter(r, null, list.size(), null),
        n -> SitePaths.consultationByResponse(plan.id(), r, n)));
    for (Filter f : commitmentFilters) {
      part.add(byCommitment.get(f.key()), f,
          n -> SitePaths.consultationByCommitment(plan.id(), f.key(), n));
    }
    return pages;
  }

  /** Adds the pages of one list of inputs; an empty filtered list has no page. */
  private record Part(ActionPlan plan, ConsultationSummary summary, List<Filter> responses,
      List<Filter> commitments, List<Page> pages) {
    void add(List<Entry> entries, Filter filter, IntFunction<String> path) {
      if (entries.isEmpty() && filter != null) {
        return;
      }
      List<Pagination.PageLink> links = Pagination.pages(entries.size(),
          SitePaths.CONSULTATION_PAGE_SIZE, path);
      if (links.isEmpty()) {
        links = List.of(new Pagination.PageLink(1, path.apply(1), 0, 0));
      }
      // The ids each page holds, so a reader with an old link to an input finds its page.
      List<String> ranges = links.stream().map(l -> l.to() == 0 ? ""
          : entries.get(l.from() - 1).input().id() + " … " + entries.get(l.to() - 1).input().id())
          .toList();
      for (Pagination.PageLink link : links) {
        List<Entry> shown = link.to() == 0 ? List.of()
            : entries.subList(link.from() - 1, link.to());
        pages.add(new Page(link.path(), "consultation.ftlh", new ConsultationPage(plan, summary,
            filter, entries.size(), shown, link.number(), links, ranges, responses,
            commitments), plan.source()));
      }
    }
  }

  private static List<String> responses() {
    List<String> responses = new ArrayList<>();
    for (ConsultationOutcome o : ConsultationOutcome.values()) {
      responses.add(o.keyword());
    }
    responses.add("unanswered");
    return List.copyOf(responses);
  }
}
