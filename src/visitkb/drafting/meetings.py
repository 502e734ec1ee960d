"""The leader's meetings: talks, calls, courtesy calls, joint press conferences and banquets, with whom and when."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from . import gazetteer as gz
from . import rx
from .clauses import (
    BACKGROUND,
    FUTURE,
    HONORIFIC,
    INSTITUTIONS,
    NAME,
    NEGATION,
    NOT_NAMES,
    OTHER_VISIT,
    PERSON,
    TITLE,
    TITLES,
    country_of,
    settled_elsewhere,
)
from .events import BULLET
from .reader import Leg, ReaderCore
from .text import Sentence
from .when import MONTH_NAME, MONTHS, WEEKDAY_WORD

# "called on X to release the prisoners": an appeal, the person then "to" and a verb, with no place or time between
# ("called on X at his hotel on Thursday to brief him" is a call paid).
_APPEAL = (
    r"(?:(?!\b(?:at|in|on|during|after|before|from|for)\b)[^.;,]){0,60}?\bto (?!the\b|a\b|an\b|his\b|her\b)[a-z]+\b"
)


def unquoted(text: str) -> str:
    """A sentence with its quotations and comparisons with a plan blanked out (same length): a quote's "looking
    forward to" dates no meeting, nor does "longer than planned"."""
    text = rx.sub(r"[\"\u201c][^\"\u201d]*[\"\u201d]", lambda quote: " " * len(quote.group(0)), text)
    # "talks that lasted longer than planned", "went ahead as scheduled": a comparison with the plan, no plan.
    return rx.sub(
        r"\b(?:than|as) (?:originally |first )?(?:planned|scheduled|expected)\b",
        lambda plan: " " * len(plan.group(0)),
        text,
    )


class MeetingRules(ReaderCore):
    """The rules that read whom the leader met, how and when."""

    _MEETING = re.compile(
        # "went into talks with", "opened talks with": talks begun are talks held.
        r"\b(?P<verb>(?:held|hold|holding|holds|had|has|have|having|conducted|conducts|went (?:straight |directly )?into|entered(?: into)?|"
        r"opened|began|started) (?:an? |separate |their |the )?"
        # "held a 40-minute private meeting with", "held the annual leaders' meeting with"
        r"(?:[\w-]+['\u2019]? ){0,2}?(?:(?:hours?|days?|rounds?|sessions?) of )?(?:talks|meetings?|discussions|(?:tele)?phone (?:call|conversation)|video ?(?:call|conference|link)|"
        # "held two long sessions with X": sessions with a person are talks.
        # ("had a long separate talk with X": one talk, with a person)
        r"conversation|summit|audience|sessions?(?= with\b)|talk(?= with\b))|"
        # "had a long and frank conversation with X"
        r"(?:had|held) (?:an? )?(?:[\w-]+ |and ){1,4}?conversations?|"
        # "spoke briefly with X": a word of how between the verb and its "with".
        r"met(?: separately| briefly| also| privately)?|meets|meeting|^Meeting|talks|audience|"
        r"spoke(?: by (?:tele)?phone| [a-z]+ly(?= with\b))?|"
        # "saw Leonid Brezhnev, the First Secretary, on the first morning": a person seen is a person met (not one
        # seen off, nor a sight).
        # ("saw the Tanzanian President, Mr X": the office in apposition before the name)
        r"(?:also |then |later )?saw(?= (?:[A-Z][a-z]+ |the [A-Z][a-z]+ )?(?:"
        + TITLE
        + r"|"
        + HONORIFIC
        + r"),?\s[A-Z]|"
        r" (?:[A-Z][\w'-]+ ){1,3}?[A-Z][\w'-]+, (?:the )?(?:[A-Z][a-z]+ )?(?:" + TITLE + r"|Minister|Secretary)\b)"
        r"(?![^.;,]{0,40}\boff\b)|"
        r"talked(?: by (?:tele)?phone)?|conferred|sat down|(?:phone|telephone) (?:call|conversation)|"
        # "called on X to release the prisoners": an appeal, no call paid.
        r"video ?(?:call|conference)|(?:called|calls) on(?! " + _APPEAL + r")|"
        # "received a call from X", "took a call from X": a call, by telephone unless the video is told.
        r"(?<=received )(?:a |an )?(?:[\w-]+ )?call(?= from\b)|(?<=took )(?:a |an )?(?:[\w-]+ )?call(?= from\b)|"
        r"paid (?:a )?courtesy (?:calls?|visits?) (?:on|to)|telephoned|phoned|"
        # "was granted an audience by King X"
        r"(?:granted|given) (?:an? )?(?:private )?audience (?:by|with)|"
        # "told X during a video call", "assured X in a telephone conversation": a call, the person told.
        r"(?:told|assured|warned|urged|informed|asked)(?= (?:[^.;]|(?<=\b[A-Z])\.){0,60}?\b(?:during|in|on) (?:a|an|their) "
        r"(?:[\w-]+ )?"
        # ("told X in a call": a call by any means, by telephone unless the video is told)
        r"(?:(?:video|(?:tele)?phone) ?(?:call|conversation|link|conference)|call)\b)|"
        # "called President X on Friday to congratulate him": a call, by its purpose.
        # ("called his Chinese counterpart, X, in Beijing to invite him": the counterpart, named after)
        r"(?:called|rang)(?= (?:(?:his|her) (?:[A-Z][a-z]+ )?counterpart,?|(?:[A-Z][a-z]+ )?(?:"
        + TITLE
        + r"))\s[^.;]{0,60}?\bto (?:congratulate|discuss|express|offer|"
        r"thank|convey|wish|invite|brief|exchange|condole)\b)|"
        # "briefed X by telephone": a call, by the means it names.
        r"(?:briefed|called|rang|consulted|updated)(?= [^.;]{0,80}?\bby (?:tele)?phone\b)|"
        # "co-chaired, with Foreign Minister X, the fourth session of the dialogue": talks with the co-chair.
        r"co-chaired,?(?= with )|co-chaired(?= [^.;,]{1,60}? with (?:[A-Z]|the [a-z]+ [A-Z]))|"
        # "agreed with Singaporean Prime Minister X to hold talks", "agreed with his counterpart, X, on": on a trip,
        # the two agreed in person (read only when legs are told); "after signing agreements with President X".
        r"agreed(?= with (?:(?:his|her) (?:[A-Z][a-z]+ )?counterpart\b|(?:[A-Z][a-z]+ )?" + TITLE + r"\s[A-Z]))|"
        r"sign(?:ed|ing)(?= [^.;,]{1,60}? with (?:[A-Z][a-z]+ )?" + TITLE + r"\s[A-Z])|"
        # "discussed Gripen jets with Prime Minister X": talks, the person after the topic's "with".
        r"discussed(?= [^.;,]{1,80}? with (?:[A-Z]|the [a-z]+ [A-Z])))\s(?:with\s)?(?=(?P<rest>(?:[^.;]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\bSmt)\.|"
        # "met Gov. X", "Sen. Y": a rank abbreviated before a name
        r"(?:(?<=\bGov)|(?<=\bSen)|(?<=\bRep)|(?<=\bGen)|(?<=\bCol)|(?<=\bAdm)|(?<=\bAmb)|(?<=\bMaj))\.(?= [A-Z]))*))"
    )

    # What may stand between talks and their "with": "held talks here Wednesday with", "talks on April 6 with".
    _ADJUNCTS = (
        # "held talks for two hours with", "had a meeting of more than an hour with": how long they lasted; "by video
        # link with": the means.
        r"(?:(?:(?:by|via|over) (?:a )?(?:video ?(?:link|conference|call)?|(?:tele)?phone)|(?:for|of|lasting) (?:(?:more than|about|nearly|almost|over|some|around|just over|just under) )?"
        r"(?:an?|\w+|\d+)(?: and a half)? (?:hours?|minutes)|"
        r"here|there|today|yesterday|later|on (?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+day)|"
        # "had talks face-to-face with", "held a meeting alone with", "talks behind closed doors with": how they met
        r"one-on-one|one-to-one|face-to-face|in private|privately|alone|behind closed doors|in person|"
        # "had conversations on the margins with", "talks on the sidelines of the summit with"
        r"on the (?:summit |conference |forum )?(?:sidelines|margins|fringes)(?: of (?:the |this |that )?(?:[\w'-]+ ){0,5}?[\w'-]+)?|"
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in [A-Z][\w-]+(?: [A-Z][\w-]+)?|"
        # "held talks this Friday with", "held talks in Apia the same afternoon with"
        r"(?:this|that|the same|the next|the following) (?:[A-Z][a-z]+day|day|morning|afternoon|evening)|"
        # "held talks at the headquarters of the New Development Bank with its president", "at the Great Hall of the
        # People with"
        # Words of a name one space apart: an optional space would let one long capitalized word split many ways.
        r"at the [a-z]+ of the [A-Z][\w-]*(?:\s[A-Z][\w-]*){0,4}\s?|"
        r"at the [A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}\s?(?:of the [A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}\s?)?),?\s+){1,3}"
    )

    def in_person(self) -> bool:
        """Whether the article tells of meetings in person: legs of a trip, or, when no leg was made out, a visit
        told in words ("his first state visit", "arrived") and no call or video link."""
        return bool(self.legs) or self._visit_in_words

    @functools.cached_property
    def _visit_in_words(self) -> bool:
        """Whether the article tells of a visit in words and of no call or video link (read once)."""
        return bool(
            rx.search(r"\b(?:visit|visiting|visited|trip|tour|arrived|landed|summit)\b", self.text)
            and not rx.search(
                r"\b(?:(?:tele)?phone|video) ?(?:call|conversation|conference|link|summit)\b|\bvirtual(?:ly)?\b|"
                r"\bby (?:tele)?phone\b",
                self.text,
            )
        )

    # A relative clause in commas, or "At the invitation of X,": words about another time that are not the
    # meeting's ("Mwangi, who will travel to Chile next, held talks").
    _ASIDE = re.compile(r", (?:who|which|whom|whose) [^,;]*,|\b[Aa]t the invitation of [^,;]*,")
    # Where a clause ends: a semicolon, a conjunction after a comma, or what someone said.
    _CLAUSE_END = re.compile(
        r";|, (?:and|but|while|whereas|which|who|whom|where|when|as|after|before|a day|days)\b|\band (?=[a-z]+ed\b)|"
        r"\b(?:said|says|added|noted|stressed|announced|agreed|hoped)\b(?: that)?|"
        # "a railway that China will build": a relative clause with its own subject
        r"\b(?:that|which) (?=(?:[A-Z][a-z]+|the|it|they|he|she|we)\b)"
    )

    def _own_clause(self, text: str, position: int) -> str:
        """The clause of a sentence that holds a position, with relative clauses in commas blanked out."""
        blanked = self._ASIDE.sub(lambda aside: " " * len(aside.group(0)), unquoted(text))
        start, end = 0, len(blanked)
        for cut in self._CLAUSE_END.finditer(blanked):
            if cut.start() <= position:
                start = cut.end()
            elif cut.start() > position:
                end = cut.start()
                break
        return blanked[start:end]

    def told_as_future(self, text: str, position: int) -> bool:
        """Whether the clause of a sentence that holds a position is set in the future ("will", "is expected to",
        "invited"): the clause only, not a relative clause in commas nor what was said after it ("Talks with X
        focused on trade, which the two said would double")."""
        return bool(FUTURE.search(self._own_clause(text, position)))

    def told_of_another_time(self, text: str, position: int) -> bool:
        """Whether the clause at a position is set in the future or in an earlier year (``settled_elsewhere``,
        read on the clause alone: "Quispe hosted a lunch for him, and the two said trade would double")."""
        clause = self._own_clause(text, position)
        return bool(FUTURE.search(clause) or BACKGROUND.search(clause))

    def met_already(self, person: str, form: str | None = None) -> bool:
        """Whether a meeting with this person (of this form, if given) is drafted already."""
        return any(
            f.kind == "meetings" and f.fields["with"] == person and (form is None or f.fields["form"] == form)
            for f in self.findings
        )

    def meetings(self, index: int, sentence: Sentence) -> None:
        """Whom the leader met, talked to, dined with or faced the press with in this sentence."""
        text = sentence.text
        if index == 0 and self.leader and not self.leader_office:
            office = self.title_of(self.leader)
            # The story's protagonist is "the President" of its own sentences; a host is "the Chinese president".
            if office and self._HEAD.fullmatch(office):
                self.leader_office = office
            # "his Australian counterpart, Anthony Albanese": a person, whom a later "Albanese" names.
            for apposed in rx.finditer(
                r"\b(?:his|her) (?P<adj>[A-Z][a-z]+ )?counterpart,? (?:" + HONORIFIC + r"\s)?(?P<who>" + NAME + r")",
                self.text,
            ):
                if not self.is_leader(apposed.group("who")) and len(apposed.group("who").split()) > 1:
                    self.note_person(apposed.group("who"), country_of((apposed.group("adj") or "").strip()))
        if NEGATION.search(text) and rx.search(r"\bnot (?:hold|meet)", text):
            return
        seen: set[tuple[str, str]] = set()
        leg = self.leg_at(index)
        # "- Meeting with the Foreign Minister of X, Y.": an item of the leader's engagements, read apart.
        bullet = BULLET.match(text)
        item = bullet and self._ENGAGEMENT.match(text, bullet.end())
        for match in self._MEETING.finditer(text):
            if item and match.start() < item.end():
                continue
            verb = "meeting" if match.group("verb") == "Meeting" else match.group("verb")
            # "in their first meeting since ...": the two named before in the sentence, with no "with".
            theirs = verb in ("meeting", "talks") and rx.search(
                r"\b(?:in|during|at|after|before|following) (?:their|the two leaders') (?:\w+ )?$",
                text[: match.start()],
            )
            # "said after meeting X", "Before meeting X, he ...": the gerund, a verb with its object.
            # ("..., meeting X in Lima": a participle of the leader's clause; not "meeting Kenya's demands")
            gerund = verb == "meeting" and bool(
                # "is now meeting X" (a live report's present); not "is meeting X on Friday", a plan
                rx.search(
                    r"(?:\b(?:after|before|since|while|when|upon|on)\s|^|, |\b(?:is|are) (?:now|currently) )$",
                    text[: match.start()],
                    re.I,
                )
                and rx.match(r"(?:" + TITLE + r"|" + HONORIFIC + r"|[A-Z])", match.group("rest"))
                and not rx.match(r"[A-Z][\w-]*['\u2019]s\b", match.group("rest"))
            )
            if (
                rx.search(r"(?:meetings?|talks|summit|conversations?|discussions|audience|sessions?)$", verb)
                and not rx.match(r"\s*(?:" + self._ADJUNCTS + r")?with\b", text[match.end("verb") :])
                and not theirs
                and not gerund
            ):
                continue  # "the next meeting of the committee": no person met
            # "Mwangi's talks with X", "the President's meeting with X": the leader's own, by the possessive.
            owner = (
                rx.search(
                    r"\b(?:" + "|".join(map(re.escape, self.leader_words)) + r"|[Pp]resident|[Pp]rime [Mm]inister)"
                    r"(?P<s>['\u2019]s) (?:[a-z]+ )?$",
                    text[: match.start()],
                )
                if self.leader_words
                else None
            )
            possessive = bool(owner and self.leader_subject(sentence, owner.start("s")))
            if (
                verb in ("meeting", "talks", "audience")
                and not possessive
                and not gerund
                and not rx.search(
                    # "for a second round of talks with": the talks' round or length between.
                    r"\b(?:in|during|at|for|after|following|before) (?:a |his |her |their |the )?(?:\w+ )?"
                    r"(?:(?:rounds?|hours?|days?) of )?$|"
                    r"held (?:an? |his |her )?(?:\w+ )?$",
                    text[: match.start()][-30:],
                    re.I,
                )
            ):
                continue
            after_talks = (
                bool(
                    # "After talks with X, <leader> said", "In a phone call with X on Monday, <leader> said"
                    rx.match(
                        r"(?:[\d:.]+\s*[-\u2013\u2014]\s*)?(?:After|Following|In|During|At|Before) (?:holding )?"
                        r"(?:a |an |his |her |their )?(?:[\w-]+ )?"
                        r"(?:talks|meeting|(?:tele)?phone (?:call|conversation)|video (?:call|conference)|audience)",
                        text,
                    )
                )
                and (
                    self.is_leader(text[match.end() :])
                    # "After talks with X, the two governments signed": no one else is the subject after it.
                    or not rx.match(
                        r"(?:[A-Z][\w'-]*\s)*(?!The\b|A\b|An\b)[A-Z]",
                        rx.split(r", ", text[match.end() :], maxsplit=1)[-1],
                    )
                )
                # "After talks with X last year, ...": another occasion.
                and not rx.match(
                    r"[^,;]{0,60}?\b(?:last (?:year|month|week)|years? ago|months? ago)\b", text[match.end() :]
                )
            )
            # "after his talks with Li, the two governments said": the talks the article's protagonist held.
            own_talks = verb in ("meeting", "talks") and (
                possessive
                or bool(
                    rx.search(r"\b(?:after|following|before|during|in) (?:his|her) (?:\w+ )?$", text[: match.start()])
                )
            )
            # "Meeting X at the palace, Mwangi praised ...": the participle's subject after the comma.
            after_talks = after_talks or bool(
                gerund
                and match.start() == 0
                and self.is_leader(rx.split(r", ", match.group("rest"), maxsplit=1)[-1][:40])
            )
            # "a day after Rojas met X": another person named right before the verb is its subject.
            named_before = rx.search(
                r"(?:^|[^,;:]\s)(?P<n>[A-Z][\w'-]+)\s(?:\w+ly\s|also\s|then\s|later\s|had\s|has\s|have\s)?$",
                text[: match.start()],
            )
            before_full = self.full_name(named_before.group("n")) if named_before else None
            if (
                named_before
                and before_full
                and not self.is_leader(named_before.group("n"))
                and not self.is_leader(before_full)
                and named_before.group("n") not in NOT_NAMES
                and not rx.search(r"\b(?:" + TITLE + r"|Secretary|Minister)\b", before_full)
                and not rx.search(r"\b[A-Z][\w'-]+\s$", text[: named_before.start("n")])
                # ("the Head of State met": the last word of an office, no one's name)
                and not rx.search(r"\bof\s$", text[: named_before.start("n")])
            ):
                continue
            if (
                not self.leader_subject(sentence, match.start())
                and not self._party_subject(sentence, match.start())
                and not self._home_office_subject(text[: match.start()])
                and not self._head_of_state_subject(text[: match.start()])
                and not after_talks
                and not own_talks
                # "X's host, President Y, praised Kenya after their talks": the two, the leader named before.
                and not (theirs and self.is_leader(rx.sub(r"['\u2019]s\b", "", text[: match.start()])))
                and not rx.search(
                    r"\b(?:the two (?:leaders|presidents|prime ministers|men)|both leaders)\b", text[: match.start()]
                )
            ):
                continue
            if rx.search(r"\b(?:never|not|n't|neither)\s(?:\w+\s)?$", text[: match.start()]):
                continue  # "never met X", "has not yet held talks with X": no meeting
            if verb.startswith("met") and rx.search(
                r"\b(?:was|were|been|being|is|are)\s(?:\w+\s)?$", text[: match.start()]
            ):
                continue  # "he was met by X at the airport": a greeting on arrival, no meeting of its own
            earlier = rx.search(r"\b(?:previously|had (?:already )?|once)\s*$", text[: match.start()])
            if earlier and not (
                earlier.group(0).startswith("had ")
                and "already" not in earlier.group(0)
                and self._on_trip_day(sentence)
            ):
                # "X previously met Y on the margins of ... in Prague": an earlier meeting; but "On Tuesday, the
                # president had met X": a day of the trip, told out of order.
                continue
            # "He is due in Moscow on Monday for talks with X": a stage still to come.
            due = bool(
                rx.search(r"\b(?:is|are) due (?:in|at|back)\b", text[max(0, match.start() - 60) : match.start()])
            )
            # "He meets President X there today": the present of a day's programme, a meeting still to come.
            due = due or (
                verb == "meets"
                and bool(
                    rx.match(
                        r"[^.;]{0,80}?\b(?:today|tonight|tomorrow|later (?:today|this \w+))\b", match.group("rest")
                    )
                )
            )
            # "On Saturday he flies to England for private talks with X": an onward journey told in the present,
            # its talks still to come.
            due = due or bool(
                rx.search(
                    r"\b(?:flies|travels|heads|goes|leaves|sails|drives) (?:on |back |home )?(?:to|for) [^.;]{0,50}?\bfor "
                    r"(?:[\w-]+ ){0,2}$",
                    text[max(0, match.start() - 90) : match.start()],
                )
            )
            if (
                due
                or FUTURE.search(
                    self._ASIDE.sub(lambda aside: " " * len(aside.group(0)), text)[
                        max(0, match.start() - 40) : match.start()
                    ]
                )
                or rx.match(
                    r"[^,;]{0,60}?\bin (?:[A-Z][a-z]+ )?(?!" + str(self.published.year) + r")(?:19|20)\d\d\b"
                    # "met X last year in Nairobi": another occasion.
                    r"|[^,;]{0,60}?\b(?:last (?:year|month)|(?:years?|months?) ago)\b",
                    match.group("rest"),
                )
            ):
                continue
            if self._another_occasion(sentence, match.start(), match.end("verb")):
                continue
            if rx.search(r"\b(?:that|which)(?: \w+ly)? (?:had |has |have )?$", text[: match.start("verb")]):
                continue  # "a panel that recently met President X": the meeting of the thing before it
            rest = rx.sub(r"^" + self._ADJUNCTS + r"with\s", "", match.group("rest"))
            if rx.match(r"(?:[^.;,]{0,60}? )?(?:were|was|are|is|included|include)\b", rest) and rx.search(
                r"\b(?:[Aa]mong|[Tt]hose|[Tt]he (?:leaders|people|officials|others))\b[^.;,]*$", text[: match.start()]
            ):
                continue  # "Among the leaders X met were A and B": the verb's object is the list's head, read apart
            # "met four times, while the two foreign ministers, X and Y, worked on the text": others' deeds.
            rest = rx.split(r",? (?:while|whereas|as)\b", rest)[0]
            if verb in ("talks", "meeting"):
                # "Mwangi's talks with X focused on trade": the talks' own verb after the person, no new subject.
                rest = rx.split(r" (?=(?:[a-z]+ed|ran|went|were|was|began|took|lasted)\b)", rest)[0]
            if possessive and self.told_as_future(text, match.start()):
                continue  # "Mwangi's talks with X next week will focus on trade": still to come
            # "met X, at the palace, and Y, at the chancellery": the places between the people are no end of the list.
            rest = rx.sub(r",? at (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*(?=,? and )", "", rest)
            # "the President of the Council of Ministers, Giorgia Meloni": the office before a name in apposition.
            # With "the" only: "Premier of the State Council Li Keqiang, Chairman ..." is a title before its name.
            rest = rx.sub(r"\bthe " + TITLE + r" of (?:the )?[^,;]+, (?=(?:" + HONORIFIC + r"\s)?[A-Z])", "", rest)
            # "met Gov. X": the abbreviated rank is no part of the name.
            rest = rx.sub(r"\b(?:Gov|Sen|Rep|Gen|Col|Adm|Amb|Maj)\. (?=[A-Z])", "", rest)
            # "met President H.E X", "met Hon. X": a style of address, the stop after it often dropped, is no name.
            rest = rx.sub(r"\b(?:H\.\s?E\b\.?|Hon\b\.?)\s(?=[A-Z])", "", rest)
            # "met a committee that recently met President X": the relative clause's own meeting is none of the
            # leader's, and the people it names are not the object.
            rest = rx.split(
                r",? \b(?:that|which)(?: \w+ly)? (?:had |has |have )?(?:met|held|visited|received)\b", rest
            )[0]
            # "met X, the Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces": offices in
            # apposition after the name, no people of their own.
            rest = rx.sub(
                r"(?<=[a-z]), the (?=[^,;]* of )(?:[A-Z][\w'-]*|of|and|the|for)(?: (?:[A-Z][\w'-]*|of|and|the|for))*"
                r"(?=[,;]|$)",
                "",
                rest,
            )
            if verb in ("agreed", "signed", "signing") and not self.legs:
                continue  # with no trip told, two who agreed or signed may never have met
            if verb in ("discussed", "co-chaired", "signed", "signing"):
                rest = rest.split(" with ", 1)[1]
            form = "talks"
            # The clause of the verb: from the sentence start to the next predicate ("..., and met Y on the sidelines").
            own = rx.split(
                # ("held talks with X and had separate meetings with Y": a second predicate with no comma)
                r", (?:and |but )?(?:(?:he|she|they) )?(?=[a-z]+ed\b|met\b|held\b|had\b|spoke\b)|;| and, |"
                r" and (?:(?:he|she|they) )?(?:also |then |later )?(?=met\b|held\b|had\b|spoke\b)",
                text[match.end("verb") :],
            )[0]
            # ("held a sideline meeting with X": the verb's own noun says so)
            if rx.search(
                r"\b(?:sidelines?|margins? of|[Oo]n the (?:[a-z]+ )?(?:margins|fringes))\b",
                text[: match.start()] + verb + " " + own,
            ):
                form = "sideline"
            # A call is a call in the verb's own clause: "met X on Monday, and she briefed Y by telephone" is a
            # meeting with X and a call with Y.
            around = rx.split(r";|, (?:and|but|while) ", text[: match.start()])[-1] + " " + verb + " " + own
            # ("in a call", "during their call": a call, by telephone unless the video is told)
            if rx.search(r"\b(?:phone|telephone)\b|\b(?:in|during|on) (?:a|an|their) (?:[\w-]+ )?call\b", around):
                form = "phone"
            if rx.search(r"\bvideo|\bvirtual\b", around):
                form = "video"
            # "spoke by telephone with X, and his office released a video of the call": the verb's own means.
            if rx.search(r"phone", verb) or rx.match(r"\s*(?:\w+ly )?by (?:tele)?phone\b", text[match.end("verb") :]):
                form = "phone"
            if (verb in ("called", "rang") or verb.endswith(" call")) and form not in ("phone", "video"):
                form = "phone"  # "called President X to congratulate him": a call by telephone, unless told otherwise
            if rx.search(r"\bcall(?:ed|s)? on\b|courtesy (?:call|visit)|audience", verb) or (
                verb.startswith("met")
                and rx.search(r"\bcall(?:ed|s)? on\b[^;]*,? and (?:also )?$", text[: match.start()])
            ):
                form = "courtesy-call"  # "called on the President and met the Vice President": one round of calls
            if verb.endswith("saw") and rx.match(r"(?:[A-Z][\w.'-]*\s)*[A-Z][\w-]*['\u2019]s\b", rest):
                continue  # "saw Premier X's speech as a good sign": a thing of X's seen, not X
            if verb.startswith("spoke") and form not in ("phone", "video") and not verb.endswith("ly"):
                # "spoke with President X" in a story of no trip (a readout, a call at home): a call, with a person
                # named after the "with".
                if not self.legs and rx.match(
                    r"with (?:the )?(?:[A-Z][a-z]+ )?(?:" + TITLE + r")\b", text[match.end("verb") :].lstrip()
                ):
                    form = "phone"
                else:
                    continue  # "spoke to reporters", "spoke at the forum": no one met ("spoke briefly with X" is)
            people = self._named_in(rest)
            if not people and rx.search(r"\b(?:their|the two leaders') (?:\w+ )?$", text[: match.start()]):
                # "Modi told Putin ..., in their first meeting": the person named before in the sentence; "Quispe told
                # Mwangi during their talks": a surname the article gives in full elsewhere.
                before = self._last_person(index, match.start(), within=True) or next(
                    (
                        self.full_name(word)
                        for word in reversed(rx.findall(r"\b[A-Z][\w'-]+\b", text[: match.start()]))
                        if not self.is_leader(word) and self.full_name(word)
                    ),
                    None,
                )
                people = [(0, before, None)] if before else []
            if not people:
                # "held talks with his Peruvian counterpart", "met her host": the one the article names so.
                holder = self._counterpart_named(rest, leg)
                people = [(0, holder, None)] if holder else []
            if not people:
                # "Before meeting Quispe, ...": a surname the article gives in full elsewhere.
                alone = rx.match(r"(?:" + HONORIFIC + r"\s)?(?P<w>[A-Z][\w'-]+)\b(?! [A-Z])", rest)
                in_full = self.full_name(alone.group("w")) if alone and alone.group("w") not in NOT_NAMES else None
                people = [(0, in_full, None)] if in_full else []
            named_office = rx.match(r"the (?P<title>" + TITLE + r")\b(?! of)", rest)
            if not people and named_office:
                # "He then met the Chancellor": the one the article gave that office.
                holder = self.titled(named_office.group("title"))
                people = [(0, holder, None)] if holder else []
            # "met the president, the prime minister and the speaker of parliament", "Peru's foreign minister":
            # each office in the list, the one person the article gives it.
            people = people + [
                (0, holder, None)
                for holder in self._offices_in(rest, leg)
                if not any(self._same_person(holder, p[1]) for p in people)
            ]
            for _, name, country in people:
                if self.is_leader(name):
                    continue
                # (the office before the name, dropped from the rest above, still tells the person's country)
                country = country or self._apposed_office_country(match.group("rest"), name)
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
        pairs = rx.finditer(
            # "In a telephone conversation on Friday, A and B agreed ...": the call told first.
            # (also right after a dateline's dash)
            r"(?:(?:^|(?<= [-\u2013\u2014] ))(?P<call>(?:In|During) (?:a|an|their) [^,]*?\b(?:call|conversation|video ?conference|"
            r"talks|meeting)\b[^,]*, )|"
            # (also after a dateline's colon: "JAKARTA (JP): A and B ...")
            r"^|, (?:(?:after|when|as|before|while) )?| [-\u2013\u2014] |(?<=\): )|\b(?:On|After|Also) [^,]*?)(?P<a>(?:the )?(?:[A-Z][\w.'-]*(?: |$)){1,6}?)and "
            # "and Chinese leader Xi Jinping": a role in lower case after the country.
            r"(?P<b>(?:(?:his|her) (?:[A-Z][a-z]+ )?(?:counterpart|host),? |[A-Z][a-z]+ (?:leader|president|premier) )?"
            r"(?:[A-Z][\w.'-]*(?: |$)){0,5}?[A-Z][\w.'-]*(?:,? |$))"
            # "are now holding talks": a live report's present
            # ("went straight into talks", "opened talks": talks begun are talks held)
            r"(?:also |then |later )?(?:(?:held|hold|had|conducted|(?:are|were) (?:now |currently )?holding|"
            r"went (?:straight |directly )?into|entered(?: into)?|opened|began|started) "
            r"(?:[\w-]+ ){0,4}?(?:talks|a meeting|meetings|discussions|"
            # "held a bilateral meeting", "held a video conference", "had a phone call"
            r"meeting|conversation|(?:video|(?:tele)?phone) ?(?:call|conference|link)|call|(?:[\w-]+ )?summit)|"
            # "spent three hours on a video link", "were on the phone for an hour"
            r"(?:spent|were) [^.;]{0,40}?\bon (?:a|the) (?:video|(?:tele)?phone)\b|"
            # "X and Y agreed on little during their brief talks": the two's own meeting, after a verb
            r"[a-z]+ed\b[^.;]{0,40}?\b(?:in|at|during) their (?:[\w-]+ ){0,3}?(?:meeting|talks|encounter)\b|"
            r"struck [^.;]{0,40}?\b(?:in|at|during) their (?:[\w-]+ ){0,3}?(?:meeting|talks|encounter)\b|"
            # "On the margins in Bali, Trudeau and President Xi spoke briefly"
            r"(?:spoke|talked|conferred)(?! (?:of|about|to|at)\b)|"
            # "agreed to start talks on ...": talks to come are no meeting.
            # "A and B met at the palace", "... met for two hours": "met" with no object, the two met each other.
            r"met(?=(?: again| privately| briefly| separately| alone| later| first| twice)?(?: (?:at|in|on|for|over|"
            r"during|behind|face|after|before|privately|briefly|this|that|the same|late|early|shortly)\b|[,.;]|$))|"
            # (on a trip, the two who agreed or issued something were together: "He and President X agreed on
            # Saturday to deepen ties"; otherwise only with the talks or the call in the sentence)
            + (
                r"(?:agreed|issued)\b(?![^.;]*\bto (?:start|begin|hold|resume|restart|open|launch) )"
                # (not of another year: "agreed in 2019 to double trade")
                r"(?![^.;]*\b(?:in (?:[A-Z][a-z]+ )?(?:19|20)\d\d|last (?:year|month)|(?:years?|months?) ago|previously)\b)|"
                if self.legs
                else ""
            )
            + r"(?:signed|agreed|issued|witnessed|met|discussed)\b"
            r"(?![^.;]*\bto (?:start|begin|hold|resume|restart|open|launch) (?:[\w-]+ ){0,3}?(?:talks|meetings?|a summit)\b)"
            r"(?(call)|(?=[^.;]*\b(?:talks|summit|video|phone|call|meeting)\b)))",
            text,
        )
        # "Peru and Kenya signed ..., after X and his counterpart Y held talks": the pair with the leader in it.
        pair = next(
            (
                p
                for p in pairs
                if self.is_leader(p.group("a"))
                or p.group("a").strip() in ("He", "She")
                or self._leader_by_office(p.group("a"))
                or self.is_leader(p.group("b"))
            ),
            None,
        )
        if pair and not FUTURE.search(text[: pair.start("b")]):
            a, b = pair.group("a").strip(), pair.group("b").strip(" ,")
            # "Prime Minister Scott Morrison and his Indian counterpart Narendra Modi agreed": the counterpart.
            b = rx.sub(
                r"^(?:his|her) (?:[A-Z][a-z]+ )?(?:counterpart|host),? |^[A-Z][a-z]+ (?:leader|president|premier) ",
                "",
                b,
            )
            other = (
                b
                if (self.is_leader(a) or a in ("He", "She") or self._leader_by_office(a))
                else a
                if self.is_leader(b)
                else None
            )
            remote = (
                "video"
                if rx.search(r"\bvideo\b|\bvirtual", text)
                else "phone"
                if rx.search(r"\b(?:tele)?phone\b", text)
                else None
            )
            if remote:
                leg = None
            if other:
                found = self._named_in(other)
                if found:
                    name, country = found[0][1], found[0][2]
                    full = self.note_person(name, country)
                    day = self.date_near(sentence, pair.end()) or self._date_context(index)
                    # "In their talks, Modi and X discussed trade": the talks told before, on that day.
                    if not any(
                        f.kind == "meetings"
                        and f.fields["with"] == full
                        and f.fields["form"] == "talks"
                        and (f.start >= sentence.start or (pair.group("call") is not None and f.fields["date"] == day))
                        for f in self.findings
                    ):
                        self.add_meeting(
                            full,
                            remote or ("sideline" if rx.search(r"\b(?:sidelines?|margins?)\b", text) else "talks"),
                            place=leg.country if leg else None,
                            date=day,
                            person_country=country or self.people.get(full) or self.partner(index),
                            sentence=sentence,
                            start=pair.start("a"),
                            end=pair.end(),
                            rule="meeting-pair-talks",
                            confidence=0.7,
                        )
        # "Talks with Premier X focused on trade", "His meeting with X ran long": the article's talks, told first.
        opening = rx.match(
            # A programme's line: "- Monday, February 14: meeting with X", "10:30 - talks with X".
            r"(?:[-*\u2022]\s*)?(?:(?:[A-Z][a-z]+day|[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+)(?:,? [^:.;]{1,20})?:\s*)?"
            r"(?:[\d:.]+\s*[-\u2013\u2014]\s*)?(?:(?:His|Her|Their|The) )?(?:[a-z-]+ )?(?:[Tt]alks|[Mm]eeting|"
            r"[Dd]iscussions|tête-à-tête|tete-a-tete) with (?P<rest>" + self._PHRASE + r")",
            text,
        )
        if (
            opening
            and not item
            and self.in_person()
            and not self.told_as_future(text, opening.start("rest"))
            and not rx.search(
                r"\b(?:are|is|were|was) (?:expected|scheduled|due|set|planned)\b|\b(?:last|next) (?:year|month|week)\b|"
                r"\b(?:cancell?ed|postponed|called off|scheduled)\b",
                text,
            )
        ):
            # "Talks with X focused on trade": the talks' own verb after the person ends the list.
            listed = rx.split(r" (?=(?:[a-z]+ed|ran|went|were|was|began|took|lasted)\b)", opening.group("rest"))[0]
            for _, name, country in self._named_in(listed):
                full = self.note_person(name, country)
                if self.is_leader(full) or self.met_already(full, "talks"):
                    continue
                self.add_meeting(
                    full,
                    "talks",
                    place=leg.country if leg else None,
                    date=self.date_near(sentence, opening.start("rest")) or self._date_context(index),
                    person_country=country or self.people.get(full) or self.partner(index),
                    sentence=sentence,
                    start=opening.start(),
                    end=opening.end(),
                    rule="meeting-talks",
                    confidence=0.6,
                )
        # "... and then with Crown Prince Mohammed": a second counterpart of the same talks.
        # ("..., and later with Y", "... and also with Y", "..., then with Y": the same talks' second counterpart)
        then = rx.search(
            r"\b(?:talks|met|meetings?) with [^.;]*?(?:,? and|,) (?:then|later|also|afterwards|subsequently|separately) "
            r"with (?P<rest>" + self._PHRASE + r")",
            text,
        )
        if then and self.leader_subject(sentence, then.start()):
            for _, name, country in self._named_in(then.group("rest"))[:1]:
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
        self.talks_with_host(index, sentence, leg)
        self.joint_acts(index, sentence, leg)
        self.met_list(index, sentence, leg)
        self.receptions(index, sentence, leg)
        self.banquets(index, sentence, leg)
        self.later_rounds(index, sentence, leg)
        # A news conference, or the press met in other words ("took questions from reporters together",
        # "faced the press together"): shared when the two face it.
        press = rx.search(
            r"\b(?:joint )?(?:news|press) (?:conference|meet|appearance|availability|briefing|announcement)\b|"
            # "followed by a joint appearance before reporters": the press met together, in other words.
            r"\bjoint (?:[\w-]+ )?appearance (?:before|in front of) (?:the )?(?:reporters|journalists|press|media|cameras)\b|"
            r"\b(?:took questions from|spoke to|[Ss]peaking to|faced|briefed|addressed|talked to|"
            r"appeared (?:together |jointly )?before) "
            r"(?:the )?(?:reporters|journalists|press|media)\b|"
            # "the two read statements to the press", "made statements for the press"
            r"\b(?:read|made|gave|delivered) (?:joint )?(?:press )?statements (?:to|for) (?:the )?(?:press|media|reporters)\b|"
            # "ended with joint press statements before reporters": the two before the press, in one statement
            r"\bjoint (?:press )?statements? (?:to|for|before) (?:the )?(?:press|media|reporters)\b",
            text,
        )
        shared = (
            press
            and (
                rx.match(
                    r"joint|(?:news|press) (?:conference|meet|appearance) (?:with|together)|appeared (?:together|jointly)",
                    press.group(0) + text[press.end() : press.end() + 9],
                )
                or rx.search(
                    r"\b(?:[Tt]he two|together|[Bb]oth|[Pp]residents|[Pp]rime [Mm]inisters)\b", text[: press.start()]
                )
                # "appeared with him at a news conference", "Speaking to the press alongside his guest"
                or rx.search(r"\bwith (?:him|her|[A-Z][\w'-]+) (?:at|before) (?:a |the )?$", text[: press.start()])
                # "Quispe and Mwangi issued a statement and spoke to the media": the pair, the leader one of them, is
                # the subject of the clause.
                or any(
                    self.is_leader(both.group(1)) or self.is_leader(both.group(2))
                    for both in rx.finditer(
                        r"(?:^|, )(?:(?:"
                        + TITLE
                        + r")\s)?("
                        + NAME
                        + r") and (?:(?:"
                        + TITLE
                        + r")\s)?("
                        + NAME
                        + r") "
                        r"(?![^.;]*\b(?:who|which|whom)\b)",
                        text[: press.start()],
                    )
                )
                or (
                    not press.group(0).endswith("conference")
                    and rx.match(r"[^.;,]{0,40}?\b(?:together|jointly|alongside)\b", text[press.end() :])
                )
            )
        )
        if press and not shared:
            press = None  # "speaking at a press conference at the embassy": the leader's own
        if press and rx.search(r"\b(?:[Nn]o|not|without)\b[^.;]{0,15}$", text[: press.start()]):
            press = None
        if press and self.in_person() and not FUTURE.search(text[: press.start()]):
            last = next(
                (f for f in reversed(self.findings) if f.kind == "meetings" and f.fields["form"] == "talks"), None
            )
            # "a joint news conference with X"; with the leader ("X told a joint news conference with <leader>"), the
            # one who spoke at it is the other.
            names = (
                [
                    p
                    for _, p, _ in self._named_in(text[press.end() :].replace("with ", "", 1))
                    if not self.is_leader(p) and not self.is_leader(self.person(p))
                ]
                if rx.match(r" with", text[press.end() :])
                else []
            )
            # "Rutte said at a joint news conference": the one who spoke at it, named just before.
            speaker = rx.search(
                r"\b(?P<who>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*) (?:said|told(?: reporters| journalists| the (?:media|press))?|announced|added|stressed)\b[^.;,]{0,12}$",
                text[: press.start()],
            )
            if speaker and not names and not self.is_leader(speaker.group("who")):
                # ("Mr Quispe told a joint news conference": the honorific is no part of the name)
                bare = rx.sub(r"^" + HONORIFIC + r"\s", "", speaker.group("who"))
                named = self.full_name(bare) or self.person(bare)
                names = [named] if named in self.people and not self.is_leader(named) else []
            # "Speaking to the press alongside his guest ..., Mr. Putin described": the host who spoke, after it.
            after = rx.match(
                # "At their joint press conference, Zelensky called ...": a name the article knows, with no title too.
                r"[^.;]{0,80}?, (?:(?:"
                + HONORIFIC
                + r"|"
                + TITLE
                + r")\s)*(?P<who>"
                + NAME
                + r") (?:\w+ed|said|told)\b",
                text[press.end() :],
            )
            if not names and after and not self.is_leader(after.group("who")):
                named = self.full_name(after.group("who")) or self.person(after.group("who"))
                names = [named] if named in self.people else []
            # "Marcos and Kishida faced the press together": the other of the pair.
            pair = rx.search(r"(?P<a>" + NAME + r") and (?P<b>" + NAME + r")\b", text[: press.start()])
            if not names and pair and (self.is_leader(pair.group("a")) or self.is_leader(pair.group("b"))):
                other = pair.group("b") if self.is_leader(pair.group("a")) else pair.group("a")
                titled = PERSON.match(other)
                other = titled.group("name") if titled else other
                named = self.full_name(other) or self.person(other)
                # "Mwangi and Quispe held a joint press conference": the leader's partner, by one name too.
                if named not in self.people and named.split()[0] not in NOT_NAMES and named not in gz.country_names():
                    named = self.note_person(named, None)
                names = [named] if named in self.people and not self.is_leader(named) else []
            # "he was received by X, and the two leaders held a joint news conference": the one met in this sentence
            # before it, over the talks told last.
            here = [
                f
                for f in self.findings
                if f.kind == "meetings"
                and sentence.start <= f.start < sentence.start + press.start()
                and f.fields["form"] in ("talks", "reception", "courtesy-call", "sideline")
            ]
            last = max(here, key=lambda f: f.start) if here else last
            who = self.person(names[0]) if names else (last.fields["with"] if last else None)
            if (
                who
                and names
                and rx.match(
                    r"[^.;]{0,40}?\bafter (?:their|the|the (?:two )?leaders['\u2019]) talks\b", text[press.end() :]
                )
                and not self.met_already(who, "talks")
            ):
                self.add_meeting(
                    who,
                    "talks",
                    place=leg.country if leg else None,
                    date=self.date_near(sentence, press.start()) or self._date_context(index),
                    person_country=self.people.get(who) or self.partner(index),
                    sentence=sentence,
                    start=press.start(),
                    end=press.end(),
                    rule="meeting-talks",
                    confidence=0.6,
                )
            if who and not self.met_already(who, "press-conference"):
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

    # The titles of heads of state or government: a reception by one of them is the visit's talks, unless the
    # leader held talks there with another head ("received by the President, then met the Prime Minister").
    _HEAD = re.compile(
        r"(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Emperor|General Secretary|Chairman)"
    )
    # A minister received by a head of state or government pays a courtesy call.
    _MINISTER = re.compile(r"(?<!Prime )(?<!First )(?<!General )(?:Minister|Secretary)\b")

    # Offices of a region, a city or a house, which TITLE does not hold: their holders are no heads.
    _LOCAL_OFFICE = (
        r"(?:(?:Lieutenant )?Governor|Mayor|Senator|Congress(?:man|woman)|Ambassador|Speaker|Chief Minister)"
    )

    @functools.cached_property
    def _local_office_holders(self) -> set[str]:
        """The names the article gives a local office before ("Governor X"), read once."""
        return {
            found.group("who")
            for found in rx.finditer(r"\b" + self._LOCAL_OFFICE + r"\s(?P<who>" + NAME + r")", self.text)
        }

    def add_meeting(self, who: str, form: str, **fields: Any) -> None:
        """Draft a meeting; a day weeks before the trip is another occasion's ("the attacks of 7 October"), and the
        meeting takes the day told before it in the sentence instead."""
        told = fields["sentence"]
        if rx.search(r"\b[Ll]ast (?:evening|night)\b", told.text) and not any(
            len(d[2]) == 10 for d in self.dates(told)
        ):
            # "held in Tokyo last evening", in a sentence with no day of its own: the eve of publication
            fields["date"] = (self.published - dt.timedelta(days=1)).isoformat()
        date = fields.get("date")
        first = min((leg.start for leg in self.legs if leg.start and len(leg.start) == 10), default=None)
        # With no day of arrival told, a trip reported on a day began within the month before.
        first = first or (self.published - dt.timedelta(days=28)).isoformat()
        if date and len(date) == 10 and date < first:
            earliest = (dt.date.fromisoformat(first) - dt.timedelta(days=3)).isoformat()
            if date < earliest:
                sentence, start = fields["sentence"], fields["start"]
                told = [d[2] for d in self.dates(sentence) if len(d[2]) == 10 and d[0] < start and d[2] >= earliest]
                before = self._day_before(sentence.start)
                fields["date"] = told[-1] if told else before.isoformat() if before else None
        if fields.get("date") is None and form not in ("phone", "video"):
            # No day in the sentence or the two before: the day the story told last.
            before = self._day_before(fields["sentence"].start)
            fields["date"] = before.isoformat() if before else None
        fields["date"] = self._in_story_year(fields.get("date"), fields["sentence"])
        if fields["date"] and len(fields["date"]) == 10 and fields["date"] > self.published.isoformat():
            return  # a day after the story was published: a meeting announced, not yet held
        if rx.fullmatch(r"(?:[A-Z][a-z]+ )*" + TITLE, who):
            return  # "the Federal President, Dr. X": an office is no one's name (the name in apposition is read)
        if not who[:1].isupper() or who in gz.adjectives() or who in gz.country_names():
            return  # "talks between the Iranian and Iraqi delegations": a side, no one's name
        # "Governor Ana Soto", "Mayor X": an office of a region, a city or a house before a name is no part of it.
        who = rx.sub(r"^" + self._LOCAL_OFFICE + r" (?=[A-Z][\w'.-]* [A-Z])", "", who)
        words = who.split()
        if (
            len(words) > 2
            and words[-1] in gz.country_names()
            and rx.search(re.escape(who) + r"['\u2019]s\b", self.text)
        ):
            # "President Clinton Kazakhstan's instrument": the country's possessive is no part of the name.
            who = " ".join(words[:-1])
        elif (
            len(words) == 2
            and words[-1] in gz.country_names()
            and rx.search(re.escape(who) + r"['\u2019]s\b", self.text)
        ):
            who = words[0]
        if rx.search(r" (?:Jr|Sr)$", who) and who + "." in self.text:
            who += "."  # "Joseph R. Biden Jr.": the suffix keeps its dot
        # "the Presidents Vladimir Putin and X": a title in the plural, of two, is no part of the first name.
        who = rx.sub(r"^(?:Presidents|Prime Ministers|Premiers|Chancellors|Kings|Leaders) (?=[A-Z])", "", who)
        if rx.search(
            r"\b(?:Club|Group|Forum|Fund|Bank|Organi[sz]ation|Association|Federation|Chamber|Company|Corporation|"
            r"Institute|Foundation|Agency|Ministry|Secretariat)$",
            who,
        ) or rx.match(r"(?:Prime|Vice|Deputy)\s[A-Z][a-z]?$", who):
            return  # "met with the Paris Club": a body, no person; "Prime Mi": a title cut off with the page
        # One record per person, form and day: the same meeting told again ("Our chancellor sat with X for
        # bilateral talks" in the headline and the story) adds nothing; a day told once dates it.
        for told in self.findings:
            if told.kind != "meetings" or told.fields["with"] != who or told.fields["form"] != form:
                continue
            if fields["rule"].endswith("-again"):
                break  # a round of its own, on a day the rule read
            if told.fields["date"] == fields.get("date") or fields.get("date") is None:
                return
            if told.fields["date"] is None:
                told.fields["date"] = fields["date"]
                return
        super().add_meeting(who, form, **fields)

    _FULL_DAY = re.compile(
        r"\b(?:\d{1,2} (?P<m1>"
        + "|".join(MONTHS)
        + r")|(?P<m2>"
        + "|".join(MONTHS)
        + r") \d{1,2},?) (?P<year>1[6-9]\d\d|20\d\d)\b"
    )

    def _in_story_year(self, date: str | None, sentence: Sentence) -> str | None:
        """A day told without its year ("on 23 October") in a story told years later (a longread of 1978 published
        in 2018) is of the year the story last gave a full day in ("the morning of 26 October 1978"), not of the
        publication's."""
        if not date or date[:4] != str(self.published.year) or str(self.published.year) in sentence.text:
            return date
        # The story's year is that of the first day it tells, when it tells that day with its year; a dated day
        # after the story's own days ("signed on 11 January 2019") is background.
        opening = next(
            (
                (start, day)
                for start in sorted(self._dates_told())
                if start < sentence.start
                for day in self._dates_told()[start]
                if len(day[2]) == 10
            ),
            None,
        )
        if opening is None:
            return date
        start, day = opening
        dated = self._FULL_DAY.search(self.text, start + day[0], start + day[1] + 6)
        if not dated or int(dated.group("year")) >= self.published.year - 1:
            return date
        return dated.group("year") + date[4:]

    # The two leader patterns, each with what it was built from: built again when the leader is made out anew.
    _reference: tuple[tuple[object, ...], str] | None = None
    _object: tuple[tuple[object, ...], str] | None = None

    def leader_reference(self) -> str:
        """The pattern for the leader as an object, built once per leader (it reads every adjective of the gazetteer)."""
        key = (frozenset(self.leader_words), self.leader_honorific, self.leader_country)
        cached = self._reference
        if cached is None or cached[0] != key:
            cached = self._reference = (key, super().leader_reference())
        return cached[1]

    # The roles a leader is named by, in lower case as news text writes them ("the visiting prime minister").
    _ROLE = (
        r"(?i:leader|president|prime minister|premier|chancellor|head of (?:state|government)|king|queen|emir|sultan|"
        r"monarch|crown prince|guest|visitor)"
    )

    def _apposed_titles(self) -> list[str]:
        """The offices the article gives the leader in apposition after the name ("Amani, Queen of Arcadia"),
        which it gives no one else."""
        if not self.leader:
            return []
        surname = re.escape(self.leader.split()[-1])
        titles = {
            found.group("t").lower()
            for found in rx.finditer(surname + r",? (?:the )?(?P<t>" + TITLE + r")\b", self.text)
        }
        others = {given for who, given, _ in self.office_holders if not self.is_leader(who)}
        return sorted(titles - others)

    def leader_object(self) -> str:
        """The leader as the object of a host's verb: by name or role (``leader_reference``), as "the visiting
        (Kenyan) president", or as the host's counterpart or guest ("her Kenyan counterpart", "his guest"); a
        counterpart of another country is someone else."""
        key = (
            frozenset(self.leader_words),
            self.leader_honorific,
            self.leader_country,
            self.leader_title,
            self.leader_office,
        )
        cached = self._object
        if cached is None or cached[0] != key:
            own = [a for a, c in gz.adjectives().items() if c == self.leader_country and self.leader_country]
            adjective = r"(?:(?:" + "|".join(map(re.escape, own)) + r") )?" if own else ""
            # "Premier X also met the Emperor", "X received the president": the leader by the office told as theirs,
            # also in apposition after the leader's name ("Amani, Queen of Arcadia") when no one else holds it.
            roles = [re.escape(r) for r in (self.leader_title, self.leader_office, *self._apposed_titles()) if r]
            # "the Kenyan President", capitalised: the leader by their own office after their country's adjective.
            own_role = (
                r"the " + adjective + r"(?i:" + "|".join([*roles, "leader"]) + r")\b(?! of\b)|" if own and roles else ""
            )
            # "President of the Republic of Kenya Dr Amani Mwangi": an official style's title, place and honorific
            # before the name.
            styled = (
                r"(?:(?:the )?" + adjective + TITLE + r"(?: of (?:the )?[A-Z][\w-]*(?: (?:of |the )*[A-Z][\w-]*){0,5})?"
                r",? (?:" + HONORIFIC + r"\s)?)?"
            )
            # "met His Highness at the palace": a bare style the article gives the leader (others may share it
            # with their name or office after it).
            styles = {
                found.group("style")
                for found in rx.finditer(
                    r"(?P<style>" + self._STYLE + r")\s(?:the (?:" + TITLE + r")\s)?(?:(?:" + TITLE + r"|Sheikh)\s)?"
                    r"(?P<name>" + NAME + r")",
                    self.text,
                )
                if self.is_leader(found.group("name"))
            }
            bare_style = r"(?:" + "|".join(map(re.escape, sorted(styles))) + r")(?! the\b| [A-Z])|" if styles else ""
            # "held talks with the Prime Minister of the Republic of India": the leader's own office, of the leader's
            # country by name (a host-side release names no one else so).
            names = [n for n, c in gz.country_names().items() if c == self.leader_country and n[:1].isupper()]
            of_own = (
                r"the (?i:" + "|".join(roles) + r") of (?:the )?(?:(?:Federal |Islamic |United |Socialist )?"
                r"(?:Republic|Kingdom|State|Federation|Sultanate|Emirate) of )?(?:the )?(?:"
                + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                + r")\b(?!,? (?:"
                + HONORIFIC
                + r"\s)?[A-Z])|"
                if roles and names
                else ""
            )
            pattern = (
                r"(?:"
                + of_own
                + (r"the (?i:" + "|".join(roles) + r")\b(?! of\b)|" if roles else "")
                + bare_style
                + own_role
                + styled
                + self.leader_reference()
                + r"|the visiting "
                + adjective
                + self._ROLE
                + r"\b|(?:his|her|their) "
                + adjective
                + r"(?:counterpart|guest|visitor)\b)"
            )
            cached = self._object = (key, pattern)
        return cached[1]

    def title_of(self, name: str) -> str | None:
        """The title the article gives a person before the name ("President X", "the President of Y, X")."""
        return self._titles.get(self.person(name))

    @functools.cached_property
    def _titles(self) -> dict[str, str]:
        """Each person the article gives a title before the name, with the first such title (read once)."""
        titles: dict[str, str] = {}
        for found in PERSON.finditer(self.text):
            if rx.match(r"\s+of\s", found.group(0)[len(found.group("title")) :]) and " " not in found.group("name"):
                continue  # "Crown Prince of Abu Dhabi": the office's place, no one's name
            titles.setdefault(self.person(found.group("name")), found.group("title"))
        for found in rx.finditer(
            r"\b(?:the )?(?P<title>"
            + TITLE
            + r")(?: of (?:the )?(?:[A-Z][\w-]*,? ?(?:of |the |and )*)+?)?, (?:(?:Sir|Dame|Lord) |"
            + HONORIFIC
            + r"\s)?(?P<name>"
            + NAME
            + r")",
            self.text,
        ):
            titles.setdefault(self.person(found.group("name")), found.group("title"))
        return titles

    # An office in lower case or capitals, in a country's words or not: "the prime minister", "Peru's Foreign
    # Minister", "the Chilean president", "the speaker of parliament", "the host country's foreign minister".
    _OFFICE_REF = re.compile(
        r"(?:the |(?P<poss>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}|the host country)['\u2019]s )(?:(?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?"
        r"(?P<title>(?i:"
        + "|".join(re.escape(t) for t in TITLES)
        + r"))(?: of (?P<of>(?:the )?[A-Z][\w]*(?: [A-Z][\w]*)*|"
        r"[a-z]+))?"
    )

    @functools.cached_property
    def office_holders(self) -> list[tuple[str, str, str | None]]:
        """Everyone the article gives an office, with the office (in lower case) and the country it names with
        it: "Peruvian President X", "Peru's prime minister, X", "X, the Chilean foreign minister" (read once)."""
        holders: list[tuple[str, str, str | None]] = []
        for found in PERSON.finditer(self.text):
            if " and " in found.group(0)[found.end("title") - found.start() :]:
                continue  # "Prime Minister of Ireland and Tomas Verbeek": an office of one, the name of the next
            holders.append(
                (self.person(found.group("name")), found.group("title").lower(), country_of(found.group("adj")))
            )
        names = r"(?:(?:" + HONORIFIC + r"|Sir|Dame|Lord)\s)?(?P<name>" + NAME + r")"
        for found in rx.finditer(self._OFFICE_REF.pattern + r", " + names, self.text):
            holders.append(
                (self.person(found.group("name")), found.group("title").lower(), self._office_country(found))
            )
        for found in rx.finditer(names + r", " + self._OFFICE_REF.pattern, self.text):
            holders.append(
                (self.person(found.group("name")), found.group("title").lower(), self._office_country(found))
            )
        return [h for h in holders if h[0].split()[0] not in NOT_NAMES and not INSTITUTIONS & set(h[0].split())]

    def _office_country(self, found: re.Match[str]) -> str | None:
        """The country an office reference names: its possessive, its adjective or its "of"."""
        poss, adj, of = found.group("poss"), found.group("adj"), found.group("of")
        names = gz.country_names()
        if poss and poss != "the host country":
            return names.get(poss) or names.get("the " + poss)
        return (country_of(adj) if adj else None) or (names.get(rx.sub(r"^the ", "", of)) if of else None)

    def office_holder(self, found: re.Match[str], leg: Leg | None) -> str | None:
        """The one person an office reference names ("the prime minister" is the prime minister the article
        names elsewhere): of the country it says, or of the leg's; never the leader."""
        title = found.group("title").lower()
        country = leg.country if found.group("poss") == "the host country" and leg else self._office_country(found)
        if (
            found.group("of")
            and not country
            and found.group("of")[:1].isupper()
            and title in ("president", "prime minister")
        ):
            return None  # "the President of the Council": a body's office, whose holder the article may not name
        # A holder whose country the article does not give is of the leg's (or, with no leg told, of any leg's).
        visited = {leg.country} if leg else {each.country for each in self.legs}
        named = {
            who
            for who, given, where in self.office_holders
            if given == title
            and not self.is_leader(who)
            and (country is None or where == country or (where is None and country in visited))
        }
        if len(named) > 1 and leg:
            named = {who for who in named if self.people.get(who) in (None, "", leg.country)}
        if len(named) > 1 and country:
            # "the Ghanaian president" on a tour of three presidents whose countries the article never gives: the
            # one the leader met in Ghana.
            met_there = {
                who
                for who in named
                if any(
                    f.kind == "meetings" and f.fields["with"] == who and f.fields["country"] == country
                    for f in self.findings
                )
            }
            named = met_there if len(met_there) == 1 else named
        return named.pop() if len(named) == 1 else None

    def _office_at_head(self, phrase: str, leg: Leg | None) -> str | None:
        """The holder of the office a phrase opens with ("the prime minister", "Peru's foreign minister", "The
        Peruvian president"), when the article names one person with it; none for the leader's own office."""
        office = self._OFFICE_REF.match(rx.sub(r"^\s*The ", "the ", phrase))
        if not office or rx.match(r",? (?:" + HONORIFIC + r"\s)?[A-Z]", phrase[office.end() :]):
            return None  # "the Prime Minister, X": the name in apposition is read as a name
        return self.office_holder(office, leg)

    def _counterpart_named(self, phrase: str, leg: Leg | None) -> str | None:
        """The person a phrase names as the leader's counterpart or host with no name ("his Peruvian counterpart",
        "her host"): the holder of the leader's own office in that country (the leg's, with no adjective), else
        the leg's host, else the one the article calls the counterpart."""
        found = rx.match(
            r"(?:his|her|their) (?:(?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?(?P<role>counterpart|host)\b"
            r"(?!,? (?:" + HONORIFIC + r"\s)?[A-Z])",
            phrase,
        )
        if not found:
            return None
        country = country_of(found.group("adj")) if found.group("adj") else (leg.country if leg else None)
        if not country or country == self.leader_country:
            return None
        own = {t.lower() for t in (self.leader_office, self.leader_title, self.title_of(self.leader or "")) if t}
        own |= set(self._apposed_titles())
        holders = {
            who
            for who, given, where in self.office_holders
            if given in own
            and not self.is_leader(who)
            and (where == country or (where is None and leg and leg.country == country))
        }
        if found.group("role") == "counterpart" and len(holders) == 1:
            return holders.pop()
        if leg and leg.country == country:
            return (leg.host if leg.host and not self._spouse(leg.host) else None) or self._counterpart(leg)
        return None

    def _offices_in(self, rest: str, leg: Leg | None) -> list[str]:
        """The holders of the offices a list after a verb names by office alone ("the president and the speaker of
        parliament"), up to the end of the list; an office with its holder's name in apposition is a name's."""
        head = rx.split(
            r"[;:]|\b(?:at|in|on|during|before|after|for|to|who|which|where|when|while|about|over)\b", rest
        )[0]
        found = []
        for item in rx.split(r",? and |, ", head):
            office = self._OFFICE_REF.fullmatch(item.strip(" ,"))
            if not office:
                continue
            holder = self.office_holder(office, leg)
            if holder:
                found.append(holder)
        return found

    _PORTFOLIO_WORD = (
        r"(?:Foreign|External|Home|Internal|Interior|Affairs|Relations|International|Regional|European|Europe|"
        r"Co-?operation|Trade|Industry|Industries|Commerce|Finance|Economy|Economic|Planning|Development|Investment|"
        r"Treasury|Budget|Defen[cs]e|Security|Justice|Health|Education|Energy|Power|Mines|Mining|Petroleum|Oil|Gas|"
        r"Agriculture|Fisheries|Food|Water|Natural|Resources|Environment|Climate|Transport|Railways|Roads|Aviation|"
        r"Maritime|Communications?|Information|Digital|Science|Technology|Innovation|Culture|Tourism|Sports?|Youth|"
        r"Women|Social|Welfare|Labou?r|Employment|Public|Works|Housing|Urban|Rural|Local|Government|Lands?|"
        r"Infrastructure|National|Enterprise)"
    )
    _PORTFOLIO = re.compile(
        r"\b(?:Deputy |Vice |Junior )?Minister(?: of State)? (?:for|of) (?:the )?"
        r"(?:" + _PORTFOLIO_WORD + r"(?:,| and| &)? ){1,6}(?=[A-Z])"
    )

    def _leader_by_office(self, words: str) -> bool:
        """Whether words name the leader by office alone: "The Prime Minister", "the PM", "the Vietnamese leader"."""
        office = rx.fullmatch(r"\s*[Tt]he (?P<office>[A-Z][\w ]*?|PM)\s*", words)
        if not office:
            return False
        own = {t.lower() for t in (self.leader_title, self.leader_office) if t}
        said = office.group("office").lower()
        return said in own or (said == "pm" and "prime minister" in own) or self.refers_to_leader(words)

    def _named_in(self, phrase: str) -> list[tuple[int, str, str | None]]:
        """The people at the head of a phrase (``_people_in``), a surname after an honorific read as the name the
        article gives in full elsewhere ("by Mrs. Quispe" is Ana Quispe, named before in passing)."""
        # The styles of official releases before a name, "H.E.", "Rt. Hon.", "Hon.", are no part of it.
        phrase = rx.sub(r"(?:\bH\.\s?E\.|\bRt\.? Hon\.|\bHon\.)\s(?=[A-Z])", "", phrase)
        # "Minister of State for Foreign Affairs X", "Minister for Trade and Industry X": the portfolio, in the
        # words of government business, ends where the name begins.
        phrase = self._PORTFOLIO.sub("", phrase)
        # "X (pictured, on the right)", "Y (left)": a photo's caption run into the story is no part of the list.
        phrase = rx.sub(
            r"\s*\((?:pictured|photo|left|right|centre|center|second|third|front|top|bottom|inset)\b[^()]{0,40}\)",
            "",
            phrase,
        )
        # "Abu Dhabi crown prince X", "Dubai ruler Y": a place before a role in lower case before the name.
        phrase = rx.sub(
            r"(?:(?<=^)|(?<=, )|(?<=and ))(?:[A-Z][\w'-]+ ){1,2}(?=(?:crown prince|ruler|emir|king|queen|sultan|leader|"
            r"president|vice president|prime minister|premier|governor|mayor|chief minister|foreign minister) [A-Z])",
            "",
            phrase,
        )
        # "Moscow Mayor X", "National People's Congress Chairman Y", "Shanghai Party Secretary Z": an office of a city,
        # a house or a party, told by its capitalized name before the holder's, is no part of the name.
        phrase = rx.sub(
            r"(?:(?<=^)|(?<=, )|(?<=and ))(?:[A-Z][\w'\u2019.-]* ){1,4}(?:Chairman|Chairwoman|Chairperson|Chair|"
            r"Secretary(?:[- ]General)?|Mayor|Governor|Speaker|Director(?:[- ]General)?)\s(?=[A-Z][\w'-]+ [A-Z])",
            "",
            phrase,
        )
        found = self._people_in(
            rx.sub(
                r"\b" + HONORIFIC + r"\s(?P<w>[A-Z][\w'-]+)\b(?!\.? [A-Z])",
                lambda one: self.full_name(one.group("w")) or one.group(0),
                phrase,
            )
        )
        # "the Australian Prime Minister, Mr X": the office's country in apposition before the name is the person's.
        found = [(at, name, country or self._apposed_office_country(phrase, name)) for at, name, country in found]
        # "X, President of the People's Republic of China": the rest of a body's name ("of China") is no person.
        return [person for person in found if person[1][:1].isupper()]

    def _apposed_office_country(self, phrase: str, name: str) -> str | None:
        """The country of "the <Adjective> <Title>, (Mr) <name>" in the phrase, if it tells one."""
        if ", " not in phrase or "the " not in phrase:
            return None
        surname = name.split()[-1]
        # (one pattern for every name, compiled once: the name is compared after)
        for apposed in rx.finditer(
            r"\bthe (?P<adj>[A-Z][a-z]+) (?:[A-Z][a-z]+ ){0,2}?(?:" + TITLE + r"|Minister|Secretary),\s"
            r"(?:" + HONORIFIC + r"\s)?(?P<who>(?:[A-Z][\w.'-]*\s){0,3}[A-Z][\w.'-]*)",
            phrase,
        ):
            if surname in apposed.group("who").split():
                return country_of(apposed.group("adj"))
        # "the Prime Minister of India, Narendra Modi": the country the office is of.
        for apposed in rx.finditer(
            r"\bthe (?:[A-Z][a-z]+ ){0,2}?(?:" + TITLE + r"|Minister|Secretary) of (?:the )?(?P<of>[A-Z][\w ]*?),\s"
            r"(?:" + HONORIFIC + r"\s)?(?P<who>(?:[A-Z][\w.'-]*\s){0,3}[A-Z][\w.'-]*)",
            phrase,
        ):
            if surname in apposed.group("who").split():
                return gz.country_names().get(apposed.group("of"))
        return None

    _NAME_RUN = re.compile(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,5}\b")
    _SPOUSE = re.compile(r"\b(?:his|her) (?:wife|husband|spouse),? (?P<who>(?:[A-Z][\w.-]* ){0,3}[A-Z][\w.-]*)")

    _MONTH_OR_DAY = r"(?:" + MONTH_NAME + "|" + WEEKDAY_WORD + ")"

    def full_name(self, word: str) -> str | None:
        """A name of one word as the article gives it in full elsewhere ("Albanese": "Anthony Albanese")."""
        if " " in word.strip() or not word.strip():
            return None
        known = self.person(word)
        if known in self.people:
            return known
        found = self._names_by_last_word.get(word.strip(), set())
        return next(iter(found)) if len(found) == 1 else None

    @functools.cached_property
    def _names_by_last_word(self) -> dict[str, set[str]]:
        """Every run of capitalized words, without the title before a name, by its last word (read once)."""
        by_last: dict[str, set[str]] = {}
        for run in self._NAME_RUN.finditer(self.text):
            titled = PERSON.search(run.group(0))
            words = (titled.group("name") if titled else run.group(0)).split()
            # (nor a month or a day opening the run: "In February Trump cut aid")
            while words and (
                words[0] in NOT_NAMES | {"A", "An", "By", "For", "With", "Mr", "Mrs", "Ms", "Dr"}
                or rx.fullmatch(self._MONTH_OR_DAY, words[0])
            ):
                words.pop(0)
            if len(words) > 1:
                by_last.setdefault(words[-1], set()).add(" ".join(words))
        return by_last

    def titled(self, title: str) -> str | None:
        """The person other than the leader whom the article gives a title ("the Premier" is Premier X)."""
        self.title_of("")
        own = (self.title_of(self.leader) or "").lower() if self.leader else ""
        named = [
            who
            for who, given in self._titles.items()
            if not self.is_leader(who)
            and (
                given.lower() == title.lower()
                # "The Prime Minister and Premier X": two people, the leader's title first, X's after it.
                or (bool(own) and given.lower() == own + " and " + title.lower())
            )
        ]
        if not named:
            # "Sheikh X, Crown Prince of Y": the office in apposition after the name, the name's rank before it.
            named = list(
                {
                    self.person(
                        rx.sub(
                            r"^(?:(?:Sheikh|Sheikha|Prince|Princess|" + HONORIFIC + r")\s)+", "", found.group("name")
                        )
                    )
                    for found in rx.finditer(
                        r"(?P<name>" + NAME + r"), (?:the )?" + re.escape(title) + r"\b", self.text
                    )
                    if not self.is_leader(found.group("name"))
                }
            )
        return named[0] if len(named) == 1 else None

    @staticmethod
    def _same_person(a: str, b: str) -> bool:
        """Whether two names name one person: one's words all in the other's ("Joseph Biden", "Joseph R. Biden
        Jr.")."""
        first, second = set(a.replace(".", "").split()), set(b.replace(".", "").split())
        return bool(first and second) and (first <= second or second <= first)

    def _party_subject(self, sentence: Sentence, position: int) -> bool:
        """Whether the leader's party acts at a point: "the delegation", "the Romanian delegation", "the group"
        (a party the leader travels with), as the subject of the clause; never another country's delegation."""
        clause = rx.split(r"[;]|, (?:while|but|and|when|where) ", sentence.text[:position])[-1]
        party = rx.match(
            r"\s*(?:(?:On|In|At|Later|Then|That) [^,]{0,30}?,? )?[Tt]he (?:visiting )?(?P<adj>[A-Z][a-z]+ )?"
            r"(?:delegation|group|party)\b(?:, (?:headed|led) by [^,]+,)?\s(?:\w+ )?$",
            clause,
        )
        if not party:
            return False
        country = country_of((party.group("adj") or "").strip())
        return not party.group("adj") or bool(country and country == self.leader_country)

    def _head_of_state_subject(self, before: str) -> bool:
        """Whether the clause before a verb has the leader as its subject by rank: "The head of state saw X", "On
        Thursday the Head of State met X", "the Kenyan Head of State ... and held" (of the leader's country, if any)."""
        clauses = rx.split(r"[;]|, (?:while|but|and|when|where|who|which) ", before)
        clause = clauses[-1]
        # ("..., and held two sessions with X": a clause with no subject of its own shares the one before)
        while len(clauses) > 1 and (
            not clause.strip() or rx.match(r"\s*(?:then |also |later |\w+ly )?(?:[a-z]+ed|held|met|had|saw)\b", clause)
        ):
            clauses.pop()
            clause = clauses[-1]
        office = rx.match(
            r"\s*(?:(?:On|In|At|Later|Then|During) [^,]{0,40},? )?[Tt]he (?:visiting )?(?:(?P<adj>[A-Z][a-z]+) )?"
            r"(?i:head of state)\b(?! of)",
            clause,
        )
        if not office:
            return False
        return not office.group("adj") or country_of(office.group("adj")) == self.leader_country

    def _home_office_subject(self, before: str) -> bool:
        """Whether the clause before a verb has the leader as its subject by office and country: "The President of
        Kenya also met ...", "the Kenyan Prime Minister held ..." (the leader's own office, the leader's country)."""
        clause = rx.split(r"[;]|, (?:while|but|and|when|where|who|which) ", before)[-1]
        office = rx.match(
            r"\s*(?:(?:On|In|At|Later|Then|During) [^,]{0,40},? )?[Tt]he (?:(?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?) )?"
            r"(?P<title>"
            + TITLE
            + r")(?: of (?:the (?:Republic|Kingdom|State|Federation) of )?(?:the )?(?P<of>[A-Z][\w ]*?))?"
            r"(?: (?:also|then|later|\w+ly))?\s*$",
            clause,
        )
        if not office or not self.leader_country:
            return False
        own = {t.lower() for t in (self.leader_office, self.leader_title, self.title_of(self.leader or "")) if t}
        # "Mr. Amani Mwangi, President of the Republic of Kenya": the office in apposition after the leader's name.
        if self.leader:
            own |= {
                found.group("t").lower()
                for found in rx.finditer(
                    re.escape(self.leader.split()[-1]) + r",? (?:the )?(?P<t>" + TITLE + r")\b", self.text
                )
            }
        country = country_of(office.group("adj")) if office.group("adj") else None
        country = country or (gz.country_names().get(office.group("of") or "") if office.group("of") else None)
        return country == self.leader_country and office.group("title").lower() in own

    def _presides_body(self, who: str) -> bool:
        """Whether the article gives a person the office of presiding over a body ("President of the Congress",
        "Chairman of the Council of Ministers"): no head of state or government received the leader."""
        body = r"(?:[A-Z][\w'-]* )*?(?:Congress|Senate|Assembly|Parliament|Council|Court|Commission|Committee|Presidium|Chamber|Bank|Party|Senate)\b"
        surname = re.escape(who.split()[-1])
        return bool(
            rx.search(surname + r",? (?:the )?(?:President|Chairman|Chairwoman|Speaker) of (?:the )?" + body, self.text)
            or rx.search(
                r"\b(?:President|Chairman|Chairwoman|Speaker) of (?:the )?"
                + body
                + r"[^,.;]{0,40}, (?:\S+ ){0,3}"
                + surname,
                self.text,
            )
        )

    def _on_trip_day(self, sentence: Sentence) -> bool:
        """Whether a sentence opens with a day of the trip ("On Tuesday, the president had met ...")."""
        first = min((leg.start for leg in self.legs if leg.start and len(leg.start) == 10), default=None)
        days = [d for d in self.dates(sentence) if len(d[2]) == 10 and d[0] < 25]
        return bool(first and days and first <= days[0][2] <= self.published.isoformat())

    def later_rounds(self, index: int, sentence: Sentence, leg: Leg | None) -> None:
        """Talks held again on another day, one record per day: "held talks on May 11 and again on May 12",
        "continued them ... on Friday morning", and a sentence of their own, "The talks resumed on Tuesday"."""
        text = sentence.text
        days = [d for d in self.dates(sentence) if len(d[2]) == 10]
        # "on 21 and 22 June": two days named as one, the second a round of its own.
        paired = [
            (d[1], d[1], d[3], None)
            for d in days
            if d[3] and len(d[3]) == 10 and rx.search(r" and ", text[d[0] : d[1]])
        ]
        days += paired
        talks = [
            f
            for f in self.findings
            if f.kind == "meetings" and f.fields["form"] == "talks" and sentence.start <= f.start < sentence.end
        ]
        resumed = rx.search(
            r"\b(?:[Tt]he|[Tt]heir) talks (?:resumed|continued|went on)\b"
            # "after a further round of talks on Feb. 28", "at their second session the next day": a later round of
            # the talks told before, with no one named.
            r"|\b(?:[Aa]|[Aa]nother|[Tt]heir|[Tt]he) (?:further|second|third|fourth|final|last|new) (?:round of talks|session)\b"
            r"(?! (?:of|with|between)\b)",
            text,
        )
        # "The talks continued without him, between the foreign ministers": no round of the leader's.
        if rx.search(
            r"\b(?:without|between|ministers|officials|delegations|experts)\b", text[resumed.end() :] if resumed else ""
        ):
            resumed = None
        if not talks and resumed and not FUTURE.search(text):
            earlier = [
                f
                for f in self.findings
                if f.kind == "meetings"
                and f.fields["form"] == "talks"
                and f.start >= self.sentences[max(self.lead, index - 6)].start
            ]
            talks = earlier[-1:]
            days = [d for d in days if d[0] > resumed.start()]
        for finding in talks:
            for day in days:
                if day[2] == finding.fields["date"] or any(
                    f.kind == "meetings"
                    and f.fields["with"] == finding.fields["with"]
                    and f.fields["form"] == "talks"
                    and f.fields["date"] == day[2]
                    for f in self.findings
                ):
                    continue
                again = rx.search(r"\bagain,?\s+(?:on\s+)?$", text[: day[0]]) or rx.search(
                    r"\b(?:continued|resumed) (?:them|the talks|their talks)\b[^.;]*$"
                    # "Talks were held that day and continued on the morning of 9 October": the talks go on, no
                    # other verb between.
                    r"|\b(?:and|then) (?:were |was )?(?:continued|resumed)(?: (?:on|in|into|at|through) [^.;,]{0,25})?\s*$",
                    text[: day[0]],
                )
                # "were held on Thursday and Friday", "on 21 and 22 June": a day joined to the talks' own day.
                joined = [d for d in days if d[1] <= day[0] and d[2] == finding.fields["date"]]
                # Not a day that opens a clause of its own: "on Thursday and on Friday he flew home", "on March 24
                # and the next day joined him".
                and_day = bool(
                    joined
                    and rx.fullmatch(r"\s+(?:and|as well as)\s+(?:on\s+)?", text[joined[-1][1] : day[0]])
                    and rx.match(r"\s*(?:[.;,:]|$)|\s+(?:morning|afternoon|evening|at|in)\b", text[day[1] :])
                )
                # "On the same day and again on Tuesday, the President held talks with X": the first of two days
                # told before the verb, the talks dated by the second.
                ahead = rx.match(r"\s+and again,?\s+(?:on\s+)?", text[day[1] :])
                first_of_two = bool(
                    ahead
                    and any(d[0] == day[1] + ahead.end() and d[2] == finding.fields["date"] for d in days)
                    and not rx.search(r"\b(?:held|had|met|talked|conferred)\b", text[: day[0]])
                )
                if not (again or resumed or and_day or first_of_two or day in paired):
                    continue
                # (where each is named in the sentence: the findings share the sentence as their excerpt)
                # (the other of a verb of its own: "Talks with A, B and C were held on Thursday and Friday" are all
                # three's)
                at = text.find(finding.fields["with"].split()[-1])
                if at >= 0 and any(
                    at < text.find(other.fields["with"].split()[-1]) < day[0]
                    and rx.search(
                        r"\b(?:held|had|met|saw|conferred|spoke|talked)\b",
                        text[at : text.find(other.fields["with"].split()[-1])],
                    )
                    for other in talks
                    if other.fields["with"] != finding.fields["with"]
                ):
                    continue  # "saw X on Monday, and held talks with Y on the 21st and again on the 22nd": Y's round
                self.add_meeting(
                    finding.fields["with"],
                    "talks",
                    place=finding.fields["country"],
                    date=day[2],
                    person_country=finding.fields["person_country"],
                    sentence=sentence,
                    start=day[0],
                    end=day[1],
                    rule="meeting-talks-again",
                    confidence=0.55,
                )

    def apposed(self, phrase: str) -> str:
        """A phrase with the office before a name in apposition dropped: "the President of Sao Tome and Principe,
        Carlos Vila Nova, for a meeting" is "Carlos Vila Nova, for a meeting"; "the Holy Father" is the Pope."""
        phrase = rx.sub(
            r"^(?:the (?:[A-Z][a-z]+ )?"
            + TITLE
            + r"(?: of (?:the )?[^,]+)?|"
            + TITLE
            + r"), (?:(?:Sir|Dame|Lord) |"
            + HONORIFIC
            + r"\s)?(?=[A-Z])",
            "",
            phrase,
        )
        if rx.match(r"(?:the )?Holy Father\b|His Holiness\b", phrase):
            return self.titled("Pope") or phrase
        return phrase

    # A phrase to the end of its clause, over the dots of abbreviations ("Mr. Mikhail Mishustin", "M. S. Gorbachev").
    _PHRASE = r"(?:[^.;]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\bSmt)\.|(?<=\b[A-Z])\.)+"

    def receptions(self, index: int, sentence: Sentence, leg: Leg | None) -> None:
        """Being received: "was received by President X", "X received him at the palace", "received a courtesy
        call from X", "was received in audience by X". A reception by someone the leader held no talks with is a
        courtesy call, or the visit's talks when a head received a head and met no other head there."""
        text = sentence.text
        found: list[tuple[int, str, str | None]] = []
        for passive in rx.finditer(
            r"\b(?:was|were|had been|being|is|are) (?!not |never |to )(?:\w+ )?(?P<verb>received|hosted)\b(?P<between>[^.;]{0,70}?)\bby "
            r"(?P<who>" + self._PHRASE + r")",
            text,
        ):
            before = rx.split(r"[;]|, (?:and|but|while) ", text[: passive.start()])[-1]
            if rx.search(r"\b(?:airport|tarmac|arrival|runway|station)\b", before + passive.group("between")):
                continue  # a greeting on arrival, no meeting of its own
            if not (self.leader_subject(sentence, passive.start()) or self._party_subject(sentence, passive.start())):
                continue
            people = self._named_in(self.apposed(passive.group("who")))
            # "was received by the prime minister": the one the article gives that office.
            holder = self._office_at_head(passive.group("who"), self.leg_at(index)) if not people else None
            people = people or ([(0, holder, None)] if holder else [])
            if not people:
                # "was received by Quispe at the palace": a surname the article gives in full elsewhere, untitled.
                alone = rx.match(r"(?:" + HONORIFIC + r"\s)?(?P<w>[A-Z][\w'-]+)\b(?! [A-Z])", passive.group("who"))
                in_full = self.full_name(alone.group("w")) if alone and alone.group("w") not in NOT_NAMES else None
                people = [(0, in_full, None)] if in_full else []
            if people:
                form = "courtesy-call" if "audience" in passive.group("between") else None
                # "was hosted by X for talks over lunch": talks; hosted for nothing told is no meeting of its own.
                if rx.match(
                    r"[^.;]{0,60}?\bfor (?:[\w-]+ ){0,2}?(?:talks|a meeting|discussions)\b", passive.group("who")
                ) or rx.match(
                    # "was received by X, with whom he had a long conversation": the talks of the reception.
                    r"[^.;]{0,80}?, with whom (?:he|she|they) (?:\w+ )?(?:had|held) (?:[\w-]+ ){0,4}?"
                    r"(?:talks|conversation|discussions|meeting)\b",
                    passive.group("who"),
                ):
                    form = "talks"
                if passive.group("verb") == "received" or form == "talks":
                    found.append((passive.start(), people[0][1], form))
        for active in rx.finditer(
            # "Chairman X, who received him in his study": the relative clause's subject too.
            r"(?P<who>(?:[A-Z][\w.'\u2019-]*,?\s|(?:of|the|and)\s){1,12}?)(?:who )?(?:\w+ly )?(?P<verb>received|hosted) "
            r"(?P<whom>him|her|" + self.leader_object() + r")(?P<rest>[^.;]*)",
            text,
        ):
            if rx.search(r"\b(?:airport|tarmac|arrival|runway|station)\b", active.group("rest")[:60]):
                continue
            who = rx.sub(
                r"^(?:On|In|At|Later|Then|Also|Earlier|Afterwards|Yesterday|Today|Tonight)\b[^,]*?,?\s*(?=[A-Z])",
                "",
                active.group("who"),
            )
            # "On Thursday President X hosted him": the titled name, after any words of time.
            titled = [m for m in PERSON.finditer(who) if not self.is_leader(m.group("name"))]
            people = [(0, titled[-1].group("name"), None)] if titled else []
            people = people or [p for p in self._named_in(who.strip()) if not self.is_leader(p[1])]
            if people:
                # ("received him at his residence for a talk": one talk)
                talks = rx.search(
                    r"\b(?:talks|conversation|discussions|meeting)\b|\bfor (?:an? )?(?:[\w-]+ )?talk\b",
                    active.group("rest"),
                )
                # "called on X, who received him", "who received him in audience": a courtesy call.
                call = rx.search(r"\bcall(?:ed|s)? on\b|\bcourtesy\b", text[: active.start("verb")]) or rx.match(
                    r"\s*in (?:private )?audience\b", active.group("rest")
                )
                if active.group("verb") == "received" or talks:
                    form = "talks" if talks else "courtesy-call" if call else None
                    found.append((active.start(), people[-1][1], form))
        # "the President ... received the Minister of Trade, Mrs. X, at his hotel": a call paid on the leader.
        for visitor in rx.finditer(
            r"(?<!was )(?<!were )(?<!been )(?<!being )\breceived (?:at (?:his|her) [a-z]+ |in (?:private )?audience )?(?P<who>(?:the )?(?:[A-Z][a-z]+ )?"
            + r"(?:"
            + TITLE
            + r"|Minister|Secretary)\b"
            + self._PHRASE
            # "received opposition leader X at his hotel": a role in lower case before a full name.
            + r"|(?:former |opposition |senior |the )?(?:[a-z]+ )?(?:leader|chief|speaker|governor|mayor|senator|envoy|"
            r"ambassador|minister|president|chairman|chairwoman|secretary)\s(?=[A-Z][\w'-]+ [A-Z])"
            + self._PHRASE
            # "received Dr. X, Minister of External Affairs": a name, the office in apposition after it.
            + r"|(?:"
            + HONORIFIC
            + r"\s)?"
            + NAME
            + r"(?=, (?:the )?(?:[A-Z][a-z]+ )?(?:"
            + TITLE
            + r"|Minister|Secretary)\b)"
            + r")",
            text,
        ):
            # "received X, the Kenyan Trade Minister," with the leader Kenyan: one of the leader's own party.
            own = rx.match(r", (?:the )?(?P<adj>[A-Z][a-z]+) ", text[visitor.end() :])
            if own and gz.adjectives().get(own.group("adj")) == self.leader_country:
                continue
            if rx.search(r"\b(?:that|which)(?: \w+ly)? (?:had |has |have )?$", text[: visitor.start()]):
                continue  # "the port, which had received X": a reception of the thing before it
            if self.leader_subject(sentence, visitor.start()):
                people = self._named_in(self.apposed(visitor.group("who")))
                if people:
                    found.append((visitor.start(), people[0][1], "courtesy-call"))
        call = rx.search(r"\breceived (?:[^.;]{0,60}?)\ba courtesy call from (?P<who>" + self._PHRASE + r")", text)
        if call and self.leader_subject(sentence, call.start()):
            people = self._named_in(self.apposed(call.group("who")))
            if people:
                found.append((call.start(), people[0][1], "courtesy-call"))
        for position, name, form in found:
            full = self.person(name)
            if self.is_leader(full) or self.told_of_another_time(text, position) or self.told_as_future(text, position):
                continue
            if self.met_already(full):
                continue
            self.add_meeting(
                self.note_person(name, None),
                form or "reception",
                place=leg.country if leg else None,
                date=self.date_near(sentence, position) or self._date_context(index),
                person_country=self.people.get(full) or (leg.country if leg else None),
                sentence=sentence,
                start=position,
                end=len(text),
                rule="meeting-received",
                confidence=0.55,
            )

    def met_list(self, index: int, sentence: Sentence, leg: Leg | None) -> None:
        """The people a list names as those the leader met: "Among the leaders he met were X and Y", "Those
        Mwangi met included X", "His bilateral meetings included talks with X and Y", "a series of meetings,
        including with X and Y"."""
        text = sentence.text
        listed = rx.search(
            r"\b(?:[Aa]mong (?:the )?(?:[a-z]+ )?(?:leaders|those|people|officials|others|figures)|[Tt]hose)(?: (?:whom|that))? "
            r"(?P<who>[A-Z][\w'-]+|he|she) (?:also |later )?(?:met|held talks with|talked with|spoke with)\b(?P<where>[^.;]{0,60}?) "
            r"(?:were|was|included|includes)\s(?P<rest>" + self._PHRASE + r")"
            r"|(?P<whose>[A-Z][\w'-]+['\u2019]s|\b[Hh]is|\b[Hh]er) (?:[\w-]+ ){0,2}?(?:meetings|talks|encounters)\b(?P<where2>[^.;]{0,60}?) "
            r"(?:included|includes|were with)\s(?:(?:talks|meetings?) with )?(?P<rest2>" + self._PHRASE + r")"
            r"|\b(?:held|had) (?:a (?:series|round|string|number) of |several |separate )(?:[\w-]+ )?(?:meetings|talks)\b"
            r"(?P<where3>[^.;]{0,60}?),? including(?: (?:with|talks with|ones? with))? (?P<rest3>"
            + self._PHRASE
            + r")",
            text,
        )
        if not listed:
            self._met_in_bullets(index, sentence, leg)
            self._engagement_item(index, sentence, leg)
            return
        if FUTURE.search(unquoted(text)[: listed.start()]):
            return
        whose = rx.sub(r"['\u2019]s$", "", listed.group("who") or listed.group("whose") or "")
        if whose and not (self.is_leader(whose) or whose.lower() in ("he", "she", "his", "her")):
            return
        if not whose and not self.leader_subject(sentence, listed.start()):
            return
        rest = listed.group("rest") or listed.group("rest2") or listed.group("rest3")
        where = listed.group("where") or listed.group("where2") or listed.group("where3") or ""
        side = rx.search(r"\b(?:sidelines?|margins?)\b", where + text[: listed.start()])
        date = self.date_near(sentence, listed.start()) or self._date_context(index)
        for _, name, country in self._named_in(rest):
            if not self.is_leader(name):
                rule = "meeting-sideline" if side else "meeting-talks"
                self._met_one_listed(
                    index, name, country, bool(side), leg, date, sentence, listed.start(), listed.end(), rule
                )

    def _met_one_listed(
        self,
        index: int,
        name: str,
        country: str | None,
        side: bool,
        leg: Leg | None,
        date: str | None,
        sentence: Sentence,
        start: int,
        end: int,
        rule: str,
    ) -> None:
        """One person of a list of those the leader met: talks, or a sideline meeting when the list says so."""
        full = self.note_person(name, country)
        form = "sideline" if side else "talks"
        if self.met_already(full, form):
            return
        self.add_meeting(
            full,
            form,
            place=leg.country if leg else None,
            date=date,
            person_country=country or self.people.get(full) or self.partner(index),
            sentence=sentence,
            start=start,
            end=end,
            rule=rule,
            confidence=0.6,
        )

    def _met_in_bullets(self, index: int, sentence: Sentence, leg: Leg | None) -> None:
        """ "Johnson met in turn:", "She held bilateral meetings with:" and a bulleted list after it: the person
        each item begins with, met in talks (on a summit's sidelines when ``settle_sidelines`` says so)."""
        text = sentence.text
        intro = rx.search(
            r"\b(?P<verb>met|(?:held|had) (?:separate |bilateral |one-on-one |[\w-]+ )?(?:talks|meetings)(?: with)?|"
            r"talked with|spoke with)\b(?P<where>[^.;:]{0,60}):\s*$",
            text,
        )
        if not intro or FUTURE.search(text[: intro.start()]) or not self.leader_subject(sentence, intro.start()):
            return
        side = rx.search(r"\b(?:sidelines?|margins?)\b", text)
        date = self.date_near(sentence, intro.start()) or self._date_context(index)
        for item in self.sentences[index + 1 :]:
            bullet = BULLET.match(item.text)
            if not bullet:
                break
            # The item's head: the person, before what the item tells of the meeting.
            head = rx.split(r",|;| \((?=[a-z])| (?:who|whom|with whom|over|to|about|on)\b", item.text[bullet.end() :])[
                0
            ]
            people = self._named_in(head)
            if not people or self.is_leader(people[0][1]):
                continue
            _, name, country = people[0]
            end = bullet.end() + len(head)
            self._met_one_listed(index, name, country, bool(side), leg, date, item, bullet.end(), end, "meeting-listed")

    _ENGAGEMENT = re.compile(
        r"(?P<what>(?P<call>Called on|Paid (?:a )?courtesy calls? on)|Met(?: with)?|Held (?:[\w-]+ )?(?:talks|meetings?) with|"
        r"(?:(?:Bilateral|Separate|One-on-one|Brief|Short|Working) )?(?:[Mm]eeting|[Tt]alks|exchange|conversation) with)\s"
    )

    def _engagement_item(self, index: int, sentence: Sentence, leg: Leg | None) -> None:
        """An item of a list of the leader's engagements, told with no subject: "- Called on the Prime Minister,
        X.", "- Bilateral meeting with the Foreign Minister of Y, Z, on the sidelines." The person the item names
        first; a call paid is a courtesy call, one on the sidelines a sideline meeting."""
        bullet = BULLET.match(sentence.text)
        found = bullet and self._ENGAGEMENT.match(sentence.text, bullet.end())
        if not found or not self.leader or not self.in_person():
            return
        rest = sentence.text[found.end() :]
        # The person and the offices in apposition: up to what the item tells of the meeting.
        head = rx.split(r";| (?:during|ahead of|on the|at the|in the presence)\b|\.$", rest)[0]
        # "the Foreign Minister of the Russian Federation, H.E. Mr. X": the office, then its holder's name; the
        # office's country is the person's ("Senator the Hon. X": a style, no part of the name).
        office = rx.match(r"the (?:[A-Z][\w'-]* |of |and |the |for )+?of (?:the )?[^,;]+, ", head)
        name_part = rx.sub(
            r"\b(?:[A-Z][a-z]+ )?the (?:Rt\.? )?Hon(?:ourable|\.)\s", "", head[office.end() :] if office else head
        )
        people = self._named_in(name_part)
        if not people or self.is_leader(people[0][1]):
            return
        _, name, country = people[0]
        of_office = [code for _, _, code in gz.countries_in(office.group())] if office else []
        country = country or (of_office[-1] if of_office else None)
        full = self.note_person(name, country)
        form = "courtesy-call" if found.group("call") else "talks"
        if rx.search(r"\b(?:sidelines?|margins?)\b", rest):
            form = "sideline"
        if self.met_already(full, form):
            return
        self.add_meeting(
            full,
            form,
            place=leg.country if leg else None,
            date=self.date_near(sentence, found.start()) or self._date_context(index),
            # (no country told: none guessed, so no third country makes it a sideline meeting)
            person_country=country or self.people.get(full),
            sentence=sentence,
            start=found.start(),
            end=found.end() + len(head),
            rule="meeting-engagement",
            confidence=0.6,
        )

    # What two leaders do together in person: "A and B signed ...", "A and B agreed on Tuesday to ...".
    # "A (AB) of Chile": a name's initials and its country after it
    # (and a king's number: "King A II")
    _OF_COUNTRY = r"(?: [IVX]{1,4}\b)?(?: \([A-Z]{2,6}\))?(?: of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?"
    _JOINT_ACT = re.compile(
        # ("Presidents A of Chile and B of Peru on Monday agreed": the two by a plural office, each with a country)
        # (also right after a dateline's dash: "NAIROBI, Kenya- A and B signed")
        r"(?:^|, |\w[-\u2013\u2014] | [-\u2013\u2014] |\b(?:On|After|Later|Then|In) [^,]{0,40}?,? )(?:(?:Presidents|Prime Ministers|Premiers|Chancellors) )?"
        r"(?P<a>(?:(?:[A-Z][a-z]+ )?(?:"
        + TITLE
        + r"|"
        + HONORIFIC
        + r")\s)?"
        + NAME
        + r")"
        + _OF_COUNTRY
        + r" and (?P<b>(?:(?:his|her) (?:[A-Z][a-z]+ )?(?:counterpart|host),? )?(?:[A-Z][a-z]+ )?(?:(?:"
        + TITLE
        + r"|"
        + HONORIFIC
        + r")\s)?"
        + NAME
        + r")"
        + _OF_COUNTRY
        + r",? (?:also |jointly |later |then |on \w+ |(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?(?:signed|agreed|issued|witnessed|inaugurated|"
        r"unveiled|launched|oversaw|adopted|endorsed|approved|(?:co-)?presided over|co-chaired|"
        # "A and B also discussed fisheries": talks told by their topic (a call's topic is read apart)
        r"discussed)\b"
        # "agreed to start talks on an accord": talks to come tell no meeting now.
        r"(?![^.;]*\bto (?:start|begin|hold|resume|restart|open|launch) (?:[\w-]+ ){0,3}?(?:talks|meetings?|a summit)\b)"
    )

    def joint_acts(self, index: int, sentence: Sentence, leg: Leg | None) -> None:
        """A meeting told only by what the two did together on a leg of the trip ("Kishida and Khurelsukh agreed on
        Tuesday to ..."): kept aside, and drafted as talks once the article is read only if it tells no meeting
        with that person otherwise."""
        text = unquoted(sentence.text)
        if not leg or rx.search(r"\b(?:phone|telephone|video|virtual|letters?|messages?)\b", text):
            return
        act = self._JOINT_ACT.search(text)
        # The time of the act, not of what the act was about ("agreed to raise the partnership they have had since 2010").
        if not act or settled_elsewhere(text[: act.end() + 30], act.start("b")) or FUTURE.search(text[: act.end()]):
            return
        a, b = act.group("a"), rx.sub(r"^(?:his|her) (?:[A-Z][a-z]+ )?(?:counterpart|host),? ", "", act.group("b"))
        other = b if self.is_leader(a) else a if self.is_leader(b) else None
        named = self._named_in(other) if other else []
        in_full = self.full_name(other.split()[-1]) if other and not named else None
        named = named or ([(0, in_full, None)] if in_full else [])
        if not named or self.is_leader(named[0][1]):
            return
        self._joint.append((index, sentence, leg, named[0][1], named[0][2], act.start("a"), act.end()))

    @functools.cached_property
    def _joint(self) -> list[tuple[int, Sentence, Leg, str, str | None, int, int]]:
        """The acts the leader did together with one other person (``joint_acts``), to settle after reading."""
        return []

    def settle_joint_acts(self) -> None:
        """Talks for each person the leader only acted together with (``joint_acts``)."""
        for index, sentence, leg, name, country, start, end in self._joint:
            full = self.person(name)
            # (a meal or a news conference together is no meeting of the two in talks)
            if any(
                f.kind == "meetings"
                and f.fields["form"] not in ("banquet", "press-conference")
                and self._same_person(f.fields["with"], full)
                for f in self.findings
            ):
                continue
            full = self.note_person(name, country)
            self.add_meeting(
                full,
                "talks",
                place=leg.country,
                date=self.date_near(sentence, start) or self._date_context(index),
                person_country=country or self.people.get(full) or leg.country,
                sentence=sentence,
                start=start,
                end=end,
                rule="meeting-joint-act",
                confidence=0.5,
            )
        self._joint.clear()

    def settle_sidelines(self) -> None:
        """Talks on a leg that includes a summit with someone of a third country (neither the host's nor the
        leader's) are held on the summit's sidelines, whether or not the sentence says so."""
        summits = {leg.country for leg in self.legs if "multilateral" in leg.types}
        # With no leg made out, the summits the story tells the leader attended are where the leader was: talks
        # told with no place were held in the one summit's country.
        hosts = set() if self.legs else {f.fields["host"] for f in self.findings if f.kind == "events"}
        summits |= hosts - {None}
        if len(hosts) == 1 and None not in hosts:
            for finding in self.findings:
                fields = finding.fields
                if (
                    finding.kind == "meetings"
                    and fields["country"] is None
                    and fields["form"] not in ("phone", "video")
                ):
                    fields["country"] = next(iter(hosts))
        for finding in [f for f in self.findings if f.kind == "meetings" and f.fields["form"] == "talks"]:
            place, theirs = finding.fields["country"], finding.fields["person_country"]
            if place not in summits or not theirs or theirs in (place, self.leader_country):
                continue
            if self.met_already(finding.fields["with"], "sideline"):
                self.findings.remove(finding)
            else:
                finding.fields["form"] = "sideline"

    def settle_receptions(self) -> None:
        """Each reception's form, once every meeting is known: talks when a head of state or government received
        a leader who is no minister and who held talks with no other head on that leg; else a courtesy call.
        A reception by someone the leader also held talks with adds nothing."""
        self.settle_joint_acts()
        self.settle_sidelines()
        leader_title = self.title_of(self.leader) if self.leader else None
        minister = bool(leader_title and self._MINISTER.search(leader_title))
        for finding in [f for f in self.findings if f.kind == "meetings" and f.fields["form"] == "reception"]:
            who, place = finding.fields["with"], finding.fields["country"]
            others = [
                f
                for f in self.findings
                if f.kind == "meetings"
                and f is not finding
                and f.fields["country"] == place
                and f.fields["form"] == "talks"
            ]
            # Received by one who held talks with the leader, or who gave a banquet in the same sentence ("was
            # received by X, who hosted a banquet"): the reception is part of that meeting.
            told = next((t for t in self.sentences if t.start <= finding.start < t.end), None)
            if any(
                f.kind == "meetings"
                and f is not finding
                and self._same_person(f.fields["with"], who)
                and (
                    f.fields["form"] == "talks"
                    # (a news conference in the same sentence is one of its own, after the talks of the reception)
                    or (f.fields["form"] != "press-conference" and bool(told and told.start <= f.start < told.end))
                )
                for f in self.findings
            ):
                self.findings.remove(finding)
                continue
            title = self.title_of(who) or ""
            # A name with no title in the whole article is a head known by name alone ("received by Vladimir Putin");
            # the president of a congress or a council is none.
            head = (not title or bool(self._HEAD.fullmatch(title))) and not self._presides_body(who)
            # "Governor X received him": the holder of a local office, no head, whom the leader pays a call.
            head = head and who not in self._local_office_holders
            # A country has one holder of an office: talks with another "President" there are of a leg not told
            # apart, not of this one.
            other_head = any(
                self._HEAD.fullmatch(self.title_of(f.fields["with"]) or "")
                and (self.title_of(f.fields["with"]) != title or not title)
                for f in others
            )
            # The holder of the leader's own office received the leader: the counterpart's talks, whoever else the
            # leader met there ("received by President X" of a president who then met the prime minister).
            # Not when the sentence of the reception goes on to the other head's meeting ("was received by the
            # President, X, and subsequently held a working meeting with the Prime Minister"): a call before it.
            counterpart = bool(title and leader_title and title == leader_title) and not any(
                told and told.start <= f.start < told.end for f in others
            )
            finding.fields["form"] = (
                "talks" if head and not minister and (not other_head or counterpart) else "courtesy-call"
            )

    def _another_occasion(self, sentence: Sentence, start: int, end: int) -> bool:
        """Whether a meeting told at [start, end) is of another occasion than the trip: a month before the trip
        in its own clause ("the two spoke by phone in November"), or a clause about a visit weeks apart ("The
        visit came a week after his visit to Egypt, where he held talks with X")."""
        text = sentence.text
        if OTHER_VISIT.search(text[:start]):
            return True
        # "held the call a day after returning from a visit to New Delhi for talks with X": the trip before.
        if rx.search(
            r"\b(?:after|since|on) (?:returning|(?:his|her) return|coming back|getting back) from\b[^.;,]*$",
            text[:start],
        ):
            return True
        # "visited the United States in October last year, where he had talks with X", "had already been in Y in
        # December 2022 for the summit, during which he met X": what happened on an earlier visit.
        year = str(self.published.year)
        if rx.search(
            r"\b(?:visited|had (?:already )?been|was in|travell?ed to|(?:visit|trip) to)\b[^.;]*?\b(?:last (?:year|month)|"
            r"(?:years?|months?) ago|in (?:[A-Z][a-z]+ )?(?!" + year + r")(?:19|20)\d\d)\b[^.;]*, "
            r"(?:where|during which|when|on which|at which) (?:he|she|they|the two [a-z]+)(?: \w+)?\s*$",
            text[:start],
        ):
            return True
        own = rx.split(r"[;,]|\b(?:and|but|while|when|after|before)\b", text[end:])[0]
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
        between = rx.search(
            r"\b(?:talks|negotiations|discussions|a meeting) (?:took place|were held|was held) between "
            r"(?P<a>(?:[^.;]|(?<=\b[A-Z])\.)+?) and (?P<b>(?:[^.;,]|(?<=\b[A-Z])\.)+)",
            text,
        )
        if between:
            for side in ("a", "b"):
                people = self._named_in(rx.sub(r"^(?:Comrade|Mr\.?|Mrs\.?|Dr\.?) ", "", between.group(side)))
                if people and not self.is_leader(people[0][1]):
                    found.append((between.start(), people[0][1], "talks"))
        # "Talks between the Kenyan delegation, headed by X, and the Peruvian delegation, led by Y": the head of
        # the side the leader does not head.
        delegations = rx.search(
            r"\b(?:talks|negotiations|discussions)\b[^.;]{0,40}?\bbetween (?P<sides>[^.;]*?\b(?:headed|led) by [^.;]+)",
            text,
        )
        heads = (
            [m.group("who") for m in rx.finditer(r"\b(?:headed|led) by (?P<who>[^,;.]+)", delegations.group("sides"))]
            if delegations and not FUTURE.search(text)
            else []
        )
        if delegations and len(heads) == 2 and any(self.is_leader(h) for h in heads):
            for head in heads:
                people = self._named_in(rx.sub(r"^" + HONORIFIC + r"\s", "", head.strip()))
                if people and not self.is_leader(people[0][1]):
                    found.append((delegations.start(), people[0][1], "talks"))
        received = rx.search(
            r"\b(?:received|welcomed|greeted) by (?P<who>[^.;]+?)\b(?:[^.;]{0,60}?)\b(?:for|, where (?:they|the two \w+) "
            r"(?:held|had)) (?:[\w-]+ ){0,3}?(?:talks|discussions|a meeting)\b",
            text,
        )
        if received and (
            self.leader_subject(sentence, received.start()) or self._party_subject(sentence, received.start())
        ):
            people = self._named_in(self.apposed(text[received.start("who") : received.end()]))
            if people:
                found.append((received.start(), people[0][1], "talks"))
        # "The two toured a hangar ... before holding talks", "The two leaders spoke ... before their talks": the
        # same subject, in a later verb or a noun of its own clause.
        # "Chairman X and Premier Y received Dr. Z at the Great Hall for a meeting": talks with each who received.
        for active in rx.finditer(
            r"(?P<who>(?:[A-Z][\w.'\u2019-]*,?\s|and\s){1,9}?)(?:\w+ly )?(?:received|welcomed) (?:[\w.'-]+\s){0,3}?"
            + self.leader_reference()
            + r"[^.;]{0,60}?\bfor (?:an? |their )?(?:[\w-]+ )?(?:meeting|talks|discussions)\b",
            text,
        ):
            who = rx.sub(
                r"^(?:Later|Then|Also|Earlier|Afterwards|Yesterday|Today|Tonight)\b,?\s*", "", active.group("who")
            )
            for _, name, _ in self._named_in(who.strip()):
                if not self.is_leader(name):
                    found.append((active.start(), name, "talks"))
        two = rx.search(
            r"\b(?:[Tt]he (?:two )?(?i:leaders|presidents|prime ministers|premiers|heads of state)(?: of the two countries)?|"
            r"[Tt]he two(?: men)?|"
            r"[Bb]oth (?:leaders|men))\b "
            # "the two inspected a guard of honour before a private conversation": the talks in a noun after.
            r"(?:(?:\w+ ){0,2}?(?:held|had|conducted|began|opened)|[^.;]{0,120}?\b(?:(?:before|after|and) (?:holding|having|"
            r"their)|before(?= an? (?:[\w-]+ ){0,2}?(?:meeting|conversation)\b)))"
            r" (?:[\w-]+ ){0,8}?(?:talks|discussions|(?:a|an) (?:[\w-]+ ){0,2}?(?:meeting|conversation))\b"
            # "where the two men talked for about an hour", "the two leaders had what was described as a long
            # conversation"
            r"|\b(?:[Tt]he two(?: (?i:leaders|presidents|prime ministers|men)|(?P<bare>))|[Tt]he leaders of the two countries|"
            # ("The two presidents first talked one-on-one", "the two leaders briefly met")
            r"[Bb]oth (?:leaders|men)) (?:then |first |later |also |(?!only\b)[a-z]+ly )?"
            # "The two discussed trade": talks told by their topic (a call's topic is the call's, read apart).
            # ("had what was described as a long and friendly conversation": a hedge before the noun)
            r"(?:talked|conferred|met|had (?:what (?:was|were|has been|officials) (?:described|called|termed|said) (?:as )?)?"
            r"(?:[\w-]+ ){0,7}?(?:conversation|exchange)|(?P<topic>discussed)(?![^.;]*\b(?:phone|video|call)\b))\b"
            # "Talks were held on 10 June", "Official talks took place on 21 June": the visit's talks, told with no
            # one named (never "between" others, nor to come).
            r"|^(?:(?:On|In) [^,]{1,30}, )?(?:(?!No\b|no\b)[A-Za-z][a-z]+(?: [a-z]+)? )?(?:[Tt]alks|[Nn]egotiations) (?:were held|"
            r"took place|began|opened)\b(?![^.;]{0,40}\bbetween\b)"
            # "..., followed by official talks between the two leaders": the talks as a noun, the two unnamed.
            r"|\b(?:[Tt]alks|[Dd]iscussions|[Nn]egotiations) between the (?:two (?i:leaders|presidents|prime ministers|"
            r"premiers|heads of state|men)|leaders of the two countries)\b(?! (?:are|is|will|would|were due)\b)",
            text,
        )
        if two and (two.group("bare") is not None or two.group("topic")):
            # "The two" alone, or a topic discussed: only of the two told just before, a host who received or
            # welcomed the leader, and not of a call paid ("X called on her, and the two discussed ...").
            host = None
            if not rx.search(r"\bcall(?:ed|s)? on\b|\bcourtesy\b", text):
                host = self._last_person(index, two.start(), within=True) or self._welcomer(index, two.start())
            if host:
                found.append((two.start(), host, "talks"))
        elif two and not rx.search(r"\bwith\b", text[two.end() : two.end() + 6]):
            # "X welcomed him and the two leaders held talks": the one named in the sentence, else the leg's host.
            host = (
                self._last_person(index, two.start(), within=True)
                or self._welcomer(index, two.start())
                or (leg.host if leg and not self._spouse(leg.host) else None)
                or self._talks_partner(leg)
                or self._counterpart(leg)
                or self._inviter()
                or self._last_person(index, two.start())
            )
            if host:
                found.append((two.start(), host, "talks"))
                # "..., and then appeared before reporters at a joint news conference": the same two.
                joint = rx.search(r"\bjoint (?:news|press) conference\b", text[two.end() :])
                if joint and not rx.search(r"\bwith\b", text[two.end() + joint.end() : two.end() + joint.end() + 6]):
                    found.append((two.end() + joint.start(), host, "press-conference"))
        # "the Presidents of Azerbaijan and Russia met": the leader and the holder of that office in the other.
        offices = rx.search(
            r"\b[Tt]he (?P<title>Presidents|Prime Ministers|Premiers|Chancellors|Foreign Ministers) of "
            r"(?:the )?(?P<a>[A-Z][\w ]+?) and (?:the )?(?P<b>[A-Z][\w ]+?) (?:\w+ )?(?:met|held (?:[\w-]+ ){0,3}?talks)\b",
            text,
        )
        if offices and not FUTURE.search(text):
            names = gz.country_names()
            sides = {names.get(offices.group("a")), names.get(offices.group("b"))}
            if self.leader_country in sides:
                country = next(iter(sides - {self.leader_country}), None)
                self.title_of("")
                holders = [
                    who
                    for who, given in self._titles.items()
                    if given == offices.group("title")[:-1]
                    and not self.is_leader(who)
                    and self.people.get(who) in (None, "", country)
                ]
                if len(holders) == 1:
                    found.append((offices.start(), self.note_person(holders[0], country), "talks"))
        # "Jiang Zemin, General Secretary of the Central Committee, met the Emperor": the host, an office in apposition
        # between the name and the verb, the leader the object.
        for apposed in (
            ()
            if not rx.search(r"\b(?:talks|meeting|meetings|discussions|conversation|met)\b", text)
            else rx.finditer(
                # ("His Highness Sheikh X bin Y Al Z, Crown Prince of W, held": a name's particles in lower case)
                r"(?:^|, |\b(?:On|In|At|Later|Then) [^,]{0,30}, )(?P<who>(?:[A-Z][\w.'\u2019-]*\s"
                r"(?:(?:bin|bint|ibn|al|el|da|de|do|dos|du|van|von|der|den|la|le)\s){0,2}){0,7}[A-Z][\w'\u2019-]+), "
                r"(?:the )?(?:[A-Z][a-z]+ )?(?:"
                + TITLE
                # ("X, Crown Prince of Y, today held official talks at Z Palace with": a day and a place too)
                + r"|Minister|Secretary)\b[^,;.]{0,100}, (?:\w+ly |also |then |later )?"
                r"(?:(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|on [A-Z][a-z]+day) )?"
                r"(?:(?:held|had|conducted) (?:[\w-]+ ){0,4}?(?:talks|a meeting|meetings|discussions|conversation)"
                r"(?: at (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4})? with|"
                r"met(?: with)?) (?:the )?(?:visiting )?(?:" + self.leader_object() + r")",
                text,
            )
        ):
            named = self._named_in(apposed.group("who"))
            in_full = named[-1][1] if named else self.full_name(apposed.group("who").split()[-1])
            if in_full and not self.is_leader(in_full):
                found.append((apposed.start("who"), in_full, "talks"))
        # "General Secretary X held talks with General Secretary <leader>", "X met the visiting president": the
        # host as the subject, the leader as the object.
        for hosting in (
            ()
            if not rx.search(r"\b(?:talks|meeting|meetings|discussions?|conversation|exchange|met)\b", text)
            else rx.finditer(
                # ("His Majesty the King held a meeting with ...": the host by style and office)
                r"(?P<who>(?:[A-Z][\w.'\u2019-]*\s){1,6}?|" + self._STYLE + r" the " + TITLE + r"\s)"
                # ("X hosted a state reception and then held talks with <leader>": a first act
                # of the host's own before the talks)
                r"(?:(?:chaired|hosted|held|presided over) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:ceremony|welcome|reception) "
                r"and |"
                # ("X welcomed the French leader at the airport and held talks with him": a welcome first, the leader
                # its object, the talks' "him" the same)
                r"(?P<welcome>(?:welcomed|received|greeted) (?:him|her|"
                + self.leader_object()
                + r")\b[^.;,]{0,60}? and ))?"
                r"(?:\w+ly |also |then |later )?(?:(?:held|had|conducted) "
                # ("conducted an open exchange of views with": an exchange of views is talks)
                r"(?:[\w-]+ ){0,4}?(?:talks|a meeting|meetings|discussions?|conversation|exchange of views) with|"
                r"met(?: with)?) (?:the )?(?:visiting )?"
                r"(?:(?:his|her) (?:[A-Z][a-z]+ )?counterpart,? )?"
                r"(?:(?:[A-Z][a-z]+ )?(?:(?:"
                + TITLE
                + r"|"
                + HONORIFIC
                + r")\s){0,2}"
                + self.leader_object()
                # (the pronoun as object, not a possessive: "with her Chilean counterpart" is someone else)
                + r"|(?<=with )(?P<pronoun>him|her)(?=[,.;]|$| (?:at|in|on|for|the|this|that|over|during|after|before|"
                r"and|about|to|later|earlier|alone|privately|yesterday|today|tonight)\b))",
                text,
            )
        ):
            titled = [
                m.group("name") for m in PERSON.finditer(hosting.group("who")) if not self.is_leader(m.group("name"))
            ]
            styled = rx.fullmatch(
                r"(?P<hon>" + self._STYLE + r") the (?P<title>" + TITLE + r")", hosting.group("who").strip()
            )
            if styled:
                holder = self.titled(styled.group("title")) or self._styled(styled.group("hon"))
                titled = [holder] if holder else []
            if hosting.group("pronoun") and rx.match(
                r"[^.;]{0,40}?\b(?:airport|tarmac|runway|station|quay|jetty)\b", text[hosting.end() :]
            ):
                continue  # "X met him at the airport": a greeting on arrival
            hosts = titled or [p[1] for p in self._named_in(hosting.group("who").strip())]
            # "Quispe held talks with her Kenyan counterpart": a surname the article gives in full elsewhere.
            in_full = self.full_name(hosting.group("who").split()[-1]) if not hosts else None
            hosts = hosts or ([in_full] if in_full else [])
            if hosts and not self.is_leader(hosts[-1]) and hosts[-1].split()[0] not in NOT_NAMES:
                found.append((hosting.start(), hosts[-1], "talks"))
        # "President X praised Kenya after her talks with Mwangi", "X, speaking after meeting the visiting president,
        # said": the sentence's subject in talks with the leader as the object.
        subject_talks = (
            rx.match(
                r"(?:(?:On|In|At|Later|Earlier|Afterwards) [^,]{0,30},? )?(?:(?:[A-Z][a-z]+ )?(?:"
                + TITLE
                + r"|"
                + HONORIFIC
                + r")\s)?(?P<who>"
                + NAME
                + r"),? [^.;]{0,60}?\b(?:after|before|during|following|at|in) "
                r"(?:(?:(?:her|his|their|the|a) )?(?:[\w-]+ )?(?:talks|meetings?|discussions) with|meeting) (?:him|her|"
                + self.leader_object()
                + r")",
                text,
            )
            if rx.search(r"\b(?:talks|meetings?|discussions)\b", text)
            else None
        )
        if (
            subject_talks
            and not self.is_leader(subject_talks.group("who"))
            # (what the subject says after it is another time's: "said after meeting him that ties would grow")
            and not settled_elsewhere(unquoted(text)[: subject_talks.end()], subject_talks.start("who"))
        ):
            named = self._named_in(subject_talks.group("who"))
            in_full = named[0][1] if named else self.full_name(subject_talks.group("who").split()[-1])
            if in_full and not self.is_leader(in_full) and not self.met_already(self.person(in_full), "talks"):
                self.add_meeting(
                    self.note_person(in_full, None),
                    "talks",
                    place=leg.country if leg else None,
                    date=self.date_near(sentence, subject_talks.start("who")) or self._date_context(index),
                    person_country=self.people.get(self.person(in_full)) or (leg.country if leg else None),
                    sentence=sentence,
                    start=subject_talks.start("who"),
                    end=subject_talks.end(),
                    rule="meeting-with-host",
                    confidence=0.55,
                )
        # "Quispe and her Kenyan counterpart held talks", "The Kenyan leader and Quispe met at the palace": a pair whose
        # one side is the leader by role, the other a person named.
        role = (
            self.leader_object().replace("the ", "[Tt]he ").replace("(?:his|her|their)", "(?:[Hh]is|[Hh]er|[Tt]heir)")
        )
        other_name = r"(?:(?:" + TITLE + r"|" + HONORIFIC + r")\s)?(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3})"
        met = (
            r" (?:also |then |later )?(?:(?:held|had|conducted) (?:[\w-]+ ){0,4}?(?:talks|meetings?|discussions|"
            r"conversation)\b|met(?=(?: again| privately| briefly| separately| alone| later)?(?: (?:at|in|on|for|over|"
            r"during|behind)\b|[,.;]|$)))"
        )
        for both in (
            rx.finditer(
                other_name + r" and " + role + met + r"|" + role + r" and " + other_name.replace("name", "name2") + met,
                text,
            )
            if rx.search(r"\b(?:talks|meetings?|discussions|conversation|met)\b", text)
            else ()
        ):
            side = both.group("name") or both.group("name2")
            people = self._named_in(side)
            in_full = people[0][1] if people else self.full_name(side.split()[-1])
            if in_full and not self.is_leader(in_full) and in_full.split()[0] not in NOT_NAMES:
                found.append((both.start(), in_full, "talks"))
        # "Talks between Macron and Bongo ...": a noun phrase with its two sides.
        # "Over the following days the President and the Premier held formal talks": two offices, one the leader's.
        offices_pair = rx.search(
            r"\b[Tt]he (?P<ta>"
            + TITLE
            + r") and the (?P<tb>"
            + TITLE
            + r") (?:also |then |later )?(?:held|had|conducted) "
            r"(?:[\w-]+ ){0,4}?(?:talks|a meeting|meetings|discussions|(?:a |an )?(?:[\w-]+ )?conversation)\b",
            text,
        )
        if offices_pair and not FUTURE.search(unquoted(text)):
            own_roles = {
                t.lower() for t in (self.leader_office, self.title_of(self.leader) if self.leader else None) if t
            }
            ta, tb = offices_pair.group("ta"), offices_pair.group("tb")
            other = tb if ta.lower() in own_roles else ta if tb.lower() in own_roles else None
            holder = self.titled(other) if other and other.lower() not in own_roles else None
            if holder:
                found.append((offices_pair.start(), holder, "talks"))
        # "Formal talks between the King and Dr Singh": a side by its office or an honorific too.
        pair = rx.search(
            # "The meeting between A and B", "talks between the two presidents, A and B": the noun's two sides.
            # ("a discussion between the visiting president A and B was held", "negotiations between A and B")
            r"\b(?:[Tt]alks|[Mm]eeting|[Dd]iscussions?|[Cc]onversation|[Nn]egotiations) between "
            r"(?:the two [a-z ]{3,20}, )?(?:the visiting )?"
            r"(?P<a>(?:the )?[A-Z][^.;,]+?) and (?P<b>(?:the )?(?:" + HONORIFIC + r"\s)?"
            r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)"
            # "a bilateral summit led by A and his counterpart B": a summit of two, told by its kind or by the other
            # side being the leader's counterpart (a summit of many chaired by two is no meeting of theirs).
            r"|\b(?:(?P<two>[Bb]ilateral|[Aa]nnual) (?:[\w-]+ ){0,3}?)?(?:[Ss]ummit|[Tt]alks|[Dd]iscussions?|[Mm]eeting)"
            r",? (?:(?:jointly |co-)?(?:led|held|chaired|hosted)) by (?:the visiting )?"
            r"(?P<a2>(?:the )?[A-Z][^.;,]+?) and (?P<b2>(?P<counterpart>(?:his|her|their) (?:[A-Z][a-z]+ )?counterparts?,? )?"
            r"(?:the )?(?:" + HONORIFIC + r"\s)?[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)",
            text,
        )
        if pair and pair.group("a2") and not (pair.group("two") or pair.group("counterpart")):
            pair = None
        if pair and not between:
            own = {t.lower() for t in (self.leader_office, self.title_of(self.leader) if self.leader else None) if t}
            ends: list[tuple[str, bool]] = []
            for side in ("a", "b") if pair.group("a") else ("a2", "b2"):
                if rx.fullmatch(HONORIFIC, pair.group(side).strip()):
                    ends.append(("", True))  # "talks between His Highness and President X": the leader, by style
                    continue
                phrase = rx.sub(r"^" + HONORIFIC + r"\s", "", pair.group(side))
                office = rx.fullmatch(r"the (?P<title>" + TITLE + r")", phrase)
                if office:
                    mine = office.group("title").lower() in own
                    ends.append(("" if mine else self.titled(office.group("title")) or "", mine))
                    continue
                named = self._named_in(phrase)
                name = self.person(named[0][1] if named else phrase)
                name = name if name in self.people else self.full_name(phrase) or name
                ends.append((name, self.is_leader(name)))
            # Talks between two others ("between the Premier and the Speaker") are none of the leader's.
            if any(mine for _, mine in ends) or not own:
                for name, mine in ends:
                    if (name in self.people or len(name.split()) > 1) and not mine and not self.is_leader(name):
                        found.append((pair.start(), name, "talks"))
        # "President X, who held talks with Macron earlier", "a joint news conference with President X".
        for other in rx.finditer(
            # "X, who met the visiting president on Monday", "X, who had talks with him at the palace": the relative
            # clause's verb, in any of its shapes, with the leader its object (not a greeting at the airport).
            r"(?P<who>(?:[A-Z][\w.'\u2019-]*\s){0,5}?[A-Z][\w'\u2019-]+)(?P<rel>, who (?:\w+ ){0,2}?(?:(?:held|had) "
            r"(?:[\w-]+ ){0,3}?(?:talks|a meeting|meetings|discussions) with|met(?: with)?) )"
            + (r"(?:him|her|" + self.leader_object() + r")" if self.leader_words else r"\b\B")
            + r"(?![^.;,]{0,40}?\b(?:airport|tarmac|runway|station)\b)",
            text,
        ):
            who = other.group("who")
            if rx.fullmatch(r"(?:[A-Z][a-z]+ )*" + TITLE + r"|(?:[A-Z][a-z]+ )*(?:Minister|Secretary)", who):
                # "X, the Peruvian Foreign Minister, who met him": the office is in apposition to the name before it.
                before = rx.search(r"(?P<n>" + NAME + r"), (?:the )?$", text[: other.start()])
                if not before:
                    continue
                who = before.group("n")
            people = self._named_in(who)
            in_full = self.full_name(who.split()[-1]) if not people else None
            people = people or ([(0, in_full, None)] if in_full else [])
            # The relative clause's own time: "who met him in 2019", "who will meet him on Friday".
            clause = other.group("rel") + rx.split(r"[,;]", text[other.end() :])[0]
            if people and not self.is_leader(people[-1][1]) and not settled_elsewhere(clause, 2):
                found.append((other.start(), people[-1][1], "talks"))
        for joint in rx.finditer(r"\bjoint (?:news|press) (?:conference|appearance|meet) with (?P<who>[^.;]+)", text):
            people = self._named_in(joint.group("who"))
            if people and not self.is_leader(people[0][1]):
                found.append((joint.start(), people[0][1], "press-conference"))
                # "At a joint news conference with X after their talks": the talks too.
                if rx.match(r"[^.;]{0,80}?\bafter (?:their|the|his|her) talks\b", joint.group("who")):
                    found.append((joint.start(), people[0][1], "talks"))
        # Words of a name apart by one space each: with the space optional, a run of capitals (a headline) can be
        # split in exponentially many ways, and the search took a fifth of a second on one sentence.
        calls = (
            rx.search(
                # "X, Minister of Foreign Affairs, called on": the office in apposition between the caller and the verb.
                # ("Crown Prince X bin Y called on": a name's particles in lower case between its words)
                r"(?P<who>[A-Z][\w.'\u2019-]*(?:\s(?:(?:bin|bint|ibn|al|el|da|de|do|dos|du|van|von|der|den|la|le) )?"
                r"[A-Z][\w.'\u2019-]*){0,6}?)(?:, (?:the )?(?:[A-Z][a-z]+ )?(?:"
                + TITLE
                + r"|Minister|Secretary)\b[^,.;]{0,90},)?"
                # "X, who later in the evening paid a courtesy call on": a relative clause's time before the call.
                r"(?:, who(?= [^,.;]{0,40}?\bpaid (?:a )?courtesy)(?: [a-z]+){0,6})?"
                r",?\s(?:\w+ly |also |then |later )?(?:called|calls|"
                # "X paid a courtesy call on the Prime Minister"
                r"paid (?:a )?courtesy (?:call|visit)) (?:on|to) (?:H\.\s?E\.\s)?"
                r"(?:her|him|the (?:visiting )?(?:[a-z]+ )?(?:president|prime minister|leader|premier|guest)"
                # "the visiting President", "the Kenyan Head of State", "the Rt. Hon. Prime Minister": an office in
                # capitals, told as the visitor's by "visiting", by a style of address or by an adjective (of the
                # leader's country, checked below).
                r"|the (?:visiting (?:[A-Z][a-z]+ )?|(?P<adj>[A-Z][a-z]+) |(?=Rt\b|Hon\b))(?:Rt\.? )?(?:Hon\.? )?"
                r"(?:President|Prime Minister|Premier|Chancellor|Head of State|Head of Government)"
                # "X called on the President at her hotel": the leader's own office.
                + r"|"
                + self.leader_object()
                + (
                    r"|(?:" + TITLE + r" )?(?:" + "|".join(map(re.escape, self.leader_words)) + r")"
                    if self.leader_words
                    else ""
                )
                # "X called on him to resign": an appeal, no call paid.
                + r")\b(?! ?"
                + _APPEAL
                + r")",
                text,
            )
            if rx.search(r"\b(?:called|calls|courtesy)\b", text)
            else None
        )
        if calls and calls.group("adj") and country_of(calls.group("adj")) != self.leader_country:
            calls = None  # "paid a courtesy call on the Peruvian Head of State": the host's, not the leader's
        if calls:
            people = self._named_in(calls.group("who"))
            if people and not self.is_leader(people[-1][1]):
                found.append((calls.start(), people[-1][1], "courtesy-call"))
        # "The foreign minister called on him at his hotel": a caller by office alone, opening the clause.
        by_office = (
            rx.search(
                r"(?:^|, )(?P<who>(?:[Tt]he |[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}['\u2019]s )(?:[A-Z][a-z]+ )?[a-z][a-z ]{2,30}?) "
                r"(?:also |then |later )?(?:called on|paid (?:a )?courtesy (?:call|visit) (?:on|to)) (?:him|her|"
                + self.leader_object()
                + r")\b(?! ?"
                + _APPEAL
                + r")",
                text,
            )
            if rx.search(r"\b(?:called on|courtesy)\b", text)
            else None
        )
        if by_office:
            holder = self._office_at_head(by_office.group("who"), leg)
            if holder:
                found.append((by_office.start("who"), holder, "courtesy-call"))
        for position, name, form in found:
            full = self.person(name)
            if settled_elsewhere(unquoted(text), position) or self.is_leader(full) or self.met_already(full, form):
                continue
            if rx.match(r"[^;]*?\b(?:at (?:the|that) time\b(?! of)|on that occasion\b)", text[position:]):
                continue  # "X, who held talks with the President at the time": the meeting of an earlier occasion
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

    def _spouse(self, name: str | None) -> bool:
        """Whether the article names a person as someone's spouse ("President X and his wife, Madam Y")."""
        return bool(name and name.split()[-1] in self._spouses)

    @functools.cached_property
    def _spouses(self) -> set[str]:
        """The surnames of the people the article names as someone's spouse (read once)."""
        return {m.group("who").split()[-1] for m in self._SPOUSE.finditer(self.text)}

    def _host_adjective(self, index: int) -> str:
        """The adjectives of the country of the leg a sentence tells of, as a pattern (one matching nothing with no
        leg)."""
        leg = self.leg_at(index)
        adjectives = [a for a, c in gz.adjectives().items() if leg and c == leg.country]
        return r"(?:" + "|".join(map(re.escape, adjectives)) + r")" if adjectives else r"\b\B"

    # A style of address before a name ("His Majesty King X", "Her Royal Highness Princess Y").
    _STYLE = r"(?:His|Her) (?:Royal )?(?:Majesty|Highness|Excellency)"

    def _styled(self, style: str) -> str | None:
        """The one person other than the leader the article names with a style ("His Majesty King X"): the one a
        bare "His Majesty gave a banquet" means."""
        if style == self.leader_honorific:
            return None
        named = {
            self.person(found.group("name"))
            for found in rx.finditer(
                # ("His Excellency Minister X", "His Highness Sheikh X": a rank before the name is no part of it)
                re.escape(style)
                + r"\s(?:(?:"
                + TITLE
                + r"|Minister|Secretary|Sheikh|Sheikha|Prince|Princess)\s)?(?P<name>"
                + NAME
                + r")",
                self.text,
            )
            if not self.is_leader(found.group("name"))
        }
        return named.pop() if len(named) == 1 else None

    def _talks_partner(self, leg: Leg | None, received: bool = False) -> str | None:
        """The one person the leader has held talks with on a leg so far: "the two leaders" of a later sentence
        (with ``received``, also one who received the leader, whose talks are settled at the end)."""
        forms = ("talks", "reception") if received else ("talks",)
        partners = {
            f.fields["with"]
            for f in self.findings
            if f.kind == "meetings" and f.fields["form"] in forms and leg and f.fields["country"] == leg.country
        }
        return partners.pop() if len(partners) == 1 else None

    def _inviter(self) -> str | None:
        """Who invited the leader ("At the invitation of the Prime Minister of India, Mr. X, ..."): the host."""
        invited = rx.search(r"\b[Aa]t the invitation of (?P<who>" + self._PHRASE + r")", self.text)
        if not invited:
            return None
        who = rx.sub(r"^(?:his|her) (?:[A-Z][a-z]+ )?counterpart,? ", "", invited.group("who"))
        who = rx.sub(r"^" + HONORIFIC + r"\s(?:" + HONORIFIC + r"\s)?", "", self.apposed(who))
        people = [p for p in self._named_in(who) if not self.is_leader(p[1])]
        return self.note_person(people[0][1], people[0][2]) if people else None

    def _counterpart(self, leg: Leg | None) -> str | None:
        """The one the article calls the leader's counterpart ("his Russian counterpart, Mr. Vladimir Putin"),
        from the leg's country when the article names several."""
        named = []
        for found in rx.finditer(
            r"\b(?:his|her) (?P<adj>[A-Z][a-z]+ )?counterpart,? (?:" + HONORIFIC + r"\s)?(?P<who>" + NAME + r")",
            self.text,
        ):
            country = country_of((found.group("adj") or "").strip())
            if not self.is_leader(found.group("who")) and (not country or not leg or country == leg.country):
                named.append(found.group("who"))
        return self.note_person(named[0], None) if len(set(named)) == 1 else None

    def _welcomer(self, index: int, position: int) -> str | None:
        """Who welcomed the leader just before ("Mr. Carter welcomed his guest ...; the two leaders then held
        talks"): in this sentence before a point, else the one before."""
        texts = [self.sentences[index].text[:position]] + ([self.sentences[index - 1].text] if index else [])
        if len(self.legs) == 1:
            # A visit to one country: its welcome told earlier in the story ("The President welcomed Y this
            # morning. ... Following the welcome ceremony, the two Presidents held talks").
            texts += [s.text for s in reversed(self.sentences[max(self.lead, 0) : max(index - 1, 0)])]
        for text in texts:
            found = rx.search(
                # ("X, this morning welcomed": a time in commas between the welcomer and the verb)
                r"(?P<who>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)(?:,? (?:this|that|on|last|yesterday|today)\b[^,.;]{0,25}?,?)? "
                r"(?:\w+ly )?(?:welcomed|received|greeted|hosted) "
                # ("welcomed the President of the Republic of India, H.E. Y": the guest's office in apposition before
                # the name)
                r"(?:the (?:[A-Z][\w-]*|of|the) [^,.;]{0,60}?, (?:H\.\s?E\.?\s|"
                + HONORIFIC
                + r"\s)?(?="
                + self.leader_reference()
                + r"))?"
                r"(?:(?:his|her) (?:guest|visitor|counterpart)|"
                + (r"the (?i:" + re.escape(self.leader_title) + r")|" if self.leader_title else "")
                + self.leader_reference()
                + r")\b",
                text,
            )
            # "On Thursday Quispe welcomed": the words of time before the name are no part of it.
            words = found.group("who").split() if found else []
            while words and words[0] in NOT_NAMES:
                words.pop(0)
            titled = PERSON.search(" ".join(words))
            words = titled.group("name").split() if titled else words
            if words and not self.is_leader(" ".join(words)):
                named = self.full_name(" ".join(words)) or self.person(" ".join(words))
                # A name of two words or more is a person's ("Crowds welcomed him" names no one).
                plain = len(named.split()) > 1 and named.split()[0] not in NOT_NAMES and named not in gz.country_names()
                if named in self.people or self.title_of(named) or plain:
                    return self.note_person(named, None)
        return None

    def _last_person(self, index: int, position: int, within: bool = False) -> str | None:
        """The last person other than the leader named before a point (this sentence, then two before)."""
        texts = [self.sentences[index].text[:position]] + (
            [] if within else [s.text for s in reversed(self.sentences[max(self.lead, index - 2) : index])]
        )
        for text in texts:
            names = [m.group("name") for m in PERSON.finditer(text) if not self.is_leader(m.group("name"))]
            names = [n for n in names if n.split()[0] not in NOT_NAMES and not INSTITUTIONS & set(n.split())]
            # "General Secretary of the Workers' Party": an office's own words, or a people's, are no one's name.
            names = [n for n in names if not rx.fullmatch(r"(?:" + TITLE + r"|Secretary|Minister|People|Peoples)", n)]
            if names:
                return names[-1]
        return None

    # A meal, with up to two words that qualify it ("a solemn banquet", "an informal dinner", "a State Banquet"),
    # none of them a preposition ("a meeting before lunch" is no meal given).
    _MEAL = (
        r"(?:(?!(?:before|after|at|with|for|and|or|over|in|on|of|to|by|the|a|an)\b)(?:[a-z-]+|[A-Z][a-z]+) ){0,2}?"
        r"(?:[Bb]anquet|[Dd]inner|[Ll]uncheon|[Ll]unch|[Bb]reakfast|"
        # "gave a reception in honour of the guests": a party given for them (not a welcoming ceremony).
        r"[Rr]eception(?= (?:in (?:his|her|their) honou?r|in honou?r of|for (?:him|her|them|the (?:visitors?|guests?))\b)))"
    )

    def banquets(self, index: int, sentence: Sentence, leg: Leg | None) -> None:
        """A meal given for the leader: "X (and Y) hosted a state banquet", "a dinner given by X", "X, who
        hosted a dinner in his honour", "the Bidens gave a state dinner": one record per host."""
        text = sentence.text
        hosts: list[tuple[int, str]] = []
        if not rx.search(r"(?i)banquet|dinner|lunch|breakfast|\bdined\b|reception", text):
            return  # no meal told: the patterns below need not run
        for active in rx.finditer(
            r"(?P<hosts>[^.;:]{0,160}?)\s(?:later |then |also |in turn )?(?:hosted|hosts|gave|gives|held|threw|offered|"
            r"was (?:the )?host (?:at|of|to)) (?:a |an )?(?P<meal>" + self._MEAL + r")\b",
            text,
        ):
            # "Castro, who met his guest at the airport, gave a dinner": the relative clause is no giver.
            own = rx.sub(r", (?:who|whom) [^,]*,", "", active.group("hosts"))
            # "President X and his wife, Madam Y, hosted": the spouse is no host of the talks' side.
            own = rx.sub(
                r",? (?:and|with) (?:his|her) (?:wife|husband|spouse)(?:, [^,]+,|(?: [A-Z][\w.'-]*)+)?", "", own
            )
            clause = rx.split(r"[,;] (?:and |while |as |after |before )?|\band that \w+\b|\bwho\b", own)
            if self.is_leader(clause[-1]) or rx.fullmatch(self._TIME_THEN_PRONOUN, clause[-1]):
                # "Lee gave a return banquet for Premier Hua", "In the evening he gave a dinner for Mr A, Mr B and
                # Mr C": the leader's guests, each named in the list after "for".
                guest = rx.match(r"[^.;]{0,40}?\b(?:for|in honou?r of) (?P<who>[^.;]+)", text[active.end() :])
                listed = rx.split(r",? (?:who|whom|which|where|at|in|on|to)\b", guest.group("who"))[0] if guest else ""
                # "Mr Brezhnev": one word, the name the article gave in full before.
                listed = rx.sub(
                    r"\b" + HONORIFIC + r"\s(?P<w>[A-Z][\w'-]+)\b(?! [A-Z])",
                    lambda one: self.full_name(one.group("w")) or one.group(0),
                    listed,
                )
                for _, name, _country in self._named_in(listed):
                    hosts.append((active.start("meal"), name))
                continue
            if not clause[-1].strip() and rx.search(r", and (?:\w+ly )?$", own + " "):
                # "Kim told her ..., and hosted a dinner for her": the sentence's subject gives it.
                subject = rx.match(r"(?:[A-Z][a-z]+ )?(?P<who>" + NAME + r")", text)
                if subject and self.person(subject.group("who")) in self.people:
                    hosts.append((0, subject.group("who")))
                continue
            givers = clause[-1] if clause[-1].strip() else (clause[-2] if len(clause) > 1 else "")
            source = own
            if rx.search(r", who\b[^,]*$", active.group("hosts")):
                # "President X, who hosted a banquet": the person before "who".
                source = active.group("hosts").rsplit(", who", 1)[0]
                givers = rx.split(r"[;]|, (?:and |while )?", source)[-1]
            givers = self._before_office(givers, source)
            if self._for_someone_else(text[active.end() :]):
                continue
            for name in self._givers(givers):
                hosts.append((active.start() + active.group(0).find(name.split()[-1]), name))
        for relative in rx.finditer(
            r"\b(?P<meal>" + self._MEAL + r") (?:(?:that|which) )?(?P<who>(?:[A-Z][\w.'-]*\s){1,4}?|he |she )"
            r"(?:gave|hosted|offered|held|threw)\b(?P<rest>[^.;]*)"
            r"|\b(?P<meal2>" + self._MEAL + r") of (?:his|her) own (?P<rest2>for [^.;]*)",
            text,
        ):
            # "a banquet that Khan gave in his honour"; "a return banquet he gave for Premier X", "a banquet of his
            # own for X": the leader's guest.
            who, rest = relative.group("who") or "he", relative.group("rest") or relative.group("rest2") or ""
            if self.is_leader(who) or who.strip() in ("he", "she"):
                guest = rx.match(r"[^.;]{0,30}?\bfor (?P<who>[^.;]+)", rest)
                for _, name, _country in self._named_in(guest.group("who"))[:1] if guest else []:
                    hosts.append((relative.start(), name))
            else:
                if self._for_someone_else(rest):
                    continue
                hosts.extend((relative.start(), name) for name in self._givers(who.strip()))
        # "dined privately with X", "lunched with X", "had a working breakfast with X": a meal shared with X.
        dined = rx.search(
            r"\b(?:dined|lunched|breakfasted|(?:had|held|shared) (?:a |an )?"
            + self._MEAL
            # ("dined the same evening with X", "lunched on Tuesday with X": the time between)
            + r") (?:[a-z]+ |[A-Z][a-z]+day ){0,3}?with (?P<who>[^.;]+)",
            text,
        )
        if dined and self.leader_subject(sentence, dined.start()):
            hosts.extend((dined.start(), name) for _, name, _country in self._named_in(dined.group("who"))[:1])
        # "joined X for a private dinner", "was X's guest at a state banquet": a meal X gave the leader.
        guest = rx.search(
            r"\b(?:joined (?P<who>" + self._PHRASE + r"?) for (?:a |an )?" + self._MEAL + r"|"
            r"(?:was|were) (?P<whose>(?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+)['\u2019]s (?:[a-z]+ )?guests? (?:of honou?r )?at "
            r"(?:a |an |the )?" + self._MEAL + r")\b",
            text,
        )
        if guest and self.leader_subject(sentence, guest.start()):
            who = guest.group("who") or guest.group("whose")
            named = self._named_in(who)
            in_full = named[0][1] if named else self.full_name(who.split()[-1])
            if in_full:
                hosts.append((guest.start(), in_full))
        # "Mwangi and Quispe had dinner together", "The two leaders later had lunch": a meal shared by the two.
        shared = rx.search(
            r"(?:(?P<a>(?:[A-Z][\w'-]+ ){1,4})and (?P<b>(?:[A-Z][\w'-]+ ){1,4})|\b(?P<two>[Tt]he two(?: leaders| presidents| men)?) )"
            r"(?:later |then |also )?(?:had|shared) (?:a |an )?(?:[\w-]+ )?(?:lunch|dinner|breakfast|meal)\b",
            text,
        )
        if shared and not FUTURE.search(unquoted(text)[: shared.start()]):
            if shared.group("two"):
                host = self._talks_partner(leg) or self._last_person(index, shared.start(), within=True)
                if host:
                    hosts.append((shared.start(), host))
            else:
                a, b = shared.group("a").strip(), shared.group("b").strip()
                other = b if self.is_leader(a) else a if self.is_leader(b) else None
                named = self._named_in(other) if other else []
                in_full = named[0][1] if named else self.full_name(other.split()[-1]) if other else None
                if in_full:
                    hosts.append((shared.start(), in_full))
        over = rx.search(
            r"\bcontinued (?:(?:their|the) talks |them )?over (?:a|an) " + self._MEAL + r"\b"
            # "held talks with X, followed by a state banquet", "... ; a dinner followed"
            # ("the signing, followed by dinner in the garden": a meal with no article)
            r"|\bfollowed by (?:a |an )?" + self._MEAL + r"\b|\b(?:[Aa]n?|[Tt]he) " + self._MEAL + r" followed\b"
            # "over a working lunch that followed": the meal after the talks, told in a relative clause
            r"|\b(?:[Oo]ver|[Aa]t|[Dd]uring) (?:a|an|the) " + self._MEAL + r" (?:that|which) followed\b"
            # "In the evening an official dinner was given in honour of the guest": a meal with no giver told is the
            # host's, the one the leader held talks with there.
            r"|(?P<hosts>\b" + self._MEAL + r" (?:was|were) (?:given|hosted|offered|held) (?![^.;]*\bby\b)[^.;]{0,60}?"
            r"\b(?:in (?:his|her) honou?r|in honou?r of (?:him|her|" + self.leader_object() + r"))"
            # "the Chilean side hosted a dinner for the Kenyan delegation": the host's side, its head.
            r"|\b[Tt]he "
            + self._host_adjective(index)
            + r" side (?:hosted|gave|offered) (?:a |an )?"
            + self._MEAL
            + r"\b)",
            text,
        )
        if over and not FUTURE.search(unquoted(text)):
            # "The two leaders held talks ... and continued over a working lunch": a meal with the same person (also
            # with one who received the leader: "was received by X. Over a lunch that followed, ...").
            talks = [
                f
                for f in self.findings
                if f.kind == "meetings"
                and f.fields["form"] in ("talks", "reception")
                and f.start >= self.sentences[max(0, index - 1)].start
            ]
            # (with no talks told just before, the one the leader held talks with on the leg)
            partner = (
                self._talks_partner(leg, received=True)
                # ("This was followed by lunch": the meal after talks told before, their partner the one of the leg)
                if over.group("hosts")
                or (
                    not talks
                    and (over.group(0).endswith("that followed") or over.group(0).startswith("followed by"))
                    # ("followed by a lunch with students": a meal with others)
                    and not rx.match(r"[^.;,]{0,30}?\bwith\b", text[over.end() :])
                )
                else None
            )
            if partner:
                hosts.append((over.start(), partner))
            elif talks:
                hosts.append((over.start(), talks[-1].fields["with"]))
        # "President X hosted him at a state banquet", "X honoured the visitor with a dinner": the host's meal.
        for hosting in rx.finditer(
            # ("X and her husband hosted him": the spouse is no host of the talks' side)
            r"(?P<who>(?:[A-Z][\w.'\u2019-]*\s){1,5}?)(?:and (?:his|her) (?:wife|husband|spouse)(?:,? [A-Z][\w.'-]*)*,? )?"
            r"(?:\w+ly |also |later |then )?(?:hosted|entertained|honou?red|"
            r"feted) (?:him|her|the (?:visiting )?(?:[a-z]+ )?(?:visitor|guest|president|prime minister|leader)|"
            + self.leader_object()
            # "hosted the visiting president for dinner": a meal named with no article is one all the same.
            + r") (?:at|with|to|for) (?:a |an )?"
            + self._MEAL
            + r"\b",
            text,
        ):
            for name in self._givers(hosting.group("who").strip()):
                hosts.append((hosting.start(), name))
        for passive in rx.finditer(
            self._MEAL
            # ("Dinner Hosted by Prime Minister X": a programme's heading, in capitals)
            + r"\b[^.;]{0,60}?\b(?:[Hh]osted|[Gg]iven|[Oo]ffered|thrown|held)\b[^.;]{0,40}?\bby (?P<who>"
            + self._PHRASE
            + r")"
            r"|\b(?:hosted|entertained|honou?red)\b[^.;]{0,12}\b(?:at|with|to|for) (?:a |an )?"
            + self._MEAL
            + r"\b[^.;]{0,40}?"
            r"\bby (?P<who2>" + self._PHRASE + r")"
            # "were hosted by the Quispes for a private dinner": the givers before the meal.
            r"|\b(?:was|were) (?:\w+ly )?(?:hosted|entertained|honou?red) by (?P<who3>[^.;,]{1,60}?) (?:at|with|to|for) "
            r"(?:a |an )?" + self._MEAL + r"\b",
            text,
        ):
            if passive.group("who3"):
                if self.leader_subject(sentence, passive.start()) or self._party_subject(sentence, passive.start()):
                    hosts.extend((passive.start(), name) for name in self._givers(passive.group("who3")))
                continue
            who = passive.group("who") or passive.group("who2")
            for _, name, _country in self._named_in(who)[:2]:
                hosts.append((passive.start(), name))
            # "a lunch hosted by the Prime Minister": the one the article gave that office.
            office = rx.match(r"the (?P<title>" + TITLE + r")\b(?! of)", who)
            holder = self.titled(office.group("title")) if office else None
            # "a lunch given by Peru's foreign minister": an office in any case, of the country it names.
            holder = holder or self._office_at_head(who, leg)
            if holder:
                hosts.append((passive.start(), holder))
        # "At a state banquet in his honour, Quispe praised ...", "Quispe said at the dinner that ...", "Quispe
        # toasted the visiting president at a banquet": the one who speaks or toasts at the leader's meal hosts it.
        speaker = rx.match(
            r"(?:(?P<opening>(?:At|During|In a toast at|Speaking at|Toasting \w+ at) (?:a|the) "
            + self._MEAL
            + r"\b[^,]*), )?"
            r"(?:(?:" + TITLE + r"|" + HONORIFIC + r")\s)?(?P<who>" + NAME + r") (?:\w+ly )?"
            r"(?P<verb>said|told|praised|called|toasted|raised|hailed|thanked|welcomed|described|noted|stressed|declared|"
            r"recalled|spoke)\b(?P<rest>[^.;]{0,60})",
            text,
        )
        if speaker and not self.is_leader(speaker.group("who")):
            # The meal in the opening words, or right after the verb ("said at the dinner", "toasted him at a banquet").
            meal = rx.search(r"\b" + self._MEAL + r"\b", speaker.group("opening") or "") or rx.match(
                r"(?:\s(?:him|her|"
                + self.leader_object()
                + r"))?[^.;,]{0,20}?\bat (?:a|the) (?P<meal>"
                + self._MEAL
                + r")\b",
                speaker.group("rest"),
            )
            told = (speaker.group("opening") or speaker.group("rest"))[meal.end() :] if meal else ""
            if (
                meal
                and not rx.search(r"^[^.;,]{0,40}?\b(?:given|hosted|offered|held|thrown) by\b", told)
                and not self._for_someone_else(told)
            ):
                named = self._named_in(speaker.group("who"))
                in_full = named[0][1] if named else self.full_name(speaker.group("who").split()[-1])
                if in_full:
                    hosts.append((speaker.start("who"), in_full))
        for position, name in hosts:
            if self.is_leader(name) or name in NOT_NAMES:
                continue
            if self.told_of_another_time(text, position):
                continue
            full = self.person(name)
            date = self.date_near(sentence, position) or self._date_context(index)
            # One record per host and day: "a banquet on Monday" and "a return banquet on Friday" are two.
            if any(
                f.kind == "meetings"
                and f.fields["with"] == full
                and f.fields["form"] == "banquet"
                and (f.fields["date"] == date or f.start >= sentence.start)
                for f in self.findings
            ):
                continue
            self.add_meeting(
                full,
                "banquet",
                place=leg.country if leg else None,
                date=date,
                person_country=self.people.get(full) or (leg.country if leg else None),
                sentence=sentence,
                start=min(position, len(text) - 1),
                end=len(text),
                rule="meeting-banquet",
                confidence=0.6,
            )

    # A pronoun subject, after words of time: "he", "In the evening he", "On Thursday she later".
    _TIME_THEN_PRONOUN = re.compile(
        r"\s*(?:(?:On|In|At|Later|Then|That|This|Earlier|Afterwards|Yesterday|Today|Tonight)\b"
        r"(?: (?:[a-z]+|[A-Z][a-z]+day|\d{1,2}|[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+)){0,3},? )?"
        r"(?:[Hh]e|[Ss]he)(?: \w+ly)?\s*"
    )
    # An office in apposition after a name: "X, First Secretary of the Party and Chairman of the Council, gave".
    _OFFICE = re.compile(
        r"\s*(?:and )?(?:[Tt]he )?(?:[A-Z][a-z]+ ){0,2}(?:"
        + TITLE
        + r"|Secretary|Minister)(?: and [^,]+?)? of [^,]+,?\s*$"
        # "Sir X, the Governor-General, gave": an office with "the", of nowhere named.
        r"|\s*[Tt]he (?:[A-Z][a-z]+ )?(?:" + TITLE + r"|Governor-General|Secretary|Minister),?\s*$"
    )

    def _before_office(self, givers: str, source: str) -> str:
        """The givers of a meal when the words before the verb end in an office in apposition ("X, Chairman of
        the Presidium, who gave a dinner", "Comrade X, First Secretary of the Party, gave a dinner"): the name
        before the office."""
        if not self._OFFICE.fullmatch(givers):
            return givers
        segments = [s for s in rx.split(r"[,;]\s*", source.rstrip(" ,")) if s.strip()]
        while len(segments) > 1 and self._OFFICE.fullmatch(segments[-1]):
            segments.pop()
        if self._OFFICE.fullmatch(segments[-1]):
            return givers
        last = segments[-1]
        # The name after the last title or honorific of the segment ("In Cusco Comrade X"), else its closing name.
        marks = list(rx.finditer(r"\b(?:" + HONORIFIC + r"|" + TITLE + r"|Sir|Dame|Lord|by)\s", last))
        named = rx.match(r"(?P<name>" + NAME + r")\s*$", last[marks[-1].end() :]) if marks else None
        named = named or rx.search(r"(?:^|\s)(?P<name>" + NAME + r")\s*$", last)
        words = named.group("name").split() if named else []
        while words and words[0] in NOT_NAMES:
            words.pop(0)
        if len(words) > 1 or (words and marks):
            # The office in apposition titles the name: a person, whoever else the article names.
            return self.note_person(" ".join(words), None)
        return givers

    def _for_someone_else(self, after: str) -> bool:
        """Whether the words after a meal name a guest other than the leader: a titled person not the leader
        ("a dinner for President X"), or an office of a third country ("for the Chilean president")."""
        guest = rx.match(r"\s*(?:for|in honou?r of) (?P<who>[^.;,]+)", after)
        if not guest:
            return False
        who = guest.group("who")
        # "a dinner for the press", "a lunch for business leaders": a crowd, not the leader.
        if rx.match(
            r"(?:the |local |\w+ )?(?:press|journalists|reporters|correspondents|diplomats|business (?:leaders|people|"
            r"community)|students|diaspora|community|veterans|staff|volunteers)\b",
            who,
        ):
            return True
        named = PERSON.match(who)
        if named:
            return not self.is_leader(named.group("name"))
        office = rx.match(
            r"the (?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:president|prime minister|premier|leader|king)\b",
            who,
        )
        country = country_of(office.group("adj")) if office else None
        return bool(country and self.leader_country and country != self.leader_country)

    def _givers(self, text: str) -> list[str]:
        """The people who give a meal: titled names, names met before, or a family ("the Bidens")."""
        found: list[str] = []
        for part in rx.split(r",? and |, ", text):
            # "His Majesty then gave a banquet": the one person the article gives that style, not the leader.
            style = rx.search(r"(?:^|\s)(?P<style>" + self._STYLE + r")(?: the (?P<title>" + TITLE + r"))?\s*$", part)
            if style:
                holder = (self.titled(style.group("title")) if style.group("title") else None) or self._styled(
                    style.group("style")
                )
                if holder and not self.is_leader(holder):
                    found.append(holder)
                    continue
            part = rx.sub(r"^(?:" + HONORIFIC + r"|Sir|Dame|Lord)\s+", "", part.strip(" ,"))
            if rx.search(r"(?:^|\b)[Tt]he (?:monarch|sovereign)$", part):
                # "the monarch gave a banquet": the one crowned head the article names who is not the leader.
                crowned = {
                    holder
                    for title in ("King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Amir", "Grand Duke")
                    for holder in [self.titled(title)]
                    if holder and not self.is_leader(holder)
                }
                found.extend(crowned if len(crowned) == 1 else ())
                continue
            titled = rx.search(r"(?:^|\b[Tt]he )(?P<title>" + TITLE + r")$", part)
            if titled:
                # "the Premier gave a banquet": the one the article gave that title.
                named = self.titled(titled.group("title"))
                if named:
                    found.append(named)
                continue
            # "Peru's prime minister hosted a dinner": an office in lower case, of the country it names.
            office = rx.search(r"(?:^|(?<=\s))(?:[Tt]he |[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}['\u2019]s )[^,;]*$", part)
            holder = self._office_at_head(office.group(0), None) if office else None
            if holder:
                found.append(holder)
                continue
            family = rx.search(r"(?:^|\bthe )(?P<name>[A-Z][a-z]+)s$", part)
            if family:
                known = next((full for full in self.people if full.split()[-1] == family.group("name")), None)
                if known:
                    found.append(known)
                continue
            person = PERSON.search(part)
            # "the Speaker of the Regional Assembly": a body, no one's name.
            if person and person.group("name").split()[0] not in NOT_NAMES | INSTITUTIONS:
                found.append(person.group("name"))
                continue
            # ("U Nu": a name's first word may be one letter)
            bare = rx.search(r"(?:^|\s)(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]+)+|[A-Z][\w'-]+)\s*$", part)
            name = rx.sub(r"^" + HONORIFIC + r"\s", "", bare.group("name")) if bare else ""
            # "the President of the Senate, X, gave": a name the article titles in apposition.
            if name and (self.person(name) in self.people or self.full_name(name) or self.title_of(name)):
                found.append(self.full_name(name) or name)
        return found
