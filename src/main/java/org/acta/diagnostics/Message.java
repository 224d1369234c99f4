package org.acta.diagnostics;

import java.util.Arrays;
import java.util.List;

/**
 * What a diagnostic says, kept apart from how it reads: a stable {@code code} (the key of the
 * message catalogue, {@code messages_en.properties} and {@code messages_es.properties}) and the
 * values for its {@code {0}}, {@code {1}}… placeholders. The text is chosen when the problem is
 * printed, in the editor's language; an argument that is itself a {@code Message} is rendered
 * in that same language.
 */
public record Message(String code, List<Object> args) {

  public Message {
    // Made for every value decoded (what it should have been, in case it is not): no stream.
    Object[] values = args.toArray();
    for (int i = 0; i < values.length; i++) {
      values[i] = values[i] == null ? "null" : values[i];
    }
    args = List.of(values);
  }

  public static Message of(String code, Object... args) {
    return new Message(code, Arrays.asList(args));
  }

  public String text(Lang lang) {
    return MessageCatalogue.text(this, lang);
  }

  /** The English text, as logs and tests read it. */
  @Override
  public String toString() {
    return text(Lang.EN);
  }
}
