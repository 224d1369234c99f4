package org.acta.write;

/** The output folder cannot be written as asked; the message says why and what to do. */
public final class OutputException extends Exception {
  public OutputException(String message) {
    super(message);
  }
}
