package org.acta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.acta.paths.SitePaths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a built search index as {@code search.js} does: meta.json, then the shards a query's
 * words fall in (the last word as a prefix, over at most three shards) and a common term's
 * blocks, then the documents.
 * Counts the bytes it reads, which is what a browser downloads for the query.
 */
final class IndexReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  final Path tree;
  final JsonNode meta;
  final long metaBytes;

  IndexReader(Path tree) {
    this.tree = tree;
    Path file = tree.resolve(SitePaths.SEARCH_INDEX);
    meta = read(file);
    try {
      metaBytes = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shards (by index) a query loads. */
  Set<Integer> shardsOf(String query) {
    List<String> words = new ArrayList<>(new LinkedHashSet<>(Terms.of(query)));
    Set<Integer> shards = new LinkedHashSet<>();
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      int first = shardOf(word);
      shards.add(first);
      if (w == words.size() - 1 && word.length() >= 3) {
        for (int i = first + 1, n = 1; i < meta.get("shards").size() && n < 3
            && meta.get("shards").get(i).asString().startsWith(word); i++, n++) {
          shards.add(i);
        }
      }
    }
    return shards;
  }

  /** Bytes of meta.json and of the shards the query needs. */
  long queryBytes(String query) {
    long bytes = metaBytes;
    for (int i : shardsOf(query)) {
      bytes += size(shardFile(i));
    }
    return bytes;
  }

  /** Ids of the documents holding every word of the query (the last one as a prefix). */
  Set<Integer> find(String query) {
    List<String> words = new ArrayList<>(new LinkedHashSet<>(Terms.of(query)));
    Set<Integer> found = null;
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      boolean prefix = w == words.size() - 1 && word.length() >= 3;
      Set<Integer> ids = new java.util.TreeSet<>();
      for (int i : shardsOf(String.join(" ", words.subList(0, w + 1)))) {
        JsonNode terms = read(shardFile(i));
        for (String term : terms.propertyNames()) {
          if (prefix ? term.startsWith(word) : term.equals(word)) {
            postings(terms.get(term)).forEach((id, weight) -> ids.add(id));
          }
        }
      }
      if (found == null) {
        found = ids;
      } else {
        found.retainAll(ids);
      }
    }
    return found == null ? Set.of() : found;
  }

  /**
   * A term's documents and weights, in the order the files give them: a common term's best
   * block, then its other blocks (every file of a term, as a query of several words loads).
   */
  Map<Integer, Integer> postings(JsonNode entry) {
    Map<Integer, Integer> found = new LinkedHashMap<>();
    if (entry.isArray()) {
      decode(entry, found);
    } else {
      decode(entry.get("top"), found);
      for (JsonNode name : entry.get("more")) {
        decode(read(tree.resolve(SitePaths.searchShard(name.asString()))), found);
      }
    }
    return found;
  }

  private static void decode(JsonNode list, Map<Integer, Integer> found) {
    int id = 0;
    for (int k = 0; k < list.size(); k += 2) {
      id += list.get(k).asInt();
      found.put(id, list.get(k + 1).asInt());
    }
  }

  JsonNode document(int id) {
    return read(tree.resolve(SitePaths.searchDocument(id)));
  }

  /** Titles of the documents found, with their types: "minute: Sesión larga". */
  List<String> titles(String query) {
    return find(query).stream().map(this::document)
        .map(d -> d.get("type").asString() + ": " + d.get("title").asString()).toList();
  }

  Map<String, Integer> shardSizes() {
    Map<String, Integer> sizes = new TreeMap<>();
    for (int i = 0; i < meta.get("files").size(); i++) {
      sizes.put(meta.get("shards").get(i).asString(), (int) size(shardFile(i)));
    }
    return sizes;
  }

  Path shardFile(int i) {
    return tree.resolve(SitePaths.searchShard(meta.get("files").get(i).asString()));
  }

  private int shardOf(String term) {
    JsonNode shards = meta.get("shards");
    int at = 0;
    for (int i = 0; i < shards.size(); i++) {
      if (shards.get(i).asString().compareTo(term) <= 0) {
        at = i;
      }
    }
    return at;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path p) {
    return JSON.readTree(p.toFile());
  }
}
