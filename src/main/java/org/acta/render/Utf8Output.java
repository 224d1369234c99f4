package org.acta.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page as UTF-8 bytes, encoded as Freemarker writes it. Freemarker writes a page in
 * thousands of short pieces; an {@code OutputStreamWriter} wraps each in a buffer and runs the
 * charset encoder over it, which profiled as a tenth of template time. Pages are mostly ASCII,
 * which this copies byte for byte. Not thread-safe: one page, one thread.
 */
final class Utf8Output extends Writer {
  private byte[] bytes;
  private int size;
  /** A high surrogate whose low half has not been written yet. */
  private char pendingHigh;

  Utf8Output(int initialCapacity) {
    bytes = new byte[initialCapacity];
  }

  @Override
  public void write(String s, int off, int len) {
    ensure(len);
    for (int i = off, end = off + len; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && pendingHigh == 0) {
        bytes[size++] = (byte) c;
      } else {
        encode(c);
      }
    }
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(char[] chars, int off, int len) {
    ensure(len);
    for (int i = off, end = off + len; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && pendingHigh == 0) {
        bytes[size++] = (byte) c;
      } else {
        encode(c);
      }
    }
  }

  @Override
  public void write(int c) {
    ensure(1);
    encode((char) c);
  }

  private void encode(char c) {
    ensure(4);
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        bytes[size++] = (byte) (0xF0 | (cp >> 18));
        bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      bytes[size++] = '?'; // a lone high surrogate, as the JDK's encoder replaces it
      ensure(4);
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | (c >> 6));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | (c >> 12));
      bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** Room for {@code chars} more characters, each up to 3 bytes (4 for a completed pair). */
  private void ensure(int chars) {
    long needed = size + 3L * chars + 4;
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.max(needed, bytes.length * 2L));
    }
  }

  /** The page so far; a high surrogate left without its low half is written as '?'. */
  byte[] toByteArray() {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      ensure(1);
      bytes[size++] = '?';
    }
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
