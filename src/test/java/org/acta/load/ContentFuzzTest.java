package org.acta.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;

/**
 * Coverage-guided fuzzing of everything that reads content: bytes → UTF-8 → front matter →
 * YAML → decoders. Whatever the input, the loader must report problems, never throw. In
 * {@code mvn verify} these run over the stored corpus; to fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ContentFuzzTest#minuteFile} (one method per run).
 */
class ContentFuzzTest {

  @FuzzTest(maxDuration = "15s")
  void minuteFile(byte[] bytes) {
    Problems problems = new Problems();
    Position where = Position.ofFile("content/minutes/2019/2019-01-01-x.md");
    ContentReader.decode(bytes, where, problems).ifPresent(text -> {
      SourceFile file = new SourceFile(Path.of("2019-01-01-x.md"), where.file(), text);
      MinuteDecoder.decode(file, "2019", problems);
    });
    assertThat(problems.all()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
  }

  @FuzzTest(maxDuration = "15s")
  void commitmentFile(FuzzedDataProvider data) {
    Problems problems = new Problems();
    String text = data.consumeRemainingAsString();
    SourceFile file = new SourceFile(Path.of("c.yaml"), "content/plans/p/commitments/c.yaml", text);
    YamlDocument.parseMapping(file, problems)
        .map(f -> CommitmentDecoder.decode("c", "p", f));
    assertThat(problems.all()).allSatisfy(p -> {
      assertThat(p.message()).isNotBlank();
      assertThat(p.position().line()).isGreaterThanOrEqualTo(0);
    });
  }
}
