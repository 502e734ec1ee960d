"""What a reader of an article knows as it reads (the leader, legs, dates, people) and the findings it drafts."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from . import gazetteer as gz
from . import rx
from .clauses import HONORIFIC, INSTITUTIONS, MONTH_WORD, NAME, NOT_NAMES, PERSON, PREDICATE, TITLE, dateline
from .text import Sentence, sentences
from .when import find_dates

MAX_EXCERPT = 300


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
    """A leg of the trip: a country, its cities, the kinds of visit, its days, and the excerpt that tells it."""

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


# A sentence the newsroom says of its page ("This report appeared on ...", "we will be back tomorrow"): no story.
_NEWSROOM_VOICE = re.compile(
    r"^(?:This|The) (?:report|article|story|page|piece|blog|feed|text|interview)\b|"
    r"\b(?:[Ww]e|[Ww]e'(?:ll|re|ve)|[Oo]ur) (?:will|would|are|were|have|leave|bring|continue|be back|reproduce|"
    r"(?:live )?coverage|correspondents?|readers)\b|\breproduced\b"
)

# A date on a line of its own, as a page stamps its story: a weekday, a date in any order (numbers, a month's word,
# "24th"), a time of day, a site's name before it and page rules ("|") around it.
_DAY_MONTH_YEAR = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ -]" + MONTH_WORD + r",?[ -]\d{4}|" + MONTH_WORD + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})"
)
_PAGE_STAMP = re.compile(
    r"(?i)(?:\|\s*)*(?:(?:[A-Z][\w.]*,?\s+){0,2}?(?:(?:updated|published|posted|last updated|date)\s*:?\s*)?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?"
    + _DAY_MONTH_YEAR
    + r"(?:\s*(?:[-|,]\s*)?(?:at\s)?\d{1,2}[:.]\d{2}"
    r"(?:\s?[ap]\.?m\.?)?(?:\s?(?:UTC|GMT|IST|EST|EDT|CET|[A-Z]{2,4}))?)?(?:\s*\|)*"
)


def _stamp(line: str) -> bool:
    """Whether a line is a page's date stamp: a date alone (``_PAGE_STAMP``), or a short line with a full date, a
    few words of the page around it ("Agency, 21 May 2015 Adjust font size:") and no sentence's end."""
    if _PAGE_STAMP.fullmatch(line):
        return True
    return bool(
        len(line) <= 70
        and rx.search(_DAY_MONTH_YEAR, line)
        and not rx.search(r"[.!?\"\u201d]$", line)
        and len(rx.findall(r"\b[a-z]{2,}\b", line)) < 4
    )


# A paragraph that is one text said twice, with or without a space between.
# (the text starts at a character that is no space: with a run of spaces free to fall on either side, a paragraph
# of spaces took minutes)
_TWICE = re.compile(r"(?s)\s*(?P<once>\S.{29,}?)\s*(?P=once)\s*")

# The words of a relative day that say its step from the day told last ("that", "same": the same day).
_RELATIVE_STEP = re.compile(r"(?i)\b(?:next|following|previous|that|same|later)\b")


class ReaderCore:
    """What every rule shares: the article, what is known so far, the findings, and helpers for dates and people."""

    current: list[Leg | None]
    """The leg each sentence is about, once ``track_legs`` has followed the legs through the story."""

    def __init__(
        self, text: str, published: dt.date, known_people: dict[str, str] | None = None, day_known: bool = True
    ):
        self.text = text
        self.day_known = day_known
        self.published = published
        self.sentences = sentences(text)
        self.findings: list[Finding] = []
        self.current = []
        self.legs: list[Leg] = []
        self.leader: str | None = None
        self.leader_country: str | None = None
        self.leader_words: set[str] = set()
        self.leader_title: str | None = None
        self.leader_honorific: str | None = None
        self.leader_office: str | None = None
        """The title the article gives the leader before the name ("President"): "the President" is the leader."""
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
        # A page's date stamp on a line of its own ("Thursday, 4 May 2023 - 10:10 UTC", "12-Mar-2019 |"): what
        # stands above it is the page's (a headline, a standfirst, a teaser), the story starts below it.
        stamps = [i for i, s in enumerate(self.sentences[:12]) if _stamp(s.text.strip())]
        if stamps and stamps[-1] + 1 < len(self.sentences):
            below = self._lead_from(stamps[-1] + 1)
            if below is not None:
                return below
        return self._lead_from(0) or 0

    def _lead_from(self, begin: int) -> int | None:
        """The story's first sentence at or after a sentence, when one is found there."""
        for index, sentence in enumerate(self.sentences[begin:12], begin):
            head = dateline(sentence.text)
            # A headline in capitals with a colon ("LEADER BACK FROM X: ...") is no dateline: the story is prose.
            rest = sentence.text[head.end() :] if head else ""
            if head and len(rest) > 40 and len(rx.findall(r"\b[a-z]{2,}\b", rest)) >= 3:
                return index
        for index, sentence in enumerate(self.sentences[begin:25], begin):
            body = sentence.text
            if (
                len(body) >= 80
                # A row of links ("Headline one • Headline two • ...", "HOME | NEWS | ...") is the page's.
                and len(rx.findall(r"\s[\u2022|\u00b7]\s", body)) < 2
                # A photograph's caption printed twice (its text, then the image's alternative text) is no story.
                and not _TWICE.fullmatch(self.text[self.sentences[index].start : self._paragraph_end(index)])
                # A sentence about the page that names nobody ("This report appeared ..."); "Follow our coverage
                # of the state visit by King X" is the story's lead all the same.
                and not (
                    _NEWSROOM_VOICE.search(rx.sub(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d", "", body))
                    and not PERSON.search(body)
                )
                and (rx.search(r"[.!?\"\u201d\]]$", body) or len(body) >= 150)
                and not rx.match(r"(?:By|From|Updated|Published|Posted|Copyright|We use)\b", body)
                and len(rx.findall(r"\b[a-z][\w'-]*", body)) >= 0.3 * len(body.split())
            ):
                return index
        return None

    def _paragraph_end(self, index: int) -> int:
        """Where the paragraph of a sentence ends in the text."""
        end = self.text.find("\n", self.sentences[index].start)
        return len(self.text) if end < 0 else end

    def list_head(self, index: int) -> str | None:
        """The sentence that opens the list a bulleted or numbered item belongs to ("Five agreements were signed:",
        "The two sides agreed as follows:"), none when the sentence is no item of a list headed by a colon."""
        # An item may be indented: "   (a) Joint Declaration ...".
        item = re.compile(r"\s*(?:[-\u2022\u2013*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
        if not item.match(self.sentences[index].text):
            return None
        for back in range(index - 1, max(-1, index - 20), -1):
            body = self.sentences[back].text
            if body.rstrip().endswith(":"):
                return body
            if not item.match(body):
                return None
        return None

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
        for m in rx.finditer(r"[,;:\u2014] ", self.text[lo:start]):
            left = lo + m.end()
        left = min(left, start)
        stop = rx.search(r"[,;:\u2014] ", self.text[end:hi])
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
        """Keeps a finding with its excerpt (the span in the sentence), rule and confidence."""
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
                    if step and not rx.search(r"(?i)yesterday|today", words) and previous is not None:
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
            if d[0] >= position and not rx.search(r";|, and |\band (?:then |later )?[a-z]+ed\b", text[position : d[0]])
        ]
        if after:
            return after[0][2]
        before = [d for d in found if d[0] < position]
        return before[-1][2] if before else found[0][2]

    def another_month(self, after: str) -> bool:
        """Whether the words after a place date it to a month other than the story's ("travelled to X in
        February", "the summit in Vilnius in July", in a story of March or August): another occasion."""
        clause = rx.split(r"[,;]|\b(?:where|when|which|who|and)\b", after)[0][:40]
        month = rx.search(r"\bin (?:early |mid-)?(?P<when>" + MONTH_WORD + r"(?: (?:19|20)\d\d)?)\b", clause)
        if not month or rx.search(r"\d{1,2}(?:st|nd|rd|th)?\b", clause[: month.start()] + clause[month.end() :]):
            return False
        found = find_dates("in " + month.group("when"), self.published)  # "in May": the month, not the verb
        return bool(found) and len(found[0][2]) == 7 and found[0][2] != self.published.isoformat()[:7]

    leader_namesakes: re.Pattern[str] | None = None
    """Others who share a word of the leader's name ("Chairman Kim Jong-il" beside "President Kim Dae-jung")."""

    def is_leader(self, text: str) -> bool:
        """Whether a name is the leader's (any part of it), once namesakes of other people are set aside."""
        if self.leader_namesakes is not None:
            text = self.leader_namesakes.sub("", text)
        words = set(rx.findall(r"[A-Z][\w'-]+", text))
        return bool(words & self.leader_words)

    def leader_subject(self, sentence: Sentence, position: int) -> bool:
        """Whether the leader (by name, or 'he'/'she' once the leader is known) acts at this point of the sentence."""
        before = sentence.text[:position]
        clauses = rx.split(r"[;]|, (?:while|but|and|when) |, where ", before)
        clause = clauses[-1]
        # A clause with no subject of its own ("..., and held a brief meeting") shares the one before.
        while len(clauses) > 1 and (
            not rx.sub(r"\b(?:then|also|later)\b", "", clause).strip()
            or rx.match(
                r"\s*(?:then |also |later |\w+ly )?(?:[a-z]+ed|held|met|made|took|went|flew|had)\b|"
                r"\s*(?:then|also|later|\w+ly)\s*$",
                clause,
            )
        ):
            clauses.pop()
            clause = clauses[-1] + " " + clause
        # "while Kishida was in Kyiv, Chinese President X was holding talks": a subordinate clause before another
        # subject sets the scene; its subject does not act in the main clause.
        clause = rx.sub(
            r"(?:^|(?<=: ))(?:[Ww]hile|[Ww]hen|[Aa]lthough|[Ww]hereas) [^,]*, (?=[A-Z][a-z]+ [A-Z])", "", clause
        )
        pronoun = (
            rx.search(
                r"(?:^|\b)(?:[Hh]e|[Ss]he|[Tt]he (?:two|president|prime minister|premier|chancellor|leaders?))\b",
                clause,
            )
            or (self.leader_title and rx.search(r"\b[Tt]he " + re.escape(self.leader_title) + r"\b", clause, re.I))
            or (self.leader_honorific and self.leader_honorific in clause)
            or (self.leader_office and rx.search(r"\b[Tt]he " + re.escape(self.leader_office) + r"\b", clause))
            or self.refers_to_leader(clause)
        )
        if not (self.is_leader(clause) or pronoun):
            return False
        # Another person named first is the subject ("Xi made a state visit ..., when he attended"): not the leader.
        first_word = rx.match(r"\s*(?:[A-Z][a-z]+ )?(?P<w>[A-Z][\w-]+)", sentence.text)
        if first_word and not self.is_leader(sentence.text[:position]) and first_word.group("w") not in NOT_NAMES:
            word = first_word.group("w")
            if any(word in full.split() for full in self.people if not self.is_leader(full)):
                return False
        # "the General Secretary": a title of two words is no titled person; "the General Assembly" no person.
        others = [
            m
            for m in PERSON.finditer(clause)
            if not self.is_leader(m.group("name"))
            and not rx.fullmatch(TITLE, m.group(0))
            and not INSTITUTIONS & set(m.group("name").split())
        ]
        if not others:
            return True
        leader_at = (
            [m.start() for m in rx.finditer(r"\b(?:" + "|".join(map(re.escape, self.leader_words)) + r")\b", clause)]
            if self.leader_words
            else []
        )
        if leader_at and leader_at[0] < others[0].start():
            return True  # the leader named first is the subject; the other is an object
        # "he held talks with X and, on the sidelines, met Y": the pronoun before X, no verb of saying between.
        roles = [re.escape(r) for r in (self.leader_office, self.leader_title) if r]
        # "the President met X, who said ..., and later held": the leader's role, as a pronoun would be.
        role = r"|[Tt]he (?i:" + "|".join(roles) + r")" if roles else ""
        pronoun_first = rx.search(r"\b(?:[Hh]e|[Ss]he" + role + r")\b(?P<gap>.*)", clause[: others[0].start()])
        if pronoun_first and not rx.search(r"\b(?:said|says|told|tells|announced|added)\b", pronoun_first.group("gap")):
            return True
        after_other = clause.split(others[-1].group("name"))[-1]
        # "X, who is travelling with <leader>, went to ...": the leader in X's relative clause is no subject.
        after_other = rx.sub(r"^\s*,\s(?:who|whom|whose)\b[^,]*,", "", after_other)
        return self.is_leader(after_other) or bool(rx.search(r"\b[Hh]e\b|\b[Ss]he\b", after_other))

    def title_arriving(self, sentence: Sentence, position: int) -> bool:
        """Whether the sentence, before a position, has a bare title arriving or received ("The President arrived
        in X to take part in ...", "the President was received by ..."): the visitor, as a host does neither."""
        return bool(
            rx.search(
                r"(?:^|, )[Tt]he (?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Emperor) "
                r"(?:of the Republic )?(?:(?:also|then|later|first) )?(?:arrived|landed|flew|travell?ed|touched down|"
                r"was (?:\w+ )?(?:received|welcomed|greeted))\b[^;]*$",
                sentence.text[:position],
            )
        )

    def refers_to_leader(self, clause: str) -> bool:
        """Whether a clause names the leader by role: "the visiting leader", "the guest", "the Kenyan president"."""
        for found in rx.finditer(
            r"\b[Tt]he (?P<visiting>visiting |guest |)(?:(?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}?) )?"
            r"(?P<role>[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|leader|head of (?:state|government)|"
            r"king|queen|emir|sultan|monarch|crown prince|guest|visitor|statesman|[Tt]aoiseach)\b",
            clause,
        ):
            adjective = found.group("adj")
            if found.group("visiting") or found.group("role") in ("guest", "visitor"):
                return True
            # ("the Papua New Guinea Prime Minister": a country's name as its adjective)
            own = gz.adjectives().get(adjective or "") or gz.country_names().get(adjective or "")
            if adjective and own == self.leader_country and self.leader_country:
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
        initials = [w[0] for w in raw.split() if rx.fullmatch(r"[A-Z]\.", w)]
        if initials:
            rest = {w for w in raw.split() if not rx.fullmatch(r"[A-Z]\.", w)}
            for full in self.people:
                parts = full.split()
                if rest and rest <= set(parts) and all(any(p[0] == i for p in parts) for i in initials):
                    return full
        return raw

    def note_person(self, name: str, country: str | None) -> str:
        """Registers a person named, with their country; returns the name in full as the article gives it."""
        full = self.person(name)
        if full == name.strip() and full not in self.people:
            self.people[full] = country or ""
        return full

    def leg_at(self, sentence_index: int) -> Leg | None:
        """The leg the story is on at this sentence, if any."""
        if self.current:
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
            if gz.adjectives()[m.group(1)] != self.leader_country and not rx.match(r" dollars?\b", text[m.end(1) :])
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
            if rx.search(r"\b(?:with|between|and|to|visit(?:ed|ing)?|in)\s(?:the\s)?$", before) or close_to_home:
                paired.append(code)
        if paired:
            return list(dict.fromkeys(paired))
        partner = self.place_told(index) or self.partner(index)
        if partner:
            return [partner]
        return list(dict.fromkeys(c for _, c in named))

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
        names = [n for n, c in gz.country_names().items() if c == self.leader_country and self.leader_country]
        if names:
            # "the president of Chile", "the King of the Kingdom of Norway": the office of the leader's country.
            forms.append(
                r"[Tt]he (?:leader|president|prime minister|premier|head of state|head of government|monarch|king|"
                r"emir|amir|sultan) of (?:the )?(?:(?:State|Kingdom|Republic|Sultanate) of (?:the )?)?(?:"
                + "|".join(re.escape(n.removeprefix("the ")) for n in names)
                + r")"
            )
        return r"(?:" + "|".join(forms) + r")\b"

    def _people_in(self, rest: str) -> list[tuple[int, str, str | None]]:
        """People named at the head of a phrase: '<Title> <Name>', or 'Name, <title> of ...', in a list."""
        head = rx.split(
            r"\b(?:at the|in the|on the|on \w+day|to discuss|about|over|who|which|where|before|after|during|at his|at her|at a|at)\b",
            rest,
        )[0]
        found = []
        apposed: str | None = None
        # "President X and Premier Y" are two people; "Vice President and Prime Minister X" is one, with two titles.
        parts: list[str] = []
        for piece in rx.split(r"(,? and |, )", head):
            if parts and parts[-1].endswith(" and ") and rx.fullmatch(r"(?:[A-Z][\w-]+ )?" + TITLE, parts[-2].strip()):
                parts[-2:] = [parts[-2] + parts[-1] + piece]
            else:
                parts.append(piece)
        for part in parts[::2]:
            if rx.match(r"(?:met|held|had|said|told|then|later|also|[a-z]+ed)\b", part.strip()):
                break  # "..., and met Y": a new predicate, whose people are its own
            part = rx.sub(r"^(?:his|her|their|the) ", "", part.strip())
            country, apposed = apposed, None
            adjective = gz.adjective_pattern().match(part) or gz.country_pattern().match(part)
            # "U.S. President X": a country by its initials, before a title.
            initials = rx.match(r"(?P<c>(?:[A-Z]\.){2,3}) (?=(?:[A-Z][a-z]+ )?" + TITLE + r"\s)", part)
            if initials and gz.country_names().get(initials.group("c")):
                country = gz.country_names()[initials.group("c")]
                part = part[initials.end() :]
            elif adjective:
                country = gz.adjectives().get(adjective.group(1)) or gz.country_names().get(adjective.group(1))
                part = rx.sub(r"^['\u2019]s ", "", part[adjective.end() :]).strip()
            part = rx.sub(r"^(?:counterpart|host) ", "", part)
            # A ministry's name before the minister's: "External Affairs Minister S Jaishankar".
            if not rx.match(TITLE + r"\s", part):
                # and an institution's before its head's: "World Bank President X".
                part = rx.sub(
                    r"^(?:[A-Z][\w-]+ ){1,3}?(?=(?:"
                    + TITLE
                    + r"|Minister|Secretary|Adviser|Advisor|President|Chairman|"
                    r"Director|Managing Director|Governor) [A-Z])",
                    "",
                    part,
                )
                part = rx.sub(r"^(?:Minister|Secretary|Adviser|Advisor) " + HONORIFIC + r"\s(?=[A-Z])", "", part)
            # A role in lower case before a full name: "opposition leader Friedrich Merz".
            role = rx.match(r"(?:(?!(?:of|the|for|and|in|at|on|to)\b)[a-z-]+ ){1,3}(?=[A-Z][\w'-]+ [A-Z])", part)
            if role:
                part = part[role.end() :]
                # "former Brazilian President X": the country after the role.
                adjective = gz.adjective_pattern().match(part)
                if adjective and not country:
                    country = gz.adjectives().get(adjective.group(1))
                    part = part[adjective.end() :].strip()
            possessive = rx.match(r"(?P<c>[A-Z][\w ]+?)['\u2019]s ", part)
            if possessive and gz.country_names().get(possessive.group("c")):
                country = gz.country_names()[possessive.group("c")]
                part = part[possessive.end() :]
            match = rx.match(
                r"(?:(?P<title>"
                + TITLE
                + r")(?: of (?:the )?[A-Z][\w']*(?: (?:of |and |the )*[A-Z][\w']*)*?)? )?(?:"
                + HONORIFIC
                + r"\s){0,2}(?P<name>"
                + NAME
                + r")",
                part,
            )
            if not match:
                continue
            name = match.group("name")
            if (
                " of " in match.group(0)
                and len(name.split()) == 1
                and (
                    rx.match(r"['\u2019]s\b", part[match.end() :])
                    or rx.search(r"['\u2019]s? $", part[: match.start("name")])
                )
            ):
                # "President of the Presidium of the Supreme People's Assembly": a body's name, no person's; but
                # "Chairman of the National People's Congress Standing Committee Li Zhanshu": the name after the body.
                words = part.split()
                cut = max((i for i, word in enumerate(words) if word in INSTITUTIONS), default=len(words))
                if not 2 <= len(words) - cut - 1 <= 3:
                    continue
                name = " ".join(words[cut + 1 :]).rstrip(".,")
            if rx.fullmatch(TITLE, name):
                # "the Prime Minister of India, Narendra Modi": a title alone, the name in apposition after it.
                of = rx.match(TITLE + r" of (?:the )?(?P<where>[A-Z][\w ]+)$", part)
                apposed = gz.country_names().get(of.group("where")) if of else None
                continue
            if INSTITUTIONS & set(name.split()):
                # "Premier of the State Council Li Keqiang": the name after the body's; "the Communist Party's top
                # official": a body, no person.
                words = name.split()
                if len(words) - max(i for i, word in enumerate(words) if word in INSTITUTIONS) - 1 < 2:
                    # "Chairman of the Standing Committee of the Congress Zhou Bo": the name that ends the part.
                    tail = rx.search(r"(?:[A-Z][\w'-]+ ){1,3}[A-Z][\w'-]+$", part)
                    words = tail.group(0).split() if tail else []
                cut = max((i for i, word in enumerate(words) if word in INSTITUTIONS | NOT_NAMES), default=-1)
                if len(words) - cut - 1 < 2:
                    continue
                name = " ".join(words[cut + 1 :])
            if name.split()[0] in NOT_NAMES or name in gz.country_names() or name in gz.adjectives():
                continue
            if gz.grouping_of(name) or rx.search(
                r"\b(?:Summit|Forum|Council|Palace|Hall|House|Day|Bank|University)\b", name
            ):
                continue
            if not match.group("title") and len(name.split()) < 2 and self.person(name) not in self.people:
                continue
            if rx.match(r"\s*(?:were|was) (?:held|conducted)\b|\s*took place\b", part[match.end() :]):
                # "Talks with X, Y and Z were held on Friday": the talks' verb after the last of the list.
                found.append((rest.find(part), name, country))
                break
            if rx.match(PREDICATE, part[match.end() :]):
                break  # "..., and Jiang gave a banquet": the subject of a new clause, not one more person met
            found.append((rest.find(part), name, country))
        return found

    def _date_context(self, index: int) -> str | None:
        """The latest full date said in the sentences before (a paragraph's 'then' carries its day)."""
        for sentence in reversed(self.sentences[max(0, index - 2) : index]):
            found = [d for d in self.dates(sentence) if len(d[2]) == 10]
            if found:
                return found[-1][2]
        return None

    def partner(self, index: int) -> str | None:
        """The other country of the visit at a sentence: the leg's, else the country the article names most."""
        leg = self.leg_at(index)
        if leg:
            return leg.country
        counts = {code: n for code, n in self.named_counts.items() if code != self.leader_country}
        return max(counts, key=lambda c: counts[c]) if counts else None

    def pair(self, index: int) -> list[str]:
        """The two sides that a sentence's bilateral words ("bilateral trade", "the two countries") mean: the
        leader's country and the visit's other; with no traveller (a joint statement, a signing at home), the two
        countries the article names most."""
        if self.leader_country:
            return [c for c in (self.leader_country, self.place_told(index) or self.partner(index)) if c]
        counts = self.named_counts
        return sorted(counts, key=lambda c: -counts[c])[:2] if len(counts) >= 2 else []

    def place_told(self, index: int) -> str | None:
        """The country a paragraph of a tour places the leader in: "In Brasilia on Friday, Mensah and ..." opening the
        sentence or one before it in its paragraph (a capital or a country other than the leader's; the sentence
        names the leader, so "In Washington, officials said ..." places nobody)."""
        paragraph = self.sentences[index].paragraph
        for sentence in reversed(self.sentences[: index + 1]):
            if sentence.paragraph != paragraph:
                return None
            opening = rx.match(
                r"(?:[A-Z][a-z]+ [A-Z][a-z]+ )?(?:In|At) (?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\b", sentence.text
            )
            if opening:
                place = opening.group("place")
                code = gz.capital_country(place) or gz.country_names().get(place)
                if code and code != self.leader_country and rx.search(self.leader_reference(), sentence.text):
                    return code
        return None

    @functools.cached_property
    def named_counts(self) -> dict[str, int]:
        """How often the article names each country, by name or adjective (counted once per article)."""
        counts: dict[str, int] = {}
        for _, _, code in gz.countries_in(self.text):
            counts[code] = counts.get(code, 0) + 1
        for m in gz.adjective_pattern().finditer(self.text):
            code = gz.adjectives()[m.group(1)]
            if len(code) == 2:
                counts[code] = counts.get(code, 0) + 1
        return counts
