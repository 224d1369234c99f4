#!/usr/bin/env python3
"""Turns a generated corpus into a git repository with a long history, for issue 8's target
"reading git history adds at most 20 % to the build on a repository with 5,000 commits".

    python3 bench/git-history.py CORPUS REPO [--commits 5000]

The repository's final tree is exactly CORPUS, under content/. The history is built with
`git fast-import` (seconds, not minutes): the first commit adds everything but the minutes
(each file with a trailing comment "# v0"), the next commits add the minutes in date order
(about minutes/commits per commit), every third commit also revises one commitment file (a
new "# vN" comment, so that file's history grows), and the last commit restores every
revised file to its corpus content. Commit dates run from 2012-01-01 to 2020-06-30.
Deterministic: same corpus, same repository (same commit ids).
"""
import argparse
import os
import subprocess
import sys

START = 1325376000  # 2012-01-01T00:00:00Z
END = 1593475200    # 2020-06-30T00:00:00Z


def files_under(root):
    out = []
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            out.append(os.path.relpath(p, root).replace(os.sep, "/"))
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("repo")
    ap.add_argument("--commits", type=int, default=5000)
    a = ap.parse_args()
    files = files_under(a.corpus)
    minutes = [f for f in files if f.startswith("minutes/")]
    others = [f for f in files if not f.startswith("minutes/")]
    commitments = [f for f in others if "/commitments/" in f]
    n = max(2, a.commits)
    subprocess.run(["git", "init", "-q", "-b", "main", a.repo], check=True)
    imp = subprocess.Popen(["git", "-C", a.repo, "fast-import", "--quiet"], stdin=subprocess.PIPE)
    w = imp.stdin

    def data(b):
        w.write(b"data %d\n" % len(b))
        w.write(b)
        w.write(b"\n")

    def read(f):
        with open(os.path.join(a.corpus, f), "rb") as fh:
            return fh.read()

    def commit(i, message, changes):
        when = START + (END - START) * i // (n - 1)
        w.write(b"commit refs/heads/main\n")
        w.write(b"committer Secretaria Tecnica <mesa@example.org> %d +0000\n" % when)
        data(message.encode())
        for path, content in changes:
            w.write(b"M 100644 inline content/%s\n" % path.encode())
            data(content)

    commit(0, "Contenido inicial", [(f, read(f) + b"\n# v0\n") for f in others])
    per = len(minutes) / (n - 2) if n > 2 else len(minutes)
    revised = set()
    for i in range(1, n - 1):
        lo, hi = int((i - 1) * per), int(i * per)
        changes = [(f, read(f)) for f in minutes[lo:hi]]
        if commitments and i % 3 == 0:
            f = commitments[(i // 3) % len(commitments)]
            changes.append((f, read(f) + b"\n# v%d\n" % i))
            revised.add(f)
        commit(i, "Actas y avances %d" % i, changes)
    rest = minutes[int((n - 2) * per):] if n > 2 else minutes
    commit(n - 1, "Versiones finales", [(f, read(f)) for f in rest] + [(f, read(f)) for f in others])
    w.close()
    if imp.wait() != 0:
        sys.exit("git fast-import failed")
    subprocess.run(["git", "-C", a.repo, "checkout", "-q", "-f", "main"], check=True)
    count = subprocess.run(["git", "-C", a.repo, "rev-list", "--count", "HEAD"],
                           capture_output=True, text=True, check=True).stdout.strip()
    print(f"{a.repo}: {count} commits, {len(files)} files, {len(revised)} commitment files revised")


if __name__ == "__main__":
    main()
