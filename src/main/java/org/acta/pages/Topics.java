package org.acta.pages;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.acta.model.Commitment;
import org.acta.model.OgpValue;
import org.acta.model.Sdg;
import org.acta.model.ValueRelevance;
import org.acta.pages.PageData.SdgPage;
import org.acta.pages.PageData.SdgsPage;
import org.acta.pages.PageData.ThemePage;
import org.acta.pages.PageData.ThemesPage;
import org.acta.pages.PageData.ValuePage;
import org.acta.pages.PageData.ValuesPage;
import org.acta.paths.SitePaths;
import org.acta.site.Site;

/** Pages that gather commitments across plans: by SDG, by OGP value and by theme. */
public final class Topics {
  /** Commitments serving one SDG. */
  public record SdgEntry(Sdg sdg, List<Commitment> commitments) {
    public String path() {
      return SitePaths.sdg(sdg.number());
    }
  }

  /** Commitments relevant to one OGP value. */
  public record ValueEntry(OgpValue value, List<Commitment> commitments) {
    public String path() {
      return SitePaths.value(value.keyword());
    }
  }

  /** Commitments sharing a theme; the slug folds case and accents. */
  public record ThemeEntry(String slug, String label, List<Commitment> commitments) {
    public String path() {
      return SitePaths.theme(slug);
    }
  }

  private Topics() {}

  static List<Page> pages(Site site) {
    List<Page> pages = new ArrayList<>();
    List<Commitment> all = site.commitments();

    List<SdgEntry> sdgs = Sdg.ALL.stream().map(g -> new SdgEntry(g, all.stream()
        .filter(c -> c.sdgs().stream().anyMatch(l -> l.goal() == g.number())).toList()))
        .toList();
    pages.add(new Page(SitePaths.SDGS, "sdgs.ftlh", new SdgsPage(sdgs), null));
    sdgs.forEach(e -> pages.add(new Page(e.path(), "sdg.ftlh", new SdgPage(e), null)));

    List<ValueEntry> values = Arrays.stream(OgpValue.values())
        .map(v -> new ValueEntry(v, all.stream().filter(c -> c.ogpValues().orElse(List.of()).stream()
            .map(ValueRelevance::value).anyMatch(v::equals)).toList()))
        .toList();
    pages.add(new Page(SitePaths.VALUES, "values.ftlh", new ValuesPage(values), null));
    values.forEach(e -> pages.add(new Page(e.path(), "value.ftlh", new ValuePage(e), null)));

    List<ThemeEntry> themes = themes(all);
    pages.add(new Page(SitePaths.THEMES, "themes.ftlh", new ThemesPage(themes), null));
    themes.forEach(e -> pages.add(new Page(e.path(), "theme.ftlh", new ThemePage(e), null)));
    return pages;
  }

  private static List<ThemeEntry> themes(List<Commitment> commitments) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<Commitment>> bySlug = new TreeMap<>();
    for (Commitment c : commitments) {
      for (String theme : c.themes()) {
        String slug = slug(theme);
        if (slug.isEmpty()) {
          continue;
        }
        labels.putIfAbsent(slug, theme);
        List<Commitment> list = bySlug.computeIfAbsent(slug, k -> new ArrayList<>());
        if (!list.contains(c)) {
          list.add(c);
        }
      }
    }
    return bySlug.entrySet().stream()
        .map(e -> new ThemeEntry(e.getKey(), labels.get(e.getKey()), e.getValue())).toList();
  }

  /** "Participación ciudadana" → "participacion-ciudadana". */
  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
  }
}
