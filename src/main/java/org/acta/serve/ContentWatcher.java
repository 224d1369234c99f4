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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches folder trees and calls back once per burst of changes (editors save in bursts). */
public final class ContentWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 150;
  private final WatchService watch;
  private final Thread thread;

  public ContentWatcher(List<Path> roots, Runnable onChange) throws IOException {
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

  private void loop(Runnable onChange) {
    try {
      while (true) {
        WatchKey key = watch.take();
        boolean changed = drain(key);
        // Collect the rest of the burst before rebuilding.
        for (WatchKey more; (more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          changed |= drain(more);
        }
        if (changed) {
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  private boolean drain(WatchKey key) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
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
    return true;
  }

  @Override
  public void close() throws IOException {
    watch.close();
    thread.interrupt();
  }
}
