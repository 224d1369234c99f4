package org.acta.model;

/**
 * A milestone of the plan's own process, e.g. the start of the public consultation.
 *
 * @param reporting whether the IRM reviews the plan as of this date ({@code reporting: true}):
 *     the site then keeps a frozen snapshot of the plan as it stood that day (the last day of
 *     a date written as a month or a year)
 */
public record KeyDate(PartialDate date, Text event, boolean reporting) {}
