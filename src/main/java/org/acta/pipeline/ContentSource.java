package org.acta.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.history.GitContent;
import org.acta.history.GitDates;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.site.PastContent;
import org.acta.write.StagedOutput;

/**
 * Where a build reads its content and what "today" is. Without {@code --as-of} it is the
 * content folder as it is. With it, the content tree of the last commit on or before that date
 * is written to a temporary folder and built from there, so the rest of the pipeline reads
 * files as always and nothing is checked out. Past commits are written the same way for the
 * content frozen editions are made from ({@link #past}).
 */
final class ContentSource implements AutoCloseable {
  private final String revision;
  /** The commit whose first-parent line past days are read from. */
  private final String tip;
  private final LocalDate today;
  private final Message todaySource;
  private final GitContent git;
  private Path root;
  /** The temporary folder past trees are written to; made when the first one is. */
  private Path work;
  /** Past content trees already written, by commit id. */
  private final Map<String, Path> trees = new HashMap<>();

  private ContentSource(Path root, String revision, LocalDate today, Message todaySource,
      GitContent git) {
    this.root = root;
    this.revision = revision;
    this.tip = revision;
    this.today = today;
    this.todaySource = todaySource;
    this.git = git;
  }

  /** Empty, with an error in {@code problems}, when the as-of date predates every commit. */
  static Optional<ContentSource> open(BuildOptions options, String display, Problems problems)
      throws IOException {
    Optional<GitContent> git = GitContent.open(options.content());
    if (options.revision() != null) {
      return atRevision(options, git, display, problems);
    }
    LocalDate asOf = options.asOf();
    if (asOf == null) {
      Optional<LocalDate> latest = options.today() != null ? Optional.empty()
          : GitDates.latestContentCommit(options.content());
      return Optional.of(new ContentSource(options.content(), "HEAD",
          options.today() != null ? options.today()
              : latest.orElseGet(() -> LocalDate.now(ZoneOffset.UTC)),
          options.today() != null ? Message.of("content-source.today-option")
              : latest.isPresent() ? Message.of("content-source.latest-commit")
              : Message.of("content-source.no-history"),
          git.orElse(null)));
    }
    LocalDate today = options.today() != null ? options.today() : asOf;
    if (git.isEmpty()) {
      problems.warning(Position.ofFile(display), Message.of("content-source.is-not-in-git", asOf));
      return Optional.of(new ContentSource(options.content(), "HEAD", today,
          Message.of("content-source.as-of-option"), null));
    }
    Optional<GitContent.At> at = git.get().onOrBefore(asOf);
    if (at.isEmpty()) {
      problems.error(Position.ofFile(display), Message.of("content-source.has-no-commit-on", asOf,
          git.get().firstDate(), asOf));
      git.get().close();
      return Optional.empty();
    }
    return checkedOut(at.get(), today,
        Message.of("content-source.as-of-commit", at.get().shortId(), at.get().date()),
        git.get(), options.content());
  }

  /** The content of the commit {@code options.revision()} names, its history up to it. */
  private static Optional<ContentSource> atRevision(BuildOptions options,
      Optional<GitContent> git, String display, Problems problems) throws IOException {
    Optional<GitContent.At> at = git.isEmpty() ? Optional.empty()
        : git.get().resolve(options.revision());
    if (at.isEmpty()) {
      problems.error(Position.ofFile(display),
          Message.of("content-source.unknown-revision", options.revision()));
      git.ifPresent(GitContent::close);
      return Optional.empty();
    }
    LocalDate today = options.today() != null ? options.today() : at.get().date();
    return checkedOut(at.get(), today,
        Message.of("content-source.revision-commit", at.get().shortId(), options.revision()),
        git.get(), options.content());
  }

  /** The content of commit {@code at} written to a temporary folder; closed if that fails. */
  private static Optional<ContentSource> checkedOut(GitContent.At at, LocalDate today,
      Message todaySource, GitContent git, Path content) throws IOException {
    ContentSource source = new ContentSource(null, at.commit(), today, todaySource, git);
    try {
      source.root = source.tree(at, content, path -> true);
    } catch (IOException e) {
      source.close();
      throw e;
    }
    return Optional.of(source);
  }

  Path root() {
    return root;
  }

  /** Whether the content is a past commit's (--as-of), not the files as they are. */
  boolean pastCommit() {
    return !revision.equals("HEAD");
  }

  /** The commit history is read up to: HEAD, or the as-of commit. */
  String revision() {
    return revision;
  }

  LocalDate today() {
    return today;
  }

  Message todaySource() {
    return todaySource;
  }

  /**
   * The content as it stood on each of {@code days} before today, read in {@code language}
   * (null for the originals). A day with no commit on or before it, or whose commit's content
   * does not load, is left out: what is made from it is then not frozen.
   */
  Map<LocalDate, PastContent> past(Set<LocalDate> days, String language, Path content,
      String display, Problems problems) {
    Map<LocalDate, PastContent> past = new TreeMap<>();
    if (git == null) {
      return past;
    }
    try {
      readPast(days, language, content, display, problems, past);
    } catch (IOException e) {
      problems.warning(Position.ofFile(display), Message.of("content-source.its-past-could-not",
          e.getMessage()));
    }
    return past;
  }

  private void readPast(Set<LocalDate> days, String language, Path content, String display,
      Problems problems, Map<LocalDate, PastContent> past) throws IOException {
    Map<String, Optional<ContentLoader.Loaded>> loaded = new HashMap<>();
    for (LocalDate day : new TreeSet<>(days)) {
      if (!day.isBefore(today)) {
        continue;
      }
      Optional<GitContent.At> at = git.onOrBefore(day, tip);
      if (at.isEmpty()) {
        continue;
      }
      Optional<ContentLoader.Loaded> state = loaded.get(at.get().commit());
      if (state == null) {
        state = load(tree(at.get(), content, ContentSource::isText), display, language,
            at.get(), problems);
        loaded.put(at.get().commit(), state);
      }
      state.ifPresent(s -> past.put(day, new PastContent(day, at.get().commit(),
          at.get().date(), s.plans(), s.minutes(), s.meetings())));
    }
  }

  private static Optional<ContentLoader.Loaded> load(Path tree, String display, String language,
      GitContent.At at, Problems problems) throws IOException {
    Problems reading = new Problems();
    ContentLoader.Loaded loaded = new ContentLoader(new ContentReader(tree, display), reading,
        language).load();
    if (reading.hasErrors() || loaded.config() == null) {
      problems.warning(Position.ofFile(display), Message.of("content-source.as-of-commit-of",
          at.shortId(), at.date()));
      return Optional.empty();
    }
    return Optional.of(loaded);
  }

  /**
   * Past content needs only the files the loader reads; evidence (which may be large) is left
   * out, since nothing made from past content copies or fingerprints it.
   */
  private static boolean isText(String path) {
    return path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".md");
  }

  /**
   * The content folder of {@code at}, written once under the temporary folder: the first
   * request decides which files it holds (the as-of tree, written first, holds them all).
   */
  private Path tree(GitContent.At at, Path content, Predicate<String> wanted)
      throws IOException {
    Path tree = trees.get(at.commit());
    if (tree == null) {
      if (work == null) {
        work = Files.createTempDirectory("acta-content-");
      }
      tree = work.resolve(at.commit()).resolve(content.toAbsolutePath().normalize()
          .getFileName().toString());
      git.writeTree(at, tree, wanted);
      trees.put(at.commit(), tree);
    }
    return tree;
  }

  @Override
  public void close() throws IOException {
    if (git != null) {
      git.close();
    }
    if (work != null) {
      StagedOutput.deleteTree(work);
    }
  }
}
