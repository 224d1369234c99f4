package org.acta.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The thread CPU time of one minute page's render ({@link PageBench}'s page and state), for
 * comparing two jars on a busy machine: JMH's wall-clock times swing by half when other builds
 * share the two cores, the time this thread spends on the CPU much less. 30 rounds of 1,000
 * renders; the first 10 warm up, the minimum and median of the other 20 are printed.
 *
 * <pre>java -cp /path/acta.jar:target/benchmarks.jar org.acta.bench.PageCpuTime [body]</pre>
 *
 * Without {@code body} the page's Markdown body is empty (Freemarker alone).
 */
public final class PageCpuTime {
  private PageCpuTime() {}

  public static void main(String[] args) throws Exception {
    PageBench bench = new PageBench();
    bench.setUp();
    boolean body = args.length > 0 && args[0].equals("body");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> rounds = new ArrayList<>();
    for (int round = 0; round < 30; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < 1000; i++) {
        Object html = body ? bench.templateMinutePage() : bench.templateMinutePageEmptyBody();
        if (html == null) {
          throw new IllegalStateException("no page");
        }
      }
      double micros = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / 1000;
      if (round >= 10) {
        rounds.add(micros);
      }
    }
    Collections.sort(rounds);
    System.out.printf("minute page%s: CPU per render %.1f us minimum, %.1f us median%n",
        body ? "" : " (empty body)", rounds.get(0), rounds.get(rounds.size() / 2));
  }
}
