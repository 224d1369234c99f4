package org.acta.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its chromedriver: nothing is downloaded. Start one per
 * test class (starting Chromium costs seconds) and open pages with {@link #open}.
 *
 * <p>Timeouts are generous on purpose: CI runs on a loaded 2-core machine, where a page that
 * takes ten seconds is slow, not wrong.
 */
public final class Browser {
  /** How long a page may take to load, and a script (axe) to run. */
  public static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);
  /** How long a test waits for something a page's script does (search results, filters). */
  public static final Duration WAIT = Duration.ofSeconds(60);
  /** Loads of a page whose stylesheet failed: one reload, for a request lost under load. */
  static final int ATTEMPTS = 2;

  /**
   * Whether every stylesheet the page links has arrived with rules. Once the document is
   * complete, a linked stylesheet has either loaded or failed (they hold up the load event).
   */
  private static final String STYLED = "return [...document.querySelectorAll("
      + "'link[rel=stylesheet]')].every(l => l.sheet !== null && l.sheet.cssRules.length > 0);";

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
   * Opens a page and waits until it is complete, so that what a test measures is the loaded,
   * styled page; a page whose stylesheet failed is reloaded once, and a stylesheet that still
   * does not load is left for the test to find. With JavaScript off (nothing to ask the page)
   * this returns after the load that WebDriver waits for.
   */
  public static void open(WebDriver driver, String url) {
    driver.get(url);
    for (int attempt = 1; attempt < ATTEMPTS && !styled(driver); attempt++) {
      driver.navigate().refresh();
    }
  }

  /**
   * Waits (up to {@link #WAIT}) until the page's script shows at least one element that
   * {@code css} selects, such as search results, and returns them.
   */
  public static List<WebElement> waitForAny(WebDriver driver, String css) {
    return new WebDriverWait(driver, WAIT).until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector(css));
      return found.isEmpty() ? null : found;
    });
  }

  /** The built example site ({@link ExampleSite#dir()}) served, and Chromium to read it. */
  public static OnSite onExampleSite() {
    return new OnSite(ExampleSite::dir);
  }

  /**
   * A site served by a {@link StaticServer} and a Chromium with JavaScript, for one test class:
   * register it as {@code @RegisterExtension static final Browser.OnSite browser = …}; it starts
   * both before the class's tests and closes both after them.
   */
  public static final class OnSite implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<Path> site;
    private Path profile;
    private StaticServer server;
    private WebDriver driver;

    private OnSite(Supplier<Path> site) {
      this.site = site;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
      server = new StaticServer(site.get());
      profile = Files.createTempDirectory("acta-chromium");
      driver = start(profile, true);
    }

    @Override
    public void afterAll(ExtensionContext context) {
      try {
        if (driver != null) {
          driver.quit();
        }
      } finally {
        if (server != null) {
          server.close();
        }
        if (profile != null) {
          ExampleSite.deleteTree(profile);
        }
      }
    }

    public WebDriver driver() {
      return driver;
    }

    /** The address of the site's root, ending in a slash. */
    public String url() {
      return server.url();
    }

    /** Opens a page of the site, {@code path} relative to its root, with {@link #open}. */
    public void open(String path) {
      Browser.open(driver, server.url() + path);
    }
  }

  private static boolean styled(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    try {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!"complete".equals(js.executeScript("return document.readyState;"))
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      return Boolean.TRUE.equals(js.executeScript(STYLED));
    } catch (JavascriptException e) {
      return true; // JavaScript is off: the load that driver.get waited for is all we know
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
