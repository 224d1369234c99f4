package org.acta.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
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

  private static Object inode(Path file) throws Exception {
    return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
  }

  /** A successful build of these files; returns how many it kept from the previous one. */
  private int build(Path site, String... pathsAndTexts) throws Exception {
    try (StagedOutput out = StagedOutput.open(site, content())) {
      for (int i = 0; i < pathsAndTexts.length; i += 2) {
        out.write(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes());
      }
      out.commit();
      return out.keptFiles();
    }
  }

  @Test
  void aFileWithTheSameBytesAsInThePreviousBuildKeepsItsFileAndTime() throws Exception {
    Path site = dir.resolve("site");
    build(site, "a/index.html", "same", "b/index.html", "old");
    Path a = site.resolve("a/index.html");
    Object inode = inode(a);
    FileTime time = Files.getLastModifiedTime(a);
    assertThat(build(site, "a/index.html", "same", "b/index.html", "new")).isEqualTo(1);
    assertThat(a).hasContent("same");
    assertThat(inode(a)).isEqualTo(inode);
    assertThat(Files.getLastModifiedTime(a)).isEqualTo(time);
    assertThat(site.resolve("b/index.html")).hasContent("new");
    assertThat(Manifest.verify(site)).isEmpty();
  }

  @Test
  void aFileChangedByHandSinceTheBuildIsWrittenAgainEvenWithItsSizeAndTime() throws Exception {
    Path site = dir.resolve("site");
    build(site, "index.html", "built");
    Path file = site.resolve("index.html");
    FileTime time = Files.getLastModifiedTime(file);
    Files.writeString(file, "BUILT");
    Files.setLastModifiedTime(file, time);
    assertThat(build(site, "index.html", "built")).isZero();
    assertThat(site.resolve("index.html")).hasContent("built");
    assertThat(Manifest.verify(site)).isEmpty();
  }

  @Test
  void withoutAReadableManifestEveryFileIsWritten() throws Exception {
    Path site = dir.resolve("site");
    build(site, "index.html", "built");
    Files.writeString(site.resolve(Manifest.FILE), "not json");
    assertThat(build(site, "index.html", "built")).isZero();
    assertThat(site.resolve("index.html")).hasContent("built");
  }

  @Test
  void aFailedBuildThatKeptFilesLeavesThePreviousSiteIntact() throws Exception {
    Path site = dir.resolve("site");
    build(site, "index.html", "v1");
    try (StagedOutput out = StagedOutput.open(site, content())) {
      out.write("index.html", "v1".getBytes());
      assertThat(out.keptFiles()).isEqualTo(1);
      // no commit: the staged link is removed, the previous file stays
    }
    assertThat(site.resolve("index.html")).hasContent("v1");
    assertThat(Manifest.verify(site)).isEmpty();
  }

  @Test
  void aFileBehindASymbolicLinkPlantedInThePreviousSiteIsNeverLinked() throws Exception {
    Path site = dir.resolve("site");
    build(site, "docs/index.html", "page");
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("index.html"), "page");
    StagedOutput.deleteTree(site.resolve("docs"));
    Files.createSymbolicLink(site.resolve("docs"), outside);
    assertThat(build(site, "docs/index.html", "page")).isZero();
    assertThat(inode(site.resolve("docs/index.html")))
        .isNotEqualTo(inode(outside.resolve("index.html")));
  }

  @Test
  void aCopiedFileThatDidNotChangeIsKeptToo() throws Exception {
    Path site = dir.resolve("site");
    Path evidence = Files.writeString(dir.resolve("informe.csv"), "a,b\n1,2\n");
    assertThat(buildCopying(site, "evidence/informe.csv", evidence)).isZero();
    Object inode = inode(site.resolve("evidence/informe.csv"));
    assertThat(buildCopying(site, "evidence/informe.csv", evidence)).isEqualTo(1);
    assertThat(inode(site.resolve("evidence/informe.csv"))).isEqualTo(inode);
    Files.writeString(evidence, "a,b\n1,3\n");
    assertThat(buildCopying(site, "evidence/informe.csv", evidence)).isZero();
    assertThat(site.resolve("evidence/informe.csv")).hasContent("a,b\n1,3\n");
    assertThat(Manifest.verify(site)).isEmpty();
  }

  private int buildCopying(Path site, String path, Path source) throws Exception {
    try (StagedOutput out = StagedOutput.open(site, content())) {
      out.copy(path, source);
      out.commit();
      return out.keptFiles();
    }
  }
}
