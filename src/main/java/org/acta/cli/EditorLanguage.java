package org.acta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diagnostics.Lang;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang} option: the language errors and warnings are printed in. By default the
 * site's main language (the first of {@code languages} in site.yaml, else {@code language},
 * else Spanish, as the build reads it), when diagnostics speak it; otherwise English.
 */
final class EditorLanguage {
  private static final Pattern LANGUAGE = Pattern.compile("^language:\\s*[\"']?([A-Za-z_-]+)");
  private static final Pattern LANGUAGES_FLOW =
      Pattern.compile("^languages:\\s*\\[\\s*[\"']?([A-Za-z_-]+)");
  private static final Pattern LANGUAGES_BLOCK = Pattern.compile("^languages:\\s*(#.*)?$");
  private static final Pattern ITEM = Pattern.compile("^\\s*-\\s*[\"']?([A-Za-z_-]+)");

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of errors and warnings: es or en (default: $ACTA_LANG, else "
          + "the site's main language from site.yaml when it is es or en, else English).")
  String lang;

  /**
   * {@code --lang}, else the environment variable {@code ACTA_LANG} (for a CI job or an
   * editor's shell), else the main language of the site whose content is {@code content}.
   */
  Lang resolve(Path content) {
    if (lang != null) {
      return Lang.of(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "--lang must be es or en; got '" + lang + "'."));
    }
    String environment = System.getenv("ACTA_LANG");
    if (environment != null && !environment.isBlank()) {
      return Lang.of(environment).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "ACTA_LANG must be es or en; got '" + environment + "'."));
    }
    return Lang.forSite(siteLanguage(content));
  }

  /**
   * The main language site.yaml states, read line by line (not as YAML: this runs before, and
   * whatever, the content's own checks say); "es" when it states none, as the build assumes.
   */
  static String siteLanguage(Path content) {
    List<String> lines;
    try {
      lines = Files.readAllLines(content.resolve("site.yaml"), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "en";
    }
    String single = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = LANGUAGES_FLOW.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
      if (LANGUAGES_BLOCK.matcher(line).find() && i + 1 < lines.size()) {
        Matcher item = ITEM.matcher(lines.get(i + 1));
        if (item.find()) {
          return item.group(1);
        }
      }
      m = LANGUAGE.matcher(line);
      if (m.find()) {
        single = m.group(1);
      }
    }
    return single != null ? single : "es";
  }
}
