"""The rules' regular expressions, compiled once per process.

`re` caches only a few hundred compiled patterns, fewer than the rules use, so before this module most
of the reading time went into compiling the same patterns again and again. These functions take the
same arguments as `re`'s and keep every pattern compiled (patterns built from an article's own names
are bounded by the cache's size).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any


@functools.lru_cache(maxsize=16384)
def compiled(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """The compiled pattern, from the cache."""
    return re.compile(pattern, flags)


def search(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.search`, compiled once."""
    return compiled(pattern, flags).search(string)


def match(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.match`, compiled once."""
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.fullmatch`, compiled once."""
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """`re.finditer`, compiled once."""
    return compiled(pattern, flags).finditer(string)


def findall(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> list[Any]:
    """`re.findall`, compiled once."""
    return compiled(pattern, flags).findall(string)


def split(pattern: str | re.Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    """`re.split`, compiled once."""
    return compiled(pattern, flags).split(string, maxsplit)


def sub(
    pattern: str | re.Pattern[str],
    repl: str | Callable[[re.Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> str:
    """`re.sub`, compiled once."""
    return compiled(pattern, flags).sub(repl, string, count)


def subn(
    pattern: str | re.Pattern[str],
    repl: str | Callable[[re.Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> tuple[str, int]:
    """`re.subn`, compiled once."""
    return compiled(pattern, flags).subn(repl, string, count)
