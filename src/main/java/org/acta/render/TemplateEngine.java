package org.acta.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.model.Markdown;
import org.acta.markdown.MarkdownLimitException;
import org.acta.markdown.MarkdownRenderer;
import org.acta.pages.Page;

/**
 * Freemarker, locked down: HTML auto-escaping for {@code .ftlh}, no {@code ?new} or
 * {@code ?api}, errors rethrown (never half-written into a page). Templates are compiled once
 * and cached, so rendering pages in parallel is safe.
 */
public final class TemplateEngine {
  private final Configuration cfg;
  private final String themeLabel;
  private final Set<String> reportedParseErrors =
      ConcurrentHashMap.newKeySet();

  public TemplateEngine(Theme theme, String language, MarkdownRenderer markdown,
      String themeLabel) throws IOException {
    this.themeLabel = themeLabel;
    cfg = new Configuration(Configuration.VERSION_2_3_35);
    cfg.setTemplateLoader(theme.templateLoader());
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setObjectWrapper(new ContentObjectWrapper(markdown));
    cfg.setLocale(Locale.forLanguageTag(language));
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setLocalizedLookup(false);
  }

  /**
   * Renders a page as UTF-8, or reports the template error (template, line, and the content
   * file). Freemarker writes straight into an encoding writer: building a String first and
   * calling getBytes cost a fifth of a large build (pages with "–" are UTF-16 strings, whose
   * encoder the JIT compiles late), and a charset encoder per piece a tenth of template time.
   */
  public Optional<byte[]> render(Page page, SiteContext context, Problems problems) {
    String tree = context.tree();
    try {
      Template template = cfg.getTemplate(page.template());
      Utf8Output out = new Utf8Output(32 * 1024);
      template.process(new PageModel(cfg.getObjectWrapper(), page, context), out);
      return Optional.of(out.toByteArray());
    } catch (TemplateException e) {
      Optional<Markdown.Unavailable> unread = causeOf(e, Markdown.Unavailable.class);
      if (unread.isPresent()) {
        unread.get().reportTo(problems);
        return Optional.empty();
      }
      Optional<MarkdownLimitException> unrendered = causeOf(e, MarkdownLimitException.class);
      if (unrendered.isPresent() && page.source() != null) {
        // The content's fault, not the theme's: said once at the file, not per page and
        // language. (Texts beyond the limits are refused as they load, at their line.)
        problems.errorOnce(Position.ofFile(page.source().file()), Message.of(
            "template-engine.markdown-not-rendered", unrendered.get().excess().message()));
        return Optional.empty();
      }
      String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : page.template();
      int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
      int column = e.getColumnNumber() != null ? e.getColumnNumber() : 0;
      problems.error(new Position(themeLabel + name, line, column, ""),
          Message.of("template-engine.template-error-while-rendering", describe(page, tree),
              firstLine(e.getMessageWithoutStackTop())));
    } catch (ParseException e) {
      // A syntax error breaks every page that uses the template: report it once.
      if (reportedParseErrors.add(e.getTemplateName() + ":" + e.getLineNumber())) {
        problems.error(new Position(themeLabel + e.getTemplateName(), e.getLineNumber(),
            e.getColumnNumber(), ""), Message.of("template-engine.template-syntax-error", firstLine(e.getEditorMessage())));
      }
    } catch (IOException e) {
      if (e.getCause() instanceof ParseException) {
        return Optional.empty(); // already reported on the first page that loaded it
      }
      problems.error(Position.ofFile(themeLabel + page.template()),
          Message.of("template-engine.template-cannot-be-loaded", describe(page, tree),
              e.getMessage()));
    }
    return Optional.empty();
  }

  /** The content's own failure wrapped by Freemarker, if it is one of {@code type}. */
  private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  private static String describe(Page page, String tree) {
    return "/" + tree + page.path()
        + (page.source() != null ? " (from " + page.source().file() + ")" : "");
  }

  /** Freemarker's message up to its tips section, on one line. */
  private static String firstLine(String message) {
    StringBuilder out = new StringBuilder();
    for (String line : message.split("\n")) {
      if (line.startsWith("----")) {
        break;
      }
      if (!line.isBlank()) {
        out.append(out.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    return out.toString();
  }
}
