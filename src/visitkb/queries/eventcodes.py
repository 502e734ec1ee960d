"""Event codes derived from the records: CAMEO and PLOVER for every leg, meeting and agreement.

Nothing here is stored: the codes follow from what a record says (who travelled where,
who met whom and where, what was signed), by the rules below, so that they change
when the record does. Actors and recipients are country codes (or an organization's
id where a side is an organization), with the people behind them where known.

- A leg: the visitor's country makes a visit (CAMEO 042) and the host's hosts it (043);
  PLOVER CONSULT with the visitor as source and the host as recipient, mode ``visit``, or
  ``multilateral`` where the leg was only to attend a multilateral meeting (its types are
  ``multilateral``, with at most ``meeting`` on its sidelines and ``stopover``). A leg
  attended by video or phone is 041, CONSULT ``phone``. A planned leg is an intent to meet:
  036, AGREE (which has no modes).
- A meeting: in the country of one side, the others visit it (042/043, CONSULT ``visit``);
  in a country of neither side, 044 and CONSULT ``third-party``, every side a source and
  no recipient (PLOVER's rule where no participant hosts); by phone or video, 041 and
  CONSULT ``phone``; where the place is unknown, 040 and CONSULT with no mode.
- An agreement signed (or in force): 057, PLOVER SUPPORT (the manual codes the signing
  itself as SUPPORT); the visitor is the source and the hosts (then the other parties) the
  recipients where it belongs to a trip or leg of a leader of one of its parties, else its
  first party is the source and the others the recipients. One only expected: 030, AGREE
  (a promise to sign).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..kb import KnowledgeBase
from ..names import is_country_ref
from ..records import Record
from ..vocabulary import CAMEO_CODES, PLOVER_QUADS
from .common import Row, meeting_place

ATTENDANCE_TYPES = frozenset({"multilateral", "meeting", "stopover"})
"""Visit types of a leg made only to attend a multilateral meeting: the meeting itself, bilateral meetings on
its sidelines, and a stop on the way; any other (a state, official, working or private visit, or a rank the
source does not give) makes the leg a visit to its host as well."""


def is_multilateral_only(leg: Record) -> bool:
    """Whether a leg was made only to attend a multilateral meeting (as ChinaVisits leaves such trips out)."""
    types = set(leg["types"])
    return "multilateral" in types and types <= ATTENDANCE_TYPES


REMOTE_MODES = frozenset({"video", "phone"})
"""Ways of taking part that are not a visit: PLOVER's CONSULT mode ``phone`` ("by phone or other media")."""


def side_of(kb: KnowledgeBase, person_id: str) -> str | None:
    """The country (or, for a person of an organization, the organization) a person acts for."""
    person = kb.get("people", person_id)
    if person is None:
        return None
    return person.get("country") or person.get("organization")


def _codes(
    cameo: Sequence[tuple[str, str | None, str | None]],
    event: str,
    mode: str | None,
    source: list[str],
    recipient: list[str],
    rule: str,
    people: dict[str, list[str]] | None = None,
) -> Row:
    """The JSON form of a record's codes."""
    people = people or {}
    return {
        "cameo": [
            {"code": code, "name": CAMEO_CODES[code], "actor": actor, "recipient": target}
            for code, actor, target in cameo
        ],
        "plover": {
            "event": event,
            "mode": mode,
            "quad_code": PLOVER_QUADS[event],
            "source": [{"code": s, "people": people.get(s, [])} for s in source],
            "recipient": [{"code": r, "people": people.get(r, [])} for r in recipient],
        },
        "rule": rule,
    }


def leg_codes(kb: KnowledgeBase, trip: Record, leg: Record, visitor: str | None = None) -> Row:
    """The codes of one leg of a trip (``visitor``: the leader's country, when the caller has it)."""
    visitor = visitor or side_of(kb, trip["leader"]) or trip["leader"]
    host = leg["country"]
    people = {visitor: [trip["leader"]]}
    if leg.get("status", "held") == "planned":
        return _codes([("036", visitor, host)], "AGREE", None, [visitor], [host], "a planned visit", people)
    if leg.get("mode", "in-person") in REMOTE_MODES:
        return _codes(
            [("041", visitor, host)], "CONSULT", "phone", [visitor], [host], f"a leg attended by {leg['mode']}", people
        )
    multilateral = is_multilateral_only(leg)
    return _codes(
        [("042", visitor, host), ("043", host, visitor)],
        "CONSULT",
        "multilateral" if multilateral else "visit",
        [visitor],
        [host],
        "a leg only to attend a multilateral meeting" if multilateral else "a leg: the visitor visits, the host hosts",
        people,
    )


def meeting_codes(kb: KnowledgeBase, meeting: Record, place: str | None) -> Row:
    """The codes of a meeting held in ``place`` (its country, or its leg's or event's; None if unknown)."""
    people: dict[str, list[str]] = {}
    for person_id in meeting["people"]:
        people.setdefault(side_of(kb, person_id) or person_id, []).append(person_id)
    for organization in meeting["organizations"]:
        people.setdefault(organization, [])
    sides = list(people)
    pairs = [(a, b) for a in sides for b in sides if a != b]
    if len(sides) < 2:
        return _codes([], "CONSULT", None, sides, [], "a meeting of people of one side", people)
    if meeting["form"] in REMOTE_MODES:
        first, others = sides[0], sides[1:]
        return _codes(
            [("041", first, b) for b in others],
            "CONSULT",
            "phone",
            [first],
            others,
            f"a {meeting['form']} call",
            people,
        )
    if place is None:
        return _codes(
            [("040", a, b) for a, b in pairs], "CONSULT", None, sides, [], "a meeting whose place is unknown", people
        )
    if place not in sides:
        return _codes(
            [("044", a, b) for a, b in pairs],
            "CONSULT",
            "third-party",
            sides,
            [],
            "a meeting in a country of neither side",
            people,
        )
    visitors = [s for s in sides if s != place]
    return _codes(
        [("042", v, place) for v in visitors] + [("043", place, v) for v in visitors],
        "CONSULT",
        "visit",
        visitors,
        [place],
        "a meeting in the country of one side: the others visit",
        people,
    )


def _agreement_sides(kb: KnowledgeBase, agreement: Record) -> tuple[list[str], list[str], dict[str, list[str]], bool]:
    """(source, recipients, the people of each side, whether it belongs to a visit by one of its parties)."""
    parties = list(agreement["parties"])
    people: dict[str, list[str]] = {}
    legs = [*([agreement["visit"]] if agreement["visit"] else []), *agreement.get("visits", [])]
    trip = kb.get("trips", agreement["trip"]) if agreement["trip"] else kb.trip_of(legs[0]) if legs else None
    visitor = side_of(kb, trip["leader"]) if trip else None
    during_visit = bool(trip and visitor and visitor in parties and len(parties) > 1)
    if trip and visitor and during_visit:
        hosts = [leg["country"] for leg in trip["legs"] if leg["id"] in legs and leg["country"] in parties]
        source = [visitor]
        recipient = [*dict.fromkeys(hosts), *(p for p in parties if p != visitor and p not in hosts)]
        people[visitor] = [trip["leader"]]
    else:
        source, recipient = parties[:1], parties[1:]
    for signatory in agreement.get("signatories", []):
        side = side_of(kb, signatory)
        if side and side in parties and signatory not in people.setdefault(side, []):
            people[side].append(signatory)
    return source, recipient, people, during_visit


def agreement_codes(kb: KnowledgeBase, agreement: Record) -> Row:
    """The codes of an agreement or count claim: signed (057, SUPPORT) or only expected (030, AGREE)."""
    source, recipient, people, during_visit = _agreement_sides(kb, agreement)
    if agreement.get("status", "signed") == "expected":
        code, event, rule = "030", "AGREE", "expected to be signed: a promise to cooperate"
    elif during_visit:
        code, event = "057", "SUPPORT"
        rule = "signed during a visit: the visitor the source, the host and other parties the recipients"
    else:
        code, event, rule = "057", "SUPPORT", "signed: its first party the source, the others the recipients"
    targets: list[str | None] = [*recipient] or [None]
    cameo = [(code, s, r) for s in source for r in targets]
    return _codes(cameo, event, None, source, recipient, rule, people)


def agreement_dyads(kb: KnowledgeBase, agreement: Record) -> list[tuple[str, str]]:
    """The pairs of countries an agreement is between, both ways: the visitor and each other party where it
    belongs to a visit by one of them (documents signed on a tour of three countries are not between
    those three), else every pair of its country parties."""
    source, recipient, _, during_visit = _agreement_sides(kb, agreement)
    parties = agreement["parties"]
    if during_visit:
        pairs = [pair for a in source for b in recipient for pair in ((a, b), (b, a))]
    else:
        pairs = [(a, b) for a in parties for b in parties if a != b]
    return [(a, b) for a, b in pairs if is_country_ref(a) and is_country_ref(b)]


def code_rows(codes: Row | None) -> list[Row]:
    """A record's codes as rows for a table: each CAMEO code, then the PLOVER event and its mode."""
    if not codes:
        return []
    plover = codes["plover"]
    return [
        *(
            {
                "scheme": "CAMEO",
                "code": c["code"],
                "name": c["name"],
                "mode": None,
                "actor": c["actor"],
                "recipient": c["recipient"],
            }
            for c in codes["cameo"]
        ),
        {
            "scheme": "PLOVER",
            "code": plover["event"],
            "name": None,
            "mode": plover["mode"],
            "actor": ", ".join(s["code"] for s in plover["source"]) or None,
            "recipient": ", ".join(r["code"] for r in plover["recipient"]) or None,
        },
    ]


def record_codes(kb: KnowledgeBase, collection: str, record: Record) -> Row | None:
    """The codes of a leg, meeting or agreement (None for records of other kinds)."""
    if collection == "visits" and (trip := kb.trip_of(record["id"])):
        return leg_codes(kb, trip, record)
    if collection == "meetings":
        return meeting_codes(kb, record, meeting_place(kb, record))
    if collection == "agreements":
        return agreement_codes(kb, record)
    return None
