package org.acta.markdown;

/** A Markdown text beyond {@link MarkdownLimits}, met when rendering it. */
public final class MarkdownLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient MarkdownLimits.Excess excess;

  public MarkdownLimitException(MarkdownLimits.Excess excess) {
    super("Markdown line " + excess.line() + ", column " + excess.column() + ": "
        + excess.message());
    this.excess = excess;
  }

  /** Where in the text, and what to do. */
  public MarkdownLimits.Excess excess() {
    return excess;
  }
}
