package org.acta.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.acta.diagnostics.Message;

/**
 * Two content files whose names differ only in letter case. Ids and slugs are lowercase, so the
 * one with capitals is refused; when its lowercase twin exists, renaming it to lowercase would
 * overwrite that file (and on macOS and Windows the two are one file), so the error says so.
 */
final class CaseTwin {
  /** No clash: adds nothing to the naming error. */
  static final Message NONE = Message.of("common.nothing");

  private CaseTwin() {}

  /**
   * The sentence to add to the naming error of {@code file}: empty when no sibling has its
   * name in lowercase.
   *
   * @param display how {@code file} is named in problems
   * @param address the page both would be published at, or null when the files have no page
   */
  static Message clash(Path file, String display, String address) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(name) || !hasSibling(file, lower)) {
      return NONE;
    }
    String twin = display.substring(0, display.length() - name.length()) + lower;
    return address == null ? Message.of("case-twin.clash", twin, lower)
        : Message.of("case-twin.clash-published", twin, address, lower);
  }

  private static boolean hasSibling(Path file, String lower) {
    Path dir = file.toAbsolutePath().getParent();
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.getFileName().toString().equals(lower));
    } catch (IOException e) {
      return false;
    }
  }
}
