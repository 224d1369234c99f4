package org.acta.load;

import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.acta.cli.Main;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deeply nested Markdown in any Markdown field is a content error at its line, in every
 * command; before, flexmark's StackOverflowError crashed the build with a JVM stack trace and
 * exit code 1.
 */
class DeepMarkdownTest {
  @TempDir Path tmp;

  private static final String DEEP_QUOTES = "> ".repeat(1000) + "citado\n";

  @ParameterizedTest
  @ValueSource(strings = {"build", "validate"})
  void aDeepMinuteBodyIsAContentErrorAtItsLine(String command) {
    ContentFixture f = ContentFixture.minimal(tmp)
        .replace(ContentFixture.MINUTE, "Se revisan", DEEP_QUOTES + "\nSe revisan");
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    int code = command.equals("build")
        ? cli.execute("build", "--content", f.root().toString(), "--out",
            tmp.resolve("site").toString(), "--as-of", "2020-01-01")
        : cli.execute("validate", "--content", f.root().toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("2018-05-08-primera-sesion.md:8:65")
        .contains("nested 33 deep").doesNotContain("StackOverflowError").doesNotContain("\tat ");
  }

  @Test
  void aDeepListInACommitmentFieldIsReportedAtItsLine() {
    String list = IntStream.range(0, 400).mapToObj(i -> "    " + "  ".repeat(i) + "- paso\n")
        .reduce("", String::concat);
    ContentFixture f = ContentFixture.minimal(tmp).replace(ContentFixture.COMMITMENT,
        "description: Un estándar común de transparencia activa municipal.\n",
        "description: |\n" + list);
    assertOnlyProblem(f.problems()).isError()
        // the 33rd item: line 7 + 32, after the block's 4 spaces, 64 more and "- "
        .isAt(ContentFixture.display(ContentFixture.COMMITMENT), 7 + 32, 4 + 64 + 2 + 1)
        .messageContains("nested 33 deep", "at most 32");
  }

  @Test
  void deepEmphasisIsReportedWhereItOpens() {
    ContentFixture f = ContentFixture.minimal(tmp).replace(ContentFixture.MINUTE,
        "Se revisan", "*".repeat(2000) + "x" + "*".repeat(2000) + "\n\nSe revisan");
    assertOnlyProblem(f.problems()).isError()
        .isAt(ContentFixture.display(ContentFixture.MINUTE), 8, 1)
        .messageContains("emphasis markers", "32");
  }
}
