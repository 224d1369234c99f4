package org.acta.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with link labels, titles, {@code <destinations>} and
 * {@code <e-mail@addresses>} read by {@link LinkSyntax} instead of recursive regular
 * expressions, so that ordinary text (a {@code [} never closed, a long link title) can neither
 * overflow the stack nor backtrack exponentially; and with its pattern matches read without
 * copying the paragraph (see {@link #match}). Installed through flexmark's own
 * {@code customInlineParserFactory}; the rest of the parser is flexmark's.
 */
final class IterativeInlineParser extends InlineParserImpl {
  /**
   * {@code builder} with this inline parser. flexmark adds its reference definitions
   * ({@code [x]: /url}) only with its own inline parser, which also parses them: they are
   * added here with this one.
   */
  static Parser.Builder installIn(Parser.Builder builder) {
    return builder.customInlineParserFactory(IterativeInlineParser::new)
        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
  }

  /** Whether flexmark's autolink expressions are the plain ones {@link LinkSyntax} follows. */
  private final boolean plainAutolinks;

  IterativeInlineParser(DataHolder options, BitSet specialCharacters,
      BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors,
        linkRefProcessors, inlineParserExtensions);
    plainAutolinks = !Parser.HTML_FOR_TRANSLATOR.get(options)
        && !Parser.INTELLIJ_DUMMY_IDENTIFIER.get(options)
        && !Parser.WWW_AUTO_LINK_ELEMENT.get(options);
  }

  /** {@code <local@domain>} read by {@link LinkSyntax}; {@code <scheme:...>} as flexmark does. */
  @Override
  public boolean parseAutolink() {
    if (!plainAutolinks) {
      return super.parseAutolink();
    }
    BasedSequence m = matched(LinkSyntax.emailAutolinkEnd(input, index));
    boolean mail = m != null;
    if (!mail) {
      m = match(myParsing.AUTOLINK); // character classes only: no recursion
      if (m == null) {
        return false;
      }
    }
    BasedSequence open = m.subSequence(0, 1);
    BasedSequence text = m.subSequence(1, m.length() - 1);
    BasedSequence close = m.subSequence(m.length() - 1, m.length());
    appendNode(mail ? new MailLink(open, text, close) : new AutoLink(open, text, close));
    return true;
  }

  @Override
  public int parseLinkLabel() {
    BasedSequence label = matched(LinkSyntax.labelEnd(input, index));
    return label == null ? 0 : label.length();
  }

  @Override
  public BasedSequence parseLinkTitle() {
    return matched(LinkSyntax.titleEnd(input, index));
  }

  @Override
  public BasedSequence parseLinkDestination() {
    if (options.spaceInLinkUrls || linkDestinationParser == null) {
      return super.parseLinkDestination(); // other options, other expressions: flexmark's own
    }
    BasedSequence angles = matched(LinkSyntax.angleDestinationEnd(input, index));
    if (angles != null) {
      return angles;
    }
    // What flexmark does next with these options: its hand-written (iterative) parser.
    BasedSequence destination = linkDestinationParser.parseLinkDestination(input, index);
    index += destination.length();
    return destination;
  }

  /**
   * flexmark's {@code match}, without {@code Matcher.toMatchResult()}: on Java 17 that copies
   * the whole paragraph into a new String on every match, so a paragraph of many small matches
   * (inline HTML tags, reference definitions) took time growing with its square: 200 KB of
   * {@code a<b>} took 55 s.
   */
  @Override
  public BasedSequence match(Pattern re) {
    Matcher matcher = matcherHere(re);
    if (matcher == null) {
      return null;
    }
    index = matcher.end();
    return input.subSequence(matcher.start(), matcher.end());
  }

  /** flexmark's {@code matchWithGroups}, without the copy (see {@link #match}). */
  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher matcher = matcherHere(re);
    if (matcher == null) {
      return null;
    }
    index = matcher.end();
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i),
          matcher.end(i));
    }
    return groups;
  }

  /** A matcher that found {@code re} from {@code index} on, or null. */
  private Matcher matcherHere(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    return matcher.find() ? matcher : null;
  }

  /** The text from {@code index} to {@code end}, moving past it, as flexmark's match does. */
  private BasedSequence matched(int end) {
    if (end < 0) {
      return null;
    }
    BasedSequence text = input.subSequence(index, end);
    index = end;
    return text;
  }
}
