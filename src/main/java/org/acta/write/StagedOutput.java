package org.acta.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.acta.diagnostics.Message;

/**
 * Writes a site into a hidden staging folder beside the output folder and swaps it in only
 * when the whole build succeeded, so a failed or interrupted build leaves the previous site as
 * it was. Every path is checked to stay inside the output; two files claiming one path is an
 * error. A lock file keeps two builds from swapping the same output at once.
 *
 * <p>A file whose bytes the previous build already wrote is not written again: the staged path
 * becomes a hard link to the previous file, so it keeps its modification time. Deploy tools that compare sizes and times (rsync, most sync commands)
 * then upload only what changed, and a rebuild writes only the pages an edit touched.
 */
public final class StagedOutput implements AutoCloseable {
  /**
   * Marks a folder as made by Acta, so a build never replaces a folder it did not make. It also
   * records facts about the build that other commands read, as {@code key: value} lines.
   */
  public static final String MARKER = ".acta-site";

  /** A {@code key: value} line of an Acta site's marker file, if present. */
  public static Optional<String> markerValue(Path site, String key) {
    try {
      return Files.readAllLines(site.resolve(MARKER)).stream()
          .filter(l -> l.startsWith(key + ": ")).map(l -> l.substring(key.length() + 2).strip())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private final Path out;
  private final Path staging;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Map<String, String> origins = new HashMap<>();
  private boolean committed;
  private final Map<String, String> hashes = new ConcurrentHashMap<>();
  private final PreviousBuild previous;
  private volatile boolean linksWork = true;
  private final AtomicInteger kept = new AtomicInteger();

  /** The site being replaced: where it really is, and the hashes its manifest lists. */
  private record PreviousBuild(Path realRoot, Map<String, String> hashes) {
    static final PreviousBuild NONE = new PreviousBuild(null, Map.of());

    static PreviousBuild of(Path site) {
      try {
        return new PreviousBuild(site.toRealPath(), Manifest.read(site.resolve(Manifest.FILE)));
      } catch (IOException | RuntimeException e) {
        return NONE; // no manifest, or a damaged one: every file is written
      }
    }
  }

  private StagedOutput(Path out, Path staging, FileChannel lockChannel, FileLock lock,
      PreviousBuild previous) {
    this.out = out;
    this.staging = staging;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.previous = previous;
  }

  /**
   * Prepares to replace {@code out}. Refuses an output folder that holds the content, or an
   * existing non-empty folder that Acta did not make.
   */
  public static StagedOutput open(Path out, Path content) throws OutputException, IOException {
    return open(out, content, "");
  }

  /** As {@link #open(Path, Path)}, with extra lines for the marker file (e.g. the base path). */
  public static StagedOutput open(Path out, Path content, String markerLines)
      throws OutputException, IOException {
    Path target = out.toAbsolutePath().normalize();
    Path source = content.toAbsolutePath().normalize();
    if (target.getParent() == null) {
      throw new OutputException(Message.of("staged-output.the-output-folder-cannot"));
    }
    if (source.startsWith(target) || target.startsWith(source)) {
      throw new OutputException(Message.of("staged-output.the-output-folder-overlaps", out,
          content));
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new OutputException(Message.of("staged-output.exists-and-is-not", out));
    }
    if (Files.isDirectory(target) && !isEmpty(target) && !Files.exists(target.resolve(MARKER))) {
      throw new OutputException(Message.of("staged-output.exists-is-not-empty", out));
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    FileChannel channel = FileChannel.open(parent.resolve("." + name + ".acta-lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new OutputException(Message.of("staged-output.another-build-is-writing", out));
    }
    recoverInterruptedBuilds(parent, name, target);
    Path staging = createUniqueDirectory(parent, "." + name + ".acta-build-");
    Files.writeString(staging.resolve(MARKER),
        "# This folder is generated by Acta and replaced on every build.\n" + markerLines);
    PreviousBuild previous = Files.isRegularFile(target.resolve(MARKER))
        ? PreviousBuild.of(target) : PreviousBuild.NONE;
    return new StagedOutput(target, staging, channel, lock, previous);
  }

  /**
   * Cleans up after a build that was killed: its staging folder is dropped, and if it died
   * between moving the old site aside and moving the new one in, the old site is put back.
   * Safe because we hold the lock, so no other build owns these folders.
   */
  private static void recoverInterruptedBuilds(Path parent, String name, Path target)
      throws IOException {
    List<Path> leftovers;
    try (Stream<Path> entries = Files.list(parent)) {
      leftovers = entries.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith("." + name + ".acta-build-") || n.startsWith("." + name + ".acta-old-");
      }).sorted().toList();
    }
    for (Path p : leftovers) {
      boolean previousSite = p.getFileName().toString().startsWith("." + name + ".acta-old-");
      if (previousSite && !Files.exists(target)) {
        move(p, target);
      } else {
        deleteTree(p);
      }
    }
  }

  /**
   * Writes one file at a site-relative path ({@code minutes/2018/x/index.html}).
   *
   * @param origin what produced it, named if another file claims the same path
   * @return the origin that already claimed this path, or null when the path was free. Paths
   *     that differ only in letter case are one path: they are one file on macOS and Windows,
   *     where a site is often copied or served from.
   */
  public synchronized String claim(String relativePath, String origin) throws OutputException {
    Path file = resolve(relativePath);
    String key = staging.relativize(file).toString().toLowerCase(Locale.ROOT);
    return origins.putIfAbsent(key, origin);
  }

  public void write(String relativePath, byte[] bytes) throws IOException, OutputException {
    Path file = resolve(relativePath);
    Files.createDirectories(file.getParent());
    String key = manifestKey(file);
    String hash = Manifest.sha256(bytes);
    hashes.put(key, hash);
    if (!keptFromPreviousBuild(key, hash, bytes.length, file,
        old -> Arrays.equals(Files.readAllBytes(old), bytes))) {
      Files.write(file, bytes);
    }
  }

  private interface SameContent {
    boolean test(Path old) throws IOException;
  }

  /**
   * Links the previous build's file into the staged site when it holds exactly these bytes.
   * The manifest's hash only says which files are worth comparing: the file itself is compared
   * byte for byte (reading is cheaper than writing), so a file changed by hand since that
   * build is written again. Where hard links are not supported, every file is written.
   */
  private boolean keptFromPreviousBuild(String key, String hash, long size, Path file,
      SameContent same) {
    if (!linksWork || !hash.equals(previous.hashes().get(key))) {
      return false;
    }
    Path old = out.resolve(key);
    try {
      BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      // Only a file really inside the previous site: not one behind a planted symbolic link.
      if (!attributes.isRegularFile() || attributes.size() != size
          || !old.toRealPath().startsWith(previous.realRoot()) || !same.test(old)) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    try {
      Files.createLink(file, old);
      kept.incrementAndGet();
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      linksWork = false; // e.g. a file system without hard links: stop trying
      return false;
    }
  }

  /** How many files were kept from the previous build rather than written. */
  public int keptFiles() {
    return kept.get();
  }

  public void copy(String relativePath, Path source) throws IOException, OutputException {
    Path file = resolve(relativePath);
    Files.createDirectories(file.getParent());
    String key = manifestKey(file);
    String hash = Manifest.sha256(source);
    hashes.put(key, hash);
    if (!keptFromPreviousBuild(key, hash, Files.size(source), file,
        old -> Files.mismatch(old, source) == -1)) {
      // From a stream, so the copy gets the umask's mode, not the source file's (say 0600).
      try (var in = Files.newInputStream(source)) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private String manifestKey(Path file) {
    return staging.relativize(file).toString().replace('\\', '/');
  }

  private Path resolve(String relativePath) throws OutputException {
    return resolveUnder(staging, relativePath);
  }

  /** A site-relative path under {@code root}, refusing anything that could leave it. */
  private static Path resolveUnder(Path root, String relativePath) throws OutputException {
    if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
        || relativePath.contains("\0")) {
      throw new OutputException(Message.of("staged-output.refusing-to-write-to", relativePath));
    }
    for (String segment : relativePath.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new OutputException(Message.of("staged-output.refusing-to-write-to-2", relativePath));
      }
    }
    Path file = root.resolve(relativePath).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new OutputException(Message.of("staged-output.refusing-to-write-outside",
          relativePath));
    }
    return file;
  }

  /**
   * A new folder with a name no other build uses. Unlike Files.createTempDirectory (mode 0700)
   * it gets the mode the umask allows, as the site folder it becomes must (0755 under umask
   * 022): a 0700 site gives 403 errors once copied with cp -a or served by another user.
   */
  private static Path createUniqueDirectory(Path parent, String prefix) throws IOException {
    while (true) {
      try {
        return Files.createDirectory(parent.resolve(prefix + uniqueSuffix()));
      } catch (FileAlreadyExistsException e) {
        // another build picked the same name: draw again
      }
    }
  }

  /** A new empty file, with the umask's mode (Files.createTempFile makes 0600 files). */
  private static Path createUniqueFile(Path parent, String prefix, String suffix)
      throws IOException {
    while (true) {
      try {
        return Files.createFile(parent.resolve(prefix + uniqueSuffix() + suffix));
      } catch (FileAlreadyExistsException e) {
        // another writer picked the same name: draw again
      }
    }
  }

  private static String uniqueSuffix() {
    return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
  }

  /**
   * Replaces one file of a built site in place, atomically (a reader sees the old or the new
   * file, never half of one). For live preview only: the site's manifest is not updated.
   */
  public static void replaceInPlace(Path site, String relativePath, byte[] bytes)
      throws IOException, OutputException {
    Path root = site.toAbsolutePath().normalize();
    Path file = resolveUnder(root, relativePath);
    Files.createDirectories(file.getParent());
    Path temp = createUniqueFile(file.getParent(), ".acta-", ".tmp");
    try {
      Files.write(temp, bytes);
      move(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes the manifest of everything staged, then swaps the staged site in place. */
  public void commit() throws IOException {
    // Hashed as written (on every core, from memory) rather than by reading the site back.
    Files.write(staging.resolve(Manifest.FILE), Manifest.write(new TreeMap<>(hashes)));
    Path parent = out.getParent();
    Path old = null;
    if (Files.exists(out)) {
      old = createUniqueDirectory(parent, "." + out.getFileName() + ".acta-old-");
      Files.delete(old);
      move(out, old);
    }
    try {
      move(staging, out);
    } catch (IOException e) {
      if (old != null) {
        move(old, out);
      }
      throw e;
    }
    committed = true;
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Discards the staging folder unless committed, and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      if (!committed) {
        deleteTree(staging);
      }
    } finally {
      lock.release();
      lockChannel.close();
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * Deletes a folder and everything in it; nothing when it does not exist. Files go first, on
   * every core (a previous site has thousands), then the folders, deepest first.
   */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.toList();
    }
    try {
      all.parallelStream().filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .forEach(StagedOutput::deleteUnchecked);
      all.stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .sorted(Comparator.reverseOrder()).forEach(StagedOutput::deleteUnchecked);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void deleteUnchecked(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
