package org.acta.model;

/**
 * Text an editor wrote in Markdown. It stays source text in the model; the render stage turns
 * it into sanitised HTML, so no content is ever trusted as markup.
 *
 * @param language the language the text is written in when it is not the page's own: set on
 *     an original shown in a translated page because its translation is missing, so the page
 *     can mark it up for screen readers; null otherwise
 */
public record Markdown(String source, String language) {
  public Markdown(String source) {
    this(source, null);
  }

  public boolean isBlank() {
    return source.isBlank();
  }
}
