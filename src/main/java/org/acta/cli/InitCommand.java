package org.acta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.acta.scaffold.RepositoryInit;
import org.acta.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create a new country's content repository in DIR: content/ with site.yaml, "
        + "two sample institutions, a sample minute, a sample plan and commitment (all valid); "
        + "CI for GitHub (.github/workflows/site.yml) and GitLab (.gitlab-ci.yml) that "
        + "validates pull requests and publishes the site from main with a committed Acta jar "
        + "(tools/acta.jar or acta.jar), downloading nothing; a .gitignore; and a README.md "
        + "that tells editors how to publish minutes. DIR must not exist or be empty. Exit "
        + "code 0 when created, 1 when DIR is refused, 2 for wrong arguments.")
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR",
      description = "Folder for the new repository; created if missing, refused if not empty.")
  Path dir;

  @Option(names = "--country", paramLabel = "NAME",
      description = "The country's name, for site.yaml and the README (default: a sample "
          + "name to replace).")
  String country;

  @Option(names = "--forum", paramLabel = "NAME",
      description = "The forum's name, for site.yaml and the README (default: a generic "
          + "name to replace).")
  String forum;

  @Option(names = "--language", paramLabel = "LANG", defaultValue = "es",
      description = "Language of the site, the sample content and the editors' README: "
          + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  RepositoryInit.Language language;

  @Option(names = "--no-jar",
      description = "Do not copy the running Acta jar into DIR/tools/acta.jar (by default it "
          + "is copied when Acta runs from its jar).")
  boolean noJar;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    Path jar = noJar ? null : runningJar();
    List<Path> written;
    try {
      // The sample minute is dated today, in UTC as 'acta build' counts "today".
      written = RepositoryInit.run(dir, new RepositoryInit.Options(country, forum, language,
          LocalDate.now(ZoneOffset.UTC), jar));
    } catch (ScaffoldException e) {
      if (e.usage()) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      err.println(e.getMessage());
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("cannot create the repository: " + e + ". Nothing was left in " + dir + ".");
      err.flush();
      return 1;
    }
    var out = spec.commandLine().getOut();
    out.println("Created a new Acta repository in " + dir + ":");
    written.forEach(p -> out.println("  " + p));
    String acta = jar != null ? "java -jar tools/acta.jar" : "java -jar acta.jar";
    out.println("Next steps:");
    if (jar == null) {
      out.println("  - put Acta's jar in " + dir.resolve("tools/acta.jar") + " (or "
          + dir.resolve("acta.jar") + ") and commit it: the CI workflows use it and download "
          + "nothing;");
    }
    out.println("  - cd " + dir + " && " + acta + " validate && " + acta + " build");
    out.println("  - replace the sample content, then: git init -b main && git add . && "
        + "git commit -m \"Acta repository\"");
    out.println("  - keep one of .github/workflows/site.yml (GitHub) or .gitlab-ci.yml (GitLab);"
        + " README.md tells editors how to publish minutes.");
    out.flush();
    return 0;
  }

  /** The jar this program runs from, or null (e.g. when run from classes in development). */
  private static Path runningJar() {
    try {
      var source = InitCommand.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? path : null;
    } catch (Exception e) {
      return null;
    }
  }
}
