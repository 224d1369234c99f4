package org.acta.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.acta.cli.InitCommand;
import org.acta.cli.Main;
import org.acta.cli.NewCommand;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import picocli.CommandLine;

/**
 * Runs Acta's command line in the test's JVM through picocli, capturing what it prints: the
 * whole {@code acta …} command line, or the {@code new} and {@code init} commands alone.
 */
public final class Cli {
  public record Run(int code, String out, String err) {
    /** Everything printed, for assertion messages. */
    public String all() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private Cli() {}

  public static Run acta(String... args) {
    return run(Main.commandLine(), args);
  }

  public static Run newCommand(String... args) {
    return run(new CommandLine(new NewCommand()), args);
  }

  public static Run init(String... args) {
    return run(new CommandLine(new InitCommand()), args);
  }

  public static Run validate(Path content) {
    return acta("validate", "--content", content.toString());
  }

  private static Run run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A copy of the example site's content, which a test may change. */
  public static Path exampleContent(Path tmp) throws IOException {
    Path content = tmp.resolve("content");
    TestSites.copyTree(TestSites.EXAMPLE_CONTENT, content);
    return content;
  }

  /** The content as the project's own loader reads it, with the problems it found. */
  public static ContentLoader.Loaded load(Path content, Problems problems) throws IOException {
    return new ContentLoader(new ContentReader(content, "content"), problems).load();
  }
}
