import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Deterministic benchmark corpus for Acta (and the same minutes as a Hugo site).
 *
 * <pre>
 * java bench/GenerateCorpus.java --minutes 10000 --commitments 1000 --out /tmp/acta-bench/c10000
 *     [--seed 42] [--minute-kb 10] [--as-of 2020-06-30] [--shape light|realistic]
 *     [--hugo /tmp/acta-bench/h10000 [--hugo-theme bench/hugo-theme]]
 * </pre>
 *
 * {@code --shape realistic} (issue 21) gives minutes the shape of the seed minute of 2018-05-08:
 * attendees in four roles, 5-15 agreements each with an English translation ({@code text_en})
 * and mostly the same owner, follow-ups of earlier agreements, a Markdown body of about
 * {@code --minute-kb} (default 7) KB; a bilingual site (es, en) where one minute in ten has an
 * English translation file; commitments in plans of 20. {@code light} (the default, issue 8)
 * is the earlier corpus: 3-6 agreements, no translations, a Spanish-only site.
 * Realistic commitments carry one to three dated progress reports per started milestone
 * ({@code updates:}), with English translations of two in three.
 *
 * The Acta content folder is {@code --out} itself (site.yaml, institutions.yaml, minutes/,
 * plans/, evidence/). Everything comes from the seed: the same arguments give byte-identical
 * files. Each minute (and each commitment) has its own random stream derived from the seed and
 * its index, so adding minutes does not change the text of the others.
 *
 * Runs with the JDK's source launcher; no dependencies.
 */
public final class GenerateCorpus {

  // ---------------------------------------------------------------- options

  static int minutes = 1000;
  static int commitments = 100;
  static long seed = 42;
  static int minuteBytes = 10 * 1024;
  static LocalDate asOf = LocalDate.of(2020, 6, 30);
  static Path out;
  static Path hugo;
  static Path hugoTheme;
  static boolean realistic;
  static boolean minuteKbGiven;

  /** Minutes are spread evenly from this date to the as-of date (inclusive). */
  static final LocalDate FIRST_MINUTE = LocalDate.of(2012, 1, 1);
  /** Two-year plan periods: 2012-2014 … 2020-2022 (the last one in co-creation). */
  static final int FIRST_PERIOD_YEAR = 2012;
  static final int PERIODS = 5;
  /** Citizen inputs of each plan's public consultation. */
  static final int INPUTS_PER_PLAN = 8;
  /** How far back (in minutes) a follow-up may look for an earlier agreement. */
  static final int FOLLOW_UP_WINDOW = 40;
  static final int MAX_PLANS = 99;
  static int planSize = 15;

  public static void main(String[] args) throws IOException {
    parse(args);
    long t0 = System.nanoTime();
    Corpus corpus = new Corpus();
    corpus.writeActa(out);
    if (hugo != null) {
      corpus.writeHugo(hugo);
    }
    System.out.printf(Locale.ROOT,
        "Generated %d minutes, %d commitments in %d plans, %d institutions into %s%s (%.1f s)%n",
        minutes, commitments, corpus.plans.size(), INSTITUTIONS.length, out,
        hugo != null ? " and the Hugo site " + hugo : "", (System.nanoTime() - t0) / 1e9);
  }

  static void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        usage(0);
      }
      if (i + 1 >= args.length) {
        System.err.println("missing value for " + a);
        usage(2);
      }
      String v = args[++i];
      switch (a) {
        case "--minutes" -> minutes = Integer.parseInt(v);
        case "--commitments" -> commitments = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--minute-kb" -> {
          minuteBytes = (int) (Double.parseDouble(v) * 1024);
          minuteKbGiven = true;
        }
        case "--shape" -> realistic = switch (v) {
          case "realistic" -> true;
          case "light" -> false;
          default -> {
            System.err.println("--shape is light or realistic");
            usage(2);
            yield false;
          }
        };
        case "--as-of" -> asOf = LocalDate.parse(v);
        case "--out" -> out = Path.of(v);
        case "--hugo" -> hugo = Path.of(v);
        case "--hugo-theme" -> hugoTheme = Path.of(v);
        default -> {
          System.err.println("unknown option " + a);
          usage(2);
        }
      }
    }
    if (out == null || minutes < 0 || commitments < 1) {
      usage(2);
    }
    if (realistic) {
      planSize = 20;
      if (!minuteKbGiven) {
        minuteBytes = 7 * 1024;
      }
    }
  }

  static void usage(int code) {
    System.err.println("usage: java GenerateCorpus.java --minutes N --commitments M --out DIR "
        + "[--seed S] [--minute-kb KB] [--as-of YYYY-MM-DD] [--shape light|realistic] "
        + "[--hugo DIR [--hugo-theme DIR]]");
    System.exit(code);
  }

  // ---------------------------------------------------------------- vocabulary

  /** id, name, acronym, kind, url (40 institutions). */
  static final String[][] INSTITUTIONS = {
      {"segpres", "Ministerio Secretaría General de la Presidencia", "SEGPRES", "government"},
      {"cplt", "Consejo para la Transparencia", "CPLT", "government"},
      {"subdere", "Subsecretaría de Desarrollo Regional y Administrativo", "SUBDERE", "government"},
      {"chilecompra", "Dirección de Compras y Contratación Pública", "ChileCompra", "government"},
      {"minsal", "Ministerio de Salud", "MINSAL", "government"},
      {"mineduc", "Ministerio de Educación", "MINEDUC", "government"},
      {"mma", "Ministerio del Medio Ambiente", "MMA", "government"},
      {"dga", "Dirección General de Aguas", "DGA", "government"},
      {"minjusticia", "Ministerio de Justicia y Derechos Humanos", "MINJU", "government"},
      {"hacienda", "Ministerio de Hacienda", "", "government"},
      {"desarrollo-social", "Ministerio de Desarrollo Social y Familia", "MDSF", "government"},
      {"ine", "Instituto Nacional de Estadísticas", "INE", "government"},
      {"bcn", "Biblioteca del Congreso Nacional", "BCN", "government"},
      {"contraloria", "Contraloría General de la República", "CGR", "government"},
      {"servicio-civil", "Dirección Nacional del Servicio Civil", "", "government"},
      {"minvu", "Ministerio de Vivienda y Urbanismo", "MINVU", "government"},
      {"mop", "Ministerio de Obras Públicas", "MOP", "government"},
      {"energia", "Ministerio de Energía", "", "government"},
      {"minmujer", "Ministerio de la Mujer y la Equidad de Género", "MMEG", "government"},
      {"gobierno-digital", "División de Gobierno Digital", "", "government"},
      {"poder-judicial", "Poder Judicial", "", "government"},
      {"chile-transparente", "Chile Transparente", "", "civil-society"},
      {"red-ciudadana-ga", "Red Ciudadana por el Gobierno Abierto", "", "civil-society"},
      {"ciudadania-activa", "Fundación Ciudadanía Activa", "", "civil-society"},
      {"datos-comunes", "Corporación Datos Comunes", "", "civil-society"},
      {"observatorio-fiscal", "Observatorio del Gasto Fiscal", "", "civil-society"},
      {"red-municipal", "Red de Municipios Abiertos", "", "civil-society"},
      {"mujeres-lideres", "Asociación Mujeres Líderes", "", "civil-society"},
      {"agua-viva", "Fundación Agua Viva", "", "civil-society"},
      {"consejo-juventud", "Consejo Nacional de la Juventud", "", "civil-society"},
      {"foro-salud", "Foro Ciudadano de Salud", "", "civil-society"},
      {"uchile", "Universidad de Chile", "UCHILE", "academia"},
      {"puc", "Pontificia Universidad Católica de Chile", "UC", "academia"},
      {"usach", "Universidad de Santiago de Chile", "USACH", "academia"},
      {"udec", "Universidad de Concepción", "UdeC", "academia"},
      {"ogp", "Alianza para el Gobierno Abierto", "OGP", "international-organisation"},
      {"cepal", "Comisión Económica para América Latina y el Caribe", "CEPAL",
          "international-organisation"},
      {"pnud", "Programa de las Naciones Unidas para el Desarrollo", "PNUD",
          "international-organisation"},
      {"camara-comercio", "Cámara Nacional de Comercio", "CNC", "private-sector"},
      {"asociacion-tic", "Asociación de Empresas de Tecnología", "", "private-sector"},
  };

  static final String[] FIRST_NAMES = {"María", "José", "Francisca", "Álvaro", "Camila",
      "Gonzalo", "Valentina", "Matías", "Daniela", "Sebastián", "Constanza", "Ignacio", "Javiera",
      "Rodrigo", "Catalina", "Andrés", "Fernanda", "Cristóbal", "Paula", "Tomás", "Beatriz",
      "Joaquín", "Isidora", "Felipe", "Antonia", "Nicolás", "Macarena", "Hernán", "Sofía", "Raúl"};
  static final String[] LAST_NAMES = {"González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto",
      "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes",
      "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia",
      "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Núñez",
      "Ibáñez", "Zúñiga"};
  static final String[] ROLES = {"Asesora, Comisión de Probidad y Transparencia",
      "Coordinador de Gobierno Abierto", "Jefa de la Unidad de Participación Ciudadana",
      "Profesional de la Secretaría Técnica", "Encargado de Datos Abiertos",
      "Directora de Estudios", "Jefe de Gabinete", "Analista de Políticas Públicas",
      "Coordinadora Regional", "Investigador asociado", "Oficial de Apoyo a Gobiernos – Américas",
      "Director Adjunto de Apoyo a País", "Secretaria ejecutiva", "Abogado asesor"};
  static final String[] REPRESENTS = {"Organizaciones de la sociedad civil", "Sector académico",
      "Gobierno central", "Municipios", "Organismos autónomos", "Sector privado",
      "Organismos internacionales", "Consejo de la Sociedad Civil"};
  static final String[] LOCATIONS = {"Teatinos 92, piso 9, Santiago",
      "Sala de reuniones, Morandé 115, Santiago", "Videoconferencia",
      "Biblioteca Nacional, Santiago", "Casa Central de la Universidad de Chile, Santiago",
      "Salón Montt Varas, Palacio de La Moneda", "Sede regional, Valparaíso",
      "Centro Cultural Gabriela Mistral, Santiago", "Auditorio de la CEPAL, Vitacura"};
  static final String[][] MINUTE_TOPICS = {
      {"Seguimiento de compromisos del plan de acción", "seguimiento-compromisos"},
      {"Revisión del informe de medio término", "informe-medio-termino"},
      {"Co-creación del nuevo plan de acción", "cocreacion-plan"},
      {"Validación de hitos y evidencias", "validacion-hitos"},
      {"Resultados de la consulta pública", "resultados-consulta"},
      {"Estrategia de datos abiertos", "datos-abiertos"},
      {"Presentación del Mecanismo de Revisión Independiente", "presentacion-irm"},
      {"Ajuste del cronograma de implementación", "ajuste-cronograma"},
      {"Gobierno abierto municipal y regional", "gobierno-abierto-municipal"},
      {"Participación ciudadana en el ciclo del plan", "participacion-ciudadana"},
      {"Integridad pública y lobby", "integridad-lobby"},
      {"Transparencia presupuestaria y compras públicas", "compras-publicas"},
      {"Justicia abierta y acceso a la información", "justicia-abierta"},
      {"Balance anual de la Mesa", "balance-anual"},
      {"Metodología de priorización de temáticas", "metodologia-priorizacion"},
      {"Difusión y sensibilización del gobierno abierto", "difusion"},
  };
  static final String[] AGENDA = {"Aprobación del acta de la sesión anterior.",
      "Presentación del estado de avance de los compromisos.",
      "Revisión de las evidencias publicadas en el repositorio.",
      "Informe de la Secretaría Técnica sobre la consulta pública.",
      "Discusión de la metodología de co-creación del próximo plan.",
      "Exposición del Mecanismo de Revisión Independiente (IRM).",
      "Calendario de sesiones abiertas a todo público.",
      "Propuestas de la sociedad civil para nuevos compromisos.",
      "Coordinación con los municipios y gobiernos regionales.",
      "Plan de difusión y sensibilización.",
      "Varios."};
  static final String[] SUBJECTS = {"La Secretaría Técnica", "El representante de la sociedad civil",
      "La Mesa", "El Consejo para la Transparencia", "La coordinadora del compromiso",
      "Un integrante de la Mesa", "La representante del sector académico",
      "El equipo de la División de Gobierno Digital", "La representante de la Alianza",
      "El Subsecretario", "Una integrante de la red de organizaciones", "El sector privado"};
  static final String[] VERBS = {"presenta", "informa sobre", "propone revisar", "expone",
      "valora", "solicita actualizar", "destaca", "cuestiona", "comenta", "recuerda",
      "sugiere profundizar", "da cuenta de"};
  static final String[] OBJECTS = {"el avance de los hitos del plan de acción",
      "la metodología de co-creación", "los resultados de la consulta pública",
      "el informe del Mecanismo de Revisión Independiente", "la publicación de datos abiertos",
      "el cronograma de implementación", "la estrategia de difusión",
      "las brechas de cumplimiento entre municipios", "la calidad de las evidencias",
      "la participación de las regiones", "el presupuesto comprometido por cada servicio",
      "la respuesta razonada a cada aporte ciudadano", "los indicadores de seguimiento",
      "la coordinación interministerial", "la accesibilidad del portal"};
  static final String[] COMPLEMENTS = {"para el próximo período.",
      "con énfasis en los municipios de regiones.", "antes de la próxima sesión.",
      "según lo acordado en la sesión anterior.",
      "considerando las observaciones de la sociedad civil.",
      "de acuerdo con los estándares de la Alianza para el Gobierno Abierto.",
      "y pide que quede constancia en el acta.", "en un lenguaje claro para la ciudadanía.",
      "con datos desagregados por género y territorio.",
      "para facilitar la revisión del Mecanismo de Revisión Independiente."};
  static final String[] EXTRA_SENTENCES = {
      "Se abre un espacio de preguntas y comentarios.",
      "Varios integrantes coinciden en la necesidad de contar con información oportuna.",
      "Se acuerda publicar la presentación junto con el acta.",
      "La discusión se extiende más allá del tiempo previsto.",
      "Se recuerda que las sesiones abiertas deben difundirse con al menos dos semanas de anticipación.",
      "No hay observaciones adicionales sobre este punto.",
      "Se solicita a los servicios responsables enviar sus reportes en el formato común.",
      "La sociedad civil valora el esfuerzo, pero advierte que los plazos son muy ajustados.",
  };
  static final String[] THEMES = {"transparencia", "participación ciudadana", "datos abiertos",
      "integridad", "municipios", "salud", "educación", "medio ambiente", "agua", "justicia",
      "género", "compras públicas", "presupuesto", "lobby", "rendición de cuentas", "innovación",
      "regiones", "juventud", "vivienda", "energía"};
  static final String[] COMMITMENT_TOPICS = {"Transparencia municipal activa",
      "Datos abiertos de salud", "Participación ciudadana digital", "Compras públicas abiertas",
      "Integridad y registro de lobby", "Transparencia hídrica", "Justicia abierta",
      "Brechas de género en datos públicos", "Presupuesto ciudadano",
      "Cuentas públicas participativas", "Listas de espera en salud", "Educación escolar abierta",
      "Beneficiarios finales de empresas", "Vivienda y barrios transparentes",
      "Energía y territorio", "Consejos de la sociedad civil", "Fondos concursables abiertos",
      "Formación en gobierno abierto", "Portal de transparencia unificado",
      "Inversión pública georreferenciada"};
  static final String[] MILESTONE_TITLES = {"Diagnóstico inicial", "Diseño participativo del estándar",
      "Capacitación a funcionarios", "Piloto en servicios seleccionados", "Lanzamiento del portal",
      "Publicación de datos en formato abierto", "Evaluación de resultados",
      "Mesa de trabajo con la sociedad civil", "Norma técnica aprobada",
      "Segunda medición y publicación de resultados"};
  static final String[] EN_TOPICS = {"Follow-up of the action plan's commitments",
      "Review of the mid-term report", "Co-creation of the new action plan",
      "Validation of milestones and evidence", "Results of the public consultation",
      "Open data strategy", "Municipal and regional open government"};
  static final String[] EN_AGENDA = {"Approval of the minutes of the previous meeting.",
      "Progress of the commitments.", "Report of the Technical Secretariat.",
      "Co-creation methodology of the next plan.", "Calendar of open meetings.", "Other business."};
  static final String[] EN_SENTENCES = {
      "Update the minutes of the forum's meetings, a good practice the Partnership promotes.",
      "The consultation process of the Action Plan must give an answer to each citizen.",
      "Move from commitments about databases to public policies that solve public problems.",
      "The forum must hold at least three meetings a year that are open to the whole public.",
      "Raise awareness of the forum's work among public services and citizens.",
      "Greater inter-ministerial coordination to gather commitments.",
      "The methodology for prioritising themes must be improved and deepened.",
      "Include the Sustainable Development Goals when drawing up the plan.",
      "Create a repository of information with the details of the plan for the IRM.",
      "The Technical Secretariat will send the progress reports before the next meeting.",
      "Civil society welcomes the effort but warns that the deadlines are very tight.",
      "Publish the presentation together with the minutes."};
  static final String[] OGP_VALUES = {"access_to_information", "civic_participation",
      "public_accountability", "technology_and_innovation"};
  static final String[] RELEVANCE = {"access-to-information", "civic-participation",
      "public-accountability", "technology-and-innovation"};

  // ---------------------------------------------------------------- the corpus

  record Plan(String id, int number, int period, LocalDate start, LocalDate end, String status,
      List<String> commitmentIds) {}

  static final class Corpus {
    final List<Plan> plans = new ArrayList<>();
    /** Commitment ids of the plans of each period, for agreements. */
    final List<List<String>> byPeriod = new ArrayList<>();
    final List<String> evidenceFiles = new ArrayList<>();

    Corpus() {
      int planCount = Math.min(MAX_PLANS, Math.max(1, (commitments + planSize - 1) / planSize));
      for (int p = 0; p < PERIODS; p++) {
        byPeriod.add(new ArrayList<>());
      }
      int[] perPeriod = new int[PERIODS];
      int next = 0;
      for (int j = 0; j < planCount; j++) {
        int period = (int) ((long) j * PERIODS / planCount);
        int letter = perPeriod[period]++;
        int y = FIRST_PERIOD_YEAR + 2 * period;
        String id = y + "-" + (y + 2) + "-" + letters(letter);
        LocalDate start = LocalDate.of(y, 7, 1);
        LocalDate end = LocalDate.of(y + 2, 6, 30);
        String status = end.isBefore(asOf) ? "closed"
            : start.isAfter(asOf) ? "co-creation" : "implementation";
        // commitments spread evenly: plan j gets those with index in [a, b)
        int a = (int) ((long) j * commitments / planCount);
        int b = (int) ((long) (j + 1) * commitments / planCount);
        List<String> ids = new ArrayList<>();
        for (int c = a; c < b; c++) {
          ids.add(commitmentId(c));
        }
        next = b;
        plans.add(new Plan(id, j + 1, period, start, end, status, ids));
        byPeriod.get(period).addAll(ids);
      }
      if (next != commitments) {
        throw new IllegalStateException("commitments not all assigned");
      }
    }

    static String letters(int n) {
      String s = "";
      n++;
      while (n > 0) {
        n--;
        s = (char) ('a' + n % 26) + s;
        n /= 26;
      }
      return s;
    }

    static String commitmentId(int c) {
      String topic = COMMITMENT_TOPICS[c % COMMITMENT_TOPICS.length];
      String[] words = slug(topic).split("-");
      String shortSlug = words.length > 2 ? words[0] + "-" + words[words.length - 1] : slug(topic);
      return String.format(Locale.ROOT, "c%05d-%s", c + 1, shortSlug);
    }

    // ------------------------------------------------------------ Acta

    void writeActa(Path dir) throws IOException {
      Files.createDirectories(dir);
      write(dir.resolve("site.yaml"), siteYaml());
      write(dir.resolve("institutions.yaml"), institutionsYaml());
      int commitmentIndex = 0;
      for (Plan plan : plans) {
        Path planDir = dir.resolve("plans").resolve(plan.id());
        write(planDir.resolve("plan.yaml"), planYaml(plan));
        String evidence = "evidence/" + plan.id() + "/informe-avance.csv";
        write(dir.resolve(evidence), evidenceCsv(plan));
        for (int k = 0; k < plan.commitmentIds().size(); k++) {
          String id = plan.commitmentIds().get(k);
          write(planDir.resolve("commitments").resolve(id + ".yaml"),
              commitmentYaml(plan, commitmentIndex++, id, k == 0 ? evidence : null));
        }
        for (int k = 0; k < INPUTS_PER_PLAN; k++) {
          write(planDir.resolve("consultation").resolve(String.format(Locale.ROOT, "i%03d.yaml",
              k + 1)), consultationYaml(plan, k));
        }
      }
      int meetings = Math.max(3, minutes / 1000);
      for (int k = 0; k < meetings; k++) {
        LocalDate d = asOf.plusDays(7 + 21L * k);
        write(dir.resolve("meetings").resolve(d + "-sesion-" + (k + 1) + ".yaml"),
            meetingYaml(k, d));
      }
      for (int i = 0; i < minutes; i++) {
        MinuteText m = minute(i);
        Path year = dir.resolve("minutes").resolve(String.valueOf(m.date.getYear()));
        write(year.resolve(m.fileName), "---\n" + m.frontMatter + "---\n\n" + m.body);
        if (realistic && i % 10 == 0) {
          write(year.resolve(m.slug + ".en.md"), translation(i, m));
        }
      }
    }

    /** An English translation file: its texts only (title, location, agenda, body). */
    String translation(int i, MinuteText m) {
      SplittableRandom r = rng(7, i);
      StringBuilder t = new StringBuilder("---\n");
      t.append("title: ").append(q(EN_TOPICS[r.nextInt(EN_TOPICS.length)])).append('\n');
      t.append("agenda:\n");
      for (int k = 0; k < m.agendaItems(); k++) { // one translation per item, in order
        t.append("  - ").append(q(EN_AGENDA[(i + k) % EN_AGENDA.length])).append('\n');
      }
      t.append("---\n\n## I. Opening\n\n");
      int target = utf8(m.body) * 9 / 10;
      int item = 1;
      while (utf8(t.toString()) < target) {
        t.append("### ").append(item).append(".- ").append(EN_AGENDA[item % EN_AGENDA.length])
            .append("\n\n");
        for (int k = 0; k < 4; k++) {
          t.append(EN_SENTENCES[r.nextInt(EN_SENTENCES.length)]).append(' ');
        }
        t.append("\n\n");
        item++;
      }
      return t.toString();
    }

    String siteYaml() {
      return """
          title: Gobierno Abierto Chile (corpus de prueba)
          %s
          base_url: https://example.org/gobierno-abierto/
          country: Chile
          country_code: CL
          description: >-
            Corpus **sintético** generado por `bench/GenerateCorpus.java` para medir el
            rendimiento de Acta: %d actas y %d compromisos en %d planes (semilla %d).
          forum:
            name: Mesa de Gobierno Abierto
            acronym: MGA
            description: >-
              Instancia multiactor que co-crea los planes de acción y da seguimiento a su
              implementación.
          contact:
            name: Secretaría Técnica de la Mesa de Gobierno Abierto
            email: gobiernoabierto@example.org
            url: https://example.org/gobierno-abierto/contacto
          time_zone: America/Santiago
          quality:
            plan_size: {min: 10, max: 60}
            min_statement_length: 120
            stale_after_months: 6
            publication_lag_days: 30
            open_meetings_per_year: 3
          """.formatted(realistic
          // A translation of the title only where the site is built in English too.
          ? "title_en: Open Government Chile (test corpus)\nlanguages: [es, en]"
          : "language: es", minutes, commitments,
          plans.size(), seed);
    }

    String institutionsYaml() {
      StringBuilder s = new StringBuilder("institutions:\n");
      for (String[] i : INSTITUTIONS) {
        s.append("  - id: ").append(i[0]).append('\n');
        s.append("    name: ").append(q(i[1])).append('\n');
        if (!i[2].isEmpty()) {
          s.append("    acronym: ").append(q(i[2])).append('\n');
        }
        s.append("    kind: ").append(i[3]).append('\n');
        s.append("    url: https://www.").append(i[0].replace("-", "")).append(".example.cl\n");
      }
      return s.toString();
    }

    String planYaml(Plan p) {
      SplittableRandom r = rng(3, p.number());
      int y = p.start().getYear();
      StringBuilder s = new StringBuilder();
      s.append("number: ").append(p.number()).append('\n');
      s.append("title: ").append(q("Plan de Acción de Gobierno Abierto " + y + "-" + (y + 2)
          + " (" + p.id().substring(10) + ")")).append('\n');
      s.append("start: ").append(p.start()).append('\n');
      s.append("end: ").append(p.end()).append('\n');
      s.append("status: ").append(p.status()).append('\n');
      s.append("description: >-\n");
      s.append(indent(paragraph(r, 3) + "\n\n" + paragraph(r, 2), 2)).append('\n');
      s.append("key_dates:\n");
      LocalDate[] dates = {p.start().minusMonths(4), p.start().minusMonths(2),
          p.start().minusDays(1), p.start(), p.start().plusMonths(12), p.end()};
      String[] events = {"Inicio de la consulta pública para recoger propuestas de compromisos",
          "Publicación de la respuesta razonada a cada aporte de la consulta",
          "Entrega del plan a la Alianza para el Gobierno Abierto", "Inicio de la implementación",
          "Publicación de la autoevaluación de medio término", "Fin de la implementación"};
      for (int k = 0; k < dates.length; k++) {
        s.append("  - date: ").append(dates[k]).append('\n');
        s.append("    event: ").append(q(events[k])).append('\n');
      }
      return s.toString();
    }

    String consultationYaml(Plan p, int k) {
      SplittableRandom r = rng(5, p.number() * 1000L + k);
      StringBuilder s = new StringBuilder();
      s.append("date: ").append(p.start().minusMonths(5).plusDays(3L * k)).append('\n');
      s.append("channel: ").append(new String[] {"web", "email", "workshop", "letter",
          "in-person", "other"}[r.nextInt(6)]).append('\n');
      String author = person(r);
      s.append("author: ").append(q(author)).append('\n');
      s.append("author_public: ").append(r.nextBoolean()).append('\n');
      if (r.nextInt(3) == 0) {
        s.append("email: ").append(slug(author).replace('-', '.')).append("@example.org\n");
      }
      if (r.nextInt(4) == 0) {
        s.append("phone: \"+56 9 5550 ").append(1000 + r.nextInt(9000)).append("\"\n");
      }
      s.append("theme: ").append(q(pick(r, THEMES))).append('\n');
      s.append("text: >-\n").append(indent("Propongo que " + lower(paragraph(r, 3)), 2))
          .append('\n');
      if (!p.status().equals("co-creation") || k % 2 == 0) {
        int outcome = r.nextInt(3);
        s.append("response:\n");
        s.append("  outcome: ").append(new String[] {"accepted", "partially-accepted",
            "not-accepted"}[outcome]).append('\n');
        s.append("  reason: >-\n").append(indent(paragraph(r, 2), 4)).append('\n');
        if (outcome < 2 && !p.commitmentIds().isEmpty()) {
          s.append("  commitments: [")
              .append(p.commitmentIds().get(r.nextInt(p.commitmentIds().size()))).append("]\n");
        }
        s.append("  date: ").append(p.start().minusMonths(2)).append('\n');
      }
      return s.toString();
    }

    String meetingYaml(int k, LocalDate date) {
      SplittableRandom r = rng(6, k);
      String[] topic = pick(r, MINUTE_TOPICS);
      StringBuilder s = new StringBuilder();
      s.append("title: ").append(q("Sesión ordinaria: " + lower(topic[0]))).append('\n');
      s.append("date: ").append(date).append('\n');
      s.append("start: \"16:00\"\nend: \"18:00\"\n");
      s.append("location: ").append(q(pick(r, LOCATIONS))).append('\n');
      s.append("kind: ordinary\n");
      s.append("open_to_public: ").append(k % 2 == 0).append('\n');
      s.append("agenda:\n");
      for (int a = 0; a < 3; a++) {
        s.append("  - ").append(q(AGENDA[(k + a) % AGENDA.length])).append('\n');
      }
      s.append("description: >-\n").append(indent(paragraph(r, 2)
          + " Más información en [el sitio](https://example.org/gobierno-abierto/).", 2))
          .append('\n');
      s.append("registration_url: https://example.org/gobierno-abierto/inscripcion/")
          .append(k + 1).append('\n');
      return s.toString();
    }

    /**
     * A milestone's progress reports, as a tracker publishes them: one to three, dated
     * between its start and the as-of date, the last one stating its current status.
     */
    void updates(StringBuilder s, SplittableRandom r, LocalDate ms, LocalDate me, String status,
        int progress) {
      LocalDate last = me.isBefore(asOf) ? me : asOf;
      long span = Math.max(1, ChronoUnit.DAYS.between(ms, last));
      int n = 1 + r.nextInt(3);
      s.append("    updates:\n");
      // Newest first, as trackers list them; the newest carries the milestone's status.
      for (int u = n - 1; u >= 0; u--) {
        LocalDate d = ms.plusDays(span * (u + 1) / n);
        boolean newest = u == n - 1;
        String st = newest ? status : "in-progress";
        int pr = newest ? progress : Math.max(10, progress * (u + 1) / (n + 1) / 10 * 10);
        if (!newest && pr == 100) {
          pr = 90;
        }
        s.append("      - date: ").append(d).append('\n');
        s.append("        period: ").append(q("Informe de avance " + (u + 1))).append('\n');
        s.append("        status: ").append(st).append('\n');
        s.append("        progress: ").append(pr).append('\n');
        String object = lower(pick(r, OBJECTS));
        s.append("        text: ").append(q("Se avanzó en " + object + " con "
            + lower(pick(r, OBJECTS)) + "; la Mesa revisó el avance y pidió publicar "
            + "los respaldos.")).append('\n');
        if (r.nextInt(3) > 0) {
          s.append("        text_en: ").append(q("Progress was made on this milestone; the "
              + "forum reviewed it and asked for the supporting documents to be published."))
              .append('\n');
        }
      }
    }

    String evidenceCsv(Plan p) {
      StringBuilder s = new StringBuilder("compromiso,hito,avance\r\n");
      for (String id : p.commitmentIds()) {
        s.append(id).append(",1,100\r\n");
      }
      return s.toString();
    }

    String commitmentYaml(Plan plan, int index, String id, String evidencePath) {
      SplittableRandom r = rng(2, index);
      String topic = COMMITMENT_TOPICS[index % COMMITMENT_TOPICS.length];
      String lead = INSTITUTIONS[r.nextInt(21)][0]; // a government institution
      Set<String> partners = new LinkedHashSet<>();
      while (partners.size() < 2) {
        String p = pick(r, INSTITUTIONS)[0];
        if (!p.equals(lead)) {
          partners.add(p);
        }
      }
      LocalDate start = plan.start();
      LocalDate end = plan.end();
      StringBuilder s = new StringBuilder();
      s.append("title: ").append(q(topic + " (" + (index + 1) + ")")).append('\n');
      s.append("ogp_id: CL").append(String.format(Locale.ROOT, "%04d", index % 10000)).append('\n');
      s.append("lead_institution: ").append(lead).append('\n');
      s.append("partner_institutions: [").append(String.join(", ", partners)).append("]\n");
      s.append("start: ").append(start).append('\n');
      s.append("end: ").append(end).append('\n');
      s.append("problem: |-\n");
      s.append(indent(paragraph(r, 3) + "\n\n- " + sentence(r) + "\n- " + sentence(r) + "\n- "
          + sentence(r), 2)).append('\n');
      s.append("status_quo: >-\n").append(indent(paragraph(r, 3), 2)).append('\n');
      s.append("description: >-\n").append(indent(paragraph(r, 4), 2)).append('\n');
      s.append("solution: >-\n").append(indent(paragraph(r, 3), 2)).append('\n');
      s.append("ogp_values:\n");
      int values = 2 + r.nextInt(3);
      for (int v = 0; v < values; v++) {
        s.append("  ").append(OGP_VALUES[(index + v) % 4]).append(": ").append(q(sentence(r)))
            .append('\n');
      }
      s.append("sdgs:\n");
      int goal = 16;
      s.append("  - goal: 16\n    targets: [\"16.6\", \"16.").append(r.nextBoolean() ? "10" : "7")
          .append("\"]\n");
      int other = 1 + r.nextInt(15);
      if (other != goal) {
        s.append("  - goal: ").append(other).append("\n    targets: [\"").append(other)
            .append('.').append(1 + r.nextInt(5)).append("\"]\n");
      }
      s.append("themes: [").append(q(THEMES[index % THEMES.length])).append(", ")
          .append(q(THEMES[(index * 7 + 3) % THEMES.length])).append("]\n");
      s.append("officials:\n");
      for (int o = 0; o < 2; o++) {
        s.append("  - name: ").append(q(person(r))).append('\n');
        s.append("    role: ").append(q(pick(r, ROLES))).append('\n');
        s.append("    institution: ").append(o == 0 ? lead : partners.iterator().next())
            .append('\n');
      }
      s.append("milestones:\n");
      int count = 3 + r.nextInt(3);
      long days = ChronoUnit.DAYS.between(start, end);
      boolean anyOpen = false;
      for (int m = 0; m < count; m++) {
        LocalDate ms = start.plusDays(days * m / count);
        LocalDate me = start.plusDays(days * (m + 1) / count - 1);
        String status;
        int progress;
        int roll = r.nextInt(100);
        if (me.isBefore(asOf)) {
          status = roll < 65 ? "completed" : roll < 80 ? "cancelled" : "delayed";
        } else if (!ms.isAfter(asOf)) {
          status = roll < 70 ? "in-progress" : "delayed";
        } else {
          status = "not-started";
        }
        progress = switch (status) {
          case "completed" -> 100;
          case "not-started" -> 0;
          case "cancelled" -> 10 * r.nextInt(6);
          default -> 10 + 10 * r.nextInt(8);
        };
        anyOpen |= !status.equals("completed") && !status.equals("cancelled");
        s.append("  - id: ").append(m + 1).append('\n');
        s.append("    title: ").append(q(MILESTONE_TITLES[(index + m) % MILESTONE_TITLES.length]))
            .append('\n');
        s.append("    deliverable: ").append(q("Informe publicado: " + lower(pick(r, OBJECTS))
            + ", con base de datos descargable")).append('\n');
        s.append("    start: ").append(ms).append('\n');
        s.append("    end: ").append(me).append('\n');
        if (!status.equals("not-started")) {
          s.append("    actual_start: ").append(ms.plusDays(r.nextInt(20))).append('\n');
        }
        if (status.equals("completed") || status.equals("cancelled")) {
          s.append("    actual_end: ").append(me.minusDays(r.nextInt(10))).append('\n');
        }
        s.append("    status: ").append(status).append('\n');
        s.append("    progress: ").append(progress).append('\n');
        if (!status.equals("not-started")) {
          if (realistic) {
            updates(s, r, ms, me, status, progress);
          }
          s.append("    evidence:\n");
          int n = 1 + r.nextInt(2);
          for (int e = 0; e < n; e++) {
            LocalDate d = ms.plusDays(r.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(ms, me))));
            if (d.isAfter(asOf)) {
              d = asOf;
            }
            s.append("      - title: ").append(q("Evidencia " + (e + 1) + ": "
                + lower(pick(r, OBJECTS)))).append('\n');
            s.append("        url: https://example.org/gobierno-abierto/evidencias/").append(id)
                .append("/hito-").append(m + 1).append('-').append(e + 1).append(".pdf\n");
            s.append("        date: ").append(d).append('\n');
          }
          if (m == 0 && evidencePath != null) {
            s.append("      - title: \"Base de datos del avance del plan\"\n");
            s.append("        path: ").append(evidencePath).append('\n');
          }
        }
      }
      if (plan.status().equals("closed")) {
        s.append("completion: ").append(anyOpen ? "limited" : "substantial").append('\n');
      }
      s.append("irm:\n");
      s.append("  report: https://example.org/gobierno-abierto/irm/").append(plan.id())
          .append(".pdf\n");
      s.append("  verifiable: ").append(r.nextInt(10) > 0).append('\n');
      s.append("  relevance: [").append(RELEVANCE[index % 4]).append(", ")
          .append(RELEVANCE[(index + 1) % 4]).append("]\n");
      s.append("  potential_for_results: ")
          .append(new String[] {"unclear", "modest", "substantial"}[r.nextInt(3)]).append('\n');
      s.append("  promising: ").append(r.nextBoolean()).append('\n');
      if (plan.status().equals("closed")) {
        s.append("  completion: ")
            .append(new String[] {"limited", "substantial", "complete"}[r.nextInt(3)]).append('\n');
        s.append("  open_government: ")
            .append(new String[] {"did-not-change", "marginal", "major"}[r.nextInt(3)])
            .append('\n');
        s.append("  starred: ").append(r.nextInt(5) == 0).append('\n');
      }
      return s.toString();
    }

    // ------------------------------------------------------------ minutes

    record MinuteText(LocalDate date, String fileName, String slug, String frontMatter,
        String body, int agendaItems) {}

    /** What other minutes need to know about minute i: its date, slug and agreements. */
    record MinuteMeta(LocalDate date, String slug, String title, boolean extraordinary,
        int agreements) {}

    static LocalDate minuteDate(int i) {
      long span = ChronoUnit.DAYS.between(FIRST_MINUTE, asOf) + 1;
      return FIRST_MINUTE.plusDays(minutes <= 1 ? 0 : span * i / minutes);
    }

    static MinuteMeta meta(int i) {
      SplittableRandom r = rng(4, i);
      LocalDate date = minuteDate(i);
      String[] topic = MINUTE_TOPICS[r.nextInt(MINUTE_TOPICS.length)];
      boolean extraordinary = r.nextInt(6) == 0;
      String slug = date + "-" + topic[1] + "-" + String.format(Locale.ROOT, "%05d", i + 1);
      String title = (extraordinary ? "Sesión extraordinaria: " : "") + topic[0];
      int agreements = 3 + r.nextInt(4);
      if (realistic) {
        agreements = 5 + rng(8, i).nextInt(11); // 5-15, as in the seed minute (13)
      }
      return new MinuteMeta(date, slug, title, extraordinary, agreements);
    }

    MinuteText minute(int i) {
      SplittableRandom r = rng(1, i);
      MinuteMeta meta = meta(i);
      LocalDate date = meta.date();
      boolean extraordinary = meta.extraordinary();
      String slug = meta.slug();
      String title = meta.title();
      int hour = 9 + r.nextInt(9);
      int period = Math.max(0, Math.min(PERIODS - 1,
          (date.getYear() - FIRST_PERIOD_YEAR - (date.getMonthValue() < 7 ? 1 : 0)) / 2));
      List<String> candidates = byPeriod.get(period).isEmpty() ? allCommitments()
          : byPeriod.get(period);

      StringBuilder f = new StringBuilder();
      f.append("title: ").append(q(title)).append('\n');
      f.append("date: ").append(date).append('\n');
      f.append("start: \"").append(String.format(Locale.ROOT, "%02d:%02d", hour, 30 * r.nextInt(2)))
          .append("\"\n");
      f.append("end: \"").append(String.format(Locale.ROOT, "%02d:00", hour + 1 + r.nextInt(3)))
          .append("\"\n");
      f.append("location: ").append(q(pick(r, LOCATIONS))).append('\n');
      f.append("kind: ").append(extraordinary ? "extraordinary" : "ordinary").append('\n');
      f.append("open_to_public: ").append(r.nextBoolean()).append('\n');
      f.append("attendees:\n");
      group(f, r, "members", 6 + r.nextInt(5), true);
      group(f, r, "ogp", 1 + r.nextInt(2), false);
      group(f, r, "secretary", 1 + r.nextInt(2), false);
      group(f, r, "others", 2 + r.nextInt(3), false);
      List<String> agenda = new ArrayList<>();
      int items = 3 + r.nextInt(4);
      int first = r.nextInt(AGENDA.length);
      for (int k = 0; k < items; k++) {
        agenda.add(AGENDA[(first + k) % AGENDA.length]);
      }
      f.append("agenda:\n");
      agenda.forEach(a -> f.append("  - ").append(q(a)).append('\n'));
      f.append("agreements:\n");
      int agreements = meta.agreements();
      List<String> agreementTexts = new ArrayList<>();
      for (int k = 0; k < agreements; k++) {
        String text = capitalise(pick(r, new String[] {"Publicar", "Revisar", "Enviar", "Actualizar",
            "Convocar", "Preparar"})) + " " + pick(r, OBJECTS) + " " + pick(r, COMPLEMENTS);
        agreementTexts.add(text);
        f.append("  - id: a").append(String.format(Locale.ROOT, "%02d", k + 1)).append('\n');
        f.append("    text: ").append(q(text)).append('\n');
        if (realistic) {
          f.append("    text_en: ").append(q(EN_SENTENCES[r.nextInt(EN_SENTENCES.length)]))
              .append('\n');
          // As in the seed minute: most agreements are the forum's own.
          f.append("    owner: ").append(q(r.nextInt(4) > 0 ? "Mesa de Gobierno Abierto"
              : r.nextBoolean() ? "Secretaría Técnica" : person(r))).append('\n');
        } else {
          f.append("    owner: ").append(q(r.nextBoolean() ? "Secretaría Técnica" : person(r)))
              .append('\n');
        }
        f.append("    institution: ").append(pick(r, INSTITUTIONS)[0]).append('\n');
        f.append("    due: ").append(date.plusDays(14 + r.nextInt(120))).append('\n');
        int status = r.nextInt(10);
        if (status < 3) {
          f.append("    status: ").append(new String[] {"open", "in-progress", "done"}[status])
              .append('\n');
        }
        f.append("    commitments: [").append(candidates.get(r.nextInt(candidates.size())));
        if (r.nextBoolean()) {
          f.append(", ").append(candidates.get(r.nextInt(candidates.size())));
        }
        f.append("]\n");
      }
      followUps(f, r, i, date);
      String frontMatter = dedupeCommitmentLists(f.toString());
      // light: the whole file is --minute-kb; realistic: the Markdown body is.
      int budget = realistic ? minuteBytes : minuteBytes - utf8("---\n" + frontMatter + "---\n\n");
      String body = body(r, agenda, agreementTexts, candidates, budget);
      return new MinuteText(date, slug + ".md", slug, frontMatter, body, agenda.size());
    }

    /** Progress on 0–3 agreements of the previous minutes (strictly earlier dates). */
    static void followUps(StringBuilder f, SplittableRandom r, int i, LocalDate date) {
      int wanted = realistic ? 1 + r.nextInt(5) : r.nextInt(4);
      Set<String> refs = new LinkedHashSet<>();
      for (int attempt = 0; attempt < 8 && refs.size() < wanted && i > 0; attempt++) {
        int j = i - 1 - r.nextInt(Math.min(i, FOLLOW_UP_WINDOW));
        MinuteMeta earlier = meta(j);
        if (earlier.date().isBefore(date)) {
          refs.add(earlier.slug() + "/a" + String.format(Locale.ROOT, "%02d",
              1 + r.nextInt(earlier.agreements())));
        }
      }
      if (refs.isEmpty()) {
        return;
      }
      f.append("follow_up:\n");
      for (String ref : refs) {
        f.append("  - agreement: ").append(ref).append('\n');
        f.append("    status: ")
            .append(new String[] {"in-progress", "done", "done", "cancelled"}[r.nextInt(4)])
            .append('\n');
        if (r.nextBoolean()) {
          f.append("    note: ").append(q(sentence(r))).append('\n');
        }
      }
    }

    /** "[a, a]" is a duplicate reference; keep the first. */
    static String dedupeCommitmentLists(String yaml) {
      return yaml.replaceAll("commitments: \\[([a-z0-9-]+), \\1\\]", "commitments: [$1]");
    }

    List<String> allCommitments() {
      List<String> all = new ArrayList<>();
      byPeriod.forEach(all::addAll);
      return all;
    }

    void group(StringBuilder f, SplittableRandom r, String key, int n, boolean members) {
      f.append("  ").append(key).append(":\n");
      for (int k = 0; k < n; k++) {
        String[] inst = pick(r, INSTITUTIONS);
        f.append("    - name: ").append(q(person(r))).append('\n');
        if (members) {
          f.append("      represents: ").append(q(r.nextBoolean() ? pick(r, REPRESENTS) : inst[1]))
              .append('\n');
        } else {
          f.append("      role: ").append(q(pick(r, ROLES))).append('\n');
        }
        if (key.equals("ogp")) {
          f.append("      institution: ogp\n");
        } else if (r.nextInt(4) > 0) {
          f.append("      institution: ").append(inst[0]).append('\n');
        }
      }
    }

    /** Spanish Markdown record: ## headings, ### items, lists, a table, links; ~budget bytes. */
    String body(SplittableRandom r, List<String> agenda, List<String> agreements,
        List<String> commitmentIds, int budget) {
      StringBuilder b = new StringBuilder();
      b.append("## I. Apertura de la sesión\n\n");
      b.append(paragraph(r, 3)).append("\n\n");
      b.append("## II. Revisión del acta anterior\n\n");
      b.append(paragraph(r, 2)).append(" Las observaciones recibidas fueron:\n\n");
      for (int k = 0; k < 3; k++) {
        b.append("- ").append(sentence(r)).append('\n');
      }
      b.append('\n');
      b.append("## III. Desarrollo\n\n");
      StringBuilder tail = new StringBuilder();
      tail.append("## IV. Acuerdos\n\n");
      for (int k = 0; k < agreements.size(); k++) {
        tail.append(k + 1).append(". ").append(agreements.get(k)).append('\n');
      }
      tail.append("\n## V. Varios\n\n");
      tail.append("Se recuerda que el repositorio público está en https://example.org/gobierno-abierto/ "
          + "y que las consultas se reciben en [el formulario de contacto]"
          + "(https://example.org/gobierno-abierto/contacto). ");
      tail.append("La próxima sesión queda **por confirmar**; la fecha propuesta anteriormente "
          + "~~se mantiene~~ se revisará.\n\n");
      tail.append("Siendo las ").append(11 + r.nextInt(8)).append(":00 horas se levanta la sesión.\n");
      int fixed = utf8(b.toString()) + utf8(tail.toString());
      StringBuilder middle = new StringBuilder();
      int item = 0;
      boolean tableDone = false;
      while (fixed + utf8(middle.toString()) < budget || item < 2) {
        String heading = agenda.get(item % agenda.size()).replaceAll("\\.$", "");
        middle.append("### ").append(item + 1).append(".- ").append(heading).append("\n\n");
        middle.append(paragraph(r, 3 + r.nextInt(3))).append("\n\n");
        switch (item % 3) {
          case 0 -> {
            middle.append("Se revisan los siguientes puntos:\n\n");
            for (int k = 0; k < 3 + r.nextInt(3); k++) {
              middle.append("- ").append(sentence(r)).append('\n');
            }
            middle.append('\n');
          }
          case 1 -> {
            if (!tableDone) {
              middle.append("| Compromiso | Responsable | Avance | Estado |\n");
              middle.append("|---|---|---:|---|\n");
              for (int k = 0; k < 4 + r.nextInt(3); k++) {
                int progress = 10 * r.nextInt(11);
                middle.append("| ").append(commitmentIds.get(r.nextInt(commitmentIds.size())))
                    .append(" | ").append(pick(r, INSTITUTIONS)[1]).append(" | ")
                    .append(progress).append(" % | ")
                    .append(progress == 100 ? "Cumplido" : progress == 0 ? "Sin iniciar"
                        : "En curso").append(" |\n");
              }
              middle.append('\n');
              tableDone = true;
            } else {
              middle.append("1. ").append(sentence(r)).append('\n');
              middle.append("2. ").append(sentence(r)).append('\n');
              middle.append("3. ").append(sentence(r)).append("\n\n");
            }
          }
          default -> {
            middle.append("El detalle está en [la presentación de la sesión]"
                + "(https://example.org/gobierno-abierto/presentaciones/")
                .append(item + 1).append(".pdf) y en el ")
                .append("[informe del IRM](https://www.opengovpartnership.org/es/members/chile/). ")
                .append(paragraph(r, 2)).append("\n\n");
          }
        }
        item++;
        if (item > 200) {
          break;
        }
      }
      return b.toString() + middle + tail;
    }

    // ------------------------------------------------------------ Hugo

    void writeHugo(Path dir) throws IOException {
      Files.createDirectories(dir);
      write(dir.resolve("config.toml"), """
          baseURL = "https://example.org/gobierno-abierto/"
          languageCode = "es"
          defaultContentLanguage = "es"
          title = "Gobierno Abierto Chile (corpus de prueba)"
          theme = "acta-bench"
          buildFuture = true
          # Only what Acta renders for minutes: home, archive, years, one page per minute.
          disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]

          [markup.goldmark.renderer]
            unsafe = false
          [markup.goldmark.parser]
            autoHeadingID = true
          """);
      StringBuilder inst = new StringBuilder();
      for (String[] i : INSTITUTIONS) {
        inst.append(i[0]).append(": ").append(q(i[1])).append('\n');
      }
      write(dir.resolve("data/institutions.yaml"), inst.toString());
      write(dir.resolve("content/_index.md"), "---\ntitle: \"Gobierno Abierto Chile\"\n---\n");
      write(dir.resolve("content/minutes/_index.md"), "---\ntitle: \"Actas\"\n---\n");
      Set<Integer> years = new java.util.TreeSet<>();
      for (int i = 0; i < minutes; i++) {
        MinuteText m = minute(i);
        int y = m.date.getYear();
        if (years.add(y)) {
          write(dir.resolve("content/minutes/" + y + "/_index.md"),
              "---\ntitle: \"Actas " + y + "\"\ndate: " + y + "-01-01\n---\n");
        }
        write(dir.resolve("content/minutes/" + y + "/" + m.fileName),
            "---\n" + m.frontMatter + "---\n\n" + m.body);
      }
      Path theme = hugoTheme != null ? hugoTheme : locateTheme();
      copyTree(theme, dir.resolve("themes/acta-bench"));
    }

    static Path locateTheme() {
      for (String p : new String[] {"bench/hugo-theme", "hugo-theme", "../hugo-theme"}) {
        if (Files.isDirectory(Path.of(p, "layouts"))) {
          return Path.of(p);
        }
      }
      throw new IllegalStateException("cannot find bench/hugo-theme; pass --hugo-theme DIR");
    }
  }

  // ---------------------------------------------------------------- text helpers

  static SplittableRandom rng(int kind, long index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind * 1_000_003L + index * 31L);
  }

  static <T> T pick(SplittableRandom r, T[] items) {
    return items[r.nextInt(items.length)];
  }

  static String person(SplittableRandom r) {
    return pick(r, FIRST_NAMES) + " " + pick(r, LAST_NAMES) + " " + pick(r, LAST_NAMES);
  }

  static String sentence(SplittableRandom r) {
    if (r.nextInt(5) == 0) {
      return pick(r, EXTRA_SENTENCES);
    }
    return (pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " "
        + pick(r, COMPLEMENTS)).replace(" de el ", " del ");
  }

  static String paragraph(SplittableRandom r, int sentences) {
    StringBuilder p = new StringBuilder();
    for (int k = 0; k < sentences; k++) {
      if (k > 0) {
        p.append(' ');
      }
      p.append(sentence(r));
    }
    return p.toString();
  }

  static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A double-quoted YAML scalar. */
  static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Folded or literal block content: each line indented, paragraphs kept apart. */
  static String indent(String text, int spaces) {
    String pad = " ".repeat(spaces);
    StringBuilder s = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (s.length() > 0) {
        s.append('\n');
      }
      if (!line.isEmpty()) {
        s.append(pad).append(line);
      }
    }
    return s.toString();
  }

  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
  }

  static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
