package org.acta.load;

/**
 * Names the first character of a file name that ids and slugs do not allow, so an error about a
 * name like "Informe (final) & anexo.yaml" says what to change rather than only the rule.
 */
final class FileNameCharacters {
  private FileNameCharacters() {}

  /**
   * " It has a space at position 8." style sentence for the first character of {@code name}
   * (its extension left out) that is not a lowercase letter a-z, a digit or a hyphen; empty
   * when there is none.
   */
  static String firstBad(String name) {
    int dot = name.lastIndexOf('.');
    return firstBad(name, dot > 0 ? name.substring(0, dot) : name);
  }

  /** As {@link #firstBad(String)} for a folder name (no extension). */
  static String firstBadInFolder(String name) {
    return firstBad(name, name);
  }

  private static String firstBad(String name, String stem) {
    for (int i = 0; i < stem.length(); ) {
      int c = stem.codePointAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok) {
        return " \"" + name + "\" has " + describe(c) + " at position "
            + (stem.codePointCount(0, i) + 1) + "; " + advice(c) + ".";
      }
      i += Character.charCount(c);
    }
    return "";
  }

  private static String describe(int c) {
    if (c == ' ') {
      return "a space";
    }
    if (Character.isWhitespace(c)) {
      return "a whitespace character (U+" + String.format("%04X", c) + ")";
    }
    if (Character.isUpperCase(c)) {
      return "a capital letter '" + Character.toString(c) + "'";
    }
    if (Character.isLetter(c)) {
      return "the letter '" + Character.toString(c) + "', which is not a plain a-z";
    }
    if (Character.isISOControl(c)) {
      return "a control character (U+" + String.format("%04X", c) + ")";
    }
    return "the character '" + Character.toString(c) + "'";
  }

  private static String advice(int c) {
    if (Character.isUpperCase(c)) {
      return "use lowercase";
    }
    if (Character.isLetter(c)) {
      return "write it without accents (e.g. 'e' for 'é', 'n' for 'ñ')";
    }
    return "replace it with a hyphen, or leave it out";
  }
}
