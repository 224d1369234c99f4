package org.acta.scaffold;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.acta.load.Fields;

/** File-name slugs from titles: lowercase ASCII letters, digits and single hyphens. */
public final class Slugs {
  /** Longest slug made from a title; longer titles are cut at a word boundary. */
  public static final int MAX_TITLE_SLUG = 60;
  /** Longest slug accepted from the command line (a file name must stay manageable). */
  public static final int MAX_SLUG = 100;

  /** Letters that Unicode decomposition does not reduce to ASCII. */
  private static final Map<String, String> SPECIAL = Map.ofEntries(
      Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("Æ", "ae"), Map.entry("œ", "oe"),
      Map.entry("Œ", "oe"), Map.entry("ø", "o"), Map.entry("Ø", "o"), Map.entry("đ", "d"),
      Map.entry("Đ", "d"), Map.entry("ł", "l"), Map.entry("Ł", "l"), Map.entry("þ", "th"),
      Map.entry("Þ", "th"), Map.entry("ı", "i"));

  private Slugs() {}

  /**
   * The slug of a title: accents folded ("Sesión" → "sesion", "ñ" → "n"), lowercase, every run
   * of other characters turned into one hyphen, trimmed to about {@value #MAX_TITLE_SLUG}
   * characters at a word boundary. Empty when the title has no letters or digits.
   */
  public static String fromTitle(String title) {
    String s = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    for (var e : SPECIAL.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX_TITLE_SLUG) {
      String cut = s.substring(0, MAX_TITLE_SLUG);
      int lastHyphen = cut.lastIndexOf('-');
      // Cut at the last whole word, unless that would leave too little of the title.
      if (s.charAt(MAX_TITLE_SLUG) != '-' && lastHyphen >= MAX_TITLE_SLUG / 2) {
        cut = cut.substring(0, lastHyphen);
      }
      s = cut.replaceAll("-+$", "");
    }
    return s;
  }

  /** True when {@code s} is a valid content id or slug. */
  public static boolean isSlug(String s) {
    return s != null && Fields.SLUG.matcher(s).matches();
  }
}
