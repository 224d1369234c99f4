package org.acta.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Plural;
import org.acta.diagnostics.ReportFormat;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
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
  @Mixin EditorLanguage language;

  @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
      description = "How to print problems: human (default; with the line quoted and a caret), "
          + "github (GitHub Actions annotations, shown on the pull request's diff) or json.")
  String format;

  @Override
  public Integer call() {
    ReportFormat how;
    try {
      how = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be "
          + "human, github or json; got '" + format + "'.");
    }
    Lang lang = language.resolve(content.content);
    BuildResult result = new SiteBuilder(new BuildOptions(content.content,
        content.templatesOrDefault(), null, null, null)).run();
    if (how == ReportFormat.HUMAN) {
      Report.problems(result, spec.commandLine().getErr(), lang);
    } else {
      // Machine formats go to standard output, complete, so CI can capture them.
      spec.commandLine().getOut().print(how.format(result.problems(), lang));
      spec.commandLine().getOut().flush();
      return result.ok() ? 0 : 1;
    }
    if (result.ok()) {
      var out = spec.commandLine().getOut();
      out.println(Message.of("cli.content-valid", result.pages()).text(lang));
      out.flush();
      return 0;
    }
    return 1;
  }
}
