"""Partial dates: a year, a year and month, or a full day, as sources give them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache, total_ordering
from typing import Any

_PATTERN = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")  # ASCII digits: \d takes any script


class PartialDateError(ValueError):
    """Raised when text is not a valid (possibly partial) ISO date."""


@total_ordering
class PartialDate:
    """A date known to the year, the month or the day; it sorts as its earliest day.

    Partial dates are intervals: ``2016`` covers 2016-01-01..2016-12-31. Filters
    compare intervals, so a record dated ``2016`` is neither dropped from nor
    wrongly placed inside a query for November 2016.
    """

    __slots__ = ("year", "month", "day")

    def __init__(self, year: int, month: int | None = None, day: int | None = None):
        if day is not None and month is None:
            raise PartialDateError("a day needs a month")
        if not 1 <= year <= 9999:
            raise PartialDateError(f"year {year} is out of range 1..9999")
        if month is not None and not 1 <= month <= 12:
            raise PartialDateError(f"month {month:02d} does not exist; months run 01..12")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise PartialDateError(f"day {day:02d} does not exist in {year}-{month:02d}, which has {last} days")
        self.year, self.month, self.day = year, month, day

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise PartialDateError(f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2016-11-17)")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def coerce(cls, value: Any) -> PartialDate:
        """Accept a PartialDate, a date, an int year or ISO text."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            raise PartialDateError("a date and time was given; write just the date, YYYY-MM-DD")
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value)
        if isinstance(value, str):
            return cls.parse(value)
        raise PartialDateError(f"expected a date like 2016-11-17, got {type(value).__name__}")

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year'."""
        return "day" if self.day else "month" if self.month else "year"

    def earliest(self) -> dt.date:
        """First day the date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """Last day the date can mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def sort_key(self) -> tuple[int, int, int]:
        """Order by earliest day; a coarser date sorts before finer ones that share its start."""
        return (self.year, self.month or 0, self.day or 0)

    def isoformat(self) -> str:
        """The date as written: YYYY, YYYY-MM or YYYY-MM-DD."""
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() == other.sort_key()

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __hash__(self) -> int:
        return hash(self.sort_key())

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import (
            core_schema,  # only validation needs pydantic; queries do not
        )

        return core_schema.no_info_plain_validator_function(
            cls.coerce,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda value: value.isoformat()),
            # Editors read YAML 1.2, where a bare year (2015) is a number, so both are allowed.
            json_schema_input_schema=core_schema.union_schema(
                [
                    core_schema.str_schema(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
                    core_schema.int_schema(ge=1, le=9999),
                ]
            ),
        )


@lru_cache(maxsize=4096)
def parse_optional(text: str | None) -> PartialDate | None:
    """A stored ISO date (or None) as a PartialDate; records keep dates as text."""
    return None if text is None else PartialDate.parse(text)


def overlaps(
    start: PartialDate | None,
    end: PartialDate | None,
    since: PartialDate | None,
    until: PartialDate | None,
) -> bool:
    """Whether the span start..end can fall inside since..until (unknown ends are open)."""
    first = start or end
    last = end or start
    if first is None or last is None:
        return since is None and until is None
    if since is not None and last.latest() < since.earliest():
        return False
    return until is None or first.earliest() <= until.latest()
