package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.testing.Browser;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Opens the built example site in Debian's headless Chromium (installed by .ci/run), served
 * over HTTP like a static host, and reads it as a visitor would.
 */
class ExampleSiteBrowserIT {
  @RegisterExtension static final Browser.OnSite browser = Browser.onExampleSite();

  private static WebDriver driver() {
    return browser.driver();
  }

  @Test
  void visitorFollowsLinksFromHomeToACommitment() {
    browser.open("");
    assertThat(driver().getTitle()).contains("Gobierno Abierto Chile");
    // The menu is a <details> that wide screens show open by style (CitizensFirstIT checks it is
    // visible and reached by keyboard); WebDriver's element lookup and click treat a closed
    // <details> as hidden, so the link is found by address and clicked as a mouse does.
    WebElement plans = driver().findElement(By.cssSelector("nav.site-nav a[href$='plans/']"));
    assertThat(plans.getAttribute("textContent")).isEqualTo("Planes de acción");
    new Actions(driver()).moveToElement(plans).click().perform();
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Planes de acción");
    driver().findElement(By.partialLinkText("Cuarto Plan")).click();
    assertThat(driver().findElements(By.cssSelector("table.commitments tbody tr"))).hasSize(12);
    driver().findElement(By.linkText("Transparencia municipal activa")).click();
    assertThat(driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Transparencia municipal activa");
    assertThat(driver().findElements(By.cssSelector("li.milestone"))).isNotEmpty();
  }

  @Test
  void searchFindsContentWithAccentsFoldedAndFilters() {
    browser.open("search/?q=participacion");
    var results = Browser.waitForAny(driver(), "#search-results li");
    assertThat(results).isNotEmpty();
    assertThat(driver().findElement(By.id("search-results")).getText())
        .containsIgnoringCase("participación");
    browser.open("search/?q=lobby&type=commitment");
    var filtered = Browser.waitForAny(driver(), "#search-results li");
    assertThat(filtered).allSatisfy(li -> assertThat(li.getText()).contains("Compromiso"));
    filtered.get(0).findElement(By.tagName("a")).click();
    assertThat(driver().findElement(By.tagName("h1")).getText()).containsIgnoringCase("lobby");
  }

  @Test
  void stylesheetIsLoaded() {
    browser.open("");
    String font = driver().findElement(By.tagName("body")).getCssValue("font-family");
    assertThat(font).contains("system-ui");
  }

  @Test
  void missingPageServesThe404PageWithWorkingStyles() {
    browser.open("no/such/page/");
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
  }

  @ParameterizedTest
  @CsvSource({
      "home, ''",
      "minute, minutes/2018/2018-05-08-desafios-cuarto-plan/",
      "commitment, plans/2018-2020/commitments/transparencia-municipal/",
      "plan, plans/2018-2020/",
      "newsletter, newsletters/2019-08-boletin-2/",
      "newsletter-email, newsletters/2019-08-boletin-2/email.html"})
  void noHorizontalOverflowOnPhoneOrDesktop(String name, String path) throws Exception {
    for (int width : new int[] {375, 1280}) {
      driver().manage().window().setSize(new Dimension(width, 900));
      browser.open(path);
      Object overflow = ((JavascriptExecutor) driver()).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as(name + " at " + width + "px").isLessThanOrEqualTo(0);
      Path shots = Files.createDirectories(TestSites.PROJECT.resolve("target/screenshots"));
      Files.write(shots.resolve(name + "-" + width + ".png"),
          ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
    }
    driver().manage().window().setSize(new Dimension(1280, 900));
  }
}
