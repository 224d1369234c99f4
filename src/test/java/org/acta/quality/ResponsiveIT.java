package org.acta.quality;

import static org.acta.quality.QualitySupport.js;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.acta.testing.Browser;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;

/**
 * Representative pages on a phone (360 px, mobile viewport) and a desktop (1280 px): the
 * document never scrolls sideways. Full-page screenshots go to target/screenshots/.
 */
class ResponsiveIT {
  static final long CLASS_START = System.nanoTime();
  static final Map<String, String> PAGES = Map.of(
      "home", QualitySupport.HOME,
      "minute", QualitySupport.MINUTE,
      "commitment", QualitySupport.COMMITMENT,
      "dashboard", QualitySupport.DASHBOARD,
      "consultation", QualitySupport.CONSULTATION);

  /** Finds the outermost elements that stick out to the right, to say what overflows. */
  static final String CULPRITS = """
      const limit = document.documentElement.clientWidth;
      const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true; }
        return false; };
      const sticksOut = el => el.getBoundingClientRect().right > limit + 0.5;
      const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + (typeof el.className === 'string' && el.className.trim()
           ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
      const path = el => { const parts = []; for (let e = el; e && e !== document.body;
          e = e.parentElement) parts.unshift(name(e)); return parts.join(' > '); };
      const out = [];
      for (const el of document.body.querySelectorAll('*')) {
        if (!sticksOut(el) || scrolls(el)) continue;
        if (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)) continue;
        const r = el.getBoundingClientRect();
        out.push(path(el) + ' (left ' + Math.round(r.left) + ', right ' + Math.round(r.right)
          + ', width ' + Math.round(r.width) + ', viewport ' + limit + ')');
        if (out.length >= 10) break;
      }
      return out;
      """;

  @TempDir static Path tmp;
  static QualitySupport.HostedSite hosted;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    hosted = QualitySupport.hostExampleSite(tmp);
    driver = Browser.start(tmp, true);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (hosted != null) {
      hosted.close();
    }
    System.out.println("[ResponsiveIT] total " + QualitySupport.seconds(CLASS_START));
  }

  static Stream<Arguments> cases() {
    return Stream.of("home", "minute", "commitment", "dashboard", "consultation")
        .flatMap(name -> Stream.of(360, 1280).map(w -> Arguments.of(name, w)));
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @MethodSource("cases")
  void noHorizontalOverflow(String name, int width) throws Exception {
    QualitySupport.cdp(driver, "Emulation.setDeviceMetricsOverride", Map.of("width", width,
        "height", 800, "deviceScaleFactor", 1, "mobile", width < 768));
    try {
      Browser.open(driver, hosted.url(PAGES.get(name)));
      assertThat(((Number) js(driver, "return window.innerWidth;")).intValue())
          .as("viewport width").isEqualTo(width);
      int overflow = ((Number) js(driver, "return document.documentElement.scrollWidth"
          + " - document.documentElement.clientWidth;")).intValue();
      Map<String, Object> shot = QualitySupport.cdp(driver, "Page.captureScreenshot",
          Map.of("format", "png", "captureBeyondViewport", true));
      Path shots = Files.createDirectories(TestSites.PROJECT.resolve("target/screenshots"));
      Files.write(shots.resolve("responsive-" + name + "-" + width + ".png"),
          Base64.getDecoder().decode((String) shot.get("data")));
      @SuppressWarnings("unchecked")
      List<String> culprits = overflow > 0 ? (List<String>) js(driver, CULPRITS) : List.of();
      assertThat(overflow)
          .as("horizontal overflow (scrollWidth - clientWidth) of /%s at %d px; sticking out: %s",
              PAGES.get(name), width, culprits)
          .isLessThanOrEqualTo(0);
    } finally {
      QualitySupport.cdp(driver, "Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }
}
