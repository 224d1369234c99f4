package org.acta.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.testing.OnStack;
import org.junit.jupiter.api.Test;

/**
 * {@link LinkSyntax} finds the match flexmark's own expressions find, character for character:
 * on every short text of the characters that matter, and at the 999-item limit of labels.
 */
class LinkSyntaxTest {
  private static final Parsing FLEXMARK = new Parsing(new MutableDataSet());
  /** Every character the expressions treat apart, and two they do not. */
  private static final char[] ALPHABET = "[]\\<>()\"' \t\n\0*a".toCharArray();

  /** Where flexmark's expression, anchored at {@code start}, ends the match, or -1. */
  private static int flexmark(Pattern pattern, String text, int start) {
    Matcher m = pattern.matcher(text).region(start, text.length());
    return m.find() ? m.end() : -1;
  }

  private static void assertSameAsFlexmark(String text, int start) {
    assertSame(FLEXMARK.LINK_LABEL, LinkSyntax::labelEnd, text, start);
    assertSame(FLEXMARK.LINK_TITLE, LinkSyntax::titleEnd, text, start);
    assertSame(FLEXMARK.LINK_DESTINATION_ANGLES, LinkSyntax::angleDestinationEnd, text, start);
  }

  private static void assertSame(Pattern pattern, ToIntBiFunction<String, Integer> scan,
      String text, int start) {
    assertThat(scan.applyAsInt(text, start)).as("%s at %d in %s", pattern, start,
        visible(text)).isEqualTo(flexmark(pattern, text, start));
  }

  private static String visible(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
        .replace("\0", "\\0") + '"';
  }

  @Test
  void matchesWhatFlexmarksExpressionsMatchOnEveryShortText() {
    // Exhaustive up to 5 characters after the opening one (15^5 texts per opening).
    for (char open : "[\"'(<".toCharArray()) {
      StringBuilder text = new StringBuilder().append(open);
      exhaustive(text, 5, ALPHABET, t -> assertSameAsFlexmark(t, 0));
    }
  }


  @Test
  void matchesWhatFlexmarksExpressionsMatchOnRandomTexts() {
    Random random = new Random(21);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        // Backslashes and brackets often, so that escapes are read both ways.
        text.append(random.nextInt(3) == 0 ? "\\[]".charAt(random.nextInt(3))
            : ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String s = text.toString();
      for (int start = 0; start <= s.length(); start++) {
        assertSameAsFlexmark(s, start);
      }
    }
  }

  @Test
  void readsEmailAutolinksAsFlexmarksExpressionDoes() {
    char[] alphabet = "<>@.-a1!_ ".toCharArray();
    // Every text of up to 6 characters after '<' (a million), and random longer ones.
    StringBuilder text = new StringBuilder("<");
    exhaustive(text, 6, alphabet, t -> assertSame(FLEXMARK.EMAIL_AUTOLINK,
        LinkSyntax::emailAutolinkEnd, t, 0));
    Random random = new Random(8);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder s = new StringBuilder("<");
      for (int j = random.nextInt(30); j > 0; j--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertSame(FLEXMARK.EMAIL_AUTOLINK, LinkSyntax::emailAutolinkEnd, s.toString(), 0);
    }
    for (String address : List.of("<a@" + "b".repeat(63) + ">", "<a@" + "b".repeat(64) + ">",
        "<a@b." + "c".repeat(63) + ".d>", "<a@b." + "c".repeat(64) + ".d>", "<a@-b>",
        "<a@b-.c>", "<a.b+c@d-e.f>", "<@b>", "<a@b..c>", "<a@b.>", "<a@b>x",
        "<mesa@gobiernoabierto.cl>")) {
      assertSame(FLEXMARK.EMAIL_AUTOLINK, LinkSyntax::emailAutolinkEnd, address, 0);
    }
  }

  private static void exhaustive(StringBuilder text, int more, char[] alphabet,
      java.util.function.Consumer<String> check) {
    check.accept(text.toString());
    if (more > 0) {
      for (char c : alphabet) {
        text.append(c);
        exhaustive(text, more - 1, alphabet, check);
        text.setLength(text.length() - 1);
      }
    }
  }

  @Test
  void aLabelHoldsAtMost999ItemsAsInFlexmark() throws Exception {
    String[] labels = {
        "[" + "a".repeat(999) + "]",
        "[" + "a".repeat(1000) + "]",
        "[" + "\\*".repeat(999) + "]",
        "[" + "\\*".repeat(998) + "\\]",
        "[" + "\\\\".repeat(500) + "]",
        "[" + "x\\".repeat(499) + "]]",
        "[" + "\\]".repeat(998) + "",
        "[" + "\\]".repeat(1200) + "",
    };
    // flexmark's expression itself needs a deep stack for these: a thread with 64 MiB.
    OnStack.call(64L << 20, () -> {
      for (String label : labels) {
        assertSame(FLEXMARK.LINK_LABEL, LinkSyntax::labelEnd, label, 0);
      }
      return null;
    });
    // 1,000 escapes cannot reach the ']' in 999 items, nor 999 the '\\]' after them: flexmark's
    // expression tries every reading of them to find that out (too long to compare with).
    assertThat(LinkSyntax.labelEnd("[" + "\\*".repeat(1000) + "]", 0)).isEqualTo(-1);
    assertThat(LinkSyntax.labelEnd("[" + "\\*".repeat(999) + "\\]", 0)).isEqualTo(-1);
  }

  @Test
  void longAndAmbiguousTextsTakeLinearTimeAndNoStack() {
    String[] texts = {
        "[\u03c0" + "\\".repeat(56), // hours in flexmark's expression
        "[a" + "\\*x".repeat(100_000),
        "\"" + "\\*x".repeat(100_000),
        "(" + "x ".repeat(200_000),
        "<" + "\\*".repeat(100_000) + " ",
        "<a@" + "b.".repeat(100_000),
    };
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (String text : texts) {
        // A quarter of the usual stack: nothing here recurses.
        int[] ends = OnStack.call(256 * 1024, () -> new int[] {LinkSyntax.labelEnd(text, 0),
            LinkSyntax.titleEnd(text, 0), LinkSyntax.angleDestinationEnd(text, 0),
            LinkSyntax.emailAutolinkEnd(text, 0)});
        assertThat(ends).as(text.substring(0, 3)).containsOnly(-1);
      }
    });
    // The backslash before the last '"' read alone: the title ends there, as in flexmark.
    String title = "\"a\\\"b\\\"c";
    assertThat(LinkSyntax.titleEnd(title, 0)).isEqualTo(7)
        .isEqualTo(flexmark(FLEXMARK.LINK_TITLE, title, 0));
  }
}
