package org.acta.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.acta.model.PartialDate;

/**
 * Creates a new country's content repository: sample content that validates and builds, CI for
 * GitHub and GitLab that installs a pinned Acta release (its zip checked against a SHA-256), a
 * .gitignore and a README for editors. The
 * repository is assembled in a hidden folder beside the target and moved into place only when
 * complete, so a failure leaves nothing half-written.
 */
public final class RepositoryInit {
  /** The language of the site, the sample content and the editors' README. */
  public enum Language { es, en }

  /**
   * @param country the country's name
   * @param forum the forum's name
   * @param today the date of the sample minutes (and from which the sample plan's dates follow)
   * @param release the Acta release the CI workflows download and verify
   */
  public record Options(String country, String forum, Language language, LocalDate today,
      ActaRelease release) {}

  /** Sample texts, per language. */
  private record Samples(String defaultCountry, String defaultForum, String titlePrefix,
      String description, String leadId, String partnerId, String minuteTitle,
      String minuteBody, String planTitle, String planDescription, String commitmentId,
      String commitmentTitle, CommitmentTemplate.Texts texts) {}

  private static final Map<Language, Samples> SAMPLES = Map.of(
      Language.es, new Samples("País de ejemplo", "Foro Multiactor de Gobierno Abierto",
          "Gobierno Abierto ",
          "Repositorio público del foro: actas de sesiones, planes de acción, compromisos, "
              + "hitos y evidencias.",
          "secretaria-gobierno-abierto", "red-sociedad-civil",
          "Sesión ordinaria de ejemplo",
          """
          ## Desarrollo de la sesión

          *Acta de ejemplo, creada con `acta init`: reemplácela por un acta real o bórrela.*

          La Secretaría presentó el repositorio público del foro, donde se publicarán las actas
          de cada sesión, los planes de acción y el avance de sus compromisos.

          ## Acuerdos

          Los acuerdos de una sesión se registran en el campo `agreements` de la cabecera de
          su acta (vea los ejemplos comentados), para que el sitio muestre su seguimiento.
          """,
          "Primer Plan de Acción de Gobierno Abierto",
          "Plan de ejemplo, creado con `acta init`: reemplácelo por el plan real del foro.",
          "actas-abiertas", "Publicación abierta de las actas y acuerdos del foro",
          new CommitmentTemplate.Texts(
              "Compromiso de ejemplo. Las actas y los acuerdos del foro multiactor no se "
                  + "publican de forma oportuna ni ordenada, por lo que la ciudadanía no puede "
                  + "saber qué se decidió, quién es responsable de cada acuerdo ni si se cumplió.",
              "Publicar en un repositorio abierto cada acta del foro dentro de los 30 días "
                  + "siguientes a la sesión, con sus acuerdos, responsables, plazos y "
                  + "seguimiento, y un sitio web que los muestre a la ciudadanía.",
              "Un registro público, completo y verificable de las decisiones del foro permite a "
                  + "la ciudadanía seguir cada acuerdo y exigir su cumplimiento, y facilita la "
                  + "revisión del Mecanismo de Revisión Independiente.",
              "Todas las actas y acuerdos del foro quedan disponibles en línea, en un formato "
                  + "abierto y reutilizable.",
              "Repositorio público de actas en funcionamiento",
              "Sitio web publicado con todas las actas del año y sus acuerdos")),
      Language.en, new Samples("Sample country", "Open Government Multi-stakeholder Forum",
          "Open Government ",
          "Public repository of the forum: minutes of its meetings, action plans, "
              + "commitments, milestones and evidence.",
          "open-government-office", "civil-society-network",
          "Sample ordinary meeting",
          """
          ## Proceedings

          *Sample minutes, made by `acta init`: replace them with real minutes or delete them.*

          The Secretariat presented the forum's public repository, where the minutes of every
          meeting, the action plans and the progress of their commitments will be published.

          ## Agreements

          The agreements of a meeting are recorded in the `agreements` field of the header of
          its minutes (see the commented-out examples), so that the site can follow them up.
          """,
          "First Open Government Action Plan",
          "Sample plan, made by `acta init`: replace it with the forum's real plan.",
          "open-minutes", "Open publication of the forum's minutes and agreements",
          new CommitmentTemplate.Texts(
              "Sample commitment. The minutes and agreements of the multi-stakeholder forum are "
                  + "not published in a timely or orderly way, so citizens cannot know what "
                  + "was decided, who is responsible for each agreement, or whether it was met.",
              "Publish every set of minutes of the forum in an open repository within 30 days "
                  + "of the meeting, with its agreements, owners, deadlines and follow-up, and "
                  + "a web site that shows them to the public.",
              "A public, complete and verifiable record of the forum's decisions lets citizens "
                  + "follow each agreement and demand that it be met, and eases the review by "
                  + "the Independent Reporting Mechanism.",
              "All minutes and agreements of the forum are available online, in an open and "
                  + "reusable format.",
              "Public repository of minutes in operation",
              "Web site published with all the year's minutes and their agreements")));

  private RepositoryInit() {}

  /** The default country name for a language, as shown in --help. */
  public static String defaultCountry(Language language) {
    return SAMPLES.get(language).defaultCountry();
  }

  /** The default forum name for a language. */
  public static String defaultForum(Language language) {
    return SAMPLES.get(language).defaultForum();
  }

  /** Creates the repository in {@code dir}; returns the files written, relative to it. */
  public static List<Path> run(Path dir, Options options) throws ScaffoldException, IOException {
    Samples s = SAMPLES.get(options.language());
    String country = checkName(options.country() != null ? options.country()
        : s.defaultCountry(), "--country");
    String forum = checkName(options.forum() != null ? options.forum() : s.defaultForum(),
        "--forum");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw ScaffoldException.refused(dir + " is a file; acta init creates a new folder.");
    }
    if (Files.isDirectory(dir) && !isEmpty(dir)) {
      throw ScaffoldException.refused(dir + " exists and is not empty; acta init only creates "
          + "a new repository. Choose a new (or empty) folder.");
    }
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw ScaffoldException.usage("cannot create a repository at " + dir + ".");
    }
    Files.createDirectories(parent);
    Path staging = parent.resolve("." + target.getFileName() + ".acta-init-"
        + UUID.randomUUID().toString().substring(0, 8));
    Files.createDirectory(staging);
    try {
      List<Path> written = write(staging, s, options, country, forum);
      if (Files.isDirectory(target)) {
        Files.delete(target); // empty, checked above
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      }
      return written;
    } finally {
      deleteTree(staging);
    }
  }

  private static List<Path> write(Path root, Samples s, Options options, String country,
      String forum) throws IOException, ScaffoldException {
    List<Path> written = new ArrayList<>();
    Language language = options.language();
    String title = s.titlePrefix() + country;
    Map<String, String> yaml = Map.of(
        "title", YamlText.scalar(title),
        "country", YamlText.scalar(country),
        "forum", YamlText.scalar(forum),
        "description", YamlText.scalar(s.description()));
    Map<String, String> text = Map.of("title", title, "country", country, "forum", forum);

    put(root, "content/site.yaml",
        Comments.align(fill(resource(language + "/site.yaml"), yaml)), written);
    put(root, "content/institutions.yaml",
        Comments.align(resource(language + "/institutions.yaml")), written);

    LocalDate today = options.today();
    String minuteSlug = Slugs.fromTitle(s.minuteTitle());
    put(root, "content/" + MinuteTemplate.relativePath(today, minuteSlug),
        new MinuteTemplate(s.minuteTitle(), today, s.leadId(), s.commitmentId(),
            "AAAA-MM-DD-nombre-del-acta/a01", s.minuteBody()).render(), written);

    // A plan for the next two calendar years, in co-creation: nothing in it is overdue yet.
    int year = today.getYear() + 1;
    String planId = year + "-" + (year + 1);
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year + 1, 12, 31);
    put(root, "content/" + PlanTemplate.relativePath(planId),
        new PlanTemplate(1, s.planTitle() + " " + planId, start, end, s.planDescription())
            .render(), written);
    put(root, "content/" + CommitmentTemplate.relativePath(planId, s.commitmentId()),
        new CommitmentTemplate(planId, s.commitmentTitle(), s.leadId(), s.partnerId(),
            PartialDate.of(start), PartialDate.of(end), s.texts()).render(), written);

    ActaRelease release = options.release();
    Map<String, String> pin = Map.of(
        "acta_version", release.version(),
        "acta_url", release.url(),
        "acta_sha256", release.sha256());
    put(root, ".github/workflows/site.yml", fill(resource("github-site.yml"), pin), written);
    put(root, ".gitlab-ci.yml", fill(resource("gitlab-ci.yml"), pin), written);
    put(root, ".gitignore", resource("gitignore"), written);
    put(root, "README.md", fill(resource(language + "/README.md"), text), written);
    return written;
  }

  private static void put(Path root, String relative, String text, List<Path> written)
      throws IOException, ScaffoldException {
    Path file = root.resolve(relative);
    ContentScaffold.write(file, text);
    written.add(root.relativize(file));
  }

  /** Replaces {@code {{key}}} by its value; other braces (such as GitHub's ${{ }}) stay. */
  static String fill(String template, Map<String, String> values) {
    String out = template;
    for (var e : values.entrySet()) {
      out = out.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    return out;
  }

  static String resource(String name) {
    String path = "acta/init/" + name;
    try (InputStream in = RepositoryInit.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String checkName(String name, String option) throws ScaffoldException {
    String n = ContentScaffold.checkTitle(name, option);
    if (n.length() > 200) {
      throw ScaffoldException.usage(option + " may have at most 200 characters.");
    }
    return n;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
