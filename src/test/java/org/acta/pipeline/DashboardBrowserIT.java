package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.acta.testing.Browser;
import org.acta.testing.ExampleSite;
import org.acta.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The compliance dashboard in headless Chromium, with JavaScript off and on. */
class DashboardBrowserIT {
  static final String DASHBOARD = "plans/2018-2020/dashboard/";
  @TempDir static Path tmp;
  static StaticServer server;
  static WebDriver noScript;
  static WebDriver withScript;

  @BeforeAll
  static void start() throws Exception {
    server = new StaticServer(ExampleSite.dir());
    noScript = Browser.start(tmp, false);
    withScript = Browser.start(tmp, true);
  }

  @AfterAll
  static void stop() {
    for (WebDriver d : new WebDriver[] {noScript, withScript}) {
      if (d != null) {
        d.quit();
      }
    }
    if (server != null) {
      server.close();
    }
  }

  private static List<WebElement> visibleRows(WebDriver d) {
    return d.findElements(By.cssSelector("table.dashboard-table tbody tr")).stream()
        .filter(WebElement::isDisplayed).toList();
  }

  @Test
  void withoutJavaScriptTheTableAndChartsAreComplete() {
    Browser.open(noScript, server.url() + DASHBOARD);
    assertThat(visibleRows(noScript)).hasSize(12);
    assertThat(noScript.findElements(By.cssSelector(".table-filter"))).isEmpty();
    WebElement burnUp = noScript.findElement(By.cssSelector("section[aria-labelledby=sec-burn-up] svg"));
    assertThat(burnUp.isDisplayed()).isTrue();
    assertThat(burnUp.getSize().getHeight()).isGreaterThan(100);
    assertThat(burnUp.getAttribute("role")).isEqualTo("img");
    assertThat(burnUp.findElement(By.tagName("title")).getAttribute("textContent"))
        .isEqualTo("Hitos planificados y cumplidos");
    assertThat(noScript.findElements(By.cssSelector("section[aria-labelledby=sec-by-status] svg rect"))).isNotEmpty();
    assertThat(noScript.findElement(By.cssSelector(".big-number")).getText()).endsWith("%");
  }

  @Test
  void withJavaScriptTheTableFiltersAndSorts() {
    Browser.open(withScript, server.url() + DASHBOARD);
    WebElement form = withScript.findElement(By.cssSelector("form.table-filter"));
    Select status = new Select(form.findElement(By.tagName("select")));
    String firstStatus = status.getOptions().get(1).getAttribute("value");
    status.selectByValue(firstStatus);
    List<WebElement> rows = visibleRows(withScript);
    assertThat(rows).isNotEmpty().allSatisfy(r ->
        assertThat(r.getAttribute("data-status")).isEqualTo(firstStatus));
    status.selectByIndex(0);
    assertThat(visibleRows(withScript)).hasSize(12);

    WebElement progressHeader = withScript.findElements(
        By.cssSelector("table.dashboard-table thead th")).get(2);
    progressHeader.findElement(By.tagName("button")).click();
    assertThat(progressHeader.getAttribute("aria-sort")).isEqualTo("ascending");
    List<Integer> values = visibleRows(withScript).stream()
        .map(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(1)
            .getAttribute("data-sort"))).toList();
    assertThat(values).isSorted();
  }
}
