package org.acta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `acta diff` between two commits of a real repository made in a temporary folder. */
class DiffCommandTest {
  @TempDir Path tmp;

  @Test
  void reportsPagesAndCommitmentChangesBetweenTwoCommits() throws Exception {
    Path repo = tmp.resolve("repo");
    Path content = ContentFixture.copyOf("base", repo).root();
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      commit(git, "2020-01-01T10:00:00Z");
      Path c = content.resolve("plans/2019-2021/commitments/datos-abiertos.yaml");
      Files.writeString(c, Files.readString(c).replace("    status: delayed\n    progress: 40",
          "    status: completed\n    progress: 100\n    evidence:\n"
              + "      - title: Portal\n        url: https://example.test/portal"));
      Files.writeString(content.resolve("minutes/2019/2019-11-20-nueva-sesion.md"),
          "---\ntitle: Nueva sesión\ndate: 2019-11-20\nkind: ordinary\nopen_to_public: true\n"
              + "---\nTexto.\n");
      commit(git, "2020-01-02T10:00:00Z");
    }
    StringWriter out = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    int code = cli.execute("diff", "HEAD~1", "--content", content.toString(), "--templates",
        TestSites.THEME.toString(), "--as-of", TestDates.TODAY.toString(), "--base-url",
        "https://example.test/ga/");
    String report = out.toString();
    assertThat(code).as(report).isZero();
    assertThat(report).contains("## Changes to the published site (against HEAD~1)")
        .contains("### Pages added")
        .contains("- https://example.test/ga/minutes/2019/2019-11-20-nueva-sesion/")
        .contains("### Pages changed")
        .contains("- https://example.test/ga/plans/2019-2021/commitments/datos-abiertos/")
        .contains("| [Datos abiertos de prueba](https://example.test/ga/plans/2019-2021/"
            + "commitments/datos-abiertos/) | delayed, 47 %, limited | in-progress, 67 %, substantial |");
  }

  @Test
  void unknownRevisionIsAClearError() throws Exception {
    Path repo = tmp.resolve("repo");
    ContentFixture.copyOf("base", repo);
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      commit(git, "2020-01-01T10:00:00Z");
    }
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("diff", "no-such-branch", "--content",
        repo.resolve("content").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("unknown revision 'no-such-branch'");
  }

  private static void commit(Git git, String when) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent id = new PersonIdent("Ana", "a@example.test", Date.from(Instant.parse(when)),
        TimeZone.getTimeZone("UTC"));
    git.commit().setMessage("x").setAuthor(id).setCommitter(id).setSign(false).call();
  }
}
