package org.acta.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acta.history.ContentHistory;
import org.acta.html.Svg;
import org.acta.html.TrustedHtml;
import org.acta.load.ContentLoader;
import org.acta.markdown.MarkdownRenderer;
import org.acta.model.Markdown;
import org.acta.model.Minute;
import org.acta.model.MilestoneStatus;
import org.acta.model.Text;
import org.acta.pages.Page;
import org.acta.pages.SitePages;
import org.acta.site.Site;
import org.acta.testing.ContentFixture;
import org.acta.testing.TestDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records and enums read by method handles ({@link RecordModel}) look to templates exactly as
 * Freemarker's own bean model shows them: checked on every record reachable from the pages of
 * the base fixture site.
 */
class RecordModelTest {
  private static final Set<Class<?>> OWN_WRAPPING =
      Set.of(Text.class, Markdown.class, Svg.class, TrustedHtml.class);

  @TempDir Path dir;

  private final ContentObjectWrapper wrapper = new ContentObjectWrapper(new MarkdownRenderer());

  @Test
  void everyPropertyOfEveryRecordOnThePagesReadsAsFreemarkerReadsIt() throws Exception {
    ContentLoader.Loaded loaded = ContentFixture.copyOf("base", dir).check().loaded();
    Site site = new Site(loaded.config(), loaded.institutions(), loaded.minutes(),
        loaded.meetings(), loaded.newsletters(), loaded.plans(), TestDates.TODAY,
        ContentHistory.none(), Map.of(), Map.of());
    List<Page> pages = SitePages.plan(site, null);
    Walk walk = new Walk();
    for (Page page : pages) {
      walk.value(page.data(), 0);
    }
    walk.value(site.config(), 0);

    assertThat(walk.compared).as("properties compared").isGreaterThan(1000);
    assertThat(walk.classes.keySet()).as("page records and model records reached")
        .anyMatch(c -> c.getName().startsWith("org.acta.pages."))
        .anyMatch(c -> c.getName().startsWith("org.acta.model."))
        .anyMatch(c -> c.getName().startsWith("org.acta.tracking."));
  }

  @Test
  void aNameTheRecordDoesNotHaveIsMissingAsBefore() throws Exception {
    Minute minute = loadedMinute();
    TemplateModel model = wrapper.wrap(minute);

    assertThat(model).isInstanceOf(RecordModel.class);
    RecordModel record = (RecordModel) model;
    assertThat(record.get("noSuchField")).isNull();
    assertThat(new GenericObjectModel(minute, wrapper).get("noSuchField")).isNull();
  }

  @Test
  void aPropertyCalledAsAMethodAndARecordPrintedOrPassedBackStayFreemarkers() throws Exception {
    Minute minute = loadedMinute();
    RecordModel record = (RecordModel) wrapper.wrap(minute);

    TemplateModel path = record.getBeforeMethodCall("path");
    assertThat(path).isInstanceOf(TemplateMethodModelEx.class);
    assertThat(((TemplateScalarModel) ((TemplateMethodModelEx) path).exec(List.of()))
        .getAsString()).isEqualTo(minute.path());
    assertThat(record.getAsString()).isEqualTo(minute.toString());
    assertThat(record.isEmpty()).isFalse();
    assertThat(wrapper.unwrap(record)).isSameAs(minute);
    assertThat(((TemplateScalarModel) wrapper.wrap(MilestoneStatus.COMPLETED)).getAsString())
        .isEqualTo(MilestoneStatus.COMPLETED.toString());
  }

  @Test
  void aPropertyIsReadOncePerModel() throws Exception {
    RecordModel record = (RecordModel) wrapper.wrap(loadedMinute());

    assertThat(record.get("attendees")).isSameAs(record.get("attendees"));
  }

  private Minute loadedMinute() {
    return ContentFixture.copyOf("base", dir).check().loaded().minutes().get(0);
  }

  /** Compares both models of each record reached, following records, lists and maps. */
  private final class Walk {
    final Map<Class<?>, Integer> classes = new HashMap<>();
    int compared;

    void value(Object value, int depth) throws TemplateModelException {
      if (value == null || depth > 12) {
        return;
      }
      if (value instanceof Collection<?> items) {
        for (Object item : new ArrayList<>(items).subList(0, Math.min(items.size(), 5))) {
          value(item, depth + 1);
        }
        return;
      }
      if (value instanceof Map<?, ?> map) {
        value(map.values(), depth);
        return;
      }
      if (value instanceof Optional<?> optional) {
        value(optional.orElse(null), depth);
        return;
      }
      Class<?> type = value.getClass();
      if (!(type.isRecord() || type.isEnum()) || !type.getName().startsWith("org.acta.")
          || OWN_WRAPPING.contains(type) || classes.merge(type, 1, Integer::sum) > 8) {
        return;
      }
      RecordProperties properties = RecordProperties.of(type);
      assertThat(properties).as(type.getName() + " is read by method handles").isNotNull();
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          assertThat(properties.names()).as(type.getName() + " components").contains(c.getName());
        }
      }
      RecordModel fast = (RecordModel) wrapper.wrap(value);
      GenericObjectModel freemarkers = new GenericObjectModel(value, wrapper);
      for (String name : properties.names()) {
        TemplateModel expected = freemarkers.get(name);
        TemplateModel actual = fast.get(name);
        same(type.getName() + "." + name, expected, actual);
        compared++;
        if (actual instanceof WrapperTemplateModel w) {
          value(w.getWrappedObject(), depth + 1);
        }
      }
    }

    private void same(String what, TemplateModel expected, TemplateModel actual)
        throws TemplateModelException {
      if (expected == null) {
        assertThat(actual).as(what).isNull();
        return;
      }
      assertThat(actual).as(what).isNotNull();
      assertThat(actual.getClass()).as(what).isEqualTo(expected.getClass());
      if (expected instanceof WrapperTemplateModel w) {
        // Equal, not the same: a method may compute its value on every call (plan.path).
        assertThat(((WrapperTemplateModel) actual).getWrappedObject()).as(what)
            .isEqualTo(w.getWrappedObject());
      } else if (expected instanceof TemplateHTMLOutputModel html) {
        assertThat(HTMLOutputFormat.INSTANCE.getMarkupString((TemplateHTMLOutputModel) actual))
            .as(what).isEqualTo(HTMLOutputFormat.INSTANCE.getMarkupString(html));
      } else if (expected instanceof TemplateScalarModel s) {
        assertThat(((TemplateScalarModel) actual).getAsString()).as(what)
            .isEqualTo(s.getAsString());
      } else if (expected instanceof TemplateNumberModel n) {
        assertThat(((TemplateNumberModel) actual).getAsNumber()).as(what)
            .isEqualTo(n.getAsNumber());
      } else if (expected instanceof TemplateBooleanModel b) {
        assertThat(((TemplateBooleanModel) actual).getAsBoolean()).as(what)
            .isEqualTo(b.getAsBoolean());
      } else if (expected instanceof TemplateDateModel d) {
        assertThat(((TemplateDateModel) actual).getAsDate()).as(what).isEqualTo(d.getAsDate());
      }
    }
  }
}
