package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problems;
import org.acta.diagnostics.Suggestions;
import org.acta.model.MeetingKind;
import org.acta.model.Text;

/**
 * The fields a minute and a scheduled meeting share, and the file-name rule they share:
 * {@code YYYY-MM-DD-slug.<ext>}, the date equal to the {@code date} field.
 */
record Session(Text title, LocalDate date, LocalDate endDate, LocalTime start, LocalTime end,
    Text location, MeetingKind kind, Boolean openToPublic, List<Text> agenda,
    boolean opennessValid) {

  /**
   * @param what how the files are called in the message, e.g. "minute files"
   * @param address the page a file of this name (without extension) is published at, or null
   */
  static Matcher fileName(SourceFile file, String extension, Message what,
      UnaryOperator<String> address, Problems problems) {
    Pattern pattern = Pattern.compile(
        "([0-9]{4}-[0-9]{2}-[0-9]{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\." + extension);
    Matcher name = pattern.matcher(file.path().getFileName().toString());
    if (!name.matches()) {
      problems.error(file.whole(), Message.of("session.must-be-named-yyyy", what, extension,
          extension, FileNameCharacters.firstBad(file.path().getFileName().toString()),
          caseTwin(file, pattern, extension, address)));
      return null;
    }
    return name;
  }

  /** The clash with a lowercase twin, when the name is right but for its capitals. */
  private static Message caseTwin(SourceFile file, Pattern pattern, String extension,
      UnaryOperator<String> address) {
    String lower = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
    if (!pattern.matcher(lower).matches()) {
      return CaseTwin.NONE;
    }
    return CaseTwin.clash(file.path(), file.displayName(),
        address.apply(lower.substring(0, lower.length() - extension.length() - 1)));
  }

  /**
   * @param kinds the kinds site.yaml declares ({@code meeting_kinds}), by id
   */
  static Session read(Fields f, Matcher name, Map<String, MeetingKind> kinds) {
    Text title = f.translatableText("title", REQUIRED);
    LocalDate date = f.date("date", REQUIRED);
    // A multi-day event (a four-day regional meeting) ends on end_date.
    LocalDate endDate = f.date("end_date", OPTIONAL);
    if (date != null && endDate != null && !endDate.isAfter(date)) {
      f.error("end_date", Message.of("session.end-date-must-be-after", endDate, date));
      endDate = null;
    }
    LocalTime start = f.time("start", OPTIONAL);
    LocalTime end = f.time("end", OPTIONAL);
    if (start != null && end != null && !end.isAfter(start)) {
      f.error("end", Message.of("session.end-must-be-after", end, start));
    }
    Text location = f.translatableText("location", OPTIONAL);
    MeetingKind kind = kind(f, kinds);
    // Not stated stays null: unknown, never taken for closed.
    Boolean open = f.bool("open_to_public", OPTIONAL);
    List<Text> agenda = f.translatableTexts("agenda", OPTIONAL);
    if (date != null && !date.toString().equals(name.group(1))) {
      f.error("date", Message.of("session.date-is-but-the", date, name.group(1)));
    }
    // A value that is neither true nor false fails the file, as before: only omission is unknown.
    boolean opennessValid = open != null || f.absent("open_to_public");
    return new Session(title, date, endDate, start, end, location, kind, open, agenda,
        opennessValid);
  }

  private static MeetingKind kind(Fields f, Map<String, MeetingKind> kinds) {
    String known = String.join(", ", kinds.keySet());
    String id = f.scalar("kind", REQUIRED, Message.of("fields.expected.one-of", known));
    if (id == null) {
      return null;
    }
    MeetingKind kind = kinds.get(id);
    if (kind == null) {
      String suggestion = Suggestions.closest(id, kinds.keySet());
      f.error("kind", Message.of("session.unknown-kind", known, id,
          suggestion == null ? "" : Message.of("session.did-you-mean", suggestion)));
    }
    return kind;
  }

  boolean complete() {
    return title != null && date != null && kind != null && opennessValid;
  }
}
