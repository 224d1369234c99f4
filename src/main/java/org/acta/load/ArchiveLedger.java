package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.model.ArchivedCopy;

/**
 * Reads {@code evidence/archive/ledger.yaml}, the record {@code acta evidence archive} keeps of
 * the copies it made: one entry per evidence address. No ledger means no copies.
 */
public final class ArchiveLedger {
  /** The ledger's path under the content folder. */
  public static final String FILE = "evidence/archive/ledger.yaml";
  /** The folder of the copies under the content folder. */
  public static final String FOLDER = "evidence/archive/";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private ArchiveLedger() {}

  /** The copies by evidence address, in address order; problems name the ledger's lines. */
  public static Map<String, ArchivedCopy> read(ContentReader reader, Problems problems) {
    Map<String, ArchivedCopy> copies = new TreeMap<>();
    Path file = reader.root().resolve(FILE);
    if (!Files.exists(file)) {
      return copies;
    }
    reader.read(file, problems).flatMap(src -> YamlDocument.parseMapping(src, problems))
        .ifPresent(f -> {
          for (ArchivedCopy c : f.list("copies", OPTIONAL, c -> copy(c, reader))) {
            if (copies.putIfAbsent(c.url(), c) != null) {
              problems.error(at(reader), Message.of("archive-ledger.the-ledger-lists-twice",
                  c.url()));
            }
          }
          f.finish();
        });
    return copies;
  }

  private static ArchivedCopy copy(Fields c, ContentReader reader) {
    String url = c.url("url", REQUIRED);
    String finalUrl = c.url("final_url", REQUIRED);
    Instant retrieved = null;
    String when = c.text("retrieved", REQUIRED);
    if (when != null) {
      try {
        retrieved = Instant.parse(when);
      } catch (DateTimeParseException e) {
        c.error("retrieved", Message.of("archive-ledger.retrieved-must-be-utc", when));
      }
    }
    String sha = c.text("sha256", REQUIRED);
    if (sha != null && !SHA256.matcher(sha).matches()) {
      c.error("sha256", Message.of("archive-ledger.sha-must-be-lowercase", sha));
      sha = null;
    }
    String type = c.text("content_type", REQUIRED);
    Integer size = c.integer("size", 0, Integer.MAX_VALUE, REQUIRED);
    String path = c.text("file", REQUIRED);
    if (path != null && (!path.startsWith(FOLDER)
        || !CommitmentDecoder.EVIDENCE_PATH.matcher(path).matches())) {
      c.error("file", Message.of("archive-ledger.file-must-be-file", FOLDER, FOLDER, path));
      path = null;
    } else if (path != null && !Files.isRegularFile(reader.root().resolve(path))) {
      c.error("file", Message.of("archive-ledger.the-archived-copy-is", path));
      path = null;
    }
    if (url == null || finalUrl == null || retrieved == null || sha == null || type == null
        || size == null || path == null) {
      return null;
    }
    return new ArchivedCopy(url, finalUrl, retrieved, sha, type, size, path);
  }

  private static Position at(ContentReader reader) {
    return Position.ofFile(reader.display(reader.root().resolve(FILE)));
  }
}
