package org.acta.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic speaks every language: each code of the catalogue has an English and a
 * Spanish text with the same placeholders, each code the sources use has a text, and no
 * diagnostic is written as a raw string (the types refuse it; this also refuses codes built at
 * run time, which the catalogue could not be checked against).
 */
class MessageCatalogueTest {
  private static final Path SOURCES = TestSites.PROJECT.resolve("src/main/java");
  private static final Pattern USE = Pattern.compile("Message\\.of\\(\\s*(\"[^\"]*\"|[^\")]+)");
  private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

  @Test
  void everyCodeHasAnEnglishAndASpanishTextWithTheSamePlaceholders() {
    Set<String> en = MessageCatalogue.codes(Lang.EN);
    Set<String> es = MessageCatalogue.codes(Lang.ES);
    assertThat(en).as("codes without a Spanish text").isSubsetOf(es);
    assertThat(es).as("Spanish texts of codes English does not have").isSubsetOf(en);
    List<String> mismatched = new ArrayList<>();
    for (String code : en) {
      Set<Integer> english = MessageCatalogue.placeholders(MessageCatalogue.template(code, Lang.EN));
      Set<Integer> spanish = MessageCatalogue.placeholders(MessageCatalogue.template(code, Lang.ES));
      if (!english.equals(spanish)) {
        mismatched.add(code + ": en " + english + ", es " + spanish);
      }
    }
    assertThat(mismatched).as("placeholders differ").isEmpty();
    assertThat(en).hasSizeGreaterThan(200);
  }

  @Test
  void everyCodeTheSourcesUseIsInTheCatalogueAndEveryCodeIsUsed() throws IOException {
    Set<String> used = new TreeSet<String>();
    List<String> notLiteral = new ArrayList<>();
    for (Path file : javaFiles()) {
      String source = Files.readString(file);
      Matcher m = USE.matcher(source);
      while (m.find()) {
        String first = m.group(1).strip();
        if (first.startsWith("\"")) {
          used.add(first.substring(1, first.length() - 1));
          continue;
        }
        // A choice between literal codes (cond ? "a" : "b") is fine: both are checked.
        int end = source.indexOf(',', m.start());
        String expression = source.substring(m.end() - first.length(), end < 0 ? m.end() : end);
        Matcher literal = LITERAL.matcher(expression);
        boolean any = false;
        while (literal.find()) {
          used.add(literal.group(1));
          any = true;
        }
        if (!any && !file.toString().contains("/diagnostics/")) {
          notLiteral.add(SOURCES.relativize(file) + ": " + expression.strip());
        }
      }
    }
    assertThat(notLiteral).as("codes built at run time").isEmpty();
    assertThat(MessageCatalogue.codes(Lang.EN)).as("codes used but without a text")
        .containsAll(used);
    assertThat(used).as("texts no code uses").containsAll(MessageCatalogue.codes(Lang.EN));
  }

  @Test
  void noDiagnosticIsMadeOutsideTheCatalogue() throws IOException {
    List<String> raw = new ArrayList<>();
    Pattern newProblem = Pattern.compile("new Problem\\(");
    for (Path file : javaFiles()) {
      if (file.toString().contains("/diagnostics/")) {
        continue;
      }
      String source = Files.readString(file);
      if (newProblem.matcher(source).find()) {
        raw.add(SOURCES.relativize(file).toString());
      }
    }
    assertThat(raw).as("files that make a Problem without Problems.error/warning").isEmpty();
  }

  @Test
  void textsAreFilledInTheChosenLanguageNestedMessagesIncluded() {
    Message missing = Message.of("fields.missing-required", "title",
        Message.of("fields.expected.text"));
    assertThat(missing.text(Lang.EN)).isEqualTo("missing required field 'title' (a text).");
    assertThat(missing.text(Lang.ES)).isEqualTo("falta el campo obligatorio 'title' (un texto).");
    assertThat(missing).hasToString("missing required field 'title' (a text).");
  }

  @Test
  void aPlaceholderValueIsInsertedAsWrittenEvenWithDollarsAndBackslashes() {
    assertThat(Message.of("fields.must-be-one-of", "k", "a, b", "$1\\x").text(Lang.EN))
        .isEqualTo("'k' must be one of a, b; got \"$1\\x\".");
  }

  @Test
  void theLanguageOfASiteIsItsOwnWhenDiagnosticsSpeakItElseEnglish() {
    assertThat(Lang.forSite("es")).isEqualTo(Lang.ES);
    assertThat(Lang.forSite("es-CL")).isEqualTo(Lang.ES);
    assertThat(Lang.forSite("en")).isEqualTo(Lang.EN);
    assertThat(Lang.forSite("pt")).isEqualTo(Lang.EN);
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
