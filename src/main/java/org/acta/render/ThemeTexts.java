package org.acta.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The theme's interface texts of one language ({@code t} to templates, {@code t["minute.date"]}):
 * a map of strings to Java and, to templates, a hash whose values are made once. Templates look
 * texts up hundreds of times a page; through Freemarker's map adapter each lookup also wrapped
 * the string anew. A key the theme does not have is missing, as it was. (Not a
 * {@code TemplateHashModelEx}: its {@code values()} would clash with the map's, and no
 * template lists the texts.)
 */
final class ThemeTexts extends AbstractMap<String, String> implements TemplateHashModel {
  private final Map<String, String> texts;
  private final Map<String, TemplateModel> models;

  ThemeTexts(Map<String, String> messages) {
    // A hash map, not the theme's sorted one: each lookup there compares keys that share long
    // prefixes.
    this.texts = Collections.unmodifiableMap(new HashMap<>(messages));
    Map<String, TemplateModel> wrapped = new HashMap<>();
    messages.forEach((key, text) -> wrapped.put(key, new SimpleScalar(text)));
    this.models = wrapped; // never changed after this: read by every rendering thread
  }

  @Override
  public TemplateModel get(String key) {
    return models.get(key);
  }

  @Override
  public String get(Object key) {
    return texts.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return texts.containsKey(key);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return texts.entrySet();
  }

  @Override
  public boolean isEmpty() {
    return texts.isEmpty();
  }

  @Override
  public int size() {
    return texts.size();
  }
}
