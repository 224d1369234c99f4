package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;
import static org.acta.load.Fields.REQUIRED;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problems;
import org.acta.model.Markdown;
import org.acta.model.Newsletter;
import org.acta.model.Text;
import org.acta.paths.SitePaths;

/** Decodes a newsletter: {@code content/newsletters/YYYY-MM-slug.md}. */
final class NewsletterDecoder {
  static final Pattern FILE_NAME =
      Pattern.compile("([0-9]{4}-[0-9]{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");

  private NewsletterDecoder() {}

  static Optional<Newsletter> decode(SourceFile file, Problems problems) {
    return decode(file, Map.of(), problems, Localization.SINGLE);
  }

  /** @param translations the newsletter's translation files (NAME.en.md) by language */
  static Optional<Newsletter> decode(SourceFile file, Map<String, SourceFile> translations,
      Problems problems, Localization localization) {
    String fileName = file.path().getFileName().toString();
    Matcher name = FILE_NAME.matcher(fileName);
    if (!name.matches()) {
      problems.error(file.whole(), Message.of("newsletter-decoder.newsletter-files-must-be",
          FileNameCharacters.firstBad(fileName), CaseTwin.clash(file.path(), file.displayName(),
              SitePaths.newsletter(fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.md$", "")))));
      return Optional.empty();
    }
    Optional<FrontMatter> split = FrontMatter.split(file, problems);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = split.get();
    return YamlDocument.parseMapping(file, fm.yaml(), fm.firstLine(), problems, localization)
        .flatMap(f -> {
      f.translationFiles(TranslationFiles.parse(translations, localization, problems));
      Integer number = f.integer("number", 1, 9999, REQUIRED);
      Text title = f.translatableText("title", REQUIRED);
      LocalDate date = f.date("date", REQUIRED);
      LocalDate[] period = new LocalDate[2];
      f.map("period", REQUIRED).ifPresent(p -> {
        period[0] = p.date("start", REQUIRED);
        period[1] = p.date("end", REQUIRED);
        Dates.checkOrder(p, period[0], period[1]);
        p.finish();
      });
      Text summary = f.translatableText("summary", OPTIONAL);
      var commitments = Refs.many(f, "featured_commitments");
      List<Newsletter.FeaturedOfficial> officials = f.list("featured_officials", OPTIONAL, o -> {
        var commitment = Refs.one(o, "commitment", REQUIRED);
        String person = o.text("name", REQUIRED);
        return commitment == null || person == null ? null
            : new Newsletter.FeaturedOfficial(commitment, person, o.position("name"));
      });
      f.finish();
      if (date != null && !date.toString().startsWith(name.group(1))) {
        f.error("date", Message.of("newsletter-decoder.date-is-but-the", date, name.group(1)));
      }
      if (date != null && period[1] != null && period[1].isAfter(date)) {
        f.error("date", Message.of("newsletter-decoder.the-newsletter-of-cannot", date, period[1]));
      }
      if (number == null || title == null || date == null || period[0] == null
          || period[1] == null) {
        return Optional.empty();
      }
      String slug = fileName.substring(0, fileName.length() - 3);
      Markdown body = f.translatableBody(fm.markdown());
      return Optional.of(new Newsletter(slug, number, title, date, period[0],
          period[1], summary, commitments, officials, body, file.position(1, 1)));
    });
  }
}
