package org.acta.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;

/**
 * The load phase alone ({@code ContentLoader}, every language), round after round in one JVM:
 * the first round is what a build's "load content" phase costs in a fresh JVM, the later ones
 * what the loaders cost once compiled. Prints wall and process CPU time per round. Run it in a
 * fresh JVM per measurement, with the launcher's options, and alternate the jars compared.
 *
 * <pre>java -XX:+UseParallelGC -cp /path/acta.jar:target/benchmarks.jar org.acta.bench.LoadTime CONTENT [rounds]</pre>
 */
public final class LoadTime {
  private LoadTime() {}

  public static void main(String[] args) throws IOException {
    Path content = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 0; round < rounds; round++) {
      long wall = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      Problems problems = new Problems();
      ContentLoader.Loaded loaded = ContentLoader.withTranslations(
          new ContentReader(content, content.toString()), problems).load();
      System.out.printf("round %d: %d ms wall, %d ms CPU, %d minutes, %d commitments,"
          + " %d problems%n", round, (System.nanoTime() - wall) / 1_000_000,
          (os.getProcessCpuTime() - cpu) / 1_000_000, loaded.minutes().size(),
          loaded.commitments().size(), problems.all().size());
    }
  }
}
