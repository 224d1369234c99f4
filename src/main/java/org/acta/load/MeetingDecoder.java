package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problems;
import org.acta.model.Meeting;
import org.acta.model.MeetingKind;

/** Decodes a scheduled meeting: {@code content/meetings/YYYY-MM-DD-slug.yaml}. */
final class MeetingDecoder {
  private MeetingDecoder() {}

  static Optional<Meeting> decode(SourceFile file, Problems problems,
      Localization localization, Map<String, MeetingKind> kinds) {
    Matcher name = Session.fileName(file, "yaml", Message.of("session.meeting-files"), base -> null,
        problems);
    if (name == null) {
      return Optional.empty();
    }
    return YamlDocument.parseMapping(file, problems, localization).flatMap(f -> {
      Session s = Session.read(f, name, kinds);
      var description = f.translatableMarkdown("description", OPTIONAL);
      String registration = f.url("registration_url", OPTIONAL);
      var attachments = AttachmentDecoder.attachments(f);
      f.finish();
      if (!s.complete()) {
        return Optional.empty();
      }
      String fileName = file.path().getFileName().toString();
      return Optional.of(new Meeting(fileName.substring(0, fileName.length() - 5),
          s.title(), s.date(), s.endDate(), s.start(), s.end(), s.location(), s.kind(), s.openToPublic(),
          s.agenda(), description, registration, attachments, file.position(1, 1)));
    });
  }
}
