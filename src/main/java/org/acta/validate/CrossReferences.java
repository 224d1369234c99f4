package org.acta.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
          problems.error(f.agreement().at(), "no earlier minute has the agreement '"
              + f.agreement().id() + "'; write <minute file name without .md>/<agreement id>."
              + (closest == null ? "" : " Did you mean '" + closest + "'?"));
        } else if (!made.isBefore(m.date())) {
          problems.error(f.agreement().at(), "agreement '" + f.agreement().id() + "' was made on "
              + made + ", not before this minute of " + m.date() + "; follow-ups record progress "
              + "on earlier agreements (set 'status' on the agreement itself instead).");
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
        problems.error(n.source(), "newsletter number " + n.number() + " is also used by "
            + other.source().file() + "; numbers must be unique: fix it in one of the two "
            + "files.");
      }
      n.featuredCommitments().forEach(r -> exists(r, commitments(content),
          "commitment", "content/plans/<plan>/commitments/"));
      for (var o : n.featuredOfficials()) {
        exists(o.commitment(), commitments(content), "commitment",
            "content/plans/<plan>/commitments/");
        Commitment c = commitments.get(o.commitment().id());
        if (c != null && c.officials().stream().noneMatch(x -> x.name().equals(o.name()))) {
          List<String> names = c.officials().stream().map(Official::name).toList();
          problems.error(o.source(), "'" + o.name() + "' is not a responsible official of "
              + "commitment '" + c.id() + "'; its officials are: "
              + (names.isEmpty() ? "none" : String.join(", ", names)) + ".");
        }
      }
    }
  }

  /** Every input needs a reasoned response once the plan is past co-creation. */
  private void consultation(ActionPlan plan, Ids commitments) {
    for (var input : plan.consultation()) {
      if (input.response() == null) {
        if (plan.status() != PlanStatus.CO_CREATION) {
          problems.error(input.source(), "consultation input '" + input.id() + "' has no "
              + "response, but plan '" + plan.id() + "' is past co-creation: the forum owes every "
              + "citizen a reasoned response (add 'response' with outcome and reason).");
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
    exists(c.leadInstitution(), institutions, "institution", "content/institutions.yaml");
    Set<String> partners = new HashSet<>();
    for (Ref partner : c.partnerInstitutions()) {
      exists(partner, institutions, "institution", "content/institutions.yaml");
      if (c.leadInstitution() != null && partner.id().equals(c.leadInstitution().id())) {
        problems.warning(partner.at(), "'" + partner.id() + "' is the lead institution; it need "
            + "not be listed as a partner too.");
      } else if (!partners.add(partner.id())) {
        problems.error(partner.at(), "partner institution '" + partner.id() + "' is listed twice.");
      }
    }
    for (Official o : c.officials()) {
      exists(o.institution(), institutions, "institution", "content/institutions.yaml");
    }
    Set<Integer> goals = new HashSet<>();
    for (SdgLink sdg : c.sdgs()) {
      if (!goals.add(sdg.goal())) {
        problems.error(sdg.source(), "SDG " + sdg.goal() + " is listed twice; list each goal "
            + "once with all its targets.");
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
      problems.error(e.source(), "evidence file '" + e.path() + "' does not exist in the content "
          + "folder; commit it there (path relative to content/) or use 'url' for a web page.");
    } else if (!reader.isInside(file)) {
      problems.error(e.source(), "evidence file '" + e.path() + "' is a link to a place outside "
          + "the content folder; commit the file itself.");
    }
  }

  private void attachmentFile(Attachment a) {
    if (!a.hasFile()) {
      return;
    }
    Path file = reader.root().resolve(a.file()).normalize();
    if (!file.startsWith(reader.root().normalize()) || !Files.isRegularFile(file)) {
      problems.error(a.source(), "attachment file '" + a.file() + "' does not exist in the "
          + "content folder; commit it there (path relative to content/) or use 'url' for a "
          + "web address.");
    } else if (!reader.isInside(file)) {
      problems.error(a.source(), "attachment file '" + a.file() + "' is a link to a place "
          + "outside the content folder; commit the file itself.");
    }
  }

  private void exists(Ref ref, Ids known, String what, String where) {
    if (ref == null || !known.unknown(ref.id())) {
      return;
    }
    String closest = Suggestions.closest(ref.id(), known.declared());
    String suggestion = closest == null ? "" : " Did you mean '" + closest + "'?";
    problems.error(ref.at(), "unknown " + what + " '" + ref.id() + "'; it must be an id "
        + "defined in " + where + "." + suggestion);
  }

  private void uniqueInstitutions(List<Institution> list) {
    Map<String, Institution> seen = new HashMap<>();
    for (Institution i : list) {
      Institution first = seen.putIfAbsent(i.id(), i);
      if (first != null) {
        problems.error(i.source(), "institution id '" + i.id() + "' is also defined at "
            + first.source() + "; both would be the page " + SitePaths.institution(i.id())
            + ". Ids must be unique: merge the two entries or give this one another id.");
      }
    }
  }

  private void uniqueCommitments(List<Commitment> commitments) {
    Map<String, Commitment> seen = new HashMap<>();
    for (Commitment c : commitments) {
      Commitment first = seen.putIfAbsent(c.id(), c);
      if (first != null) {
        problems.error(c.source(), "commitment id '" + c.id() + "' is also used in plan '"
            + first.planId() + "' (" + first.source().file() + "), as well as here ("
            + c.source().file() + "); commitment ids must be unique across all plans: rename "
            + "one of the two files.");
      }
    }
  }

  private void uniquePlanNumbers(List<ActionPlan> plans) {
    Map<Integer, ActionPlan> numbers = new HashMap<>();
    for (ActionPlan plan : plans) {
      ActionPlan other = numbers.putIfAbsent(plan.number(), plan);
      if (other != null) {
        problems.error(plan.source(), "plan number " + plan.number() + " is also used by plan '"
            + other.id() + "' (" + other.source().file() + "); each plan has its own number: "
            + "fix it in one of the two files.");
      }
    }
  }
}
