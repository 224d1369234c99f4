package org.acta.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;
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
 * the results on screen. Shards are named by a hash of their content, so identical input
 * gives identical files and a browser may cache them for ever.
 */
public final class SearchIndex {
  /** Bytes a shard grows to before the next term starts a new one. */
  static final int SHARD_TARGET = 32_000;
  /** A title's words weigh this many times a word of the text. */
  static final int TITLE_WEIGHT = 5;
  /** Highest weight of a term in one document: repeats beyond it add nothing but bytes. */
  static final int MAX_WEIGHT = 99;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SearchIndex() {}

  /** Every file of the index by its path under the language version's tree. */
  public static Map<String, byte[]> build(Site site) {
    Map<String, byte[]> files = new TreeMap<>();
    build(site, files::put);
    return files;
  }

  /**
   * Hands every file of the index to {@code out} (path under the language version's tree,
   * bytes) as soon as it is made: each document's fragment as the document is indexed, then
   * the shards and {@code meta.json}. Only the postings are held until the end.
   */
  public static void build(Site site, BiConsumer<String, byte[]> out) {
    // Postings by term: document id and weight pairs, ids ascending. Hashed while indexing
    // (a sorted map's comparisons were a twentieth of the build), sorted once for the shards.
    Map<String, Postings> terms = new HashMap<>();
    MessageDigest version = sha256();
    List<Group> groups = new ArrayList<>();
    List<Postings> touched = new ArrayList<>();
    int[] count = {0};
    SearchDocuments.each(site, d -> {
      int id = ++count[0];
      Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && last.type.equals(d.type()) && Objects.equals(last.plan, d.plan())) {
        last.to = id;
      } else {
        groups.add(new Group(d.type(), d.plan(), id));
      }
      // Each word's postings count its weight in this document as the words come, then
      // close it: one lookup per word, no map per document.
      Terms.each(d.title() + " " + d.keys(), t -> count(terms, touched, t, id, TITLE_WEIGHT));
      Terms.each(d.text(), t -> count(terms, touched, t, id, 1));
      touched.forEach(Postings::close);
      touched.clear();
      byte[] fragment = fragment(d);
      version.update(fragment);
      out.accept(SitePaths.searchDocument(id), fragment);
    });
    List<String[]> shards = writeShards(new TreeMap<>(terms), out, version);
    out.accept(SitePaths.SEARCH_INDEX, meta(count[0], groups, shards,
        HexFormat.of().formatHex(version.digest(), 0, 8)));
  }

  private static void count(Map<String, Postings> terms, List<Postings> touched, String term,
      int id, int weight) {
    Postings p = terms.computeIfAbsent(term, k -> new Postings());
    if (p.open != id) {
      p.open = id;
      p.weight = 0;
      touched.add(p);
    }
    p.weight += weight;
  }

  /** Cuts the sorted terms into shards; returns each shard's first term and file name. */
  private static List<String[]> writeShards(Map<String, Postings> terms,
      BiConsumer<String, byte[]> files, MessageDigest version) {
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
      json.writeArrayPropertyStart(e.getKey());
      e.getValue().write(json);
      json.writeEndArray();
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

  private static String[] closeShard(String first, JsonGenerator json, ByteArrayOutputStream bytes,
      BiConsumer<String, byte[]> files, MessageDigest version) {
    json.writeEndObject();
    json.close();
    bytes.write('\n');
    byte[] shard = bytes.toByteArray();
    String name = HexFormat.of().formatHex(sha256().digest(shard), 0, 8);
    version.update(name.getBytes(StandardCharsets.US_ASCII));
    files.accept(SitePaths.searchShard(name), shard);
    return new String[] {first, name};
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
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int run = 0; // start of the characters not yet copied
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int skip;
      if (c == ']' && i + 1 < n && s.charAt(i + 1) == '(' && s.indexOf(')', i + 2) >= 0) {
        skip = s.indexOf(')', i + 2) + 1;
      } else if ("#*_`>|[]".indexOf(c) >= 0 || Character.isWhitespace(c)) {
        skip = i + 1;
      } else if (c == '-' && i + 2 < n && s.charAt(i + 1) == '-' && s.charAt(i + 2) == '-') {
        skip = i + 3;
        while (skip < n && s.charAt(skip) == '-') {
          skip++;
        }
      } else {
        continue;
      }
      out.append(s, run, i);
      space(out);
      run = skip;
      i = skip - 1;
    }
    out.append(s, run, n);
    return strip(out);
  }

  /** Runs of white space as one space, trimmed. */
  static String plain(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int run = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        out.append(s, run, i);
        space(out);
        run = i + 1;
      }
    }
    out.append(s, run, s.length());
    return strip(out);
  }

  /** Appends one space, unless the text is empty so far or already ends in one. */
  private static void space(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  private static String strip(StringBuilder out) {
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
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

  /**
   * A term's documents as (id gap, weight) pairs: gaps keep the numbers short. Held as bytes,
   * the gap as a varint and the weight (at most {@link #MAX_WEIGHT}) in one: the postings are
   * the one part of the index held to the end, and as int arrays they were 187 MB at 50,000
   * minutes.
   */
  static final class Postings {
    private byte[] bytes = new byte[8];
    private int size;
    private int lastId;
    /** The document being indexed that holds the term, and its weight there so far. */
    private int open;
    private int weight;

    /** Adds the open document with its weight. */
    void close() {
      add(open, Math.min(weight, MAX_WEIGHT));
    }

    void add(int id, int weight) {
      if (size + 6 > bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length + Math.max(8, bytes.length / 2));
      }
      int gap = id - lastId;
      while (gap >= 0x80) {
        bytes[size++] = (byte) (gap | 0x80);
        gap >>>= 7;
      }
      bytes[size++] = (byte) gap;
      bytes[size++] = (byte) weight;
      lastId = id;
    }

    void write(JsonGenerator json) {
      for (int i = 0; i < size; ) {
        int gap = 0;
        int shift = 0;
        byte b;
        do {
          b = bytes[i++];
          gap |= (b & 0x7F) << shift;
          shift += 7;
        } while (b < 0);
        json.writeNumber(gap);
        json.writeNumber(bytes[i++]);
      }
    }
  }
}
