package org.acta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Whatever goes wrong inside Acta, and on whichever thread, the user gets exit code 3 and one
 * line, never a JVM stack trace unless --debug asks for it. The failures are real (a runaway
 * recursion, an array larger than any heap), thrown by a command added to the real command
 * line the way acta's own commands are.
 */
class InternalErrorsTest {
  @Command(name = "explode")
  static final class Explode implements Callable<Integer> {
    @Parameters(index = "0") String what;
    @Parameters(index = "1") String where;

    @Override
    public Integer call() throws Exception {
      Runnable fail = switch (what) {
        case "stack" -> () -> recurse(0);
        case "heap" -> () -> System.out.println(new long[Integer.MAX_VALUE - 8].length);
        case "bug" -> () -> List.of().get(1);
        default -> throw new IllegalArgumentException(what);
      };
      switch (where) {
        case "main" -> fail.run();
        case "parallel" -> IntStream.range(0, 8).parallel().forEach(i -> fail.run());
        case "future" -> CompletableFuture.runAsync(fail).join();
        default -> throw new IllegalArgumentException(where);
      }
      return 0;
    }

    private static int recurse(int n) {
      return recurse(n + 1) + 1;
    }
  }

  record Run(int code, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.addSubcommand(new Explode());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return new Run(cli.execute(args), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"stack main", "stack parallel", "stack future", "bug main",
      "bug parallel", "bug future"})
  void anInternalErrorIsExitThreeAndOneLine(String how) {
    Run r = run(("explode " + how).split(" "));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("acta: internal error: ")
        .contains(how.startsWith("stack") ? "StackOverflowError" : "IndexOutOfBounds")
        .contains("not in your content").contains("--debug");
  }

  @ParameterizedTest
  @ValueSource(strings = {"heap main", "heap parallel", "heap future"})
  void runningOutOfMemoryAdvisesMoreHeap(String how) {
    Run r = run(("explode " + how).split(" "));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("acta: out of memory").contains("-Xmx").contains("JAVA_TOOL_OPTIONS")
        .contains("'Performance and the benchmark'");
  }

  @Test
  void debugAddsTheStackTraceBeforeOrAfterTheCommandName() {
    for (String[] args : List.of(new String[] {"--debug", "explode", "bug", "main"},
        new String[] {"explode", "bug", "main", "--debug"})) {
      Run r = run(args);
      assertThat(r.code()).isEqualTo(3);
      assertThat(r.err().lines().findFirst()).hasValueSatisfying(
          line -> assertThat(line).startsWith("acta: internal error: "));
      assertThat(r.err()).contains("\tat org.acta.cli.InternalErrorsTest$Explode");
    }
  }

  @Test
  void aThreadNobodyWaitsForEndsActaTheSameWay() throws Exception {
    // In a JVM of its own: the default handler ends the process.
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"),
        DyingThread.class.getName()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).isEqualTo(3);
    assertThat(output.lines()).singleElement().asString()
        .startsWith("acta: internal error: java.lang.StackOverflowError");
  }

  /** Installs Acta's handlers as acta's main does, then dies on a thread of its own. */
  public static final class DyingThread {
    public static void main(String[] args) throws Exception {
      Thread watcher = new Thread(() -> Explode.recurse(0), "acta-watch");
      Main.installUncaughtHandler(false);
      watcher.start();
      watcher.join();
      Thread.sleep(10_000); // never reached: the handler ends the JVM with exit code 3
      System.exit(0);
    }
  }
}
