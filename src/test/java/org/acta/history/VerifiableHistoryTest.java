package org.acta.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.acta.check.LinkChecker;
import org.acta.testing.ContentFixture;
import org.acta.testing.GitRepos;
import org.acta.testing.TestSites;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-criteria (d) and (e) of issue 16, in real git repositories: a renamed commitment keeps
 * its history and its old address redirects; history entries link to commits and pull
 * requests as each forge writes its addresses.
 */
class VerifiableHistoryTest {
  static final String OLD = "content/plans/2019-2021/commitments/datos-abiertos.yaml";
  static final String NEW = "content/plans/2019-2021/commitments/portal-datos-abiertos.yaml";
  @TempDir Path tmp;
  Path repo;
  Path content;

  @BeforeEach
  void copyContent() throws Exception {
    repo = tmp.resolve("repo");
    content = repo.resolve("content");
    TestSites.copyTree(ContentFixture.BASE, content);
  }

  private String page(Path site, String path) throws Exception {
    return Files.readString(site.resolve(path + "index.html"));
  }

  @Test
  void aRenamedCommitmentKeepsItsHistoryAndItsOldAddressRedirects() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      GitRepos.commit(git, "Ana Editora", "2019-02-01T12:00:00Z", "Contenido inicial");
      GitRepos.edit(repo.resolve(OLD), "    status: delayed\n    progress: 40",
          "    status: in-progress\n    progress: 60");
      GitRepos.commit(git, "Beto Revisor", "2019-08-20T09:30:00Z", "Avance del portal");
      Files.move(repo.resolve(OLD), repo.resolve(NEW));
      GitRepos.edit(content.resolve("minutes/2019/2019-03-05-sesion-de-prueba.md"),
          "datos-abiertos", "portal-datos-abiertos");
      GitRepos.commit(git, "Carla Tres", "2019-09-01T10:00:00Z", "Nombre más claro");
    }
    Path site = tmp.resolve("site");
    TestSites.buildOk(content, site);

    String now = page(site, "plans/2019-2021/commitments/portal-datos-abiertos/");
    String history = now.substring(now.indexOf("id=\"sec-history\""));
    assertThat(history).contains("Renombrado (antes plans/2019-2021/commitments/"
        + "datos-abiertos.yaml)").contains("Carla Tres").contains("Beto Revisor")
        .contains("Estado de «Hito atrasado»: delayed → in-progress").contains("Ana Editora")
        .contains("Creado");

    String old = page(site, "plans/2019-2021/commitments/datos-abiertos/");
    assertThat(old)
        .contains("<meta http-equiv=\"refresh\" content=\"0; url=../../../../plans/2019-2021/"
            + "commitments/portal-datos-abiertos/\">")
        .contains("<link rel=\"canonical\" href=\"https://example.test/ga/plans/2019-2021/"
            + "commitments/portal-datos-abiertos/\">")
        .contains("<meta name=\"robots\" content=\"noindex\">");
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertThat(sitemap).contains("commitments/portal-datos-abiertos/")
        .doesNotContain("commitments/datos-abiertos/");
    assertThat(new LinkChecker(site, "/ga/").check()).isEmpty();
  }

  /** A repository with a merged pull request and a squashed one, as forges write them. */
  private Map<String, RevCommit> pullRequestHistory(String mergeMessage) throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      RevCommit first = GitRepos.commit(git, "Ana Editora", "2019-02-01T12:00:00Z", "Inicio");
      git.checkout().setCreateBranch(true).setName("avance").call();
      GitRepos.edit(repo.resolve(OLD), "    status: delayed\n    progress: 40",
          "    status: in-progress\n    progress: 60");
      RevCommit branch = GitRepos.commit(git, "Beto Revisor", "2019-08-20T09:30:00Z",
          "Avance del portal");
      git.checkout().setName("main").call();
      git.merge().include(branch).setFastForward(MergeCommand.FastForwardMode.NO_FF)
          .setMessage(mergeMessage).call();
      GitRepos.edit(repo.resolve(OLD), "    progress: 60", "    progress: 70");
      RevCommit squash = GitRepos.commit(git, "Carla Tres", "2019-09-01T10:00:00Z",
          "Avance de septiembre (#9)");
      return Map.of("first", first, "branch", branch, "squash", squash);
    }
  }

  private String historyWith(String repositoryLines) throws Exception {
    Files.writeString(content.resolve("site.yaml"),
        Files.readString(content.resolve("site.yaml")) + repositoryLines);
    Path site = tmp.resolve("site");
    TestSites.buildOk(content, site);
    String page = page(site, "plans/2019-2021/commitments/datos-abiertos/");
    return page.substring(page.indexOf("id=\"sec-history\""));
  }

  @Test
  void gitHubLinksCommitsAndPullRequests() throws Exception {
    var c = pullRequestHistory("Merge pull request #12 from ana/avance\n\nAvance del portal");
    String history = historyWith("repository_url: https://github.com/mesa/contenido\n");
    assertThat(history)
        .contains("href=\"https://github.com/mesa/contenido/commit/" + c.get("branch").name())
        .contains("href=\"https://github.com/mesa/contenido/pull/12\"")
        .contains("href=\"https://github.com/mesa/contenido/commit/" + c.get("squash").name())
        .contains("href=\"https://github.com/mesa/contenido/pull/9\"")
        .contains("href=\"https://github.com/mesa/contenido/commit/" + c.get("first").name())
        .contains("Beto Revisor").contains("Avance de «Hito atrasado»: 60 % → 70 %");
  }

  @Test
  void gitLabLinksCommitsAndMergeRequests() throws Exception {
    var c = pullRequestHistory("Merge branch 'avance' into 'main'\n\nAvance del portal\n\n"
        + "See merge request mesa/contenido!7");
    String history = historyWith("repository_url: https://gitlab.com/mesa/contenido.git\n");
    assertThat(history)
        .contains("href=\"https://gitlab.com/mesa/contenido/-/commit/" + c.get("branch").name())
        .contains("href=\"https://gitlab.com/mesa/contenido/-/merge_requests/7\"")
        .contains("href=\"https://gitlab.com/mesa/contenido/-/merge_requests/9\"");
  }

  @Test
  void giteaAndForgejoLinksCommitsAndPullRequests() throws Exception {
    var c = pullRequestHistory("Merge pull request 'Avance' (#12) from avance into main");
    String history = historyWith("repository_url: https://git.mesa.example/mesa/contenido/\n"
        + "forge: gitea\n");
    assertThat(history)
        .contains("href=\"https://git.mesa.example/mesa/contenido/commit/" + c.get("branch").name())
        .contains("href=\"https://git.mesa.example/mesa/contenido/pulls/12\"");
  }

  @Test
  void anUnknownHostNeedsAnExplicitForge() throws Exception {
    Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
        + "repository_url: https://git.mesa.example/mesa/contenido\n");
    var result = TestSites.build(content, tmp.resolve("site"));
    assertThat(result.ok()).isFalse();
    assertThat(result.problems().all().toString()).contains("site.yaml")
        .contains("add 'forge: github', 'forge: gitlab' or 'forge: gitea'");
  }

  @Test
  void withoutRepositoryUrlTheCommitIsShownUnlinked() throws Exception {
    pullRequestHistory("Merge pull request #12 from ana/avance");
    Path site = tmp.resolve("site");
    TestSites.buildOk(content, site);
    String page = page(site, "plans/2019-2021/commitments/datos-abiertos/");
    assertThat(page).doesNotContain("/commit/").contains("#12");
  }

  @Test
  void pullRequestNumbersAreReadAsEachForgeWritesThem() {
    assertThat(PullRequests.named("Merge pull request #12 from a/b")).isEqualTo(12);
    assertThat(PullRequests.named("Merge branch 'x' into 'main'\n\nSee merge request g/p!7"))
        .isEqualTo(7);
    assertThat(PullRequests.named("Arregla fechas (#31)")).isEqualTo(31);
    assertThat(PullRequests.named("Merge pull request 'Fechas' (#4) from x into main"))
        .isEqualTo(4);
    assertThat(PullRequests.named("Corrige el hito #3 del compromiso")).isNull();
  }
}
