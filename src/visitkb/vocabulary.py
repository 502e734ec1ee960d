"""The controlled vocabularies of the schema, as plain values.

The models build their enumerations from these, and queries read them without
importing the models (so a warm query never loads pydantic): one definition each.
"""

from __future__ import annotations

VISIT_TYPES = {
    "state": "a state visit",
    "official": "an official visit",
    "working": "a working visit",
    "multilateral": "attendance at a multilateral meeting",
    "meeting": "a bilateral meeting the source does not call a visit of any protocol rank",
    "stopover": "a stop on the way elsewhere",
    "unspecified": "the source does not say",
}
"""Visit types, as sources name them, with what each means."""

EVENT_KINDS = ("summit", "leaders-meeting", "ministerial-meeting", "chairmanship", "other")
EVENT_STATUSES = ("held", "planned")
ORGANIZATION_KINDS = ("organization", "forum", "group", "region")

PARTNERSHIP_LEVELS = (
    "partnership",
    "cooperative-partnership",
    "comprehensive-cooperative-partnership",
    "strategic-partnership",
    "comprehensive-strategic-partnership",
)
"""Partnership levels from the least to the most elevated; the order is what makes an upgrade."""

QUALIFIERS = {"exact": "", "at-least": "at least", "more-than": "more than", "about": "about"}
"""How precisely a source gives a number, and how each qualifier reads before it."""

SCALES = {"one": 1, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""What each scale multiplies a value by."""

MEASURES = {
    "annual": "a flow per calendar year (trade in a year)",
    "cumulative": "a stock built up over time (total investment)",
}

TARGET_STATUSES = ("met", "on-track", "behind", "missed", "unknown")
"""What a target's progress can be judged to be."""


def describe(qualifier: str, number: str) -> str:
    """A number with its qualifier in words: 'more than 40'."""
    words = QUALIFIERS[qualifier]
    return f"{words} {number}" if words else number
