package org.acta.quality;

import static org.acta.quality.QualitySupport.js;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.acta.testing.Browser;
import org.acta.testing.StaticServer;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What a citizen sees first, in headless Chromium on a small phone (360 x 800), a common
 * phone (390 x 900) and a desktop (1280 x 800): the home page's first screen holds the current
 * plan's status; no page of any kind scrolls sideways; every chart's text is on screen and at
 * least 11 px; the menu is a disclosure on a phone and open on a desktop; tables of a plan with
 * very long texts wrap without one-word columns.
 */
class CitizensFirstIT {
  static final long CLASS_START = System.nanoTime();
  /** One page of every kind the example site has (plan and commitment snapshots need git). */
  static final List<String> PAGE_KINDS = List.of(
      "",
      "minutes/",
      "minutes/2018/",
      "minutes/2018/2018-05-08-desafios-cuarto-plan/",
      "minutes/2020/2020-04-21-sesion-remota/",
      "agreements/",
      "meetings/",
      "plans/",
      "plans/2018-2020/",
      "plans/2018-2020/dashboard/",
      "plans/2018-2020/evidence/",
      "plans/2018-2020/consultation/",
      "plans/2018-2020/consultation/accepted/",
      "plans/2018-2020/consultation/commitments/gobierno-abierto-municipal/",
      "plans/2018-2020/commitments/transparencia-municipal/",
      "sdgs/",
      "sdgs/16/",
      "values/",
      "values/access-to-information/",
      "themes/",
      "themes/agua/",
      "newsletters/",
      "newsletters/2020-02-boletin-3/",
      "newsletters/2020-02-boletin-3/email.html",
      "data/",
      "institutions/",
      "institutions/minmujeryeg/",
      "search/",
      "no/such/page/",
      "en/",
      "en/plans/2018-2020/dashboard/");
  /** Width and height of each screen. */
  static final List<int[]> SCREENS = List.of(new int[] {360, 800}, new int[] {390, 900},
      new int[] {1280, 800});
  /** A long institution name, shaped like real ones (agency, sub-agency, division). */
  static final String LONG_INSTITUTION = "Subsecretaría de Desarrollo Regional y Administrativo"
      + " del Ministerio del Interior y Seguridad Pública, División de Municipalidades,"
      + " Departamento de Fortalecimiento y Gestión Municipal";

  @TempDir static Path tmp;
  static QualitySupport.HostedSite hosted;
  static StaticServer longTexts;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    hosted = QualitySupport.hostExampleSite(tmp);
    longTexts = new StaticServer(buildLongTextSite(tmp.resolve("long")));
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
    if (longTexts != null) {
      longTexts.close();
    }
    System.out.println("[CitizensFirstIT] total " + QualitySupport.seconds(CLASS_START));
  }

  /**
   * The example content with a commitment title at the longest the schema takes today and
   * long names of institutions and evidence, as real plans have them.
   */
  static Path buildLongTextSite(Path dir) throws Exception {
    Path content = dir.resolve("content");
    TestSites.copyTree(TestSites.EXAMPLE_CONTENT, content);
    Path commitment = content.resolve("plans/2018-2020/commitments/brechas-genero-datos.yaml");
    String sentence = "Fortalecer la producción, publicación y uso de datos abiertos"
        + " desagregados por sexo en los servicios públicos, ";
    String title = (sentence.repeat(6)).substring(0, 495).strip();
    Files.writeString(commitment, Files.readString(commitment).replace(
        "title: Datos abiertos para cerrar brechas de género", "title: " + title));
    Path institutions = content.resolve("institutions.yaml");
    Files.writeString(institutions, Files.readString(institutions).replace(
        "name: Ministerio de la Mujer y la Equidad de Género", "name: " + LONG_INSTITUTION));
    Path site = dir.resolve("site");
    TestSites.buildOk(content, site);
    return site;
  }

  private static void screen(int width, int height) {
    QualitySupport.cdp(driver, "Emulation.setDeviceMetricsOverride", Map.of("width", width,
        "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
  }

  private static void clearScreen() {
    QualitySupport.cdp(driver, "Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private static double number(String script, Object... args) {
    return ((Number) js(driver, script, args)).doubleValue();
  }

  static Stream<Arguments> screens() {
    return SCREENS.stream().map(s -> Arguments.of(s[0], s[1]));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("screens")
  void homeFirstScreenHoldsThePlansStatus(int width, int height) {
    screen(width, height);
    try {
      Browser.open(driver, hosted.url(""));
      WebElement status = driver.findElement(By.id("plan-status"));
      double top = number("return arguments[0].getBoundingClientRect().top;", status);
      double bottom = number("return arguments[0].getBoundingClientRect().bottom;", status);
      assertThat(top).as("top of the plan's status").isGreaterThanOrEqualTo(0);
      assertThat(bottom).as("bottom of the plan's status at %d x %d", width, height)
          .isLessThanOrEqualTo(height);
      // What the summary says: commitments by status (the example as of 2020-01-15: some
      // delayed, some in progress; CitizenPagesTest matches them to the dashboard), the
      // average and its basis, the way on.
      assertThat(status.findElements(By.cssSelector(".status-counts li")))
          .extracting(WebElement::getText)
          .anySatisfy(c -> assertThat(c).matches("\\d+ Con retraso"))
          .allSatisfy(c -> assertThat(c).matches("\\d+ \\D+"));
      assertThat(status.getText()).containsPattern("\\d+ %")
          .contains("Promedio de los 12 compromisos que informan avance");
      assertThat(status.findElement(By.cssSelector("a.cta")).getAttribute("href"))
          .endsWith("plans/2018-2020/dashboard/");
      // The delayed commitments are named right after it.
      assertThat(driver.findElements(By.cssSelector(".delayed-list li a"))).isNotEmpty();
      assertThat(number("return document.getElementById('sec-delayed')"
          + ".getBoundingClientRect().top;")).as("the delayed list starts on the first screen")
          .isLessThan(height);
    } finally {
      clearScreen();
    }
  }

  static Stream<Arguments> pagesOnScreens() {
    return PAGE_KINDS.stream().flatMap(p -> SCREENS.stream().map(s -> Arguments.of(p, s[0])));
  }

  @ParameterizedTest(name = "/{0} at {1} px")
  @MethodSource("pagesOnScreens")
  void noPageScrollsSideways(String path, int width) {
    screen(width, 800);
    try {
      Browser.open(driver, hosted.url(path));
      assertNoSidewaysScroll(path, width);
    } finally {
      clearScreen();
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertNoSidewaysScroll(String path, int width) {
    // On a phone a page wider than the screen also widens the layout viewport (innerWidth).
    double scrollWidth = number("return document.scrollingElement.scrollWidth;");
    double innerWidth = number("return window.innerWidth;");
    List<String> culprits = scrollWidth > width || innerWidth > width
        ? (List<String>) js(driver, ResponsiveIT.CULPRITS) : List.of();
    assertThat(Math.max(scrollWidth, innerWidth)).as("scroll width of /%s at %d px; sticking"
        + " out: %s", path, width, culprits).isLessThanOrEqualTo(width);
  }

  /** Every text of every chart, where it is drawn and how large it is on screen. */
  static final String CHART_TEXTS = """
      const out = [];
      for (const svg of document.querySelectorAll('svg.chart')) {
        const box = svg.getBoundingClientRect();
        const scale = box.width / svg.viewBox.baseVal.width;
        for (const t of svg.querySelectorAll('text')) {
          const r = t.getBoundingClientRect();
          out.push({chart: svg.id || svg.getAttribute('aria-labelledby'), text: t.textContent,
            left: r.left, right: r.right, top: r.top, bottom: r.bottom,
            boxLeft: box.left, boxRight: box.right, boxTop: box.top, boxBottom: box.bottom,
            px: parseFloat(getComputedStyle(t).fontSize) * scale});
        }
      }
      return out;
      """;

  static Stream<Arguments> chartPages() {
    return Stream.of("plans/2018-2020/dashboard/",
        "plans/2018-2020/commitments/transparencia-municipal/",
        "plans/2018-2020/commitments/brechas-genero-datos/", "en/plans/2018-2020/dashboard/")
        .flatMap(p -> SCREENS.stream().map(s -> Arguments.of(p, s[0])));
  }

  @ParameterizedTest(name = "/{0} at {1} px")
  @MethodSource("chartPages")
  @SuppressWarnings("unchecked")
  void everyChartsNumbersAreVisible(String path, int width) {
    screen(width, 800);
    try {
      Browser.open(driver, hosted.url(path));
      List<Map<String, Object>> texts = (List<Map<String, Object>>) js(driver, CHART_TEXTS);
      assertThat(texts).as("chart texts on /" + path).isNotEmpty();
      for (Map<String, Object> t : texts) {
        String what = "'" + t.get("text") + "' of " + t.get("chart") + " on /" + path + " at "
            + width + " px";
        assertThat(d(t, "left")).as("left of " + what).isGreaterThanOrEqualTo(0)
            .isGreaterThanOrEqualTo(d(t, "boxLeft") - 0.5);
        assertThat(d(t, "right")).as("right of " + what).isLessThanOrEqualTo(width)
            .isLessThanOrEqualTo(d(t, "boxRight") + 0.5);
        assertThat(d(t, "top")).as("top of " + what).isGreaterThanOrEqualTo(d(t, "boxTop") - 0.5);
        assertThat(d(t, "bottom")).as("bottom of " + what)
            .isLessThanOrEqualTo(d(t, "boxBottom") + 0.5);
        assertThat(d(t, "px")).as("text size on screen of " + what).isGreaterThanOrEqualTo(11);
      }
      // The bar charts' numbers are the counts the page's data table gives.
      if (path.endsWith("dashboard/") && !path.startsWith("en/")) {
        List<String> counts = driver.findElements(By.cssSelector(
            "section[aria-labelledby=sec-by-status] table tbody td")).stream()
            .map(e -> e.getAttribute("textContent").strip()).toList();
        assertThat(texts.stream().filter(t -> String.valueOf(t.get("chart"))
            .startsWith("chart-commitment-status")).map(t -> String.valueOf(t.get("text"))))
            .containsExactlyElementsOf(counts);
      }
    } finally {
      clearScreen();
    }
  }

  /**
   * Whether an element is drawn: WebDriver's isDisplayed() takes the content of a closed
   * details element as hidden even where the stylesheet shows it (the wide-screen menu).
   */
  private static boolean visible(WebElement e) {
    return Boolean.TRUE.equals(js(driver, "const r = arguments[0].getBoundingClientRect();"
        + " return r.width > 0 && r.height > 0 && arguments[0].checkVisibility("
        + "{contentVisibilityAuto: true, visibilityProperty: true});", e));
  }

  private static double d(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  @Test
  void onAPhoneTheMenuIsADisclosureThatNeedsNoScript() {
    screen(390, 900);
    try {
      Browser.open(driver, hosted.url("minutes/"));
      WebElement nav = driver.findElement(By.cssSelector("header nav.site-nav"));
      assertThat(nav.getAttribute("aria-label")).isEqualTo("Secciones del sitio");
      WebElement summary = nav.findElement(By.cssSelector("details.menu > summary"));
      WebElement plans = nav.findElement(By.cssSelector("a[href$='plans/']"));
      assertThat(visible(summary)).isTrue();
      assertThat(visible(plans)).as("menu closed at first").isFalse();
      double headerHeight = number("return document.querySelector('header.site-header')"
          + ".getBoundingClientRect().height;");
      assertThat(headerHeight).as("the header with the menu closed").isLessThan(120);
      summary.click();
      assertThat(visible(plans)).as("menu open after a tap").isTrue();
      assertSkipLinkAndLandmarks();
    } finally {
      clearScreen();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {800, 1280})
  void onAWideScreenTheMenuIsOpenWithoutItsButton(int width) {
    screen(width, 800);
    try {
      Browser.open(driver, hosted.url("minutes/"));
      WebElement nav = driver.findElement(By.cssSelector("header nav.site-nav"));
      assertThat(visible(nav.findElement(By.cssSelector("details.menu > summary")))).isFalse();
      assertThat(nav.findElements(By.cssSelector("a"))).hasSize(9).allSatisfy(a ->
          assertThat(visible(a)).as(a.getAttribute("href")).isTrue());
      assertThat(nav.findElement(By.cssSelector("a[aria-current=page]"))
          .getAttribute("textContent")).isEqualTo("Actas");
      // The keyboard reaches the open menu's links: skip link, site name, then the first.
      new Actions(driver).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
      assertThat(js(driver, "return document.activeElement.textContent;")).isEqualTo("Actas");
      assertSkipLinkAndLandmarks();
    } finally {
      clearScreen();
    }
  }

  private static void assertSkipLinkAndLandmarks() {
    WebElement skip = driver.findElement(By.cssSelector("body > a.skip-link:first-child"));
    assertThat(skip.getAttribute("href")).endsWith("#main");
    assertThat(driver.findElements(By.cssSelector("header.site-header"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("main#main"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("footer.site-footer"))).hasSize(1);
  }

  /**
   * A row of a table stacked into a card on a phone reads "Estado: Con retraso": each cell
   * shows its column's name before its value, on the same line; the column headers stay for
   * screen readers (hidden from sight only), which do not hear the name twice.
   */
  @Test
  @SuppressWarnings("unchecked")
  void onAPhoneAStackedTableRowNamesEachValue() {
    screen(390, 900);
    try {
      Browser.open(driver, hosted.url("plans/2018-2020/dashboard/"));
      WebElement cell = driver.findElement(By.cssSelector(
          "table.dashboard-table tbody tr td[data-label=Estado]"));
      String value = cell.getText().strip();
      assertThat(value).isNotEmpty();
      assertThat(js(driver, "return getComputedStyle(arguments[0], '::before').content;", cell))
          .asString().contains("Estado").contains(": ");
      // The value starts to the right of the label, on the label's line.
      Map<String, Object> box = (Map<String, Object>) js(driver, """
          const td = arguments[0], r = td.getBoundingClientRect();
          const range = document.createRange(); range.selectNodeContents(td.lastElementChild
              || td);
          const v = range.getBoundingClientRect();
          return {left: r.left, top: r.top, valueLeft: v.left, valueTop: v.top,
            lineHeight: parseFloat(getComputedStyle(td).lineHeight) || 24};""", cell);
      assertThat(d(box, "valueLeft") - d(box, "left")).as("room taken by the label 'Estado: '")
          .isGreaterThan(30);
      assertThat(d(box, "valueTop") - d(box, "top")).as("the value on the label's line")
          .isLessThan(d(box, "lineHeight"));
      WebElement header = driver.findElement(By.cssSelector("table.dashboard-table thead th"));
      assertThat(header.getAriaRole()).isEqualTo("columnheader");
      assertThat(number("return arguments[0].closest('thead').getBoundingClientRect().height;",
          header)).as("column headers hidden from sight").isLessThanOrEqualTo(1);
      assertThat(cell.getAccessibleName()).as("what a screen reader hears of the cell")
          .contains(value).doesNotContain("Estado");
    } finally {
      clearScreen();
    }
  }

  static Stream<Arguments> longTextPages() {
    return Stream.of("plans/2018-2020/dashboard/", "plans/2018-2020/evidence/",
        "plans/2018-2020/", "institutions/minmujeryeg/", "")
        .flatMap(p -> Stream.of(360, 1280).map(w -> Arguments.of(p, w)));
  }

  /** The narrowest a table column may be: a column of one word per line is narrower. */
  static final String NARROWEST_CELL = """
      let min = Infinity, what = '';
      for (const cell of document.querySelectorAll('main table:not(.compact) tbody td,'
          + ' main table:not(.compact) tbody th')) {
        const w = cell.getBoundingClientRect().width;
        if (w < min) { min = w; what = cell.textContent.trim().slice(0, 60); }
      }
      return min === Infinity ? null : {width: min, text: what};
      """;

  @ParameterizedTest(name = "/{0} at {1} px")
  @MethodSource("longTextPages")
  @SuppressWarnings("unchecked")
  void longTextsWrapWithoutOneWordColumns(String path, int width) {
    screen(width, 800);
    try {
      Browser.open(driver, longTexts.url() + path);
      assertThat(driver.getPageSource()).containsAnyOf(LONG_INSTITUTION.substring(0, 80),
          "Fortalecer la producción, publicación y uso de datos abiertos desagregados");
      assertNoSidewaysScroll(path + " (long texts)", width);
      Map<String, Object> narrowest = (Map<String, Object>) js(driver, NARROWEST_CELL);
      if (narrowest != null) {
        // 6.5rem: a column holds a few words a line at the least (a phone shows a row's cells
        // one under the other, each as wide as the screen).
        assertThat(d(narrowest, "width")).as("narrowest table cell on /%s at %d px: '%s'",
            path, width, narrowest.get("text")).isGreaterThanOrEqualTo(100);
      }
    } finally {
      clearScreen();
    }
  }
}
