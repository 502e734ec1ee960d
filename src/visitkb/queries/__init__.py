"""Queries: pure functions from a KnowledgeBase to JSON-ready rows (dicts of plain values).

Records arrive as dicts (the JSON form of the models), so answering needs neither
YAML nor pydantic. The CLI renders exactly these rows, so ``--format json`` equals
what these return. Names given by users (leaders, countries) are resolved here; an
unknown or ambiguous name raises :class:`visitkb.UnknownName` / :class:`visitkb.AmbiguousName`,
and any other value that cannot be answered raises :class:`visitkb.UsageError`.

Each module answers one kind of question; this package re-exports them all.
"""

from ..records import citations_in
from ..vocabulary import PARTNERSHIP_LEVELS, TARGET_STATUSES, describe
from ..vocabulary import SCALES as SCALE_FACTORS
from .agreements import agreement_leaders, agreement_row, agreement_span, agreement_trip, agreements
from .common import Row, format_amount, format_number
from .directory import countries, event_participants, event_row, events, leaders, sources
from .panels import country_year_panel
from .partnerships import anniversaries, partnership_row, partnerships, relations
from .provenance import citation_rows, cite, claim_rows, record_title
from .search import search
from .targets import target_row, target_status, targets
from .timeline import timeline
from .trips import trip_row, trip_span, trips, visits

__all__ = [
    "PARTNERSHIP_LEVELS",
    "Row",
    "SCALE_FACTORS",
    "TARGET_STATUSES",
    "agreement_leaders",
    "agreement_row",
    "agreement_span",
    "agreement_trip",
    "agreements",
    "anniversaries",
    "citation_rows",
    "citations_in",
    "cite",
    "claim_rows",
    "countries",
    "country_year_panel",
    "describe",
    "event_participants",
    "event_row",
    "events",
    "format_amount",
    "format_number",
    "leaders",
    "partnership_row",
    "partnerships",
    "record_title",
    "relations",
    "search",
    "sources",
    "target_row",
    "target_status",
    "targets",
    "timeline",
    "trip_row",
    "trip_span",
    "trips",
    "visits",
]
