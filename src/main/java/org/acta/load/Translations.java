package org.acta.load;

import static org.acta.load.Fields.OPTIONAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.load.Fields.Need;
import org.acta.model.Markdown;
import org.acta.model.Text;

/**
 * The translations of one block of fields (see {@link Localization}). A translatable text has
 * siblings {@code <field>_<language>} in its block, or its key in the file's translation file
 * ({@code NAME.<language>.md}). When checking content every translation is validated and the
 * original is read; when reading a translated version, the translation is read where there is
 * one, else the original, marked with its language ({@link Text}, {@link Markdown}).
 */
final class Translations {
  /** A key that may be a translation: {@code <field>_<language>}, e.g. title_en. */
  private static final Pattern TRANSLATION_KEY = Pattern.compile("(.+)_([a-z]{2,3})");

  /**
   * A translation file of a Markdown file with front matter: its fields, and its body.
   *
   * @param fields its front matter, which may hold only the original's translatable top-level
   *     fields
   * @param body the translated Markdown, blank when only the front matter is translated
   */
  record File(Fields fields, Markdown body, Position bodyAt) {}

  private final Fields block;
  /** Keys read as translatable, for messages about misplaced translations; made when needed. */
  private List<String> translatable;
  /** Of a file's top block: its translation files by language. */
  private Map<String, File> files = Map.of();
  /** Of a translation file's front matter: the original's fields, for messages. */
  private Fields original;

  Translations(Fields block) {
    this.block = block;
  }

  Text text(String key, Need need) {
    String value = block.text(key, need);
    Text original = value == null ? null : new Text(value);
    return translated(key, original, (f, k) -> {
      String t = f.text(k, OPTIONAL);
      return t == null ? null : new Text(t);
    }, o -> o.asOriginal(main()));
  }

  Markdown markdown(String key, Need need) {
    return translated(key, block.markdown(key, need), (f, k) -> f.markdown(k, OPTIONAL),
        o -> o.inLanguage(main()));
  }

  List<Text> texts(String key, Need need) {
    List<Text> original = block.texts(key, need).stream().map(Text::new).toList();
    List<Text> chosen = translated(key, original.isEmpty() ? null : original, (f, k) -> {
      List<String> items = f.texts(k, OPTIONAL);
      if (!items.isEmpty() && items.size() != original.size()) {
        f.error(k, Message.of("translations.has-items-but-the", k, items.size(), key,
            original.size()));
        return null;
      }
      return items.isEmpty() ? null : items.stream().map(Text::new).toList();
    }, o -> o.stream().map(t -> t.asOriginal(main())).toList());
    return chosen == null ? original : chosen;
  }

  /**
   * The body of a Markdown file in the language being read: its translation file's body, else
   * the original's (marked as such).
   */
  Markdown body(Markdown original) {
    Localization loc = block.doc.localization();
    for (var e : files.entrySet()) {
      File t = e.getValue();
      if (!t.body().isBlank() && original.isBlank()) {
        t.fields().error(t.bodyAt(), Message.of("translations.the-original-has-no",
            block.file().displayName()));
      } else if (!t.body().isBlank() && e.getKey().equals(loc.reading())) {
        return t.body();
      }
    }
    if (!loc.isTranslating() || original.isBlank()) {
      return original;
    }
    return original.inLanguage(loc.main());
  }

  /** Attaches the translation files of the Markdown file whose front matter this is. */
  void attach(Map<String, File> translationFiles) {
    translationFiles.values().forEach(t -> t.fields().translations.original = block);
    this.files = translationFiles;
  }

  /** Sends what the translation files would report to {@code problems} (see Fields.reread). */
  void reportTo(Problems problems) {
    files.values().forEach(t -> t.fields().doc.reportTo(problems));
  }

  /** Reports the unknown keys of the translation files, once the original was read. */
  void finishFiles() {
    files.values().forEach(t -> t.fields().finish());
  }

  /**
   * The translation of {@code key} in the language being read, or {@code original}. When
   * checking content, validates every translation: siblings {@code key_<language>} for the
   * site's languages, and the key in translation files (not both).
   *
   * @param read reads and validates a value under a key of a block, null when absent or bad
   * @param asOriginal marks an original shown instead of its translation
   */
  private <T> T translated(String key, T original, BiFunction<Fields, String, T> read,
      UnaryOperator<T> asOriginal) {
    if (translatable == null) {
      translatable = new ArrayList<>(4);
    }
    translatable.add(key);
    Localization loc = block.doc.localization();
    if (loc.translations().isEmpty()) {
      return original; // a single-language site: translations are reported by finish()
    }
    T chosen = null;
    for (String language : loc.translations()) {
      String sibling = key + "_" + language;
      File file = files.get(language);
      if (file != null) {
        file.fields().known.add(key);
      }
      if (loc.isTranslating() && !language.equals(loc.reading())) {
        block.known.add(sibling); // another version's translation: checked with the content
        continue;
      }
      T found = block.entries.containsKey(sibling) ? read.apply(block, sibling) : null;
      if (found != null && block.absent(key)) {
        block.error(sibling, Message.of("translations.translates-which-is-not", sibling, key, key,
            loc.main()));
        found = null;
      }
      if (file != null && file.fields().entries.containsKey(key)) {
        T inFile = read.apply(file.fields(), key);
        if (block.entries.containsKey(sibling)) {
          file.fields().error(key, Message.of("translations.is-translated-twice-here", key, sibling,
              block.file().displayName(), block.position(sibling).line()));
        } else if (inFile != null && block.absent(key)) {
          file.fields().error(key, Message.of("translations.translates-text-the-original", key, key,
              block.file().displayName()));
        } else {
          found = inFile;
        }
      }
      if (language.equals(loc.reading())) {
        chosen = found;
      }
    }
    if (!loc.isTranslating() || original == null) {
      return original;
    }
    return chosen != null ? chosen : asOriginal.apply(original);
  }

  private String main() {
    return block.doc.localization().main();
  }

  private String languageOf(Fields translationFile) {
    return files.entrySet().stream().filter(e -> e.getValue().fields() == translationFile)
        .map(Map.Entry::getKey).findFirst().orElse("en");
  }

  /** Why a key that looks like a translation (or sits in a translation file) is refused. */
  Message misplaced(String key) {
    Localization loc = block.doc.localization();
    Matcher m = TRANSLATION_KEY.matcher(key);
    boolean looksTranslated = m.matches() && loc.isLanguageCode(m.group(2));
    if (original != null) {
      if (looksTranslated) {
        return Message.of("translations.own-names", m.group(1), key);
      }
      return original.known.contains(key)
          ? Message.of("translations.not-in-translation-file", key,
              String.join(", ", block.known), original.file().displayName(),
              original.translations.languageOf(block))
          : null;
    }
    if (!looksTranslated) {
      return null;
    }
    String field = m.group(1);
    String language = m.group(2);
    if (translatable != null && translatable.contains(field)) {
      if (language.equals(loc.main())) {
        return Message.of("translations.into-main-language", key, field, language);
      }
      if (loc.translations().isEmpty()) {
        return Message.of("translations.site-has-one-language", key, field, language,
            loc.main());
      }
      return Message.of("translations.not-a-site-language", key, field, language,
          loc.listed());
    }
    if (block.known.contains(field)) {
      return translatable == null ? Message.of("translations.cannot-be-translated", field, key)
          : Message.of("translations.cannot-be-translated-only", field,
              String.join(", ", translatable), key);
    }
    return null;
  }
}
