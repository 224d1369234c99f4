package org.acta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.acta.cli.Main;
import org.acta.pipeline.BuildResult;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `acta import consultation` on real files: a good export, bad rows, a wrong encoding. */
class ConsultationImportTest {
  static final Path EXAMPLE_CSV =
      TestSites.PROJECT.resolve("src/test/resources/import/consultation-2018-2020.csv");
  static final String HEADER = "id,date,channel,author,author_public,email,phone,theme,text,"
      + "outcome,reason,commitments\n";
  @TempDir Path tmp;
  Path content;
  String out;
  String err;

  @BeforeEach
  void copyContent() throws Exception {
    content = tmp.resolve("content");
    TestSites.copyTree(TestSites.EXAMPLE_CONTENT, content);
    try (Stream<Path> files = Files.list(content.resolve("plans/2018-2020/consultation"))) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
  }

  private int run(Path csv, String... extra) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(o, true));
    cli.setErr(new PrintWriter(e, true));
    String[] args = Stream.concat(Stream.of("import", "consultation", csv.toString(), "--plan",
        "2018-2020", "--content", content.toString()), Stream.of(extra)).toArray(String[]::new);
    int code = cli.execute(args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  private long written() throws Exception {
    try (Stream<Path> files = Files.list(content.resolve("plans/2018-2020/consultation"))) {
      return files.count();
    }
  }

  @Test
  void goodExportBecomesOneValidFilePerInputWithoutPrivateDetails() throws Exception {
    assertThat(run(EXAMPLE_CSV)).as(err).isZero();
    assertThat(written()).isEqualTo(34);
    assertThat(out).contains("Imported 34 inputs").contains("private details");
    String all = Files.readString(content.resolve("plans/2018-2020/consultation/c001.yaml"));
    assertThat(all).doesNotContain("email").doesNotContain("phone").doesNotContain("@");
    BuildResult r = TestSites.build(content, tmp.resolve("site"));
    assertThat(r.ok()).as(r.problems().all().toString()).isTrue();
    String page = Files.readString(tmp.resolve("site/plans/2018-2020/consultation/index.html"));
    assertThat(page).contains("id=\"input-c034\"");
  }

  @Test
  void keepPrivateKeepsContactDetailsInTheFilesButTheSiteNeverShowsThem() throws Exception {
    assertThat(run(EXAMPLE_CSV, "--keep-private")).as(err).isZero();
    String csv = Files.readString(EXAMPLE_CSV);
    String email = csv.substring(csv.indexOf("msoledad"), csv.indexOf("@example.org") + 12);
    assertThat(Files.readString(content.resolve("plans/2018-2020/consultation/c001.yaml")))
        .contains(email);
    Path site = tmp.resolve("site");
    assertThat(TestSites.build(content, site).ok()).isTrue();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile)
          .filter(p -> !p.toString().endsWith(".zip")).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        assertThat(text).as(f.toString()).doesNotContain(email).doesNotContain("+56 9 5550");
      }
    }
  }

  @Test
  void badRowsAreReportedByLineAndNothingIsWritten() throws Exception {
    Path csv = tmp.resolve("bad.csv");
    Files.writeString(csv, HEADER
        + "c001,2018-06-01,web,Ana,true,,,transparencia,Texto bueno.,accepted,Razón.,"
        + "transparencia-municipal\n"
        + "c002,2018-02-30,web,,,,,género,\"Texto con, coma\",,,\n"
        + "c003,2018-06-02,fax,,,,,salud,Texto.,maybe,,\n"
        + "c001,2018-06-03,web,,,no-es-correo,,salud,\"Texto\nen dos líneas\",accepted,"
        + "Razón.,no-existe\n");
    assertThat(run(csv)).isEqualTo(1);
    assertThat(err).contains("bad.csv:3: error: date \"2018-02-30\" must be a real date")
        .contains("bad.csv:4: error: channel \"fax\" must be one of web, email, workshop")
        .contains("bad.csv:4: error: outcome \"maybe\" must be one of")
        .contains("bad.csv:5: error: id \"c001\" appears twice")
        .contains("bad.csv:5: error: email \"no-es-correo\"")
        .contains("bad.csv:5: error: commitment \"no-existe\" does not exist")
        .contains("nothing was written");
    assertThat(written()).isZero();
  }

  @Test
  void wrongEncodingIsRefusedWithAHint() throws Exception {
    Path csv = tmp.resolve("latin1.csv");
    Files.write(csv, (HEADER + "c001,2018-06-01,web,José,,,,género,Participación,,,\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run(csv)).isEqualTo(1);
    assertThat(err).contains("is not valid UTF-8").contains("CSV UTF-8");
    assertThat(written()).isZero();
  }

  @Test
  void unknownColumnAndMissingPlanAreErrors() throws Exception {
    Path csv = tmp.resolve("cols.csv");
    Files.writeString(csv, "id,fecha,channel,text\nc001,2018-06-01,web,x\n");
    assertThat(run(csv)).isEqualTo(1);
    assertThat(err).contains("unknown column 'fecha'").contains("the column 'date' is missing");
    StringWriter e = new StringWriter();
    var cli = Main.commandLine();
    cli.setErr(new PrintWriter(e, true));
    assertThat(cli.execute("import", "consultation", EXAMPLE_CSV.toString(), "--plan", "1999",
        "--content", content.toString())).isEqualTo(1);
    assertThat(e.toString()).contains("there is no plan '1999'");
  }

  @Test
  void existingInputsAreNeverOverwritten() throws Exception {
    assertThat(run(EXAMPLE_CSV)).isZero();
    Path c001 = content.resolve("plans/2018-2020/consultation/c001.yaml");
    Files.writeString(c001, Files.readString(c001) + "# editado a mano\n");
    assertThat(run(EXAMPLE_CSV)).isEqualTo(1);
    assertThat(err).contains("input \"c001\" already exists");
    assertThat(Files.readString(c001)).endsWith("# editado a mano\n");
  }
}
