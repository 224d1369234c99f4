package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.SITE;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.acta.diagnostics.Problem;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted YAML: no object construction, no alias or nesting blow-ups, no custom tags. */
class YamlSafetyTest {
  private static final Duration FAST = Duration.ofSeconds(5);

  @TempDir
  Path temp;

  @BeforeEach
  void resetSpy() {
    ConstructionSpy.constructed = 0;
  }

  /** "Billion laughs": 9 levels of 9 aliases each would expand to 9^9 strings. */
  static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
        + "\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char level = 'b'; level <= 'i'; level++) {
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i > 0 ? "," : "").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = level;
    }
    return yaml.toString();
  }

  @Test
  void aliasBombIsRefusedQuicklyWithACleanError() {
    var f = ContentFixture.minimal(temp).write(SITE, billionLaughs());

    List<Problem> problems = assertTimeoutPreemptively(FAST, f::problems);

    // At the 21st alias: the third on line 4 ("d: &d [*c,*c,*c").
    assertOnlyProblem(problems).isError().isAt(display(SITE), 4, 14)
        .messageContains("cannot be read as YAML", "aliases", "20");
  }

  @Test
  void aliasBombInsideFrontMatterIsRefusedQuickly() {
    String bomb = billionLaughs().replace("\n", "\n  ");
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nextra:\n  " + bomb.strip() + "\n");

    List<Problem> problems = assertTimeoutPreemptively(FAST, f::problems);

    // Limits are reported where they are crossed: the 21st alias, on the file's line 9.
    assertOnlyProblem(problems).isError().isAt(display(MINUTE), 9, 16)
        .messageContains("cannot be read as YAML", "aliases");
  }

  @Test
  void aFewAliasesAreStillAllowed() {
    var f = ContentFixture.minimal(temp).write(SITE, """
        title: &t Gobierno Abierto de Prueba
        country: Chile
        forum:
          name: *t
        """);

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().config().forum().name().value()).isEqualTo("Gobierno Abierto de Prueba");
  }

  @Test
  void selfReferencingAliasDoesNotHang() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "title: Gobierno Abierto de Prueba", "title: &a [*a]");

    List<Problem> problems = assertTimeoutPreemptively(FAST, f::problems);

    assertOnlyProblem(problems).isError().isAt(display(SITE), 1, 8)
        .messageContains("'title' must be a text", "found a list");
  }

  @Test
  void deepNestingIsRefusedWithoutAStackOverflow() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "title: Gobierno Abierto de Prueba", "title: " + "[".repeat(10_000));

    List<Problem> problems = assertTimeoutPreemptively(FAST, f::problems);

    // At the bracket that opens the 31st level.
    assertOnlyProblem(problems).isError().isAt(display(SITE), 1, "title: ".length() + 31)
        .messageContains("cannot be read as YAML", "Nesting Depth", "30 levels");
  }

  @Test
  void javaGlobalTagIsRefusedAndNothingIsConstructed() {
    var f = ContentFixture.minimal(temp).replace(SITE, "title: Gobierno Abierto de Prueba",
        "title: !!org.acta.load.ConstructionSpy [x]");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 1, 8)
        .messageContains("ConstructionSpy", "not allowed");
    assertThat(ConstructionSpy.constructed).as("objects constructed from YAML").isZero();
  }

  @Test
  void urlGlobalTagIsRefused() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "title: Primera sesión de la Mesa", "title: !!java.net.URL [x]");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 2, 8)
        .messageContains("java.net.URL", "not allowed");
  }

  @Test
  void scriptEngineManagerGadgetIsRefusedAtTheTopLevel() {
    var f = ContentFixture.minimal(temp).write(SITE, "!!javax.script.ScriptEngineManager "
        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost:1/\"]]]]\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 1, 1)
        .messageContains("javax.script.ScriptEngineManager", "not allowed");
  }

  @Test
  void globalTagDeepInsideACommitmentIsRefusedAtItsPosition() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "    status: completed", "    status: !!java.io.File [x]");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 15, 13)
        .messageContains("java.io.File", "not allowed");
  }

  @Test
  void customLocalTagIsRefused() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "title: Primera sesión de la Mesa", "title: !foo Primera sesión");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 2, 8)
        .messageContains("the YAML tag '!foo' is not allowed", "without tags");
  }

  @Test
  void customTagOnAKeyIsRefused() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "country: Chile", "!foo country: Chile");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 2, 1)
        .messageContains("'!foo' is not allowed");
  }

  @Test
  void binaryTagIsRefused() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "country: Chile", "country: !!binary Q2hpbGU=");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 2, 10)
        .messageContains("binary", "not allowed");
  }

  @Test
  void mergeKeyIsRefused() {
    var f = ContentFixture.minimal(temp).write(SITE, """
        base: &b {name: Mesa de Gobierno Abierto}
        title: Gobierno Abierto de Prueba
        country: Chile
        forum:
          <<: *b
        """);

    // YAML 1.1 merge keys ('<<') are not part of the content format.
    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 5, 3)
        .messageContains("merge keys (<<) are not supported", "write the fields out");
  }

  @Test
  void explicitStringTagIsAllowed() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nstart: !!str 18:00\n");

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().minutes()).singleElement()
        .satisfies(m -> assertThat(m.start()).isEqualTo(LocalTime.of(18, 0)));
  }
}

/** Counts instances; a YAML loader that constructs tagged objects would create one. */
class ConstructionSpy {
  static int constructed;

  ConstructionSpy(String ignored) {
    constructed++;
  }

  ConstructionSpy(java.util.List<?> ignored) {
    constructed++;
  }
}
