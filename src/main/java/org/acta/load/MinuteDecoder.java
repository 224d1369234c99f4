package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.model.Agreement;
import org.acta.model.AgreementStatus;
import org.acta.model.Attachment;
import org.acta.model.Attendee;
import org.acta.model.Attendees;
import org.acta.model.FollowUp;
import org.acta.model.Markdown;
import org.acta.model.MeetingKind;
import org.acta.model.Minute;
import org.acta.model.Ref;
import org.acta.model.SiteConfig;
import org.acta.model.Text;
import org.acta.paths.SitePaths;

/** Decodes a minute file: front matter plus the Markdown record of the session. */
final class MinuteDecoder {
  private MinuteDecoder() {}

  static Optional<Minute> decode(SourceFile file, String folderYear, Problems problems) {
    return decode(file, Map.of(), folderYear, problems, Localization.SINGLE,
        SiteConfig.DEFAULT_MEETING_KINDS);
  }

  /** @param translations the minute's translation files (NAME.en.md) by language */
  static Optional<Minute> decode(SourceFile file, Map<String, SourceFile> translations,
      String folderYear, Problems problems, Localization localization,
      Map<String, MeetingKind> kinds) {
    return decodeVersions(file, translations, folderYear, problems, localization, kinds,
        List.of(), language -> kinds).map(versions -> versions.get(0));
  }

  /**
   * The minute as {@code localization} reads it, then as each language of {@code alsoReading}
   * reads it, from one parse of the file (see {@link Fields#reread}); empty when the first
   * decoding fails.
   *
   * @param kindsIn the meeting kinds as each language of {@code alsoReading} names them
   */
  static Optional<List<Minute>> decodeVersions(SourceFile file,
      Map<String, SourceFile> translations, String folderYear, Problems problems,
      Localization localization, Map<String, MeetingKind> kinds, List<String> alsoReading,
      Function<String, Map<String, MeetingKind>> kindsIn) {
    Matcher name = Session.fileName(file, "md", Message.of("session.minute-files"),
        base -> SitePaths.minute(Integer.parseInt(base.substring(0, 4)), base), problems);
    if (name == null) {
      return Optional.empty();
    }
    Optional<FrontMatter> split = FrontMatter.split(file, problems);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = split.get();
    Optional<Fields> parsed =
        YamlDocument.parseMapping(file, fm.yaml(), fm.firstLine(), problems, localization);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Fields f = parsed.get();
    f.translationFiles(TranslationFiles.parse(translations, localization, problems));
    Optional<Minute> first = fromFields(f, fm, file, name, folderYear, kinds);
    if (first.isEmpty() || alsoReading.isEmpty()) {
      return first.map(List::of);
    }
    List<Minute> versions = new ArrayList<>(List.of(first.get()));
    Problems quiet = new Problems();
    for (String language : alsoReading) {
      f.reread(localization.reading(language), quiet);
      fromFields(f, fm, file, name, folderYear, kindsIn.apply(language))
          .ifPresent(versions::add);
    }
    return versions.size() == alsoReading.size() + 1 ? Optional.of(versions) : Optional.empty();
  }

  private static Optional<Minute> fromFields(Fields f, FrontMatter fm, SourceFile file,
      Matcher name, String folderYear, Map<String, MeetingKind> kinds) {
    Session session = Session.read(f, name, kinds);
    Attendees attendees = f.map("attendees", OPTIONAL).map(MinuteDecoder::attendees)
        .orElse(Attendees.NONE);
    List<Agreement> agreements = agreements(f);
    List<FollowUp> followUps = f.list("follow_up", OPTIONAL, MinuteDecoder::followUp);
    List<Attachment> attachments = AttachmentDecoder.attachments(f);
    f.finish();

    String fileName = file.path().getFileName().toString();
    String slug = fileName.substring(0, fileName.length() - ".md".length());
    if (session.date() != null
        && !Integer.toString(session.date().getYear()).equals(folderYear)) {
      int year = session.date().getYear();
      Path rightPlace = file.path().toAbsolutePath().getParent().resolveSibling(
          Integer.toString(year)).resolve(fileName);
      if (Files.exists(rightPlace)) {
        // Both would be the page of that address: one error, naming both, and no second
        // minute (which would bring errors about an address and agreements it cannot have).
        String display = file.displayName();
        String other = display.substring(0, display.length() - (folderYear + "/" + fileName)
            .length()) + year + "/" + fileName;
        f.error("date", Message.of("minute-decoder.this-minute-of-is", session.date(), folderYear,
            other, SitePaths.minute(year, slug)));
        return Optional.empty();
      }
      f.error("date", Message.of("minute-decoder.this-minute-of-is-2", session.date(), folderYear,
          year));
    }
    if (!session.complete()) {
      return Optional.empty();
    }
    Markdown body = f.translatableBody(fm.markdown());
    return Optional.of(new Minute(slug, session.title(), session.date(), session.endDate(),
        session.start(), session.end(), session.location(), session.kind(),
        session.openToPublic(), attendees, session.agenda(), agreements, followUps, body,
        attachments, file.position(1, 1)));
  }

  private static String slugOf(SourceFile file) {
    String name = file.path().getFileName().toString();
    return name.substring(0, name.length() - ".md".length());
  }

  /** "minute-slug/agreement-id". */
  static final Pattern AGREEMENT_REF = Pattern.compile(
      "[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*");

  private static FollowUp followUp(Fields u) {
    String ref = u.text("agreement", REQUIRED);
    if (ref != null && !AGREEMENT_REF.matcher(ref).matches()) {
      u.error("agreement", Message.of("minute-decoder.agreement-names-an-agreement", ref));
      ref = null;
    }
    AgreementStatus status = u.keyword("status", AgreementStatus.class, REQUIRED);
    if (status == AgreementStatus.OPEN) {
      u.error("status", Message.of("minute-decoder.follow-up-records-progress"));
      status = null;
    }
    Text note = u.translatableText("note", OPTIONAL);
    if (ref == null || status == null) {
      return null;
    }
    return new FollowUp(new Ref(ref, u.position("agreement")), status, note, u.position());
  }

  private static Attendees attendees(Fields f) {
    Attendees a = new Attendees(group(f, "members"), group(f, "ogp"), group(f, "secretary"),
        group(f, "others"));
    f.finish();
    return a;
  }

  private static List<Attendee> group(Fields f, String key) {
    return f.list(key, OPTIONAL, p -> {
      String name = p.text("name", REQUIRED);
      Text role = p.translatableText("role", OPTIONAL);
      Text represents = p.translatableText("represents", OPTIONAL);
      var institution = Refs.one(p, "institution", OPTIONAL);
      return name == null ? null : new Attendee(name, role, represents, institution);
    });
  }

  private static List<Agreement> agreements(Fields f) {
    Set<String> ids = new HashSet<>();
    Map<String, Position> written = new HashMap<>();
    List<Agreement> out = new ArrayList<>();
    List<Agreement> decoded = f.list("agreements", OPTIONAL, a -> {
      Text text = a.translatableText("text", REQUIRED);
      String id = a.slug("id", OPTIONAL);
      Text owner = a.translatableText("owner", OPTIONAL);
      var institution = Refs.one(a, "institution", OPTIONAL);
      LocalDate due = a.date("due", OPTIONAL);
      var commitments = Refs.many(a, "commitments");
      AgreementStatus status = a.keyword("status", AgreementStatus.class, OPTIONAL);
      if (id != null && !ids.add(id)) {
        a.error("id", Message.of("minute-decoder.agreement-id-is-also", id, written.get(id).line(),
            slugOf(f.file()), id));
      } else if (id != null) {
        written.put(id, a.position("id"));
      }
      return text == null ? null
          : new Agreement(id, text, owner, institution, due, commitments,
              status == null ? AgreementStatus.OPEN : status, a.position());
    });
    // Agreements without an id are numbered a01, a02… by position, skipping ids taken.
    int n = 0;
    for (Agreement a : decoded) {
      String id = a.id();
      while (id == null) {
        String candidate = String.format("a%02d", ++n);
        if (ids.add(candidate)) {
          id = candidate;
        }
      }
      out.add(new Agreement(id, a.text(), a.owner(), a.institution(), a.due(),
          a.commitments(), a.status(), a.source()));
    }
    return out;
  }
}
