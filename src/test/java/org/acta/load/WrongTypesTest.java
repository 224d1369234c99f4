package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.INSTITUTIONS;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.PLAN;
import static org.acta.testing.ContentFixture.SITE;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;

import java.nio.file.Path;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value of the wrong shape: list, block or single value where another is expected. */
class WrongTypesTest {
  @TempDir
  Path temp;

  @Test
  void listWhereTextIsExpected() {
    var f = ContentFixture.minimal(temp)
        .replace(PLAN, "title: Cuarto Plan de Acción 2018-2020", "title: [Cuarto, Plan]");

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 2, 8)
        .messageContains("'title' must be a text", "found a list");
  }

  @Test
  void blockWhereTextIsExpected() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "country: Chile", "country:\n  name: Chile");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 3, 3)
        .messageContains("'country' must be a text", "found a block of fields");
  }

  @Test
  void blockWhereListIsExpected() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nagenda: {tema: Plan}\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 5, 9)
        .messageContains("'agenda' must be a list", "one '- item' per line, or [a, b]",
            "found a block of fields");
  }

  @Test
  void singleValueWhereListIsExpected() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT, "lead_institution: cplt\n",
        "lead_institution: cplt\npartner_institutions: segpres\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 3, 23)
        .messageContains("'partner_institutions' must be a list", "found a single value");
  }

  @Test
  void singleValueWhereBlockIsExpected() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nattendees: todos\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 5, 12)
        .messageContains("'attendees' must be a block of fields (key: value)",
            "found a single value");
  }

  @Test
  void listWhereBlockIsExpected() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "forum:\n  name: Mesa de Gobierno Abierto", "forum: [Mesa]");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 3, 8)
        .messageContains("'forum' must be a block of fields", "found a list");
  }

  @Test
  void listItemThatIsNotABlock() {
    var f = ContentFixture.minimal(temp).write(INSTITUTIONS, """
        institutions:
          - id: segpres
            name: Ministerio Secretaría General de la Presidencia
            kind: government
          - cplt
          - id: red-ciudadana
            name: Red Ciudadana por el Gobierno Abierto
            kind: civil-society
        """);

    // The commitment's lead 'cplt' is now unknown too, so look only at institutions.yaml.
    assertOnlyProblem(f.problems().stream()
            .filter(p -> p.position().file().equals(display(INSTITUTIONS))).toList())
        .isError().isAt(display(INSTITUTIONS), 5, 5)
        .messageContains("items of 'institutions' must be blocks of fields", "single value");
  }

  @Test
  void listOfListsWhereListOfTextsIsExpected() {
    var f = ContentFixture.minimal(temp)
        .replace(MINUTE, "kind: ordinary\n", "kind: ordinary\nagenda: [[a, b]]\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 5, 10)
        .messageContains("items of 'agenda' must be plain texts", "found a list");
  }

  @Test
  void multiLineTextWhereOneLineIsExpected() {
    var f = ContentFixture.minimal(temp).replace(PLAN,
        "title: Cuarto Plan de Acción 2018-2020", "title: |\n  Cuarto Plan\n  de Acción");

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 2, 8)
        .messageContains("'title' must be one line");
  }

  @Test
  void textLongerThanTwoThousandCharactersIsAnError() {
    var f = ContentFixture.minimal(temp).replace(PLAN,
        "title: Cuarto Plan de Acción 2018-2020", "title: " + "x".repeat(2001));

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 2, 8)
        .messageContains("'title' must be one line of at most 2000 characters", "it has 2001");
  }

  @Test
  void listWhereMarkdownIsExpected() {
    var f = ContentFixture.minimal(temp).replace(COMMITMENT,
        "problem: Los municipios publican poca información sobre su gestión.",
        "problem:\n  - uno\n  - dos");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 6, 3)
        .messageContains("'problem' must be a text", "found a list");
  }

  @Test
  void textWhereIdIsExpectedMustBeASlug() {
    var f = ContentFixture.minimal(temp)
        .replace(COMMITMENT, "lead_institution: cplt", "lead_institution: Consejo CPLT");

    assertOnlyProblem(f.problems()).isError().isAt(display(COMMITMENT), 2, 19)
        .messageContains("'lead_institution' must be an id of lowercase letters",
            "got \"Consejo CPLT\"");
  }

  @Test
  void keywordIsCaseSensitive() {
    var f = ContentFixture.minimal(temp)
        .replace(PLAN, "status: closed", "status: Closed");

    assertOnlyProblem(f.problems()).isError().isAt(display(PLAN), 5, 9)
        .messageContains("'status' must be one of co-creation, implementation, closed",
            "got \"Closed\"");
  }

  @Test
  void webAddressWithoutSchemeIsAnError() {
    var f = ContentFixture.minimal(temp)
        .replace(SITE, "country: Chile\n", "country: Chile\nbase_url: example.org/ga\n");

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 3, 11)
        .messageContains("'base_url' must be a full web address starting with https://",
            "got \"example.org/ga\"");
  }
}
