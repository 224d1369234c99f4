package org.acta.search;

import static org.acta.search.SearchIndex.plain;
import static org.acta.search.SearchIndex.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acta.model.ActionPlan;
import org.acta.model.Agreement;
import org.acta.model.Attendee;
import org.acta.model.Commitment;
import org.acta.model.ConsultationInput;
import org.acta.model.Institution;
import org.acta.model.Milestone;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.model.Official;
import org.acta.model.PartialDate;
import org.acta.model.Stated;
import org.acta.model.Ref;
import org.acta.model.Text;
import org.acta.paths.SitePaths;
import org.acta.site.Site;

/**
 * What search finds, whole: a minute with its agenda, agreements (text and owner), attendees
 * (names, roles, whom they represent) and full record; a commitment with its OGP id, texts,
 * themes, officials and institutions; milestones, consultation inputs, newsletters and
 * institutions. Documents of one type and plan come together (minutes, then commitments plan
 * by plan, ...), so the index names each group's type and plan once, as an id range.
 */
final class SearchDocuments {
  private SearchDocuments() {}

  /** A minute's document in one language version, with its text in two parts. */
  interface MinuteSink {
    /**
     * @param version the index of the site in the list given
     * @param head the document's text before its record (agenda, agreements, attendees)
     * @param record what identifies the record's text: the same object for versions that
     *     share it, null when there is none
     * @param recordText the record as plain text: the document's text is {@code head} and it,
     *     joined by a separator
     */
    void accept(int version, SearchDocument d, String head, Object record, String recordText);
  }

  /**
   * Hands every minute's document of each version to {@code out}, one minute at a time in
   * every version (each version's in index order). A record the versions share is read from
   * its file and made plain once.
   */
  static void minutes(List<Site> sites, MinuteSink out) {
    List<Function<Ref, String>> names = sites.stream().map(SearchDocuments::institutionNames)
        .toList();
    int most = sites.stream().mapToInt(s -> s.minutes().size()).max().orElse(0);
    Object record = null;
    String recordText = "";
    for (int i = 0; i < most; i++) {
      for (int v = 0; v < sites.size(); v++) {
        List<Minute> minutes = sites.get(v).minutes();
        if (i >= minutes.size()) {
          continue;
        }
        Minute m = minutes.get(i);
        Object identity = m.body() == null ? null : m.body().identity();
        if (identity != record) {
          record = identity;
          recordText = text(m.body());
        }
        StringBuilder head = minuteHead(m, names.get(v));
        String own = head.toString();
        join(head, recordText);
        out.accept(v, new SearchDocument("minute", m.title().value(), "",
            plain(head.toString()), m.path(), m.date().toString(), null), own, identity,
            recordText);
      }
    }
  }

  /**
   * Hands every document but the minutes to {@code out}, in index order (after the minutes),
   * one at a time: a document's whole text is needed only while it is indexed.
   */
  static void others(Site site, Consumer<SearchDocument> out) {
    Function<Ref, String> name = institutionNames(site);
    for (ActionPlan plan : site.plans()) {
      for (Commitment c : plan.commitments()) {
        StringBuilder text = new StringBuilder();
        join(text, c.ogpId());
        join(text, text(c.problem().orElse(null)));
        join(text, text(c.statusQuo()));
        join(text, text(c.description().orElse(null)));
        join(text, text(c.solution().orElse(null)));
        join(text, text(c.deliverable().orElse(null)));
        join(text, String.join(" · ", c.themes()));
        c.leadInstitutions().forEach(l -> join(text, name.apply(l)));
        c.partnerInstitutions().forEach(p -> join(text, name.apply(p)));
        for (Official o : c.officials()) {
          join(text, o.name() + " " + value(o.role()) + " " + name.apply(o.institution()));
        }
        // The commitment's own progress reports, like its milestones' (below).
        c.updates().forEach(u -> join(text, nonNull(u.period()) + " " + text(u.text())));
        out.accept(new SearchDocument("commitment", c.title().value(),
            c.id() + " " + nonNull(c.ogpId()), plain(text.toString()), c.path(),
            date(c.start()), plan.id()));
      }
    }
    for (ActionPlan plan : site.plans()) {
      for (Commitment c : plan.commitments()) {
        for (Milestone m : c.milestones()) {
          StringBuilder text = new StringBuilder();
          join(text, value(m.deliverable().orElse(null)));
          join(text, name.apply(m.responsible()));
          // Progress reports are the record of what was done: their text is searchable.
          m.updates().forEach(u -> join(text, nonNull(u.period()) + " " + text(u.text())));
          join(text, c.title().value());
          out.accept(new SearchDocument("milestone", m.title().value(), "",
              plain(text.toString()), c.path() + "#" + m.anchor(), date(m.end()), plan.id()));
        }
      }
    }
    for (ActionPlan plan : site.plans()) {
      List<ConsultationInput> inputs = plan.consultation();
      for (int i = 0; i < inputs.size(); i++) {
        ConsultationInput in = inputs.get(i);
        String response = in.response() == null ? "" : " " + text(in.response().reason());
        out.accept(new SearchDocument("consultation",
            in.id() + (in.theme() == null ? "" : " · " + in.theme()), "",
            plain(text(in.text()) + response), SitePaths.consultationInput(plan.id(), i,
                in.id()), in.date().toString(), plan.id()));
      }
    }
    for (Newsletter n : site.newsletters()) {
      out.accept(new SearchDocument("newsletter", n.title().value(), "",
          plain((n.summary() == null ? "" : n.summary() + " ") + text(n.body())), n.path(),
          n.date().toString(), null));
    }
    for (Institution i : site.institutions()) {
      out.accept(new SearchDocument("institution", i.name().value(), value(i.acronym()),
          plain(value(i.acronym()) + " " + nonNull(i.url())), SitePaths.institution(i.id()),
          null, null));
    }
  }

  /** An institution's name and acronym by reference, "" for none. */
  private static Function<Ref, String> institutionNames(Site site) {
    Map<String, Institution> institutions = site.institutions().stream()
        .collect(Collectors.toMap(Institution::id, Function.identity(), (a, b) -> a));
    return ref -> {
      Institution i = ref == null ? null : institutions.get(ref.id());
      return i == null ? "" : i.name() + (i.acronym() == null ? "" : " " + i.acronym());
    };
  }

  /** A minute's agenda, agreements (text and owner) and attendees, before its record. */
  private static StringBuilder minuteHead(Minute m, Function<Ref, String> institution) {
    StringBuilder text = new StringBuilder();
    m.agenda().forEach(item -> join(text, item.value()));
    for (Agreement a : m.agreements()) {
      join(text, a.text().value() + " " + value(a.owner()) + " "
          + institution.apply(a.institution()));
    }
    List<Attendee> attendees = new ArrayList<>(m.attendees().members());
    attendees.addAll(m.attendees().ogp());
    attendees.addAll(m.attendees().secretary());
    attendees.addAll(m.attendees().others());
    for (Attendee a : attendees) {
      join(text, a.name() + " " + value(a.role()) + " " + value(a.represents()) + " "
          + institution.apply(a.institution()));
    }
    return text;
  }

  private static void join(StringBuilder text, String part) {
    if (part != null && !part.isBlank()) {
      if (!text.isEmpty()) {
        text.append(" · ");
      }
      text.append(part);
    }
  }

  private static String date(Stated<PartialDate> date) {
    return date.known() ? date.value().iso() : null;
  }

  private static String value(Text t) {
    return t == null ? "" : t.value();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
