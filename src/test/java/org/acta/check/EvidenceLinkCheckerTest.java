package org.acta.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.cli.Main;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `acta check --external` against a real HTTP server on the loopback address. */
class EvidenceLinkCheckerTest {
  @TempDir Path tmp;
  HttpServer server;
  String base;

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ok", x -> {
      x.sendResponseHeaders(200, -1);
      x.close();
    });
    server.createContext("/no-head", x -> {
      x.sendResponseHeaders("HEAD".equals(x.getRequestMethod()) ? 405 : 200, -1);
      x.close();
    });
    server.createContext("/gone", x -> {
      x.sendResponseHeaders(404, -1);
      x.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Path contentWith(String url) throws Exception {
    Path content = ContentFixture.copyOf("base", tmp).root();
    Path c = content.resolve("plans/2019-2021/commitments/datos-abiertos.yaml");
    Files.writeString(c, Files.readString(c).replace("https://example.test/noticia", url));
    return content;
  }

  private int check(Path content, StringWriter err) {
    Path site = tmp.resolve("site");
    assertThat(TestSites.build(content, site).ok()).isTrue();
    var cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute("check", "--lang", "en", "--out", site.toString(), "--external", "--content",
        content.toString(), "--timeout", "5");
  }

  @Test
  void liveLinksPass() throws Exception {
    StringWriter err = new StringWriter();
    assertThat(check(contentWith(base + "/ok"), err)).as(err.toString()).isZero();
    assertThat(new EvidenceLinkChecker(java.time.Duration.ofSeconds(5)).probe(base + "/no-head"))
        .isNull();
  }

  @Test
  void deadLinkIsReportedWithFileAndLine() throws Exception {
    StringWriter err = new StringWriter();
    assertThat(check(contentWith(base + "/gone"), err)).isEqualTo(1);
    assertThat(err.toString()).contains("datos-abiertos.yaml:").contains("answers HTTP 404");
  }

  @Test
  void unreachableHostIsReported() {
    String closed = "http://127.0.0.1:9/x";
    assertThat(new EvidenceLinkChecker(java.time.Duration.ofSeconds(2)).probe(closed).toString())
        .startsWith("cannot be reached");
  }
}
