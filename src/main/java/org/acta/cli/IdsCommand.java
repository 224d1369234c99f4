package org.acta.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.acta.diagnostics.Counts;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.scaffold.MilestoneIdWriter;
import org.acta.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "ids", mixinStandardHelpOptions = true,
    description = "Manage the stable ids that citations of milestones rely on.",
    subcommands = IdsCommand.Add.class)
final class IdsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing what to do: try 'acta ids add' "
        + "(see 'acta ids --help').");
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Write an 'id' into every milestone of every commitment file that has "
          + "none, numbered by its current position (the number its anchor and CSV row already "
          + "use), skipping ids already taken. Only the new lines are written: comments and "
          + "layout stay as they are. Exit code 0 when done (also when nothing was missing), 1 "
          + "when a file cannot be read (then no file is changed).")
  static final class Add implements Callable<Integer> {
    @Mixin ContentFolder folder;

    @Mixin EditorLanguage language;

    @Override
    public Integer call() {
      Lang lang = language.resolve(folder.content);
      List<MilestoneIdWriter.Added> added;
      try {
        added = MilestoneIdWriter.addAll(folder.content);
      } catch (ScaffoldException e) {
        if (e.usage()) {
          throw new ParameterException(folder.spec.commandLine(), e.getMessage());
        }
        folder.spec.commandLine().getErr().println(e.getMessage());
        folder.spec.commandLine().getErr().flush();
        return 1;
      } catch (IOException e) {
        folder.spec.commandLine().getErr()
            .println(Message.of("ids.cannot-read", e).text(lang));
        folder.spec.commandLine().getErr().flush();
        return 1;
      }
      var out = folder.spec.commandLine().getOut();
      int total = added.stream().mapToInt(MilestoneIdWriter.Added::ids).sum();
      added.forEach(a -> out.println(Message.of(a.ids() == 1 ? "ids.added-to-file.one"
          : "ids.added-to-file.other", a.ids(), a.file()).text(lang)));
      out.println((total == 0 ? Message.of("ids.none-missing") : Message.of("ids.added-total",
          Message.of(total == 1 ? "count.milestone-id.one" : "count.milestone-id.other", total),
          Counts.files(added.size()))).text(lang));
      out.flush();
      return 0;
    }
  }
}
