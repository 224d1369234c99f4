package org.acta.diagnostics;

import java.util.Collection;

/** "Did you mean …?" for misspelt keys and ids. */
public final class Suggestions {
  private Suggestions() {}

  /** The candidate closest to {@code word} within 2 edits (or sharing a prefix), else null. */
  public static String closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : candidates) {
      int d = distance(word, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null && word.length() >= 4) {
      best = candidates.stream().filter(c -> c.startsWith(word) || word.startsWith(c))
          .findFirst().orElse(null);
    }
    return best;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
