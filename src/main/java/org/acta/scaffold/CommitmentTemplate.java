package org.acta.scaffold;

import org.acta.model.PartialDate;
import org.acta.model.TemplateText;

/**
 * The text of a new commitment file: every field of the OGP commitment template, the required
 * ones filled in (with "Describa …" placeholders for the statements) and the optional ones as
 * commented-out examples with what each means. Comments are in Spanish.
 *
 * @param planId the plan the commitment belongs to (for the evidence path example)
 * @param title the commitment's title, one line
 * @param lead the lead institution's id
 * @param partner an institution id for the partner and official examples
 * @param start the commitment's start (usually the plan's)
 * @param end the commitment's end (usually the plan's)
 * @param texts the statements and the first milestone's texts
 */
public record CommitmentTemplate(String planId, String title, String lead, String partner,
    PartialDate start, PartialDate end, Texts texts) {

  /** The statements of a commitment; {@link #PLACEHOLDERS} asks the editor to write them. */
  public record Texts(String problem, String description, String solution,
      String accessToInformation, String milestoneTitle, String deliverable) {}

  public static final Texts PLACEHOLDERS = new Texts(
      TemplateText.PROBLEM + ": a quién afecta, "
          + "cuál es su magnitud y qué evidencia lo muestra. Evite describir la solución aquí; "
          + "eso va en los campos description y solution.",
      TemplateText.DESCRIPTION + ": qué se hará, quién lo hará y qué "
          + "resultado concreto y verificable se espera al terminar el plan de acción.",
      TemplateText.SOLUTION + " descrito en problem, o contribuye a "
          + "resolverlo, y qué cambiará para las personas afectadas cuando se cumpla.",
      TemplateText.ACCESS_TO_INFORMATION + ": qué "
          + "información nueva o de mejor calidad quedará disponible para la ciudadanía.",
      "Primer hito",
      TemplateText.DELIVERABLE + " (por ejemplo, un informe publicado)");

  /** The file's path under the content folder. */
  public static String relativePath(String planId, String id) {
    return "plans/" + planId + "/commitments/" + id + ".yaml";
  }

  public String render() {
    return Comments.align("""
        # Compromiso del plan de acción %1$s, según la plantilla de compromisos de OGP.
        # El nombre del archivo (sin .yaml) es el id del compromiso y no debe cambiar.
        # Solo title (y el id y title de cada hito) es obligatorio; lo que el plan no indique
        # puede omitirse o escribirse not_stated. Fechas: AAAA-MM-DD, AAAA-MM o AAAA.
        # Los campos opcionales están comentados con "#". Para usar uno, quite el "# " del
        # comienzo de sus líneas (conservando la sangría) y cambie el valor de ejemplo.
        # Los textos marcados Markdown aceptan párrafos, listas, enlaces y tablas.
        # Formato completo: README de Acta, sección "Content format".
        title: %2$s   # nombre del compromiso
        # ogp_id: XX0001   # id del compromiso en OGP: código del país y 4 dígitos (.N opcional)
        lead_institution: %3$s   # institución responsable: un id de institutions.yaml
        # partner_institutions: [%4$s]   # instituciones asociadas: ids de institutions.yaml
        start: %5$s   # inicio del compromiso
        end: %6$s   # término del compromiso, posterior a start
        problem: %7$s
        # status_quo: Describa la situación actual, antes del compromiso.   # Markdown: línea de base
        description: %8$s
        solution: %9$s
        ogp_values:   # relevancia para los valores de OGP: al menos uno, explicando por qué
          access_to_information: %10$s
          # civic_participation: Describa cómo amplía la participación ciudadana.   # participación ciudadana
          # public_accountability: Describa cómo mejora la rendición de cuentas.   # rendición de cuentas
          # technology_and_innovation: Describa qué tecnología o innovación aporta.   # tecnología e innovación
        # sdgs:   # Objetivos de Desarrollo Sostenible a los que contribuye
        #   - goal: 16   # número del ODS, de 1 a 17
        #     targets: ["16.6", "16.10"]   # metas del ODS, escritas "<ODS>.<meta>"
        # themes: [transparencia]   # temas: palabras o ids libres, para agrupar compromisos
        # officials:   # funcionarios responsables
        #   - name: Nombre Apellido   # nombre (obligatorio en cada funcionario)
        #     role: Jefa de la unidad responsable   # cargo
        #     institution: %4$s   # su institución: un id de institutions.yaml
        milestones:   # hitos: al menos uno, cada uno con un entregable verificable
          - id: 1   # id estable del hito: las citas lo usan; no lo cambie ni lo reutilice
            title: %11$s   # nombre del hito
            deliverable: %12$s   # entregable verificable
            start: %5$s   # inicio previsto
            end: %6$s   # término previsto, no anterior a start
            # actual_start: %5$s   # cuándo comenzó realmente
            # actual_end: %6$s   # cuándo se completó o canceló realmente (solo completed o cancelled)
            status: not-started   # estado: not-started | in-progress | completed | delayed | cancelled
            # progress: 0   # avance de 0 a 100; completed es 100 y not-started es 0
            # evidence:   # medios de verificación del avance
            #   - title: Informe publicado   # título de la evidencia (obligatorio)
            #     url: https://example.org/informe.pdf   # una dirección web (http o https)…
            #     date: %5$s   # fecha de la evidencia
            #   - title: Acta de validación
            #     path: evidence/%1$s/acta-validacion.pdf   # …o un archivo bajo content/
        # completion: limited   # cumplimiento según el foro, en lugar del calculado: no-evidence | not-started | limited | substantial | complete
        # irm:   # evaluación del Mecanismo de Revisión Independiente (IRM), según su informe
        #   report: https://example.org/irm/informe.pdf   # informe del IRM (http o https)
        #   verifiable: true   # ¿es verificable? true | false
        #   relevance: [access-to-information]   # valores de OGP que el IRM consideró relevantes
        #   potential_for_results: modest   # potencial de resultados: unclear | modest | substantial
        #   promising: true   # ¿compromiso prometedor? true | false
        #   completion: limited   # cumplimiento: no-evidence | not-started | limited | substantial | complete
        #   open_government: marginal   # ¿abrió el gobierno?: worsened | did-not-change | marginal | major | outstanding
        #   starred: false   # compromiso estelar (método 2014-2020): true | false
        """.formatted(planId, YamlText.scalar(title), lead, partner, start, end,
        markdown(texts.problem(), 2, "Markdown: el problema público que aborda"),
        markdown(texts.description(), 2, "Markdown: el compromiso como política pública"),
        markdown(texts.solution(), 2, "Markdown: cómo resuelve el problema"),
        markdown(texts.accessToInformation(), 4, "Markdown: acceso a la información"),
        YamlText.scalar(texts.milestoneTitle()), YamlText.scalar(texts.deliverable())));
  }

  /** A folded Markdown block with a comment on the key's line. */
  private static String markdown(String text, int indent, String comment) {
    String block = YamlText.block(text, indent);
    return block.replaceFirst("^([>|]-)", "$1   # " + comment);
  }
}
