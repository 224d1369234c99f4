package org.acta.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The texts of one translated version of the site that show the original instead, because the
 * content has no translation for them. Templates ask it which parts to mark with the original's
 * {@code lang} (screen readers then pronounce them right) and whether a page needs the note
 * that its content was not translated.
 *
 * <p>Records are looked up by identity, not by value: each language version of the site is
 * decoded from the files on its own, so every record belongs to exactly one version.
 */
public final class Untranslated {
  /** The main language's version: everything is in its own language. */
  public static final Untranslated NONE = new Untranslated(null, Map.of());

  /**
   * What one record lacks.
   *
   * @param fields its own text fields shown in the original (e.g. "title")
   * @param partly whether some text of it (or of records nested in it) is translated
   */
  record Entry(Set<String> fields, boolean partly) {}

  private final String original;
  private final Map<Object, Entry> entries;

  private Untranslated(String original, Map<Object, Entry> entries) {
    this.original = original;
    this.entries = entries;
  }

  /** The language originals are written in (e.g. "es"); null for the main version. */
  public String original() {
    return original;
  }

  /** True when {@code field} of {@code record} shows the original text. */
  public boolean field(Object record, String field) {
    Entry e = entries.get(record);
    return e != null && e.fields().contains(field);
  }

  /**
   * "none" when no text of the record (nested ones included) is translated, "partial" when
   * some is, and "" when all of it is or it has no text to translate.
   */
  public String status(Object record) {
    Entry e = entries.get(record);
    return e == null ? "" : e.partly() ? "partial" : "none";
  }

  /** Collects entries while files are decoded, possibly on several threads. */
  public static final class Builder {
    private final String original;
    private final Map<Object, Entry> entries = new IdentityHashMap<>();

    public Builder(String original) {
      this.original = original;
    }

    /**
     * Notes that {@code record} shows some original text.
     *
     * @param fields its own fields that are untranslated (may be empty when only nested
     *     records' are)
     * @param partly whether any of its text is translated
     */
    public synchronized void add(Object record, Set<String> fields, boolean partly) {
      entries.put(record, new Entry(Set.copyOf(fields), partly));
    }

    /** Moves what {@code decoded} lacks to {@code rebuilt}, a copy that replaces it. */
    public synchronized void moved(Object decoded, Object rebuilt) {
      Entry e = entries.remove(decoded);
      if (e != null) {
        entries.put(rebuilt, e);
      }
    }

    public synchronized Untranslated build() {
      return new Untranslated(original,
          Collections.unmodifiableMap(new IdentityHashMap<>(entries)));
    }
  }
}
