package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problem;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.diagnostics.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Positions of content keep no line text; a problem reported at one, even by a later stage,
 * still quotes the line, looked up by the reader that read the file.
 */
class QuotedLinesTest {
  @TempDir
  Path temp;

  @Test
  void modelPositionsCarryNoLineButReportedProblemsQuoteIt() throws Exception {
    Path file = temp.resolve("plans/p/commitments/c1.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "\uFEFFid: c1\r\ntitle: Datos abiertos\r\n");
    ContentReader reader = new ContentReader(temp, "content");
    Problems problems = new Problems();
    SourceFile source = reader.read(file, problems).orElseThrow();

    var position = source.position(2, 8);
    assertThat(position.lineText()).as("kept in the model without its line").isNull();

    // As a later stage (plan checks) would, long after the file was read.
    problems.error(position, Message.of("fields.unknown-field", "title", "", "id"));
    Problem reported = problems.all().get(0);
    assertThat(reported.position().lineText()).isEqualTo("title: Datos abiertos");
    assertThat(ProblemFormatter.format(reported))
        .contains("content/plans/p/commitments/c1.yaml:2:8")
        .contains("2 | title: Datos abiertos\n")
        .contains("  |        ^");
  }

  @Test
  void aLineNoLongerThereIsLeftOut() throws Exception {
    Path file = temp.resolve("institutions.yaml");
    Files.writeString(file, "a: 1\n");
    ContentReader reader = new ContentReader(temp, "content");
    Problems problems = new Problems();
    var position = reader.read(file, problems).orElseThrow().position(9, 1);

    problems.warning(position, Message.of("fields.unknown-field", "a", "", "b"));

    assertThat(problems.all().get(0).position().lineText()).isEmpty();
  }

  @Test
  void filesMadeOutsideAReaderStillCarryTheirLines() {
    SourceFile history = new SourceFile(Path.of("c1.yaml"), "c1.yaml", "id: c1\ntitle: x\n");
    assertThat(history.position(2, 1).lineText()).isEqualTo("title: x");
  }
}
