package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.acta.testing.TestSites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped {@code search.js}, run under Node on random indexes cut into blocks of three
 * documents, pressed for "More results" until the end: it shows every document holding every
 * word (of the type asked for) and no other, none twice, with the exact count at the end; one
 * word's results come in exactly the order one list would give. Its answers are checked
 * against the whole index read at once ({@code check-search.js}).
 */
class SearchScriptTest {
  private static final List<String> WORDS =
      List.of("mesa", "acta", "plan", "planta", "agua", "datos", "portal", "mesero");
  private static final List<String> QUERIES = List.of("mesa", "acta", "agua", "pla", "mes",
      "portal", "mesa acta", "acta mesa", "plan agua", "datos portal mesa", "agua pla",
      "doc mesa", "zanahoria", "mesa zanahoria", "mesa|commitment", "agua pla|commitment",
      "mesero|minute");
  @TempDir Path tmp;

  /** Document i, titled "Doc i", holds each word a random number of times, often none. */
  private static Consumer<Consumer<SearchDocument>> documents(long seed, int count) {
    return out -> {
      Random random = new Random(seed);
      for (int i = 1; i <= count; i++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < WORDS.size(); w++) {
          // Earlier words are common, later ones rarer.
          int times = random.nextInt(10) < 8 - w ? random.nextInt(6) : 0;
          text.append((WORDS.get(w) + " ").repeat(times));
        }
        // Runs of one type, as the index groups them: 1-9 minutes, 10-19 commitments, ...
        out.accept(new SearchDocument(i / 10 % 2 == 0 ? "minute" : "commitment", "Doc " + i,
            "", text.toString().strip(),
            "minutes/" + i + "/", "2020-01-01", null));
      }
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42})
  void everyResultOnceInTheRightOrderWithTheExactCount(long seed) throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("assets"));
    Files.copy(TestSites.PROJECT.resolve("templates/static/assets/search.js"),
        site.resolve("assets/search.js"));
    SearchIndex.build(documents(seed, 150), (path, bytes) -> {
      try {
        Files.createDirectories(site.resolve(path).getParent());
        Files.write(site.resolve(path), bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, 3);

    List<String> command = new ArrayList<>(List.of("node",
        TestSites.PROJECT.resolve("src/test/resources/search/check-search.js").toString(),
        TestSites.PROJECT.resolve("bench/search-download.js").toString(), site.toString()));
    command.addAll(QUERIES);
    Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor()).as(out).isZero();

    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(QUERIES.size());
    JsonMapper json = JsonMapper.builder().build();
    for (String line : lines) {
      JsonNode r = json.readTree(line);
      String query = r.get("query").asString();
      List<Integer> shown = ints(r.get("shown"));
      List<Integer> exact = ints(r.get("exact"));
      assertThat(shown).as(query).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(exact);
      assertThat(r.get("count").asString()).as(query)
          .isEqualTo(exact.size() + (exact.size() == 1 ? " result" : " results"));
      assertThat(r.get("more").asBoolean()).as(query).isFalse();
      if (!query.contains(" ") && !query.contains("|") && query.length() > 3) {
        assertThat(shown).as(query + ", one word").containsExactlyElementsOf(exact);
      }
    }
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }
}
