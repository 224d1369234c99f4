package org.acta.diagnostics;

/** One thing wrong with the input: where, how bad, and what to do about it. */
public record Problem(Severity severity, Position position, Message what) {

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The stable code of this kind of problem (the same in every language). */
  public String code() {
    return what.code();
  }

  /** The text in {@code lang}. */
  public String message(Lang lang) {
    return what.text(lang);
  }

  /** The text in English. */
  public String message() {
    return message(Lang.EN);
  }
}
