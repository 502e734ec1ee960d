"""Import open datasets into visitkb record files: the US Office of the Historian's travels.

The Historian's data has one record per country leg. The importer groups a
person's legs whose dates touch or overlap into journeys, maps country slugs to
ISO codes (keeping the label of the time, "U.S.S.R.", where it differs), splits
the cities, reads the visit type and the summits attended from the remarks where
they say so, and cites the dataset and the record id on every leg. What it cannot
map it reports instead of guessing. The output is written in a stable order, so
importing again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DatasetError, NameLookupError
from .names import country_name, existed, normalize, predecessors, resolve_country

SOURCE_ID = "historyatstate-travels"
SOURCE = {
    "id": SOURCE_ID,
    "publisher": "Office of the Historian, U.S. Department of State",
    "title": "Travels abroad of the President and the Secretary of State (open data)",
    "url": "https://github.com/HistoryAtState/travels",
    "note": "Public domain. One record per country leg; record ids are cited on each leg.",
}

SLUG_CODES = {
    "bosnia-herzegovina": "BA",
    "brunei": "BN",
    "burma": "MM",
    "holy-see": "VA",
    "korea-south": "KR",
    "macedonia": "MK",
    "palestinian-authority": "PS",
    "west-bank": "PS",
    "russia": "RU",
    "turkey": "TR",
}
"""Slugs whose ISO code a name lookup does not find; each checked by hand against ISO 3166-1."""

SUMMITS = [
    (re.compile(r"\bAPEC\b"), "apec", "Asia-Pacific Economic Cooperation", "APEC Economic Leaders' Meeting"),
    (re.compile(r"\bG[-–]?20\b"), "g20", "Group of Twenty", "G20 summit"),
    (
        re.compile(r"\bG[-–]?[78]\b|Economic Summit Meeting"),
        "g7",
        "Group of Seven (Group of Eight 1997-2014)",
        "G7/G8 summit",
    ),
    (re.compile(r"\bNATO\b[^.]*\bSummit"), "nato", "North Atlantic Treaty Organization", "NATO summit"),
    (
        re.compile(r"Summit of the Americas"),
        "summit-of-the-americas",
        "Summit of the Americas",
        "Summit of the Americas",
    ),
    (re.compile(r"\bASEAN\b"), "asean", "Association of Southeast Asian Nations", "ASEAN summit"),
    (re.compile(r"East Asia Summit"), "east-asia-summit", "East Asia Summit", "East Asia Summit"),
]
"""Summit series that remarks name ("Attended the APEC Summit Meeting"): pattern, id, body, event name."""

VISIT_TYPES = [
    (re.compile(r"\bstate visit\b", re.I), "state"),
    (re.compile(r"\bofficial visit\b", re.I), "official"),
    (re.compile(r"\bworking visit\b", re.I), "working"),
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


@dataclass
class ImportReport:
    """What the import read, wrote, and could not map."""

    legs_read: int = 0
    legs_imported: int = 0
    journeys: int = 0
    people: int = 0
    people_linked: int = 0
    """Travellers already in the linked knowledge base, referred to rather than created again."""
    events_created: int = 0
    events_linked: int = 0
    unmapped: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(record id, country slug, label, why) of legs left out."""
    files_changed: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as lines for a terminal."""
        lines = [
            f"read {self.legs_read} legs; imported {self.legs_imported} as {self.journeys} "
            f"journeys of {self.people + self.people_linked} people"
            + (f" ({self.people_linked} already known, linked)" if self.people_linked else ""),
            f"summits: {self.events_linked} legs linked to existing events, {self.events_created} events created",
            ("files written: " + ", ".join(self.files_changed)) if self.files_changed else "nothing changed",
        ]
        for record, slug, label, why in self.unmapped:
            lines.append(f"not imported: record {record} ({label}, country id {slug!r}): {why}")
        return lines


def read_legs(source: Path, report: ImportReport | None = None) -> list[Leg]:
    """Every leg in the dataset's travel files (presidents' and secretaries' alike).

    A leg whose dates are not ISO days is reported (in ``report``) and left out.
    """
    legs = []
    for path in sorted(source.glob("*-travels/*.xml")):
        for trip in _parse(path).iter("trip"):
            country = trip.find("country")
            try:
                start = dt.date.fromisoformat(_text(trip, "start-date"))
                end = dt.date.fromisoformat(_text(trip, "end-date") or _text(trip, "start-date"))
            except ValueError:
                if report is not None:
                    report.unmapped.append(
                        (
                            _text(trip, "id"),
                            country.get("id", "") if country is not None else "",
                            _text(trip, "country"),
                            f"dates {_text(trip, 'start-date')!r}..{_text(trip, 'end-date')!r} "
                            f"in {path.name} are not YYYY-MM-DD",
                        )
                    )
                continue
            legs.append(
                Leg(
                    record=_text(trip, "id"),
                    role=_text(trip, "role") or trip.get("role", ""),
                    who=trip.get("who", ""),
                    name=_text(trip, "name"),
                    start=start,
                    end=end,
                    slug=country.get("id", "") if country is not None else "",
                    label=_text(trip, "country"),
                    locale=_text(trip, "locale"),
                    remarks=_text(trip, "remarks"),
                )
            )
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
    return " ".join((node.text or "").split()) if node is not None else ""


def read_presidents(source: Path) -> dict[str, dict]:
    """Presidents by slug, with their terms of office."""
    path = source / "presidents" / "presidents.xml"
    if not path.exists():
        return {}
    found = {}
    for president in _parse(path).iter("president"):
        found[_text(president, "id")] = {
            "name": _text(president, "name"),
            "start": _text(president, "took-office-date") or None,
            "end": _text(president, "left-office-date") or None,
        }
    return found


def country_code(slug: str, label: str = "", day: dt.date | None = None) -> str | None:
    """The code of a leg's country: the name of the time (``label``: "U.S.S.R." gives SUHH) before the
    dataset's slug, preferring a state that existed on ``day``; None where nothing matches."""
    found: list[str] = []
    for name in [*_name_variants(label), *_name_variants(slug.replace("-", " "))]:
        code = SLUG_CODES.get(_slug(name))
        if code is None:
            try:
                code = resolve_country(None, name)
            except NameLookupError:
                continue
        if code not in found:
            found.append(code)
    if not found or day is None:
        return found[0] if found else None
    # Where the country of the label did not exist yet, the place belonged to a state before it.
    for code in found:
        if existed(code, day.year):
            return code
    for code in found:
        earlier = [p for p in predecessors(code) if existed(p, day.year)]
        if earlier:
            return earlier[0]
    return found[0]


def _name_variants(name: str) -> list[str]:
    """A country name as datasets write it, and its plainer forms: "Korea, South" also as "South Korea",
    "Burma (Myanmar)" also as "Burma" and "Myanmar"."""
    name = name.strip()
    if not name:
        return []
    variants = [name]
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
        for leg in sorted(by_person[who], key=lambda leg: (leg.start, leg.end, int(leg.record or 0))):
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


def _slug(text: str) -> str:
    return "-".join(normalize(text).split()) or "x"


def _cities(locale: str) -> list[str]:
    parts = re.split(r",|;|\band\b", locale)
    return [p.strip() for p in parts if p.strip()]


def _visit_types(remarks: str) -> list[str]:
    found = [kind for pattern, kind in VISIT_TYPES if pattern.search(remarks)]
    # A state, official or working visit says what the leg was; meetings are part of it.
    protocol = [k for k in found if k in ("state", "official", "working")]
    kinds = protocol + [k for k in found if k in ("multilateral", "stopover")] or found[:1]
    return kinds or ["unspecified"]


def import_historyatstate(source: Path, out: Path, link_kb=None) -> ImportReport:
    """Import the travels into record files under ``out``; summits link to events in ``link_kb``."""
    report = ImportReport()
    legs = read_legs(source, report)
    presidents = read_presidents(source)
    report.legs_read = len(legs) + len(report.unmapped)
    kept = []
    for leg in legs:
        code = country_code(leg.slug, leg.label, leg.start)
        if code is None:
            report.unmapped.append((leg.record, leg.slug, leg.label, "no country or former state matches this name"))
        else:
            kept.append((leg, code))
    code_of = {id(leg): code for leg, code in kept}
    existing_events = _events_by_key(link_kb)
    existing_orgs = link_kb.ids("organizations") if link_kb is not None else set()
    existing_people = _people_by_name(link_kb)
    records: dict[str, list[dict]] = {"sources": [dict(SOURCE)], "people": [], "organizations": [], "events": []}
    events: dict[str, dict] = {}
    organizations: dict[str, dict] = {}
    trips_by_person: dict[str, list[dict]] = {}
    citation = {"source": SOURCE_ID}
    for run in journeys(leg for leg, _ in kept):
        who = run[0].who
        legs_out = []
        for leg in run:
            code = code_of[id(leg)]
            visit: dict = {"id": f"{who}-{leg.record}", "country": code}
            if normalize(leg.label) != normalize(country_name(code)):
                visit["country_label"] = leg.label
            if _cities(leg.locale):
                visit["cities"] = _cities(leg.locale)
            visit["types"] = _visit_types(leg.remarks)
            visit["start"], visit["end"] = leg.start.isoformat(), leg.end.isoformat()
            attended = []
            for pattern, org, body, name in SUMMITS:
                if not pattern.search(leg.remarks):
                    continue
                key = (org, leg.start.year, code)
                if key in existing_events:
                    attended.append(existing_events[key])
                    report.events_linked += 1
                    continue
                city = _cities(leg.locale)[0] if _cities(leg.locale) else country_name(code)
                event_id = f"{org}-{leg.start.year}-{_slug(city)}"
                attended.append(event_id)
                if event_id not in events:
                    month = leg.start.strftime("%Y-%m") if leg.start.month == leg.end.month else str(leg.start.year)
                    events[event_id] = {
                        "id": event_id,
                        "name": f"{name}, {city} {leg.start.year}",
                        "kind": "summit",
                        "organization": org,
                        "host": code,
                        "city": city,
                        "start": month,
                        "citations": [
                            {
                                **citation,
                                "note": f"record {leg.record}: {leg.remarks}",
                                "derived": f"dated by the leg of {leg.start}..{leg.end} during which it was attended",
                            }
                        ],
                    }
                if org not in existing_orgs and org not in organizations:
                    organizations[org] = {
                        "id": org,
                        "name": body,
                        "kind": "forum",
                        "citations": [{**citation, "note": f"named in the remarks of record {leg.record}"}],
                    }
            if attended:
                visit["events"] = sorted(set(attended), key=attended.index)
            if leg.remarks:
                visit["notes"] = [leg.remarks]
            visit["citations"] = [{**citation, "note": f"{leg.role} travels record {leg.record}"}]
            legs_out.append(visit)
            report.legs_imported += 1
        countries = []
        for visit in legs_out:
            label = country_name(visit["country"])
            if label not in countries:
                countries.append(label)
        trips_by_person.setdefault(who, []).append(
            {
                "id": f"{who}-{run[0].start.isoformat()}",
                "leader": who,  # replaced below by the id of a person already known, if there is one
                "title": "Visit to "
                + (", ".join(countries[:-1]) + " and " + countries[-1] if len(countries) > 1 else countries[0]),
                "start": min(leg.start for leg in run).isoformat(),
                "end": max(leg.end for leg in run).isoformat(),
                "citations": [
                    {
                        **citation,
                        "note": "records " + ", ".join(leg.record for leg in run),
                        "derived": "journey grouped by visitkb from legs whose dates touch "
                        "(a day apart at most) or overlap",
                    }
                ],
                "legs": legs_out,
            }
        )
        report.journeys += 1
    for who in sorted(trips_by_person):
        first = next(leg for leg, _ in kept if leg.who == who)
        president = presidents.get(who)
        office = (
            {
                "title": "President of the United States",
                "country": "US",
                "start": president["start"],
                "end": president["end"],
                "citations": [{**citation, "note": "presidents.xml"}],
            }
            if first.role == "president" and president
            else {
                "title": "Secretary of State" if first.role == "secretary" else first.role,
                "country": "US",
                "citations": [{**citation, "note": f"role {first.role!r}"}],
            }
        )
        name = president["name"] if president else first.name
        known = existing_people.get(normalize(name))
        if known is not None:
            # The same person already in the linked knowledge base: refer to them, never a second copy.
            for trip in trips_by_person[who]:
                trip["leader"] = known
            report.people_linked += 1
            continue
        person = {
            "id": who,
            "name": name,
            "country": "US",
            "offices": [office],
            "citations": [{**citation, "note": f"traveller id {who!r}"}],
        }
        records["people"].append(person)
        report.people += 1
    records["organizations"] = [organizations[k] for k in sorted(organizations)]
    records["events"] = [events[k] for k in sorted(events)]
    report.events_created = len(events)
    files = {"sources.yaml": {"sources": records["sources"]}, "people.yaml": {"people": records["people"]}}
    if records["organizations"] or records["events"]:
        files["events.yaml"] = {k: records[k] for k in ("organizations", "events") if records[k]}
    for who, trips in sorted(trips_by_person.items()):
        files[f"trips/{who}.yaml"] = {"trips": trips}
    report.files_changed = _write_files(out, files)
    return report


def _people_by_name(kb) -> dict[str, str]:
    """The people of a knowledge base by each of their names, folded (a name two people share is left out)."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for person in kb.records("people") if kb is not None else []:
        for name in {normalize(n) for n in (person["name"], *person["aliases"])}:
            if name in found and found[name] != person["id"]:
                shared.add(name)
            found[name] = person["id"]
    return {name: person_id for name, person_id in found.items() if name not in shared}


def _events_by_key(kb) -> dict[tuple[str, int, str], str]:
    """Existing summits by (organization, year, host), to link to instead of creating."""
    if kb is None:
        return {}
    found: dict[tuple[str, int, str], str] = {}
    for event in kb.records("events"):
        if event["organization"] and event["start"] and event["host"]:
            found.setdefault((event["organization"], int(event["start"][:4]), event["host"]), event["id"])
    return found


def _write_files(out: Path, files: dict[str, dict]) -> list[str]:
    """Write each file atomically, and only if its content changed; the names of those written."""
    import yaml

    from .writing import write_atomically

    changed = []
    header = (
        "# Imported by `visitkb import historyatstate` from the Office of the Historian's\n"
        "# travels data. Edits here are overwritten by the next import.\n"
    )
    for name, content in files.items():
        text = header + yaml.safe_dump(content, sort_keys=False, allow_unicode=True, width=100)
        path = out / name
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        write_atomically(path, text)
        changed.append(name)
    return changed
