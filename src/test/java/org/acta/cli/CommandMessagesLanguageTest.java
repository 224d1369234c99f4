package org.acta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.testing.Cli;
import org.acta.testing.Cli.Run;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands print besides diagnostics (the build's summary, the link checker's lines,
 * acta new's next step and refusals) is in the editor's language too; live preview's is
 * LivePreviewLanguageTest.
 */
class CommandMessagesLanguageTest {
  @TempDir Path tmp;

  @Test
  void buildSaysWhatItBuiltInSpanishOrEnglish() {
    Path out = tmp.resolve("site");
    Run es = Cli.acta("build", "--content", ContentFixture.BASE.toString(), "--out",
        out.toString(), "--today", "2020-01-15", "--lang", "es");
    assertThat(es.code()).as(es.all()).isZero();
    assertThat(es.out()).containsPattern("Sitio construido: [0-9]+ páginas \\([0-9]+ archivos\\)"
        + " en .*site, a la fecha 2020-01-15 \\(--today\\)\\.");
    Run en = Cli.acta("build", "--content", ContentFixture.BASE.toString(), "--out",
        out.toString(), "--today", "2020-01-15", "--lang", "en");
    assertThat(en.out()).containsPattern("Built [0-9]+ pages \\([0-9]+ files\\) into .*site, "
        + "as of 2020-01-15 \\(--today\\)\\.");
  }

  @Test
  void checkSaysWhyALinkIsBrokenInSpanishOrEnglish() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(out.resolve("index.html"), "<a href=\"#arriba\" id=\"arriba\">x</a>");
    Run fine = Cli.acta("check", "--out", out.toString(), "--lang", "es");
    assertThat(fine.code()).isZero();
    assertThat(fine.out()).contains("No hay enlaces internos rotos en " + out);
    Files.writeString(out.resolve("index.html"), "<a href=\"falta/\">x</a><a href=\"#no\">y</a>");
    Run es = Cli.acta("check", "--out", out.toString(), "--lang", "es");
    assertThat(es.code()).isEqualTo(1);
    assertThat(es.err()).contains("index.html: falta/ (no existe el archivo)")
        .contains("index.html: #no (no hay ningún elemento con id 'no')")
        .contains("2 enlaces rotos");
    Run en = Cli.acta("check", "--out", out.toString(), "--lang", "en");
    assertThat(en.err()).contains("index.html: falta/ (no such file)")
        .contains("#no (no element with id 'no')");
    assertThat(Cli.acta("check", "--out", out.toString(), "--lang", "en").err())
        .doesNotContain("no existe");
  }

  @Test
  void newSaysWhatItWroteAndWhatToDoNextInSpanishOrEnglish() throws Exception {
    Path content = ContentFixture.copyOf("base", tmp).root();
    Run es = Cli.acta("new", "minute", "--content", content.toString(), "--date",
        "2019-06-04", "--title", "Sesión de junio", "--lang", "es");
    assertThat(es.code()).as(es.all()).isZero();
    assertThat(es.out()).contains("Se escribió " + content.resolve(
        "minutes/2019/2019-06-04-sesion-de-junio.md"))
        .contains("Edítelo (los comentarios dicen qué significa cada campo)");
    Run en = Cli.acta("new", "minute", "--content", content.toString(), "--date",
        "2019-06-05", "--title", "June session", "--lang", "en");
    assertThat(en.out()).contains("Wrote ").contains("Edit it (the comments say");
    Run refused = Cli.acta("new", "commitment", "--content", content.toString(), "--plan",
        "2030-2032", "--id", "nuevo", "--title", "Nuevo", "--lang", "es");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("no existe el plan '2030-2032'")
        .contains("Planes existentes: 2019-2021");
    Run usage = Cli.acta("new", "minute", "--content", content.toString(), "--date",
        "2019-06-06", "--title", "¿?", "--lang", "en");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("has no letters or digits to make a file name from");
    Run missing = Cli.acta("new", "--lang", "es");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Falta qué crear: pruebe 'acta new minute'");
  }

  @Test
  void idsAndImportSayWhatTheyDidInSpanishOrEnglish() throws Exception {
    Path content = ContentFixture.copyOf("base", tmp).root();
    Run es = Cli.acta("ids", "add", "--content", content.toString(), "--lang", "es");
    assertThat(es.code()).as(es.all()).isZero();
    assertThat(es.out()).contains("Todos los hitos ya tienen id.");
    Run en = Cli.acta("ids", "add", "--content", content.toString(), "--lang", "en");
    assertThat(en.out()).contains("Every milestone already has an id.");
    Path csv = tmp.resolve("no-such.csv");
    Run missing = Cli.acta("import", "consultation", csv.toString(), "--plan", "2019-2021",
        "--content", content.toString(), "--lang", "es");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains(csv + ": no existe el archivo.");
  }
}
