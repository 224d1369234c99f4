package org.acta.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Splits a long list into pages of a fixed size, each with its own address, so that no page
 * grows with the record: the agreements' parts, the consultation's inputs and a year's
 * minutes all use it.
 */
final class Pagination {
  private Pagination() {}

  /** One page of a list: its number (from 1), its address and the range (from 1) it holds. */
  public record PageLink(int number, String path, int from, int to) {}

  /** The pages of {@code count} items, {@code size} a page; {@code path} gives page n's address. */
  static List<PageLink> pages(int count, int size, IntFunction<String> path) {
    List<PageLink> links = new ArrayList<>();
    for (int from = 0, n = 1; from < count; from += size, n++) {
      links.add(new PageLink(n, path.apply(n), from + 1, Math.min(from + size, count)));
    }
    return links;
  }
}
