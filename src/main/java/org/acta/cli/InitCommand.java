package org.acta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.acta.scaffold.ActaRelease;
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
        + "validates pull requests and publishes the site from main with this version of Acta, "
        + "downloaded from --release-url and refused unless its SHA-256 is the pinned one; a "
        + ".gitignore; and a README.md "
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

  @Option(names = "--release-url", paramLabel = "URL",
      description = "Where CI downloads this version's acta-VERSION.zip (default: the address "
          + "this build of Acta was released with, if any).")
  String releaseUrl;

  @Option(names = "--release-sha256", paramLabel = "HEX",
      description = "The SHA-256 of that zip, as published beside it (acta-VERSION.zip.sha256)."
          + " Default: the checksum of --release-zip.")
  String releaseSha256;

  @Option(names = "--release-zip", paramLabel = "FILE",
      description = "The release zip you installed Acta from, to pin its SHA-256 (default: "
          + "acta-VERSION.zip beside the folder the launcher runs from, when it is there).")
  Path releaseZip;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    List<Path> written;
    ActaRelease release;
    try {
      release = release();
      // The sample minute is dated today, in UTC as 'acta build' counts "today".
      written = RepositoryInit.run(dir, new RepositoryInit.Options(country, forum, language,
          LocalDate.now(ZoneOffset.UTC), release));
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
    out.println("The CI workflows install Acta " + release.version() + " from "
        + (release.url().isEmpty() ? "(no address yet)" : release.url()) + ", SHA-256 "
        + (release.sha256().isEmpty() ? "(none yet)" : release.sha256()) + ".");
    out.println("Next steps:");
    if (release.url().isEmpty() || release.sha256().isEmpty()) {
      out.println("  - set ACTA_URL and ACTA_SHA256 at the top of .github/workflows/site.yml "
          + "(or .gitlab-ci.yml) to the release zip's address and its published SHA-256 "
          + "(or run acta init with --release-url and --release-zip): until then CI stops "
          + "and says so;");
    }
    out.println("  - cd " + dir + " && acta validate && acta build");
    out.println("  - replace the sample content, then: git init -b main && git add . && "
        + "git commit -m \"Acta repository\"");
    out.println("  - keep one of .github/workflows/site.yml (GitHub) or .gitlab-ci.yml (GitLab);"
        + " README.md tells editors how to publish minutes.");
    out.flush();
    return 0;
  }

  /** The release the workflows pin: this version, its address and its zip's SHA-256. */
  private ActaRelease release() throws ScaffoldException, IOException {
    ActaRelease release = ActaRelease.running();
    if (releaseUrl != null) {
      release = release.withUrl(ActaRelease.checkUrl(releaseUrl));
    }
    if (releaseSha256 != null) {
      return release.withSha256(ActaRelease.checkSha256(releaseSha256));
    }
    Path zip = releaseZip != null ? releaseZip : installedZip(release.version());
    if (zip != null) {
      if (!Files.isRegularFile(zip)) {
        throw new ParameterException(spec.commandLine(), "--release-zip: no file " + zip + ".");
      }
      return release.withSha256(ActaRelease.sha256(zip));
    }
    return release;
  }

  /** acta-VERSION.zip beside ACTA_HOME (where it was unzipped), as the launcher sets it. */
  private static Path installedZip(String version) {
    String home = System.getProperty("acta.home");
    if (home == null) {
      return null;
    }
    Path parent = Path.of(home).toAbsolutePath().getParent();
    Path zip = parent == null ? null : parent.resolve("acta-" + version + ".zip");
    return zip != null && Files.isRegularFile(zip) ? zip : null;
  }
}
