package org.acta.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.acta.cli.Main;
import org.acta.testing.ContentFixture;
import org.acta.testing.GitRepos;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code acta evidence archive} and the fingerprint check of {@code check --external}, against
 * a real HTTP server on the loopback interface (never any other address): redirects, 404, a
 * huge file with and without a declared length, a slow server, a type not kept.
 */
class EvidenceArchiveTest {
  static final String COMMITMENT = "plans/2019-2021/commitments/datos-abiertos.yaml";
  static final byte[] PDF = "%PDF-1.4 informe de avance\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] HTML = "<!doctype html><title>Portal</title><p>Portal en línea</p>"
      .getBytes(StandardCharsets.UTF_8);
  @TempDir Path tmp;
  HttpServer server;
  ExecutorService threads;
  String base;
  final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
  final AtomicInteger pdfFetches = new AtomicInteger();
  Path content;

  @BeforeEach
  void start() throws Exception {
    bodies.put("/informe.pdf", PDF);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/", this::answer);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    content = tmp.resolve("content");
    TestSites.copyTree(ContentFixture.BASE, content);
    StringBuilder items = new StringBuilder();
    for (String path : new String[] {"/informe.pdf", "/antiguo", "/no-existe", "/enorme",
        "/enorme-declarado", "/lento", "/programa.exe"}) {
      items.append("      - title: Evidencia ").append(path.substring(1)).append("\n")
          .append("        url: ").append(base).append(path).append("\n");
    }
    GitRepos.edit(content.resolve(COMMITMENT), "      - title: Noticia\n"
        + "        url: https://example.test/noticia\n", items.toString());
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void answer(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    boolean head = ex.getRequestMethod().equals("HEAD");
    try (ex; OutputStream out = ex.getResponseBody()) {
      switch (path) {
        case "/informe.pdf" -> {
          if (!head) {
            pdfFetches.incrementAndGet();
          }
          send(ex, out, 200, "application/pdf", bodies.get(path), head);
        }
        case "/antiguo" -> {
          ex.getResponseHeaders().add("Location", "/portal.html");
          ex.sendResponseHeaders(302, -1);
        }
        case "/portal.html" -> send(ex, out, 200, "text/html; charset=utf-8", HTML, head);
        case "/enorme" -> {
          ex.getResponseHeaders().add("Content-Type", "application/pdf");
          ex.sendResponseHeaders(200, 0);
          for (int i = 0; i < 100 && !head; i++) {
            out.write(new byte[1000]);
          }
        }
        case "/enorme-declarado" -> send(ex, out, 200, "application/pdf", new byte[50_000], head);
        case "/lento" -> {
          ex.getResponseHeaders().add("Content-Type", "text/plain");
          ex.sendResponseHeaders(200, 0);
          out.write("primera línea\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          sleep(4000);
        }
        case "/programa.exe" -> send(ex, out, 200, "application/octet-stream", PDF, head);
        default -> ex.sendResponseHeaders(404, -1);
      }
    } catch (IOException e) {
      // the client gave up (slow or huge answers): expected
    }
  }

  private static void send(HttpExchange ex, OutputStream out, int status, String type,
      byte[] body, boolean head) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      out.write(body);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  record Run(int code, String out, String err) {}

  private static Run acta(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run archive() {
    return acta("evidence", "archive", "--content", content.toString(), "--max-bytes", "10000",
        "--timeout", "2");
  }

  @Test
  void keepsWhatItCanWithFingerprintsAndSaysWhyNotForTheRest() throws Exception {
    Run run = archive();

    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("Archived 2 of 7 evidence links (0 already archived, "
        + "5 failed)");
    assertThat(run.err())
        .contains(base + "/no-existe was not archived: it answers HTTP 404")
        .contains(base + "/enorme was not archived: it is larger than the limit of 10000 bytes")
        .contains(base + "/enorme-declarado was not archived: it is 50000 bytes, over the limit")
        .contains(base + "/lento was not archived: it did not answer in full within 2 s")
        .contains(base + "/programa.exe was not archived: it is of type "
            + "'application/octet-stream'")
        .contains("datos-abiertos.yaml:");

    String pdfSha = EvidenceArchive.sha256(PDF);
    String htmlSha = EvidenceArchive.sha256(HTML);
    assertThat(content.resolve("evidence/archive/" + pdfSha + ".pdf")).hasBinaryContent(PDF);
    assertThat(content.resolve("evidence/archive/" + htmlSha + ".html")).hasBinaryContent(HTML);
    String ledger = Files.readString(content.resolve("evidence/archive/ledger.yaml"));
    assertThat(ledger)
        .contains("  - url: \"" + base + "/antiguo\"\n    final_url: \"" + base
            + "/portal.html\"\n    retrieved: \"")
        .contains("    sha256: \"" + htmlSha + "\"\n    content_type: \"text/html\"\n"
            + "    size: " + HTML.length + "\n    file: \"evidence/archive/" + htmlSha
            + ".html\"\n")
        .contains("    sha256: \"" + pdfSha + "\"\n    content_type: \"application/pdf\"\n");

    // A second run fetches nothing it already keeps.
    assertThat(archive().out()).contains("Archived 0 of 7 evidence links (2 already archived");
    assertThat(pdfFetches.get()).isEqualTo(1);
  }

  @Test
  void pagesShowTheArchivedCopyWithItsFingerprint() throws Exception {
    archive();
    Path site = tmp.resolve("site");
    TestSites.buildOk(content, site);
    String pdfSha = EvidenceArchive.sha256(PDF);
    String page = Files.readString(site.resolve(
        "plans/2019-2021/commitments/datos-abiertos/index.html"));
    assertThat(page).contains("href=\"" + base + "/informe.pdf\"")
        .contains("<a href=\"../../../../evidence/archive/" + pdfSha + ".pdf\">copia archivada</a>")
        .contains("SHA-256 <code>" + pdfSha.substring(0, 12) + "…</code>");
    assertThat(site.resolve("evidence/archive/" + pdfSha + ".pdf")).hasBinaryContent(PDF);
    assertThat(new LinkChecker(site, "/ga/").check()).isEmpty();
    assertThat(Files.readString(site.resolve("data/acta.json"))).contains(pdfSha)
        .contains("\"final_url\"");
    try (var zip = new java.util.zip.ZipFile(site.resolve(
        "plans/2019-2021/data/plan-2019-2021.zip").toFile())) {
      assertThat(zip.getEntry("plan-2019-2021/evidence/evidence/archive/" + pdfSha + ".pdf"))
          .isNotNull();
    }
  }

  @Test
  void checkExternalReportsALinkWhoseContentNoLongerMatchesItsCopy() throws Exception {
    archive();
    Path site = tmp.resolve("site");
    TestSites.buildOk(content, site);
    bodies.put("/informe.pdf", "%PDF-1.4 otro informe\n".getBytes(StandardCharsets.US_ASCII));

    Run run = acta("check", "--out", site.toString(), "--external", "--content",
        content.toString(), "--timeout", "2");

    assertThat(run.err()).contains(base + "/informe.pdf no longer matches its archived copy")
        .contains(EvidenceArchive.sha256(PDF))
        .doesNotContain(base + "/antiguo no longer matches");
  }

  @Test
  void aBrokenLedgerEntryIsReportedWithItsLine() throws Exception {
    archive();
    Path ledger = content.resolve("evidence/archive/ledger.yaml");
    Files.writeString(ledger, Files.readString(ledger).replaceFirst("sha256: \"[0-9a-f]+\"",
        "sha256: \"xyz\""));
    var result = TestSites.build(content, tmp.resolve("site"));
    assertThat(result.ok()).isFalse();
    assertThat(result.problems().all().toString()).contains("ledger.yaml")
        .contains("'sha256' must be 64 lowercase hexadecimal digits");
  }
}
