package org.acta.model;

/** A fixed value written in content files in kebab-case, e.g. {@code in-progress}. */
public interface Keyword {
  default String keyword() {
    return ((Enum<?>) this).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
