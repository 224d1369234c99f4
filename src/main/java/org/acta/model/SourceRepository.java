package org.acta.model;

import java.net.URI;
import java.util.Locale;

/**
 * The public repository the content is published from ({@code repository_url} in site.yaml),
 * so a reader can open each commit and pull request the history cites and check it there.
 *
 * @param url the repository's web address, without a trailing slash
 */
public record SourceRepository(String url, Forge forge) {

  /** The forges whose address patterns Acta knows; Gitea and Forgejo share theirs. */
  public enum Forge implements Keyword {
    GITHUB, GITLAB, GITEA;

    /**
     * The forge a host is known to run: github.com, gitlab.com, codeberg.org (Forgejo), or a
     * host whose name says gitlab, gitea or forgejo (e.g. gitlab.example.org). Null otherwise:
     * a self-hosted forge under another name needs an explicit {@code forge:}.
     */
    public static Forge ofHost(String host) {
      String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
      if (h.equals("github.com") || h.endsWith(".github.com")) {
        return GITHUB;
      }
      if (h.equals("gitlab.com") || h.contains("gitlab")) {
        return GITLAB;
      }
      if (h.equals("codeberg.org") || h.contains("gitea") || h.contains("forgejo")) {
        return GITEA;
      }
      return null;
    }
  }

  public SourceRepository {
    url = url.replaceAll("/+$", "").replaceAll("\\.git$", "");
  }

  /** The host of {@code url}, for {@link Forge#ofHost}. */
  public static String host(String url) {
    return URI.create(url).getHost();
  }

  public String commitUrl(String sha) {
    return url + (forge == Forge.GITLAB ? "/-/commit/" : "/commit/") + sha;
  }

  public String pullRequestUrl(int number) {
    return url + switch (forge) {
      case GITHUB -> "/pull/";
      case GITLAB -> "/-/merge_requests/";
      case GITEA -> "/pulls/";
    } + number;
  }
}
