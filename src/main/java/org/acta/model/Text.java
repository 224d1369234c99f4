package org.acta.model;

/**
 * A single-line text an editor can translate (a title, a name, a role). Like {@link Markdown},
 * it carries the language it is shown in when that is not the page's own, so a page can mark
 * an untranslated original for screen readers; the mark travels with the value and cannot be
 * lost between the loader and the page.
 *
 * @param value the text
 * @param language the original's language when a translated version shows the original
 *     because the translation is missing; null otherwise
 */
public record Text(String value, String language) implements CharSequence, Comparable<Text> {

  public Text(String value) {
    this(value, null);
  }

  /** The text's value, or null for no text (an optional field left out). */
  public static String plain(Text text) {
    return text == null ? null : text.value;
  }

  /** The same text, shown in a translated version as its original in {@code original}. */
  public Text asOriginal(String original) {
    return new Text(value, original);
  }

  public boolean isBlank() {
    return value.isBlank();
  }

  @Override
  public int length() {
    return value.length();
  }

  @Override
  public char charAt(int index) {
    return value.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return value.subSequence(start, end);
  }

  @Override
  public int compareTo(Text other) {
    return value.compareTo(other.value);
  }

  /** The text itself, so that it reads as a string wherever one is expected. */
  @Override
  public String toString() {
    return value;
  }
}
