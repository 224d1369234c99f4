package org.acta.load;

import java.nio.file.Path;
import java.util.Optional;
import org.acta.diagnostics.Problems;
import org.acta.model.Commitment;

/** Decodes commitment text that is not a file on disk, e.g. an old version from git history. */
public final class CommitmentFiles {
  private CommitmentFiles() {}

  public static Optional<Commitment> decode(Path name, String text, Problems problems) {
    SourceFile file = new SourceFile(name, name.toString(), ContentReader.normalized(text));
    String id = name.getFileName().toString().replace(".yaml", "");
    return YamlDocument.parseMapping(file, problems)
        .map(f -> CommitmentDecoder.decode(id, "history", f));
  }
}
