package org.acta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.acta.check.LinkChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check a built site for broken internal links and anchors (external links "
        + "are not fetched). Exit code 0 when none are broken, 1 otherwise.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
      description = "The built site to check (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--base-path", paramLabel = "PATH", defaultValue = "/",
      description = "The path the site is served under, for links that start with / "
          + "(default: ${DEFAULT-VALUE}; e.g. /gobierno-abierto/).")
  String basePath;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    if (!Files.isDirectory(out)) {
      err.println(out + ": no such folder; build the site first with 'acta build'.");
      err.flush();
      return 1;
    }
    var broken = new LinkChecker(out, basePath).check();
    broken.forEach(b -> err.println(out + "/" + b));
    err.flush();
    if (!broken.isEmpty()) {
      err.println(broken.size() + " broken links.");
      err.flush();
      return 1;
    }
    spec.commandLine().getOut().println("No broken internal links in " + out + ".");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
