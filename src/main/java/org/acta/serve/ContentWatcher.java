package org.acta.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folder trees and calls back once per burst of changes (editors save in bursts: a
 * temporary file, a rename), with the paths that changed.
 */
public final class ContentWatcher implements AutoCloseable {
  /** Short, because the whole edit-to-page budget is 300 ms; a save's events come within. */
  private static final long QUIET_MILLIS = 20;
  private final WatchService watch;
  private final Thread thread;

  public ContentWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
    watch = FileSystems.getDefault().newWatchService();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
    thread = new Thread(() -> loop(onChange), "acta-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        d.register(watch, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  private void loop(Consumer<Set<Path>> onChange) {
    try {
      while (true) {
        Set<Path> changed = new TreeSet<>();
        drain(watch.take(), changed);
        // Collect the rest of the burst before rebuilding.
        for (WatchKey more; (more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          drain(more, changed);
        }
        onChange.accept(changed);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  /** Adds the key's changed paths; an overflow (events lost) adds the watched folder itself. */
  private void drain(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      changed.add(event.context() instanceof Path p ? dir.resolve(p) : dir);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        Path created = dir.resolve((Path) event.context());
        if (Files.isDirectory(created)) {
          try {
            registerTree(created);
          } catch (IOException e) {
            // a folder that vanished at once: nothing to watch
          }
        }
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    watch.close();
    thread.interrupt();
  }
}
