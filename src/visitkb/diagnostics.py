"""Diagnostics: problems found in the data, returned as values and never raised."""

from __future__ import annotations

from dataclasses import dataclass
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
