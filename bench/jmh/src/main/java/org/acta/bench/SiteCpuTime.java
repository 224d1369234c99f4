package org.acta.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.acta.pipeline.BuildOptions;
import org.acta.pipeline.BuildResult;
import org.acta.pipeline.SiteBuilder;

/**
 * The process CPU time of whole builds rendered in memory ({@code acta validate}'s path) of a
 * content folder, every language included: for comparing two jars on a busy machine, like
 * {@link PageCpuTime} but over every page kind and the translated versions, whose texts a
 * one-language page never asks about. Rounds after the first third are kept; the minimum and
 * median CPU seconds per build are printed. Loading and the search index are included.
 *
 * <pre>java -cp /path/acta.jar:target/benchmarks.jar org.acta.bench.SiteCpuTime CONTENT [rounds]</pre>
 */
public final class SiteCpuTime {
  private SiteCpuTime() {}

  public static void main(String[] args) {
    Path content = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Double> kept = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      long start = os.getProcessCpuTime();
      BuildResult result = new SiteBuilder(new BuildOptions(content, null, null, null,
          LocalDate.parse(Corpora.AS_OF))).run();
      if (!result.ok()) {
        throw new IllegalStateException("build failed: " + result.problems().all());
      }
      double seconds = (os.getProcessCpuTime() - start) / 1e9;
      if (round >= rounds / 3) {
        kept.add(seconds);
      }
    }
    Collections.sort(kept);
    System.out.printf("%s: CPU per build %.2f s minimum, %.2f s median (%d rounds kept)%n",
        content.getFileName(), kept.get(0), kept.get(kept.size() / 2), kept.size());
  }
}
