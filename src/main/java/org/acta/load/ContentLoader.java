package org.acta.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.model.ActionPlan;
import org.acta.model.ArchivedCopy;
import org.acta.model.Commitment;
import org.acta.model.ConsultationInput;
import org.acta.model.Institution;
import org.acta.model.Meeting;
import org.acta.model.MeetingKind;
import org.acta.model.Minute;
import org.acta.model.Newsletter;
import org.acta.model.SiteConfig;
import org.acta.paths.SitePaths;

/**
 * Finds and decodes every content file under the content folder. The folder layout is the
 * schema: {@code site.yaml}, {@code institutions.yaml}, {@code minutes/YYYY/*.md},
 * {@code plans/<id>/plan.yaml} and {@code plans/<id>/commitments/*.yaml}. Other folders (such
 * as {@code evidence/}) hold files that content links to.
 *
 * <p>Content may carry translations (see {@link Localization}). A loader either checks the
 * content and reads its originals, or reads one translated version of the same files.
 */
public final class ContentLoader {
  private final ContentReader reader;
  private final Problems problems;
  /** The translation to read; null to check the content and read the originals. */
  private final String reading;
  /** Which translations content may hold; known once site.yaml is read. */
  private Localization localization = Localization.SINGLE;
  /** The kinds site.yaml declares, which minutes and meetings are checked against. */
  private Map<String, MeetingKind> meetingKinds = SiteConfig.DEFAULT_MEETING_KINDS;
  /** The same kinds with their labels in each other language, for {@link #alsoReading}. */
  private final Map<String, Map<String, MeetingKind>> meetingKindsIn = new HashMap<>();
  /** Copies of evidence addresses, from the archive ledger; read before the commitments. */
  private Map<String, ArchivedCopy> archived = Map.of();
  /** Files that exist but did not decode; minutes are decoded on several cores. */
  private final Set<String> failed = new ConcurrentSkipListSet<>();
  /**
   * Whether to decode the bulk (minutes, commitments) in every language of the site while it
   * is parsed for the check; see {@link #translation}.
   */
  private final boolean decodeTranslations;
  /** The bulk as each other language reads it: filled when {@code decodeTranslations}. */
  private final Map<String, Translated> translated = new ConcurrentHashMap<>();
  /** A translation-reading loader's bulk, decoded by the loader that checked the content. */
  private final Translated decoded;

  /**
   * Minutes and commitments as one other language reads them. Decoding them from the same
   * parse as the originals costs a fraction of reading the files again, and every text that is
   * not translated (a minute's body, most often) is the same string in both versions.
   */
  public record Translated(List<Minute> minutes, Map<String, List<Commitment>> commitments) {
    Translated() {
      this(Collections.synchronizedList(new ArrayList<>()), new ConcurrentHashMap<>());
    }
  }

  public ContentLoader(ContentReader reader, Problems problems) {
    this(reader, problems, null);
  }

  /**
   * A loader of the site's version in {@code reading}, one of site.yaml's languages other than
   * the first; null to check the content and read the originals.
   */
  public ContentLoader(ContentReader reader, Problems problems, String reading) {
    this(reader, problems, reading, false, null);
  }

  private ContentLoader(ContentReader reader, Problems problems, String reading,
      boolean decodeTranslations, Translated decoded) {
    this.reader = reader;
    this.problems = problems;
    this.reading = reading;
    this.decodeTranslations = decodeTranslations;
    this.decoded = decoded;
  }

  /**
   * A loader that checks the content and, while each minute and commitment is parsed, also
   * decodes it in the site's other languages, for {@link #translation} after {@link #load}.
   */
  public static ContentLoader withTranslations(ContentReader reader, Problems problems) {
    return new ContentLoader(reader, problems, null, true, null);
  }

  /**
   * The site's version in {@code language} (one of site.yaml's other languages), after
   * {@link #load} of a loader made by {@link #withTranslations}: the few other files are read
   * again, minutes and commitments come from that load.
   */
  public Loaded translation(String language, Problems problems) {
    Translated bulk = translated.getOrDefault(language, new Translated());
    return new ContentLoader(reader, problems, language, false, bulk).load();
  }

  /**
   * Decoded content, before cross-file checks. Parts that failed to decode are left out;
   * {@code commitments} also holds those of plans whose plan.yaml failed, so their own
   * references are still checked in the same run. The declared ids are those written in the
   * content, even in entries or files that failed to decode: a reference to them is not
   * "unknown" (the entry's own error is reported instead).
   *
   * @param failedToLoad content files (as displayed) that exist but did not decode: their own
   *     errors are reported, so checks of what they would have held stay silent
   */
  public record Loaded(SiteConfig config, List<Institution> institutions, List<Minute> minutes,
      List<Meeting> meetings, List<Newsletter> newsletters, List<ActionPlan> plans,
      List<Commitment> commitments, Set<String> declaredInstitutions,
      Set<String> declaredCommitments, Set<String> failedToLoad) {

    /** The same content with another set of minutes (live preview's fast path). */
    public Loaded withMinutes(List<Minute> replaced) {
      List<Minute> sorted = new ArrayList<>(replaced);
      sorted.sort(MINUTE_ORDER);
      return new Loaded(config, institutions, List.copyOf(sorted), meetings, newsletters, plans,
          commitments, declaredInstitutions, declaredCommitments, failedToLoad);
    }

    /** Whether the file at {@code relative} (to the content folder) exists but failed. */
    public boolean failed(ContentReader reader, String relative) {
      return failedToLoad.contains(reader.display(reader.root().resolve(relative)));
    }

    /** Whether a file under {@code folder} (relative to the content folder) failed. */
    public boolean failedUnder(ContentReader reader, String folder) {
      String prefix = reader.display(reader.root().resolve(folder)) + "/";
      return failedToLoad.stream().anyMatch(f -> f.startsWith(prefix));
    }
  }

  private static final Comparator<Minute> MINUTE_ORDER =
      Comparator.comparing(Minute::date).thenComparing(Minute::slug);

  /**
   * Reads one minute file of the site's main language, e.g. {@code minutes/2018/2018-05-08-x.md},
   * as {@link #load} would (with its translation files, if any, checked); empty (with the
   * problems reported) when it is invalid.
   *
   * @param config the site as {@link #load} found it: its languages and meeting kinds
   */
  public Optional<Minute> loadMinute(Path file, SiteConfig config) {
    localization = Localization.originals(config.languages());
    meetingKinds = config.meetingKinds();
    Path yearDir = file.getParent();
    Map<Path, Map<String, Path>> translations = TranslationFiles.pair(children(yearDir),
        localization, reader, problems);
    if (!translations.containsKey(file)) {
      return Optional.empty();
    }
    return reader.read(file, problems).flatMap(src -> MinuteDecoder.decode(src,
        TranslationFiles.read(translations.get(file), localization, reader, problems),
        yearDir.getFileName().toString(), problems, localization, meetingKinds));
  }

  public Loaded load() {
    Path root = reader.root();
    Optional<Fields> siteFile = yamlFile(root.resolve("site.yaml"),
        Message.of("content-loader.holds-site"));
    Localization originals = siteFile.map(SiteConfigDecoder::languages)
        .map(Localization::originals).orElse(Localization.SINGLE);
    localization = reading == null ? originals : originals.reading(reading);
    meetingKinds = siteFile.map(f -> SiteConfigDecoder.meetingKinds(f, localization))
        .orElse(SiteConfig.DEFAULT_MEETING_KINDS);
    SiteConfig config = siteFile.map(f -> SiteConfigDecoder.decode(f, localization,
        meetingKinds)).orElse(null);
    // site.yaml is decoded: reading it again for the kinds' labels reports nothing twice.
    Problems quiet = new Problems();
    for (String language : alsoReading()) {
      meetingKindsIn.put(language, siteFile.map(f -> {
        f.reread(originals.reading(language), quiet);
        return SiteConfigDecoder.meetingKinds(f, originals.reading(language));
      }).orElse(SiteConfig.DEFAULT_MEETING_KINDS));
    }
    Set<String> declaredInstitutions = new TreeSet<>();
    List<Institution> institutions = yamlFile(root.resolve("institutions.yaml"),
        Message.of("content-loader.holds-institutions")).map(f -> InstitutionsDecoder.decode(f,
            declaredInstitutions))
        .orElse(List.of());
    List<Minute> minutes = loadMinutes(root.resolve("minutes"));
    List<Meeting> meetings = loadMeetings(root.resolve("meetings"));
    List<Newsletter> newsletters = new ArrayList<>();
    var newsletterFiles = TranslationFiles.pair(children(root.resolve("newsletters")),
        localization, reader, problems);
    newsletterFiles.forEach((file, translations) -> tracked(file, reader.read(file, problems)
        .flatMap(src -> NewsletterDecoder.decode(src, TranslationFiles.read(translations,
            localization, reader, problems), problems, localization)))
        .ifPresent(newsletters::add));
    newsletters.sort(Comparator.comparing(Newsletter::date).thenComparing(Newsletter::slug));
    List<Commitment> commitments = new ArrayList<>();
    Set<String> declaredCommitments = new TreeSet<>();
    archived = ArchiveLedger.read(reader, problems);
    List<ActionPlan> plans = loadPlans(root.resolve("plans"), commitments, declaredCommitments);
    return new Loaded(config, institutions, minutes, meetings, newsletters, plans, commitments,
        declaredInstitutions, declaredCommitments,
        Collections.unmodifiableSortedSet(new TreeSet<>(failed)));
  }

  /** {@code decoded}, noting {@code file} as failed when it is empty. */
  private <T> Optional<T> tracked(Path file, Optional<T> decoded) {
    if (decoded.isEmpty()) {
      failed.add(reader.display(file));
    }
    return decoded;
  }

  private Optional<Fields> yamlFile(Path file, Message what) {
    if (!Files.exists(file)) {
      problems.error(Position.ofFile(reader.display(file)),
          Message.of("content-loader.is-missing-it-holds", what));
      return Optional.empty();
    }
    return tracked(file, reader.read(file, problems)
        .flatMap(src -> YamlDocument.parseMapping(src, problems, localization)));
  }

  private List<Minute> loadMinutes(Path dir) {
    List<Path[]> files = new ArrayList<>();
    for (Path yearDir : children(dir)) {
      String year = yearDir.getFileName().toString();
      if (!Files.isDirectory(yearDir) || !year.matches("[0-9]{4}")) {
        problems.error(Position.ofFile(reader.display(yearDir)),
            Message.of("content-loader.minutes-must-be-in"));
        continue;
      }
      for (Path file : children(yearDir)) {
        if (!file.getFileName().toString().endsWith(".md")) {
          problems.error(Position.ofFile(reader.display(file)),
              Message.of("content-loader.only-markdown-minutes-yyyy"));
          continue;
        }
        files.add(new Path[] {file, yearDir});
      }
    }
    // NAME.en.md files are read with their original NAME.md.
    Map<Path, Map<String, Path>> translations = TranslationFiles.pair(
        files.stream().map(f -> f[0]).toList(), localization, reader, problems);
    files.removeIf(f -> !translations.containsKey(f[0]));
    // The bulk of the content: read and decode on every core. Decoders share no state, and
    // the result is sorted, so the order of work does not show in the output.
    if (decoded != null) {
      return sorted(decoded.minutes());
    }
    List<String> also = alsoReading();
    List<Minute> minutes = new ArrayList<>(files.parallelStream()
        .map(f -> tracked(f[0], reader.read(f[0], problems).flatMap(src ->
            MinuteDecoder.decodeVersions(src, TranslationFiles.read(translations.get(f[0]),
                localization, reader, problems), f[1].getFileName().toString(), problems,
                localization, meetingKinds, also, meetingKindsIn::get))))
        .flatMap(Optional::stream)
        .map(versions -> {
          for (int i = 0; i < also.size(); i++) {
            translated.computeIfAbsent(also.get(i), l -> new Translated()).minutes()
                .add(versions.get(i + 1));
          }
          return versions.get(0);
        })
        .toList());
    return sorted(minutes);
  }

  private static List<Minute> sorted(List<Minute> minutes) {
    List<Minute> sorted = new ArrayList<>(minutes);
    sorted.sort(MINUTE_ORDER);
    return sorted;
  }

  /** The languages to decode the bulk in besides the one being read. */
  private List<String> alsoReading() {
    return decodeTranslations ? localization.translations() : List.of();
  }

  private List<Meeting> loadMeetings(Path dir) {
    List<Meeting> meetings = new ArrayList<>();
    for (Path file : children(dir)) {
      tracked(file, reader.read(file, problems)
          .flatMap(src -> MeetingDecoder.decode(src, problems, localization, meetingKinds)))
          .ifPresent(meetings::add);
    }
    meetings.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::slug));
    return meetings;
  }

  private List<ConsultationInput> loadConsultation(String planId, Path dir) {
    List<ConsultationInput> inputs = loadById(dir,
        Message.of("content-loader.consultation-file-names"),
        id -> null, id -> { }, (id, f) -> ConsultationDecoder.decode(id, planId, f));
    inputs.sort(Comparator.comparing(ConsultationInput::id));
    return inputs;
  }

  /**
   * Decodes every {@code <id>.yaml} of a folder, the id taken from the file name.
   *
   * @param address the page of an id, or null when ids have no page of their own
   * @param declared told every well-formed id, even of files that then fail to decode
   */
  private <T> List<T> loadById(Path dir, Message namingRule, UnaryOperator<String> address,
      Consumer<String> declared,
      BiFunction<String, Fields, T> decode) {
    return loadById(dir, namingRule, address, declared, decode, (language, t) -> { });
  }

  /** As above; each decoded file is also decoded for {@link #alsoReading}, to {@code other}. */
  private <T> List<T> loadById(Path dir, Message namingRule, UnaryOperator<String> address,
      Consumer<String> declared, BiFunction<String, Fields, T> decode,
      BiConsumer<String, T> other) {
    List<String> also = alsoReading();
    List<T> out = new ArrayList<>();
    for (Path file : children(dir)) {
      String name = file.getFileName().toString();
      String id = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : "";
      if (!Fields.SLUG.matcher(id).matches()) {
        String lower = id.toLowerCase(Locale.ROOT);
        problems.error(Position.ofFile(reader.display(file)), Message.of("content-loader.naming",
            namingRule, FileNameCharacters.firstBad(name), CaseTwin.clash(file,
                reader.display(file), lower.isEmpty() ? null : address.apply(lower))));
        continue;
      }
      declared.accept(id);
      tracked(file, reader.read(file, problems)
          .flatMap(src -> YamlDocument.parseMapping(src, problems, localization))
          .map(f -> {
            T t = decode.apply(id, f);
            if (t != null && !also.isEmpty()) {
              Problems quiet = new Problems();
              for (String language : also) {
                f.reread(localization.reading(language), quiet);
                other.accept(language, decode.apply(id, f));
              }
            }
            return t;
          }))
          .ifPresent(out::add);
    }
    return out;
  }

  private List<ActionPlan> loadPlans(Path dir, List<Commitment> allCommitments,
      Set<String> declaredCommitments) {
    List<ActionPlan> plans = new ArrayList<>();
    for (Path planDir : children(dir)) {
      String id = planDir.getFileName().toString();
      Position where = Position.ofFile(reader.display(planDir));
      if (!Files.isDirectory(planDir)) {
        problems.error(where, Message.of("content-loader.content-plans-holds-one"));
        continue;
      }
      if (!Fields.SLUG.matcher(id).matches()) {
        problems.error(where, Message.of("content-loader.plan-folder-names-are",
            FileNameCharacters.firstBadInFolder(id), CaseTwin.clash(planDir,
                reader.display(planDir), SitePaths.plan(id.toLowerCase(Locale.ROOT)))));
        continue;
      }
      List<Commitment> commitments = loadCommitments(id, planDir.resolve("commitments"),
          declaredCommitments);
      allCommitments.addAll(commitments);
      List<ConsultationInput> consultation =
          loadConsultation(id, planDir.resolve("consultation"));
      yamlFile(planDir.resolve("plan.yaml"), Message.of("content-loader.holds-plan"))
          .map(f -> PlanDecoder.decode(id, f, commitments, consultation))
          .ifPresent(plans::add);
    }
    plans.sort(Comparator.comparing(ActionPlan::start).reversed()
        .thenComparing(ActionPlan::id));
    return plans;
  }

  private List<Commitment> loadCommitments(String planId, Path dir, Set<String> declared) {
    if (decoded != null) {
      List<Commitment> commitments = new ArrayList<>(
          decoded.commitments().getOrDefault(planId, List.of()));
      commitments.forEach(c -> declared.add(c.id()));
      commitments.sort(Comparator.comparing(Commitment::id));
      return commitments;
    }
    List<Commitment> commitments = loadById(dir,
        Message.of("content-loader.commitment-file-names"),
        id -> SitePaths.commitment(planId, id), declared::add,
        (id, f) -> CommitmentDecoder.decode(id, planId, f, archived),
        (language, c) -> translated.computeIfAbsent(language, l -> new Translated())
            .commitments().computeIfAbsent(planId, p -> new ArrayList<>()).add(c));
    commitments.sort(Comparator.comparing(Commitment::id));
    return commitments;
  }

  /**
   * The plan folders of a content folder, by name: those under {@code plans/} that hold a
   * {@code plan.yaml} (for tools that list plans without loading the content).
   */
  public static List<String> planFolders(Path content) throws IOException {
    Path plans = content.resolve("plans");
    if (!Files.isDirectory(plans)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(plans)) {
      return entries.filter(p -> Files.isRegularFile(p.resolve("plan.yaml")))
          .map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Entries of a folder in name order, hidden files (.gitkeep, .DS_Store) left out. */
  private List<Path> children(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> visible = entries.filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
      List<Path> inside = new ArrayList<>();
      for (Path p : visible) {
        // A linked folder would let files from elsewhere on the machine into the site.
        String badCharacter = TextRule.inName(p.getFileName().toString());
        if (badCharacter != null) {
          problems.error(Position.ofFile(reader.display(p)),
              Message.of("content-loader.the-name-holds-rename", badCharacter));
        } else if (Files.isSymbolicLink(p) && !reader.isInside(p)) {
          problems.error(Position.ofFile(reader.display(p)),
              Message.of("content-loader.is-symbolic-link-to"));
        } else {
          inside.add(p);
        }
      }
      return inside;
    } catch (IOException e) {
      problems.error(Position.ofFile(reader.display(dir)),
          Message.of("content-loader.cannot-be-listed", e.getMessage()));
      return List.of();
    }
  }
}
