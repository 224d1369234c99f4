package org.acta.seo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.acta.html.TrustedHtml;
import org.acta.site.Site;
import org.acta.tracking.ForumRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org structured data (JSON-LD) for search engines: an {@code Event} per upcoming
 * meeting and a {@code Dataset} for the open data. Serialised with Jackson and with
 * {@code </} escaped, so no text can close the script element.
 */
public final class StructuredData {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StructuredData() {}

  public static TrustedHtml events(Site site, List<ForumRecord.Upcoming> meetings,
      String baseUrl) {
    ArrayNode graph = JSON.createArrayNode();
    for (ForumRecord.Upcoming u : meetings) {
      ObjectNode e = graph.addObject();
      e.put("@type", "Event");
      e.put("name", u.title().value());
      e.put("startDate", dateTime(u.date(), u.start(), site.config().timeZone()));
      if (u.end() != null || u.endDate() != null) {
        e.put("endDate", dateTime(u.endDate() != null ? u.endDate() : u.date(), u.end(),
            site.config().timeZone()));
      }
      e.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
      e.put("eventStatus", "https://schema.org/EventScheduled");
      e.put("isAccessibleForFree", true);
      if (u.location() != null) {
        ObjectNode place = e.putObject("location");
        place.put("@type", "Place");
        place.put("name", u.location().value());
        place.put("address", u.location().value());
      }
      organizer(e, site);
      if (baseUrl != null) {
        e.put("url", baseUrl + "meetings/#" + u.slug());
      }
    }
    return script(graph);
  }

  public static TrustedHtml dataset(Site site, String baseUrl) {
    String base = baseUrl == null ? "/" : baseUrl;
    ObjectNode d = JSON.createObjectNode();
    d.put("@type", "Dataset");
    d.put("name", site.config().forum().name() + ": planes de acción, compromisos e hitos");
    d.put("description", "Planes de acción de gobierno abierto de " + site.config().country()
        + ", con sus compromisos, hitos, avance y evidencia.");
    d.put("dateModified", site.asOf().toString());
    d.put("inLanguage", site.config().language());
    organizer(d, site);
    ArrayNode distribution = d.putArray("distribution");
    download(distribution, base + "data/commitments.csv", "text/csv");
    download(distribution, base + "data/milestones.csv", "text/csv");
    download(distribution, base + "data/acta.json", "application/json");
    return script(d);
  }

  private static void download(ArrayNode list, String url, String format) {
    ObjectNode o = list.addObject();
    o.put("@type", "DataDownload");
    o.put("encodingFormat", format);
    o.put("contentUrl", url);
  }

  private static void organizer(ObjectNode o, Site site) {
    ObjectNode org = o.putObject(o.get("@type").asString().equals("Event") ? "organizer"
        : "creator");
    org.put("@type", "Organization");
    org.put("name", site.config().forum().name().value());
  }

  private static String dateTime(LocalDate date, LocalTime time, ZoneId zone) {
    return time == null ? date.toString()
        : date.atTime(time).atZone(zone).toOffsetDateTime().toString();
  }

  private static TrustedHtml script(JsonNode node) {
    ObjectNode root;
    if (node.isArray()) {
      root = JSON.createObjectNode();
      root.put("@context", "https://schema.org");
      root.set("@graph", node);
    } else {
      root = ((ObjectNode) node).deepCopy();
      ObjectNode ordered = JSON.createObjectNode();
      ordered.put("@context", "https://schema.org");
      ordered.setAll(root);
      root = ordered;
    }
    String json = JSON.writeValueAsString(root).replace("</", "<\\/");
    return new TrustedHtml("<script type=\"application/ld+json\">" + json + "</script>");
  }
}
