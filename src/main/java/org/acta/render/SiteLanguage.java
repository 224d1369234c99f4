package org.acta.render;

import java.util.Locale;

/**
 * A language the site is built in, as templates link to it: its code, its name in itself
 * (a reader looks for "English", not "inglés"), and the folder of its pages.
 *
 * @param tree "" for the main language (the site root), e.g. "en/" for the others
 */
public record SiteLanguage(String code, String name, String tree) {

  public static SiteLanguage of(String code, String tree) {
    return new SiteLanguage(code, nameIn(code, code), tree);
  }

  /** The name of language {@code code} in language {@code in}, capitalised: "Spanish". */
  public static String nameIn(String code, String in) {
    Locale locale = Locale.forLanguageTag(in);
    String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
    return name.isEmpty() ? code
        : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
