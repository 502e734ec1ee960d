"""Diagnostics: problems found in the data, returned as values and never raised."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem at one place: ``FILE:LINE:COL: error[code]: message``."""

    file: str
    line: int | None
    column: int | None
    code: str
    message: str
    severity: Severity = "error"
    hint: str | None = None
    check: str = "schema"
    """The named check that found it; YAML and schema problems belong to 'schema'."""

    def location(self) -> str:
        """``FILE:LINE:COL``, leaving out what is unknown."""
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.location()}: {self.severity}[{self.code}]: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text

    def as_dict(self) -> dict:
        """The diagnostic as a JSON-ready dict."""
        return {
            name: getattr(self, name)
            for name in ("file", "line", "column", "severity", "check", "code", "message", "hint")
        }

    def sort_key(self) -> tuple:
        """Order by file, then position."""
        return (self.file, self.line or 0, self.column or 0, self.code)


LISTED_PER_CODE = 100
"""How many diagnostics of one code in one file are listed; a file of 250,000 broken items says so once."""


def capped(diagnostics: list[Diagnostic], limit: int = LISTED_PER_CODE) -> list[Diagnostic]:
    """At most ``limit`` diagnostics of each code in each file, then one that says how many more there are."""
    total: dict[tuple[str, str], int] = {}
    for d in diagnostics:
        total[(d.file, d.code)] = total.get((d.file, d.code), 0) + 1
    if all(n <= limit for n in total.values()):
        return diagnostics
    kept: list[Diagnostic] = []
    seen: dict[tuple[str, str], int] = {}
    for d in diagnostics:
        key = (d.file, d.code)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= limit:
            kept.append(d)
        elif seen[key] == limit + 1:
            more = total[key] - limit
            # At the first one left out, so that it sorts after those listed.
            message = f"{more:,} more like this in the file from here on (only the first {limit} are listed)"
            kept.append(replace(d, message=message, hint="fix those above first"))
    return kept
