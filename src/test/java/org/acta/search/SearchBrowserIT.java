package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.acta.testing.Browser;
import org.acta.testing.ContentFixture;
import org.acta.testing.StaticServer;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site's search in headless Chromium, served as a static host serves it: the whole
 * record is found (the end of a long minute, an agreement, an official, an OGP id; a progress
 * report and a consultation input on a later page, in a fixture site), the last
 * word matches as typed, only the index files a query needs are downloaded, and the form fits a
 * 360 px screen.
 */
class SearchBrowserIT {
  @TempDir static Path tmp;
  @RegisterExtension static final Browser.OnSite browser = Browser.onExampleSite();

  private static WebDriver driver() {
    return browser.driver();
  }

  private static List<WebElement> results() {
    return Browser.waitForAny(driver(), "#search-results li");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the last lines of the founding minute, past the old 1,000-character cut
      "boletines difusion funcionarios | Acta | Desafíos y expectativas",
      // one of its agreements
      "Sensibilizacion del trabajo | Acta | Desafíos y expectativas",
      // an official responsible for a commitment
      "Francisca Rojas Medina | Compromiso | brecha",
      // an OGP id
      "CL0041 | Compromiso | fondos concursables",
  })
  void findsTheWholeRecord(String query, String type, String title) {
    browser.open("search/?q=" + query.replace(' ', '+'));
    assertThat(results()).anySatisfy(li -> {
      assertThat(li.findElement(By.tagName("a")).getText()).containsIgnoringCase(title);
      assertThat(li.findElement(By.className("meta")).getText()).contains(type);
    });
  }

  @Test
  void theLastWordMatchesAsItIsTypedAndOnlyTheNeededShardsAreLoaded() {
    browser.open("search/");
    new WebDriverWait(driver(), Browser.WAIT).until(d ->
        d.findElement(By.cssSelector("#search-form button[type=submit]")).isEnabled());
    driver().findElement(By.name("q")).sendKeys("Francisca Roj");
    assertThat(results()).anySatisfy(li ->
        assertThat(li.getText()).containsIgnoringCase("brecha"));
    assertThat(driver().getCurrentUrl()).contains("q=Francisca+Roj");
    @SuppressWarnings("unchecked")
    List<Object> loaded = (List<Object>) ((JavascriptExecutor) driver()).executeScript("""
        return performance.getEntriesByType('resource')
          .filter(e => e.name.indexOf('/search-index/') >= 0)
          .map(e => [e.name.replace(/.*\\/search-index\\//, ''), e.encodedBodySize]);""");
    List<String> shards = loaded.stream().map(e -> (String) ((List<?>) e).get(0))
        .filter(n -> n.startsWith("t/")).distinct().toList();
    // "francisca" and the prefix "roj" (at most three shards), never the whole index.
    assertThat(shards).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    long bytes = loaded.stream().mapToLong(e -> ((Number) ((List<?>) e).get(1)).longValue())
        .sum();
    assertThat(bytes).as("bytes of the index downloaded").isLessThan(400_000);
  }

  @Test
  void theFormAndResultsFitA360PixelScreen() {
    driver().manage().window().setSize(new Dimension(360, 800));
    try {
      browser.open("search/?q=plan");
      results();
      Object overflow = ((JavascriptExecutor) driver()).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as("sideways scroll in px").isLessThanOrEqualTo(0);
      WebElement plan = driver().findElement(By.name("plan"));
      assertThat(plan.getRect().getX() + plan.getRect().getWidth()).isLessThanOrEqualTo(360);
    } finally {
      driver().manage().window().setSize(new Dimension(1280, 900));
    }
  }

  /**
   * A word only a commitment's progress report has leads to the commitment, and a consultation
   * input to the page of the consultation that holds it (the base fixture, with a report and
   * 120 inputs added here).
   */
  @Test
  void findsProgressReportsAndInputsOnTheirPages() throws Exception {
    ContentFixture content = ContentFixture.copyOf("base", tmp.resolve("reports"))
        .replace("plans/2019-2021/commitments/datos-abiertos.yaml", "themes: [datos]\n", """
            themes: [datos]
            updates:
              - date: 2019-11-05
                text: La Mesa revisó el avance con la Golondrina del ministerio.
            """);
    for (int i = 1; i <= 120; i++) {
      content.write(String.format("plans/2019-2021/consultation/i%03d.yaml", i),
          "date: 2019-01-15\nchannel: web\ntext: Aporte generado " + i + (i == 117
              ? " sobre el Ornitorrinco" : "") + ".\nresponse:\n  outcome: not-accepted\n"
              + "  reason: Fuera del alcance.\n");
    }
    Path site = tmp.resolve("reports/site");
    TestSites.buildOk(content.root(), site);
    try (StaticServer reports = new StaticServer(site)) {
      Browser.open(driver(), reports.url() + "search/?q=golondrina");
      assertThat(results()).singleElement().satisfies(li -> {
        assertThat(driver().findElement(By.id("search-count")).getText())
            .isEqualTo("1 resultado");
        assertThat(li.findElement(By.tagName("a")).getText()).isEqualTo(
            "Datos abiertos de prueba");
        assertThat(li.findElement(By.className("meta")).getText()).contains("Compromiso");
      });
      Browser.open(driver(), reports.url() + "search/?q=ornitorrinco");
      WebElement input = results().get(0).findElement(By.tagName("a"));
      assertThat(input.getText()).contains("i117");
      input.click();
      new WebDriverWait(driver(), Browser.WAIT).until(d ->
          d.getCurrentUrl().endsWith("plans/2019-2021/consultation/2/#input-i117"));
      assertThat(driver().findElement(By.id("input-i117")).getText()).contains("Ornitorrinco");
    }
  }

  /**
   * A common word's documents come in blocks of falling weight (4 a block here, 4,096 in a
   * build): the first page of results loads only the blocks it needs, in the order one list
   * would give, "More results" loads the next, and the count is exact for one word.
   */
  @Test
  void aCommonWordLoadsOnlyTheBlocksItsResultsNeed() throws Exception {
    try (StaticServer common = new StaticServer(siteWithCommonTerms())) {
      Browser.open(driver(), common.url() + "search/?q=mesa");
      List<WebElement> first = results();
      // Weight 4 (i % 4 == 3): 3, 7, ... 43; then weight 3 (i % 4 == 2): 2, 6, ... 34.
      List<String> expected = new java.util.ArrayList<>();
      IntStream.iterate(3, i -> i <= 45, i -> i + 4).forEach(i -> expected.add("Sesión " + i));
      IntStream.iterate(2, i -> i <= 45, i -> i + 4).forEach(i -> expected.add("Sesión " + i));
      IntStream.iterate(1, i -> i <= 45, i -> i + 4).forEach(i -> expected.add("Sesión " + i));
      IntStream.iterate(4, i -> i <= 45, i -> i + 4).forEach(i -> expected.add("Sesión " + i));
      assertThat(titles(first)).containsExactlyElementsOf(expected.subList(0, 20));
      assertThat(driver().findElement(By.id("search-count")).getText())
          .isEqualTo("45 resultados");
      // The best block sits in the shard; 4 more blocks make 20 results, of the 11 blocks.
      assertThat(loadedTermFiles()).hasSize(1 + 4);

      WebElement more = driver().findElement(By.id("search-more"));
      more.click();
      new WebDriverWait(driver(), Browser.WAIT).until(d -> results().size() == 40);
      more.click();
      new WebDriverWait(driver(), Browser.WAIT).until(d -> results().size() == 45);
      assertThat(titles(results())).containsExactlyElementsOf(expected);
      new WebDriverWait(driver(), Browser.WAIT).until(d -> !more.isDisplayed());
      assertThat(loadedTermFiles()).hasSize(1 + 11);

      // Several words: every block of the common word, then the exact intersection.
      Browser.open(driver(), common.url() + "search/?q=mesa+zanahoria");
      assertThat(titles(results())).containsExactly("Sesión 7", "Sesión 35", "Sesión 14",
          "Sesión 42", "Sesión 21", "Sesión 28");
      assertThat(driver().findElement(By.id("search-count")).getText())
          .isEqualTo("6 resultados");

      // Two common words: pages of documents holding both, none twice, none missing.
      Browser.open(driver(), common.url() + "search/?q=mesa+acta");
      assertThat(results()).hasSize(20);
      while (driver().findElement(By.id("search-more")).isDisplayed()) {
        int shown = results().size();
        driver().findElement(By.id("search-more")).click();
        // The button hides while the page loads: wait for the results it adds.
        new WebDriverWait(driver(), Browser.WAIT).until(d -> results().size() > shown);
      }
      List<String> both = IntStream.rangeClosed(1, 45).filter(i -> i % 7 != 0)
          .mapToObj(i -> "Sesión " + i).toList();
      assertThat(titles(results())).containsExactlyInAnyOrderElementsOf(both);
      assertThat(driver().findElement(By.id("search-count")).getText())
          .isEqualTo("39 resultados");

      // A word that matches nothing ends the search at once: no block of the common one.
      Browser.open(driver(), common.url() + "search/?q=mesa+ornitorrinco");
      new WebDriverWait(driver(), Browser.WAIT).until(d ->
          d.findElement(By.id("search-count")).getText().equals("0 resultados"));
      assertThat(loadedTermFiles()).hasSize(1);

      // A prefix of two terms, one of them common: the count is a lower bound until all is
      // loaded.
      Browser.open(driver(), common.url() + "search/?q=mes");
      assertThat(results()).hasSize(20);
      assertThat(driver().findElement(By.id("search-count")).getText())
          .isEqualTo("al menos 45 resultados");
    }
  }

  private static List<String> titles(List<WebElement> items) {
    return items.stream().map(li -> li.findElement(By.tagName("a")).getText()).toList();
  }

  /** The shard and block files this page has fetched. */
  private static List<String> loadedTermFiles() {
    @SuppressWarnings("unchecked")
    List<Object> names = (List<Object>) ((JavascriptExecutor) driver()).executeScript("""
        return performance.getEntriesByType('resource').map(e => e.name)
          .filter(n => n.indexOf('/search-index/t/') >= 0);""");
    return names.stream().map(String::valueOf).distinct().toList();
  }

  /** The example site with its search index replaced by 45 documents of a common word. */
  private static Path siteWithCommonTerms() throws Exception {
    Path site = tmp.resolve("common");
    Path example = org.acta.testing.ExampleSite.dir();
    try (Stream<Path> files = Files.walk(example)) {
      for (Path f : files.toList()) {
        Path to = site.resolve(example.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else if (!example.relativize(f).startsWith("search-index")) {
          Files.copy(f, to);
        }
      }
    }
    CommonTermsTest.writeIndex(site, 45, 4);
    return site;
  }
}
