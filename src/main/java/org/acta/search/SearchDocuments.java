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

  /**
   * Hands every document to {@code out}, in index order, one at a time: a document's whole
   * text is needed only while it is indexed (at 10,000 minutes, all of them together would be
   * about 70 MB a language).
   */
  static void each(Site site, Consumer<SearchDocument> out) {
    Map<String, Institution> institutions = site.institutions().stream()
        .collect(Collectors.toMap(Institution::id, Function.identity(), (a, b) -> a));
    Function<Ref, String> name = ref -> {
      Institution i = ref == null ? null : institutions.get(ref.id());
      return i == null ? "" : i.name() + (i.acronym() == null ? "" : " " + i.acronym());
    };
    for (Minute m : site.minutes()) {
      out.accept(new SearchDocument("minute", m.title().value(), "", minuteText(m, name),
          m.path(), m.date().toString(), null));
    }
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

  private static String minuteText(Minute m, Function<Ref, String> institution) {
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
    join(text, text(m.body()));
    return plain(text.toString());
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
