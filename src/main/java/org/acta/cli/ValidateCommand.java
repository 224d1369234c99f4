package org.acta.cli;

import java.util.concurrent.Callable;
import org.acta.build.BuildOptions;
import org.acta.build.BuildResult;
import org.acta.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check the content (and render every page in memory) without writing "
        + "anything. Prints every error and warning with file, line and column. Exit code 0 "
        + "when there are no errors, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Override
  public Integer call() {
    BuildResult result = new SiteBuilder(new BuildOptions(content.content,
        content.templatesOrDefault(), null, null, null)).run();
    Report.problems(result, spec.commandLine().getErr());
    if (result.ok()) {
      var out = spec.commandLine().getOut();
      out.println("Content is valid: " + result.pages() + " pages would be built.");
      out.flush();
      return 0;
    }
    return 1;
  }
}
