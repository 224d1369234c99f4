package org.acta.charts;

/** One bar: its label, value and a CSS class for its colour. */
public record Bar(String label, int value, String cssClass) {}
