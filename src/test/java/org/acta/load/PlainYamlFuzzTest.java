package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Differential fuzzing of Acta's plain-YAML reader against SnakeYAML: for any text (arbitrary,
 * or a realistic front matter with a few edits), the fast path declines or builds SnakeYAML's
 * tree exactly, and it declines whatever SnakeYAML refuses. In {@code mvn verify} this runs
 * briefly and replays its stored inputs; to fuzz for longer:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PlainYamlFuzzTest -Djazzer.max_duration=10m}.
 */
class PlainYamlFuzzTest {
  /** The shapes real files use: block and indentless lists, flow lists, block texts. */
  static final String REALISTIC = """
      title: "Sesión ordinaria: avance del plan"
      date: 2019-10-10
      start: "15:30"
      end: 16:00
      location: Teatinos 92, piso 9, Santiago # a comment
      kind: extraordinary
      open_to_public: true
      attendees:
        members:
          - name: "Javiera Castro Rojas"
            represents: 'Sector académico'
            institution: ogp
          - name: Nicolás Pérez
        others:
        - name: "Paula \\"Muñoz\\" Reyes"
          role:
      agenda:
        - "Exposición del Mecanismo de Revisión Independiente (IRM)."
        - Varios.
        -
      agreements:
        - id: a01
          text: Preparar la coordinación
          due: 2019-11-04
          commitments: [c00736-consejos-civil, "c2"]
      problem: |-
        El Subsecretario presenta.

        - Una lista
          más indentada
      status_quo: >
        La discusión se extiende
        más allá.

        Otro párrafo.
      sdgs:
        - goal: 16
          targets: ["16.6", '16.7']
      themes: []
      """;

  private static final String ALPHABET = " \n\t-:#'\"[]{}|>&*!?%@`,.~\\\r0123456789abkyñ\u00A0\u2028\uFEFF";

  @FuzzTest(maxDuration = "30s")
  void plainAndSnakeYamlAgree(FuzzedDataProvider data) {
    String yaml = data.consumeBoolean() ? mutate(data) : data.consumeRemainingAsString();
    check(yaml);
  }

  static void check(String yaml) {
    Optional<Node> fast = PlainYaml.compose(yaml);
    Node expected;
    try {
      expected = YamlTrees.snakeYaml(yaml);
    } catch (RuntimeException | StackOverflowError e) {
      assertThat(fast).as("SnakeYAML refuses (%s) what the fast path accepts:\n%s", e, yaml)
          .isEmpty();
      return;
    }
    fast.ifPresent(node -> assertThat(YamlTrees.difference(expected, node)).as(yaml).isNull());
  }

  /** The realistic text with a few insertions, deletions and indentation changes. */
  private static String mutate(FuzzedDataProvider data) {
    StringBuilder b = new StringBuilder(REALISTIC);
    int edits = data.consumeInt(1, 6);
    for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
      int at = data.consumeInt(0, b.length());
      switch (data.consumeInt(0, 3)) {
        case 0 -> b.insert(at, ALPHABET.charAt(data.consumeInt(0, ALPHABET.length() - 1)));
        case 1 -> b.delete(at, Math.min(b.length(), at + data.consumeInt(1, 12)));
        case 2 -> b.insert(lineStart(b, at), "  ");
        default -> b.insert(at, data.consumeString(8));
      }
    }
    return b.toString();
  }

  private static int lineStart(StringBuilder b, int at) {
    int i = Math.min(at, b.length());
    while (i > 0 && b.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }
}
