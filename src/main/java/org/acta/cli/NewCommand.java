package org.acta.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.newsletter.NewsletterScaffold;
import org.acta.scaffold.ContentScaffold;
import org.acta.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Create a new content file (a minute, a commitment or a plan), valid as "
        + "created: the required fields filled in, every optional field present as a "
        + "commented-out example that says what it means. An existing file is never "
        + "overwritten. Exit code 0 when the file was written, 1 when the content refuses it "
        + "(it exists, the plan does not), 2 for wrong arguments.",
    subcommands = {NewCommand.Minute.class, NewCommand.Commitment.class, NewCommand.Plan.class,
        NewCommand.Newsletter.class})
public final class NewCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin EditorLanguage language;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), Message.of("new.missing-what")
        .text(language.resolve(Path.of("content"))));
  }

  /** Something that writes files, and may refuse. */
  interface Scaffolding {
    List<Path> write() throws ScaffoldException, IOException;
  }

  /** Runs a scaffolding step: prints what was written and the next step, or why not. */
  static int run(ContentFolder folder, EditorLanguage language, Scaffolding step) {
    CommandSpec spec = folder.spec;
    Path content = folder.content;
    Lang lang = language.resolve(content);
    var err = spec.commandLine().getErr();
    List<Path> written;
    try {
      written = step.write();
    } catch (ScaffoldException e) {
      if (e.usage()) {
        throw new ParameterException(spec.commandLine(), e.text(lang));
      }
      err.println(e.text(lang));
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println(Message.of("new.cannot-write", e).text(lang));
      err.flush();
      return 1;
    }
    var out = spec.commandLine().getOut();
    for (Path p : written) {
      out.println(Message.of("cli.wrote", p).text(lang));
    }
    String validate = Path.of("content").equals(content) ? "acta validate"
        : "acta validate --content " + content;
    out.println(Message.of("new.next", validate).text(lang));
    out.flush();
    return 0;
  }

  @Command(name = "minute", mixinStandardHelpOptions = true,
      description = "Write content/minutes/YYYY/YYYY-MM-DD-<slug>.md: the front matter with "
          + "title, date, kind: ordinary and open_to_public: false filled in, every optional "
          + "field (times, place, attendees, agenda, agreements, follow-up) as a commented "
          + "example, and a skeleton of the record in Markdown.")
  static final class Minute implements Callable<Integer> {
    @Option(names = "--date", required = true, paramLabel = "DATE",
        description = "Date of the session, YYYY-MM-DD (also the start of the file name).")
    LocalDate date;

    @Option(names = "--title", required = true, paramLabel = "TITLE",
        description = "Title of the session, one line (quote it).")
    String title;

    @Option(names = "--slug", paramLabel = "SLUG",
        description = "The file name after the date: lowercase letters, digits and hyphens. "
            + "Default: made from the title (accents folded, at most about 60 characters).")
    String slug;

    @Mixin ContentFolder folder;

    @Mixin EditorLanguage language;

    @Override
    public Integer call() {
      return run(folder, language,
          () -> List.of(new ContentScaffold(folder.content).newMinute(date, title, slug)));
    }
  }

  @Command(name = "newsletter", mixinStandardHelpOptions = true,
      description = "Write the next newsletter, content/newsletters/YYYY-MM-boletin-N.md, with "
          + "the next number and its period pre-filled: from the day after the previous "
          + "newsletter's period to the end of the month before --date.")
  static final class Newsletter implements Callable<Integer> {
    @Option(names = "--date", paramLabel = "DATE",
        description = "Date of the newsletter, YYYY-MM-DD (default: today).")
    LocalDate date;

    @Mixin ContentFolder folder;

    @Mixin EditorLanguage language;

    @Override
    public Integer call() {
      LocalDate day = date != null ? date : LocalDate.now(ZoneOffset.UTC);
      return run(folder, language, () -> {
        try {
          return List.of(NewsletterScaffold.write(folder.content, day));
        } catch (IOException e) {
          throw ScaffoldException.refused(e.getMessage());
        }
      });
    }
  }

  @Command(name = "commitment", mixinStandardHelpOptions = true,
      description = "Write content/plans/<plan>/commitments/<id>.yaml with every field of the "
          + "OGP commitment template: the plan's start and end dates, a lead institution, "
          + "\"Describa …\" placeholders for the problem, description and solution, one OGP "
          + "value and one not-started milestone; the optional fields as commented examples.")
  static final class Commitment implements Callable<Integer> {
    @Option(names = "--plan", required = true, paramLabel = "ID",
        description = "The plan (its folder name under content/plans/, e.g. 2018-2020).")
    String plan;

    @Option(names = "--id", required = true, paramLabel = "ID",
        description = "The commitment's id, also its file name: lowercase letters, digits "
            + "and hyphens, unique across all plans (e.g. transparencia-municipal).")
    String id;

    @Option(names = "--title", required = true, paramLabel = "TITLE",
        description = "Title of the commitment, one line (quote it).")
    String title;

    @Option(names = "--lead", paramLabel = "INSTITUTION",
        description = "Id of the lead institution, from institutions.yaml. Default: the first "
            + "institution listed there.")
    String lead;

    @Mixin ContentFolder folder;

    @Mixin EditorLanguage language;

    @Override
    public Integer call() {
      return run(folder, language,
          () -> List.of(new ContentScaffold(folder.content).newCommitment(plan, id, title,
              lead)));
    }
  }

  @Command(name = "plan", mixinStandardHelpOptions = true,
      description = "Write content/plans/<id>/plan.yaml (status co-creation, the optional "
          + "fields as commented examples) and an empty commitments/ folder for "
          + "'acta new commitment'.")
  static final class Plan implements Callable<Integer> {
    @Option(names = "--id", required = true, paramLabel = "ID",
        description = "The plan's id, also its folder name: lowercase letters, digits and "
            + "hyphens (e.g. 2022-2024).")
    String id;

    @Option(names = "--number", required = true, paramLabel = "N",
        description = "The plan's number, 1 to 99, unique among the plans (e.g. 6 for the "
            + "sixth plan).")
    int number;

    @Option(names = "--title", required = true, paramLabel = "TITLE",
        description = "Title of the plan, one line (quote it).")
    String title;

    @Option(names = "--start", required = true, paramLabel = "DATE",
        description = "Start of the plan's implementation, YYYY-MM-DD.")
    LocalDate start;

    @Option(names = "--end", required = true, paramLabel = "DATE",
        description = "End of the plan's implementation, YYYY-MM-DD, after --start.")
    LocalDate end;

    @Mixin ContentFolder folder;

    @Mixin EditorLanguage language;

    @Override
    public Integer call() {
      return run(folder, language,
          () -> new ContentScaffold(folder.content).newPlan(id, number, title, start, end));
    }
  }
}
