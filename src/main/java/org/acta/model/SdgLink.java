package org.acta.model;

import java.util.List;
import org.acta.diagnostics.Position;

/** A commitment's contribution to a Sustainable Development Goal (1-17), with optional targets. */
public record SdgLink(int goal, List<String> targets, Position source) {}
