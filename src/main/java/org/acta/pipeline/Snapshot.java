package org.acta.pipeline;

import java.time.LocalDate;
import java.util.Map;
import org.acta.history.ContentHistory;
import org.acta.history.EvidenceFile;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.render.TemplateEngine;
import org.acta.render.Theme;
import org.acta.site.PastContent;

/**
 * What a successful build loaded and compiled, kept by live preview so that an edit to one
 * minute re-renders only that minute's page (see {@link SiteBuilder#rerenderMinutes}).
 */
public record Snapshot(ContentReader reader, ContentLoader.Loaded loaded, LocalDate asOf,
    ContentHistory history, Map<String, EvidenceFile> evidence,
    Map<LocalDate, PastContent> past, Theme theme, TemplateEngine engine) {}
