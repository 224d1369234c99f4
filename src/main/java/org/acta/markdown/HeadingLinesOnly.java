package org.acta.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's heading parser, asked only about lines that can be a heading: {@code #} to
 * {@code ######} followed by a space, a tab or the line's end, or a setext underline
 * ({@code ===}, {@code ---}). flexmark's own asks every line that does not start with a letter
 * and first joins the whole paragraph so far, whether or not the line is a heading: a
 * paragraph's time grew with the square of its lines, and inside a block quote or a list item
 * faster still (10,000 lines of {@code > 1a}, 50 KB, took 128 s). Both end a paragraph, so
 * the join happens once per heading. A subclass of flexmark's factory, so that it keeps its
 * place among the block parsers; installed in place of the core one.
 */
final class HeadingLinesOnly extends HeadingParser.Factory {
  /** {@code builder} with this heading parser instead of flexmark's. */
  static Parser.Builder installIn(Parser.Builder builder) {
    builder.set(Parser.HEADING_PARSER, false);
    return builder.customBlockParserFactory(new HeadingLinesOnly());
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    BlockParserFactory headings = super.apply(options);
    if (Parser.HEADING_NO_ATX_SPACE.get(options)
        || Parser.ESCAPE_HEADING_NO_ATX_SPACE.get(options)
        || Parser.HEADING_NO_LEAD_SPACE.get(options)) {
      return headings; // other rules for '#': flexmark decides every line, as it would
    }
    return (state, matched) -> mayBeHeading(state) ? headings.tryStart(state, matched)
        : BlockStart.none();
  }

  /** Whether flexmark's heading patterns (with the default options) could match this line. */
  static boolean mayBeHeading(ParserState state) {
    BasedSequence line = state.getLine();
    int i = state.getNextNonSpaceIndex();
    int end = line.length();
    if (i >= end) {
      return false;
    }
    char c = line.charAt(i);
    int n = 0;
    while (i + n < end && line.charAt(i + n) == c) {
      n++;
    }
    int rest = i + n;
    if (c == '#') {
      char next = rest < end ? line.charAt(rest) : '\n';
      return n <= 6 && (next == ' ' || next == '\t' || next == '\n' || next == '\r');
    }
    if (c == '=' || c == '-') {
      while (rest < end && (line.charAt(rest) == ' ' || line.charAt(rest) == '\t'
          || line.charAt(rest) == '\n' || line.charAt(rest) == '\r')) {
        rest++;
      }
      return rest == end;
    }
    return false;
  }
}
