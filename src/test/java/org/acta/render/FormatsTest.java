package org.acta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Long dates are formatted once and kept: what a page prints does not change. */
class FormatsTest {
  @Test
  void aDateKeptFromAnEarlierPageReadsAsFormattedAnew() {
    for (String language : new String[] {"es", "en"}) {
      Formats fmt = new Formats(language);
      DateTimeFormatter longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
          .withLocale(Locale.forLanguageTag(language));
      LocalDate first = LocalDate.of(2018, 1, 1);
      IntStream.range(0, 3 * 366).parallel().mapToObj(first::plusDays).forEach(d -> {
        assertThat(fmt.date(d)).isEqualTo(longDate.format(d));
        assertThat(fmt.date(d)).as("again").isEqualTo(longDate.format(d));
      });
    }
    assertThat(new Formats("es").date(LocalDate.of(2018, 5, 8))).isEqualTo("8 de mayo de 2018");
    assertThat(new Formats("es").date((LocalDate) null)).isEmpty();
  }
}
