package org.acta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "acta",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds the public site of an open-government forum (minutes, action plans, "
        + "commitments) from a content folder of Markdown and YAML files.",
    subcommands = {BuildCommand.class, ValidateCommand.class, CheckCommand.class,
        ImportCommand.class, VerifySiteCommand.class, ServeCommand.class, DiffCommand.class,
        NewCommand.class, InitCommand.class, IdsCommand.class, EvidenceCommand.class,
        WebEditorCommand.class,
        HelpCommand.class},
    exitCodeOnInvalidInput = 2)
final class ActaCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Read by {@link Main} when a command fails with an internal error. */
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an internal error (exit code 3), print Java's stack trace after the "
          + "one-line message, for a bug report.")
  boolean debug;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: try 'acta build' or "
        + "'acta validate' (see 'acta --help').");
  }
}
