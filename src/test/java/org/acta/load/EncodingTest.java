package org.acta.load;

import static org.acta.testing.ContentFixture.COMMITMENT;
import static org.acta.testing.ContentFixture.MINUTE;
import static org.acta.testing.ContentFixture.MINUTE_MD;
import static org.acta.testing.ContentFixture.SITE;
import static org.acta.testing.ContentFixture.SITE_YAML;
import static org.acta.testing.ContentFixture.display;
import static org.acta.testing.ProblemAssert.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes on disk: BOM, line ends, invalid UTF-8, size limit, symbolic links. */
class EncodingTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path temp;

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(part instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
          : (byte[]) part);
    }
    return out.toByteArray();
  }

  /** Creates a symbolic link, or skips the test where the system does not allow it. */
  private static void symlink(Path link, Path target) throws IOException {
    Files.createDirectories(link.getParent());
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException | SecurityException e) {
      assumeTrue(false, "symbolic links cannot be created here: " + e);
    }
  }

  // ---- BOM and line ends -------------------------------------------------------------------

  @Test
  void utf8BomIsAccepted() {
    var f = ContentFixture.minimal(temp).writeBytes(SITE, bytes(BOM, SITE_YAML))
        .writeBytes(MINUTE, bytes(BOM, MINUTE_MD));

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().config().title().value()).isEqualTo("Gobierno Abierto de Prueba");
    assertThat(checked.loaded().minutes()).hasSize(1);
  }

  @Test
  void bomDoesNotShiftLineOrColumn() {
    var f = ContentFixture.minimal(temp).writeBytes(MINUTE,
        bytes(BOM, MINUTE_MD.replace("kind: ordinary", "kind: regular")));

    var problem = assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 4, 7);
    problem.messageContains("\"regular\"");
    assertThat(f.problems().get(0).position().lineText()).isEqualTo("kind: regular");
  }

  @Test
  void crlfLineEndsAreAccepted() {
    var f = ContentFixture.minimal(temp).write(SITE, SITE_YAML.replace("\n", "\r\n"))
        .write(MINUTE, MINUTE_MD.replace("\n", "\r\n"))
        .write(COMMITMENT, ContentFixture.COMMITMENT_YAML.replace("\n", "\r\n"));

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().minutes().get(0).title().value()).isEqualTo("Primera sesión de la Mesa");
    assertThat(checked.loaded().minutes().get(0).body().source())
        .as("the body has no carriage returns left").doesNotContain("\r");
  }

  @Test
  void crlfLineEndsGiveTheSameLineAndColumnAsLf() {
    String broken = MINUTE_MD.replace("kind: ordinary", "kind: regular");
    var lf = ContentFixture.minimal(temp.resolve("lf")).write(MINUTE, broken).problems();
    var crlf = ContentFixture.minimal(temp.resolve("crlf"))
        .write(MINUTE, broken.replace("\n", "\r\n")).problems();

    assertOnlyProblem(lf).isAt(display(MINUTE), 4, 7);
    assertOnlyProblem(crlf).isError().isAt(display(MINUTE), 4, 7).messageContains("\"regular\"");
    assertThat(crlf.get(0).position().lineText()).isEqualTo("kind: regular");
    assertThat(crlf.get(0).message()).isEqualTo(lf.get(0).message());
  }

  @Test
  void crlfInAYamlSyntaxErrorKeepsTheLine() {
    var f = ContentFixture.minimal(temp).write(SITE, """
        title: Gobierno Abierto de Prueba
        country: Chile
        forum:
          name: Mesa de Gobierno Abierto
         acronym: MGA
        """.replace("\n", "\r\n"));

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 5, 2)
        .messageContains("is not valid YAML");
  }

  // ---- invalid UTF-8 -------------------------------------------------------------------------

  @Test
  void invalidUtf8IsReportedWithLineAndColumn() {
    // Line 4 is "  name: Sesión " then a broken sequence: column 16 (characters, not bytes).
    var f = ContentFixture.minimal(temp).writeBytes(SITE, bytes(
        "title: Gobierno\ncountry: Chile\nforum:\n  name: Sesión ",
        new byte[] {(byte) 0xC3, (byte) 0x28}, "\n"));

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 4, 16)
        .messageContains("is not valid UTF-8", "Save the file with UTF-8 encoding");
  }

  @Test
  void latin1FileIsReportedAsInvalidUtf8() {
    byte[] latin1 = MINUTE_MD.getBytes(StandardCharsets.ISO_8859_1);
    var f = ContentFixture.minimal(temp).writeBytes(MINUTE, latin1);

    // "title: Primera sesi" then the Latin-1 'ó' (0xF3): line 2, column 20.
    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 2, 20)
        .messageContains("is not valid UTF-8");
  }

  @Test
  void invalidUtf8InAnEvidenceFolderIsNotRead() {
    var f = ContentFixture.minimal(temp).writeBytes("evidence/latin1.txt",
        "Sesión".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(f.problems()).isEmpty();
  }

  @Test
  void decodeReportsTheFirstInvalidByteOfSeveral() {
    Problems problems = new Problems();

    Optional<String> text = ContentReader.decode(
        bytes("a: 1\nb: ", new byte[] {(byte) 0xFF}, "\nc: ", new byte[] {(byte) 0xFE}),
        Position.ofFile("content/x.yaml"), problems);

    assertThat(text).isEmpty();
    assertOnlyProblem(problems.all()).isError().isAt("content/x.yaml", 2, 4)
        .messageContains("is not valid UTF-8", "byte 8");
  }

  @Test
  void decodeRejectsAnEncodedSurrogate() {
    Problems problems = new Problems();

    Optional<String> text = ContentReader.decode(
        bytes("a: ", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Position.ofFile("content/x.yaml"), problems);

    assertThat(text).isEmpty();
    assertOnlyProblem(problems.all()).isError().isAt("content/x.yaml", 1, 4);
  }

  @Test
  void decodeKeepsAReplacementCharacterTheFileReallyHolds() {
    Problems problems = new Problems();

    Optional<String> text = ContentReader.decode(bytes("a: \uFFFD \u00f3\n"),
        Position.ofFile("content/x.yaml"), problems);

    assertThat(problems.all()).isEmpty();
    assertThat(text).hasValue("a: \uFFFD \u00f3\n");
  }

  @Test
  void decodeRejectsAnOverlongEncoding() {
    Problems problems = new Problems();

    Optional<String> text = ContentReader.decode(
        bytes("ab", new byte[] {(byte) 0xC0, (byte) 0xAF}),
        Position.ofFile("content/x.yaml"), problems);

    assertThat(text).isEmpty();
    assertOnlyProblem(problems.all()).isError().isAt("content/x.yaml", 1, 3);
  }

  @Test
  void decodeStripsTheBomAndNormalisesLineEnds() {
    Problems problems = new Problems();

    Optional<String> text = ContentReader.decode(bytes(BOM, "a: 1\r\nb: 2\rc: 3\n"),
        Position.ofFile("content/x.yaml"), problems);

    assertThat(problems.all()).isEmpty();
    assertThat(text).hasValue("a: 1\nb: 2\nc: 3\n");
  }

  @Test
  void invalidUtf8AfterABomIsReportedAtTheColumnAnEditorShows() {
    var f = ContentFixture.minimal(temp).writeBytes(SITE,
        bytes(BOM, "title: ", new byte[] {(byte) 0xFF}, "\ncountry: Chile\n"));

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 1, 8)
        .messageContains("is not valid UTF-8");
  }

  // ---- size limit ----------------------------------------------------------------------------

  @Test
  void fileOverOneMebibyteIsRefused() {
    String big = SITE_YAML + "#" + "x".repeat((int) ContentReader.MAX_FILE_BYTES) + "\n";
    long size = big.getBytes(StandardCharsets.UTF_8).length;
    var f = ContentFixture.minimal(temp).write(SITE, big);

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 0, 0)
        .messageContains("is " + size + " bytes", "at most 1048576 bytes");
  }

  @Test
  void fileOfExactlyOneMebibyteIsAccepted() {
    String head = SITE_YAML + "#";
    String exact = head + "x".repeat((int) ContentReader.MAX_FILE_BYTES
        - head.getBytes(StandardCharsets.UTF_8).length - 1) + "\n";
    assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize(1024 * 1024);
    var f = ContentFixture.minimal(temp).write(SITE, exact);

    assertThat(f.problems()).isEmpty();
  }

  @Test
  void oneByteOverTheLimitIsRefused() {
    String head = SITE_YAML + "#";
    String over = head + "x".repeat((int) ContentReader.MAX_FILE_BYTES
        - head.getBytes(StandardCharsets.UTF_8).length) + "\n";
    var f = ContentFixture.minimal(temp).write(MINUTE, over);

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 0, 0)
        .messageContains("is 1048577 bytes", "at most 1048576 bytes");
  }

  // ---- symbolic links ------------------------------------------------------------------------

  @Test
  void symlinkToAFileOutsideTheContentFolderIsRefused() throws IOException {
    var f = ContentFixture.minimal(temp).delete(SITE);
    Path outside = Files.writeString(temp.resolve("outside-site.yaml"), SITE_YAML);
    symlink(f.path(SITE), outside);

    assertOnlyProblem(f.problems()).isError().isAt(display(SITE), 0, 0)
        .messageContains("symbolic link to a place outside the content folder",
            "copy the file into content/");
  }

  @Test
  void symlinkedMinuteOutsideTheContentFolderIsRefused() throws IOException {
    var f = ContentFixture.minimal(temp).delete(MINUTE);
    Path outside = Files.writeString(temp.resolve("outside.md"), MINUTE_MD);
    symlink(f.path(MINUTE), outside);

    assertOnlyProblem(f.problems()).isError().isAt(display(MINUTE), 0, 0)
        .messageContains("symbolic link to a place outside the content folder");
  }

  @Test
  void symlinkToAFileInsideTheContentFolderIsAccepted() throws IOException {
    var f = ContentFixture.minimal(temp).write("shared/site.yaml", SITE_YAML).delete(SITE);
    symlink(f.path(SITE), f.path("shared/site.yaml"));

    var checked = f.check();

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.loaded().config().title().value()).isEqualTo("Gobierno Abierto de Prueba");
  }

  @Test
  void symlinkedYearFolderOutsideTheContentFolderIsRefused() throws IOException {
    var f = ContentFixture.minimal(temp).delete(MINUTE);
    Files.delete(f.path("minutes/2018"));
    Path outside = Files.createDirectories(temp.resolve("outside/2018"));
    Files.writeString(outside.resolve("2018-05-08-primera-sesion.md"), MINUTE_MD);
    symlink(f.path("minutes/2018"), outside);

    var checked = f.check();

    assertThat(checked.errors()).isNotEmpty();
    assertThat(checked.errors().get(0).message()).contains("outside the content folder");
    assertThat(checked.loaded().minutes()).as("nothing is read from outside content/").isEmpty();
  }

  @Test
  void symlinkedPlanFolderOutsideTheContentFolderIsRefused() throws IOException {
    var f = ContentFixture.minimal(temp);
    Path outside = Files.createDirectories(temp.resolve("outside-plan/commitments"))
        .getParent();
    Files.writeString(outside.resolve("plan.yaml"), ContentFixture.PLAN_YAML
        .replace("number: 4", "number: 5").replace("start: 2018-09-01", "start: 2020-09-01")
        .replace("end: 2020-08-31", "end: 2022-08-31"));
    symlink(f.path("plans/2020-2022"), outside);

    var checked = f.check();

    assertThat(checked.errors()).isNotEmpty();
    assertThat(checked.errors().get(0).message()).contains("outside the content folder");
    assertThat(checked.loaded().plans()).extracting(p -> p.id())
        .as("nothing is read from outside content/").containsExactly("2018-2020");
  }
}
