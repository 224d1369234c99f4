package org.acta.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.paths.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds broken internal links and anchors in a built site: every {@code href} and {@code src}
 * that points inside the site must name an existing file (a folder means its index.html), and
 * every {@code #fragment} an existing id. External links are not fetched.
 */
public final class LinkChecker {
  /** One broken link: the page it is on, the link as written, and why it is broken. */
  public record BrokenLink(String page, String link, Message reason) {
    /** The line {@code acta check} prints, in {@code lang}. */
    public String text(Lang lang) {
      return page + ": " + link + " (" + reason.text(lang) + ")";
    }

    @Override
    public String toString() {
      return text(Lang.EN);
    }
  }

  private final Path site;
  private final String basePath;
  private final Map<Path, Set<String>> idsByFile = new HashMap<>();

  /** @param basePath the path the site is served under, e.g. "/" or "/gobierno-abierto/" */
  public LinkChecker(Path site, String basePath) {
    this.site = site.toAbsolutePath().normalize();
    this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
  }

  public List<BrokenLink> check() throws IOException {
    List<BrokenLink> broken = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      String name = site.relativize(page).toString().replace('\\', '/');
      for (Element e : doc.select("[href], [src]")) {
        String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        Message reason = problem(page, link);
        if (reason != null) {
          broken.add(new BrokenLink(name, link, reason));
        }
      }
    }
    return broken;
  }

  private Message problem(Path page, String link) throws IOException {
    if (link.isEmpty()) {
      return Message.of("link-checker.empty");
    }
    URI uri;
    try {
      uri = new URI(link);
    } catch (URISyntaxException e) {
      return Message.of("link-checker.invalid-address");
    }
    if (uri.getScheme() != null || link.startsWith("//")) {
      return null; // external: not checked here
    }
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    Path target;
    if (rawPath.isEmpty()) {
      target = page;
    } else if (rawPath.startsWith("/")) {
      if (!rawPath.startsWith(basePath)) {
        return Message.of("link-checker.outside-base-path", basePath);
      }
      target = site.resolve(decode(rawPath.substring(basePath.length())));
    } else {
      target = page.getParent().resolve(decode(rawPath));
    }
    target = target.normalize();
    if (!target.startsWith(site)) {
      return Message.of("link-checker.outside-site");
    }
    if (Files.isDirectory(target)) {
      if (!rawPath.isEmpty() && !rawPath.endsWith("/")) {
        return Message.of("link-checker.folder-without-slash");
      }
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      return Message.of("link-checker.no-such-file");
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
        && !ids(target).contains(fragment)) {
      return isMeetingsPage(target) ? Message.of("link-checker.no-meeting-anchor", fragment)
          : Message.of("link-checker.no-such-anchor", fragment);
    }
    return null;
  }

  /**
   * Why an anchor of the meetings page can be missing: it lists every scheduled meeting and
   * every minute still without its record, past or upcoming, so only a renamed or deleted
   * file takes one away.
   */
  private boolean isMeetingsPage(Path target) {
    String page = site.relativize(target).toString().replace('\\', '/');
    return page.endsWith(SitePaths.MEETINGS + "index.html");
  }

  private Set<String> ids(Path file) throws IOException {
    Set<String> cached = idsByFile.get(file);
    if (cached == null) {
      cached = new HashSet<>();
      for (Element e : Jsoup.parse(file.toFile(), "UTF-8").select("[id]")) {
        cached.add(e.id());
      }
      idsByFile.put(file, cached);
    }
    return cached;
  }

  private static String decode(String path) {
    return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
