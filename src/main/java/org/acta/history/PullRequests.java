package org.acta.history;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Which pull or merge request brought each commit in, as the forges write it in commit
 * messages: GitHub's "Merge pull request #12 from …", GitLab's "See merge request group/proj!7",
 * Gitea's and Forgejo's "Merge pull request '…' (#12) from …", and a squash commit's subject
 * ending in "(#12)". A merge's number goes to every commit it brought into the main line.
 */
final class PullRequests {
  private static final Pattern GITHUB_MERGE = Pattern.compile("^Merge pull request #(\\d+)\\b");
  private static final Pattern GITLAB_MERGE =
      Pattern.compile("(?m)^See merge request \\S*!(\\d+)\\s*$");
  private static final Pattern GITEA_MERGE =
      Pattern.compile("^Merge pull request '.*' \\(#(\\d+)\\) from ");
  private static final Pattern SUBJECT_NUMBER = Pattern.compile("\\(#(\\d+)\\)\\s*$");

  private PullRequests() {}

  /** The number a commit's own message names, or null. */
  static Integer named(String message) {
    String subject = message.lines().findFirst().orElse("");
    for (Matcher m : new Matcher[] {GITHUB_MERGE.matcher(subject), GITLAB_MERGE.matcher(message),
        GITEA_MERGE.matcher(subject), SUBJECT_NUMBER.matcher(subject)}) {
      if (m.find()) {
        try {
          return Integer.valueOf(m.group(1));
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** For each commit brought in by a named merge or squash on HEAD's first-parent line. */
  static Map<ObjectId, Integer> of(Repository repo, ObjectId head) throws IOException {
    Map<ObjectId, Integer> numbers = new HashMap<>();
    try (RevWalk line = new RevWalk(repo)) {
      RevCommit c = line.parseCommit(head);
      while (c != null) {
        Integer n = named(c.getFullMessage());
        if (n != null) {
          numbers.putIfAbsent(c.copy(), n);
          if (c.getParentCount() > 1) {
            branch(repo, c, n, numbers);
          }
        }
        c = c.getParentCount() == 0 ? null : line.parseCommit(c.getParent(0));
      }
    }
    return numbers;
  }

  /** The commits reachable from the merge's other parents but not from its first. */
  private static void branch(Repository repo, RevCommit merge, int n,
      Map<ObjectId, Integer> numbers) throws IOException {
    try (RevWalk walk = new RevWalk(repo)) {
      for (int i = 1; i < merge.getParentCount(); i++) {
        walk.markStart(walk.parseCommit(merge.getParent(i)));
      }
      walk.markUninteresting(walk.parseCommit(merge.getParent(0)));
      for (RevCommit c : walk) {
        numbers.putIfAbsent(c.copy(), n);
      }
    }
  }
}
