package org.acta.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Position: file:line:column, as editors and compilers print it, leaving out what is unknown. */
class PositionTest {
  @Test
  void printsFileLineAndColumn() {
    assertThat(new Position("content/site.yaml", 3, 7, "kind: x"))
        .hasToString("content/site.yaml:3:7");
  }

  @Test
  void leavesOutAnUnknownColumn() {
    assertThat(new Position("content/site.yaml", 3, 0, "kind: x"))
        .hasToString("content/site.yaml:3");
  }

  @Test
  void aWholeFileIsJustItsName() {
    Position whole = Position.ofFile("content/institutions.yaml");
    assertThat(whole).hasToString("content/institutions.yaml");
    assertThat(whole.line()).isZero();
    assertThat(whole.column()).isZero();
    assertThat(whole.lineText()).isEmpty();
  }
}
