package org.acta.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consultation of 250 inputs (generated here: every third accepted into the fixture's
 * commitment, every fifth of the rest not accepted, the others partially accepted; a plan past
 * co-creation has no unanswered input) split into pages of
 * 100: the first page keeps the old address and anchors, every link to an input leads to the
 * page that holds it, and the inputs are counted and filtered by response and by commitment.
 */
class ConsultationPartsTest {
  static final String PLAN = "plans/2019-2021/";
  static final String CONSULTATION = PLAN + "consultation/";
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    ContentFixture content = ContentFixture.copyOf("base", tmp);
    for (int i = 1; i <= 250; i++) {
      String id = String.format("i%03d", i);
      String response = i % 3 == 0 ? """
          response:
            outcome: accepted
            reason: Se incorpora.
            commitments: [datos-abiertos]
          """ : i % 5 == 0 ? """
          response:
            outcome: not-accepted
            reason: Fuera del alcance del plan.
          """ : """
          response:
            outcome: partially-accepted
            reason: Se considera en parte.
          """;
      content.write(CONSULTATION + id + ".yaml", "date: 2019-01-15\nchannel: web\ntext: Aporte "
          + "generado número " + i + " palabra" + id + ".\n" + response);
    }
    site = tmp.resolve("site");
    TestSites.buildOk(content.root(), site);
  }

  private static Document page(String path) throws Exception {
    return TestSites.page(site, path);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Element row(Document page, String id) {
    return page.getElementById("input-" + id);
  }

  @Test
  void allInputsArePaginatedAndTheFirstPageKeepsTheOldAddress() throws Exception {
    Document first = page(CONSULTATION);
    Document third = page(CONSULTATION + "3/");
    assertThat(first.select("table.consultation tbody tr")).hasSize(100);
    assertThat(page(CONSULTATION + "2/").select("table.consultation tbody tr")).hasSize(100);
    assertThat(third.select("table.consultation tbody tr")).hasSize(50);
    assertThat(site.resolve(CONSULTATION + "4/index.html")).doesNotExist();
    // Old links to the first inputs still land on their row.
    assertThat(row(first, "i001")).isNotNull();
    assertThat(row(first, "i100")).isNotNull();
    assertThat(row(third, "i250").text()).contains("palabrai250");
    // The page list says which ids each page holds, for older links to later inputs.
    Element pager = first.selectFirst("nav.pager");
    assertThat(pager.text()).contains("1–100", "101–200", "i101 … i200", "201–250",
        "i201 … i250");
    assertThat(pager.select("a").eachAttr("href")).containsExactly(
        "../../../plans/2019-2021/consultation/2/", "../../../plans/2019-2021/consultation/3/");
    assertThat(first.selectFirst("dl.facts").text()).contains("250");
  }

  @Test
  void inputsAreCountedAndFilteredByResponse() throws Exception {
    Document first = page(CONSULTATION);
    Element byResponse = first.selectFirst("section[aria-labelledby=sec-by-response]");
    // 83 multiples of 3 accepted; 50 multiples of 5 less the 16 of 15 not accepted.
    assertThat(byResponse.select("tbody tr").eachText()).containsExactly(
        "Todos los aportes 250", "Aceptado 83", "Aceptado parcialmente 133", "No aceptado 34",
        "Sin respuesta 0");
    assertThat(byResponse.select("a").eachAttr("href")).containsExactly(
        "../../../plans/2019-2021/consultation/accepted/",
        "../../../plans/2019-2021/consultation/partially-accepted/",
        "../../../plans/2019-2021/consultation/not-accepted/");
    assertThat(byResponse.select("[aria-current=page]").text()).isEqualTo("Todos los aportes");
  }

  @Test
  void aFilteredListIsPaginatedAndLinksEachInputToItsPlaceAmongAll() throws Exception {
    Document partial = page(CONSULTATION + "partially-accepted/");
    Document second = page(CONSULTATION + "partially-accepted/2/");
    assertThat(partial.select("table.consultation tbody tr")).hasSize(100);
    assertThat(second.select("table.consultation tbody tr")).hasSize(33);
    assertThat(partial.selectFirst("h1").text()).contains("Aceptado parcialmente");
    assertThat(second.select("[aria-current=page]").eachText())
        .contains("101–133", "Aceptado parcialmente");
    // i188 is the 101st partially accepted input; it is read on page 2 of all inputs.
    Element i188 = row(second, "i188");
    assertThat(i188.selectFirst("th a").attr("href"))
        .isEqualTo("../../../../../plans/2019-2021/consultation/2/#input-i188");
    assertThat(site.resolve(CONSULTATION + "unanswered/index.html")).doesNotExist();
  }

  @Test
  void aCommitmentsInputsHaveTheirListAndLinkToTheirPages() throws Exception {
    Document forCommitment = page(CONSULTATION + "commitments/datos-abiertos/");
    assertThat(forCommitment.select("table.consultation tbody tr")).hasSize(83);
    assertThat(forCommitment.select("section[aria-labelledby=sec-by-commitment] tbody tr")
        .eachText()).containsExactly("Datos abiertos de prueba 83");
    Document commitment = page(PLAN + "commitments/datos-abiertos/");
    Element inputs = commitment.selectFirst("section[aria-labelledby=sec-inputs]");
    assertThat(inputs.select("li a").eachAttr("href")).hasSize(83)
        .contains("../../../../plans/2019-2021/consultation/#input-i003",
            "../../../../plans/2019-2021/consultation/3/#input-i249");
    assertThat(inputs.select("p a").attr("href"))
        .isEqualTo("../../../../plans/2019-2021/consultation/commitments/datos-abiertos/");
  }

  @Test
  void searchLeadsToThePageThatHoldsTheInput() throws Exception {
    try (Stream<Path> docs = Files.list(site.resolve("search-index/d"))) {
      assertThat(docs.map(ConsultationPartsTest::read).filter(d -> d.contains("palabrai249")))
          .singleElement().asString()
          .contains("\"plans/2019-2021/consultation/3/#input-i249\"");
    }
  }
}
