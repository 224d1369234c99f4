package org.acta.model;

/**
 * A progress figure computed only from what was reported: the rounded average of the reported
 * percentages, and how many of the items it summarises reported one. With nothing reported
 * there is no figure ({@link #known()} is false), never 0 %.
 *
 * @param percent the average of the reported items; 0 and meaningless when none reported
 * @param reported how many items have a progress figure
 * @param total how many items count
 */
public record Progress(int percent, int reported, int total) {

  public static Progress of(Iterable<Stated<Integer>> values) {
    int total = 0;
    int reported = 0;
    long sum = 0;
    for (Stated<Integer> v : values) {
      total++;
      if (v.known()) {
        reported++;
        sum += v.value();
      }
    }
    return new Progress(reported == 0 ? 0 : (int) Math.round((double) sum / reported),
        reported, total);
  }

  public boolean known() {
    return reported > 0;
  }

  public int notReported() {
    return total - reported;
  }

  /** The figure as a stated value, for averaging further up (a plan over its commitments). */
  public Stated<Integer> asStated() {
    return known() ? Stated.of(percent) : Stated.omitted();
  }
}
