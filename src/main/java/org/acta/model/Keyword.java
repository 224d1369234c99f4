package org.acta.model;

import java.util.Locale;

/** A fixed value written in content files in kebab-case, e.g. {@code in-progress}. */
public interface Keyword {
  default String keyword() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
