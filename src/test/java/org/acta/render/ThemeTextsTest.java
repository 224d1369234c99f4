package org.acta.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.diagnostics.Problems;
import org.acta.markdown.MarkdownRenderer;
import org.acta.model.Untranslated;
import org.acta.pages.Page;
import org.acta.pages.PageData.SearchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's texts read by templates as Freemarker's map adapter read them. */
class ThemeTextsTest {
  @TempDir Path theme;

  @Test
  void everyKeyOfBothLanguagesReadsTheSameStringAsThroughFreemarkersMapAdapter()
      throws Exception {
    ContentObjectWrapper wrapper = new ContentObjectWrapper(new MarkdownRenderer());
    for (String language : List.of("es", "en")) {
      Map<String, String> messages = new Theme(null).messages(language);
      ThemeTexts texts = new ThemeTexts(messages);
      TemplateHashModel before = (TemplateHashModel) wrapper.wrap(new HashMap<>(messages));
      TemplateHashModel now = (TemplateHashModel) wrapper.wrap(texts);

      assertThat(now).isSameAs(texts);
      assertThat(messages).as(language).hasSizeGreaterThan(300);
      for (String key : messages.keySet()) {
        assertThat(string(now.get(key))).as(language + " " + key)
            .isEqualTo(string(before.get(key))).isEqualTo(messages.get(key));
      }
      assertThat(now.get("no.such.key")).isNull();
      assertThat(before.get("no.such.key")).isNull();
      assertThat(texts).as("the same map to Java").isEqualTo(messages);
    }
  }

  @Test
  void aKeyTheThemeDoesNotHaveIsMissingInTemplatesAsBefore() throws Exception {
    Map<String, String> messages = Map.of("greeting", "Hola <b>");
    assertThat(render("${t.greeting}|${t['greeting']}|${t['nope']!'default'}|${(t['nope']??)?c}|"
        + "${t?has_content?c}", messages, new Problems()))
        .isEqualTo("Hola &lt;b&gt;|Hola &lt;b&gt;|default|false|true");
    Problems problems = new Problems();
    assertThat(render("<p>\n${t['nope']}</p>", messages, problems)).isNull();
    assertThat(problems.all()).singleElement().satisfies(p -> {
      assertThat(p.position().line()).isEqualTo(2);
      assertThat(p.message()).contains("nope");
    });
  }

  private String render(String template, Map<String, String> messages, Problems problems)
      throws Exception {
    Files.writeString(theme.resolve("probe.ftlh"), template);
    TemplateEngine engine = new TemplateEngine(new Theme(theme), "es", new MarkdownRenderer(),
        "templates/");
    SiteContext context = new SiteContext(null, null, LocalDate.of(2020, 1, 15), Map.of(),
        Map.of(), List.of(), new ThemeTexts(messages), new Formats("es"), null, "full", null,
        null, "/", "", false, List.of(), Untranslated.NONE,
        OriginalText.text(Untranslated.NONE, false), OriginalText.shown(Untranslated.NONE, false),
        "Español", SiteLinks.SITE, new SiteMenu(true, true, true, true, true));
    return engine.render(new Page("search/", "probe.ftlh", new SearchPage(), null), context,
        problems).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
  }

  private static String string(TemplateModel model) throws Exception {
    return ((TemplateScalarModel) model).getAsString();
  }
}
