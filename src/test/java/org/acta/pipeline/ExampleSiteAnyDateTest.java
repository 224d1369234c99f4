package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.testing.Cli;
import org.acta.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's CI recipe ({@code acta build && acta check}) passes on the example content
 * whatever day it runs: meetings that pass stay on the meetings page, so the newsletters'
 * {@code meetings/#id} links keep their target (issue 20, "green by default").
 */
class ExampleSiteAnyDateTest {
  @TempDir Path tmp;

  @Test
  void checkPassesAtTheDefaultDate() {
    Path out = tmp.resolve("site");
    Cli.Run build = Cli.acta("build", "--content", TestSites.EXAMPLE_CONTENT.toString(),
        "--out", out.toString());
    assertThat(build.code()).as(build.all()).isZero();
    Cli.Run check = Cli.acta("check", "--out", out.toString());
    assertThat(check.code()).as(check.all()).isZero();
  }

  /** Before the scheduled meetings of the example, on and after the last one, long after. */
  @ParameterizedTest
  @ValueSource(strings = {"2020-01-15", "2020-10-21", "2021-03-16", "2021-03-17",
      "2040-01-01"})
  void checkPassesAtLaterDates(String today) throws Exception {
    Path out = tmp.resolve("site");
    Cli.Run build = Cli.acta("build", "--content", TestSites.EXAMPLE_CONTENT.toString(),
        "--out", out.toString(), "--today", today);
    assertThat(build.code()).as(build.all()).isZero();
    Cli.Run check = Cli.acta("check", "--out", out.toString());
    assertThat(check.code()).as(check.all()).isZero();
    assertThat(check.out()).contains("No broken internal links");

    // Every scheduled meeting keeps its anchor, upcoming or past.
    var page = Jsoup.parse(Files.readString(out.resolve("meetings/index.html")));
    for (String id : new String[] {"2020-10-20-seguimiento-cuarto-plan",
        "2020-12-15-presentacion-quinto-plan", "2021-03-16-informe-irm-cuarto-plan"}) {
      assertThat(page.getElementById(id)).as("meetings/#%s as of %s", id, today).isNotNull();
    }
  }
}
