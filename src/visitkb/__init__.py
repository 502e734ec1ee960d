"""visitkb: a diplomatic-visit knowledge base.

    >>> from visitkb import load, queries
    >>> kb = load()                      # the bundled knowledge base
    >>> queries.trips(kb, leader="xi")   # the rows `visitkb trips --leader xi --format json` prints
"""

__version__ = "0.1.0"

from .loading import load  # noqa: E402

__all__ = ["load", "__version__"]
