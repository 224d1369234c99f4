package org.acta.importer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentReader;
import org.acta.model.ConsultationChannel;
import org.acta.model.ConsultationOutcome;
import org.acta.model.Keyword;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Turns a spreadsheet export (CSV, UTF-8) of consultation inputs into one YAML file per input
 * under {@code content/plans/<plan>/consultation/}. Every row is checked first; if any row is
 * bad, every problem is reported by line and nothing is written.
 */
public final class ConsultationImport {
  public static final List<String> COLUMNS = List.of("id", "date", "channel", "author",
      "author_public", "email", "phone", "theme", "text", "outcome", "reason", "commitments",
      "response_date");
  static final List<String> REQUIRED = List.of("id", "date", "channel", "text");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private final Path content;
  private final String planId;
  private final Problems problems;
  private final boolean keepPrivate;
  private int withheld;

  /**
   * @param keepPrivate also write e-mails, phones and the names of authors who did not agree
   *     to publication; only for a private content repository, since git history is public
   */
  public ConsultationImport(Path content, String planId, Problems problems, boolean keepPrivate) {
    this.content = content;
    this.planId = planId;
    this.problems = problems;
    this.keepPrivate = keepPrivate;
  }

  /** How many rows had private details (e-mail, phone, unpublished name) left out. */
  public int withheld() {
    return withheld;
  }

  /** Imports the file; returns the files written (none when there was any problem). */
  public List<Path> run(Path csv, String displayName) throws IOException {
    Path planDir = content.resolve("plans").resolve(planId);
    if (!Files.isRegularFile(planDir.resolve("plan.yaml"))) {
      problems.error(Position.ofFile(displayName),
          Message.of("consultation-import.there-is-no-plan", planId,
          content.resolve("plans").resolve(planId).resolve("plan.yaml")));
      return List.of();
    }
    byte[] bytes = Files.readAllBytes(csv);
    String text = ContentReader.decodeText(bytes, Position.ofFile(displayName), problems)
        .orElse(null);
    if (text == null) {
      problems.error(Position.ofFile(displayName),
          Message.of("consultation-import.save-the-spreadsheet-as"));
      return List.of();
    }
    Set<String> commitments = commitmentIds();
    Path dir = planDir.resolve("consultation");
    Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setTrim(true).get()
        .parse(new StringReader(text))) {
      if (!header(parser.getHeaderNames(), displayName)) {
        return List.of();
      }
      Set<String> ids = new HashSet<>();
      for (CSVRecord row : parser) {
        int line = lineOf(text, row.getCharacterPosition());
        Map<String, Object> input = row(row, new Position(displayName, line, 0, ""), ids,
            commitments, dir);
        if (input != null) {
          inputs.put((String) input.remove("id"), input);
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.error(Position.ofFile(displayName),
          Message.of("consultation-import.is-not-readable-csv", e.getMessage()));
      return List.of();
    }
    if (inputs.isEmpty() && !problems.hasErrors()) {
      problems.error(Position.ofFile(displayName),
          Message.of("consultation-import.has-header-but-no"));
    }
    if (problems.hasErrors()) {
      return List.of();
    }
    return write(dir, inputs);
  }

  private boolean header(List<String> names, String displayName) {
    boolean ok = true;
    for (String name : names) {
      if (!COLUMNS.contains(name)) {
        problems.error(new Position(displayName, 1, 0, ""),
            Message.of("consultation-import.unknown-column-the-columns", name, String.join(", ",
            COLUMNS)));
        ok = false;
      }
    }
    for (String required : REQUIRED) {
      if (!names.contains(required)) {
        problems.error(new Position(displayName, 1, 0, ""),
            Message.of("consultation-import.the-column-is-missing", required, String.join(", ",
            REQUIRED)));
        ok = false;
      }
    }
    return ok;
  }

  /** One row as the fields of a consultation file, or null after reporting its problems. */
  private Map<String, Object> row(CSVRecord row, Position at, Set<String> ids,
      Set<String> commitments, Path dir) {
    long before = problems.errorCount();
    Map<String, Object> out = new LinkedHashMap<>();
    String id = get(row, "id");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      problems.error(at, Message.of("consultation-import.id-must-be-lowercase", id));
    } else if (!ids.add(id)) {
      problems.error(at, Message.of("consultation-import.id-appears-twice-in", id));
    } else if (Files.exists(dir.resolve(id + ".yaml"))) {
      problems.error(at, Message.of("consultation-import.input-already-exists-remove", id,
          dir.resolve(id + ".yaml")));
    }
    out.put("id", id);
    out.put("date", date(get(row, "date"), "date", at));
    out.put("channel", keyword(get(row, "channel"), ConsultationChannel.values(), "channel", at));
    optional(out, "author", get(row, "author"));
    String authorPublic = get(row, "author_public");
    if (!authorPublic.isEmpty()) {
      if (authorPublic.equals("true") || authorPublic.equals("false")) {
        out.put("author_public", Boolean.parseBoolean(authorPublic));
      } else {
        problems.error(at, Message.of("consultation-import.author-public-must-be", authorPublic));
      }
    }
    String email = get(row, "email");
    if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.error(at, Message.of("consultation-import.email-is-not-an", email));
    }
    optional(out, "email", email);
    String phone = get(row, "phone");
    if (!phone.isEmpty() && !phone.matches("[+0-9 ()-]{6,20}")) {
      problems.error(at, Message.of("consultation-import.phone-must-be-digits", phone));
    }
    optional(out, "phone", phone);
    optional(out, "theme", get(row, "theme"));
    String text = get(row, "text");
    if (text.isEmpty()) {
      problems.error(at, Message.of("consultation-import.text-is-empty-every"));
    }
    out.put("text", text);
    String outcome = get(row, "outcome");
    if (!outcome.isEmpty()) {
      Map<String, Object> response = new LinkedHashMap<>();
      response.put("outcome", keyword(outcome, ConsultationOutcome.values(), "outcome", at));
      String reason = get(row, "reason");
      if (reason.isEmpty()) {
        problems.error(at, Message.of("consultation-import.an-input-with-an"));
      }
      response.put("reason", reason);
      List<String> led = Arrays.stream(get(row, "commitments").split(";")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
      for (String c : led) {
        if (!commitments.contains(c)) {
          problems.error(at, Message.of("consultation-import.commitment-does-not-exist", c));
        }
      }
      if (!led.isEmpty()) {
        response.put("commitments", led);
      }
      String answered = get(row, "response_date");
      if (!answered.isEmpty()) {
        response.put("date", date(answered, "response_date", at));
      }
      out.put("response", response);
    } else if (!get(row, "reason").isEmpty()) {
      problems.error(at, Message.of("consultation-import.reason-without-an-outcome"));
    }
    if (!keepPrivate) {
      boolean dropped = out.remove("email") != null;
      dropped |= out.remove("phone") != null;
      if (!Boolean.TRUE.equals(out.get("author_public"))) {
        dropped |= out.remove("author") != null;
      }
      if (dropped) {
        withheld++;
      }
    }
    return problems.errorCount() > before ? null : out;
  }

  private static String get(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
  }

  private static void optional(Map<String, Object> out, String key, String value) {
    if (!value.isEmpty()) {
      out.put(key, value);
    }
  }

  private String date(String value, String column, Position at) {
    try {
      return LocalDate.parse(value, ISO).toString();
    } catch (DateTimeParseException e) {
      problems.error(at, Message.of("consultation-import.must-be-real-date", column, value));
      return value;
    }
  }

  private String keyword(String value, Keyword[] allowed, String column, Position at) {
    for (Keyword k : allowed) {
      if (k.keyword().equals(value)) {
        return value;
      }
    }
    problems.error(at, Message.of("consultation-import.must-be-one-of", column, value,
        Arrays.stream(allowed) .map(Keyword::keyword).collect(Collectors.joining(", "))));
    return value;
  }

  private Set<String> commitmentIds() throws IOException {
    Set<String> ids = new HashSet<>();
    Path plans = content.resolve("plans");
    if (!Files.isDirectory(plans)) {
      return ids;
    }
    try (Stream<Path> walk = Files.walk(plans, 3)) {
      walk.filter(p -> p.getParent() != null
              && p.getParent().getFileName().toString().equals("commitments")
              && p.getFileName().toString().endsWith(".yaml"))
          .forEach(p -> ids.add(p.getFileName().toString().replace(".yaml", "")));
    }
    return ids;
  }

  /** Writes every file to a temporary name first, then renames, so a failure leaves no half. */
  private List<Path> write(Path dir, Map<String, Map<String, Object>> inputs) throws IOException {
    Files.createDirectories(dir);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setWidth(100);
    options.setSplitLines(true);
    Yaml yaml = new Yaml(options);
    List<Path[]> staged = new ArrayList<>();
    try {
      for (var e : inputs.entrySet()) {
        Path tmp = Files.createTempFile(dir, "." + e.getKey(), ".tmp");
        staged.add(new Path[] {tmp, dir.resolve(e.getKey() + ".yaml")});
        Files.writeString(tmp, "# Imported with acta import consultation.\n"
            + yaml.dump(e.getValue()), StandardCharsets.UTF_8);
      }
      List<Path> written = new ArrayList<>();
      for (Path[] s : staged) {
        Files.move(s[0], s[1], StandardCopyOption.ATOMIC_MOVE);
        written.add(s[1]);
      }
      return written;
    } finally {
      for (Path[] s : staged) {
        Files.deleteIfExists(s[0]);
      }
    }
  }

  private static int lineOf(String text, long charPosition) {
    int line = 1;
    for (int i = 0; i < charPosition && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
