package org.acta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.acta.build.BuildOptions;
import org.acta.build.BuildResult;
import org.acta.build.SiteBuilder;
import org.acta.diagnostics.ProblemFormatter;
import org.acta.serve.ContentWatcher;
import org.acta.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build the site, serve it on this computer for preview, and rebuild it "
        + "whenever a file under the content or templates folder changes; the open page "
        + "reloads by itself. Content errors are shown in the page and in the terminal, and "
        + "the last good site keeps being served. Stop with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ContentOptions content;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
  String bind;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where the preview is built (default: a temporary folder).")
  Path out;

  /** Counted down when the server should stop (tests); null means run until killed. */
  CountDownLatch stop;

  @Override
  public Integer call() throws Exception {
    Path site = out != null ? out : Files.createTempDirectory("acta-preview-").resolve("site");
    var stdout = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    AtomicLong builds = new AtomicLong();
    try (PreviewServer server = new PreviewServer(site, bind, port)) {
      ExecutorService builder = Executors.newSingleThreadExecutor();
      Runnable rebuild = () -> {
        long started = System.nanoTime();
        BuildResult r = new SiteBuilder(new BuildOptions(content.content,
            content.templatesOrDefault(), site, null, null)).run();
        long ms = (System.nanoTime() - started) / 1_000_000;
        String errors = r.ok() ? "" : ProblemFormatter.format(r.problems().all());
        server.update(new PreviewServer.Status(builds.incrementAndGet(), errors));
        if (r.ok()) {
          stdout.println("Built " + r.pages() + " pages in " + ms + " ms.");
          stdout.flush();
        } else {
          err.print(errors);
          err.println("Build failed; still serving the last good site.");
          err.flush();
        }
      };
      builder.submit(rebuild).get();
      stdout.println("Serving on http://" + bind + ":" + server.port() + "/ (Ctrl+C to stop)");
      stdout.flush();
      try (ContentWatcher watcher = new ContentWatcher(
          List.of(content.content, content.templatesOrDefault()),
          () -> builder.submit(rebuild))) {
        if (stop != null) {
          stop.await();
        } else {
          Thread.currentThread().join();
        }
      } finally {
        builder.shutdownNow();
      }
    }
    return 0;
  }
}
