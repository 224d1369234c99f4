package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML pages of the hostile build (see HostileOutputTest, which reads every other format
 * back strictly) pass the Nu Html Checker: no raw control character, noncharacter or markup
 * from a title or a text reaches a page.
 */
class HostileHtmlIT {
  @TempDir Path tmp;

  @Test
  void everyPageOfHostileContentIsValidHtml() throws Exception {
    Path site = HostileOutputTest.hostileSite(tmp);
    List<String> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).map(Path::toString).sorted()
          .toList();
    }
    assertThat(pages).hasSizeGreaterThan(30);
    Path vnu = Path.of(System.getProperty("acta.vnu.jar",
        TestSites.PROJECT.resolve(".tools/node_modules/vnu-jar/build/dist/vnu.jar").toString()));
    assertThat(vnu).as("vnu.jar (installed by .ci/run)").isRegularFile();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        vnu.toString(), "--errors-only", "--skip-non-html"));
    command.addAll(pages);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("vnu finished").isTrue();
    assertThat(report).as("vnu's errors").isBlank();
    assertThat(process.exitValue()).as(report).isZero();
  }
}
