package org.acta.load;

import org.acta.diagnostics.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Real file names carry '&', spaces, parentheses and accents (issue 17). */
class FileNameCharactersTest {
  @Test
  void theFirstCharacterIdsDoNotAllowIsNamedWithItsPosition() {
    assertThat(FileNameCharacters.firstBad("gasto&compras.yaml").toString())
        .isEqualTo(" \"gasto&compras.yaml\" has the character '&' at position 6; replace it "
            + "with a hyphen, or leave it out.");
    assertThat(FileNameCharacters.firstBad("informe final.yaml").toString()).contains("a space at position 8");
    assertThat(FileNameCharacters.firstBad("anexo(1).yaml").toString()).contains("the character '(' at position 6");
    assertThat(FileNameCharacters.firstBad("Presupuesto.yaml").toString())
        .contains("a capital letter 'P' at position 1", "use lowercase");
    assertThat(FileNameCharacters.firstBad("educación.yaml").toString())
        .contains("the letter 'ó'", "without accents");
    assertThat(FileNameCharacters.firstBadInFolder("2018 2020").toString()).contains("a space at position 5");
    assertThat(FileNameCharacters.firstBad("bien-escrito.yaml").toString()).isEmpty();
    assertThat(FileNameCharacters.firstBad("informe final.yaml").text(Lang.ES))
        .isEqualTo(" \"informe final.yaml\" tiene un espacio en la posición 8; cámbielo por un "
            + "guion u omítalo.");
  }
}
