package org.acta.cli;

import java.nio.file.Path;
import org.acta.pipeline.BuildOptions;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content: the content folder and the theme. */
final class ContentOptions extends ContentFolder {
  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder of templates that override the built-in theme, file by file "
          + "(default: templates/ beside the content folder, when it exists).")
  Path templates;

  Path templatesOrDefault() {
    return templates != null ? templates : BuildOptions.defaultTemplates(content);
  }
}
