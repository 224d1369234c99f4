package org.acta.model;

/** A public official responsible for implementing a commitment. */
public record Official(String name, Text role, Ref institution) {}
