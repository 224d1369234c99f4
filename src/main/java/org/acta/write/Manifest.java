package org.acta.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json}: every file of a built site with its size and SHA-256, so a host or a
 * reviewer can check that what is published is exactly what was built.
 */
public final class Manifest {
  public static final String FILE = "manifest.json";
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private Manifest() {}

  /** Hashes every file under {@code site} except the manifest and the Acta marker. */
  public static Map<String, String> hashes(Path site) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = site.relativize(p).toString().replace('\\', '/');
        if (!rel.equals(FILE) && !rel.equals(StagedOutput.MARKER)) {
          files.put(rel, sha256(p));
        }
      }
    }
    return files;
  }

  static byte[] write(Map<String, String> hashes) {
    ObjectNode root = JSON.createObjectNode();
    root.put("generator", "Acta");
    root.put("algorithm", "SHA-256");
    ObjectNode files = root.putObject("files");
    hashes.forEach(files::put);
    return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Compares a site with its manifest; returns one line per difference (empty when the site is
   * exactly as built).
   */
  public static List<String> verify(Path site) throws IOException {
    List<String> problems = new ArrayList<>();
    Path file = site.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      problems.add(FILE + ": missing; this is not a site built by Acta, or it was damaged.");
      return problems;
    }
    Map<String, String> expected;
    try {
      expected = read(file);
    } catch (RuntimeException e) {
      problems.add(FILE + ": cannot be read (" + e.getMessage() + ").");
      return problems;
    }
    Map<String, String> actual = hashes(site);
    expected.forEach((path, hash) -> {
      String found = actual.get(path);
      if (found == null) {
        problems.add(path + ": missing.");
      } else if (!found.equals(hash)) {
        problems.add(path + ": changed (SHA-256 " + found + ", built as " + hash + ").");
      }
    });
    actual.keySet().stream().filter(p -> !expected.containsKey(p))
        .forEach(p -> problems.add(p + ": not part of the build."));
    return problems;
  }

  /**
   * The hashes a manifest file lists, by site path.
   *
   * @throws RuntimeException when it is not a manifest
   */
  static Map<String, String> read(Path manifest) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    JsonNode files = JSON.readTree(Files.readString(manifest)).get("files");
    files.properties().forEach(e -> hashes.put(e.getKey(), e.getValue().asString()));
    return hashes;
  }

  /** The SHA-256 of a file, in lowercase hex. */
  public static String fingerprint(Path file) throws IOException {
    return sha256(file);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
