package org.acta.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --content} option, for commands that write into the content folder ({@code acta
 * new …}); {@link ContentOptions} adds what the commands that read it need.
 */
class ContentFolder {
  /** The command this option belongs to, for its output streams and usage errors. */
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Content folder (default: ${DEFAULT-VALUE}).")
  Path content;
}
