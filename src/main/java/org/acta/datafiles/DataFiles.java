package org.acta.datafiles;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.acta.feeds.Feeds;
import org.acta.opendata.OpenData;
import org.acta.paths.SitePaths;
import org.acta.search.SearchIndex;
import org.acta.seo.Sitemap;
import org.acta.site.Site;

/**
 * The site's files that are not pages: open data, feeds, robots.txt, the search index of each
 * language version and the sitemap. A few large single-threaded jobs, which the pipeline runs
 * on one core while the pages render on the others.
 */
public final class DataFiles {
  /** A language version, as the search index and the sitemap need it. */
  public record Version(String language, String tree, Site site) {}

  private DataFiles() {}

  /**
   * Hands every data file to {@code out} (path under the output folder, bytes) as soon as it is
   * made, so that none is held longer than it takes to write it: at 10,000 minutes the search
   * index alone is 60 MB a language.
   *
   * @param main the main language's site; open data and feeds are in it alone
   * @param baseUrl the public address ending in '/', or null (then there is no sitemap)
   * @param content the content folder, shown in messages as {@code displayContent}
   * @param versions every language version, the main one first
   * @param listedPaths the pages a search engine should know, the same in every version
   */
  public static void write(Site main, String baseUrl, Path content, String displayContent,
      List<Version> versions, List<String> listedPaths, BiConsumer<String, byte[]> out) {
    new OpenData(main, baseUrl, content, displayContent).files().forEach(out);
    Feeds.files(main, baseUrl).forEach(out);
    out.accept(SitePaths.ROBOTS, Sitemap.robots(baseUrl));
    // Each version searches its own texts; results link within it.
    SearchIndex.build(versions.stream().map(Version::site).toList(), versions.stream()
        .<BiConsumer<String, byte[]>>map(v -> (path, bytes) -> out.accept(v.tree() + path, bytes))
        .toList());
    if (baseUrl != null) {
      // Search engines need absolute addresses; without a base URL there is no sitemap.
      Sitemap.files(baseUrl, listedPaths, versions.stream()
          .map(v -> new Sitemap.Version(v.language(), v.tree())).toList()).forEach(out);
    }
  }
}
