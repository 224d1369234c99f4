package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.acta.paths.SitePaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A term that more documents hold than one block takes is written as its best block and
 * block files in falling weight, and it finds the same documents with the same weights as
 * one list would; no file of the index grows with the number of documents.
 */
class CommonTermsTest {
  @TempDir Path tmp;

  /**
   * Document i, titled "Sesión i", holds "mesa" (i % 4 + 1) times, "zanahoria" when i is a
   * multiple of 7, and "mesero" when a multiple of 3.
   */
  static Consumer<Consumer<SearchDocument>> documents(int count) {
    return out -> {
      for (int i = 1; i <= count; i++) {
        String text = "mesa ".repeat(i % 4 + 1) + (i % 7 == 0 ? "zanahoria" : "acta")
            + (i % 3 == 0 ? " mesero" : "");
        out.accept(new SearchDocument("minute", "Sesión " + i, "", text, "minutes/" + i + "/",
            "2020-01-01", null));
      }
    };
  }

  /** Writes the index of {@link #documents} into {@code tree}, as a language version's. */
  static IndexReader writeIndex(Path tree, int count, int block) {
    SearchIndex.build(documents(count), (path, bytes) -> {
      try {
        Files.createDirectories(tree.resolve(path).getParent());
        Files.write(tree.resolve(path), bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, block);
    return new IndexReader(tree);
  }

  private IndexReader write(int count, int block, String folder) {
    return writeIndex(tmp.resolve(folder), count, block);
  }

  private static JsonNode entry(IndexReader index, String term) {
    for (int i : index.shardsOf(term)) {
      JsonNode shard = IndexReader.read(index.shardFile(i));
      if (shard.has(term)) {
        return shard.get(term);
      }
    }
    throw new AssertionError("no term " + term);
  }

  @Test
  void aCommonTermIsItsBestBlockThenBlocksOfFallingWeight() {
    IndexReader index = write(30, 4, "blocks");
    JsonNode mesa = entry(index, "mesa");

    assertThat(mesa.get("n").asInt()).isEqualTo(30);
    // The best block: weight 4 (i % 4 == 3), ids ascending: 3, 7, 11, 15.
    assertThat(mesa.get("top").toString()).isEqualTo("[3,4,4,4,4,4,4,4]");
    assertThat(mesa.get("more")).hasSize(7); // 26 more documents, 4 a block
    int previousLowest = 4;
    for (JsonNode name : mesa.get("more")) {
      JsonNode block = IndexReader.read(
          index.tree.resolve(SitePaths.searchShard(name.asString())));
      List<Integer> weights = new ArrayList<>();
      List<Integer> gaps = new ArrayList<>();
      for (int k = 0; k < block.size(); k += 2) {
        gaps.add(block.get(k).asInt());
        weights.add(block.get(k + 1).asInt());
      }
      assertThat(gaps).allMatch(g -> g > 0); // ids ascend within a block
      assertThat(weights.stream().max(Integer::compare).orElseThrow())
          .isLessThanOrEqualTo(previousLowest);
      previousLowest = weights.stream().min(Integer::compare).orElseThrow();
    }
    // A term with no more documents than a block holds stays one list.
    assertThat(entry(index, "zanahoria").isArray()).isTrue();
  }

  @Test
  void blocksFindTheSameDocumentsWithTheSameWeightsAsOneList() {
    IndexReader blocks = write(30, 4, "blocks");
    IndexReader list = write(30, 1_000, "list");

    Map<Integer, Integer> fromBlocks = blocks.postings(entry(blocks, "mesa"));
    Map<Integer, Integer> fromList = list.postings(entry(list, "mesa"));
    assertThat(fromBlocks).hasSize(30).containsExactlyInAnyOrderEntriesOf(fromList);
    assertThat(entry(list, "mesa").isArray()).isTrue();
    for (String query : List.of("mesa", "mesa zanahoria", "zanahoria mes", "sesion 12")) {
      assertThat(blocks.find(query)).as(query).isEqualTo(list.find(query));
    }
    assertThat(blocks.find("mesa zanahoria")).containsExactly(7, 14, 21, 28);
  }

  @Test
  void noFileOfTheIndexGrowsWithTheDocuments() throws IOException {
    IndexReader index = write(40_000, SearchIndex.BLOCK, "large");

    assertThat(entry(index, "mesa").get("more")).hasSize(9); // 40,000 documents in 10 blocks
    try (Stream<Path> files = Files.list(index.tree.resolve(SitePaths.SEARCH_INDEX_FOLDER + "t"))) {
      assertThat(files.toList()).allSatisfy(f -> assertThat(Files.size(f)).as(f.toString())
          .isLessThan(SearchIndex.SHARD_TARGET + 40_000));
    }
    assertThat(index.find("mesa zanahoria")).hasSize(40_000 / 7);
  }
}
