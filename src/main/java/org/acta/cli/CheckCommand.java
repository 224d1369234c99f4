package org.acta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.acta.check.EvidenceLinkChecker;
import org.acta.check.LinkChecker;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Plural;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.diagnostics.Problems;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.SiteBuilder;
import org.acta.write.StagedOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check a built site for broken internal links and anchors. With --external, "
        + "also ask every evidence web address in the content whether it still answers (this "
        + "uses the network). Exit code 0 when nothing is broken, 1 otherwise.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "The built site to check (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--base-path", paramLabel = "PATH",
      description = "The path the site is served under, for links that start with / (e.g. "
          + "/gobierno-abierto/). Default: the one the site was built for (from its base URL), "
          + "else /.")
  String basePath;

  @Option(names = "--external",
      description = "Also check the evidence links (url:) of every commitment over the network.")
  boolean external;

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Content folder whose evidence links --external checks (default: "
          + "${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "With --external: seconds to wait for each address (default: "
          + "${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Mixin EditorLanguage language;

  @Override
  public Integer call() throws Exception {
    Lang lang = language.resolve(content);
    int status = checkSite(lang);
    if (external) {
      status = Math.max(status, checkEvidence(lang));
    }
    return status;
  }

  private int checkEvidence(Lang lang) {
    var err = spec.commandLine().getErr();
    Problems problems = new Problems();
    var result = new SiteBuilder(new BuildOptions(content, null,
        null, null, null)).load(problems);
    int checked = result.map(plans -> new EvidenceLinkChecker(
        Duration.ofSeconds(timeoutSeconds)).check(plans, problems)).orElse(0);
    err.print(ProblemFormatter.format(problems.all(), lang));
    err.flush();
    if (problems.hasErrors()) {
      err.println(ProblemFormatter.summary(problems, lang));
      err.flush();
      return 1;
    }
    spec.commandLine().getOut().println(Message.of(checked == 1
        ? "cli.evidence-links-answer.one" : "cli.evidence-links-answer.other", checked)
        .text(lang));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private int checkSite(Lang lang) throws IOException {
    var err = spec.commandLine().getErr();
    if (!Files.isDirectory(out)) {
      err.println(Message.of("cli.no-site", out).text(lang));
      err.flush();
      return 1;
    }
    String path = basePath != null ? basePath
        : StagedOutput.markerValue(out, "base_path").orElse("/");
    var broken = new LinkChecker(out, path).check();
    broken.forEach(b -> err.println(out + "/" + b.text(lang)));
    err.flush();
    if (!broken.isEmpty()) {
      err.println(Message.of(broken.size() == 1 ? "cli.broken-links.one"
          : "cli.broken-links.other", broken.size()).text(lang));
      err.flush();
      return 1;
    }
    spec.commandLine().getOut().println(Message.of("cli.no-broken-links", out).text(lang));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
