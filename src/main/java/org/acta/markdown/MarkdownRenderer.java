package org.acta.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.diagnostics.Message;

/**
 * Markdown to safe HTML, in one flexmark pass (content comes from pull requests):
 * <ul>
 *   <li>raw HTML is escaped, so the only tags are the ones flexmark itself writes;</li>
 *   <li>every URL flexmark writes goes through {@link SafeLinks}, which decodes it the way a
 *       browser does before checking its scheme (flexmark's own link filter alone can be
 *       bypassed with entity-encoded {@code javascript:}, flexmark-java issue #675);</li>
 *   <li>images become links ({@link ImagesAsLinks}): content cannot embed third-party
 *       resources, which the site's Content-Security-Policy would block anyway.</li>
 * </ul>
 * An earlier version ran jsoup's allow-list cleaner over the result; it cost a quarter of the
 * Markdown time of a large build. The tests now use that cleaner as the oracle instead: the
 * output must already be valid under its allow-list.
 * Thread-safe: flexmark's parser and renderer are immutable once built.
 */
public final class MarkdownRenderer {
  /**
   * How many recent renderings each thread keeps. A page is rendered in every language on the
   * same thread, one right after another (see pipeline.SiteWriter), and an untranslated text
   * is the same Markdown in each: it is rendered once. A few dozen entries bound the memory
   * (about a megabyte per thread) while covering the texts of one page.
   */
  private static final int RECENT = 48;

  private static final String SUPPRESSED_LINKS = "(?i)\\s*(javascript|vbscript|data|file):.*";

  private final Parser parser;
  /** The same parser without tables: the last resort when flexmark's tables fail on a text. */
  private final Parser parserWithoutTables;
  private final HtmlRenderer renderer;
  private final AstHtmlWriter writer;
  /** Per thread: Markdown source to HTML, least recently used first. */
  private final ThreadLocal<Map<String, String>> recent = ThreadLocal.withInitial(() ->
      new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > RECENT;
        }
      });

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
    options.set(TablesExtension.CLASS_NAME, "table");
    options.set(TablesExtension.WITH_CAPTION, false);
    parserWithoutTables = linearParser(new MutableDataSet(options).set(Parser.EXTENSIONS,
        List.of(BareLinks.create(), StrikethroughExtension.create(), ImagesAsLinks.create())));
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        BareLinks.create(), StrikethroughExtension.create(), ImagesAsLinks.create()));
    parser = linearParser(options);
    renderer = HtmlRenderer.builder(options)
        .attributeProviderFactory(new IndependentAttributeProviderFactory() {
          @Override
          public SafeLinks apply(LinkResolverContext context) {
            return new SafeLinks();
          }
        })
        .build();
    writer = new AstHtmlWriter(options.toImmutable(), SUPPRESSED_LINKS);
  }

  /**
   * flexmark's parser with the parts whose time or stack grew faster than the text replaced:
   * link syntax ({@link IterativeInlineParser}) and headings ({@link HeadingLinesOnly}); and the
   * fence parser asked only about lines that can open a fence ({@link FenceLinesOnly}).
   */
  static Parser linearParser(DataHolder options) {
    return FenceLinesOnly.installIn(HeadingLinesOnly.installIn(
        IterativeInlineParser.installIn(Parser.builder(options)))).build();
  }

  /**
   * Renders editor Markdown as safe HTML. Headings are shifted so none is an h1.
   *
   * @throws MarkdownLimitException when the text crosses {@link MarkdownLimits} (the loader
   *     refuses such content with its file and line first; this guards any other caller)
   */
  public String render(String markdown) {
    // Rendering is a function of the text alone, so a recent result is the same bytes.
    Map<String, String> cache = recent.get();
    String html = cache.get(markdown);
    if (html == null) {
      html = renderNew(markdown);
      cache.put(markdown, html);
    }
    return html;
  }

  String renderNew(String markdown) {
    checkLimits(markdown);
    try {
      String html = writer.write(parse(markdown));
      // The writer may have generated heading ids on the tree: flexmark gets a fresh one.
      return html != null ? html : renderer.render(parse(markdown));
    } catch (StackOverflowError e) {
      throw nestedTooDeeply();
    }
  }

  /** Whether {@link AstHtmlWriter} writes this text itself (for the tests). */
  boolean writesItself(String markdown) {
    return writer.write(parse(markdown)) != null;
  }

  /** flexmark's own HTML renderer: the reference the tests compare the fast writer with. */
  String renderWithFlexmark(String markdown) {
    checkLimits(markdown);
    try {
      return renderer.render(parse(markdown));
    } catch (StackOverflowError e) {
      throw nestedTooDeeply();
    }
  }

  private static void checkLimits(String markdown) {
    MarkdownLimits.check(markdown).ifPresent(e -> {
      throw new MarkdownLimitException(e);
    });
  }

  /**
   * Nesting within the limits renders even on a 512 KiB stack; what still overflows is some
   * other construct flexmark matches recursively (an HTML tag of thousands of attributes).
   * It is told as this text's fault rather than as a crash.
   */
  private static MarkdownLimitException nestedTooDeeply() {
    return new MarkdownLimitException(new MarkdownLimits.Excess(1, 1,
        Message.of("markdown-renderer.nested-too-deeply")));
  }

  Document parse(String markdown) {
    String text = withoutForbiddenCharacters(markdown);
    Document document;
    try {
      document = parser.parse(text);
      String untabbed = TabbedTables.untabbed(document, text);
      if (untabbed != text) {
        document = parsedOrWithoutTables(untabbed, text);
      }
    } catch (RuntimeException e) { // flexmark's tables fail on some tabs: see TabbedTables
      document = parsedOrWithoutTables(TabbedTables.expanded(text), text);
    }
    shiftHeadings(document);
    return document;
  }

  /**
   * {@code retry} (the text with tabs expanded) parsed; if flexmark's tables still throw, the
   * original {@code text} without tables, rather than failing the page. Only a text with tabs
   * in a table takes this path.
   */
  private Document parsedOrWithoutTables(String retry, String text) {
    try {
      return parser.parse(retry);
    } catch (RuntimeException e) {
      return parserWithoutTables.parse(text);
    }
  }

  /**
   * Control characters (but tab and line breaks) and Unicode noncharacters become U+FFFD: HTML
   * forbids them, so a page holding one would not validate (the fuzzer found U+FFFF).
   */
  static String withoutForbiddenCharacters(String text) {
    int first = firstSuspect(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = null;
    for (int i = first; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean forbidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || (c >= 0x7f && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
      if (forbidden && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.appendCodePoint(forbidden ? 0xfffd : c);
      }
      i += Character.charCount(c);
    }
    return out == null ? text : out.toString();
  }

  /**
   * Where the first character of {@code text} that may be forbidden is, or -1: checked one
   * char at a time, where the exact test above takes code points (a surrogate may be half of
   * a noncharacter). Every char before it is allowed and a whole code point, so the exact test
   * starts there.
   */
  private static int firstSuspect(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean suspect = c < 0x20 ? c != '\t' && c != '\n' && c != '\r'
          : c >= 0x7f && (c <= 0x9f || c >= 0xd800);
      if (suspect) {
        return i;
      }
    }
    return -1;
  }

  /** The page title is the only h1; content headings start at h2. */
  private static void shiftHeadings(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h) {
        if (h.getLevel() == 1) {
          h.setLevel(2);
        }
      } else if (child.hasChildren()) {
        shiftHeadings(child);
      }
    }
  }
}
