package org.acta.scaffold;

/** Turns the commented-out examples of a generated file into real fields. */
final class Examples {
  private Examples() {}

  /**
   * Removes the "# " before every commented-out field ({@code # key:} or {@code # - key:},
   * at any indentation), leaving explanatory comments (which start with a capital letter) as
   * they are.
   */
  static String uncomment(String text) {
    return text.replaceAll("(?m)^( *)# (?=\\s*(?:- )?[a-z_]+:)", "$1");
  }
}
