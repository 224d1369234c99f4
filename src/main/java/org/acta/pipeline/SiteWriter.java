package org.acta.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.pages.Page;
import org.acta.write.OutputException;
import org.acta.write.StagedOutput;

/**
 * The last stage: writes the rendered pages, the data files, the theme's static files and the
 * evidence into a staged folder, and swaps it in only when everything was written. Every
 * output path is claimed first, so two things that would write the same file are reported
 * (naming both) before anything is written.
 *
 * @param statics the theme's static files by site path
 * @param evidence evidence files by site path, copied from the content folder
 */
record SiteWriter(List<Rendering> renderings, Map<String, byte[]> statics,
    Map<String, Path> evidence) {

  /**
   * Writes the site into {@code out}; the number of files written, 0 when anything failed
   * (then the previous site is left as it was).
   *
   * @param dataFiles makes the data files, handing each to the consumer it is given; run on
   *     another core while the pages render, and written as they come
   */
  int write(StagedOutput out, Consumer<BiConsumer<String, byte[]>> dataFiles,
      Problems problems, PhaseTimes times) throws IOException, OutputException {
    claimAll(out, problems);
    times.end("prepare output");
    if (problems.hasErrors()) {
      return 0;
    }
    // Started once every page has claimed its path, so a clash names the page first.
    DataSink sink = new DataSink(out, problems);
    CompletableFuture<Void> data = CompletableFuture.runAsync(() -> dataFiles.accept(sink));
    int pages = 0;
    for (List<Job> group : byPath()) {
      // A page in every language on one thread, one after another: the Markdown an
      // untranslated page shares with the original is rendered once (MarkdownRenderer keeps
      // each thread's recent renderings), and no language waits for another to finish.
      group.parallelStream().forEach(job -> job.forEach(this, out, problems));
      pages += group.stream().mapToInt(Job::size).sum();
    }
    times.end("render and write pages");
    join(data);
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
    return pages + statics.size() + sink.count() + evidence.size();
  }

  /** The same page (by path) in each language version, main first. */
  private record Job(List<Rendering> versions, List<Page> pages) {
    int size() {
      return pages.size();
    }

    void forEach(SiteWriter writer, StagedOutput out, Problems problems) {
      for (int i = 0; i < pages.size(); i++) {
        Rendering r = versions.get(i);
        Page page = pages.get(i);
        r.render(page, problems).ifPresent(html -> writeQuietly(out,
            r.version().outputFile(page), html, problems));
      }
    }
  }

  /**
   * Every page of every version, grouped by path: the main version's pages with the same path
   * in the other versions; then, as a second group, pages only another version has. (Paths
   * are unique within a version: claimAll reported any clash before.)
   */
  private List<List<Job>> byPath() {
    List<Map<String, Page>> others = new ArrayList<>();
    for (Rendering r : renderings.subList(1, renderings.size())) {
      Map<String, Page> paths = new LinkedHashMap<>();
      r.version().pages().forEach(p -> paths.putIfAbsent(p.path(), p));
      others.add(paths);
    }
    List<Job> together = new ArrayList<>();
    for (Page page : renderings.get(0).version().pages()) {
      List<Rendering> rs = new ArrayList<>(List.of(renderings.get(0)));
      List<Page> ps = new ArrayList<>(List.of(page));
      for (int v = 0; v < others.size(); v++) {
        Page same = others.get(v).remove(page.path());
        if (same != null) {
          rs.add(renderings.get(v + 1));
          ps.add(same);
        }
      }
      together.add(new Job(rs, ps));
    }
    List<Job> rest = new ArrayList<>();
    for (int v = 0; v < others.size(); v++) {
      Rendering r = renderings.get(v + 1);
      for (Page page : others.get(v).values()) {
        rest.add(new Job(List.of(r), List.of(page)));
      }
    }
    return List.of(together, rest);
  }

  /**
   * Writes each data file as it is made; a path already written keeps its first file (a
   * newsletter's text version never replaces a data file of the same path).
   */
  private final class DataSink implements BiConsumer<String, byte[]> {
    private final StagedOutput out;
    private final Problems problems;
    private final Set<String> written = new HashSet<>();

    DataSink(StagedOutput out, Problems problems) {
      this.out = out;
      this.problems = problems;
    }

    @Override
    public synchronized void accept(String path, byte[] bytes) {
      if (!written.add(path)) {
        return;
      }
      try {
        writeDataFile(out, path, bytes, problems);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (OutputException e) {
        throw new OutputFailure(e);
      }
    }

    synchronized int count() {
      return written.size();
    }
  }

  /** Carries an OutputException out of the data files' thread. */
  private static final class OutputFailure extends RuntimeException {
    OutputFailure(OutputException cause) {
      super(cause);
    }
  }

  private void writeDataFile(StagedOutput out, String path, byte[] bytes, Problems problems)
      throws IOException, OutputException {
    if (statics.containsKey(path)) {
      problems.error(Position.ofFile("theme static/" + path),
          Message.of("site-writer.clashes-with-the-open"));
      return;
    }
    String previous = out.claim(path, "the data file " + path);
    if (previous != null) {
      problems.error(Position.ofFile(path), Message.of("site-writer.would-be-written-to", path,
          previous));
      return;
    }
    out.write(path, bytes);
  }

  /** Reserves every output path first, in a fixed order, so collisions are reported stably. */
  private void claimAll(StagedOutput out, Problems problems) throws OutputException {
    List<String[]> claims = new ArrayList<>();
    for (Rendering r : renderings) {
      LanguageVersion v = r.version();
      v.pages().forEach(p -> claims.add(new String[] {v.outputFile(p),
          p.source() != null ? p.source().file() : "the page /" + v.tree() + p.path()}));
    }
    statics.keySet().forEach(k -> claims.add(new String[] {k, "the theme's static/" + k}));
    evidence.keySet().forEach(k -> claims.add(new String[] {k, "evidence file " + k}));
    for (String[] claim : claims) {
      String previous = out.claim(claim[0], claim[1]);
      if (previous != null) {
        problems.error(Position.ofFile(claim[1]), Message.of("site-writer.would-be-written-to-2",
            claim[0], previous));
      }
    }
  }

  private static void writeQuietly(StagedOutput out, String path, byte[] bytes,
      Problems problems) {
    try {
      out.write(path, bytes);
    } catch (IOException | OutputException e) {
      problems.error(Position.ofFile(path), Message.of("site-writer.cannot-be-written",
          e.getMessage()));
    }
  }

  /** Waits for the data files; rethrows what stopped them as it was thrown. */
  private static void join(CompletableFuture<Void> data) throws IOException, OutputException {
    try {
      data.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof OutputFailure failure) {
        throw (OutputException) failure.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
