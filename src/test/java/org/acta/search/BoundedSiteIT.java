package org.acta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.acta.pipeline.BuildResult;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site built from the benchmark's generated corpus (bench/GenerateCorpus.java, 1,000
 * minutes with their agreements and 100 commitments): no HTML page exceeds 1 MB, no file a
 * visitor's browser loads exceeds 2 MB, and a first search downloads a bounded part of the
 * index, not all of it. The bounds are the ones the README promises at 10,000 minutes.
 */
class BoundedSiteIT {
  static final long MAX_PAGE = 1_000_000;
  static final long MAX_BROWSER_FILE = 2_000_000;
  /** meta.json plus the shards of a first query. */
  static final long MAX_FIRST_QUERY = 300_000;
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    Path content = tmp.resolve("content");
    Process generate = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        TestSites.PROJECT.resolve("bench/GenerateCorpus.java").toString(),
        "--minutes", "1000", "--commitments", "100", "--out", content.toString())
        .inheritIO().start();
    assertThat(generate.waitFor()).as("GenerateCorpus's exit code").isZero();
    site = tmp.resolve("site");
    BuildResult result = TestSites.build(content, site, LocalDate.of(2020, 6, 30));
    assertThat(result.problems().all()).noneMatch(p -> p.isError());
  }

  private static List<Path> files(String... suffixes) throws Exception {
    try (Stream<Path> all = Files.walk(site)) {
      return all.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(s -> p.toString().endsWith(s))).toList();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void noPageExceedsOneMegabyte() throws Exception {
    Path largest = files(".html").stream().max(Comparator.comparingLong(BoundedSiteIT::size))
        .orElseThrow();
    assertThat(size(largest)).as("largest page, " + site.relativize(largest))
        .isLessThan(MAX_PAGE);
    // The agreements are split into parts rather than one page of them all.
    assertThat(site.resolve("agreements/closed")).isDirectory();
  }

  @Test
  void aYearOfMoreThanAHundredMinutesIsPaginated() throws Exception {
    int paginated = 0;
    try (Stream<Path> years = Files.list(site.resolve("minutes"))) {
      for (Path year : years.filter(Files::isDirectory).toList()) {
        long minutes;
        try (Stream<Path> folders = Files.list(year)) {
          minutes = folders.filter(f -> f.getFileName().toString().matches("\\d{4}-.*"))
              .count();
        }
        long pages = (minutes + 99) / 100;
        for (long n = 2; n <= pages; n++) {
          assertThat(year.resolve(n + "/index.html")).exists();
        }
        assertThat(year.resolve((pages + 1) + "/index.html")).doesNotExist();
        paginated += pages > 1 ? 1 : 0;
      }
    }
    assertThat(paginated).as("years of more than 100 minutes").isPositive();
  }

  @Test
  void noFileABrowserLoadsExceedsTwoMegabytes() throws Exception {
    for (Path p : files(".html", ".css", ".js", ".svg", ".json")) {
      if (p.startsWith(site.resolve("data")) || p.getFileName().toString().equals("manifest.json")) {
        continue; // open data and the build's manifest are downloads, not what a page loads
      }
      assertThat(size(p)).as(site.relativize(p).toString()).isLessThan(MAX_BROWSER_FILE);
    }
  }

  @Test
  void aFirstSearchDownloadsTheMetaAndAFewShardsOnly() throws Exception {
    IndexReader index = new IndexReader(site);
    long whole = index.shardSizes().values().stream().mapToLong(Integer::longValue).sum();
    for (String query : List.of("sesión", "transparencia presupuestaria", "CL0057",
        "particip", "acuerdo de la mesa")) {
      long bytes = index.queryBytes(query);
      assertThat(bytes).as(query).isLessThan(MAX_FIRST_QUERY).isLessThan(whole / 4);
      assertThat(index.find(query)).as(query).isNotEmpty();
    }
    assertThat(index.metaBytes).isLessThan(50_000);
  }
}
