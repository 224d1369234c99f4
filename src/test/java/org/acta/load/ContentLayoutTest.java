package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT_YAML;
import static org.acta.testing.ContentFixture.INSTITUTIONS;
import static org.acta.testing.ContentFixture.PLAN;
import static org.acta.testing.ContentFixture.PLAN_YAML;
import static org.acta.testing.ContentFixture.SITE;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The folder layout is the schema: missing files, misplaced files and bad names. */
class ContentLayoutTest {
  @TempDir
  Path temp;

  @Test
  void missingSiteYamlIsAnError() {
    var checked = ContentFixture.minimal(temp).delete(SITE).check();

    assertOnlyProblem(checked.problems()).isError().isAt(display(SITE), 0, 0)
        .messageContains("is missing", "the site's settings");
    assertThat(checked.loaded().config()).isNull();
  }

  @Test
  void missingInstitutionsYamlIsAnError() {
    var problems = ContentFixture.minimal(temp).delete(INSTITUTIONS).problems();

    // The commitment's lead institution can then not be found either.
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).position().file()).isEqualTo(display(INSTITUTIONS));
    assertThat(problems.get(0).message()).contains("is missing", "the list of institutions");
  }

  @Test
  void missingPlanYamlIsAnError() {
    var problems = ContentFixture.minimal(temp).delete(PLAN).problems();

    assertOnlyProblem(problems).isError().isAt(display(PLAN), 0, 0)
        .messageContains("is missing", "the plan's number, title, dates and status");
  }

  @Test
  void emptyContentFolderReportsTheTwoRequiredFiles() {
    var problems = ContentFixture.empty(temp).problems();

    assertThat(problems).extracting(p -> p.position().file())
        .containsExactly(display(INSTITUTIONS), display(SITE));
  }

  @Test
  void minutesAndPlansAreOptional() {
    var f = ContentFixture.empty(temp).write(SITE, ContentFixture.SITE_YAML)
        .write(INSTITUTIONS, ContentFixture.INSTITUTIONS_YAML);

    assertThat(f.problems()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Plan-4", "plan_4", "2018--2020"})
  void planFolderWithABadNameIsAnError(String name) {
    var f = ContentFixture.minimal(temp).write("plans/" + name + "/plan.yaml",
        PLAN_YAML.replace("number: 4", "number: 5"));

    assertOnlyProblem(f.problems()).isError().isAt(display("plans/" + name), 0, 0)
        .messageContains("plan folder names are the plan id", "lowercase letters");
  }

  @Test
  void fileDirectlyInPlansIsAnError() {
    var f = ContentFixture.minimal(temp).write("plans/notas.md", "notas");

    assertOnlyProblem(f.problems()).isError().isAt(display("plans/notas.md"), 0, 0)
        .messageContains("one folder per plan");
  }

  @ParameterizedTest
  @ValueSource(strings = {"otro.yml", "Otro.yaml", "otro_compromiso.yaml", "otro.json"})
  void commitmentFileWithABadNameIsAnError(String name) {
    String file = "plans/2018-2020/commitments/" + name;
    var f = ContentFixture.minimal(temp).write(file, COMMITMENT_YAML);

    assertOnlyProblem(f.problems()).isError().isAt(display(file), 0, 0)
        .messageContains("commitment files are named <id>.yaml", "lowercase letters");
  }

  @Test
  void commitmentIdIsItsFileName() {
    var f = ContentFixture.minimal(temp)
        .write("plans/2018-2020/commitments/datos-abiertos-2.yaml", COMMITMENT_YAML);

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans().get(0).commitments())
        .extracting(c -> c.id()).containsExactly("datos-abiertos-2", "transparencia-municipal");
  }

  @Test
  void evidenceAndOtherFoldersAreNotRead() throws Exception {
    var f = ContentFixture.minimal(temp).write("evidence/2019/informe.pdf", "%PDF-1.4")
        .writeBytes("evidence/2019/binario.bin", new byte[] {(byte) 0xFF, 0, (byte) 0xFE});

    assertThat(Files.exists(f.path("evidence/2019/informe.pdf"))).isTrue();
    assertThat(f.problems()).isEmpty();
  }

  @Test
  void planFolderWithoutCommitmentsIsFine() {
    var f = ContentFixture.minimal(temp).write("plans/2020-2022/plan.yaml", PLAN_YAML
        .replace("number: 4", "number: 5").replace("start: 2018-09-01", "start: 2020-09-01")
        .replace("end: 2020-08-31", "end: 2022-08-31"));

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().plans()).extracting(p -> p.id())
        .as("plans newest first").containsExactly("2020-2022", "2018-2020");
  }
}
