package org.acta.diagnostics;

/** Messages for tests of the formatting itself, where the wording does not matter. */
final class TestMessages {
  private TestMessages() {}

  /** A message whose text, in every language, is {@code text}. */
  static Message verbatim(String text) {
    return Message.of("content-loader.naming", text, "", "");
  }
}
