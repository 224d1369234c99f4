package org.acta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.acta.diagnostics.Severity;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A minute's long record is read from its file after loading (see model.Markdown): when the
 * file no longer holds what was loaded, the build says so once, at that file, and does not
 * publish a record no check has seen. Live preview's quick rebuild is where that happens in
 * practice: it reuses the last build's content and reads every record again for its checks.
 */
class ChangedRecordTest {
  static final String LONG = ContentFixture.LONG_MINUTE;
  static final String EDITED = "minutes/2019/2019-03-05-sesion-de-prueba.md";

  @TempDir Path tmp;

  @Test
  void aRecordChangedSinceTheLastBuildIsOneErrorAtItsFile() {
    ContentFixture content = ContentFixture.copyOf("base", tmp);
    content.write(LONG, ContentFixture.longMinute("# Desarrollo\n\n"
        + "La Mesa revisa el avance de cada compromiso con sus responsables.\n\n".repeat(30)));
    Path site = tmp.resolve("site");
    BuildOptions options = new BuildOptions(content.root(), TestSites.THEME, site, null,
        TestDates.TODAY);
    BuildResult built = new SiteBuilder(options).run();
    assertThat(built.ok()).as(built.problems().all().toString()).isTrue();

    // Saved behind the preview's back, then another minute's edit triggers a quick rebuild.
    content.replace(LONG, "# Desarrollo", "# Desarrolla");
    content.replace(EDITED, "title: \"Sesión con", "title: \"Reunión con");
    SiteBuilder.QuickResult quick = new SiteBuilder(options)
        .rerenderMinutes(built.snapshot(), Set.of(content.path(EDITED)), site);

    assertThat(quick.problems().all()).filteredOn(p -> p.severity() == Severity.ERROR)
        .singleElement().satisfies(p -> {
      assertThat(p.position().file()).endsWith(LONG);
      assertThat(p.code()).isEqualTo("stored-body.changed-during-the-build");
    });
    assertThat(quick.written()).isEmpty();
  }
}
