"""The rules that read an article: each finds one kind of fact in a sentence and says why.

A finding is a plain dict in the shape of the draft benchmark's gold records (``legs``,
``meetings``, ...), with the character span of its excerpt, the rule that produced it and a
confidence. The rules read wire copy: a dateline, a lead naming the travelling leader, then
sentences in roughly the order things happened.

``Reader`` gathers the rules from the modules of each kind of fact: ``leader`` (who travels), ``travel`` (the
legs), ``events``, ``meetings``, ``deals`` (agreements, partnerships, relations), ``money`` (figures and pledges
of an amount) and ``programmes`` (pledges with no figure); ``reader`` holds what they share, ``clauses`` and
``quantities`` the wording they share.
"""

from __future__ import annotations

import datetime as dt

from .deals import DealRules
from .events import EventRules
from .meetings import MeetingRules
from .money import MoneyRules
from .programmes import ProgrammeRules
from .reader import Finding
from .travel import TravelRules


class Reader(TravelRules, EventRules, MeetingRules, DealRules, MoneyRules, ProgrammeRules):
    """Reads one article: what it knows so far (the leader, the legs), and the findings."""

    def read(self) -> list[Finding]:
        """Every finding: the leader and the legs first, then what each sentence tells, then the trip itself."""
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
        # Each reception's form needs every meeting of the article (an early return in a sentence must not skip it).
        self.settle_receptions()
        self.emit_legs()
        return self.findings


def read(
    text: str, published: dt.date, known_people: dict[str, str] | None = None, day_known: bool = True
) -> list[Finding]:
    """Every finding the rules make in an article's plain text, published on a date.

    ``known_people`` maps the names of people the knowledge bases know to their countries; without
    ``day_known`` (a source dated to the month) weekdays resolve to the month only.
    """
    return Reader(text, published, known_people, day_known).read()
