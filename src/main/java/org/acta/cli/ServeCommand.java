package org.acta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.pipeline.BuildOptions;
import org.acta.serve.ContentWatcher;
import org.acta.serve.LivePreview;
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
  @Mixin EditorLanguage language;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
  String bind;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where the preview is built (default: a temporary folder).")
  Path out;

  @Option(names = "--timings",
      description = "Print the wall time of each build phase to standard error.")
  boolean timings;

  /** Counted down when the server should stop (tests); null means run until killed. */
  CountDownLatch stop;

  @Override
  public Integer call() throws Exception {
    Path site = out != null ? out : Files.createTempDirectory("acta-preview-").resolve("site");
    var stdout = spec.commandLine().getOut();
    Lang lang = language.resolve(content.content);
    try (PreviewServer server = new PreviewServer(site, bind, port);
        LivePreview preview = new LivePreview(new BuildOptions(content.content,
            content.templatesOrDefault(), site, null, null), server, stdout,
            spec.commandLine().getErr(), timings, lang)) {
      preview.start();
      // Watch before saying "Serving on": an edit made as soon as it is said must be seen.
      try (ContentWatcher watcher = new ContentWatcher(
          List.of(content.content, content.templatesOrDefault()), preview::changed)) {
        stdout.println(Message.of("serve.serving", "http://" + bind + ":" + server.port() + "/")
            .text(lang));
        stdout.flush();
        if (stop != null) {
          stop.await();
        } else {
          Thread.currentThread().join();
        }
      }
    }
    return 0;
  }
}
