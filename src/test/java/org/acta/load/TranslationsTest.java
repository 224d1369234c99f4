package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.SITE;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.acta.diagnostics.Problems;
import org.acta.model.Commitment;
import org.acta.model.Minute;
import org.acta.model.Untranslated;
import org.acta.testing.ContentFixture;
import org.acta.testing.ProblemAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content translations: {@code <field>_<language>} beside a text, and a minute's or
 * newsletter's parallel {@code NAME.<language>.md}; which are accepted, how a translated
 * version reads them, and the errors for misplaced ones.
 */
class TranslationsTest {
  /** What the English version reads as untranslated: texts marked with Spanish, the original. */
  private static final Untranslated ENGLISH_VERSION = new Untranslated("es");

  private static final String MINUTE_EN = MINUTE.replace(".md", ".en.md");
  private static final String NEWSLETTER = "newsletters/2019-02-boletin-1.md";
  private static final String NEWSLETTER_MD = """
      ---
      number: 1
      title: Boletín n.º 1
      date: 2019-02-15
      period:
        start: 2018-09-01
        end: 2019-01-31
      ---

      Texto del boletín.
      """;

  @TempDir
  Path temp;

  /** The minimal content, its site in Spanish and English (site.yaml line 7). */
  private ContentFixture bilingual() {
    return ContentFixture.minimal(temp)
        .write(SITE, ContentFixture.SITE_YAML + "languages: [es, en]\n");
  }

  /** The content as the version in {@code language} reads it; it must read without problems. */
  private static ContentLoader.Loaded read(ContentFixture f, String language) {
    Problems problems = new Problems();
    try {
      var loaded = new ContentLoader(new ContentReader(f.root(), ContentFixture.DISPLAY_ROOT),
          problems, language).load();
      assertThat(problems.all()).as(ProblemAssert.describe(problems.all())).isEmpty();
      return loaded;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Commitment commitment(ContentLoader.Loaded loaded) {
    return loaded.commitments().get(0);
  }

  private static Minute minute(ContentLoader.Loaded loaded) {
    return loaded.minutes().get(0);
  }

  // ---- <field>_<language> ------------------------------------------------------------------

  @Test
  void aTranslatedVersionReadsTranslationsAndMarksTheOriginalsItShowsInstead() {
    var f = bilingual().replace(COMMITMENT, "title: Transparencia municipal activa\n",
        "title: Transparencia municipal activa\ntitle_en: Proactive municipal transparency\n");

    assertThat(f.problems()).as(ProblemAssert.describe(f.problems())).isEmpty();
    assertThat(commitment(f.check().loaded()).title().value()).isEqualTo("Transparencia municipal activa");

    var english = read(f, "en");
    Commitment c = commitment(english);
    assertThat(c.title().value()).isEqualTo("Proactive municipal transparency");
    assertThat(c.problem().value().source()).startsWith("Los municipios publican");
    assertThat(c.problem().value().language()).as("an original shown in a translation says so")
        .isEqualTo("es");
    assertThat(ENGLISH_VERSION.field(c, "title")).isFalse();
    assertThat(ENGLISH_VERSION.field(c, "problem")).isTrue();
    assertThat(ENGLISH_VERSION.status(c)).isEqualTo("partial");
    assertThat(english.config().language()).isEqualTo("en");
    assertThat(english.config().languages()).containsExactly("es", "en");
  }

  @Test
  void textsInsideListsAreTranslatedInPlace() {
    var f = bilingual().replace(COMMITMENT, "  - title: Diagnóstico de cumplimiento municipal\n",
        "  - title: Diagnóstico de cumplimiento municipal\n"
            + "    title_en: Assessment of municipal compliance\n");

    var english = read(f, "en");
    var milestone = commitment(english).milestones().get(0);
    assertThat(milestone.title().value()).isEqualTo("Assessment of municipal compliance");
    assertThat(ENGLISH_VERSION.field(milestone, "title")).isFalse();
    assertThat(ENGLISH_VERSION.field(milestone, "deliverable")).isTrue();
    assertThat(ENGLISH_VERSION.status(commitment(english))).isEqualTo("partial");
  }

  @Test
  void anUntranslatedItemIsShownInTheOriginal() {
    var english = read(bilingual(), "en");

    Minute m = minute(english);
    assertThat(m.title().value()).isEqualTo("Primera sesión de la Mesa");
    assertThat(m.body().language()).isEqualTo("es");
    assertThat(ENGLISH_VERSION.field(m, "title")).isTrue();
    assertThat(ENGLISH_VERSION.status(m)).isEqualTo("none");
  }

  @Test
  void theMainVersionReadsOriginalsAndMarksNothing() {
    var f = bilingual().replace(COMMITMENT, "title: Transparencia municipal activa\n",
        "title: Transparencia municipal activa\ntitle_en: Proactive municipal transparency\n");

    var loaded = f.check().loaded();
    assertThat(commitment(loaded).problem().value().language()).isNull();
    assertThat(Untranslated.NONE.status(commitment(loaded))).isEmpty();
    assertThat(loaded.config().language()).isEqualTo("es");
  }

  @Test
  void siteSettingsAreTranslatedToo() {
    var f = ContentFixture.minimal(temp).write(SITE, """
        title: Gobierno Abierto de Prueba
        title_en: Open Government Test
        languages: [es, en]
        country: Chile
        forum:
          name: Mesa de Gobierno Abierto
          name_en: Open Government Roundtable
        """);

    assertThat(f.problems()).as(ProblemAssert.describe(f.problems())).isEmpty();
    var english = read(f, "en");
    assertThat(english.config().title().value()).isEqualTo("Open Government Test");
    assertThat(english.config().forum().name().value()).isEqualTo("Open Government Roundtable");
    assertThat(ENGLISH_VERSION.field(english.config(), "country")).isTrue();
  }

  @Test
  void translationsOnASingleLanguageSiteSayHowToAddTheLanguage() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\ntitle_en: Proactive municipal transparency\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 3, 1)
        .messageContains("'title_en' translates 'title' into en",
            "the site is built in one language (es)", "languages: [es, en]");
  }

  @Test
  void aTranslationIntoALanguageTheSiteIsNotBuiltInIsAnError() {
    var f = bilingual().replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\ntitle_fr: Transparence municipale\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 3, 1)
        .messageContains("'title_fr'", "not one of the site's languages (es, en)",
            "'languages' in site.yaml");
  }

  @Test
  void aTranslationIntoTheMainLanguageIsAnError() {
    var f = bilingual().replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\ntitle_es: Transparencia\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 3, 1)
        .messageContains("'title_es'", "the site's main language");
  }

  @Test
  void onlyTextsCanBeTranslated() {
    var f = bilingual().replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\nstart_en: 2018-09-01\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 3, 1)
        .messageContains("'start' cannot be translated", "title, problem");
  }

  @Test
  void anUnknownFieldThatIsNoTranslationIsStillATypo() {
    var f = bilingual().replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\ntittle_en: Proactive\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 3, 1)
        .messageContains("unknown field 'tittle_en'");
  }

  @Test
  void aTranslationNeedsItsOriginal() {
    var f = bilingual().replace(MINUTE, "kind: ordinary\n",
        "kind: ordinary\nlocation_en: Teatinos 92, 9th floor\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 5, 14)
        .messageContains("'location_en' translates 'location', which is not set");
  }

  @Test
  void translationsAreCheckedLikeTheirOriginals() {
    var f = bilingual().replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\ntitle_en: " + "x".repeat(2001) + "\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 3, 11)
        .messageContains("'title_en' must be one line of at most 2000 characters");
  }

  @Test
  void aTranslatedListHasAsManyItemsAsItsOriginal() {
    var f = bilingual().replace(MINUTE, "kind: ordinary\n",
        "kind: ordinary\nagenda: [Uno, Dos]\nagenda_en: [One]\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 6, 12)
        .messageContains("'agenda_en' has 1 items but the original 'agenda' has 2",
            "same order");
  }

  // ---- NAME.<language>.md ------------------------------------------------------------------

  @Test
  void aTranslationFileTranslatesTheMinutesTextsAndBody() {
    var f = bilingual().write(MINUTE_EN, """
        ---
        title: First session of the Roundtable
        ---

        The challenges of the next plan are reviewed.
        """);

    assertThat(f.problems()).as(ProblemAssert.describe(f.problems())).isEmpty();
    assertThat(f.check().loaded().minutes()).hasSize(1);
    assertThat(minute(f.check().loaded()).title().value()).isEqualTo("Primera sesión de la Mesa");

    var english = read(f, "en");
    Minute m = minute(english);
    assertThat(m.title().value()).isEqualTo("First session of the Roundtable");
    assertThat(m.body().source()).contains("The challenges of the next plan");
    assertThat(m.body().language()).isNull();
    assertThat(m.date()).isEqualTo(minute(f.check().loaded()).date());
    assertThat(ENGLISH_VERSION.status(m)).as("every text is translated").isEmpty();
  }

  @Test
  void aTranslationFileMayTranslateTheBodyAlone() {
    var f = bilingual().write(MINUTE_EN, "---\n---\n\nThe challenges are reviewed.\n");

    var m = minute(read(f, "en"));
    assertThat(m.title().value()).isEqualTo("Primera sesión de la Mesa");
    assertThat(m.body().source()).contains("The challenges are reviewed.");
  }

  @Test
  void aNewsletterMayHaveATranslationFile() {
    var f = bilingual().write(NEWSLETTER, NEWSLETTER_MD)
        .write(NEWSLETTER.replace(".md", ".en.md"), """
            ---
            title: Newsletter no. 1
            ---

            The newsletter's text.
            """);

    assertThat(f.problems()).as(ProblemAssert.describe(f.problems())).isEmpty();
    var n = read(f, "en").newsletters().get(0);
    assertThat(n.title().value()).isEqualTo("Newsletter no. 1");
    assertThat(n.body().source()).contains("The newsletter's text.");
    assertThat(n.number()).isEqualTo(1);
  }

  @Test
  void aTranslationFileHoldsOnlyTexts() {
    var f = bilingual().write(MINUTE_EN, """
        ---
        title: First session of the Roundtable
        date: 2018-05-08
        ---
        """);

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE_EN), 3, 1)
        .messageContains("'date' cannot be set in a translation file", "(title, location, "
            + "agenda)", "always comes from the original, " + display(MINUTE));
  }

  @Test
  void aTranslationFileNamesItsTextsAsTheOriginalDoes() {
    var f = bilingual().write(MINUTE_EN, "---\ntitle_en: First session\n---\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE_EN), 2, 1)
        .messageContains("write 'title', not 'title_en'");
  }

  @Test
  void aTextTranslatedTwiceIsAnError() {
    var f = bilingual().replace(MINUTE, "kind: ordinary\n",
            "kind: ordinary\ntitle_en: First session\n")
        .write(MINUTE_EN, "---\ntitle: First session of the Roundtable\n---\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE_EN), 2, 8)
        .messageContains("'title' is translated twice", "as 'title_en' in "
            + display(MINUTE) + " (line 5)", "keep one");
  }

  @Test
  void aTranslationFileWithoutItsOriginalIsAnErrorAtItsFirstLine() {
    String orphan = "minutes/2018/2018-05-09-otra-sesion.en.md";
    var f = bilingual().write(orphan, "---\ntitle: Another session\n---\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(orphan), 1, 1)
        .messageContains("is a translation of 2018-05-09-otra-sesion.md, which is not in this "
            + "folder");
  }

  @Test
  void aTranslationFileInALanguageTheSiteIsNotBuiltInIsAnError() {
    String french = MINUTE.replace(".md", ".fr.md");
    var f = bilingual().write(french, "---\ntitle: Première séance\n---\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(french), 1, 1)
        .messageContains("is a translation into fr", "not built in fr (its languages: es, en)",
            "languages: [es, fr]");
  }

  @Test
  void aTranslationFileOnASingleLanguageSiteIsAnError() {
    var f = ContentFixture.minimal(temp).write(MINUTE_EN, "---\ntitle: First session\n---\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE_EN), 1, 1)
        .messageContains("is a translation into en", "languages: [es, en]");
  }

  @Test
  void aTranslationFileInTheMainLanguageIsAnError() {
    String spanish = MINUTE.replace(".md", ".es.md");
    var f = bilingual().write(spanish, "---\ntitle: Primera sesión\n---\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(spanish), 1, 1)
        .messageContains("the site's main language");
  }

  @Test
  void aBrokenTranslationFileIsReportedInItself() {
    var f = bilingual().write(MINUTE_EN, "---\ntitle: First session\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE_EN), 1, 1)
        .messageContains("never closed");
  }

  @Test
  void aTranslatedBodyNeedsAnOriginalBody() {
    var f = bilingual().write(MINUTE, ContentFixture.MINUTE_MD.replace(
            "Se revisan los desafíos del próximo plan.\n", ""))
        .write(MINUTE_EN, "---\n---\n\nThe challenges are reviewed.\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE_EN), 3, 1)
        .messageContains("has no text after its front matter");
  }

  // ---- languages in site.yaml --------------------------------------------------------------

  @Test
  void languageMustBeTheFirstOfLanguages() {
    var f = ContentFixture.minimal(temp)
        .write(SITE, ContentFixture.SITE_YAML + "language: en\nlanguages: [es, en]\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 7, 11)
        .messageContains("'language' is en but 'languages' starts with es");
  }

  @Test
  void languagesAreCodesListedOnce() {
    var f = ContentFixture.minimal(temp)
        .write(SITE, ContentFixture.SITE_YAML + "languages: [es, EN, es]\n");

    List<org.acta.diagnostics.Problem> problems = f.problems();
    assertThat(problems).hasSize(2);
    ProblemAssert.assertThatProblem(problems.get(0)).isError().isAt(display(SITE), 7, 17)
        .messageContains("language codes such as es or en; got \"EN\"");
    ProblemAssert.assertThatProblem(problems.get(1)).isError().isAt(display(SITE), 7, 21)
        .messageContains("lists es twice");
  }
}
