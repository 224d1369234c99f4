package org.acta.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.acta.write.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify-site", mixinStandardHelpOptions = true,
    description = "Check a published site against its manifest.json: every file present and "
        + "unchanged (SHA-256), and no file added. Exit code 0 when the site is exactly as "
        + "built, 1 otherwise.")
final class VerifySiteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", defaultValue = "site",
      description = "The site folder (default: ${DEFAULT-VALUE}).")
  Path site;

  @Override
  public Integer call() throws Exception {
    var problems = Manifest.verify(site);
    var err = spec.commandLine().getErr();
    problems.forEach(p -> err.println(site + "/" + p));
    err.flush();
    if (!problems.isEmpty()) {
      err.println(problems.size() + " differences from the manifest.");
      err.flush();
      return 1;
    }
    spec.commandLine().getOut().println(site + " matches its manifest.");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
