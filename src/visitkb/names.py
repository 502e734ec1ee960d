"""Resolve what a user types ('peru', 'PER', 'Perú', 'xi', '习近平') to a country code or person id."""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import AmbiguousName, NameLookupError, UnknownName

if TYPE_CHECKING:
    from .kb import KnowledgeBase

__all__ = [
    "AmbiguousName",
    "NameLookupError",
    "UnknownName",
    "normalize",
    "iso_countries",
    "is_country_code",
    "is_country_ref",
    "country_name",
    "country_keys",
    "party_name",
    "family_name",
    "resolve_country",
    "country_by_spelling",
    "country_candidates",
    "resolve_leader",
]


def normalize(text: str) -> str:
    """Fold case, accents, punctuation and spacing: 'Perú' and 'PERU ' both become 'peru'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("&", " and "))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", bare.casefold()).split())


class FormerState(NamedTuple):
    """A state that no longer exists under its code (ISO 3166-3), or Kosovo (the user-assigned XK)."""

    code: str
    name: str
    aliases: tuple[str, ...]
    start: int | None
    end: int | None
    successors: tuple[str, ...]
    renamed: bool
    """The same state under a new name (Burma, now Myanmar): its old names mean today's code."""


@lru_cache(maxsize=1)
def former_states() -> dict[str, FormerState]:
    """Former states and Kosovo by code, from the shipped reference table (reference/former-states.csv)."""
    reference = Path(__file__).with_name("reference")
    with open(reference / "cow-iso.csv", encoding="utf-8") as handle:
        cow_iso = {row["ccode"]: row["iso2"] for row in csv.DictReader(handle)}
    found = {}
    with open(reference / "former-states.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            successors = tuple(s for s in row["successors"].split("|") if s)
            renamed = len(successors) == 1 and bool(row["cow"]) and cow_iso.get(row["cow"]) == successors[0]
            found[row["code"]] = FormerState(
                row["code"],
                row["name"],
                tuple(a for a in row["aliases"].split("|") if a),
                int(row["start"]) if row["start"] else None,
                int(row["end"]) if row["end"] else None,
                successors,
                renamed and row["code"] != successors[0],
            )
    return found


@lru_cache(maxsize=1)
def iso_countries() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every country code visitkb knows -> (display name, every name and code that means it).

    ISO 3166-1 countries, Kosovo (XK), and former states by their ISO 3166-3 codes (SUHH).
    The old names of a state that was only renamed (Burma, Zaire) mean today's code.
    """
    import pycountry

    table: dict[str, tuple[str, list[str]]] = {}
    for country in pycountry.countries:
        display = getattr(country, "common_name", None) or country.name
        names = [country.alpha_2, country.alpha_3, country.name, display]
        official = getattr(country, "official_name", None)
        if official:
            names.append(official)
        table[country.alpha_2] = (display, names)
    for names in (entry[1] for entry in table.values()):
        names.extend(_short_forms(names))
    with open(Path(__file__).with_name("reference") / "country-names.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):  # common English names ISO does not give (Russia, Ivory Coast)
            table[row["code"]][1].append(row["name"])
    historic = {h.alpha_4: h.name for h in pycountry.historic_countries}
    for former in former_states().values():
        if former.code in historic:  # ISO 3166-3's own name: "USSR, Union of Soviet Socialist Republics"
            former = former._replace(
                aliases=(*former.aliases, historic[former.code], *_short_forms([historic[former.code]]))
            )
        if former.renamed:
            table[former.successors[0]][1].extend(former.aliases)
            table[former.code] = (former.name, [former.code])
        else:
            table[former.code] = (former.name, [former.code, *former.aliases])
    return {code: (display, tuple(names)) for code, (display, names) in table.items()}


def _short_forms(names: list[str]) -> list[str]:
    """Names people write for an ISO name of the form "Korea, Republic of": "Korea", "Republic of Korea"."""
    forms = []
    for name in names:
        head, comma, tail = name.partition(", ")
        if comma:
            forms += [head, f"{tail} {head}"]
    return forms


def is_country_code(code: str) -> bool:
    """Whether ``code`` is a country code visitkb knows: ISO 3166-1 alpha-2, XK, or ISO 3166-3 (SUHH)."""
    return code in iso_countries()


def former_state(code: str) -> FormerState | None:
    """The former state (or Kosovo) with this code, or None for a country of today."""
    return former_states().get(code) if len(code) == 4 or code == "XK" else None


def predecessors(code: str) -> list[str]:
    """The former states whose territory passed (in part) to this country: SUHH for RU."""
    return sorted(f.code for f in former_states().values() if code in f.successors and f.code != code)


def existed(code: str, year: int) -> bool:
    """Whether a former state (or Kosovo) existed in a year; True for every other code."""
    former = former_states().get(code)
    if former is None:
        return True
    return (former.start is None or year >= former.start) and (former.end is None or year <= former.end)


class CountryKeys(NamedTuple):
    """The codes other datasets join a country on: ISO 3166 and the Correlates of War (COW) state number."""

    iso2: str | None
    """ISO 3166-1 alpha-2; for a former state, the alpha-2 code it had (SU), from ISO 3166-3."""
    iso3: str | None
    """ISO 3166-1 alpha-3; for a former state, the alpha-3 code it had (SUN), as pycountry's
    ``historic_countries`` gives it (ISO 3166-3 keeps it, ISO 3166-1 no longer lists it)."""
    iso_numeric: str | None
    """ISO 3166-1 numeric, three digits as text (``004``); for a former state, the one it had."""
    iso3166_3: str | None
    """The ISO 3166-3 four-letter code of a former state (SUHH); None for a country of today."""
    cow_code: int | None
    """The COW state number (``ccode``) of the state the code denotes (365 for both RU and SUHH)."""
    cow_abb: str | None
    """The COW state abbreviation (``stateabb``: RUS)."""

    def as_row(self) -> dict[str, Any]:
        """The keys as a JSON-ready mapping."""
        return self._asdict()


COUNTRY_KEYS_FILE = "country-keys.csv"
"""The shipped table of every code's keys (reference/country-keys.csv), built by :func:`build_country_keys`."""


@lru_cache(maxsize=1)
def _country_keys_table() -> dict[str, CountryKeys]:
    """Read from the shipped table, so that no query imports pycountry (which costs most of a start-up)."""
    found = {}
    with open(Path(__file__).with_name("reference") / COUNTRY_KEYS_FILE, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            found[row["code"]] = CountryKeys(
                row["iso2"] or None,
                row["iso3"] or None,
                row["iso_numeric"] or None,
                row["iso3166_3"] or None,
                int(row["cow_code"]) if row["cow_code"] else None,
                row["cow_abb"] or None,
            )
    return found


NO_KEYS = CountryKeys(None, None, None, None, None, None)


def country_keys(code: str) -> CountryKeys:
    """ISO 3166 and COW keys for a country code visitkb knows (None where a scheme has no code for it)."""
    return _country_keys_table().get(code, NO_KEYS)


def build_country_keys() -> dict[str, CountryKeys]:
    """Every code's keys from their sources: pycountry (ISO 3166-1 and 3166-3), cow-iso.csv and
    former-states.csv (COW). ``scripts/build_country_keys.py`` writes them to the shipped table."""
    import pycountry

    reference = Path(__file__).with_name("reference")
    by_iso: dict[str, int] = {}
    abbreviations: dict[int, str] = {}
    with open(reference / "cow-iso.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            abbreviations[int(row["ccode"])] = row["stateabb"]
            if row["iso2"]:
                by_iso[row["iso2"]] = int(row["ccode"])
    with open(reference / "former-states.csv", encoding="utf-8") as handle:
        former_cow = {row["code"]: int(row["cow"]) for row in csv.DictReader(handle) if row["cow"]}
    found = {}
    keys: tuple[str | None, str | None, str | None, str | None]
    for code in sorted(iso_countries()):
        if len(code) == 2:  # today's countries, and Kosovo (XK: no ISO 3166-1 entry)
            country = pycountry.countries.get(alpha_2=code)
            number = by_iso.get(code, former_cow.get(code))
            keys = (code, getattr(country, "alpha_3", None), getattr(country, "numeric", None), None)
        else:
            historic = pycountry.historic_countries.get(alpha_4=code)
            number = former_cow.get(code)
            keys = (
                getattr(historic, "alpha_2", None),
                getattr(historic, "alpha_3", None),
                getattr(historic, "numeric", None),
                code,
            )
        abbreviation = abbreviations.get(number) if number is not None else None
        found[code] = CountryKeys(keys[0], keys[1], keys[2], keys[3], number, abbreviation)
    return found


def is_country_ref(ref: str) -> bool:
    """Whether a validated party reference names a country (capitals) rather than an organization."""
    # The schema already checked the shape; this is what tells the two kinds of party apart.
    return ref.isupper()


def country_name(code: str, kb: KnowledgeBase | None = None) -> str:
    """The English name of a country: the knowledge base's, else ISO 3166's."""
    if kb is not None:
        return kb.label("country", code) or code
    entry = iso_countries().get(code)
    return entry[0] if entry else code


def party_name(ref: str, kb: KnowledgeBase) -> str:
    """The name of a party, a country code or an organization id."""
    if is_country_ref(ref):
        return country_name(ref, kb)
    organization = kb.get("organizations", ref)
    return organization["name"] if organization else ref


_REGNAL_NUMBER = re.compile(r"^[IVXL]+$")
"""A monarch's or a pope's number ("Felipe VI", "Elizabeth II"): part of the name, never a surname."""


def family_name(person: dict[str, Any]) -> str:
    """A person's surname: the one given, else the last word of the name; for a regnal name
    ("Felipe VI"), the name without its number ("Felipe")."""
    if person.get("surname"):
        return person["surname"]
    words = person["name"].split()
    if len(words) > 1 and _REGNAL_NUMBER.match(words[-1]):
        return " ".join(words[:-1])
    return words[-1]


def _resolve(kind: str, text: str, matches_of, all_keys, label) -> str:
    wanted = normalize(text)
    matches = matches_of(wanted)
    if len(matches) == 1:
        return next(iter(matches))
    if matches:
        shown = [(label(m), m) for m in matches]
        repeated = {name for name, _ in shown if [n for n, _ in shown].count(name) > 1}
        raise AmbiguousName(
            kind, text, sorted((f"{name} ({m})" if name in repeated else name for name, m in shown), key=normalize)
        )
    keys = all_keys()
    # What starts with the text first (chi: Chile, China), shortest first; then what is spelt alike.
    starting = sorted((k for k in keys if k.startswith(wanted) and wanted), key=lambda k: (len(k), k))
    close = starting + [k for k in difflib.get_close_matches(wanted, list(keys), n=6, cutoff=0.5) if k not in starting]
    suggestions: list[str] = []
    for key in close:
        for match in sorted(keys[key]):
            if label(match) not in suggestions:
                suggestions.append(label(match))
    raise UnknownName(kind, text, suggestions[:3])


@lru_cache(maxsize=1)
def _iso_keys() -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {}
    for code, (_, names) in iso_countries().items():
        for name in names:
            keys.setdefault(normalize(name), set()).add(code)
    return keys


def resolve_country(kb: KnowledgeBase | None, text: str) -> str:
    """The ISO alpha-2 code for an English or local name, or an alpha-2/alpha-3 code.

    Without a knowledge base only ISO 3166's names are known, not local aliases.
    """
    if kb is None:
        keys = _iso_keys()
        return _resolve(
            "country", text, lambda k: keys.get(k, set()), lambda: keys, lambda code: iso_countries()[code][0]
        )
    return _resolve(
        "country",
        text,
        lambda k: kb.name_matches("country", k),
        lambda: kb.name_keys("country"),
        lambda code: country_name(code, kb),
    )


_FILLER = {"the", "of", "and"}


def _word_set(name: str) -> frozenset[str]:
    return frozenset(normalize(name).split()) - _FILLER


@lru_cache(maxsize=1)
def _word_set_keys() -> dict[frozenset[str], set[str]]:
    keys: dict[frozenset[str], set[str]] = {}
    for name, codes in _iso_keys().items():
        keys.setdefault(_word_set(name), set()).update(codes)
    return keys


def country_candidates(text: str) -> set[str]:
    """Every country code a name can mean: exactly (folded: "Korea" means KR and KP), else by its
    words in any order ("Korea, South" and "Congo, Republic of" as "South Korea", "Republic of the Congo")."""
    exact = _iso_keys().get(normalize(text))
    if exact:
        return set(exact)
    return set(_word_set_keys().get(_word_set(text), set()))


def country_by_spelling(text: str, cutoff: float = 0.85, margin: float = 0.05) -> str | None:
    """The one country whose name is spelt almost like ``text`` ("Bosnia-Herzegovina"), for datasets
    whose names no table lists; None where no name comes close, or names of two countries come about
    as close (so "Republic of Kongo" is not read as the Republic of Angola)."""
    keys = _iso_keys()
    wanted = normalize(text)
    close = difflib.get_close_matches(wanted, list(keys), n=8, cutoff=cutoff - margin)
    scored = sorted(((difflib.SequenceMatcher(None, wanted, key).ratio(), key) for key in close), reverse=True)
    if not scored or scored[0][0] < cutoff:
        return None
    best = keys[scored[0][1]]
    rivals = [score for score, key in scored[1:] if keys[key] != best]
    if len(best) != 1 or (rivals and scored[0][0] - rivals[0] < margin):
        return None
    return next(iter(best))


def resolve_leader(kb: KnowledgeBase, text: str) -> str:
    """The id of the person whose id, surname, full name or alias is ``text``."""
    return _resolve(
        "leader",
        text,
        lambda k: kb.name_matches("leader", k),
        lambda: kb.name_keys("leader"),
        lambda pid: kb.label("leader", pid) or pid,
    )
