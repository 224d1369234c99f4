package org.acta.check;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.model.ActionPlan;
import org.acta.model.ArchivedCopy;
import org.acta.model.Commitment;
import org.acta.model.Evidence;
import org.acta.model.Milestone;

/**
 * Asks each evidence web address whether it still answers (opt-in: it uses the network).
 * A HEAD request first, a GET when the server refuses HEAD; redirects are followed. An address
 * with an archived copy is fetched whole and its fingerprint compared with the copy's.
 */
public final class EvidenceLinkChecker {
  private final HttpClient client;
  private final Duration timeout;

  public EvidenceLinkChecker(Duration timeout) {
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** Reports each dead link as an error at the line where it is written. */
  public int check(List<ActionPlan> plans, Problems problems) {
    Map<String, List<Position>> urls = new LinkedHashMap<>();
    Map<String, ArchivedCopy> archived = new LinkedHashMap<>();
    for (Evidence e : external(plans)) {
      urls.computeIfAbsent(e.url(), u -> new ArrayList<>()).add(e.source());
      if (e.archived() != null) {
        archived.putIfAbsent(e.url(), e.archived());
      }
    }
    for (var entry : urls.entrySet()) {
      Message failure = probe(entry.getKey());
      if (failure != null) {
        for (Position at : entry.getValue()) {
          problems.error(at, Message.of("evidence-link-checker.evidence-link-fix-the",
              entry.getKey(), failure));
        }
      } else if (archived.containsKey(entry.getKey())) {
        Message drift = compare(archived.get(entry.getKey()));
        if (drift != null) {
          entry.getValue().forEach(at -> problems.warning(at,
              Message.of("evidence-link-checker.evidence-link", entry.getKey(), drift)));
        }
      }
    }
    return urls.size();
  }

  /** The evidence items that are web addresses, in content order. */
  public static List<Evidence> external(List<ActionPlan> plans) {
    List<Evidence> out = new ArrayList<>();
    for (ActionPlan plan : plans) {
      for (Commitment c : plan.commitments()) {
        for (Milestone m : c.milestones()) {
          m.evidence().stream().filter(e -> !e.isFile()).forEach(out::add);
        }
      }
    }
    return out;
  }

  /** Null when the live content still has the archived fingerprint, else what differs. */
  Message compare(ArchivedCopy copy) {
    long limit = Math.max(EvidenceFetcher.DEFAULT_MAX_BYTES, 2 * copy.size());
    try {
      var now = new EvidenceFetcher(timeout, limit, List.of("*")).fetch(copy.url());
      String sha = EvidenceArchive.sha256(now.body());
      return sha.equals(copy.sha256()) ? null : Message.of("evidence-link-checker.drifted",
          sha, copy.sha256(), copy.retrievedAt(), copy.path());
    } catch (EvidenceFetcher.Refused e) {
      return Message.of("evidence-link-checker.cannot-compare", e.getMessage());
    }
  }

  /** Null when the address answers with a success or redirect, else what went wrong. */
  Message probe(String url) {
    try {
      HttpResponse<Void> head = send(url, "HEAD");
      int status = head.statusCode();
      if (status == 405 || status == 501) {
        status = send(url, "GET").statusCode();
      }
      return status < 400 ? null : Message.of("evidence-link-checker.http-status", status);
    } catch (IOException e) {
      return Message.of("evidence-link-checker.unreachable", e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Message.of("evidence-link-checker.interrupted");
    } catch (IllegalArgumentException e) {
      return Message.of("evidence-link-checker.invalid-address");
    }
  }

  private HttpResponse<Void> send(String url, String method)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .header("User-Agent", "acta-evidence-check").build();
    return client.send(request, HttpResponse.BodyHandlers.discarding());
  }
}
