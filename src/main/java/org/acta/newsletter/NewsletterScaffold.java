package org.acta.newsletter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the next newsletter's file: the next number, and a period that starts the day after
 * the previous newsletter's period ended (or six months back for the first) and ends on the
 * last day of the month before the newsletter's date.
 */
public final class NewsletterScaffold {
  private static final Pattern NUMBER = Pattern.compile("(?m)^number:\\s*([0-9]+)\\s*$");
  private static final Pattern PERIOD_END =
      Pattern.compile("(?ms)^period:\\s*$.*?^\\s+end:\\s*'?\"?([0-9]{4}-[0-9]{2}-[0-9]{2})");

  private NewsletterScaffold() {}

  /** What was found about earlier newsletters. */
  record Previous(int number, LocalDate periodEnd) {}

  public static Path write(Path content, LocalDate date) throws IOException {
    Path dir = content.resolve("newsletters");
    Optional<Previous> previous = latest(dir);
    int number = previous.map(p -> p.number() + 1).orElse(1);
    LocalDate end = YearMonth.from(date).minusMonths(1).atEndOfMonth();
    LocalDate start = previous.map(p -> p.periodEnd().plusDays(1))
        .orElse(YearMonth.from(end).minusMonths(5).atDay(1));
    if (start.isAfter(end)) {
      throw new IOException("newsletter " + previous.get().number() + " already covers up to "
          + previous.get().periodEnd() + "; a new one needs a later --date.");
    }
    Path file = dir.resolve(YearMonth.from(date) + "-boletin-" + number + ".md");
    if (Files.exists(file)) {
      throw new IOException(file + " already exists.");
    }
    Files.createDirectories(dir);
    Files.writeString(file, text(number, date, start, end), StandardCharsets.UTF_8);
    return file;
  }

  static Optional<Previous> latest(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> md = files.filter(p -> p.toString().endsWith(".md")).toList();
      Previous best = null;
      for (Path p : md) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        Matcher n = NUMBER.matcher(text);
        Matcher e = PERIOD_END.matcher(text);
        if (n.find() && e.find()) {
          Previous candidate = new Previous(Integer.parseInt(n.group(1)),
              LocalDate.parse(e.group(1)));
          if (best == null || Comparator.comparingInt(Previous::number).compare(candidate, best)
              > 0) {
            best = candidate;
          }
        }
      }
      return Optional.ofNullable(best);
    }
  }

  private static String text(int number, LocalDate date, LocalDate start, LocalDate end) {
    return "---\n"
        + "number: " + number + "\n"
        + "title: \"Boletín n.º " + number + "\"\n"
        + "date: " + date + "\n"
        + "# El período que cubre: las secciones de avance y actividad se calculan para él.\n"
        + "period:\n"
        + "  start: " + start + "\n"
        + "  end: " + end + "\n"
        + "# summary: Una línea que resume el boletín.\n"
        + "# Compromisos destacados (ids de content/plans/<plan>/commitments/):\n"
        + "featured_commitments: []\n"
        + "# Funcionarios destacados: el nombre tal como aparece en 'officials' del compromiso.\n"
        + "featured_officials: []\n"
        + "#  - commitment: transparencia-municipal\n"
        + "#    name: María José Pérez Lagos\n"
        + "---\n\n"
        + "Escriba aquí la presentación del boletín. Acta agrega después el avance del período,\n"
        + "los funcionarios destacados y la actividad de la Mesa.\n";
  }
}
