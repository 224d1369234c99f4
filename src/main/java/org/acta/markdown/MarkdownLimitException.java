package org.acta.markdown;

/** A Markdown text beyond {@link MarkdownLimits}, met when rendering it. */
public final class MarkdownLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MarkdownLimitException(MarkdownLimits.Excess excess) {
    super("Markdown line " + excess.line() + ", column " + excess.column() + ": "
        + excess.message());
  }
}
