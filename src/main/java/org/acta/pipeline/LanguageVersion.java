package org.acta.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.model.Untranslated;
import org.acta.pages.Page;
import org.acta.pages.SitePages;
import org.acta.paths.SitePaths;
import org.acta.site.PastContent;
import org.acta.site.Site;

/**
 * One language version of the site. The main language is published at the site root, exactly
 * as a single-language site; each other language of site.yaml's {@code languages} under
 * {@code /<language>/}, with the same pages. Files that do not depend on the language (theme
 * assets, evidence, open data, feeds, sitemap) exist once, at the root.
 *
 * @param tree the folder of the version's pages under the site root: "" or e.g. "en/"
 * @param site the content as this version reads it: translations where present
 * @param untranslated which texts of {@code site} show the original instead
 */
record LanguageVersion(String language, String tree, Site site, Untranslated untranslated,
    List<Page> pages) {

  /**
   * Every version of a site whose content was checked without errors: {@code main} and one
   * per translation language, whose minutes and commitments {@code loader} decoded with the
   * originals (the few other files are read again). A single-language site has just
   * {@code main}, so it costs nothing more than before.
   */
  static List<LanguageVersion> of(Site main, ContentLoader loader, ContentReader reader,
      String baseUrl,
      Function<String, Map<LocalDate, PastContent>> pastIn, Problems problems) {
    List<LanguageVersion> versions = new ArrayList<>();
    versions.add(new LanguageVersion(main.config().language(), "", main, Untranslated.NONE,
        SitePages.plan(main, baseUrl)));
    List<String> languages = main.config().languages();
    for (String language : languages.subList(1, languages.size())) {
      // The content was checked (translations included) when the main version was loaded;
      // reading it again can only fail if a file changed in between.
      Problems reading = new Problems();
      ContentLoader.Loaded loaded = loader.translation(language, reading);
      if (reading.hasErrors() || loaded.config() == null) {
        problems.addAll(reading);
        problems.error(Position.ofFile(reader.display(reader.root().resolve("site.yaml"))),
            Message.of("language-version.the-content-changed-while", language));
        continue;
      }
      Site site = new Site(loaded.config(), loaded.institutions(), loaded.minutes(),
          loaded.meetings(), loaded.newsletters(), loaded.plans(), main.asOf(), main.history(),
          main.evidenceFiles(), main.past().isEmpty() ? Map.of() : pastIn.apply(language));
      versions.add(new LanguageVersion(language, SitePaths.tree(language,
          main.config().mainLanguage()), site, new Untranslated(main.config().mainLanguage()),
          SitePages.plan(site,
          baseUrl)));
    }
    return versions;
  }

  /** Where a page of this version is written, relative to the output folder. */
  String outputFile(Page page) {
    return SitePaths.outputFile(tree, page.path());
  }
}
