package org.acta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme's {@code text} and {@code originalShown}, in Java, print and answer what the
 * template function they replace did, field by field, in the main and a translated version.
 */
class OriginalTextTest {
  /** The function as layout.ftlh defined it before it moved to Java. */
  private static final String TEMPLATE_TEXT = "<#function oldText item field><#if translating"
      + " && untranslated.field(item, field)><#return ('<span lang=\"' + untranslated.original"
      + " + '\">')?no_esc + item[field] + '</span>'?no_esc></#if><#return item[field]>"
      + "</#function>";

  private static final Minute UNTRANSLATED = new Minute("2018-05-08-sesion",
      new Text("Sesión <b>1</b> & \"otra\"", "es"), LocalDate.of(2018, 5, 8), null,
      LocalTime.of(10, 0), null, new Text("Sala 'A'", "es"), MeetingKind.ORDINARY, true,
      Attendees.NONE, List.of(new Text("Punto", "es")), List.of(), List.of(),
      new Markdown("Hola *mundo*", "es"), List.of(), Position.ofFile("content/minutes/x.md"));
  private static final Minute TRANSLATED = new Minute("2018-05-09-session",
      new Text("Session <i>2</i>", null), LocalDate.of(2018, 5, 9), null, LocalTime.of(9, 30), null,
      new Text("Room B", null), MeetingKind.ORDINARY, false, Attendees.NONE,
      List.of(new Text("Item", null)), List.of(), List.of(), new Markdown("Hello *world*"),
      List.of(), Position.ofFile("content/minutes/y.md"));

  @TempDir Path theme;

  @Test
  void everyFieldPrintsAndAnswersAsTheTemplateFunctionDid() throws Exception {
    String probe = TEMPLATE_TEXT + "<#list ['title', 'location', 'body', 'slug', 'path', 'kind',"
        + " 'date', 'start'] as f>[${oldText(minute, f)}]@@[${originalText(minute, f)}]##</#list>"
        + "<#list ['title', 'location', 'body', 'agenda', 'agreements', 'slug', 'path', 'kind',"
        + " 'endDate', 'noSuchField'] as f>${(translating && untranslated.field(minute, f))?c}@@"
        + "${originalShown(minute, f)?c}##</#list>"
        + "${(translating && untranslated.field(minute.kind, 'keyword'))?c}@@"
        + "${originalShown(minute.kind, 'keyword')?c}##"
        + "${(translating && untranslated.field('text', 'x'))?c}@@${originalShown('text', 'x')?c}";
    int marked = 0;
    for (Minute minute : List.of(UNTRANSLATED, TRANSLATED)) {
      for (String tree : List.of("", "en/")) {
        Untranslated untranslated = tree.isEmpty() ? Untranslated.NONE : new Untranslated("es");
        Problems problems = new Problems();
        String out = render(probe, minute, tree, untranslated, problems);
        assertThat(problems.all()).as(tree + minute.slug()).isEmpty();
        for (String line : out.split("##")) {
          String[] halves = line.split("@@", 2);
          assertThat(halves[1]).as(tree + minute.slug() + ": " + line).isEqualTo(halves[0]);
          marked += line.startsWith("[<span lang=\"es\">") ? 1 : 0;
        }
      }
    }
    // The untranslated minute's title, location and body in the translated version.
    assertThat(marked).isEqualTo(3);
    assertThat(render("${originalText(minute, 'title')}", UNTRANSLATED, "en/",
        new Untranslated("es"), new Problems()))
        .isEqualTo("<span lang=\"es\">Sesión &lt;b&gt;1&lt;/b&gt; &amp; &quot;otra&quot;</span>");
  }

  @Test
  void aMissingFieldIsStillATemplateErrorAtItsLine() throws Exception {
    for (String tree : List.of("", "en/")) {
      Problems problems = new Problems();
      String out = render("<p>\n${originalText(minute, 'endDate')}</p>", UNTRANSLATED, tree,
          tree.isEmpty() ? Untranslated.NONE : new Untranslated("es"), problems);
      assertThat(out).isNull();
      assertThat(problems.all()).singleElement().satisfies(p -> {
        assertThat(p.position().line()).isEqualTo(2);
        assertThat(p.message()).contains("endDate");
      });
    }
  }

  private String render(String template, Minute minute, String tree, Untranslated untranslated,
      Problems problems) throws Exception {
    Files.writeString(theme.resolve("probe.ftlh"), template);
    TemplateEngine engine = new TemplateEngine(new Theme(theme), "es", new MarkdownRenderer(),
        "templates/");
    SiteContext context = new SiteContext(null, null, LocalDate.of(2020, 1, 15), Map.of(),
        Map.of(), List.of(), Map.of(), new Formats("es"), null, "full", null, null, "/", tree,
        !tree.isEmpty(), List.of(), untranslated,
        OriginalText.text(untranslated, !tree.isEmpty()),
        OriginalText.shown(untranslated, !tree.isEmpty()), "Español", SiteLinks.SITE,
        new SiteMenu(true, true, true, true, true));
    Page page = new Page(minute.path(), "probe.ftlh",
        new MinutePage(minute, null, null, null, List.of(), List.of(), null), null);
    return engine.render(page, context, problems)
        .map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
  }
}
