"""Importers: open datasets and tables into visitkb record files, one registry of them.

Each importer reads a dataset into records, links them to what the knowledge bases given already
hold (one leader is one person; a journey already recorded gets the dataset's citation, not a
second copy), and writes files atomically and only when they change. Adding an importer is one
module and one ``register`` call.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from .common import Report


@dataclass(frozen=True)
class Importer:
    """A registered importer: its name (``visitkb import NAME``), what it reads, and its function."""

    name: str
    summary: str
    function: str
    """``module:function`` under this package, imported on first use."""

    def load(self) -> Callable[..., Report]:
        """The import function."""
        module, _, function = self.function.partition(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)


IMPORTERS: dict[str, Importer] = {}


def register(importer: Importer) -> None:
    """Add an importer to the registry."""
    IMPORTERS[importer.name] = importer


register(
    Importer(
        "historyatstate",
        "the US Office of the Historian's travels abroad of presidents and secretaries of state",
        "historyatstate:import_travels",
    )
)
register(
    Importer(
        "historyatstate-visits",
        "the US Office of the Historian's visits to the United States by foreign leaders",
        "visits:import_visits",
    )
)
register(
    Importer(
        "table",
        "any CSV, TSV or JSON Lines table, with a mapping file from its columns to record fields",
        "table:import_table",
    )
)

__all__ = ["IMPORTERS", "Importer", "Report", "register"]
