package org.acta.load;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages one load of the content works with. Content is written in the site's main
 * language; a text field may carry translations into the site's other languages as siblings
 * named {@code <field>_<language>} (e.g. {@code title_en}), and a minute or newsletter may have
 * a parallel {@code NAME.<language>.md} file.
 *
 * <p>A load either checks the content and reads the originals ({@code reading} null: every
 * translation is validated, none is used), or reads one translated version of it (the
 * translation where there is one, the original elsewhere, marked with its language).
 *
 * @param main the site's main language, in which content is written
 * @param translations the site's other languages, in site.yaml's order; empty for a
 *     single-language site, which accepts no translations at all
 * @param reading the language being read, one of {@code translations}; null for the originals
 */
record Localization(String main, List<String> translations, String reading) {

  /** A single-language site in Spanish, the default when site.yaml does not say. */
  static final Localization SINGLE = originals(List.of("es"));

  /** ISO 639-1 codes: a key ending in one of them is probably meant as a translation. */
  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  /** Checks content and reads the originals, for a site in {@code languages} (main first). */
  static Localization originals(List<String> languages) {
    return new Localization(languages.get(0), List.copyOf(languages.subList(1,
        languages.size())), null);
  }

  /** Reads the version of the site in {@code language}. */
  Localization reading(String language) {
    return new Localization(main, translations, language);
  }

  boolean isTranslating() {
    return reading != null;
  }

  /** Whether {@code code} looks like a language code, to tell "title_fr" from a typo. */
  boolean isLanguageCode(String code) {
    return code.equals(main) || translations.contains(code) || ISO_LANGUAGES.contains(code);
  }

  /** "es, en", for messages. */
  String listed() {
    return main + (translations.isEmpty() ? "" : ", " + String.join(", ", translations));
  }
}
