package org.acta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.cli.Main;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `acta new newsletter` continues the numbering and the periods, and validates as created. */
class NewNewsletterTest {
  @TempDir Path tmp;

  private int acta(StringWriter out, String... args) {
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    return cli.execute(args);
  }

  @Test
  void nextIssueGetsTheNextNumberAndPeriod() throws Exception {
    Path content = tmp.resolve("content");
    TestSites.copyTree(TestSites.EXAMPLE_CONTENT, content);
    StringWriter out = new StringWriter();
    assertThat(acta(out, "new", "newsletter", "--date", "2020-08-10", "--content",
        content.toString())).as(out.toString()).isZero();
    Path file = content.resolve("newsletters/2020-08-boletin-4.md");
    assertThat(file).exists();
    assertThat(Files.readString(file)).contains("number: 4\n")
        .contains("  start: 2020-02-01\n  end: 2020-07-31\n");
    StringWriter validate = new StringWriter();
    assertThat(acta(validate, "validate", "--content", content.toString()))
        .as(validate.toString()).isZero();
    assertThat(acta(new StringWriter(), "new", "newsletter", "--date", "2020-08-10",
        "--content", content.toString())).isEqualTo(1);
  }

  @Test
  void firstIssueCoversTheLastSixMonths() throws Exception {
    Path content = ContentFixture.copyOf("base", tmp).root();
    StringWriter out = new StringWriter();
    assertThat(acta(out, "new", "newsletter", "--date", "2020-03-05", "--content",
        content.toString())).as(out.toString()).isZero();
    assertThat(Files.readString(content.resolve("newsletters/2020-03-boletin-1.md")))
        .contains("number: 1\n").contains("  start: 2019-09-01\n  end: 2020-02-29\n");
  }
}
