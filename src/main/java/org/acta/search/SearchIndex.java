package org.acta.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.acta.model.Markdown;
import org.acta.paths.SitePaths;
import org.acta.site.Site;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site's search index, split so that a browser downloads only what a query needs, as
 * Pagefind does: a small {@code meta.json} (the first term of each shard, the documents'
 * types and plans as id ranges), the term <em>shards</em> (each term's documents and weights,
 * terms sorted and cut into files of about {@link #SHARD_TARGET} bytes) and one
 * <em>fragment</em> per document (title, address, date, plan and whole text), fetched only for
 * the results on screen. A term held by more than {@link #BLOCK} documents keeps only its best
 * block in its shard and the rest in block files (see {@link Postings}), so no file of the
 * index grows with the site. Shards and blocks are named by a hash of their content, so
 * identical input gives identical files and a browser may cache them for ever.
 */
public final class SearchIndex {
  /** Bytes a shard grows to before the next term starts a new one. */
  static final int SHARD_TARGET = 32_000;
  /** A title's words weigh this many times a word of the text. */
  static final int TITLE_WEIGHT = 5;
  /** Highest weight of a term in one document: repeats beyond it add nothing but bytes. */
  static final int MAX_WEIGHT = 99;
  /**
   * Documents in one block of a common term's postings: about 25 KB of JSON, so no shard or
   * block file grows with the site, and a one-word query's first results need one block.
   */
  static final int BLOCK = 4_096;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SearchIndex() {}

  /** Every file of the index by its path under the language version's tree. */
  public static Map<String, byte[]> build(Site site) {
    Map<String, byte[]> files = new TreeMap<>();
    build(site, files::put);
    return files;
  }

  /** The index of one language version; see {@link #build(List, List)}. */
  public static void build(Site site, BiConsumer<String, byte[]> out) {
    build(List.of(site), List.of(out));
  }

  /**
   * Hands every file of each language version's index to its {@code out} (path under the
   * version's tree, bytes) as soon as it is made: each document's fragment as the document is
   * indexed, then the later blocks of common terms, the shards and {@code meta.json}. Only the
   * postings are held until the end. The versions' minutes are indexed hand in hand, so a
   * record they share (an untranslated minute's) is read and split into terms once.
   */
  public static void build(List<Site> sites, List<BiConsumer<String, byte[]>> outs) {
    List<Indexer> indexes = outs.stream().map(out -> new Indexer(out, BLOCK)).toList();
    DocumentTerms record = new DocumentTerms();
    Object[] last = {null};
    SearchDocuments.minutes(sites, (version, d, head, body, bodyText) -> {
      if (last[0] != body) {
        record.clear();
        record.scan(bodyText, 1);
        last[0] = body;
      }
      indexes.get(version).add(d, head, record);
    });
    for (int v = 0; v < sites.size(); v++) {
      SearchDocuments.others(sites.get(v), indexes.get(v)::add);
      indexes.get(v).finish();
    }
  }

  /**
   * The index of the documents that {@code documents} hands over, in that order; a term held
   * by more than {@code block} documents is cut into impact-ordered blocks of that many.
   */
  static void build(Consumer<Consumer<SearchDocument>> documents,
      BiConsumer<String, byte[]> out, int block) {
    Indexer index = new Indexer(out, block);
    documents.accept(index::add);
    index.finish();
  }

  /** One language version's index while its documents come. */
  private static final class Indexer {
    private final BiConsumer<String, byte[]> out;
    private final int block;
    // Postings by term: document id and weight pairs, ids ascending. Hashed while indexing
    // (a sorted map's comparisons were a twentieth of the build), sorted once for the shards.
    private final TermTable terms = new TermTable();
    private final DocumentTerms document = new DocumentTerms();
    private final MessageDigest version = sha256();
    private final List<Group> groups = new ArrayList<>();
    private int count;

    Indexer(BiConsumer<String, byte[]> out, int block) {
      this.out = out;
      this.block = block;
    }

    void add(SearchDocument d) {
      add(d, d.text(), null);
    }

    /**
     * Indexes {@code d}, whose text is {@code own} and, when {@code shared} is not null, the
     * text those terms were read from, joined by a separator: a word never spans the two.
     */
    void add(SearchDocument d, String own, DocumentTerms shared) {
      int id = ++count;
      Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && last.type.equals(d.type()) && Objects.equals(last.plan, d.plan())) {
        last.to = id;
      } else {
        groups.add(new Group(d.type(), d.plan(), id));
      }
      // One lookup in the index's table per distinct term of the document, not per word.
      document.clear();
      document.scan(d.title() + " " + d.keys(), TITLE_WEIGHT);
      document.scan(own, 1);
      if (shared != null) {
        document.add(shared);
      }
      document.forEach((chars, from, length, hash, weight) ->
          terms.get(chars, from, length, hash).add(id, Math.min(weight, MAX_WEIGHT)));
      byte[] fragment = fragment(d);
      version.update(fragment);
      out.accept(SitePaths.searchDocument(id), fragment);
    }

    void finish() {
      List<String[]> shards = writeShards(terms.sorted(), out, version, block);
      out.accept(SitePaths.SEARCH_INDEX, meta(count, groups, shards,
          HexFormat.of().formatHex(version.digest(), 0, 8)));
    }
  }

  /** Cuts the sorted terms into shards; returns each shard's first term and file name. */
  private static List<String[]> writeShards(Map<String, Postings> terms,
      BiConsumer<String, byte[]> files, MessageDigest version, int block) {
    List<String[]> shards = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonGenerator json = null;
    String first = null;
    for (Map.Entry<String, Postings> e : terms.entrySet()) {
      if (json == null) {
        bytes.reset();
        json = JSON.createGenerator(bytes);
        json.writeStartObject();
        first = e.getKey();
      }
      json.writeName(e.getKey());
      Postings postings = e.getValue();
      if (postings.count() <= block) {
        json.writeStartArray();
        postings.write(json);
        json.writeEndArray();
      } else {
        writeCommonTerm(json, postings, block, files);
      }
      json.flush();
      if (bytes.size() >= SHARD_TARGET) {
        shards.add(closeShard(first, json, bytes, files, version));
        json = null;
      }
    }
    if (json != null) {
      shards.add(closeShard(first, json, bytes, files, version));
    }
    return shards;
  }

  /**
   * A term more documents hold than one block takes: {@code {"n": documents, "top": first
   * block, "more": [later blocks' files]}}. Each later block is its own file, named by a hash
   * of its content like the shards, and holds weights no higher than the block before.
   */
  private static void writeCommonTerm(JsonGenerator json, Postings postings, int block,
      BiConsumer<String, byte[]> files) {
    long[] ranked = postings.byWeight();
    List<String> more = new ArrayList<>();
    for (int from = block; from < ranked.length; from += block) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JsonGenerator file = JSON.createGenerator(bytes)) {
        file.writeStartArray();
        Postings.writeBlock(file, ranked, from, Math.min(ranked.length, from + block));
        file.writeEndArray();
      }
      more.add(writeHashed(bytes, files));
    }
    json.writeStartObject();
    json.writeNumberProperty("n", ranked.length);
    json.writeArrayPropertyStart("top");
    Postings.writeBlock(json, ranked, 0, block);
    json.writeEndArray();
    json.writeArrayPropertyStart("more");
    more.forEach(json::writeString);
    json.writeEndArray();
    json.writeEndObject();
  }

  private static String[] closeShard(String first, JsonGenerator json, ByteArrayOutputStream bytes,
      BiConsumer<String, byte[]> files, MessageDigest version) {
    json.writeEndObject();
    json.close();
    String name = writeHashed(bytes, files);
    version.update(name.getBytes(StandardCharsets.US_ASCII));
    return new String[] {first, name};
  }

  /** Ends the file with a newline and hands it over named by a hash of its content. */
  private static String writeHashed(ByteArrayOutputStream bytes,
      BiConsumer<String, byte[]> files) {
    bytes.write('\n');
    byte[] content = bytes.toByteArray();
    String name = HexFormat.of().formatHex(sha256().digest(content), 0, 8);
    files.accept(SitePaths.searchShard(name), content);
    return name;
  }

  private static byte[] meta(int count, List<Group> groups, List<String[]> shards,
      String version) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeStringProperty("version", version);
      json.writeNumberProperty("documents", count);
      json.writeArrayPropertyStart("groups");
      for (Group g : groups) {
        json.writeStartObject();
        json.writeStringProperty("type", g.type);
        if (g.plan != null) {
          json.writeStringProperty("plan", g.plan);
        }
        json.writeNumberProperty("from", g.from);
        json.writeNumberProperty("to", g.to);
        json.writeEndObject();
      }
      json.writeEndArray();
      // Parallel arrays: the browser binary-searches the first terms for a query's shard.
      json.writeArrayPropertyStart("shards");
      shards.forEach(s -> json.writeString(s[0]));
      json.writeEndArray();
      json.writeArrayPropertyStart("files");
      shards.forEach(s -> json.writeString(s[1]));
      json.writeEndArray();
      json.writeEndObject();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static byte[] fragment(SearchDocument d) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeStringProperty("type", d.type());
      json.writeStringProperty("title", d.title());
      json.writeStringProperty("url", d.url());
      if (d.date() != null) {
        json.writeStringProperty("date", d.date());
      }
      if (d.plan() != null) {
        json.writeStringProperty("plan", d.plan());
      }
      json.writeStringProperty("text", d.text());
      json.writeEndObject();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /**
   * Markdown source without its markup characters, on one line: to search and to quote. A
   * link's address goes with its markup ({@code [text](url)} reads "text"); so do runs of
   * {@code #*_`>|[]} and rules of three or more hyphens. One pass: at 10,000 minutes the
   * regular expressions this replaces were a tenth of the build.
   */
  static String text(Markdown m) {
    if (m == null) {
      return "";
    }
    String s = m.source();
    Plain out = new Plain(s.length());
    int n = s.length();
    int run = 0; // start of the characters not yet copied
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int skip;
      if (c == ']' && i + 1 < n && s.charAt(i + 1) == '(' && s.indexOf(')', i + 2) >= 0) {
        skip = s.indexOf(')', i + 2) + 1;
      } else if (isMarkup(c) || Character.isWhitespace(c)) {
        skip = i + 1;
      } else if (c == '-' && i + 2 < n && s.charAt(i + 1) == '-' && s.charAt(i + 2) == '-') {
        skip = i + 3;
        while (skip < n && s.charAt(skip) == '-') {
          skip++;
        }
      } else {
        continue;
      }
      out.copy(s, run, i);
      out.space();
      run = skip;
      i = skip - 1;
    }
    out.copy(s, run, n);
    return out.toString();
  }

  private static boolean isMarkup(char c) {
    return switch (c) {
      case '#', '*', '_', '`', '>', '|', '[', ']' -> true;
      default -> false;
    };
  }

  /** Runs of white space as one space, trimmed. */
  static String plain(String s) {
    Plain out = new Plain(s.length());
    int run = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        out.copy(s, run, i);
        out.space();
        run = i + 1;
      }
    }
    out.copy(s, run, s.length());
    return out.toString();
  }

  /**
   * Text being made plain, in a char array: runs are copied in bulk ({@code getChars}), where
   * a {@code StringBuilder} copies a range of a {@code String} one {@code charAt} at a time
   * (a fifth of the search index's CPU at 10,000 minutes).
   */
  private static final class Plain {
    private final char[] chars;
    private int length;

    Plain(int capacity) {
      chars = new char[capacity];
    }

    void copy(String s, int from, int to) {
      s.getChars(from, to, chars, length);
      length += to - from;
    }

    /** One space, unless the text is empty so far or already ends in one. */
    void space() {
      if (length > 0 && chars[length - 1] != ' ') {
        chars[length++] = ' ';
      }
    }

    /** Trimmed of its last space. */
    @Override
    public String toString() {
      return new String(chars, 0, length > 0 && chars[length - 1] == ' ' ? length - 1 : length);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The documents of one type and plan, numbered {@code from} to {@code to}. */
  private static final class Group {
    final String type;
    final String plan;
    final int from;
    int to;

    Group(String type, String plan, int from) {
      this.type = type;
      this.plan = plan;
      this.from = from;
      this.to = from;
    }
  }
}
