"""visitkb: a diplomatic-visit knowledge base.

    >>> from visitkb import load, queries
    >>> kb = load()                      # the bundled knowledge base
    >>> queries.trips(kb, leader="xi")   # the rows `visitkb trips --leader xi --format json` prints
"""

__version__ = "0.1.0"

from .index import IndexCorrupt  # noqa: E402
from .loading import answer, load  # noqa: E402

__all__ = ["load", "answer", "IndexCorrupt", "__version__"]
