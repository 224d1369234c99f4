package org.acta.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.acta.check.EvidenceArchive;
import org.acta.check.EvidenceFetcher;
import org.acta.check.EvidenceLinkChecker;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.diagnostics.Problems;
import org.acta.load.ArchiveLedger;
import org.acta.load.ContentReader;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evidence", mixinStandardHelpOptions = true,
    description = "Work with the evidence of the commitments.",
    subcommands = EvidenceCommand.Archive.class)
final class EvidenceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing what to do: try 'acta evidence "
        + "archive' (see 'acta evidence --help').");
  }

  @Command(name = "archive", mixinStandardHelpOptions = true,
      description = "Fetch every external evidence link (url:) not yet archived and keep a "
          + "copy in the content folder, under evidence/archive/, with its SHA-256, retrieval "
          + "time, final address and content type in evidence/archive/ledger.yaml; commit them "
          + "so the proof survives link rot. Uses the network (opt-in). Exit code 0 when every "
          + "link is archived, 1 when some could not be (the others are kept).")
  static final class Archive implements Callable<Integer> {
    @Mixin ContentFolder folder;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "20000000",
        description = "Largest copy kept, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--content-type", paramLabel = "TYPE",
        description = "A media type to keep (repeat for more; 'application/vnd.oasis.*' "
            + "matches a family). Default: PDF, HTML, plain text, CSV, JSON, XML, PNG, JPEG, "
            + "OpenDocument, Office Open XML and the older Word and Excel formats.")
    List<String> contentTypes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Seconds allowed for each address, whole download included (default: "
            + "${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws IOException {
      if (maxBytes < 1 || timeoutSeconds < 1) {
        throw new ParameterException(folder.spec.commandLine(),
            "--max-bytes and --timeout must be "
            + "at least 1.");
      }
      var err = folder.spec.commandLine().getErr();
      Problems problems = new Problems();
      var plans = new SiteBuilder(new BuildOptions(folder.content, null, null, null, null))
          .load(problems);
      if (plans.isEmpty()) {
        err.print(ProblemFormatter.format(problems.all()));
        err.println("Fix the content first (acta validate); nothing was fetched.");
        err.flush();
        return 1;
      }
      Map<String, Position> urls = new LinkedHashMap<>();
      EvidenceLinkChecker.external(plans.get()).forEach(e -> urls.putIfAbsent(e.url(),
          e.source()));
      var ledger = ArchiveLedger.read(
          new ContentReader(folder.content, folder.content.toString()), problems);
      var fetcher = new EvidenceFetcher(Duration.ofSeconds(timeoutSeconds), maxBytes,
          contentTypes == null ? EvidenceFetcher.DEFAULT_TYPES : contentTypes);
      EvidenceArchive.Outcome outcome =
          EvidenceArchive.run(folder.content, urls, ledger, fetcher, problems);
      err.print(ProblemFormatter.format(problems.all()));
      err.flush();
      var out = folder.spec.commandLine().getOut();
      out.println("Archived " + outcome.archived() + " of " + urls.size() + " evidence links ("
          + outcome.kept() + " already archived, " + outcome.failed() + " failed)."
          + (outcome.archived() > 0 ? " Commit " + folder.content.resolve("evidence/archive")
          + " to keep them." : ""));
      out.flush();
      return outcome.failed() == 0 ? 0 : 1;
    }
  }
}
