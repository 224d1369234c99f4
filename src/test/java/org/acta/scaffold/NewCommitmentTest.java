package org.acta.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.diagnostics.Problems;
import org.acta.model.Ref;
import org.acta.model.Commitment;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.OgpValue;
import org.acta.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommitmentTest {
  @TempDir Path tmp;
  Path content;

  @BeforeEach
  void copyExample() throws Exception {
    content = Cli.exampleContent(tmp);
  }

  private Cli.Run newCommitment(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "commitment";
    args[1] = "--content";
    args[2] = content.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return Cli.newCommand(args);
  }

  private Commitment loaded(String id) throws Exception {
    Problems problems = new Problems();
    var loaded = Cli.load(content, problems);
    assertThat(problems.hasErrors()).as(ProblemFormatter.format(problems.all())).isFalse();
    return loaded.commitments().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void writesAValidCommitmentWithThePlansDatesAndTheFirstInstitution() throws Exception {
    Cli.Run r = newCommitment("--plan", "2018-2020", "--id", "presupuesto-abierto", "--title",
        "Presupuesto abierto: datos \"en línea\"");
    assertThat(r.code()).as(r.all()).isZero();
    Path file = content.resolve("plans/2018-2020/commitments/presupuesto-abierto.yaml");
    assertThat(file).isRegularFile();
    assertThat(r.out()).contains("Wrote " + file).contains("acta validate");

    Cli.Run v = Cli.validate(content);
    assertThat(v.code()).as(v.all()).isZero();
    // Valid, and reminded of each placeholder still to be written over.
    assertThat(v.err()).doesNotContainPattern("presupuesto-abierto\\.yaml:\\d+:\\d+: error")
        .containsPattern("presupuesto-abierto\\.yaml:\\d+:\\d+: warning: this is still the "
            + "instruction text");

    Commitment c = loaded("presupuesto-abierto");
    assertThat(c.planId()).isEqualTo("2018-2020");
    assertThat(c.title().value()).isEqualTo("Presupuesto abierto: datos \"en línea\"");
    // the first of institutions.yaml
    assertThat(c.leadInstitutions()).extracting(Ref::id).containsExactly("segpres");
    assertThat(c.start().value().first()).isEqualTo(LocalDate.of(2018, 9, 1));
    assertThat(c.end().value().last()).isEqualTo(LocalDate.of(2020, 8, 31));
    assertThat(c.problem().value().source()).startsWith("Describa");
    assertThat(c.description().value().source()).startsWith("Describa");
    assertThat(c.solution().value().source()).startsWith("Describa");
    assertThat(c.ogpValues().value()).singleElement()
        .satisfies(v2 -> assertThat(v2.value()).isEqualTo(OgpValue.ACCESS_TO_INFORMATION));
    Milestone m = c.milestones().get(0);
    assertThat(c.milestones()).hasSize(1);
    assertThat(m.status().value()).isEqualTo(MilestoneStatus.NOT_STARTED);
    assertThat(m.start().value()).isGreaterThanOrEqualTo(c.start().value());
    assertThat(m.end().value()).isLessThanOrEqualTo(c.end().value());
  }

  @Test
  void everyFieldOfTheOgpTemplateIsThere() throws Exception {
    assertThat(newCommitment("--plan", "2018-2020", "--id", "nuevo", "--title", "Nuevo")
        .code()).isZero();
    String text = Files.readString(content.resolve("plans/2018-2020/commitments/nuevo.yaml"));
    for (String required : new String[] {"title", "lead_institution", "start", "end",
        "problem", "description", "solution", "ogp_values", "milestones"}) {
      assertThat(text).as(required).containsPattern("(?m)^" + required + ":.* # \\S");
    }
    for (String optional : new String[] {"ogp_id", "partner_institutions", "status_quo",
        "sdgs", "themes", "officials", "completion", "irm"}) {
      assertThat(text).as(optional).containsPattern("(?m)^# " + optional + ":.* # \\S");
    }
    for (String nested : new String[] {"civic_participation", "public_accountability",
        "technology_and_innovation", "goal", "targets", "name", "role", "institution",
        "actual_start", "actual_end", "progress", "evidence", "url", "path", "date", "report",
        "verifiable", "relevance", "potential_for_results", "promising", "open_government",
        "starred"}) {
      assertThat(text).as(nested).containsPattern("(?m)^ *# *(- )?" + nested + ":");
    }
    assertThat(text).containsPattern("(?m)^    status: not-started +# \\S");
  }

  @Test
  void uncommentingEveryExampleGivesRealFieldsInValidYaml() throws Exception {
    assertThat(newCommitment("--plan", "2018-2020", "--id", "nuevo", "--title", "Nuevo")
        .code()).isZero();
    Path file = content.resolve("plans/2018-2020/commitments/nuevo.yaml");
    Files.writeString(file, Examples.uncomment(Files.readString(file)));
    Cli.Run v = Cli.validate(content);
    // Only what the examples cannot know may fail: the sample evidence file does not exist,
    // and a not-started milestone has no actual end.
    assertThat(v.err()).doesNotContain("unknown field").doesNotContain("not valid YAML")
        .doesNotContain("appears twice").doesNotContain("must be one of");
    assertThat(v.err().lines().filter(l -> l.contains(": error: ")).toList())
        .allSatisfy(l -> assertThat(l).containsAnyOf("evidence file", "'actual_end'"));
  }

  @Test
  void leadOptionChoosesTheInstitution() throws Exception {
    Cli.Run r = newCommitment("--plan", "2018-2020", "--id", "nuevo", "--title", "Nuevo",
        "--lead", "cplt");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(loaded("nuevo").leadInstitutions()).extracting(Ref::id)
        .containsExactly("cplt");
  }

  @Test
  void anUnknownLeadIsRefusedWithTheKnownIds() {
    Cli.Run r = newCommitment("--plan", "2018-2020", "--id", "nuevo", "--title", "Nuevo",
        "--lead", "ministerio-de-nada");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("unknown institution 'ministerio-de-nada'").contains("cplt");
    assertThat(content.resolve("plans/2018-2020/commitments/nuevo.yaml")).doesNotExist();
  }

  @Test
  void anUnknownPlanIsRefusedWithTheExistingOnes() {
    Cli.Run r = newCommitment("--plan", "2030-2032", "--id", "nuevo", "--title", "Nuevo");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("there is no plan '2030-2032'")
        .contains("2016-2018, 2018-2020, 2020-2022").contains("acta new plan");
    assertThat(content.resolve("plans/2030-2032")).doesNotExist();
  }

  @Test
  void anExistingIdIsRefusedInAnyPlan() throws Exception {
    Path existing = content.resolve("plans/2018-2020/commitments/transparencia-municipal.yaml");
    String before = Files.readString(existing);
    Cli.Run same = newCommitment("--plan", "2018-2020", "--id", "transparencia-municipal",
        "--title", "Otro");
    assertThat(same.code()).isEqualTo(1);
    assertThat(same.err()).contains(existing.toString()).contains("already exists");
    assertThat(Files.readString(existing)).isEqualTo(before);

    Cli.Run other = newCommitment("--plan", "2020-2022", "--id", "transparencia-municipal",
        "--title", "Otro");
    assertThat(other.code()).isEqualTo(1);
    assertThat(other.err()).contains("unique across all plans");
    assertThat(content.resolve("plans/2020-2022/commitments/transparencia-municipal.yaml"))
        .doesNotExist();
  }

  @Test
  void aPlanWithErrorsIsReportedNotGuessed() throws Exception {
    Path plan = content.resolve("plans/2018-2020/plan.yaml");
    Files.writeString(plan, Files.readString(plan).replace("start: 2018-09-01",
        "start: 2018-09-31"));
    Cli.Run r = newCommitment("--plan", "2018-2020", "--id", "nuevo", "--title", "Nuevo");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("has errors").contains("plan.yaml:3:8")
        .contains("not a real calendar date");
  }

  @Test
  void malformedIdsAreUsageErrors() {
    Cli.Run id = newCommitment("--plan", "2018-2020", "--id", "Datos Abiertos", "--title", "x");
    assertThat(id.code()).isEqualTo(2);
    assertThat(id.err()).contains("--id must be an id");
    Cli.Run plan = newCommitment("--plan", "../2018-2020", "--id", "datos", "--title", "x");
    assertThat(plan.code()).isEqualTo(2);
    assertThat(plan.err()).contains("--plan must be an id");
    Cli.Run missing = newCommitment("--plan", "2018-2020", "--title", "x");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--id");
  }
}
