package org.acta.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.acta.testing.ExampleSite;
import org.acta.testing.StaticServer;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/** Small shared helpers of the quality ITs: pages of a built site, CDP emulation, reports. */
final class QualitySupport {
  static final String HOME = "";
  static final String MINUTE = "minutes/2018/2018-05-08-desafios-cuarto-plan/";
  static final String COMMITMENT = "plans/2018-2020/commitments/transparencia-municipal/";
  static final String DASHBOARD = "plans/2018-2020/dashboard/";
  static final String CONSULTATION = "plans/2018-2020/consultation/";
  static final Path REPORTS = TestSites.PROJECT.resolve("target/quality");

  private QualitySupport() {}

  /**
   * The example site, built as the other ITs build it, and served as a host would: under the
   * path of its base_url (the 404 page links to "/gobierno-abierto/assets/style.css"), with the
   * 404 page answering for missing addresses. {@code base} is the site's address on the server.
   */
  record HostedSite(Path dir, StaticServer server, String base) implements AutoCloseable {
    String url(String path) {
      return base + path;
    }

    /** Where a visitor sees an HTML file: its folder URL, or a missing address for 404.html. */
    String urlOfFile(String file) {
      return file.equals("404.html") ? base + "no/such/page/" : base + urlPath(file);
    }

    @Override
    public void close() {
      server.close();
    }
  }

  static HostedSite hostExampleSite(Path tmp) throws IOException {
    Path built = ExampleSite.dir();
    Element css = Jsoup.parse(Files.readString(built.resolve("404.html")))
        .selectFirst("link[rel=stylesheet]");
    String href = css == null ? "/" : css.attr("href");
    String prefix = href.startsWith("/") ? href.substring(1, href.indexOf("assets/") < 0 ? 1
        : href.indexOf("assets/")) : "";
    Path host = tmp.resolve("host");
    Path dir = host.resolve(prefix.isEmpty() ? "." : prefix).normalize();
    Files.createDirectories(dir.getParent());
    TestSites.copyTree(built, dir);
    Files.copy(dir.resolve("404.html"), host.resolve("404.html"),
        StandardCopyOption.REPLACE_EXISTING);
    StaticServer server = new StaticServer(host);
    return new HostedSite(dir, server, server.url() + prefix);
  }

  /** Every HTML file of a built site, as paths relative to the site, sorted. */
  static List<String> htmlFiles(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".html"))
          .map(p -> site.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** The URL path a host serves an HTML file under ("minutes/index.html" is "minutes/"). */
  static String urlPath(String file) {
    if (file.equals("index.html")) {
      return "";
    }
    return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length())
        : file;
  }

  static Object js(WebDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static Map<String, Object> cdp(WebDriver driver, String command, Map<String, Object> params) {
    return ((ChromiumDriver) driver).executeCdpCommand(command, params);
  }

  static void emulateColorScheme(WebDriver driver, String scheme) {
    cdp(driver, "Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  static void emulateMediaType(WebDriver driver, String media) {
    cdp(driver, "Emulation.setEmulatedMedia", Map.of("media", media));
  }

  static void resetEmulatedMedia(WebDriver driver) {
    cdp(driver, "Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
  }

  /** Relative luminance (WCAG) of a computed CSS colour such as "rgb(20, 23, 26)". */
  static double luminance(String cssColor) {
    String inner = cssColor.substring(cssColor.indexOf('(') + 1, cssColor.indexOf(')'));
    String[] parts = inner.split("[,\\s/]+");
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Double.parseDouble(parts[i].trim()) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static void writeReport(String name, String text) {
    try {
      Files.createDirectories(REPORTS);
      Files.writeString(REPORTS.resolve(name), text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String seconds(long startNanos) {
    return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
