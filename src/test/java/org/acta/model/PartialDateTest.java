package org.acta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void aDateCoversThePeriodItStates() {
    PartialDate month = new PartialDate(2022, 12, 0);
    assertThat(month.first()).isEqualTo(LocalDate.of(2022, 12, 1));
    assertThat(month.last()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(month.iso()).isEqualTo("2022-12");

    PartialDate year = new PartialDate(2024, 0, 0);
    assertThat(year.last()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(year.iso()).isEqualTo("2024");

    PartialDate february = new PartialDate(2024, 2, 0);
    assertThat(february.last()).as("leap year").isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.of(LocalDate.of(2022, 12, 15)).iso()).isEqualTo("2022-12-15");
  }

  @Test
  void earlierPeriodsSortFirstAndTheShorterOfTwoStartingTheSameDay() {
    assertThat(new PartialDate(2022, 0, 0)).isLessThan(new PartialDate(2022, 3, 0));
    assertThat(new PartialDate(2022, 1, 0)).isLessThan(new PartialDate(2022, 0, 0));
    assertThat(new PartialDate(2022, 1, 1)).isLessThan(new PartialDate(2022, 1, 0));
  }
}
