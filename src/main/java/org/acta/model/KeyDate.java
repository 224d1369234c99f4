package org.acta.model;

import java.time.LocalDate;

/** A milestone of the plan's own process, e.g. the start of the public consultation. */
public record KeyDate(LocalDate date, Text event) {}
