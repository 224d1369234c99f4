package org.acta.cli;

import java.io.PrintWriter;
import java.util.List;
import org.acta.diagnostics.Failures;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Entry point of {@code java -jar acta.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    installUncaughtHandler(List.of(args).contains("--debug"));
    System.exit(run(args));
  }

  /** A thread nobody waits for (serve's watcher, say) that dies ends Acta the same way. */
  static void installUncaughtHandler(boolean debug) {
    Thread.setDefaultUncaughtExceptionHandler((thread, thrown) -> {
      Failures.report(thrown, new PrintWriter(System.err, true), debug);
      Runtime.getRuntime().halt(Failures.EXIT_CODE);
    });
  }

  /**
   * Runs a command line and returns the exit code: 0 ok, 1 content errors, 2 usage errors,
   * 3 internal errors.
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for callers (and tests) that set their own out/err. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ActaCommand());
    // A bug must not look like a content problem: say so on one line. picocli hands Exceptions
    // to this handler (those of other threads arrive wrapped, e.g. in a CompletionException)...
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) ->
        failed(e, commandLine, parseResult));
    // ...and lets Errors (StackOverflowError, OutOfMemoryError) through: catch them too.
    cli.setExecutionStrategy(parseResult -> {
      try {
        return new CommandLine.RunLast().execute(parseResult);
      } catch (ExecutionException | ParameterException e) {
        throw e;
      } catch (Throwable e) {
        return failed(e, parseResult.commandSpec().commandLine(), parseResult);
      }
    });
    return cli;
  }

  private static int failed(Throwable e, CommandLine commandLine, ParseResult parseResult) {
    Failures.report(e, commandLine.getErr(), debug(parseResult));
    return Failures.EXIT_CODE;
  }

  /** Whether --debug was given, before the command's name or after it. */
  private static boolean debug(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
