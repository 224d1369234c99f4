package org.acta.diagnostics;

/** One thing wrong with the input: where, how bad, and what to do about it. */
public record Problem(Severity severity, Position position, String message) {

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
