"""Drafting: a news article in, draft records with verbatim excerpts out, for a person to review.

``read_article`` gives the findings (gold-shaped facts, each with its excerpt's span, rule and
confidence); ``records.draft`` turns them into knowledge-base records and writes the draft file
with the archived article beside it.
"""

from __future__ import annotations

import datetime as dt

from .reader import Finding
from .rules import read
from .text import plain_text

__all__ = ["Finding", "read_article", "plain_text"]


def read_article(
    raw: str, published: dt.date, known_people: dict[str, str] | None = None, day_known: bool = True
) -> tuple[str, list[Finding]]:
    """An article (text or HTML) as the plain text that is archived, and the findings in it."""
    text = plain_text(raw)
    return text, read(text, published, known_people, day_known=day_known)
