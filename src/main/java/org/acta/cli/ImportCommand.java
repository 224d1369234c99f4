package org.acta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.diagnostics.Problems;
import org.acta.importer.ConsultationImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import data from other tools into the content folder.",
    subcommands = {ImportCommand.Consultation.class})
final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "Missing what to import: try 'acta import consultation FILE.csv --plan ID'.");
  }

  @Command(name = "consultation", mixinStandardHelpOptions = true,
      description = "Import citizen inputs and the forum's responses from a CSV file (UTF-8, "
          + "comma-separated, header row; columns: id, date, channel, author, author_public, "
          + "email, phone, theme, text, outcome, reason, commitments, response_date) into "
          + "content/plans/<plan>/consultation/, one file per input. Every row is checked "
          + "first; on any error each bad row is reported by line and nothing is written.")
  static final class Consultation implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The CSV file to import.")
    Path file;

    @Option(names = "--plan", required = true, paramLabel = "ID",
        description = "The plan the consultation belongs to (its folder name).")
    String plan;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
        description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @picocli.CommandLine.Mixin EditorLanguage language;

    @Option(names = "--keep-private",
        description = "Also write e-mails, phone numbers and the names of authors who did not "
            + "agree to publication into the content files. They are never shown on the site, "
            + "but a public repository's history would expose them: use this only for a "
            + "private content repository.")
    boolean keepPrivate;

    @Override
    public Integer call() throws Exception {
      var err = spec.commandLine().getErr();
      Lang lang = language.resolve(content);
      if (!Files.isRegularFile(file)) {
        err.println(Message.of("import.no-such-file", file).text(lang));
        err.flush();
        return 1;
      }
      Problems problems = new Problems();
      var importer = new ConsultationImport(content, plan, problems, keepPrivate);
      var written = importer.run(file, file.toString());
      err.print(ProblemFormatter.format(problems.all(), lang));
      if (problems.hasErrors()) {
        err.println(Message.of("cli.nothing-imported", ProblemFormatter.summary(problems, lang))
            .text(lang));
        err.flush();
        return 1;
      }
      err.flush();
      var out = spec.commandLine().getOut();
      out.println(Message.of("import.imported", Message.of(written.size() == 1
          ? "count.input.one" : "count.input.other", written.size()),
          content.resolve("plans").resolve(plan).resolve("consultation")).text(lang));
      if (importer.withheld() > 0) {
        out.println(Message.of(importer.withheld() == 1 ? "import.withheld.one"
            : "import.withheld.other", importer.withheld()).text(lang));
      }
      out.flush();
      return 0;
    }
  }
}
