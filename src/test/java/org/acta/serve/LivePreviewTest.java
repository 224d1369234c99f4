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
import org.acta.pipeline.BuildOptions;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live preview's two steps: an edit to a minute re-renders that minute's page at once (the
 * fast path), then the full rebuild updates the rest; other edits go to the full rebuild.
 */
class LivePreviewTest {
  static final String MINUTE = "minutes/2019/2019-03-05-sesion-de-prueba.md";
  static final String PAGE = "minutes/2019/2019-03-05-sesion-de-prueba/index.html";
  @TempDir Path tmp;
  Path content;
  Path site;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();
  PreviewServer server;
  LivePreview preview;

  @BeforeEach
  void start() throws Exception {
    content = ContentFixture.copyOf("base", tmp).root();
    site = tmp.resolve("preview");
    server = new PreviewServer(site, "127.0.0.1", 0);
    preview = new LivePreview(new BuildOptions(content, TestSites.THEME, site, null,
        TestDates.TODAY), server, new PrintWriter(out, true), new PrintWriter(err, true), false);
    preview.start();
    assertThat(out.toString()).contains("Built ");
  }

  @AfterEach
  void stop() throws Exception {
    preview.close();
    server.close();
    TestSites.awaitNoBuildBeside(site);
  }

  private String status() throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + server.port() + PreviewServer.STATUS)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void aMinuteEditRerendersItsPageFirstThenTheRestOfTheSite() throws Exception {
    Path minute = content.resolve(MINUTE);
    Files.writeString(minute, Files.readString(minute)
        .replace("title: \"Sesión con", "title: \"Reunión con"));
    preview.changed(Set.of(minute));
    preview.awaitIdle();

    assertThat(out.toString()).contains("Updated " + PAGE + " in ");
    assertThat(Files.readString(site.resolve(PAGE))).contains("<h1>Reunión con");
    // The year's list is not made from the minute file alone: the full rebuild updated it.
    assertThat(Files.readString(site.resolve("minutes/2019/index.html"))).contains("Reunión con");
    assertThat(status()).contains("\"errors\":\"\"");
  }

  @Test
  void aNewMinuteFileGetsItsPageOnTheFastPath() throws Exception {
    Path added = content.resolve("minutes/2019/2019-04-02-segunda-sesion.md");
    Files.writeString(added, Files.readString(content.resolve(MINUTE))
        .replace("date: 2019-03-05", "date: 2019-04-02")
        .replace("title: \"Sesión con", "title: \"Segunda sesión con"));
    preview.changed(Set.of(added));
    preview.awaitIdle();

    assertThat(out.toString())
        .contains("Updated minutes/2019/2019-04-02-segunda-sesion/index.html");
    assertThat(Files.readString(
        site.resolve("minutes/2019/2019-04-02-segunda-sesion/index.html")))
        .contains("<h1>Segunda sesión con");
  }

  @Test
  void anInvalidMinuteIsReportedAndTheLastGoodPageStays() throws Exception {
    String before = Files.readString(site.resolve(PAGE));
    Path minute = content.resolve(MINUTE);
    Files.writeString(minute, Files.readString(minute).replace("kind: extraordinary",
        "kind: weekly"));
    preview.changed(Set.of(minute));
    preview.awaitIdle();

    assertThat(out.toString()).doesNotContain("Updated ");
    assertThat(Files.readString(site.resolve(PAGE))).isEqualTo(before);
    assertThat(status()).contains("must be one of ordinary").contains("2019-03-05");
    assertThat(err.toString()).contains("still serving the last good site");
  }

  @Test
  void aSiteInSeveralLanguagesTakesTheFastPathForItsMainVersionOnly() throws Exception {
    Path siteYaml = content.resolve("site.yaml");
    Files.writeString(siteYaml, Files.readString(siteYaml).replace("language: es",
        "languages: [es, en]"));
    preview.changed(Set.of(siteYaml));
    preview.awaitIdle();
    assertThat(site.resolve("en/" + PAGE)).exists();

    // A translation beside the original is accepted on the fast path (the site has en)...
    Path minute = content.resolve(MINUTE);
    Files.writeString(minute, Files.readString(minute)
        .replace("kind: extraordinary", "kind: extraordinary\ntitle_en: Session in English"));
    out.getBuffer().setLength(0);
    preview.changed(Set.of(minute));
    preview.awaitIdle();
    assertThat(out.toString()).contains("Updated " + PAGE + " in ");
    assertThat(status()).contains("\"errors\":\"\"");
    // ...and the full rebuild that follows brings the English version.
    assertThat(Files.readString(site.resolve("en/" + PAGE))).contains("Session in English");

    // A translation file changes only the English version: straight to the full rebuild.
    Path translation = content.resolve(MINUTE.replace(".md", ".en.md"));
    Files.writeString(translation, "---\n---\n\nThe record, in English.\n");
    out.getBuffer().setLength(0);
    preview.changed(Set.of(translation));
    preview.awaitIdle();
    assertThat(out.toString()).doesNotContain("Updated ").contains("Built ");
    assertThat(Files.readString(site.resolve("en/" + PAGE))).contains("The record, in English.");
  }

  @Test
  void aTemplateEditGoesStraightToTheFullRebuild() throws Exception {
    Path templates = tmp.resolve("templates");
    TestSites.copyTree(TestSites.THEME, templates);
    preview.close();
    preview = new LivePreview(new BuildOptions(content, templates, site, null, TestDates.TODAY),
        server, new PrintWriter(out, true), new PrintWriter(err, true), false);
    preview.start();
    Path minuteTemplate = templates.resolve("minute.ftlh");
    Files.writeString(minuteTemplate, Files.readString(minuteTemplate)
        .replace("<article class=\"minute\">", "<article class=\"minute edited\">"));
    out.getBuffer().setLength(0);
    preview.changed(Set.of(minuteTemplate));
    preview.awaitIdle();

    assertThat(out.toString()).doesNotContain("Updated ").contains("Built ");
    assertThat(Files.readString(site.resolve(PAGE))).contains("minute edited");
  }
}
