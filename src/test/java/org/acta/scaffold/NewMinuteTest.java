package org.acta.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.diagnostics.Problems;
import org.acta.model.MeetingKind;
import org.acta.model.Minute;
import org.acta.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewMinuteTest {
  @TempDir Path tmp;
  Path content;

  @BeforeEach
  void copyExample() throws Exception {
    content = Cli.exampleContent(tmp);
  }

  private Cli.Run newMinute(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "minute";
    args[1] = "--content";
    args[2] = content.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return Cli.newCommand(args);
  }

  @Test
  void writesTheMinuteWhereTheFormatSaysAndItValidates() throws Exception {
    Cli.Run r = newMinute("--date", "2026-05-08", "--title", "Sesión ordinaria: avance del "
        + "plan # 5 y “participación” ñandú");
    assertThat(r.code()).as(r.all()).isZero();
    Path file = content.resolve(
        "minutes/2026/2026-05-08-sesion-ordinaria-avance-del-plan-5-y-participacion-nandu.md");
    assertThat(file).isRegularFile();
    assertThat(r.out()).contains("Wrote " + file).contains("acta validate --content " + content);

    Cli.Run v = Cli.validate(content);
    assertThat(v.code()).as(v.all()).isZero();

    Problems problems = new Problems();
    Minute m = Cli.load(content, problems).minutes().stream()
        .filter(x -> x.date().equals(LocalDate.of(2026, 5, 8))).findFirst().orElseThrow();
    assertThat(problems.hasErrors()).as(ProblemFormatter.format(problems.all())).isFalse();
    assertThat(m.title().value()).isEqualTo("Sesión ordinaria: avance del plan # 5 y “participación” "
        + "ñandú");
    assertThat(m.kind()).isEqualTo(MeetingKind.ORDINARY);
    assertThat(m.openToPublic()).isFalse();
    assertThat(m.agreements()).isEmpty();
  }

  @Test
  void aSiteWithItsOwnMeetingKindsGetsItsFirstKindAndTheList() throws Exception {
    Path site = content.resolve("site.yaml");
    Files.writeString(site, Files.readString(site) + "meeting_kinds:\n"
        + "  taller: {es: Taller, en: Workshop}\n  sesion-publica: {es: Sesión pública, en: "
        + "Public session}\n");
    Cli.Run r = newMinute("--date", "2026-05-08", "--title", "Taller de co-creación");
    assertThat(r.code()).as(r.all()).isZero();
    String text = Files.readString(content.resolve("minutes/2026/2026-05-08-taller-de-co-creacion.md"));
    assertThat(text).contains("kind: taller").contains("taller | sesion-publica");

    Cli.Run v = Cli.validate(content);
    assertThat(v.out() + v.err())
        .doesNotContainPattern("2026-05-08-taller-de-co-creacion\\.md:\\d+:\\d+: error");
  }

  @Test
  void everyFieldOfTheFormatIsThereAndTheOptionalOnesAreCommentedAndExplained()
      throws Exception {
    assertThat(newMinute("--date", "2026-05-08", "--title", "Sesión").code()).isZero();
    String text = Files.readString(content.resolve("minutes/2026/2026-05-08-sesion.md"));
    for (String required : new String[] {"title: Sesión", "date: 2026-05-08", "kind: ordinary",
        "open_to_public: false"}) {
      assertThat(text).containsPattern("(?m)^" + required + " +# \\S");
    }
    for (String optional : new String[] {"start", "end", "location", "attendees", "members",
        "ogp", "secretary", "others", "name", "role", "represents", "institution", "agenda",
        "agreements", "text", "id", "owner", "due", "commitments", "status", "follow_up",
        "agreement", "note"}) {
      assertThat(text).as(optional).containsPattern("(?m)^# *(- )?" + optional + ":");
    }
    // Each optional field's first appearance carries a comment saying what it means.
    assertThat(text).containsPattern("(?m)^# start: \"18:00\" +# \\S");
    assertThat(text).containsPattern("(?m)^# follow_up: +# \\S");
    assertThat(text).contains("\n---\n\n## Desarrollo de la sesión\n");
  }

  @Test
  void uncommentingEveryExampleGivesRealFieldsInValidYaml() throws Exception {
    assertThat(newMinute("--date", "2026-05-08", "--title", "Sesión").code()).isZero();
    Path file = content.resolve("minutes/2026/2026-05-08-sesion.md");
    Files.writeString(file, Examples.uncomment(Files.readString(file)));
    Cli.Run v = Cli.validate(content);
    // The examples name an institution, a commitment and an earlier agreement that exist.
    assertThat(v.code()).as(v.all()).isZero();
    Minute m = Cli.load(content, new Problems()).minutes().stream()
        .filter(x -> x.date().equals(LocalDate.of(2026, 5, 8))).findFirst().orElseThrow();
    assertThat(m.start()).hasToString("18:00");
    assertThat(m.attendees().members()).hasSize(1);
    assertThat(m.agreements()).hasSize(1);
    assertThat(m.followUps()).hasSize(1);
  }

  @Test
  void slugOptionNamesTheFile() {
    Cli.Run r = newMinute("--date", "2026-05-08", "--title", "Sesión", "--slug", "mayo");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(content.resolve("minutes/2026/2026-05-08-mayo.md")).isRegularFile();
  }

  @Test
  void neverOverwritesAnExistingMinute() throws Exception {
    Path existing = content.resolve("minutes/2018/2018-05-08-desafios-cuarto-plan.md");
    String before = Files.readString(existing);
    Cli.Run r = newMinute("--date", "2018-05-08", "--title", "Otra", "--slug",
        "desafios-cuarto-plan");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(existing.toString()).contains("already exists");
    assertThat(Files.readString(existing)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2026-5-8", "mañana"})
  void aBadDateIsAUsageError(String date) {
    Cli.Run r = newMinute("--date", date, "--title", "Sesión");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--date").contains(date);
    assertThat(content.resolve("minutes/2026")).doesNotExist();
  }

  @Test
  void aBadSlugOrAnEmptyTitleIsAUsageError() {
    Cli.Run slug = newMinute("--date", "2026-05-08", "--title", "Sesión", "--slug", "Mayo 2026");
    assertThat(slug.code()).isEqualTo(2);
    assertThat(slug.err()).contains("--slug must be an id");
    Cli.Run title = newMinute("--date", "2026-05-08", "--title", "¿¡…!?");
    assertThat(title.code()).isEqualTo(2);
    assertThat(title.err()).contains("no letters or digits").contains("--slug");
    Cli.Run blank = newMinute("--date", "2026-05-08", "--title", "  ");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).contains("--title must not be empty");
  }

  @Test
  void aMissingContentFolderIsRefused() {
    Cli.Run r = Cli.newCommand("minute", "--content", tmp.resolve("nowhere").toString(),
        "--date", "2026-05-08", "--title", "Sesión");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no such content folder");
  }

  @Test
  void missingRequiredOptionsAreUsageErrors() {
    Cli.Run r = newMinute("--title", "Sesión");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--date");
  }
}
