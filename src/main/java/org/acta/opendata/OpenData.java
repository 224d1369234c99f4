package org.acta.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.acta.history.EvidenceFile;
import org.acta.model.ActionPlan;
import org.acta.model.Attachment;
import org.acta.model.Commitment;
import org.acta.model.Evidence;
import org.acta.model.Milestone;
import org.acta.model.MilestoneStatus;
import org.acta.model.PartialDate;
import org.acta.model.Progress;
import org.acta.model.ProgressUpdate;
import org.acta.model.Ref;
import org.acta.model.SdgLink;
import org.acta.model.Stated;
import org.acta.model.Text;
import org.acta.model.ValueRelevance;
import org.acta.paths.SitePaths;
import org.acta.site.Site;
import org.acta.tracking.CommitmentSummary;
import org.acta.tracking.Rules;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The open-data downloads: CSV and JSON of commitments and milestones for the whole site and
 * per plan, the JSON Schema, and one zip per plan with everything about it. All outputs are
 * deterministic (fixed order, fixed zip timestamps).
 */
public final class OpenData {
  public static final String SCHEMA_PATH = "data/schema/acta-data.schema.json";
  static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final Site site;
  private final String baseUrl;
  private final Path contentRoot;
  private final String displayRoot;
  private final ObjectMapper json = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  /**
   * @param baseUrl absolute site address ending in /, or null for site-relative urls
   * @param contentRoot the content folder, for the archive's copies of sources and evidence
   * @param displayRoot how the content folder is shown in source positions (e.g. "content")
   */
  public OpenData(Site site, String baseUrl, Path contentRoot, String displayRoot) {
    this.site = site;
    this.baseUrl = baseUrl == null ? "/" : baseUrl;
    this.contentRoot = contentRoot;
    this.displayRoot = displayRoot.endsWith("/") ? displayRoot : displayRoot + "/";
  }

  /** Every download by site path. */
  public Map<String, byte[]> files() {
    Map<String, byte[]> out = new TreeMap<>();
    out.put(SitePaths.DATA + "commitments.csv", commitmentsCsv(site.plans()));
    out.put(SitePaths.DATA + "milestones.csv", milestonesCsv(site.plans()));
    out.put(SitePaths.DATA + "updates.csv", updatesCsv(site.plans()));
    out.put(SitePaths.DATA + "acta.json", json(site.plans()));
    out.put(SCHEMA_PATH, resource("/acta/schema/acta-data.schema.json"));
    // The schemas of the content files, for editors and other tools.
    for (String kind : CONTENT_SCHEMAS) {
      out.put("data/schema/content/" + kind + ".schema.json",
          resource("/acta/schema/content/" + kind + ".schema.json"));
    }
    for (ActionPlan plan : site.plans()) {
      String dir = SitePaths.planData(plan.id());
      out.put(dir + "commitments.csv", commitmentsCsv(List.of(plan)));
      out.put(dir + "milestones.csv", milestonesCsv(List.of(plan)));
      out.put(dir + "updates.csv", updatesCsv(List.of(plan)));
      out.put(dir + "plan.json", json(List.of(plan)));
      out.put(dir + "plan-" + plan.id() + ".zip", archive(plan, out.get(dir + "plan.json"),
          out.get(dir + "commitments.csv"), out.get(dir + "milestones.csv"),
          out.get(dir + "updates.csv")));
    }
    return out;
  }

  static final List<String> CONTENT_SCHEMAS = List.of("site", "institutions", "minute",
      "minute-translation", "meeting", "plan", "commitment", "consultation");

  static byte[] resource(String name) {
    try (var in = OpenData.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] commitmentsCsv(List<ActionPlan> plans) {
    return csv(Columns.COMMITMENTS, printer -> {
      for (ActionPlan plan : plans) {
        for (Commitment c : plan.commitments()) {
          CommitmentSummary s = CommitmentSummary.of(c, site.asOf());
          record(printer, plan.id(), c.id(), nz(c.ogpId()), c.title(), nz(c.shortTitle()),
              ids(c.leadInstitutions()), ids(c.partnerInstitutions()), cell(c.start()),
              cell(c.end()), s.progress().known() ? s.progress().percent() : "",
              s.progress().reported(), s.progress().total(), s.status().keyword(),
              s.completion().known() ? s.completion().value().keyword() : "",
              s.completionSetByForum(), sdgs(c), values(c), String.join(";", c.themes()),
              c.milestones().size(), count(c, MilestoneStatus.COMPLETED),
              c.milestones().stream().filter(m -> m.isOverdue(site.asOf())).count(),
              nz(site.history().of(c.source().file()).lastUpdated()), baseUrl + c.path());
        }
      }
    });
  }

  byte[] updatesCsv(List<ActionPlan> plans) {
    return csv(Columns.UPDATES, printer -> {
      for (ActionPlan plan : plans) {
        for (Commitment c : plan.commitments()) {
          for (ProgressUpdate u : c.updates()) {
            updateRow(printer, plan, c, "", u, baseUrl + c.path());
          }
          for (Milestone m : c.milestones()) {
            for (ProgressUpdate u : m.updates()) {
              updateRow(printer, plan, c, m.id(), u, baseUrl + c.path() + "#" + m.anchor());
            }
          }
        }
      }
    });
  }

  private void updateRow(CSVPrinter printer, ActionPlan plan, Commitment c, String milestone,
      ProgressUpdate u, String url) throws IOException {
    record(printer, plan.id(), c.id(), milestone, u.date().iso(), nz(u.period()),
        status(u.status()), cell(u.progress()), u.text() == null ? "" : u.text().source(),
        u.evidence().stream().map(e -> e.isFile() ? baseUrl + e.path() : e.url())
            .collect(Collectors.joining(" ")), url);
  }

  byte[] milestonesCsv(List<ActionPlan> plans) {
    return csv(Columns.MILESTONES, printer -> {
      for (ActionPlan plan : plans) {
        for (Commitment c : plan.commitments()) {
          for (Milestone m : c.milestones()) {
            ProgressUpdate latest = m.latestUpdate();
            record(printer, plan.id(), c.id(), m.id(), m.title(), cell(m.deliverable()),
                cell(m.start()), cell(m.end()), nz(m.actualStart()), nz(m.actualEnd()),
                m.responsible() == null ? "" : m.responsible().id(), status(m.status()),
                cell(m.progress()), m.isOverdue(site.asOf()), m.allEvidence().size(),
                !m.evidenceNotItemised(), latest == null ? "" : latest.date().iso(),
                baseUrl + c.path() + "#" + m.anchor());
          }
        }
      }
    });
  }

  byte[] json(List<ActionPlan> plans) {
    ObjectNode root = json.createObjectNode();
    root.put("$schema", baseUrl + SCHEMA_PATH);
    root.put("site", site.config().title().value());
    root.put("as_of", site.asOf().toString());
    ArrayNode planArray = root.putArray("plans");
    for (ActionPlan plan : plans) {
      ObjectNode p = planArray.addObject();
      p.put("id", plan.id());
      p.put("number", plan.number());
      p.put("title", plan.title().value());
      p.put("start", plan.start().iso());
      p.put("end", plan.end().iso());
      p.put("status", plan.status() == null ? null : plan.status().keyword());
      progress(p, Rules.planProgress(plan));
      p.put("url", baseUrl + plan.path());
      attachments(p.putArray("attachments"), plan.attachments());
      ArrayNode commitments = p.putArray("commitments");
      plan.commitments().forEach(c -> commitment(commitments.addObject(), c));
    }
    try {
      return (json.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Attachments as published: a committed file with its fingerprint, or a web address. */
  private void attachments(ArrayNode out, List<Attachment> attachments) {
    for (Attachment a : attachments) {
      ObjectNode o = out.addObject();
      o.put("title", a.title().value());
      if (a.kind() != null) {
        o.put("kind", a.kind().value());
      }
      if (a.hasFile()) {
        o.put("path", a.file());
        o.put("url", baseUrl + a.file());
        EvidenceFile f = site.evidenceFiles().get(a.file());
        if (f != null) {
          o.put("size", f.size());
          o.put("sha256", f.sha256());
          if (f.firstCommitted() != null) {
            o.put("first_committed", f.firstCommitted().toString());
          }
        }
      } else {
        o.put("url", a.url());
      }
      if (a.date() != null) {
        o.put("date", a.date().iso());
      }
    }
  }

  private void commitment(ObjectNode o, Commitment c) {
    CommitmentSummary s = CommitmentSummary.of(c, site.asOf());
    o.put("id", c.id());
    if (c.ogpId() != null) {
      o.put("ogp_id", c.ogpId());
    }
    o.put("title", c.title().value());
    if (c.shortTitle() != null) {
      o.put("short_title", c.shortTitle().value());
    }
    ArrayNode leads = o.putArray("lead_institutions");
    c.leadInstitutions().forEach(r -> leads.add(r.id()));
    ArrayNode partners = o.putArray("partner_institutions");
    c.partnerInstitutions().forEach(r -> partners.add(r.id()));
    o.put("start", json(c.start()));
    o.put("end", json(c.end()));
    progress(o, s.progress());
    o.put("status", s.status().keyword());
    o.put("completion_level", s.completion().known() ? s.completion().value().keyword() : null);
    o.put("completion_set_by_forum", s.completionSetByForum());
    o.put("problem", c.problem().known() ? c.problem().value().source() : null);
    o.put("solution", c.solution().known() ? c.solution().value().source() : null);
    ArrayNode sdgs = o.putArray("sdgs");
    for (SdgLink l : c.sdgs()) {
      ObjectNode g = sdgs.addObject();
      g.put("goal", l.goal());
      ArrayNode targets = g.putArray("targets");
      l.targets().forEach(targets::add);
    }
    if (c.ogpValues().known()) {
      ArrayNode values = o.putArray("ogp_values");
      c.ogpValues().value().forEach(v -> values.add(v.value().keyword()));
    } else {
      o.putNull("ogp_values");
    }
    ArrayNode themes = o.putArray("themes");
    c.themes().forEach(themes::add);
    LocalDate updated = site.history().of(c.source().file()).lastUpdated();
    if (updated != null) {
      o.put("last_updated", updated.toString());
    }
    o.put("url", baseUrl + c.path());
    ArrayNode milestones = o.putArray("milestones");
    for (Milestone m : c.milestones()) {
      ObjectNode mo = milestones.addObject();
      mo.put("id", m.id());
      mo.put("title", m.title().value());
      mo.put("deliverable", Text.plain(m.deliverable().orElse(null)));
      mo.put("start", json(m.start()));
      mo.put("end", json(m.end()));
      if (m.responsible() != null) {
        mo.put("responsible", m.responsible().id());
      }
      if (m.actualStart() != null) {
        mo.put("actual_start", m.actualStart().toString());
      }
      if (m.actualEnd() != null) {
        mo.put("actual_end", m.actualEnd().toString());
      }
      mo.put("status", m.status().known() ? m.status().value().keyword() : null);
      mo.put("progress", m.progress().orElse(null));
      mo.put("overdue", m.isOverdue(site.asOf()));
      evidence(mo.putArray("evidence"), m.evidence());
      mo.put("evidence_itemised", !m.evidenceNotItemised());
      updates(mo.putArray("updates"), m.updates());
    }
    updates(o.putArray("updates"), c.updates());
  }

  private void updates(ArrayNode out, List<ProgressUpdate> updates) {
    for (ProgressUpdate u : updates) {
      ObjectNode uo = out.addObject();
      uo.put("date", u.date().iso());
      if (u.period() != null) {
        uo.put("period", u.period());
      }
      if (u.status().known()) {
        uo.put("status", u.status().value().keyword());
      }
      if (u.progress().known()) {
        uo.put("progress", u.progress().value());
      }
      if (u.text() != null) {
        uo.put("text", u.text().source());
      }
      evidence(uo.putArray("evidence"), u.evidence());
    }
  }

  private void evidence(ArrayNode evidence, List<Evidence> list) {
    for (Evidence e : list) {
      ObjectNode eo = evidence.addObject();
      eo.put("title", e.title().value());
      if (e.isFile()) {
        eo.put("path", e.path());
        eo.put("url", baseUrl + e.path());
        EvidenceFile f = site.evidenceFiles().get(e.path());
        if (f != null) {
          eo.put("sha256", f.sha256());
          if (f.firstCommitted() != null) {
            eo.put("first_committed", f.firstCommitted().toString());
          }
        }
      } else {
        eo.put("url", e.url());
        if (e.archived() != null) {
          ObjectNode copy = eo.putObject("archived");
          copy.put("url", baseUrl + e.archived().path());
          copy.put("final_url", e.archived().finalUrl());
          copy.put("retrieved", e.archived().retrieved().toString());
          copy.put("sha256", e.archived().sha256());
          copy.put("content_type", e.archived().contentType());
          copy.put("size", e.archived().size());
        }
      }
      if (e.date() != null) {
        eo.put("date", e.date().toString());
      }
    }
  }

  /** Everything about one plan for an IRM reviewer: data, source files and evidence. */
  byte[] archive(ActionPlan plan, byte[] planJson, byte[] commitmentsCsv, byte[] milestonesCsv,
      byte[] updatesCsv) {
    Map<String, byte[]> entries = new TreeMap<>();
    String top = "plan-" + plan.id() + "/";
    entries.put(top + "plan.json", planJson);
    entries.put(top + "commitments.csv", commitmentsCsv);
    entries.put(top + "milestones.csv", milestonesCsv);
    entries.put(top + "updates.csv", updatesCsv);
    entries.put(top + "README.txt", readme(plan).getBytes(StandardCharsets.UTF_8));
    try {
      entries.put(top + "source/plan.yaml", Files.readAllBytes(sourcePath(plan.source().file())));
      for (Attachment a : plan.attachments()) {
        if (a.hasFile()) {
          entries.put(top + "attachments/" + a.file(),
              Files.readAllBytes(contentRoot.resolve(a.file())));
        }
      }
      for (Commitment c : plan.commitments()) {
        entries.put(top + "source/commitments/" + c.id() + ".yaml",
            Files.readAllBytes(sourcePath(c.source().file())));
        for (Milestone m : c.milestones()) {
          // Committed files and archived copies of web evidence alike, at their content path.
          for (Evidence e : m.allEvidence()) {
            for (String file : e.publishedFiles()) {
              entries.put(top + "evidence/" + file,
                  Files.readAllBytes(contentRoot.resolve(file)));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LocalDateTime stamp = site.asOf().atStartOfDay();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (var entry : entries.entrySet()) {
        ZipEntry z = new ZipEntry(entry.getKey());
        z.setTimeLocal(stamp);
        zip.putNextEntry(z);
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private Path sourcePath(String display) {
    return contentRoot.resolve(display.substring(displayRoot.length()));
  }

  private String readme(ActionPlan plan) {
    return plan.title() + "\n\n"
        + "Archive of plan '" + plan.id() + "' from " + site.config().title() + ", as of "
        + site.asOf() + ".\n\n"
        + "plan.json        the plan, its commitments, milestones and evidence (JSON Schema: "
        + baseUrl + SCHEMA_PATH + ")\n"
        + "commitments.csv  one row per commitment\n"
        + "milestones.csv   one row per milestone\n"
        + "updates.csv      one row per progress update (of a milestone or a commitment)\n"
        + "source/          the YAML files the plan's pages were built from\n"
        + "evidence/        evidence files committed to the repository, and archived copies of\n"
        + "                 web evidence under evidence/archive/ (SHA-256 in plan.json)\n"
        + (plan.attachments().stream().anyMatch(Attachment::hasFile)
            ? "attachments/     the plan's attached files, at their content path\n" : "")
        + "\nPages: " + baseUrl + plan.path() + "\n";
  }

  interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  /** One row, every text cell neutralised against formula injection ({@link CsvCells}). */
  private static void record(CSVPrinter printer, Object... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      cells[i] = CsvCells.neutral(cells[i]);
    }
    printer.printRecord(cells);
  }

  private static byte[] csv(List<String> header, Rows rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes,
        StandardCharsets.UTF_8), CSV.builder().setHeader(header.toArray(String[]::new)).get())) {
      rows.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A value a plan may leave unknown: as written, or an empty cell. */
  private static String cell(Stated<?> v) {
    if (!v.known()) {
      return "";
    }
    return v.value() instanceof PartialDate d ? d.iso() : v.value().toString();
  }

  private static String status(Stated<MilestoneStatus> s) {
    return s.known() ? s.value().keyword() : "";
  }

  /** A date as the source states it, or null. */
  private static String json(Stated<PartialDate> d) {
    return d.known() ? d.value().iso() : null;
  }

  /** The figure (null when nothing is reported) and how many items it is computed over. */
  private static void progress(ObjectNode o, Progress p) {
    if (p.known()) {
      o.put("progress", p.percent());
    } else {
      o.putNull("progress");
    }
    o.put("progress_reported", p.reported());
    o.put("progress_counted", p.total());
  }

  private static String nz(Object o) {
    return o == null ? "" : o.toString();
  }

  private static String ids(List<Ref> refs) {
    return refs.stream().map(Ref::id).collect(Collectors.joining(";"));
  }

  private static String sdgs(Commitment c) {
    return c.sdgs().stream().map(l -> Integer.toString(l.goal()))
        .collect(Collectors.joining(";"));
  }

  private static String values(Commitment c) {
    return c.ogpValues().orElse(List.of()).stream().map(ValueRelevance::value)
        .map(v -> v.keyword())
        .collect(Collectors.joining(";"));
  }

  private static long count(Commitment c, MilestoneStatus status) {
    return c.milestones().stream().filter(m -> m.is(status)).count();
  }
}
