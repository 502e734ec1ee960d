"""The controlled vocabularies of the schema, as plain values.

The models build their enumerations from these, and queries read them without
importing the models (so a warm query never loads pydantic): one definition each.
Partnership levels are not here: each knowledge base declares its own, in data.
"""

from __future__ import annotations

VISIT_TYPES = {
    "state": "a state visit",
    "official": "an official visit",
    "working": "a working visit",
    "multilateral": "attendance at a multilateral meeting",
    "meeting": "a bilateral meeting the source does not call a visit of any protocol rank",
    "stopover": "a stop on the way elsewhere",
    "private": "a private visit",
    "informal": "an informal or unofficial visit",
    "unspecified": "the source does not say",
}
"""Visit types, as sources name them, with what each means."""

OFFICE_TITLES = (
    "President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Premier",
    "Chancellor",
    "Taoiseach",
    "First Minister",
    "Chief Minister",
    "Chief Executive",
    "Chief of State",
    "Head of State",
    "Head of Government",
    "Chairman",
    "Chairwoman",
    "Chair",
    "General Secretary",
    "First Secretary",
    "Secretary-General",
    "Secretary General",
    "Foreign Minister",
    "Minister of Foreign Affairs",
    "Secretary of State",
    "Governor General",
    "Governor-General",
    "Captain Regent",
    "Regent",
    "King",
    "Queen",
    "Emperor",
    "Empress",
    "Crown Prince",
    "Crown Princess",
    "Prince",
    "Princess",
    "Grand Duke",
    "Grand Duchess",
    "Sultan",
    "Emir",
    "Amir",
    "Shah",
    "Sheikh",
    "Sheik",
    "Pope",
    "Supreme Leader",
    "Junta President",
    "General",
    "Field Marshal",
    "Marshal",
    "Admiral",
    "Colonel",
    "Brigadier",
    "Lieutenant General",
    "Major General",
)
"""Titles of heads of state and government, ministers and monarchs as English sources write them
before a name ("Prime Minister John Major"), with the military ranks that stand in for one."""

TITLE_MODIFIERS = ("Acting", "Interim", "Provisional", "Transitional", "Former")
"""Words before a title that qualify it ("Acting President")."""

EVENT_KINDS = {
    "summit": "a meeting of heads of state or government of a group or organization",
    "leaders-meeting": "a meeting of leaders outside a standing summit series",
    "ministerial-meeting": "a meeting of ministers",
    "chairmanship": "a rotating presidency or chair of a body",
    "forum": "a business, investment or people-to-people forum",
    "ceremony": "an opening, an inauguration, a commemoration or a funeral",
    "address": "an address to a parliament or an international body",
    "conference": "a conference or congress of a body",
    "other": "anything else",
}
"""Kinds of event: multilateral meetings and other occasions a leader attends."""

EVENT_STATUSES = ("held", "planned")
ORGANIZATION_KINDS = ("organization", "forum", "group", "region", "delegation", "company")

MODES = {
    "in-person": "there in person",
    "video": "by video link",
    "phone": "by telephone",
    "representative": "through someone sent in their place",
}
"""How someone took part in a visit, an event or a meeting."""

MEETING_FORMS = {
    "talks": "talks between the two sides, often in delegations",
    "sideline": "a meeting on the sidelines of a multilateral event",
    "courtesy-call": "a courtesy call",
    "banquet": "a state banquet or official dinner",
    "press-conference": "a joint press conference or statement to the press",
    "phone": "a telephone call",
    "video": "a video call",
    "other": "any other meeting",
}
"""The forms a meeting takes, as sources name them."""

AGREEMENT_STATUSES = {
    "expected": "announced before the visit as expected to be signed",
    "signed": "signed",
    "in-force": "entered into force",
}

PARTNERSHIP_CHANGES = {
    "established": "a first partnership between the two parties",
    "upgraded": "raised to a higher level",
    "relabelled": "given a new name at the same level",
    "reaffirmed": "confirmed or deepened at the same level",
}
"""What a partnership record says happened; an upgrade is shown only where the level's rank rises."""

QUALIFIERS = {
    "exact": "",
    "at-least": "at least",
    "more-than": "more than",
    "about": "about",
    "nearly": "nearly",
    "up-to": "up to",
}
"""How precisely a source gives a number, and how each qualifier reads before it."""

SCALES = {"one": 1, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""What each scale multiplies a value by."""

MEASURES = {
    "annual": "a flow per calendar year (trade in a year)",
    "cumulative": "a stock built up over time (total investment)",
}

PLEDGE_SHAPES = {
    "target": "a figure to reach by a deadline (a metric and an absolute goal)",
    "relative": "a change of a metric against a baseline (+50 %, double)",
    "commitment": "an amount committed with no metric (a fund, a credit line, a loan)",
    "programme": "a commitment with no figure (a list of actions)",
}
"""The shapes a pledge takes; each record's shape follows from the fields it has."""

RELATIVE_UNITS = ("percent", "times")
"""Units of a goal that is relative to a baseline: +50 percent, 2 times."""

TARGET_STATUSES = ("met", "on-track", "behind", "missed", "unknown")
"""What a pledge's progress can be judged to be."""


def describe(qualifier: str, number: str) -> str:
    """A number with its qualifier in words: 'more than 40'."""
    words = QUALIFIERS[qualifier]
    return f"{words} {number}" if words else number


CAMEO_CODES = {
    "030": "Express intent to cooperate, not specified below",
    "036": "Express intent to meet or negotiate",
    "040": "Consult, not specified below",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": 'Meet at a "third" location',
    "057": "Sign formal agreement",
}
"""The CAMEO event codes visitkb derives, with CAMEO's names for them (CAMEO 1.1b3 codebook)."""

PLOVER_QUADS = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1}
"""PLOVER categories visitkb derives -> quad code (1: verbal cooperation, as PLOVER's manual v0.8 groups them)."""

PLOVER_CONSULT_MODES = ("visit", "third-party", "multilateral", "phone")
"""PLOVER's modes of CONSULT: the source visits, a third party hosts, a multilateral setting, by phone or video."""

OFFICE_ROLES = {
    "head-of-state": "head of state (a president, a monarch, a governor-general)",
    "head-of-government": "head of government (a prime minister, a premier, a chancellor)",
    "foreign-minister": "the minister in charge of foreign affairs (a secretary of state, a foreign secretary)",
}
"""What an office is, for panels that count one kind of traveller (the --office option)."""

OFFICE_TITLE_ROLES = (
    (
        r"\b(prime minister|premier|chancellor(?! of the exchequer)|president of the (government|council of ministers)"
        r"|chief executive|taoiseach|first minister)\b",
        "head-of-government",
    ),
    (
        r"\b(foreign (minister|secretary)|minister (of|for) (foreign|external) (affairs|relations)"
        r"|secretary of (state for )?foreign|secretary of state$|secretary of state of the united states"
        r"|minister of foreign)\b",
        "foreign-minister",
    ),
    (
        r"^(president|king|queen|emperor|empress|emir|sultan|grand duke|prince|governor-general|monarch"
        r"|chairman of the presidium|supreme leader|head of state)\b",
        "head-of-state",
    ),
)
"""Words of an office's title that say what it is, tried in order, where the office does not say (``roles``).

A title says less than a constitution: a president is only the head of state here (give
``roles: [head-of-state, head-of-government]`` where the office is both), and a president
of a government or council of ministers heads the government.
"""
