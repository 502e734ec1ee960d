"""visitkb: a diplomatic-visit knowledge base.

>>> from visitkb import load, queries
>>> kb = load()                      # the bundled knowledge base
>>> queries.trips(kb, leader="xi")   # the rows `visitkb trips --leader xi --format json` prints
"""

from .errors import (
    AddError,
    AmbiguousName,
    DatasetError,
    IndexCorrupt,
    NameLookupError,
    UnknownName,
    UsageError,
    VisitkbError,
)
from .loading import answer, load
from .version import __version__

__all__ = [
    "load",
    "answer",
    "__version__",
    "VisitkbError",
    "UsageError",
    "NameLookupError",
    "UnknownName",
    "AmbiguousName",
    "AddError",
    "DatasetError",
    "IndexCorrupt",
]
