"""Score `visitkb draft` against the gold of the draft benchmark: precision, recall, F1 per kind.

    python benchmarks/draft/score.py benchmarks/draft/dev [--show] [--json]

Matching rule (one gold record matches at most one drafted record, greedily in file order):
  trip               the leader's name matches (see names below)
  legs               same country
  meetings           the person's name matches and the form is the same
  events             the names share half their content words, or the same organization (both given) and
                     at least one content word of the names (one organization holds several summits)
  agreement_counts   same value, qualifier and status
  agreements         the titles share half the content words of the shorter one
  partnerships       same pair of parties and the same change
  pledges            same value and unit (for a pledge with no figure: the `what`s share half their words)
  relations          same pair of countries and the same year established
  figures            same parties (as a set), period and value
Country codes match when equal, or when one is a former state's ISO 3166-1 alpha-2 code (`SU`, `YU`,
`DD`; only codes no current country holds) and the other its ISO 3166-3 code (`SUHH`, `YUCS`, `DDDE`):
gold may follow either standard, the knowledge base writes ISO 3166-3. This applies to every field that
holds countries (legs, meetings, parties, pairs, hosts).
Names match loosely: accents and case ignored, titles and the articles al- and el- dropped, and
one name's words all in the other's, or the same last word. Dates and other fields of matched
records are reported as field agreement, not counted in precision and recall. Every excerpt is
checked to be verbatim in the archived text (the percentage must be 100).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path

import pycountry
import yaml

from visitkb.drafting import read_article
from visitkb.drafting.records import published_date

KINDS = (
    "trip",
    "legs",
    "meetings",
    "events",
    "agreement_counts",
    "agreements",
    "partnerships",
    "pledges",
    "relations",
    "figures",
)
_STOP = {"the", "a", "an", "of", "on", "to", "and", "for", "in", "with", "between", "its", "their"}
_TITLES = {
    "king",
    "queen",
    "prince",
    "crown",
    "president",
    "minister",
    "prime",
    "premier",
    "sheikh",
    "emir",
    "chancellor",
    "chairman",
    "emperor",
    "sultan",
}


# Arabic articles written either way ("El-Sisi", "al-Sisi") are no part of matching a name.
_PARTICLES = {"al", "el"}


def _fold(text: str) -> str:
    # (a typographic apostrophe is the apostrophe: "Mata\u2019afa" is "Mata'afa")
    text = str(text).replace("\u2019", "'").replace("\u2018", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _words(text: str, drop: set[str] = _STOP) -> set[str]:
    return {w for w in _fold(text).replace("-", " ").replace("'", " ").split() if w not in drop}


def _former_codes() -> dict[str, set[str]]:
    """A former state's ISO 3166-1 alpha-2 code -> its ISO 3166-3 codes (alpha-2 codes now reassigned left out)."""
    former: dict[str, set[str]] = {}
    for state in pycountry.historic_countries:
        if pycountry.countries.get(alpha_2=state.alpha_2) is None:
            former.setdefault(state.alpha_2, set()).add(state.alpha_4)
    return former


_FORMER = _former_codes()


def same_country(a: str | None, b: str | None) -> bool:
    """Whether two country codes name the same country (a former state's alpha-2 and alpha-4 codes agree)."""
    if a is None or b is None:
        return a is b
    a, b = str(a).upper(), str(b).upper()
    return a == b or b in _FORMER.get(a, ()) or a in _FORMER.get(b, ())


def same_countries(xs: list | None, ys: list | None) -> bool:
    """Whether two lists of countries (or organizations) hold the same members, in any order."""
    left, right = list(xs or []), list(ys or [])
    if len(left) != len(right):
        return False
    for x in left:
        partner = next((y for y in right if same_country(x, y)), None)
        if partner is None:
            return False
        right.remove(partner)
    return True


def same_person(a: str | None, b: str | None) -> bool:
    """Loose match of two people's names."""
    if not a or not b:
        return False
    x, y = _words(a, _STOP | _TITLES | _PARTICLES), _words(b, _STOP | _TITLES | _PARTICLES)
    if not x or not y:
        return False
    return x <= y or y <= x or _fold(a).split()[-1] == _fold(b).split()[-1]


def _overlap(a: str | None, b: str | None) -> bool:
    x, y = _words(a or ""), _words(b or "")
    if not x or not y:
        return False
    return len(x & y) >= 0.5 * min(len(x), len(y))


def matches(kind: str, gold: dict, got: dict) -> bool:
    """Whether a drafted record is the gold record (the matching rule above)."""
    if kind == "trip":
        return same_person(gold["leader"], got["leader"])
    if kind == "legs":
        return same_country(gold["country"], got["country"])
    if kind == "meetings":
        return same_person(gold["with"], got["with"]) and gold["form"] == got["form"]
    if kind == "events":
        if _overlap(gold["name"], got["name"]):
            return True
        same_body = gold.get("organization") and got.get("organization")
        shared = _words(gold["name"]) & _words(got["name"]) - {"summit", "meeting"}
        return bool(same_body and _fold(gold["organization"]) == _fold(got["organization"]) and shared)
    if kind == "agreement_counts":
        return all(gold[k] == got[k] for k in ("value", "qualifier", "status"))
    if kind == "agreements":
        return _overlap(gold["title"], got["title"])
    if kind == "partnerships":
        return same_countries(gold["parties"], got["parties"]) and gold["change"] == got["change"]
    if kind == "pledges":
        if gold.get("value") is None or got.get("value") is None:
            return gold.get("value") == got.get("value") and _overlap(gold["what"], got["what"])
        return float(gold["value"]) == float(got["value"]) and gold.get("unit") == got.get("unit")
    if kind == "relations":
        same_year = int(gold["established"]) == int(got["established"])
        return same_countries(gold["countries"], got["countries"]) and same_year
    if kind == "figures":
        return (
            same_countries(gold["parties"], got["parties"])
            and str(gold["period"]) == str(got["period"])
            and float(gold["value"]) == float(got["value"])
        )
    raise ValueError(kind)


_FIELDS = {
    "trip": ("start", "end"),
    "legs": ("start", "end", "types", "cities"),
    "meetings": ("date", "country"),
    "events": ("host", "city"),
    "partnerships": ("label", "from"),
    "pledges": ("deadline", "announced_by", "shape"),
    "agreement_counts": ("parties",),
    "relations": ("derived_from",),
    "figures": ("unit", "scale"),
}


_COUNTRY_FIELDS = {"country", "host", "parties", "countries"}


def _same_field(name: str, a, b) -> bool:
    if name in _COUNTRY_FIELDS:
        return same_countries(a, b) if isinstance(a, list) and isinstance(b, list) else same_country(a, b)
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(_fold, a)) == sorted(map(_fold, b))
    if name == "announced_by":
        return (a is None and b is None) or same_person(a, b)
    return (None if a is None else _fold(a)) == (None if b is None else _fold(b))


def score_article(article: Path, gold: dict, show: bool = False) -> tuple[dict, dict, float, int, int]:
    """Counts per kind (true positives, drafted, gold), field agreement, seconds, excerpts checked and verbatim."""
    raw = article.read_text(encoding="utf-8")
    # A monthly's issue is dated by its month alone ("2004-02"): read as `draft --published 2004-02` reads it.
    published, day_known = published_date(str(gold["published"]), None, raw)
    began = time.perf_counter()
    text, findings = read_article(raw, published, day_known=day_known)
    seconds = time.perf_counter() - began
    counts = {}
    fields = {}
    verbatim = sum(1 for f in findings if " ".join(text[f.start : f.end].split()) in " ".join(text.split()))
    for kind in KINDS:
        wanted = gold.get(kind) or []
        if kind == "trip":
            wanted = [wanted] if wanted else []
        drafted = [f.fields for f in findings if f.kind == kind]
        left = list(drafted)
        hits = 0
        for record in wanted:
            found = next((d for d in left if matches(kind, record, d)), None)
            if found is None:
                if show:
                    print(f"  MISSED {kind}: {record}")
                continue
            hits += 1
            left.remove(found)
            for name in _FIELDS.get(kind, ()):
                agree = _same_field(name, record.get(name), found.get(name))
                fields.setdefault((kind, name), [0, 0])
                fields[(kind, name)][0] += agree
                fields[(kind, name)][1] += 1
                if show and not agree:
                    print(f"  FIELD {kind}.{name}: gold {record.get(name)!r} drafted {found.get(name)!r}")
        if show:
            for record in left:
                print(f"  EXTRA {kind}: {record}")
        counts[kind] = (hits, len(drafted), len(wanted))
    return counts, fields, seconds, len(findings), verbatim


def _bare_booleans(gold: dict) -> str:
    """The first country field of a gold file that YAML read as a boolean (a bare NO, YES, ON), or ""."""
    for kind in KINDS:
        records = gold.get(kind) or []
        for record in records if isinstance(records, list) else [records]:
            for key in ("country", "host", "parties", "countries"):
                values = record.get(key) if isinstance(record, dict) else None
                for value in values if isinstance(values, list) else [values]:
                    if isinstance(value, bool):
                        return f"{kind}.{key}"
    return ""


def main(argv: list[str] | None = None) -> int:
    """Score every article of a benchmark folder and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", action="store_true", help="print every miss, extra and field disagreement")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    totals = {kind: [0, 0, 0] for kind in KINDS}
    fields: dict = {}
    seconds = words = excerpts = verbatim = 0
    for gold_path in sorted(args.folder.glob("*.gold.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        if _bare_booleans(gold):
            # YAML 1.1 reads a bare NO (Norway) as false: a country lost without a word.
            parser.exit(2, f'{gold_path}: a country code read as true/false ({_bare_booleans(gold)}); quote it: "NO"\n')
        article = gold_path.with_name(gold["article"])
        if args.show:
            print(article.name)
        counts, agree, took, found, same = score_article(article, gold, args.show)
        seconds += took
        words += len(article.read_text(encoding="utf-8").split())
        excerpts += found
        verbatim += same
        for kind, (hit, drafted, wanted) in counts.items():
            totals[kind][0] += hit
            totals[kind][1] += drafted
            totals[kind][2] += wanted
        for key, (a, n) in agree.items():
            fields.setdefault(key, [0, 0])
            fields[key][0] += a
            fields[key][1] += n
    rows = {}
    for kind, (hit, drafted, wanted) in totals.items():
        precision = hit / drafted if drafted else 1.0
        recall = hit / wanted if wanted else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows[kind] = {
            "gold": wanted,
            "drafted": drafted,
            "matched": hit,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
        }
    summary = {
        "kinds": rows,
        "excerpts": excerpts,
        "verbatim": verbatim,
        "fields": {f"{k}.{n}": round(a / t, 3) for (k, n), (a, t) in sorted(fields.items()) if t},
        "seconds_per_1000_words": round(1000 * seconds / max(words, 1), 4),
    }
    if args.json:
        json.dump(summary, sys.stdout, indent=2)
        print()
        return 0
    print(f"{'kind':18} {'gold':>5} {'drafted':>8} {'matched':>8} {'P':>6} {'R':>6} {'F1':>6}")
    for kind, row in rows.items():
        counts = f"{row['gold']:5d} {row['drafted']:8d} {row['matched']:8d}"
        print(f"{kind:18} {counts} {row['precision']:6.2f} {row['recall']:6.2f} {row['f1']:6.2f}")
    print(f"excerpts verbatim: {verbatim}/{excerpts}")
    print("field agreement of matched records: " + ", ".join(f"{k} {v:.2f}" for k, v in summary["fields"].items()))
    print(f"reading time: {summary['seconds_per_1000_words']:.4f} s per 1000 words (first article includes start-up)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
