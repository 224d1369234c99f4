package org.acta.webeditor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.model.PlanStatus;
import org.acta.model.SiteConfig;

/**
 * The two files of the optional web editor: {@code admin/index.html}, which loads Decap CMS,
 * and {@code admin/config.yml} ({@link DecapConfig}) for a content folder.
 */
public final class WebEditor {
  /** The Decap release the page loads: major version 3, whose configuration this writes. */
  static final String DECAP_SCRIPT = "https://unpkg.com/decap-cms@^3.0.0/dist/decap-cms.js";

  private WebEditor() {}

  /**
   * The configuration for the content folder {@code content}, which is {@code contentFolder}
   * (e.g. "content") in the repository: its language, meeting kinds and plans (with their
   * status) as site.yaml and the plans folder state them (a site.yaml with errors gives the defaults: Spanish, ordinary
   * and extraordinary sessions).
   */
  public static DecapConfig configOf(Path content, String contentFolder,
      DecapConfig.Backend backend) throws IOException {
    ContentLoader.Loaded loaded = new ContentLoader(
        new ContentReader(content, content.toString()), new Problems()).load();
    SiteConfig site = loaded.config();
    Map<String, PlanStatus> statuses = new HashMap<>();
    loaded.plans().forEach(p -> statuses.put(p.id(), p.status()));
    String language = site == null ? "es" : site.language();
    List<String> kinds = List.copyOf((site == null ? SiteConfig.DEFAULT_MEETING_KINDS
        : site.meetingKinds()).keySet());
    // A plan.yaml with errors gives no status: its collections require what a plan past
    // co-creation does, which is never less than acta validate asks.
    List<DecapConfig.Plan> plans = plans(content).stream().map(id -> new DecapConfig.Plan(id,
        statuses.get(id) == PlanStatus.CO_CREATION)).toList();
    return new DecapConfig(language, contentFolder, kinds, plans, backend);
  }

  /** The folders under plans/ that hold a plan.yaml, by name. */
  static List<String> plans(Path content) throws IOException {
    return ContentLoader.planFolders(content);
  }

  /** Writes {@code index.html} and {@code config.yml} into {@code admin}; returns them. */
  public static List<Path> write(DecapConfig config, Path admin) throws IOException {
    Files.createDirectories(admin);
    Path page = admin.resolve("index.html");
    Path yaml = admin.resolve("config.yml");
    Files.writeString(page, page(config.language()), StandardCharsets.UTF_8);
    Files.writeString(yaml, config.yaml(), StandardCharsets.UTF_8);
    return List.of(page, yaml);
  }

  static String page(String language) {
    String title = language.equals("es") ? "Editor de contenidos" : "Content editor";
    return "<!doctype html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"robots\" content=\"noindex\"><title>" + title + "</title>\n"
        + "<script src=\"" + DECAP_SCRIPT + "\"></script></head><body></body></html>\n";
  }
}
