package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.acta.diagnostics.Message;
import org.acta.model.ArchivedCopy;
import org.acta.model.Commitment;
import org.acta.model.CompletionLevel;
import org.acta.model.Evidence;
import org.acta.model.IrmAssessment;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.Official;
import org.acta.model.OgpValue;
import org.acta.model.OpenGovernmentResult;
import org.acta.model.PartialDate;
import org.acta.model.PotentialForResults;
import org.acta.model.ProgressUpdate;
import org.acta.model.Ref;
import org.acta.model.Stated;
import org.acta.model.SdgLink;
import org.acta.model.Text;
import org.acta.model.ValueRelevance;

/** Decodes one commitment file, following the OGP action-plan commitment template. */
final class CommitmentDecoder {
  /** OGP commitment ids: country code and four digits, with an optional .N sub-commitment. */
  static final Pattern OGP_ID = Pattern.compile("[A-Z]{2}[0-9]{4}(?:\\.[0-9]{1,2})?");
  static final Pattern SDG_TARGET = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2}|[a-z])");
  /** Evidence paths: relative, forward slashes, no '..' and no hidden segments. */
  static final Pattern EVIDENCE_PATH =
      Pattern.compile("(?:[A-Za-z0-9_][A-Za-z0-9_.-]*/)*[A-Za-z0-9_][A-Za-z0-9_.-]*");

  private CommitmentDecoder() {}

  static Commitment decode(String id, String planId, Fields f) {
    return decode(id, planId, f, Map.of());
  }

  /** @param archived copies of evidence addresses (acta evidence archive), by address */
  static Commitment decode(String id, String planId, Fields f,
      Map<String, ArchivedCopy> archived) {
    Text title = f.translatableText("title", REQUIRED);
    Text shortTitle = f.translatableText("short_title", OPTIONAL);
    String ogpId = f.text("ogp_id", OPTIONAL);
    if (ogpId != null && !OGP_ID.matcher(ogpId).matches()) {
      f.error("ogp_id", Message.of("commitment-decoder.ogp-id-must-be", ogpId));
      ogpId = null;
    }
    List<Ref> leads = leads(f);
    var partners = Refs.many(f, "partner_institutions");
    Stated<PartialDate> start = f.stated("start", k -> f.partialDate(k, OPTIONAL));
    Stated<PartialDate> end = f.stated("end", k -> f.partialDate(k, OPTIONAL));
    Dates.checkStrictOrder(f, start, end);
    var problem = f.stated("problem", k -> f.translatableMarkdown(k, OPTIONAL));
    var statusQuo = f.translatableMarkdown("status_quo", OPTIONAL);
    var description = f.stated("description", k -> f.translatableMarkdown(k, OPTIONAL));
    var solution = f.stated("solution", k -> f.translatableMarkdown(k, OPTIONAL));
    var deliverable = f.stated("deliverable", k -> f.translatableMarkdown(k, OPTIONAL));
    Stated<List<ValueRelevance>> values = f.stated("ogp_values", k -> ogpValues(f));
    List<SdgLink> sdgs = f.list("sdgs", OPTIONAL, CommitmentDecoder::sdg);
    List<String> themes = f.texts("themes", OPTIONAL);
    List<Official> officials = f.list("officials", OPTIONAL, o -> {
      String name = o.text("name", REQUIRED);
      Text role = o.translatableText("role", OPTIONAL);
      var institution = Refs.one(o, "institution", OPTIONAL);
      return name == null ? null : new Official(name, role, institution);
    });
    Set<String> milestoneIds = new HashSet<>();
    List<Milestone> milestones = MilestoneIds.complete(
        f.list("milestones", OPTIONAL, m -> milestone(m, start, end, milestoneIds, archived)));
    List<ProgressUpdate> updates = Updates.decode(f, archived);
    CompletionLevel completion = f.keyword("completion", CompletionLevel.class, OPTIONAL);
    IrmAssessment irm = f.map("irm", OPTIONAL).map(CommitmentDecoder::irm).orElse(null);
    f.finish();
    if (title == null) {
      return null;
    }
    return new Commitment(id, planId, ogpId, title, shortTitle, leads, partners, start, end,
        problem, statusQuo, description, solution, deliverable, values, sdgs, themes, officials,
        milestones, updates, completion, irm, f.position());
  }

  /** One {@code lead_institution} or a list of co-leads, {@code lead_institutions}; or none. */
  private static List<Ref> leads(Fields f) {
    if (f.has("lead_institution") && f.has("lead_institutions")) {
      f.error("lead_institutions", Message.of("commitment-decoder.both-lead-fields"));
    }
    Ref one = Refs.one(f, "lead_institution", OPTIONAL);
    List<Ref> many = Refs.many(f, "lead_institutions");
    if (one == null) {
      return many;
    }
    List<Ref> all = new ArrayList<>(List.of(one));
    all.addAll(many);
    return all;
  }

  /** The OGP values with their reasons; null when the field is absent. */
  private static List<ValueRelevance> ogpValues(Fields f) {
    if (!f.has("ogp_values")) {
      return null;
    }
    List<ValueRelevance> values = new ArrayList<>();
    f.map("ogp_values", OPTIONAL).ifPresent(v -> {
      for (OgpValue value : OgpValue.values()) {
        var reason = v.translatableMarkdown(value.key(), OPTIONAL);
        if (reason != null) {
          values.add(new ValueRelevance(value, reason));
        }
      }
      v.finish();
      if (values.isEmpty()) {
        f.error("ogp_values", Message.of("commitment-decoder.ogp-values-must-explain"));
      }
    });
    return values;
  }

  private static SdgLink sdg(Fields s) {
    Integer goal = s.integer("goal", 1, 17, REQUIRED);
    List<String> targets = new ArrayList<>();
    for (Fields.Item item : s.textItems("targets", OPTIONAL)) {
      String target = item.text();
      targets.add(target);
      var m = SDG_TARGET.matcher(target);
      if (!m.matches()) {
        s.error(item.at(), Message.of("commitment-decoder.sdg-target-must-be", target));
      } else if (goal != null && Integer.parseInt(m.group(1)) != goal) {
        s.error(item.at(), Message.of("commitment-decoder.sdg-target-does-not", target, goal, goal,
            goal));
      }
    }
    return goal == null ? null : new SdgLink(goal, targets, s.position());
  }

  private static Milestone milestone(Fields m, Stated<PartialDate> commitmentStart,
      Stated<PartialDate> commitmentEnd, Set<String> ids, Map<String, ArchivedCopy> archived) {
    String id = m.slug("id", OPTIONAL);
    if (id != null && !ids.add(id)) {
      m.error("id", Message.of("commitment-decoder.milestone-id-is-used", id));
    }
    Text title = m.translatableText("title", REQUIRED);
    Stated<Text> deliverable = m.stated("deliverable", k -> m.translatableText(k, OPTIONAL));
    Stated<PartialDate> start = m.stated("start", k -> m.partialDate(k, OPTIONAL));
    Stated<PartialDate> end = m.stated("end", k -> m.partialDate(k, OPTIONAL));
    Dates.checkOrder(m, start, end);
    if (start.known() && commitmentStart.known()
        && start.value().last().isBefore(commitmentStart.value().first())) {
      m.warning("start", Message.of("commitment-decoder.this-milestone-starts-before",
          start, commitmentStart));
    }
    if (end.known() && commitmentEnd.known()
        && end.value().first().isAfter(commitmentEnd.value().last())) {
      m.warning("end", Message.of("commitment-decoder.this-milestone-ends-after", end,
          commitmentEnd));
    }
    LocalDate actualStart = m.date("actual_start", OPTIONAL);
    LocalDate actualEnd = m.date("actual_end", OPTIONAL);
    if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
      m.error("actual_end", Message.of("commitment-decoder.actual-end-is-before", actualEnd,
          actualStart));
    }
    var responsible = Refs.one(m, "responsible", OPTIONAL);
    Stated<MilestoneStatus> status = m.stated("status",
        k -> m.keyword(k, MilestoneStatus.class, OPTIONAL));
    Stated<Integer> progress = m.stated("progress", k -> m.integer(k, 0, 100, OPTIONAL));
    Updates.checkStatusAndProgress(m, status, progress);
    List<Evidence> evidence = m.list("evidence", OPTIONAL, e -> evidence(e, archived));
    boolean evidenceListed = m.has("evidence");
    List<ProgressUpdate> updates = Updates.decode(m, archived);
    Stated<MilestoneStatus> current = updates.stream().map(ProgressUpdate::status)
        .filter(Stated::known).findFirst().orElse(status);
    if (actualEnd != null && current.known() && current.value() != MilestoneStatus.COMPLETED
        && current.value() != MilestoneStatus.CANCELLED) {
      m.error("actual_end", Message.of("commitment-decoder.actual-end-is-the",
          current.value().keyword()));
    }
    if (title == null) {
      return null;
    }
    return new Milestone(id, id != null, title, deliverable, start, end, actualStart, actualEnd,
        status, progress, responsible, evidence, evidenceListed, updates, m.position());
  }

  private static IrmAssessment irm(Fields i) {
    String report = i.url("report", OPTIONAL);
    Boolean verifiable = i.bool("verifiable", OPTIONAL);
    List<OgpValue> relevance = new ArrayList<>();
    for (String v : i.texts("relevance", OPTIONAL)) {
      OgpValue match = null;
      for (OgpValue candidate : OgpValue.values()) {
        if (candidate.keyword().equals(v)) {
          match = candidate;
        }
      }
      if (match == null) {
        i.error("relevance", Message.of("commitment-decoder.relevance-lists-ogp-values", v));
      } else {
        relevance.add(match);
      }
    }
    var potential = i.keyword("potential_for_results", PotentialForResults.class, OPTIONAL);
    Boolean promising = i.bool("promising", OPTIONAL);
    var completion = i.keyword("completion", CompletionLevel.class, OPTIONAL);
    var openGovernment = i.keyword("open_government", OpenGovernmentResult.class, OPTIONAL);
    Boolean starred = i.bool("starred", OPTIONAL);
    i.finish();
    return new IrmAssessment(report, verifiable, relevance, potential, promising, completion,
        openGovernment, starred);
  }

  static Evidence evidence(Fields e, Map<String, ArchivedCopy> archived) {
    Text title = e.translatableText("title", REQUIRED);
    String url = e.url("url", OPTIONAL);
    String path = e.text("path", OPTIONAL);
    LocalDate date = e.date("date", OPTIONAL);
    boolean hasUrl = e.has("url");
    boolean hasPath = e.has("path");
    if (hasUrl == hasPath) {
      e.error(hasUrl ? "path" : "title",
          Message.of("commitment-decoder.evidence-needs-exactly-one"));
      return null;
    }
    if (path != null && !EVIDENCE_PATH.matcher(path).matches()) {
      e.error("path", Message.of("commitment-decoder.path-must-be-relative", path));
      return null;
    }
    if (title == null || (url == null && path == null)) {
      return null;
    }
    return new Evidence(title, url, path, date, url == null ? null : archived.get(url),
        e.position(hasPath ? "path" : "url"));
  }
}
