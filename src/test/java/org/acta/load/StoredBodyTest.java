package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.diagnostics.Problems;
import org.acta.model.Markdown;
import org.acta.model.Minute;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long minute record is not held by the model: it is read from its file when needed, the
 * same text every time, and a file changed since it was loaded is reported, never half used.
 */
class StoredBodyTest {
  static final String LONG = ContentFixture.LONG_MINUTE;
  static final String PARAGRAPH = "La Mesa revisa el avance de cada compromiso con sus "
      + "responsables y acuerda publicar la presentación junto con el acta.\n\n";
  static final String RECORD = "# Desarrollo\n\n" + PARAGRAPH.repeat(20);

  @TempDir Path tmp;
  ContentFixture content;

  @BeforeEach
  void write() {
    content = ContentFixture.copyOf("i18n", tmp);
    content.write(LONG, ContentFixture.longMinute(RECORD));
  }

  private ContentLoader loader(Problems problems) throws Exception {
    return ContentLoader.withTranslations(new ContentReader(content.root(), "content"),
        problems);
  }

  private static Minute minute(ContentLoader.Loaded loaded, String slug) {
    return loaded.minutes().stream().filter(m -> m.slug().equals(slug)).findFirst()
        .orElseThrow();
  }

  @Test
  void aLongRecordIsReadFromItsFileAsItWasWritten() throws Exception {
    Problems problems = new Problems();
    Minute minute = minute(loader(problems).load(), "2019-06-04-sesion-larga");

    assertThat(problems.hasErrors()).as(problems.all().toString()).isFalse();
    assertThat(minute.body().identity()).as("kept in its file").isNotInstanceOf(String.class);
    assertThat(minute.body().source()).isEqualTo(RECORD);
    assertThat(minute.body().source()).as("the same text each time").isEqualTo(RECORD);
    assertThat(minute.hasBody()).isTrue();
  }

  @Test
  void aShortRecordIsHeld() throws Exception {
    Minute minute = minute(loader(new Problems()).load(), "2019-03-05-sesion-de-prueba");

    assertThat(minute.body().identity()).isInstanceOf(String.class);
    assertThat(minute.body().source()).startsWith("\n# Desarrollo");
  }

  @Test
  void theOtherLanguageSharesTheUntranslatedRecordWithoutReadingIt() throws Exception {
    Problems problems = new Problems();
    ContentLoader loader = loader(problems);
    Minute spanish = minute(loader.load(), "2019-06-04-sesion-larga");
    Minute english = minute(loader.translation("en", problems), "2019-06-04-sesion-larga");

    assertThat(english.body().identity()).isSameAs(spanish.body().identity());
    assertThat(english.body().language()).as("marked as the original's").isEqualTo("es");
    assertThat(english.body().source()).isEqualTo(RECORD);
  }

  @Test
  void aFileChangedSinceItWasLoadedIsReportedNotUsed() throws Exception {
    Markdown body = minute(loader(new Problems()).load(), "2019-06-04-sesion-larga").body();
    // Same length, one word different: only the hash tells.
    content.replace(LONG, "# Desarrollo", "# Desarrolla");

    assertThatThrownBy(body::source).isInstanceOfSatisfying(Markdown.Unavailable.class, e -> {
      assertThat(e.file()).isEqualTo("content/" + LONG);
      assertThat(e.message().code()).isEqualTo("stored-body.changed-during-the-build");
    });
  }

  @Test
  void aLongerFrontMatterMovesTheRecordAndIsReportedToo() throws Exception {
    Markdown body = minute(loader(new Problems()).load(), "2019-06-04-sesion-larga").body();
    content.replace(LONG, "title: Sesión larga", "title: Sesión más larga");

    assertThatThrownBy(body::source).isInstanceOfSatisfying(Markdown.Unavailable.class,
        e -> assertThat(e.message().code()).isEqualTo("stored-body.changed-during-the-build"));
  }

  @Test
  void aFileDeletedSinceItWasLoadedIsReportedNotUsed() throws Exception {
    Markdown body = minute(loader(new Problems()).load(), "2019-06-04-sesion-larga").body();
    Files.delete(content.path(LONG));

    assertThatThrownBy(body::source).isInstanceOfSatisfying(Markdown.Unavailable.class,
        e -> assertThat(e.message().code()).isEqualTo("stored-body.cannot-be-read-again"));
  }
}
