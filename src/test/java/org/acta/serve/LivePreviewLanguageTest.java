package org.acta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.acta.diagnostics.Lang;
import org.acta.pipeline.BuildOptions;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live preview speaks the editor's language, in the terminal and in the page's error box. */
class LivePreviewLanguageTest {
  @TempDir Path tmp;

  @Test
  void livePreviewSpeaksTheEditorsLanguageInTheTerminalAndTheErrorBox() throws Exception {
    Path content = ContentFixture.copyOf("base", tmp).root();
    Path site = tmp.resolve("preview");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PreviewServer server = new PreviewServer(site, "127.0.0.1", 0);
        LivePreview preview = new LivePreview(new BuildOptions(content, TestSites.THEME, site,
            null, TestDates.TODAY), server, new PrintWriter(out, true),
            new PrintWriter(err, true), false, Lang.ES)) {
      preview.start();
      assertThat(out.toString()).containsPattern("Sitio construido: [0-9]+ páginas en [0-9]+ ms");
      Path site1 = content.resolve("site.yaml");
      Files.writeString(site1, Files.readString(site1).replace("title:", "titulo:"));
      preview.changed(Set.of(site1));
      preview.awaitIdle();
      assertThat(err.toString()).contains("La construcción falló");
      String status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + server.port() + PreviewServer.STATUS)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertThat(status).contains("acta: el contenido tiene errores; se muestra la última "
          + "construcción correcta.").contains("error:");
    }
    TestSites.awaitNoBuildBeside(site);
  }
}
