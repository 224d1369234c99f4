package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.COMMITMENT_YAML;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.acta.model.Evidence;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A milestone's evidence: exactly one of a web address or a relative path. The commitment's
 * last milestone line is 17 (its id), so evidence starts on line 18 ("    evidence:") and its
 * first item on line 19.
 */
class EvidenceDecodingTest {
  private static final String FILE = display(COMMITMENT);

  @TempDir
  Path temp;

  /** Appends the items (written at indentation 0) under the milestone's 'evidence:'. */
  private ContentFixture withEvidence(String items) {
    return ContentFixture.minimal(temp).write(COMMITMENT, COMMITMENT_YAML + "    evidence:\n"
        + items.indent(4));
  }

  private Evidence onlyEvidence(ContentFixture f) {
    var checked = f.check();
    assertThat(checked.problems()).isEmpty();
    var evidence = checked.loaded().plans().get(0).commitments().get(0).milestones().get(0)
        .evidence();
    assertThat(evidence).hasSize(1);
    return evidence.get(0);
  }

  @Test
  void evidenceWithAWebAddressIsAccepted() {
    Evidence e = onlyEvidence(withEvidence("""
          - title: Informe de diagnóstico
            url: https://example.org/informe.pdf
            date: 2019-03-28
        """));

    assertThat(e.url()).isEqualTo("https://example.org/informe.pdf");
    assertThat(e.isFile()).isFalse();
    assertThat(e.source()).satisfies(at -> {
      assertThat(at.line()).isEqualTo(20);
      assertThat(at.column()).isEqualTo(14);
    });
  }

  @Test
  void evidenceWithAPathToAnExistingFileIsAccepted() {
    var f = withEvidence("""
          - title: Acta de validación
            path: evidence/2018-2020/validacion.pdf
        """).write("evidence/2018-2020/validacion.pdf", "%PDF-1.4");

    Evidence e = onlyEvidence(f);

    assertThat(e.path()).isEqualTo("evidence/2018-2020/validacion.pdf");
    assertThat(e.isFile()).isTrue();
  }

  @Test
  void evidenceWithBothUrlAndPathIsAnErrorAtThePath() {
    var f = withEvidence("""
          - title: Informe
            url: https://example.org/informe.pdf
            path: evidence/informe.pdf
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 21, 15)
        .messageContains("evidence needs exactly one of 'url'", "or 'path'");
  }

  @Test
  void evidenceWithNeitherUrlNorPathIsAnErrorAtTheTitle() {
    var f = withEvidence("""
          - title: Informe
            date: 2019-03-28
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 19, 16)
        .messageContains("evidence needs exactly one of 'url' (a web address) or 'path'");
  }

  @Test
  void evidenceWithoutTitleIsAnError() {
    var f = withEvidence("""
          - url: https://example.org/informe.pdf
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 19, 9)
        .messageContains("missing required field 'title'");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "evidence/../../secreto.txt",
      "../secreto.txt",
      "/etc/passwd",
      "evidence/.oculto/a.pdf",
      "evidence\\\\2019\\\\a.pdf",
      "./evidence/a.pdf"})
  void evidencePathOutsideOrHiddenIsAnError(String path) {
    var f = withEvidence("""
          - title: Informe
            path: "%s"
        """.formatted(path));

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 20, 15)
        .messageContains("'path' must be a relative path inside the content folder",
            "no '..' or hidden names");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript:alert(1)",
      "JavaScript:alert(document.cookie)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "ftp://example.org/informe.pdf",
      "//example.org/informe.pdf",
      "https://"})
  void evidenceUrlThatIsNotHttpIsAnError(String url) {
    var f = withEvidence("""
          - title: Informe
            url: "%s"
        """.formatted(url));

    var checked = f.check();

    assertOnlyProblem(checked.problems()).isError().isAt(FILE, 20, 14)
        .messageContains("'url' must be a full web address starting with https:// or http://");
    assertThat(checked.loaded().plans().get(0).commitments().get(0).milestones().get(0)
        .evidence()).as("refused evidence is left out").isEmpty();
  }

  @Test
  void javascriptUrlIsRefusedEvenUnquoted() {
    var f = withEvidence("""
          - title: Informe
            url: javascript:alert(1)
        """);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 20, 14)
        .messageContains("'url' must be a full web address", "got \"javascript:alert(1)\"");
  }
}
