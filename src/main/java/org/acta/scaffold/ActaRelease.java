package org.acta.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * This build of Acta (version and commit, from {@code acta/build.properties}, which Maven fills
 * in) and the release a content repository's CI installs: where its zip is downloaded from and
 * the SHA-256 the download must have.
 *
 * @param version e.g. "0.1.0"
 * @param url where the release's zip is downloaded from; empty when not known
 * @param sha256 the zip's SHA-256 in lower-case hex; empty when not known
 */
public record ActaRelease(String version, String url, String sha256) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern URL = Pattern.compile("(https?|file)://[^\\s\"'\\\\$`]+");

  /** The version and commit of the running Acta; "development build" outside Maven's build. */
  public static String describeRunning() {
    Properties p = buildProperties();
    String version = known(p.getProperty("version"));
    String commit = known(p.getProperty("commit"));
    return "acta " + (version.isEmpty() ? "development build" : version)
        + " (commit " + (commit.isEmpty() ? "unknown" : commit) + ")";
  }

  /** The running Acta's version and the release address its build was given, if any. */
  public static ActaRelease running() {
    Properties p = buildProperties();
    String version = known(p.getProperty("version"));
    return new ActaRelease(version.isEmpty() ? "0.0.0" : version,
        known(p.getProperty("release.url")), "");
  }

  /** Checks a SHA-256 given by the user; returns it in lower case. */
  public static String checkSha256(String hex) throws ScaffoldException {
    String h = hex.strip().toLowerCase(java.util.Locale.ROOT);
    if (!SHA256.matcher(h).matches()) {
      throw ScaffoldException.usage("--release-sha256 must be 64 hexadecimal digits (as "
          + "`sha256sum acta-VERSION.zip` prints), not '" + hex + "'.");
    }
    return h;
  }

  /** Checks a download address given by the user: one https (or http, file) URL, no spaces. */
  public static String checkUrl(String url) throws ScaffoldException {
    String u = url.strip();
    if (!URL.matcher(u).matches()) {
      throw ScaffoldException.usage("--release-url must be one https:// address of a release "
          + "zip (no spaces or quotes), not '" + url + "'.");
    }
    return u;
  }

  /** The SHA-256 of a file, in lower-case hex. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  public ActaRelease withSha256(String hex) {
    return new ActaRelease(version, url, hex);
  }

  public ActaRelease withUrl(String address) {
    return new ActaRelease(version, address, sha256);
  }

  private static Properties buildProperties() {
    Properties p = new Properties();
    try (InputStream in = ActaRelease.class.getClassLoader()
        .getResourceAsStream("acta/build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** A value Maven did not fill in (run from an IDE, say) is unknown, not "${...}". */
  private static String known(String value) {
    return value == null || value.contains("${") ? "" : value.strip();
  }
}
