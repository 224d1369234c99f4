package org.acta.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of every diagnostic, one UTF-8 properties file per language beside this class.
 * Placeholders are {@code {0}}, {@code {1}}…; apostrophes and braces are plain text (no
 * {@link java.text.MessageFormat} quoting), so translators write what they see.
 */
public final class MessageCatalogue {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Map<Lang, Properties> TEXTS = load();

  private MessageCatalogue() {}

  private static Map<Lang, Properties> load() {
    Map<Lang, Properties> texts = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      String name = "messages_" + lang.code() + ".properties";
      Properties p = new Properties();
      try (InputStream in = MessageCatalogue.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      texts.put(lang, p);
    }
    return texts;
  }

  /** Every code the catalogue of {@code lang} has a text for. */
  public static Set<String> codes(Lang lang) {
    return new TreeSet<>(TEXTS.get(lang).stringPropertyNames());
  }

  /** The raw text of {@code code} in {@code lang}, or null. */
  public static String template(String code, Lang lang) {
    return TEXTS.get(lang).getProperty(code);
  }

  /** The placeholder numbers a text uses. */
  public static Set<Integer> placeholders(String template) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  static String text(Message message, Lang lang) {
    String template = template(message.code(), lang);
    if (template == null) {
      template = template(message.code(), Lang.EN);
    }
    if (template == null) {
      // A code without a text is a bug MessageCatalogueTest catches; still say what we know.
      return message.code() + " " + message.args();
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      Object arg = i < message.args().size() ? message.args().get(i) : m.group();
      String value = arg instanceof Message nested ? nested.text(lang) : String.valueOf(arg);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
