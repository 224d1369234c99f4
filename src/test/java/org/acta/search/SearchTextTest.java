package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.acta.model.Markdown;
import org.junit.jupiter.api.Test;

/** What a document's text looks like in the index: Markdown source without its markup. */
class SearchTextTest {
  @Test
  void dropsMarkupAndLinkAddressesAndJoinsLines() {
    assertThat(SearchIndex.text(new Markdown("## Acuerdos\n\n1. **Aprobar** el [acta](https://x.cl/a_b)"
        + " anterior.\n\n---\n\n> Cita `code` | tabla\n")))
        .isEqualTo("Acuerdos 1. Aprobar el acta anterior. Cita code tabla");
  }

  @Test
  void keepsHyphensAndParenthesesThatAreText() {
    assertThat(SearchIndex.text(new Markdown("  co-creación -- (ver nota) ]( sin cierre  ")))
        .isEqualTo("co-creación -- (ver nota) ( sin cierre");
  }

  @Test
  void plainJoinsRunsOfWhiteSpace() {
    assertThat(SearchIndex.plain("\t Mesa \n\n de  Gobierno\r\nAbierto  ")).isEqualTo(
        "Mesa de Gobierno Abierto");
    assertThat(SearchIndex.text(null)).isEmpty();
  }
}
