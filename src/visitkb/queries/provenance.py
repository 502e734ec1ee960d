"""Where facts come from: citations with their sources, disagreeing claims, and record titles."""

from __future__ import annotations

from .. import kinds
from ..kb import KnowledgeBase
from ..names import country_name
from ..records import Record, citations_in, source_ids
from .common import Row

__all__ = ["citation_rows", "claim_rows", "cite", "record_title", "citations_in", "source_ids"]


def citation_rows(kb: KnowledgeBase, citations: list[Record]) -> list[Row]:
    """Citations with their sources' publisher, date and URL filled in."""
    rows = []
    for citation in citations:
        source = kb.get("sources", citation["source"])
        rows.append(
            {
                "source": citation["source"],
                "publisher": source["publisher"] if source else None,
                "date": source["date"] if source else None,
                "url": source["url"] if source else None,
                "excerpt": citation["excerpt"],
                "note": citation["note"],
                "derived": citation["derived"],
                "supports": list(citation["supports"]),
            }
        )
    return rows


def claim_rows(record: Record) -> list[Row]:
    """The claims recorded on a record: field, value, note and the sources of each."""
    return [
        {
            "field": claim["field"],
            "value": claim["value"],
            "note": claim["note"],
            "sources": source_ids(claim["citations"]),
        }
        for claim in record["claims"]
    ]


def cite(kb: KnowledgeBase, rows: list[Row], collection: str | None = None) -> list[Row]:
    """The rows with each one's citations (source, publisher, URL, excerpt or note) added.

    A row names its record by ``id`` (in ``collection``) or by ``record`` (any collection).
    """
    for row in rows:
        record = None
        if collection and row.get("id"):
            record = kb.get(collection, row["id"])
        elif isinstance(row.get("record"), str):
            found = kb.find(row["record"])
            record = found[0][1] if found else None
        nested = citations_in(record) if record else []
        row["citations"] = [
            {"at": at, **citation}
            for (at, _), citation in zip(nested, citation_rows(kb, [c for _, c in nested]), strict=True)
        ]
    return rows


def record_title(collection: str, record: Record, kb: KnowledgeBase | None = None) -> str:
    """A short title for any record: its title, name or label, else what its kind says."""

    def label(kind: str, value: str) -> str:
        if kind == "country":
            return country_name(value, kb)
        return (kb.label(kind, value) if kb is not None else None) or value

    return kinds.by_collection(collection).title_of(record, label)
