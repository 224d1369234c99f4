package org.acta.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.acta.html.Svg;
import org.acta.html.TrustedHtml;
import org.acta.markdown.MarkdownRenderer;
import org.acta.model.Markdown;
import org.acta.model.Text;

/**
 * Exposes the model's records to templates ({@code minute.title}, {@code c.progress}) and turns
 * every {@link Markdown} value into sanitised HTML, so templates print it with plain
 * {@code ${...}} and auto-escaping never double-escapes nor lets raw markup through.
 */
final class ContentObjectWrapper extends DefaultObjectWrapper {
  private final MarkdownRenderer markdown;
  /**
   * Per thread, the last body read from its file and what identifies it: a page's versions
   * render one after another on one thread, and an untranslated body is read once for all.
   */
  private final ThreadLocal<Object[]> lastRead = ThreadLocal.withInitial(() -> new Object[2]);

  ContentObjectWrapper(MarkdownRenderer markdown) {
    super(configuration(), true);
    this.markdown = markdown;
  }

  private static DefaultObjectWrapperBuilder configuration() {
    DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
    b.setDefaultZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    b.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    b.setIterableSupport(true);
    b.setForceLegacyNonListCollections(false);
    return b;
  }

  /**
   * The model's own values first, by exact class: the wrapper otherwise tests each against a
   * dozen interfaces before {@link #handleUnknownType}, and on Java 17 such tests on several
   * threads at once contend for one cache line per class (JDK-8180450), which profiled as a
   * tenth of template time. Records and enums get a {@link RecordModel}, which reads their
   * properties without reflection.
   */
  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    if (obj != null) {
      Class<?> type = obj.getClass();
      if (type == String.class) {
        return new SimpleScalar((String) obj);
      }
      if (type == Text.class || type == Markdown.class || type == Svg.class
          || type == TrustedHtml.class) {
        return handleUnknownType(obj);
      }
      RecordProperties properties = RecordProperties.of(type);
      if (properties != null) {
        return new RecordModel(obj, this, properties);
      }
    }
    return super.wrap(obj);
  }

  private String source(Markdown m) {
    Object id = m.identity();
    if (id instanceof String held) {
      return held;
    }
    Object[] last = lastRead.get();
    if (last[0] != id) {
      last[1] = m.source();
      last[0] = id;
    }
    return (String) last[1];
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj instanceof Markdown m) {
      String html = markdown.render(source(m));
      // An original shown in a translated page: its language, for screen readers. The code
      // comes from site.yaml, validated as two or three lowercase letters.
      return HTMLOutputFormat.INSTANCE.fromMarkup(m.language() == null ? html
          : "<div lang=\"" + m.language() + "\">" + html + "</div>");
    }
    if (obj instanceof Text text) {
      // A plain string to templates; its language is read through 'untranslated'.
      return new SimpleScalar(text.value());
    }
    if (obj instanceof Svg svg) {
      return HTMLOutputFormat.INSTANCE.fromMarkup(svg.markup());
    }
    if (obj instanceof TrustedHtml html) {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html.markup());
    }
    return super.handleUnknownType(obj);
  }
}
