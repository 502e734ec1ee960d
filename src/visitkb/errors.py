"""What can go wrong, by whose doing: the user's input, the data, a dataset, or the index.

The CLI maps these (and only these) to exit codes: a :class:`UsageError` exits 2, the
others exit 1. Anything else is a bug in visitkb and is reported as one.
"""

from __future__ import annotations


class VisitkbError(Exception):
    """Base of every error visitkb raises on purpose; the message says what to do."""


class UsageError(VisitkbError, ValueError):
    """What the user typed cannot be answered: an unknown option value, name or date (exit 2).

    It is also a ValueError, so library callers that caught ValueError keep working.
    """


class NameLookupError(UsageError, LookupError):
    """A name that does not resolve to exactly one record."""

    def __init__(self, kind: str, text: str, options: list[str]):
        self.kind, self.text, self.options = kind, text, options
        super().__init__(self.message())

    def message(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


class UnknownName(NameLookupError):
    """No record answers to the name; ``options`` holds close spellings."""

    def message(self) -> str:
        """The error as a sentence with a 'did you mean' suggestion."""
        text = f"unknown {self.kind} {self.text!r}"
        if self.options:
            text += "; did you mean " + " or ".join(repr(o) for o in self.options) + "?"
        return text


class AmbiguousName(NameLookupError):
    """Several records answer to the name; ``options`` lists them."""

    def message(self) -> str:
        """The error as a sentence listing the candidates."""
        return (
            f"{self.kind} {self.text!r} is ambiguous: it could be "
            + ", ".join(repr(o) for o in self.options)
            + "; give the full name or id"
        )


class AddError(UsageError):
    """A record cannot be added as asked; the message says why and how to fix it."""


class DatasetError(VisitkbError):
    """A dataset to import cannot be read; the message names the file, line and column."""


class IndexCorrupt(VisitkbError):
    """The index cannot be trusted; it is discarded and rebuilt from the YAML."""
