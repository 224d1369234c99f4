package org.acta.model;

import java.time.Instant;

/**
 * A copy of an external evidence page or file, kept in the repository by
 * {@code acta evidence archive} so the claim keeps its proof when the link rots: one entry of
 * {@code content/evidence/archive/ledger.yaml}.
 *
 * @param url the evidence address as the commitment gives it
 * @param finalUrl where it led after redirects, when fetched
 * @param retrieved when it was fetched
 * @param sha256 the fingerprint of the bytes kept
 * @param contentType the media type the server declared, e.g. application/pdf
 * @param path the copy, relative to the content folder (evidence/archive/&lt;sha256&gt;.pdf)
 */
public record ArchivedCopy(String url, String finalUrl, Instant retrieved, String sha256,
    String contentType, long size, String path) {

  /** The retrieval time as written in the ledger, e.g. 2024-05-02T14:30:00Z. */
  public String retrievedAt() {
    return retrieved.toString();
  }
}
