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
 */
final class BareLinks implements Parser.ParserExtension {
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

  /** False only when the extension would surely find nothing (escapes are decoded first). */
  static boolean mayHoldLink(BasedSequence text) {
    return text.indexOf('@') >= 0 || text.indexOf("://") >= 0 || text.indexOf("www.") >= 0
        || text.indexOf('\\') >= 0 || text.indexOf('&') >= 0;
  }
}
