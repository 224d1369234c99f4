package org.acta.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acta.diagnostics.Problem;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
import org.acta.validate.CrossReferences;

/**
 * A content folder in a temporary directory that a test may change: a copy of one of the
 * fixture sites under src/test/resources/fixtures/ ({@link #copyOf}; see the README there), or
 * the minimal valid site below ({@link #minimal}), whose files are text blocks so that a
 * focused load or validate test can see (and count) the lines it changes.
 */
public final class ContentFixture {
  /** The fixture sites: {@code base/} and variants that overlay it. */
  public static final Path FIXTURES = TestSites.PROJECT.resolve("src/test/resources/fixtures");
  /** The base fixture's content folder, for tests that build it without changing it. */
  public static final Path BASE = FIXTURES.resolve("base/content");
  /** How {@link #check()} shows paths: as a user would type them from the project folder. */
  public static final String DISPLAY_ROOT = "content";

  public static final String SITE = "site.yaml";
  /**
   * The minimal site asks for no open meetings and, as its minute omits every optional field
   * (attendees among them), ignores the plausibility check that asks for attendees. Lines: 5-6
   * quality (in flow style, so that what tests append stays at line 7).
   */
  public static final String SITE_YAML = """
      title: Gobierno Abierto de Prueba
      country: Chile
      forum:
        name: Mesa de Gobierno Abierto
      quality: {plausibility: {minutes_without_attendees: ignore},
        open_meetings_per_year: 0}
      """;

  public static final String INSTITUTIONS = "institutions.yaml";
  /** Lines: 2 segpres, 5 cplt, 8 red-ciudadana. */
  public static final String INSTITUTIONS_YAML = """
      institutions:
        - id: segpres
          name: Ministerio Secretaría General de la Presidencia
          kind: government
        - id: cplt
          name: Consejo para la Transparencia
          kind: government
        - id: red-ciudadana
          name: Red Ciudadana por el Gobierno Abierto
          kind: civil-society
      """;

  public static final String MINUTE = "minutes/2018/2018-05-08-primera-sesion.md";
  /** Lines: 1 ---, 2 title, 3 date, 4 kind, 5 open_to_public, 6 ---, 7 blank, 8 body. */
  public static final String MINUTE_MD = """
      ---
      title: Primera sesión de la Mesa
      date: 2018-05-08
      kind: ordinary
      open_to_public: false
      ---

      Se revisan los desafíos del próximo plan.
      """;

  /** A minute whose record is long enough to stay in its file (see model.Markdown). */
  public static final String LONG_MINUTE = "minutes/2019/2019-06-04-sesion-larga.md";

  /** The {@link #LONG_MINUTE} file with {@code record} as its record. */
  public static String longMinute(String record) {
    return """
        ---
        title: Sesión larga
        date: 2019-06-04
        kind: ordinary
        open_to_public: true
        ---
        """ + record;
  }

  public static final String PLAN = "plans/2018-2020/plan.yaml";
  /**
   * Lines: 1 number, 2 title, 3 start, 4 end, 5 status. The plan is closed so that the build's
   * quality warnings for open plans (size, statement length, staleness) stay out of the way.
   */
  public static final String PLAN_YAML = """
      number: 4
      title: Cuarto Plan de Acción 2018-2020
      start: 2018-09-01
      end: 2020-08-31
      status: closed
      """;

  public static final String COMMITMENT = "plans/2018-2020/commitments/transparencia-municipal.yaml";
  /**
   * Lines: 1 title, 2 lead_institution, 3 start, 4 end, 5 problem, 6 description, 7 solution,
   * 8 ogp_values, 9 access_to_information, 10 milestones, 11 - title, 12 deliverable,
   * 13 start, 14 end, 15 status, 16 progress, 17 id.
   */
  public static final String COMMITMENT_YAML = """
      title: Transparencia municipal activa
      lead_institution: cplt
      start: 2018-09-01
      end: 2020-08-31
      problem: Los municipios publican poca información sobre su gestión.
      description: Un estándar común de transparencia activa municipal.
      solution: La ciudadanía puede comparar y controlar a sus municipios.
      ogp_values:
        access_to_information: Publica información municipal que hoy no es accesible.
      milestones:
        - title: Diagnóstico de cumplimiento municipal
          deliverable: Informe publicado con resultados por municipio
          start: 2018-09-01
          end: 2019-03-31
          status: completed
          progress: 100
          id: 1
      """;

  /**
   * A commitment of the minimal site written as real plans' trackers publish one (issue 17):
   * co-leads, partial dates, nothing stated beyond the title, half-yearly progress updates with
   * a responsible institution. It ends with milestone 2's title, so that a test may append
   * fields of that milestone (indented four spaces) or top-level keys. Write it over {@link
   * #COMMITMENT}.
   */
  public static final String TRACKER_COMMITMENT_YAML = """
      title: Transparencia del gasto público en todos los niveles de gobierno
      short_title: Gasto público
      lead_institutions: [segpres, cplt]
      start: 2018-09
      end: 2020
      milestones:
        - id: "1"
          title: Portal de datos presupuestarios
          end: 2018-12
          responsible: cplt
          updates:
            - date: 2019-01-15
              period: 2018 S2
              status: in-progress
              progress: 80
            - date: 2019-07
              period: 2019 S1
              status: completed
              text: El portal se publicó en diciembre de 2018.
        - id: "2"
          title: Capacitación a organizaciones
      """;

  private final Path root;

  private ContentFixture(Path root) {
    this.root = root;
  }

  /** Writes the minimal valid content folder to {@code tempDir/content}. */
  public static ContentFixture minimal(Path tempDir) {
    ContentFixture f = new ContentFixture(tempDir.resolve("content"));
    f.write(SITE, SITE_YAML);
    f.write(INSTITUTIONS, INSTITUTIONS_YAML);
    f.write(MINUTE, MINUTE_MD);
    f.write(PLAN, PLAN_YAML);
    f.write(COMMITMENT, COMMITMENT_YAML);
    return f;
  }

  /**
   * Copies a fixture site to {@code tempDir/content}: {@code "base"}, or a variant ({@code
   * "i18n"}, {@code "invalid"}), which is the base with the variant's files written over it.
   */
  public static ContentFixture copyOf(String fixture, Path tempDir) {
    ContentFixture f = new ContentFixture(tempDir.resolve("content"));
    try {
      TestSites.copyTree(BASE, f.root);
      if (!fixture.equals("base")) {
        Path overlay = FIXTURES.resolve(fixture).resolve("content");
        if (!Files.isDirectory(overlay)) {
          throw new IllegalArgumentException("no fixture site " + overlay);
        }
        TestSites.copyTree(overlay, f.root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  /** An empty content folder (no files at all). */
  public static ContentFixture empty(Path tempDir) {
    ContentFixture f = new ContentFixture(tempDir.resolve("content"));
    try {
      Files.createDirectories(f.root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  public Path root() {
    return root;
  }

  public Path path(String relative) {
    return root.resolve(relative);
  }

  /** Writes (or overwrites) a UTF-8 text file, creating its folders. */
  public ContentFixture write(String relative, String text) {
    return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public ContentFixture writeBytes(String relative, byte[] bytes) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public String read(String relative) {
    try {
      return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the one occurrence of {@code from} in a file; fails if it is not there exactly once. */
  public ContentFixture replace(String relative, String from, String to) {
    String text = read(relative);
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + from + "' must occur exactly once in " + relative);
    }
    return write(relative, text.substring(0, at) + to + text.substring(at + from.length()));
  }

  /** Removes the one top-level (not indented) line that sets {@code key}. */
  public ContentFixture removeTopLevelKey(String relative, String key) {
    List<String> lines = read(relative).lines().toList();
    List<String> kept = lines.stream().filter(l -> !l.startsWith(key + ":")).toList();
    if (kept.size() != lines.size() - 1) {
      throw new IllegalArgumentException("'" + key + ":' must start exactly one line of "
          + relative);
    }
    return write(relative, String.join("\n", kept) + "\n");
  }

  public ContentFixture delete(String relative) {
    try {
      Files.delete(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The result of the load and validate stages, as SiteBuilder runs them. */
  public record Checked(ContentLoader.Loaded loaded, List<Problem> problems) {
    public List<Problem> errors() {
      return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
      return problems.stream().filter(p -> !p.isError()).toList();
    }
  }

  /**
   * Runs load and validate exactly as {@link SiteBuilder#run()} does, with paths shown as
   * {@code content/...} (see {@link #display(String)}).
   */
  public Checked check() {
    Problems problems = new Problems();
    try {
      ContentReader reader = new ContentReader(root, DISPLAY_ROOT);
      ContentLoader.Loaded loaded = new ContentLoader(reader, problems).load();
      new CrossReferences(reader, problems).check(loaded);
      return new Checked(loaded, problems.all());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of {@link #check()}, in their stable order. */
  public List<Problem> problems() {
    return check().problems();
  }

  /** How {@link #check()} names a content file in problems. */
  public static String display(String relative) {
    return DISPLAY_ROOT + "/" + relative;
  }

  /** The whole pipeline, rendering without writing (out = null). */
  public BuildResult build() {
    return new SiteBuilder(new BuildOptions(root, null, null, null, TestDates.TODAY)).run();
  }

  /** How {@link #build()} names a content file in problems (the temp folder is absolute). */
  public String buildDisplay(String relative) {
    return root.toAbsolutePath().normalize().toString().replace('\\', '/') + "/" + relative;
  }
}
