"""The wording the rules share: datelines, titles and names, and words that set a clause in another time."""

from __future__ import annotations

import re

from ..vocabulary import OFFICE_TITLES
from . import gazetteer as gz
from . import rx

MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A dateline in any of the shapes agencies use: "RIYADH, Dec 9 (Agency) - ", "WUHAN, China, Sept 7 -- ",
# "BEIJING (Agency) - ", "NEW DELHI: ", "Nairobi, 12 March 2024 \u2014 ", "WASHINGTON \u2014 ". The city is
# in capitals or followed by a date; group ``city`` is its name.
DATELINE = re.compile(
    # The city's words never run across a spaced dash ("OSLO - Kenyan President ...": the city, then the story).
    # (nor into a date after it with no comma: "LIMA May 3.")
    r"^(?P<city>[A-Z](?:(?! - )(?! "
    + MONTH_WORD
    + r" \d)[A-Za-z .'\u2019-])*[A-Za-z])(?:, (?!"
    + MONTH_WORD
    + r" \d)(?P<region>[A-Z][A-Za-z .]+?))?"
    r"(?:,? (?P<date>(?:" + MONTH_WORD + r" \d{1,2}(?:st|nd|rd|th)?|\d{1,2} " + MONTH_WORD + r")(?:,? \d{4})?|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY))?"
    # ("GEORGETOWN, Guyana, (Agency) \u2013": a comma before the agency too)
    r"(?:,?\s*\((?P<agency>[^)]{2,60})\))?\s*(?P<dash>--|[-\u2013\u2014:|/]|(?<=\d)\.)?(?:\s+|$)"
)


# A page's label before a colon, in capitals like a dateline's city: "LIVE: ...", "UPDATE: ...".
_NEWSROOM_LABELS = {
    "LIVE", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION", "EDITORIAL", "FACTBOX",
    "EXPLAINER", "PHOTOS", "VIDEO", "LIVE UPDATES", "CORRECTION", "INTERVIEW", "FEATURE", "COMMENT", "REVIEW",
}  # fmt: skip


def dateline(text: str) -> re.Match[str] | None:
    """The dateline at the start of a story's first sentence, when it has one."""
    found = DATELINE.match(text)
    if not found or found.group("city").upper() in _NEWSROOM_LABELS:
        return None
    capitals = found.group("city") == found.group("city").upper() and len(found.group("city")) > 2
    # "New Delhi: Prime Minister X ...": a city written in its own case and a colon, as many papers open, when the
    # gazetteer knows it as a place.
    if (
        found.group("dash") == ":"
        and not found.group("date")
        and not found.group("region")
        and (gz.capital_country(found.group("city")) or found.group("city") in gz.cities())
        and rx.match(r"[A-Z]", text[found.end() :])
    ):
        return found
    # "Saint Petersburg (ANS) - ": a city in any case, then an agency in brackets and a dash.
    # Not a sentence's opening words before an aside ("On Friday (local time) - ").
    agency_dash = bool(
        found.group("agency")
        and found.group("agency")[:1].isupper()
        and found.group("dash")
        and rx.fullmatch(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*", found.group("city"))
        and not rx.match(
            r"(?:On|In|At|By|From|For|The|This|Last|Next|Since|After|Before|When|While)\b", found.group("city")
        )
        and not rx.search(MONTH_WORD + r"$|day\b", found.group("city"))
    )
    if (
        not capitals
        and not agency_dash
        and not (text[found.end("city") : found.end("city") + 1] == "," and found.group("dash"))
    ):
        return None  # "On 3 April, in the Palace": a sentence, not "Nairobi, 12 March 2024 \u2014"
    marked = found.group("date") or found.group("agency")
    if not (marked or (capitals and found.group("dash"))):
        return None
    if not (capitals or found.group("date") or agency_dash):
        return None
    words = found.group("city").title().split()
    if not marked and (len(words) > 3 or set(words) & _OFFICE_WORDS):
        return None  # "MINISTRY OF FOREIGN TRADE - PRESS RELEASE": a sender's head, not a place
    return found


# Words of an office or a document, never of a place a story is filed from.
_OFFICE_WORDS = {
    "Ministry", "Office", "Department", "Press", "Release", "Statement", "Bureau", "Embassy", "Council",
    "Government", "News", "Agency", "Service", "Secretariat", "Communique",
}  # fmt: skip


# Verbs whose subject is the traveller: arriving, visiting, leaving, and being received.
TRAVELLER_VERBS = (
    r"(?:arrived|arrives|arriving|landed|lands|touched down|flew|flies|travell?ed|travels|headed(?! up\b)|left|leaves|"
    r"departed|set off|set out|visited|visits|is visiting|was visiting|began|begins|started|kicked off|opened|"
    r"wrapped up|wraps up|wound up|winds up|concluded|concludes|ended|ends|rounded off|completed|continued|"
    r"moved on|was in|is in|paid|pays|made|makes|was (?:\w+ )?(?:welcomed|received|greeted|hosted|met)|"
    r"is (?:\w+ )?(?:welcomed|received|greeted|hosted))"
)
# ("gathered to welcome X": the infinitive has X arriving as much as "welcomed X" does)
RECEIVING_VERBS = (
    r"(?:welcomed|welcomes|received|receives|hosted|hosts|greeted|greets|played host to|to (?:welcome|receive|greet))"
)


def country_of(adjective: str | None) -> str | None:
    """The country an adjective or a possessive names: "Kenyan", "South Korean", "India's"."""
    if not adjective:
        return None
    bare = rx.sub(r"['\u2019]s$", "", adjective)
    if bare != adjective:
        return gz.country_names().get(bare) or gz.country_names().get("the " + bare)
    return gz.adjectives().get(adjective)


HONORIFIC = r"(?:(?:His|Her) (?:Royal )?(?:Excellency|Majesty|Highness)|Comrade|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Shri|Smt\.?)"


TITLES = sorted(
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
        "Minister of State",
        # A minister by portfolio ("Finance Minister P Chidambaram", "Defence Minister X"): a closed class of offices.
        *(
            f"{portfolio} Minister"
            for portfolio in (
                "Finance",
                "Defence",
                "Defense",
                "Trade",
                "Commerce",
                "Economy",
                "Interior",
                "Home",
                "Health",
                "Education",
                "Energy",
                "Oil",
                "Petroleum",
                "Agriculture",
                "Industry",
                "Transport",
                "Justice",
                "Labour",
                "Labor",
                "Environment",
                "Culture",
                "Tourism",
                "Information",
                "Railways",
                "Planning",
                "Economic",
                "External Affairs",
                "Foreign Affairs",
                "Investment",
            )
        ),
    },
    key=len,
    reverse=True,
)
TITLE = (
    r"(?:(?:"
    + "|".join(re.escape(t) for t in TITLES)
    + r")(?: and (?:"
    + "|".join(re.escape(t) for t in TITLES)
    + r"))?(?:-elect|-designate)?)"  # "President-elect X": the office to come is a title all the same
)
_PARTICLES = r"(?:bin|bint|ibn|al|el|da|de|do|dos|das|du|van|von|der|den|la|le|Al|El|Abu|Bin)"
# Letters of names in Latin scripts with accents too ("F\u00e9lix", "Jo\u00e3o Louren\u00e7o", "Erdo\u011fan").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e"
# Vietnamese too ("Nguy\u1ec5n Ph\u00fa Tr\u1ecdng", "V\u00f5 V\u0103n Th\u01b0\u1edfng"): its horned vowels and the letters with two marks.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u01a1\u01b0\u1ea0-\u1ef9"
_NAME_WORD = (
    # (a word with a capital inside is read whole: "LaRocque", "McDonald", not "La")
    rf"(?:[{_UPPER}][{_LOWER}]+(?:['\u2019](?!s\b)[{_LOWER}]+)?(?:-[A-Za-z][{_LOWER}]+)*(?![{_UPPER}])|[A-Z]\.(?:[A-Z]\.)*|"
    rf"[A-Z][{_LOWER}]*[A-Z][{_LOWER}]+|[A-Z](?= (?:[A-Z] ){{0,3}}[A-Z][a-z]))"
)
NAME = _NAME_WORD + r"(?:\s(?:" + _PARTICLES + r"[\s-])*" + _NAME_WORD + r")*"
PERSON = re.compile(
    r"(?:(?!"
    + TITLE
    # (The adjective's second word never opens the title: "Vietnamese Vice President X" is a Vice President.)
    + r"\s)(?P<adj>[A-Z][a-z]+(?: (?!"
    + TITLE
    + r"\s)[A-Z][a-z]+)?(?:['\u2019]s)?|U\.S\.) )?(?P<title>"
    + TITLE
    # "President of the Republic of Kazakhstan X": the office's place in capitalized words (and "of", "the"),
    # never a clause ("the President of the Republic was received by the Russian Deputy Minister").
    # "the French President, Jeanne Roux,": with a country's adjective, the name may follow in apposition.
    + r")(?: (?:of|of the) [A-Z][\w]*(?: (?:(?:of|the|and) )*[A-Z][\w]*)*?)?(?(adj),?)\s(?:(?:(?:Dr|Mr|Mrs|Ms|Comrade|Shri|Smt|Sri|Mme)\.?|"
    # "Sheikh" only before a name of several words ("Sheikh Mohamed bin Zayed"): in "Sheikh Hasina" it is the name.
    r"(?:His|Her) (?:Royal )?(?:Excellency|Majesty|Highness)|Sheikha?(?= [A-Z][\w-]+ (?:[A-Z]|bin |ibn |al |Al ))|"
    # Styles of address of official releases between the office and the name ("Prime Minister Hon. X, MP",
    # "President H.E. X", "Minister the Rt. Hon. X"): no part of the name.
    r"(?:the )?(?:Rt\.? |Right )?(?:Hon\.|Honou?rable)|H\.\s?E\.)\s)*(?P<name>" + NAME + r")"
)


NOT_NAMES = {
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
INSTITUTIONS = {
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
FUTURE = re.compile(
    r"\b(?:will|would|is due to|are due to|was due to|had been due|is to|are to|plans? to|planned|planning|"
    r"expected to (?:visit|travel|make|attend)|later this (?:week|month|year)|next (?:week|month|year)|invited|"
    r"invitation|scheduled to|set to (?:visit|travel|attend)|upcoming|to host|hosts|will host|"
    r"look(?:s|ed|ing)? forward to)\b",
    re.I,
)
BACKGROUND = re.compile(
    r"\b(?:last visit(?:ed)?|previous visit|earlier visit|first visit since|had visited|had travelled|"
    r"visited [A-Z][\w ]+ in (?:19|20)\d\d|in (?:19|20)\d\d|since (?:19|20)\d\d|ago|years? earlier|"
    r"last (?:came|went|travelled|traveled)|predecessor|in that year|that same year)\b",
)
# A finite verb right after a name: the name is the subject of a clause of its own ("Jiang gave a banquet").
PREDICATE = r"\s(?:(?:also|then|later) )?(?:gave|gives|said|says|told|was|is|were|has|had|will|would|met|held|made|took|spoke|hosted|hosts|[a-z]+ed)\b"
# A visit weeks or months apart from the one reported ("The visit came a week after his visit to Egypt"): another trip.
OTHER_VISIT = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|a few|\d+) (?:weeks?|months?|years?) (?:after|before|earlier than)\b"
    r"[^.;]*\b(?:visits?|trips?|tours?|journeys?)\b"
)


NEGATION = re.compile(r"\b(?:did not|didn't|no plans|not hold|not meet|not visit|without)\b")


def _clause_at(text: str, position: int) -> str:
    """The clause of a sentence that holds a position: cut at semicolons and before relative and other
    subordinate clauses ("..., which has linked the two countries since 2018")."""
    bounds = [0]
    # (and at what someone said: "X said on Monday in Lima that trade would grow" is said now of later)
    for cut in rx.finditer(
        r";|, (?:while|but|whereas|which|who|where|when|as)\b|\b(?:that|which|who) (?:has|have|had|was|were|is)\b|"
        r"\b(?:said|says|told reporters|announced|stressed|noted|added|declared)\b(?=[^,;]{0,40}? that\b)",
        text,
    ):
        bounds.append(cut.start())
    bounds.append(len(text))
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if lo <= position < hi:
            return text[lo:hi]
    return text


def settled_elsewhere(text: str, position: int) -> bool:
    """Whether the clause at a position tells of another time: a plan or something from an earlier year."""
    clause = _clause_at(text, position)
    return bool(FUTURE.search(clause) or BACKGROUND.search(clause))


def leading_list(places: list[tuple[int, int, str, str | None]], text: str) -> list[tuple[int, int, str, str | None]]:
    """The places that open a text as one list ("Egypt, Ghana and Kenya"): a place further on, after other
    words ("Astana follows X's trip to Turkmenistan", "China, bringing home what Cabinet officials said"), is
    no destination of the visit the list follows."""
    kept: list[tuple[int, int, str, str | None]] = []
    end = 0
    for place in places:
        if not rx.fullmatch(r"(?:,|,? and|,? then|,? as well as)?\s*(?:the\s)?", text[end : place[0]]):
            break
        kept.append(place)
        end = place[1]
    return kept
