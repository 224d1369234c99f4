package org.acta.diagnostics;

/**
 * Finds the text of a line of a file by the name messages show, so that a {@link Position}
 * needs to carry its line only once a problem is reported there (see {@link Problems}).
 */
@FunctionalInterface
public interface SourceLines {
  /** The text of 1-based {@code line} of {@code file}, or null when this source lacks it. */
  String line(String file, int line);
}
