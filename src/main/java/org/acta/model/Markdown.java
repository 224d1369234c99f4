package org.acta.model;

/**
 * Text an editor wrote in Markdown. It stays source text in the model; the render stage turns
 * it into sanitised HTML, so no content is ever trusted as markup.
 */
public record Markdown(String source) {
  public boolean isBlank() {
    return source.isBlank();
  }
}
