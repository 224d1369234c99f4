package org.acta.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StagedOutputTest {
  @TempDir Path dir;

  private Path content() throws Exception {
    return Files.createDirectories(dir.resolve("content"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil.html", "a/../../evil.html", "/etc/passwd", "a//b", "a\\b",
      "./x", "a/./b", ".."})
  void refusesPathsThatLeaveTheOutput(String path) throws Exception {
    try (StagedOutput out = StagedOutput.open(dir.resolve("site"), content())) {
      assertThatThrownBy(() -> out.write(path, new byte[] {1}))
          .isInstanceOf(OutputException.class).hasMessageContaining("refusing");
    }
    assertThat(dir.resolve("evil.html")).doesNotExist();
  }

  @Test
  void reportsTwoClaimsOnOnePath() throws Exception {
    try (StagedOutput out = StagedOutput.open(dir.resolve("site"), content())) {
      assertThat(out.claim("a/index.html", "first")).isNull();
      assertThat(out.claim("a/index.html", "second")).isEqualTo("first");
    }
  }

  @Test
  void commitSwapsAndUncommittedLeavesPreviousSiteUntouched() throws Exception {
    Path site = dir.resolve("site");
    try (StagedOutput out = StagedOutput.open(site, content())) {
      out.write("index.html", "v1".getBytes());
      out.commit();
    }
    assertThat(site.resolve("index.html")).hasContent("v1");
    try (StagedOutput out = StagedOutput.open(site, content())) {
      out.write("index.html", "v2".getBytes());
      // no commit: as if the build failed
    }
    assertThat(site.resolve("index.html")).hasContent("v1");
    try (var leftovers = Files.list(dir)) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains("acta-build") || n.contains("acta-old"));
    }
  }

  @Test
  void neverReplacesAFolderActaDidNotMake() throws Exception {
    Path mine = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(mine.resolve("thesis.txt"), "precious");
    assertThatThrownBy(() -> StagedOutput.open(mine, content()))
        .isInstanceOf(OutputException.class).hasMessageContaining("was not made by Acta");
    assertThat(mine.resolve("thesis.txt")).hasContent("precious");
  }

  @Test
  void refusesAnOutputThatOverlapsTheContent() throws Exception {
    Path content = content();
    assertThatThrownBy(() -> StagedOutput.open(content.resolve("site"), content))
        .isInstanceOf(OutputException.class).hasMessageContaining("overlaps");
    assertThatThrownBy(() -> StagedOutput.open(dir, content))
        .isInstanceOf(OutputException.class).hasMessageContaining("overlaps");
  }

  @Test
  void secondConcurrentBuildIsRefusedWithAClearMessage() throws Exception {
    Path site = dir.resolve("site");
    try (StagedOutput first = StagedOutput.open(site, content())) {
      assertThatThrownBy(() -> StagedOutput.open(site, content()))
          .isInstanceOf(OutputException.class).hasMessageContaining("another build");
    }
  }

  @Test
  void aBuildKilledMidSwapIsRepairedByTheNextBuild() throws Exception {
    Path site = dir.resolve("site");
    try (StagedOutput out = StagedOutput.open(site, content())) {
      out.write("index.html", "v1".getBytes());
      out.commit();
    }
    // As if killed after moving the old site aside, before moving the new one in:
    Path aside = dir.resolve(".site.acta-old-123");
    Files.move(site, aside);
    Files.createDirectories(dir.resolve(".site.acta-build-456"));
    try (StagedOutput out = StagedOutput.open(site, content())) {
      assertThat(site.resolve("index.html")).hasContent("v1");
      assertThat(aside).doesNotExist();
      assertThat(dir.resolve(".site.acta-build-456")).doesNotExist();
    }
  }
}
