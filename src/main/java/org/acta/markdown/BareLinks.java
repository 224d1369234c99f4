package org.acta.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension (bare URLs, {@code www.} addresses and e-mail addresses become
 * links), run only on text that can hold one. The extension runs a regex and an unescaping pass
 * over every text node; in a large archive that was a third of the Markdown time, although
 * most text nodes contain none of "://", "www." or "@", without which it never makes a link
 * (nor "\\" or "&amp;", which could encode them).
 *
 * <p>Nor is it run on a text holding a run of more than {@link #MAX_NAME_RUN} letters, digits,
 * dots, {@code +} or {@code -}: no link can hold one (a domain name has at most 253
 * characters, and a path breaks the run at each {@code /}), and the extension's search for a
 * bare {@code scheme://} restarts at every dot of such a run and reads to its end, so its time
 * grows with the square of the run: 80 KB of {@code a.a.a.} took 30 seconds. Nor on a text of
 * more than {@link #MAX_BACKSLASHES} backslashes, whose unescaping in the extension grows with
 * their square too (100,000 {@code \*} took 10 s): no real paragraph has so many.
 */
final class BareLinks implements Parser.ParserExtension {
  /** Twice the longest domain name. */
  static final int MAX_NAME_RUN = 512;
  /** About a millisecond of the extension's unescaping. */
  static final int MAX_BACKSLASHES = 1000;

  static BareLinks create() {
    return new BareLinks();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new NodePostProcessorFactory(false) {
      {
        addNodes(Text.class);
      }

      @Override
      public NodePostProcessor apply(Document document) {
        AutolinkNodePostProcessor autolink = new AutolinkNodePostProcessor(document);
        return new NodePostProcessor() {
          @Override
          public void process(NodeTracker state, Node node) {
            if (mayHoldLink(node.getChars())) {
              autolink.process(state, node);
            }
          }
        };
      }
    });
  }

  /**
   * False when the extension would surely find nothing (escapes are decoded first), or when the
   * text holds a run no link can hold (see the class comment).
   */
  static boolean mayHoldLink(BasedSequence chars) {
    String text = BasedText.of(chars);
    return (text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.")
        || text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) && !slowsTheSearch(text);
  }

  /** A run no link holds, or too many backslashes (see the class comment). */
  private static boolean slowsTheSearch(String text) {
    int run = 0;
    int backslashes = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean name = LinkSyntax.isAlphanumeric(c) || c == '.' || c == '+' || c == '-';
      run = name ? run + 1 : 0;
      backslashes += c == '\\' ? 1 : 0;
      if (run > MAX_NAME_RUN || backslashes > MAX_BACKSLASHES) {
        return true;
      }
    }
    return false;
  }
}
