package org.acta.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build and where.
 *
 * @param content the content folder
 * @param templates a folder whose templates override the default theme's; null for none
 * @param out the output folder; null to render without writing (validate)
 * @param baseUrl the public address of the site; null to use site.yaml's base_url
 * @param today "today" for everything date-dependent (overdue milestones, the "information as
 *     of" line), the content being read as it is; null for the latest content commit's date,
 *     or with {@code asOf}, that date
 * @param asOf build the content as it stood on this date: the tree of the last commit on or
 *     before it, with its history up to that commit (see ContentSource); null for the content
 *     folder as it is
 */
public record BuildOptions(Path content, Path templates, Path out, String baseUrl,
    LocalDate today, LocalDate asOf, String revision) {

  /**
   * As of a date (or the content as it is); {@code revision}, the other way to name a past
   * commit, is for {@code acta diff}: the content of that commit (branch, tag or id), with its
   * history up to it, as its own build would have published it.
   */
  public BuildOptions(Path content, Path templates, Path out, String baseUrl, LocalDate today,
      LocalDate asOf) {
    this(content, templates, out, baseUrl, today, asOf, null);
  }

  /** The content as it is, with {@code today} as "today" (null: the latest commit's date). */
  public BuildOptions(Path content, Path templates, Path out, String baseUrl, LocalDate today) {
    this(content, templates, out, baseUrl, today, null);
  }

  /** The default override folder: {@code templates/} beside the content folder, if present. */
  public static Path defaultTemplates(Path content) {
    Path parent = content.toAbsolutePath().normalize().getParent();
    return parent == null ? null : parent.resolve("templates");
  }
}
