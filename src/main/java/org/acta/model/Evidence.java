package org.acta.model;

import java.time.LocalDate;
import org.acta.diagnostics.Position;

/**
 * Proof that a milestone was delivered: a web address ({@code url}) or a file committed under
 * {@code content/} ({@code path}, relative to the content folder). Exactly one is set.
 */
public record Evidence(Text title, String url, String path, LocalDate date, Position source) {

  public boolean isFile() {
    return path != null;
  }
}
