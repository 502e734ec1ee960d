"""The US Office of the Historian's visits to the United States by foreign leaders.

One record per visit: dates, a visitor string with a title and a name ("Prime Minister John
Major", "Chancellor Adenauer"), the visitor's country and a description. Each visit becomes a
trip of the visitor with one leg in the United States. The visitor string is split into an office
and a person, one person per leader across records and across the knowledge bases given (a
surname alone, as older records write it, means the one person of that country with that
surname). From the description the importer reads what it states: the visit type, meetings
("Met with President Clinton"), summits attended and the cities visited. Every record cites the
dataset and the record id.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..index import Progress
from ..names import country_name, normalize
from ..vocabulary import OFFICE_TITLES, TITLE_MODIFIERS
from .common import (
    Known,
    Output,
    Report,
    Summits,
    annotation_of_leg,
    input_fingerprint,
    manifest,
    merged_line,
    series_in,
    slug,
    unchanged_since_last_import,
)
from .historyatstate import _parse, _root_tag, _text, country_code

NAME = "historyatstate-visits"
SOURCE_ID = "historyatstate-visits"
SOURCE = {
    "id": SOURCE_ID,
    "publisher": "Office of the Historian, U.S. Department of State",
    "title": "Visits by Foreign Leaders (open data)",
    "url": "https://github.com/HistoryAtState/visits",
    "note": "Public domain. One record per visit to the United States; record ids are cited on each leg.",
}
HEADER = (
    "# Imported by `visitkb import historyatstate-visits` from the Office of the Historian's\n"
    "# visits by foreign leaders. Edits here are overwritten by the next import.\n"
)
HOST = "US"

VISIT_TYPES = [
    (re.compile(r"\bstate visit\b", re.I), "state"),
    (re.compile(r"\bofficial (?:working )?visit\b", re.I), "official"),
    (re.compile(r"\bworking visit\b", re.I), "working"),
    (re.compile(r"\bprivate visit\b", re.I), "private"),
    (re.compile(r"\b(?:informal|unofficial) visit\b", re.I), "informal"),
    (
        re.compile(
            r"\battend(?:ed|ing)\b(?:[^.]|(?<=\b[A-Z])\.)*\b(?:summit|assembly|conference|meeting|session)", re.I
        ),
        "multilateral",
    ),
    (re.compile(r"\bmet (?:privately |briefly |informally )?with\b", re.I), "meeting"),
]

_TITLES = sorted(OFFICE_TITLES, key=lambda t: -len(t.split()))
_ONE_WORD_TITLES = [t for t in OFFICE_TITLES if " " not in t]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

_MET = re.compile(
    r"\b[Mm]et (?:privately |briefly |informally |separately )?with ([^;]+?)(?:(?<![ .][A-Z])\.(?= [A-Z(]|$)|;|$)"
)
_NOT_MONTH = r"(?!(?:" + "|".join(_MONTHS) + r")\b)"
_US_OFFICIAL = re.compile(
    r"\b(?P<title>(?:Acting )?(?:Vice President|President|Secretary of State)(?:[- ]elect)?) "
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z]\.)*(?: " + _NOT_MONTH + r"[A-Z][\w'’-]+)*)"
    r"(?: (?P<month>" + "|".join(_MONTHS) + r") (?P<day>\d{1,2})\b)?"
)
_VISITED = re.compile(r"\b[Vv]isited ([^.;]+)")
_PLACE = re.compile(r"^[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|de|la|del))*(?: City)?(?:, D\.C)?$")


def _regions() -> set[str]:
    """The host's own name and its subdivisions' names (Texas, Maryland): places, but not cities."""
    import pycountry

    names = {normalize(country_name(HOST)), "u s", "us"}
    names |= {normalize(sub.name) for sub in pycountry.subdivisions.get(country_code=HOST) or []}
    return names


_REGIONS = _regions()


@dataclass
class Visit:
    """One record of the dataset."""

    record: str
    start: dt.date
    end: dt.date
    visitor: str
    slug: str
    label: str
    description: str


def split_visitor(text: str) -> tuple[str, str]:
    """A visitor string as (title, name): "Prime Minister John Major" -> ("Prime Minister", "John Major").

    Titles joined by "and" ("Premier and Prince Sihanouk") stay one title; a qualifier ("Acting") and
    an "-elect" stay with the title; a misspelt one-word title ("Presidetn") is read as the title it
    is spelt like. A string without a title is all name.
    """
    words = re.sub(r"\s*-\s*(elect)\b", r"-\1", " ".join(text.split()), flags=re.I).split(" ")
    title: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in TITLE_MODIFIERS:
            title.append(words[i])
            i += 1
            continue
        matched = _title_at(words, i)
        if matched == 0:
            break
        title += words[i : i + matched]
        i += matched
        if i < len(words) - 1 and words[i] in ("and", "&") and _title_at(words, i + 1):
            title.append("and")
            i += 1
            continue
        break
    if title and title[-1] in TITLE_MODIFIERS:
        i -= 1
        title.pop()
    name = " ".join(words[i:])
    if not name:  # a title alone ("The Shah"): the name is all there is
        return "", " ".join(words)
    return " ".join(title), name


def _title_at(words: list[str], i: int) -> int:
    """How many words from ``i`` form a title (0 for none)."""
    for title in _TITLES:
        parts = title.split()
        candidate = words[i : i + len(parts)]
        if len(candidate) == len(parts) and all(
            normalize(_without_elect(w)) == normalize(p) for w, p in zip(candidate, parts, strict=True)
        ):
            return len(parts)
    if i + 1 < len(words) and difflib.get_close_matches(_without_elect(words[i]), _ONE_WORD_TITLES, 1, 0.85):
        return 1
    return 0


def _without_elect(word: str) -> str:
    return re.sub(r"-elect$", "", word, flags=re.I)


def office_title(title: str) -> str:
    """The office a title holds, as the office's title: a misspelling corrected, "-elect" kept."""
    words = []
    for word in title.split():
        bare = _without_elect(word)
        if not any(normalize(bare) == normalize(w) for t in OFFICE_TITLES for w in t.split()) and bare not in (
            "and",
            *TITLE_MODIFIERS,
        ):
            close = difflib.get_close_matches(bare, _ONE_WORD_TITLES, 1, 0.85)
            word = word.replace(bare, close[0]) if close else word
        words.append(word)
    return " ".join(words)


def read_visits(source: Path, report: Report, files: list[Path] | None = None) -> list[Visit]:
    """Every visit in the dataset's files (any XML file under ``source`` whose root is ``<visits>``)."""
    visits = []
    seen: set[str] = set()
    for path in files if files is not None else sorted(source.rglob("*.xml")):
        root = _parse(path)
        if root.tag != "visits":
            continue
        for visit in root.iter("visit"):
            record = _text(visit, "id")
            origin = visit.find("from")
            try:
                start = dt.date.fromisoformat(_text(visit, "start-date"))
                end = dt.date.fromisoformat(_text(visit, "end-date") or _text(visit, "start-date"))
            except ValueError:
                report.reported.append(
                    (
                        f"record {record}",
                        f"dates {_text(visit, 'start-date')!r}..{_text(visit, 'end-date')!r} in "
                        f"{path.name} are not YYYY-MM-DD",
                    )
                )
                continue
            if record in seen:
                continue
            seen.add(record)
            visits.append(
                Visit(
                    record=record,
                    start=start,
                    end=max(start, end),
                    visitor=_text(visit, "visitor"),
                    slug=origin.get("id", "") if origin is not None else "",
                    label=_text(visit, "from"),
                    description=_text(visit, "description"),
                )
            )
    return visits


def visit_types(description: str) -> list[str]:
    """The visit types a description states ("Official working visit": official and working)."""
    found = list(dict.fromkeys(kind for pattern, kind in VISIT_TYPES if pattern.search(description)))
    if "official" in found and re.search(r"\bofficial working visit\b", description, re.I):
        found.insert(found.index("official") + 1, "working") if "working" not in found else None
    protocol = [k for k in found if k in ("state", "official", "working", "private", "informal")]
    kinds = protocol + [k for k in found if k == "multilateral"] or found[:1]
    return kinds or ["unspecified"]


def cities(description: str) -> list[str]:
    """The places a description says the visitor went: "Also visited New York City, Philadelphia
    (Pennsylvania), and New Orleans" -> New York City, Philadelphia, New Orleans."""
    found: list[str] = []
    for listed in _VISITED.findall(description):
        listed = re.sub(r"\([^)]*\)", "", listed)
        for part in re.split(r",|\band\b|;", listed):
            part = part.strip()
            if _PLACE.match(part) and part.split()[0] not in _MONTHS and normalize(part) not in _REGIONS:
                found.append(part)
    return list(dict.fromkeys(found))


def meetings_named(description: str, year: int | None = None) -> list[tuple[str, str, str | None]]:
    """(title, name, day) of each US official the description says the visitor met ("Met with
    President Truman April 9": the day in ``year``, where the text gives one)."""
    found = []
    for clause in _MET.findall(description):
        for match in _US_OFFICIAL.finditer(clause):
            day = None
            if match.group("month") and year is not None:
                try:
                    day = dt.date(year, _MONTHS.index(match.group("month")) + 1, int(match.group("day"))).isoformat()
                except ValueError:
                    day = None
            name = " ".join(w for w in match.group("name").split() if w not in _MONTHS)
            found.append((match.group("title"), name, day))
    return list(dict.fromkeys(found))


def import_visits(
    source: Path, out: Path, link_kb=None, dry_run: bool = False, progress: Progress | None = None
) -> Report:
    """Import the visits into record files under ``out``, linking to what ``link_kb`` holds."""
    report = Report(NAME, dry_run=dry_run)
    files = [path for path in sorted(source.rglob("*.xml")) if _root_tag(path) == "visits"]
    if not files:
        raise UsageError(f"{source} holds no visits records (XML files of <visits>); give the dataset's folder")
    known = Known(link_kb)
    fingerprint = input_fingerprint(files, NAME, 2, known.fingerprint())
    if not dry_run and unchanged_since_last_import(out, NAME, fingerprint):
        report.unchanged_inputs = True
        return report
    visits = read_visits(source, report, files)
    report.read = len(visits) + len(report.reported)
    citation = {"source": SOURCE_ID}

    resolved: list[tuple[Visit, str, str, str]] = []  # visit, country, title, name
    for visit in visits:
        code = country_code(visit.slug, visit.label, visit.start.year)
        if code is None:
            report.reported.append(
                (
                    f"record {visit.record}",
                    f"{visit.label or 'no country'} (id {visit.slug!r}): no country or former state has this name",
                )
            )
            continue
        title, name = split_visitor(visit.visitor)
        if not name:
            report.reported.append((f"record {visit.record}", f"no visitor named in {visit.visitor!r}"))
            continue
        resolved.append((visit, code, office_title(title), name))

    people: dict[str, dict] = {}
    person_of: dict[str, str] = {}
    # Full names first, so that a surname alone finds the person a fuller record names.
    for visit, code, title, name in sorted(resolved, key=lambda r: (len(r[3].split()) == 1, r[0].start)):
        person = known.person(name, code, visit.start, title) or _new_person(
            name, code, title, visit, known, people, citation
        )
        if person in people and title and not any(o["title"] == title for o in people[person].get("offices", [])):
            people[person].setdefault("offices", []).append(_office(title, code, visit, citation))
        person_of[visit.record] = person
    # People the linked knowledge bases already had: referred to, never created again.
    report.linked["people"] = len(set(person_of.values()) - set(people))
    report.created["people"] = len(people)

    summits = Summits(known, report, SOURCE_ID)
    annotations: list[dict] = []
    trips: list[dict] = []
    meetings: list[dict] = []
    unmatched_counterparts: dict[str, int] = {}
    trip_ids: set[str] = set()
    for done, (visit, *_) in enumerate(sorted(resolved, key=lambda r: (r[0].start, r[0].record)), 1):
        if progress is not None:
            progress(done, len(resolved))
        leader = person_of[visit.record]
        leg_citation = {**citation, "note": f"visits record {visit.record}: visitor {visit.visitor!r}"}
        types = visit_types(visit.description)
        already = known.leg(leader, HOST, visit.start, visit.end)
        leg_id = already[0]["id"] if already else f"{SOURCE_ID}-{slug(visit.record)}"
        if already is not None and already[1] in trip_ids:
            # The dataset records one journey twice: one leg, with both records' citations and notes.
            own = already[0]
            own["citations"].append(leg_citation)
            if visit.description and visit.description not in own.get("notes", []):
                own.setdefault("notes", []).append(visit.description)
            report.merged.append(f"record {visit.record} is the journey of leg {leg_id!r} of this import")
        elif already is not None:
            annotation = annotation_of_leg(
                f"{SOURCE_ID}-{slug(visit.record)}", already[0], visit.start, visit.end, leg_citation
            )
            annotations.append(annotation)
            report.merged.append(merged_line(visit.record, already[0], already[1], len(annotation.get("claims", []))))
        else:
            leg: dict = {"id": leg_id, "country": HOST}
            if cities(visit.description):
                leg["cities"] = cities(visit.description)
            leg["types"] = types
            leg["start"], leg["end"] = visit.start.isoformat(), visit.end.isoformat()
            attended = [
                summits.attend(series, visit.start, visit.end, HOST, None, visit.record, visit.description)
                for series in series_in(visit.description)
            ]
            if attended:
                leg["events"] = list(dict.fromkeys(attended))
            if visit.description:
                leg["notes"] = [visit.description]
            leg["citations"] = [leg_citation]
            trip_id = f"{leader}-{visit.start.isoformat()}-{slug(country_name(HOST))}"
            if trip_id in trip_ids or trip_id in (link_kb.ids("trips") if link_kb is not None else ()):
                trip_id += f"-{slug(visit.record)}"
            trip_ids.add(trip_id)
            known.add_leg(leader, leg, trip_id)
            trips.append(
                {
                    "id": trip_id,
                    "leader": leader,
                    "title": f"Visit to {country_name(HOST)}",
                    "start": visit.start.isoformat(),
                    "end": visit.end.isoformat(),
                    "citations": [{**citation, "note": f"visits record {visit.record}"}],
                    "legs": [leg],
                }
            )
            report.imported += 1
        for n, (counterpart_title, counterpart_name, day) in enumerate(
            meetings_named(visit.description, visit.start.year), 1
        ):
            counterpart = known.person(counterpart_name, HOST, visit.start, counterpart_title)
            if counterpart is None:
                key = f"{counterpart_title} {counterpart_name}"
                unmatched_counterparts[key] = unmatched_counterparts.get(key, 0) + 1
                continue
            meetings.append(
                {
                    "id": f"{SOURCE_ID}-{slug(visit.record)}-meeting-{n}",
                    "people": [leader, counterpart],
                    "form": "sideline" if any(series_in(visit.description)) else "talks",
                    "country": HOST,
                    **({"start": day} if day and visit.start.isoformat() <= day <= visit.end.isoformat() else {}),
                    "visit": leg_id,
                    "citations": [
                        {
                            **citation,
                            "note": f"visits record {visit.record}: met with {counterpart_title} {counterpart_name}",
                        }
                    ],
                }
            )
    if unmatched_counterparts:
        shown = ", ".join(f"{k} ({n})" for k, n in sorted(unmatched_counterparts.items(), key=lambda kv: -kv[1])[:5])
        report.notes.append(
            f"{sum(unmatched_counterparts.values())} meeting(s) with people no knowledge base given names were "
            f"left in the legs' notes: {shown}{', ...' if len(unmatched_counterparts) > 5 else ''} (hint: import "
            "the travels of presidents first and give it with -d, so that they link)"
        )
    for kind, records in (
        ("trips", trips),
        ("meetings", meetings),
        ("events", summits.events),
        ("organizations", summits.organizations),
        ("annotations", annotations),
    ):
        if records:
            report.created[kind] = len(records)
    if people:
        report.created["people"] = len(people)
    else:
        del report.created["people"]

    output = Output(NAME, HEADER)
    output.add("knowledge-base.yaml", manifest(out, known, "Visits to the United States by foreign leaders"))
    output.add("sources.yaml", {"sources": [dict(SOURCE)]})
    output.add("people.yaml", {"people": [people[k] for k in sorted(people)]})
    output.add("events.yaml", summits.records())
    output.add("meetings.yaml", {"meetings": meetings})
    output.add("annotations.yaml", {"annotations": annotations})
    by_decade: dict[str, list[dict]] = {}
    for trip in trips:
        by_decade.setdefault(f"{trip['start'][:3]}0s", []).append(trip)
    for decade, decade_trips in sorted(by_decade.items()):
        output.add(f"trips/{decade}.yaml", {"trips": decade_trips})
    report.files_changed = output.write(out, dry_run, fingerprint)
    return report


def _office(title: str, code: str, visit: Visit, citation: dict) -> dict:
    return {
        "title": title,
        "country": code,
        "citations": [{**citation, "note": f"visitor {visit.visitor!r} in record {visit.record}"}],
    }


def _new_person(name: str, code: str, title: str, visit: Visit, known: Known, people: dict, citation: dict) -> str:
    """Create a person for a visitor no knowledge base names yet; its id."""
    person_id = slug(name)
    if person_id in known.people or person_id in people:
        person_id = f"{person_id}-{code.lower()}"
    base, n = person_id, 2
    while person_id in known.people or person_id in people:
        person_id, n = f"{base}-{n}", n + 1
    person = {
        "id": person_id,
        "name": name,
        "country": code,
        "offices": [_office(title, code, visit, citation)] if title else [],
        "citations": [{**citation, "note": f"visitor {visit.visitor!r} in record {visit.record}"}],
    }
    if not person["offices"]:
        del person["offices"]
    people[person_id] = person
    known.add_person(person)
    return person_id
