package org.acta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.markdown.MarkdownRenderer;
import org.acta.model.Attendees;
import org.acta.model.Markdown;
import org.acta.model.MeetingKind;
import org.acta.model.Minute;
import org.acta.model.Text;
import org.acta.model.Untranslated;
import org.acta.pages.Page;
import org.acta.pages.PageData.MinutePage;
import org.acta.pages.PageData.SearchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a template sees of a typed page, and how the engine reports a template's mistakes. */
class TemplateEngineTest {
  @TempDir Path theme;

  private static final Minute MINUTE = new Minute("2018-05-08-sesion",
      new Text("Sesión <b>1</b>", "es"), LocalDate.of(2018, 5, 8), null, null, null, null,
      MeetingKind.ORDINARY, true, Attendees.NONE, List.of(), List.of(), List.of(),
      new Markdown("Hola *mundo*"), List.of(), Position.ofFile("content/minutes/2018/x.md"));

  private static SiteContext context(String tree, Untranslated untranslated) {
    return new SiteContext(null, null, LocalDate.of(2020, 1, 15), Map.of(), Map.of(), List.of(),
        Map.of("greeting", "Hola"), new Formats("es"), null, "full", null, null, "/", tree,
        !tree.isEmpty(), List.of(), untranslated,
        OriginalText.text(untranslated, !tree.isEmpty()),
        OriginalText.shown(untranslated, !tree.isEmpty()), "Español", SiteLinks.SITE,
        new SiteMenu(true, true, true, true, true));
  }

  private String render(String template, Page page, SiteContext context, Problems problems)
      throws Exception {
    Files.writeString(theme.resolve("probe.ftlh"), template);
    TemplateEngine engine = new TemplateEngine(new Theme(theme), "es", new MarkdownRenderer(),
        "templates/");
    Optional<byte[]> html = engine.render(page, context, problems);
    return html.map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
  }

  @Test
  void aTemplateSeesItsPageRecordTheSharedContextAndWhereThePageIs() throws Exception {
    Page page = new Page(MINUTE.path(), "probe.ftlh",
        new MinutePage(MINUTE, null, null, null, List.of(), List.of(), null), MINUTE.source());
    String out = render("${minute.title}|${t.greeting}|${path}|${root}|${siteRoot}|"
        + "<#if previous??>p<#else>none</#if>|${minute.body}", page, context("", Untranslated.NONE),
        new Problems());
    assertThat(out).isEqualTo("Sesión &lt;b&gt;1&lt;/b&gt;|Hola|minutes/2018/2018-05-08-sesion/|"
        + "../../../|../../../|none|<p>Hola <em>mundo</em></p>\n");
  }

  @Test
  void aTranslatedVersionLinksToSharedFilesAboveItsTreeAndReadsUntranslatedMarks()
      throws Exception {
    Page page = new Page(MINUTE.path(), "probe.ftlh",
        new MinutePage(MINUTE, null, null, null, List.of(), List.of(), null), null);
    String out = render("${siteRoot}|${untranslated.field(minute, 'title')?c}|"
        + "${untranslated.status(minute)}", page, context("en/", new Untranslated("es")),
        new Problems());
    // The title shows the Spanish original, the body is the version's own: partly translated.
    assertThat(out).isEqualTo("../../../../|true|partial");
  }

  @Test
  void aNameNoRecordHasIsATemplateErrorAtItsLine() throws Exception {
    Problems problems = new Problems();
    Page page = new Page("search/", "probe.ftlh", new SearchPage(), null);
    String out = render("<p>\n${minute.title}</p>", page, context("", Untranslated.NONE),
        problems);
    assertThat(out).isNull();
    assertThat(problems.all()).singleElement().satisfies(p -> {
      assertThat(p.position().file()).isEqualTo("templates/probe.ftlh");
      assertThat(p.position().line()).isEqualTo(2);
      assertThat(p.message()).contains("/search/").contains("minute");
    });
  }

  @Test
  void aPropertyTheRecordDoesNotHaveIsATemplateErrorAtItsLine() throws Exception {
    Problems problems = new Problems();
    Page page = new Page(MINUTE.path(), "probe.ftlh",
        new MinutePage(MINUTE, null, null, null, List.of(), List.of(), null), null);
    String out = render("${minute.title} ${minute.path()}\n${minute.subtitle}", page,
        context("", Untranslated.NONE), problems);
    assertThat(out).isNull();
    assertThat(problems.all()).singleElement().satisfies(p -> {
      assertThat(p.position().line()).isEqualTo(2);
      assertThat(p.message()).contains("minute.subtitle");
    });
  }

  @Test
  void aRecordsPropertiesMethodsAndListsReadAsFreemarkerShowsThem() throws Exception {
    Problems problems = new Problems();
    Page page = new Page(MINUTE.path(), "probe.ftlh",
        new MinutePage(MINUTE, null, null, null, List.of(), List.of(), null), null);
    String out = render("${minute.path}=${minute.path()}|${minute.kind.keyword}|"
        + "${minute.agreements?size}|${minute.openToPublic?c}|${minute?has_content?c}|"
        + "${minute.attendees.count}|${minute.year?c}|${minute['slug']}", page,
        context("", Untranslated.NONE), problems);
    assertThat(problems.all()).isEmpty();
    assertThat(out).isEqualTo("minutes/2018/2018-05-08-sesion/=minutes/2018/2018-05-08-sesion/"
        + "|" + MeetingKind.ORDINARY.keyword() + "|0|true|true|0|2018|2018-05-08-sesion");
  }

  @Test
  void aRecordWhoseFileChangedSinceItWasLoadedIsReportedAtThatFile() throws Exception {
    Markdown gone = Markdown.stored(() -> {
      throw new Markdown.Unavailable("content/minutes/2018/x.md",
          Message.of("stored-body.changed-during-the-build"));
    }, false);
    Minute minute = new Minute(MINUTE.slug(), MINUTE.title(), MINUTE.date(), null, null, null,
        null, MeetingKind.ORDINARY, true, Attendees.NONE, List.of(), List.of(), List.of(), gone,
        List.of(), MINUTE.source());
    Page page = new Page(minute.path(), "probe.ftlh",
        new MinutePage(minute, null, null, null, List.of(), List.of(), null), minute.source());
    Problems problems = new Problems();

    String out = render("<h1>${minute.title}</h1>\n${minute.body}", page,
        context("", Untranslated.NONE), problems);

    assertThat(out).isNull();
    assertThat(problems.all()).singleElement().satisfies(p -> {
      assertThat(p.position().file()).as("the content file, not the template")
          .isEqualTo("content/minutes/2018/x.md");
      assertThat(p.code()).isEqualTo("stored-body.changed-during-the-build");
    });
  }
}
