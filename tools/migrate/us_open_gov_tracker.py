#!/usr/bin/env python3
"""Converts the U.S. Fifth Open Government National Action Plan tracker into Acta content.

Source: the Jekyll site GSA/open.usa.gov (public domain / CC0), whose commitment tracker
keeps one Markdown file per commitment (_commitments/US01xx.md) and per sub-commitment
(_subcommitments/us01xx-N.md). Usage:

    git clone https://github.com/GSA/open.usa.gov /tmp/open.usa.gov
    python3 tools/migrate/us_open_gov_tracker.py /tmp/open.usa.gov OUT/content

It writes only what the source states. What it leaves out is said in SOURCES.md; the few
places where it has to choose are the tables below (spelling fixes, meeting times), each
taken from the source itself. Needs Python 3.9+ and PyYAML.
"""
import datetime
import html
import re
import sys
from pathlib import Path

import yaml

SITE = "https://open.usa.gov"  # where the tracker's site-relative links pointed
PLAN_ID = "2022-2024"

# The tracker's "Sub-Commitment Status" words, and Acta's.
STATUS = {"Complete": "completed", "In Progress": "in-progress", "Not Started": "not-started"}

# The two reporting periods, as the tracker's commitment layout labels its columns: the file
# body is "February 2024 Progress", aug_2023_progress is "August 2023 Progress".
FEB_2024 = ("2024-02", "February 2024")
AUG_2023 = ("2023-08", "August 2023")

# Misspellings of one agency in the source, written once under the spelling used elsewhere.
SPELLING = {
    "Exeecutive Office of the President": "Executive Office of the President",
    "Counil on Environmental Quality": "Council on Environmental Quality",
    "Council on Environment Quality": "Council on Environmental Quality",
}
# "Agency, sub-agency" written with a comma instead of the usual "<br>".
SPLIT = {"Office of Science and Technology Policy, Tech team":
         ("Office of Science and Technology Policy", "Tech team")}


# A link target, which may hold balanced parentheses: "…Meetup-(GSA).pdf".
URL = r"(?:[^()\s]|\([^()\s]*\))*"


def slug(text):
    s = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "").replace("’", ""))
    return s.strip("-")


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    _, fm, body = text.split("---", 2)
    return yaml.safe_load(fm), body


def absolute(url):
    return SITE + url if url.startswith("/") else url


def markdown(source):
    """The tracker's HTML-in-Markdown as Markdown: <br> to line breaks, <a> to links."""
    text = re.sub(r'<a href="([^"]*)">(.*?)</a>',
                  lambda m: "[%s](%s)" % (m.group(2), absolute(m.group(1))), source)
    text = re.sub(r"\]\((/" + URL + r")\)", lambda m: "](%s)" % absolute(m.group(1)), text)
    text = re.sub(r"\s*<br>\s*<br>\s*", "\n\n", text)
    text = re.sub(r"\s*<br>\s*", "\n", text)
    text = html.unescape(text)
    lines = [l.rstrip() for l in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


LINK = re.compile(r'\[([^\]]*)\]\(\s*(' + URL + r')\s*\)|<a href="([^"]*)">(.*?)</a>')


def evidence(section):
    """Each link of an 'Evidence:' section, titled by the words before it on its line."""
    items = []
    for line in section.replace("<br>", "\n").splitlines():
        for m in LINK.finditer(line):
            url = absolute(m.group(2) or m.group(3) or "")
            label = html.unescape(m.group(1) or m.group(4) or "").strip()
            if not re.match(r"https?://[^/:]+\.[^/]", url) or url.count("://") != 1:
                continue  # malformed in the source: left in the update text only
            before = html.unescape(line[:m.start()])
            before = re.sub(r"^[\s*\-]+", "", before).strip().rstrip(":-– ").strip()
            title = before if before and len(LINK.findall(line)) == 1 else label
            items.append({"title": title or url, "url": url})
    return items


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


Dumper.add_representer(str, _str)


def dump(data):
    return yaml.dump(data, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)


def institutions_of(subs):
    """Agencies and sub-agencies, each once, with the sub-agency's parent."""
    found = {}
    for d, _ in subs:
        raw = d["commitment_agency"].strip()
        if raw in SPLIT:
            parts = SPLIT[raw]
        else:
            parts = tuple(p.strip() for p in raw.split("<br>"))
        parts = tuple(SPELLING.get(p, p) for p in parts)
        parent = None
        for name in parts:
            entry = found.setdefault(slug(name), {"id": slug(name), "name": name,
                                                  "kind": "government"})
            if parent and "parent" not in entry:
                entry["parent"] = parent
            parent = entry["id"]
        d["_responsible"] = parent
    return sorted(found.values(), key=lambda e: e["id"])


def milestone(d, body):
    number = d["commitment_detail_sub_id"].split(".")[1]
    parts = re.split(r"Evidence\s*:", body, maxsplit=1)
    progress = re.sub(r"^\s*Progress Update\s*:", "", parts[0]).strip()
    feb = {"date": FEB_2024[0], "period": FEB_2024[1], "text": markdown(body.strip())}
    items = evidence(parts[1]) if len(parts) > 1 else []
    if items:
        feb["evidence"] = items
    m = {"id": int(number), "title": d["commitment_detail_sub"].strip(),
         "responsible": d["_responsible"], "status": STATUS[d["commitment_status"]],
         "updates": [feb]}
    if d.get("aug_2023_progress"):
        m["updates"].append({"date": AUG_2023[0], "period": AUG_2023[1],
                             "text": markdown(str(d["aug_2023_progress"]))})
    assert progress, d["commitment_detail_sub_id"]
    return m


def commitments(src, subs):
    out = {}
    for path in sorted((src / "_commitments").glob("US*.md")):
        d, _ = front_matter(path)
        ms = [milestone(s, b) for s, b in subs if s["commitment_id"] == d["commitment_id"]]
        ms.sort(key=lambda m: int(m["id"]))
        out[d["commitment_id"].lower()] = {
            "title": d["title"].strip(),
            "ogp_id": d["commitment_id"],
            "themes": [d["commitment_theme_name"].strip()],
            "description": d["commitment_detail_sub"].strip(),
            "milestones": ms,
        }
    return out


# The meeting records converted, with what the schedule page
# (pages/meeting/Public-Meetings.md) or the record itself says of date, time (ET) and place.
MEETINGS = [
    ("november-2021-public-meeting.md", "2021-11-30", "15:00", "16:30", "public-meeting"),
    ("july-2023-public-engagement-transforming-government-service-delivery.md",
     "2023-07-12", "11:00", "12:00", "public-engagement-session"),
    ("february-2024-public-meeting.md", "2024-02-05", "10:00", "12:30",
     "public-engagement-session"),
    ("April-25-2024-Open-Government-Data-Forum.md", "2024-04-25", "14:00", "16:00", "forum"),
    ("May-10-2024-OG-FAC-Q&A.md", "2024-05-10", "13:00", "14:30", "q-and-a-session"),
    ("July-15-2024-WashCOG.md", "2024-07-15", "13:00", "17:00", "open-government-event"),
]
TITLE_DATE = re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4} ")


def minute(src, name, date, start, end, kind):
    d, body = front_matter(src / "pages" / "meeting" / name)
    attachments = []
    for m in re.finditer(r"^\* (?:([^\[\n]*?) - )?\[([^\]]+)\]\((/" + URL + r")\)", body, re.M):
        title = m.group(2) if not m.group(1) else "%s - %s" % (m.group(1), m.group(2))
        attachments.append({"title": html.unescape(title.strip()), "url": absolute(m.group(3))})
    for m in re.finditer(r'<iframe[^>]*src="(https://www\.youtube\.com/embed/[^"?]*)', body):
        attachments.append({"title": "Recording of the Meeting", "url": m.group(1)})
        break
    heading = re.search(r"^#+ (.*)$", body, re.M)
    title = d["title"] if d["title"] != "Public Meetings" else heading.group(1)
    agenda = re.search(r"^## Agenda\s*\n(.*?)(?=^## )", body, re.M | re.S)
    text = agenda.group(1).strip() if agenda else ""
    if not agenda:  # the 2021 record: its agenda is a bullet list under "### Agenda"
        text = re.search(r"^### Agenda\s*\n(.*?)(?=^## )", body, re.M | re.S).group(1).strip()
    text = re.sub(r"\]\((/" + URL + r")\)", lambda m: "](%s)" % absolute(m.group(1)), text)
    fm = {"title": TITLE_DATE.sub("", title.strip()), "date": datetime.date.fromisoformat(date), "start": start,
          "end": end, "kind": kind, "open_to_public": True, "attachments": attachments}
    return fm["title"], "---\n" + dump(fm) + "---\n\n## Agenda\n\n" + text + "\n"


# What the source's pages say of the site, the plan and the one multi-day meeting, written
# out by hand: each value's page is named in SOURCES.md.
SITE_YAML = """\
title: U.S. Open Government
language: en
country: United States
country_code: US
time_zone: America/New_York
description: >-
  U.S. Government initiatives on openness, transparency and public participation.
forum:
  name: U.S. Open Government Secretariat
meeting_kinds:
  public-meeting: Public meeting
  public-engagement-session: Public engagement session
  forum: Forum
  q-and-a-session: Q&A session
  open-government-event: Open government event
  regional-meeting: Regional meeting
"""

PLAN_YAML = """\
number: 5
title: Fifth U.S. Open Government National Action Plan
start: 2022
end: 2024
attachments:
  - title: Fifth U.S. Open Government National Action Plan (PDF)
    url: https://open.usa.gov/assets/files/NAP5-fifth-open-government-national-action-plan.pdf
    date: 2022-12
  - title: Mid-Term Self-Assessment Report 2022-2024 (PDF)
    url: https://open.usa.gov/assets/files/NAP5_Mid-Term_Self_Assessment_2024.pdf
    date: 2024-08-05
"""

REGIONAL_MEETING_YAML = """\
title: Open Government Partnership Americas Regional Meeting
date: 2024-12-03
end_date: 2024-12-06
kind: regional-meeting
location: Brasilia, Brazil
description: >-
  [Open Government Partnership](https://www.opengovpartnership.org/about/) will hold an
  Americas Regional Meeting in Brasilia, Brazil. This is a unique opportunity to bring together
  the open government and open data communities for four days of exchanging experiences,
  innovative ideas/initiatives, and recognizing ambitious reforms in the Americas.
registration_url: https://www.gov.br/cgu/pt-br/acesso-a-informacao/institucional/eventos/america-aberta/open-america
"""


def main(src, out):
    src, out = Path(src), Path(out)
    subs = [front_matter(p) for p in sorted((src / "_subcommitments").glob("us*.md"))]
    insts = institutions_of(subs)
    (out / "plans" / PLAN_ID / "commitments").mkdir(parents=True, exist_ok=True)
    (out / "institutions.yaml").write_text(dump({"institutions": insts}), encoding="utf-8")
    for cid, c in commitments(src, subs).items():
        path = out / "plans" / PLAN_ID / "commitments" / (cid + ".yaml")
        path.write_text(dump(c), encoding="utf-8")
    for name, date, start, end, kind in MEETINGS:
        title, text = minute(src, name, date, start, end, kind)
        short = slug(title)[:48].rsplit("-", 1)[0] if len(slug(title)) > 48 else slug(title)
        path = out / "minutes" / date[:4] / ("%s-%s.md" % (date, short))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (out / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    (out / "plans" / PLAN_ID / "plan.yaml").write_text(PLAN_YAML, encoding="utf-8")
    (out / "meetings").mkdir(exist_ok=True)
    (out / "meetings" / "2024-12-03-ogp-americas-regional-meeting.yaml").write_text(
        REGIONAL_MEETING_YAML, encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
