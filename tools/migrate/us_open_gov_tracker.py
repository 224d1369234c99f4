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
    text = re.sub(r'<a href=\s*"([^"]*)">(.*?)</a>',
                  lambda m: "[%s](%s)" % (m.group(2), absolute(m.group(1))), source)
    text = re.sub(r"\]\((/" + URL + r")\)", lambda m: "](%s)" % absolute(m.group(1)), text)
    text = re.sub(r"\s*<br>\s*<br>\s*", "\n\n", text)
    text = re.sub(r"\s*<br>\s*", "\n", text)
    text = html.unescape(text)
    lines = [l.rstrip() for l in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


LINK = re.compile(r'\[([^\]]*)\]\(\s*(' + URL + r')\s*\)|<a href=\s*"([^"]*)">(.*?)</a>')


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
# (pages/meeting/Public-Meetings.md) or the record itself says of date and time (ET); the kind
# is the word the record's title uses. Left out: the three 2022 pages that are invitations
# (october-2022-public-engagement.md holds two sessions, and the November 17 one gives two
# different end times), see SOURCES.md.
MEETINGS = [
    ("november-2021-public-meeting.md", "2021-11-30", "15:00", "16:30", "public-meeting"),
    ("april-2022-public-meeting.md", "2022-04-12", "15:00", "16:30", "public-meeting"),
    ("may-2022-public-meeting.md", "2022-05-19", "15:00", "16:30", "public-meeting"),
    ("july-2023-public-engagement-transforming-government-service-delivery.md",
     "2023-07-12", "11:00", "12:00", "public-engagement-session"),
    ("july-2023-public-engagement-increasing-civic-space-to-engage-the-public.md.md",
     "2023-07-20", "14:00", "15:30", "public-engagement-session"),
    ("july-2023-open-forum-us-open-government-website-to-track-progress-on-the-us-national-"
     "action-plan.md", "2023-07-27", "14:00", "15:00", "community-discussion"),
    ("august-2023-public-engagement-improving-access-to-government-data-research-and-"
     "information.md", "2023-08-16", "13:00", "14:00", "public-engagement-session"),
    ("september-2023-public-engagement-meeting.md", "2023-09-26", "14:00", "15:00",
     "public-engagement-session"),
    ("november-2023-public-engagement-meeting.md", "2023-11-02", "13:30", "15:00",
     "public-engagement-session"),
    ("february-2024-public-meeting.md", "2024-02-05", "10:00", "12:30",
     "public-engagement-session"),
    ("April-25-2024-Open-Government-Data-Forum.md", "2024-04-25", "14:00", "16:00", "forum"),
    ("May-2-2024-PPCE-RFI-listening-session.md", "2024-05-02", "13:30", "15:00",
     "listening-session"),
    ("May-10-2024-OG-FAC-Q&A.md", "2024-05-10", "13:00", "14:30", "q-and-a-session"),
    ("May-29-2024-Open-Gov-Week.md", "2024-05-29", "13:00", "15:00", "open-government-event"),
    ("July-15-2024-WashCOG.md", "2024-07-15", "13:00", "17:00", "open-government-event"),
    ("July-29-2024-Open-Government-in-Action.md", "2024-07-29", "15:00", "16:30",
     "open-government-event"),
]
# The August 16, 2023 record's title repeats the July 20 one ("Increasing Civic Space…");
# its address, its text and the schedule page all say this:
TITLES = {"august-2023-public-engagement-improving-access-to-government-data-research-and-"
          "information.md": "Public Engagement Session - Improving Access to Government Data, "
          "Research, and Information"}
TITLE_DATE = re.compile(r"^(?:[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?, \d{4}|[A-Z][a-z]+ \d{4}) ")
HEADING = re.compile(r"^(#+) *(.*?)\s*(?:<br>)?\s*$", re.M)
MD_LINK = re.compile(r"\[([^\]]+)\]\((" + URL + r")\)")


def sections(body):
    """(level, heading, text) of each Markdown heading; the text before the first is level 0."""
    marks = list(HEADING.finditer(body))
    out = [(0, "", body[:marks[0].start()] if marks else body)]
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        out.append((len(m.group(1)), m.group(2), body[m.end():stop]))
    return out


def minute(src, name, date, start, end, kind):
    d, body = front_matter(src / "pages" / "meeting" / name)
    parts = sections(body)
    agenda_at = next(i for i, p in enumerate(parts) if p[1] == "Agenda")
    attachments = []
    for _, _, text in parts[:agenda_at]:  # the files are listed above the agenda
        for line in text.splitlines():
            links = list(MD_LINK.finditer(line))
            if not line.startswith("* ") or not links:
                continue
            before = line[2:links[0].start()].strip()
            for m in links:
                title = m.group(1).strip()
                if before and len(links) == 1:
                    title = before.rstrip(" -") + (" - " if before.endswith("-") else " ") + title
                attachments.append({"title": html.unescape(title), "url": absolute(m.group(2))})
    for m in re.finditer(r'<iframe[^>]*src="(https://www\.youtube\.com/embed/[^"?]*)', body):
        attachments.append({"title": "Recording of the Meeting", "url": m.group(1)})
        break
    title = TITLES.get(name) or d["title"]
    if title in ("Public Meetings",):  # the 2021-2022 records: the title is their first heading
        title = next(p[1] for p in parts if p[0] == 3)
    kept = [p for p in parts[agenda_at:] if p[1] in ("Agenda", "Additional Links")]
    text = "\n\n".join("## %s\n\n%s" % (h, t.strip()) for _, h, t in kept)
    text = re.sub(r"\]\((/" + URL + r")\)", lambda m: "](%s)" % absolute(m.group(1)), text)
    text = re.sub(r"</?ins>\s*", "", text)  # underline only: the words stay
    text = re.sub(r"[ \t]*<br>[ \t]*", "\n", text)
    # The site's footer on every page, not part of the record.
    text = re.sub(r"\s*(?:\n-{3,}\s*)?\n+Join the \[Open Government Mailing List\]\([^)]*\) for "
                  r"updates\.\s*$", "", text.strip())
    text = re.sub(r"\n-{3,}\s*$", "", text.strip())
    fm = {"title": TITLE_DATE.sub("", title.strip()), "date": datetime.date.fromisoformat(date),
          "start": start, "end": end, "kind": kind, "open_to_public": True,
          "attachments": attachments}
    return fm["title"], "---\n" + dump(fm) + "---\n\n" + text + "\n"


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
  listening-session: Listening session
  community-discussion: Community discussion
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
