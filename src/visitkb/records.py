"""Records in their plain form: the dicts the index stores and queries read (the models' JSON form)."""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]


def texts(value: Any) -> list[str]:
    """Every string inside a record, in order: what full-text search looks through."""
    found: list[str] = []
    _gather_texts(value, found)
    return found


def _gather_texts(value: Any, found: list[str]) -> None:
    # One list filled in place: building a list per level cost twice as much on large files.
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _gather_texts(item, found)
    elif isinstance(value, list):
        for item in value:
            _gather_texts(item, found)


def citations_in(record: Record, path: str = "") -> list[tuple[str, Record]]:
    """Every citation nested anywhere in a record, with where it sits ('legs[0].citations')."""
    found: list[tuple[str, Record]] = []
    for key, value in record.items():
        here = f"{path}.{key}" if path else key
        if key == "citations" and isinstance(value, list):
            found.extend((here, c) for c in value)
        elif isinstance(value, dict):
            found.extend(citations_in(value, here))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    found.extend(citations_in(item, f"{here}[{index}]"))
    return found


def source_ids(*citation_lists: list[Record]) -> list[str]:
    """The ids of the sources cited, in order of first mention, each once."""
    seen: list[str] = []
    for citations in citation_lists:
        for citation in citations:
            if citation["source"] not in seen:
                seen.append(citation["source"])
    return seen


PLACE_SEPARATOR = "\x1f"
Place = tuple[str, str, str | None, str | None, float | None, float | None]
"""A leg's country, mode, label of the time, and the city, lon and lat of a stop with cited coordinates."""


def place_text(values: Place) -> str:
    """A leg's place as the index keeps it: country, mode, label, city, lon and lat in one line of text."""
    return PLACE_SEPARATOR.join("" if v is None else repr(v) if isinstance(v, float) else v for v in values)


def place_values(text: str) -> Place:
    """The values of :func:`place_text` back."""
    country, mode, label, city, lon, lat = text.split(PLACE_SEPARATOR)
    return country, mode, label or None, city or None, float(lon) if lon else None, float(lat) if lat else None
