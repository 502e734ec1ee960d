"""Dates in news text, resolved against the publication date: weekdays, days of a month, ranges, years."""

from __future__ import annotations

import datetime as dt
import re

from . import rx

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: n for n, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH2 = r"(?P<month2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# (each month's first name in MONTHS is its full one)
MONTH_NAME = r"(?:" + "|".join(next(n for n in MONTHS if MONTHS[n] == number) for number in range(1, 13)) + r")"
"""Any month, written out in full ("March"), as a pattern."""
WEEKDAY_WORD = r"(?:" + "|".join(WEEKDAYS) + r")"
"""Any day of the week, written out ("Monday"), as a pattern."""
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
# In order of preference: where two overlap, the earlier pattern's reading wins.
_TO = r"\s?(?:-|\u2013|\u2014|to|until|till|through|and)\s?"
_ORD = r"(?:st|nd|rd|th)?"
PATTERNS = [
    # Ranges across two months: "May 30-June 2", "from May 30 to June 2, 2023", "30 May - 2 June".
    re.compile(
        r"\b(?:from |between )?"
        + _MONTH
        + r" (?P<day>\d{1,2})"
        + _ORD
        + _TO
        + _MONTH2
        + r" (?P<day2>\d{1,2})"
        + _ORD
        + r"(?:,? (?P<year>\d{4}))?\b"
    ),
    re.compile(
        r"\b(?:from |between )?(?P<dayfirst>\d{1,2})"
        + _ORD
        + r" "
        + _MONTH
        + _TO
        + r"(?P<day2>\d{1,2})"
        + _ORD
        + r" "
        + _MONTH2
        + r"(?: (?P<year>\d{4}))?\b"
    ),
    # Ranges within a month, day first: "9-11 June", "from 5 to 7 June", "between 7 and 9 June".
    re.compile(
        r"\b(?:from |between )?(?P<dayfirst>\d{1,2})"
        + _ORD
        + _TO
        + r"(?P<day2>\d{1,2})"
        + _ORD
        + r" (?:of )?"
        + _MONTH
        + r"(?: (?P<year>\d{4}))?\b"
    ),
    # "the 5th of June", "6th June".
    re.compile(r"\b(?:the )?(?P<dayfirst>\d{1,2})" + _ORD + r" (?:of )?" + _MONTH + r"(?: (?P<year>\d{4}))?\b"),
    # "June 7 to 9", "June 7 through 9, 2023".
    re.compile(
        r"\b"
        + _MONTH
        + r" (?P<day>\d{1,2})"
        + _ORD
        + r" (?:to|through|until) (?P<day2>\d{1,2})\b(?:,? (?P<year>\d{4}))?"
    ),
    re.compile(
        r"\bfrom " + _MONTH + r" (?P<day>\d{1,2}) (?:to|until|through) (?:" + _MONTH2 + r" )?(?P<day2>\d{1,2})\b"
    ),
    re.compile(r"\bbetween " + _MONTH + r" (?P<day>\d{1,2}) and (?:" + _MONTH2 + r" )?(?P<day2>\d{1,2})\b"),
    re.compile(r"\b" + _MONTH + r" (?P<day>\d{1,2})\s?[-\u2013](?P<day2>\d{1,2})\b"),
    re.compile(
        r"\b" + _MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:, (?P<year>\d{4}))?\b(?! (?:billion|million|percent))"
    ),
    re.compile(r"\b(?P<dayfirst>\d{1,2}) " + _MONTH + r"(?: (?P<year>\d{4}))?\b"),
    re.compile(r"\b" + _WEEKDAY + r"\b"),
    # ("the 1st time", "the 22nd prime minister", "the 5th anniversary": an ordinal before a noun counts, no day, as
    # before a name does: "the 17th Pacific Islands Forum", "the 9th Francophonie summit"; "On the 18th he stopped":
    # a clause of its own after the day)
    re.compile(
        r"\bthe (?P<ordinal>\d{1,2})(?:st|nd|rd|th)\b"
        r"(?! (?!(?i:of|and|or|to|at|in|on|when|until|through|till|before|after|from|he|she|they|it|we|the)\b)"
        r"[a-z]+)"
        # (a name after it only when the name is a gathering's: "On the 18th Ruto flew" is a day)
        r"(?! (?:[A-Z][\w'\u2019-]* (?:(?:[A-Z][\w'\u2019-]*|of|for|and|on) ){0,6})?"
        r"(?i:summit|forum|conference|games|congress|session|assembly|meeting|"
        r"festival|expo|fair|plenum|dialogue|round)s?\b)"
    ),
    re.compile(
        r"\b(?P<relative>(?:the )?(?:next|following|previous) (?:day|morning|evening)|[Yy]esterday|[Tt]oday|[Tt]onight|"
        r"[Tt]his (?:morning|afternoon|evening)|"
        # The day of what was told last: "that evening", "later that day", "the same day", "later in the afternoon".
        r"(?i:(?:later )?that (?:day|morning|afternoon|evening|night)|the same (?:day|morning|afternoon|evening)|"
        r"later in the (?:day|morning|afternoon|evening)))\b"
    ),
    re.compile(r"\b" + _MONTH + r"(?: (?P<year>\d{4}))?\b(?! \d)"),
]


def resolve_weekday(weekday: int, published: dt.date, ahead: bool) -> dt.date:
    """The day of that weekday nearest the publication date: on or before it, or on or after it when ahead."""
    if ahead:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _year_for(month: int, day: int | None, published: dt.date, ahead: bool) -> int:
    """A month without a year: the publication year, unless that puts a past event months ahead of it."""
    year = published.year
    if not ahead and (month - published.month) > 2:
        year -= 1
    if ahead and (published.month - month) > 6:
        year += 1
    return year


def find_dates(
    text: str, published: dt.date, ahead: bool = False, previous: dt.date | None = None, day_known: bool = True
) -> list[tuple[int, int, str, str | None]]:
    """Every date in a text as (start, end, first, last): ISO texts (``2016-11-17``, ``2016-11``), last for a range.

    Without ``day_known`` (the publication date is known to the month only) a weekday or "the next
    day" is known only to its month: that is all the text says.
    """
    found: list[tuple[int, int, str, str | None]] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            groups = {k: v for k, v in match.groupdict().items() if v}
            if (
                groups.get("month") == "May"
                and not {"day", "dayfirst", "year"} & set(groups)
                and text[max(0, match.start() - 3) : match.start()] != "in "
            ):
                continue  # "may" as a verb at a sentence start
            taken.append((match.start(), match.end()))
            try:
                first, last = _resolve(groups, published, ahead, previous)
            except ValueError:
                continue
            if first is not None and not day_known and ({"weekday", "relative", "ordinal"} & set(groups)):
                first, last = first[:7], None
            if first is not None:
                found.append((match.start(), match.end(), first, last))
    # "on Tuesday, June 6", "Tuesday (June 6)": the weekday and the date are one day; keep the date.
    found.sort()
    return [
        day
        for day, following in zip(found, [*found[1:], None], strict=False)
        if not (
            following
            and rx.fullmatch(r"\s*[,(]?\s*", text[day[1] : following[0]])
            and rx.fullmatch(WEEKDAY_WORD, text[day[0] : day[1]])
        )
    ]


def _resolve(groups: dict, published: dt.date, ahead: bool, previous: dt.date | None) -> tuple[str | None, str | None]:
    if "weekday" in groups:
        return resolve_weekday(WEEKDAYS[groups["weekday"]], published, ahead).isoformat(), None
    if "ordinal" in groups:
        # "on the 26th": a day of the publication's month, or of the month before when later than it.
        day = int(groups["ordinal"])
        month, year = published.month, published.year
        if day > published.day:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
        return dt.date(year, month, day).isoformat(), None
    if "relative" in groups:
        word = groups["relative"].lower()  # "Today in Havana ...": a sentence may open with it
        if word in ("today", "tonight") or word.startswith("this "):
            return published.isoformat(), None
        if word == "yesterday":
            return (published - dt.timedelta(days=1)).isoformat(), None
        if previous is None:
            return None, None
        step = -1 if "previous" in word else 1 if rx.search(r"\b(?:next|following)\b", word) else 0
        return (previous + dt.timedelta(days=step)).isoformat(), None
    month = MONTHS[groups["month"]]
    day_text = groups.get("day") or groups.get("dayfirst")
    if day_text is None:
        year = int(groups["year"]) if "year" in groups else _year_for(month, None, published, ahead)
        return f"{year:04d}-{month:02d}", None
    day = int(day_text)
    month2 = MONTHS[groups["month2"]] if "month2" in groups else month
    year = int(groups["year"]) if "year" in groups else _year_for(month, day, published, ahead)
    if "year" in groups and "month2" in groups and month2 < month:
        year -= 1  # "Dec 30 - Jan 2, 2024": the year written is the range's end
    first = dt.date(year, month, day)
    last = None
    if "day2" in groups:
        last = dt.date(year + (1 if month2 < month else 0), month2, int(groups["day2"])).isoformat()
    return first.isoformat(), last
