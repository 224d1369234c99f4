package org.acta.history;

import java.time.LocalDate;

/**
 * An evidence file committed under content/, with what lets a reviewer tell it was not
 * replaced afterwards: its SHA-256 and the date git first saw it (null without history).
 */
public record EvidenceFile(String path, long size, String sha256, LocalDate firstCommitted) {}
