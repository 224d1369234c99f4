package org.acta.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.acta.pages.Page;
import org.acta.paths.SitePaths;

/**
 * The names one template sees, from typed values only: the components of its page's record,
 * then those of the {@link SiteContext}, then where the page is ({@code root}, {@code path},
 * {@code siteRoot}). A name none of them has is undefined, as in any Freemarker data model.
 */
final class PageModel implements TemplateHashModel {
  /** Each record class's component accessors by name, found once per class. */
  private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> accessors = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) {
        accessors.put(c.getName(), c.getAccessor());
      }
      return Map.copyOf(accessors);
    }
  };

  private final ObjectWrapper wrapper;
  private final Page page;
  private final SiteContext context;
  // Asked for by every link of the page: made once.
  private final TemplateModel root;
  private final TemplateModel path;
  private final TemplateModel siteRoot;

  PageModel(ObjectWrapper wrapper, Page page, SiteContext context) {
    this.wrapper = wrapper;
    this.page = page;
    this.context = context;
    this.root = new SimpleScalar(SitePaths.root(page.path()));
    this.path = new SimpleScalar(page.path());
    this.siteRoot = new SimpleScalar(SitePaths.siteRoot(context.tree(), page.path()));
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    switch (key) {
      case "root":
        return root;
      case "path":
        return path;
      case "siteRoot":
        return siteRoot;
      default:
        break;
    }
    Method accessor = COMPONENTS.get(page.data().getClass()).get(key);
    if (accessor != null) {
      return wrapper.wrap(read(accessor, page.data()));
    }
    accessor = COMPONENTS.get(SiteContext.class).get(key);
    return accessor == null ? null : wrapper.wrap(read(accessor, context));
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  private static Object read(Method accessor, Object record) throws TemplateModelException {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new TemplateModelException("cannot read " + accessor.getName(), e);
    }
  }
}
