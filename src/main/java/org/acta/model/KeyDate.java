package org.acta.model;

import java.time.LocalDate;

/**
 * A milestone of the plan's own process, e.g. the start of the public consultation.
 *
 * @param reporting whether the IRM reviews the plan as of this date ({@code reporting: true}):
 *     the site then keeps a frozen snapshot of the plan as it stood that day
 */
public record KeyDate(LocalDate date, Text event, boolean reporting) {}
