package org.acta.scaffold;

import java.time.LocalDate;
import java.util.List;
import org.acta.model.TemplateText;

/**
 * The text of a new minute: every field of the minute front matter, the required ones filled
 * in and the optional ones as commented-out examples with what each means, then a Markdown
 * skeleton of the record. Comments are in Spanish, the example site's language; keys stay as
 * the content format names them.
 *
 * @param title the minute's title, one line
 * @param date the date of the session (and of the file name)
 * @param institution an institution id to show in the examples (ideally one that exists)
 * @param commitment a commitment id to show in the examples (ideally one that exists)
 * @param agreement an agreement of an earlier minute, {@code <minute>/<agreement id>}, for the
 *     follow-up example (ideally one that exists)
 * @param body the Markdown record; null for the default skeleton
 */
public record MinuteTemplate(String title, LocalDate date, String institution, String commitment,
    String agreement, String body, List<String> kinds) {

  /** The default kinds, ordinary and extraordinary, of a site without {@code meeting_kinds}. */
  public MinuteTemplate(String title, LocalDate date, String institution, String commitment,
      String agreement, String body) {
    this(title, date, institution, commitment, agreement, body, List.of());
  }

  /** The kind line: the site's first declared kind and the list of all, or the defaults. */
  private String kindLine() {
    if (kinds.isEmpty()) {
      return "kind: ordinary   # tipo de sesión: ordinary (ordinaria) | extraordinary "
          + "(extraordinaria)";
    }
    return "kind: " + kinds.get(0) + "   # tipo de sesión, de meeting_kinds en site.yaml: "
        + String.join(" | ", kinds);
  }

  /** The file's path under the content folder: {@code minutes/YYYY/YYYY-MM-DD-slug.md}. */
  public static String relativePath(LocalDate date, String slug) {
    return "minutes/" + date.getYear() + "/" + date + "-" + slug + ".md";
  }

  public String render() {
    LocalDate due = date.plusMonths(1);
    return Comments.align("""
        ---
        # Acta de una sesión del foro. Campos obligatorios: title, date y kind.
        # Los campos opcionales están comentados con "#". Para usar uno, quite el "# " del
        # comienzo de sus líneas (conservando la sangría) y cambie el valor de ejemplo.
        # Formato completo: README de Acta, sección "Content format".
        title: %1$s   # título de la sesión
        date: %2$s   # fecha de la sesión; debe coincidir con el nombre del archivo
        # start: "18:00"   # hora de inicio, HH:MM (24 h)
        # end: "19:30"   # hora de término, HH:MM, posterior a start
        # location: Dirección de la sesión, o "en línea"   # lugar de la sesión
        %7$s
        open_to_public: false   # ¿abierta al público? true | false (no use yes/no); omítalo si no consta
        # attendees:   # asistentes, por grupo; cada grupo es opcional
        #   members:   # integrantes del foro
        #     - name: Nombre Apellido   # nombre de la persona (obligatorio en cada asistente)
        #       represents: Organizaciones de la sociedad civil   # a quién representa en el foro
        #       institution: %3$s   # su institución: un id de institutions.yaml
        #   ogp:   # representantes de la Alianza para el Gobierno Abierto (OGP)
        #     - name: Nombre Apellido
        #       role: Oficial de Apoyo a Países   # cargo o función
        #   secretary:   # secretaría técnica del foro
        #     - name: Nombre Apellido
        #       role: Secretario técnico
        #   others:   # otras personas asistentes
        #     - name: Nombre Apellido
        #       role: Asesora
        # agenda:   # tabla de la sesión: un punto por línea, texto simple
        #   - Aprobación del acta anterior.
        #   - Avance de los compromisos del plan de acción.
        # agreements:   # acuerdos adoptados en esta sesión
        #   - text: Texto del acuerdo.   # qué se acordó (obligatorio en cada acuerdo)
        #     id: a01   # id del acuerdo, único en esta acta; por defecto a01, a02…
        #     owner: Secretaría Técnica   # responsable: persona u órgano (texto libre)
        #     institution: %3$s   # institución responsable: un id de institutions.yaml
        #     due: %4$s   # plazo para cumplirlo
        #     commitments: [%5$s]   # compromisos relacionados: ids de compromisos
        #     status: open   # estado: open (por defecto) | in-progress | done | cancelled
        # follow_up:   # avance de acuerdos de actas ANTERIORES
        #   - agreement: %6$s   # <archivo del acta sin .md>/<id del acuerdo>
        #     status: done   # estado: in-progress | done | cancelled
        #     note: Nota breve sobre el avance.   # una línea
        ---

        """.formatted(YamlText.scalar(title), date, institution, due, commitment, agreement,
        kindLine()))
        + (body != null ? body.strip() + "\n" : DEFAULT_BODY);
  }

  /** Its instructions open with {@link TemplateText}'s texts, which validate recognises. */
  static final String DEFAULT_BODY = "## Desarrollo de la sesión\n\n"
      + TemplateText.MINUTE_RECORD + """
      : temas tratados, exposiciones, intervenciones y
      decisiones, en el orden de la tabla. Puede usar listas, enlaces y tablas de Markdown.

      ## Acuerdos

      """
      + TemplateText.MINUTE_AGREEMENTS + """
      , para que el sitio
      muestre su responsable, su plazo y su seguimiento. Aquí puede explicar su contexto.
      """;
}
