package org.acta.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.acta.pages.Page;
import org.acta.paths.SitePaths;

/**
 * The names one template sees, from typed values only: the components of its page's record,
 * then those of the {@link SiteContext}, then where the page is ({@code root}, {@code path},
 * {@code siteRoot}). A name none of them has is undefined, as in any Freemarker data model.
 * Each name is read and wrapped once per page: a template asks for {@code t}, {@code fmt} or
 * {@code minute} dozens of times.
 */
final class PageModel implements TemplateHashModel {
  private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

  /** Each record class's component accessors by name, found once per class. */
  private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
    @Override
    protected Map<String, MethodHandle> computeValue(Class<?> type) {
      Map<String, MethodHandle> accessors = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) {
        try {
          accessors.put(c.getName(),
              MethodHandles.publicLookup().unreflect(c.getAccessor()).asType(READER));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("a page record must be public: " + type.getName(), e);
        }
      }
      return Map.copyOf(accessors);
    }
  };

  private final ObjectWrapper wrapper;
  private final Page page;
  private final SiteContext context;
  /** What each name asked for so far reads as; a name that has none is held as null. */
  private final Map<String, TemplateModel> read = new HashMap<>();

  PageModel(ObjectWrapper wrapper, Page page, SiteContext context) {
    this.wrapper = wrapper;
    this.page = page;
    this.context = context;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    TemplateModel model = read.get(key);
    if (model == null && !read.containsKey(key)) {
      model = find(key);
      read.put(key, model);
    }
    return model;
  }

  private TemplateModel find(String key) throws TemplateModelException {
    switch (key) {
      case "root":
        return new SimpleScalar(SitePaths.root(page.path()));
      case "path":
        return new SimpleScalar(page.path());
      case "siteRoot":
        return new SimpleScalar(SitePaths.siteRoot(context.tree(), page.path()));
      default:
        break;
    }
    MethodHandle accessor = COMPONENTS.get(page.data().getClass()).get(key);
    if (accessor != null) {
      return wrapper.wrap(read(accessor, key, page.data()));
    }
    accessor = COMPONENTS.get(SiteContext.class).get(key);
    return accessor == null ? null : wrapper.wrap(read(accessor, key, context));
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  private static Object read(MethodHandle accessor, String name, Object record)
      throws TemplateModelException {
    try {
      return accessor.invokeExact(record);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      throw new TemplateModelException("cannot read " + name, e);
    }
  }
}
