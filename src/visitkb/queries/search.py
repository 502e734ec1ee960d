"""Full-text search over every record's text and citations."""

from __future__ import annotations

from ..errors import UsageError
from ..kb import KnowledgeBase
from ..names import normalize
from ..records import Record, texts
from .common import Row
from .provenance import record_title


def search(kb: KnowledgeBase, text: str, limit: int = 50) -> list[Row]:
    """Records whose text or citations match, best first: the phrase, then all words, then any."""
    words = [w for w in normalize(text).split() if w]
    if not words:
        raise UsageError("give at least one word to search for")
    quoted = [f'"{w}"' for w in words]
    seen: set[tuple[str, str]] = set()
    rows: list[Row] = []
    for how, match in (
        ("phrase", '"' + " ".join(words) + '"'),
        ("all words", " AND ".join(quoted)),
        ("any word", " OR ".join(quoted)),
    ):
        for collection, record_id, score in kb.search(match, limit):
            if (collection, record_id) in seen or len(rows) >= limit:
                continue
            seen.add((collection, record_id))
            record = kb.require(collection, record_id)
            rows.append(
                {
                    "collection": collection,
                    "id": record_id,
                    "title": record_title(collection, record, kb),
                    "match": how,
                    "score": round(-score, 4),
                    "snippet": _snippet(record, words),
                }
            )
    return rows


def _snippet(record: Record, words: list[str]) -> str:
    """The piece of the record's text that holds the phrase (else a word), shortened around it."""
    pieces = [p for p in texts(record) if p != record.get("id")]
    for wanted in [" ".join(words), *words]:
        for piece in pieces:
            at = piece.casefold().find(wanted)
            if at >= 0:
                start = max(0, at - 60)
                return ("…" if start else "") + piece[start : at + 100] + ("…" if at + 100 < len(piece) else "")
    return ""
