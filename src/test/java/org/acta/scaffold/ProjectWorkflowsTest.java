package org.acta.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** This repository's own CI files are valid YAML and run what the README says CI runs. */
class ProjectWorkflowsTest {
  private static String read(String path) throws Exception {
    String text = Files.readString(TestSites.PROJECT.resolve(path));
    Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    assertThat(parsed).as(path).isInstanceOf(Map.class);
    return text;
  }

  @Test
  void githubCiRunsEveryTestWithJava17() throws Exception {
    assertThat(read(".github/workflows/ci.yml")).contains("push:").contains("pull_request:")
        .contains("actions/setup-java").contains("distribution: temurin")
        .contains("java-version: '17'").contains("run: bash .ci/run");
    assertThat(TestSites.PROJECT.resolve(".ci/run")).isRegularFile();
  }

  @Test
  void githubPagesPublishesTheExampleSiteWithFullHistory() throws Exception {
    assertThat(read(".github/workflows/pages.yml")).contains("branches: [main]")
        .contains("fetch-depth: 0").contains("mvn -B package -DskipTests")
        .contains("actions/upload-pages-artifact").contains("path: site")
        .contains("actions/deploy-pages").contains("pages: write").contains("id-token: write");
  }

  @Test
  void gitlabTestsAndPublishesPublic() throws Exception {
    String text = read(".gitlab-ci.yml");
    assertThat(text).contains("bash .ci/run")
        .contains("mvn -B package -DskipTests -Dacta.site.dir=public")
        .contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH").contains("- public");
    assertThat(text).as("the test job runs where .ci/run can apt-get Debian's chromium")
        .contains("image: debian:bookworm");
  }
}
