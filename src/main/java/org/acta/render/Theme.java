package org.acta.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates, static files and interface messages a site is rendered with: the default
 * theme inside the jar, with any file of the same name in an override folder taking its place.
 */
public final class Theme {
  static final String CLASSPATH_ROOT = "acta/theme";
  private final Path overrideDir;

  /** @param overrideDir a folder of templates that replace the default ones; may be null. */
  public Theme(Path overrideDir) {
    this.overrideDir = overrideDir != null && Files.isDirectory(overrideDir) ? overrideDir : null;
  }

  TemplateLoader templateLoader() throws IOException {
    TemplateLoader builtIn = new ClassTemplateLoader(Theme.class.getClassLoader(), CLASSPATH_ROOT);
    if (overrideDir == null) {
      return builtIn;
    }
    return new MultiTemplateLoader(
        new TemplateLoader[] {new FileTemplateLoader(overrideDir.toFile()), builtIn});
  }

  /** Interface texts for a language: the default theme's, then the override's on top. */
  public Map<String, String> messages(String language) {
    Map<String, String> out = new TreeMap<>();
    String name = "messages/" + language + ".properties";
    try (InputStream in = Theme.class.getClassLoader()
        .getResourceAsStream(CLASSPATH_ROOT + "/" + name)) {
      load(in, out);
      if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name))) {
        try (InputStream over = Files.newInputStream(overrideDir.resolve(name))) {
          load(over, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void load(InputStream in, Map<String, String> into) throws IOException {
    if (in == null) {
      return;
    }
    Properties p = new Properties();
    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k)));
  }

  /** Static files to copy to the site root, by site-relative path. Override files win. */
  public Map<String, byte[]> staticFiles() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    URL url = Theme.class.getClassLoader().getResource(CLASSPATH_ROOT + "/static");
    if (url != null) {
      URI uri;
      try {
        uri = url.toURI();
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          collect(jar.getPath(CLASSPATH_ROOT, "static"), files);
        }
      } else {
        collect(Path.of(uri), files);
      }
    }
    if (overrideDir != null) {
      collect(overrideDir.resolve("static"), files);
    }
    return files;
  }

  private static void collect(Path dir, Map<String, byte[]> into) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        into.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
  }
}
