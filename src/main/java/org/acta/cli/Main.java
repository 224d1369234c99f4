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
    return new CommandLine(new ActaCommand());
  }
}
