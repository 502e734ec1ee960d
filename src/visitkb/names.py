"""Resolve what a user types ('peru', 'PER', 'Perú', 'xi', '习近平') to a country code or person id."""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

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
    "party_name",
    "family_name",
    "resolve_country",
    "resolve_leader",
]


def normalize(text: str) -> str:
    """Fold case, accents, punctuation and spacing: 'Perú' and 'PERU ' both become 'peru'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("&", " and "))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", bare.casefold()).split())


@lru_cache(maxsize=1)
def iso_countries() -> dict[str, tuple[str, tuple[str, ...]]]:
    """ISO 3166-1 countries: code -> (display name, every name and code)."""
    import pycountry

    table = {}
    for country in pycountry.countries:
        display = getattr(country, "common_name", None) or country.name
        names = [country.alpha_2, country.alpha_3, country.name, display]
        official = getattr(country, "official_name", None)
        if official:
            names.append(official)
        table[country.alpha_2] = (display, tuple(names))
    return table


def is_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 code."""
    return code in iso_countries()


def is_country_ref(ref: str) -> bool:
    """Whether a validated party reference names a country (two capitals) rather than an organization."""
    # The schema already checked the shape; this is what tells the two kinds of party apart.
    return len(ref) == 2 and ref.isupper()


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


def family_name(person: dict[str, Any]) -> str:
    """A person's surname: the one given, else the last word of the name."""
    return person.get("surname") or person["name"].split()[-1]


def _resolve(kind: str, text: str, matches_of, all_keys, label) -> str:
    wanted = normalize(text)
    matches = matches_of(wanted)
    if len(matches) == 1:
        return next(iter(matches))
    if matches:
        raise AmbiguousName(kind, text, sorted(label(m) for m in matches))
    keys = all_keys()
    close = difflib.get_close_matches(wanted, list(keys), n=6, cutoff=0.5)
    suggestions: list[str] = []
    for key in close:
        for match in sorted(keys[key]):
            if label(match) not in suggestions:
                suggestions.append(label(match))
    raise UnknownName(kind, text, suggestions[:3])


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


def resolve_leader(kb: KnowledgeBase, text: str) -> str:
    """The id of the person whose id, surname, full name or alias is ``text``."""
    return _resolve(
        "leader",
        text,
        lambda k: kb.name_matches("leader", k),
        lambda: kb.name_keys("leader"),
        lambda pid: kb.label("leader", pid) or pid,
    )
