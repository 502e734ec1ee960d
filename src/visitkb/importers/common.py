"""What every importer shares: the report, what the loaded knowledge bases already hold, and writing.

An import reads a dataset into plain record dicts, asks :class:`Known` whether a person, event or
leg is already in the knowledge bases it links to (so that one leader is one person and one
journey one leg), turns a journey already there into an annotation of it (its citation, and any
value the dataset gives differently as a claim), and writes files with :class:`Output`: each file
atomically, only when its content changed, nothing at all on a dry run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import PartialDate
from ..names import family_name, normalize


def slug(text: str) -> str:
    """An id-safe form of a name or a dataset's record id: 'Travel-1670-secretary' -> 'travel-1670-secretary'."""
    return "-".join(normalize(text).replace("_", " ").split()) or "x"


@dataclass(frozen=True)
class Series:
    """A series of multilateral meetings that a dataset's remarks name ("Attended the APEC Summit")."""

    pattern: re.Pattern
    organization: str
    organization_name: str
    event_name: str
    organization_kind: str = "forum"


SERIES = [
    Series(
        re.compile(r"\bAPEC\b|Asia[- ]Pacific Economic Cooperation"),
        "apec",
        "Asia-Pacific Economic Cooperation",
        "APEC Economic Leaders' Meeting",
    ),
    Series(re.compile(r"\bG[-–]?20\b"), "g20", "Group of Twenty", "G20 summit"),
    Series(
        re.compile(r"\bG[-–]?[78]\b|Economic Summit Meeting"),
        "g7",
        "Group of Seven (Group of Eight 1997-2014)",
        "G7/G8 summit",
    ),
    Series(
        re.compile(r"\bNATO\b[^.]*\bSummit|North Atlantic Alliance Summit"),
        "nato",
        "North Atlantic Treaty Organization",
        "NATO summit",
        "organization",
    ),
    Series(
        re.compile(r"Summit of the Americas"),
        "summit-of-the-americas",
        "Summit of the Americas",
        "Summit of the Americas",
    ),
    Series(re.compile(r"\bASEAN\b"), "asean", "Association of Southeast Asian Nations", "ASEAN summit", "organization"),
    Series(re.compile(r"East Asia Summit"), "east-asia-summit", "East Asia Summit", "East Asia Summit"),
    Series(
        re.compile(r"Nuclear Security Summit"),
        "nuclear-security-summit",
        "Nuclear Security Summit",
        "Nuclear Security Summit",
    ),
    Series(
        re.compile(r"\bU\.? ?N\.?\b[^.]{0,40}\bGeneral Assembly|United Nations General Assembly"),
        "united-nations",
        "United Nations",
        "UN General Assembly",
        "organization",
    ),
]
"""Multilateral series a remark names: a general list of the standing summits of heads of state and
government, not a list of what one dataset mentions. Others stay in the leg's notes."""


def series_in(text: str) -> list[Series]:
    """The series a remark names, in the list's order."""
    return [series for series in SERIES if series.pattern.search(text)]


class Summits:
    """The summits an import's records say were attended: linked to those the knowledge bases hold
    (same series, year and host), else created once, dated by the record that attended them."""

    def __init__(self, known: Known, report: Report, source_id: str):
        self.known, self.report, self.source_id = known, report, source_id
        self.events: dict[str, dict] = {}
        self.organizations: dict[str, dict] = {}

    def attend(
        self, series: Series, start: dt.date, end: dt.date, host: str, city: str | None, record: str, text: str
    ) -> str:
        """The id of the event of ``series`` that record ``record`` (saying ``text``) attended from
        ``start`` to ``end`` in ``host``."""
        from ..names import country_name

        key = (series.organization, start.year, host)
        existing = self.known.events.get(key)
        if existing is not None:
            self.report.linked["events"] += existing not in self.events
            return existing
        place = city or country_name(host)
        event_id = f"{series.organization}-{start.year}-{slug(place)}"
        if event_id not in self.events:
            self.events[event_id] = {
                "id": event_id,
                "name": f"{series.event_name}, {place} {start.year}",
                "kind": "summit",
                "organization": series.organization,
                "host": host,
                **({"city": city} if city else {}),
                "start": start.strftime("%Y-%m") if start.month == end.month else str(start.year),
                "citations": [
                    {
                        "source": self.source_id,
                        "note": f"record {record}: {text}",
                        "derived": f"dated by the stay of {start}..{end} during which it was attended",
                    }
                ],
            }
        self.known.events[key] = event_id
        if series.organization not in self.known.organizations and series.organization not in self.organizations:
            self.organizations[series.organization] = {
                "id": series.organization,
                "name": series.organization_name,
                "kind": series.organization_kind,
                "citations": [{"source": self.source_id, "note": f"named in record {record}"}],
            }
        return event_id

    def records(self) -> dict[str, list[dict]]:
        """The organizations and events created, for an events file."""
        return {
            "organizations": [self.organizations[k] for k in sorted(self.organizations)],
            "events": [self.events[k] for k in sorted(self.events)],
        }


@dataclass
class Report:
    """What an import read, wrote, merged into records already known, and could not import."""

    importer: str
    dry_run: bool = False
    read: int = 0
    imported: int = 0
    merged: list[str] = field(default_factory=list)
    """One line per record of the dataset attached to a record already known, instead of a copy."""
    reported: list[tuple[str, str]] = field(default_factory=list)
    """(record id or row, why) of what was not imported."""
    created: Counter = field(default_factory=Counter)
    """Records created, by collection."""
    linked: Counter = field(default_factory=Counter)
    """References to records already known, by collection."""
    notes: list[str] = field(default_factory=list)
    files_changed: list[str] = field(default_factory=list)
    unchanged_inputs: bool = False

    def summary(self) -> str:
        """The one line a user reads last: read, imported, merged, reported, and what was written."""
        line = f"read {self.read}, imported {self.imported}, merged {len(self.merged)}, reported {len(self.reported)}; "
        if self.unchanged_inputs:
            return "nothing changed: the dataset and the knowledge bases linked to are as at the last import"
        if not self.files_changed:
            return line + "nothing changed"
        verb = "would write" if self.dry_run else "wrote"
        return line + f"{verb} {len(self.files_changed)} file(s): " + ", ".join(self.files_changed)

    def lines(self) -> list[str]:
        """The report as lines for a terminal, the summary last."""
        lines = list(self.notes)
        for label, counts in (("created", self.created), ("linked to records already known", self.linked)):
            shown = [f"{n} {c}" for c, n in sorted(counts.items()) if n]
            if shown:
                lines.append(f"{label}: " + ", ".join(shown))
        lines += [f"merged: {line}" for line in self.merged]
        lines += [f"not imported: {record}: {why}" for record, why in self.reported]
        return [*lines, self.summary()]


def _day_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value:
        return None
    date = PartialDate.parse(value)
    return date.earliest(), date.latest()


class Known:
    """What the knowledge bases an import links to already hold: people, organizations, events, legs."""

    def __init__(self, kb: Any = None):
        self.kb = kb
        self.bases: list[str] = []
        self.people: dict[str, dict] = {}
        self._names: dict[str, set[str]] = {}
        self._surnames: dict[str, set[str]] = {}
        self.organizations: set[str] = set()
        self.events: dict[tuple[str, int, str], str] = {}
        self._legs: dict[tuple[str, str], list[tuple[dt.date, dt.date, dict, str]]] = {}
        if kb is None:
            return
        self.bases = [manifest["id"] for manifest, _ in kb._manifests()]
        for person in kb.records("people"):
            self.add_person(person)
        self.organizations = set(kb.ids("organizations"))
        for event in kb.records("events"):
            if event["organization"] and event["start"] and event["host"]:
                key = (event["organization"], PartialDate.parse(event["start"]).year, event["host"])
                self.events.setdefault(key, event["id"])
        for trip in kb.records("trips"):
            for leg in trip["legs"]:
                bounds = _day_bounds(leg["start"] or trip["start"])
                if bounds is None:
                    continue
                end = _day_bounds(leg["end"] or leg["start"] or trip["end"]) or bounds
                self._legs.setdefault((trip["leader"], leg["country"]), []).append((bounds[0], end[1], leg, trip["id"]))

    def add_person(self, person: dict) -> None:
        """Know a person (one already in a knowledge base, or one this import creates)."""
        self.people[person["id"]] = person
        for name in {person["name"], *person.get("aliases", [])}:
            self._names.setdefault(normalize(name), set()).add(person["id"])
        self._surnames.setdefault(normalize(family_name(person)), set()).add(person["id"])

    def person(self, name: str, country: str | None = None, day: dt.date | None = None, title: str = "") -> str | None:
        """The id of the one person a name means: by full name or alias, else (a name of one word, as
        "Chancellor Adenauer" is written) by surname; narrowed by country, then by an office held on
        ``day`` with ``title``. None where no one, or more than one, fits."""
        folded = normalize(_without_regnal_number(name))
        candidates = self._names.get(normalize(name), set()) | self._names.get(folded, set())
        if not candidates and len(folded.split()) == 1:
            candidates = self._surnames.get(folded, set())
        return self._narrow(candidates, country, day, title)

    def _narrow(self, candidates: set[str], country: str | None, day: dt.date | None, title: str) -> str | None:
        if country is not None and len(candidates) > 1:
            candidates = {c for c in candidates if self.people[c].get("country") in (country, None)} or candidates
        if day is not None and len(candidates) > 1:
            holding = {c for c in candidates if self._held(c, day, title)}
            candidates = holding or candidates
        if country is not None:
            candidates = {c for c in candidates if self.people[c].get("country") in (country, None)}
        return next(iter(candidates)) if len(candidates) == 1 else None

    def _held(self, person_id: str, day: dt.date, title: str) -> bool:
        for office in self.people[person_id].get("offices", []):
            if title and normalize(title) not in normalize(office["title"]):
                continue
            start = _day_bounds(office.get("start"))
            end = _day_bounds(office.get("end"))
            if (start is None or start[0] <= day) and (end is None or day <= end[1]):
                return True
        return False

    def add_leg(self, leader: str, leg: dict, trip_id: str) -> None:
        """Know a leg this import creates, so that a second record of the same journey merges into it."""
        start = dt.date.fromisoformat(leg["start"])
        end = dt.date.fromisoformat(leg.get("end") or leg["start"])
        self._legs.setdefault((leader, leg["country"]), []).append((start, end, leg, trip_id))

    def leg(self, leader: str, country: str, start: dt.date, end: dt.date) -> tuple[dict, str] | None:
        """A leg already known of this leader in this country whose dates overlap, with its trip's id."""
        for leg_start, leg_end, leg, trip_id in self._legs.get((leader, country), []):
            if leg_start <= end and start <= leg_end:
                return leg, trip_id
        return None

    def fingerprint(self) -> str:
        """What the linked knowledge bases hold, as far as an import depends on it: their record files'
        names, sizes and modification times."""
        if self.kb is None:
            return "none"
        from ..datadirs import record_files

        paths = [found.path for folder in self.kb.dirs for found in record_files(folder)[0]]
        return input_fingerprint(paths)


_REGNAL = re.compile(r"\s+[IVXL]+$")


def _without_regnal_number(name: str) -> str:
    return _REGNAL.sub("", name.strip())


def annotation_of_leg(annotation_id: str, leg: dict, start: dt.date, end: dt.date, citation: dict) -> dict:
    """An annotation that attaches a dataset's record to a leg already known: its citation, and the
    dates it gives differently as claims (both accounts kept). Visit types are not claimed: a
    dataset's "met with" and a record's "working visit" describe one leg, they do not disagree."""
    claims = []
    for name, value in (("start", start.isoformat()), ("end", end.isoformat())):
        known = leg.get(name) or (leg.get("start") if name == "end" else None)
        if known and known != value:
            claims.append({"field": name, "value": value, "citations": [citation]})
    annotation: dict = {
        "id": annotation_id,
        "kind": "visit",
        "record": leg["id"],
        "citations": [citation],
    }
    if claims:
        annotation["claims"] = claims
    return annotation


def merged_line(record: str, leg: dict, trip_id: str, claims: int) -> str:
    """How the report says one record was merged."""
    return f"record {record} is leg {leg['id']!r} of {trip_id!r}" + (
        f" ({claims} value(s) differ, kept as claims)" if claims else ""
    )


def dump_yaml(content: dict) -> str:
    """Records as YAML, with LibYAML's emitter where it is installed (several times faster)."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(content, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)


MARKER = ".visitkb-import.json"
"""Beside the imported files: what they were made from, so that a re-run with the same inputs stops early."""


def input_fingerprint(paths: Iterable[Path], *parts: Any) -> str:
    """A fingerprint of input files (name, size, modification time) and of other inputs."""
    entries = []
    for path in sorted(paths):
        stat = path.stat()
        entries.append([str(path), stat.st_size, stat.st_mtime_ns])
    return hashlib.sha256(json.dumps([entries, *parts], default=str).encode()).hexdigest()


def unchanged_since_last_import(out: Path, importer: str, fingerprint: str) -> bool:
    """Whether ``out`` holds the files of an import of the same inputs, each as written then."""
    try:
        marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
        if marker.get("importer") != importer or marker.get("inputs") != fingerprint:
            return False
        return all(
            hashlib.sha256((out / name).read_bytes()).hexdigest() == digest for name, digest in marker["files"].items()
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


class Output:
    """The files an import writes, by name relative to the output folder."""

    def __init__(self, importer: str, header: str):
        self.importer = importer
        self.header = header
        self.files: dict[str, dict] = {}

    def add(self, name: str, content: dict) -> None:
        """Plan a file (its records by collection); empty collections are left out."""
        kept = {collection: records for collection, records in content.items() if records}
        if kept:
            self.files[name] = kept

    def write(self, out: Path, dry_run: bool, fingerprint: str) -> list[str]:
        """Write every planned file that differs from what is there, atomically; the names of those.

        Nothing is written on a dry run. Files of an earlier import that this one no longer makes are
        left alone (an import never deletes).
        """
        from ..writing import write_atomically

        texts = {name: self.header + dump_yaml(content) for name, content in self.files.items()}
        changed = []
        for name, text in texts.items():
            path = out / name
            try:
                same = path.read_text(encoding="utf-8") == text
            except (OSError, UnicodeDecodeError):
                same = False
            if not same:
                changed.append(name)
        if dry_run:
            return changed
        for name in changed:
            write_atomically(out / name, texts[name])
        digests = {name: hashlib.sha256(text.encode("utf-8")).hexdigest() for name, text in texts.items()}
        write_atomically(
            out / MARKER,
            json.dumps({"importer": self.importer, "inputs": fingerprint, "files": digests}, indent=1) + "\n",
        )
        return changed


def manifest(out: Path, known: Known, title: str) -> dict:
    """The knowledge-base declaration of an import's output: its id, and the knowledge bases it
    extends (those it refers to records of), so that it is never checked without them."""
    return {
        "knowledge_base": [
            {
                "id": slug(out.resolve().name),
                "title": title,
                **({"extends": sorted(set(known.bases) - {slug(out.resolve().name)})} if known.bases else {}),
            }
        ]
    }
