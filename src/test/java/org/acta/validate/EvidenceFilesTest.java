package org.acta.validate;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.COMMITMENT_YAML;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence 'path' values must name a regular file really inside the content folder. */
class EvidenceFilesTest {
  private static final String FILE = display(COMMITMENT);
  private static final String EVIDENCE = "evidence/2018-2020/diagnostico.pdf";

  @TempDir
  Path temp;

  /** The commitment with one evidence item whose 'path' value is at line 19, column 15. */
  private ContentFixture withEvidencePath(String path) {
    return ContentFixture.minimal(temp).write(COMMITMENT, COMMITMENT_YAML + """
            evidence:
              - title: Informe de diagnóstico
                path: %s
        """.formatted(path));
  }

  private static void symlink(Path link, Path target) throws IOException {
    Files.createDirectories(link.getParent());
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException | SecurityException e) {
      assumeTrue(false, "symbolic links cannot be created here: " + e);
    }
  }

  @Test
  void existingEvidenceFileIsAccepted() {
    var f = withEvidencePath(EVIDENCE).write(EVIDENCE, "%PDF-1.4");

    assertThat(f.problems()).isEmpty();
  }

  @Test
  void missingEvidenceFileIsAnErrorAtThePath() {
    var f = withEvidencePath(EVIDENCE);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 20, 15)
        .messageContains("evidence file '" + EVIDENCE + "' does not exist in the content folder",
            "or use 'url' for a web page");
  }

  @Test
  void evidencePathToAFolderIsAnError() {
    var f = withEvidencePath("evidence/2018-2020").write(EVIDENCE, "%PDF-1.4");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 20, 15)
        .messageContains("evidence file 'evidence/2018-2020' does not exist");
  }

  @Test
  void evidencePathIsCaseSensitiveOnDisk() {
    var f = withEvidencePath("evidence/2018-2020/Diagnostico.pdf").write(EVIDENCE, "%PDF-1.4");
    assumeTrue(!Files.exists(f.path("evidence/2018-2020/Diagnostico.pdf")),
        "case-insensitive file system");

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 20, 15)
        .messageContains("does not exist");
  }

  @Test
  void evidenceSymlinkToAFileOutsideTheContentFolderIsAnError() throws IOException {
    var f = withEvidencePath(EVIDENCE);
    Path outside = Files.writeString(temp.resolve("secreto.txt"), "secreto");
    symlink(f.path(EVIDENCE), outside);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 20, 15)
        .messageContains("evidence file '" + EVIDENCE + "' is a link to a place outside the "
            + "content folder", "commit the file itself");
  }

  @Test
  void evidenceInASymlinkedFolderOutsideTheContentFolderIsAnError() throws IOException {
    var f = withEvidencePath(EVIDENCE);
    Path outside = Files.createDirectories(temp.resolve("outside-evidence"));
    Files.writeString(outside.resolve("diagnostico.pdf"), "%PDF-1.4");
    symlink(f.path("evidence/2018-2020"), outside);

    assertOnlyProblem(f.problems()).isError().isAt(FILE, 20, 15)
        .messageContains("is a link to a place outside the content folder");
  }

  @Test
  void evidenceSymlinkToAFileInsideTheContentFolderIsAccepted() throws IOException {
    var f = withEvidencePath(EVIDENCE).write("evidence/original.pdf", "%PDF-1.4");
    symlink(f.path(EVIDENCE), f.path("evidence/original.pdf"));

    assertThat(f.problems()).isEmpty();
  }
}
