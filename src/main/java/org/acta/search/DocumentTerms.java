package org.acta.search;

import java.util.Arrays;

/**
 * One document's terms and their summed weights, gathered before the index sees them. The
 * index's large table is then looked up once per distinct term of a document rather than once
 * per word (a realistic minute has about 1,500 words and 400 terms), and the terms of a text
 * that several language versions share (an untranslated minute's record) are read once for
 * all of them. Reused from document to document: {@link #clear} keeps the arrays.
 */
final class DocumentTerms implements Terms.Sink {
  private char[] chars = new char[1 << 14];
  private int used;
  private int[] starts = new int[256];
  private int[] lengths = new int[256];
  private int[] hashes = new int[256];
  private int[] weights = new int[256];
  private int size;
  /** Open addressing: an entry's index plus one, 0 when the slot is free; at most half full. */
  private int[] slots = new int[512];
  /** The weight of each word {@link #scan} hands over. */
  private int weight;

  /** A term, its characters valid for the call, and its weight in the document. */
  interface Each {
    void accept(char[] chars, int from, int length, int hash, int weight);
  }

  void clear() {
    Arrays.fill(slots, 0);
    used = 0;
    size = 0;
  }

  /** Adds each word of {@code text} with {@code weight}. */
  void scan(String text, int weight) {
    this.weight = weight;
    Terms.scan(text, this);
  }

  /** Adds every term of {@code other} with its weight there. */
  void add(DocumentTerms other) {
    other.forEach(this::add);
  }

  void forEach(Each out) {
    for (int e = 0; e < size; e++) {
      out.accept(chars, starts[e], lengths[e], hashes[e], weights[e]);
    }
  }

  @Override
  public void accept(char[] word, int length) {
    add(word, 0, length, TermTable.hash(word, 0, length), weight);
  }

  private void add(char[] word, int from, int length, int hash, int weight) {
    int mask = slots.length - 1;
    for (int at = TermTable.mix(hash) & mask; ; at = (at + 1) & mask) {
      int e = slots[at] - 1;
      if (e < 0) {
        slots[at] = append(word, from, length, hash, weight) + 1;
        if (size * 2 > slots.length) {
          rehash();
        }
        return;
      }
      if (hashes[e] == hash && lengths[e] == length
          && Arrays.equals(chars, starts[e], starts[e] + length, word, from, from + length)) {
        weights[e] += weight;
        return;
      }
    }
  }

  private int append(char[] word, int from, int length, int hash, int weight) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      lengths = Arrays.copyOf(lengths, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      weights = Arrays.copyOf(weights, size * 2);
    }
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
    }
    System.arraycopy(word, from, chars, used, length);
    starts[size] = used;
    lengths[size] = length;
    hashes[size] = hash;
    weights[size] = weight;
    used += length;
    return size++;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int e = 0; e < size; e++) {
      int at = TermTable.mix(hashes[e]) & mask;
      while (slots[at] != 0) {
        at = (at + 1) & mask;
      }
      slots[at] = e + 1;
    }
  }
}
