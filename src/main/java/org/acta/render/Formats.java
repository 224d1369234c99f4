package org.acta.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.acta.model.PartialDate;

/** Date and number formatting in the site's language, exposed to templates as {@code fmt}. */
public final class Formats {
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter monthYear;
  private final DateTimeFormatter shortMonth;
  private final DateTimeFormatter statedMonth;
  private final Locale locale;
  /**
   * Long dates already formatted: a page prints a dozen (its own, its neighbours', the
   * footer's) and a site a few thousand distinct ones, each formatted once per language.
   */
  private final Map<LocalDate, String> longDates = new ConcurrentHashMap<>();

  public Formats(String language) {
    this.locale = Locale.forLanguageTag(language);
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    this.shortMonth = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    // A month as a plan states it: "December 2022", "diciembre de 2022".
    this.statedMonth = DateTimeFormatter.ofPattern(
        locale.getLanguage().equals("es") || locale.getLanguage().equals("pt")
            ? "LLLL 'de' yyyy" : "LLLL yyyy", locale);
  }

  /** e.g. "8 de mayo de 2018". */
  public String date(LocalDate d) {
    if (d == null) {
      return "";
    }
    String formatted = longDates.get(d);
    if (formatted == null) {
      formatted = longDate.format(d);
      longDates.putIfAbsent(d, formatted);
    }
    return formatted;
  }

  /** e.g. "mayo 2018". */
  public String month(LocalDate d) {
    return d == null ? "" : monthYear.format(d);
  }

  /** e.g. "may 2018" (abbreviated month), for chart axes. */
  public String shortMonth(LocalDate d) {
    return d == null ? "" : shortMonth.format(d);
  }

  /** ISO form for {@code <time datetime>}. */
  public String iso(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** A date at the precision it is stated: "8 May 2018", "December 2022" or "2024". */
  public String date(PartialDate d) {
    if (d == null) {
      return "";
    }
    return switch (d.precision()) {
      case YEAR -> Integer.toString(d.year());
      case MONTH -> statedMonth.format(d.first());
      case DAY -> longDate.format(d.first());
    };
  }

  /** As {@link #month(LocalDate)} for a day; a month or a year as stated. */
  public String month(PartialDate d) {
    if (d == null) {
      return "";
    }
    return switch (d.precision()) {
      case YEAR -> Integer.toString(d.year());
      case MONTH -> statedMonth.format(d.first());
      case DAY -> monthYear.format(d.first());
    };
  }

  /** As written (YYYY, YYYY-MM or YYYY-MM-DD), all valid in {@code <time datetime>}. */
  public String iso(PartialDate d) {
    return d == null ? "" : d.iso();
  }

  /** A file size for people, e.g. "2,4 MB" in Spanish: bytes, kB or MB (1000-based). */
  public String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    double kb = bytes / 1000.0;
    return kb < 1000 ? String.format(locale, "%.1f kB", kb)
        : String.format(locale, "%.1f MB", kb / 1000);
  }

  /**
   * A counted phrase from a message's {@link java.text.MessageFormat} choice pattern, e.g.
   * {@code {0,choice,0#0 compromisos|1#1 compromiso|1<{0,number,integer} compromisos}}: the
   * one plural mechanism of the theme's messages.
   */
  public String count(String pattern, long n) {
    return new java.text.MessageFormat(pattern, locale).format(new Object[] {n});
  }

  public String time(LocalTime t) {
    return t == null ? "" : t.toString();
  }
}
