package org.acta.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import org.acta.model.Untranslated;

/**
 * The theme's {@code l.text(item, "field")} (a field, in a span with the original's language
 * when a translated version shows it untranslated) and the test behind its {@code lang} macros
 * ({@code originalShown(item, "field")}), in Java. Templates call them on most lines of a page;
 * as template functions each call cost a function frame, a reflective call of
 * {@link Untranslated#field} and, there, a reflective read of the component (a tenth of the
 * templates' time). Here the component is read by {@link RecordProperties}' generated function
 * and the value printed is the model the template would get from {@code item[field]}.
 */
public final class OriginalText implements TemplateMethodModelEx {
  private final Untranslated untranslated;
  private final boolean translating;
  /** True for {@code text} (returns the field), false for the test (returns a boolean). */
  private final boolean printing;

  private OriginalText(Untranslated untranslated, boolean translating, boolean printing) {
    this.untranslated = untranslated;
    this.translating = translating;
    this.printing = printing;
  }

  /** {@code text(item, field)}: {@code item[field]}, marked when it shows the original. */
  static OriginalText text(Untranslated untranslated, boolean translating) {
    return new OriginalText(untranslated, translating, true);
  }

  /** {@code originalShown(item, field)}: whether this version shows that field untranslated. */
  static OriginalText shown(Untranslated untranslated, boolean translating) {
    return new OriginalText(untranslated, translating, false);
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments)
      throws TemplateModelException {
    String name = printing ? "text" : "originalShown";
    if (arguments.size() != 2 || !(arguments.get(1) instanceof TemplateScalarModel key)) {
      throw new TemplateModelException(name + " takes an item and the name of one of its fields,"
          + " e.g. " + name + "(minute, \"title\")");
    }
    TemplateModel item = (TemplateModel) arguments.get(0);
    String field = key.getAsString();
    boolean shown = shown(item, field);
    if (!printing) {
      return shown ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    }
    TemplateModel value = item instanceof TemplateHashModel hash ? hash.get(field) : null;
    if (value == null) {
      throw new TemplateModelException("text: the item has no value named \"" + field + "\"");
    }
    if (!shown) {
      return value;
    }
    String markup;
    if (value instanceof TemplateHTMLOutputModel html) {
      markup = HTMLOutputFormat.INSTANCE.getMarkupString(html);
    } else if (value instanceof TemplateScalarModel text) {
      markup = HTMLOutputFormat.INSTANCE.escapePlainText(text.getAsString());
    } else {
      throw new TemplateModelException("text: \"" + field + "\" is not a text");
    }
    return HTMLOutputFormat.INSTANCE.fromMarkup(
        "<span lang=\"" + untranslated.original() + "\">" + markup + "</span>");
  }

  /** What {@code translating && untranslated.field(item, field)} answered in the template. */
  private boolean shown(TemplateModel item, String field) {
    if (!translating || !(item instanceof WrapperTemplateModel wrapper)) {
      return false; // a value that is not a record has no field that shows the original
    }
    Object record = wrapper.getWrappedObject();
    if (record == null || !record.getClass().isRecord()) {
      return false;
    }
    RecordProperties properties = RecordProperties.of(record.getClass());
    int i = properties == null ? -1 : properties.componentIndex(field);
    return i < 0 ? untranslated.field(record, field)
        : untranslated.shown(properties.read(i, record));
  }
}
