package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.acta.history.ContentHistory;
import org.acta.load.ContentLoader;
import org.acta.site.Site;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language versions' indexes built hand in hand, a shared record's terms read once, are
 * the indexes each version's documents give when every text is read whole, one version at a
 * time.
 */
class SharedRecordIndexTest {
  @TempDir Path dir;

  @Test
  void versionsIndexedTogetherEqualEachIndexedFromWholeTexts() {
    Site first = site("a", "Se habló de la Zanahoria y del Hipocampo.");
    Site other = site("b", "Otra sesión: el Ornitorrinco.");
    // The same site twice: its records are shared, as an untranslated minute's are.
    List<Map<String, byte[]>> together = together(List.of(first, first, other));

    assertSame(together.get(0), wholeTexts(first));
    assertSame(together.get(1), wholeTexts(first));
    assertSame(together.get(2), wholeTexts(other));
    assertThat(terms(together.get(1))).contains("\"zanahoria\"", "\"hipocampo\"")
        .doesNotContain("\"ornitorrinco\"");
    assertThat(terms(together.get(2))).contains("\"ornitorrinco\"")
        .doesNotContain("\"zanahoria\"");
  }

  @Test
  void aTextSplitAtTheSeparatorHasTheTermsOfItsParts() {
    // The index reads a minute's head and its record apart; joined by " · " they are one text.
    String alphabet = "aeiouáéíóúñüAÉÑΣσςİıßﬁ0123456789 ·.,;:-_'\n\t\u0301\u0308😀漢";
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      String head = random(alphabet, random);
      String record = random(alphabet, random);
      List<String> parts = new ArrayList<>(Terms.of(head));
      parts.addAll(Terms.of(record));
      List<String> whole = new ArrayList<>(Terms.of(head + " · " + record));
      Collections.sort(parts);
      Collections.sort(whole);
      assertThat(parts).as("%s | %s", head, record).isEqualTo(whole);
    }
  }

  @Test
  void aDocumentsTermsAreCountedWithTheirWeights() {
    DocumentTerms terms = new DocumentTerms();
    terms.scan("Mesa mesas", 5);
    terms.scan("la mesa de la Mesa " + "palabra ".repeat(2_000), 1);
    Map<String, Integer> weights = new TreeMap<>();
    terms.forEach((chars, from, length, hash, weight) -> {
      String term = new String(chars, from, length);
      assertThat(hash).isEqualTo(term.hashCode());
      weights.put(term, weight);
    });
    assertThat(weights).containsExactlyInAnyOrderEntriesOf(
        Map.of("mesa", 12, "la", 2, "de", 1, "palabra", 2_000));
    terms.clear();
    terms.scan("otra", 1);
    List<String> after = new ArrayList<>();
    terms.forEach((chars, from, length, hash, weight) -> after.add(new String(chars, from,
        length) + "=" + weight));
    assertThat(after).containsExactly("otra=1");
  }

  private static String random(String alphabet, Random random) {
    StringBuilder s = new StringBuilder();
    int[] points = alphabet.codePoints().toArray();
    for (int n = random.nextInt(12); n > 0; n--) {
      s.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return s.toString();
  }

  /** The base fixture with a long minute (its record stays in its file) of {@code words}. */
  private Site site(String folder, String words) {
    ContentLoader.Loaded loaded = ContentFixture.copyOf("base", dir.resolve(folder))
        .write(ContentFixture.LONG_MINUTE, ContentFixture.longMinute(
            "## Acta\n\nUn **párrafo** con [un enlace](https://x.test/).\n\n".repeat(40)
                + words + "\n"))
        .check().loaded();
    return new Site(loaded.config(), loaded.institutions(), loaded.minutes(),
        loaded.meetings(), loaded.newsletters(), loaded.plans(), TestDates.TODAY,
        ContentHistory.none(), Map.of(), Map.of());
  }

  private static List<Map<String, byte[]>> together(List<Site> sites) {
    List<Map<String, byte[]>> files = new ArrayList<>();
    List<BiConsumer<String, byte[]>> outs = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      Map<String, byte[]> version = new TreeMap<>();
      files.add(version);
      outs.add(version::put);
    }
    SearchIndex.build(sites, outs);
    return files;
  }

  /** Every document read whole, as the index read them before versions shared records. */
  private static Map<String, byte[]> wholeTexts(Site site) {
    Map<String, byte[]> files = new TreeMap<>();
    SearchIndex.build(documents -> {
      SearchDocuments.minutes(List.of(site), (v, d, head, record, text) -> documents.accept(d));
      SearchDocuments.others(site, documents);
    }, files::put, SearchIndex.BLOCK);
    return files;
  }

  private static void assertSame(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet()).hasSizeGreaterThan(5);
    expected.forEach((path, bytes) -> assertThat(new String(actual.get(path),
        StandardCharsets.UTF_8)).as(path).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
  }

  private static String terms(Map<String, byte[]> files) {
    StringBuilder all = new StringBuilder();
    files.forEach((path, bytes) -> {
      if (path.contains("/t/")) {
        all.append(new String(bytes, StandardCharsets.UTF_8));
      }
    });
    return all.toString();
  }
}
