package org.acta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `acta serve` answering HTTP on loopback and picking up an edit, then an error. */
class ServeCommandTest {
  static final String MINUTE = "minutes/2019/2019-03-05-sesion-de-prueba.md";
  @TempDir Path tmp;
  final HttpClient http = HttpClient.newHttpClient();

  private String get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private String waitFor(String url, String expected) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    String body = "";
    while (System.nanoTime() < deadline) {
      body = get(url);
      if (body.contains(expected)) {
        return body;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("never saw '" + expected + "' at " + url + "; last:\n" + body);
  }

  @Test
  void servesRebuildsOnEditAndKeepsTheLastGoodSiteOnError() throws Exception {
    Path content = ContentFixture.copyOf("base", tmp).root();
    ServeCommand serve = new ServeCommand();
    serve.stop = new CountDownLatch(1);
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(serve);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    Thread thread = new Thread(() -> cli.execute("--content", content.toString(), "--templates",
        TestSites.THEME.toString(), "--port", "0", "--out", tmp.resolve("preview").toString()));
    thread.start();
    try {
      Pattern serving = Pattern.compile("Serving on (http://127\\.0\\.0\\.1:[0-9]+/)");
      String base = null;
      for (int i = 0; i < 400 && base == null; i++) {
        Matcher m = serving.matcher(out.toString());
        base = m.find() ? m.group(1) : null;
        Thread.sleep(50);
      }
      assertThat(base).as(out.toString()).isNotNull();
      String page = base + "minutes/2019/2019-03-05-sesion-de-prueba/";
      assertThat(get(page)).contains("<h1>Sesión con").contains("/__acta/reload.js");
      assertThat(Files.readString(tmp.resolve("preview/index.html")))
          .doesNotContain("__acta");

      Path minute = content.resolve(MINUTE);
      String original = Files.readString(minute);
      long edited = System.nanoTime();
      Files.writeString(minute, original.replace("title: \"Sesión con", "title: \"Reunión con"));
      waitFor(page, "<h1>Reunión con");
      long millis = (System.nanoTime() - edited) / 1_000_000;
      assertThat(millis).as("edit to served page").isLessThan(20_000);

      Files.writeString(minute, original.replace("kind: extraordinary", "kind: weekly"));
      String status = waitFor(base + "__acta/status", "must be one of ordinary");
      assertThat(status).contains("2019-03-05-sesion-de-prueba.md");
      assertThat(get(page)).contains("<h1>Reunión con");
    } finally {
      serve.stop.countDown();
      thread.join(120_000); // serve returns once its last build is done
      TestSites.awaitNoBuildBeside(tmp.resolve("preview"));
    }
  }
}
