package org.acta.model;

/** Why a commitment is relevant to one OGP value. */
public record ValueRelevance(OgpValue value, Markdown reason) {}
