package org.acta.diagnostics;

import java.util.Locale;
import java.util.Optional;

/** A language diagnostics are written in. */
public enum Lang {
  EN, ES;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language named by {@code code} ("es", "es-CL", "en"…), if diagnostics speak it. */
  public static Optional<Lang> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String base = code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    for (Lang l : values()) {
      if (l.code().equals(base)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** For a site's main language: its own when diagnostics speak it, else English. */
  public static Lang forSite(String siteLanguage) {
    return of(siteLanguage).orElse(EN);
  }
}
