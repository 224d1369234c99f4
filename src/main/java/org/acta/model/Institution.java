package org.acta.model;

import org.acta.diagnostics.Position;

/** A public body, organisation or university that leads, partners in or attends the forum. */
/**
 * @param parent the institution this one belongs to (agency of a ministry), or null
 */
public record Institution(
    String id, Text name, Text acronym, InstitutionKind kind, String url, Ref parent,
    Position source) {

  /** The acronym where there is one, the name otherwise. */
  public Text shortName() {
    return acronym != null ? acronym : name;
  }
}
