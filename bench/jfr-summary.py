#!/usr/bin/env python3
"""Summarise a Java Flight Recording of an Acta build: where the CPU time and allocation go.

    python3 bench/jfr-summary.py /tmp/acta.jfr [--top 25]

Uses the JDK's `jfr print --json` (execution samples, allocation samples, GC heap summaries),
so it needs nothing but python3 and the JDK. Phases are recognised by the Acta frames on each
sampled stack (load, cross-references, open data, Markdown, templates, writing files, ...).
"""
import collections
import json
import subprocess
import sys

# First match wins, checked from the top of the stack (innermost) to the bottom, so a Markdown
# render called from a template counts as Markdown, not as template.
PHASES = [
    ("markdown (flexmark + jsoup sanitiser)", ("org.acta.markdown.MarkdownRenderer.",)),
    ("yaml parse (snakeyaml compose)", ("org.acta.load.YamlDocument.compose",)),
    ("decode fields (load.*Decoder, Fields)", ("org.acta.load.",)),
    ("write files (StagedOutput.write/copy)", ("org.acta.write.StagedOutput.write",
                                                "org.acta.write.StagedOutput.copy")),
    ("swap/delete output (StagedOutput.commit/close/open)", ("org.acta.write.StagedOutput.",)),
    ("templates (freemarker)", ("org.acta.render.TemplateEngine.render",)),
    ("page planning (SitePages, Topics, dashboards)", ("org.acta.pages.SitePages.",
                                                       "org.acta.pages.Topics.",
                                                       "org.acta.tracking.")),
    ("open data (CSV/JSON/zip)", ("org.acta.opendata.",)),
    ("cross-references + plan checks", ("org.acta.validate.",)),
    ("git history / evidence ledger", ("org.acta.history.",)),
    ("theme setup", ("org.acta.render.Theme.",)),
    ("other acta", ("org.acta.",)),
]


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def frame_line(frame):
    line = frame.get("lineNumber")
    return frame_name(frame) + (f":{line}" if line not in (None, -1) else "")


def package(name, depth=3):
    parts = name.split(".")
    # drop Class.method, keep the package prefix
    pkg = [p for p in parts[:-2]]
    return ".".join(pkg[:depth]) if pkg else name


def events(jfr, kinds):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "2048", "--events", ",".join(kinds), jfr],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def phase_of(names):
    for n in names:
        for label, prefixes in PHASES:
            if any(n.startswith(p) for p in prefixes):
                return label
    return "JVM / outside Acta code (startup, GC threads are not sampled)"


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    jfr = args[0]
    top_n = int(args[args.index("--top") + 1]) if "--top" in args else 25

    samples = events(jfr, ["jdk.ExecutionSample"])
    total = len(samples)
    self_time = collections.Counter()
    inclusive = collections.Counter()
    pkg_self = collections.Counter()
    phases = collections.Counter()
    acta_incl = collections.Counter()
    acta_line = collections.Counter()
    threads = collections.Counter()
    for e in samples:
        frames = e["values"]["stackTrace"]["frames"] if e["values"]["stackTrace"] else []
        names = [frame_name(f) for f in frames]
        threads[e["values"]["sampledThread"]["javaName"]] += 1
        if not names:
            continue
        self_time[names[0]] += 1
        pkg_self[package(names[0])] += 1
        phases[phase_of(names)] += 1
        acta_frames = [frame_line(f) for f in frames if frame_name(f).startswith("org.acta.")
                       and "$$Lambda$" not in frame_name(f)]
        if acta_frames:
            acta_line[acta_frames[0]] += 1
        for n in set(names):
            inclusive[n] += 1
            if n.startswith("org.acta."):
                acta_incl[n] += 1

    def table(title, counter, n=top_n):
        print(f"\n{title}")
        for name, c in counter.most_common(n):
            print(f"  {100.0 * c / total:5.1f}%  {c:6d}  {name}")

    print(f"{total} execution samples ({', '.join(f'{t}: {c}' for t, c in threads.most_common(4))})")
    table("CPU by phase (innermost Acta frame decides)", phases, 20)
    table("CPU by package (self time, 3 segments)", pkg_self)
    table("Hottest methods (self time)", self_time)
    table("Acta methods (inclusive)", acta_incl)
    table("Innermost Acta line (everything below it, libraries and JDK, is charged to it)",
          acta_line)

    alloc = events(jfr, ["jdk.ObjectAllocationSample"])
    by_class = collections.Counter()
    by_site = collections.Counter()
    weight_total = 0
    for e in alloc:
        v = e["values"]
        w = v.get("weight", 0)
        weight_total += w
        cls = v["objectClass"]["name"] if v.get("objectClass") else "?"
        by_class[cls] += w
        frames = v["stackTrace"]["frames"] if v.get("stackTrace") else []
        names = [frame_name(f) for f in frames]
        by_site[phase_of(names)] += w
    if weight_total:
        print(f"\nAllocation (sampled, weighted): {weight_total / 2**30:.1f} GiB in total")
        for name, w in by_site.most_common(12):
            print(f"  {100.0 * w / weight_total:5.1f}%  {w / 2**20:9.0f} MiB  {name}")
        print("  by class:")
        for name, w in by_class.most_common(12):
            print(f"  {100.0 * w / weight_total:5.1f}%  {w / 2**20:9.0f} MiB  {name}")

    heap = events(jfr, ["jdk.GCHeapSummary"])
    after = [e["values"] for e in heap if e["values"].get("when") == "After GC"]
    if after:
        peak = max(after, key=lambda v: v["heapUsed"])
        print(f"\nHeap after GC: {len(after)} collections, largest live heap "
              f"{peak['heapUsed'] / 2**20:.0f} MiB at {peak.get('startTime', '?')}; last "
              f"{after[-1]['heapUsed'] / 2**20:.0f} MiB; committed at most "
              f"{max(v['heapSpace']['committedSize'] for v in after) / 2**20:.0f} MiB")
        used = [v["heapUsed"] / 2**20 for v in after]
        step = max(1, len(used) // 24)
        print("  live heap after each GC (MiB, sampled): "
              + " ".join(f"{u:.0f}" for u in used[::step]))

    gcs = events(jfr, ["jdk.GarbageCollection"])
    if gcs:
        def dur(v):
            d = v["duration"]  # e.g. "PT0.012S" or a number
            if isinstance(d, (int, float)):
                return d / 1e9
            d = d.removeprefix("PT").removesuffix("S")
            return float(d) if d else 0.0
        pauses = collections.Counter()
        counts = collections.Counter()
        for e in gcs:
            pauses[e["values"]["name"]] += dur(e["values"])
            counts[e["values"]["name"]] += 1
        print("\nGC: " + ", ".join(f"{n} x{counts[n]} {pauses[n]:.2f} s" for n in pauses))


if __name__ == "__main__":
    main()
