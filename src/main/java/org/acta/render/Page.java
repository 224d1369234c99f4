package org.acta.render;

import java.util.Map;
import org.acta.diagnostics.Position;

/**
 * One HTML page to render: its site path (e.g. {@code minutes/2018/2018-05-08-x/}), the
 * template, the template's data, the content it came from (for error messages), and whether
 * its links must be absolute (an e-mail edition is read outside the site).
 */
public record Page(String path, String template, Map<String, Object> data, Position source,
    boolean absoluteLinks) {

  public Page(String path, String template, Map<String, Object> data, Position source) {
    this(path, template, data, source, false);
  }

  /** The file the page is written to, relative to the output folder. */
  public String outputFile() {
    if (path.isEmpty() || path.endsWith("/")) {
      return path + "index.html";
    }
    return path;
  }

  /** Relative prefix from this page back to the site root, so the site works under any path. */
  public String root() {
    long depth = path.chars().filter(c -> c == '/').count();
    return depth == 0 ? "./" : "../".repeat((int) depth);
  }
}
