import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.acta.search.Terms;

/**
 * Prints what a visitor of a built site downloads at most: the largest HTML page, the largest
 * file a page loads (HTML, CSS, JS, search index; not open data or the build manifest), and
 * the bytes a first search downloads (meta.json plus the shards its words fall in, the last
 * word as a prefix over at most three shards, as search.js does; for a query of several words
 * also every block of the common terms it matches, an upper bound: search.js usually stops
 * sooner, which {@code bench/search-download.js} measures) for a few queries.
 *
 * <pre>
 * java -cp target/classes bench/SiteSizes.java SITE_DIR ["query" ...]
 * </pre>
 */
public class SiteSizes {
  public static void main(String[] args) throws IOException {
    Path site = Path.of(args[0]);
    List<String> queries = args.length > 1 ? List.of(args).subList(1, args.length)
        : List.of("sesión", "transparencia presupuestaria", "CL0057", "particip",
            "acuerdo de la mesa");
    List<Path> files;
    try (Stream<Path> all = Files.walk(site)) {
      files = all.filter(Files::isRegularFile).toList();
    }
    Path page = files.stream().filter(p -> p.toString().endsWith(".html"))
        .max(Comparator.comparingLong(SiteSizes::size)).orElseThrow();
    Path loaded = files.stream().filter(p -> p.toString().matches(".*\\.(html|css|js|svg|json)"))
        .filter(p -> !site.relativize(p).startsWith("data")
            && !p.getFileName().toString().equals("manifest.json"))
        .max(Comparator.comparingLong(SiteSizes::size)).orElseThrow();
    System.out.printf(Locale.ROOT, "largest page      %,12d B  %s%n", size(page),
        site.relativize(page));
    System.out.printf(Locale.ROOT, "largest loaded    %,12d B  %s%n", size(loaded),
        site.relativize(loaded));
    Path index = site.resolve("search-index");
    if (!Files.isDirectory(index)) {
      Path single = site.resolve("search-index.json");
      System.out.printf(Locale.ROOT, "first search      %,12d B  (one index file, any query)%n",
          size(single));
      return;
    }
    String meta = Files.readString(index.resolve("meta.json"));
    List<String> firsts = strings(meta, "shards");
    List<String> names = strings(meta, "files");
    for (String q : queries) {
      List<String> words = new ArrayList<>(new LinkedHashSet<>(Terms.of(q)));
      Set<Integer> shards = new LinkedHashSet<>();
      for (int w = 0; w < words.size(); w++) {
        String word = words.get(w);
        int at = 0;
        for (int i = 0; i < firsts.size(); i++) {
          if (firsts.get(i).compareTo(word) <= 0) {
            at = i;
          }
        }
        shards.add(at);
        if (w == words.size() - 1 && word.length() >= 3) {
          for (int i = at + 1, n = 1; i < firsts.size() && n < 3
              && firsts.get(i).startsWith(word); i++, n++) {
            shards.add(i);
          }
        }
      }
      long bytes = size(index.resolve("meta.json"));
      int blocks = 0;
      for (int i : shards) {
        Path shard = index.resolve("t/" + names.get(i) + ".json");
        bytes += size(shard);
        if (words.size() > 1) {
          // Several words: at most every block of a common term they match.
          for (String block : blocks(Files.readString(shard), words)) {
            bytes += size(index.resolve("t/" + block + ".json"));
            blocks++;
          }
        }
      }
      System.out.printf(Locale.ROOT,
          "first search      %,12d B  \"%s\" (meta + %d shards + %d blocks)%n",
          bytes, q, shards.size(), blocks);
    }
  }

  /**
   * The block files of the common terms in a shard that a query's words match (the last one
   * as a prefix): {@code "term":{"n":…,"top":[…],"more":["name",…]}}.
   */
  private static List<String> blocks(String shard, List<String> words) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]+)\":\\{\"n\":\\d+,\"top\":\\[[^\\]]*\\],\"more\":\\[([^\\]]*)\\]")
        .matcher(shard);
    String last = words.get(words.size() - 1);
    while (m.find()) {
      String term = m.group(1);
      if (words.contains(term) || (last.length() >= 3 && term.startsWith(last))) {
        Matcher name = Pattern.compile("\"([0-9a-f]+)\"").matcher(m.group(2));
        while (name.find()) {
          out.add(name.group(1));
        }
      }
    }
    return out;
  }

  /** The strings of a top-level array of meta.json (no JSON library on this class path). */
  private static List<String> strings(String json, String name) {
    int start = json.indexOf("\"" + name + "\":[") + name.length() + 4;
    String array = json.substring(start, json.indexOf(']', start));
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(array);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
