package org.acta.model;

import org.acta.diagnostics.Position;

/** A reference by id to another thing (an institution, a commitment), and where it was written. */
public record Ref(String id, Position at) {}
