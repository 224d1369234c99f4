package org.acta.feeds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) of the forum's meetings: CRLF line ends, lines folded at 75
 * octets, text escaped. Times are converted from the site's time zone to UTC, so no VTIMEZONE
 * is needed; a meeting without a start time is an all-day event. DTSTAMP is the as-of date,
 * keeping builds deterministic.
 */
public final class ICalendar {
  /** One meeting. */
  /** @param endDate the last day of a multi-day event, or null for a one-day one */
  public record Event(String uid, String summary, LocalDate date, LocalDate endDate,
      LocalTime start, LocalTime end, String location, String description, String url) {}

  private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern(
      "yyyyMMdd'T'HHmmss'Z'");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private ICalendar() {}

  public static byte[] write(String calendarName, ZoneId zone, LocalDate stamp,
      List<Event> events) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Acta//Forum meetings//ES");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text(calendarName));
    String dtstamp = UTC_STAMP.format(stamp.atStartOfDay());
    for (Event e : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + e.uid());
      line(out, "DTSTAMP:" + dtstamp);
      LocalDate last = e.endDate() != null ? e.endDate() : e.date();
      if (e.start() == null) {
        // All-day: DTEND is the day after the last one (RFC 5545, exclusive).
        line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.date()));
        line(out, "DTEND;VALUE=DATE:" + DAY.format(last.plusDays(1)));
      } else {
        // A multi-day event runs from its start time on the first day to its end time on the
        // last; times are converted from the site's zone to UTC.
        LocalTime end = e.end() != null ? e.end()
            : e.endDate() != null ? e.start() : e.start().plusHours(2);
        line(out, "DTSTART:" + utc(e.date().atTime(e.start()), zone));
        line(out, "DTEND:" + utc(last.atTime(end), zone));
      }
      line(out, "SUMMARY:" + text(e.summary()));
      if (e.location() != null) {
        line(out, "LOCATION:" + text(e.location()));
      }
      if (e.description() != null && !e.description().isBlank()) {
        line(out, "DESCRIPTION:" + text(e.description()));
      }
      if (e.url() != null) {
        line(out, "URL:" + e.url());
      }
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String utc(LocalDateTime local, ZoneId zone) {
    return UTC_STAMP.format(local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC));
  }

  /** RFC 5545 3.3.11: escape backslash, semicolon, comma and newlines. */
  static String text(String s) {
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n");
  }

  /** Folds a content line at 75 octets (never inside a UTF-8 sequence) and ends it with CRLF. */
  static void line(StringBuilder out, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    int limit = 75;
    int start = 0;
    int lineStart = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (start - lineStart + len > limit) {
        out.append(current).append("\r\n ");
        current.setLength(0);
        lineStart = start;
        limit = 74; // continuation lines start with a space
      }
      current.appendCodePoint(cp);
      start += len;
      i += Character.charCount(cp);
    }
    out.append(current).append("\r\n");
    assert bytes.length == start;
  }
}
