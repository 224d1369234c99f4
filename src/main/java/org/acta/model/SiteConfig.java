package org.acta.model;

/** {@code content/site.yaml}: who publishes the site and for which forum. */
public record SiteConfig(
    String title,
    String language,
    String baseUrl,
    String country,
    String countryCode,
    Markdown description,
    Forum forum,
    Contact contact) {

  /** The multi-stakeholder forum, e.g. Chile's Mesa de Gobierno Abierto (MGA). */
  public record Forum(String name, String acronym, Markdown description) {}

  /** Public contact for the repository; every part optional. */
  public record Contact(String name, String email, String url) {}
}
