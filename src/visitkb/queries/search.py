"""Full-text search over every record's text and citations."""

from __future__ import annotations

import unicodedata

from .. import kinds
from ..errors import UsageError
from ..kb import KnowledgeBase
from ..names import normalize
from ..records import Record, texts
from .common import Row
from .provenance import record_title


def search(kb: KnowledgeBase, text: str, limit: int = 50) -> list[Row]:
    """Records whose text or citations match, best first: a record named exactly so, then the
    phrase, then all the words, then any of them. A match inside a part of a record (a leg of a
    trip) is given as that part, with the record it belongs to."""
    words = [w for w in normalize(text).split() if w]
    if not words:
        raise UsageError("give at least one word to search for")
    wanted = " ".join(words)
    quoted = [f'"{w}"' for w in words]
    seen: set[tuple[str, str]] = set()
    found: list[tuple[int, int, Row]] = []
    for rank, (how, match) in enumerate(
        (
            ("phrase", '"' + wanted + '"'),
            ("all words", " AND ".join(quoted)),
            ("any word", " OR ".join(quoted)),
        )
    ):
        for collection, record_id, score in kb.search(match, limit):
            if (collection, record_id) in seen:
                continue
            seen.add((collection, record_id))
            record = kb.require(collection, record_id)
            row = _hit(kb, collection, record, words, how, score)
            exact = normalize(row["title"]) == wanted or normalize(row["id"].replace("-", " ")) == wanted
            found.append((0 if exact else rank + 1, len(found), {**row, "match": "name" if exact else how}))
    return [row for *_, row in sorted(found, key=lambda t: t[:2])][:limit]


def _hit(kb: KnowledgeBase, collection: str, record: Record, words: list[str], how: str, score: float) -> Row:
    """One search hit: the record, or the part of it (a leg) whose own text holds the words."""
    within: Row | None = None
    for child in kinds.children_of(collection):
        field = child.parent.field if child.parent else ""
        part = next(
            (p for p in record.get(field, []) if p.get("id") and _holds(p, words)),
            None,
        )
        if part is not None and not _holds(_without(record, field), words):
            within = {"collection": collection, "id": record["id"], "title": record_title(collection, record, kb)}
            collection, record = child.collection, part
            break
    return {
        "collection": collection,
        "id": record["id"],
        "title": record_title(collection, record, kb),
        "in": within,
        "match": how,
        "score": round(-score, 4),
        "snippet": _snippet(record, words),
    }


def _without(record: Record, field: str) -> Record:
    return {k: v for k, v in record.items() if k != field}


def _holds(record: Record, words: list[str]) -> bool:
    """Whether a record's own text holds every word (accents and case folded)."""
    folded = normalize(" ".join(texts(record)))
    return all(word in folded.split() or word in folded for word in words)


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """The text with case and accents folded, and for each folded character its place in the text."""
    folded: list[str] = []
    places: list[int] = []
    for at, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if not unicodedata.combining(part):
                for piece in part.casefold():
                    folded.append(piece)
                    places.append(at)
    return "".join(folded), places


def _snippet(record: Record, words: list[str]) -> str:
    """The piece of the record's text that holds the phrase (else the first word found), shortened
    around it: it always shows a word searched for, found with case and accents folded (Perú, peru)."""
    pieces = [p for p in texts(record) if p != record.get("id")]
    for wanted in [" ".join(words), *words]:
        for piece in pieces:
            folded, places = _folded_with_positions(piece)
            at = folded.find(wanted)
            if at < 0:
                continue
            begin, end = places[at], places[at + len(wanted) - 1] + 1
            start = max(0, begin - 60)
            stop = min(len(piece), end + 60)
            return ("…" if start else "") + piece[start:stop] + ("…" if stop < len(piece) else "")
    return ""
