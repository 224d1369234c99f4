package org.acta.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The words of a text as the search index keys them: accents and case folded, Spanish and
 * English plurals trimmed, so "participacion" finds "Participación" and "compromisos" finds
 * "compromiso". {@code search.js} folds a query with the same rules; the two must agree.
 *
 * <p>Indexing every minute's whole text made the regular expressions below a sixth of a large
 * build's CPU, so text in the Latin scripts is folded and split by one pass over a table made
 * from those same rules; other text takes the rules themselves.
 */
public final class Terms {
  /** Longer "words" are links, hashes or run-together text nobody types. */
  static final int MAX_LENGTH = 40;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  /**
   * Characters below this (Latin, Greek, Cyrillic, ... up to General Punctuation's dashes,
   * quotes and bullets) are folded by {@link #TABLE}.
   */
  private static final char TABLE_END = 0x2070;
  /**
   * Each character's folding: "" for a separator, else the letters it folds to; null where
   * the folding depends on the neighbours (combining marks, capital sigma), which the rules
   * themselves then fold.
   */
  private static final String[] TABLE = table();

  private Terms() {}

  /** The terms of {@code text} in order, repeats kept (their count weighs a document). */
  public static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    each(text, terms::add);
    return terms;
  }

  /** Hands each term of {@code text} to {@code out}, in order, repeats kept. */
  public static void each(String text, Consumer<String> out) {
    scan(text, (word, length) -> out.accept(new String(word, 0, length)));
  }

  /** Takes a term as the first {@code length} characters of {@code word}, valid for the call. */
  interface Sink {
    void accept(char[] word, int length);
  }

  /**
   * Hands each term of {@code text} to {@code out} as characters, in order, repeats kept: the
   * search index looks them up without making a string of each.
   */
  static void scan(String text, Sink out) {
    Word word = new Word();
    if (!inTable(text)) {
      for (String w : SEPARATORS.split(fold(text))) {
        word.append(w);
        word.flush(out);
      }
      return;
    }
    for (int i = 0, n = text.length(); i < n; i++) {
      String folded = TABLE[text.charAt(i)];
      if (folded.length() == 1) {
        word.append(folded.charAt(0));
      } else if (folded.isEmpty()) {
        word.flush(out);
      } else {
        word.append(folded);
      }
    }
    word.flush(out);
  }

  /** The word being read; beyond {@link #MAX_LENGTH} it only counts, and is dropped. */
  private static final class Word {
    final char[] chars = new char[MAX_LENGTH];
    int length;

    void append(char c) {
      if (length < MAX_LENGTH) {
        chars[length] = c;
      }
      length++;
    }

    void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i));
      }
    }

    /** Hands the word over, stemmed, if it has 2 to {@link #MAX_LENGTH} characters. */
    void flush(Sink out) {
      if (length >= 2 && length <= MAX_LENGTH) {
        out.accept(chars, stemmed(chars, length));
      }
      length = 0;
    }
  }

  private static boolean inTable(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= TABLE_END || TABLE[c] == null) {
        return false;
      }
    }
    return true;
  }

  static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /** Each table character through {@link #fold} and {@link #SEPARATORS}, once. */
  private static String[] table() {
    String[] table = new String[TABLE_END];
    for (char c = 0; c < TABLE_END; c++) {
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || c == 'Σ') {
        continue; // left null: they join or change their neighbours
      }
      String folded = fold(String.valueOf(c));
      table[c] = folded.isEmpty() || SEPARATORS.matcher(folded).find() ? "" : folded;
    }
    return table;
  }

  /** Trims a plural: "naciones" → "nacion", "compromisos" → "compromiso", "plans" → "plan". */
  static String stem(String word) {
    char[] chars = word.toCharArray();
    return new String(chars, 0, stemmed(chars, chars.length));
  }

  /** The length of {@code word[0..n)} without its plural ending. */
  private static int stemmed(char[] word, int n) {
    if (n > 4 && word[n - 1] == 's' && word[n - 2] == 'e' && !isVowel(word[n - 3])) {
      return n - 2;
    }
    if (n > 3 && word[n - 1] == 's') {
      return n - 1;
    }
    return n;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
