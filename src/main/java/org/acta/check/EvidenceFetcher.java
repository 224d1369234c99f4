package org.acta.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one evidence address whole, within limits: redirects followed, a size limit checked
 * before (Content-Length) and while reading, allowed media types only, and one deadline for the
 * whole exchange so a server that trickles bytes cannot hold the command.
 */
public final class EvidenceFetcher {
  /** What {@code acta evidence archive} keeps unless told otherwise. */
  public static final long DEFAULT_MAX_BYTES = 20_000_000;
  public static final List<String> DEFAULT_TYPES = List.of("application/pdf", "text/html",
      "text/plain", "text/csv", "application/json", "application/xml", "text/xml", "image/png",
      "image/jpeg", "application/vnd.oasis.opendocument.*",
      "application/vnd.openxmlformats-officedocument.*", "application/msword",
      "application/vnd.ms-excel");

  /** The bytes and what the server said about them. */
  public record Fetched(byte[] body, String finalUrl, String contentType) {}

  /** Why an address was not fetched, in words for the report. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;
  private final List<String> types;

  public EvidenceFetcher(Duration timeout, long maxBytes, List<String> types) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.types = List.copyOf(types);
    this.client = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public Fetched fetch(String url) throws Refused {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
          .header("User-Agent", "acta-evidence-archive").build();
    } catch (IllegalArgumentException e) {
      throw new Refused("is not a valid address");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    CompletableFuture<HttpResponse<InputStream>> sent =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    HttpResponse<InputStream> response = await(sent, deadline, () -> sent.cancel(true));
    try (InputStream body = response.body()) {
      if (response.statusCode() >= 400) {
        throw new Refused("answers HTTP " + response.statusCode());
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (!allowed(media)) {
        throw new Refused("is of type '" + (media.isEmpty() ? "unknown" : media) + "', not one "
            + "of the types kept (" + String.join(", ", types) + "); allow it with "
            + "--content-type if it is evidence");
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        throw new Refused("is " + declared + " bytes, over the limit of " + maxBytes
            + " (--max-bytes)");
      }
      CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readAtMost(body));
      byte[] bytes = await(read, deadline, () -> close(body));
      if (bytes == null) {
        throw new Refused("is larger than the limit of " + maxBytes + " bytes (--max-bytes)");
      }
      return new Fetched(bytes, response.uri().toString(), media);
    } catch (IOException e) {
      throw new Refused("could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private boolean allowed(String media) {
    return !media.isEmpty() && types.stream().anyMatch(t -> t.endsWith("*")
        ? media.startsWith(t.substring(0, t.length() - 1)) : media.equals(t));
  }

  /** The body, or null past the limit; an I/O failure (also a closed stream) is thrown. */
  private byte[] readAtMost(InputStream body) {
    try {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return bytes.length > maxBytes ? null : bytes;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private <T> T await(CompletableFuture<T> future, long deadline, Runnable abandon)
      throws Refused {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandon.run();
      throw new Refused("did not answer in full within " + timeout.toSeconds()
          + " s (--timeout)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon.run();
      throw new Refused("was not fetched (interrupted)");
    } catch (ExecutionException e) {
      throw new Refused("cannot be reached (" + e.getCause().getClass().getSimpleName() + ")");
    }
  }

  private static void close(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      // abandoned: nothing more to do with it
    }
  }
}
