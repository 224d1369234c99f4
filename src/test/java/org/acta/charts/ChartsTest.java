package org.acta.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.acta.html.Svg;
import org.acta.testing.Xml;
import org.acta.tracking.BurnUp;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build-time SVG charts, read back with a strict XML parser: well-formed, named for
 * assistive technology (role img, labelled by its title and description), and showing the
 * numbers they were given.
 */
class ChartsTest {
  static final String SVG_NS = "http://www.w3.org/2000/svg";
  static final Function<LocalDate, String> MONTH = d -> d.getMonthValue() + "/" + d.getYear();

  private static Element svg(Svg chart) {
    Document doc = Xml.parse(chart.markup());
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
    assertThat(root.getLocalName()).isEqualTo("svg");
    return root;
  }

  private static List<Element> all(Element root, String name) {
    NodeList nodes = root.getElementsByTagNameNS(SVG_NS, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static List<String> texts(Element root, String cssClass) {
    return all(root, "text").stream().filter(t -> t.getAttribute("class").equals(cssClass))
        .map(Element::getTextContent).toList();
  }

  /** The accessible name and description: aria-labelledby points at the title and desc. */
  private static void assertNamed(Element root, String id, String title, String description) {
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
    Element t = all(root, "title").get(0);
    Element d = all(root, "desc").get(0);
    assertThat(t.getAttribute("id")).isEqualTo(id + "-title");
    assertThat(t.getTextContent()).isEqualTo(title);
    assertThat(d.getAttribute("id")).isEqualTo(id + "-desc");
    assertThat(d.getTextContent()).isEqualTo(description);
  }

  @Test
  void barsAreNamedAndShowEveryLabelAndValue() {
    Element root = svg(Charts.bars("by-status", "Compromisos por estado", "3 completos, 1 atrasado",
        List.of(new Bar("Completo", 3, "bar-done"), new Bar("Atrasado", 1, "bar-late")), 0));
    assertNamed(root, "by-status", "Compromisos por estado", "3 completos, 1 atrasado");
    assertThat(texts(root, "chart-label")).containsExactly("Completo", "Atrasado");
    assertThat(texts(root, "chart-value")).containsExactly("3", "1");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 340 96");
  }

  @Test
  void barsAreScaledToTheLargestValueOrTheGivenMaximum() {
    List<Bar> bars = List.of(new Bar("a", 10, "x"), new Bar("b", 5, "x"), new Bar("c", 0, "x"));
    assertThat(barWidths(Charts.bars("s", "t", "d", bars, 0))).containsExactly(300, 150, 0);
    assertThat(barWidths(Charts.bars("s", "t", "d", bars, 20))).containsExactly(150, 75, 0);
  }

  /** Widths of the value bars (not the grey tracks behind them). */
  private static List<Integer> barWidths(Svg chart) {
    return all(svg(chart), "rect").stream()
        .filter(r -> !r.getAttribute("class").equals("chart-track"))
        .map(r -> Integer.parseInt(r.getAttribute("width"))).toList();
  }

  @Test
  void textFromContentIsEscapedAndReadsBackUnchanged() {
    String hostile = "Red <Civil> & \"Abierta\" 'sí'";
    Element root = svg(Charts.bars("x", hostile, hostile + " </desc><script>",
        List.of(new Bar(hostile, 1, "a\" onload=\"alert(1)")), 0));
    assertThat(all(root, "title").get(0).getTextContent()).isEqualTo(hostile);
    assertThat(texts(root, "chart-label")).containsExactly(hostile);
    assertThat(all(root, "script")).isEmpty();
    assertThat(all(root, "rect")).allSatisfy(r -> assertThat(r.hasAttribute("onload")).isFalse());
  }

  @Test
  void noBarsIsStillAWellFormedNamedChart() {
    Element root = svg(Charts.bars("empty", "Sin datos", "Nada que mostrar", List.of(), 0));
    assertNamed(root, "empty", "Sin datos", "Nada que mostrar");
    assertThat(all(root, "rect")).isEmpty();
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 340 52");
  }

  @Test
  void burnUpDrawsPlannedForEveryMonthAndDoneOnlyUpToTheAsOfDate() {
    BurnUp data = new BurnUp(List.of(
        new BurnUp.Point(LocalDate.of(2019, 1, 1), 0, 0),
        new BurnUp.Point(LocalDate.of(2019, 2, 1), 2, 1),
        new BurnUp.Point(LocalDate.of(2019, 3, 1), 3, null),
        new BurnUp.Point(LocalDate.of(2019, 4, 1), 4, null)), 4, 0, 0);
    Element root = svg(Charts.burnUp("burn", "Hitos", "Planificados y cumplidos", data, MONTH,
        "Planificados", "Cumplidos"));
    assertNamed(root, "burn", "Hitos", "Planificados y cumplidos");
    List<Element> lines = all(root, "polyline");
    assertThat(lines).extracting(l -> l.getAttribute("class"))
        .containsExactly("chart-planned", "chart-done");
    assertThat(points(lines.get(0))).hasSize(4);
    assertThat(points(lines.get(1))).hasSize(2);
    // The last planned point is the total: at the top of the plot (y = top margin, 14), at the
    // right edge (x = 340 - 10).
    assertThat(points(lines.get(0)).get(3)).isEqualTo("330.0,14.0");
    List<String> labels = all(root, "text").stream().map(Element::getTextContent).toList();
    assertThat(labels).contains("0", "2", "4", "1/2019", "3/2019", "4/2019", "Planificados",
        "Cumplidos");
  }

  private static List<String> points(Element polyline) {
    String p = polyline.getAttribute("points");
    return p.isEmpty() ? List.of() : List.of(p.split(" "));
  }

  @Test
  void timelineShowsPlannedAndActualSpansAndTodayOnlyWithinThePeriod() {
    LocalDate from = LocalDate.of(2019, 1, 1);
    LocalDate to = LocalDate.of(2019, 12, 31);
    List<Charts.Span> spans = List.of(
        new Charts.Span("Diagnóstico", from, LocalDate.of(2019, 3, 31), from,
            LocalDate.of(2019, 4, 15), "span-done"),
        new Charts.Span("x".repeat(120), LocalDate.of(2019, 4, 1), to, null, null, "span-none"));
    Element within = svg(Charts.timeline("tl", "Cronograma", "Planificado y real", spans, from,
        to, LocalDate.of(2019, 6, 1), MONTH));
    assertNamed(within, "tl", "Cronograma", "Planificado y real");
    // A label too long for three lines of a phone-wide chart ends with an ellipsis.
    assertThat(texts(within, "chart-label"))
        .containsExactly("1. Diagnóstico", "2. " + "x".repeat(83) + "…");
    assertThat(all(within, "rect")).extracting(r -> r.getAttribute("class"))
        .containsExactly("chart-planned-span", "span-done", "chart-planned-span");
    assertThat(all(within, "line")).extracting(l -> l.getAttribute("class"))
        .containsExactly("chart-today");
    assertThat(all(within, "text").stream().map(Element::getTextContent))
        .contains("1/2019", "12/2019");

    Element after = svg(Charts.timeline("tl", "Cronograma", "Planificado y real", spans, from,
        to, LocalDate.of(2020, 6, 1), MONTH));
    assertThat(all(after, "line")).isEmpty();
  }

  /**
   * Every chart is laid out for a phone: its user space is {@link Charts#WIDTH} wide (a 360 px
   * screen shows it at 328 px, keeping 13 px text above 12 px), it asks for 1.25 times that
   * where there is room, and no text starts left of it.
   */
  @Test
  void everyChartFitsAPhone() {
    LocalDate from = LocalDate.of(2019, 1, 1);
    BurnUp data = new BurnUp(List.of(new BurnUp.Point(from, 0, 0),
        new BurnUp.Point(from.plusMonths(1), 2, 1)), 2, 0, 0);
    List<Svg> charts = List.of(
        Charts.bars("b", "t", "d", List.of(new Bar("Completo", 3, "x")), 0),
        Charts.burnUp("u", "t", "d", data, MONTH, "Planificados (acumulado)", "Cumplidos"),
        Charts.timeline("l", "t", "d", List.of(new Charts.Span("Hito", from,
            from.plusMonths(3), null, null, "x")), from, from.plusMonths(6), from, MONTH));
    for (Svg chart : charts) {
      Element root = svg(chart);
      String[] box = root.getAttribute("viewBox").split(" ");
      assertThat(Integer.parseInt(box[2])).isEqualTo(Charts.WIDTH);
      assertThat(Integer.parseInt(root.getAttribute("width"))).isEqualTo(425);
      assertThat(Integer.parseInt(root.getAttribute("height")))
          .isEqualTo(Math.round(Integer.parseInt(box[3]) * 1.25f));
      for (Element text : all(root, "text")) {
        if (text.hasAttribute("x")) {
          assertThat(Double.parseDouble(text.getAttribute("x"))).isBetween(0.0, 340.0);
        }
      }
    }
  }

  @Test
  void labelsWrapBetweenWordsAndEndWithAnEllipsisPastTheLastLine() {
    assertThat(Charts.wrap("Portal único de transparencia municipal", 20, 3))
        .containsExactly("Portal único de ", "transparencia ", "municipal");
    assertThat(Charts.wrap("uno dos tres cuatro cinco seis", 8, 2))
        .containsExactly("uno dos ", "tres…");
    assertThat(Charts.wrap("abcdefghij", 4, 5)).containsExactly("abcd", "efgh", "ij");
    assertThat(Charts.wrap("", 10, 2)).containsExactly("");
    assertThat(String.join("", Charts.wrap("Diagnóstico de cumplimiento de transparencia activa",
        Charts.LINE_CHARS, Charts.MAX_LINES)))
        .isEqualTo("Diagnóstico de cumplimiento de transparencia activa");
  }

  @Test
  void theParserUsedHereRejectsMarkupThatIsNotWellFormed() {
    assertThatThrownBy(() -> Xml.parse("<svg xmlns=\"" + SVG_NS + "\"><title>a & b</title></svg>"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("not well-formed");
  }
}
