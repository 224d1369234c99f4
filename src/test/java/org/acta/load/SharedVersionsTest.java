package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.acta.diagnostics.Problems;
import org.acta.model.Agreement;
import org.acta.model.Minute;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A minute decoded once per language shares with its other versions every value that does
 * not depend on the language: positions, references and dates are the same objects, so a
 * second language costs only its translated texts.
 */
class SharedVersionsTest {
  @TempDir java.nio.file.Path tmp;

  @Test
  void referencesDatesAndPositionsAreTheSameObjectsInEveryLanguage() throws Exception {
    ContentFixture content = ContentFixture.copyOf("i18n", tmp);
    Problems problems = new Problems();
    ContentLoader loader = ContentLoader.withTranslations(
        new ContentReader(content.root(), "content"), problems);
    Minute spanish = minute(loader.load());
    Minute english = minute(loader.translation("en", problems));

    Agreement es = spanish.agreements().get(0);
    Agreement en = english.agreements().get(0);
    assertThat(english.title().value()).as("the texts are each language's")
        .isEqualTo("Test session").isNotEqualTo(spanish.title().value());
    assertThat(en.institution()).isNotNull().isSameAs(es.institution());
    assertThat(en.commitments()).isNotEmpty();
    for (int i = 0; i < es.commitments().size(); i++) {
      assertThat(en.commitments().get(i)).isSameAs(es.commitments().get(i));
    }
    assertThat(en.due()).isNotNull().isSameAs(es.due());
    assertThat(en.source()).isSameAs(es.source());
    assertThat(english.date()).isSameAs(spanish.date());
  }

  private static Minute minute(ContentLoader.Loaded loaded) {
    return loaded.minutes().stream()
        .filter(m -> m.slug().equals("2019-03-05-sesion-de-prueba")).findFirst().orElseThrow();
  }
}
