package org.acta.diagnostics;

/** Counted phrases the command line prints, as messages in the editor's language. */
public final class Counts {
  private Counts() {}

  /** "1 page", "12 pages"; "1 página", "12 páginas". */
  public static Message pages(long n) {
    return Message.of(n == 1 ? "count.page.one" : "count.page.other", n);
  }

  /** "1 file", "12 files"; "1 archivo", "12 archivos". */
  public static Message files(long n) {
    return Message.of(n == 1 ? "count.file.one" : "count.file.other", n);
  }
}
