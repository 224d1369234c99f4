package org.acta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.acta.diff.SiteDiff;
import org.acta.history.GitDates;
import org.acta.write.StagedOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Summarise what the current content changes in the published site compared "
        + "with a git revision (e.g. the pull request's base): pages added, removed and changed, "
        + "and commitments whose status or progress changed, as a Markdown report a CI job can "
        + "post as a comment. Exit code 0, or 1 when either side does not build.")
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Parameters(paramLabel = "BASE", description = "A git revision: a branch, tag or commit, "
      + "e.g. origin/main or HEAD~1.")
  String base;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the Markdown report to FILE instead of standard output.")
  Path output;

  // Only "today" moves here: BASE and the working tree are the two contents compared. The
  // name --as-of is kept for existing scripts.
  @Option(names = {"--today", "--as-of"}, paramLabel = "DATE",
      description = "Compare both sides with this date as today (default: the latest content "
          + "commit). --as-of is an older name for it.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown (default: a report a bot can post as the pull request's comment) "
          + "or json (the same, for scripts).")
  String format;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Public address used for the links in the report.")
  String baseUrl;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("markdown") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--format must be markdown or json; got '" + format + "'.");
    }
    LocalDate date = asOf != null ? asOf : GitDates.latestContentCommit(content.content)
        .orElse(LocalDate.now(ZoneOffset.UTC));
    Path work = Files.createTempDirectory("acta-diff-");
    try {
      var result = SiteDiff.compare(content.content, content.templatesOrDefault(), base, date,
          work);
      String report = format.equals("json") ? SiteDiff.json(result, base)
          : SiteDiff.markdown(result, base, baseUrl);
      if (output != null) {
        Files.writeString(output, report);
      } else {
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
      }
      return result.problems().isEmpty() ? 0 : 1;
    } catch (IOException e) {
      spec.commandLine().getErr().println("acta diff: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    } finally {
      StagedOutput.deleteTree(work);
    }
  }
}
