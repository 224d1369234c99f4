package org.acta.load;

import org.acta.diagnostics.Message;

/**
 * Names the first character of a file name that ids and slugs do not allow, so an error about a
 * name like "Informe (final) & anexo.yaml" says what to change rather than only the rule.
 */
final class FileNameCharacters {
  private FileNameCharacters() {}

  /**
   * A sentence naming the first character of {@code name} (its extension left out) that is not
   * a lowercase letter a-z, a digit or a hyphen, and what to do; nothing when there is none.
   */
  static Message firstBad(String name) {
    int dot = name.lastIndexOf('.');
    return firstBad(name, dot > 0 ? name.substring(0, dot) : name);
  }

  /** As {@link #firstBad(String)} for a folder name (no extension). */
  static Message firstBadInFolder(String name) {
    return firstBad(name, name);
  }

  private static Message firstBad(String name, String stem) {
    for (int i = 0; i < stem.length(); ) {
      int c = stem.codePointAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok) {
        return Message.of("file-name.bad-character", name, describe(c),
            stem.codePointCount(0, i) + 1, advice(c));
      }
      i += Character.charCount(c);
    }
    return CaseTwin.NONE;
  }

  private static Message describe(int c) {
    String code = String.format("U+%04X", c);
    String character = Character.toString(c);
    if (c == ' ') {
      return Message.of("file-name.space");
    }
    if (Character.isWhitespace(c)) {
      return Message.of("file-name.whitespace", code);
    }
    if (Character.isUpperCase(c)) {
      return Message.of("file-name.capital", character);
    }
    if (Character.isLetter(c)) {
      return Message.of("file-name.letter", character);
    }
    if (Character.isISOControl(c)) {
      return Message.of("file-name.control", code);
    }
    return Message.of("file-name.character", character);
  }

  private static Message advice(int c) {
    if (Character.isUpperCase(c)) {
      return Message.of("file-name.use-lowercase");
    }
    if (Character.isLetter(c)) {
      return Message.of("file-name.remove-accents");
    }
    return Message.of("file-name.replace-with-hyphen");
  }
}
