package org.acta.scaffold;

import java.time.LocalDate;

/**
 * The text of a new {@code plan.yaml}: status co-creation, every field present (the optional
 * ones as commented-out examples). Comments are in Spanish.
 *
 * @param description a Markdown description; null to leave the field as a commented example
 */
public record PlanTemplate(int number, String title, LocalDate start, LocalDate end,
    String description) {

  /** The file's path under the content folder. */
  public static String relativePath(String planId) {
    return "plans/" + planId + "/plan.yaml";
  }

  public String render() {
    String describe = description == null
        ? "# description: Describa el plan y cómo se co-creó.   # Markdown: presentación del plan"
        : "description: " + YamlText.block(description, 2)
            .replaceFirst("^([>|]-)", "$1   # Markdown: presentación del plan");
    return Comments.align("""
        # Plan de acción ante la Alianza para el Gobierno Abierto (OGP). El nombre de la carpeta
        # es el id del plan; sus compromisos van en commitments/, un archivo por compromiso.
        # Campos obligatorios: number, title, start, end y status.
        # Los campos opcionales están comentados con "#". Para usar uno, quite el "# " del
        # comienzo de sus líneas (conservando la sangría) y cambie el valor de ejemplo.
        # Formato completo: README de Acta, sección "Content format".
        number: %1$d   # número del plan (1 a 99), único entre los planes
        title: %2$s   # nombre del plan
        start: %3$s   # inicio de la implementación
        end: %4$s   # término de la implementación, posterior a start
        status: co-creation   # etapa: co-creation (co-creación) | implementation | closed
        %5$s
        # key_dates:   # hitos del proceso del plan (consulta, entrega, evaluaciones)
        #   - date: %3$s   # fecha (obligatoria)
        #     event: Inicio de la implementación   # qué ocurre ese día (obligatorio)
        """.formatted(number, YamlText.scalar(title), start, end, describe));
  }
}
