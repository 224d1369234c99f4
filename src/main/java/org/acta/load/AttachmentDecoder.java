package org.acta.load;

import org.acta.diagnostics.Message;
import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.util.List;
import org.acta.model.Attachment;
import org.acta.model.PartialDate;
import org.acta.model.Text;

/**
 * Decodes the {@code attachments} list minutes, meetings and plans share: each has a title and
 * either a {@code file} under content/ or a {@code url}, like evidence.
 */
final class AttachmentDecoder {
  private AttachmentDecoder() {}

  static List<Attachment> attachments(Fields f) {
    return f.list("attachments", OPTIONAL, AttachmentDecoder::attachment);
  }

  private static Attachment attachment(Fields a) {
    Text title = a.translatableText("title", REQUIRED);
    String url = a.url("url", OPTIONAL);
    String file = a.text("file", OPTIONAL);
    PartialDate date = a.partialDate("date", OPTIONAL);
    Text kind = a.translatableText("kind", OPTIONAL);
    boolean hasUrl = a.has("url");
    boolean hasFile = a.has("file");
    if (hasUrl == hasFile) {
      a.error(hasUrl ? "file" : "title", Message.of("attachments.file-or-url"));
      return null;
    }
    if (file != null && !CommitmentDecoder.EVIDENCE_PATH.matcher(file).matches()) {
      a.error("file", Message.of("attachments.file-path", file));
      return null;
    }
    if (title == null || (url == null && file == null)) {
      return null;
    }
    return new Attachment(title, file, url, date, kind, a.position(hasFile ? "file" : "url"));
  }
}
