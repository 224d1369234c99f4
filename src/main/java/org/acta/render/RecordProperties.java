package org.acta.render;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelAdapter;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/**
 * The properties templates read on one of Acta's records or enums ({@code minute.title},
 * {@code c.path}, {@code status.keyword}): each public zero-argument method, as a generated
 * function (a lambda's code) made once per class. Freemarker's bean model reads the same
 * methods by reflection, through a class introspection lookup, a synchronised member cache
 * and {@code Method.invoke} on every access, which profiled as a tenth of template time.
 *
 * <p>Only a name Freemarker itself reads as a plain property is here: a method that is
 * overloaded, a JavaBeans getter or shares a JavaBeans property's name, or comes from
 * {@code Object}, {@code Record} or {@code Enum}, is left to Freemarker, as are method calls
 * ({@code links.institution(id)}) and every other class.
 */
final class RecordProperties {
  private static final MethodType READER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType FUNCTION = MethodType.methodType(Function.class);

  /** Null for a class Freemarker wraps as something else than a plain bean. */
  private static final ClassValue<RecordProperties> OF_CLASS = new ClassValue<>() {
    @Override
    protected RecordProperties computeValue(Class<?> type) {
      return eligible(type) ? new RecordProperties(type) : null;
    }
  };

  private final Map<String, Integer> index;
  private final List<Function<Object, Object>> readers;
  /** A record's component names (none for an enum). */
  private final Set<String> components;

  private RecordProperties(Class<?> type) {
    Set<String> beanNames = beanNames(type);
    Map<String, Integer> count = new HashMap<>();
    for (Method m : type.getMethods()) {
      count.merge(m.getName(), 1, Integer::sum);
    }
    Map<String, Integer> found = new HashMap<>();
    List<Function<Object, Object>> functions = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (count.get(m.getName()) != 1 || beanNames.contains(m.getName()) || !plainReader(m)) {
        continue;
      }
      Function<Object, Object> reader = reader(m);
      if (reader != null) {
        functions.add(reader);
        found.put(m.getName(), functions.size() - 1);
      }
    }
    this.index = found; // never changed after this: read by many threads
    this.readers = List.copyOf(functions);
    Set<String> names = new HashSet<>();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        names.add(c.getName());
      }
    }
    this.components = Set.copyOf(names);
  }

  /**
   * A generated {@code Function} that calls {@code m}, as a lambda would: a method handle held
   * in a field is not inlined by the JIT, a lambda is; null when {@code m} is not public to
   * other packages (Freemarker decides then, as for any other method).
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> reader(Method m) {
    try {
      MethodHandle target = MethodHandles.publicLookup().unreflect(m);
      MethodType exact = MethodType.methodType(m.getReturnType().isPrimitive()
          ? MethodType.methodType(m.getReturnType()).wrap().returnType() : m.getReturnType(),
          m.getDeclaringClass());
      return (Function<Object, Object>) LambdaMetafactory.metafactory(MethodHandles.lookup(),
          "apply", FUNCTION, READER, target, exact).getTarget().invokeExact();
    } catch (IllegalAccessException e) {
      return null;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + m, e);
    }
  }

  /** The properties of {@code type}, or null when its values are not plain records or enums. */
  static RecordProperties of(Class<?> type) {
    return OF_CLASS.get(type);
  }

  /** The position of {@code name} among the readers, or -1 when Freemarker reads it. */
  int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** The position of {@code name} when it is one of the record's components, else -1. */
  int componentIndex(String name) {
    return components.contains(name) ? indexOf(name) : -1;
  }

  int size() {
    return readers.size();
  }

  /** The names read here, for tests. */
  Set<String> names() {
    return index.keySet();
  }

  Object read(int i, Object record) {
    return readers.get(i).apply(record);
  }

  /**
   * A public record or enum of Acta's model that Freemarker's {@code DefaultObjectWrapper}
   * would wrap as a generic bean: none of the types it wraps otherwise (collections, maps,
   * numbers, dates, iterators...), which Acta's records never are.
   */
  private static boolean eligible(Class<?> type) {
    if (!type.getName().startsWith("org.acta.") || !Modifier.isPublic(type.getModifiers())
        || !(type.isRecord() || type.isEnum())) {
      return false;
    }
    for (Class<?> other : List.of(TemplateModel.class, TemplateModelAdapter.class,
        Collection.class, Map.class, Iterator.class, Iterable.class, Enumeration.class,
        Number.class, Date.class, Boolean.class, CharSequence.class, ResourceBundle.class,
        org.w3c.dom.Node.class)) {
      if (other.isAssignableFrom(type)) {
        return false;
      }
    }
    return true;
  }

  /** A public instance method of a public class, without arguments, that returns a value. */
  private static boolean plainReader(Method m) {
    Class<?> declaring = m.getDeclaringClass();
    return m.getParameterCount() == 0 && m.getReturnType() != void.class
        && !Modifier.isStatic(m.getModifiers()) && !m.isBridge() && !m.isSynthetic()
        && Modifier.isPublic(declaring.getModifiers()) && declaring != Object.class
        && declaring != Record.class && declaring != Enum.class && !beanStyle(m.getName());
  }

  /** getX or isX: Freemarker may see a JavaBeans property there (default methods too). */
  private static boolean beanStyle(String name) {
    int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
    return prefix > 0 && name.length() > prefix && Character.isUpperCase(name.charAt(prefix));
  }

  /** JavaBeans property names and their read methods' names: Freemarker's own properties. */
  private static Set<String> beanNames(Class<?> type) {
    Set<String> names = new HashSet<>();
    try {
      for (PropertyDescriptor p : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
        names.add(p.getName());
        if (p.getReadMethod() != null) {
          names.add(p.getReadMethod().getName());
        }
      }
    } catch (IntrospectionException e) {
      throw new IllegalStateException("cannot introspect " + type.getName(), e);
    }
    return names;
  }
}
