package org.acta.load;

/**
 * Which characters a text from content may hold. Refused everywhere: control characters but
 * tab, line feed and carriage return (a line end); DEL and the C1 controls U+0080-U+009F
 * (invisible, and errors in HTML); Unicode noncharacters (U+FDD0-U+FDEF, and U+FFFE and U+FFFF
 * in every plane: they make XML ill-formed); unpaired surrogates (a YAML escape such as
 * "\uD800" can make one; it has no UTF-8 form). Bidirectional embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069) reorder what a reader sees, so that a file named
 * "gnp.exe" shows as "exe.png": they are refused in ids, file names and one-line texts, and
 * allowed only in multi-line texts, where a right-to-left language may need them.
 */
final class TextRule {
  private TextRule() {}

  /** Why the code point at {@code i} may not appear in any text, or null when it may. */
  static String forbidden(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
          ? nonCharacter(Character.toCodePoint(c, text.charAt(i + 1))) : "an unpaired surrogate";
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? null
          : "an unpaired surrogate";
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
      return "a control character";
    }
    return nonCharacter(c);
  }

  private static String nonCharacter(int c) {
    return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe ? "a Unicode noncharacter"
        : null;
  }

  /** Whether {@code c} is a bidirectional embedding, override or isolate. */
  static boolean isBidiControl(char c) {
    return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * What makes a file or folder name unacceptable ("U+202E, a bidirectional control"), or
   * null. Names are one line: no line ends and no bidirectional controls either.
   */
  static String inName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      String why = c == '\n' || c == '\r' || c == '\t' ? "a control character"
          : isBidiControl(c) ? "a bidirectional control, which changes the order in which the "
              + "name is shown" : forbidden(name, i);
      if (why != null) {
        return name(name, i) + ", " + why;
      }
    }
    return null;
  }

  /** "U+202E": how a message names a character. */
  static String name(CharSequence text, int i) {
    return String.format("U+%04X", Character.codePointAt(text, i));
  }
}
