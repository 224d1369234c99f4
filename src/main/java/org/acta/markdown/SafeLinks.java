package org.acta.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Checks every URL flexmark writes. A URL is kept when, read as a browser reads it (character
 * references decoded, tabs, newlines and leading control characters ignored), it is relative,
 * a fragment, or uses http, https or mailto; otherwise the attribute is dropped and the link
 * text stays. External links get {@code rel="noopener"}. Table-cell alignment becomes a class,
 * since the site's Content-Security-Policy forbids inline styles and {@code align} is obsolete.
 */
final class SafeLinks implements AttributeProvider {
  private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]+");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");

  @Override
  public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
    for (String name : new String[] {"href", "src"}) {
      String value = attributes.getValue(name);
      if (attributes.contains(name) && !isSafe(value)) {
        attributes.remove(name);
      }
    }
    String href = attributes.getValue("href").toLowerCase(Locale.ROOT);
    if (href.startsWith("http://") || href.startsWith("https://")) {
      attributes.replaceValue("rel", "noopener");
    }
    if (attributes.contains("align")) {
      String align = attributes.getValue("align").toLowerCase(Locale.ROOT);
      attributes.remove("align");
      if (align.equals("left") || align.equals("center") || align.equals("right")) {
        attributes.addValue("class", "align-" + align);
      }
    }
  }

  static boolean isSafe(String url) {
    if (url.indexOf('\ufffd') >= 0) {
      return false; // held a control character (see MarkdownRenderer): not a real address
    }
    String decoded = IGNORED_BY_BROWSERS.matcher(Parser.unescapeEntities(url, true)).replaceAll("");
    var scheme = SCHEME.matcher(decoded);
    if (!scheme.find()) {
      return true; // relative path or fragment
    }
    String name = scheme.group(1).toLowerCase(Locale.ROOT);
    return name.equals("http") || name.equals("https") || name.equals("mailto");
  }
}
