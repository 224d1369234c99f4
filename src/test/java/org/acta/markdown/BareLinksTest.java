package org.acta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pre-filtered autolinking links exactly what flexmark's autolink extension links. */
class BareLinksTest {
  private static String render(Object autolink, String markdown) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of((com.vladsch.flexmark.util.misc.Extension) autolink));
    return HtmlRenderer.builder(options).build().render(Parser.builder(options).build()
        .parse(markdown));
  }

  private static void assertSame(String markdown) {
    assertThat(render(BareLinks.create(), markdown)).as(markdown)
        .isEqualTo(render(AutolinkExtension.create(), markdown));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ver https://example.org/a_b?x=1, y (http://e.cl).",
      "correo: mesa@example.org; www.gob.cl/x y WWW.GOB.CL",
      "escapes: www\\.gob\\.cl mesa&#64;example.org https&#58;//e.org",
      "*énfasis* sin enlaces, solo texto con puntos. Y más.",
      "ftp://files.example.org/a y foo://bar",
      "`https://in.code` [enlace](https://e.org) <https://angle.org>",
      "| a | https://t.org |\n|---|---|\n| x@y.cl | www.z.cl |"})
  void linksWhatTheExtensionLinks(String markdown) {
    assertSame(markdown);
  }

  @Test
  void linksWhatTheExtensionLinksInEveryExampleFile() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("content"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        assertSame(Files.readString(f));
      }
    }
    assertSame(Files.readString(Path.of("README.md")));
  }

  @Test
  void linksWhatTheExtensionLinksUpToTheLongestNameRun() {
    // A path segment of 512 letters, dots and dashes is still linked, as by the extension.
    assertSame("Ver https://e.cl/" + "informe-final.".repeat(36) + "a".repeat(8) + " hoy");
    assertThat(render(BareLinks.create(), "https://e.cl/" + "a".repeat(BareLinks.MAX_NAME_RUN)))
        .contains("<a href=");
  }

  @Test
  void aRunNoLinkCanHoldIsNotSearchedForLinks() {
    // The extension took 30 s on this (its bare-scheme search is quadratic in such a run).
    String run = "https://" + "a.".repeat(40_000) + "com y mesa@e.cl";
    long start = System.nanoTime();
    String html = render(BareLinks.create(), run);
    assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(5_000_000_000L);
    assertThat(html).doesNotContain("<a ").contains("mesa@e.cl");
    // Other paragraphs still get their links.
    assertThat(render(BareLinks.create(), run + "\n\nmesa@e.cl")).contains(
        "<a href=\"mailto:mesa@e.cl\">");
  }

  @Test
  void aTextOfThousandsOfBackslashesIsNotSearchedForLinks() {
    int max = BareLinks.MAX_BACKSLASHES;
    assertSame("mesa@e.cl " + "\\*".repeat(max));
    assertThat(render(BareLinks.create(), "mesa@e.cl " + "\\*".repeat(max + 1)))
        .doesNotContain("<a ");
  }
}
