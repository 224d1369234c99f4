package org.acta.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.diagnostics.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
  @TempDir Path site;

  @Test
  void aMissingMeetingAnchorSaysWhyItIsMissing() throws Exception {
    Files.createDirectories(site.resolve("meetings"));
    Files.writeString(site.resolve("meetings/index.html"),
        "<!DOCTYPE html><p id=\"2020-10-20-sesion\">x</p>");
    Files.writeString(site.resolve("index.html"), "<!DOCTYPE html>"
        + "<a href=\"meetings/#2020-10-20-sesion\">ok</a>"
        + "<a href=\"meetings/#2020-12-15-renombrada\">gone</a>"
        + "<a href=\"index.html#nada\">other page</a>");
    var broken = new LinkChecker(site, "/").check();
    assertThat(broken).hasSize(2);
    assertThat(broken.get(0).reason().text(Lang.EN)).startsWith("no element with id '2020-12-15-renombrada'")
        .contains("content/meetings/2020-12-15-renombrada.yaml", "renamed or deleted");
    assertThat(broken.get(1).reason().text(Lang.EN)).isEqualTo("no element with id 'nada'");
  }
}
