package org.acta.model;

import java.time.LocalDate;
import java.util.List;
import org.acta.diagnostics.Position;

/**
 * Proof that a milestone was delivered: a web address ({@code url}) or a file committed under
 * {@code content/} ({@code path}, relative to the content folder). Exactly one is set.
 *
 * @param archived the copy of the web address kept in the repository, or null
 */
public record Evidence(Text title, String url, String path, LocalDate date,
    ArchivedCopy archived, Position source) {

  public boolean isFile() {
    return path != null;
  }

  /** Files under content/ the site publishes for this evidence: the file, or the copy. */
  public List<String> publishedFiles() {
    return isFile() ? List.of(path)
        : archived == null ? List.of() : List.of(archived.path());
  }
}
