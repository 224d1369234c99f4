package org.acta.charts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.acta.html.Svg;
import org.acta.tracking.BurnUp;

/**
 * Small, accessible inline SVG charts drawn at build time: no script and no download. Each
 * has a {@code <title>} and {@code <desc>}; pages also show the numbers as a table.
 */
public final class Charts {
  private Charts() {}

  /** Horizontal bars, one row per bar, scaled to the largest value (or {@code max}). */
  public static Svg bars(String id, String title, String description, List<Bar> bars, int max) {
    int rowHeight = 30;
    int labelWidth = 220;
    int barWidth = 330;
    int height = Math.max(1, bars.size()) * rowHeight + 10;
    int scale = Math.max(1, Math.max(max, bars.stream().mapToInt(Bar::value).max().orElse(1)));
    StringBuilder svg = open(id, title, description, 620, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 5 + i * rowHeight;
      int w = (int) Math.round((double) bar.value() * barWidth / scale);
      svg.append("<text class=\"chart-label\" x=\"").append(labelWidth - 8).append("\" y=\"")
          .append(y + 19).append("\" text-anchor=\"end\">").append(escape(bar.label()))
          .append("</text>");
      svg.append("<rect class=\"chart-track\" x=\"").append(labelWidth).append("\" y=\"")
          .append(y + 5).append("\" width=\"").append(barWidth).append("\" height=\"18\"/>");
      svg.append("<rect class=\"").append(escape(bar.cssClass())).append("\" x=\"")
          .append(labelWidth).append("\" y=\"").append(y + 5).append("\" width=\"").append(w)
          .append("\" height=\"18\"/>");
      svg.append("<text class=\"chart-value\" x=\"").append(labelWidth + barWidth + 8)
          .append("\" y=\"").append(y + 19).append("\">").append(bar.value()).append("</text>");
    }
    return close(svg);
  }

  /** Planned against completed milestones over the plan's months. */
  public static Svg burnUp(String id, String title, String description, BurnUp data,
      Function<LocalDate, String> monthLabel, String plannedLabel, String doneLabel) {
    int width = 640;
    int height = 320;
    int left = 44;
    int right = 16;
    int top = 16;
    int bottom = 64;
    int plotW = width - left - right;
    int plotH = height - top - bottom;
    List<BurnUp.Point> points = data.points();
    int max = Math.max(1, data.total());
    StringBuilder svg = open(id, title, description, width, height);
    svg.append("<g class=\"chart-axis\">");
    for (int tick : new int[] {0, max / 2, max}) {
      double y = top + plotH - (double) tick * plotH / max;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", left, left + plotW, y, y));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>", left - 6, y + 4, tick));
    }
    if (!points.isEmpty()) {
      int[] labelled = {0, points.size() / 2, points.size() - 1};
      String[] anchors = {"start", "middle", "end"};
      for (int k = 0; k < labelled.length; k++) {
        int i = labelled[k];
        double x = x(i, points.size(), left, plotW);
        svg.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>", x, top + plotH + 18,
            anchors[k], escape(monthLabel.apply(points.get(i).month()))));
      }
    }
    svg.append("</g>");
    svg.append(polyline(points, true, max, left, top, plotW, plotH, "chart-planned"));
    svg.append(polyline(points, false, max, left, top, plotW, plotH, "chart-done"));
    int legendY = height - 16;
    svg.append("<g class=\"chart-legend\">")
        .append("<line class=\"chart-planned\" x1=\"").append(left).append("\" x2=\"")
        .append(left + 24).append("\" y1=\"").append(legendY - 4).append("\" y2=\"")
        .append(legendY - 4).append("\"/>")
        .append("<text x=\"").append(left + 30).append("\" y=\"").append(legendY).append("\">")
        .append(escape(plannedLabel)).append("</text>")
        .append("<line class=\"chart-done\" x1=\"").append(left + 260).append("\" x2=\"")
        .append(left + 284).append("\" y1=\"").append(legendY - 4).append("\" y2=\"")
        .append(legendY - 4).append("\"/>")
        .append("<text x=\"").append(left + 290).append("\" y=\"").append(legendY).append("\">")
        .append(escape(doneLabel)).append("</text></g>");
    return close(svg);
  }

  /** A milestone row of a timeline: planned span, and actual span where known. */
  public record Span(String label, LocalDate plannedStart, LocalDate plannedEnd,
      LocalDate actualStart, LocalDate actualEnd, String cssClass) {}

  /** Planned (outlined) against actual (filled) dates, one row per milestone, with a today line. */
  public static Svg timeline(String id, String title, String description, List<Span> spans,
      LocalDate from, LocalDate to, LocalDate today,
      Function<LocalDate, String> monthLabel) {
    int labelWidth = 0;
    int width = 640;
    int rowHeight = 46;
    int top = 8;
    int left = 8;
    int right = 8;
    int plotW = width - left - right - labelWidth;
    int height = top + spans.size() * rowHeight + 30;
    long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    ToDoubleFunction<LocalDate> x = d -> left + labelWidth
        + Math.max(0, Math.min(days, ChronoUnit.DAYS.between(from, d)))
        * (double) plotW / days;
    StringBuilder svg = open(id, title, description, width, height);
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      double y = top + i * rowHeight;
      svg.append(String.format(Locale.ROOT,
          "<text class=\"chart-label\" x=\"%d\" y=\"%.1f\">%d. %s</text>", left, y + 12,
          i + 1, escape(shorten(s.label(), 90))));
      svg.append(String.format(Locale.ROOT,
          "<rect class=\"chart-planned-span\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"10\"/>",
          x.applyAsDouble(s.plannedStart()), y + 18,
          Math.max(2, x.applyAsDouble(s.plannedEnd()) - x.applyAsDouble(s.plannedStart()))));
      if (s.actualStart() != null) {
        LocalDate end = s.actualEnd() != null ? s.actualEnd() : today;
        svg.append(String.format(Locale.ROOT,
            "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"8\"/>",
            escape(s.cssClass()), x.applyAsDouble(s.actualStart()), y + 30,
            Math.max(2, x.applyAsDouble(end) - x.applyAsDouble(s.actualStart()))));
      }
    }
    double now = x.applyAsDouble(today);
    if (!today.isBefore(from) && !today.isAfter(to)) {
      svg.append(String.format(Locale.ROOT,
          "<line class=\"chart-today\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>",
          now, now, top, height - 24));
    }
    svg.append(String.format(Locale.ROOT,
        "<g class=\"chart-axis\"><text x=\"%d\" y=\"%d\">%s</text>"
            + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text></g>",
        left, height - 8, escape(monthLabel.apply(from)), width - right, height - 8,
        escape(monthLabel.apply(to))));
    return close(svg);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String polyline(List<BurnUp.Point> points, boolean planned, int max, int left,
      int top, int plotW, int plotH, String cssClass) {
    StringBuilder coords = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      BurnUp.Point p = points.get(i);
      Integer value = planned ? Integer.valueOf(p.planned()) : p.done();
      if (value == null) {
        break; // no completed count after the as-of date
      }
      double y = top + plotH - (double) value * plotH / max;
      coords.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, points.size(), left, plotW), y));
    }
    return "<polyline class=\"" + cssClass + "\" fill=\"none\" points=\"" + coords.toString().strip()
        + "\"/>";
  }

  private static double x(int i, int count, int left, int plotW) {
    return count <= 1 ? left : left + (double) i * plotW / (count - 1);
  }

  private static StringBuilder open(String id, String title, String description, int w, int h) {
    StringBuilder svg = new StringBuilder(2048);
    svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(w).append(' ').append(h).append("\" role=\"img\" aria-labelledby=\"")
        .append(id).append("-title ").append(id).append("-desc\">");
    svg.append("<title id=\"").append(id).append("-title\">").append(escape(title))
        .append("</title>");
    svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description))
        .append("</desc>");
    return svg;
  }

  private static Svg close(StringBuilder svg) {
    return new Svg(svg.append("</svg>").toString());
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
