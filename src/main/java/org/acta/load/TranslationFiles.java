package org.acta.load;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;

/**
 * The translation files of Markdown content: {@code NAME.<language>.md} beside
 * {@code NAME.md} (e.g. {@code 2018-05-08-desafios.en.md}). Its front matter may hold only the
 * original's translatable top-level texts, and its body translates the original's body; every
 * other fact (dates, attendees, ids) comes from the original, so the two cannot disagree.
 */
final class TranslationFiles {
  /** Original file names never hold a dot, so "x.en.md" can only be a translation. */
  static final Pattern NAME = Pattern.compile("([^.]+)\\.([a-z]{2,3})\\.md");

  private TranslationFiles() {}

  /**
   * Sorts a folder's Markdown files into originals, each with its translation files by
   * language. Translation files into a language the site is not built in, and those without
   * their original, are reported and left out.
   *
   * @return every original (in the given order) with its translation files
   */
  static Map<Path, Map<String, Path>> pair(List<Path> files, Localization loc,
      ContentReader reader, Problems problems) {
    Map<Path, Map<String, Path>> originals = new LinkedHashMap<>();
    for (Path file : files) {
      if (!NAME.matcher(file.getFileName().toString()).matches()) {
        originals.put(file, Map.of()); // replaced by a map of its own at its first translation
      }
    }
    for (Path file : files) {
      Matcher name = NAME.matcher(file.getFileName().toString());
      if (!name.matches()) {
        continue;
      }
      String language = name.group(2);
      String originalName = name.group(1) + ".md";
      Path original = file.resolveSibling(originalName);
      Message problem = null;
      if (language.equals(loc.main())) {
        problem = Message.of("translation-files.into-main-language", language, originalName);
      } else if (!loc.translations().contains(language)) {
        problem = Message.of("translation-files.not-a-site-language", language, loc.listed(),
            loc.main());
      } else if (!originals.containsKey(original)) {
        problem = Message.of("translation-files.no-original", originalName, language);
      }
      if (problem == null) {
        Map<String, Path> translations = new LinkedHashMap<>(originals.get(original));
        translations.put(language, file);
        originals.put(original, translations);
      } else if (!loc.isTranslating()) {
        // At line 1, column 1, so editors and CI annotations can point at the file.
        Position at = reader.read(file, problems).map(src -> src.position(1, 1))
            .orElse(Position.ofFile(reader.display(file)));
        problems.error(at, problem);
      }
    }
    return originals;
  }

  /**
   * Reads the translation files a load needs: all of them when checking content, only the
   * language being read otherwise.
   */
  static Map<String, SourceFile> read(Map<String, Path> files, Localization loc,
      ContentReader reader, Problems problems) {
    if (files.isEmpty()) {
      return Map.of();
    }
    Map<String, SourceFile> out = new LinkedHashMap<>();
    files.forEach((language, path) -> {
      if (!loc.isTranslating() || language.equals(loc.reading())) {
        reader.read(path, problems).ifPresent(src -> out.put(language, src));
      }
    });
    return out;
  }

  /** Splits and parses translation files; those that cannot be read are reported and left out. */
  static Map<String, Translations.File> parse(Map<String, SourceFile> files, Localization loc,
      Problems problems) {
    if (files.isEmpty()) {
      return Map.of();
    }
    Map<String, Translations.File> out = new LinkedHashMap<>();
    files.forEach((language, src) -> FrontMatter.split(src, problems).ifPresent(fm -> {
      // An empty front matter is fine: the translation may be of the body alone.
      String yaml = fm.yaml().isBlank() ? "{}" : fm.yaml();
      YamlDocument.parseMapping(src, yaml, fm.firstLine(), problems, loc)
          .ifPresent(fields -> out.put(language, new Translations.File(fields, fm.markdown(),
              src.position(fm.bodyLine(), 1))));
    }));
    return out;
  }
}
