package org.acta.search;

import java.util.Map;
import java.util.TreeMap;

/**
 * The index's terms and their postings while documents are indexed, looked up by the
 * characters of a word as {@link Terms} hands them over: a word's string is made once, when
 * the term is first seen, not for each of its occurrences (a {@code HashMap<String, ...>}
 * needed a new string, its hash and an {@code equals} per word of every text). Open
 * addressing, linear probing, at most half full.
 */
final class TermTable {
  private String[] keys = new String[1 << 12];
  private int[] hashes = new int[keys.length];
  private Postings[] values = new Postings[keys.length];
  private int size;

  /**
   * The postings of the term {@code word[from..from + length)}, whose {@link #hash} is
   * {@code hash}, made empty the first time.
   */
  Postings get(char[] word, int from, int length, int hash) {
    int mask = keys.length - 1;
    for (int at = mix(hash) & mask; ; at = (at + 1) & mask) {
      String key = keys[at];
      if (key == null) {
        return add(at, new String(word, from, length), hash);
      }
      if (hashes[at] == hash && equal(key, word, from, length)) {
        return values[at];
      }
    }
  }

  /** The hash of a term's characters, as {@link String#hashCode} computes it. */
  static int hash(char[] word, int from, int length) {
    int hash = 0;
    for (int i = from; i < from + length; i++) {
      hash = 31 * hash + word[i];
    }
    return hash;
  }

  /** Every term and its postings, sorted by term. */
  Map<String, Postings> sorted() {
    Map<String, Postings> sorted = new TreeMap<>();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        sorted.put(keys[i], values[i]);
      }
    }
    return sorted;
  }

  private Postings add(int at, String key, int hash) {
    Postings postings = new Postings();
    keys[at] = key;
    hashes[at] = hash;
    values[at] = postings;
    if (++size * 2 > keys.length) {
      grow();
    }
    return postings;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Postings[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[keys.length];
    values = new Postings[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int at = mix(oldHashes[i]) & mask;
        while (keys[at] != null) {
          at = (at + 1) & mask;
        }
        keys[at] = oldKeys[i];
        hashes[at] = oldHashes[i];
        values[at] = oldValues[i];
      }
    }
  }

  private static boolean equal(String key, char[] word, int from, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != word[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** Spreads the low bits, which the mask keeps: words differ most in their last letters. */
  static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
