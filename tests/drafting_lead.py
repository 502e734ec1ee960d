"""What the drafting tests share: the seed, a wire story written for them, and readers of one kind of finding each."""

import datetime as dt
from pathlib import Path

from visitkb.drafting import read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "archive" / "000_b54ad22e21fb4fb7.txt"
SEED_SOURCE = "seed-2016-11-xi-latin-america-tour"


# Written for these tests, in the style of a wire report; the leader and places are invented
# where a real pair would tie the test to one region.
WIRE = """OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a four-day state visit to Norway on Friday, \
after the two governments signed 11 agreements and lifted their ties to a strategic partnership from a \
cooperative partnership.

Mwangi arrived in Oslo on Tuesday and held talks with Prime Minister Ingrid Solberg on Wednesday. \
The two leaders have met more than 40 times since 2010, officials said.

Trade between the two countries reached 2.4 billion U.S. dollars in 2022. Trade between Norway and Sweden \
reached 30 billion dollars in 2022.

Norway pledged 300 million dollars for clean energy projects in Kenya over the next five years.

Next year marks the 60th anniversary of diplomatic relations, and the 80th anniversary of the victory \
in the war was also marked this week. Mwangi last visited Norway in 2015, and is due to visit Denmark next month.
"""


def findings_of(text: str, published: str) -> dict[str, list[dict]]:
    _, found = read_article(text, dt.date.fromisoformat(published))
    by_kind: dict[str, list[dict]] = {}
    for finding in found:
        by_kind.setdefault(finding.kind, []).append(finding.fields)
    return by_kind


def legs_of(text: str, published: str) -> list[tuple]:
    found = findings_of(text, published)
    return [(leg["country"], leg["cities"], leg["start"]) for leg in found.get("legs", [])]


def legs_and_leader_of(text: str, published: str) -> tuple[list[tuple], list[tuple]]:
    found = findings_of(text, published)
    trips = [(t["leader"], t["leader_country"]) for t in found.get("trip", [])]
    return [(leg["country"], leg["cities"], leg["start"], leg["end"]) for leg in found.get("legs", [])], trips


def events_of(text: str, published: str) -> list[tuple]:
    found = findings_of(text, published)
    return [(e["name"], e["organization"], e["host"], e["city"]) for e in found.get("events", [])]


def met_in(text: str, published: str) -> set[tuple]:
    return {(m["with"], m["form"]) for m in findings_of(text, published).get("meetings", [])}


# The lead most meeting tests share: a state visit to Peru, the host's people named in the sentence under test.
LIMA_LEAD = (
    "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
    "to Peru.\n\n"
)


def met_in_lima(sentence: str) -> set[tuple[str, str]]:
    """The meetings drafted from one sentence after the shared lead."""
    return met_in(LIMA_LEAD + sentence + "\n", "2023-05-06")


OSLO_LEAD = (
    "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Tuesday for a visit to Norway.\n\n"
)


def pledges_of(body: str, published: str = "2023-06-09") -> list[dict]:
    return findings_of(OSLO_LEAD + body + "\n", published).get("pledges", [])


def relations_of(body: str) -> list[tuple[tuple[str, ...], int]]:
    found = findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("relations", [])
    return [(tuple(r["countries"]), r["established"]) for r in found]


def partnerships_of(body: str) -> list[tuple[tuple[str, ...], str, str]]:
    found = findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("partnerships", [])
    return [(tuple(p["parties"]), p["label"], p["change"]) for p in found]


def titles_of(body: str) -> list[str]:
    return sorted(f["title"] for f in findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("agreements", []))


def figures_of(body: str) -> list[tuple[tuple[str, ...], int, float]]:
    found = findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("figures", [])
    return [(tuple(sorted(f["parties"])), f["period"], f["value"]) for f in found]
