"""Write a synthetic knowledge base in visitkb's schema, as YAML files and as one JSON file.

    python benchmarks/generate.py 100000 /tmp/kb-100k

makes /tmp/kb-100k/data/ (about 100 record files: shared records in five, trips with
their agreements in the rest) and /tmp/kb-100k/kb.json (the same records, for jq).
The data is random but shaped like the field's: leaders of ~200 countries travel
between 2005 and 2024 (5% of trips per year), each trip has one to five legs,
some legs attend summits, about 1.5 agreements are signed per trip, and every
record cites a source. The same size and seed always give the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

import pycountry
import yaml

YEARS = range(2005, 2025)
DOMAINS = [
    "trade",
    "energy",
    "investment",
    "finance",
    "agriculture",
    "infrastructure",
    "education",
    "health",
    "culture",
    "tourism",
    "science",
    "defence",
    "mining",
]
VISIT_TYPES = ["state", "official", "working", "meeting", "stopover"]
CITIES = ["Capital", "Port City", "Old Town", "Riverside", "Highlands", "Coast"]
ORGANIZATIONS = ["apec", "g20", "brics", "celac", "asean", "au", "eu", "oas", "sco", "g77"]


@dataclass(frozen=True)
class Shape:
    """How a knowledge base is shaped beyond its size: what makes the same trips cost more to read."""

    people_per_country: int = 3
    aliases: int = 1
    """Aliases per person (the second and later in Chinese script)."""
    citations: tuple[int, ...] = (1, 1, 2)
    """Citations per record, drawn from these."""
    note_words: int = 1
    """Words in each citation's note."""
    quoted: bool = False
    """Dates, titles and names written in double quotes."""
    count_claims: float = 0.1
    """Share of agreements that are count claims ("more than 20 agreements")."""
    trip_files: int = 95


SHAPES = {
    "default": Shape(),
    # The shape of a knowledge base kept by hand from many articles: more people with aliases in
    # their own script, quoted dates and titles, one or two citations with a sentence of note on
    # every record, and more count claims.
    "wordy": Shape(people_per_country=4, aliases=3, citations=(1, 2), note_words=14, quoted=True, count_claims=0.4),
}
"""Named shapes for ``--shape``; the benchmark measures the cold build on each."""

_WORDS = ("the source reports that the talks covered trade energy and the visit programme in detail").split()  # noqa: SIM905
_HANZI = "习近平李强王毅赵乐际丁薛祥蔡奇韩正张国清陈敏尔何立峰".replace("", " ").split()


class Quoted(str):
    """A string the generator writes in double quotes."""


class _Dumper(yaml.CSafeDumper):
    pass


_Dumper.add_representer(
    Quoted, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')
)


def cite(rng: random.Random, sources: int, shape: Shape = Shape()) -> list[dict]:
    """Citations with a note in our own words (synthetic sources are not archived)."""
    return [
        {"source": f"src-{rng.randrange(sources)}", "note": " ".join(rng.choices(_WORDS, k=shape.note_words))}
        if shape.note_words > 1
        else {"source": f"src-{rng.randrange(sources)}", "note": "synthetic"}
        for _ in range(rng.choice(shape.citations))
    ]


def generate(trips: int, seed: int = 2016, shape: Shape = Shape()) -> dict[str, list[dict]]:
    """Every collection's records for a knowledge base with ``trips`` trips."""
    rng = random.Random(seed)
    q = Quoted if shape.quoted else str

    def cite(rng: random.Random, sources: int) -> list[dict]:  # noqa: F811 - the shape's citations
        return globals()["cite"](rng, sources, shape)

    countries = sorted(c.alpha_2 for c in pycountry.countries)[:200]
    n_sources = max(50, trips // 50)
    kb: dict[str, list[dict]] = {
        name: []
        for name in (
            "sources",
            "countries",
            "people",
            "organizations",
            "events",
            "trips",
            "relations",
            "partnerships",
            "agreements",
            "targets",
        )
    }
    for n in range(n_sources):
        day = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(7300))
        kb["sources"].append(
            {
                "id": f"src-{n}",
                "publisher": f"Wire Service {n % 40}",
                "title": f"Report {n}",
                "date": day.isoformat(),
                "url": f"https://example.org/report/{n}",
            }
        )
    for code in countries:
        name = pycountry.countries.get(alpha_2=code).name
        kb["countries"].append(
            {"id": code, "name": name, "aliases": [f"{name} (synthetic)"], "citations": cite(rng, n_sources)}
        )
    leaders = []
    for code in countries:
        for term in range(shape.people_per_country):
            person_id = f"leader-{code.lower()}-{term}"
            leaders.append((person_id, code))
            aliases = [f"Leader {code} {term}"] + ["".join(rng.sample(_HANZI, 3)) for _ in range(shape.aliases - 1)]
            kb["people"].append(
                {
                    "id": person_id,
                    "name": q(f"Leader {code} Number{term}"),
                    **({"aliases": [q(a) for a in aliases]} if shape.aliases > 1 else {}),
                    "country": code,
                    "offices": [{"title": "President", "country": code, "start": q(f"{2005 + 7 * term}")}],
                    "citations": cite(rng, n_sources),
                }
            )
    for org in ORGANIZATIONS:
        kb["organizations"].append({"id": org, "name": org.upper(), "kind": "forum", "citations": cite(rng, n_sources)})
    events_by_year: dict[int, list[dict]] = {}
    for year in YEARS:
        for org in ORGANIZATIONS:
            host = rng.choice(countries)
            start = dt.date(year, rng.randrange(1, 12), rng.randrange(1, 28))
            event = {
                "id": f"{org}-{year}",
                "name": f"{org.upper()} summit {year}",
                "kind": "summit",
                "organization": org,
                "host": host,
                "city": rng.choice(CITIES),
                "start": start.isoformat(),
                "end": (start + dt.timedelta(days=1)).isoformat(),
                "citations": cite(rng, n_sources),
            }
            kb["events"].append(event)
            events_by_year.setdefault(year, []).append(event)
    for n in range(trips):
        leader, home = rng.choice(leaders)
        year = YEARS[n * len(YEARS) // trips]
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(350))
        legs = []
        for leg_number in range(rng.choice((1, 2, 2, 3, 3, 4, 5))):
            country = rng.choice(countries)
            while country == home:
                country = rng.choice(countries)
            length = rng.randrange(1, 4)
            leg = {
                "id": f"trip-{n}-leg-{leg_number}",
                "country": country,
                "cities": rng.sample(CITIES, rng.choice((1, 1, 2))),
                "types": [rng.choice(VISIT_TYPES)],
                "start": q(day.isoformat()),
                "end": q((day + dt.timedelta(days=length - 1)).isoformat()),
                "citations": cite(rng, n_sources),
            }
            if rng.random() < 0.1:
                leg["types"] = ["multilateral"]
                leg["events"] = [rng.choice(events_by_year[year])["id"]]
            legs.append(leg)
            day += dt.timedelta(days=length)
        kb["trips"].append(
            {
                "id": f"trip-{n}",
                "leader": leader,
                "title": q(f"Trip {n} to {len(legs)} countries"),
                "start": legs[0]["start"],
                "end": legs[-1]["end"],
                "legs": legs,
                "citations": cite(rng, n_sources),
            }
        )
        for agreement in range(rng.choice((0, 1, 1, 2, 2, 3))):
            leg = rng.choice(legs)
            record = {
                "id": f"trip-{n}-agreement-{agreement}",
                "title": q(f"Memorandum on {rng.choice(DOMAINS)} cooperation"),
                "parties": sorted({home, leg["country"]}),
                "domains": rng.sample(DOMAINS, 2),
                "visit": leg["id"],
                "citations": cite(rng, n_sources),
            }
            if rng.random() < shape.count_claims:
                record["count"] = {"value": rng.randrange(2, 40), "qualifier": "more-than"}
            kb["agreements"].append(record)
    for n in range(len(countries) // 2):
        first, second = countries[2 * n], countries[2 * n + 1]
        kb["relations"].append(
            {
                "id": f"relation-{first}-{second}".lower(),
                "countries": [first, second],
                "established": f"{1950 + n % 50}-0{1 + n % 9}-1{n % 9}",
                "citations": cite(rng, n_sources),
            }
        )
        kb["partnerships"].append(
            {
                "id": f"partnership-{first}-{second}".lower(),
                "parties": [first, second],
                "level": "strategic-partnership",
                "label": "strategic partnership",
                "since": f"{2005 + n % 19}",
                "citations": cite(rng, n_sources),
            }
        )
    for n in range(50):
        parties = rng.sample(countries, 2)
        observations = [
            {
                "period_start": str(year),
                "value": rng.randrange(50, 500),
                "reported": f"{year + 1}-03",
                "citations": cite(rng, n_sources),
            }
            for year in range(2015, 2024)
        ]
        kb["targets"].append(
            {
                "id": f"target-{n}",
                "title": f"Bilateral trade target {n}",
                "parties": parties,
                "metric": "bilateral trade",
                "measure": "annual",
                "goal": {"value": 400, "scale": "billion", "unit": "USD"},
                "deadline": "2025",
                "observations": observations,
                "citations": cite(rng, n_sources),
            }
        )
    return kb


def write(kb: dict[str, list[dict]], out: Path, shape: Shape = Shape()) -> None:
    """The knowledge base as ~100 YAML files under out/data and one JSON file out/kb.json."""
    data = out / "data"
    (data / "trips").mkdir(parents=True, exist_ok=True)

    def dump(path: Path, content: dict) -> None:
        path.write_text(
            yaml.dump(content, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120),
            encoding="utf-8",
        )

    dump(data / "sources.yaml", {"sources": kb["sources"]})
    dump(data / "countries.yaml", {"countries": kb["countries"]})
    dump(data / "people.yaml", {"people": kb["people"], "organizations": kb["organizations"]})
    dump(data / "events.yaml", {"events": kb["events"]})
    dump(
        data / "relations.yaml",
        {"relations": kb["relations"], "partnerships": kb["partnerships"], "targets": kb["targets"]},
    )
    agreements_of: dict[str, list[dict]] = {}
    for agreement in kb["agreements"]:
        agreements_of.setdefault(agreement["visit"].split("-leg-")[0], []).append(agreement)
    per_file = -(-len(kb["trips"]) // shape.trip_files)
    for part in range(shape.trip_files):
        chunk = kb["trips"][part * per_file : (part + 1) * per_file]
        if chunk:
            dump(
                data / "trips" / f"part-{part:03d}.yaml",
                {"trips": chunk, "agreements": [a for t in chunk for a in agreements_of.get(t["id"], [])]},
            )
    (out / "kb.json").write_text(json.dumps(kb, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    """Command line: size and output folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trips", type=int, help="how many trips, e.g. 1000, 10000, 100000")
    parser.add_argument("out", type=Path, help="folder to write data/ and kb.json into")
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="default", help="see SHAPES (default: default)")
    args = parser.parse_args()
    shape = SHAPES[args.shape]
    write(generate(args.trips, args.seed, shape), args.out, shape)


if __name__ == "__main__":
    main()
