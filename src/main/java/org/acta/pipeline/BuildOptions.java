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
 * @param asOf "today" for everything date-dependent; null to use the latest content commit
 */
public record BuildOptions(Path content, Path templates, Path out, String baseUrl, LocalDate asOf) {

  /** The default override folder: {@code templates/} beside the content folder, if present. */
  public static Path defaultTemplates(Path content) {
    Path parent = content.toAbsolutePath().normalize().getParent();
    return parent == null ? null : parent.resolve("templates");
  }
}
