package org.acta.model;

/** A person at a meeting: whom they represent or their role, and optionally their institution. */
public record Attendee(String name, Text role, Text represents, Ref institution) {}
