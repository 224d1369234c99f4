package org.acta.cli;

import java.nio.file.Path;
import org.acta.pipeline.BuildOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content. */
final class ContentOptions {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder of templates that override the built-in theme, file by file "
          + "(default: templates/ beside the content folder, when it exists).")
  Path templates;

  Path templatesOrDefault() {
    return templates != null ? templates : BuildOptions.defaultTemplates(content);
  }
}
