package org.acta.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a text as the search index keys them: accents and case folded, Spanish and
 * English plurals trimmed, so "participacion" finds "Participación" and "compromisos" finds
 * "compromiso". {@code search.js} folds a query with the same rules; the two must agree.
 */
public final class Terms {
  /** Longer "words" are links, hashes or run-together text nobody types. */
  static final int MAX_LENGTH = 40;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Terms() {}

  /** The terms of {@code text} in order, repeats kept (their count weighs a document). */
  public static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : SEPARATORS.split(fold(text))) {
      if (word.length() >= 2 && word.length() <= MAX_LENGTH) {
        terms.add(stem(word));
      }
    }
    return terms;
  }

  static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /** Trims a plural: "naciones" → "nacion", "compromisos" → "compromiso", "plans" → "plan". */
  static String stem(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("es") && !isVowel(word.charAt(n - 3))) {
      return word.substring(0, n - 2);
    }
    if (n > 3 && word.charAt(n - 1) == 's') {
      return word.substring(0, n - 1);
    }
    return word;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
