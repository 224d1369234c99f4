package org.acta.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problems;
import org.acta.diagnostics.Suggestions;
import org.acta.load.ContentLoader.Loaded;
import org.acta.load.ContentReader;
import org.acta.model.ActionPlan;
import org.acta.model.Agreement;
import org.acta.model.Attachment;
import org.acta.model.Attendee;
import org.acta.model.Commitment;
import org.acta.model.Evidence;
import org.acta.model.Institution;
import org.acta.model.Milestone;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.model.Official;
import org.acta.model.PlanStatus;
import org.acta.model.Ref;
import org.acta.model.SdgLink;
import org.acta.paths.SitePaths;

/**
 * Checks what no single file can check alone: that every id referred to exists and every id
 * is defined once, and that evidence files are really in the content folder.
 */
public final class CrossReferences {
  private static final Message NO_SUGGESTION = Message.of("common.nothing");
  private final Problems problems;
  private final ContentReader reader;

  /**
   * The ids a reference may name. When the file that declares them failed to load, nothing is
   * known: a reference is then not a second mistake (that file's own error is the one error).
   */
  private record Ids(Set<String> declared, boolean fileFailed) {
    boolean unknown(String id) {
      return !fileFailed && !declared.contains(id);
    }
  }

  public CrossReferences(ContentReader reader, Problems problems) {
    this.reader = reader;
    this.problems = problems;
  }

  public void check(Loaded content) {
    uniqueInstitutions(content.institutions());
    parents(content.institutions(), institutions(content));
    uniqueCommitments(content.commitments());
    uniquePlanNumbers(content.plans());
    checkMinutes(content);
    for (Commitment c : content.commitments()) {
      commitment(c, institutions(content));
    }
    newsletters(content);
    for (ActionPlan plan : content.plans()) {
      consultation(plan, commitments(content));
      plan.attachments().forEach(this::attachmentFile);
    }
    content.meetings().forEach(m -> m.attachments().forEach(this::attachmentFile));
  }

  /**
   * The checks a change to minutes can break: the ids minutes refer to, and follow-ups (a
   * later minute may follow up an agreement of the changed one). Live preview runs only these
   * when only minutes changed since a build that passed {@link #check}.
   */
  public void checkMinutes(Loaded content) {
    Ids institutions = institutions(content);
    Ids commitments = commitments(content);
    for (Minute minute : content.minutes()) {
      minute.attendees().members().forEach(a -> attendee(a, institutions));
      minute.attendees().ogp().forEach(a -> attendee(a, institutions));
      minute.attendees().secretary().forEach(a -> attendee(a, institutions));
      minute.attendees().others().forEach(a -> attendee(a, institutions));
      minute.attachments().forEach(this::attachmentFile);
      for (Agreement agreement : minute.agreements()) {
        exists(agreement.institution(), institutions, "institution", "content/institutions.yaml");
        agreement.commitments().forEach(c -> exists(c, commitments, "commitment",
            "content/plans/<plan>/commitments/"));
      }
    }
    followUps(content.minutes());
  }

  private Ids institutions(Loaded content) {
    return new Ids(content.declaredInstitutions(), content.failed(reader, "institutions.yaml"));
  }

  /** Commitment ids are file names, declared even when the file then fails to decode. */
  private static Ids commitments(Loaded content) {
    return new Ids(content.declaredCommitments(), false);
  }

  /** Each follow-up must name an agreement of an earlier minute. */
  private void followUps(List<Minute> minutes) {
    Map<String, LocalDate> agreements = new HashMap<>();
    for (Minute m : minutes) {
      m.agreements().forEach(a -> agreements.put(m.slug() + "/" + a.id(), m.date()));
    }
    Set<String> loaded = new HashSet<>();
    minutes.forEach(m -> loaded.add(m.slug()));
    for (Minute m : minutes) {
      for (var f : m.followUps()) {
        LocalDate made = agreements.get(f.agreement().id());
        if (made == null && failedToLoad(f.agreement().id(), loaded)) {
          continue; // the minute's own errors are reported; one mistake, one error
        }
        if (made == null) {
          String closest = Suggestions.closest(f.agreement().id(), agreements.keySet());
          problems.error(f.agreement().at(), Message.of("cross-references.no-earlier-minute-has",
              f.agreement().id(), (closest == null ? CrossReferences.NO_SUGGESTION
                  : Message.of("cross-references.did-you-mean", closest))));
        } else if (!made.isBefore(m.date())) {
          problems.error(f.agreement().at(), Message.of("cross-references.agreement-was-made-on",
              f.agreement().id(), made, m.date()));
        }
      }
    }
  }

  /**
   * Whether "minute-slug/agreement" names a minute file that exists but did not load (an
   * impossible date, say): a reference to it is not a second mistake.
   */
  private boolean failedToLoad(String agreementRef, Set<String> loaded) {
    String slug = agreementRef.substring(0, agreementRef.indexOf('/'));
    return !loaded.contains(slug) && java.nio.file.Files.isRegularFile(reader.root().resolve("minutes")
        .resolve(slug.substring(0, 4)).resolve(slug + ".md"));
  }

  /** Featured commitments exist; featured officials are officials of that commitment. */
  private void newsletters(Loaded content) {
    Map<String, Commitment> commitments = new HashMap<>();
    content.commitments().forEach(c -> commitments.putIfAbsent(c.id(), c));
    Map<Integer, Newsletter> numbers = new HashMap<>();
    for (var n : content.newsletters()) {
      Newsletter other = numbers.putIfAbsent(n.number(), n);
      if (other != null) {
        problems.error(n.source(), Message.of("cross-references.newsletter-number-is-also",
            n.number(), other.source().file()));
      }
      n.featuredCommitments().forEach(r -> exists(r, commitments(content),
          "commitment", "content/plans/<plan>/commitments/"));
      for (var o : n.featuredOfficials()) {
        exists(o.commitment(), commitments(content), "commitment",
            "content/plans/<plan>/commitments/");
        Commitment c = commitments.get(o.commitment().id());
        if (c != null && c.officials().stream().noneMatch(x -> x.name().equals(o.name()))) {
          List<String> names = c.officials().stream().map(Official::name).toList();
          problems.error(o.source(), Message.of("cross-references.is-not-responsible-official",
              o.name(), c.id(), (names.isEmpty() ? Message.of("cross-references.no-officials")
                  : String.join(", ", names))));
        }
      }
    }
  }

  /** Every input needs a reasoned response once the plan is past co-creation. */
  private void consultation(ActionPlan plan, Ids commitments) {
    for (var input : plan.consultation()) {
      if (input.response() == null) {
        if (plan.status() != PlanStatus.CO_CREATION) {
          problems.error(input.source(), Message.of("cross-references.consultation-input-has-no",
              input.id(), plan.id()));
        }
        continue;
      }
      input.response().commitments().forEach(c -> exists(c, commitments, "commitment",
          "content/plans/<plan>/commitments/"));
    }
  }

  private void attendee(Attendee a, Ids institutions) {
    exists(a.institution(), institutions, "institution", "content/institutions.yaml");
  }

  private void commitment(Commitment c, Ids institutions) {
    Set<String> leads = new HashSet<>();
    for (Ref lead : c.leadInstitutions()) {
      exists(lead, institutions, "institution", "content/institutions.yaml");
      if (!leads.add(lead.id())) {
        problems.error(lead.at(), Message.of("cross-references.lead-listed-twice", lead.id()));
      }
    }
    Set<String> partners = new HashSet<>();
    for (Ref partner : c.partnerInstitutions()) {
      exists(partner, institutions, "institution", "content/institutions.yaml");
      if (leads.contains(partner.id())) {
        problems.warning(partner.at(), Message.of("cross-references.is-the-lead-institution",
            partner.id()));
      } else if (!partners.add(partner.id())) {
        problems.error(partner.at(), Message.of("cross-references.partner-institution-is-listed",
            partner.id()));
      }
    }
    for (Official o : c.officials()) {
      exists(o.institution(), institutions, "institution", "content/institutions.yaml");
    }
    Set<Integer> goals = new HashSet<>();
    for (SdgLink sdg : c.sdgs()) {
      if (!goals.add(sdg.goal())) {
        problems.error(sdg.source(), Message.of("cross-references.sdg-is-listed-twice",
            sdg.goal()));
      }
    }
    for (Milestone m : c.milestones()) {
      m.evidence().forEach(this::evidenceFile);
    }
  }

  private void evidenceFile(Evidence e) {
    if (!e.isFile()) {
      return;
    }
    Path file = reader.root().resolve(e.path()).normalize();
    if (!file.startsWith(reader.root().normalize()) || !Files.isRegularFile(file)) {
      problems.error(e.source(), Message.of("cross-references.evidence-file-does-not", e.path()));
    } else if (!reader.isInside(file)) {
      problems.error(e.source(), Message.of("cross-references.evidence-file-is-link", e.path()));
    }
  }

  private void attachmentFile(Attachment a) {
    if (!a.hasFile()) {
      return;
    }
    Path file = reader.root().resolve(a.file()).normalize();
    if (!file.startsWith(reader.root().normalize()) || !Files.isRegularFile(file)) {
      problems.error(a.source(), Message.of("attachments.file-missing", a.file()));
    } else if (!reader.isInside(file)) {
      problems.error(a.source(), Message.of("attachments.file-is-link", a.file()));
    }
  }

  private void exists(Ref ref, Ids known, String what, String where) {
    if (ref == null || !known.unknown(ref.id())) {
      return;
    }
    String closest = Suggestions.closest(ref.id(), known.declared());
    Object suggestion = closest == null ? NO_SUGGESTION
        : Message.of("cross-references.did-you-mean", closest);
    Message kind = what.equals("institution") ? Message.of("cross-references.kind.institution")
        : Message.of("cross-references.kind.commitment");
    problems.error(ref.at(), Message.of("cross-references.unknown-it-must-be", kind, ref.id(),
        where, suggestion));
  }

  /** Each parent exists and no institution is, through its parents, its own ancestor. */
  private void parents(List<Institution> list, Ids known) {
    Map<String, Institution> byId = new HashMap<>();
    list.forEach(i -> byId.putIfAbsent(i.id(), i));
    for (Institution i : list) {
      if (i.parent() == null) {
        continue;
      }
      exists(i.parent(), known, "institution", "content/institutions.yaml");
      List<String> chain = new ArrayList<>(List.of(i.id()));
      Institution at = byId.get(i.parent().id());
      while (at != null && !chain.contains(at.id())) {
        chain.add(at.id());
        at = at.parent() == null ? null : byId.get(at.parent().id());
      }
      // Reported once per cycle: at the member whose id sorts first.
      if (at != null && at.id().equals(i.id())
          && chain.stream().allMatch(id -> id.compareTo(i.id()) >= 0)) {
        chain.add(i.id());
        problems.error(i.parent().at(), Message.of("cross-references.parent-cycle", i.id(),
            String.join(" → ", chain)));
      }
    }
  }

  private void uniqueInstitutions(List<Institution> list) {
    Map<String, Institution> seen = new HashMap<>();
    for (Institution i : list) {
      Institution first = seen.putIfAbsent(i.id(), i);
      if (first != null) {
        problems.error(i.source(), Message.of("cross-references.institution-id-is-also", i.id(),
            first.source(), SitePaths.institution(i.id())));
      }
    }
  }

  private void uniqueCommitments(List<Commitment> commitments) {
    Map<String, Commitment> seen = new HashMap<>();
    for (Commitment c : commitments) {
      Commitment first = seen.putIfAbsent(c.id(), c);
      if (first != null) {
        problems.error(c.source(), Message.of("cross-references.commitment-id-is-also", c.id(),
            first.planId(), first.source().file(), c.source().file()));
      }
    }
  }

  private void uniquePlanNumbers(List<ActionPlan> plans) {
    Map<Integer, ActionPlan> numbers = new HashMap<>();
    for (ActionPlan plan : plans) {
      ActionPlan other = numbers.putIfAbsent(plan.number(), plan);
      if (other != null) {
        problems.error(plan.source(), Message.of("cross-references.plan-number-is-also",
            plan.number(), other.id(), other.source().file()));
      }
    }
  }
}
