package org.acta.paths;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every address rule of the site, as a reader's browser and a web host see it. */
class SitePathsTest {

  @Test
  void pagesOfEachKindLiveInTheirFolders() {
    assertThat(SitePaths.minute(2018, "2018-05-08-sesion")).isEqualTo(
        "minutes/2018/2018-05-08-sesion/");
    assertThat(SitePaths.minutesYear(2019)).isEqualTo("minutes/2019/");
    assertThat(SitePaths.plan("2018-2020")).isEqualTo("plans/2018-2020/");
    assertThat(SitePaths.planDashboard("2018-2020")).isEqualTo("plans/2018-2020/dashboard/");
    assertThat(SitePaths.planEvidence("p")).isEqualTo("plans/p/evidence/");
    assertThat(SitePaths.planConsultation("p")).isEqualTo("plans/p/consultation/");
    // An input is read on the page of 100 that holds it; page 1 keeps the old address.
    assertThat(SitePaths.consultationInput("p", 0, "c001"))
        .isEqualTo("plans/p/consultation/#input-c001");
    assertThat(SitePaths.consultationInput("p", 99, "c100"))
        .isEqualTo("plans/p/consultation/#input-c100");
    assertThat(SitePaths.consultationInput("p", 100, "c101"))
        .isEqualTo("plans/p/consultation/2/#input-c101");
    assertThat(SitePaths.consultationByResponse("p", "accepted", 2))
        .isEqualTo("plans/p/consultation/accepted/2/");
    assertThat(SitePaths.consultationByCommitment("p", "c1", 1))
        .isEqualTo("plans/p/consultation/commitments/c1/");
    assertThat(SitePaths.minutesYear(2019, 1)).isEqualTo("minutes/2019/");
    assertThat(SitePaths.minutesYear(2019, 2)).isEqualTo("minutes/2019/2/");
    assertThat(SitePaths.planData("p")).isEqualTo("plans/p/data/");
    assertThat(SitePaths.commitment("p", "datos-abiertos"))
        .isEqualTo("plans/p/commitments/datos-abiertos/");
    assertThat(SitePaths.newsletter("2019-07-n1")).isEqualTo("newsletters/2019-07-n1/");
    assertThat(SitePaths.newsletterEmail("2019-07-n1"))
        .isEqualTo("newsletters/2019-07-n1/email.html");
    assertThat(SitePaths.newsletterText("2019-07-n1"))
        .isEqualTo("newsletters/2019-07-n1/email.txt");
    assertThat(SitePaths.institution("segpres")).isEqualTo("institutions/segpres/");
    assertThat(SitePaths.sdg(16)).isEqualTo("sdgs/16/");
    assertThat(SitePaths.value("civic-participation")).isEqualTo("values/civic-participation/");
    assertThat(SitePaths.theme("salud")).isEqualTo("themes/salud/");
    assertThat(SitePaths.sitemapPart(2)).isEqualTo("sitemap-2.xml");
  }

  @Test
  void aFolderPageIsWrittenAsItsIndexAndAFileAsItself() {
    assertThat(SitePaths.outputFile("", SitePaths.HOME)).isEqualTo("index.html");
    assertThat(SitePaths.outputFile("", "minutes/")).isEqualTo("minutes/index.html");
    assertThat(SitePaths.outputFile("", SitePaths.NOT_FOUND)).isEqualTo("404.html");
    assertThat(SitePaths.outputFile("en/", "minutes/")).isEqualTo("en/minutes/index.html");
    assertThat(SitePaths.outputFile("en/", SitePaths.HOME)).isEqualTo("en/index.html");
    assertThat(SitePaths.outputFile("en/", SitePaths.newsletterEmail("n")))
        .isEqualTo("en/newsletters/n/email.html");
  }

  @Test
  void theMainLanguageIsAtTheRootAndOthersInTheirTree() {
    assertThat(SitePaths.tree("es", "es")).isEmpty();
    assertThat(SitePaths.tree("en", "es")).isEqualTo("en/");
  }

  @Test
  void relativeLinksLeadBackToTheTreeAndToTheSiteRoot() {
    assertThat(SitePaths.root(SitePaths.HOME)).isEqualTo("./");
    assertThat(SitePaths.root("minutes/")).isEqualTo("../");
    assertThat(SitePaths.root("minutes/2018/2018-05-08-sesion/")).isEqualTo("../../../");
    assertThat(SitePaths.root(SitePaths.NOT_FOUND)).isEqualTo("./");
    // The main language's shared files are where its pages' home is.
    assertThat(SitePaths.siteRoot("", "plans/p/")).isEqualTo("../../");
    // Another language's pages climb out of its tree too.
    assertThat(SitePaths.siteRoot("en/", SitePaths.HOME)).isEqualTo("../");
    assertThat(SitePaths.siteRoot("en/", "plans/p/")).isEqualTo("../../../");
  }
}
