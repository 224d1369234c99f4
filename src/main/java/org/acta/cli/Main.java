package org.acta.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar acta.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns the exit code: 0 ok, 1 content errors, 2 usage errors. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for callers (and tests) that set their own out/err. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ActaCommand());
    // A bug must not look like a content problem: say so, and keep the stack trace short.
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("acta: internal error: " + e
          + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "")
          + "\nThis is a bug in Acta, not in your content; please report it with the command "
          + "you ran. Nothing was written.");
      commandLine.getErr().flush();
      return 3;
    });
    return cli;
  }
}
