"""Findings into draft records of the usual schema, resolved against the loaded knowledge bases.

Every drafted record has an id starting ``draft-`` and one citation: the verbatim clause it
rests on, and a note with the rule, the confidence and the clause's character offsets in the
archived text. A person, event or organization the knowledge bases already hold is named by
its id; a new one is proposed as a draft record. A fact a loaded knowledge base already
records (a leg of a known trip, a known partnership, pledge, relation or figure) is drafted
as an annotation of that record, so the new source is attached to it and nothing is recorded
twice: these are reported as duplicates.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dates import PartialDate
from ..errors import UsageError
from ..names import country_name
from . import gazetteer as gz
from . import rx
from .reader import Finding
from .rules import read
from .text import plain_text
from .when import WEEKDAY_WORD

DRAFT_PREFIX = "draft-"
TAKEN_NOTE = "Taken into "
"""The start of the note a taken record gets in the draft file (``add --from-draft``)."""
ORDER = (
    "sources",
    "organizations",
    "people",
    "events",
    "trips",
    "meetings",
    "agreements",
    "partnerships",
    "targets",
    "relations",
    "figures",
    "annotations",
)
"""The collections of a draft file, in the order records can be taken (what is named comes first)."""


@dataclass
class Draft:
    """A drafted article: its plain text, the findings, the records and what duplicates known records."""

    text: str
    findings: list[Finding]
    records: dict[str, list[dict]]
    source: dict
    new_source: bool
    archived: str
    extends: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)
    """(draft annotation id, kind, id of the known record) for each fact already recorded."""
    flagged: list[str] = field(default_factory=list)
    """What a reviewer must look at: labels outside the vocabulary, names not resolved."""

    def count(self) -> int:
        """How many records the draft holds (sources not counted)."""
        return sum(len(v) for k, v in self.records.items() if k != "sources")

    def summary(self) -> dict[str, Any]:
        """What was drafted, as JSON-ready data (the CLI prints it with --format json)."""
        return {
            "source": self.source["id"],
            "archived": self.archived,
            "records": {k: [r["id"] for r in v] for k, v in self.records.items() if v},
            "duplicates": [{"draft": d, "kind": k, "of": o} for d, k, o in self.duplicates],
            "flagged": self.flagged,
        }


def slug(text: str) -> str:
    """Text as the words of an id: ``Xi Jinping`` -> ``xi-jinping``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return rx.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60] or "x"


def _fold(text: str) -> str:
    return " ".join(slug(text).split("-"))


class _Ids:
    """Draft ids, unique within the draft."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, *parts: object) -> str:
        base = DRAFT_PREFIX + "-".join(slug(str(p)) for p in parts if p not in (None, ""))
        candidate, n = base, 2
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.used.add(candidate)
        return candidate


class _Known:
    """What the loaded knowledge bases hold that a draft may name or duplicate."""

    def __init__(self, kb: Any | None):
        self.kb = kb
        self.people: dict[str, dict] = {}
        self.organizations: dict[str, dict] = {}
        if kb is None:
            return
        for person in kb.records("people"):
            for name in [person["name"], *person.get("aliases", [])]:
                self.people.setdefault(_fold(name), person)
        for organization in kb.records("organizations"):
            names = [organization["name"], organization.get("short_name") or "", *organization.get("aliases", [])]
            for name in names:
                if name:
                    self.organizations.setdefault(_fold(name), organization)

    def records(self, collection: str) -> list[dict]:
        return list(self.kb.records(collection)) if self.kb is not None else []

    def person(self, name: str) -> dict | None:
        key = _fold(name)
        if key in self.people:
            return self.people[key]
        words = set(key.split())
        matches = [p for k, p in self.people.items() if len(words) > 1 and words <= set(k.split())]
        return matches[0] if len({m["id"] for m in matches}) == 1 else None

    def people_countries(self) -> dict[str, str]:
        return {p["name"]: p.get("country") or "" for p in self.people.values()}

    def organization(self, name: str) -> dict | None:
        return self.organizations.get(_fold(name))

    def source(self, source_id: str) -> dict | None:
        return self.kb.get("sources", source_id) if self.kb is not None else None

    def manifests(self) -> list[str]:
        return [m["id"] for m in self.records("knowledge_base")]


_INTERNAL = {"leader_country", "person_country", "reference_year", "wording", "derived"}
_RELATIVE_DAY = re.compile(
    r"\b(?:" + WEEKDAY_WORD + r"|the next day|the following day|yesterday|today|"
    r"the \d{1,2}(?:st|nd|rd|th))\b"
)


def _described(fields: dict) -> str:
    """A finding's fields in a line, for a reviewer: ``value 40, qualifier more-than, status signed``."""
    shown = []
    for name, value in fields.items():
        if name in _INTERNAL or value in (None, [], ""):
            continue
        shown.append(f"{name} {', '.join(map(str, value)) if isinstance(value, list) else value}")
    return "; ".join(shown)


def _citation(source: str, archived: str, text: str, finding: Finding, derived: str | None = None) -> dict:
    citation: dict[str, Any] = {
        "source": source,
        "excerpt": text[finding.start : finding.end],
        "note": (
            f"Drafted by rule {finding.rule} (confidence {finding.confidence:.2f}) from characters "
            f"{finding.start}-{finding.end} of {archived}."
        ),
    }
    dated = any(str(finding.fields.get(k) or "").count("-") == 2 for k in ("start", "end", "date", "returned"))
    if derived is None and dated and _RELATIVE_DAY.search(citation["excerpt"]):
        derived = (
            f"Days named by weekday or day of the month are read against the publication date, {finding.published}."
        )
    if derived:
        citation["derived"] = derived
    return citation


def published_date(published: str | None, source: dict | None, text: str) -> tuple[dt.date, bool]:
    """The publication date to resolve the article's dates against, and whether its day is known."""
    given = published or (str(source["date"]) if source and source.get("date") else None)
    if not given:
        raise UsageError("give --published DATE (the article's publication date): its dates are read against it")
    try:
        date = PartialDate.parse(given)
    except ValueError as exc:
        raise UsageError(f"--published {given!r}: {exc}") from None
    if date.day is not None:
        return date.earliest(), True
    return date.latest(), False


def draft(
    raw: str,
    source_id: str,
    kb: Any | None = None,
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    archived_name: str | None = None,
) -> Draft:
    """Draft records from an article (text or HTML), citing ``source_id`` (known, or created from the options)."""
    if not rx.fullmatch(r"[a-z0-9][a-z0-9.-]*", source_id):
        raise UsageError(f"--source {source_id!r} is not an id: lowercase letters, digits, dots and hyphens")
    known = _Known(kb)
    text = plain_text(raw)
    existing = known.source(source_id)
    if existing is not None and not existing.get("archived"):
        raise UsageError(
            f"source {source_id!r} has no archived text, so nothing may be quoted from it; "
            "give a new --source id for this article"
        )
    reference, day_known = published_date(published, existing, text)
    findings = read(text, reference, known.people_countries(), day_known=day_known)
    if existing is not None:
        source = dict(existing)
        archived = existing["archived"]
        new_source = False
    else:
        archived = archived_name or f"{source_id}.txt"
        agency = rx.search(r"^[A-Z][A-Z .,'-]+, [A-Z][a-z]+\.? \d{1,2} \((?P<p>[^)]+)\)", text)
        source = {
            "id": source_id,
            "publisher": publisher or (agency.group("p") if agency else "unknown publisher"),
            "date": published,
            "language": "en",
            "archived": archived,
        }
        if url:
            source["url"] = url
        source = {k: v for k, v in source.items() if v is not None}
        new_source = True
    result = Draft(text, findings, {c: [] for c in ORDER}, source, new_source, archived, known.manifests())
    if new_source:
        result.records["sources"].append(source)
    _Builder(result, known, source_id, archived, reference.year).build()
    return result


class _Builder:
    """Builds the draft's records from its findings, one kind at a time."""

    def __init__(self, result: Draft, known: _Known, source: str, archived: str, year: int):
        self.result, self.known, self.source, self.archived, self.year = result, known, source, archived, year
        self.ids = _Ids()
        self.people: dict[str, str] = {}  # name -> id
        self.organizations: dict[str, str] = {}
        self.leg_ids: dict[str, str] = {}  # country -> leg id (of the drafted trip or a known one)
        self.trip_id: str | None = None
        self.leader_id: str | None = None
        self.leader_country: str | None = None

    def cite(self, finding: Finding, derived: str | None = None, named: bool = False) -> dict:
        """The citation of a record drafted from a finding (for a person or body it names: no dates derived)."""
        citation = _citation(self.source, self.archived, self.result.text, finding, derived)
        if named:
            citation.pop("derived", None)
        return citation

    def add(self, collection: str, record: dict) -> dict:
        self.result.records[collection].append(record)
        return record

    def annotate(self, kind: str, record_id: str, finding: Finding, claims: list[dict] | None = None) -> None:
        annotation: dict[str, Any] = {
            "id": self.ids.make("on", record_id),
            "kind": kind,
            "record": record_id,
            "notes": [
                f"Drafted as a duplicate of the known {kind} {record_id}: this source attached to it.",
                "The article says: " + _described(finding.fields) + ".",
            ],
            "citations": [self.cite(finding)],
        }
        if claims:
            annotation["claims"] = claims
        self.add("annotations", annotation)
        self.result.duplicates.append((annotation["id"], kind, record_id))

    def of(self, kind: str) -> list[Finding]:
        return [f for f in self.result.findings if f.kind == kind]

    # --- names -----------------------------------------------------------------------------------

    def person(self, name: str, country: str | None, finding: Finding) -> str:
        if name in self.people:
            return self.people[name]
        known = self.known.person(name)
        if known is not None:
            self.people[name] = known["id"]
            return known["id"]
        record: dict[str, Any] = {"id": self.ids.make(name), "name": name}
        if country and len(country) == 2:
            record["country"] = country
        record["notes"] = ["Proposed by the drafter: no loaded knowledge base knows this person."]
        record["citations"] = [self.cite(finding, named=True)]
        self.add("people", record)
        self.people[name] = record["id"]
        return record["id"]

    def party(self, party: str, finding: Finding) -> str:
        """A country code as it is; a grouping as the id of a known organization, or a proposed one."""
        if rx.fullmatch(r"[A-Z]{2}", party):
            return party
        if party in self.organizations:
            return self.organizations[party]
        forms = gz.GROUPINGS.get(party, (party,))
        known = next((self.known.organization(f) for f in (party, *forms) if self.known.organization(f)), None)
        if known is not None:
            self.organizations[party] = known["id"]
            return known["id"]
        long = str(max(forms, key=len))
        kind = "region" if party in gz.REGIONS else "organization"
        record: dict[str, Any] = {
            "id": self.ids.make(party),
            "name": long,
            **({"short_name": party} if party != long else {}),
            "kind": kind,
            "notes": ["Proposed by the drafter: no loaded knowledge base knows this organization."],
            "citations": [self.cite(finding, named=True)],
        }
        self.add("organizations", record)
        self.organizations[party] = record["id"]
        return record["id"]

    # --- building --------------------------------------------------------------------------------

    def build(self) -> None:
        self.trip()
        self.events()
        self.meetings()
        self.agreements()
        self.partnerships()
        self.targets()
        self.relations()
        self.figures()

    def trip(self) -> None:
        trips = self.of("trip")
        legs = self.of("legs")
        leader = trips[0].fields["leader"] if trips else None
        if leader is None:
            # A call or a virtual summit: meetings are seen from the article's main leader.
            meeting = next(iter(self.of("meetings")), None)
            if meeting is not None and meeting.fields.get("leader"):
                self.leader_country = meeting.fields.get("leader_country")
                self.leader_id = self.person(meeting.fields["leader"], self.leader_country, meeting)
            return
        finding = trips[0]
        self.leader_country = finding.fields.get("leader_country")
        self.leader_id = self.person(leader, self.leader_country, finding)
        known_trip = self._known_trip(self.leader_id, legs)
        if known_trip is not None:
            self.trip_id = known_trip["id"]
            self.annotate("trip", known_trip["id"], finding)
            for leg_finding in legs:
                leg = next(v for v in known_trip["legs"] if v["country"] == leg_finding.fields["country"])
                self.leg_ids[leg["country"]] = leg["id"]
                self.annotate("visit", leg["id"], leg_finding)
            return
        year = (finding.fields.get("start") or str(self.year))[:4]
        month = (finding.fields.get("start") or "")[:7] or year
        self.trip_id = self.ids.make(leader.split()[-1], month, *[country_name(f.fields["country"]) for f in legs[:3]])
        names = [country_name(f.fields["country"]) for f in legs]
        title = (
            "Visit to " + names[0] if len(names) == 1 else "Visits to " + ", ".join(names[:-1]) + " and " + names[-1]
        )
        record: dict[str, Any] = {"id": self.trip_id, "leader": self.leader_id, "title": title}
        for name in ("start", "end", "returned"):
            if finding.fields.get(name):
                record[name] = finding.fields[name]
        record["citations"] = [self.cite(finding)]
        record["legs"] = []
        for leg_finding in legs:
            fields = leg_finding.fields
            leg_id = self.ids.make(leader.split()[-1], year, country_name(fields["country"]))
            self.leg_ids[fields["country"]] = leg_id
            visit: dict[str, Any] = {"id": leg_id, "country": fields["country"]}
            leg = visit
            if fields["cities"]:
                leg["cities"] = list(fields["cities"])
            leg["types"] = list(fields["types"])
            for name in ("start", "end"):
                if fields.get(name):
                    leg[name] = fields[name]
            leg["citations"] = [self.cite(leg_finding)]
            record["legs"].append(leg)
        self.add("trips", record)

    def _known_trip(self, leader_id: str, legs: list[Finding]) -> dict | None:
        """A known trip of the leader with a leg in every drafted country, in the same year: the same journey."""
        countries = {f.fields["country"] for f in legs}
        for trip in self.known.records("trips"):
            if trip["leader"] != leader_id or not countries:
                continue
            when = str(trip.get("start") or trip["legs"][0].get("start") or "")
            if when[:4] != str(self.year):
                continue
            if countries <= {leg["country"] for leg in trip["legs"]}:
                return trip
        return None

    def leg_of(self, country: str | None) -> str | None:
        return self.leg_ids.get(country or "")

    def events(self) -> None:
        for finding in self.of("events"):
            fields = finding.fields
            organization = self.party(fields["organization"], finding) if fields.get("organization") else None
            known = next(
                (
                    e
                    for e in self.known.records("events")
                    if organization
                    and e.get("organization") == organization
                    and e.get("host") == fields.get("host")
                    and str(e.get("start") or "")[:4] == str(fields["year"])
                ),
                None,
            )
            if known is not None:
                event_id = known["id"]
                self.annotate("event", event_id, finding)
            else:
                name = fields["name"]
                lowered = name.lower()
                kind = "summit" if "summit" in lowered else "forum" if "forum" in lowered else "leaders-meeting"
                if "conference" in lowered:
                    kind = "conference"
                event_id = self.ids.make(name, fields["year"])
                record: dict[str, Any] = {"id": event_id, "name": name, "kind": kind}
                if organization:
                    record["organization"] = organization
                if fields.get("host"):
                    record["host"] = fields["host"]
                if fields.get("city"):
                    record["city"] = fields["city"]
                record["start"] = str(fields["year"])
                if self.leader_id:
                    record["participants"] = [self.leader_id]
                record["citations"] = [self.cite(finding)]
                self.add("events", record)
            for trip in self.result.records["trips"]:
                for leg in trip["legs"]:
                    if leg["country"] == fields.get("host"):
                        leg.setdefault("events", []).append(event_id)

    def meetings(self) -> None:
        for finding in self.of("meetings"):
            fields = finding.fields
            if self.leader_id is None:
                leader = fields.get("leader")
                if not leader:
                    continue
                self.leader_id = self.person(leader, fields.get("leader_country"), finding)
            other = self.person(fields["with"], fields.get("person_country"), finding)
            if other == self.leader_id:
                continue
            record: dict[str, Any] = {
                "id": self.ids.make(
                    self.leader_id.removeprefix(DRAFT_PREFIX),
                    other.removeprefix(DRAFT_PREFIX),
                    fields.get("date") or self.year,
                    fields["form"],
                ),
                "people": [self.leader_id, other],
                "form": fields["form"],
            }
            if fields.get("country"):
                record["country"] = fields["country"]
            if fields.get("date"):
                record["start"] = fields["date"]
            leg = self.leg_of(fields.get("country"))
            if leg:
                record["visit"] = leg
            record["citations"] = [self.cite(finding)]
            self.add("meetings", record)

    def _trip_refs(self, record: dict, parties: list[str]) -> None:
        legs = [self.leg_of(p) for p in parties if self.leg_of(p)]
        if len(legs) == 1:
            record["visit"] = legs[0]
        elif self.trip_id:
            record["trip"] = self.trip_id

    def agreements(self) -> None:
        for finding in self.of("agreement_counts"):
            fields = finding.fields
            parties = [self.party(p, finding) for p in fields["parties"]] or [self.leader_country or "XX"]
            duplicate = next(
                (
                    a
                    for a in self.known.records("agreements")
                    if a.get("count")
                    and a["count"]["value"] == fields["value"]
                    and a["count"].get("qualifier", "exact") == fields["qualifier"]
                    and set(parties) <= set(a["parties"]) | set(parties[:1])
                ),
                None,
            )
            if duplicate is not None:
                self.annotate("agreement", duplicate["id"], finding)
                continue
            wording = fields.get("wording") or f"{fields['value']} agreements"
            record: dict[str, Any] = {
                "id": self.ids.make(*fields["parties"], fields["value"], "agreements", self.year),
                "title": wording[0].upper() + wording[1:],
                "parties": parties,
                "count": {"value": fields["value"], "qualifier": fields["qualifier"], "wording": wording},
                "status": fields["status"],
            }
            self._trip_refs(record, fields["parties"])
            record["citations"] = [self.cite(finding)]
            self.add("agreements", record)
        for finding in self.of("agreements"):
            fields = finding.fields
            parties = [self.party(p, finding) for p in fields["parties"]]
            if not parties:
                continue
            record = {
                "id": self.ids.make(fields["title"][:50]),
                "title": fields["title"][0].upper() + fields["title"][1:],
                "parties": parties,
            }
            self._trip_refs(record, fields["parties"])
            record["citations"] = [self.cite(finding)]
            self.add("agreements", record)

    def _levels(self) -> dict[str, str]:
        table = {}
        for level in self.known.records("partnership_levels"):
            for label in [level["name"], *level.get("labels", [])]:
                table[_fold(label)] = level["id"]
        return table

    def partnerships(self) -> None:
        levels = self._levels()
        for finding in self.of("partnerships"):
            fields = finding.fields
            if len(fields["parties"]) != 2:
                continue
            parties = [self.party(p, finding) for p in fields["parties"]]
            known = [p for p in self.known.records("partnerships") if sorted(p["parties"]) == sorted(parties)]
            same = next((p for p in known if _fold(p["label"]) == _fold(fields["label"])), None)
            if same is not None:
                self.annotate("partnership", same["id"], finding)
                continue
            # "strategic and cooperative partnership" is the "strategic cooperative partnership" of the levels.
            level = levels.get(_fold(fields["label"])) or levels.get(_fold(fields["label"]).replace(" and ", " "))
            record: dict[str, Any] = {
                "id": self.ids.make(*fields["parties"], fields["label"], self.year),
                "parties": parties,
                "level": level or slug(fields["label"]),
                "label": fields["label"],
                "change": fields["change"],
            }
            if level is None:
                flag = f"partnership label {fields['label']!r} is outside the knowledge base's levels; kept verbatim"
                self.result.flagged.append(flag)
                record["notes"] = [flag[0].upper() + flag[1:] + "."]
            if fields.get("from"):
                earlier = next((p for p in known if _fold(p["label"]) == _fold(fields["from"])), None)
                if earlier is not None:
                    record["upgraded_from"] = earlier["id"]
                else:
                    record.setdefault("notes", []).append(f"Upgraded from a {fields['from']}, the article says.")
            leg = next((self.leg_of(p) for p in fields["parties"] if self.leg_of(p)), None)
            if leg:
                record["announced_during"] = leg
            record["citations"] = [self.cite(finding)]
            self.add("partnerships", record)

    def targets(self) -> None:
        for finding in self.of("pledges"):
            fields = finding.fields
            parties = [self.party(p, finding) for p in fields["parties"]] or [self.leader_country or "XX"]
            duplicate = next(
                (
                    t
                    for t in self.known.records("targets")
                    if t.get("goal")
                    and fields.get("value") is not None
                    and float(t["goal"]["value"]) == float(fields["value"])
                    and t["goal"]["unit"] == fields["unit"]
                    and str(t.get("deadline") or "") == str(fields.get("deadline") or "")
                ),
                None,
            )
            if duplicate is not None:
                self.annotate("target", duplicate["id"], finding)
                continue
            what = fields.get("what") or "pledge"
            record: dict[str, Any] = {
                "id": self.ids.make(*fields["parties"], what[:40], fields.get("deadline")),
                "title": what[0].upper() + what[1:],
                "parties": parties,
            }
            if fields["shape"] in ("target", "relative"):
                record["metric"] = what
                record["measure"] = "cumulative" if "investment" in what else "annual"
            if fields.get("value") is not None:
                goal: dict[str, Any] = {"value": fields["value"], "unit": fields["unit"]}
                if fields.get("scale"):
                    goal["scale"] = fields["scale"]
                record["goal"] = goal
            if fields.get("deadline"):
                record["deadline"] = str(fields["deadline"])
            if fields.get("announced_by"):
                speaker = fields["announced_by"]
                home = fields["parties"][0] if fields["parties"] else None
                record["announced_by"] = self.person(speaker, fields.get("speaker_country") or home, finding)
            leg = next((self.leg_of(p) for p in fields["parties"] if self.leg_of(p)), None)
            if leg:
                record["announced_during"] = leg
            record["citations"] = [self.cite(finding, fields.get("derived"))]
            self.add("targets", record)

    def relations(self) -> None:
        for finding in self.of("relations"):
            fields = finding.fields
            derived = None
            if fields.get("derived_from"):
                derived = (
                    f"{fields['derived_from']} in {fields['reference_year']}: {fields['reference_year']} - "
                    f"{fields['reference_year'] - fields['established']} = {fields['established']}."
                )
            known = next(
                (r for r in self.known.records("relations") if sorted(r["countries"]) == fields["countries"]), None
            )
            if known is not None:
                claims = None
                if str(known["established"])[:4] != str(fields["established"]):
                    claims = [
                        {
                            "field": "established",
                            "value": str(fields["established"]),
                            "citations": [self.cite(finding, derived)],
                        }
                    ]
                self.annotate("relation", known["id"], finding, claims)
                if derived:
                    self.result.records["annotations"][-1]["citations"][0]["derived"] = derived
                continue
            record: dict[str, Any] = {
                "id": self.ids.make(*[country_name(c) for c in fields["countries"]]),
                "countries": fields["countries"],
                "established": str(fields["established"]),
                "citations": [self.cite(finding, derived)],
            }
            self.add("relations", record)

    def figures(self) -> None:
        for finding in self.of("figures"):
            fields = finding.fields
            parties = [self.party(p, finding) for p in fields["parties"]]
            if not parties:
                continue
            duplicate = next(
                (
                    f
                    for f in self.known.records("figures")
                    if sorted(f["parties"]) == sorted(parties)
                    and str(f["period_start"]) == str(fields["period"])
                    and float(f["value"]["value"]) == float(fields["value"])
                ),
                None,
            )
            if duplicate is not None:
                self.annotate("figure", duplicate["id"], finding)
                continue
            record = {
                "id": self.ids.make(*fields["parties"], fields["metric"], fields["period"]),
                "metric": fields["metric"],
                "parties": parties,
                "period_start": str(fields["period"]),
                "value": {"value": fields["value"], "scale": fields["scale"], "unit": fields["unit"]},
                "citations": [self.cite(finding)],
            }
            self.add("figures", record)


def header(result: Draft, article: str) -> str:
    """The comment at the top of a draft file: what it is and how to review it."""
    return (
        f"# A draft drafted by `visitkb draft` from {article} (source {result.source['id']}).\n"
        "# Every record rests on a verbatim clause of the archived article (archive/"
        f"{result.archived}); its note names the rule,\n"
        "# the confidence and the clause's character offsets. Review each record, correct it here, then take it\n"
        "# into a knowledge base with `visitkb add --from-draft THIS-FILE ID... -d YOUR-KB`.\n"
    )


def draft_text(result: Draft, article: str) -> str:
    """The draft file's text: the header, then the records by collection (empty collections left out)."""
    from ..importers.common import dump_yaml

    content = {c: result.records[c] for c in ORDER if result.records.get(c)}
    return header(result, article) + (dump_yaml(content) if content else "")


def write(result: Draft, out: Path, article: str) -> list[Path]:
    """Write the draft file, the archived article beside it (archive/), and the folder's knowledge-base manifest."""
    from ..writing import write_atomically

    folder = out.parent
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    archive = folder / "archive" / result.archived
    archive.parent.mkdir(exist_ok=True)
    if not archive.exists() or archive.read_text(encoding="utf-8") != result.text:
        write_atomically(archive, result.text)
        written.append(archive)
    manifest = folder / "knowledge-base.yaml"
    if not manifest.exists() and result.extends:
        from ..importers.common import dump_yaml

        record = {"id": "drafts", "title": "Drafts for review", "extends": result.extends}
        write_atomically(
            manifest,
            "# Drafts: loadable beside the knowledge bases they name.\n" + dump_yaml({"knowledge_base": [record]}),
        )
        written.append(manifest)
    write_atomically(out, draft_text(result, article))
    written.append(out)
    return written


def read_draft(path: Path) -> dict[str, list[dict]]:
    """The records of a draft file, by collection."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"cannot read the draft {path}: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path} is not a draft file: it holds no collections of records")
    return {k: v for k, v in data.items() if isinstance(v, list)}


def taken(record: dict) -> bool:
    """Whether a draft record was already taken into a knowledge base."""
    return any(str(note).startswith(TAKEN_NOTE) for note in record.get("notes", []))


def _rename(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return [_rename(v, names) for v in value]
    if isinstance(value, dict):
        return {k: (v if k in ("excerpt", "note", "derived") else _rename(v, names)) for k, v in value.items()}
    return value


def final_id(draft_id: str) -> str:
    """The id a draft record takes in a knowledge base: without the draft mark."""
    return draft_id.removeprefix(DRAFT_PREFIX)


def to_take(records: dict[str, list[dict]], ids: list[str]) -> list[tuple[str, dict]]:
    """The records named, in the order they can be added, with draft ids of taken or named records made final."""
    by_id = {r["id"]: (c, r) for c, items in records.items() for r in items if isinstance(r, dict) and "id" in r}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise UsageError(f"the draft has no record {missing[0]!r}; its ids are: " + ", ".join(sorted(by_id)))
    names = {}
    for draft_id, (_, record) in by_id.items():
        if draft_id in ids or taken(record):
            names[draft_id] = final_id(draft_id)
        for leg in record.get("legs", []) if (draft_id in ids or taken(record)) else []:
            names[leg["id"]] = final_id(leg["id"])
    chosen = sorted((by_id[i] for i in dict.fromkeys(ids)), key=lambda cr: ORDER.index(cr[0]) if cr[0] in ORDER else 99)
    result = []
    for collection, record in chosen:
        clean = dict(record)
        clean["notes"] = [n for n in clean.get("notes", []) if not str(n).startswith(TAKEN_NOTE)]
        if not clean["notes"]:
            del clean["notes"]
        result.append((collection, _rename(clean, names)))
    return result


def mark_taken(path: Path, ids: list[str], where: dict[str, str]) -> None:
    """Note in the draft file, on each record taken, where it went (the file is rewritten in one step)."""
    from ..importers.common import dump_yaml
    from ..writing import write_atomically

    text = path.read_text(encoding="utf-8")
    head = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    records = read_draft(path)
    today = dt.date.today().isoformat()
    for items in records.values():
        for record in items:
            if isinstance(record, dict) and record.get("id") in ids and not taken(record):
                record.setdefault("notes", []).append(
                    f"{TAKEN_NOTE}{where[record['id']]} as {final_id(record['id'])} on {today}."
                )
    write_atomically(path, head + dump_yaml(records))


@dataclass
class Taken:
    """A draft record taken into a knowledge base (or, on a dry run, what would be written)."""

    draft_id: str
    kind: str
    record_id: str
    path: Path
    text: str
    diagnostics: list = field(default_factory=list)


def take(path: Path, ids: list[str], data_dirs: Any = None, dry_run: bool = False) -> list[Taken]:
    """Add the named draft records to the first data directory through ``adding.add`` (checked, atomic,
    locked), in an order where what a record names comes first; stop at the first one refused.

    A new source the draft created is added with them, and its archived article copied into the
    knowledge base's archive/, so that the excerpts stay verifiable there. The draft file then
    notes on each record taken where it went.
    """
    from .. import kinds
    from ..adding import add
    from ..datadirs import data_dirs_from
    from ..loading import load
    from ..writing import write_atomically

    if not ids:
        raise UsageError("name the draft records to take: visitkb add --from-draft FILE ID...")
    if not path.is_file():
        raise UsageError(f"draft {path} does not exist or is not a file")
    records = read_draft(path)
    chosen = to_take(records, ids)
    target = data_dirs_from(data_dirs)[0]
    known_sources = {s["id"] for s in load(data_dirs).records("sources")} if target.is_dir() else set()
    cited = {c["source"] for _, r in chosen for c in _citations(r)}
    drafted_sources = {s["id"]: s for s in records.get("sources", []) if isinstance(s, dict)}
    extra = [("sources", drafted_sources[s]) for s in sorted(cited - known_sources) if s in drafted_sources]
    done: list[Taken] = []
    for collection, record in [*extra, *chosen]:
        kind = kinds.by_collection(collection)
        if kind is None:
            raise UsageError(f"the draft's collection {collection!r} is not a kind of record")
        if collection == "sources" and record.get("archived") and not dry_run:
            archived = path.parent / "archive" / record["archived"]
            copy = target / "archive" / record["archived"]
            if archived.is_file() and not copy.exists():
                copy.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(copy, archived.read_text(encoding="utf-8"))
        result = add(kind.name, record, data_dirs, dry_run=dry_run)
        draft_id = next((i for i in ids if final_id(i) == record["id"]), record["id"])
        done.append(Taken(draft_id, kind.name, record["id"], result.path, result.text, result.diagnostics))
        if result.diagnostics:
            break
    if not dry_run:
        where = {t.draft_id: str(t.path) for t in done if not t.diagnostics}
        if any(i in where for i in ids):
            mark_taken(path, [i for i in ids if i in where], where)
    return done


def _citations(record: dict) -> list[dict]:
    from ..records import citations_in

    return [c for _, c in citations_in(record)]
