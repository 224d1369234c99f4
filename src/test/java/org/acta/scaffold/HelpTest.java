package org.acta.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import org.acta.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"minute", "commitment", "plan"})
  void everyNewSubcommandHasHelpDescribingEveryOption(String kind) {
    Cli.Run r = Cli.newCommand(kind, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: new " + kind).contains("--content=DIR")
        .contains("--help");
    // Every option line has a description after it.
    assertThat(r.out().lines().filter(l -> l.matches(" {2,6}(-\\w, )?--[a-z-]+(=\\S+)?\\s*")))
        .as(r.out()).isEmpty();
  }

  @Test
  void newAndInitHaveHelp() {
    Cli.Run n = Cli.newCommand("--help");
    assertThat(n.code()).isZero();
    assertThat(n.out()).contains("minute").contains("commitment").contains("plan");
    Cli.Run i = Cli.init("--help");
    assertThat(i.code()).isZero();
    assertThat(i.out()).contains("--country=NAME").contains("--forum=NAME")
        .contains("--language=LANG").contains("es, en");
  }

  @Test
  void newWithoutWhatToCreateIsAUsageError() {
    Cli.Run r = Cli.newCommand();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing what to create");
  }
}
