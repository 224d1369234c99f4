package org.acta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages encode exactly as the JDK's UTF-8 encoder would encode them. */
class Utf8OutputTest {
  @Test
  void encodesLikeTheJdk() {
    Random random = new Random(11);
    char[] alphabet = {'a', '<', '\n', 'é', 'ñ', '–', '€', '中', '\uD83D', '\uDE00', '\uDFFF',
        '\u07FF', '\u0800', '\uFFFF', 0x7F, 0x80};
    for (int i = 0; i < 5_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = s.toString();
      Utf8Output out = new Utf8Output(4);
      // In pieces, as Freemarker writes: a pair may be split across two writes.
      int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
      out.write(text, 0, cut);
      out.write(text.substring(cut).toCharArray(), 0, text.length() - cut);
      assertThat(out.toByteArray()).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void writesSingleCharactersAndGrows() {
    Utf8Output out = new Utf8Output(1);
    "Año 2018 – 😀".codePoints().forEach(cp -> {
      for (char c : Character.toChars(cp)) {
        out.write(c);
      }
    });
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("Año 2018 – 😀");
  }
}
