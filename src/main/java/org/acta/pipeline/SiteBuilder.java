package org.acta.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.acta.datafiles.DataFiles;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.history.ContentHistory;
import org.acta.history.EvidenceFile;
import org.acta.history.EvidenceLedger;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.markdown.MarkdownRenderer;
import org.acta.model.ActionPlan;
import org.acta.model.Attachment;
import org.acta.model.Commitment;
import org.acta.model.Meeting;
import org.acta.model.Markdown;
import org.acta.model.Milestone;
import org.acta.model.Minute;
import org.acta.model.Untranslated;
import org.acta.newsletter.NewsletterTexts;
import org.acta.pages.Page;
import org.acta.pages.SitePages;
import org.acta.render.SiteContext;
import org.acta.render.TemplateEngine;
import org.acta.render.Theme;
import org.acta.site.PastContent;
import org.acta.site.Site;
import org.acta.validate.CrossReferences;
import org.acta.validate.ForumChecks;
import org.acta.validate.PlanChecks;
import org.acta.validate.PlausibilityChecks;
import org.acta.write.OutputException;
import org.acta.write.StagedOutput;

/**
 * The pipeline, as named stages that each hand one value to the next: loaded content →
 * checked model → language versions → renderings → written site. Live preview's fast path
 * reuses the same stages for the minutes that changed.
 */
public final class SiteBuilder {
  private final BuildOptions options;

  public SiteBuilder(BuildOptions options) {
    this.options = options;
  }

  /**
   * The content as read from disk, with the reader that can name its files and the loader
   * that holds its other languages' minutes and commitments (null when not decoded).
   */
  private record LoadedContent(ContentReader reader, ContentLoader.Loaded loaded,
      ContentLoader loader) {}

  /** What rendering produced: files written, and the theme and engine live preview reuses. */
  private record Rendered(int files, Theme theme, TemplateEngine engine) {}

  public BuildResult run() {
    PhaseTimes times = new PhaseTimes();
    Problems problems = new Problems();
    String display = displayPath(options.content());
    if (!Files.isDirectory(options.content())) {
      problems.error(Position.ofFile(display), Message.of("site-builder.the-content-folder-does"));
      return new BuildResult(problems, 0, 0, null, null, times.phases(), null);
    }
    try {
      Optional<ContentSource> opened = ContentSource.open(options, display, problems);
      if (opened.isEmpty()) {
        return new BuildResult(problems, 0, 0, null, null, times.phases(), null);
      }
      try (ContentSource source = opened.get()) {
        times.end("content as of the date");
        return run(source, problems, times);
      } catch (Markdown.Unavailable e) {
        // A body read when its page rendered no longer matched its file: nothing is written.
        e.reportTo(problems);
        return new BuildResult(problems, 0, 0, null, null, times.phases(), null);
      }
    } catch (IOException e) {
      problems.error(Position.ofFile(display), Message.of("site-builder.cannot-read-its-past",
          e.getMessage()));
      return new BuildResult(problems, 0, 0, null, null, times.phases(), null);
    }
  }

  private BuildResult run(ContentSource source, Problems problems, PhaseTimes times)
      throws IOException {
    Optional<LoadedContent> content = loadContent(source.root(), true, problems, times);
    if (content.isEmpty()) {
      return new BuildResult(problems, 0, 0, null, null, times.phases(), null);
    }
    LocalDate asOf = source.today();
    LoadedContent c = content.get();
    // Errors so far do not stop here: the plan and forum rules below run on everything that
    // did load, so one run reports every mistake (a build with errors still writes nothing).
    if (c.loaded().config() == null) {
      return new BuildResult(problems, 0, 0, asOf, source.todaySource(), times.phases(), null);
    }
    times.end("as-of date");
    ContentHistory history = ContentHistory.read(options.content(), historyNames(c),
        commitmentFiles(c.loaded().plans(), c.reader()), source.revision());
    Optional<Map<String, EvidenceFile>> evidence = evidenceLedger(c, history, problems);
    if (evidence.isEmpty()) {
      return new BuildResult(problems, 0, 0, asOf, source.todaySource(), times.phases(), null);
    }
    times.end("git history and evidence");
    Set<LocalDate> frozenDays = frozenDays(c.loaded());
    // Content with errors gets no pages, so the past of its frozen editions is not read.
    Map<LocalDate, PastContent> past = problems.hasErrors() ? Map.of()
        : source.past(frozenDays, null, options.content(), c.reader().displayRoot(), problems);
    times.end("content on past dates (frozen editions)");
    Site site = checkedModel(c, asOf, history, evidence.get(), past, source.pastCommit(),
        problems);
    times.end("plan and forum checks");
    if (problems.hasErrors()) {
      return new BuildResult(problems, 0, 0, asOf, source.todaySource(), times.phases(), null);
    }
    List<LanguageVersion> versions = LanguageVersion.of(site, c.loader(), c.reader(),
        baseUrl(site),
        language -> source.past(frozenDays, language, options.content(),
            c.reader().displayRoot(), new Problems()), problems);
    if (problems.hasErrors()) {
      return new BuildResult(problems, 0, 0, asOf, source.todaySource(), times.phases(), null);
    }
    times.end("page list" + (versions.size() > 1 ? " (every language)" : ""));
    Optional<Rendered> rendered = render(versions, c.reader(), problems, times);
    int pageCount = versions.stream().mapToInt(v -> v.pages().size()).sum();
    Snapshot snapshot = problems.hasErrors() || rendered.isEmpty() ? null
        : new Snapshot(c.reader(), c.loaded(), asOf, history, evidence.get(), site.past(),
            rendered.get().theme(), rendered.get().engine());
    return new BuildResult(problems, pageCount, rendered.map(Rendered::files).orElse(0),
        asOf, source.todaySource(), times.phases(), snapshot);
  }

  /** The days whose content frozen editions are made from: newsletters' and plans' dates. */
  private static Set<LocalDate> frozenDays(ContentLoader.Loaded loaded) {
    Set<LocalDate> days = new TreeSet<>();
    loaded.newsletters().forEach(n -> days.addAll(n.frozenDays()));
    loaded.plans().forEach(p -> days.addAll(p.reportingDates()));
    return days;
  }

  /**
   * How history names a file of the content folder. A build from a past commit reads a copy
   * elsewhere, but its files keep the names the working tree gives them.
   */
  private Function<Path, String> historyNames(LoadedContent c) {
    Path top = options.content().toAbsolutePath().normalize();
    String root = c.reader().displayRoot();
    return file -> root + top.relativize(file.toAbsolutePath().normalize()).toString()
        .replace('\\', '/');
  }

  /** What the preview's fast path did: its problems and the pages it wrote. */
  public record QuickResult(Problems problems, List<String> written,
      List<PhaseTimes.Phase> times) {}

  /**
   * Live preview's fast path, for edits to minute files only: re-reads those files, checks the
   * content again with them (cross-references, plan and forum rules), and re-renders only the
   * pages made from them, written in place into {@code site}. Everything else comes from
   * {@code last}, the last full build: the full rebuild that follows brings the rest of the
   * site (lists, agreements, feeds, data) up to date. Nothing is written when there are errors.
   *
   * @param changed every minute file changed since {@code last} was built (created, edited or
   *     deleted)
   */
  public QuickResult rerenderMinutes(Snapshot last, Set<Path> changed, Path site) {
    PhaseTimes times = new PhaseTimes();
    Problems problems = new Problems();
    ContentReader reader = last.reader();
    ContentLoader loader = new ContentLoader(reader, problems);
    Map<String, Minute> byFile = new LinkedHashMap<>();
    last.loaded().minutes().forEach(m -> byFile.put(m.source().file(), m));
    Set<String> names = new HashSet<>();
    for (Path file : changed) {
      String name = reader.display(file);
      names.add(name);
      byFile.remove(name);
      if (Files.isRegularFile(file)) {
        loader.loadMinute(file, last.loaded().config())
            .ifPresent(m -> byFile.put(name, m));
      }
    }
    ContentLoader.Loaded loaded = last.loaded().withMinutes(List.copyOf(byFile.values()));
    times.end("load the changed minutes");
    new CrossReferences(reader, problems).checkMinutes(loaded);
    times.end("cross-references");
    Site model = checkedModel(new LoadedContent(reader, loaded, null), last.asOf(),
        last.history(),
        last.evidence(), last.past(), false, problems);
    times.end("plan and forum checks");
    if (problems.hasErrors()) {
      return new QuickResult(problems, List.of(), times.phases());
    }
    List<Page> pages = SitePages.minutePages(model, m -> names.contains(m.source().file()));
    SiteContext context = SiteContext.of(model, last.theme().messages(
        model.config().language()), baseUrl(model), Untranslated.NONE);
    times.end("page data");
    List<String> written = new ArrayList<>();
    for (Page page : pages) {
      Optional<byte[]> html = last.engine().render(page, context, problems);
      if (html.isPresent()) {
        try {
          StagedOutput.replaceInPlace(site, page.outputFile(), html.get());
          written.add(page.outputFile());
        } catch (IOException | OutputException e) {
          problems.error(Position.ofFile(page.outputFile()),
              Message.of("site-builder.cannot-be-written", e.getMessage()));
        }
      }
    }
    times.end("render and write");
    return new QuickResult(problems, written, times.phases());
  }

  /**
   * Loads and checks the content only (no history, no rendering), for commands that need the
   * plans but not a site. Empty when the content has errors, which are in {@code problems}.
   */
  public Optional<List<ActionPlan>> load(Problems problems) {
    return loadContent(options.content(), false, problems, new PhaseTimes())
        .filter(c -> !problems.hasErrors())
        .map(c -> c.loaded().plans());
  }

  // ---- the stages ----

  /**
   * Stage 1: reads every content file and checks the references between files.
   *
   * @param allLanguages also decode the content in the site's other languages, for a build
   */
  private Optional<LoadedContent> loadContent(Path root, boolean allLanguages,
      Problems problems, PhaseTimes times) {
    Optional<ContentReader> opened = open(root, problems);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    ContentReader reader = opened.get();
    ContentLoader loader = allLanguages ? ContentLoader.withTranslations(reader, problems)
        : new ContentLoader(reader, problems);
    ContentLoader.Loaded loaded = loader.load();
    times.end("load content");
    new CrossReferences(reader, problems).check(loaded);
    times.end("cross-references");
    return Optional.of(new LoadedContent(reader, loaded, loader));
  }

  private Optional<Map<String, EvidenceFile>> evidenceLedger(LoadedContent c,
      ContentHistory history, Problems problems) {
    try {
      // Missing or outside evidence is a cross-reference error already reported.
      Set<String> present = new TreeSet<>(evidencePaths(c.loaded().plans()));
      present.addAll(attachmentPaths(c.loaded().minutes(), c.loaded().meetings(),
          c.loaded().plans()));
      present.removeIf(path -> !c.reader().isInside(c.reader().root().resolve(path))
          || !Files.isRegularFile(c.reader().root().resolve(path)));
      return Optional.of(EvidenceLedger.of(present, c.reader().root(), history,
          c.reader()::display));
    } catch (IOException e) {
      problems.error(Position.ofFile(displayPath(options.content())),
          Message.of("site-builder.cannot-read-evidence-files", e.getMessage()));
      return Optional.empty();
    }
  }

  /** Stage 2: the site's model, checked by the rules that need all of it (plans, forum). */
  private Site checkedModel(LoadedContent content, LocalDate asOf, ContentHistory history,
      Map<String, EvidenceFile> evidence, Map<LocalDate, PastContent> past, boolean pastCommit,
      Problems problems) {
    ContentLoader.Loaded loaded = content.loaded();
    ContentReader reader = content.reader();
    Site site = new Site(loaded.config(), loaded.institutions(), loaded.minutes(),
        loaded.meetings(), loaded.newsletters(), loaded.plans(), asOf, history, evidence, past);
    // Counts over files that failed to load would be follow-on noise: skipped.
    new PlanChecks(problems, pastCommit).check(site,
        plan -> loaded.failedUnder(reader, "plans/" + plan + "/commitments"));
    new ForumChecks(problems).check(site, displayPath(options.content()),
        year -> loaded.failedUnder(reader, "minutes/" + year));
    new PlausibilityChecks(reader, problems).check(site);
    return site;
  }

  /**
   * Stage 4: renders every page of every language version; writes them with the data files,
   * the theme's static files and evidence when there is an output folder (stage 5).
   */
  private Optional<Rendered> render(List<LanguageVersion> versions, ContentReader reader,
      Problems problems, PhaseTimes times) {
    Theme theme = new Theme(options.templates());
    MarkdownRenderer markdown = new MarkdownRenderer();
    try {
      Optional<List<Rendering>> prepared = renderings(versions, theme, markdown, problems);
      if (prepared.isEmpty()) {
        return Optional.empty();
      }
      List<Rendering> renderings = prepared.get();
      TemplateEngine engine = renderings.get(0).engine();
      if (options.out() == null) {
        renderings.forEach(r -> r.version().pages().parallelStream()
            .forEach(p -> r.render(p, problems)));
        times.end("render pages");
        return Optional.of(new Rendered(0, theme, engine));
      }
      Site site = versions.get(0).site();
      String marker = "base_path: " + renderings.get(0).context().basePath() + "\n";
      try (StagedOutput out = StagedOutput.open(options.out(), options.content(), marker)) {
        SiteWriter writer = new SiteWriter(renderings, new TreeMap<>(theme.staticFiles()),
            evidenceFiles(site, reader));
        return Optional.of(new Rendered(writer.write(out,
            sink -> dataFiles(site, renderings, markdown, reader, sink), problems, times), theme,
            engine));
      }
    } catch (OutputException e) {
      problems.error(Position.ofFile(displayPath(options.out())), e.what());
    } catch (IOException e) {
      problems.error(Position.ofFile(displayPath(options.out())),
          Message.of("site-builder.cannot-write-the-site", e.getMessage()));
    }
    return Optional.empty();
  }

  /** Stage 3: each language version with its engine and context, if the theme speaks it. */
  private Optional<List<Rendering>> renderings(List<LanguageVersion> versions, Theme theme,
      MarkdownRenderer markdown, Problems problems) throws IOException {
    String themeLabel = options.templates() != null && Files.isDirectory(options.templates())
        ? displayPath(options.templates()) + "/" : "theme:";
    List<Rendering> renderings = new ArrayList<>();
    for (LanguageVersion v : versions) {
      String language = v.language();
      Map<String, String> messages = theme.messages(language);
      if (messages.isEmpty()) {
        problems.error(Position.ofFile(displayPath(options.content().resolve("site.yaml"))),
            Message.of("site-builder.the-theme-has-no", language, language));
        return Optional.empty();
      }
      renderings.add(new Rendering(v, new TemplateEngine(theme, language, markdown,
          themeLabel), SiteContext.of(v.site(), messages, baseUrl(v.site()),
              v.untranslated())));
    }
    return Optional.of(renderings);
  }

  private void dataFiles(Site site, List<Rendering> renderings, MarkdownRenderer markdown,
      ContentReader reader, BiConsumer<String, byte[]> out) {
    List<String> listed = renderings.get(0).version().pages().stream()
        .filter(Page::listed)
        .map(Page::path).sorted().toList();
    DataFiles.write(site, baseUrl(site), reader.root(), displayPath(options.content()),
        renderings.stream().map(r -> new DataFiles.Version(r.version().language(),
            r.version().tree(), r.version().site())).toList(), listed, out);
    renderings.forEach(r -> NewsletterTexts.files(r.context(), r.version().pages(), markdown)
        .forEach(out));
  }

  // ---- helpers ----

  /** A reader of {@code root}, the content folder or a past commit's copy of it. */
  private Optional<ContentReader> open(Path root, Problems problems) {
    Path content = options.content();
    String display = displayPath(content);
    if (!Files.isDirectory(root)) {
      problems.error(Position.ofFile(display),
          Message.of("site-builder.the-content-folder-does-2"));
      return Optional.empty();
    }
    try {
      return Optional.of(new ContentReader(root, display));
    } catch (IOException e) {
      problems.error(Position.ofFile(display), Message.of("site-builder.cannot-be-opened",
          e.getMessage()));
      return Optional.empty();
    }
  }

  private static Map<Path, Commitment> commitmentFiles(List<ActionPlan> plans,
      ContentReader reader) {
    Map<Path, Commitment> files = new HashMap<>();
    plans.forEach(plan -> plan.commitments().forEach(c ->
        files.put(reader.file(c.source().file()), c)));
    return files;
  }

  /** The public address, ending in '/', or null when neither option nor site.yaml sets it. */
  private String baseUrl(Site site) {
    String url = options.baseUrl() != null ? options.baseUrl() : site.config().baseUrl();
    return url == null || url.endsWith("/") ? url : url + "/";
  }

  private static Set<String> evidencePaths(List<ActionPlan> plans) {
    Set<String> paths = new TreeSet<>();
    for (ActionPlan plan : plans) {
      for (Commitment c : plan.commitments()) {
        for (Milestone m : c.milestones()) {
          m.evidence().forEach(e -> paths.addAll(e.publishedFiles()));
        }
      }
    }
    return paths;
  }

  /** Files attached to minutes, meetings and plans, published like evidence. */
  private static Set<String> attachmentPaths(List<Minute> minutes, List<Meeting> meetings,
      List<ActionPlan> plans) {
    Set<String> paths = new TreeSet<>();
    List<Attachment> all = new ArrayList<>();
    minutes.forEach(m -> all.addAll(m.attachments()));
    meetings.forEach(m -> all.addAll(m.attachments()));
    plans.forEach(p -> all.addAll(p.attachments()));
    all.stream().filter(Attachment::hasFile).forEach(a -> paths.add(a.file()));
    return paths;
  }

  /**
   * Evidence and attachment files by site path; each is copied to the same path under the
   * output.
   */
  private static Map<String, Path> evidenceFiles(Site site, ContentReader reader) {
    Map<String, Path> files = new TreeMap<>();
    Set<String> paths = new TreeSet<>(evidencePaths(site.plans()));
    paths.addAll(attachmentPaths(site.minutes(), site.meetings(), site.plans()));
    for (String path : paths) {
      files.put(path, reader.root().resolve(path));
    }
    return files;
  }

  /** A path as the user would recognise it: relative to the working folder when inside it. */
  static String displayPath(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    String shown = abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString()
        : abs.toString();
    return shown.replace('\\', '/');
  }
}
