package org.acta.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.load.Fields;
import org.acta.model.ActionPlan;
import org.acta.model.Institution;
import org.acta.model.Minute;
import org.acta.model.SiteConfig;

/**
 * Creates new content files (a minute, a commitment, a plan) in a content folder, valid as
 * created, never overwriting anything. The existing content is read with the project's own
 * loader, for the plan's dates, the institution ids and the examples shown in comments.
 */
public final class ContentScaffold {
  private final Path content;

  public ContentScaffold(Path content) {
    this.content = content;
  }

  /** Writes {@code minutes/YYYY/YYYY-MM-DD-slug.md}; the slug comes from the title when null. */
  public Path newMinute(LocalDate date, String title, String slug) throws ScaffoldException,
      IOException {
    title = checkTitle(title, "--title");
    if (date.getYear() < 1000 || date.getYear() > 9999) {
      throw ScaffoldException.usage(Message.of("scaffold.date-year", date));
    }
    if (slug == null) {
      slug = Slugs.fromTitle(title);
      if (slug.isEmpty()) {
        throw ScaffoldException.usage(Message.of("scaffold.title-without-slug", title));
      }
    } else {
      checkSlug(slug, "--slug");
    }
    requireContentFolder();
    Path file = content.resolve(MinuteTemplate.relativePath(date, slug));
    refuseExisting(file, Message.of("scaffold.advice-slug"));
    ContentLoader.Loaded loaded = load(new Problems());
    String agreement = "AAAA-MM-DD-nombre-del-acta/a01";
    for (Minute m : loaded.minutes()) {
      if (m.date().isBefore(date) && !m.agreements().isEmpty()) {
        agreement = m.slug() + "/" + m.agreements().get(0).id();
      }
    }
    // A site that declares its own meeting kinds gets its first one, and the list, in the file.
    List<String> kinds = loaded.config() == null
        || loaded.config().meetingKinds().equals(SiteConfig.DEFAULT_MEETING_KINDS) ? List.of()
        : List.copyOf(loaded.config().meetingKinds().keySet());
    String text = new MinuteTemplate(title, date, firstInstitution(loaded, "id-de-institucion"),
        someCommitment(loaded), agreement, null, kinds).render();
    write(file, text);
    return file;
  }

  /**
   * Writes {@code plans/<plan>/commitments/<id>.yaml} with the plan's dates, a lead institution
   * ({@code lead}, or the first of institutions.yaml when null) and "Describa …" placeholders.
   */
  public Path newCommitment(String planId, String id, String title, String lead)
      throws ScaffoldException, IOException {
    checkSlug(planId, "--plan");
    checkSlug(id, "--id");
    title = checkTitle(title, "--title");
    if (lead != null) {
      checkSlug(lead, "--lead");
    }
    requireContentFolder();
    Path planFile = content.resolve(PlanTemplate.relativePath(planId));
    if (!Files.isRegularFile(planFile)) {
      throw ScaffoldException.refused(Message.of("scaffold.no-plan", planId, planFile,
          listOrNone(existingPlans())));
    }
    for (String plan : existingPlans()) {
      Path existing = content.resolve(CommitmentTemplate.relativePath(plan, id));
      if (Files.exists(existing)) {
        throw ScaffoldException.refused(Message.of("scaffold.commitment-id-used", existing));
      }
    }
    Problems problems = new Problems();
    ContentLoader.Loaded loaded = load(problems);
    ActionPlan plan = loaded.plans().stream().filter(p -> p.id().equals(planId)).findFirst()
        .orElseThrow(() -> ScaffoldException.refused(Message.of("scaffold.plan-has-errors", planFile,
            ProblemFormatter.format(problems.all().stream()
                .filter(p -> p.position().file().endsWith(
                    "plans/" + planId + "/plan.yaml")).toList()))));
    List<String> ids = loaded.institutions().stream().map(Institution::id).toList();
    if (lead == null) {
      if (ids.isEmpty()) {
        throw ScaffoldException.refused(Message.of("scaffold.no-institutions"));
      }
      lead = ids.get(0);
    } else if (!ids.contains(lead)) {
      throw ScaffoldException.refused(Message.of("scaffold.unknown-lead", lead,
          content.resolve("institutions.yaml"), listOrNone(ids)));
    }
    String chosenLead = lead;
    String partner = ids.stream().filter(i -> !i.equals(chosenLead)).findFirst().orElse(lead);
    Path file = content.resolve(CommitmentTemplate.relativePath(planId, id));
    String text = new CommitmentTemplate(planId, title, lead, partner, plan.start(), plan.end(),
        CommitmentTemplate.PLACEHOLDERS).render();
    write(file, text);
    return file;
  }

  /**
   * Writes {@code plans/<id>/plan.yaml} (status co-creation) and an empty {@code commitments/}
   * folder holding a {@code .gitkeep}. Returns the files written.
   */
  public List<Path> newPlan(String id, int number, String title, LocalDate start, LocalDate end)
      throws ScaffoldException, IOException {
    checkSlug(id, "--id");
    title = checkTitle(title, "--title");
    if (number < 1 || number > 99) {
      throw ScaffoldException.usage(Message.of("scaffold.plan-number", number));
    }
    if (!end.isAfter(start)) {
      throw ScaffoldException.usage(Message.of("scaffold.end-before-start", end, start));
    }
    requireContentFolder();
    Path file = content.resolve(PlanTemplate.relativePath(id));
    refuseExisting(file, Message.of("scaffold.advice-id"));
    ContentLoader.Loaded loaded = load(new Problems());
    for (ActionPlan other : loaded.plans()) {
      if (other.number() == number) {
        throw ScaffoldException.refused(Message.of("scaffold.plan-number-used", number,
            other.id()));
      }
    }
    List<Path> written = new ArrayList<>();
    write(file, new PlanTemplate(number, title, start, end, null).render());
    written.add(file);
    Path commitments = file.resolveSibling("commitments");
    Files.createDirectories(commitments);
    if (isEmpty(commitments)) {
      Path keep = commitments.resolve(".gitkeep");
      Files.write(keep, new byte[0]);
      written.add(keep);
    }
    return written;
  }

  // ---- shared checks -----------------------------------------------------------------------

  static String checkTitle(String title, String option) throws ScaffoldException {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) {
      throw ScaffoldException.usage(Message.of("scaffold.empty", option));
    }
    if (t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
      throw ScaffoldException.usage(Message.of("scaffold.one-line", option));
    }
    if (t.length() > Fields.MAX_LINE_TEXT) {
      throw ScaffoldException.usage(Message.of("scaffold.too-long", option,
          Fields.MAX_LINE_TEXT, t.length()));
    }
    return t;
  }

  static void checkSlug(String value, String option) throws ScaffoldException {
    if (!Slugs.isSlug(value) || value.length() > Slugs.MAX_SLUG) {
      throw ScaffoldException.usage(Message.of("scaffold.not-an-id", option, Slugs.MAX_SLUG,
          value));
    }
  }

  private void requireContentFolder() throws ScaffoldException {
    if (!Files.isDirectory(content)) {
      throw ScaffoldException.refused(Message.of("scaffold.no-content-folder", content));
    }
  }

  private static void refuseExisting(Path file, Message advice) throws ScaffoldException {
    if (Files.exists(file)) {
      throw ScaffoldException.refused(Message.of("scaffold.exists-advice", file, advice));
    }
  }

  private ContentLoader.Loaded load(Problems problems) throws IOException {
    return new ContentLoader(new ContentReader(content, content.toString()), problems).load();
  }

  private List<String> existingPlans() throws IOException {
    return ContentLoader.planFolders(content);
  }

  private static String firstInstitution(ContentLoader.Loaded loaded, String fallback) {
    return loaded.institutions().isEmpty() ? fallback : loaded.institutions().get(0).id();
  }

  /** A commitment of the newest plan that has one, for examples. */
  private static String someCommitment(ContentLoader.Loaded loaded) {
    return loaded.plans().stream().filter(p -> !p.commitments().isEmpty())
        .map(p -> p.commitments().get(0).id()).findFirst().orElse("id-del-compromiso");
  }

  private static Object listOrNone(List<String> items) {
    return items.isEmpty() ? Message.of("scaffold.none")
        : items.stream().collect(Collectors.joining(", "));
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Writes a new file; never replaces one (even one created a moment ago by someone else). */
  static void write(Path file, String text) throws IOException, ScaffoldException {
    Files.createDirectories(file.getParent());
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw ScaffoldException.refused(Message.of("scaffold.exists", file));
    }
  }
}
