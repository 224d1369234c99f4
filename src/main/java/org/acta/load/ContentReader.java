package org.acta.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.diagnostics.SourceLines;

/**
 * Reads content files defensively: only regular files inside the content folder (no symlink
 * escapes), at most {@link #MAX_FILE_BYTES}, strictly valid UTF-8.
 */
public final class ContentReader implements SourceLines {
  /** Largest text file accepted; a minute or commitment is a few KB. */
  public static final long MAX_FILE_BYTES = 1024 * 1024;

  private final Path root;
  private final Path realRoot;
  private final String displayRoot;
  /** The file whose lines were last looked up, for the next problem in it. */
  private SourceFile lastQuoted;

  public ContentReader(Path root, String displayRoot) throws IOException {
    this.root = root;
    this.realRoot = root.toRealPath();
    this.displayRoot = displayRoot.endsWith("/") ? displayRoot : displayRoot + "/";
  }

  public Path root() {
    return root;
  }

  /** How the content folder is shown in messages, ending in '/' (e.g. {@code content/}). */
  public String displayRoot() {
    return displayRoot;
  }

  /** How a path under the content folder is shown in messages. */
  public String display(Path file) {
    Path relative = file.isAbsolute() == root.isAbsolute() ? root.relativize(file)
        : root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    return displayRoot + relative.toString().replace('\\', '/');
  }

  /** The file a {@link #display} name stands for. */
  public Path file(String display) {
    return root.resolve(display.startsWith(displayRoot)
        ? display.substring(displayRoot.length()) : display);
  }

  /** True when the path is a regular file whose real location is inside the content folder. */
  public boolean isInside(Path file) {
    try {
      return file.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  public Optional<SourceFile> read(Path file, Problems problems) {
    problems.quoteFrom(this);
    Position where = Position.ofFile(display(file));
    try {
      if (Files.isSymbolicLink(file) && !isInside(file)) {
        problems.error(where, Message.of("content-reader.is-symbolic-link-to"));
        return Optional.empty();
      }
      if (!Files.isRegularFile(file)) {
        problems.error(where, Message.of("content-reader.is-not-regular-file"));
        return Optional.empty();
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        problems.error(where, Message.of("content-reader.is-bytes-text-content", size,
            MAX_FILE_BYTES));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return decode(bytes, where, problems).map(text -> SourceFile.read(this, file, where.file(),
          text));
    } catch (IOException e) {
      problems.error(where, Message.of("content-reader.cannot-be-read", e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * The line of a content file, read again for a problem reported there (positions of
   * content read here carry no line text; see {@link SourceFile#read}); null for a file
   * outside the content folder or no longer readable.
   */
  @Override
  public synchronized String line(String display, int line) {
    if (lastQuoted == null || !lastQuoted.displayName().equals(display)) {
      Optional<String> text = readAgain(display);
      if (text.isEmpty()) {
        return null;
      }
      lastQuoted = new SourceFile(file(display), display, text.get());
    }
    return lastQuoted.lineText(line);
  }

  /**
   * A content file's text read again, normalised as when it was first read; empty when it is
   * outside the content folder or no longer readable. Thread-safe.
   */
  Optional<String> readAgain(String display) {
    if (!display.startsWith(displayRoot)) {
      return Optional.empty();
    }
    Path file = file(display);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
        return Optional.empty();
      }
      return decode(Files.readAllBytes(file), Position.ofFile(display), new Problems());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Strict UTF-8 as for content files, for other inputs such as imported CSV files. */
  public static Optional<String> decodeText(byte[] bytes, Position where, Problems problems) {
    return decode(bytes, where, problems);
  }

  /** Strict UTF-8; strips a BOM and turns CRLF/CR into LF. */
  static Optional<String> decode(byte[] bytes, Position where, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int offset = firstInvalidByte(bytes);
      int line = 1;
      int column = 1;
      boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF;
      for (int i = bom ? 3 : 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      problems.error(new Position(where.file(), line, column, ""),
          Message.of("content-reader.is-not-valid-utf", offset));
      return Optional.empty();
    }
    return Optional.of(normalized(text));
  }

  /** The text without a byte-order mark, with LF line ends (CRLF and CR become LF). */
  static String normalized(String text) {
    String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return clean.indexOf('\r') < 0 ? clean : clean.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static int firstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }
}
