package org.acta.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Counts;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.PhaseTimes;
import org.acta.pipeline.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the static site. It is written to a temporary folder and swapped in "
        + "only when the whole build succeeds, so a failed build leaves the previous site as "
        + "it was. Exit code 0 on success, 1 when the content has errors.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOptions content;
  @Mixin EditorLanguage language;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "Output folder (default: ${DEFAULT-VALUE}). Replaced on each build; an "
          + "existing folder not made by Acta is never replaced.")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Public address of the site, for canonical links (default: base_url in "
          + "site.yaml).")
  String baseUrl;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Build the site as the content stood on DATE (YYYY-MM-DD): the content of "
          + "the last commit on or before it (committer date, UTC, on the first-parent line "
          + "of HEAD), its history up to that commit, and DATE as today. Without git history, "
          + "the content as it is, with a warning.")
  LocalDate asOf;

  @Option(names = "--today", paramLabel = "DATE",
      description = "Only move \"today\" (YYYY-MM-DD) for overdue milestones and similar; the "
          + "content is read as it is. Default: the date of the latest commit touching the "
          + "content, or today when there is no git history.")
  LocalDate today;

  @Option(names = "--timings",
      description = "Print the wall time of each build phase (load, checks, render, write...) "
          + "to standard error.")
  boolean timings;

  @Override
  public Integer call() {
    if (asOf != null && today != null) {
      throw new ParameterException(spec.commandLine(), "--as-of and --today cannot be used "
          + "together: --as-of DATE already makes DATE today.");
    }
    BuildResult result = new SiteBuilder(new BuildOptions(content.content,
        content.templatesOrDefault(), out, baseUrl, today, asOf)).run();
    var err = spec.commandLine().getErr();
    Lang lang = language.resolve(content.content);
    Report.problems(result, err, lang);
    if (timings) {
      PhaseTimes.print(result.times(), err);
    }
    if (!result.ok()) {
      err.println(Message.of("cli.build-failed", out).text(lang));
      err.flush();
      return 1;
    }
    var stdout = spec.commandLine().getOut();
    stdout.println(Message.of("cli.built", Counts.pages(result.pages()),
        Counts.files(result.files()), out, result.asOf(), result.asOfSource()).text(lang));
    stdout.flush();
    return 0;
  }
}
