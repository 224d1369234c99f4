package org.acta.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site gets the modes the umask allows, like files made by any other tool: a site folder
 * of mode 0700 gives 403 errors once copied with cp -a or served by another user. The
 * expected modes are those of a folder and a file this test makes itself under the same umask
 * (0755 and 0644 under umask 022).
 */
class OutputPermissionsTest {
  @TempDir Path dir;

  @Test
  void aBuiltSiteHasTheModesTheUmaskAllows() throws Exception {
    Path content = dir.resolve("content");
    TestSites.copyTree(ContentFixture.BASE, content);
    // An editor's private evidence file must not stay private in the public site.
    Files.setPosixFilePermissions(content.resolve("evidence/informe.txt"),
        PosixFilePermissions.fromString("rw-------"));
    Path site = dir.resolve("site");
    TestSites.buildOk(content, site);

    Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(
        Files.createDirectory(dir.resolve("reference-folder")));
    Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(
        Files.createFile(dir.resolve("reference-file")));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(site)))
        .isEqualTo(PosixFilePermissions.toString(folderMode));
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p : walk.toList()) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
            .as(site.relativize(p).toString())
            .isEqualTo(PosixFilePermissions.toString(
                Files.isDirectory(p) ? folderMode : fileMode));
      }
    }
  }

  @Test
  void aFileReplacedInPlaceByTheLivePreviewKeepsTheUmaskMode() throws Exception {
    Path site = Files.createDirectory(dir.resolve("site"));
    StagedOutput.replaceInPlace(site, "a/index.html", "<p>x</p>".getBytes());
    Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(
        Files.createFile(dir.resolve("reference-file")));
    assertThat(PosixFilePermissions.toString(
        Files.getPosixFilePermissions(site.resolve("a/index.html"))))
        .isEqualTo(PosixFilePermissions.toString(fileMode));
  }
}
