package org.acta.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver: nothing is downloaded. Start one per
 * test class (starting Chromium costs seconds) and open pages with {@link #open}.
 *
 * <p>Timeouts are generous on purpose: CI runs on a loaded 2-core machine, where a page that
 * takes ten seconds is slow, not wrong.
 */
public final class Browser {
  /** How long a page may take to load, and a script (axe) to run. */
  static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);
  /** How long {@link #open} waits for the page's stylesheets before reloading it. */
  static final Duration STYLE_WAIT = Duration.ofSeconds(30);
  static final int ATTEMPTS = 3;
  /** How long a test waits for something a page's script does (search results, filters). */
  public static final Duration WAIT = Duration.ofSeconds(60);

  /** True when the document has loaded and every stylesheet it links has rules. */
  private static final String STYLED = "return document.readyState === 'complete'"
      + " && [...document.querySelectorAll('link[rel=stylesheet]')]"
      + ".every(l => l.sheet !== null && l.sheet.cssRules.length > 0);";

  private Browser() {}

  public static WebDriver start(Path tmp, boolean javascript) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--no-default-browser-check", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome"));
    if (!javascript) {
      options.setExperimentalOption("prefs",
          Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
        .withTimeout(PAGE_TIMEOUT).build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PAGE_TIMEOUT).scriptTimeout(PAGE_TIMEOUT);
    return driver;
  }

  /**
   * Opens a page and waits until it has loaded with its stylesheets applied, so that what a
   * test measures is the styled page. A stylesheet that has not arrived after {@link
   * #STYLE_WAIT} gets the page reloaded (twice at most); one that never loads is left for the
   * test to find. With JavaScript off this cannot look inside the page and returns after load.
   */
  public static void open(WebDriver driver, String url) {
    driver.get(url);
    for (int attempt = 1; attempt < ATTEMPTS && !awaitStyled(driver); attempt++) {
      driver.navigate().refresh();
    }
  }

  /** Polls until the page is complete and styled; false if it is not after {@link #STYLE_WAIT}. */
  static boolean awaitStyled(WebDriver driver) {
    long deadline = System.nanoTime() + STYLE_WAIT.toNanos();
    while (true) {
      Object styled;
      try {
        styled = ((JavascriptExecutor) driver).executeScript(STYLED);
      } catch (org.openqa.selenium.JavascriptException e) {
        return true; // JavaScript is off: the load that driver.get waited for is all we know
      }
      if (Boolean.TRUE.equals(styled)) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
