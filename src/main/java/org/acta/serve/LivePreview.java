package org.acta.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.acta.diagnostics.Failures;
import org.acta.diagnostics.Counts;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.PhaseTimes;
import org.acta.pipeline.SiteBuilder;
import org.acta.pipeline.Snapshot;

/**
 * Keeps the preview site up to date with the content, in two steps per change:
 * <ol>
 *   <li>when only minute files changed, the fast path re-renders just their pages from the
 *       last full build's loaded content and compiled templates, and the browser reloads
 *       (a few hundred milliseconds even on a large archive);</li>
 *   <li>a full rebuild then brings everything else up to date (lists, agreements, feeds,
 *       search, data), in the background; changes made meanwhile queue one more.</li>
 * </ol>
 * Any other change (templates, site.yaml, plans...) goes straight to the full rebuild. A build
 * with errors writes nothing: the last good site keeps being served and the errors are shown
 * in the page and in the terminal.
 */
public final class LivePreview implements AutoCloseable {
  private final BuildOptions options;
  private final PreviewServer server;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ExecutorService quick = Executors.newSingleThreadExecutor(
      r -> daemon(r, "acta-preview-quick"));
  private final ExecutorService full = Executors.newSingleThreadExecutor(
      r -> daemon(r, "acta-preview-full"));
  private final AtomicLong builds = new AtomicLong();
  private final AtomicLong changes = new AtomicLong();
  private final AtomicBoolean fullQueued = new AtomicBoolean();
  private final AtomicReference<Snapshot> last = new AtomicReference<>();
  /** Minute files changed since the last full build started, with the change number. */
  private final Map<Path, Long> dirtyMinutes = new ConcurrentHashMap<>();

  private final boolean timings;
  /** The language of what the terminal and the page say. */
  private final Lang lang;

  /** A preview that speaks English. */
  public LivePreview(BuildOptions options, PreviewServer server, PrintWriter out,
      PrintWriter err, boolean timings) {
    this(options, server, out, err, timings, Lang.EN);
  }

  /**
   * @param timings print each build's phase times to {@code err}
   * @param lang the editor's language, of the terminal's lines and the page's error box
   */
  public LivePreview(BuildOptions options, PreviewServer server, PrintWriter out,
      PrintWriter err, boolean timings, Lang lang) {
    this.timings = timings;
    this.lang = lang;
    this.options = options;
    this.server = server;
    this.out = out;
    this.err = err;
  }

  /** The first build; returns when it is done. */
  public void start() throws Exception {
    fullQueued.set(true);
    full.submit(() -> guarded(this::fullBuild)).get();
    // A dry run of the fast path (no file changed, nothing written) compiles its code, so the
    // first edit is as quick as the next ones.
    quick.submit(() -> guarded(() -> {
      for (int i = 0; i < WARM_UP_RUNS && last.get() != null && dirtyMinutes.isEmpty(); i++) {
        new SiteBuilder(options).rerenderMinutes(last.get(), Set.of(), options.out());
      }
    }));
  }

  private static final int WARM_UP_RUNS = 5;

  /** Called by the watcher with the paths of one burst of changes. */
  public void changed(Set<Path> paths) {
    long change = changes.incrementAndGet();
    boolean minutesOnly = !paths.isEmpty() && paths.stream().allMatch(this::isMinuteFile);
    if (minutesOnly && last.get() != null) {
      paths.forEach(p -> dirtyMinutes.put(p, change));
      // The full rebuild waits for the fast path, so as not to take the cores from it.
      quick.submit(() -> {
        guarded(this::quickBuild);
        queueFullBuild();
      });
    } else {
      queueFullBuild();
    }
  }

  private void queueFullBuild() {
    if (fullQueued.compareAndSet(false, true)) {
      full.submit(() -> guarded(this::fullBuild));
    }
  }

  /** Waits for the builds queued so far (tests). */
  public void awaitIdle() throws Exception {
    Future<?> q = quick.submit(() -> { });
    q.get();
    full.submit(() -> { }).get();
  }

  private boolean isMinuteFile(Path p) {
    Path minutes = options.content().toAbsolutePath().normalize().resolve("minutes");
    Path abs = p.toAbsolutePath().normalize();
    String name = abs.getFileName().toString();
    // NAME.en.md is a translation: other language versions are the full rebuild's job.
    return abs.startsWith(minutes) && abs.getNameCount() == minutes.getNameCount() + 2
        && name.endsWith(".md") && !name.matches(".*\\.[a-z]{2,3}\\.md");
  }

  /** Runs a build step; a bug or a full heap is reported, never lost in the executor. */
  private void guarded(Runnable step) {
    try {
      step.run();
    } catch (RuntimeException | Error e) {
      // One line, as the CLI reports it; the last good site keeps being served.
      report(Failures.oneLine(e) + (e instanceof OutOfMemoryError ? " Live preview keeps the "
          + "last build's content in memory beside the new one." : ""));
    }
  }

  private void report(String message) {
    err.println(message);
    err.flush();
    server.update(new PreviewServer.Status(builds.incrementAndGet(), message));
  }

  private void quickBuild() {
    Snapshot snapshot = last.get();
    if (snapshot == null || dirtyMinutes.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    SiteBuilder.QuickResult r = new SiteBuilder(options)
        .rerenderMinutes(snapshot, Set.copyOf(dirtyMinutes.keySet()), options.out());
    long ms = (System.nanoTime() - started) / 1_000_000;
    printTimings(r.times());
    if (r.problems().hasErrors()) {
      // Shown in the page now; the full rebuild that follows prints them in the terminal.
      server.update(new PreviewServer.Status(builds.incrementAndGet(),
          overlay(ProblemFormatter.format(r.problems().all(), lang))));
      return;
    }
    server.update(new PreviewServer.Status(builds.incrementAndGet(), ""));
    out.println(Message.of("serve.updated", String.join(", ", r.written()), ms).text(lang));
    out.flush();
  }

  private void fullBuild() {
    fullQueued.set(false);
    long startedAt = changes.get();
    long started = System.nanoTime();
    BuildResult r = new SiteBuilder(options).run();
    long ms = (System.nanoTime() - started) / 1_000_000;
    printTimings(r.times());
    String errors = r.ok() ? "" : ProblemFormatter.format(r.problems().all(), lang);
    if (r.ok()) {
      last.set(r.snapshot());
      dirtyMinutes.values().removeIf(change -> change <= startedAt);
    }
    server.update(new PreviewServer.Status(builds.incrementAndGet(), overlay(errors)));
    if (r.ok()) {
      out.println(Message.of("serve.built", Counts.pages(r.pages()), ms).text(lang));
      out.flush();
    } else {
      err.print(errors);
      err.println(Message.of("serve.build-failed").text(lang));
      err.flush();
    }
  }

  /** The page's error box: what it is, then the errors; empty when there are none. */
  private String overlay(String errors) {
    return errors.isEmpty() ? "" : Message.of("serve.overlay").text(lang) + "\n\n" + errors;
  }

  private void printTimings(List<PhaseTimes.Phase> phases) {
    if (timings) {
      PhaseTimes.print(phases, err);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * Stops both workers and waits (a bounded time) for a build under way: it cannot be stopped
   * half-way, and leaving it running would leave its staging folder beside the output.
   */
  @Override
  public void close() {
    quick.shutdownNow();
    full.shutdownNow();
    // A build under way finishes before serve returns: nothing writes into the output folder
    // after the command has ended (a test deleting its folder, a script moving the site).
    try {
      quick.awaitTermination(1, TimeUnit.MINUTES);
      full.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
