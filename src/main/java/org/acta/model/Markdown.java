package org.acta.model;

import java.util.Objects;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;

/**
 * Text an editor wrote in Markdown. It stays source text in the model; the render stage turns
 * it into sanitised HTML, so no content is ever trusted as markup.
 *
 * <p>A long body (a minute's record) is not held for the whole build: the model keeps where it
 * is ({@link Stored}) and reads it when a page, the search index or a check needs it. At
 * 50,000 realistic minutes the bodies were a quarter of the live heap.
 */
public final class Markdown {
  /** Where a body is kept until it is needed; reading it again gives the same text. */
  public interface Stored {
    /**
     * The text, as it was when the content was loaded.
     *
     * @throws Unavailable when the file changed or went away since
     */
    String read();
  }

  /** A stored body that can no longer be read as it was loaded (the file changed). */
  public static final class Unavailable extends RuntimeException {
    private final String file;
    private final transient Message message;

    public Unavailable(String file, Message message) {
      super(file + ": " + message.code());
      this.file = file;
      this.message = message;
    }

    /** The content file, as messages show it. */
    public String file() {
      return file;
    }

    /** What happened and what to do. */
    public Message message() {
      return message;
    }

    /**
     * Reports it at the file, once: every page and index that reads the file fails the same
     * way, and one message says it all.
     */
    public void reportTo(Problems problems) {
      problems.errorOnce(Position.ofFile(file), message);
    }
  }

  private final String source;
  private final Stored stored;
  private final boolean blank;
  private final String language;

  public Markdown(String source) {
    this(source, null);
  }

  /**
   * @param language the language the text is written in when it is not the page's own: set
   *     on an original shown in a translated page because its translation is missing, so the
   *     page can mark it up for screen readers; null otherwise
   */
  public Markdown(String source, String language) {
    this(Objects.requireNonNull(source), null, source.isBlank(), language);
  }

  private Markdown(String source, Stored stored, boolean blank, String language) {
    this.source = source;
    this.stored = stored;
    this.blank = blank;
    this.language = language;
  }

  /** A text read from {@code stored} each time it is needed. */
  public static Markdown stored(Stored stored, boolean blank) {
    return new Markdown(null, Objects.requireNonNull(stored), blank, null);
  }

  /** The same text, marked as written in {@code language} (see the constructor). */
  public Markdown inLanguage(String language) {
    return new Markdown(source, stored, blank, language);
  }

  public String source() {
    return source != null ? source : stored.read();
  }

  public String language() {
    return language;
  }

  public boolean isBlank() {
    return blank;
  }

  /**
   * What identifies the text without reading it: its source, or where it is stored. Two
   * versions of a page that share an untranslated body share this too.
   */
  public Object identity() {
    return source != null ? source : stored;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Markdown m && Objects.equals(language, m.language)
        && (identity() == m.identity() || source().equals(m.source()));
  }

  @Override
  public int hashCode() {
    return source().hashCode() * 31 + Objects.hashCode(language);
  }

  @Override
  public String toString() {
    return "Markdown[" + (source != null ? source : stored) + (language == null ? ""
        : ", " + language) + "]";
  }
}
