package org.acta.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.history.ContentHistory;
import org.acta.history.EvidenceFile;
import org.acta.history.EvidenceLedger;
import org.acta.history.GitDates;
import org.acta.opendata.OpenData;
import org.acta.validate.PlanChecks;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.markdown.MarkdownRenderer;
import org.acta.model.Evidence;
import org.acta.model.Milestone;
import org.acta.model.Sdg;
import org.acta.model.Site;
import org.acta.render.Page;
import org.acta.render.SitePages;
import org.acta.render.TemplateEngine;
import org.acta.render.Theme;
import org.acta.validate.CrossReferences;
import org.acta.write.OutputException;
import org.acta.write.StagedOutput;

/** The pipeline: load → validate → model → render → write. */
public final class SiteBuilder {
  private final BuildOptions options;
  // Set by render, for the snapshot a successful build returns.
  private Theme theme;
  private TemplateEngine engine;

  public SiteBuilder(BuildOptions options) {
    this.options = options;
  }

  public BuildResult run() {
    PhaseTimes times = new PhaseTimes();
    Problems problems = new Problems();
    Path content = options.content();
    String display = displayPath(content);
    Optional<ContentReader> opened = open(problems);
    if (opened.isEmpty()) {
      return new BuildResult(problems, 0, 0, null, "", times.phases(), null);
    }
    ContentReader reader = opened.get();
    ContentLoader.Loaded loaded = new ContentLoader(reader, problems).load();
    times.end("load content");
    new CrossReferences(reader, problems).check(loaded);
    times.end("cross-references");

    String asOfSource;
    LocalDate asOf = options.asOf();
    if (asOf != null) {
      asOfSource = "--as-of";
    } else {
      Optional<LocalDate> fromGit = GitDates.latestContentCommit(content);
      asOf = fromGit.orElse(LocalDate.now(ZoneOffset.UTC));
      asOfSource = fromGit.isPresent() ? "latest content commit" : "today (no git history)";
    }
    if (problems.hasErrors() || loaded.config() == null) {
      return new BuildResult(problems, 0, 0, asOf, asOfSource, times.phases(), null);
    }
    times.end("as-of date");
    ContentHistory history = ContentHistory.read(content, reader::display,
        commitmentFiles(loaded.plans(), reader));
    Map<String, EvidenceFile> evidence;
    try {
      evidence = EvidenceLedger.of(evidencePaths(loaded.plans()), reader.root(), history,
          reader::display);
    } catch (IOException e) {
      problems.error(Position.ofFile(display), "cannot read evidence files: " + e.getMessage());
      return new BuildResult(problems, 0, 0, asOf, asOfSource, times.phases(), null);
    }
    times.end("git history and evidence");
    Site site = checkedModel(loaded, asOf, history, evidence, problems);
    times.end("plan and forum checks");
    List<LanguageVersion> versions = LanguageVersion.of(site, reader, baseUrl(site), problems);
    if (problems.hasErrors()) {
      return new BuildResult(problems, 0, 0, asOf, asOfSource, times.phases(), null);
    }
    times.end("page list" + (versions.size() > 1 ? " (every language)" : ""));
    int files = render(versions, reader, problems, times);
    int pageCount = versions.stream().mapToInt(v -> v.pages().size()).sum();
    Snapshot snapshot = problems.hasErrors() || engine == null ? null
        : new Snapshot(reader, loaded, asOf, history, evidence, theme, engine);
    return new BuildResult(problems, pageCount, files, asOf, asOfSource, times.phases(),
        snapshot);
  }

  private static Map<Path, org.acta.model.Commitment> commitmentFiles(
      List<org.acta.model.ActionPlan> plans, ContentReader reader) {
    Map<Path, org.acta.model.Commitment> files = new HashMap<>();
    plans.forEach(plan -> plan.commitments().forEach(c ->
        files.put(reader.file(c.source().file()), c)));
    return files;
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
  public QuickResult rerenderMinutes(Snapshot last, java.util.Set<Path> changed, Path site) {
    PhaseTimes times = new PhaseTimes();
    Problems problems = new Problems();
    ContentReader reader = last.reader();
    ContentLoader loader = new ContentLoader(reader, problems);
    Map<String, org.acta.model.Minute> byFile = new java.util.LinkedHashMap<>();
    last.loaded().minutes().forEach(m -> byFile.put(m.source().file(), m));
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Path file : changed) {
      String name = reader.display(file);
      names.add(name);
      byFile.remove(name);
      if (Files.isRegularFile(file)) {
        loader.loadMinute(file, last.loaded().config().languages()).ifPresent(m -> byFile.put(name, m));
      }
    }
    ContentLoader.Loaded loaded = last.loaded().withMinutes(List.copyOf(byFile.values()));
    times.end("load the changed minutes");
    new CrossReferences(reader, problems).checkMinutes(loaded);
    times.end("cross-references");
    if (problems.hasErrors()) {
      return new QuickResult(problems, List.of(), times.phases());
    }
    Site model = checkedModel(loaded, last.asOf(), last.history(), last.evidence(), problems);
    times.end("plan and forum checks");
    if (problems.hasErrors()) {
      return new QuickResult(problems, List.of(), times.phases());
    }
    List<Page> pages = SitePages.minutePages(model, m -> names.contains(m.source().file()));
    Map<String, Object> common = commonData(model, last.theme());
    times.end("page data");
    List<String> written = new ArrayList<>();
    for (Page page : pages) {
      Optional<byte[]> html = last.engine().render(page, common, problems);
      if (html.isPresent()) {
        try {
          StagedOutput.replaceInPlace(site, page.outputFile(), html.get());
          written.add(page.outputFile());
        } catch (IOException | OutputException e) {
          problems.error(Position.ofFile(page.outputFile()), "cannot be written: "
              + e.getMessage());
        }
      }
    }
    times.end("render and write");
    return new QuickResult(problems, written, times.phases());
  }

  /** The site's model, checked by the rules that need all of it (plans, forum). */
  private Site checkedModel(ContentLoader.Loaded loaded, LocalDate asOf, ContentHistory history,
      Map<String, EvidenceFile> evidence, Problems problems) {
    Site site = new Site(loaded.config(), loaded.institutions(), loaded.minutes(),
        loaded.meetings(), loaded.newsletters(), loaded.plans(), asOf, history, evidence);
    new PlanChecks(problems).check(site);
    new org.acta.validate.ForumChecks(problems).check(site, displayPath(options.content()));
    return site;
  }

  /**
   * Loads and checks the content only (no history, no rendering), for commands that need the
   * plans but not a site. Empty when the content has errors, which are in {@code problems}.
   */
  public Optional<List<org.acta.model.ActionPlan>> load(Problems problems) {
    return open(problems).flatMap(reader -> {
      ContentLoader.Loaded loaded = new ContentLoader(reader, problems).load();
      new CrossReferences(reader, problems).check(loaded);
      return problems.hasErrors() ? Optional.empty() : Optional.of(loaded.plans());
    });
  }

  private Optional<ContentReader> open(Problems problems) {
    Path content = options.content();
    String display = displayPath(content);
    if (!Files.isDirectory(content)) {
      problems.error(Position.ofFile(display), "the content folder does not exist; pass "
          + "--content DIR, or run acta from the folder that holds content/.");
      return Optional.empty();
    }
    try {
      return Optional.of(new ContentReader(content, display));
    } catch (IOException e) {
      problems.error(Position.ofFile(display), "cannot be opened: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Renders every page; writes them, the theme's static files and evidence when asked. */
  private int render(List<LanguageVersion> versions, ContentReader reader, Problems problems,
      PhaseTimes times) {
    Site site = versions.get(0).site();
    theme = new Theme(options.templates());
    String themeLabel = options.templates() != null && Files.isDirectory(options.templates())
        ? displayPath(options.templates()) + "/" : "theme:";
    try {
      List<Rendering> renderings = new ArrayList<>();
      MarkdownRenderer markdown = new MarkdownRenderer();
      for (LanguageVersion v : versions) {
        String language = v.language();
        if (theme.messages(language).isEmpty()) {
          problems.error(Position.ofFile(displayPath(options.content().resolve("site.yaml"))),
              "the theme has no interface texts for language '" + language + "'; add "
                  + "templates/messages/" + language + ".properties (copy es.properties and "
                  + "translate it), or use es or en.");
          return 0;
        }
        Map<String, Object> common = commonData(v.site(), theme);
        common.put("untranslated", v.untranslated());
        renderings.add(new Rendering(v, new TemplateEngine(theme, language, markdown,
            themeLabel), common));
      }
      engine = renderings.get(0).engine();
      if (options.out() == null) {
        renderings.forEach(r -> r.version().pages().parallelStream()
            .forEach(p -> r.engine().render(p, r.common(), problems)));
        times.end("render pages");
        return 0;
      }
      Map<String, Object> common = renderings.get(0).common();
      String marker = "base_path: " + common.get("basePath") + "\n";
      try (StagedOutput out = StagedOutput.open(options.out(), options.content(), marker)) {
        Map<String, Path> evidence = evidenceFiles(site, reader);
        // The data files (open data, feeds, search index, sitemap) are built on another core
        // while the pages render: they are a few large single-threaded jobs.
        CompletableFuture<Map<String, byte[]>> data =
            CompletableFuture.supplyAsync(() -> dataFiles(site, versions, renderings, markdown));
        Map<String, byte[]> statics = new java.util.TreeMap<>(theme.staticFiles());
        claimAll(out, versions, statics, evidence, problems);
        times.end("prepare output");
        if (problems.hasErrors()) {
          data.cancel(false);
          return 0;
        }
        String baseUrl = (String) common.get("baseUrl");
        for (Rendering r : renderings) {
          LanguageVersion v = r.version();
          v.pages().parallelStream().forEach(page -> r.engine().render(page, r.common(), problems)
              .map(html -> page.absoluteLinks() && baseUrl != null
                  ? org.acta.newsletter.EmailLinks.absolutize(
                      new String(html, StandardCharsets.UTF_8), baseUrl + v.outputFile(page))
                      .getBytes(StandardCharsets.UTF_8) : html)
              .ifPresent(html -> writeQuietly(out, v.outputFile(page), html, problems)));
        }
        times.end("render and write pages");
        Map<String, byte[]> dataFiles = join(data);
        for (var e : dataFiles.entrySet()) {
          String path = e.getKey();
          if (statics.containsKey(path)) {
            problems.error(Position.ofFile("theme static/" + path), "clashes with the open-data "
                + "file of the same path; rename it.");
            continue;
          }
          String previous = out.claim(path, "the data file " + path);
          if (previous != null) {
            problems.error(Position.ofFile(path), "would be written to " + path + ", which "
                + previous + " also writes; rename one of them.");
            continue;
          }
          out.write(path, e.getValue());
        }
        times.end("open data, feeds, search index, sitemap (waiting for)");
        for (var e : statics.entrySet()) {
          out.write(e.getKey(), e.getValue());
        }
        for (var e : evidence.entrySet()) {
          out.copy(e.getKey(), e.getValue());
        }
        if (problems.hasErrors()) {
          return 0;
        }
        times.end("write static files and evidence");
        out.commit();
        times.end("swap in the new site (" + out.keptFiles()
            + " unchanged files kept from the previous build)");
        return versions.stream().mapToInt(v -> v.pages().size()).sum() + statics.size()
            + dataFiles.size() + evidence.size();
      }
    } catch (OutputException e) {
      problems.error(Position.ofFile(displayPath(options.out())), e.getMessage());
    } catch (IOException e) {
      problems.error(Position.ofFile(displayPath(options.out())), "cannot write the site: "
          + e.getMessage() + ". The previous site was left as it was.");
    }
    return 0;
  }

  /** A language version with the engine (in its language) and the data its pages share. */
  private record Rendering(LanguageVersion version, TemplateEngine engine,
      Map<String, Object> common) {}

  private Map<String, byte[]> dataFiles(Site site, List<LanguageVersion> versions,
      List<Rendering> renderings, MarkdownRenderer markdown) {
    String baseUrl = baseUrl(site);
    Path content = options.content();
    Map<String, byte[]> data = new java.util.TreeMap<>(
        new OpenData(site, baseUrl, content, displayPath(content)).files());
    data.putAll(org.acta.feeds.Feeds.files(site, baseUrl));
    data.put("robots.txt", org.acta.seo.Sitemap.robots(baseUrl));
    for (LanguageVersion v : versions) {
      // Each version searches its own texts; results link within it.
      data.put(v.tree() + org.acta.search.SearchIndex.FILE,
          org.acta.search.SearchIndex.build(v.site()));
    }
    if (baseUrl != null) {
      // Search engines need absolute addresses; without a base URL there is no sitemap.
      List<String> paths = versions.get(0).pages().stream()
          .filter(p -> !p.path().equals("404.html") && !p.absoluteLinks())
          .map(Page::path).sorted().toList();
      data.putAll(org.acta.seo.Sitemap.files(baseUrl, paths, versions.stream()
          .map(v -> new org.acta.seo.Sitemap.Version(v.language(), v.tree())).toList()));
    }
    renderings.forEach(r -> newsletterTexts(r.version(), r.common(), markdown)
        .forEach(data::putIfAbsent));
    return data;
  }

  /** The data files, or the exception that stopped them, as thrown. */
  private static Map<String, byte[]> join(CompletableFuture<Map<String, byte[]>> data) {
    try {
      return data.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Data every page of one language version shares: the version of the site's config
   * language. Its {@code untranslated} is the main version's (nothing); a translated version
   * puts its own.
   */
  private Map<String, Object> commonData(Site site, Theme theme) {
    Map<String, Object> data = new HashMap<>();
    data.put("site", site);
    data.put("config", site.config());
    data.put("asOf", site.asOf());
    data.put("institutions", site.institutionsById());
    data.put("commitmentsById", site.commitmentsById());
    data.put("sdgs", Sdg.ALL);
    Map<String, String> messages = theme.messages(site.config().language());
    org.acta.render.Formats fmt = new org.acta.render.Formats(site.config().language());
    data.put("t", messages);
    data.put("fmt", fmt);
    data.put("charts", new org.acta.render.ChartHelper(messages, fmt, site.asOf()));
    data.put("historyCoverage", site.history().coverage().keyword());
    data.put("newsletterFooter", site.config().newsletterFooter() != null
        ? site.config().newsletterFooter() : messages.get("newsletter.footerDefault"));
    String baseUrl = baseUrl(site);
    data.put("baseUrl", baseUrl);
    data.put("basePath", baseUrl == null ? "/" : java.net.URI.create(baseUrl).getPath());
    // Language versions (see LanguageVersion): this version's folder, every language to link
    // the same page in, and which texts of this version show the original.
    var config = site.config();
    String tree = org.acta.render.SiteLanguage.tree(config.language(), config.mainLanguage());
    data.put("tree", tree);
    data.put("translating", !tree.isEmpty());
    data.put("languages", config.languages().stream().map(code -> org.acta.render.SiteLanguage
        .of(code, org.acta.render.SiteLanguage.tree(code, config.mainLanguage()))).toList());
    data.put("untranslated", org.acta.model.Untranslated.NONE);
    data.put("originalLanguage", org.acta.render.SiteLanguage.nameIn(config.mainLanguage(),
        config.language()));
    return data;
  }

  /** The plain-text edition of every newsletter, next to its web and e-mail editions. */
  @SuppressWarnings("unchecked")
  private static Map<String, byte[]> newsletterTexts(LanguageVersion version,
      Map<String, Object> common, MarkdownRenderer markdown) {
    Site site = version.site();
    String baseUrl = (String) common.get("baseUrl");
    String base = version.tree().isEmpty() ? baseUrl
        : (baseUrl == null ? "/" : baseUrl) + version.tree();
    Map<String, byte[]> files = new java.util.TreeMap<>();
    Map<String, String> t = (Map<String, String>) common.get("t");
    var fmt = (org.acta.render.Formats) common.get("fmt");
    String footer = site.config().newsletterFooter() != null ? site.config().newsletterFooter()
        : t.get("newsletter.footerDefault");
    // The plain-text edition tells what the newsletter's page tells: the same sections.
    Map<String, Object> sectionsByPath = new HashMap<>();
    version.pages().stream().filter(p -> p.template().equals("newsletter.ftlh"))
        .forEach(p -> sectionsByPath.put(p.path(), p.data().get("sections")));
    for (var n : site.newsletters()) {
      var sections = (org.acta.tracking.NewsletterSections) sectionsByPath.get(n.path());
      files.put(version.tree() + n.path() + "email.txt", org.acta.newsletter.PlainTextEdition
          .render(sections, t, fmt, base, footer, markdown).getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /** The public address, ending in '/', or null when neither option nor site.yaml sets it. */
  private String baseUrl(Site site) {
    String url = options.baseUrl() != null ? options.baseUrl() : site.config().baseUrl();
    return url == null || url.endsWith("/") ? url : url + "/";
  }

  private static java.util.Set<String> evidencePaths(List<org.acta.model.ActionPlan> plans) {
    java.util.Set<String> paths = new java.util.TreeSet<>();
    for (var plan : plans) {
      for (var c : plan.commitments()) {
        for (Milestone m : c.milestones()) {
          m.evidence().stream().filter(Evidence::isFile).forEach(e -> paths.add(e.path()));
        }
      }
    }
    return paths;
  }

  /** Evidence files by site path; each is copied to the same path under the output. */
  private static Map<String, Path> evidenceFiles(Site site, ContentReader reader) {
    Map<String, Path> files = new java.util.TreeMap<>();
    for (var c : site.commitments()) {
      for (Milestone m : c.milestones()) {
        for (Evidence e : m.evidence()) {
          if (e.isFile()) {
            files.put(e.path(), reader.root().resolve(e.path()));
          }
        }
      }
    }
    return files;
  }

  /** Reserves every output path first, in a fixed order, so collisions are reported stably. */
  private static void claimAll(StagedOutput out, List<LanguageVersion> versions,
      Map<String, byte[]> statics, Map<String, Path> evidence, Problems problems)
      throws OutputException {
    List<String[]> claims = new ArrayList<>();
    versions.forEach(v -> v.pages().forEach(p -> claims.add(new String[] {v.outputFile(p),
        p.source() != null ? p.source().file() : "the page /" + v.tree() + p.path()})));
    statics.keySet().forEach(k -> claims.add(new String[] {k, "the theme's static/" + k}));
    evidence.keySet().forEach(k -> claims.add(new String[] {k, "evidence file " + k}));
    for (String[] claim : claims) {
      String previous = out.claim(claim[0], claim[1]);
      if (previous != null) {
        problems.error(Position.ofFile(claim[1]), "would be written to " + claim[0]
            + ", which " + previous + " also writes; rename one of them.");
      }
    }
  }

  private static void writeQuietly(StagedOutput out, String path, byte[] bytes,
      Problems problems) {
    try {
      out.write(path, bytes);
    } catch (IOException | OutputException e) {
      problems.error(Position.ofFile(path), "cannot be written: " + e.getMessage());
    }
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
