package org.acta.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acta.testing.ExampleSite;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu Html Checker (vnu.jar) over every HTML page and every stylesheet of the built example
 * site. Errors fail, warnings are printed. A known-bad canary file goes along in each run, so a
 * checker that silently checks nothing cannot pass.
 */
class HtmlValidityIT {
  static final long CLASS_START = System.nanoTime();
  static final String CANARY_HTML = "<!DOCTYPE html><html lang=\"en\"><head><title>canary</title>"
      + "</head><body><p>unclosed<span></p></body></html>\n";
  static final String CANARY_CSS = "p { colr: red; }\n";

  @TempDir static Path tmp;
  static Path site;
  static Path vnu;

  /** One vnu message. */
  record Message(String type, String subType, String file, int line, int column, String message,
      String extract) {
    boolean isError() {
      return type.equals("error") || type.equals("non-document-error");
    }

    boolean isWarning() {
      return type.equals("info") && subType.equals("warning");
    }

    String format() {
      return file + ":" + line + ":" + column + ": " + (isError() ? "error" : subType.isEmpty()
          ? type : subType) + ": " + message
          + (extract.isBlank() ? "" : "\n      " + extract.strip().replaceAll("\\s+", " "));
    }
  }

  @BeforeAll
  static void build() {
    vnu = Path.of(System.getProperty("acta.vnu.jar",
        TestSites.PROJECT.resolve(".tools/node_modules/vnu-jar/build/dist/vnu.jar").toString()));
    assertThat(vnu).as("vnu.jar (installed by .ci/run)").isRegularFile();
    site = ExampleSite.dir();
  }

  @AfterAll
  static void report() {
    System.out.println("[HtmlValidityIT] total " + QualitySupport.seconds(CLASS_START));
  }

  private static List<Path> files(String ext) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
    }
  }

  /** Runs vnu once over the given files and returns its messages. */
  private static List<Message> runVnu(List<String> options, List<Path> files) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        vnu.toString(), "--format", "json", "--stdout", "--exit-zero-always"));
    command.addAll(options);
    files.forEach(f -> command.add(f.toString()));
    Path stderr = Files.createTempFile(tmp, "vnu", ".err");
    Process process = new ProcessBuilder(command)
        .redirectError(stderr.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("vnu finished").isTrue();
    assertThat(process.exitValue()).as("vnu exit code; stderr: " + Files.readString(stderr))
        .isZero();
    JsonNode root = JsonMapper.builder().build().readTree(out);
    List<Message> messages = new ArrayList<>();
    for (JsonNode m : root.get("messages")) {
      String url = m.path("url").asString();
      String file = url.isEmpty() ? "(no file)" : relative(url);
      messages.add(new Message(m.path("type").asString(), m.path("subType").asString(), file,
          m.path("lastLine").asInt(0), m.path("lastColumn").asInt(0),
          m.path("message").asString(), m.path("extract").asString()));
    }
    return messages;
  }

  private static String relative(String url) {
    Path p = Path.of(java.net.URI.create(url));
    return p.startsWith(site) ? site.relativize(p).toString() : p.getFileName().toString();
  }

  private static String describe(String what, List<Message> errors, List<Message> warnings,
      boolean everyWarning) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("vnu %s: %d error(s), %d warning(s)%n", what, errors.size(),
        warnings.size()));
    Map<String, List<String>> byMessage = new TreeMap<>();
    for (Message e : errors) {
      byMessage.computeIfAbsent(e.message(), k -> new ArrayList<>())
          .add(e.file() + ":" + e.line());
    }
    if (!byMessage.isEmpty()) {
      out.append("\nDistinct errors:\n");
      byMessage.forEach((msg, where) -> out.append(String.format("  %dx %s%n      %s%n",
          where.size(), msg, where.size() <= 5 ? where
              : where.subList(0, 5) + " … (+" + (where.size() - 5) + ")")));
      out.append("\nEvery error:\n");
      errors.forEach(e -> out.append("  ").append(e.format()).append('\n'));
    }
    if (!warnings.isEmpty()) {
      Map<String, List<String>> distinct = new TreeMap<>();
      for (Message w : warnings) {
        distinct.computeIfAbsent(w.message(), k -> new ArrayList<>()).add(w.file());
      }
      out.append("\nWarnings (not failing):\n");
      distinct.forEach((msg, where) -> out.append(String.format("  %dx %s%n      in %s%n",
          where.size(), msg, where.stream().distinct().toList())));
      if (everyWarning) {
        out.append("\nEvery warning:\n");
        warnings.forEach(w -> out.append("  ").append(w.format()).append('\n'));
      }
    }
    return out.toString();
  }

  private void check(String what, String canaryName, String canary, List<String> options,
      List<Path> files, String reportName) throws Exception {
    long started = System.nanoTime();
    Path canaryFile = Files.createDirectories(tmp.resolve("canary")).resolve(canaryName);
    Files.writeString(canaryFile, canary);
    List<Path> all = new ArrayList<>(files);
    all.add(canaryFile);
    List<Message> messages = runVnu(options, all);
    List<Message> own = messages.stream().filter(m -> !m.file().equals(canaryName)).toList();
    assertThat(messages).as("vnu reports the canary's error (is the checker working?)")
        .anyMatch(m -> m.file().equals(canaryName) && m.isError());
    List<Message> errors = own.stream().filter(Message::isError).toList();
    List<Message> warnings = own.stream().filter(Message::isWarning).toList();
    String text = describe(what + " (" + files.size() + " files)", errors, warnings, false);
    QualitySupport.writeReport(reportName,
        describe(what + " (" + files.size() + " files)", errors, warnings, true));
    System.out.println("[HtmlValidityIT] " + what + " took " + QualitySupport.seconds(started));
    System.out.println(text);
    assertThat(errors).as(text).isEmpty();
  }

  @Test
  void everyHtmlPageIsValid() throws Exception {
    List<Path> html = files(".html");
    assertThat(html).hasSizeGreaterThan(100);
    check("HTML", "canary.html", CANARY_HTML, List.of("--html"), html, "vnu-html.txt");
  }

  @Test
  void everyStylesheetIsValid() throws Exception {
    List<Path> css = files(".css");
    assertThat(css).isNotEmpty();
    check("CSS", "canary.css", CANARY_CSS, List.of("--css"), css, "vnu-css.txt");
  }
}
