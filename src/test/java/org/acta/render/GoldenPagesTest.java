package org.acta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rendered pages of the base fixture compared byte for byte with reviewed copies in
 * src/test/resources/golden/. After an intended change, regenerate them with
 * {@code mvn test -Dtest=GoldenPagesTest -Dacta.updateGolden=true} and review the diff.
 */
class GoldenPagesTest {
  static final Path GOLDEN = TestSites.PROJECT.resolve("src/test/resources/golden");
  @TempDir static Path out;

  /**
   * Built from a copy outside the repository, so the pages' change history does not depend on
   * this repository's git history (a shallow clone, or a commit that touched the fixture).
   */
  @BeforeAll
  static void build() {
    TestSites.buildOk(ContentFixture.copyOf("base", out).root(), out.resolve("site"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "index.html",
      "minutes/2019/2019-03-05-sesion-de-prueba/index.html",
      "plans/2019-2021/index.html",
      "plans/2019-2021/commitments/datos-abiertos/index.html",
      "institutions/red-civil/index.html",
      "404.html"})
  void pageMatchesGoldenCopy(String page) throws IOException {
    String actual = Files.readString(out.resolve("site").resolve(page), StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve(page.replace('/', '_'));
    if (Boolean.getBoolean("acta.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden copy of %s (run with -Dacta.updateGolden=true)", page)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
