package org.acta.model;

import org.acta.diagnostics.Position;

/**
 * A document that goes with a minute, a meeting or a plan (slides, a recording, a report): a
 * file committed under {@code content/} ({@code file}, published at the same path with its
 * SHA-256 and first-commit date, like evidence) or a web address ({@code url}). Exactly one is
 * set.
 *
 * @param kind what it is, in the editor's words (slides, recording…), or null
 */
public record Attachment(Text title, String file, String url, PartialDate date, Text kind,
    Position source) {

  /** Committed under content/ (else a web address). */
  public boolean hasFile() {
    return file != null;
  }
}
