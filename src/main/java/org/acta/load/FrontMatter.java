package org.acta.load;

import java.util.Optional;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problems;
import org.acta.model.Markdown;
import org.acta.markdown.MarkdownLimits;

/**
 * Splits a Markdown file into its YAML front matter and body. The front matter starts on the
 * first line with {@code ---} and ends at the next line that is exactly {@code ---}.
 *
 * @param yaml the YAML text, without the fences
 * @param firstLine the 1-based file line where the YAML text starts
 * @param body the Markdown body after the closing fence
 * @param bodyLine the 1-based file line where the body starts
 * @param markdown the body as the model keeps it (a long one stays in its file)
 */
public record FrontMatter(String yaml, int firstLine, String body, int bodyLine,
    Markdown markdown) {

  public static Optional<FrontMatter> split(SourceFile file, Problems problems) {
    String text = file.text();
    if (!(text.startsWith("---\n") || text.equals("---"))) {
      problems.error(file.position(1, 1),
          Message.of("front-matter.must-start-with-front"));
      return Optional.empty();
    }
    int line = 2;
    int start = 4;
    int pos = start;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      int lineEnd = end < 0 ? text.length() : end;
      if (lineEnd - pos == 3 && (text.startsWith("---", pos) || text.startsWith("...", pos))) {
        String yaml = text.substring(start, pos);
        int bodyStart = end < 0 ? text.length() : end + 1;
        String body = text.substring(bodyStart);
        // Every Markdown body (minute, newsletter, translation) passes here: refuse one that
        // flexmark cannot render in bounded stack and time, at its line. The fields still load.
        int bodyLine = line + 1;
        MarkdownLimits.check(body).ifPresent(e -> problems.error(
            file.position(bodyLine + e.line() - 1, e.column()), e.message()));
        return Optional.of(new FrontMatter(yaml, 2, body, bodyLine,
            file.tail(bodyStart, body)));
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    problems.error(file.position(1, 1),
        Message.of("front-matter.the-front-matter-opened"));
    return Optional.empty();
  }
}
