package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass folding agrees with the rules it replaces (and search.js follows). */
class TermsTest {
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The rules as written: fold the whole text, split it, keep words of 2 to 40 letters. */
  private static List<String> byTheRules(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : SEPARATORS.split(Terms.fold(text))) {
      if (word.length() >= 2 && word.length() <= Terms.MAX_LENGTH) {
        terms.add(Terms.stem(word));
      }
    }
    return terms;
  }

  @Test
  void foldsAccentsCaseAndPlurals() {
    assertThat(Terms.of("Participación ciudadana: COMPROMISOS, naciones y plans (CL0057)"))
        .containsExactly("participacion", "ciudadana", "compromiso", "nacion", "plan",
            "cl0057");
  }

  @Test
  void everyTableCharacterNextToLettersFoldsAsTheRulesSay() {
    for (char c = 0; c < 0x2100; c++) {
      String text = "ab" + c + "cd " + c + c + " x" + c;
      assertThat(Terms.of(text)).as("U+%04X", (int) c).isEqualTo(byTheRules(text));
    }
  }

  @Test
  void randomTextAgreesWithTheRules() {
    Random random = new Random(7);
    String alphabet = "aeiouAEIOUáéíóúÁÉÍÓÚñÑüÜçÇßøØæÆłŁ0123456789 \t\n.,;:-_()[]#*'\"¿?¡!"
        + "ǆǅǄĳĲŉſ\u00A0\u00B2\u00BD–—“”‘’…•·\u0301\u0308ΣσςΑΩабвЖ";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(80); k > 0; k--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(Terms.of(s.toString())).as(s.toString()).isEqualTo(byTheRules(s.toString()));
    }
  }

  @Test
  void textOutsideTheLatinTableTakesTheRules() {
    String text = "Ελληνικά ΣΟΦΟΣ, decomposed e\u0301xito, 日本語 and ﬁne";
    assertThat(Terms.of(text)).isEqualTo(byTheRules(text)).contains("exito");
  }
}
