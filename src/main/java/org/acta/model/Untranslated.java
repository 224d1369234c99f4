package org.acta.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;

/**
 * Which texts of a translated version show the original, read from the texts themselves
 * ({@link Text} and {@link Markdown} carry their language). Templates ask it which parts to
 * mark with the original's {@code lang} and whether a page needs the note that its content was
 * not translated.
 *
 * @param original the language originals are written in (e.g. "es"); null for the main
 *     version, where everything is in its own language
 */
public record Untranslated(String original) {
  /** The main language's version: everything is in its own language. */
  public static final Untranslated NONE = new Untranslated(null);

  /**
   * Records that are files of their own: a record that holds one (a plan its commitments)
   * does not answer for its texts.
   */
  private static final Set<Class<?>> FILES = Set.of(Commitment.class, ConsultationInput.class,
      Minute.class, Meeting.class, Newsletter.class, ActionPlan.class, SiteConfig.class);

  /** Each record class's components, found once per class (templates ask on every title). */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  /** True when {@code field} of {@code record} shows the original text. */
  public boolean field(Object record, String field) {
    if (original == null || record == null || !record.getClass().isRecord()) {
      return false;
    }
    for (RecordComponent c : COMPONENTS.get(record.getClass())) {
      if (c.getName().equals(field)) {
        return shown(read(c, record));
      }
    }
    return false;
  }

  /**
   * True when {@code value}, one component's value, shows the original text: what
   * {@link #field} answers once it has read the component (templates read it without
   * reflection and ask here).
   */
  public boolean shown(Object value) {
    if (original == null) {
      return false;
    }
    Counts counts = new Counts();
    counts.add(value, false);
    return counts.untranslated > 0;
  }

  /**
   * "none" when no text of the record (nested ones included) is translated, "partial" when
   * some is, and "" when all of it is or it has no text to translate.
   */
  public String status(Object record) {
    if (original == null || record == null) {
      return "";
    }
    Counts counts = new Counts();
    counts.add(record, true);
    return counts.untranslated == 0 ? "" : counts.translated > 0 ? "partial" : "none";
  }

  /** Texts shown in the original, and texts translated, in a value and what it holds. */
  private static final class Counts {
    int untranslated;
    int translated;

    void add(Object value, boolean top) {
      if (value instanceof Text t) {
        count(t.language());
      } else if (value instanceof Markdown m) {
        count(m.language());
      } else if (value instanceof List<?> list) {
        list.forEach(item -> add(item, false));
      } else if (value != null && value.getClass().isRecord()
          && (top || !FILES.contains(value.getClass()))) {
        for (RecordComponent c : COMPONENTS.get(value.getClass())) {
          add(read(c, value), false);
        }
      }
    }

    private void count(String language) {
      if (language == null) {
        translated++;
      } else {
        untranslated++;
      }
    }
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }
}
