package org.acta.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.acta.model.Commitment;
import org.acta.model.OgpValue;
import org.acta.model.Sdg;
import org.acta.model.Site;
import org.acta.model.ValueRelevance;

/** Pages that gather commitments across plans: by SDG, by OGP value and by theme. */
final class Topics {
  /** Commitments serving one SDG. */
  public record SdgEntry(Sdg sdg, List<Commitment> commitments) {
    public String path() {
      return "sdgs/" + sdg.number() + "/";
    }
  }

  /** Commitments relevant to one OGP value. */
  public record ValueEntry(OgpValue value, List<Commitment> commitments) {
    public String path() {
      return "values/" + value.keyword() + "/";
    }
  }

  /** Commitments sharing a theme; the slug folds case and accents. */
  public record ThemeEntry(String slug, String label, List<Commitment> commitments) {
    public String path() {
      return "themes/" + slug + "/";
    }
  }

  private Topics() {}

  static List<Page> pages(Site site) {
    List<Page> pages = new ArrayList<>();
    List<Commitment> all = site.commitments();

    List<SdgEntry> sdgs = Sdg.ALL.stream().map(g -> new SdgEntry(g, all.stream()
        .filter(c -> c.sdgs().stream().anyMatch(l -> l.goal() == g.number())).toList()))
        .toList();
    pages.add(new Page("sdgs/", "sdgs.ftlh", Map.of("entries", sdgs), null));
    sdgs.forEach(e -> pages.add(new Page(e.path(), "sdg.ftlh", Map.of("entry", e), null)));

    List<ValueEntry> values = java.util.Arrays.stream(OgpValue.values())
        .map(v -> new ValueEntry(v, all.stream().filter(c -> c.ogpValues().stream()
            .map(ValueRelevance::value).anyMatch(v::equals)).toList()))
        .toList();
    pages.add(new Page("values/", "values.ftlh", Map.of("entries", values), null));
    values.forEach(e -> pages.add(new Page(e.path(), "value.ftlh", Map.of("entry", e), null)));

    List<ThemeEntry> themes = themes(all);
    pages.add(new Page("themes/", "themes.ftlh", Map.of("entries", themes), null));
    themes.forEach(e -> pages.add(new Page(e.path(), "theme.ftlh", Map.of("entry", e), null)));
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
