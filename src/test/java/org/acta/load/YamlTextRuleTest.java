package org.acta.load;

import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule for every text from YAML, checked once on the parsed nodes: control characters
 * (but tab and line ends), DEL, C1 controls, noncharacters and unpaired surrogates are errors
 * at the text; bidirectional controls are errors in one-line texts and allowed in multi-line
 * ones. Before, YAML escapes such as "\0" or "\uFFFE" reached pages, CSV and feed.xml.
 */
class YamlTextRuleTest {
  @TempDir Path tmp;

  private static final String TITLE = "title: Primera sesión de la Mesa";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\\0|U+0000, a control character",
      "\\e|U+001B, a control character",
      "\\a|U+0007, a control character",
      "\\x7f|U+007F, a control character",
      "\\x85|U+0085, a control character",
      "\\uFFFE|U+FFFE, a Unicode noncharacter",
      "\\uFDD0|U+FDD0, a Unicode noncharacter",
      "\\U0001FFFF|U+1FFFF, a Unicode noncharacter",
      "\\uD800|U+D800, an unpaired surrogate",
      "\\u202E|U+202E, a bidirectional control",
      "\\u2066|U+2066, a bidirectional control"})
  void aForbiddenCharacterInATitleIsAnErrorAtTheText(String escape, String named) {
    ContentFixture f = ContentFixture.minimal(tmp).replace(ContentFixture.MINUTE, TITLE,
        "title: \"Primera " + escape + "sesión\"");
    assertOnlyProblem(f.problems()).isError()
        .isAt(ContentFixture.display(ContentFixture.MINUTE), 2, 8)
        .messageContains("character 9 of this text is " + named);
  }

  /** Right-to-left text with bidirectional controls in a multi-line text; tabs and line ends. */
  @ParameterizedTest
  @ValueSource(strings = {
      "|\n  نشر \u202bالبيانات\u202c.\n  \u2067سطر\u2069 ثان.",
      "\"Un\\testándar\\r\\ncomún.\""})
  void allowedCharactersAreText(String description) {
    ContentFixture f = ContentFixture.minimal(tmp).replace(ContentFixture.COMMITMENT,
        "description: Un estándar común de transparencia activa municipal.",
        "description: " + description);
    assertThat(f.check().errors()).isEmpty();
  }

  @Test
  void aBidirectionalControlInAFileNameIsAnError() {
    String name = "plans/2018-2020/commitments/gnp\u202eexe.yaml";
    ContentFixture f = ContentFixture.minimal(tmp).write(name, ContentFixture.COMMITMENT_YAML);
    assertOnlyProblem(f.problems()).isError().isAt(ContentFixture.display(name), 0, 0)
        .messageContains("U+202E, a bidirectional control");
  }
}
