package org.acta.html;

/**
 * Markup that Acta itself generated and escaped (structured data, never content text), printed
 * as-is by templates.
 */
public record TrustedHtml(String markup) {}
