package org.acta.model;

import java.util.List;

/**
 * The instruction texts {@code acta new} and {@code acta init} write for the editor to
 * replace. The templates are built from these constants and {@code validate} looks for the
 * same constants, so what the templates write and what the check recognises cannot drift.
 */
public final class TemplateText {
  private TemplateText() {}

  /** The opening of the default record of a new minute ({@code acta new minute}). */
  public static final String MINUTE_RECORD = "Escriba aquí el registro de la sesión";

  /** The opening of its note on agreements. */
  public static final String MINUTE_AGREEMENTS = "Los acuerdos se registran en el campo "
      + "`agreements` de la cabecera";

  /** The placeholders of a new commitment's statements ({@code acta new commitment}). */
  public static final String PROBLEM = "Describa el problema público que este compromiso "
      + "busca resolver";
  public static final String DESCRIPTION = "Describa el compromiso como una política pública";
  public static final String SOLUTION = "Describa cómo el compromiso resuelve el problema";
  public static final String ACCESS_TO_INFORMATION = "Describa por qué el compromiso es "
      + "relevante para el acceso a la información";
  public static final String DELIVERABLE = "Describa el entregable verificable";

  /** The notes that mark {@code acta init}'s sample minute, plan and commitment. */
  public static final String SAMPLE_ES = "con `acta init`: reemplác";
  public static final String SAMPLE_EN = "made by `acta init`: replace";
  public static final String SAMPLE_COMMITMENT_ES = "Compromiso de ejemplo.";
  public static final String SAMPLE_COMMITMENT_EN = "Sample commitment.";

  /** Every text above: any of them left in content is a scaffold's instruction. */
  public static final List<String> ALL = List.of(MINUTE_RECORD, MINUTE_AGREEMENTS, PROBLEM,
      DESCRIPTION, SOLUTION, ACCESS_TO_INFORMATION, DELIVERABLE, SAMPLE_ES, SAMPLE_EN,
      SAMPLE_COMMITMENT_ES, SAMPLE_COMMITMENT_EN);
}
