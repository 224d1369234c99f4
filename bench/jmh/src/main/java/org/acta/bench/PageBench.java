package org.acta.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.acta.diagnostics.Problems;
import org.acta.history.ContentHistory;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.load.FrontMatter;
import org.acta.load.SourceFile;
import org.acta.load.YamlDocument;
import org.acta.markdown.MarkdownRenderer;
import org.acta.model.Markdown;
import org.acta.model.Minute;
import org.acta.model.Untranslated;
import org.acta.pages.Page;
import org.acta.pages.PageData.MinutePage;
import org.acta.pages.SitePages;
import org.acta.pipeline.SiteBuilder;
import org.acta.render.SiteContext;
import org.acta.render.TemplateEngine;
import org.acta.render.Theme;
import org.acta.site.Site;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-page hot path of a build, one stage at a time, on one generated minute whose
 * Markdown body is about 10 KB (the whole file is about 13 KB):
 *
 * <ul>
 *   <li>{@code frontMatterSplit}: {@code FrontMatter.split} of the file text;
 *   <li>{@code frontMatterAndYaml}: split plus {@code YamlDocument.parseMapping} of the front
 *       matter (SnakeYAML compose into nodes, the schema-less part of loading);
 *   <li>{@code loadOneMinuteFolder}: {@code ContentLoader.load} of a folder with site.yaml,
 *       institutions.yaml (40) and this minute: read, split, YAML and the typed
 *       {@code MinuteDecoder} (package-private, so reached through the loader);
 *   <li>{@code markdownRender}: {@code MarkdownRenderer.render} of the body (flexmark, then the
 *       jsoup allow-list cleaner);
 *   <li>{@code templateMinutePage}: {@code TemplateEngine.render} of the minute's page, which
 *       includes rendering its Markdown body;
 *   <li>{@code templateMinutePageEmptyBody}: the same page for a copy of the minute with an
 *       empty body, i.e. Freemarker alone.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageBench {
  private SourceFile source;
  private String body;
  private Path oneMinute;
  private MarkdownRenderer markdown;
  private TemplateEngine engine;
  private SiteContext common;
  private Page minutePage;
  private Page minutePageEmptyBody;

  @Setup
  public void setUp() throws Exception {
    Path content = Corpora.generate(Integer.getInteger("acta.bench.minutes", 3),
        Integer.getInteger("acta.bench.commitments", 10), 13.5);
    Path file = Corpora.minuteFiles(content).get(1);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    source = new SourceFile(file, "content/minutes/" + file.getParent().getFileName() + "/"
        + file.getFileName(), text);
    body = FrontMatter.split(source, new Problems()).orElseThrow().body();
    System.out.printf("%n[setup] minute %s: %d bytes, body %d bytes%n", file.getFileName(),
        text.getBytes(StandardCharsets.UTF_8).length, body.getBytes(StandardCharsets.UTF_8).length);
    oneMinute = Corpora.oneMinuteFolder(content, file);
    markdown = new MarkdownRenderer();

    // The site of the small corpus (3 minutes, 10 commitments, so the agreements' commitment
    // links resolve), built the way SiteBuilder builds it.
    Problems problems = new Problems();
    ContentLoader.Loaded loaded = new ContentLoader(new ContentReader(content, "content"),
        problems).load();
    if (problems.hasErrors()) {
      throw new IllegalStateException("the corpus has errors: " + problems.all());
    }
    Site site = newSite(loaded, LocalDate.parse(Corpora.AS_OF));
    Theme theme = new Theme(null);
    engine = new TemplateEngine(theme, site.config().language(), markdown, "theme:");
    common = SiteContext.of(site, theme.messages(site.config().language()), null,
        Untranslated.NONE);
    String slug = file.getFileName().toString().replace(".md", "");
    minutePage = planPages(site).stream().filter(p -> p.template().equals("minute.ftlh")
        && p.path().contains(slug)).findFirst().orElseThrow();
    MinutePage data = (MinutePage) minutePage.data();
    minutePageEmptyBody = new Page(minutePage.path(), minutePage.template(), new MinutePage(
        withBody(data.minute(), new Markdown("")), data.previous(), data.next(), data.history(),
        data.agreements(), data.followUps(), data.publication()), minutePage.source());
    Optional<byte[]> html = engine.render(minutePage, common, problems);
    if (html.isEmpty() || problems.hasErrors()) {
      throw new IllegalStateException("the minute page does not render: " + problems.all());
    }
    System.out.printf("[setup] minute page: %d bytes of HTML%n", html.get().length);
  }

  @Benchmark
  public Object frontMatterSplit() {
    return FrontMatter.split(source, new Problems());
  }

  @Benchmark
  public Object frontMatterAndYaml() {
    Problems problems = new Problems();
    FrontMatter fm = FrontMatter.split(source, problems).orElseThrow();
    return YamlDocument.parseMapping(source, fm.yaml(), fm.firstLine(), problems).orElseThrow();
  }

  @Benchmark
  public Object loadOneMinuteFolder() throws Exception {
    return new ContentLoader(new ContentReader(oneMinute, "content"), new Problems()).load();
  }

  @Benchmark
  public String markdownRender() {
    return markdown.render(body);
  }

  @Benchmark
  public Object templateMinutePage() {
    return engine.render(minutePage, common, new Problems()).orElseThrow();
  }

  @Benchmark
  public Object templateMinutePageEmptyBody() {
    return engine.render(minutePageEmptyBody, common, new Problems()).orElseThrow();
  }

  // ---------------------------------------------------------------------------------------
  // Site is assembled inside SiteBuilder.run; these helpers follow the real code by reflection
  // (record components by name), so the benchmark keeps working while those classes gain
  // fields.

  /** A Site from the loader's output: each component from the Loaded accessor of that name. */
  static Site newSite(ContentLoader.Loaded loaded, LocalDate asOf) throws Exception {
    RecordComponent[] components = Site.class.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      if (c.getType() == LocalDate.class) {
        args[i] = asOf;
      } else if (c.getType() == ContentHistory.class) {
        args[i] = ContentHistory.none();
      } else {
        Method m = findMethod(ContentLoader.Loaded.class, c.getName());
        if (m != null) {
          args[i] = m.invoke(loaded);
        } else if (Map.class.isAssignableFrom(c.getType())) {
          args[i] = Map.of();
        } else if (List.class.isAssignableFrom(c.getType())) {
          args[i] = List.of();
        } else {
          throw new IllegalStateException("don't know how to fill Site." + c.getName());
        }
      }
    }
    Constructor<Site> ctor = Site.class.getDeclaredConstructor(types);
    return ctor.newInstance(args);
  }

  /** A copy of a minute with another body (all other components kept). */
  static Minute withBody(Minute minute, Markdown body) throws Exception {
    RecordComponent[] components = Minute.class.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = components[i].getName().equals("body") ? body
          : components[i].getAccessor().invoke(minute);
    }
    return Minute.class.getDeclaredConstructor(types).newInstance(args);
  }

  /** {@code SitePages.plan(site)} or, in later versions, {@code SitePages.plan(site, baseUrl)}. */
  @SuppressWarnings("unchecked")
  static List<Page> planPages(Site site) throws Exception {
    for (Method m : SitePages.class.getMethods()) {
      if (m.getName().equals("plan") && m.getParameterCount() >= 1
          && m.getParameterTypes()[0] == Site.class) {
        Object[] args = new Object[m.getParameterCount()];
        args[0] = site;
        return (List<Page>) m.invoke(null, args); // other arguments (base URL): null, the default
      }
    }
    throw new IllegalStateException("SitePages.plan(Site, ...) not found");
  }

  private static Method findMethod(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 0) {
        return m;
      }
    }
    return null;
  }
}
