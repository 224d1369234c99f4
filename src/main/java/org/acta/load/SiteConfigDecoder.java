package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.acta.diagnostics.Message;
import org.acta.model.MeetingKind;
import org.acta.model.Plausibility;
import org.acta.model.SiteConfig;
import org.acta.model.SourceRepository;
import org.acta.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Decodes {@code content/site.yaml}. */
final class SiteConfigDecoder {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private SiteConfigDecoder() {}

  /**
   * The site's languages, the main one first: {@code languages}, else {@code language}, else
   * Spanish. Read before the rest of site.yaml, because they decide which translations the
   * rest of the content (site.yaml included) may hold.
   */
  static List<String> languages(Fields f) {
    String language = f.text("language", OPTIONAL);
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      f.error("language", Message.of("site-config-decoder.language-must-be-language", language));
      language = null;
    }
    List<String> languages = new ArrayList<>();
    for (Fields.Item item : f.textItems("languages", OPTIONAL)) {
      if (!LANGUAGE.matcher(item.text()).matches()) {
        f.error(item.at(), Message.of("site-config-decoder.languages-lists-language-codes",
            item.text()));
      } else if (languages.contains(item.text())) {
        f.error(item.at(), Message.of("site-config-decoder.languages-lists-twice", item.text()));
      } else {
        languages.add(item.text());
      }
    }
    if (languages.isEmpty()) {
      return List.of(language != null ? language : "es");
    }
    if (language != null && !language.equals(languages.get(0))) {
      f.error("language", Message.of("site-config-decoder.language-is-but-languages", language,
          languages.get(0)));
    }
    return List.copyOf(languages);
  }

  /** Decodes site.yaml in the language {@code localization} reads (see {@link #languages}). */
  static SiteConfig decode(Fields f, Localization localization,
      Map<String, MeetingKind> meetingKinds) {
    f.localize(localization);
    Text title = f.translatableText("title", REQUIRED);
    String language = localization.isTranslating() ? localization.reading()
        : localization.main();
    List<String> languages = new ArrayList<>(List.of(localization.main()));
    languages.addAll(localization.translations());
    String baseUrl = f.url("base_url", OPTIONAL);
    Text country = f.translatableText("country", REQUIRED);
    String countryCode = f.text("country_code", OPTIONAL);
    if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
      f.error("country_code", Message.of("site-config-decoder.country-code-must-be", countryCode));
      countryCode = null;
    }
    var description = f.translatableMarkdown("description", OPTIONAL);
    SiteConfig.Forum forum = f.map("forum", REQUIRED).map(ff -> {
      var result = new SiteConfig.Forum(ff.translatableText("name", REQUIRED),
          ff.translatableText("acronym", OPTIONAL),
          ff.translatableMarkdown("description", OPTIONAL));
      ff.finish();
      return result;
    }).orElse(null);
    SiteConfig.Contact contact = f.map("contact", OPTIONAL).map(cf -> {
      var result = new SiteConfig.Contact(cf.translatableText("name", OPTIONAL),
          email(cf), cf.url("url", OPTIONAL));
      cf.finish();
      return result;
    }).orElse(null);
    SiteConfig.Quality quality = f.map("quality", OPTIONAL).map(SiteConfigDecoder::quality)
        .orElse(SiteConfig.Quality.DEFAULT);
    ZoneId zone = ZoneOffset.UTC;
    String zoneName = f.text("time_zone", OPTIONAL);
    if (zoneName != null) {
      try {
        zone = ZoneId.of(zoneName);
      } catch (DateTimeException e) {
        f.error("time_zone", Message.of("site-config-decoder.time-zone-must-be", zoneName));
      }
    }
    Text newsletterFooter = f.translatableText("newsletter_footer", OPTIONAL);
    SourceRepository repository = repository(f);
    f.has("meeting_kinds"); // read before (see meetingKinds)
    f.finish();
    if (title == null || country == null || forum == null || forum.name() == null) {
      return null;
    }
    return new SiteConfig(title, language, baseUrl, country, countryCode, description,
        forum, contact, quality, zone, newsletterFooter, List.copyOf(languages), repository,
        meetingKinds);
  }

  /**
   * {@code meeting_kinds}: kind id to its label, one text or one per language ({@code es:},
   * {@code en:}); the defaults (ordinary, extraordinary) when absent. Read before minutes and
   * meetings, which must be of one of these kinds, even when the rest of site.yaml is invalid.
   */
  static Map<String, MeetingKind> meetingKinds(Fields site, Localization localization) {
    Optional<Fields> block = site.map("meeting_kinds", OPTIONAL);
    if (block.isEmpty()) {
      return SiteConfig.DEFAULT_MEETING_KINDS;
    }
    Fields kinds = block.get();
    Map<String, MeetingKind> result = new LinkedHashMap<>();
    for (String id : List.copyOf(kinds.entries.keySet())) {
      if (!Fields.SLUG.matcher(id).matches()) {
        kinds.has(id);
        kinds.error(kinds.position(id), Message.of("site-config-decoder.meeting-kind-id", id));
        continue;
      }
      Text label = label(kinds, id, localization);
      if (label == null) {
        kinds.error(id, Message.of("site-config-decoder.meeting-kind-label", id));
      } else {
        result.put(id, new MeetingKind(id, label));
      }
    }
    kinds.finish();
    return result.isEmpty() ? SiteConfig.DEFAULT_MEETING_KINDS
        : SiteConfig.ordered(List.copyOf(result.values()));
  }

  /** The label in the language being read; else the main language's, marked as the original. */
  private static Text label(Fields kinds, String id, Localization localization) {
    if (!(kinds.entries.get(id).getValueNode() instanceof MappingNode)) {
      String text = kinds.text(id, OPTIONAL);
      return text == null ? null : new Text(text);
    }
    Fields labels = kinds.map(id, OPTIONAL).orElseThrow();
    String reading = localization.isTranslating() ? localization.reading() : localization.main();
    String main = null;
    String translated = null;
    List<String> languages = new ArrayList<>(List.of(localization.main()));
    languages.addAll(localization.translations());
    for (String language : languages) {
      String text = labels.text(language, OPTIONAL);
      if (language.equals(localization.main())) {
        main = text;
      }
      if (language.equals(reading)) {
        translated = text;
      }
    }
    labels.finish();
    if (main == null) {
      return null;
    }
    return translated != null ? new Text(translated)
        : new Text(main).asOriginal(localization.main());
  }

  /** {@code repository_url} and its forge: {@code forge:} if given, else known from the host. */
  private static SourceRepository repository(Fields f) {
    String url = f.url("repository_url", OPTIONAL);
    SourceRepository.Forge forge = f.keyword("forge", SourceRepository.Forge.class, OPTIONAL);
    if (url == null) {
      if (forge != null) {
        f.error("forge", Message.of("site-config-decoder.forge-says-how-to"));
      }
      return null;
    }
    if (forge == null) {
      forge = SourceRepository.Forge.ofHost(SourceRepository.host(url));
    }
    if (forge == null) {
      f.error("repository_url", Message.of("site-config-decoder.cannot-tell-which-forge", url));
      return null;
    }
    return new SourceRepository(url, forge);
  }

  private static SiteConfig.Quality quality(Fields q) {
    SiteConfig.Quality d = SiteConfig.Quality.DEFAULT;
    int[] size = {d.minCommitments(), d.maxCommitments()};
    q.map("plan_size", OPTIONAL).ifPresent(ps -> {
      Integer min = ps.integer("min", 1, 100, REQUIRED);
      Integer max = ps.integer("max", 1, 100, REQUIRED);
      if (min != null && max != null && max < min) {
        ps.error("max", Message.of("site-config-decoder.max-must-not-be", max, min));
      } else if (min != null && max != null) {
        size[0] = min;
        size[1] = max;
      }
      ps.finish();
    });
    Integer length = q.integer("min_statement_length", 0, 10_000, OPTIONAL);
    Integer stale = q.integer("stale_after_months", 1, 60, OPTIONAL);
    Integer lag = q.integer("publication_lag_days", 1, 365, OPTIONAL);
    Integer open = q.integer("open_meetings_per_year", 0, 52, OPTIONAL);
    List<String> shouldState = new ArrayList<>();
    for (Fields.Item item : q.textItems("should_state", OPTIONAL)) {
      if (SiteConfig.Quality.STATABLE.contains(item.text())) {
        shouldState.add(item.text());
      } else {
        q.error(item.at(), Message.of("site-config.should-state-unknown", item.text(),
            String.join(", ", SiteConfig.Quality.STATABLE)));
      }
    }
    Map<Plausibility.Check, Plausibility.Level> plausibility =
        q.map("plausibility", OPTIONAL).map(SiteConfigDecoder::plausibility).orElse(Map.of());
    q.finish();
    return new SiteConfig.Quality(size[0], size[1],
        length != null ? length : d.minStatementLength(),
        stale != null ? stale : d.staleAfterMonths(),
        lag != null ? lag : d.publicationLagDays(),
        open != null ? open : d.openMeetingsPerYear(), List.copyOf(shouldState),
        plausibility);
  }

  /** Each check by its key; a key that names no check is an error (with a did-you-mean). */
  private static Map<Plausibility.Check, Plausibility.Level> plausibility(Fields p) {
    Map<Plausibility.Check, Plausibility.Level> levels = new EnumMap<>(Plausibility.Check.class);
    for (Plausibility.Check check : Plausibility.Check.values()) {
      Plausibility.Level level = p.keyword(check.key(), Plausibility.Level.class, OPTIONAL);
      if (level != null) {
        levels.put(check, level);
      }
    }
    p.finish();
    return Map.copyOf(levels);
  }

  private static String email(Fields f) {
    String email = f.text("email", OPTIONAL);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      f.error("email", Message.of("site-config-decoder.email-must-be-an", email));
      return null;
    }
    return email;
  }
}
