package org.acta.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.acta.write.Manifest;

/** Fingerprints the evidence files that commitments point to. */
public final class EvidenceLedger {
  private EvidenceLedger() {}

  /**
   * @param paths evidence paths relative to the content folder
   * @param display how a content file is named in {@link ContentHistory#of}
   */
  public static Map<String, EvidenceFile> of(Set<String> paths, Path contentRoot,
      ContentHistory history, Function<Path, String> display) throws IOException {
    Map<String, EvidenceFile> files = new TreeMap<>();
    for (String path : paths) {
      Path file = contentRoot.resolve(path);
      files.put(path, new EvidenceFile(path, Files.size(file), sha256(file),
          history.of(display.apply(file)).firstCommitted()));
    }
    return files;
  }

  static String sha256(Path file) throws IOException {
    return Manifest.fingerprint(file);
  }
}
