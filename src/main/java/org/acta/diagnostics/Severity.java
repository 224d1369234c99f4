package org.acta.diagnostics;

public enum Severity {
  ERROR,
  WARNING;

  /** The machine label (JSON, GitHub annotations): the same in every language. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }

  /** The word people read before the message. */
  public String label(Lang lang) {
    return (this == ERROR ? Message.of("severity.error") : Message.of("severity.warning"))
        .text(lang);
  }
}
