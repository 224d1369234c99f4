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
import org.acta.diagnostics.Position;
import org.acta.diagnostics.Problems;
import org.acta.model.ActionPlan;
import org.acta.model.Commitment;
import org.acta.model.Evidence;
import org.acta.model.Milestone;

/**
 * Asks each evidence web address whether it still answers (opt-in: it uses the network).
 * A HEAD request first, a GET when the server refuses HEAD; redirects are followed.
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
    for (ActionPlan plan : plans) {
      for (Commitment c : plan.commitments()) {
        for (Milestone m : c.milestones()) {
          for (Evidence e : m.evidence()) {
            if (!e.isFile()) {
              urls.computeIfAbsent(e.url(), u -> new ArrayList<>()).add(e.source());
            }
          }
        }
      }
    }
    for (var entry : urls.entrySet()) {
      String failure = probe(entry.getKey());
      if (failure != null) {
        for (Position at : entry.getValue()) {
          problems.error(at, "evidence link " + entry.getKey() + " " + failure
              + "; fix the address or commit a copy of the evidence under content/.");
        }
      }
    }
    return urls.size();
  }

  /** Null when the address answers with a success or redirect, else what went wrong. */
  String probe(String url) {
    try {
      HttpResponse<Void> head = send(url, "HEAD");
      int status = head.statusCode();
      if (status == 405 || status == 501) {
        status = send(url, "GET").statusCode();
      }
      return status < 400 ? null : "answers HTTP " + status;
    } catch (IOException e) {
      return "cannot be reached (" + e.getClass().getSimpleName() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "was not checked (interrupted)";
    } catch (IllegalArgumentException e) {
      return "is not a valid address";
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
