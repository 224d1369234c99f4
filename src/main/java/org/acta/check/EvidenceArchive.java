package org.acta.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.load.ArchiveLedger;
import org.acta.model.ArchivedCopy;

/**
 * {@code acta evidence archive}: copies each external evidence address not yet archived into
 * {@code content/evidence/archive/<sha256>.<ext>} and records it in the ledger, so the next
 * commit preserves the proof. An address already in the ledger is not fetched again: its copy
 * is what stood when it was archived, and {@code check --external} tells when the live page
 * departs from it. Copies are named by fingerprint, so two addresses serving the same bytes
 * share one file.
 */
public final class EvidenceArchive {
  /** How a run went: copies made, addresses already archived, and failures (as problems). */
  public record Outcome(int archived, int kept, int failed) {}

  private static final Map<String, String> EXTENSIONS = Map.ofEntries(
      Map.entry("application/pdf", "pdf"), Map.entry("text/html", "html"),
      Map.entry("text/plain", "txt"), Map.entry("text/csv", "csv"),
      Map.entry("application/json", "json"), Map.entry("application/xml", "xml"),
      Map.entry("text/xml", "xml"), Map.entry("image/png", "png"),
      Map.entry("image/jpeg", "jpg"), Map.entry("application/msword", "doc"),
      Map.entry("application/vnd.ms-excel", "xls"));

  private EvidenceArchive() {}

  /**
   * @param urls each external evidence address with where it is written (for the report)
   * @param ledger the copies already archived, by address
   */
  public static Outcome run(Path content, Map<String, Position> urls,
      Map<String, ArchivedCopy> ledger, EvidenceFetcher fetcher, Problems problems)
      throws IOException {
    Map<String, ArchivedCopy> copies = new TreeMap<>(ledger);
    int archived = 0;
    int failed = 0;
    for (var entry : new TreeMap<>(urls).entrySet()) {
      String url = entry.getKey();
      if (copies.containsKey(url)) {
        continue;
      }
      try {
        EvidenceFetcher.Fetched f = fetcher.fetch(url);
        String sha = sha256(f.body());
        String path = ArchiveLedger.FOLDER + sha + "." + EXTENSIONS.getOrDefault(
            f.contentType(), "bin");
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, f.body());
        copies.put(url, new ArchivedCopy(url, f.finalUrl(),
            Instant.now().truncatedTo(ChronoUnit.SECONDS), sha, f.contentType(),
            f.body().length, path));
        archived++;
      } catch (EvidenceFetcher.Refused e) {
        problems.error(entry.getValue(), Message.of("evidence-archive.evidence-link-was-not", url,
            e.getMessage()));
        failed++;
      }
    }
    if (archived > 0) {
      Path ledgerFile = content.resolve(ArchiveLedger.FILE);
      Files.createDirectories(ledgerFile.getParent());
      Files.writeString(ledgerFile, ledgerText(copies), StandardCharsets.UTF_8);
    }
    return new Outcome(archived, (int) urls.keySet().stream().filter(ledger::containsKey)
        .count(), failed);
  }

  /** The ledger, one entry per address in address order, every value quoted. */
  static String ledgerText(Map<String, ArchivedCopy> copies) {
    StringBuilder out = new StringBuilder("# Copies of external evidence kept by 'acta evidence "
        + "archive' (README: \"Archived evidence\").\n# Written by Acta: do not edit by hand; "
        + "commit it together with the files it lists.\ncopies:\n");
    for (ArchivedCopy c : copies.values()) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("url", quoted(c.url()));
      fields.put("final_url", quoted(c.finalUrl()));
      fields.put("retrieved", quoted(c.retrievedAt()));
      fields.put("sha256", quoted(c.sha256()));
      fields.put("content_type", quoted(c.contentType()));
      fields.put("size", Long.toString(c.size()));
      fields.put("file", quoted(c.path()));
      String lead = "  - ";
      for (var f : fields.entrySet()) {
        out.append(lead).append(f.getKey()).append(": ").append(f.getValue()).append('\n');
        lead = "    ";
      }
    }
    return out.toString();
  }

  private static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        out.append('\\').append(ch);
      } else if (ch < 0x20) {
        out.append(String.format("\\x%02x", (int) ch));
      } else {
        out.append(ch);
      }
    }
    return out.append('"').toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
