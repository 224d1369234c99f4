package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acta.diagnostics.Problems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Differential test of Acta's plain-YAML reader against SnakeYAML: on every front matter and
 * YAML file of the example site, the fixtures and a generated realistic corpus, and on edge
 * cases, the fast path either declines or builds SnakeYAML's tree exactly; and it does not
 * decline on the realistic files it exists for.
 */
class PlainYamlTest {
  @TempDir static Path corpus;

  @BeforeAll
  static void generate() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "bench/GenerateCorpus.java", "--minutes", "300",
        "--commitments", "60", "--seed", "7", "--shape", "realistic", "--out",
        corpus.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  /** The fast path declined, or built SnakeYAML's tree; it never accepts what SnakeYAML refuses. */
  static boolean agrees(String yaml) {
    Optional<Node> fast = PlainYaml.compose(yaml);
    if (fast.isEmpty()) {
      return false;
    }
    Node expected;
    try {
      expected = YamlTrees.snakeYaml(yaml);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("fast path accepted what SnakeYAML refuses (" + e + "):\n" + yaml);
    }
    assertThat(YamlTrees.difference(expected, fast.get())).as(yaml).isNull();
    return true;
  }

  /** The YAML of a file: the front matter of a Markdown file, a YAML file whole. */
  static Optional<String> yamlOf(Path file) {
    String name = file.getFileName().toString();
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(text);
    }
    if (name.endsWith(".md")) {
      return FrontMatter.split(new SourceFile(file, name, text), new Problems())
          .map(FrontMatter::yaml);
    }
    return Optional.empty();
  }

  private static List<String> yamls(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).sorted()
          .forEach(f -> yamlOf(f).ifPresent(out::add));
    }
    return out;
  }

  @Test
  void exampleSiteAndFixtures() throws IOException {
    List<String> texts = new ArrayList<>(yamls(Path.of("content")));
    int site = texts.size();
    texts.addAll(yamls(Path.of("src/test/resources/fixtures")));
    int accepted = 0;
    for (String yaml : texts) {
      accepted += agrees(yaml) ? 1 : 0;
    }
    assertThat(site).isGreaterThan(50);
    System.out.printf("plain YAML: %d of %d texts%n", accepted, texts.size());
    // Most of them are plain: a fast path that declined them all would be useless.
    assertThat(accepted).isGreaterThan(texts.size() / 2);
  }

  @Test
  void everyRealisticMinuteAndCommitmentTakesTheFastPath() throws IOException {
    List<String> minutes = yamls(corpus.resolve("minutes"));
    List<String> plans = yamls(corpus.resolve("plans"));
    assertThat(minutes).hasSizeGreaterThanOrEqualTo(300);
    assertThat(plans).hasSizeGreaterThan(60);
    for (String yaml : minutes) {
      assertThat(agrees(yaml)).as("declined:\n%s", yaml).isTrue();
    }
    for (String yaml : plans) {
      assertThat(agrees(yaml)).as("declined:\n%s", yaml).isTrue();
    }
    for (String yaml : yamls(corpus)) {
      agrees(yaml); // site.yaml, institutions, meetings, evidence
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "status: no\n",
      "start: 18:00\n",
      "a: 'it''s'\n",
      "a: \"a \\\" b\"\n",
      "a: \"back \\\\ slash\"\n",
      "key:\nnext: 1\n",
      "key:\n",
      "key:",
      "list:\n  - \n  - b\n",
      "list:\n  -\n",
      "list:\n- a\n-\nafter: 1\n",
      "a: value   \nb: x  \n",
      "key: value # comment\n",
      "key: a#b\n",
      "key: a # b: c\n",
      "# only a comment\nkey: 1\n\n\n# end\n",
      "a: 1\nb: 2.5\nc: true\nd: ~\ne: null\nf: 2019-01-01\ng: 0x1F\nh: 1_000\n",
      "a: -5\nb: +3\nc: .5\n",
      "a: [x, \"y\", 'z', w v ]\nb: []\nc: [ ]\n",
      "a: [16.6, 1e3, no]\n",
      "a: |\n  line one\n  line two\n\n  after blank\nb: 1\n",
      "a: |-\n  line\n\n\nb: 1\n",
      "a: >\n  folded\n  text\n\n  para\n    more indented\n  back\n",
      "a: >-\n  x\n  y",
      "a: |\n  x\n  # not a comment\n# a comment\nb: |\n    deep\n     deeper\n",
      "a: |\n  x",
      "a: | # c\n  x\n",
      "a:\n  b:\n    c: 1\n  d: [1]\ne: 2\n",
      "list:\n- a: 1\n  b: 2\n- c: 3\nnext: x\n",
      "list:\n  - a: 1\n    b:\n      - x\n      - y\n    c:\n    - z\n  - 2\n",
      "list:\n  - a: |\n      text\n    b: 1\n",
      "  indented: 1\n  root: 2\n",
      "a: b c  d\n",
      "a: x, y [z] {w} & * ! | > ' \" % @\n",
      "a: http://example.org/x?y=1#z\n",
      "a: ñandú — «ok»\n",
      "a: 'x' # c\n",
      "a:     spaced\n",
      "a:   # empty with comment\n",
      "_key-2: v\n",
      "1: one\ntrue: t\n",
      "a: \"\"\nb: ''\n",
  })
  void acceptsAndAgrees(String yaml) {
    assertThat(agrees(yaml)).as("declined: %s", yaml).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "a: {x: 1}\n", "a: [x, [y]]\n", "a: [x,\n  y]\n", "a: [x, ]\n", "a: [x]y\n",
      "a: &anchor 1\nb: *anchor\n", "a: !!str 1\n", "a: !foo x\n", "%YAML 1.1\n---\na: 1\n",
      "a: |+\n  x\n", "a: |2\n  x\n", "a: |\n\n  x\n", "a: |\n", "- |\n  x\n",
      "a: multi\n  line\n", "a: 'multi\n  line'\n", "a: \"unclosed\n",
      "a: \"\\n\"\n", "a: \"\\x41\"\n", "a: \"\\u0041\"\n",
      "a:\tb\n", "a: b\tc\n", "\ta: 1\n",
      "? a\n: b\n", ": x\n", "a: : x\n",
      "---\na: 1\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n",
      "<<: {a: 1}\n", "a: 1\n<<: *x\n",
      "a: 1\na: 2\n", "l:\n  - x: 1\n    x: 2\n",
      "\uFEFFa: 1\n", "a: 1\r\nb: 2\r\n", "a: b\u0085c\n", "a: \u2028\n", "a: \u0007\n",
      "a: \uD83D\uDE00\n",
      "key:value\n", "key :value\n", "key : value\n", "\"quoted\": key\n", "'q': k\n",
      "a: 1\n b: 2\n", "a:\n  b: 1\n c: 2\n", "a:\n    b: 1\n  c: 2\n", "a: 1\n  - x\n",
      "l:\n  - a\n   - b\n", "l:\n  - a\n  b: 1\n", "a: b: c\n", "a: b:\n", "a: - b\n",
      "a: -\n", "a: ,x\n", "a: ]\n", "a: }\n", "a: %x\n", "a: @x\n", "a: `x\n", "a: ?x\n",
      "a: \"x\"y\n", "a: \"x\"#c\n", "a: 'x'': y\n", "a:\n  just a scalar\n",
      "plain scalar\n", "- a\n- b\n", "", "\n\n", "# comment\n", "[a, b]\n",
      "a:\n  -\n    b: 1\n", "a:\n  - - x\n",
  })
  void declines(String yaml) {
    assertThat(PlainYaml.compose(yaml)).as(yaml).isEmpty();
  }

  @Test
  void theFuzzersRealisticSeedTakesTheFastPath() {
    assertThat(agrees(PlainYamlFuzzTest.REALISTIC)).isTrue();
  }

  /** Seeded random edits of the fuzzer's realistic text: near-misses of the subset. */
  @Test
  void randomEditsOfARealisticText() {
    java.util.Random random = new java.util.Random(21);
    String alphabet = " \n\t-:#'\"[]{}|>&*!?%@`,.~\\0123456789aky\u00F1\u00A0";
    int accepted = 0;
    int runs = 20_000;
    for (int run = 0; run < runs; run++) {
      StringBuilder b = new StringBuilder(PlainYamlFuzzTest.REALISTIC);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(b.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(6)));
          default -> b.insert(at, "  ");
        }
      }
      PlainYamlFuzzTest.check(b.toString());
      accepted += PlainYaml.compose(b.toString()).isPresent() ? 1 : 0;
    }
    // Edits that keep the text in the subset must be read, not merely declined.
    assertThat(accepted).isBetween(runs / 10, runs - runs / 10);
  }

  @Test
  void declinesDeepNesting() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i <= PlainYaml.MAX_DEPTH; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    yaml.append("  ".repeat(PlainYaml.MAX_DEPTH + 1)).append("leaf: 1\n");
    assertThat(PlainYaml.compose(yaml.toString())).isEmpty();
    String shallow = "a:\n  b:\n    c: 1\n";
    assertThat(agrees(shallow)).isTrue();
  }

  @Test
  void declinesLongDocuments() {
    String yaml = "a: " + "x".repeat(PlainYaml.MAX_LENGTH) + "\n";
    assertThat(PlainYaml.compose(yaml)).isEmpty();
  }

  @Test
  void declinesLongKeys() {
    assertThat(PlainYaml.compose("k".repeat(2000) + ": 1\n")).isEmpty();
  }

  @Test
  void resolvesEveryFirstCharacterAsSnakeYamlDoes() {
    // The shortcut for texts no implicit tag starts with, against the Resolver itself.
    var resolver = new org.yaml.snakeyaml.resolver.Resolver();
    String[] tails = {"", "es", "rue", "ULL", "1", "0:00", ".5", "e3", "<", "x y"};
    int shortcut = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (String tail : tails) {
        String value = (char) c + tail;
        assertThat(PlainYaml.resolvePlain(value)).as("%s", value)
            .isEqualTo(resolver.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, value, true));
      }
      shortcut += c < 128 && PlainYaml.resolvePlain((char) c + "es").equals(
          org.yaml.snakeyaml.nodes.Tag.STR) ? 1 : 0;
    }
    assertThat(PlainYaml.resolvePlain("")).isEqualTo(
        resolver.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, "", true));
    assertThat(shortcut).as("ASCII first characters read as text").isGreaterThan(80);
  }
}
