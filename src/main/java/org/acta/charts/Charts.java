package org.acta.charts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.acta.html.Svg;
import org.acta.tracking.BurnUp;

/**
 * Small, accessible inline SVG charts drawn at build time: no script and no download. Each
 * has a {@code <title>} and {@code <desc>}; pages also show the numbers as a table.
 *
 * <p>Every chart is laid out for a phone: {@link #WIDTH} user units wide, with labels above
 * their bars rather than beside them, so it shrinks to a 360 px screen (328 px of content)
 * keeping its 13 px text at 12.5 px or more, and nothing scrolls sideways. Its width
 * attribute asks for {@link #SCALE} times that on a wider screen; the stylesheet caps it at
 * the width available.
 */
public final class Charts {
  /** The width of every chart, in user units (CSS pixels at scale 1). */
  public static final int WIDTH = 340;
  /** How much larger than its user units a chart is shown where there is room. */
  static final double SCALE = 1.25;
  /** Characters of a label line: 13 px text averages under 7.5 px a character. */
  static final int LINE_CHARS = 42;
  /** Lines of a timeline label at most; a longer label ends with an ellipsis. */
  static final int MAX_LINES = 3;

  private Charts() {}

  /**
   * Horizontal bars, one row per bar scaled to the largest value (or {@code max}): the label
   * on a line of its own, the bar below it, the value at the bar's end.
   */
  public static Svg bars(String id, String title, String description, List<Bar> bars, int max) {
    int rowHeight = 44;
    int valueWidth = 40;
    int barWidth = WIDTH - valueWidth;
    int height = Math.max(1, bars.size()) * rowHeight + 8;
    int scale = Math.max(1, Math.max(max, bars.stream().mapToInt(Bar::value).max().orElse(1)));
    StringBuilder svg = open(id, title, description, WIDTH, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 4 + i * rowHeight;
      int w = (int) Math.round((double) bar.value() * barWidth / scale);
      svg.append("<text class=\"chart-label\" x=\"0\" y=\"").append(y + 14).append("\">")
          .append(escape(bar.label())).append("</text>");
      svg.append("<rect class=\"chart-track\" x=\"0\" y=\"").append(y + 21)
          .append("\" width=\"").append(barWidth).append("\" height=\"16\"/>");
      svg.append("<rect class=\"").append(escape(bar.cssClass())).append("\" x=\"0\" y=\"")
          .append(y + 21).append("\" width=\"").append(w).append("\" height=\"16\"/>");
      svg.append("<text class=\"chart-value\" x=\"").append(barWidth + 6).append("\" y=\"")
          .append(y + 34).append("\">").append(bar.value()).append("</text>");
    }
    return close(svg);
  }

  /** Planned against completed milestones over the plan's months. */
  public static Svg burnUp(String id, String title, String description, BurnUp data,
      Function<LocalDate, String> monthLabel, String plannedLabel, String doneLabel) {
    int width = WIDTH;
    int height = 260;
    int left = 34;
    int right = 10;
    int top = 14;
    int bottom = 76;
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
    // The legend on two lines: each label may be as wide as the chart.
    svg.append("<g class=\"chart-legend\">")
        .append(legendLine("chart-planned", plannedLabel, height - 30))
        .append(legendLine("chart-done", doneLabel, height - 8)).append("</g>");
    return close(svg);
  }

  private static String legendLine(String cssClass, String label, int y) {
    return "<line class=\"" + cssClass + "\" x1=\"0\" x2=\"24\" y1=\"" + (y - 4) + "\" y2=\""
        + (y - 4) + "\"/><text x=\"30\" y=\"" + y + "\">" + escape(label) + "</text>";
  }

  /** A milestone row of a timeline: planned span, and actual span where known. */
  public record Span(String label, LocalDate plannedStart, LocalDate plannedEnd,
      LocalDate actualStart, LocalDate actualEnd, String cssClass) {}

  /**
   * Planned (outlined) against actual (filled) dates, one row per milestone under its
   * numbered label (wrapped to at most {@link #MAX_LINES} lines), with a today line.
   */
  public static Svg timeline(String id, String title, String description, List<Span> spans,
      LocalDate from, LocalDate to, LocalDate today,
      Function<LocalDate, String> monthLabel) {
    int width = WIDTH;
    int lineHeight = 16;
    int top = 4;
    int left = 2;
    int right = 2;
    int plotW = width - left - right;
    List<List<String>> labels = new ArrayList<>();
    int height = top + 30;
    for (int i = 0; i < spans.size(); i++) {
      List<String> lines = wrap((i + 1) + ". " + spans.get(i).label(), LINE_CHARS, MAX_LINES);
      labels.add(lines);
      height += lines.size() * lineHeight + 28;
    }
    long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    ToDoubleFunction<LocalDate> x = d -> left
        + Math.max(0, Math.min(days, ChronoUnit.DAYS.between(from, d)))
        * (double) plotW / days;
    StringBuilder svg = open(id, title, description, width, height);
    double y = top;
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      List<String> lines = labels.get(i);
      svg.append("<text class=\"chart-label\">");
      for (int k = 0; k < lines.size(); k++) {
        svg.append(String.format(Locale.ROOT, "<tspan x=\"%d\" y=\"%.1f\">%s</tspan>", left,
            y + 12 + k * lineHeight, escape(lines.get(k))));
      }
      svg.append("</text>");
      double bars = y + lines.size() * lineHeight + 2;
      svg.append(String.format(Locale.ROOT,
          "<rect class=\"chart-planned-span\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"10\"/>",
          x.applyAsDouble(s.plannedStart()), bars,
          Math.max(2, x.applyAsDouble(s.plannedEnd()) - x.applyAsDouble(s.plannedStart()))));
      if (s.actualStart() != null) {
        LocalDate end = s.actualEnd() != null ? s.actualEnd() : today;
        svg.append(String.format(Locale.ROOT,
            "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"8\"/>",
            escape(s.cssClass()), x.applyAsDouble(s.actualStart()), bars + 12,
            Math.max(2, x.applyAsDouble(end) - x.applyAsDouble(s.actualStart()))));
      }
      y += lines.size() * lineHeight + 28;
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

  /**
   * {@code text} in lines of at most {@code chars} characters, broken between words (a word
   * longer than a line is cut); past {@code maxLines} the last line ends with an ellipsis.
   * Every line but the last keeps its trailing space, so the lines read back as the text.
   */
  static List<String> wrap(String text, int chars, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      while (word.length() > chars) { // a word longer than a line: cut it
        if (line.length() > 0) {
          lines.add(line.append(' ').toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, chars));
        word = word.substring(chars);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > chars) {
        lines.add(line.append(' ').toString());
        line.setLength(0);
      } else if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      String last = lines.get(maxLines - 1).stripTrailing();
      lines = new ArrayList<>(lines.subList(0, maxLines - 1));
      lines.add((last.length() >= chars ? last.substring(0, chars - 1) : last) + "…");
    }
    return lines;
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
    svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(Math.round(w * SCALE)).append("\" height=\"").append(Math.round(h * SCALE))
        .append("\" viewBox=\"0 0 ")
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
