package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import org.acta.model.SiteConfig;

/** Decodes {@code content/site.yaml}. */
final class SiteConfigDecoder {
  private SiteConfigDecoder() {}

  static SiteConfig decode(Fields f) {
    String title = f.text("title", REQUIRED);
    String language = f.text("language", OPTIONAL);
    if (language == null) {
      language = "es";
    } else if (!language.matches("[a-z]{2,3}")) {
      f.error("language", "'language' must be a language code such as es or en; got \""
          + language + "\".");
      language = "es";
    }
    String baseUrl = f.url("base_url", OPTIONAL);
    String country = f.text("country", REQUIRED);
    String countryCode = f.text("country_code", OPTIONAL);
    if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
      f.error("country_code", "'country_code' must be two capital letters (ISO 3166, e.g. CL); "
          + "got \"" + countryCode + "\".");
      countryCode = null;
    }
    var description = f.markdown("description", OPTIONAL);
    SiteConfig.Forum forum = f.map("forum", REQUIRED).map(ff -> {
      var result = new SiteConfig.Forum(ff.text("name", REQUIRED), ff.text("acronym", OPTIONAL),
          ff.markdown("description", OPTIONAL));
      ff.finish();
      return result;
    }).orElse(null);
    SiteConfig.Contact contact = f.map("contact", OPTIONAL).map(cf -> {
      var result = new SiteConfig.Contact(cf.text("name", OPTIONAL), email(cf),
          cf.url("url", OPTIONAL));
      cf.finish();
      return result;
    }).orElse(null);
    SiteConfig.Quality quality = f.map("quality", OPTIONAL).map(SiteConfigDecoder::quality)
        .orElse(SiteConfig.Quality.DEFAULT);
    java.time.ZoneId zone = java.time.ZoneOffset.UTC;
    String zoneName = f.text("time_zone", OPTIONAL);
    if (zoneName != null) {
      try {
        zone = java.time.ZoneId.of(zoneName);
      } catch (java.time.DateTimeException e) {
        f.error("time_zone", "'time_zone' must be a time-zone name such as America/Santiago "
            + "or Europe/Madrid; got \"" + zoneName + "\".");
      }
    }
    String newsletterFooter = f.text("newsletter_footer", OPTIONAL);
    f.finish();
    if (title == null || country == null || forum == null || forum.name() == null) {
      return null;
    }
    return new SiteConfig(title, language, baseUrl, country, countryCode, description, forum,
        contact, quality, zone, newsletterFooter);
  }

  private static SiteConfig.Quality quality(Fields q) {
    SiteConfig.Quality d = SiteConfig.Quality.DEFAULT;
    int[] size = {d.minCommitments(), d.maxCommitments()};
    q.map("plan_size", OPTIONAL).ifPresent(ps -> {
      Integer min = ps.integer("min", 1, 100, REQUIRED);
      Integer max = ps.integer("max", 1, 100, REQUIRED);
      if (min != null && max != null && max < min) {
        ps.error("max", "'max' (" + max + ") must not be less than 'min' (" + min + ").");
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
    q.finish();
    return new SiteConfig.Quality(size[0], size[1],
        length != null ? length : d.minStatementLength(),
        stale != null ? stale : d.staleAfterMonths(),
        lag != null ? lag : d.publicationLagDays(),
        open != null ? open : d.openMeetingsPerYear());
  }

  private static String email(Fields f) {
    String email = f.text("email", OPTIONAL);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      f.error("email", "'email' must be an e-mail address such as info@example.org; got \""
          + email + "\".");
      return null;
    }
    return email;
  }
}
