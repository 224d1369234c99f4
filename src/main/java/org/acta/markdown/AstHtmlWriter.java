package org.acta.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.regex.Pattern;

/**
 * Writes flexmark's parsed document as HTML straight into one StringBuilder, byte for byte what
 * flexmark's HtmlRenderer writes with {@link MarkdownRenderer}'s options (half of the Markdown
 * time went into the renderer's general line and attribute machinery). It knows the node types
 * minutes use; on anything else (a node type, a reference link, a line its writer would trim,
 * a carriage return) it gives up and returns null, and the caller renders with flexmark.
 * Every attribute still goes through {@link SafeLinks}, and suppressed link schemes are
 * checked with flexmark's own pattern, so links are vetted exactly as before.
 * The differential tests compare both renderers on every text they know.
 */
final class AstHtmlWriter {
  /** Thrown to give up; carries no stack trace, it is control flow. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final Unsupported UNSUPPORTED = new Unsupported();

  private final ListOptions listOptions;
  private final Pattern suppressedLinks;
  private final DataHolder options;

  AstHtmlWriter(DataHolder options, String suppressedLinks) {
    this.options = options;
    this.listOptions = ListOptions.get(options);
    this.suppressedLinks = Pattern.compile(suppressedLinks);
  }

  /** The HTML of {@code document}, or null when only flexmark's renderer can write it. */
  String write(Document document) {
    if (BasedText.of(document.getChars()).indexOf('\r') >= 0) {
      return null; // flexmark normalizes line ends in several places; rare in content
    }
    try {
      Run run = new Run(document);
      run.children(document);
      run.line();
      return run.out.toString();
    } catch (Unsupported e) {
      return null;
    }
  }

  /** One document's writing. */
  private final class Run {
    final StringBuilder out;
    final SafeLinks safeLinks = new SafeLinks();
    final Document document;
    HeaderIdGenerator ids;

    Run(Document document) {
      this.document = document;
      this.out = new StringBuilder(document.getTextLength() + document.getTextLength() / 4 + 16);
    }

    void children(Node parent) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        node(n);
      }
    }

    void node(Node n) {
      Class<?> type = n.getClass();
      if (type == Text.class) {
        String text = unescape(n.getChars());
        text(text.indexOf('\r') < 0 ? text : Escaping.normalizeEOL(text));
      } else if (type == Paragraph.class) {
        paragraph((Paragraph) n);
      } else if (type == SoftLineBreak.class) {
        out.append('\n');
      } else if (type == TextBase.class) {
        children(n);
      } else if (type == Heading.class) {
        heading((Heading) n);
      } else if (type == BulletListItem.class || type == OrderedListItem.class) {
        listItem((ListItem) n);
      } else if (type == Emphasis.class) {
        inline("em", n);
      } else if (type == StrongEmphasis.class) {
        inline("strong", n);
      } else if (type == Strikethrough.class) {
        inline("del", n);
      } else if (type == Link.class) {
        link((Link) n);
      } else if (type == AutoLink.class) {
        autoLink((AutoLink) n);
      } else if (type == MailLink.class) {
        mailLink((MailLink) n);
      } else if (type == BulletList.class) {
        block("ul", null, n);
      } else if (type == OrderedList.class) {
        int start = ((OrderedList) n).getStartNumber();
        block("ol", listOptions.isOrderedListManualStart() && start != 1
            ? String.valueOf(start) : null, n);
      } else if (type == TableBlock.class) {
        table((TableBlock) n);
      } else if (type == TableHead.class) {
        lineTag("thead", n);
      } else if (type == TableBody.class) {
        lineTag("tbody", n);
      } else if (type == TableRow.class) {
        lineTag("tr", n);
      } else if (type == TableCell.class) {
        cell((TableCell) n);
      } else if (type == TableSeparator.class || type == Reference.class) {
        // not written
      } else if (type == HardLineBreak.class) {
        out.append("<br />\n");
      } else if (type == Code.class) {
        out.append("<code>");
        text(Escaping.collapseWhitespace(((Code) n).getText(), true));
        out.append("</code>");
      } else if (type == HtmlEntity.class) {
        text(unescape(n.getChars()));
      } else if (type == HtmlInline.class || type == HtmlInlineComment.class) {
        text(String.valueOf(n.getChars().normalizeEOL()));
      } else if (type == BlockQuote.class) {
        block("blockquote", null, n);
      } else if (type == ThematicBreak.class) {
        line();
        out.append("<hr />");
        line();
      } else if (type == FencedCodeBlock.class) {
        fencedCode((FencedCodeBlock) n);
      } else if (type == IndentedCodeBlock.class) {
        codeBlock(null, ((IndentedCodeBlock) n).getContentChars().trimTailBlankLines()
            .normalizeEndWithEOL(), n);
      } else if (type == HtmlBlock.class) {
        htmlBlock((HtmlBlock) n);
      } else if (type == Image.class) {
        image((Image) n);
      } else {
        throw UNSUPPORTED;
      }
    }

    /** Ends the current line unless at the start of one (flexmark's {@code line()}). */
    void line() {
      int length = out.length();
      if (length > 0 && out.charAt(length - 1) != '\n') {
        out.append('\n');
      }
    }

    /**
     * Escaped text outside {@code <pre>}, as flexmark's {@code escapeHtml} escapes it, in one
     * pass. flexmark's writer drops whitespace at the start of an output line and folds blank
     * lines: text that would meet either is left to it. (Escaping turns a character into an
     * entity starting with {@code &}, never whitespace, so the text's own characters decide.)
     */
    void text(String text) {
      int length = text.length();
      if (length == 0) {
        return;
      }
      boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
      if (lineStart && trimmable(text.charAt(0))) {
        throw UNSUPPORTED;
      }
      int from = 0;
      for (int i = 0; i < length; i++) {
        String entity;
        switch (text.charAt(i)) {
          case '&' -> entity = "&amp;";
          case '<' -> entity = "&lt;";
          case '>' -> entity = "&gt;";
          case '"' -> entity = "&quot;";
          case '\n' -> {
            if (i + 1 == length || trimmable(text.charAt(i + 1))) {
              throw UNSUPPORTED;
            }
            continue;
          }
          default -> {
            continue;
          }
        }
        out.append(text, from, i).append(entity);
        from = i + 1;
      }
      out.append(text, from, length);
    }

    private boolean trimmable(char c) {
      return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    void inline(String tag, Node n) {
      out.append('<').append(tag).append('>');
      children(n);
      out.append("</").append(tag).append('>');
    }

    /** flexmark's {@code tagLine}: the element starts and ends a line. */
    void lineTag(String tag, Node n) {
      line();
      out.append('<').append(tag).append('>');
      children(n);
      out.append("</").append(tag).append('>');
      line();
    }

    /** flexmark's {@code tagIndent} with no indentation: open and close tags on own lines. */
    void block(String tag, String start, Node n) {
      line();
      out.append('<').append(tag);
      if (start != null) {
        out.append(" start=\"").append(start).append('"');
      }
      out.append('>');
      line();
      children(n);
      line();
      out.append("</").append(tag).append('>');
      line();
    }

    void paragraph(Paragraph p) {
      if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) {
        return;
      }
      if (p.getParent() instanceof ParagraphItemContainer container
          && container.isParagraphWrappingDisabled(p, listOptions, options)) {
        children(p);
      } else {
        lineTag("p", p);
      }
    }

    void heading(Heading h) {
      if (ids == null) {
        ids = new HeaderIdGenerator();
        ids.generateIds(document);
      }
      MutableAttributes attributes = new MutableAttributes();
      String id = ids.getId(h);
      if (id != null) {
        attributes.addValue("id", id);
      }
      line();
      openTag("h" + h.getLevel(), h, AttributablePart.NODE, attributes);
      children(h);
      out.append("</h").append(h.getLevel()).append('>');
      line();
    }

    void listItem(ListItem item) {
      if (!item.getMarkerSuffix().isEmpty()) {
        throw UNSUPPORTED; // task-list style suffix: never in minutes
      }
      lineTag("li", item);
    }

    void link(Link link) {
      if (suppressed(link.getUrl())) {
        children(link);
        return;
      }
      MutableAttributes attributes = new MutableAttributes();
      attributes.addValue("href", unescape(link.getUrl()));
      if (link.getTitle().isNotNull()) {
        attributes.addValue("title", unescape(link.getTitle()));
      }
      openTag("a", link, AttributablePart.LINK, attributes);
      children(link);
      out.append("</a>");
    }

    void autoLink(AutoLink link) {
      String text = link.getText().toString();
      linkedText(link, link.getUrl(), text.startsWith("www.") ? "http://" + text : text, text);
    }

    void mailLink(MailLink link) {
      String text = link.getText().unescape();
      linkedText(link, link.getUrl(), "mailto:" + text, text);
    }

    /** An address written as its own text: the text alone when its scheme is suppressed. */
    private void linkedText(Node link, BasedSequence url, String href, String text) {
      if (suppressed(url)) {
        text(text);
        return;
      }
      MutableAttributes attributes = new MutableAttributes();
      attributes.addValue("href", href);
      openTag("a", link, AttributablePart.LINK, attributes);
      text(text);
      out.append("</a>");
    }

    /** As {@link ImagesAsLinks}: a link to the image, its alt text as the link text. */
    void image(Image image) {
      MutableAttributes attributes = new MutableAttributes();
      attributes.addValue("href", unescape(image.getUrl()));
      openTag("a", image, AttributablePart.LINK, attributes);
      children(image);
      out.append("</a>");
    }

    void table(TableBlock table) {
      line();
      MutableAttributes attributes = new MutableAttributes();
      attributes.addValue("class", "table");
      openTag("table", table, AttributablePart.NODE, attributes);
      line();
      children(table);
      line();
      out.append("</table>");
      line();
    }

    void cell(TableCell cell) {
      String tag = cell.isHeader() ? "th" : "td";
      MutableAttributes attributes = new MutableAttributes();
      if (cell.getAlignment() != null) {
        attributes.addValue("align", switch (cell.getAlignment()) {
          case LEFT -> "left";
          case CENTER -> "center";
          case RIGHT -> "right";
          default -> throw UNSUPPORTED;
        });
      }
      if (cell.getSpan() > 1) {
        attributes.addValue("colspan", String.valueOf(cell.getSpan()));
      }
      openTag(tag, cell, AttributablePart.NODE, attributes);
      children(cell);
      out.append("</").append(tag).append('>');
    }

    void fencedCode(FencedCodeBlock code) {
      BasedSequence info = code.getInfo();
      String language = null;
      if (info.isNotNull() && !info.isBlank()) {
        language = "language-" + code.getInfoDelimitedByAny(
            com.vladsch.flexmark.util.sequence.SequenceUtils.SPACE_TAB_SET).unescape();
      }
      codeBlock(language, code.getContentChars().normalizeEOL(), code);
    }

    /** {@code <pre><code>}: inside, flexmark's writer keeps every character as it is. */
    void codeBlock(String languageClass, String content, Node n) {
      line();
      out.append("<pre>");
      MutableAttributes attributes = new MutableAttributes();
      if (languageClass != null) {
        attributes.addValue("class", languageClass);
      }
      openTag("code", n, AttributablePart.NODE, attributes);
      out.append(Escaping.escapeHtml(content, false));
      out.append("</code></pre>");
      line();
    }

    /** Raw HTML blocks are escaped (ESCAPE_HTML): their text in a paragraph. */
    void htmlBlock(HtmlBlock block) {
      if (block.hasChildren()) {
        throw UNSUPPORTED;
      }
      String content = block.getContentChars().normalizeEOL();
      if (!content.isEmpty() && content.charAt(content.length() - 1) == '\n') {
        content = content.substring(0, content.length() - 1);
      }
      line();
      out.append("<p>");
      text(content);
      out.append("</p>");
      line();
    }

    boolean suppressed(BasedSequence url) {
      return suppressedLinks.matcher(url).matches();
    }

    /** The tag with its attributes, each vetted by {@link SafeLinks} as flexmark does. */
    void openTag(String tag, Node n, AttributablePart part, MutableAttributes attributes) {
      if (!attributes.isEmpty()) {
        safeLinks.setAttributes(n, part, attributes);
      }
      out.append('<').append(tag);
      for (Attribute a : attributes.values()) {
        if (!a.isNonRendering()) {
          out.append(' ').append(Escaping.escapeHtml(a.getName(), true)).append("=\"")
              .append(Escaping.escapeHtml(a.getValue(), true)).append('"');
        }
      }
      out.append('>');
    }
  }

  /** flexmark's unescaping (backslash escapes, entities), skipped when there is none. */
  static String unescape(BasedSequence chars) {
    String text = BasedText.of(chars);
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
  }
}
