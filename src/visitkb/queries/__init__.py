"""Queries: pure functions from a KnowledgeBase to JSON-ready rows (dicts of plain values).

Records arrive as dicts (the JSON form of the models), so answering needs neither
YAML nor pydantic. The CLI renders exactly these rows, so ``--format json`` equals
what these return. Names given by users (leaders, countries) are resolved here; an
unknown or ambiguous name raises :class:`visitkb.UnknownName` / :class:`visitkb.AmbiguousName`,
and any other value that cannot be answered raises :class:`visitkb.UsageError`.

Each module answers one kind of question; this package re-exports them all.
"""

from ..records import citations_in
from ..vocabulary import SCALES as SCALE_FACTORS
from ..vocabulary import TARGET_STATUSES, describe
from .agreements import agreement_leaders, agreement_row, agreement_span, agreement_trip, agreements
from .common import Row, format_amount, format_number
from .directory import countries, leaders, sources
from .eventcodes import agreement_codes, code_rows, leg_codes, meeting_codes, record_codes
from .events import attendees, event_participants, event_row, events
from .figures import figure_conflicts, figure_row, figures
from .meetings import counterparts, meeting_row, meetings
from .panels import PANELS, country_year_panel, dyad_year_panel
from .partnerships import anniversaries, ladder, partnership_row, partnerships, relations
from .provenance import citation_rows, cite, claim_rows, record_title
from .search import search
from .targets import pledge_shape, pledges, target_row, target_status, targets
from .timeline import timeline
from .trips import leg_span, leg_spans, selected_trips, travel_span, trip_row, trip_span, trips, visits

__all__ = [
    "PANELS",
    "Row",
    "SCALE_FACTORS",
    "TARGET_STATUSES",
    "agreement_leaders",
    "agreement_row",
    "agreement_span",
    "agreement_trip",
    "agreement_codes",
    "agreements",
    "anniversaries",
    "attendees",
    "citation_rows",
    "citations_in",
    "cite",
    "claim_rows",
    "code_rows",
    "counterparts",
    "countries",
    "country_year_panel",
    "describe",
    "dyad_year_panel",
    "event_participants",
    "event_row",
    "events",
    "figure_conflicts",
    "figure_row",
    "figures",
    "format_amount",
    "format_number",
    "ladder",
    "leaders",
    "leg_codes",
    "leg_span",
    "meeting_codes",
    "leg_spans",
    "meeting_row",
    "meetings",
    "partnership_row",
    "partnerships",
    "pledge_shape",
    "pledges",
    "record_codes",
    "record_title",
    "relations",
    "search",
    "selected_trips",
    "sources",
    "target_row",
    "target_status",
    "targets",
    "timeline",
    "travel_span",
    "trip_row",
    "trip_span",
    "trips",
    "visits",
]
