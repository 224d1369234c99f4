package org.acta.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suggestions: "did you mean …?" within two edits, or by a shared start of the word. */
class SuggestionsTest {
  static final List<String> KEYS = List.of("title", "date", "kind", "open_to_public", "agenda",
      "agreements", "attendees");

  @ParameterizedTest
  @CsvSource({
      "titel, title",             // two letters swapped: two edits
      "dat, date",                // one missing
      "agreement, agreements",    // one missing at the end
      "atendees, attendees",      // one missing in the middle
      "open_to_publc, open_to_public",
      "open_to, open_to_public"}) // far in edits, but the start of a key
  void suggestsTheClosestKey(String typed, String suggested) {
    assertThat(Suggestions.closest(typed, KEYS)).isEqualTo(suggested);
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertThat(Suggestions.closest("location", KEYS)).isNull();
    assertThat(Suggestions.closest("xyz", KEYS)).isNull();
    assertThat(Suggestions.closest("title", List.of())).isNull();
  }

  @Test
  void aShortWordNeedsToBeCloseInEditsNotJustAPrefix() {
    // "ope" starts "open_to_public" but is three letters: too little to guess from.
    assertThat(Suggestions.closest("ope", KEYS)).isNull();
  }

  @Test
  void theNearestWinsAndTheFirstListedBreaksTies() {
    assertThat(Suggestions.closest("cplt", List.of("segpres", "cplt-x", "cpl"))).isEqualTo("cpl");
    assertThat(Suggestions.closest("ab", List.of("ax", "xb"))).isEqualTo("ax");
  }
}
