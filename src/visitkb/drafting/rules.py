"""The rules that read an article: each finds one kind of fact in a sentence and says why.

A finding is a plain dict in the shape of the draft benchmark's gold records (``legs``,
``meetings``, ...), with the character span of its excerpt, the rule that produced it and a
confidence. The rules read wire copy: a dateline, a lead naming the travelling leader, then
sentences in roughly the order things happened.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..vocabulary import OFFICE_TITLES
from . import gazetteer as gz
from .text import Sentence, sentences
from .when import find_dates

MAX_EXCERPT = 300

_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A dateline in any of the shapes agencies use: "RIYADH, Dec 9 (Agency) - ", "WUHAN, China, Sept 7 -- ",
# "BEIJING (Agency) - ", "NEW DELHI: ", "Nairobi, 12 March 2024 \u2014 ", "WASHINGTON \u2014 ". The city is
# in capitals or followed by a date; group ``city`` is its name.
DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z .'\u2019-]*[A-Za-z])(?:, (?!" + _MONTH_WORD + r" \d)(?P<region>[A-Z][A-Za-z .]+?))?"
    r"(?:,? (?P<date>(?:" + _MONTH_WORD + r" \d{1,2}(?:st|nd|rd|th)?|\d{1,2} " + _MONTH_WORD + r")(?:,? \d{4})?|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY))?"
    r"\s*(?:\((?P<agency>[^)]{2,60})\))?\s*(?P<dash>--|[-\u2013\u2014:|/])?(?:\s+|$)"
)


def dateline(text: str) -> re.Match[str] | None:
    """The dateline at the start of a story's first sentence, when it has one."""
    found = DATELINE.match(text)
    if not found:
        return None
    capitals = found.group("city") == found.group("city").upper() and len(found.group("city")) > 2
    if not capitals and not (text[found.end("city") : found.end("city") + 1] == "," and found.group("dash")):
        return None  # "On 3 April, in the Palace": a sentence, not "Nairobi, 12 March 2024 \u2014"
    marked = found.group("date") or found.group("agency")
    if not (marked or (capitals and found.group("dash"))):
        return None
    if not (capitals or found.group("date")):
        return None
    return found


# Verbs whose subject is the traveller: arriving, visiting, leaving, and being received.
TRAVELLER_VERBS = (
    r"(?:arrived|arrives|arriving|landed|lands|touched down|flew|flies|travell?ed|travels|headed|left|leaves|"
    r"departed|set off|set out|visited|visits|is visiting|was visiting|began|begins|started|kicked off|opened|"
    r"wrapped up|wraps up|wound up|winds up|concluded|concludes|ended|ends|rounded off|completed|continued|"
    r"moved on|was in|is in|paid|pays|made|makes|was (?:\w+ )?(?:welcomed|received|greeted|hosted|met)|"
    r"is (?:\w+ )?(?:welcomed|received|greeted|hosted))"
)
RECEIVING_VERBS = r"(?:welcomed|welcomes|received|receives|hosted|hosts|greeted|greets|played host to)"


def _country_of(adjective: str | None) -> str | None:
    """The country an adjective or a possessive names: "Kenyan", "South Korean", "India's"."""
    if not adjective:
        return None
    bare = re.sub(r"['\u2019]s$", "", adjective)
    if bare != adjective:
        return gz.country_names().get(bare) or gz.country_names().get("the " + bare)
    return gz.adjectives().get(adjective)


def _travels_in(name: str, text: str) -> bool:
    """Whether a text has this person travelling: the subject of a travel verb, or the one welcomed."""
    words = [w for w in name.split() if w[:1].isupper() and len(w) > 2] or name.split()
    who = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
    subject = re.search(
        who + r"(?:(?:,[^,]{1,100},)|\s\((?:[^)]*)\)|,)?\s(?:(?:on|late|early|last|this) \w+ |also |then |has |had |"
        r"is |was |will |on \w+day \w+ )?(?:[\w-]+ )?" + TRAVELLER_VERBS + r"\b",
        text,
    )
    received = re.search(RECEIVING_VERBS + r"\s(?:[\w.'-]+\s){0,5}?" + who, text)
    return bool(subject or received)


# A visit named as a noun, its traveller in an "of" phrase or a possessive: "the official visit of Prime Minister X
# to Y", "the visit to the Republic of Y of Comrade X" (communiques), "X's journey to Y" (features). Leads in these
# styles may never make the traveller the subject of a verb.
_NOMINAL_VISIT = re.compile(r"\b(?:visit|journey|trip|tour|stay)\b(?= (?:to|of|in)\b)")
# The titles of a head of state or government: the host of a leg is one ("First Secretary" of a ruling party too).
_HEAD_TITLES = re.compile(
    r"\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Emperor|Chairman|"
    r"General Secretary|First Secretary|Supreme Leader|Taoiseach|Head of (?:State|Government))\b"
)
_HONORIFIC = r"(?:(?:His|Her) (?:Royal )?(?:Excellency|Majesty|Highness)|Comrade|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Smt\.?)"


@dataclass
class Finding:
    """One fact drafted from the article: gold-shaped fields, the excerpt's span, the rule and a confidence."""

    kind: str
    fields: dict[str, Any]
    start: int
    end: int
    rule: str
    confidence: float
    published: str = ""
    """The publication date the finding's dates were read against."""


@dataclass
class Leg:
    country: str
    cities: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    first: int = 0
    span: tuple[int, int] = (0, 0)
    rule: str = ""
    host: str | None = None
    """Who received the leader there (a head of state or government): "the two leaders" on this leg."""


_TITLES = sorted(
    {
        *OFFICE_TITLES,
        "King",
        "Queen",
        "Crown Prince",
        "Prince",
        "Emperor",
        "Sheikh",
        "Emir",
        "Sultan",
        "Premier",
        "Chancellor",
        "Vice Premier",
        "State Councillor",
        "Speaker",
        "Prime Minister",
        "President",
        "Pope",
        "Secretary-General",
        "Chairman",
        "General Secretary",
        "Supreme Leader",
    },
    key=len,
    reverse=True,
)
_TITLE = (
    r"(?:(?:"
    + "|".join(re.escape(t) for t in _TITLES)
    + r")(?: and (?:"
    + "|".join(re.escape(t) for t in _TITLES)
    + r"))?)"
)
_PARTICLES = r"(?:bin|bint|ibn|al|el|da|de|do|dos|das|du|van|von|der|den|la|le|Al|El|Abu|Bin)"
# Letters of names in Latin scripts with accents too ("F\u00e9lix", "Jo\u00e3o Louren\u00e7o", "Erdo\u011fan").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_NAME_WORD = (
    rf"(?:[{_UPPER}][{_LOWER}]+(?:['\u2019](?!s\b)[{_LOWER}]+)?(?:-[A-Za-z][{_LOWER}]+)*|[A-Z]\.(?:[A-Z]\.)*|"
    rf"[A-Z][{_LOWER}]*[A-Z][{_LOWER}]+|[A-Z](?= [A-Z][a-z]))"
)
NAME = _NAME_WORD + r"(?:\s(?:" + _PARTICLES + r"[\s-])*" + _NAME_WORD + r")*"
_PERSON = re.compile(
    r"(?:(?!"
    + _TITLE
    + r"\s)(?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:['\u2019]s)?|U\.S\.) )?(?P<title>"
    + _TITLE
    + r")(?: (?:of|of the) [A-Z][\w ]+?)?\s(?:(?:(?:Dr|Mr|Mrs|Ms|Comrade|Shri|Smt|Sri|Mme)\.?|"
    # "Sheikh" only before a name of several words ("Sheikh Mohamed bin Zayed"): in "Sheikh Hasina" it is the name.
    r"(?:His|Her) (?:Royal )?(?:Excellency|Majesty|Highness)|Sheikha?(?= [A-Z][\w-]+ (?:[A-Z]|bin |ibn |al |Al )))\s)*(?P<name>"
    + NAME
    + r")"
)
_REGIONS = {
    "Asia",
    "Africa",
    "Europe",
    "America",
    "Americas",
    "East",
    "Gulf",
    "Pacific",
    "Caribbean",
    "Oceania",
    "Pradesh",
    "Province",
    "Prefecture",
    "State",
}
"""Last words of regions and provinces, which are no cities."""
_NOT_NAMES = {
    "The",
    "He",
    "She",
    "It",
    "They",
    "His",
    "Her",
    "On",
    "In",
    "At",
    "After",
    "Before",
    "During",
    "Both",
    "Some",
    "Officials",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Great",
    "Hall",
    "House",
    "Palace",
    "Summit",
    "Forum",
    "Meeting",
    "Conference",
    "Council",
    "Party",
    "Ministry",
}
_INSTITUTIONS = {
    "Committee",
    "Presidium",
    "Assembly",
    "Soviet",
    "Republic",
    "Union",
    "Council",
    "Party",
    "Parliament",
    "Congress",
    "Ministry",
    "Office",
    "Government",
    "State",
    "States",
}
"""Words of an institution's name, which are no person's: "General Secretary of the Central Committee"."""
_FUTURE = re.compile(
    r"\b(?:will|would|is due to|are due to|was due to|had been due|is to|are to|plans? to|planned|planning|"
    r"expected to (?:visit|travel|make|attend)|later this (?:week|month|year)|next (?:week|month|year)|invited|"
    r"invitation|scheduled to|set to (?:visit|travel|attend)|upcoming|to host|hosts|will host|"
    r"look(?:s|ed|ing)? forward to)\b",
    re.I,
)
_BACKGROUND = re.compile(
    r"\b(?:last visit(?:ed)?|previous visit|earlier visit|first visit since|had visited|had travelled|"
    r"visited [A-Z][\w ]+ in (?:19|20)\d\d|in (?:19|20)\d\d|since (?:19|20)\d\d|ago|years? earlier|"
    r"last (?:came|went|travelled|traveled)|predecessor|in that year|that same year)\b",
)
# A finite verb right after a name: the name is the subject of a clause of its own ("Jiang gave a banquet").
_PREDICATE = r"\s(?:(?:also|then|later) )?(?:gave|gives|said|says|told|was|is|were|has|had|will|would|met|held|made|took|spoke|hosted|hosts|[a-z]+ed)\b"
# A visit weeks or months apart from the one reported ("The visit came a week after his visit to Egypt"): another trip.
_OTHER_VISIT = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|a few|\d+) (?:weeks?|months?|years?) (?:after|before|earlier than)\b"
    r"[^.;]*\b(?:visit|trip|tour|journey)\b"
)
_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
}  # fmt: skip
_NEGATION = re.compile(r"\b(?:did not|didn't|no plans|not hold|not meet|not visit|without)\b")
_SCALES = {
    "trillion": "trillion",
    "billion": "billion",
    "bln": "billion",
    "bn": "billion",
    "million": "million",
    "mln": "million",
    "m": "million",
    "thousand": "thousand",
}
_UNITS = [
    (r"(?:U\.S\.|US|American) dollars?", "USD"),
    (r"Australian dollars?", "AUD"),
    (r"Canadian dollars?", "CAD"),
    (r"Hong Kong dollars?", "HKD"),
    (r"Singapore dollars?", "SGD"),
    (r"New Zealand dollars?", "NZD"),
    (r"dollars?", "USD"),
    (r"euros?", "EUR"),
    (r"yuan|renminbi", "CNY"),
    (r"yen", "JPY"),
    (r"rupees?", "INR"),
    (r"riyals?", "SAR"),
    (r"dirhams?", "AED"),
    (r"rand", "ZAR"),
    (r"pounds?(?: sterling)?", "GBP"),
    (r"roubles?|rubles?", "RUB"),
    (r"won", "KRW"),
    (r"reais|reals?", "BRL"),
    (r"pesos?", "MXN"),
]
_CURRENCY_SIGNS = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "A$": "AUD",
    "C$": "CAD",
    "R$": "BRL",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "RMB": "CNY",
}
# ISO 4217 codes written before or after an amount ("EUR 300 million", "5 billion USD").
_ISO_CURRENCIES = "USD|EUR|JPY|GBP|CNY|INR|AUD|CAD|CHF|SAR|AED|ZAR|BRL|KRW|RUB|MXN|SGD|HKD|NZD|TRY|IDR|NGN|KES|EGP|QAR|KWD|SEK|NOK|DKK"
_SIGN = r"(?P<sign>US\$|U\.S\.\$|A\$|C\$|R\$|\$|€|£|¥|₹|Rs\.?|RMB|" + _ISO_CURRENCIES + r")"
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|a hundred|one hundred|several hundred|a|half a"
)
_AMOUNT = re.compile(
    r"(?<![\w.])"
    + _SIGN
    + r"?\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|(?:"
    + _NUMBER_WORDS
    + r")(?= (?:trillion|billion|million)))"
    r"\s?(?P<scale>trillion|billion|million|bln|mln|bn|thousand|lakh crore|crore|lakh)?"
    r"(?:\s(?P<unit>" + "|".join(u for u, _ in _UNITS) + "|" + _ISO_CURRENCIES + r"))?(?![\w-])"
)
_AMOUNT_WITH_SCALE = re.compile(
    r"(?:\d(?:[\d.,]*)|\b(?:" + _NUMBER_WORDS + r"))\s?(?:trillion|billion|million|bln|mln|bn|crore)\b"
)
_SCALE_FACTORS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Indian numbering: a lakh is 100,000 and a crore ten million.
_INDIAN_SCALES = {"lakh": 1e5, "crore": 1e7, "lakh crore": 1e12}


def _amount(number: str, scale: str) -> tuple[float, str]:
    """An amount's value and scale as the gold writes them: "Rs 5,000 crore" is 50 billion."""
    value = _number(number) if number[0].isdigit() else _word_amount(number)
    if scale not in _INDIAN_SCALES:
        return value, _SCALES[scale]
    total = value * _INDIAN_SCALES[scale]
    for name in ("trillion", "billion", "million", "thousand"):
        if total >= _SCALE_FACTORS[name]:
            return round(total / _SCALE_FACTORS[name], 6), name
    return total, "thousand"


def _word_amount(words: str) -> float:
    """A number written in words before a scale: "two" billion, "a" billion, "half a" billion."""
    words = words.lower()
    if words == "a":
        return 1.0
    if words == "half a":
        return 0.5
    tens = {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "one hundred": 100, "one": 1}
    return float(tens.get(words) or _WORD_NUMBERS.get(words) or 0)


_WORD_NUMBERS = {
    "a dozen": 12,
    "dozen": 12,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a hundred": 100,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "eleventh": 11,
    "twelfth": 12,
    "fifteenth": 15,
    "twenty-fifth": 25,
}
_QUALIFIERS = [
    (r"more than|over|upwards of", "more-than"),
    (r"at least|no fewer than|no less than", "at-least"),
    (r"about|around|some|roughly|approximately|an estimated", "about"),
    (r"nearly|almost|close to", "nearly"),
    (r"up to", "up-to"),
]
_NUMBER = r"(?P<num>\d+|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
# "At least 15 agreements ..." opens a sentence: the qualifier in any case.
_QUALIFIER = r"(?:(?P<qual>(?i:" + "|".join(q for q, _ in _QUALIFIERS) + r")) )?"
_DOCUMENTS = (
    r"(?:[Aa]greements?|deals?|documents?|[Aa]ccords?|[Mm]emorand(?:a|ums?)(?: [Oo]f [Uu]nderstanding)?|MoUs?|MOUs?|"
    r"contracts?|pacts?|treaties|[Pp]rotocols?|instruments?)"
)
_COUNT = re.compile(
    r"\b" + _QUALIFIER + _NUMBER + r"\s(?P<what>(?:(?!(?:times|events|meetings|summits|aircraft|planes|people|"
    r"countries|nations|years|days|percent|signed|inked|sealed|were|was|have|has|had|would|will|are|is|"
    r"\d+)\b)[\w-]+[ ,]{1,2}){0,5}?" + _DOCUMENTS + r")\b"
    r"|\b(?P<doz>dozens) of (?P<what2>(?:[\w-]+ ){0,3}" + _DOCUMENTS + r")\b"
)


def _qualifier(word: str | None) -> str:
    if not word:
        return "exact"
    for pattern, name in _QUALIFIERS:
        if re.fullmatch(pattern, word.lower()):
            return name
    return "exact"


def _number(text: str) -> float:
    return float(text.replace(",", "")) if text[0].isdigit() else float(_WORD_NUMBERS[text.lower()])


def _unit(sign: str | None, unit: str | None) -> str | None:
    for code in (sign, unit):
        if code and re.fullmatch(_ISO_CURRENCIES, code):
            return code
    if unit:
        for pattern, code in _UNITS:
            if re.fullmatch(pattern, unit):
                return code
    if sign:
        return _CURRENCY_SIGNS.get(sign)
    return None


# The words of a relative day that say its step from the day told last ("that", "same": the same day).
_RELATIVE_STEP = re.compile(r"(?i)\b(?:next|following|previous|that|same|later)\b")


class Reader:
    """Reads one article: what it knows so far (the leader, the legs), and the findings."""

    def __init__(
        self, text: str, published: dt.date, known_people: dict[str, str] | None = None, day_known: bool = True
    ):
        self.text = text
        self.day_known = day_known
        self.published = published
        self.sentences = sentences(text)
        self.findings: list[Finding] = []
        self.legs: list[Leg] = []
        self.leader: str | None = None
        self.leader_country: str | None = None
        self.leader_words: set[str] = set()
        self.leader_title: str | None = None
        self.leader_honorific: str | None = None
        self.people: dict[str, str] = {}  # full name -> country code (or "")
        self.known_people = known_people or {}
        self.dateline_city: str | None = None
        self.trip_end: str | None = None
        self.trip_returned: str | None = None
        self.trip_left: str | None = None
        """The day the leader left home ("left Accra on Monday"), when the story says it."""
        self.trip_span: tuple[int, int] | None = None
        self.remote = False
        self._told: dict[int, list[tuple[int, int, str, str | None]]] | None = None
        self.lead = self._lead()

    def _lead(self) -> int:
        """The first sentence of the story: the one with a dateline, else the first of a paragraph of prose
        (a headline, a byline, a bare place line or a time stamp before it is no part of the story)."""
        for index, sentence in enumerate(self.sentences[:12]):
            head = dateline(sentence.text)
            if head and len(sentence.text) - head.end() > 40:
                return index
        for index, sentence in enumerate(self.sentences[:12]):
            body = sentence.text
            if (
                len(body) >= 80
                and (re.search(r"[.!?\"\u201d\]]$", body) or len(body) >= 150)
                and not re.match(r"(?:By|From|Updated|Published|Posted|Copyright|We use)\b", body)
                and len(re.findall(r"\b[a-z][\w'-]*", body)) >= 0.3 * len(body.split())
            ):
                return index
        return 0

    # --- helpers ---------------------------------------------------------------------------------

    def excerpt_span(self, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end) (offsets in the text): the sentence, or a part of it no longer than allowed."""
        lo, hi = sentence.start, sentence.end
        body = self.text[lo:hi]
        # Drop a dateline: the excerpt is a clause of the story.
        head = dateline(body) if lo == self.sentences[self.lead].start else None
        if head and lo + head.end() <= start:
            lo += head.end()
        if hi - lo <= MAX_EXCERPT:
            return lo, hi
        # Cut at clause boundaries around the match until it fits.
        left, right = start, end
        for m in re.finditer(r"[,;:\u2014] ", self.text[lo:start]):
            left = lo + m.end()
        left = min(left, start)
        stop = re.search(r"[,;:\u2014] ", self.text[end:hi])
        right = end + stop.start() if stop else hi
        if right - left > MAX_EXCERPT:
            left, right = start, min(end, start + MAX_EXCERPT)
        return left, right

    def add_meeting(
        self,
        who: str,
        form: str,
        *,
        place: str | None,
        date: str | None,
        person_country: str | None,
        sentence: Sentence,
        start: int,
        end: int,
        rule: str,
        confidence: float,
    ) -> None:
        """Draft a meeting of the leader with ``who``, with the fields every meeting finding carries."""
        self.add(
            "meetings",
            {
                "with": who,
                "country": place,
                "date": date,
                "form": form,
                "person_country": person_country,
                "leader": self.leader,
                "leader_country": self.leader_country,
            },
            sentence,
            start,
            end,
            rule,
            confidence,
        )

    def add(
        self, kind: str, fields: dict, sentence: Sentence, start: int, end: int, rule: str, confidence: float
    ) -> Finding:
        lo, hi = self.excerpt_span(sentence, sentence.start + start, sentence.start + end)
        published = self.published.isoformat() if self.day_known else self.published.isoformat()[:7]
        finding = Finding(kind, fields, lo, hi, rule, confidence, published)
        self.findings.append(finding)
        return finding

    def dates(self, sentence: Sentence, ahead: bool = False) -> list[tuple[int, int, str, str | None]]:
        """The dates in a sentence; "the next day" or "that evening" counted from the last day told before it."""
        if not ahead:
            return self._dates_told()[sentence.start]
        return find_dates(
            sentence.text, self.published, ahead, previous=self._day_before(sentence.start), day_known=self.day_known
        )

    def _dates_told(self) -> dict[int, list[tuple[int, int, str, str | None]]]:
        """Each sentence's dates (by its start), read in order so that a relative day has the day told last."""
        if self._told is None:
            self._told = {}
            self._last_day: dict[int, dt.date | None] = {}
            previous: dt.date | None = None
            for sentence in self.sentences:
                self._last_day[sentence.start] = previous
                found = []
                for day in find_dates(sentence.text, self.published, previous=previous, day_known=self.day_known):
                    words = sentence.text[day[0] : day[1]]
                    step = _RELATIVE_STEP.search(words)
                    if step and not re.search(r"(?i)yesterday|today", words) and previous is not None:
                        # "landed on Monday and met X that afternoon": the day told last, in this sentence too.
                        shift = -1 if step.group() == "previous" else 1 if step.group() in ("next", "following") else 0
                        day = (day[0], day[1], (previous + dt.timedelta(days=shift)).isoformat(), None)
                    found.append(day)
                    if len(day[2]) == 10:
                        told = dt.date.fromisoformat(day[3] or day[2])
                        # A day of the story, not background ("the treaty signed on 11 January 2021").
                        if -7 <= (self.published - told).days <= 31:
                            previous = told
                self._told[sentence.start] = found
        return self._told

    def _day_before(self, start: int) -> dt.date | None:
        self._dates_told()
        return self._last_day.get(start)

    def date_near(self, sentence: Sentence, position: int, ahead: bool = False) -> str | None:
        """The date of what is said at a position: the first one after it in the same clause, else the last before."""
        found = [d for d in self.dates(sentence, ahead) if len(d[2]) == 10]
        if not found:
            return None
        text = sentence.text
        after = [
            d
            for d in found
            if d[0] >= position and not re.search(r";|, and |\band (?:then |later )?[a-z]+ed\b", text[position : d[0]])
        ]
        if after:
            return after[0][2]
        before = [d for d in found if d[0] < position]
        return before[-1][2] if before else found[0][2]

    def another_month(self, after: str) -> bool:
        """Whether the words after a place date it to a month other than the story's ("travelled to X in
        February", "the summit in Vilnius in July", in a story of March or August): another occasion."""
        clause = re.split(r"[,;]|\b(?:where|when|which|who|and)\b", after)[0][:40]
        month = re.search(r"\bin (?:early |mid-)?(?P<when>" + _MONTH_WORD + r"(?: (?:19|20)\d\d)?)\b", clause)
        if not month or re.search(r"\d{1,2}(?:st|nd|rd|th)?\b", clause[: month.start()] + clause[month.end() :]):
            return False
        found = find_dates(month.group("when"), self.published)
        return bool(found) and len(found[0][2]) == 7 and found[0][2] != self.published.isoformat()[:7]

    def is_leader(self, text: str) -> bool:
        words = set(re.findall(r"[A-Z][\w'-]+", text))
        return bool(words & self.leader_words)

    def leader_subject(self, sentence: Sentence, position: int) -> bool:
        """Whether the leader (by name, or 'he'/'she' once the leader is known) acts at this point of the sentence."""
        before = sentence.text[:position]
        clauses = re.split(r"[;]|, (?:while|but|and|when) |, where ", before)
        clause = clauses[-1]
        # A clause with no subject of its own ("..., and held a brief meeting") shares the one before.
        while len(clauses) > 1 and (
            not clause.strip()
            or re.match(r"\s*(?:then |also |later )?[a-z]+ed\b|\s*(?:held|met|made|took|went|flew|had)\b", clause)
        ):
            clauses.pop()
            clause = clauses[-1] + " " + clause
        pronoun = (
            re.search(
                r"(?:^|\b)(?:[Hh]e|[Ss]he|[Tt]he (?:two|president|prime minister|premier|chancellor|leaders?))\b",
                clause,
            )
            or (self.leader_title and re.search(r"\b[Tt]he " + re.escape(self.leader_title) + r"\b", clause, re.I))
            or (self.leader_honorific and self.leader_honorific in clause)
            or self.refers_to_leader(clause)
        )
        if not (self.is_leader(clause) or pronoun):
            return False
        # Another person named first is the subject ("Xi made a state visit ..., when he attended"): not the leader.
        first_word = re.match(r"\s*(?:[A-Z][a-z]+ )?(?P<w>[A-Z][\w-]+)", sentence.text)
        if first_word and not self.is_leader(sentence.text[:position]) and first_word.group("w") not in _NOT_NAMES:
            word = first_word.group("w")
            if any(word in full.split() for full in self.people if not self.is_leader(full)):
                return False
        others = [m for m in _PERSON.finditer(clause) if not self.is_leader(m.group("name"))]
        if not others:
            return True
        leader_at = (
            [m.start() for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, self.leader_words)) + r")\b", clause)]
            if self.leader_words
            else []
        )
        if leader_at and leader_at[0] < others[0].start():
            return True  # the leader named first is the subject; the other is an object
        # "he held talks with X and, on the sidelines, met Y": the pronoun before X, no verb of saying between.
        pronoun_first = re.search(r"\b(?:[Hh]e|[Ss]he)\b(?P<gap>.*)", clause[: others[0].start()])
        if pronoun_first and not re.search(r"\b(?:said|says|told|tells|announced|added)\b", pronoun_first.group("gap")):
            return True
        after_other = clause.split(others[-1].group("name"))[-1]
        return self.is_leader(after_other) or bool(re.search(r"\b[Hh]e\b|\b[Ss]he\b", after_other))

    def refers_to_leader(self, clause: str) -> bool:
        """Whether a clause names the leader by role: "the visiting leader", "the guest", "the Kenyan president"."""
        for found in re.finditer(
            r"\b[Tt]he (?P<visiting>visiting |guest |)(?:(?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?"
            r"(?P<role>[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|leader|head of (?:state|government)|"
            r"king|queen|emir|sultan|monarch|crown prince|guest|visitor|statesman|[Tt]aoiseach)\b",
            clause,
        ):
            adjective = found.group("adj")
            if found.group("visiting") or found.group("role") in ("guest", "visitor"):
                return True
            if adjective and gz.adjectives().get(adjective) == self.leader_country and self.leader_country:
                return True
        return False

    def person(self, raw: str) -> str:
        """A person's name as first given in full (a later 'Crown Prince Mohammed' is the Mohammed bin Salman met before)."""
        raw = raw.strip()
        words = set(raw.split())
        for full in self.people:
            if words <= set(full.split()) or set(full.split()) <= words:
                return full if len(full) >= len(raw) else raw
        for full in self.known_people:
            if len(words) > 1 and words <= set(full.split()):
                return full
        # "M. S. Gorbachev", "F. Castro": initials for the names given in full before.
        initials = [w[0] for w in raw.split() if re.fullmatch(r"[A-Z]\.", w)]
        if initials:
            rest = {w for w in raw.split() if not re.fullmatch(r"[A-Z]\.", w)}
            for full in self.people:
                parts = full.split()
                if rest and rest <= set(parts) and all(any(p[0] == i for p in parts) for i in initials):
                    return full
        return raw

    def note_person(self, name: str, country: str | None) -> str:
        full = self.person(name)
        if full == name.strip() and full not in self.people:
            self.people[full] = country or ""
        return full

    def leg_at(self, sentence_index: int) -> Leg | None:
        if getattr(self, "current", None):
            return self.current[sentence_index]
        current = None
        for leg in self.legs:
            if leg.first <= sentence_index:
                current = leg
        return current or (self.legs[0] if self.legs else None)

    def other_party(self, sentence: Sentence, index: int) -> list[str]:
        """The countries a sentence pairs with the leader's: legs it names, countries it pairs with the
        leader's ('with X', 'X and <home>', 'between X and Y'), else the visit's."""
        text = sentence.text
        named = [(start, c) for start, _, c in gz.countries_in(text) if c != self.leader_country]
        named += [
            (m.start(1), gz.adjectives()[m.group(1)])
            for m in gz.adjective_pattern().finditer(text)
            if gz.adjectives()[m.group(1)] != self.leader_country and not re.match(r" dollars?\b", text[m.end(1) :])
        ]
        named = sorted(n for n in named if len(n[1]) == 2)
        legs = {leg.country for leg in self.legs}
        on_legs = [c for _, c in named if c in legs]
        if on_legs:
            return list(dict.fromkeys(on_legs))
        home = [start for start, _, c in gz.countries_in(text) if c == self.leader_country]
        paired = []
        for start, code in named:
            before = text[max(0, start - 30) : start]
            close_to_home = any(abs(start - h) < 40 for h in home)
            if re.search(r"\b(?:with|between|and|to|visit(?:ed|ing)?|in)\s(?:the\s)?$", before) or close_to_home:
                paired.append(code)
        if paired:
            return list(dict.fromkeys(paired))
        partner = self.partner(index)
        if partner:
            return [partner]
        return list(dict.fromkeys(c for _, c in named))

    # --- reading ---------------------------------------------------------------------------------

    def read(self) -> list[Finding]:
        if not self.sentences:
            return []
        self.find_leader()
        self.settle_leader_country()
        for index, sentence in enumerate(self.sentences):
            self.section_head(index, sentence)
            self.travel(index, sentence)
            self.trip_began(index, sentence)
            self.located(index, sentence)
            self.reception(index, sentence)
        self.finish_legs()
        self.track_legs()
        self.leader_title = self.leader_title or self._own_title(hosts_only=True)
        self.register_people()
        self.find_hosts()
        for index, sentence in enumerate(self.sentences):
            self.events(index, sentence)
            self.meetings(index, sentence)
            self.agreement_counts(index, sentence)
            self.agreements(index, sentence)
            self.partnerships(index, sentence)
            self.relations(index, sentence)
            self.money(index, sentence)
            self.relative_pledges(index, sentence)
            self.programmes(index, sentence)
        self.emit_legs()
        return self.findings

    def find_leader(self) -> None:
        """The travelling leader: a person named in the lead, preferring one whose country is not the dateline's."""
        first = self.sentences[self.lead]
        head = dateline(first.text)
        alone = dateline(self.sentences[self.lead - 1].text + " ") if self.lead else None
        if head is None and alone:
            # "MOSCOW, 5 April (Agency)." or "BEIJING." on a line of its own before the story.
            city = alone.group("city")
            self.dateline_city = city.title() if city == city.upper() else city
        if head:
            city = head.group("city")
            self.dateline_city = city.title() if city == city.upper() else city
        host = gz.capital_country(self.dateline_city or "")
        lead = " ".join(s.text for s in self.sentences[self.lead : self.lead + 2])
        candidates: list[tuple[str, str | None]] = []
        for match in _PERSON.finditer(lead):
            name = match.group("name")
            if name.split()[0] in _NOT_NAMES or _INSTITUTIONS & set(name.split()) or name in gz.country_names():
                continue
            country = _country_of(match.group("adj"))
            known = self.person(name)
            if country is None and self.known_people.get(known):
                country = self.known_people[known]
            candidates.append((name, country))
        # "His Excellency Mr. Abdel Fattah El-Sisi, President of the Arab Republic of Egypt": a title after the name.
        for match in re.finditer(
            r"(?:(?:His|Her) Excellency |(?:Mr|Mrs|Ms|Dr|Shri|Smt|Comrade)\.? )+(?P<name>"
            + NAME
            + r"), (?:the )?(?:"
            + _TITLE
            + r") of (?:the )?(?P<where>[A-Z][\w ]+?)(?=[,.;]| (?:paid|visited|arrived|made|began|ended))",
            lead,
        ):
            where = match.group("where")
            candidates.append(
                (match.group("name"), gz.country_names().get(where) or gz.country_names().get("the " + where))
            )
        # "The President of the Republic of Uzbekistan, Shavkat Mirziyoyev,": the title and country, then the name.
        for match in re.finditer(
            r"\b[Tt]he (?:" + _TITLE + r"|Head of State|Head of Government) of (?:the )?(?P<where>[A-Z][\w' ]+?), "
            r"(?P<name>" + NAME + r"),",
            lead,
        ):
            where = re.sub(r"^(?:Republic|Kingdom|State|Sultanate|Federation) of (?:the )?", "", match.group("where"))
            code = gz.country_names().get(where) or gz.country_names().get("the " + where)
            candidates.append((match.group("name"), code))
        # A name with no title opening the story: "WASHINGTON, May 2 (Agency) - Barack Obama on Friday ...".
        body = first.text[head.end() :] if head else first.text
        bare = re.match(r"(?P<name>" + NAME + r")\b", body)
        if bare:
            name = bare.group("name")
            words = name.split()
            if (
                len(words) >= 2
                and not any(title in name for title in _TITLES)
                and words[0] not in _NOT_NAMES
                and name not in gz.country_names()
                and words[0] not in gz.adjectives()
            ):
                after = re.search(
                    r"\b(?P<adj>[A-Z][\w.]+(?: [A-Z][a-z]+)?) (?:president|prime minister|premier|chancellor|leader|king)\b",
                    first.text,
                )
                country = gz.adjectives().get(after.group("adj")) if after else None
                known = self.person(name)
                candidates.insert(0, (name, country or self.known_people.get(known) or None))
        named = self.visit_named()
        if named:
            candidates.insert(0, (named[1], named[2]))
        if not candidates:
            return
        # The traveller is whoever the lead has arriving, visiting or leaving, or being welcomed: not
        # whoever is named first, and not whoever is from the dateline's country (a story may be filed at home).
        travelling = [c for c in candidates if _travels_in(c[0], lead)]
        if named:
            travelling.insert(0, (named[1], named[2]))
        visitors = [c for c in candidates if c[1] and c[1] != host]
        # A call with nobody travelling ("X held a telephone conversation with Y"): the caller named first is
        # the article's leader, wherever the other is from.
        remote = re.search(r"\b(?:(?:tele)?phone|video|virtual)\b", first.text)
        if travelling:
            name, country = travelling[0]
        elif remote and not self.visit_named():
            name, country = candidates[0]
        else:
            name, country = visitors[0] if (visitors and host) else candidates[0]
        # The same person named twice in the lead ("President El-Sisi", "Mr. Abdel Fattah El-Sisi, President of
        # Egypt"): the fullest name, and the country either gives.
        same = [c for c in candidates if set(c[0].split()) & set(name.split()) - {"Al", "El", "al", "el"}]
        name = max((c[0] for c in same), key=len, default=name)
        country = country or next((c[1] for c in same if c[1]), None)
        if country is None:
            # "Emperor Haile Selassie of Ethiopia": the country after the name.
            of = re.search(re.escape(name) + r" of (?:the )?(?P<where>[A-Z][\w]+(?: [A-Z][\w]+)*)", lead)
            where = of.group("where") if of else ""
            country = gz.country_names().get(where) or gz.country_names().get("the " + where)
        self.leader = name
        self.leader_country = country
        titles = {word for title in _TITLES for word in title.split()}
        self.leader_words = {w for w in name.split() if w[0].isupper() and w not in ("Al", "El") and w not in titles}
        self.leader_title = self._own_title()
        self.leader_honorific = self._own_honorific()
        self.people[name] = country or ""

    def _own_title(self, hosts_only: bool = False) -> str | None:
        """The title the article gives the leader and nobody else ("Prime Minister" beside a "President" host),
        so that "The Prime Minister arrived" is the leader; none when another person shares it.

        With ``hosts_only`` (once the legs are known) only the others a bare title could mean count: one named
        with the title alone, or with the adjective of a country visited; "Federal President X", "World Bank
        President Y" or "Indian Prime Minister Z", named in passing, leave "the President" the leader."""
        mine: set[str] = set()
        others: set[str] = set()
        visited = {leg.country for leg in self.legs}
        for match in _PERSON.finditer(self.text):
            title = match.group("title").lower()
            if self.is_leader(match.group("name")):
                mine.add(title)
            elif not hosts_only or not match.group("adj") or _country_of(match.group("adj")) in visited:
                others.add(title)
        own = sorted(mine - others, key=len, reverse=True)
        return own[0] if len(own) == 1 else None

    def _own_honorific(self) -> str | None:
        """The honorific the article gives the leader and nobody else ("His Highness Sheikh X"), so that a bare
        "His Highness arrived" is the leader."""
        mine: set[str] = set()
        others: set[str] = set()
        for match in re.finditer(
            r"(?P<hon>(?:His|Her) (?:Royal )?(?:Highness|Majesty|Excellency))\s(?:(?:"
            + _TITLE
            + r")\s)?(?P<name>"
            + NAME
            + r")",
            self.text,
        ):
            (mine if self.is_leader(match.group("name")) else others).add(match.group("hon"))
        own = sorted(mine - others)
        return own[0] if len(own) == 1 else None

    def leader_reference(self) -> str:
        """A pattern for the leader as an object: a word of the name, the honorific the article gives only the
        leader, or a role ("the visiting president", "the distinguished guest", "the Uzbek leader")."""
        forms = [re.escape(w) for w in self.leader_words]
        if self.leader_honorific:
            forms.append(re.escape(self.leader_honorific))
        forms.append(r"the (?:visiting |distinguished |high |honou?red )?(?:guest|visitor)")
        adjectives = [a for a, c in gz.adjectives().items() if c == self.leader_country and self.leader_country]
        if adjectives:
            forms.append(
                r"the (?:" + "|".join(map(re.escape, adjectives)) + r") (?:leader|president|prime minister|premier|"
                r"head of state|chancellor|monarch|king|emir)"
            )
        return r"(?:" + "|".join(forms) + r")\b"

    def visit_named(self) -> tuple[int, str, str | None, str | None, int, int] | None:
        """A visit the lead names as a noun, with its traveller: (sentence index, traveller, the traveller's
        country if the titles say it, destination code, where the noun starts and ends in the sentence)."""
        person = re.compile(r"(?:(?:" + _HONORIFIC + r"|" + _TITLE + r")\s+)+(?P<name>" + NAME + r")")
        for index in range(self.lead, min(self.lead + 2, len(self.sentences))):
            text = self.sentences[index].text
            for found in _NOMINAL_VISIT.finditer(text):
                before = text[: found.start()]
                if _FUTURE.search(before[-60:]) or re.search(
                    r"\b(?:last|previous|earlier|next|planned|proposed|return)\s(?:[a-z]+\s)?$", before[-30:]
                ):
                    continue
                rest = re.split(
                    r"[;(]|, (?:which|who|where|when|and|but|as)\b|\s(?:has|have|had|was|is|ended|concluded|began|"
                    r"opened|will|would)\b",
                    text[found.end() :],
                )[0]
                if re.search(r"\b(?:19|20)\d\d\b", rest):
                    continue  # "a visit to Cuba in 1974": an earlier one
                owner = re.search(r"(?P<name>" + NAME + r")['\u2019]s (?:[\w-]+ ){0,3}$", before)
                who = owner.group("name") if owner and len(owner.group("name").split()) >= 2 else None
                to = re.match(r" (?:to|in) (?:the )?(?P<place>[A-Z].*)", rest)
                code = None
                of = None
                if to:
                    head = to.group("place")
                    near = [(start, stop, c) for start, stop, c in gz.countries_in(head) if start < 25]
                    city = re.match(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?", head)
                    code = near[0][2] if near else (gz.capital_country(city.group()) if city else None)
                    stop = near[0][1] if near else (city.end() if city else 0)
                    # "the visit to the Republic of Cuba of Comrade X": the traveller follows the place.
                    of = re.match(r" of (?P<who>.+)", head[stop:])
                elif rest.startswith(" of "):
                    # "the visit of Prime Minister X to Eritrea": the traveller, then the place.
                    of = re.match(r" of (?P<who>.+?)(?= to (?:the )?[A-Z]|$)", rest)
                    after = rest[of.end() :] if of else ""
                    place = re.match(r" to (?:the )?(?P<place>[A-Z].*)", after)
                    if place:
                        closest = [c for start, _, c in gz.countries_in(place.group("place")) if start < 25]
                        city = re.match(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?", place.group("place"))
                        code = closest[0] if closest else (gz.capital_country(city.group()) if city else None)
                country = None
                if who is None:
                    people = list(person.finditer(of.group("who"))) if of else []
                    if not of or not people:
                        continue
                    who = people[-1].group("name")
                    homes = [c for _, _, c in gz.countries_in(of.group("who")[: people[-1].start("name")])]
                    country = homes[-1] if homes else None
                if who.split()[0] in _NOT_NAMES or who in gz.country_names() or who.split()[0] in gz.adjectives():
                    continue
                return index, who, country, code, found.start(), found.end()
        return None

    def find_hosts(self) -> None:
        """The host of each leg: the head of state or government who met, welcomed or received the leader
        there ("was met by ... Comrade X", "was received by Trump", "X welcomed the prime minister")."""
        if not self.leader:
            return
        who = self.leader_reference()
        titled_name = re.compile(
            r"(?:" + _HONORIFIC + r"|" + _TITLE + r")\s+(?:" + _HONORIFIC + r"\s+)?(?P<name>" + NAME + r")"
        )
        for index, sentence in enumerate(self.sentences):
            leg = self.leg_at(index)
            if leg is None or leg.host or _FUTURE.search(sentence.text) or _BACKGROUND.search(sentence.text):
                continue
            text = sentence.text
            phrases = []
            for passive in re.finditer(
                r"\b(?:was|were|is|being|had been) (?!not |never )(?:\w+ )?(?:met|welcomed|received|greeted)\b(?:[^.;]{0,60}?)\bby "
                r"(?P<by>[^.;]+)",
                text,
            ):
                guest = re.search(r"\b[Tt]he (?:high |distinguished |visiting )?guest\b", text[: passive.start()])
                if self.leader_subject(sentence, passive.start()) or guest:
                    phrases.append((passive.group("by"), passive.group("by")))
            for active in re.finditer(
                r"(?P<host>[^.;]{3,200}?)\s(?:warmly |personally )?"
                + RECEIVING_VERBS
                + r"\s(?:[\w.'-]+\s){0,5}?"
                + who,
                text,
            ):
                # "the Head of State of Kazakhstan, Nursultan Nazarbayev, welcomed ...": the name, with the title
                # before it in apposition.
                pieces = [
                    p for p in re.split(r"[,;] (?:and |while |as |after )?", active.group("host")) if p.strip(" ,")
                ]
                if pieces:
                    phrases.append((pieces[-1], ", ".join(pieces[-2:])))
            for phrase, context in phrases:
                host = None
                # A communique's chain of titles ends with the name: "the First Secretary of ..., President of
                # the Council of State Comrade X"; a report's "President X" or a bare name met before.
                head = re.split(r", (?:who|which|where)\b| (?:at|in|on) (?:the|his|her) ", phrase)[0]
                titled = [
                    m.group("name")
                    for m in titled_name.finditer(head)
                    if not re.fullmatch(_TITLE, m.group("name")) and m.group("name").split()[0] not in _NOT_NAMES
                ]
                people = self._people_in(phrase)
                if titled:
                    host = self.person(titled[-1])
                elif people:
                    host = self.person(people[0][1])
                if not host or self.is_leader(host):
                    continue
                titles = " ".join(
                    m.group("title") for m in _PERSON.finditer(self.text) if self.person(m.group("name")) == host
                )
                if not (_HEAD_TITLES.search(titles) or _HEAD_TITLES.search(context)):
                    continue  # a minister at the airport is no host of the talks
                leg.host = host
                self.people.setdefault(host, leg.country)
                break

    def register_people(self) -> None:
        """Every titled name in the article, so that a later bare surname ('Abe') is the person named before."""
        for match in _PERSON.finditer(self.text):
            name = match.group("name")
            if name.split()[0] in _NOT_NAMES or len(name.split()) < 2 or self.is_leader(name):
                continue
            country = _country_of(match.group("adj"))
            if not any(set(name.split()) <= set(full.split()) for full in self.people):
                self.people[name] = country or ""

    def settle_leader_country(self) -> None:
        """A leader named with no country: the country named most in the sentences about the leader (the
        dateline's left out, as the story is filed from where the leader is), else the dateline's."""
        if self.leader_country or not self.leader:
            return
        # "Yoon became the first Korean president to address ...": the leader's country said with the leader's role.
        for sentence in self.sentences:
            first = re.search(
                r"\b(?:the|a) (?:first|second|third|only|last|youngest|oldest) (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) "
                r"(?:head of (?:state|government)|president|prime minister|premier|chancellor|leader|monarch|king|queen|emir)\b",
                sentence.text,
            )
            if first and self.is_leader(sentence.text[: first.start()]) and gz.adjectives().get(first.group("adj")):
                self.leader_country = gz.adjectives()[first.group("adj")]
                self.people[self.leader] = self.leader_country
                return
        host = gz.capital_country(self.dateline_city or "")
        counts: dict[str, int] = {}
        # Not the leader's: the countries of the other people named ("Nigerian President Bola Tinubu"), and
        # the places the leader goes to ("arrived in Abuja", "welcomed ... to Nigeria").
        elsewhere: set[str | None] = set()
        for match in _PERSON.finditer(self.text):
            if not self.is_leader(match.group("name")):
                elsewhere.add(_country_of(match.group("adj")))
        # "his Indian counterpart": a counterpart is of the other side.
        for match in re.finditer(
            r"\b(?:his|her|their) (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) counterparts?\b", self.text
        ):
            elsewhere.add(gz.adjectives().get(match.group("adj")))
        destinations: set[str | None] = set()
        for sentence in self.sentences:
            for found in self._TRAVEL.finditer(sentence.text):
                place = next(
                    (g for name, g in found.groupdict().items() if g and name != "vtype" and g[:1].isalpha()), ""
                )
                place = re.sub(r"^the ", "", place)
                if (
                    not self.leader_subject(sentence, found.start())
                    or re.search(r"\b(?:19|20)\d\d\b", sentence.text[found.start() : found.end() + 40])
                    or re.search(r"\b(?:returned|returning|back|home)\b", found.group(0)[:40])
                ):
                    continue
                destinations.update(code for _, _, code, _ in _leading_list(self._places(place), place))
            for found in re.finditer(
                RECEIVING_VERBS + r"[^.;]*?\b(?:in|to) (?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", sentence.text
            ):
                destinations.update(code for _, _, code, _ in self._places(found.group("place")))
        named = self.visit_named()
        if named and named[3]:
            destinations.add(named[3])  # "the visit of X to Eritrea": Eritrea is where X goes, not X's
        elsewhere |= destinations | {host}
        # The sentences about the leader first; if none names a country, the whole article (a home agency's
        # report says "the President" and "Philippine projects", rarely both in one sentence).
        for about_leader in (True, False):
            if not about_leader and host and host not in destinations:
                break  # the dateline's country, below
            for sentence in self.sentences:
                if about_leader and not self.is_leader(sentence.text):
                    continue
                codes = [code for _, _, code in gz.countries_in(sentence.text)]
                codes += [gz.adjectives()[m.group(1)] for m in gz.adjective_pattern().finditer(sentence.text)]
                for code in codes:
                    if code not in elsewhere and len(code) in (2, 4):
                        counts[code] = counts.get(code, 0) + 1
            if counts:
                break
        destinations.discard(None)
        if host and destinations and host not in destinations:
            counts = {host: 1}  # a story filed at home about a trip elsewhere: the dateline is home
        if counts:
            self.leader_country = max(counts, key=lambda c: counts[c])
        else:
            self.leader_country = host if host not in destinations else None
        self.people[self.leader] = self.leader_country or ""

    def track_legs(self) -> None:
        """For each sentence, the leg it is about: the last one it names, else the one before it."""
        self.current: list[Leg | None] = []
        current = self.legs[0] if self.legs else None
        for sentence in self.sentences:
            named = [code for _, _, code in gz.countries_in(sentence.text)]
            named += [gz.adjectives()[m.group(1)] for m in gz.adjective_pattern().finditer(sentence.text)]
            for leg in self.legs:
                for city in leg.cities:
                    position = sentence.text.find(city)
                    if position >= 0:
                        named.append(leg.country)
            matching = [leg for code in named for leg in self.legs if leg.country == code]
            travel = self._TRAVEL.search(sentence.text)
            if matching:
                current = matching[-1] if travel else matching[0]
            self.current.append(current)

    # --- trips -----------------------------------------------------------------------------------

    _TRAVEL = re.compile(
        r"\b(?:arrived|arriving|arrives|landed|landing|lands|touched down|reached|flew|flown|flying|flies|travell?ed|"
        r"travels|went|headed|heads|heading|moved on|moves on|continued|proceeded|crossed|crosses|"
        r"began (?:the|his|her|a) (?:visit|trip|tour)|started (?:the|his|her) (?:visit|trip|tour)|"
        r"(?:trip|tour|visit|journey) (?:began|opened|started)|"
        r"(?:left|leaves|leaving|departed|set off|set out)(?: [^,.;]{1,40}?)? for(?! home\b))"
        r"(?: on to| on| back)?(?: \w+day)?(?: (?:late|early))?(?: on \w+day)?(?: to| in| at| into| for)?(?: the(?: [a-z]+)? [A-Z][a-z]+(?: [a-z-]+)* (?:city|capital|port|resort|town) of)? (?P<place>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*| de| of| and(?= [A-Z]))*)"
        r"|\b(?P<vtype>(?i:state|official|working)|\w+-day|\w+-nation|\w+-country) (?i:visits?|trip|tour|swing) (?:to|of|through) (?P<places>[^.;]+)"
        r"|\b(?:(?:visits?|trip|tour|swing|stops?) (?:to|of|through|in)|visited|(?:is|was|while|after|before|when) visiting|"
        # "became the first Kenyan leader to visit X": a visit, the leader the subject.
        r"became the (?:first|second|third|only) [^.;,]{0,60}? to visit)"
        r" (?P<places2>(?:the )?[A-Z][^.;]+)"
        r"|\bwas in (?P<place3>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)(?: (?:from|on|for|between)|, where\b)"
    )

    def _places(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """Countries and cities named at the head of a text: (start, end, country code or '', city)."""
        found: list[tuple[int, int, str, str | None]] = []
        head = re.split(
            r"(?<!\b[A-Z])(?<!\b[A-Z]\.[A-Z])[.;]|, (?:where|which|who|after|before|during|as|while)\b| (?:on|for|after|before|where|since|with|from|"
            r"to (?!the\b)[a-z]+|(?:in|during|at|on) which|that|who|when)\b",
            text,
        )[0]
        # A capital named after a country ("Port of Spain", "Guatemala City", "Kuwait City"): the city, not the country.
        for match in re.finditer(r"(?<![\w-])[A-Z][\w'-]*(?: (?:of|de|[A-Z][\w'-]*))+", head):
            if " " in match.group() and gz.capital_country(match.group()):
                found.append((match.start(), match.end(), gz.capital_country(match.group()) or "", match.group()))
        for start, end, code in gz.countries_in(head):
            if not any(s <= start < e for s, e, _, _ in found):
                found.append((start, end, code, None))
        for match in re.finditer(r"(?<![\w-])([A-Z][a-z\u00e0-\u00ff'-]+(?: [A-Z][a-z\u00e0-\u00ff'-]+){0,3})", head):
            word: str = match.group(1)
            if any(s <= match.start() < e for s, e, _, _ in found) or word in _NOT_NAMES or word in _MONTHS:
                continue  # "will host in November": a month is no place
            if word in gz.adjectives() or word.split()[0] in gz.adjectives() or gz.grouping_of(word):
                continue
            if word.endswith(("'s", "\u2019s")) or word.split()[-1] in _REGIONS:
                continue
            # "arrived at Asmara International Airport": the city the airport is named after, when it is one
            # (an airport named after a person names no city).
            airport = re.match(r"(?P<city>.+?)(?: International)? (?:Airport|Airfield|Air Base)$", word)
            if airport or re.match(r" (?:International )?(?:Airport|Airfield|Air Base)\b", head[match.end() :]):
                city = airport.group("city") if airport else re.sub(r" International$", "", word)
                # An airport named after no city the gazetteer knows: a place in the country, but no city ("").
                known = gz.capital_country(city)
                found.append((match.start(), match.start() + len(city), known or "", city if known else ""))
                continue
            if word in ("Airport", "International Airport", "Air Base"):
                continue
            capital = gz.capital_country(word)
            found.append((match.start(), match.end(), capital or "", word))
        return sorted(found)

    def travel(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        if _NEGATION.search(text):
            return
        for match in self._TRAVEL.finditer(text):
            place_text = (
                match.group("place") or match.group("places") or match.group("places2") or match.group("place3")
            )
            group = next(g for g in ("place", "places", "places2", "place3") if match.group(g))
            # "The trip then moved on to Hanoi", "the last stop, Dakar": the trip itself travels, when it is the
            # subject of the verb's clause ("The trip ... was called off after a balloon crossed X" is not).
            own_clause = re.split(
                r"[,;]|\b(?:after|before|when|because|since|as|while|but|and|until|where|which|who)\b",
                text[: match.start()],
            )[-1]
            impersonal = bool(re.search(r"\b(?:leg|stop|trip|tour|visit|journey)\b", own_clause)) or bool(
                re.match(r"(?:visit|stop|trip|tour)", match.group(0))
                and re.search(
                    r"(?:^|[^\w\s])\s*(?:(?i:after|following)\s+)?(?:(?i:the|a|an|this|that|short|brief|first|second|last|"
                    r"final|next|overnight|[\w]+-(?:day|hour))\s+){0,2}$",
                    own_clause,
                )
            )
            if (
                not self.leader_subject(sentence, match.start())
                and not impersonal
                and not (index == self.lead and self.is_leader(text[: match.start()]))
            ):
                continue
            clause_before = text[: match.start()]
            clause = text[match.start() : match.end() + 60]
            if (
                _FUTURE.search(clause_before[-60:] + re.split(r"[,;]", clause[:40])[0])
                or re.search(r"\b(?:last|previous|earlier) (?:visit|trip)", clause_before[-40:] + clause[:40])
                or _OTHER_VISIT.search(clause_before + match.group(0))
                or re.match(
                    r"[^,;]{0,30}?\b(?:in|since|during)\s(?:[A-Z][a-z]+\s)?(?!"
                    + str(self.published.year)
                    + r")(?:19|20)\d\d\b",
                    text[match.end(group) :],
                )
            ):
                continue
            if re.search(r"\b(?:returned|returning|back) (?:to|home)\b", clause[:30]):
                continue
            if self.another_month(text[match.end(group) :]):
                continue  # "also travelled to X in February" in a story of March: another trip
            if re.match(r"(?:left|leaves|leaving|departed|set off|set out)\b", match.group(0)) and re.match(
                r",? where (?:he|she|they|the \w+) (?:will|is to|is due to|is expected to)\b", text[match.end() :]
            ):
                continue  # "departed for London, where he will pay a visit": on the way, not there yet
            offset = match.start(group)
            # The list of places, not an aside after it ("a visit to China, his second since ... in 2019").
            listed = re.split(r",\s(?:his|her|their|its|the|a|an|which|who|where|when|after|before|as)\b", place_text)[
                0
            ]
            if group in ("places", "places2") and re.search(
                r"\b(?!" + str(self.published.year) + r")(?:19|20)\d\d\b", listed
            ):
                continue  # "state visits to Mexico in 2013, and Brazil in 2014": earlier trips, in passing
            places = self._places(place_text)
            if group in ("places", "places2"):
                places = _leading_list(places, place_text)
            vtype = None
            kind = re.search(r"\b(state|official|working)\b (?:visit|trip)", text, re.I)
            if kind:
                vtype = kind.group(1).lower()
            date_first = None
            date_last = None
            dates = [d for d in self.dates(sentence) if len(d[2]) == 10]
            if group in ("places", "places2") and re.search(
                r"\b(?:returned|returning|ended|wrapped up|concluded|after)\b", text[: match.start()]
            ):
                dates = []  # "returned on Friday after visits to ...": the day is not the visits'
            if dates:
                near = min(dates, key=lambda d: abs(d[0] - match.start()))
                date_first, date_last = near[2], near[3]
            # "the Vietnamese coastal city of Da Nang", "the Indian capital": the adjective says the country.
            # The noun may follow the place read ("flew to the Egyptian capital", "arrived in the U.S. capital").
            described = re.search(
                r"\bthe(?: [a-z]+)? (?P<adj>[A-Z][\w.]+(?: [A-Z][a-z]+)?)(?: [a-z-]+)* (?P<noun>city|capital|port|resort|town)\b",
                text[max(0, match.start() - 40) : match.end() + 30],
            )
            described_country = gz.adjectives().get(described.group("adj")) if described else None
            if described_country and (not places or places == [(p[0], p[1], described_country, None) for p in places]):
                # "the Egyptian capital" is the capital itself; "the Vietnamese coastal city of X" names its city.
                capital = (
                    gz.capital_of(described_country) if described and described.group("noun") == "capital" else None
                )
                places = [(0, len(place_text), described_country, capital)]
            several = len(places) > 1 and group in ("places", "places2")
            for start, end, code, city in places:
                if code == self.leader_country and code:
                    continue
                if several:
                    # "visited Egypt, Ghana and Kenya, where he met ... on Wednesday": a day belongs to the
                    # place it follows, not to every place of a list.
                    own = [d for d in dates if 0 <= d[0] - (offset + end) <= 25]
                    date_first, date_last = (own[0][2], own[0][3]) if own else (None, None)
                if not code and city is not None and (described_country or not self.legs):
                    # A city the gazetteer does not know: the country the sentence describes it in.
                    others = [c for c in self.other_party(sentence, index) if c != self.leader_country]
                    code = described_country or (others[0] if len(others) == 1 and not self.legs else "")
                if not code:
                    # A city the gazetteer does not know: in the country arrived in last (or where the trip began).
                    arrived = getattr(self, "arrived", None)
                    leg = arrived or (self.legs[0] if self.legs else None)
                    if leg is None or city is None or group not in ("place", "place3"):
                        continue
                    if city and city not in leg.cities:
                        leg.cities.append(city)
                    if leg.start is None and date_first:
                        leg.start = date_first
                    continue
                leg = next((leg for leg in self.legs if leg.country == code), None)
                if leg is None:
                    leg = Leg(code, first=index)
                    leg.span = (offset + start, offset + end)
                    leg.rule = "travel-" + ("arrival" if group == "place" else "visit")
                    leg.sentence = sentence  # type: ignore[attr-defined]
                    self.legs.append(leg)
                if city and city not in leg.cities:
                    leg.cities.append(city)
                if group in ("place", "place3"):
                    self.arrived = leg
                if vtype and vtype not in leg.types and (len(places) == 1 or group == "places"):
                    leg.types.append(vtype)
                earlier = leg.start is None or (group in ("place", "place3") and date_first and date_first < leg.start)
                if date_first and earlier and not (index == self.lead and group != "place" and not date_last):
                    leg.start = date_first  # a lead's day is its end ("ended a visit on Friday"), unless a range
                if date_last and group in ("places", "places2") and not several and leg.end is None:
                    leg.end = date_last
                if date_last and group == "place3":
                    leg.end = date_last
        # Where the trip ends: "ended/wrapped up ... on Sunday", "is due to leave on Saturday".
        ending = re.search(
            r"\b(?:ended|ending|wrapped up|wound up|concluded|(?:left|leave|leaves|leaving|departed|depart)"
            r"(?! (?:[A-Z][\w-]+ )*for (?!home))|returned|returns|return|"
            r"flies home|flew home|headed home|wraps up|ends|completed|completes)\b",
            text,
        )
        if ending and (
            self.leader_subject(sentence, ending.start())
            or (index == self.lead and self.is_leader(text[: ending.start()]))
        ):
            ahead = bool(re.search(r"\b(?:due to|will|is to|set to)\b", text[: ending.start() + 5]))
            date = self.date_near(sentence, ending.end(), ahead)
            years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)} - {self.published.year}
            home_left = re.match(r"\s(?:the )?(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)", text[ending.end() :])
            if home_left and re.match(r"(?:left|departed)$", ending.group()):
                place = home_left.group("place")
                if self.leader_country and self.leader_country in (
                    gz.capital_country(place),
                    gz.country_names().get(place),
                ):
                    # "left Accra on Monday": the day the trip began, not its end.
                    if date and not years and (self.trip_left is None or date < self.trip_left):
                        self.trip_left = date
                    date = None
            if date and not years:
                if re.search(r"\b(?:returned|returns|return|returning)\b", ending.group()):
                    # Only a journey home: "returned to Beijing", "returning home", not "returned to office".
                    home = re.match(
                        r"\s(?:home|to (?P<place>[A-Z][\w ]+?)\b(?: on|,|\.| after| from|$))", text[ending.end() :]
                    )
                    place = home.group("place") if home else None
                    if home and (
                        place is None
                        or gz.capital_country(place) == self.leader_country
                        or gz.country_names().get(place) == self.leader_country
                    ):
                        if ahead:
                            self.trip_end = date  # "is due to return home on Wednesday": the announced last day
                        else:
                            self.trip_returned = date
                elif self.trip_end is None or date > self.trip_end:
                    self.trip_end = date

    def section_head(self, index: int, sentence: Sentence) -> None:
        """A head of its own over the part of a tour told in one country: "SOUTH AFRICA (21 to 24 August)",
        "Japan: Hiroshima." A leg there, with its days and city, when the part tells what the leader did."""
        head = re.fullmatch(
            r"(?P<place>[^\W\d_][^\W\d_ .'-]*(?:[ '-][^\W\d_][^\W\d_.'-]*)*)"
            r"(?: \((?P<days>[^)]{3,40})\)|: (?P<city>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)*)\.?)?",
            sentence.text.strip(),
        )
        if not head or not self.leader or index <= self.lead or index + 1 >= len(self.sentences):
            return
        place = gz.unaccented(head.group("place"))
        code = gz.country_names().get(place) or gz.country_names().get(
            " ".join(w if w in ("and", "of", "the") else w.capitalize() for w in place.lower().split())
        )
        if not code or code == self.leader_country:
            return
        following = self.sentences[index + 1]
        if following.paragraph == sentence.paragraph or not (
            self.leader_subject(following, len(following.text))
            or self.is_leader(following.text)
            or self.refers_to_leader(following.text)
            or re.search(
                r"\b(?:[Tt]he (?:President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Emir)|[Hh]e|[Ss]he)\b"
                r"(?! of\b)",
                following.text,
            )
        ):
            return
        days = find_dates(head.group("days") or "", self.published, day_known=self.day_known)
        first = days[0][2] if days and len(days[0][2]) == 10 else None
        if first is None:
            # A head with no days: the first day told under it ("On Thursday he addressed ...").
            told = [d for d in self.dates(following) if len(d[2]) == 10]
            first = told[0][2] if told else None
        city = head.group("city")
        self._leg_from(index, sentence, code, city, first, 0, head.end("place"), "travel-section-head")
        leg = next(leg for leg in self.legs if leg.country == code)
        if days and days[0][3] and leg.end is None:
            leg.end = days[0][3]
        self.arrived = leg  # a city the gazetteer does not know, named under the head, is in this country

    _BEGAN = re.compile(
        r"\b(?:(?:trip|tour|visit|journey|swing)\b[^.;]{0,80}?\b(?:began|started|opened|kicked off)|"
        # "The Emperor began his tour of the Caribbean on Monday in Port of Spain": the leader its subject.
        r"(?P<verb>began|begins|started|starts|opened|opens|kicked off) (?:his|her|their|the|a) (?:[\w-]+ )?"
        r"(?:trip|tour|visit|journey|swing)(?: (?:of|to|through) (?:the )?[A-Z][^,.;]{0,40}?)?)(?: on)?"
        r"(?P<day> (?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+day))?,? in "
        r"(?P<place>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*| de| of(?= [A-Z]))*)"
    )

    def trip_began(self, index: int, sentence: Sentence) -> None:
        """Where and when the trip began: "The 11-day trip, ..., began March 23 in Ghana", "a tour that
        began in Chile on April 5": a leg, unless the trip is another person's or of another year."""
        text = sentence.text
        if not self.leader:
            return
        for found in self._BEGAN.finditer(text):
            before = text[: found.start()]
            owner = re.search(r"(?P<name>" + NAME + r")['\u2019]s (?:[\w-]+ ){0,3}$", before)
            if owner and not self.is_leader(owner.group("name")):
                continue  # "Carter's trip began in Nigeria": another person's
            if found.group("verb") and not self.leader_subject(sentence, found.start()):
                continue
            if _settled_elsewhere(text, found.start()) or re.search(
                r"\b(?!" + str(self.published.year) + r")(?:19|20)\d\d\b", found.group(0) + text[found.end() :][:30]
            ):
                continue
            places = [p for p in self._places(found.group("place")) if p[2] and p[2] != self.leader_country]
            if not places:
                continue
            _, _, code, city = places[0]
            days = [d for d in self.dates(sentence) if len(d[2]) == 10 and d[0] >= found.start()]
            day = days[0][2] if days and days[0][0] - found.end() < 30 else None
            self._leg_from(index, sentence, code, city, day, found.start("place"), found.end("place"), "travel-began")

    def located(self, index: int, sentence: Sentence) -> None:
        """A sentence set in a place, the leader its subject: "In Uganda, Clinton held talks ...", "In Santiago,
        the first stop of the tour, Jiang ...": a leg there, when the place is a country or a capital."""
        text = sentence.text
        # "arrived here Wednesday"; "arrived on Sunday morning" with no place named: where the story is filed from.
        here = re.search(
            r"(?<!where he )(?<!where she )\b(?:arrived|arrives|landed|lands)"
            r"(?: here\b| (?=(?:on|late|early|in the (?:morning|afternoon|evening))\b)(?![^.;,]*?\b(?:in|at) [A-Z]))",
            text,
        )
        if here and self.dateline_city and self.leader and self.leader_subject(sentence, here.start()):
            # "arrived here Wednesday": where the story is filed from.
            code = gz.capital_country(self.dateline_city)
            if code and code != self.leader_country and not _settled_elsewhere(text, here.start()):
                day = self.date_near(sentence, here.end())
                self._leg_from(index, sentence, code, self.dateline_city, day, here.start(), here.end(), "travel-here")
        found = re.match(
            r"In (?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)(?:, (?:the|a|an|his|her) [^,;]{1,60})?, (?P<rest>.)", text
        )
        if not found or not self.leader:
            return
        rest = text[found.start("rest") :]
        subject = re.match(
            r"(?:(?:" + _TITLE + r") )?(?P<who>" + NAME + r"|[Hh]e|[Ss]he)\b(?: (?:also|then|later|first))? "
            r"(?P<verb>[a-z]+)\b",
            rest,
        )
        if not subject or not (subject.group("who").lower() in ("he", "she") or self.is_leader(subject.group("who"))):
            return
        if not re.search(
            r"ed$|^(?:met|held|had|made|spent|went|gave|took|saw|told|signed|laid|paid|was)$", subject.group("verb")
        ):
            return  # "In Paris, Modi will ...": only what the leader did there
        if _settled_elsewhere(text, found.start("rest")) or re.search(
            r"\b(?!" + str(self.published.year) + r")(?:19|20)\d\d\b", text
        ):
            return
        place = found.group("place")
        code = gz.country_names().get(place) or gz.capital_country(place)
        if not code or code == self.leader_country:
            return
        city = place if gz.capital_country(place) else None
        day = self.date_near(sentence, found.start("rest"))
        self._leg_from(index, sentence, code, city, day, found.start("place"), found.end("place"), "travel-located")
        for named in re.finditer(r"\bin (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", rest):
            if gz.capital_country(named.group("city")) == code:
                self._leg_from(index, sentence, code, named.group("city"), None, 0, 0, "travel-located")

    def _leg_from(
        self,
        index: int,
        sentence: Sentence,
        code: str,
        city: str | None,
        day: str | None,
        start: int,
        end: int,
        rule: str,
    ) -> None:
        """A leg in a country (made if none is yet), with a city and a first day."""
        leg = next((leg for leg in self.legs if leg.country == code), None)
        if leg is None:
            leg = Leg(code, first=index)
            leg.span = (start, end)
            leg.rule = rule
            leg.sentence = sentence  # type: ignore[attr-defined]
            self.legs.append(leg)
        if city and city not in leg.cities:
            leg.cities.append(city)
        if day and (leg.start is None or day < leg.start):
            leg.start = day

    def reception(self, index: int, sentence: Sentence) -> None:
        """A leader received abroad: "X welcomed <leader> in Abuja", "<leader> was received by X": a leg in the
        city named, else in the host's country."""
        text = sentence.text
        if not self.leader or _NEGATION.search(text):
            return
        who = self.leader_reference() if self.leader_words else None
        host_text = None
        where = None
        if who:
            active = re.search(
                r"(?P<host>(?:[A-Z][\w.'\u2019-]*,?\s){1,6}?)(?:\w+ly )?"
                + RECEIVING_VERBS
                + r"\s(?:[\w.'-]+\s){0,5}?"
                + who
                + r"\b(?P<rest>[^.;]*)",
                text,
            )
            if active and not self.is_leader(active.group("host")):
                host_text, where, at = active.group("host"), active.group("rest"), active.start()
        passive = re.search(
            r"\b(?:was|were|is|being|had been|has been) (?:\w+ly )?(?:welcomed|received|greeted|hosted)\b(?P<rest>[^.;]*)",
            text,
        )
        if host_text is None and passive and self.leader_subject(sentence, passive.start()):
            by = re.search(r"\bby (?P<host>(?:(?:the |[A-Z][\w.'\u2019-]*|of|bin|al)\s?){1,8})", passive.group("rest"))
            host_text, where, at = (by.group("host") if by else ""), passive.group("rest"), passive.start()
        if host_text is None or where is None:
            return
        if _FUTURE.search(text[:at]) or _BACKGROUND.search(text):
            return
        city = re.search(r"\b(?:in|to) (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", where)
        code = gz.capital_country(city.group("city")) if city else None
        if city and code is None:
            code = gz.country_names().get(city.group("city"))
            city = None
        if code is None:
            person = _PERSON.search(host_text)
            code = _country_of(person.group("adj")) if person else None
            if code is None and person:
                code = self.people.get(self.person(person.group("name"))) or self.known_people.get(
                    self.person(person.group("name"))
                )
        if not code and self.legs and city is None:
            code = self.legs[-1].country  # welcomed where the leader is: the leg read last, which it dates
        if not code or code == self.leader_country:
            return
        leg = next((leg for leg in self.legs if leg.country == code), None)
        date = self.date_near(sentence, at)
        if leg is None:
            leg = Leg(code, first=index)
            leg.span = (at, at + len(text[at:].split(".")[0]))
            leg.rule = "travel-reception"
            leg.sentence = sentence  # type: ignore[attr-defined]
            self.legs.append(leg)
            leg.start = date  # a welcome on a leg read before is often a day after the arrival: no start
        if city and city.group("city") not in leg.cities:
            leg.cities.append(city.group("city"))
        kind = re.search(r"\b(state|official|working)\b (?:visit|trip)", text, re.I)
        if kind and kind.group(1).lower() not in leg.types:
            leg.types.append(kind.group(1).lower())

    def finish_legs(self) -> None:
        self._leg_of_named_visit()
        if not self.legs and self.leader:
            self._leg_at_dateline()
        if all(leg.start for leg in self.legs):
            # Legs in the order they happened, not the order the story tells them.
            self.legs.sort(key=lambda leg: leg.start or "")
        for leg, following in zip(self.legs, self.legs[1:], strict=False):
            if leg.end is None and following.start:
                leg.end = following.start
        if self.legs:
            last = self.legs[-1]
            if last.end is None:
                last.end = self.trip_end
        length = re.search(
            r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten)-day (?:(?:state|official|working) )?(?:visit|trip)\b",
            self.sentences[self.lead].text,
        )
        if length and len(self.legs) == 1 and self.legs[0].end and not self.legs[0].start:
            # "ended a four-day visit on Friday": it began three days before.
            days = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].index(length.group("n")) + 1
            self.legs[0].start = (dt.date.fromisoformat(self.legs[0].end[:10]) - dt.timedelta(days=days)).isoformat()
        for leg in self.legs:
            if leg.start and leg.end and leg.end < leg.start:
                leg.end = None  # the dates read do not fit: say none rather than a wrong one
        returned = self.trip_returned
        ends = [day for leg in self.legs if (day := leg.end or leg.start)]
        if returned and ends and returned < max(ends):
            self.trip_returned = None
        if self.dateline_city and self.legs:
            code = gz.capital_country(self.dateline_city)
            for leg in self.legs:
                if leg.country == code and self.dateline_city not in leg.cities:
                    leg.cities.insert(0, self.dateline_city)
        for leg in self.legs:
            if leg.country and not leg.cities:
                # The capital when an arrival names it only by the country? Not said: leave it out.
                pass

    def _leg_of_named_visit(self) -> None:
        """The leg of a visit the lead names as a noun ("the official visit of X to Y, which began on 2 April,
        concluded today"): its country, type, city and days, where the arrivals read gave none."""
        named = self.visit_named() if self.leader else None
        if not named or not named[3] or named[3] == self.leader_country or not self.is_leader(named[1]):
            return
        index, _, _, code, start, end = named
        if code is None:
            return
        sentence = self.sentences[index]
        text = sentence.text
        leg = next((leg for leg in self.legs if leg.country == code), None)
        if leg is None:
            leg = Leg(code, first=index)
            leg.span = (start, end)
            leg.rule = "travel-named-visit"
            leg.sentence = sentence  # type: ignore[attr-defined]
            self.legs.insert(0, leg)
        kind = re.search(r"\b(state|official|working)\b(?: [a-z]+)? $", text[max(0, start - 30) : start])
        if kind and kind.group(1) not in leg.types:
            leg.types.append(kind.group(1))
        for city in re.finditer(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+)?", text):
            if gz.capital_country(city.group()) == code and city.group() not in leg.cities:
                leg.cities.append(city.group())
        days = [d for d in self.dates(sentence) if len(d[2]) == 10]
        began = [d for d in days if re.search(r"\b(?:began|started|opened)(?: on)? $", text[max(0, d[0] - 20) : d[0]])]
        if began and leg.start is None:
            leg.start = began[0][2]
        ending = re.search(r"\b(?:concluded|ended|wound up|wrapped up|came to an end)\b", text)
        others = [d for d in days if d not in began]
        if ending and others and not _FUTURE.search(text[: ending.start()]):
            last = min(others, key=lambda d: abs(d[0] - ending.start()))[2]
            if self.trip_end is None or last > self.trip_end:
                self.trip_end = last

    def _leg_at_dateline(self) -> None:
        """A lead that reports a visit without naming where: the dateline's country, if it is not the leader's."""
        host = gz.capital_country(self.dateline_city or "")
        first = self.sentences[self.lead]
        visit = re.search(r"\b(?:(?P<type>state|official|working) )?(?:visit|trip)\b", first.text)
        if not host or host == self.leader_country or not visit or _FUTURE.search(first.text[: visit.start()]):
            return
        years = re.findall(r"\b(?:19|20)\d\d\b", re.split(r"[,;]", first.text[visit.end() :])[0])
        if any(int(year) != self.published.year for year in years):
            return  # "the visit of X to Chile in 2015 had been a success": an earlier visit, told in passing
        leg = Leg(host, cities=[self.dateline_city or ""], first=0)
        leg.span = (visit.start(), visit.end())
        leg.rule = "travel-dateline"
        leg.sentence = first  # type: ignore[attr-defined]
        if visit.group("type"):
            leg.types.append(visit.group("type"))
        ending = re.search(r"\b(?:left for home|ended|wrapped up|concluded)\b", first.text)
        if ending:
            self.trip_end = self.date_near(first, ending.end())
            length = re.search(r"\b(?P<n>two|three|four|five|six|seven)-day\b", first.text)
            if length and self.trip_end:
                days = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}[length.group("n")]
                leg.start = (dt.date.fromisoformat(self.trip_end) - dt.timedelta(days=days - 1)).isoformat()
        self.legs.append(leg)

    def emit_legs(self) -> None:
        if not self.legs or not self.leader:
            return
        first = self.legs[0]
        sentence0 = first.sentence  # type: ignore[attr-defined]
        self.add(
            "trip",
            {
                "leader": self.leader,
                "start": min((d for d in (*(leg.start for leg in self.legs), self.trip_left) if d), default=None),
                "end": max((d for d in (*(leg.end for leg in self.legs), self.trip_end) if d), default=None),
                "returned": self.trip_returned,
                "leader_country": self.leader_country,
            },
            sentence0,
            first.span[0],
            first.span[1],
            "trip-of-legs",
            0.8,
        )
        for leg in self.legs:
            types = leg.types or ["unspecified"]
            if "multilateral" in types and len(types) > 1 and "unspecified" in types:
                types.remove("unspecified")
            self.add(
                "legs",
                {"country": leg.country, "cities": leg.cities, "types": types, "start": leg.start, "end": leg.end},
                leg.sentence,  # type: ignore[attr-defined]
                leg.span[0],
                leg.span[1],
                leg.rule,
                0.8,
            )

    # --- events ----------------------------------------------------------------------------------

    _EVENT = re.compile(
        r"(?P<name>(?:(?:the )?(?:\d+(?:st|nd|rd|th) |first |second |third )?)"
        r"(?:(?:[A-Z][\w'\u2019.-]*|\([A-Z]+\)|of|and|the|on|[\d-]+)[ -]){0,8}?"
        r"(?:[A-Z][\w'\u2019.-]*[ -])(?:[Ss]ummit|Leaders'? Meeting|[Ll]eaders' meeting|Economic Leaders' Meeting|Forum|Conference|Dialogue|Meeting))\b"
    )

    def events(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        if not self.legs:
            return
        for match in self._EVENT.finditer(text):
            name = match.group("name")
            lead_in = re.match(
                r"(?:(?:At|In|On|During|For|After|Before|Ahead of|From|of) )?(?:the |The )?(?:[A-Z][a-z]{2}\.? [\d-]+ )?",
                name,
            )
            start = match.start() + (lead_in.end() if lead_in else 0)
            name = text[start : match.end()].strip()
            if len(name.split()) < 2 and not re.match(r"[A-Z0-9]+-", name):
                continue
            # What comes before the name, its day ("the Nov 10-11") left out.
            before = re.sub(r"\s[A-Z][a-z]{2}\.? [\d-]+$", "", text[max(0, start - 60) : start].rstrip())
            after = text[match.end() : match.end() + 60]
            if not re.search(
                r"\b(?:attend(?:ed|ing|s)?|at|addressed|addressing|took part in|joined|during|hosted|for|to|"
                r"(?:sidelines|margins|sides) of)\s(?:the\s)?(?:first\s)?$",
                before + " ",
                re.I,
            ) and not re.search(r"\battend", before):
                continue
            if (
                _FUTURE.search(before[-40:] + after[:50])
                or re.search(r"\b(?:19|20)\d\d\b", after[:40])
                and str(self.published.year) not in after[:40]
            ):
                continue
            if re.search(r"\bnext\b|\bin (?:19|20)\d\d\b", after[:40]) or self.another_month(after):
                continue
            if re.search(r"\blast (?:met|saw|visited|attended|talked)\b", before[-60:]):
                continue  # "X and Y last met at the summit in Vilnius": an earlier one
            leg = self.leg_at(index)
            named = [code for _, _, code in gz.countries_in(text)]
            leg = next((other for other in self.legs if other.country in named), leg)
            city_match = re.match(r" in (?P<city>[A-Z][\w-]+(?: [A-Z][\w-]+)*)", after)
            city = city_match.group("city") if city_match else None
            organization = None
            grouping = gz.grouping_pattern().search(name + " " + after[:80])
            if grouping:
                organization = gz.grouping_of(grouping.group(1))
            fields = {
                "name": name,
                "organization": organization,
                "host": leg.country if leg else None,
                "city": city or (leg.cities[0] if leg and leg.cities else None),
                "year": self.published.year,
            }
            words = set(re.split(r"[\s-]+", name.lower())) - {"summit", "the", "meeting", "first"}
            if any(
                f.kind == "events" and words <= set(re.split(r"[\s-]+", f.fields["name"].lower()))
                for f in self.findings
            ):
                continue
            if city and gz.capital_country(city):
                fields["host"] = gz.capital_country(city)
            if not self.leader_subject(sentence, start) and not self.is_leader(text):
                continue  # another person's summit ("Xi made a state visit ..., when he attended the BRICS summit")
            if re.match(r"[^.;,]{0,30}?\blast (?:year|month|week|[A-Z][a-z]+)\b", after):
                continue  # "the G20 summit in Bali last November": an earlier one
            # The summit's city is a city of the leg only once the summit is the leader's.
            if city and leg is not None and not gz.countries_in(city) and city not in leg.cities:
                leg.cities.append(city)
            self.add("events", fields, sentence, start, match.end(), "event-attended", 0.7)
            if leg and "multilateral" not in leg.types:
                leg.types.append("multilateral")
        # "co-chaired the founding conference of the International Solar Alliance"
        for found in re.finditer(
            r"\b(?:attended|co-chaired|chaired|addressed|opened|took part in)\s(?:the\s)?(?P<name>(?:[a-z-]+ )?"
            r"(?:summit|conference|meeting|forum|session|assembly) of (?:the )?(?P<org>[A-Z][\w-]*(?:(?: on| of| for| and)? [A-Z][\w-]*)*))",
            text,
        ):
            if not self.legs or _FUTURE.search(text[: found.start()][-40:]):
                continue
            if not self.leader_subject(sentence, found.start()):
                continue
            leg = self.leg_at(index)
            org = found.group("org")
            if any(
                f.kind == "events" and f.fields["organization"] == (gz.grouping_of(org) or org) for f in self.findings
            ):
                continue
            city_match = re.match(r" in (?P<city>[A-Z][\w-]+(?: [A-Z][\w-]+)*)", text[found.end() :])
            city = city_match.group("city") if city_match else (leg.cities[0] if leg and leg.cities else None)
            self.add(
                "events",
                {
                    "name": found.group("name"),
                    "organization": gz.grouping_of(org) or org,
                    "host": gz.capital_country(city or "") or (leg.country if leg else None),
                    "city": city,
                    "year": self.published.year,
                },
                sentence,
                found.start("name"),
                found.end(),
                "event-of-organization",
                0.6,
            )
            if leg and "multilateral" not in leg.types:
                leg.types.append("multilateral")
        # "a separate summit with the six members of the Gulf Cooperation Council"
        for found in re.finditer(
            r"\bsummit (?:with|of) (?:the )?(?:[\w-]+ ){0,3}?(?:members of (?:the )?)?(?P<group>[A-Z][\w ]+?)(?=[,.;]| and )",
            text,
        ):
            short = gz.grouping_of(found.group("group").strip())
            if short and self.legs and re.search(r"\battend", text):
                leg = self.leg_at(index)
                name = f"{short} summit"
                if any(f.kind == "events" and (f.fields["organization"] == short) for f in self.findings):
                    continue
                self.add(
                    "events",
                    {
                        "name": name,
                        "organization": short,
                        "host": leg.country if leg else None,
                        "city": leg.cities[0] if leg and leg.cities else None,
                        "year": self.published.year,
                    },
                    sentence,
                    found.start(),
                    found.end(),
                    "event-summit-with",
                    0.6,
                )

    # --- meetings --------------------------------------------------------------------------------

    _MEETING = re.compile(
        r"\b(?P<verb>(?:held|hold|holding|holds|had|has|have|having|conducted|conducts) (?:an? |separate |their )?"
        r"(?:[\w-]+ )?(?:talks|meetings?|discussions|(?:tele)?phone (?:call|conversation)|video ?(?:call|conference|link)|"
        r"conversation|summit)|"
        r"met(?: separately| briefly| also| privately)?|meets|meeting|talks|spoke(?: by (?:tele)?phone)?|"
        r"talked(?: by (?:tele)?phone)?|conferred|sat down|(?:phone|telephone) (?:call|conversation)|"
        r"video ?(?:call|conference)|called on|calls on|paid (?:a )?courtesy calls? on|telephoned|phoned|"
        # "briefed X by telephone": a call, by the means it names.
        r"(?:briefed|called|rang|consulted|updated)(?= [^.;]{0,80}?\bby (?:tele)?phone\b)|"
        # "discussed Gripen jets with Prime Minister X": talks, the person after the topic's "with".
        r"discussed(?= [^.;,]{1,80}? with (?:[A-Z]|the [a-z]+ [A-Z])))\s(?:with\s)?(?=(?P<rest>[^.;]*))"
    )
    # What may stand between talks and their "with": "held talks here Wednesday with", "talks on April 6 with".
    _ADJUNCTS = (
        r"(?:(?:here|there|today|yesterday|on (?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+day)|"
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in [A-Z][\w-]+(?: [A-Z][\w-]+)?),?\s+){1,2}"
    )

    def _people_in(self, rest: str) -> list[tuple[int, str, str | None]]:
        """People named at the head of a phrase: '<Title> <Name>', or 'Name, <title> of ...', in a list."""
        head = re.split(
            r"\b(?:at the|in the|on the|on \w+day|to discuss|about|over|who|which|where|before|after|during|at his|at her|at a|at)\b",
            rest,
        )[0]
        found = []
        apposed: str | None = None
        # "President X and Premier Y" are two people; "Vice President and Prime Minister X" is one, with two titles.
        parts: list[str] = []
        for piece in re.split(r"(,? and |, )", head):
            if parts and parts[-1].endswith(" and ") and re.fullmatch(r"(?:[A-Z][\w-]+ )?" + _TITLE, parts[-2].strip()):
                parts[-2:] = [parts[-2] + parts[-1] + piece]
            else:
                parts.append(piece)
        for part in parts[::2]:
            if re.match(r"(?:met|held|had|said|told|then|later|also|[a-z]+ed)\b", part.strip()):
                break  # "..., and met Y": a new predicate, whose people are its own
            part = re.sub(r"^(?:his|her|their|the) ", "", part.strip())
            country, apposed = apposed, None
            adjective = gz.adjective_pattern().match(part) or gz.country_pattern().match(part)
            if adjective:
                country = gz.adjectives().get(adjective.group(1)) or gz.country_names().get(adjective.group(1))
                part = re.sub(r"^['\u2019]s ", "", part[adjective.end() :]).strip()
            part = re.sub(r"^(?:counterpart|host) ", "", part)
            # A ministry's name before the minister's: "External Affairs Minister S Jaishankar".
            if not re.match(_TITLE + r"\s", part):
                part = re.sub(r"^(?:[A-Z][\w-]+ ){1,3}(?=(?:Minister|Secretary|Adviser|Advisor) [A-Z])", "", part)
                part = re.sub(r"^(?:Minister|Secretary|Adviser|Advisor) " + _HONORIFIC + r"\s(?=[A-Z])", "", part)
            # A role in lower case before a full name: "opposition leader Friedrich Merz".
            part = re.sub(r"^(?:(?!(?:of|the|for|and|in|at|on|to)\b)[a-z-]+ ){1,3}(?=[A-Z][\w'-]+ [A-Z])", "", part)
            possessive = re.match(r"(?P<c>[A-Z][\w ]+?)['\u2019]s ", part)
            if possessive and gz.country_names().get(possessive.group("c")):
                country = gz.country_names()[possessive.group("c")]
                part = part[possessive.end() :]
            match = re.match(
                r"(?:(?P<title>"
                + _TITLE
                + r")(?: of [A-Z][\w ]+?)? )?(?:"
                + _HONORIFIC
                + r"\s)?(?P<name>"
                + NAME
                + r")",
                part,
            )
            if not match:
                continue
            name = match.group("name")
            if re.fullmatch(_TITLE, name):
                # "the Prime Minister of India, Narendra Modi": a title alone, the name in apposition after it.
                of = re.match(_TITLE + r" of (?:the )?(?P<where>[A-Z][\w ]+)$", part)
                apposed = gz.country_names().get(of.group("where")) if of else None
                continue
            if name.split()[0] in _NOT_NAMES or name in gz.country_names() or name in gz.adjectives():
                continue
            if gz.grouping_of(name) or re.search(
                r"\b(?:Summit|Forum|Council|Palace|Hall|House|Day|Bank|University)\b", name
            ):
                continue
            if not match.group("title") and len(name.split()) < 2 and self.person(name) not in self.people:
                continue
            if re.match(_PREDICATE, part[match.end() :]):
                break  # "..., and Jiang gave a banquet": the subject of a new clause, not one more person met
            found.append((rest.find(part), name, country))
        return found

    def meetings(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        if _NEGATION.search(text) and re.search(r"\bnot (?:hold|meet)", text):
            return
        seen: set[tuple[str, str]] = set()
        leg = self.leg_at(index)
        for match in self._MEETING.finditer(text):
            verb = match.group("verb")
            if re.search(r"(?:meetings?|talks|summit|conversation|discussions)$", verb) and not re.match(
                r"\s*(?:" + self._ADJUNCTS + r")?with\b", text[match.end("verb") :]
            ):
                continue  # "the next meeting of the committee": no person met
            if verb in ("meeting", "talks") and not re.search(
                r"\b(?:in|during|at|for|after|following) (?:a |his |their |the )?(?:\w+ )?$|held (?:an? |his |her )?(?:\w+ )?$",
                text[: match.start()][-30:],
                re.I,
            ):
                continue
            after_talks = bool(
                re.match(r"(?:After|Following) (?:holding )?(?:talks|a meeting)", text)
            ) and self.is_leader(text[match.end() :])
            if (
                not self.leader_subject(sentence, match.start())
                and not after_talks
                and not re.search(
                    r"\b(?:the two (?:leaders|presidents|prime ministers|men)|both leaders)\b", text[: match.start()]
                )
            ):
                continue
            if verb.startswith("met") and re.search(
                r"\b(?:was|were|been|being|is|are)\s(?:\w+\s)?$", text[: match.start()]
            ):
                continue  # "he was met by X at the airport": a greeting on arrival, no meeting of its own
            if re.search(r"\b(?:previously|had (?:already )?|once)\s*$", text[: match.start()]):
                continue  # "X previously met Y on the margins of ... in Prague": an earlier meeting
            if _FUTURE.search(text[max(0, match.start() - 40) : match.start()]) or re.match(
                r"[^,;]{0,60}?\bin (?:[A-Z][a-z]+ )?(?!" + str(self.published.year) + r")(?:19|20)\d\d\b",
                match.group("rest"),
            ):
                continue
            if self._another_occasion(sentence, match.start(), match.end("verb")):
                continue
            rest = re.sub(r"^" + self._ADJUNCTS + r"with\s", "", match.group("rest"))
            if verb == "discussed":
                rest = rest.split(" with ", 1)[1]
            form = "talks"
            # The clause of the verb: from the sentence start to the next predicate ("..., and met Y on the sidelines").
            own = re.split(
                r", (?:and |but )?(?:(?:he|she|they) )?(?=[a-z]+ed\b|met\b|held\b|had\b|spoke\b)|;| and, ",
                text[match.end("verb") :],
            )[0]
            if re.search(r"\b(?:sidelines?|margins? of|[Oo]n the margins)\b", text[: match.start()] + own):
                form = "sideline"
            # A call is a call in the verb's own clause: "met X on Monday, and she briefed Y by telephone" is a
            # meeting with X and a call with Y.
            around = re.split(r";|, (?:and|but|while) ", text[: match.start()])[-1] + " " + verb + " " + own
            if re.search(r"\b(?:phone|telephone)\b", around):
                form = "phone"
            if re.search(r"\bvideo|\bvirtual\b", around):
                form = "video"
            if re.search(r"\bcall(?:ed|s)? on\b|courtesy call", verb) or (
                verb.startswith("met")
                and re.search(r"\bcall(?:ed|s)? on\b[^;]*,? and (?:also )?$", text[: match.start()])
            ):
                form = "courtesy-call"  # "called on the President and met the Vice President": one round of calls
            if verb.startswith("spoke") and form not in ("phone", "video"):
                continue
            people = self._people_in(rest)
            if not people and re.search(r"\b(?:their|the two leaders') (?:\w+ )?$", text[: match.start()]):
                # "Modi told Putin ..., in their first meeting": the person named before in the sentence.
                before = self._last_person(index, match.start(), within=True)
                people = [(0, before, None)] if before else []
            for _, name, country in people:
                if self.is_leader(name):
                    continue
                full = self.note_person(name, country)
                date = self.date_near(sentence, match.start()) or (
                    leg.start if leg and form != "sideline" and leg.start == leg.end else None
                )
                if date is None:
                    date = self._date_context(index)
                key = (full, form)
                if key in seen:
                    continue
                seen.add(key)
                self.add_meeting(
                    full,
                    form,
                    place=None if form in ("phone", "video") else (leg.country if leg else None),
                    date=date,
                    person_country=country or self.people.get(full) or self.partner(index),
                    sentence=sentence,
                    start=match.start(),
                    end=match.end(),
                    rule="meeting-" + form,
                    confidence=0.75,
                )
        # "Moon and President Joko Widodo held talks", "He and Abe held talks"; also right after a dateline's dash.
        pair = re.search(
            r"(?:^|, | [-\u2013\u2014] |\b(?:On|After|Also) [^,]*?)(?P<a>(?:[A-Z][\w.'-]*(?: |$)){1,6}?)and "
            r"(?P<b>(?:(?:his|her) (?:[A-Z][a-z]+ )?counterpart,? )?(?:[A-Z][\w.'-]*(?: |$)){1,6}?)"
            r"(?:also |then |later )?(?:(?:held|hold|had|conducted) (?:[\w-]+ ){0,4}?(?:talks|a meeting|meetings|discussions)|"
            # "agreed to start talks on ...": talks to come are no meeting.
            r"(?:signed|agreed|issued|witnessed|met)\b"
            r"(?![^.;]*\bto (?:start|begin|hold|resume|restart|open|launch) (?:[\w-]+ ){0,3}?(?:talks|meetings?|a summit)\b)"
            r"(?=[^.;]*\b(?:talks|summit|video|phone|call|meeting)\b))",
            text,
        )
        if pair and not _FUTURE.search(text[: pair.start("b")]):
            a, b = pair.group("a").strip(), pair.group("b").strip()
            # "Prime Minister Scott Morrison and his Indian counterpart Narendra Modi agreed": the counterpart.
            b = re.sub(r"^(?:his|her) (?:[A-Z][a-z]+ )?counterpart,? ", "", b)
            other = b if (self.is_leader(a) or a in ("He", "She")) else a if self.is_leader(b) else None
            remote = (
                "video"
                if re.search(r"\bvideo\b|\bvirtual", text)
                else "phone"
                if re.search(r"\b(?:tele)?phone\b", text)
                else None
            )
            if remote:
                leg = None
            if other:
                found = self._people_in(other)
                if found:
                    name, country = found[0][1], found[0][2]
                    full = self.note_person(name, country)
                    if not any(
                        f.kind == "meetings"
                        and f.fields["with"] == full
                        and f.fields["form"] == "talks"
                        and f.start >= sentence.start
                        for f in self.findings
                    ):
                        self.add_meeting(
                            full,
                            remote or "talks",
                            place=leg.country if leg else None,
                            date=self.date_near(sentence, pair.end()) or self._date_context(index),
                            person_country=country or self.people.get(full) or self.partner(index),
                            sentence=sentence,
                            start=pair.start("a"),
                            end=pair.end(),
                            rule="meeting-pair-talks",
                            confidence=0.7,
                        )
        # "... and then with Crown Prince Mohammed": a second counterpart of the same talks.
        then = re.search(r"\btalks with [^.;]*?\band then with (?P<rest>[^.;]*)", text)
        if then and self.leader_subject(sentence, then.start()):
            for _, name, country in self._people_in(then.group("rest"))[:1]:
                full = self.note_person(name, country)
                self.add_meeting(
                    full,
                    "talks",
                    place=leg.country if leg else None,
                    date=self.date_near(sentence, then.start()) or self._date_context(index),
                    person_country=country or self.people.get(full) or self.partner(index),
                    sentence=sentence,
                    start=then.start(),
                    end=then.end(),
                    rule="meeting-talks",
                    confidence=0.7,
                )
        self.banquets(index, sentence, leg)
        self.talks_with_host(index, sentence, leg)
        # A news conference, or the press met in other words ("took questions from reporters together",
        # "faced the press together"): shared when the two face it.
        press = re.search(
            r"\b(?:joint )?(?:news|press) conference\b|\b(?:took questions from|spoke to|faced|briefed|addressed) "
            r"(?:the )?(?:reporters|journalists|press|media)\b",
            text,
        )
        shared = press and (
            re.match(
                r"joint|(?:news|press) conference (?:with|together)",
                press.group(0) + text[press.end() : press.end() + 9],
            )
            or re.search(r"\b(?:[Tt]he two|together|[Bb]oth)\b", text[: press.start()])
            or (
                not press.group(0).endswith("conference")
                and re.match(r"[^.;,]{0,40}?\b(?:together|jointly)\b", text[press.end() :])
            )
        )
        if press and not shared:
            press = None  # "speaking at a press conference at the embassy": the leader's own
        if press and re.search(r"\b(?:[Nn]o|not|without)\b[^.;]{0,15}$", text[: press.start()]):
            press = None
        if press and self.legs and not _FUTURE.search(text[: press.start()]):
            last = next(
                (f for f in reversed(self.findings) if f.kind == "meetings" and f.fields["form"] == "talks"), None
            )
            names = (
                [p for _, p, _ in self._people_in(text[press.end() :].replace("with ", "", 1))]
                if re.match(r" with", text[press.end() :])
                else []
            )
            # "Rutte said at a joint news conference": the one who spoke at it, named just before.
            speaker = re.search(
                r"\b(?P<who>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*) (?:said|told|announced|added|stressed)\b[^.;,]{0,12}$",
                text[: press.start()],
            )
            if speaker and not names and not self.is_leader(speaker.group("who")):
                named = self.person(speaker.group("who"))
                names = [named] if named in self.people else []
            who = self.person(names[0]) if names else (last.fields["with"] if last else None)
            if who and not any(
                f.kind == "meetings" and f.fields["with"] == who and f.fields["form"] == "press-conference"
                for f in self.findings
            ):
                self.add_meeting(
                    who,
                    "press-conference",
                    place=leg.country if leg else None,
                    date=self.date_near(sentence, press.start()) or (last.fields["date"] if last else None),
                    person_country=self.people.get(who) or self.partner(index),
                    sentence=sentence,
                    start=press.start(),
                    end=press.end(),
                    rule="meeting-press-conference",
                    confidence=0.6,
                )

    def _another_occasion(self, sentence: Sentence, start: int, end: int) -> bool:
        """Whether a meeting told at [start, end) is of another occasion than the trip: a month before the trip
        in its own clause ("the two spoke by phone in November"), or a clause about a visit weeks apart ("The
        visit came a week after his visit to Egypt, where he held talks with X")."""
        text = sentence.text
        if _OTHER_VISIT.search(text[:start]):
            return True
        own = re.split(r"[;,]|\b(?:and|but|while|when|after|before)\b", text[end:])[0]
        first = min((leg.start for leg in self.legs if leg.start), default=None) or self.published.isoformat()
        for found in self.dates(sentence):
            if end <= found[0] <= end + len(own) and len(found[2]) == 7 and found[2] < first[:7]:
                return True
        return False

    def talks_with_host(self, index: int, sentence: Sentence, leg: Leg | None) -> None:
        """Talks whose counterpart is the host named before: "received by X ... for talks", "the two leaders
        held talks", "negotiations took place between A and B", and "X called on her" (a courtesy call)."""
        text = sentence.text
        if not self.legs:
            return
        found: list[tuple[int, str, str]] = []
        between = re.search(
            r"\b(?:talks|negotiations|discussions|a meeting) (?:took place|were held|was held) between "
            r"(?P<a>(?:[^.;]|(?<=\b[A-Z])\.)+?) and (?P<b>(?:[^.;,]|(?<=\b[A-Z])\.)+)",
            text,
        )
        if between:
            for side in ("a", "b"):
                people = self._people_in(re.sub(r"^(?:Comrade|Mr\.?|Mrs\.?|Dr\.?) ", "", between.group(side)))
                if people and not self.is_leader(people[0][1]):
                    found.append((between.start(), people[0][1], "talks"))
        received = re.search(
            r"\b(?:received|welcomed|greeted) by (?P<who>[^.;]+?)\b(?:[^.;]{0,60}?)\b(?:for|, where (?:they|the two \w+) "
            r"(?:held|had)) (?:[\w-]+ ){0,3}?(?:talks|discussions|a meeting)\b",
            text,
        )
        if received and self.leader_subject(sentence, received.start()):
            people = self._people_in(text[received.start("who") : received.end()])
            if people:
                found.append((received.start(), people[0][1], "talks"))
        # "The two toured a hangar ... before holding talks", "The two leaders spoke ... before their talks": the
        # same subject, in a later verb or a noun of its own clause.
        # "Chairman X and Premier Y received Dr. Z at the Great Hall for a meeting": talks with each who received.
        for active in re.finditer(
            r"(?P<who>(?:[A-Z][\w.'\u2019-]*,?\s|and\s){1,9}?)(?:\w+ly )?(?:received|welcomed) (?:[\w.'-]+\s){0,3}?"
            + self.leader_reference()
            + r"[^.;]{0,60}?\bfor (?:an? |their )?(?:[\w-]+ )?(?:meeting|talks|discussions)\b",
            text,
        ):
            who = re.sub(
                r"^(?:Later|Then|Also|Earlier|Afterwards|Yesterday|Today|Tonight)\b,?\s*", "", active.group("who")
            )
            for _, name, _ in self._people_in(who.strip()):
                if not self.is_leader(name):
                    found.append((active.start(), name, "talks"))
        two = re.search(
            r"\b(?:[Tt]he (?:two )?(?:leaders|presidents|prime ministers|premiers|heads of state)|[Tt]he two(?: men)?|"
            r"[Bb]oth (?:leaders|men))\b "
            r"(?:(?:\w+ ){0,2}?(?:held|had|conducted|began|opened)|[^.;]{0,120}?\b(?:before|after|and) (?:holding|having|"
            r"their))"
            r" (?:[\w-]+ ){0,8}?(?:talks|discussions)\b",
            text,
        )
        if two and not re.search(r"\bwith\b", text[two.end() : two.end() + 6]):
            # "X welcomed him and the two leaders held talks": the one named in the sentence, else the leg's host.
            host = (
                self._last_person(index, two.start(), within=True)
                or (leg.host if leg else None)
                or self._last_person(index, two.start())
            )
            if host:
                found.append((two.start(), host, "talks"))
                # "..., and then appeared before reporters at a joint news conference": the same two.
                joint = re.search(r"\bjoint (?:news|press) conference\b", text[two.end() :])
                if joint and not re.search(r"\bwith\b", text[two.end() + joint.end() : two.end() + joint.end() + 6]):
                    found.append((two.end() + joint.start(), host, "press-conference"))
        # "Talks between Macron and Bongo ...": a noun phrase with its two sides.
        pair = re.search(r"\b[Tt]alks between (?P<a>[A-Z][^.;,]+?) and (?P<b>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)", text)
        if pair and not between:
            for side in ("a", "b"):
                named = self._people_in(pair.group(side))
                name = self.person(named[0][1] if named else pair.group(side))
                if name in self.people and not self.is_leader(name):
                    found.append((pair.start(), name, "talks"))
        # "President X, who held talks with Macron earlier", "a joint news conference with President X".
        for other in re.finditer(
            r"(?P<who>(?:[A-Z][\w.'\u2019-]*\s){1,5}?[A-Z][\w'\u2019-]+), who (?:\w+ ){0,2}?(?:held|had) talks with "
            + (r"(?:" + "|".join(map(re.escape, self.leader_words)) + r")\b" if self.leader_words else r"\b\B"),
            text,
        ):
            people = self._people_in(other.group("who"))
            if people and not self.is_leader(people[-1][1]):
                found.append((other.start(), people[-1][1], "talks"))
        for joint in re.finditer(r"\bjoint (?:news|press) conference with (?P<who>[^.;]+)", text):
            people = self._people_in(joint.group("who"))
            if people and not self.is_leader(people[0][1]):
                found.append((joint.start(), people[0][1], "press-conference"))
        calls = re.search(
            r"(?P<who>(?:[A-Z][\w.'\u2019-]*\s){1,7}?)(?:\w+ly )?called on (?:her|him|the (?:visiting )?(?:[a-z]+ )?"
            r"(?:president|prime minister|leader|premier|guest)"
            + (
                r"|(?:" + _TITLE + r" )?(?:" + "|".join(map(re.escape, self.leader_words)) + r")"
                if self.leader_words
                else ""
            )
            + r")\b",
            text,
        )
        if calls:
            people = self._people_in(calls.group("who"))
            if people and not self.is_leader(people[-1][1]):
                found.append((calls.start(), people[-1][1], "courtesy-call"))
        for position, name, form in found:
            full = self.person(name)
            if (
                _settled_elsewhere(text, position)
                or self.is_leader(full)
                or any(
                    f.kind == "meetings" and f.fields["with"] == full and f.fields["form"] == form
                    for f in self.findings
                )
            ):
                continue
            self.add_meeting(
                full,
                form,
                place=leg.country if leg else None,
                date=self.date_near(sentence, position) or self._date_context(index),
                person_country=self.people.get(full) or (leg.country if leg else None),
                sentence=sentence,
                start=position,
                end=len(text),
                rule="meeting-with-host",
                confidence=0.55,
            )

    def _last_person(self, index: int, position: int, within: bool = False) -> str | None:
        """The last person other than the leader named before a point (this sentence, then two before)."""
        texts = [self.sentences[index].text[:position]] + (
            [] if within else [s.text for s in reversed(self.sentences[max(self.lead, index - 2) : index])]
        )
        for text in texts:
            names = [m.group("name") for m in _PERSON.finditer(text) if not self.is_leader(m.group("name"))]
            names = [n for n in names if n.split()[0] not in _NOT_NAMES and not _INSTITUTIONS & set(n.split())]
            if names:
                return names[-1]
        return None

    _MEAL = r"(?:state |official |private |working |formal |gala )?(?:banquet|dinner|luncheon|lunch|breakfast)"

    def banquets(self, index: int, sentence: Sentence, leg: Leg | None) -> None:
        """A meal given for the leader: "X (and Y) hosted a state banquet", "a dinner given by X", "X, who
        hosted a dinner in his honour", "the Bidens gave a state dinner": one record per host."""
        text = sentence.text
        hosts: list[tuple[int, str]] = []
        for active in re.finditer(
            r"(?P<hosts>[^.;:]{0,160}?)\s(?:later |then |also |in turn )?(?:hosted|hosts|gave|gives|held|threw|offered) "
            r"(?:a |an )?" + self._MEAL + r"\b",
            text,
        ):
            clause = re.split(
                r"[,;] (?:and |while |as |after |before )?|\band that \w+\b|\bwho\b", active.group("hosts")
            )
            givers = clause[-1] if clause[-1].strip() else (clause[-2] if len(clause) > 1 else "")
            if re.search(r"\bwho\s*$", active.group("hosts")):
                # "President X, who hosted a banquet": the person before "who".
                givers = re.split(r"[;]|, (?:and |while )?", active.group("hosts").rsplit(", who", 1)[0])[-1]
            for name in self._givers(givers):
                hosts.append((active.start() + active.group(0).find(name.split()[-1]), name))
        for passive in re.finditer(
            self._MEAL + r"\b[^.;]{0,60}?\b(?:hosted|given|offered|thrown|held)\b[^.;]{0,30}?\bby (?P<who>[^.;]+)"
            r"|\b(?:hosted|entertained|honou?red)\b[^.;]{0,12}\b(?:at|with) (?:a |an )?"
            + self._MEAL
            + r"\b[^.;]{0,40}?"
            r"\bby (?P<who2>[^.;]+)",
            text,
        ):
            who = passive.group("who") or passive.group("who2")
            for _, name, _country in self._people_in(who)[:2]:
                hosts.append((passive.start(), name))
        for position, name in hosts:
            if self.is_leader(name) or name in _NOT_NAMES:
                continue
            if _FUTURE.search(text[:position]) or _settled_elsewhere(text, position):
                continue
            full = self.person(name)
            if any(
                f.kind == "meetings" and f.fields["with"] == full and f.fields["form"] == "banquet"
                for f in self.findings
            ):
                continue
            self.add_meeting(
                full,
                "banquet",
                place=leg.country if leg else None,
                date=self.date_near(sentence, position) or self._date_context(index),
                person_country=self.people.get(full) or (leg.country if leg else None),
                sentence=sentence,
                start=min(position, len(text) - 1),
                end=len(text),
                rule="meeting-banquet",
                confidence=0.6,
            )

    def _givers(self, text: str) -> list[str]:
        """The people who give a meal: titled names, names met before, or a family ("the Bidens")."""
        found: list[str] = []
        for part in re.split(r",? and |, ", text):
            part = part.strip()
            family = re.search(r"(?:^|\bthe )(?P<name>[A-Z][a-z]+)s$", part)
            if family:
                known = next((full for full in self.people if full.split()[-1] == family.group("name")), None)
                if known:
                    found.append(known)
                continue
            person = _PERSON.search(part)
            if person and person.group("name").split()[0] not in _NOT_NAMES:
                found.append(person.group("name"))
                continue
            bare = re.search(r"(?:^|\s)(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)\s*$", part)
            if bare and self.person(bare.group("name")) in self.people:
                found.append(bare.group("name"))
        return found

    def _date_context(self, index: int) -> str | None:
        """The latest full date said in the sentences before (a paragraph's 'then' carries its day)."""
        for sentence in reversed(self.sentences[max(0, index - 2) : index]):
            found = [d for d in self.dates(sentence) if len(d[2]) == 10]
            if found:
                return found[-1][2]
        return None

    # --- agreements ------------------------------------------------------------------------------

    def agreement_counts(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        for match in _COUNT.finditer(text):
            if match.group("doz") or re.search(r"\b(?:the|these|those|its|their)\s$", text[: match.start()][-7:]):
                continue
            number = match.group("num")
            value = int(_number(number))
            what = match.group("what")
            context = text[max(0, match.start() - 120) : match.end() + 150]
            if not re.search(
                r"\b(?:sign|signed|signing|inked|sealed|concluded|exchanged|struck|reached|agreed|clinched|witnessed)\b",
                context,
            ):
                continue
            if re.search(r"\b(?:19|20)\d\d\b", what):
                continue
            status = "signed"
            if re.search(
                r"\b(?:expected to be|to be signed|could be|would be|will be|are to be|were expected|was expected|are expected|due to be)\b",
                context,
            ):
                status = "expected"
            parties = [self.leader_country or "", *self.other_party(sentence, index)]
            if re.search(r"\bthe (?:three|four|five|six|\d+) countries\b", text) and len(self.legs) > 1:
                parties = [self.leader_country or "", *[one.country for one in self.legs]]
            fields = {
                "value": value,
                "qualifier": _qualifier(match.group("qual")),
                "status": status,
                "parties": [p for p in dict.fromkeys(parties) if p],
                "wording": match.group(0),
            }
            self.add("agreement_counts", fields, sentence, match.start(), match.end(), "count-of-agreements", 0.8)
            # "signed 68 documents, 12 of them between governments": the part is a count too.
            part = re.search(r"\b(?P<num>\d+) of them\b", text[match.end() : match.end() + 60])
            if part and int(part.group("num")) < value:
                begin = match.end() + part.start()
                self.add(
                    "agreement_counts",
                    {**fields, "value": int(part.group("num")), "qualifier": "exact", "wording": part.group(0)},
                    sentence,
                    begin,
                    match.end() + part.end(),
                    "count-of-agreements-part",
                    0.6,
                )

    _AGREEMENT_NOUN = re.compile(
        r"\b(?:agreement|memorandum of understanding|memorandum|MoU|treaty|declaration|accord|arrangement|"
        r"Arrangement|Agreement|Treaty|Declaration|Accord|Memorandum|Vision|plan|protocol|Protocol|convention|Convention|"
        r"deal|[Cc]ommuniqu[e\u00e9])\b"
    )
    _TITLE_END = re.compile(
        r"[,;.:]|\s(?:that|which|and|were|was|is|are|to be|worth|covering|in (?:[A-Z][a-z]+|\d)|on (?:the \d|\w+day)|"
        r"during|at the|at a|after|before|while|as|for the first time|where|who|to (?!the\b)[a-z]+ (?:in|at|for|on))\b"
    )
    _NOT_BEFORE_TITLE = {
        "signed",
        "sign",
        "signing",
        "inked",
        "and",
        "in",
        "with",
        "of",
        "on",
        "by",
        "were",
        "was",
        "also",
        "to",
        "they",
        "two",
        "sides",
        "governments",
        "countries",
        "them",
        "among",
        "including",
        "included",
        "issued",
        "adopted",
        "concluded",
        "sealed",
        "struck",
        "witnessed",
        "reached",
        "which",
        "that",
        "agreed",
    }

    def agreements(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        if not re.search(
            r"\b(?:signed|sign|signing|inked|sealed|concluded|issued|adopted|struck|among them|included|including|were)\b",
            text,
            re.I,
        ):
            return
        for match in self._AGREEMENT_NOUN.finditer(text):
            if text[match.end() : match.end() + 1] == "s":
                continue
            # Back from the noun to its determiner: "a memorandum", "the Red Fort Declaration", "an agreement".
            words = text[: match.start()].split()
            kept: list[str] = []
            determiner = False
            for word in reversed(words[-7:]):
                bare = word.strip(",;:")
                if bare.lower() in ("a", "an", "the"):
                    determiner = True
                    break
                joins = bare == "and" and kept and kept[0].islower()
                if (
                    (not joins and bare.lower() in self._NOT_BEFORE_TITLE)
                    or word.endswith((",", ";", ":"))
                    or re.search(r"\d", bare)
                ):
                    break
                kept.insert(0, bare)
            capitalized = bool(kept) and all(w[:1].isupper() for w in kept)
            if not determiner and not capitalized:
                continue
            start = match.start() - (len(" ".join(kept)) + 1 if kept else 0)
            rest = text[match.end() :]
            continuation = re.match(
                r" (?:on|to|for|of|establishing|between|under which|setting up|creating|with) ", rest
            )
            end = match.end()
            if continuation:
                stop = self._TITLE_END.search(rest, continuation.end())
                end = match.end() + (stop.start() if stop else len(rest))
            title = text[start:end].strip()
            if len(title.split()) < 2 or len(title.split()) > 16:
                continue
            if title.lower() in ("free trade deal", "trade deal", "joint statement", "cooperation plan"):
                continue
            if re.search(
                r"\b(?:signed|sign|witnessed|inked|agreed|expected|stalled|resume|talks|negotiat|anniversary)\b",
                title,
                re.I,
            ):
                continue
            before = text[max(0, start - 80) : start]
            if re.search(
                r"\b(?:talks on|negotiations on|resume|stalled|proposed|under|from|since|towards|toward)\s(?:a |an |the )?$",
                before[-30:],
            ):
                continue
            # The verb that signs it, in the same clause chain (a semicolon ends one): a list of documents may run long.
            signing = re.search(
                r"\b(?:signed|sign|signing|inked|sealed|concluded|issued|adopted|struck|among them|included|include|including|were|called)\b",
                text[:start].split(";")[-1],
                re.I,
            )
            # "Also signed on Thursday were a plan to ... and a memorandum ...": the verb opens a long list; "a
            # memorandum on tourism was signed", "the grain deal signed in Istanbul": the verb comes after.
            opening = re.match(
                r"(?:Also |Among (?:them|those) )?(?:signed|inked|concluded|issued|adopted)\b[^;]*\b(?:were|was)\b",
                text[:start],
            )
            after = re.match(
                r"(?:[^,;.]{0,60}?\b(?:was|were|had been|has been|have been) (?:also |then |later )?)?(?:signed|inked|sealed|"
                r"struck)\b",
                text[end:].lstrip(" ,"),
            )
            if after and re.search(r"\b(?:after|once|until|when|if|before|unless)\s(?:a|an|the)\s?$", text[:start]):
                after = None  # "after a peace treaty was signed": a condition, not a document signed
            signing = signing or opening or after
            if signing is None or re.search(
                r"\b(?:from|without|not|never) (?:signing|signed|sign)\b", text[max(0, start - 100) : start]
            ):
                continue
            if kept and kept[0] == "and" or title.startswith("and "):
                title = title[4:]
            if re.search(
                r"[A-Z][\w-]* (?:Vision|Declaration|Agreement|Accord|Treaty), (?:a|an) $",
                text[max(0, start - 60) : start],
            ):
                continue  # "the Nairobi-Washington Vision, a plan to ...": the same document, described
            # A plan or a deal is an agreement when named, described, or signed as such ("signed the rail deal",
            # "the grain deal signed in Istanbul"); "a trade deal" in passing is none.
            governed = re.search(r"\b(?:signed|inked|sealed|struck) (?:the|a|an)$", text[:start].rstrip()) or after
            if re.search(r"\bpartnership$", title) or (
                title.endswith(("plan", "programme", "program", "deal", "Vision"))
                and not (capitalized or continuation or (governed and len(title.split()) >= 2))
            ):
                continue
            if any(
                f.kind == "agreements"
                and (title.lower() in f.fields["title"].lower() or f.fields["title"].lower() in title.lower())
                for f in self.findings
            ):
                continue  # "a Joint Declaration of Peace and Friendship", then "the Joint Declaration": one document
            parties = [self.leader_country, *self.other_party(sentence, index)][:2]
            fields = {"title": title, "parties": [p for p in parties if p]}
            if any(f.kind == "agreements" and f.fields["title"].lower() == title.lower() for f in self.findings):
                continue
            self.add("agreements", fields, sentence, start, end, "named-agreement", 0.6)
        # "signed seven agreements, including one on nuclear energy": that one named by its subject.
        for one in re.finditer(
            r"\b(?:signed|inked|concluded) (?:[\w-]+ )?(?P<noun>agreement|accord|memorand(?:um|a)|treat(?:y|ie))s?\b"
            r"[^.;]{0,30}?,? (?:including|among them) one on (?P<what>[^,;.]+)",
            text,
        ):
            if _settled_elsewhere(text, one.start()):
                continue
            noun = {"memoranda": "memorandum", "treatie": "treaty"}.get(one.group("noun"), one.group("noun"))
            title = f"{noun} on {one.group('what').strip()}"
            if any(f.kind == "agreements" and f.fields["title"].lower() == title.lower() for f in self.findings):
                continue
            parties = [self.leader_country, *self.other_party(sentence, index)][:2]
            self.add(
                "agreements",
                {"title": title, "parties": [p for p in parties if p]},
                sentence,
                one.start("what"),
                one.end("what"),
                "named-agreement-one-of",
                0.6,
            )
        # "signed four agreements, on the avoidance of double taxation, on ..., and on ...": one each.
        listed = re.search(r"\b(?:signed|inked|concluded) (?:\w+ )?(?:agreements|accords), (?P<items>on [^.;]+)", text)
        if listed and len(re.findall(r"(?:^|, (?:and )?| and )on ", listed.group("items"))) >= 2:
            for item in re.finditer(r"(?:^|,\s(?:and\s)?|\sand\s)on (?P<what>[^,;.]+)", listed.group("items")):
                what = re.sub(r"^(?:a|an|the) ", "", item.group("what").strip())
                title = (
                    what
                    if re.search(r"\b(?:programme|plan|treaty|accord)$", what)
                    else f"agreement on {item.group('what').strip()}"
                )
                begin = listed.start("items") + item.start("what")
                parties = [self.leader_country, *self.other_party(sentence, index)][:2]
                self.add(
                    "agreements",
                    {"title": title, "parties": [p for p in parties if p]},
                    sentence,
                    begin,
                    begin + len(item.group("what")),
                    "named-agreement-listed",
                    0.6,
                )

    # --- partnerships ----------------------------------------------------------------------------

    _PARTNERSHIP = re.compile(
        r"\b(?P<label>(?:(?:comprehensive|strategic|special|global|all-round|all-weather|privileged|cooperative|enhanced|"
        r"extended|economic|innovative|green|friendly|close|new|deep|broad|key|important|future-oriented|"
        r"and|of|type|high-level|multidimensional|constructive)[\s-]){1,6}partnership|(?<=[a-z.] )alliance)\b",
        re.I,
    )

    def partnerships(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        for match in self._PARTNERSHIP.finditer(text):
            label = match.group("label").lower().replace("  ", " ")
            label = re.sub(r"^(?:new|close|deep|broad|key|important|and|of) ", "", label)
            if label in ("partnership", "economic partnership") or label.startswith(("and ", "of ")):
                continue
            before = text[: match.start()]
            after = text[match.end() : match.end() + 40]
            change = None
            source = None
            if re.search(
                r"\b(?:lift|lifted|lifting|raise|raised|raising|upgrade|upgraded|upgrading|elevate|elevated|elevating|took|taken|to a new)\b[^.]*\bto (?:a |an |one of (?:a |an )?|the level of (?:a |an )?)?[\"\u201c]?$",
                before,
            ):
                change = "upgraded"
                previous = re.search(r"\bfrom (?:a |an |the |their |its )?(?P<from>[\w -]*partnership)", text)
                source = previous.group("from").lower() if previous else None
            elif re.search(r"\b(?:renamed|relabell?ed|rebranded|rename)\b", before[-80:]):
                change = "relabelled"
            elif re.search(
                r"\b(?:establish|established|establishing|set up|forged|forge|launched|agreed to form|agreed on|announced)\b[^.]*$",
                before[-80:],
            ) and not re.search(r"\bfrom\b", before[-20:]):
                change = "established"
            elif re.search(
                r"\b(?:deepen|deepened|deepening|strengthen|strengthened|reaffirm|reaffirmed|enhance|consolidate|advance|carried forward|carry forward|dates from|in place since|build on|further|pursue|pursuing|keep pursuing|uphold|upheld|maintain)\b",
                text,
            ):
                change = "reaffirmed"
            if change is None:
                continue
            if change in ("upgraded", "established") and re.search(
                r"\b(?:expected|due|set|likely|planning|plans?|aims?|hopes?|hoping) to\b[^.;]*$", before[-80:]
            ):
                continue  # a change to come is no change made
            if re.search(r"\bfrom (?:a |an |the |their |its )?[\w -]*$", before[-60:]) and change != "upgraded":
                continue
            if change == "upgraded" and re.search(r"\bfrom\b", before[-40:]) and not re.search(r"\bto\b", before[-15:]):
                continue
            if (
                re.search(r"\b(?:19|20)\d\d\b", after[:25])
                and change == "established"
                and str(self.published.year) not in after[:25]
            ):
                continue
            others = self.other_party(sentence, index)
            if re.search(r"\b(?:first|previous|last) visit\b", text) and change == "established":
                change = "reaffirmed"
            for other in others or [""]:
                parties = sorted({p for p in (self.leader_country, other) if p})
                if len(parties) < 2:
                    continue  # a partnership of one side, its other unknown, is no record a reviewer can use
                fields = {"parties": parties, "label": label, "change": change, "from": source}
                prior = next(
                    (
                        f
                        for f in self.findings
                        if f.kind == "partnerships" and f.fields["parties"] == parties and f.fields["label"] == label
                    ),
                    None,
                )
                if prior is not None:
                    if prior.fields["change"] == "reaffirmed" and change in ("upgraded", "established"):
                        self.findings.remove(prior)
                    else:
                        continue
                self.add("partnerships", fields, sentence, match.start(), match.end(), "partnership-" + change, 0.75)

    # --- relations -------------------------------------------------------------------------------

    def relations(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        # Relations that a year or an anniversary dates: diplomatic, formal, full or bilateral ones.
        kind = r"(?:(?:full |formal )?diplomatic |formal |full |bilateral )"
        ties = r"(?:" + kind + r"(?:relations|ties)|(?:relations|ties) (?:were|was) (?:established|normali[sz]ed))"
        year = None
        derived = None
        match = re.search(
            r"\b(?:established|establishing|set up|normali[sz]ed|normali[sz]ing|restored|opened|forged) (?:their )?"
            + r"(?:"
            + kind
            + r")?(?:relations|ties)[^.;]*?\bin (?:[A-Z][a-z]+ (?:\d{1,2},? )?)?(?P<year>(?:19|20)\d\d)\b",
            text,
        )
        if not match:
            match = re.search(
                r"\b(?:" + kind + r")?(?:relations|ties)(?: between [^,.;]{3,60}?)? (?:were |was )?(?:first )?"
                r"(?:established|normali[sz]ed|set up|restored) in (?:[A-Z][a-z]+ (?:\d{1,2},? )?)?(?P<year>(?:19|20)\d\d)\b"
                r"|\b(?:had|have had|has had|maintained) (?:full )?diplomatic (?:relations|ties) since (?P<since>(?:19|20)\d\d)\b",
                text,
            )
        if match and re.search(r"\b(?:severed|broke off|cut|suspended|froze)\b", text[: match.start()][-40:]):
            match = None
        if match:
            year = int(match.group("year") or match.group("since"))
        else:
            match = re.search(
                r"\b(?P<n>\d+)(?:st|nd|rd|th) anniversary of (?:the establishment of )?(?:their |the )?" + ties, text
            )
            if match is None:
                # "relations between Moscow and Kampala would mark their 60th anniversary this year".
                match = re.search(
                    r"\b(?:relations|ties)(?: between [^,.;]{3,60}?)? (?:would |will |are to |)(?:mark|marks|marked|"
                    r"celebrate|celebrates|celebrated) (?:their|the) (?P<n>\d+)(?:st|nd|rd|th) anniversary\b",
                    text,
                )
            if match is None:
                word = re.search(
                    r"\b(?P<w>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:"
                    + "|".join(_ORDINALS)
                    + r")) anniversary of (?:the establishment of )?(?:their |the )?"
                    + ties,
                    text,
                    re.I,
                )
                n = _ordinal_value(word.group("w")) if word else None
                match = word
            else:
                n = int(match.group("n"))
            if match is not None and n:
                shift = (
                    1
                    if re.search(r"\bnext year\b", text, re.I)
                    else -1
                    if re.search(r"\blast year\b", text, re.I)
                    else 0
                )
                year = self.published.year + shift - n
                # "declared 2011 the Year of ... to mark the 60th anniversary", "the celebration in 2022 of the
                # 75th anniversary": that year is the anniversary's.
                marked = re.search(
                    r"\b(?P<y>(?:19|20)\d\d)\b[^.;]*\bto mark\b[^.;]*$|\bin (?P<y2>(?:19|20)\d\d) of (?:the |their )?$",
                    text[: match.start()],
                )
                if marked:
                    year = int(marked.group("y") or marked.group("y2")) - n
                derived = f"{n}{_suffix(n)} anniversary"
            else:
                match = re.search(
                    r"\b(?P<n>\d+) years (?:since|after|of) (?:the establishment of )?(?:their |the )?(?:diplomatic (?:relations|ties)|"
                    + ties
                    + r"|(?:the )?(?:two )?(?:former )?(?:[a-z]+ )?(?:countries|nations|enemies|sides|neighbours|neighbors) "
                    r"(?:normali[sz]ed|established|restored|opened) (?:diplomatic )?(?:relations|ties))",
                    text,
                )
                if match:
                    n = int(match.group("n"))
                    # "Last year the neighbours marked 50 years of ...": counted from last year.
                    clause = re.split(r"[;]|, and ", text[: match.start()])[-1]
                    shift = (
                        -1
                        if re.search(r"\b[Ll]ast year\b", clause)
                        else 1
                        if re.search(r"\b[Nn]ext year\b", clause)
                        else 0
                    )
                    year = self.published.year + shift - n
                    derived = f"{n} years"
        if year is None or match is None:
            return
        # "Vietnam and India established ..." names the pair; else the country named nearest before the
        # words and the leader's, else the visit's.
        clause = re.split(r"[;]|, (?:and|but|while) ", text[: match.start()])[-1]
        named = list(dict.fromkeys(code for _, _, code in gz.countries_in(clause + text[match.start() : match.end()])))
        pair = re.search(
            r"\bbetween (?P<a>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) and (?P<b>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)",
            text[match.start() : match.end()],
        )
        if pair and len(named) < 2:
            # Capitals for their countries: "relations between Moscow and Kampala".
            capitals = [gz.capital_country(pair.group(side)) for side in ("a", "b")]
            if all(capitals) and capitals[0] != capitals[1]:
                named = [c for c in capitals if c]
        near = [code for _, end, code in gz.countries_in(text[: match.end()]) if code != self.leader_country]
        others = near[-1:] or self.other_party(sentence, index)
        if len(named) == 2 and (re.search(r"\band\b", clause) or pair):
            countries = sorted(named)
        elif not others or not self.leader_country:
            return
        else:
            countries = sorted({self.leader_country, others[0]})
        if any(f.kind == "relations" and f.fields["countries"] == countries for f in self.findings):
            return
        fields = {"countries": countries, "established": year, "reference_year": self.published.year}
        if derived:
            fields["derived_from"] = derived
        self.add(
            "relations",
            fields,
            sentence,
            match.start(),
            match.end(),
            "relations-" + ("anniversary" if derived else "established"),
            0.8,
        )

    # --- money: figures and pledges --------------------------------------------------------------

    def money(self, index: int, sentence: Sentence) -> None:
        text = sentence.text
        for match in _AMOUNT.finditer(text):
            scale = match.group("scale")
            unit = _unit(match.group("sign"), match.group("unit"))
            if not scale or not unit:
                continue
            if re.search(r"\((?:about|some|around|roughly|nearly|or|equivalent to|worth)?\s*$", text[: match.start()]):
                continue  # "3.5 trillion yen (about Rs 2.1 lakh crore)": the same amount converted
            value, scale_name = _amount(match.group("num"), scale)
            before = text[: match.start()]
            after = text[match.end() : match.end() + 80]
            stated = re.search(
                r"\b(?P<metric>[Tt]rade(?: (?:deficit|surplus))?|(?:foreign )?direct investment|[Ii]nvestment)\b(?:[^.;]|(?<=\b[A-Z])\.)*?"
                r"\b(?:reached|reaching|stood at|standing at|was|were|totall?ed|totall?ing|amounted to|amounting to|was worth|"
                r"hit|rose to|grew to|of|came to|climbed to|fell to|(?:rose|fell|grew|dropped|declined|climbed|jumped|slipped) "
                r"by [^,.;]{1,25}? to|at|exceeded|between|from)\s*(?:about |nearly |almost |around |some |more than |over |"
                r"roughly |just over |just under |less than |a record )*$",
                before[-160:].rstrip() + " ",
            )
            if (
                stated
                and (
                    stated.group("metric").lower() == "trade"
                    or re.search(r"\b(?:was|were|stood|standing)\b", stated.group(0))
                )
                and (
                    re.search(r", (?:up )?from (?:about |nearly |almost |around |some )?$", before[-30:].rstrip() + " ")
                    or not re.search(r"\b(?:target|goal|aim|increase|raise|boost|lift|double|to reach)\b", before[-80:])
                )
            ):
                # The metric the figure is of: trade, a trade deficit or surplus (a one-way balance), investment.
                metric = stated.group("metric").lower().replace("foreign ", "")
                if metric == "trade" and re.search(r"\b[Tt]rade (?:gap|imbalance)", before[-160:]):
                    continue
                period = re.search(
                    r"\b(?:in|for|at the end of|by the end of|as of) (?P<y>(?:19|20)\d\d)\b", after[:40]
                ) or re.search(r"\b(?:in|for) (?P<y>(?:19|20)\d\d)\b", before[-120:])
                year = (
                    int(period.group("y"))
                    if period
                    else (self.published.year - 1 if re.search(r"\blast year\b", text) else None)
                )
                if year is None:
                    continue
                parties = list(dict.fromkeys(self._pair(text, before, index)))
                if metric != "trade":
                    # "the U.S. trade deficit with Japan", "Japanese direct investment in the U.S.": one side's.
                    parties = self._sides_of(before)
                if len(parties) < 2:
                    continue  # a figure for one side only says nothing of a pair
                self.add(
                    "figures",
                    {
                        "metric": metric,
                        "parties": parties,
                        "period": year,
                        "value": value,
                        "scale": scale_name,
                        "unit": unit,
                    },
                    sentence,
                    match.start(),
                    match.end(),
                    "figure-trade",
                    0.75,
                )
                continue
            self.pledge(index, sentence, match, value, scale_name, unit)

    def _sides_of(self, before: str) -> list[str]:
        """The two sides of a one-way figure: the country whose it is (an adjective or possessive before the
        metric) and the one it is with or in ("with Japan", "in the U.S.")."""
        metric = list(
            re.finditer(r"\b(?:[Tt]rade (?:deficit|surplus)|(?:foreign )?direct investment|[Ii]nvestment)\b", before)
        )
        if not metric:
            return []
        last = metric[-1]
        owner_text = before[max(0, last.start() - 30) : last.start()]
        owner = re.search(
            r"(?:\b[Tt]he )?(?P<who>U\.S\.|[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['\u2019]s)? (?:bilateral |total )?$",
            owner_text,
        )
        other = re.match(
            r"\s(?:with|in|into|to) (?:the )?(?P<c>U\.S\.|[A-Z][\w.]*(?: [A-Z][\w.]*)?)", before[last.end() :]
        )
        if not owner or not other:
            return []

        def code(word: str) -> str | None:
            word = re.sub(r"['\u2019]s$", "", word)
            return gz.adjectives().get(word) or gz.country_names().get(word) or gz.country_names().get("the " + word)

        sides = [code(owner.group("who")), code(other.group("c"))]
        return [c for c in sides if c] if all(sides) and sides[0] != sides[1] else []

    def partner(self, index: int) -> str | None:
        """The other country of the visit at a sentence: the leg's, else the country the article names most."""
        leg = self.leg_at(index)
        if leg:
            return leg.country
        counts: dict[str, int] = {}
        for _, _, code in gz.countries_in(self.text):
            if code != self.leader_country:
                counts[code] = counts.get(code, 0) + 1
        for m in gz.adjective_pattern().finditer(self.text):
            code = gz.adjectives()[m.group(1)]
            if code != self.leader_country and len(code) == 2:
                counts[code] = counts.get(code, 0) + 1
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _pair(self, text: str, before: str, index: int) -> list[str]:
        """The two parties of a figure or target: named ('between A and B', 'with ASEAN'), else the visit's."""
        # The figure's own clause: "Trade between A and B reached X, while trade with C was Y" gives Y to A and C.
        clause = re.split(r";|, (?:while|whereas|but|and) ", before)[-1]
        between = re.search(
            r"\bbetween (?P<a>(?:the )?[A-Z][\w .]+?) and (?P<b>(?:the )?[A-Z][\w .]+?)(?=\b(?: was| reached| stood| totall| amounted| rose| were| came| fell| grew|,))",
            clause + " was",
        )
        named = [c for _, _, c in gz.countries_in(between.group(0))] if between else []
        if len(named) >= 2:
            return named[:2]
        # "Nigeria's trade with Russia", "Japanese trade with Brazil": the side whose trade it is, not the leader's.
        owner = re.search(
            r"(?P<who>[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['\u2019]s)? (?:bilateral |total |two-way |annual )?trade with\b",
            clause,
        )
        first = self.leader_country
        if owner:
            who = re.sub(r"['\u2019]s$", "", owner.group("who"))
            first = gz.adjectives().get(who) or gz.country_names().get(who) or first
        group = re.search(r"\bwith (?:the )?(?P<g>[A-Z][\w-]*(?: [A-Z][\w-]*)?)", clause[-150:])
        if group and gz.grouping_of(group.group("g")):
            return [p for p in (first, gz.grouping_of(group.group("g"))) if p]
        if group:
            named = [c for _, _, c in gz.countries_in(group.group(0))]
            if named and named[0] == first:
                # "trade with Kenya" when the leader is Kenyan: the host's trade with the leader's country.
                first = self.partner(index)
            if named:
                return [p for p in (first, named[0]) if p]
        partner = self.partner(index)
        return [p for p in (self.leader_country, partner) if p]

    def _giver(self, before: str) -> str | None:
        """The country or grouping that is the subject of a pledge: "Japan pledged", "The European Union
        committed", "the Japanese government will provide"."""
        found = re.search(
            r"(?:^|[,;:] |\b(?:and|while|as) )(?:[Tt]he )?(?P<who>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}?)"
            r"(?:['\u2019]s)?(?: (?:government|side|cabinet|leadership))? (?:has |had |also |would |will |then |further )*"
            r"(?:pledged?|promised?|committed|offered|announced|vowed|provided|would provide|will provide|agreed to provide|"
            r"(?:will|would|to) (?:invest|provide|give|grant|lend|extend|contribute))\b[^,;]*$",
            before,
        )
        if not found:
            return None
        who = found.group("who")
        return (
            gz.country_names().get(who)
            or gz.country_names().get(re.sub(r"^the ", "", who))
            or gz.adjectives().get(who)
            or (gz.grouping_of(who) if gz.grouping_of(who) not in (None, "Africa", "Latin America") else None)
        )

    def relative_pledges(self, index: int, sentence: Sentence) -> None:
        """'aim to double it within three years', 'raise trade by 50 percent by 2025': a change against now."""
        text = sentence.text
        for match in re.finditer(
            r"\b(?P<verb>double|doubling|triple|tripling)\b (?P<what>[^,.;]{1,100}?)(?=,? within|,? by (?:the )?(?:19|20)|,? over|[,.;]|$)"
            r"|\b(?:increas\w*|rais\w*|boost\w*|lift\w*|grow\w*) (?P<what2>[^,.;]{1,80}?) by (?:at least |about )?"
            r"(?:(?P<percent>\d+) ?(?:percent|per cent|%)|(?P<half>half|a half))",
            text,
        ):
            cue = _PLEDGING.search(text[: match.start()][-80:])
            if cue is None or re.search(r"\bhad\b|\bhas\b", text[: match.start()][-30:]):
                continue
            if match.group("verb"):
                value = 2 if match.group("verb").startswith("doubl") else 3
                unit = "times"
                what = match.group("what").strip()
            else:
                value = 50 if match.group("half") else int(match.group("percent"))
                unit = "percent"
                what = match.group("what2").strip()
            if re.fullmatch(r"(?:it|them|that)", what) and index > 0:
                earlier = re.search(
                    r"\b(?:bilateral |two-way |total )?(?:trade|investment)\b",
                    self.sentences[index - 1].text + " " + text[: match.start()],
                    re.I,
                )
                what = earlier.group(0).lower() if earlier else what
            rest = text[match.end() : match.end() + 80]
            deadline = None
            by = re.search(r"\bby (?:the (?:year |end of )?)?(?P<y>(?:19|20)\d\d)\b", rest)
            within = re.search(
                r"\b(?:within|over|in) (?:the next |the coming )?(?P<n>\d+|" + "|".join(_WORD_NUMBERS) + r") years\b",
                rest,
            )
            if by:
                deadline = int(by.group("y"))
            elif within:
                deadline = self.published.year + int(_number(within.group("n")))
            parties = self._pair(text, text[: match.start()], index)
            self.add(
                "pledges",
                {
                    "what": what,
                    "value": value,
                    "scale": None,
                    "unit": unit,
                    "deadline": deadline,
                    "announced_by": None,
                    "parties": parties,
                    "shape": "relative",
                },
                sentence,
                match.start(),
                match.end(),
                "pledge-relative",
                0.6,
            )

    def programmes(self, index: int, sentence: Sentence) -> None:
        """Pledges with no figure: initiatives proposed, funds launched, debts to be written off, what the sides
        agreed to do, what a side said it would do."""
        text = sentence.text
        if _AMOUNT_WITH_SCALE.search(text) and re.search(r"\b(?:pledged|promised|committed)\b", text):
            return  # the amount is the pledge: money() drafts it
        for pattern in (
            _Programmes.PLEDGED,
            _Programmes.PLEDGED_THAT,
            _Programmes.PROPOSED,
            _Programmes.PROPOSED_BY,
            _Programmes.LAUNCHED,
            _Programmes.WOULD,
            _Programmes.AGREED,
            _Programmes.AGREED_TO_DO,
            _Programmes.SIDE_WOULD,
            _Programmes.DECLARED,
        ):
            for match in pattern.finditer(text):
                before = text[: match.start()]
                if pattern is _Programmes.WOULD and not re.search(
                    r"\b(?:said|told|pledged|promised|announced|added)\b", before
                ):
                    continue
                if pattern is _Programmes.SIDE_WOULD and not (
                    re.search(
                        r"\b(?:said|says|declared|stated|told|announced|added|confirmed)\b", text[: match.start("who")]
                    )
                    and self._is_party(match.group("who"), text[: match.start("who")], index)
                ):
                    continue  # "the talks would be hard": only a side's own word is a pledge
                if re.search(r"\b(?:did not|not|never|refused|declined)\b", before[-30:]):
                    continue
                if pattern in (_Programmes.AGREED_TO_DO, _Programmes.SIDE_WOULD) and re.search(
                    r"\b[Ss]ummit\b", before
                ):
                    continue  # "the G7 summit, where leaders agreed to ...": the summit's word, not the visit's
                if _TRIP_SUMMARY.search(before):
                    continue  # "after a trip in which the two countries agreed to ...": the body says what and how
                clause = re.split(r"; |, (?:and|but|while) ", before)[-1]
                years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", clause)]
                if any(y < self.published.year for y in years):
                    continue  # "the 1956 Joint Declaration, in which Moscow offered to ...": history, not a pledge
                if pattern in (_Programmes.AGREED_TO_DO, _Programmes.SIDE_WOULD):
                    pieces = _actions(match.group("what"))
                else:
                    pieces = [match.group("what").strip()]
                for what in pieces:
                    self._programme(index, sentence, match, before, what, pattern)

    def _is_party(self, who: str, before: str, index: int) -> bool:
        """Whether the subject of "would" is a side of the visit: a country, a side, a government, they."""
        who = who.strip()
        if re.fullmatch(r"(?:[Tt]hey|[Ww]e|(?:[Tt]he )?(?:two|both) (?:sides|governments|countries|leaders))", who):
            return True
        if re.fullmatch(r"[Hh]e|[Ss]he", who):
            # The person last named: the leader, or someone of a country of the visit (not a third country's).
            named = [m.group("name") for m in _PERSON.finditer(before)]
            if not named:
                return True
            home = self.people.get(self.person(named[-1])) or self.known_people.get(self.person(named[-1]))
            return self.is_leader(named[-1]) or bool(home and home in {self.leader_country, self.partner(index)})
        bare = re.sub(r"^[Tt]he ", "", re.sub(r" (?:side|government|leadership)$", "", who))
        return bool(gz.country_names().get(bare) or gz.country_names().get("the " + bare) or gz.adjectives().get(bare))

    def _programme(self, index: int, sentence: Sentence, match: re.Match, before: str, what: str, pattern) -> None:
        """One pledge with no figure: what is pledged, who said it (none when both sides did), the visit's pair."""
        if _AMOUNT_WITH_SCALE.search(what) or len(what.split()) < 2 or _RELATIVE_FIGURE.search(what):
            return  # an amount or a change by a figure ("raise trade by half") is a pledge with its figure
        if pattern in (_Programmes.AGREED_TO_DO, _Programmes.SIDE_WOULD):
            if _vague(what):
                return
        elif _GENERIC.match(what):
            return
        speaker = None
        if pattern is _Programmes.PROPOSED_BY:
            speaker = self.person(match.group("who"))
        people = [p.group("name") for p in _PERSON.finditer(before)]
        bare = [w for w in re.findall(r"\b[A-Z][a-z]+\b", before) if self.person(w) in self.people]
        if speaker is None and (self.is_leader(before[-80:]) or re.search(r"(?:^|[,.] )(?:He|She)\b", before)):
            speaker = self.leader
        if speaker is None and people:
            speaker = self.person(people[-1])
        elif speaker is None and bare and not self.is_leader(bare[-1]):
            speaker = self.person(bare[-1])
        if re.search(
            r"\b(?:two sides|two countries|two governments|two leaders|two men|both sides|they)\b", before[-60:]
        ):
            speaker = None
        words = set(what.lower().split())
        if any(
            f.kind == "pledges"
            and f.fields["value"] is None
            and len(words & set(str(f.fields["what"]).lower().split()))
            >= 0.5 * min(len(words), len(str(f.fields["what"]).split()))
            for f in self.findings
        ):
            return
        parties = [p for p in dict.fromkeys([self.leader_country, self.partner(index)]) if p]
        self.add(
            "pledges",
            {
                "what": what,
                "value": None,
                "scale": None,
                "unit": None,
                "deadline": None,
                "announced_by": speaker,
                "parties": parties,
                "shape": "programme",
            },
            sentence,
            match.start(),
            match.end(),
            "pledge-programme",
            0.5,
        )

    def pledge(self, index: int, sentence: Sentence, match: re.Match, value: float, scale: str, unit: str) -> None:
        text = sentence.text
        before = text[: match.start()]
        after = text[match.end() : match.end() + 120]
        cue = re.search(
            r"\b(?:pledged?|pledges|pledging|promised?|promises|committed|commits?|commitment|vowed|vows|offered|offers?|would provide|will provide|to provide|announced|announces|unveils|set a target|target of|aim(?:ed)? to|aims? to|aim of|goal of|agreed to|would invest|will invest|to invest|plans? to|would lend|loans? of|credit of|line of credit|would extend|unveiled|earmarked|(?:will|would|to) (?:put|spend|give|grant|contribute|lend|channel|mobili[sz]e))\b",
            before,
        )
        target = re.search(
            r"\b(?:increas(?:e|ed|ing)|rais(?:e|ed|ing)|boost(?:ed|ing)?|lift(?:ed|ing)?|expand(?:ed|ing)?|grow(?:ing)?|"
            r"bring(?:ing)?|take|taking|push(?:ed|ing)?|elevat(?:e|ed|ing))\b(?:[^.;]|\.(?=\S))*?\bto $",
            before[-120:].rstrip() + " ",
        ) or re.search(r"\btarget of $|\bto reach $", before[-30:].rstrip() + " ")
        if not cue and not target:
            return
        if re.search(r"\b(?:worth|valued at|value of|combined value|could be worth)\b", before[-40:]) and not target:
            return
        if re.search(r"\bstake\b|\bpercent\b", after[:20]) or re.search(
            r"\bfrom (?:about |nearly |almost |around |some )?$", before[-25:].rstrip() + " "
        ):
            return
        deadline = None
        by = re.search(r"\bby (?:the (?:year |end of )?)?(?P<y>(?:19|20)\d\d)\b", after) or re.search(
            r"\bby (?:the (?:year |end of )?)?(?P<y>(?:19|20)\d\d)\b", before[-100:]
        )
        if by:
            deadline = int(by.group("y"))
        within = re.search(
            r"\b(?:within|over|in) (?:the next |the coming )?(?P<n>\d+|" + "|".join(_WORD_NUMBERS) + r") years\b",
            after + " " + before[-60:],
        )
        derived = None
        if within and deadline is None:
            deadline = self.published.year + int(_number(within.group("n")))
            derived = f"{within.group(0)} from {self.published.year}: {self.published.year} + {int(_number(within.group('n')))} = {deadline}."
        metrics = list(
            re.finditer(r"\b(?P<m>(?:bilateral |two-way |non-oil |total )?(?:trade|investment))\b", before[-120:])
        )
        metric = metrics[-1] if metrics else None
        if metric is None and target and re.search(r"\b(?:it|them)\b", before[-60:]) and index > 0:
            # "raising it to 20 billion dollars": the metric of the sentence before.
            earlier = re.search(
                r"\b(?P<m>(?:bilateral |two-way |non-oil |total )?(?:trade|investment))\b",
                self.sentences[index - 1].text,
                re.I,
            )
            metric = earlier
        shape = "target" if target and metric else "commitment"
        what = metric.group("m") if shape == "target" and metric else _object_after(after) or _object_before(before)
        speaker = None
        for person in _PERSON.finditer(before):
            speaker = person.group("name")
        if speaker is None and self.leader and (self.is_leader(before) or re.search(r"^\s*(?:He|She)\b", before)):
            speaker = self.leader
        if speaker and self.is_leader(speaker):
            speaker = self.leader
        elif speaker:
            speaker = self.person(speaker)
        if not re.search(
            r"\b(?:pledged?|pledges|promised?|promises|committed|commits?|vowed|vows|offered|offers|would provide|will provide|"
            r"announced|announces|said|says|told|unveiled|unveils)\b",
            before,
        ):
            speaker = None
        parties = (
            self._pair(text, before, index)
            if shape == "target"
            else [p for p in dict.fromkeys([self.leader_country, *self.other_party(sentence, index)[:1]]) if p]
        )
        giver = self._giver(before)
        if giver and shape == "commitment":
            # "Britain promised ... to Kenya": the giver and the receiver, else the giver and the leader's side.
            receiver = next(
                (c for _, _, c in gz.countries_in(after[:60]) if c != giver),
                self.leader_country if giver != self.leader_country else self.partner(index),
            )
            parties = [p for p in dict.fromkeys([giver, receiver]) if p]
        fields = {
            "what": what,
            "value": value,
            "scale": scale,
            "unit": unit,
            "deadline": deadline,
            "announced_by": speaker,
            "parties": parties,
            "shape": shape,
            "derived": derived,
        }
        self.add("pledges", fields, sentence, match.start(), match.end(), "pledge-" + shape, 0.6)


_PLEDGING = re.compile(
    r"\b(?:aims?|aimed|goal|target|agreed|pledged?|promised?|vowed|set|plans?|planned|committed|resolved|would|will)\b"
)
_GENERIC = re.compile(
    r"^(?:deepen|strengthen|work|continue|cooperate|keep|maintain|enhance|further|promote|boost|support each other|"
    r"consult|stay|remain|respect|build on|advance|expand cooperation|step up|visit|meet|hold|be|do|make)\b"
)


_RELATIVE_FIGURE = re.compile(
    r"\b(?:double|doubling|triple|tripling)\b|\bby (?:at least |about )?(?:\d+ ?(?:percent|per cent|%)|half|a half)\b"
)


class _Programmes:
    """Patterns of a pledge with no figure: the verb, and the words that say what is pledged."""

    PLEDGED = re.compile(r"\b(?:pledged|promised|vowed|undertook|offered) to (?P<what>[a-z][^,.;:\"]+)")
    PROPOSED = re.compile(
        r"\bproposed (?P<what>(?:[\w-]+ ){0,5}?(?:initiatives|measures|plan|programme|projects|steps|points)"
        r"(?: (?:with|for|on) [^,.;]+)?)"
    )
    LAUNCHED = re.compile(
        r"\b(?:launched|unveiled) (?:a|an) (?P<what>(?:new )?(?:programme|program|initiative|fund|scheme)\b[^,.;]*)"
    )
    WOULD = re.compile(
        r"\b(?:would|will) (?P<what>(?:write off|waive|cancel|extend|shorten|scrap|set up|establish|provide|open) [^,.;\"]+)"
    )
    AGREED = re.compile(r"\bagreed to (?:provide|begin|start|launch|set up|establish) (?P<what>[^,.;\"]+)")
    # "pledged that there would be no more war": the pledge is the clause.
    PLEDGED_THAT = re.compile(
        r"\b(?:pledged|promised|vowed) that (?:there would be |they would |it would |there will be )(?P<what>[^,.;:\"]+)"
    )
    # "an eight-point plan that the prime minister proposed in May": a programme named with its author.
    PROPOSED_BY = re.compile(
        r"\b(?:an?|the|its|their|his|her) (?P<what>(?:[\w-]+ ){0,3}?(?:plan|initiative|programme|program|proposal|roadmap))"
        r" (?:that|which) "
        r"(?:[A-Z][a-z]+ )?(?P<who>[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:had )?(?:proposed|put forward|unveiled|launched)\b"
    )
    # "agreed to restore relations and reopen embassies, resume flights, and ...": each action agreed.
    AGREED_TO_DO = re.compile(r"\bagreed to (?P<what>[a-z](?:[^.;:\"]|\.(?=\d))+)")
    # "said Japan would increase purchases of ...", "said they would facilitate ...": a side's own word.
    SIDE_WOULD = re.compile(
        r"(?:\b(?:said|says|declared|stated|announced|added|confirmed)(?: that)? |, and that |\band that )"
        r"(?P<who>(?:[Tt]he )?[\w-]+(?: [\w-]+){0,2}?) (?:would|will) (?P<what>[a-z](?:[^.;:\"]|\.(?=\d))+)"
    )
    DECLARED = re.compile(r"\bdeclared (?:(?:19|20)\d\d )?(?:as )?the (?P<what>Year of [^,.;]+)")


# A clause that sums up a whole trip by its outcomes ("a visit during which the two sides agreed to ..."): a lead's
# digest of what the story then reports with its figures and speakers, so no pledge of its own.
_TRIP_SUMMARY = re.compile(r"\b(?:trip|visit|tour|stay|journey) (?:in|during|on) which\b[^,;]*$")
_ACTION_LEADS = re.compile(
    r"^(?:continue to |honou?r (?:its|their|his|her) (?:commitments?|pledges?|promises?) to |also |further |jointly |"
    r"work (?:together )?to |seek to |try to |strive to )+"
)
# What opens no verb phrase: determiners, pronouns, prepositions, conjunctions, adverbs of time, participles, a
# plural noun ("officials said") or a number.
_NOT_ACTIONS = re.compile(
    r"^(?:(?:a|an|the|its|their|his|her|this|that|these|those|it|they|he|she|we|including|such as|as well as|which|"
    r"who|whom|whose|where|when|while|after|before|since|until|as|if|but|or|so|than|because|from|for|to|in|on|at|by|"
    r"with|of|about|into|over|under|first|now|then|later|still|already|not)\b|[a-z]+ing\b|[a-z]+ed\b|"
    r"(?!(?:supply|apply|comply|multiply|imply|reply|rely|ally|fly)\b)[a-z]+ly\b|"
    r"[a-z]+[^su\s]s\b|\d)"
)
_LIGHT_VERBS = re.compile(
    r"^(?:be|have|do|meet|visit|hold|keep|stay|remain|talk|discuss|consider|study|look|continue|go|focus|cooperate|"
    r"work (?:together|closely|jointly)|accept (?:an|the|their|his|her) invitation|"
    # A stance kept, no act: "pursue its policy of non-alignment", "adhere to the one-China principle".
    r"pursue (?:its|their|his|her|our) (?:[\w-]+ ){0,2}?polic(?:y|ies)|adhere to|uphold|abide by)\b"
)
# An action on the relationship itself ("strengthen the strategic partnership", "upgrade relations to ...") is a
# partnership's matter, and one on cooperation at large ("deepen cooperation in all areas") names nothing to do;
# "restore diplomatic relations" (a formal act) and "cooperation in food security" (a field) do.
# "Their cooperation" is the cooperation there is, whatever its field ("strengthen their cooperation in the Strait"),
# and cooperation in the broad sectors of any communique ("in trade, agriculture, science and technology") is
# cooperation at large; a particular matter ("cooperation in food security") is something to do.
_SECTOR = (
    r"(?:trade|investment|the economy|economy|economic affairs|agriculture|science|technology|culture|education|"
    r"tourism|energy|health|mining|fisheries|infrastructure|industry|finance|security|defen[cs]e|people-to-people "
    r"exchanges|other (?:areas|fields|sectors)|(?:(?:regional|international|global|multilateral)(?: and |, )?)+ "
    r"(?:affairs|issues|organi[sz]ations|fora|forums))"
)
_VAGUE_OBJECTS = re.compile(
    r"^[a-z]+ (?:up |on |forward |towards? )?(?:(?:the|that|this|their|our|its|his|her|a|an|new|bilateral|mutual|"
    r"all-round|overall|close|closer|friendly|good|economic|political|strategic|two-way|practical|comprehensive|"
    r"special|further|traditional|existing|and|the two countries'?) )*"
    r"(?:(?:(?!diplomatic\b)[a-z-]+ ){0,4}?(?:ties|relationship|friendship|partnership)\b"
    r"|(?:relations|trust|understanding|engagement)\b"
    r"|(?:cooperation|communication|contacts?|exchanges|dialogue|coordination|consultations?)"
    r"(?: (?:between|with|among) [^,;]+| (?:in|on) (?:all|various|many|every) (?:areas|fields|sectors)[^,;]*|"
    r" (?:in|on) (?:the )?(?:(?:fields?|areas?|sectors?) of )?"
    + _SECTOR
    + r"(?:(?:,|,? and|,? as well as) "
    + _SECTOR
    + r")*| (?:that|which) [^,;]+)?$)"
    r"|^[a-z]+ (?:up )?(?:their|our|its) (?:[a-z-]+ ){0,3}?(?:cooperation|coordination|dialogue|exchanges)\b"
)


def _clause_at(text: str, position: int) -> str:
    """The clause of a sentence that holds a position: cut at semicolons and before relative and other
    subordinate clauses ("..., which has linked the two countries since 2018")."""
    bounds = [0]
    for cut in re.finditer(
        r";|, (?:while|but|whereas|which|who|where|when|as)\b|\b(?:that|which|who) (?:has|have|had|was|were|is)\b", text
    ):
        bounds.append(cut.start())
    bounds.append(len(text))
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if lo <= position < hi:
            return text[lo:hi]
    return text


def _settled_elsewhere(text: str, position: int) -> bool:
    """Whether the clause at a position tells of another time: a plan or something from an earlier year."""
    clause = _clause_at(text, position)
    return bool(_FUTURE.search(clause) or _BACKGROUND.search(clause))


def _leading_list(places: list[tuple[int, int, str, str | None]], text: str) -> list[tuple[int, int, str, str | None]]:
    """The places that open a text as one list ("Egypt, Ghana and Kenya"): a place further on, after other
    words ("Astana follows X's trip to Turkmenistan", "China, bringing home what Cabinet officials said"), is
    no destination of the visit the list follows."""
    kept: list[tuple[int, int, str, str | None]] = []
    end = 0
    for place in places:
        if not re.fullmatch(r"(?:,|,? and|,? then|,? as well as)?\s*(?:the\s)?", text[end : place[0]]):
            break
        kept.append(place)
        end = place[1]
    return kept


def _actions(clause: str) -> list[str]:
    """The actions of a clause of coordinated verb phrases ("restore relations and reopen embassies, resume
    flights, and allow ..."; "would raise ..., and would increase ..."): one per piece the commas or a second
    "would" separate, each opening with a verb."""
    pieces: list[str] = []
    for part in re.split(r",? and (?:would|will|to) (?=[a-z])", clause.strip()):
        pieces += _coordinated(part)
    return pieces


def _coordinated(clause: str) -> list[str]:
    pieces: list[str] = []
    for piece in re.split(r", and (?=[a-z])|, (?=[a-z])", clause.strip()):
        piece = _ACTION_LEADS.sub("", re.sub(r"^would ", "", piece.strip()))
        noun_list = len(piece.split()) == 1 or bool(re.match(r"[a-z]+ and ", piece))
        if pieces and (noun_list or re.match(r"(?:including|such as|as well as)\b", piece)):
            # "defence cooperation, including joint exercises", "contacts in science, culture and sport": one.
            pieces[-1] += ", " + piece
            continue
        if not piece or _NOT_ACTIONS.match(piece):
            break  # a relative clause or an aside: the actions end here
        pieces.append(re.split(r",? but ", piece)[0])
    return pieces


def _vague(action: str) -> bool:
    """An action that names no particular thing to do: "strengthen ties", "meet regularly", "be partners"
    (accepting an invitation is a visit to come, not a pledge)."""
    return bool(_LIGHT_VERBS.match(action) or _VAGUE_OBJECTS.match(action))


def _object_after(after: str) -> str | None:
    found = re.match(
        r"\s*(?:in |of |for |to |as )?(?P<what>[\w -]{3,80}?)(?=[,.;]| by | over | within | to help| and |$)", after
    )
    return found.group("what").strip() if found else None


def _object_before(before: str) -> str | None:
    found = re.search(r"(?P<what>[\w -]{3,60})$", before)
    return found.group("what").strip() if found else None


def _ordinal_value(word: str) -> int:
    """An ordinal in words: "fiftieth" 50, "seventy-fifth" 75."""
    word = word.lower()
    if "-" in word:
        tens, unit = word.split("-", 1)
        return (
            _WORD_NUMBERS.get(tens, {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}.get(tens, 0))
            + _ORDINALS[unit]
        )
    return _ORDINALS[word]


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def read(
    text: str, published: dt.date, known_people: dict[str, str] | None = None, day_known: bool = True
) -> list[Finding]:
    """Every finding the rules make in an article's plain text, published on a date.

    ``known_people`` maps the names of people the knowledge bases know to their countries; without
    ``day_known`` (a source dated to the month) weekdays resolve to the month only.
    """
    return Reader(text, published, known_people, day_known).read()
