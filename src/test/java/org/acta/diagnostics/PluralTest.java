package org.acta.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import org.acta.render.Formats;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;

/** "2021 had 1 meeting", "1 compromiso": one plural mechanism, in Java and in the theme. */
class PluralTest {
  @Test
  void englishCountsAgree() {
    assertThat(Plural.en(0, "meeting", "meetings")).isEqualTo("0 meetings");
    assertThat(Plural.en(1, "meeting", "meetings")).isEqualTo("1 meeting");
    assertThat(Plural.en(2, "meeting", "meetings")).isEqualTo("2 meetings");
    assertThat(ProblemFormatter.summary(new Problems())).isEqualTo("0 errors, 0 warnings");
  }

  @Test
  void everyCountedMessageOfTheThemeAgreesInBothLanguages() throws Exception {
    for (String language : new String[] {"es", "en"}) {
      Properties messages = new Properties();
      try (Reader r = Files.newBufferedReader(TestSites.THEME.resolve(
          "messages/" + language + ".properties"), StandardCharsets.UTF_8)) {
        messages.load(r);
      }
      Formats fmt = new Formats(language);
      for (String key : messages.stringPropertyNames()) {
        if (!key.startsWith("count.")) {
          continue;
        }
        String pattern = messages.getProperty(key);
        String one = fmt.count(pattern, 1);
        String two = fmt.count(pattern, 2);
        assertThat(one).as("%s %s", language, key).doesNotContain("{").isNotEqualTo(two);
        assertThat(two).as("%s %s", language, key).startsWith("2 ");
      }
    }
    assertThat(new Formats("es").count("{0,choice,0#0 compromisos|1#1 compromiso"
        + "|1<{0,number,integer} compromisos}", 1)).isEqualTo("1 compromiso");
    assertThat(new Formats("en").count("{0,choice,-1#{0,number,integer} days after the meeting"
        + "|0#the day of the meeting|1#1 day after the meeting"
        + "|1<{0,number,integer} days after the meeting}", 1)).isEqualTo("1 day after the meeting");
  }
}
