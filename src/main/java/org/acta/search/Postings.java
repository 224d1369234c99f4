package org.acta.search;

import java.util.Arrays;
import tools.jackson.core.JsonGenerator;

/**
 * A term's documents as (id gap, weight) pairs: gaps keep the numbers short. Held as bytes,
 * the gap as a varint and the weight (at most {@link SearchIndex#MAX_WEIGHT}) in one: the
 * postings are the one part of the index held to the end, and as int arrays they were 187 MB
 * at 50,000 minutes.
 *
 * <p>A term that more documents hold than one block takes is written <em>impact-ordered</em>:
 * its documents sorted by weight (highest first, then by id) and cut into blocks of that many,
 * so the first block alone gives a one-word query's best results, and the browser fetches the
 * later blocks only when it needs them. Within a block the ids ascend again, for the gaps.
 */
final class Postings {
  private byte[] bytes = new byte[8];
  private int size;
  private int count;
  private int lastId;
  void add(int id, int weight) {
    if (size + 6 > bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length + Math.max(8, bytes.length / 2));
    }
    int gap = id - lastId;
    while (gap >= 0x80) {
      bytes[size++] = (byte) (gap | 0x80);
      gap >>>= 7;
    }
    bytes[size++] = (byte) gap;
    bytes[size++] = (byte) weight;
    lastId = id;
    count++;
  }

  /** How many documents hold the term. */
  int count() {
    return count;
  }

  /** Every (gap, weight) pair, ids ascending, as JSON numbers. */
  void write(JsonGenerator json) {
    int[] last = {0};
    each((id, weight) -> {
      json.writeNumber(id - last[0]);
      json.writeNumber(weight);
      last[0] = id;
    });
  }

  /**
   * The documents as {@code id << 8 | weight}, best first: weight descending, then id
   * ascending. A counting sort over the hundred weights keeps the ids of each weight in the
   * order they were added, which is ascending.
   */
  long[] byWeight() {
    long[] all = new long[count];
    int[] perWeight = new int[SearchIndex.MAX_WEIGHT + 2];
    int[] k = {0};
    each((id, weight) -> {
      all[k[0]++] = (long) id << 8 | weight;
      perWeight[weight]++;
    });
    // Where each weight's run starts in the result, highest weight first.
    int[] next = new int[SearchIndex.MAX_WEIGHT + 2];
    for (int w = SearchIndex.MAX_WEIGHT, at = 0; w >= 0; w--) {
      next[w] = at;
      at += perWeight[w];
    }
    long[] ranked = new long[count];
    for (long p : all) {
      ranked[next[(int) (p & 0xFF)]++] = p;
    }
    return ranked;
  }

  private interface Posting {
    void accept(int id, int weight);
  }

  /** Decodes the varint gaps: each document id, ascending, with its weight. */
  private void each(Posting out) {
    int id = 0;
    for (int i = 0; i < size; ) {
      int gap = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[i++];
        gap |= (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      id += gap;
      out.accept(id, bytes[i++]);
    }
  }

  /** One block of {@link #byWeight()}, {@code from} to {@code to}, as ascending (gap, weight). */
  static void writeBlock(JsonGenerator json, long[] ranked, int from, int to) {
    long[] block = Arrays.copyOfRange(ranked, from, to);
    Arrays.sort(block);
    long last = 0;
    for (long p : block) {
      long id = p >>> 8;
      json.writeNumber((int) (id - last));
      json.writeNumber((int) (p & 0xFF));
      last = id;
    }
  }
}
