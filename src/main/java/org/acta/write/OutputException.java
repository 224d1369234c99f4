package org.acta.write;

import org.acta.diagnostics.Message;

/** The output folder cannot be written as asked; the message says why and what to do. */
public final class OutputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Message what;

  public OutputException(Message what) {
    super(what.toString());
    this.what = what;
  }

  /** What went wrong, for the editor's language. */
  public Message what() {
    return what;
  }
}
