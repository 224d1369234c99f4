package org.acta.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole build of a 100-minute, 20-commitment generated corpus (about 250 pages, every page
 * kind the site has), in one warm JVM: {@code fullBuild100} writes the site (staged output,
 * swap), {@code validate100} renders every page in memory like {@code acta validate}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class BuildBench {
  private Path content;
  private Path out;
  private LocalDate asOf;

  @Setup
  public void setUp() throws Exception {
    content = Corpora.generate(100, 20, 10);
    Path dir = Files.createTempDirectory("acta-jmh-site-");
    Corpora.deleteOnExit(dir);
    out = dir.resolve("site");
    asOf = LocalDate.parse(Corpora.AS_OF);
    BuildResult first = build(out);
    System.out.printf("%n[setup] 100 minutes: %d pages, %d files%n", first.pages(), first.files());
  }

  private BuildResult build(Path target) {
    BuildResult result = new SiteBuilder(new BuildOptions(content, null, target, null, asOf)).run();
    if (!result.ok()) {
      throw new IllegalStateException("build failed: " + result.problems().all());
    }
    return result;
  }

  @Benchmark
  public BuildResult fullBuild100() {
    return build(out);
  }

  @Benchmark
  public BuildResult validate100() {
    return build(null);
  }
}
