package org.acta.load;

import org.acta.diagnostics.Message;
import org.acta.model.Markdown;

/**
 * A Markdown body left in its content file: where it starts, how long it is and its hash,
 * checked on every read so a file edited during the build is reported, never half used.
 * Reading a 15 KB minute again costs about 30 µs; holding every body cost a quarter of the
 * heap at 50,000 minutes.
 *
 * @param file the file as messages show it (the reader finds it from that)
 * @param start where the body starts in the file's normalised text
 */
record StoredBody(ContentReader reader, String file, int start, int length, int hash)
    implements Markdown.Stored {
  /** Bodies shorter than this are held: a few hundred bytes are not worth a read. */
  static final int SHORTEST = 1024;

  @Override
  public String read() {
    String text = reader.readAgain(file).orElseThrow(() -> new Markdown.Unavailable(file,
        Message.of("stored-body.cannot-be-read-again")));
    if (text.length() - start != length || start < 0) {
      throw changed();
    }
    String body = text.substring(start);
    if (body.hashCode() != hash) {
      throw changed();
    }
    return body;
  }

  private Markdown.Unavailable changed() {
    return new Markdown.Unavailable(file, Message.of("stored-body.changed-during-the-build"));
  }

  @Override
  public String toString() {
    return file + " from " + start;
  }
}
