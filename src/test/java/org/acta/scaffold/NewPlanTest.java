package org.acta.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.acta.diagnostics.Problems;
import org.acta.model.ActionPlan;
import org.acta.model.PlanStatus;
import org.acta.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewPlanTest {
  @TempDir Path tmp;
  Path content;

  @BeforeEach
  void copyExample() throws Exception {
    content = Cli.exampleContent(tmp);
  }

  private Cli.Run newPlan(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "plan";
    args[1] = "--content";
    args[2] = content.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return Cli.newCommand(args);
  }

  @Test
  void writesAPlanInCoCreationWithAnEmptyCommitmentsFolder() throws Exception {
    Cli.Run r = newPlan("--id", "2022-2024", "--number", "6", "--title",
        "Sexto Plan de Acción 2022-2024", "--start", "2022-09-01", "--end", "2024-08-31");
    assertThat(r.code()).as(r.all()).isZero();
    Path plan = content.resolve("plans/2022-2024/plan.yaml");
    assertThat(plan).isRegularFile();
    assertThat(content.resolve("plans/2022-2024/commitments/.gitkeep")).isRegularFile();
    assertThat(r.out()).contains("Wrote " + plan).contains(".gitkeep").contains("acta validate");
    assertThat(Files.readString(plan)).containsPattern("(?m)^status: co-creation +# \\S")
        .containsPattern("(?m)^# description:").containsPattern("(?m)^# key_dates:");

    Cli.Run v = Cli.validate(content);
    assertThat(v.code()).as(v.all()).isZero();
    ActionPlan p = Cli.load(content, new Problems()).plans().stream()
        .filter(x -> x.id().equals("2022-2024")).findFirst().orElseThrow();
    assertThat(p.number()).isEqualTo(6);
    assertThat(p.status()).isEqualTo(PlanStatus.CO_CREATION);
    assertThat(p.start().first()).isEqualTo(LocalDate.of(2022, 9, 1));
    assertThat(p.end().last()).isEqualTo(LocalDate.of(2024, 8, 31));
    assertThat(p.commitments()).isEmpty();

    // The next step the README describes: a commitment in the new plan, valid as created.
    Cli.Run c = Cli.newCommand("commitment", "--content", content.toString(), "--plan",
        "2022-2024", "--id", "nuevo-compromiso", "--title", "Nuevo compromiso");
    assertThat(c.code()).as(c.all()).isZero();
    Cli.Run v2 = Cli.validate(content);
    assertThat(v2.code()).as(v2.all()).isZero();
  }

  @Test
  void uncommentingEveryExampleGivesAValidPlan() throws Exception {
    assertThat(newPlan("--id", "2022-2024", "--number", "6", "--title", "Sexto", "--start",
        "2022-09-01", "--end", "2024-08-31").code()).isZero();
    Path plan = content.resolve("plans/2022-2024/plan.yaml");
    Files.writeString(plan, Examples.uncomment(Files.readString(plan)));
    Cli.Run v = Cli.validate(content);
    assertThat(v.code()).as(v.all()).isZero();
  }

  @Test
  void anExistingPlanIsRefusedAndLeftAlone() throws Exception {
    Path plan = content.resolve("plans/2018-2020/plan.yaml");
    String before = Files.readString(plan);
    Cli.Run r = newPlan("--id", "2018-2020", "--number", "9", "--title", "Otro", "--start",
        "2018-09-01", "--end", "2020-08-31");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(plan.toString()).contains("already exists");
    assertThat(Files.readString(plan)).isEqualTo(before);
  }

  @Test
  void aPlanNumberInUseIsRefused() {
    Cli.Run r = newPlan("--id", "2022-2024", "--number", "4", "--title", "Otro", "--start",
        "2022-09-01", "--end", "2024-08-31");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("plan number 4 is already used by plan '2018-2020'");
    assertThat(content.resolve("plans/2022-2024")).doesNotExist();
  }

  @Test
  void badDatesAndNumbersAreUsageErrors() {
    Cli.Run order = newPlan("--id", "2022-2024", "--number", "6", "--title", "x", "--start",
        "2024-08-31", "--end", "2022-09-01");
    assertThat(order.code()).isEqualTo(2);
    assertThat(order.err()).contains("--end (2022-09-01) must be after --start (2024-08-31)");
    Cli.Run date = newPlan("--id", "2022-2024", "--number", "6", "--title", "x", "--start",
        "2022-13-01", "--end", "2024-08-31");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("--start").contains("2022-13-01");
    Cli.Run number = newPlan("--id", "2022-2024", "--number", "100", "--title", "x",
        "--start", "2022-09-01", "--end", "2024-08-31");
    assertThat(number.code()).isEqualTo(2);
    assertThat(number.err()).contains("--number must be from 1 to 99");
    Cli.Run notANumber = newPlan("--id", "2022-2024", "--number", "seis", "--title", "x",
        "--start", "2022-09-01", "--end", "2024-08-31");
    assertThat(notANumber.code()).isEqualTo(2);
    assertThat(content.resolve("plans/2022-2024")).doesNotExist();
  }
}
