package org.acta.render;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acta.model.Commitment;
import org.acta.model.Institution;
import org.acta.model.Sdg;
import org.acta.model.SiteConfig;
import org.acta.model.Untranslated;
import org.acta.paths.SitePaths;
import org.acta.site.Site;

/**
 * What every page of one language version shares, as templates name it ({@code site},
 * {@code t}, {@code fmt}, ...). Beside it each template sees its page's record
 * ({@link org.acta.pages.PageData}) and where the page is ({@code root}, {@code path},
 * {@code siteRoot}).
 *
 * @param t the theme's interface texts in this version's language
 * @param historyCoverage how much of the content git history covers (a keyword)
 * @param baseUrl the public address ending in '/', or null
 * @param basePath the path part of {@code baseUrl}, "/" without one
 * @param tree the folder of this version's pages: "" for the main language, e.g. "en/"
 * @param translating whether this is a translated version (not the main language)
 * @param languages every language of the site, to link the same page in each
 * @param untranslated which texts of this version show the original
 * @param originalText the theme's {@code l.text(item, "field")}, in Java
 * @param originalShown whether this version shows {@code item}'s field untranslated
 * @param originalLanguage the main language's name in this version's language
 * @param links the site's addresses, for templates' links
 * @param menu which sections the menu shows (those with content)
 */
public record SiteContext(
    Site site,
    SiteConfig config,
    LocalDate asOf,
    Map<String, Institution> institutions,
    Map<String, Commitment> commitmentsById,
    List<Sdg> sdgs,
    Map<String, String> t,
    Formats fmt,
    ChartHelper charts,
    String historyCoverage,
    String newsletterFooter,
    String baseUrl,
    String basePath,
    String tree,
    boolean translating,
    List<SiteLanguage> languages,
    Untranslated untranslated,
    OriginalText originalText,
    OriginalText originalShown,
    String originalLanguage,
    SiteLinks links,
    SiteMenu menu) {

  /**
   * The context of one language version: {@code site} as that version reads it, the theme's
   * {@code messages} in its language.
   */
  public static SiteContext of(Site site, Map<String, String> messages, String baseUrl,
      Untranslated untranslated) {
    SiteConfig config = site.config();
    Formats fmt = new Formats(config.language());
    String tree = SitePaths.tree(config.language(), config.mainLanguage());
    Map<String, String> t = new ThemeTexts(messages);
    return new SiteContext(site, config, site.asOf(), site.institutionsById(),
        site.commitmentsById(), Sdg.ALL, t, fmt,
        new ChartHelper(messages, fmt, site.asOf()), site.history().coverage().keyword(),
        config.newsletterFooter() != null ? config.newsletterFooter().value()
            : messages.get("newsletter.footerDefault"),
        baseUrl, baseUrl == null ? "/" : URI.create(baseUrl).getPath(), tree, !tree.isEmpty(),
        config.languages().stream().map(code -> SiteLanguage.of(code,
            SitePaths.tree(code, config.mainLanguage()))).toList(),
        untranslated, OriginalText.text(untranslated, !tree.isEmpty()),
        OriginalText.shown(untranslated, !tree.isEmpty()),
        SiteLanguage.nameIn(config.mainLanguage(), config.language()),
        SiteLinks.SITE, SiteMenu.of(site));
  }
}
