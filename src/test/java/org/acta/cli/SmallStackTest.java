package org.acta.cli;

import static org.acta.markdown.MarkdownLimits.MAX_BLOCK_DEPTH;
import static org.acta.markdown.MarkdownLimits.MAX_INLINE_DEPTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * acta's own main, in a JVM of its own with a thread stack far smaller than the default, on
 * real minutes: Markdown nested as deep as the limits allow still renders, and deeper Markdown
 * is refused with one located line. Neither ends in a stack trace.
 */
class SmallStackTest {
  /** A quarter of the usual 1 MB main-thread stack (and the worker threads' too). */
  private static final String SMALL_STACK = "-Xss256k";

  @TempDir
  Path temp;

  private record Run(int code, String out, String err) {}

  private Run acta(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), SMALL_STACK,
        "-XX:ThreadStackSize=256", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    Path out = temp.resolve("stdout");
    Path err = temp.resolve("stderr");
    Process p = new ProcessBuilder(command).directory(temp.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("acta ended in time").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** A minute body nested {@code depth} deep in block quotes, lists and emphasis at once. */
  private static String nested(int depth) {
    return "> ".repeat(depth) + "cita\n\n"
        + "- ".repeat(depth) + "lista\n\n"
        + "*".repeat(depth) + "énfasis" + "*".repeat(depth) + "\n\n"
        + "[".repeat(depth) + "corchetes" + "]".repeat(depth) + "\n";
  }

  @Test
  void markdownAsDeepAsTheLimitsRendersOnASmallStack() throws Exception {
    int depth = Math.min(MAX_BLOCK_DEPTH, MAX_INLINE_DEPTH);
    var f = ContentFixture.minimal(temp).replace(ContentFixture.MINUTE,
        "Se revisan los desafíos del próximo plan.\n", nested(depth));

    Run r = acta("build", "--content", f.root().toString(), "--out", "site",
        "--today", TestDates.TODAY.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out() + r.err()).doesNotContain("\tat ", "Exception", "Error");
    String page = Files.readString(temp.resolve(
        "site/minutes/2018/2018-05-08-primera-sesion/index.html"));
    assertThat(page.split("<blockquote", -1)).hasSize(depth + 1);
    assertThat(page).contains("cita", "lista", "énfasis", "corchetes");
  }

  @Test
  void markdownDeeperThanTheLimitsIsRefusedInOneLocatedLine() throws Exception {
    var f = ContentFixture.minimal(temp).replace(ContentFixture.MINUTE,
        "Se revisan los desafíos del próximo plan.\n", "> ".repeat(2_000) + "cita\n");

    Run r = acta("validate", "--content", f.root().toString(), "--format", "github");

    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).singleElement().asString()
        .contains("2018-05-08-primera-sesion.md", "line=8", "nested")
        .doesNotContain("\tat ", "StackOverflowError");
  }
}
