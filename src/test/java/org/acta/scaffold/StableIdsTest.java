package org.acta.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.testing.Cli;
import org.acta.testing.ContentFixture;
import org.acta.testing.GitRepos;
import org.acta.testing.TestSites;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Milestone ids: written by 'acta ids add', required once published, stable under edits. */
class StableIdsTest {
  static final String COMMITMENT = "plans/2019-2021/commitments/datos-abiertos.yaml";
  static final Pattern ID_LINE = Pattern.compile("(?m)^  - id: \\d+\\n    ");
  @TempDir Path tmp;

  private Path smallContent(Path repo) throws Exception {
    Path content = repo.resolve("content");
    TestSites.copyTree(ContentFixture.BASE, content);
    return content;
  }

  @Test
  void idsAddNumbersByPositionAndKeepsCommentsAndLayout() throws Exception {
    Path content = smallContent(tmp);
    Path file = content.resolve(COMMITMENT);
    String withIds = Files.readString(file);
    String commented = "# Compromiso de prueba\n" + withIds.replace("    status: delayed\n",
        "    status: delayed   # revisado en marzo\n");
    String without = ID_LINE.matcher(commented).replaceAll("  - ");
    assertThat(without).doesNotContain("- id:");
    // The third milestone already has an id: it is kept, and the others do not take it.
    Files.writeString(file, without.replace("  - title: Hito cancelado",
        "  - id: 1\n    title: Hito cancelado"));

    Cli.Run run = Cli.acta("ids", "add", "--content", content.toString());

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(run.out()).contains("Added 3 ids to ");
    // The numbers the build already showed: each position, or the next one free after it.
    assertThat(Files.readString(file)).isEqualTo(commented
        .replace("  - id: 1\n    title: Hito completado", "  - id: 2\n    title: Hito completado")
        .replace("  - id: 2\n    title: Hito atrasado", "  - id: 3\n    title: Hito atrasado")
        .replace("  - id: 3\n    title: Hito cancelado", "  - id: 1\n    title: Hito cancelado")
        .replace("  - id: 4\n    title: Hito futuro", "  - id: 4\n    title: Hito futuro"));
    assertThat(Cli.acta("ids", "add", "--content", content.toString()).out())
        .contains("Every milestone already has an id.");
  }

  @Test
  void idsAddEditsFlowBlocksCrlfFilesAndWideCharactersInPlace() throws Exception {
    String text = "\uFEFFtitle: \"𝒳 datos\"\r\nmilestones:\r\n  - {title: 𝒳 uno, status: completed}\r\n"
        + "  -   title: dos   # sangría rara\r\n      status: delayed\r\n";
    MilestoneIdWriter.Edit edit = MilestoneIdWriter.withIds(Path.of("c.yaml"), text);
    assertThat(edit.ids()).isEqualTo(2);
    assertThat(edit.text()).isEqualTo("\uFEFFtitle: \"𝒳 datos\"\r\nmilestones:\r\n"
        + "  - {id: 1, title: 𝒳 uno, status: completed}\r\n"
        + "  -   id: 2\r\n      title: dos   # sangría rara\r\n      status: delayed\r\n");
  }

  @Test
  void idsAddRefusesABrokenFileAndChangesNothing() throws Exception {
    Path content = smallContent(tmp);
    Path good = content.resolve(COMMITMENT);
    Files.writeString(good, ID_LINE.matcher(Files.readString(good)).replaceAll("  - "));
    String before = Files.readString(good);
    Path broken = content.resolve("plans/2019-2021/commitments/roto.yaml");
    Files.writeString(broken, "title: x\nmilestones:\n  - title: [abierto\n");

    Cli.Run run = Cli.acta("ids", "add", "--content", content.toString());

    assertThat(run.code()).as(run.all()).isEqualTo(1);
    assertThat(run.err()).contains("roto.yaml:").contains("No file was changed");
    assertThat(Files.readString(good)).isEqualTo(before);
  }

  @Test
  void aPublishedPlanNeedsIdsAndValidateSaysHow() throws Exception {
    Path content = smallContent(tmp);
    Path file = content.resolve(COMMITMENT);
    GitRepos.edit(file, "  - id: 2\n    title: Hito atrasado", "  - title: Hito atrasado");

    Cli.Run run = Cli.validate(content);

    assertThat(run.code()).as(run.all()).isEqualTo(1);
    assertThat(run.err()).contains("datos-abiertos.yaml:36:")
        .contains("has no 'id', but plan '2019-2021' is published (status implementation)")
        .contains("Add 'id: 2'").contains("acta ids add");
    GitRepos.edit(content.resolve("plans/2019-2021/plan.yaml"), "status: implementation",
        "status: co-creation");
    assertThat(Cli.validate(content).code()).isZero();
  }

  @Test
  void aRepeatedIdIsAnError() throws Exception {
    Path content = smallContent(tmp);
    GitRepos.edit(content.resolve(COMMITMENT), "  - id: 2\n", "  - id: 1\n");
    Cli.Run run = Cli.validate(content);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("milestone id '1' is used twice in this commitment");
  }

  /**
   * Done-criterion (c): in a real git repository, a milestone inserted first and two others
   * swapped leave every existing id, anchor and CSV row as it was, and the history names only
   * what happened.
   */
  @Test
  void insertingOrReorderingMilestonesChangesNoIdAnchorOrCsvRow() throws Exception {
    Path repo = tmp.resolve("repo");
    Path content = smallContent(repo);
    Path file = content.resolve(COMMITMENT);
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      GitRepos.commit(git, "Ana Editora", "2019-02-01T12:00:00Z", "Contenido inicial");
      TestSites.buildOk(content, tmp.resolve("before"));

      String text = Files.readString(file);
      int second = text.indexOf("  - id: 2\n");
      int third = text.indexOf("  - id: 3\n");
      int fourth = text.indexOf("  - id: 4\n");
      String reordered = text.substring(0, text.indexOf("  - id: 1\n"))
          + "  - id: 5\n    title: Hito nuevo\n    deliverable: Guía\n    start: 2019-01-01\n"
          + "    end: 2019-03-31\n    status: completed\n"
          + text.substring(text.indexOf("  - id: 1\n"), second)
          + text.substring(third, fourth) + text.substring(second, third)
          + text.substring(fourth);
      Files.writeString(file, reordered);
      GitRepos.commit(git, "Beto Revisor", "2019-08-20T09:30:00Z", "Nuevo hito, orden");
    }
    TestSites.buildOk(content, tmp.resolve("after"));

    List<String> rowsBefore = csvRows(tmp.resolve("before"));
    List<String> rowsAfter = csvRows(tmp.resolve("after"));
    assertThat(rowsAfter).containsAll(rowsBefore).hasSize(rowsBefore.size() + 1);
    assertThat(rowsAfter).anyMatch(r -> r.startsWith("2019-2021,datos-abiertos,5,Hito nuevo,"));

    String pageBefore = commitmentPage(tmp.resolve("before"));
    String pageAfter = commitmentPage(tmp.resolve("after"));
    for (String id : List.of("1", "2", "3", "4")) {
      assertThat(titleAt(pageAfter, id)).isEqualTo(titleAt(pageBefore, id)).isNotEmpty();
    }
    assertThat(titleAt(pageAfter, "5")).isEqualTo("Hito nuevo");
    String json = Files.readString(tmp.resolve("after/data/acta.json"));
    assertThat(json).containsPattern("\"id\"\\s*:\\s*\"5\",\\s*\"title\"\\s*:\\s*\"Hito nuevo\"");
    // Matched by id, the reorder is no change at all; only the insertion is reported.
    String history = pageAfter.substring(pageAfter.indexOf("id=\"sec-history\""));
    assertThat(history).contains("Hito agregado: «Hito nuevo»")
        .doesNotContain("Hito eliminado").doesNotContain("Estado de");
  }

  @Test
  void historySaysIdsWereWrittenAndNothingElseChanged() throws Exception {
    Path repo = tmp.resolve("repo");
    Path content = smallContent(repo);
    Path file = content.resolve(COMMITMENT);
    Files.writeString(file, ID_LINE.matcher(Files.readString(file)).replaceAll("  - "));
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      GitRepos.commit(git, "Ana Editora", "2019-02-01T12:00:00Z", "Sin ids");
      assertThat(Cli.acta("ids", "add", "--content", content.toString()).code()).isZero();
      GitRepos.commit(git, "Beto Revisor", "2019-08-20T09:30:00Z", "acta ids add");
    }
    TestSites.buildOk(content, tmp.resolve("site"));
    String page = commitmentPage(tmp.resolve("site"));
    assertThat(page.substring(page.indexOf("id=\"sec-history\"")))
        .contains("<ul class=\"changes\"><li>Ids de hitos escritos en el archivo (sin cambio en "
            + "lo declarado): 1, 2, 3, 4</li></ul>");
  }

  private static List<String> csvRows(Path site) throws Exception {
    return Files.readAllLines(site.resolve("data/milestones.csv")).stream().skip(1).toList();
  }

  private static String commitmentPage(Path site) throws Exception {
    return Files.readString(site.resolve("plans/2019-2021/commitments/datos-abiertos/index.html"));
  }

  /** The title shown in the milestone whose anchor is {@code #milestone-<id>}. */
  private static String titleAt(String page, String id) {
    Matcher m = Pattern.compile("id=\"milestone-" + id + "\">\\s*<h3[^>]*>([^<]*)</h3>")
        .matcher(page);
    return m.find() ? m.group(1).strip() : "";
  }
}
