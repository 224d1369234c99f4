package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diagnostics.Problems;
import org.acta.model.Agreement;
import org.acta.model.Attendee;
import org.acta.model.Attendees;
import org.acta.model.Markdown;
import org.acta.model.MeetingKind;
import org.acta.model.Minute;

/** Decodes a minute file: front matter plus the Markdown record of the session. */
final class MinuteDecoder {
  static final Pattern FILE_NAME =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");

  private MinuteDecoder() {}

  static Optional<Minute> decode(SourceFile file, String folderYear, Problems problems) {
    String fileName = file.path().getFileName().toString();
    Matcher name = FILE_NAME.matcher(fileName);
    if (!name.matches()) {
      problems.error(file.whole(), "minute files must be named YYYY-MM-DD-slug.md, with a slug "
          + "of lowercase letters, digits and hyphens (e.g. 2018-05-08-desafios-plan.md).");
      return Optional.empty();
    }
    Optional<FrontMatter> split = FrontMatter.split(file, problems);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = split.get();
    Optional<Fields> parsed =
        YamlDocument.parseMapping(file, fm.yaml(), fm.firstLine(), problems);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Fields f = parsed.get();
    String title = f.text("title", REQUIRED);
    LocalDate date = f.date("date", REQUIRED);
    LocalTime start = f.time("start", OPTIONAL);
    LocalTime end = f.time("end", OPTIONAL);
    if (start != null && end != null && !end.isAfter(start)) {
      f.error("end", "'end' (" + end + ") must be after 'start' (" + start + ").");
    }
    String location = f.text("location", OPTIONAL);
    MeetingKind kind = f.keyword("kind", MeetingKind.class, REQUIRED);
    Boolean open = f.bool("open_to_public", REQUIRED);
    Attendees attendees = f.map("attendees", OPTIONAL).map(MinuteDecoder::attendees)
        .orElse(Attendees.NONE);
    List<String> agenda = f.texts("agenda", OPTIONAL);
    List<Agreement> agreements = agreements(f);
    f.finish();

    if (date != null) {
      if (!date.toString().equals(name.group(1))) {
        f.error("date", "'date' is " + date + " but the file name says " + name.group(1)
            + "; rename the file or fix the date.");
      }
      if (!Integer.toString(date.getYear()).equals(folderYear)) {
        f.error("date", "this minute of " + date + " is in folder '" + folderYear
            + "'; move it to content/minutes/" + date.getYear() + "/.");
      }
    }
    if (title == null || date == null || kind == null || open == null) {
      return Optional.empty();
    }
    String slug = fileName.substring(0, fileName.length() - ".md".length());
    return Optional.of(new Minute(slug, title, date, start, end, location, kind, open, attendees,
        agenda, agreements, new Markdown(fm.body()), file.position(1, 1)));
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
      String role = p.text("role", OPTIONAL);
      String represents = p.text("represents", OPTIONAL);
      var institution = Refs.one(p, "institution", OPTIONAL);
      return name == null ? null : new Attendee(name, role, represents, institution);
    });
  }

  private static List<Agreement> agreements(Fields f) {
    Set<String> ids = new HashSet<>();
    List<Agreement> out = new ArrayList<>();
    List<Agreement> decoded = f.list("agreements", OPTIONAL, a -> {
      String text = a.text("text", REQUIRED);
      String id = a.slug("id", OPTIONAL);
      String owner = a.text("owner", OPTIONAL);
      var institution = Refs.one(a, "institution", OPTIONAL);
      LocalDate due = a.date("due", OPTIONAL);
      var commitments = Refs.many(a, "commitments");
      if (id != null && !ids.add(id)) {
        a.error("id", "agreement id '" + id + "' is used twice in this minute; ids must differ.");
      }
      return text == null ? null
          : new Agreement(id, text, owner, institution, due, commitments, a.position());
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
      out.add(new Agreement(id, a.text(), a.owner(), a.institution(), a.due(), a.commitments(),
          a.source()));
    }
    return out;
  }
}
