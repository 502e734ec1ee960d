"""The US Office of the Historian's travels abroad of presidents and secretaries of state.

The dataset has one record per country leg. The importer groups a person's legs whose dates
touch or overlap into journeys, resolves each leg's country from the name of the time and the
dataset's slug (keeping the label of the time, "U.S.S.R.", where it differs from today's name),
splits the cities, reads the visit type and the summits attended from the remarks where they say
so, and cites the dataset and the record id on every leg. A leg the linked knowledge bases already
hold becomes an annotation of that leg. What it cannot resolve it reports instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import DatasetError, UsageError
from ..index import Progress
from ..names import country_by_spelling, country_candidates, country_name, existed, normalize, predecessors
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

NAME = "historyatstate"
SOURCE_ID = "historyatstate-travels"
SOURCE = {
    "id": SOURCE_ID,
    "publisher": "Office of the Historian, U.S. Department of State",
    "title": "Travels abroad of the President and the Secretary of State (open data)",
    "url": "https://github.com/HistoryAtState/travels",
    "note": "Public domain. One record per country leg; record ids are cited on each leg.",
}
HEADER = (
    "# Imported by `visitkb import historyatstate` from the Office of the Historian's\n"
    "# travels data. Edits here are overwritten by the next import.\n"
)

VISIT_TYPES = [
    (re.compile(r"\bstate visit\b", re.I), "state"),
    (re.compile(r"\bofficial visit\b", re.I), "official"),
    (re.compile(r"\bworking visit\b", re.I), "working"),
    (re.compile(r"\bprivate visit\b", re.I), "private"),
    (re.compile(r"\battended\b.*\b(summit|conference|meeting of|leaders)", re.I), "multilateral"),
    (re.compile(r"\bmet with\b", re.I), "meeting"),
    (re.compile(r"\b(stopped|refuel)", re.I), "stopover"),
]


@dataclass
class Leg:
    """One record of the dataset."""

    record: str
    role: str
    who: str
    name: str
    start: dt.date
    end: dt.date
    slug: str
    label: str
    locale: str
    remarks: str
    file: str = ""

    @property
    def number(self) -> str:
        """The record's id as visitkb ids use it: its number ('Travel-1670-secretary' and '1670' are one)."""
        digits = re.search(r"\d+", self.record)
        return digits.group() if digits else slug(self.record)


def dataset_files(source: Path) -> list[Path]:
    """The dataset's files of legs: every XML file under ``source`` whose root is ``<trips>``."""
    return [path for path in sorted(source.rglob("*.xml")) if _root_tag(path) == "trips"]


def _root_tag(path: Path) -> str:
    try:
        for _, element in ElementTree.iterparse(path, events=("start",)):
            return element.tag
    except (ElementTree.ParseError, OSError):
        return "trips"  # read it properly below, where the error is reported with its position
    return ""


def read_legs(source: Path, report: Report | None = None, files: list[Path] | None = None) -> list[Leg]:
    """Every leg in the dataset (presidents' and secretaries' alike), each record once.

    Upstream keeps some records in more than one file (an older combined file beside the
    per-person ones): a record read twice is one leg, the copy with readable dates and the later
    modification kept. A leg whose dates are not ISO days is reported and left out.
    """
    chosen: dict[tuple[str, str], tuple[tuple, Leg | None, str]] = {}
    copies = 0
    for path in files if files is not None else dataset_files(source):
        for trip in _parse(path).iter("trip"):
            country = trip.find("country")
            record = _text(trip, "id")
            try:
                start = dt.date.fromisoformat(_text(trip, "start-date"))
                end = dt.date.fromisoformat(_text(trip, "end-date") or _text(trip, "start-date"))
                leg: Leg | None = Leg(
                    record=record,
                    role=_text(trip, "role") or trip.get("role", ""),
                    who=trip.get("who", "") or slug(_text(trip, "name")),
                    name=_text(trip, "name"),
                    start=start,
                    end=end,
                    slug=country.get("id", "") if country is not None else "",
                    label=_text(trip, "country"),
                    locale=_text(trip, "locale"),
                    remarks=_text(trip, "remarks"),
                    file=path.name,
                )
                why = ""
            except ValueError:
                leg = None
                why = (
                    f"{_text(trip, 'country') or 'no country'}: dates {_text(trip, 'start-date')!r}.."
                    f"{_text(trip, 'end-date')!r} in {path.name} are not YYYY-MM-DD"
                )
            # Record ids are the dataset's own, unique per role ("Travel-1670-secretary" or "1670"); an older
            # copy of a file may file the same record under another spelling of the traveller's id.
            digits = re.search(r"\d+", record)
            key = (_text(trip, "role") or trip.get("role", ""), digits.group() if digits else record)
            rank = (leg is not None, _text(trip, "last-modified-datetime"), "-travels" in path.parent.name)
            if key in chosen:
                copies += 1
                if rank <= chosen[key][0]:
                    continue
            chosen[key] = (rank, leg, why)
    legs = []
    for (_, record), (_, leg, why) in chosen.items():
        if leg is not None:
            legs.append(leg)
        elif report is not None:
            report.reported.append((f"record {record}", why))
    if report is not None and copies:
        report.notes.append(f"{copies} record(s) appear in more than one file of the dataset; each is imported once")
    return legs


def _parse(path: Path):
    """The root element of an XML file, or a DatasetError saying where it is broken."""
    try:
        return ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        line, column = exc.position
        raise DatasetError(
            f"{path}:{line}:{column + 1}: error[xml]: {exc.msg if hasattr(exc, 'msg') else exc} "
            "(hint: the file is not well-formed XML; fetch it again from the dataset)"
        ) from None
    except OSError as exc:
        raise DatasetError(f"{path}: error[unreadable]: {exc.strerror or exc}") from None


def _text(element, tag: str) -> str:
    """The text of a child element with its spacing normalized, or '' if it is missing."""
    node = element.find(tag)
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def read_presidents(source: Path) -> dict[str, dict]:
    """Presidents by slug, with their terms of office (from presidents.xml, where the dataset has it)."""
    found = {}
    for path in sorted(source.rglob("presidents.xml")):
        for president in _parse(path).iter("president"):
            found[_text(president, "id")] = {
                "name": _text(president, "name"),
                "start": _text(president, "took-office-date") or None,
                "end": _text(president, "left-office-date") or None,
            }
    return found


@lru_cache(maxsize=4096)
def country_code(slug_: str, label: str = "", year: int | None = None) -> str | None:
    """The code of a leg's country: the name of the time (``label``: "U.S.S.R." gives SUHH) before the
    dataset's slug, preferring a state that existed in ``year``; by spelling where no name matches
    exactly ("Bosnia-Herzegovina"); None where nothing matches."""
    label_names, slug_names = _name_variants(label), _name_variants(slug_.replace("-", " "))
    label_codes = [country_candidates(name) for name in label_names]
    slug_codes = [country_candidates(name) for name in slug_names]
    found: list[str] = []
    for codes in label_codes + slug_codes:
        if len(codes) > 1:
            # A name several countries share ("Korea", "Yemen"): the dataset's other name for it decides,
            # else the country whose own name it is (Yemen, not Yemen, Democratic).
            others = set().union(*(c for c in label_codes + slug_codes if c is not codes and c))
            codes = codes & others if codes & others else codes
            if len(codes) > 1:
                named = {code for code in codes for name in label_names + slug_names if _named(code, name)}
                codes = named or codes
        for code in sorted(codes) if len(codes) == 1 else ():
            if code not in found:
                found.append(code)
    if not found:
        spelt = [code for code in map(country_by_spelling, label_names + slug_names) if code]
        found = list(dict.fromkeys(spelt))
    if not found or year is None:
        return found[0] if found else None
    # Where the country of the label did not exist yet, the place belonged to a state before it.
    for code in found:
        if existed(code, year):
            return code
    for code in found:
        earlier = [p for p in predecessors(code) if existed(p, year)]
        if earlier:
            return earlier[0]
    return found[0]


def _named(code: str, name: str) -> bool:
    """Whether a name is a country's own display name (not one of its aliases)."""
    return normalize(country_name(code)) == normalize(name)


def _name_variants(name: str) -> list[str]:
    """A country name as datasets write it, and its plainer forms: "Korea, South" also as "South Korea",
    "Burma (Myanmar)" also as "Burma" and "Myanmar"."""
    name = name.strip()
    if not name:
        return []
    variants = [name]
    if re.search(r"\bSt\.? ", name):
        variants.append(re.sub(r"\bSt\.? ", "Saint ", name))
    outside, _, inside = name.partition("(")
    if inside:
        variants += [outside.strip(), inside.rstrip(") ").strip()]
    for variant in list(variants):
        head, comma, tail = variant.partition(",")
        if comma and tail.strip():
            variants.append(f"{tail.strip()} {head.strip()}")
    return [v for v in variants if v]


def journeys(legs: Iterable[Leg]) -> list[list[Leg]]:
    """Each person's legs grouped into runs whose dates touch (next day at the latest) or overlap."""
    grouped: list[list[Leg]] = []
    by_person: dict[str, list[Leg]] = {}
    for leg in legs:
        by_person.setdefault(leg.who, []).append(leg)
    for who in sorted(by_person):
        current: list[Leg] = []
        last_end = dt.date.min
        for leg in sorted(
            by_person[who], key=lambda leg: (leg.start, leg.end, int(leg.number) if leg.number.isdigit() else 0)
        ):
            if current and leg.start <= last_end + dt.timedelta(days=1):
                current.append(leg)
                last_end = max(last_end, leg.end)
            else:
                if current:
                    grouped.append(current)
                current, last_end = [leg], leg.end
        if current:
            grouped.append(current)
    return grouped


def cities(locale: str) -> list[str]:
    """The places a leg's locale names: "Colon, Panama City" -> ["Colon", "Panama City"]."""
    parts = re.split(r",|;|\band\b", locale)
    return [p.strip() for p in parts if p.strip()]


def visit_types(remarks: str) -> list[str]:
    """The visit types the remarks state; 'unspecified' where they state none."""
    found = [kind for pattern, kind in VISIT_TYPES if pattern.search(remarks)]
    # A state, official or working visit says what the leg was; meetings are part of it.
    protocol = [k for k in found if k in ("state", "official", "working", "private")]
    kinds = protocol + [k for k in found if k in ("multilateral", "stopover")] or found[:1]
    return kinds or ["unspecified"]


def _office(role: str, president: dict | None, citation: dict) -> dict:
    if role == "president" and president:
        return {
            "title": "President of the United States",
            "country": "US",
            "start": president["start"],
            "end": president["end"],
            "citations": [{**citation, "note": "presidents.xml"}],
        }
    return {
        "title": "Secretary of State" if role == "secretary" else role or "traveller",
        "country": "US",
        "citations": [{**citation, "note": f"role {role!r} in the travels records"}],
    }


def import_travels(
    source: Path, out: Path, link_kb=None, dry_run: bool = False, progress: Progress | None = None
) -> Report:
    """Import the travels into record files under ``out``, linking to what ``link_kb`` holds."""
    report = Report(NAME, dry_run=dry_run)
    files = dataset_files(source)
    if not files:
        raise UsageError(f"{source} holds no travels records (XML files of <trips>); give the dataset's folder")
    known = Known(link_kb)
    fingerprint = input_fingerprint(files, NAME, 2, known.fingerprint())
    if not dry_run and unchanged_since_last_import(out, NAME, fingerprint):
        report.unchanged_inputs = True
        return report
    legs = read_legs(source, report, files)
    presidents = read_presidents(source)
    report.read = len(legs) + len(report.reported)
    citation = {"source": SOURCE_ID}

    # Who travelled: a person already known (by name) or a new one.
    leader_of: dict[str, str] = {}
    people: list[dict] = []
    for who in sorted({leg.who for leg in legs}):
        first = next(leg for leg in legs if leg.who == who)
        president = presidents.get(who) if first.role == "president" else None
        name = president["name"] if president else first.name
        existing = known.person(name, "US")
        if existing is not None:
            leader_of[who] = existing
            report.linked["people"] += existing not in {p["id"] for p in people}
            continue
        leader_of[who] = who
        people.append(
            {
                "id": who,
                "name": name,
                "country": "US",
                "offices": [_office(first.role, president, citation)],
                "citations": [{**citation, "note": f"traveller id {who!r}"}],
            }
        )
        known.add_person(people[-1])  # an older file may name the same traveller with another id
    report.created["people"] = len(people)

    summits = Summits(known, report, SOURCE_ID)
    annotations: list[dict] = []
    trips_by_person: dict[str, list[dict]] = {}
    runs = journeys(legs)
    for done, run in enumerate(runs, 1):
        if progress is not None:
            progress(done, len(runs))
        who = run[0].who
        leader = leader_of[who]
        legs_out = []
        for leg in run:
            code = country_code(leg.slug, leg.label, leg.start.year)
            if code is None:
                report.reported.append(
                    (
                        f"record {leg.record}",
                        f"{leg.label or 'no country'} (country id {leg.slug!r}): no country "
                        "or former state has this name",
                    )
                )
                continue
            leg_citation = {**citation, "note": f"{leg.role} travels record {leg.record}"}
            types = visit_types(leg.remarks)
            already = known.leg(leader, code, leg.start, leg.end)
            if already is not None:
                annotation = annotation_of_leg(
                    f"{SOURCE_ID}-{who}-{leg.number}", already[0], leg.start, leg.end, leg_citation
                )
                annotations.append(annotation)
                report.merged.append(merged_line(leg.record, already[0], already[1], len(annotation.get("claims", []))))
                continue
            visit: dict = {"id": f"{who}-{leg.number}", "country": code}
            if normalize(leg.label) != normalize(country_name(code)):
                visit["country_label"] = leg.label
            if cities(leg.locale):
                visit["cities"] = cities(leg.locale)
            visit["types"] = types
            visit["start"], visit["end"] = leg.start.isoformat(), leg.end.isoformat()
            city = cities(leg.locale)[0] if cities(leg.locale) else None
            attended = [
                summits.attend(series, leg.start, leg.end, code, city, leg.record, leg.remarks)
                for series in series_in(leg.remarks)
            ]
            if attended:
                visit["events"] = list(dict.fromkeys(attended))
            if leg.remarks:
                visit["notes"] = [leg.remarks]
            visit["citations"] = [leg_citation]
            legs_out.append((leg, visit))
            report.imported += 1
        if not legs_out:
            continue
        countries = list(dict.fromkeys(country_name(visit["country"]) for _, visit in legs_out))
        trips_by_person.setdefault(who, []).append(
            {
                "id": f"{who}-{legs_out[0][0].start.isoformat()}",
                "leader": leader,
                "title": "Visit to "
                + (", ".join(countries[:-1]) + " and " + countries[-1] if len(countries) > 1 else countries[0]),
                "start": min(leg.start for leg, _ in legs_out).isoformat(),
                "end": max(leg.end for leg, _ in legs_out).isoformat(),
                "citations": [
                    {
                        **citation,
                        "note": "records " + ", ".join(leg.record for leg, _ in legs_out),
                        "derived": "journey grouped by visitkb from legs whose dates touch "
                        "(a day apart at most) or overlap",
                    }
                ],
                "legs": [visit for _, visit in legs_out],
            }
        )
    report.created["trips"] = sum(len(trips) for trips in trips_by_person.values())
    report.created["events"] = len(summits.events)
    report.created["organizations"] = len(summits.organizations)
    report.created["annotations"] = len(annotations)
    report.created = +report.created  # drop the zero counts

    output = Output(NAME, HEADER)
    output.add("knowledge-base.yaml", manifest(out, known, "Travels abroad of US presidents and secretaries of state"))
    output.add("sources.yaml", {"sources": [dict(SOURCE)]})
    output.add("people.yaml", {"people": people})
    output.add("events.yaml", summits.records())
    output.add("annotations.yaml", {"annotations": annotations})
    for who, trips in sorted(trips_by_person.items()):
        output.add(f"trips/{who}.yaml", {"trips": trips})
    report.files_changed = output.write(out, dry_run, fingerprint)
    return report
