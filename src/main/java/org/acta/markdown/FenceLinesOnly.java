package org.acta.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's fenced code parser, asked only about lines whose first character after the
 * indent is {@code `} or {@code ~}: its opening-fence pattern needs three of them there, and
 * it ran that pattern on every line of every minute (5 % of parsing a realistic body). A
 * subclass of flexmark's factory, so that it keeps its place among the block parsers;
 * installed in place of the core one.
 */
final class FenceLinesOnly extends FencedCodeBlockParser.Factory {
  /** {@code builder} with this fence parser instead of flexmark's. */
  static Parser.Builder installIn(Parser.Builder builder) {
    builder.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
    return builder.customBlockParserFactory(new FenceLinesOnly());
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    BlockParserFactory fences = super.apply(options);
    return (state, matched) -> mayOpenFence(state) ? fences.tryStart(state, matched)
        : BlockStart.none();
  }

  static boolean mayOpenFence(ParserState state) {
    BasedSequence line = state.getLine();
    int i = state.getNextNonSpaceIndex();
    if (i >= line.length()) {
      return false;
    }
    char c = line.charAt(i);
    return c == '`' || c == '~';
  }
}
