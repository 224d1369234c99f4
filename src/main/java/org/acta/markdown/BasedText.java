package org.acta.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a flexmark sequence as a String. flexmark's own {@code toString()} copies
 * a sequence one checked {@code charAt} at a time into a growing builder, and its
 * {@code indexOf} reads the same way; most sequences a parse makes are plain slices of the text
 * it parsed, which one {@code substring} copies at once (and String's searches are the JDK's
 * fast ones). flexmark reads a NUL as U+FFFD: a slice holding one is copied its way.
 */
final class BasedText {
  private BasedText() {}

  static String of(BasedSequence chars) {
    if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
      String slice = base.substring(chars.getStartOffset(), chars.getEndOffset());
      if (slice.indexOf('\0') < 0) {
        return slice;
      }
    }
    return chars.toString();
  }
}
