"""Where the leader went and when: the legs of the trip, read from arrivals, visits, section heads and receptions."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from ..names import existed, former_state, former_states, iso_countries, predecessors
from . import gazetteer as gz
from . import rx
from .clauses import (
    BACKGROUND,
    FUTURE,
    HONORIFIC,
    MONTH_WORD,
    NAME,
    NEGATION,
    NOT_NAMES,
    OTHER_VISIT,
    PERSON,
    RECEIVING_VERBS,
    TITLE,
    TITLES,
    country_of,
    dateline,
    leading_list,
    settled_elsewhere,
)
from .leader import _COUNTERPART_AFTER, LeaderRules
from .reader import Leg
from .text import Sentence
from .when import WEEKDAY_WORD, find_dates

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


_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
}  # fmt: skip


# "left Saint Petersburg for Algiers, concluding the visit": a departure that ends the visit goes home, so its
# place is the leader's own, not a destination.
_HOMEWARD = re.compile(
    r"^(?:left|departed|flew|set off|set out|headed)\b[^.;]{0,80}?,? (?:concluding|ending|wrapping up|rounding off|"
    r"at the end of|bringing to an end|bringing an end to|closing) (?:the|his|her|a|an|its) (?:[\w-]+ ){0,2}"
    r"(?:visit|trip|tour|stay)\b"
)


def _former_state(name: str) -> str | None:
    """The ISO 3166-3 code of a former state by one of its names ("Czechoslovakia": CSHH)."""
    if not name:
        return None
    return next((code for code, (_, names) in iso_countries().items() if len(code) == 4 and name in names), None)


# "flew in from Kuala Lumpur", "arrived here from Canada", "returned from Beijing": where the leader was before.
_CAME_FROM = re.compile(
    r"(?:\b(?:flew|flown|arrived|arriving|came|travell?ed|returned|returning|was back|is back)(?: here| home| back)?"
    # "returned to Helsinki on Saturday night from ...", "arrived in Lima last night from ..."
    r"(?: (?:to|in) [A-Z][\w'-]+(?: [A-Z][\w'-]+)?| in)?"
    r"(?: (?:on|late|early|this|last) \w+(?: \w+day)?(?: (?:night|evening|morning))?)? from "
    # "having spent two days in Norway", "after two days in Oslo", "fresh from talks in Oslo": the stop before.
    r"|\b(?:having spent|after spending|[Aa]fter|[Ff]ollowing) (?:a|an|one|two|three|four|five|six|\d+|several) "
    r"(?:\w+ )?(?:days?|nights?|hours?) in (?:the )?"
    r"|\bfresh from (?:[\w-]+ ){0,3}in )"
    r"(?P<place>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*(?:(?:,| and|, and) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)*)"
)


def _head_of_places(text: str) -> str:
    """The words that name the places of a visit, up to the clause that follows ("Peru and Chile after talks")."""
    return rx.split(
        r"(?<!\b[A-Z])(?<!\b[A-Z]\.[A-Z])(?<!\bSt)[.;]|, (?:where|which|who|after|before|during|as|while)\b| (?:on|for|after|before|following|where|since|with|from|"
        r"to (?!the\b)[a-z]+|(?:in|during|at|on) which|that|who|when|comes|came|follows|followed|by)\b",
        text,
    )[0]


def _asides_blanked(text: str) -> str:
    """The text with its relative asides blanked, each character kept in place: "X, who became president ten days
    ago, flew in from Moscow" tells of now, whatever the aside tells of."""
    return rx.sub(r", (?:who|which) [^,;]*(?=,)", lambda aside: " " * len(aside.group()), text)


# The common nouns that name the traveller, the party or the craft they travel in ("the Premier arrived", "his
# plane landed"): the subject of an arrival that is any other noun is a thing ("the official text had reached").
_GOERS = {
    "president", "premier", "leader", "minister", "chancellor", "king", "queen", "monarch", "emperor", "empress",
    "prince", "princess", "pope", "sultan", "emir", "shah", "visitor", "visitors", "guest", "guests", "delegation",
    "party", "couple", "entourage", "group", "team", "leaders", "chairman", "secretary", "general", "marshal",
    "plane", "aircraft", "jet", "airliner", "flight", "motorcade", "train", "ship", "yacht", "convoy", "helicopter",
    "cortege", "procession", "head", "envoy", "dignitary", "ruler", "highness", "majesty", "excellency", "tour",
    "caravan", "pair", "two", "three", "four", "five",
}  # fmt: skip


# A stop told in the present tense as the next on the schedule ("then flies to", "travels on to", "ends his tour in").
_NEXT_STOP = re.compile(
    r"\b(?:(?:then|next|later|now) )?(?:flies|travels|heads|goes|moves|continues|proceeds)(?: on)?(?: to| on to| for)\b|"
    r"\bends (?:his|her|the|its) (?:tour|trip|visit|journey) in\b|\b(?:then |later )?(?:leaves|departs) for\b"
)


class TravelRules(LeaderRules):
    """The rules that read the trip's legs (and the leader's country, from where the leader goes)."""

    arrived: Leg | None = None
    """The leg the leader was last told arriving in (a city the gazetteer does not know, named next, is in it)."""

    def settle_leader_country(self) -> None:
        """A leader named with no country: the country named most in the sentences about the leader (the
        dateline's left out, as the story is filed from where the leader is), else the dateline's."""
        if self.leader_country or not self.leader:
            return
        # "Yoon became the first Korean president to address ...": the leader's country said with the leader's role.
        for sentence in self.sentences:
            first = rx.search(
                r"\b(?:the|a) (?:first|second|third|only|last|youngest|oldest) (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) "
                r"(?:head of (?:state|government)|president|prime minister|premier|chancellor|leader|monarch|king|queen|emir|"
                r"(?:foreign |defen[cs]e |finance |trade )?minister|secretary of state)\b",
                sentence.text,
            )
            if first and self.is_leader(sentence.text[: first.start()]) and gz.adjectives().get(first.group("adj")):
                self.leader_country = gz.adjectives()[first.group("adj")]
                self.people[self.leader] = self.leader_country
                return
        # "<leader> and the Kenyan delegation", "the Kenyan delegation led by <leader>": the party the leader heads
        # is of the leader's country.
        for sentence in self.sentences[self.lead : self.lead + 3]:
            for party in rx.finditer(
                r"(?P<before>(?:\S+ ){0,3})(?:and|with) (?:the|his|her) (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) "
                r"(?:delegation|entourage)\b|\b[Tt]he (?P<adj2>[A-Z][\w-]+(?: [A-Z][\w-]+)?) delegation,? (?:led|headed) "
                r"by (?P<after>(?:\S+ ?){1,4})",
                sentence.text,
            ):
                near = party.group("before") if party.group("adj") else party.group("after")
                code = gz.adjectives().get(party.group("adj") or party.group("adj2") or "")
                if code and self.is_leader(near) and code != self.filed_country():
                    self.leader_country = code
                    self.people[self.leader] = code
                    return
        # "The Kenyan leader, X, toured ...", "the Peruvian president, X,": the leader's country in apposition.
        for word in self.leader_words:
            apposed = rx.search(
                r"\b[Tt]he (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:leader|head of (?:state|government)|(?:vice )?president|"
                r"(?:vice )?premier|prime minister|chancellor|monarch|king|queen|emir),? (?:[A-Z][\w.'-]+ ){0,3}"
                + re.escape(word)
                + r"\b",
                self.text,
            )
            if apposed and gz.adjectives().get(apposed.group("adj")):
                self.leader_country = gz.adjectives()[apposed.group("adj")]
                self.people[self.leader] = self.leader_country
                return
        # "as the Chinese leader completed the Washington part of the visit": the traveller by role, travelling.
        for sentence in self.sentences[self.lead : self.lead + 3]:
            role = rx.search(
                r"\b[Tt]he (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:leader|visitor|guest|head of (?:state|government)|"
                r"(?:vice )?president|(?:vice )?premier|prime minister|chancellor|monarch|king|queen|emir|"
                r"(?:foreign )?minister) (?:also |then |later )?(?:arrived|landed|completed|concluded|ended|wrapped up|"
                r"left|departed|flew|travell?ed|began|started)\b",
                sentence.text,
            )
            if role and gz.adjectives().get(role.group("adj")):
                self.leader_country = gz.adjectives()[role.group("adj")]
                self.people[self.leader] = self.leader_country
                return
        # "X, the playwright who became President of Czechoslovakia,": the office of a country, in apposition.
        for sentence in self.sentences[self.lead : self.lead + 3]:
            for word in self.leader_words:
                apposed = rx.search(
                    r"\b"
                    + re.escape(word)
                    + r", (?:(?:the|a|an|who|now|formerly|currently)\b(?:(?! by )[^,;.]){0,80}? )?"
                    r"(?:" + TITLE + r") of (?:the )?"
                    # ("the Federal People's Republic of Yugoslavia": the state's form in any words before "of")
                    r"(?:(?:[A-Z][\w'\u2019]* )*?(?:Republic|Kingdom|State|Federation) of (?:the )?)?"
                    r"(?P<where>[A-Z][\w']*(?: [A-Z][\w']*)*)",
                    sentence.text,
                )
                where = apposed.group("where") if apposed else ""
                code = gz.country_names().get(where) or gz.country_names().get("the " + where) or _former_state(where)
                if code:
                    self.leader_country = code
                    self.people[self.leader] = code
                    return
        # "the President of the European Council, X", "X, Secretary-General of the United Nations": the leader holds
        # an office of an organization, whose short name stands for the country (never where the story is filed).
        for sentence in self.sentences[self.lead : self.lead + 3]:
            for office in rx.finditer(
                r"\b(?:"
                + TITLE
                + r") of (?:the )?(?P<body>[A-Z][\w-]+(?: [A-Z][\w-]+)*)(?=, (?P<name>"
                + NAME
                + r"))?",
                sentence.text,
            ):
                named = office.group("name") or sentence.text[max(0, office.start() - 60) : office.start()]
                code = gz.organization_of(office.group("body"))
                if code and rx.search(r"\b(?:" + "|".join(map(re.escape, self.leader_words)) + r")\b", named):
                    if not office.group("name") and not rx.search(r",\s(?:the\s)?$", named):
                        continue  # "X, the President of ...": the office in apposition to the name before it
                    self.leader_country = code
                    self.people[self.leader] = code
                    return
        host = self.filed_country()
        counts: dict[str, int] = {}
        # Not the leader's: the countries of the other people named ("Nigerian President Bola Tinubu"), and
        # the places the leader goes to ("arrived in Abuja", "welcomed ... to Nigeria").
        elsewhere: set[str | None] = set()
        for match in PERSON.finditer(self.text):
            if not self.is_leader(match.group("name")):
                elsewhere.add(country_of(match.group("adj")))
        # "the President of the United States of America, Joseph R. Biden Jr.": another person's office.
        for match in rx.finditer(
            r"\b(?:"
            + TITLE
            + r") of (?:the )?(?P<where>[A-Z][\w']*(?: (?:of )?(?:the )?[A-Z][\w']*)*), (?:"
            + NAME
            + r")",
            self.text,
        ):
            person = self.text[match.end("where") + 2 : match.end()]
            if not self.is_leader(person):
                where = rx.sub(r"^(?:Republic|Kingdom|State|Federation) of (?:the )?", "", match.group("where"))
                elsewhere.add(gz.country_names().get(where) or gz.country_names().get("the " + where))
        # "Egypt's Abdel Fattah al-Sisi", "from Rwanda's Paul Kagame": a country's person named by its possessive,
        # someone else's country when the name is not the leader's.
        # ("hosted by Lao PDR", "the summit Japan hosted": the host country is the leader's destination's.)
        for start, end, code in gz.countries_in(self.text):
            owned = rx.match(r"['\u2019]s (?P<name>" + NAME + r")", self.text[end:])
            if (
                owned
                and len(owned.group("name").split()) >= 2
                and not self.is_leader(owned.group("name"))
                and self._named_person(owned.group("name").split()[-1])
            ):
                elsewhere.add(code)
            if rx.search(r"\bhosted by (?:the )?$", self.text[max(0, start - 20) : start]):
                elsewhere.add(code)
        # "his Indian counterpart": a counterpart is of the other side.
        for match in rx.finditer(
            r"\b(?:his|her|their) (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) counterparts?\b", self.text
        ):
            elsewhere.add(gz.adjectives().get(match.group("adj")))
        destinations: set[str | None] = set()
        # "returned home on Thursday ... after the aircraft landed": a story of the trip home lands at home.
        home_again = rx.search(
            r"\b(?:returned|returning|returns|return|flew|arrived|got|came) (?:back )?home\b", self.text
        )
        for sentence in self.sentences:
            for found in self._travel_told(sentence.text):
                place = next(
                    (g for name, g in found.groupdict().items() if g and name != "vtype" and g[:1].isalpha()), ""
                )
                place = rx.sub(r"^the ", "", place)
                # A country visited in any year is not the leader's own ("first visited Kenya as a prince in 1971").
                if (
                    not self.leader_subject(sentence, found.start())
                    or rx.search(r"\b(?:returned|returning|back|home)\b", found.group(0)[:40])
                    or _HOMEWARD.search(sentence.text[found.start() :])
                    # "invited X to pay a visit to Angola": another's visit, planned.
                    or FUTURE.search(sentence.text[max(0, found.start() - 60) : found.start()])
                    # "since President Nixon's visit to Warsaw in 1972": another's.
                    or (
                        (
                            owner := rx.search(
                                r"(?P<who>[A-Z][\w-]+)['\u2019]s (?:[\w-]+ )?$", sentence.text[: found.start()]
                            )
                        )
                        and not self.is_leader(owner.group("who"))
                        and owner.group("who") not in {w for title in TITLES for w in title.split()}
                    )
                ):
                    continue
                destinations.update(code for _, _, code, _ in leading_list(self._places(place), place))
                # "arrived in the Chinese capital": the adjective names where the leader went.
                described = rx.match(
                    r"(?P<adj>[A-Z][\w.]+(?: [A-Z][a-z]+)?) (?:[a-z-]+ )?(?:capital|city|port)\b",
                    place + sentence.text[found.end() :][:30],
                )
                if described and gz.adjectives().get(described.group("adj")):
                    destinations.add(gz.adjectives()[described.group("adj")])
            # "was due to fly home from Japan": where the leader flies home from is no home.
            for found in rx.finditer(
                r"\b(?:fly|flew|flies|flying|return|returned|returns|returning|head|headed|heading) home from "
                r"(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)",
                sentence.text,
            ):
                if self.leader_subject(sentence, found.start()):
                    destinations.update(code for _, _, code, _ in self._places(found.group("place"))[:1])
            for found in _CAME_FROM.finditer(sentence.text):
                if self.leader_subject(sentence, found.start()):
                    destinations.update(code for _, _, code, _ in self._places(found.group("place"))[:1])
            for found in self._BEGAN.finditer(sentence.text):  # "Xi began in Rome": where the trip began
                if not found.group("verb") or self.leader_subject(sentence, found.start()):
                    destinations.update(code for _, _, code, _ in self._places(found.group("place"))[:1])
            for found in rx.finditer(
                # ("welcomed X to Dar es Salaam": a name's small words between its capitals)
                RECEIVING_VERBS
                + r"[^.;]*?\b(?:in|to) (?P<place>[A-Z][\w'-]+(?: (?:(?:es|de|da|del|do|dos|la|le|el|al) )?"
                r"[A-Z][\w'-]+)?)",
                sentence.text,
            ):
                # (the dateline's city, no capital, "Dar es Salaam": its country by GeoNames)
                destinations.update(
                    code or (host if city and city == self.dateline_city else None)
                    for _, _, code, city in self._places(found.group("place"))
                )
            # "X, who arrived yesterday for a state visit", "X arrived in the capital": an arrival whose place goes
            # unnamed is at the place the story is filed from (an arrival "from" somewhere may be the trip home).
            for found in rx.finditer(
                r"\b(?:arrived|landed|touched down)\b(?! (?:back|home)\b)(?P<rest>[^.;]{0,80})", sentence.text
            ):
                first = rx.search(r"\b(?:in|at|to|into|from) (?P<what>(?:the )?\S)", found.group("rest"))
                placed = first and first.group("what")[-1].isupper()
                if host and not placed and not home_again and self.leader_subject(sentence, found.start()):
                    destinations.add(host)
        named = self.visit_named()
        if named and named[3]:
            destinations.add(named[3])  # "the visit of X to Eritrea": Eritrea is where X goes, not X's
        not_home = elsewhere | destinations  # the dateline's country may well be home
        elsewhere |= destinations | {host}
        # "leaves Washington on Friday, returning to Luanda": the capital the traveller goes back to is home.
        for sentence in self.sentences:
            back = rx.search(
                r"\b(?:(?:returning|returned|returns|return|flew back|flies back|headed back|heading back) (?:home )?to|"
                r"(?:arrived|arrives|got|was|is) back (?:home )?in) "
                r"(?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)",
                sentence.text,
            ) or rx.search(  # "left the airport for Lusaka this morning, ending a state visit": home
                r"\b(?:left|leaves|departed|flew)\b[^.;]{0,40}?\bfor (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
                r"(?=[^.;]{0,40}?\b(?:concluding|ending|bringing to an end|bringing an end to|at the end of)\b)",
                sentence.text,
            )
            others = [m for m in PERSON.finditer(sentence.text) if not self.is_leader(m.group("name"))]
            code = gz.capital_country(back.group("city")) if back else None
            mine = back and (not others or self.leader_subject(sentence, back.start()))
            if code and code not in not_home and mine and not settled_elsewhere(sentence.text, 0):
                self.leader_country = code
                self.people[self.leader] = code
                return
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
        self.current = []
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

    _TRAVEL = re.compile(
        r"\b(?:arrived|arriving|arrives|landed|landing|lands|touched down|reached|flew|flown|flying|flies|travell?ed|"
        r"(?<=, )then(?= on to\b)|"  # "flew to Da Nang, then on to Ho Chi Minh City"
        r"travels|went|headed|heads|heading|moved on|moves on|continued|proceeded|crossed|crosses|"
        # ("were welcomed at Beijing airport by ...": the guests, arriving)
        # (at a place named, not "at the Presidential Palace": a site, anywhere the sentence may name)
        r"(?:was|were) (?:warmly )?(?:welcomed|received|greeted)(?= (?:at|in) (?!the\b))|"
        r"began (?:the|his|her|a) (?:visit|trip|tour)|started (?:the|his|her) (?:visit|trip|tour)|"
        r"(?:trip|tour|visit|journey) (?:began|opened|started)|"
        r"(?:left|leaves|leaving|departed|set off|set out)(?: [^,.;]{1,40}?)? for(?! home\b))"
        r"(?: on to| on| back)?(?: \w+day)?(?: (?:late|early))?(?: on \w+day)?"
        # ("flew on 31 March to Guatemala City": the day told between the verb and the place)
        r"(?: on (?:\d{1,2} " + MONTH_WORD + r"|" + MONTH_WORD + r" \d{1,2}(?:st|nd|rd|th)?),?)?"
        r"(?: to| in| at| into| for)?(?: the(?: [a-z]+)? [A-Z][a-z]+(?: [a-z-]+)* (?:city|capital|port|resort|town) of)? (?P<place>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*| de| of| (?:da|do|dos|das|del|el|es|la|le)(?= [A-Z])| and(?= [A-Z]))*)"
        r"|\b(?P<vtype>(?i:state|official|working)|\w+-day|\w+-nation|\w+-country) (?i:visits?|trip|tour|swing) (?:to|of|through) (?P<places>[^.;]+)"
        r"|\b(?:(?:visits?|trip|tour|swing|stops?|journey) (?:to|of|through|in)|visited|(?:is|was|while|after|before|when) visiting|"
        # "a week-long tour that took him to Norway, Sweden and Finland": the tour's places.
        r"(?<=that )(?:took|has taken) (?:him|her|them) (?:to|through)|"
        # "The last stop was Bangkok": the trip's stop, named.
        r"(?:first|second|third|last|final) (?:stop|leg) was|"
        # "became the first Kenyan leader to visit X": a visit, the leader the subject.
        r"became the (?:first|second|third|only) [^.;,]{0,60}? to visit)"
        r" (?P<places2>(?:the )?[A-Z][^.;]+)"
        # "visited the air base at Eindhoven in the Netherlands": a site, then its place.
        r"|\bvisited (?:the|a|an) (?:[a-z-]+ ){1,3}(?:at|in|near|outside) (?P<place5>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*"
        r"(?: in (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)?)"
        r"|\b(?:was|has been) in (?P<place3>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)(?: (?:from|on|for|between|since)|, where\b)"
        # "CONFIRMED: Kishida is in Kyiv.": the leader there now, the sentence ending with the place.
        r"|\b(?:is (?:now |currently )?|has been |had been )in (?P<place4>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)(?=\.(?:\s|$)|$| (?:today|tonight|this (?:morning|afternoon|evening|week|weekend))\b"
        # ("is in Peru on a three-day official visit": there, on the visit told)
        r"|,? on (?:a|an|his|her) [^.;]{0,30}?\b(?:visit|trip|tour|stay)\b"
        # "is in Johannesburg for the BRICS summit", "is in Kyiv, where": there now, for a purpose told.
        r"|(?:, [A-Z][\w-]+(?: [A-Z][\w-]+)*)?,? (?:for|where)\b"
        # "is in Vientiane from 25 to 27 July": there for the days told.
        # ("has been in Lusaka since Monday": there since the day told.)
        r"| (?:from|since) (?:\d{1,2}(?:st|nd|rd|th)?\b|" + WEEKDAY_WORD + r"\b|" + MONTH_WORD + r"))"
        # "took part in the NATO summit in Vilnius", "addressed the UN General Assembly in New York": at a gathering
        # in a place is in that place.
        r"|\b(?:attended|attending|attends|took part in|taking part in|takes part in|participated in|participating in|"
        r"joined (?:other )?(?:[a-z]+ )?(?:leaders|heads of state(?: and government)?) at|addressed|addressing|spoke at|"
        r"speaking at|(?:was|were|is|are) among the (?:[a-z]+ )?(?:guests|leaders|participants) at|"
        # "wrapped up two days at the G20 summit in the Indian capital": days at the gathering.
        r"(?:spent|spending|wrapped up|wrapping up|ended|ending|concluded|rounded off) (?:a|an|one|two|three|four|"
        r"several|\d+) (?:full |busy )?(?:days?|nights?) at|"
        # "met X on the sidelines of the BRICS summit in Kazan": at the summit, so in its place.
        r"on the (?:sidelines|margins|fringes) of) (?:the|a|an) "
        r"(?:[\w'\u2019.-]+ ){0,8}?(?:[Ss]ummit|[Ff]orum|[Cc]onference|[Aa]ssembly|Meeting|"
        r"[Cc]eremony|Games)(?: (?:of|on) (?:the )?(?:[A-Z][\w'\u2019.-]*(?: |(?=[ ,]))){1,6})?,? (?:in|at) "
        # "in the Russian city of Kazan": the place after its description.
        r"(?:the (?:[a-z]+ )?(?:[A-Z][\w-]+ )?(?:[a-z]+ )?(?:city|capital|port|resort|town) of )?"
        # ("in the Indian capital": the capital of the country the adjective names)
        r"(?P<place6>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*|the [A-Z][\w.]+(?: [A-Z][a-z]+)? capital\b)"
        # "Kenyan President X, in Hiroshima for the G7 summit, met ...": the leader's whereabouts, in apposition.
        # "spent two days in Sweden", "ending the trip in Helsinki": time spent, or the trip ended, in a place.
        # (A day told by its rank, "spent a third day in Laos", is a day of a stay told elsewhere.)
        # ("spent last Sunday and Monday in Addis Ababa": the days named)
        # ("on her first day in Beijing", "his last full day in Chile": a day of the stay, there)
        r"|\b(?:(?:[Hh]is|[Hh]er) (?:first|second|third|fourth|fifth|sixth|last|final) (?:full )?day|"
        r"(?:spent|spending|spends) (?:(?:a|an|one|two|three|four|five|six|\d+|several|the)"
        r"(?: (?!(?:first|second|third|fourth|fifth|sixth|seventh|last|final|next|\w+th)\b)[\w-]+)? "
        r"(?:days?|nights?|hours?|weekend|morning|afternoon|evening)|(?:(?:last|this|the) )?"
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,? (?:and|to) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?))"
        r" in (?P<place8>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)"
        r"|\b(?:ending|ended|ends|wrapped up|wrapping up|concluded|concluding) (?:the|his|her|a|its) (?:[\w-]+ )?"
        r"(?:trip|tour|visit|journey) in (?P<place9>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)"
        r"|(?<=[a-z]), in (?P<place7>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*) for (?:the|a|an|talks|his|her)\b"
    )

    def _earlier_year_before(self, before: str) -> bool:
        """Whether the clause before a verb of travel sets it in another year: "In 2008, he had travelled to X",
        "During his first term, in 2019, she visited Y" (the year of the story is no other time)."""
        clause = rx.split(r";", before)[-1]
        years = {int(y) for y in rx.findall(r"\b(?:in|during|of) (?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b", clause)}
        return bool(years) and self.published.year not in years

    def _places(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """Countries and cities named at the head of a text: (start, end, country code or '', city)."""
        found: list[tuple[int, int, str, str | None]] = []
        head = _head_of_places(text)
        # A capital named after a country ("Port of Spain", "Guatemala City", "Kuwait City"): the city, not the country.
        # "Dar es Salaam", "Rio de Janeiro", "St. Petersburg": a name of several words, particles between.
        for match in rx.finditer(
            r"(?<![\w-])[A-Z][\w'-]*\.?(?: (?:of|de|da|do|dos|das|del|el|es|al|la|le|[A-Z][\w'-]*))*(?: [A-Z][\w'-]*)",
            head,
        ):
            if " " in match.group() and gz.capital_country(match.group()):
                found.append((match.start(), match.end(), gz.capital_country(match.group()) or "", match.group()))
            elif " " in match.group() and match.group() in gz.cities():
                # "Santiago de Cuba", "Ho Chi Minh City": a city of GeoNames, whole (its country settled later).
                found.append((match.start(), match.end(), "", match.group()))
        for start, end, code in gz.countries_in(head):
            if not any(s <= start < e for s, e, _, _ in found):
                found.append((start, end, code, None))
        # ("Addis-Ababa", "Dar-es-Salaam": a city's words joined by hyphens, one word)
        for match in rx.finditer(
            r"(?<![\w-])([A-Z][a-z\u00e0-\u00ff'-]+(?:(?<=-)[A-Z][a-z\u00e0-\u00ff'-]+)*"
            r"(?: [A-Z][a-z\u00e0-\u00ff'-]+){0,3})",
            head,
        ):
            word: str = match.group(1)
            if any(s <= match.start() < e for s, e, _, _ in found) or word in NOT_NAMES or word in _MONTHS:
                continue  # "will host in November": a month is no place
            if word in gz.adjectives() or word.split()[0] in gz.adjectives() or gz.grouping_of(word):
                continue
            if word.split()[-1] in _REGIONS:
                continue
            if rx.match(
                r" (?:states|countries|nations|capitals|neighbou?rs|allies|partners|members)\b", head[match.end() :]
            ):
                continue  # "a tour of Asian states", "Nordic countries": a region's adjective, no place
            owner = rx.match(r"(?P<place>.+?)['\u2019]s\b", word)
            if owner:
                # "flew into Pyongyang's Sunan airport": the capital the airport serves.
                if not self._city_country(owner.group("place"), head):
                    continue
                word = owner.group("place")
            # "arrived at Asmara International Airport": the city the airport is named after, when it is one
            # (an airport named after a person names no city).
            airport = rx.match(r"(?P<city>.+?)(?: International)? (?:Airport|Airfield|Air Base)$", word)
            if airport or rx.match(
                r" (?:International )?(?:Airport|Airfield|Air Base|(?:international )?airport|airfield|air base)\b",
                head[match.end() :],
            ):
                city = airport.group("city") if airport else rx.sub(r" International$", "", word)
                # An airport named after no city the gazetteer knows: a place in the country, but no city ("").
                known = self._city_country(city, head)
                found.append((match.start(), match.start() + len(city), known or "", city if known else ""))
                continue
            if word in ("Airport", "International Airport", "Air Base"):
                continue
            capital = gz.capital_country(word)
            spaced = word.replace("-", " ")
            if not capital and spaced != word and (gz.capital_country(spaced) or spaced in gz.cities()):
                # "Addis-Ababa" is Addis Ababa.
                capital = gz.capital_country(spaced)
                found.append((match.start(), match.start() + len(word), capital or "", spaced))
                continue
            if not capital and word not in gz.cities() and rx.search(r"\bthe $", head[: match.start()]):
                # "visited the Great Wall", "toured the Kremlin": a site (cities take no article), somewhere the
                # rest of the story may tell, but no city
                found.append((match.start(), match.start() + len(word), "", ""))
                continue
            found.append((match.start(), match.start() + len(word), capital or "", word))
        return sorted(found)

    def _named_person(self, surname: str) -> bool:
        """Whether the text names someone by this surname elsewhere as a person: with a title or an honorific
        ("Mr al-Sisi", "President Ramaphosa"), saying or meeting ("Kagame said"), or by a word it never writes in
        lower case, as no common noun is ("Kagame", not "Day" of "Republic Day")."""
        if surname[1:].islower() and not rx.search(r"\b" + re.escape(surname.lower()) + r"\b", self.text):
            return True
        return surname in self._titled_words

    @functools.cached_property
    def _titled_words(self) -> set[str]:
        """The words the article writes after a title or an honorific, or before "said" and the like (read once)."""
        return {
            found.group("word")
            for found in rx.finditer(
                r"\b(?:" + TITLE + r"|" + HONORIFIC + r")\s(?:[\w'-]+\s)?(?P<word>[\w'-]+)", self.text
            )
        } | {
            found.group("word")
            for found in rx.finditer(
                r"\b(?P<word>[\w'-]+)(?:,? (?:said|says|told|added|met|meets|hosted|welcomed)\b|"
                r"['\u2019]s (?:government|visit|talks|remarks|speech)\b)",
                self.text,
            )
        }

    def _a_person(self, name: str) -> bool:
        """Whether the article gives a city's name to a person: a person named with it ("Aurora Mwangi", "Mr.
        Jackson", "Minister Peter Jackson"), or it says or tells something ("Jackson said")."""
        if name not in self._persons_named:
            self._persons_named[name] = self._named_as_person(name)
        return self._persons_named[name]

    @functools.cached_property
    def _persons_named(self) -> dict[str, bool]:
        """Whether the article gives each name asked about so far to a person (``_a_person``)."""
        return {}

    def _named_as_person(self, name: str) -> bool:
        surnames = {word for full in self.people for word in full.split()} | set(self.leader_words or ())
        word = re.escape(name)
        return (
            any(name in full.split() for full in self.people)
            or any(found.group(1) in surnames for found in rx.finditer(word + r" ([A-Z][\w'-]+)", self.text))
            or bool(
                rx.search(
                    r"\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Madame|Minister|President|Secretary|Ambassador|adviser|aide|spokesman|"
                    r"spokeswoman|spokesperson)\.? (?:[A-Z][\w'-]+ )?"
                    + word
                    + r"\b|\b"
                    + word
                    + r",? (?:said|says|told|added|"
                    r"wrote|replied)\b",
                    self.text,
                )
            )
        )

    def _city_country(self, city: str, text: str) -> str | None:
        """The country of a city named where a place is meant: a capital's, else that of a city of GeoNames of this
        name in the leg the story is in, a country named beside it or a leg before, else the most populous. A name
        the article gives a person ("Jackson", "Victoria") is no city but a capital; a city of no country the story
        tells of, and of under half a million people, is none."""
        capital = gz.capital_country(city)
        if capital or city not in gz.cities():
            return capital
        if self._a_person(city):
            return None
        arrived = self.arrived
        near = [code for _, _, code in gz.countries_in(text)]
        near += [arrived.country] if arrived else []
        near += [leg.country for leg in reversed(self.legs)]
        code = gz.city_country(city, near)
        # Only with some evidence: its country in the story (named, or by its people's name), or a city of half a
        # million ("arrived in Bali" is not in a town of that name in India, in a story that never names India).
        if code in near or code in self._countries_told or gz.city_population(city) >= 500_000:
            return code
        return None

    @functools.cached_property
    def _countries_told(self) -> set[str]:
        """The countries the article names, by name or by their people's adjective (read once)."""
        told = {code for _, _, code in gz.countries_in(self.text)}
        # "the Russia-Africa summit", "Kenya-Norway ties": a country named in a compound.
        told |= {
            gz.country_names()[word]
            for word in rx.findall(r"\b[A-Z][a-z]+(?=-[A-Z])|(?<=[a-z]-)[A-Z][a-z]+\b", self.text)
            if word in gz.country_names()
        }
        told |= {gz.adjectives()[m.group(1)] for m in gz.adjective_pattern().finditer(self.text)}
        return told

    def _told_earlier(self, index: int, after_place: str) -> bool:
        """Whether the words after a visit's place put it earlier ("went to Moscow earlier this month", "last
        year"): another trip, except in the lead of a story that tells its own trip a week on ("X concluded a
        five-day visit to Y last week with the signing of ..."), before any leg."""
        earlier = rx.match(r"[^,;.]{0,25}?\b(?:earlier|last) (?:this )?(?P<span>month|week|year)\b", after_place)
        if earlier is None:
            return False
        return not (index == self.lead and not self.legs and earlier.group("span") == "week")

    def _travel_told(self, text: str) -> Iterator[re.Match[str]]:
        """The verbs of travel in a text, in order, and those told in the clause after a visit's places or region
        ("a tour of Asian states after paying state visits to Peru and Chile")."""
        at = 0
        while (match := self._TRAVEL.search(text, at)) is not None:
            # ("left Moscow and were received at Asmara airport": the welcome home, no stop)
            if not (
                rx.match(r"(?:was|were) ", match.group(0))
                and rx.search(r"\b(?:left|departed|returned|flew (?:back|home))\b", text[: match.start()])
            ):
                yield match
            listed = "places2" if match.group("places2") else "places" if match.group("places") else None
            if listed is None:
                at = match.end()
                continue
            # The places are those at the head of the words after the verb; the clause after them may tell of
            # other travel ("Her visit to Peru comes after state visits to Chile"), and a region names none.
            region = self._REGION_OF_STATES.match(text, match.start(listed))
            at = region.end() if region else match.start(listed) + max(1, len(_head_of_places(match.group(listed))))

    # ("the Gulf states", "Central Asian nations", "Nordic countries", "Southeast Asia": a region, or its states)
    _REGION_OF_STATES = re.compile(
        r"(?:the )?(?:[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:states|countries|nations)\b|(?:[A-Z][\w-]* )*(?:"
        + "|".join(sorted(_REGIONS - {"Pradesh", "Province", "Prefecture", "State"}))
        + r")\b(?! [A-Z]))"
    )

    def travel(self, index: int, sentence: Sentence) -> None:
        """Legs begun in this sentence: arrivals, visits, stops and departures of the leader."""
        text = sentence.text
        if NEGATION.search(text):
            return
        for match in self._travel_told(text):
            place_text = (
                match.group("place")
                or match.group("places")
                or match.group("places2")
                or match.group("place3")
                or match.group("place4")
                or match.group("place6")
                or match.group("place7")
                or match.group("place8")
                or match.group("place9")
                or match.group("place5")
            )
            group = next(
                g
                for g in (
                    "place",
                    "places",
                    "places2",
                    "place3",
                    "place4",
                    "place5",
                    "place6",
                    "place7",
                    "place8",
                    "place9",
                )
                if match.group(g)
            )
            named = group  # the group that matched, for its span
            if named == "place6" and rx.search(
                r"\b(?:the|other|some|many|all) [a-z]+s? (?:who|that|which) $", text[: match.start()]
            ):
                continue  # "the ministers who attended the summit in Vilnius": their stay, not the leader's
            thing = rx.search(
                # (the subject of its clause: after the clause's start, a comma, or a conjunction)
                r"(?:^|[,;:]|\b(?:before|after|when|as|while|until|once|since|and|but|that))\s"
                r"(?:the|a|an|his|her|its|their) (?:[a-z-]+ )?(?P<noun>[a-z]+) (?:had |has |have |was |were )?$",
                text[: match.start()],
            )
            if named == "place" and thing and thing.group("noun") not in _GOERS:
                continue  # "before the official text had reached the White House": a thing arrived, not the leader
            if named == "place4" and not rx.search(
                r"(?:\b[Hh]e|\b[Ss]he|(?:" + "|".join(re.escape(w) for w in self.leader_words or {"\x00"}) + r")"
                # ("The Minister, Dr. X, is in Y": the name in apposition, its comma closing)
                r"(?:,? (?:of|from) (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*)?(?:, who|,)?)\s$",
                text[: match.start()],
            ):
                continue  # "X is in Kyiv", "X of Norway, who is in Y": only the leader, named right before it, is there
            if named == "place7" and not self.is_leader(" ".join(text[: match.start()].split()[-4:])):
                continue  # "X, in Hiroshima for the summit": only the leader, named right before it
            if named == "place6" and (
                rx.search(r"\b(?:previously|earlier|formerly|once|last)\s+(?:\w+\s+)?$", text[: match.start()])
                or any(
                    (self.published - dt.date.fromisoformat(d[2])).days > 14
                    for d in find_dates(text[match.end() :][:40], self.published)
                    if len(d[2]) == 10
                )
            ):
                continue  # "previously met X on the margins of a forum in Rome on 6 October": another occasion
            if named == "place8" and rx.search(r"\b(?:having|after)\s$", text[: match.start()]):
                continue  # "having spent two days in Norway": the stop before, read as where the leader came from
            if group in ("place4", "place6", "place7", "place8", "place9"):
                group = "place3"  # "is in X", "attended the summit in X": told like "was in X"
            if named == "place6" and rx.match(
                r"[^.;]{0,40}?\b(?:by video|via video|virtually|remotely|online)\b", text[match.end() :]
            ):
                continue  # "addressed the summit in Vilnius by video link": not there
            if group == "place5":
                group = "places2"  # "visited the air base at X": a visit
            # "The trip then moved on to Hanoi", "the last stop, Dakar": the trip itself travels, when it is the
            # subject of the verb's clause ("The trip ... was called off after a balloon crossed X" is not).
            own_clause = rx.split(
                r"[,;]|\b(?:after|before|when|because|since|as|while|but|and|until|where|which|who)\b",
                text[: match.start()],
            )[-1]
            # "the presidential jet landed in Kigali": the leader's aircraft, to a place the gazetteer knows.
            by_craft = bool(
                self.leader
                and rx.search(
                    r"(?:^|\b[Tt]he |\b[Hh]is |\b[Hh]er )(?:presidential |royal |official |special |prime minister's )?"
                    r"(?:aircraft|plane|jet|airplane) $|\bAir Force One $",
                    own_clause,
                )
                and not self.leader_subject(sentence, match.start())
            )
            impersonal = (
                bool(rx.search(r"\b(?:leg|stop|trip|tour|visit|journey)\b", own_clause))
                or bool(rx.match(r"\w+ (?:stop|leg) (?:was|is)\b", match.group(0)))
            ) or bool(
                rx.match(r"(?:visit|stop|trip|tour)", match.group(0))
                and rx.search(
                    r"(?:^|[^\w\s])\s*(?:(?i:after|following)\s+)?(?:(?i:the|a|an|this|that|short|brief|first|second|last|"
                    r"final|next|overnight|[\w]+-(?:day|hour))\s+){0,2}$",
                    own_clause,
                )
            )
            # "During his visit to Norway, Kenyan President X signed ...": the visit of the one the sentence then names.
            head_clause = rx.match(r"[^,;]*,\s(?P<main>[^,;]{0,80})", text[match.start(named) :])
            # ("Later, during the stay in Chile, she signed ...": "she" when the leader is the one acting)
            cataphoric = bool(
                rx.match(r"(?:visit|trip|tour|journey)", match.group(0))
                and rx.fullmatch(
                    # (the clause after a sentence adverb: "Thereafter, during the visit")
                    r"\s*(?i:during|on|throughout|in the course of|while on) (?:his|her|the) (?:[\w-]+ )?",
                    own_clause,
                )
                and head_clause
                and (
                    self.is_leader(" ".join(head_clause.group("main").split()[:6]))
                    or bool(
                        rx.match(r"(?:he|she)\b", head_clause.group("main"))
                        and self.leader_subject(sentence, match.start(named) + head_clause.start("main") + 4)
                    )
                )
                # "During his visit to Lima on February 9, ..." in a story of March: an earlier visit.
                and not any(
                    len(d[2]) >= 7 and d[2][:7] != self.published.isoformat()[:7] and d[2] < self.published.isoformat()
                    for d in find_dates(
                        text[match.start() : match.start(named) + head_clause.start("main")], self.published
                    )
                )
            )
            # "This is his first visit to Peru since taking office", right after a sentence that names the leader
            # and no one else in this one: the pronoun's visit is the leader's.
            before = self.sentences[index - 1].text if index else ""
            possessive = bool(
                rx.match(r"(?:visit|trip|tour|journey)", match.group(0))
                and rx.search(
                    r"^(?:[Tt]his|[Ii]t) (?:is|was|marks|marked) (?:[\w-]+ ){0,5}(?:his|her) (?:[\w-]+ ){0,2}$",
                    own_clause,
                )
                and self.is_leader(before)
                and not PERSON.search(text)
            )
            # "His visit to Peru comes after state visits to Chile and Bolivia": the stops before, of the same tour (a
            # span between them, "weeks after", is another trip: OTHER_VISIT below).
            owner = rx.search(
                r"(?:^|[.;]\s)(?:[Hh]is|[Hh]er|(?P<who>[A-Z][\w-]+)['\u2019]s) (?:[\w-]+ )?(?:visit|trip|stop)\b[^,;.]{0,60}? "
                r"(?:(?:comes|came) (?:after|following|on the heels of)|follows|followed) (?:his |her |the )?$",
                text[: match.start()],
            )
            followed = bool(
                owner
                and (self.is_leader(owner.group("who")) if owner.group("who") else not PERSON.search(text))
                and rx.match(r"(?:(?i:state|official|working) )?visits? to\b", match.group(0))
            )
            if owner and not followed:
                continue  # "Soto's visit to Spain came after visits to Chile": another's tour
            # "During his first stop in Uruguay, where X met ...": the stop of the one the sentence or the one before
            # names as the leader.
            during = bool(
                rx.match(r"(?:stops?|visits?|trip|tour|journey)\b", match.group(0))
                and rx.fullmatch(r"(?:[Dd]uring|[Oo]n|[Aa]t) (?:his|her) (?:[\w-]+ ){0,3}", text[: match.start()])
                and (self.is_leader(text[match.start() :]) or self.is_leader(before))
                # ("During his visit to Kyiv on February 3, X said", in a story of March: an earlier visit)
                and not any(
                    d[2][:7] != self.published.isoformat()[:7] and d[2] < self.published.isoformat()
                    for d in self.dates(sentence)
                    if len(d[2]) >= 7
                )
            )
            if (
                not self.leader_subject(sentence, match.start())
                and not impersonal
                and not cataphoric
                and not possessive
                and not during
                and not followed
                and not self._party_acts(own_clause)  # "The delegation arrived in Peking on 1 June"
                and not by_craft
                and not (index == self.lead and self.is_leader(text[: match.start()]))
                and not (self.leader and self.title_arriving(sentence, match.end()))
            ):
                continue
            # ("X, who was elected in a vote months ago, toured Y and Z": the aside is another time)
            clause_before = _asides_blanked(text[: match.start()])
            clause = text[match.start() : match.end() + 60]
            if (
                FUTURE.search(clause_before[-60:] + rx.split(r"[,;]", clause[:40])[0])
                or rx.search(r"\b(?:last|previous|earlier) (?:visit|trip)", clause_before[-40:] + clause[:40])
                or OTHER_VISIT.search(clause_before + match.group(0))
                or rx.match(
                    r"[^,;]{0,30}?\b(?:in|since|during)\s(?:[A-Z][a-z]+\s)?(?!"
                    + str(self.published.year)
                    + r")(?:19|20)\d\d\b",
                    text[match.end(named) :],
                )
                or self._earlier_year_before(clause_before)
            ):
                continue
            if rx.search(r"\b(?:returned|returning|back) (?:to|home|in)\b", clause[:30]):
                continue
            if rx.search(
                r"\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|\d+) (?:weeks?|months?|years?) (?:earlier|before|ago|"
                r"previously)\b[^.;]*$",
                clause_before,
            ):
                continue  # "A week earlier, on 2 March, she was in Sydney": another occasion
            if rx.search(r"\bafter\b[^.;]{0,40}?\breturn(?:ed|ing)? (?:home )?from\b[^.;]{0,40}$", clause_before):
                continue  # "held the call a day after returning from a visit to X": a trip over before the story
            if self._told_earlier(index, text[match.end(named) :]):
                continue  # "went to Moscow earlier this month": another trip
            if rx.match(
                r"[A-Z][^,;.]{0,40}?\b(?:[\w-]+ ){0,2}(?:weeks?|months?|years?|decades?) ago\b",
                text[match.start(named) :],
            ):
                continue  # "visited Peru a few years ago": another trip (the place's words may run on to it)
            if self.another_month(text[match.end(named) :]):
                continue  # "also travelled to X in February" in a story of March: another trip
            if any(
                rx.match(
                    r"[^.;]{0,30}?\b(?:had been|has been|was|were|is) (?:\w+ )?(?:discussed|planned|proposed|considered|"
                    r"postponed|cancell?ed|called off|ruled out|shelved|dropped)\b",
                    after,
                )
                for after in (text[match.end(named) :], place_text)
            ):
                continue  # "a stop in Accra had been considered but was dropped": none made
            if index < self.lead and rx.match(
                r"(?:moves on|heads|flies|travels|leaves|sets off|sets out|crosses|(?:trip|tour|visit|journey) moves on)\b",
                match.group(0),
            ):
                continue  # a headline's "tour moves on to China": the next stop, not yet reached
            if rx.match(
                r"(?:leaves|is leaving|departs|sets off|sets out)\b[^.;]*? for\b", match.group(0)
            ) and not rx.search(r"\b(?:yesterday|last)\b", text[match.end() :][:40]):
                continue  # "leaves for Kuala Lumpur this afternoon": the next stop, not reached as the story is told
            if rx.match(r"(?:left|leaves|leaving|departed|set off|set out)\b", match.group(0)) and rx.match(
                r",? where (?:he|she|they|the \w+) (?:will|is to|is due to|is expected to)\b", text[match.end() :]
            ):
                continue  # "departed for London, where he will pay a visit": on the way, not there yet
            offset = match.start(named)
            # The list of places, not an aside after it ("a visit to China, his second since ... in 2019").
            listed = rx.split(r",\s(?:his|her|their|its|the|a|an|which|who|where|when|after|before|as)\b", place_text)[
                0
            ]
            if group in ("places", "places2") and rx.search(
                r"\b(?!" + str(self.published.year) + r")(?:19|20)\d\d\b", listed
            ):
                continue  # "state visits to Mexico in 2013, and Brazil in 2014": earlier trips, in passing
            if group == "place" and rx.match(
                r" (?i:international )?(?i:airport|airfield|air base)\b", text[match.end(named) :]
            ):
                # "landed at X airport in Y": the airport's name, then the city it serves.
                place_text = text[match.start(named) : match.end(named) + 60]
            places = self._places(place_text)
            site = (
                rx.fullmatch(r"(?P<city>.+?) in (?:the )?(?P<country>[A-Z][\w.' -]+)", place_text)
                if named == "place5"
                else None
            )
            site_country = site and (
                gz.country_names().get(site.group("country")) or gz.country_names().get("the " + site.group("country"))
            )
            if site and site_country:
                # "the air base at Eindhoven in the Netherlands": the place, in the country named after it.
                places = [(0, len(site.group("city")), site_country, site.group("city"))]
            elif group in ("places", "places2"):
                places = leading_list(places, place_text)
                if places and self.another_month(place_text[places[-1][1] :]):
                    continue  # "visited Madrid and Lisbon in May", in a story of October: another trip
                if places and self._told_earlier(index, place_text[places[-1][1] :]):
                    continue  # "who visited Chile and Peru earlier this month": another trip
            vtype = None
            kind = rx.search(r"\b(state|official|working)\b (?:visit|trip)", text, re.I)
            if kind:
                vtype = kind.group(1).lower()
            date_first = None
            date_last = None
            opened = False
            # "flew on to Kigali, where he is expected to meet X on Thursday": the plan's day is not the arrival's.
            dates = (
                [
                    d
                    for d in self.dates(sentence)
                    if len(d[2]) == 10
                    and not (
                        d[0] > match.end()
                        and rx.search(
                            r", (?:where|when) [^,;]*?\b(?:will|would|is to|are to|(?:is|are) (?:expected|due|scheduled|set) to)\b",
                            text[match.end() : d[0]],
                        )
                    )
                    # "his first visit since being sworn in on June 4": the day of what came before.
                    # ("has been in Lusaka since Monday": the day itself, the day the stay began.)
                    and not (
                        d[0] > match.start(named)
                        and rx.search(r"\bsince\b(?!\s*(?:on\s)?$)", text[match.start(named) : d[0]])
                    )
                    # "since the June 2 runoff": a day that names another thing, told before its noun.
                    and not (
                        text[: d[0]].endswith("the ")
                        and rx.match(
                            r" (?!(?:to|and|or|through|until|till|at|in|on|when|he|she|they|it|we|the|a|an)\b)[a-z]",
                            text[d[1] :],
                        )
                    )
                ]
                or self._heading_day(index, match.start())
            )
            if rx.search(
                # "is to tour the coast for a day before arriving in X on Thursday": a move still to come, whose
                # weekday the past would misread; its day is none of the leg's.
                r"\b(?:will|(?:is|are) (?:expected|due|scheduled|set|slated) to|(?:is|are) to)\b[^.;]{0,80}$",
                text[: match.start()],
            ) and rx.match(r"(?:arriving|landing|flying|travell?ing|heading|going)\b", match.group(0)):
                dates = []
            # "reached the coast on Friday from Lima", with Lima a city of the leg: a move within the country,
            # not the day the leg began.
            within = rx.match(r"[^.;,]{0,40}?\bfrom (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", text[match.end() :])
            if within and rx.match(r"(?:arrived|arrives|landed|flew)\b", match.group(0)):
                moved_from = {code for _, _, code, _ in self._places(within.group("city")) if code}
                if any(within.group("city") in leg.cities or leg.country in moved_from for leg in self.legs):
                    dates = []
            if group in ("places", "places2") and rx.search(
                r"\b(?:returned|returning|ended|wrapped up|concluded|after|back)\b", text[: match.start()]
            ):
                dates = []  # "returned on Friday after visits to ...": the day is not the visits'
            if rx.search(r"\b(?:\w+) (?:days?|weeks?|months?) after (?:[\w'\u2019]+ ){0,3}$", text[: match.start()]):
                dates = []  # "Three weeks after his plane touched down, ... he leaves on Saturday": no day of its own
            if dates:
                # The day told right after the place ("leaving for Baku on Saturday"), else the nearest one.
                right_after = [d for d in dates if 0 <= d[0] - match.end(named) <= 25]
                near = right_after[0] if right_after else min(dates, key=lambda d: abs(d[0] - match.start()))
                date_first, date_last = near[2], near[3]
                # "on a state visit to X from 3 May, he left on Friday": the day it began, even in the lead.
                opened = bool(rx.search(r"\b(?:from|since)\s$", text[: near[0]])) or bool(
                    # "began a state visit to X on Tuesday": the day it began, even in the lead.
                    rx.search(
                        r"\b(?:started|starts|began|begins|kicked off|kicks off|commenced)\s(?:(?:a|an|his|her|the)\s)?"
                        r"(?:[\w-]+\s){0,2}$",
                        text[: match.start()],
                    )
                    and near[0] > match.start()
                )
            # "the Vietnamese coastal city of Da Nang", "the Indian capital": the adjective says the country.
            # The noun may follow the place read ("flew to the Egyptian capital", "arrived in the U.S. capital").
            described = rx.search(
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
            if (
                rx.match(r"(?:arrives|lands|flies|travels|heads|leaves|moves on|crosses)\b", match.group(0))
                and (
                    (date_first and date_first > self.published.isoformat())
                    # "The president travels to Shanghai on Thursday" in the story's body: the present with a
                    # weekday is a plan (a live blog's time-stamped post tells what happens now).
                    or (
                        index > self.lead
                        and not self._heading_day(index, 0)
                        and rx.match(
                            r"[^,;.]{0,40}?\bon " + WEEKDAY_WORD + r"\b",
                            text[match.end(named) :],
                        )
                        and not rx.match(r"(?:arrives|lands)\b", match.group(0))
                    )
                    # "flies to X on Thursday, where he is to speak": a day named, then a plan there.
                    or rx.match(
                        r"(?: on \w+day|[^,;]{0,20}\bon \w+day),? where (?:he|she|they) (?:will|is to|is due to|is expected to)\b",
                        text[match.end(named) :],
                    )
                )
            ):
                continue  # "flies to New York on Thursday", in a story of Wednesday: a plan
            several = len(places) > 1 and group in ("places", "places2")
            for start, end, code, city in places:
                if code == self.leader_country and code:
                    continue
                if group in ("places", "places2") and self.another_month(place_text[end:]):
                    continue  # "paid an official visit to Japan in October", in a story of January: another trip
                if several:
                    # "visited Egypt, Ghana and Kenya, where he met ... on Wednesday": a day belongs to the
                    # place it follows, not to every place of a list.
                    own = [d for d in dates if 0 <= d[0] - (offset + end) <= 25]
                    date_first, date_last = (own[0][2], own[0][3]) if own else (None, None)
                guess: str | None = None
                if not code and city and rx.search(r"\bat (?:the )?$", text[: match.start(named)]):
                    city = ""  # "landed at Andrews": a site the gazetteer does not know, no city
                if (
                    not code
                    and city
                    and not described_country
                    and not place_text[:start].endswith("the ")
                    and not self._former_states_in(text)
                ):
                    # "arrived in Hiroshima ... met Ukrainian President X": a city of GeoNames is in its own country,
                    # not in the one of a person the sentence names (a state of the day aside: Erfurt in 1970).
                    # "visited the Kirov works": a city's name before a noun, with an article, names no place.
                    code = self._city_country(city, text) or ""
                if not code and city is not None and (described_country or not self.legs or index > self.lead):
                    # A city the gazetteer does not know: the country the sentence describes it in.
                    # Only a country the sentence itself names: the one the article names most is no evidence.
                    here = (
                        {c for _, _, c in gz.countries_in(text)}
                        | {gz.adjectives()[m.group(1)] for m in gz.adjective_pattern().finditer(text)}
                        | self._former_states_in(text)
                    )
                    others = [c for c in self.other_party(sentence, index) if c != self.leader_country]
                    # "met ... by the Chairman of the GDR Council of Ministers": a state of the day the gazetteer's
                    # names of today's countries leave out.
                    others = sorted(self._former_states_in(text) - {self.leader_country}) or others
                    named_here = [c for c in others if c in here]
                    # (With legs read, a country no leg is in yet: "flew on to Phuket to show support for
                    # Thailand", after a first stop in Malaysia.)
                    fresh = sorted(here - {self.leader_country} - {g.country for g in self.legs})
                    code = described_country or (
                        named_here[0]
                        if len(named_here) == 1 and not self.legs
                        else fresh[0]
                        if self.legs and len(fresh) == 1 and len(here - {self.leader_country}) == 1
                        else ""
                    )
                    # Else the country the article pairs with the leader's, unless a leg read next places it.
                    guess = others[0] if len(others) == 1 and not self.legs else None
                if (
                    not code
                    and city
                    and rx.match(r"(?:flew|travell?ed|went|headed|moved on|arrived)\b", match.group(0))
                ):
                    # "flew to Bali for the G20 summit. He met the host, Indonesian President X": the host's country.
                    code = self._host_country_near(index) or ""
                if not code and city and not place_text[:start].endswith("the "):
                    # A city of GeoNames the story dates to a former state, once nothing nearer says where.
                    code = self._city_country(city, text) or ""
                if not code and by_craft:
                    continue  # the aircraft's landing at a place the gazetteer does not know: no guess
                if not code and rx.match(
                    r"(?:left|leaves|leaving|departed) (?:the )?[A-Z][^,.;]*? for\b", match.group(0)
                ):
                    continue  # "left Mexico for New York": a city the gazetteer does not know, not the leg left
                if not code:
                    # A city the gazetteer does not know: in the country arrived in last (or where the trip began).
                    arrived = self.arrived
                    leg = arrived or (self.legs[0] if self.legs else None)
                    if (
                        city is not None
                        and group in ("place", "place3")
                        and (leg is None or (arrived is None and leg.first < index))
                    ):
                        # "arrived in Auckland on Tuesday. On Wednesday she was received by New Zealand's PM": a
                        # city arrived in before any arrival read may be in the country the next sentence names.
                        self._unplaced = (city, date_first, index, sentence, offset + start, offset + end, guess)
                        continue
                    if leg is None or city is None or group not in ("place", "place3"):
                        continue
                    if city and city not in leg.cities:
                        leg.cities.append(city)
                    if leg.start is None and date_first:
                        leg.start = date_first
                    continue
                leg = next((leg for leg in self.legs if leg.country == code), None)
                # "arrived in Cairo ..., after attending the G20 summit in Rome": a stop before this sentence's.
                earlier_stop = named == "place6" and bool(rx.search(r"\bafter\s$", text[: match.start()]))
                if leg is None:
                    leg = Leg(code, first=index)
                    leg.span = (offset + start, offset + end)
                    leg.rule = "travel-" + ("arrival" if group == "place" else "visit")
                    leg.sentence = sentence  # type: ignore[attr-defined]
                    # "arrived in Cairo ..., after attending the G20 summit in Rome": a stop before this sentence's.
                    position = next((n for n, other in enumerate(self.legs) if other.first == index), len(self.legs))
                    self.legs.insert(position if earlier_stop else len(self.legs), leg)
                if city and city not in leg.cities:
                    leg.cities.append(city)
                if group in ("place", "place3") and not earlier_stop:
                    self.arrived = leg
                if vtype and vtype not in leg.types and (len(places) == 1 or group == "places") and named != "place6":
                    leg.types.append(vtype)
                earlier = leg.start is None or (group in ("place", "place3") and date_first and date_first < leg.start)
                if (
                    date_first
                    and earlier
                    and not (index == self.lead and group != "place" and not date_last and not opened)
                ):
                    leg.start = date_first  # a lead's day is its end ("ended a visit on Friday"), unless a range
                if date_last and group in ("places", "places2") and not several and leg.end is None:
                    leg.end = date_last
                if date_last and group == "place3":
                    leg.end = date_last
                began = rx.match(
                    r"[^.;]{0,40}?\b(?:which|that) (?:(?:he|she|they) )?(?:began|started) (?:on )?",
                    text[match.start(named) + end :],
                )
                if began:
                    # "concluded on Friday a state visit to X which he began on Tuesday": the visit's first day.
                    at = match.start(named) + end + began.end()
                    first = [d for d in self.dates(sentence) if len(d[2]) == 10 and 0 <= d[0] - at <= 3]
                    if first:
                        leg.start = first[0][2]
        self.came_from(index, sentence)
        self.announced_end(index, sentence)
        self.stopover(index, sentence)
        # Where the trip ends: "ended/wrapped up ... on Sunday", "is due to leave on Saturday".
        ending = rx.search(
            r"\b(?:ended|ending|wrapped up|wound up|winds up|concluded|concludes|(?:left|leave|leaves|leaving|departed|depart|"
            r"departs)(?! (?:[A-Z][\w-]+ )*for (?!home))|returned|returns|return|"
            r"flies home|flew home|fly home|headed home|heads home|wraps up|ends|completed|completes|"
            # "as the end of his state visit to Lusaka on Friday drew near": the visit's last day, told as a noun.
            r"(?<=the )end of (?:his|her) (?:[\w-]+ ){0,2}(?:visit|trip|tour|stay) to [A-Z][\w'-]+(?: [A-Z][\w'-]+)*)\b",
            text,
        )
        homebound = rx.search(
            # ("left Moscow by air for Cairo", "departs Beijing for Abuja")
            r"\b(?:left|departed|departs|leaves|took off from|lifted off from|has taken off from|has left) (?:[A-Z][\w-]+ )*"
            r"(?:by (?:air|plane|train|sea) )?for "
            r"(?P<home>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)",
            text,
        )
        if homebound and self.leader_country and gz.capital_country(homebound.group("home")) == self.leader_country:
            ending = ending if ending and ending.start() < homebound.start() else homebound  # "left Warsaw for Tokyo"
        aloft = rx.search(r"\b(?:took off|lifted off|has taken off|had taken off|has left|left|departed)\b", text)
        # "the presidential aircraft lifted off from Shanghai", "Kishida's government plane has left Warsaw": the
        # leader's aircraft leaving is the leader leaving.
        craft = aloft and rx.search(
            r"(?:\b[Tt]he|\b[Hh]is|\b[Hh]er|['\u2019]s) (?:[a-z]+ )?(?:aircraft|plane|jet|airplane|special flight)\s"
            r"(?:has |had )?$",
            text[: aloft.start()],
        )
        if craft and aloft and (ending is None or aloft.start() <= ending.start()):
            craft_owner = rx.search(r"(?P<name>[A-Z][\w'-]+)['\u2019]s [a-z ]*$", text[: craft.end()])
            if craft_owner is None or self.is_leader(craft_owner.group("name")):
                ending = aloft
        if (
            ending
            and rx.match(r"leaving$", ending.group())
            and rx.search(r"\b(?:before|after)\s$", text[: ending.start()])
            and rx.match(
                r"\s(?:on\s)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s" + MONTH_WORD + r")\b",
                text[ending.end() :],
            )
        ):
            # "spoke to reporters before leaving on Monday", "back after leaving on Tuesday night": leaving no place told, on a
            # day of its own; home as likely as the last stop, so no last day.
            ending = None
        if ending and (
            self.leader_subject(sentence, ending.start())
            or (index == self.lead and self.is_leader(text[: ending.start()]))
            or (craft and ending is aloft)
        ):
            # ("departs Beijing for Abuja on Saturday": the present of a timetable tells a day to come)
            ahead = bool(rx.search(r"\b(?:due to|will|is to|set to)\b", text[: ending.start() + 5])) or bool(
                rx.match(r"(?:departs|leaves)\b", ending.group())
            )
            date = self.date_near(sentence, ending.end(), ahead)
            began_then = [
                d
                for d in self.dates(sentence, ahead)
                if d[2] == date
                and d[0] >= ending.end()
                and rx.search(
                    r"\b(?:began|started|arrived|landed)\b(?:\s[\w,]+){0,4}\s$|\b(?:since|from)\s(?:on\s)?$",
                    text[: d[0]],
                )
            ]
            if began_then:
                date = None  # "concludes the visit that he began in Beijing on October 31": the first day, not the last
            if self.day_known and (
                rx.search(r"\b(?:[Tt]oday|this (?:morning|afternoon|evening)|tonight)\s+$", text[: ending.start()])
                or rx.match(r"\s+(?:today|this (?:morning|afternoon|evening)|tonight)\b", text[ending.end() :])
            ):
                date = self.published.isoformat()  # "today concludes the state visit": the story's day
            if (
                date is None
                and ahead
                and self.day_known
                and rx.search(r"\b[Tt]omorrow\b", text[max(0, ending.start() - 100) : ending.end() + 40])
            ):
                # "Tomorrow, X will fly out of Lusaka": the day after the story's, the announced last day.
                date = (self.published + dt.timedelta(days=1)).isoformat()
            if ending is homebound or (craft and ending is aloft):
                # The day of the departure itself, in its clause ("..., where it is due on Thursday" is the arrival
                # home); "this morning" is the day of the story.
                # (a comma before the date a weekday names is no end of the clause: "on Saturday, 7 September")
                stop = rx.search(r",(?! \d{1,2} " + MONTH_WORD + r")|\bwhere\b|\bbringing\b", text[ending.end() :])
                clause = text[ending.start() : ending.end() + (stop.start() if stop else len(text))]
                own = [
                    d for d in find_dates(clause, self.published, ahead, day_known=self.day_known) if len(d[2]) == 10
                ]
                today = rx.search(r"\b(?:this (?:morning|afternoon|evening)|today|tonight)\b", clause)
                date = own[0][2] if own else (self.published.isoformat() if today and self.day_known else None)
                heading = self._heading_day(index, ending.start())
                date = date or (heading[0][2] if heading else None)
            years = {int(y) for y in rx.findall(r"\b(?:19|20)\d\d\b", text)} - {self.published.year}
            home_left = rx.match(r"\s(?:the )?(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)", text[ending.end() :])
            if home_left and rx.match(r"(?:left|departed|departs|leaves)$", ending.group()):
                place = home_left.group("place")
                if self.leader_country and self.leader_country in (
                    gz.capital_country(place),
                    gz.country_names().get(place),
                ):
                    # "left Accra on Monday": the day the trip began, not its end.
                    if date and not years and (self.trip_left is None or date < self.trip_left):
                        self.trip_left = date
                    date = None
                else:
                    # "left Nairobi on Wednesday": the end of the leg there; the trip's only if no leg follows.
                    left = gz.capital_country(place) or gz.country_names().get(place)
                    if left and date and not years:
                        self._left_legs[left] = date
                        date = None
            if date and not years:
                if rx.search(r"\b(?:returned|returns|return|returning)\b", ending.group()):
                    # Only a journey home: "returned to Beijing", "returning home", not "returned to office".
                    home = rx.match(
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
                            # "returned home on Thursday evening", "late Tuesday": back the day the leader left.
                            self._returned_late = bool(
                                rx.search(
                                    r"\b(?:evening|night|tonight|late|afternoon|midafternoon)\b",
                                    rx.split(r"[;]|, (?!and\b)", text[max(0, ending.start() - 10) : ending.end() + 60])[
                                        0
                                    ],
                                )
                            )
                elif self.trip_end is None or date > self.trip_end:
                    self.trip_end = date

    def _heading_day(self, index: int, position: int) -> list[tuple[int, int, str, str | None]]:
        """The day a live blog's entry was posted on ("10:20 - X has crossed into Poland"), from the day's head above
        it ("WEDNESDAY, MARCH 22", "TUESDAY"): as a date at the entry's position, none when the entry is no
        time-stamped post or no head says a day."""
        paragraph = self.sentences[index].paragraph
        post = next(s for s in self.sentences if s.paragraph == paragraph)  # the entry's first sentence
        if not rx.match(r"\d{1,2}[:.]\d\d\b[^-\u2013\u2014]{0,20}[-\u2013\u2014] ", post.text):
            return []
        for above in reversed(self.sentences[max(0, index - 40) : index]):
            head = above.text.strip()
            if rx.fullmatch(
                r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY(?:,? [A-Z]+ \d{1,2}|,? \d{1,2} [A-Z]+)?", head
            ):
                found = find_dates(head.title(), self.published, day_known=self.day_known)
                days = [d for d in found if len(d[2]) == 10]
                return [(position, position, days[-1][2], None)] if days else []
        return []

    _STOP = re.compile(
        r"\b(?:(?:made|making|makes) an? (?:[a-z]+ )?(?:stopover|stop-over|stop)|(?:an?|the) (?:overnight|brief|short|"
        r"refuell?ing|technical) (?:stop|stopover)|stopped(?: over)?(?: for [^,.;]{1,30}?)?|stopover) (?:in|at) "
        r"(?:the airport (?:in|of) )?(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*(?:, [A-Z][\w'-]+(?: [A-Z][\w'-]+)*)?)"
    )

    def stopover(self, index: int, sentence: Sentence) -> None:
        """A stop on the way ("the presidential plane made a stopover in Bridgetown on Monday", "After an overnight
        stop in Rangoon, where he had talks", "stopped for three hours at the airport in Kigali, Rwanda"): a leg there
        of type stopover, the leader or the leader's aircraft its subject."""
        text = sentence.text
        for found in self._STOP.finditer(text):
            before = text[: found.start()]
            craft = rx.search(
                r"(?:(?:\b[Tt]he|\b[Hh]is|\b[Hh]er|(?P<owner>[A-Z][\w-]+)['\u2019]s) (?:[a-z]+ )?(?:aircraft|plane|jet|airplane)|"
                r"\bAir Force One)\s$",
                before,
            )
            if craft and craft.group("owner") and not self.is_leader(craft.group("owner")):
                craft = None  # another's aircraft
            opening = rx.match(r"(?:After|Following|During)(?: an?| the| his| her)?\s$", before) and rx.search(
                r"\b(?:he|she)\b", text[found.end() :]
            )
            if not (self.leader_subject(sentence, found.start()) or craft or opening):
                continue
            if settled_elsewhere(text, found.start()) or rx.search(r"\b(?:19|20)\d\d\b", text):
                continue
            places = [p for p in self._places(found.group("place")) if p[2] and p[2] != self.leader_country]
            if not places:
                continue
            code = places[0][2]
            city = next((p[3] for p in self._places(found.group("place")) if p[3] and p[2] == code), None)
            day = self.date_near(sentence, found.end())
            self._leg_from(
                index, sentence, code, city, day, found.start("place"), found.end("place"), "travel-stopover"
            )
            leg = next(leg for leg in self.legs if leg.country == code)
            if not {"state", "official", "working", "stopover"} & set(leg.types):
                leg.types.append("stopover")
            if day and leg.end is None and "stopover" in leg.types:
                # A stop begins and ends on its day; an overnight one ends the next day.
                overnight = "overnight" in found.group()
                leg.end = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat() if overnight else day

    _HOME_BY = re.compile(
        r"\b(?:(?P<go>fly|flying|flies|flew|head|heading|heads|headed|go|going|goes|return|returning|returns)"
        r"(?: back)? home(?: from there)?|"
        # "He left Moscow for home on Sunday morning": the last day abroad.
        r"(?P<left>left|leaves|departed|departs)(?: [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)? for home|(?P<ends>(?:visit|trip|tour|stay) (?:ends|will end|is due to end|concludes|"
        r"will conclude))|(?P<back>returns|will return|is due to return|is to return|returning) to "
        r"(?P<capital>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?))(?: late)?(?: on)?(?: |(?=[.,;]|$))",
    )

    def announced_end(self, index: int, sentence: Sentence) -> None:
        """The last day abroad a story announces or tells: "is due to fly home on Friday", "before flying home on
        May 23", "will fly home from there on Friday", "the visit ends on Wednesday", "returns to Seoul on
        Wednesday" (the leader's capital)."""
        text = sentence.text
        if not self.legs:
            return
        for found in self._HOME_BY.finditer(text):
            if found.group("capital") and gz.capital_country(found.group("capital")) != self.leader_country:
                continue
            before = text[: found.start()]
            others = [m for m in PERSON.finditer(before) if not self.is_leader(m.group("name"))]
            impersonal = found.group("ends") or rx.search(
                r"\b[Tt]he (?:delegation|party|President|Prime Minister|Premier|King|Queen|Emir)\b", before
            )
            subject = self.leader_subject(sentence, found.start()) or (impersonal and not others)
            if not subject or BACKGROUND.search(text):
                continue
            ahead = bool(
                rx.search(r"\b(?:will|due to|is to|scheduled|expected to|set to|plans? to)\b", text)
                or rx.match(r"(?:flies|heads|goes|returns|visit ends|trip ends|tour ends|stay ends)", found.group())
                or found.group().startswith(("visit ends", "trip ends", "tour ends", "stay ends"))
            )
            days = [
                d
                for d in find_dates(text, self.published, ahead, day_known=self.day_known)
                if len(d[2]) == 10 and 0 <= d[0] - found.end() <= 3
            ]
            if not days and rx.match(
                r"(?:in the (?:evening|afternoon)|that (?:evening|night)|the same (?:day|evening|night)|later that day)\b",
                text[found.end() :],
            ):
                # "met business leaders on Friday afternoon before returning to Moscow in the evening": that day.
                told = [d for d in self.dates(sentence) if len(d[2]) == 10 and d[0] < found.start()]
                days = told[-1:]
            elif (
                not days
                and rx.match(r"(?:flew|headed|returned|left)\b", found.group())
                and rx.search(r"\b(?:then|later|afterwards?)\s$", text[: found.start()])
            ):
                # "He embraced a survivor and then flew home.": the day told last.
                told = [d for d in self.dates(sentence) if len(d[2]) == 10 and d[0] < found.start()]
                context = self._date_context(index)
                days = told[-1:] or ([(0, 0, context, None)] if context else [])
            if days and (self.trip_end is None or days[0][2] > self.trip_end):
                self.trip_end = days[0][2]

    def came_from(self, index: int, sentence: Sentence) -> None:
        """Where the leader came from, abroad: "flew in from Kuala Lumpur, where he had spent four days",
        "flew here on Tuesday from Canada", "returned from Beijing on Saturday": a leg there, before the one
        arrived at in the same sentence (its end is that one's start)."""
        text = sentence.text
        for found in _CAME_FROM.finditer(text):
            if not self.leader_subject(sentence, found.start()) and not (
                index == self.lead and self.is_leader(text[: found.start()])
            ):
                continue
            after = text[found.end("place") :]
            if settled_elsewhere(_asides_blanked(text), found.start()) or rx.match(
                r"[^.;]{0,30}?\b(?:19|20)\d\d\b", after
            ):
                continue
            places = self._places(found.group("place"))
            after_day = [d for d in self.dates(sentence) if len(d[2]) == 10 and 0 <= d[0] - found.end("place") <= 20]
            if places and places[0][2] and places[0][2] == self.leader_country:
                # "Wong, who flew in from Canberra on Tuesday evening, ...": from home, the day the leg began.
                current = self.arrived or (self.legs[0] if len(self.legs) == 1 else None)
                if (
                    current is not None
                    and current.start is None
                    and after_day
                    and not found.group().startswith("return")
                ):
                    current.start = after_day[0][2]
                if not found.group().startswith("return"):
                    self._arrived_where_filed(index, sentence, found, places[0][2], after_day)
                continue
            if not places or not places[0][2]:
                continue
            _, end, code, city = places[0]
            if any(leg.country == code for leg in self.legs):
                self._arrived_where_filed(index, sentence, found, code, after_day)
                continue
            leg = Leg(code, first=index)
            leg.span = (found.start("place"), found.start("place") + end)
            leg.rule = "travel-came-from"
            leg.sentence = sentence  # type: ignore[attr-defined]
            if city:
                leg.cities.append(city)
            # "..., where he began the trip on Sunday": the days told of the place left.
            where = rx.match(r",? where (?:he|she|they)\b[^;,]*", after)
            days = [d for d in self.dates(sentence) if len(d[2]) == 10 and where and d[0] >= found.end("place")]
            if where and days and days[0][0] <= found.end("place") + where.end():
                leg.start = days[0][2]
            if rx.match(r"(?:returned|returning|was back|is back)", found.group()):
                listed = leading_list(places, found.group("place"))
                if after_day and len(listed) == 1:
                    leg.end = after_day[0][2]  # "returned from Pyongyang late Tuesday": the day it was left
                self.legs.append(leg)
                # "returned from Mongolia and Kazakhstan": each place of the list, in the order told.
                for _, stop, other, town in listed[1:]:
                    if other and other != self.leader_country and not any(g.country == other for g in self.legs):
                        more = Leg(other, first=index)
                        more.span = (found.start("place"), found.start("place") + stop)
                        more.rule = "travel-came-from"
                        more.sentence = sentence  # type: ignore[attr-defined]
                        more.cities += [town] if town else []
                        self.legs.append(more)
                continue
            # Before the leg arrived at in this sentence, else before the one the sentence is about.
            here = next((n for n, other in enumerate(self.legs) if other.first == index), None)
            if here is None:
                arrived = self.arrived
                here = self.legs.index(arrived) if arrived in self.legs else len(self.legs)
            self.legs.insert(here, leg)
            self._arrived_where_filed(index, sentence, found, code, after_day)

    def _arrived_where_filed(
        self, index: int, sentence: Sentence, found: re.Match[str], code: str, after_day: list
    ) -> None:
        """ "flew in from Berlin on Thursday" in a story filed from Paris: arrived where the story is filed."""
        filed = self.filed_country()
        arrival = rx.match(r"(?:flew|flown|arrived|arriving|came)(?: in| here)?\b", found.group())
        text = sentence.text
        elsewhere = [m for m in self._TRAVEL.finditer(text) if m.group("place") and m.start() != found.start()]
        if arrival and not elsewhere and filed and filed not in (self.leader_country, code) and index <= self.lead + 3:
            day = after_day[0][2] if after_day else None
            self._leg_from(index, sentence, filed, self.dateline_city, day, found.start(), found.end(), "travel-here")

    def section_head(self, index: int, sentence: Sentence) -> None:
        """A head of its own over the part of a tour told in one country: "SOUTH AFRICA (21 to 24 August)",
        "Japan: Hiroshima." A leg there, with its days and city, when the part tells what the leader did."""
        head = rx.fullmatch(
            r"(?P<place>[^\W\d_][^\W\d_ .'\u2019-]*(?:[ '\u2019-][^\W\d_][^\W\d_.'\u2019-]*)*)"
            r"(?: \((?P<days>[^)]{3,40})\)|: (?P<city>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)*)\.?|"
            # "KOREA, 9-15 June": the days after a comma.
            r", (?P<days2>\d{1,2}(?: ?[-\u2013] ?\d{1,2})? [A-Z][a-z]+(?: \d{4})?))?\.?",
            sentence.text.strip(),
        )
        if not head:
            self._diary_head(index, sentence)
        if not head or not self.leader or index <= self.lead or index + 1 >= len(self.sentences):
            return
        place = gz.unaccented(head.group("place"))
        titled = " ".join(w if w in ("and", "of", "the") else w.capitalize() for w in place.lower().split())
        code = gz.country_names().get(place) or gz.country_names().get(titled)
        named = gz.countries_in(titled)
        if not code and len(named) == 1 and named[0][1] == len(titled):
            code = named[0][2]  # "PEOPLE'S CHINA": the country the head ends with
        capital = None
        if code:
            code = self._named_in_full(titled, code)
        elif head.group("days") or head.group("days2"):
            # "Tunis (15-16 January).": a capital and its days, the country's.
            code = gz.capital_country(head.group("place")) or gz.capital_country(titled)
            if code:
                capital = head.group("place") if gz.capital_country(head.group("place")) else titled
        if not code or code == self.leader_country:
            return
        following = self.sentences[index + 1]
        # The part under the head tells what the leader did: its first sentence, or (a head with its days) any of
        # its paragraph's ("In Ulan Bator X gave a dinner ... On 24 June the delegation flew home").
        under = [following] + (
            [s for s in self.sentences[index + 2 : index + 8] if s.paragraph == following.paragraph]
            if head.group("days") or head.group("days2")
            else []
        )
        # (A head with its days may open its paragraph: "Tunis (15-16 January). In Tunisia, Wang was received ...")
        inline = following.paragraph == sentence.paragraph and not (
            head.group("days") or head.group("days2") or head.group("city")
        )
        if inline or not any(self._tells_leader(part) for part in under):
            return
        days = find_dates(head.group("days") or head.group("days2") or "", self.published, day_known=self.day_known)
        first = days[0][2] if days and len(days[0][2]) == 10 else None
        if first is None:
            # A head with no days: the first day told under it ("On Thursday he addressed ...").
            told = [d for d in self.dates(following) if len(d[2]) == 10]
            first = told[0][2] if told else None
        city = head.group("city") or capital
        self._leg_from(index, sentence, code, city, first, 0, head.end("place"), "travel-section-head")
        leg = next(leg for leg in self.legs if leg.country == code)
        if days and days[0][3] and leg.end is None:
            leg.end = days[0][3]
        self.arrived = leg  # a city the gazetteer does not know, named under the head, is in this country

    _DAY = r"(?:" + WEEKDAY_WORD + r",? )?(?:\d{1,2} " + MONTH_WORD + r"|" + MONTH_WORD + r" \d{1,2})"

    def _diary_head(self, index: int, sentence: Sentence) -> None:
        """A diary's head of a day (or days) and a place ("Monday 17 October - Moscow", "Wednesday, December 6, to
        Sunday, December 10 - Moscow."): a leg there, over those days, when the entry has the leader acting. A city
        the gazetteer does not know is the leg's told last, unless the leader was told leaving it since."""
        head = (
            rx.fullmatch(
                r"(?P<day>" + self._DAY + r")(?:,? \d{4})?(?:,? to (?P<last>" + self._DAY + r"))?,? [-\u2013\u2014:] "
                r"(?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\.?",
                sentence.text.strip(),
            )
            or rx.fullmatch(  # "Monday and Tuesday, Samoa.", "Wednesday, Niue.": weekdays of the story's week
                r"(?P<day>"
                + WEEKDAY_WORD
                + r")(?: (?:and|to) (?P<last>"
                + WEEKDAY_WORD
                + r"))?(?:,| [-\u2013\u2014:]) "
                r"(?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\.?",
                sentence.text.strip(),
            )
        )
        if not head or not self.leader or index <= self.lead or index + 1 >= len(self.sentences):
            return
        city = head.group("city")
        code = gz.capital_country(city) or gz.country_names().get(city)
        if code is None and self.legs:
            last = self.legs[-1]
            since = " ".join(s.text for s in self.sentences[last.first : index])
            places = [
                re.escape(p) for p in (*last.cities, *(n for n, c in gz.country_names().items() if c == last.country))
            ]
            if not places or not rx.search(r"\b(?:left|leaves|departed)\s(?:" + "|".join(places) + r")\b", since):
                code = last.country  # "Saturday, December 2 - Guadalajara", after "Mexico City"
        following = self.sentences[index + 1]
        under = [s for s in self.sentences[index + 1 : index + 8] if s.paragraph == following.paragraph]
        if not code or code == self.leader_country or not any(self._tells_leader(part) for part in under):
            return
        days = [
            d
            for d in find_dates("on " + head.group("day"), self.published, day_known=self.day_known)
            if len(d[2]) == 10
        ]
        last_days = [
            d
            for d in find_dates("on " + (head.group("last") or ""), self.published, day_known=self.day_known)
            if len(d[2]) == 10
        ]
        day = days[0][2] if days else None
        self._leg_from(
            index, sentence, code, city if city not in gz.country_names() else None, day, 0, 0, "travel-diary"
        )
        leg = next(leg for leg in self.legs if leg.country == code)
        if (
            rx.search(
                r"\b(?:made a (?:brief |short )?stop|stopped (?:for|briefly|over)|stopover)\b",
                " ".join(part.text for part in under),
            )
            and "stopover" not in leg.types
        ):
            leg.types.append("stopover")  # "made a stop in the Peruvian capital", "stopped for five hours"
        until = last_days[0][2] if last_days else day
        if until and (leg.end is None or until > leg.end):
            leg.end = until  # the last day the diary has there, so far

    def _tells_leader(self, part: Sentence) -> bool:
        """Whether a sentence under a head tells what the leader (or the delegation, the aircraft) did."""
        return bool(
            self.leader_subject(part, len(part.text))
            or self.is_leader(part.text)
            or self.refers_to_leader(part.text)
            or self._party_acts(part.text)
            or rx.search(
                r"\b(?:[Tt]he (?:President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Emir)|[Hh]e|[Ss]he|"
                r"[Tt]he (?:presidential|royal|prime minister's|president's) (?:aircraft|plane|party))\b(?! of\b)",
                part.text,
            )
        )

    def _named_in_full(self, short: str, code: str) -> str:
        """The country a short name means in this article ("Korea" in a story that names the Democratic People's
        Republic of Korea and no other Korea): the one country whose fuller name the text gives with it."""
        fuller = {
            found
            for start, end, found in gz.countries_in(self.text)
            if self.text[start:end] != short and rx.search(r"\b" + re.escape(short) + r"\b", self.text[start:end])
        }
        return fuller.pop() if len(fuller) == 1 else code

    def _party_acts(self, text: str) -> bool:
        """Whether a sentence has the leader's delegation acting ("The delegation arrived in Peking", "the Romanian
        delegation had talks"), in an article that has the leader at the head of a delegation."""
        party = self._party_pattern()
        return bool(party and party.search(text))

    _party: tuple[tuple, re.Pattern[str] | None] | None = None

    def _party_pattern(self) -> re.Pattern[str] | None:
        """The words for the leader's delegation, if the article puts the leader at the head of one: read from the
        whole text once per leader (this runs for every sentence and every verb of travel)."""
        key = (tuple(sorted(self.leader_words or ())), self.leader_country)
        if self._party is not None and self._party[0] == key:
            return self._party[1]
        pattern = None
        if self.leader_words and rx.search(
            r"\b(?:delegation|party),? (?:headed|led) by\b[^.;]{0,40}?\b(?:"
            + "|".join(map(re.escape, self.leader_words))
            + r")\b|\b(?:"
            + "|".join(map(re.escape, self.leader_words))
            + r")\b[^.;]{0,200}?\b(?:with|and|headed|led) (?:a|an|the|his|her) (?:[\w-]+ ){0,4}delegation\b",
            self.text,
        ):
            adjectives = [a for a, c in gz.adjectives().items() if c == self.leader_country]
            own = r"(?:" + "|".join(map(re.escape, adjectives)) + r") " if adjectives else ""
            pattern = re.compile(r"\b[Tt]he (?:" + own + r")?(?:delegation|guests)\b")
        self._party = (key, pattern)
        return pattern

    _BEGAN = re.compile(
        r"\b(?:(?:trip|tour|visit|journey|swing)\b[^.;]{0,80}?\b(?:began|started|opened|kicked off)|"
        # "The Emperor began his tour of the Caribbean on Monday in Port of Spain": the leader its subject.
        r"(?P<verb>began|begins|started|starts|opened|opens|kicked off)(?: (?:his|her|their|the|a) (?:[\w-]+ )?"
        r"(?:trip|tour|visit|journey|swing)(?: (?:of|to|through) (?:the )?[A-Z][^,.;]{0,40}?)?)?)(?: on)?"
        r"(?P<day> (?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+day))?,? in "
        r"(?P<place>(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*| de| of(?= [A-Z]))*)"
    )

    # "..., the first leg of a trip that began on Sunday": the day the trip began, told with no place.
    _TRIP_BEGAN_ON = re.compile(
        r"\b(?:a|the|his|her) (?:[\w-]+ )?(?:trip|tour|journey) (?:that|which) (?:began|started) (?:on )?"
        r"(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2} " + MONTH_WORD + r"|" + MONTH_WORD + r" \d)"
    )
    # "... first to Moscow, where he landed late on Wednesday": the day the leader reached the place before.
    # (The verb is found first and the place read back from it: a name read forward from every capital of a long
    # run of them would read the run again and again.)
    _LANDED_WHERE = re.compile(
        r", where (?:he|she) (?:had )?(?:landed|arrived|touched down)"
        r"(?: (?:late|early|in the (?:morning|afternoon|evening)))?(?= on )"
    )
    # ("from Beijing, the first stop of his tour, where he had arrived on Sunday": an apposition between)
    _PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,4})(?:, (?:the|his|her) [^,;.]{3,60})?$")
    # "Before Zambia, she stopped in Angola, the first leg of her tour": the leg that comes first.
    _FIRST_LEG = re.compile(
        r", (?:the|his|her) first (?:leg|stop) of (?:his|her|the|a) (?:[\w-]+ ){0,2}(?:visit|tour|trip|journey)\b"
    )
    _began_on: str | None = None
    _began_in: str | None = None

    def _day_told_began(self, index: int, sentence: Sentence) -> None:
        """The trip's first day told with no place ("a trip that began on Sunday"), and a leg's first day told in a
        clause after its place ("Moscow, where he landed late on Wednesday")."""
        text = sentence.text
        if settled_elsewhere(text, 0) or not (self.leader_subject(sentence, len(text)) or self.is_leader(text)):
            return
        days = [d for d in self.dates(sentence) if len(d[2]) == 10]
        began = self._TRIP_BEGAN_ON.search(text)
        if began:
            owner = rx.search(r"(?P<name>" + NAME + r")['\u2019]s (?:[\w-]+ ){0,3}$", text[: began.start()])
            day = next((d[2] for d in days if d[0] == began.end()), None)
            if day and not (owner and not self.is_leader(owner.group("name"))):
                self._began_on = day
        first_leg = self._FIRST_LEG.search(text)
        named_first = (
            rx.search(
                r"(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,4})$",
                text[max(0, first_leg.start() - 80) : first_leg.start()],
            )
            if first_leg
            else None
        )
        if named_first and not self._began_in:
            places = [p for p in self._places(named_first.group("place")) if p[2] and p[2] != self.leader_country]
            if places and any(leg.country == places[0][2] for leg in self.legs):
                self._began_in = places[0][2]
        for landed in self._LANDED_WHERE.finditer(text):
            before = self._PLACE_BEFORE.search(text[max(0, landed.start() - 150) : landed.start()])
            if before is None:
                continue
            places = [p for p in self._places(before.group("place")) if p[2] and p[2] != self.leader_country]
            told = next((d for d in days if 0 <= d[0] - landed.end() <= 4), None)
            day = told[2] if told else None
            if told and day == self.published.isoformat() and rx.fullmatch(r"\w+day", text[told[0] : told[1]]):
                # "where he landed late on Wednesday", in a story of a Wednesday: that day or the one a week before;
                # better none than the wrong one.
                day = None
            leg = next((leg for leg in self.legs if places and leg.country == places[0][2]), None)
            if leg is not None and day and leg.start is None:
                leg.start = day

    def trip_began(self, index: int, sentence: Sentence) -> None:
        """Where and when the trip began: "The 11-day trip, ..., began March 23 in Ghana", "a tour that
        began in Chile on April 5": a leg, unless the trip is another person's or of another year."""
        text = sentence.text
        if not self.leader:
            return
        self._day_told_began(index, sentence)
        for found in self._BEGAN.finditer(text):
            before = text[: found.start()]
            owner = rx.search(r"(?P<name>" + NAME + r")['\u2019]s (?:[\w-]+ ){0,3}$", before)
            if owner and not self.is_leader(owner.group("name")):
                continue  # "Carter's trip began in Nigeria": another person's
            if found.group("verb") and not self.leader_subject(sentence, found.start()):
                continue
            if settled_elsewhere(text, found.start()) or rx.search(
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
            self._began_in = self._began_in or code

    # The leader doing in a place what only one there does: "met X in Oslo", "held talks in Oslo with X", "told
    # reporters in Oslo", "Speaking in Oslo, X ...", "laid a wreath in Oslo". The words between the act and the place
    # are its object (a name, talks, reporters), never a topic ("called for peace in Ukraine" is no place).
    _ACTED_IN = re.compile(
        # ("held detailed talks": a word of manner before the talks, never "held no talks")
        r"\b(?P<act>met|held (?:(?!no\b)[a-z]+ )?(?:talks|a meeting|a news conference|a press conference)|holding talks|"
        r"told (?:reporters|journalists|a news conference|a press conference)|[Ss]peaking|spoke|laid a wreath|"
        r"(?:was|were) received|(?:was|were) welcomed|(?:was|were) greeted|(?:was|were) given an? [\w-]+ welcome|"
        # ("toured a car plant in Shanghai", "addressed students at the university in Lima": a visit's own acts)
        r"toured|inspected|inaugurated|addressed|visited)"
        # (each word after a space of its own: an optional space let a hyphened run split every way)
        r"(?P<object>(?: (?:with|by|to))?(?: (?:[A-Z][\w.'\u2019-]*|of|the|a|an|at|his|her|their|and|counterpart|"
        r"counterparts|leaders?|officials|reporters|journalists|hosts?|business|students|workers|lawmakers|"
        r"members|community|[a-z]+ (?:plant|factory|site|school|university|hospital|port|museum|project|centre|center))){0,8}?)"
        r"(?: (?:on|late|early) [A-Z][a-z]+day| (?:on )?(?:\d{1,2} " + MONTH_WORD + r"|" + MONTH_WORD + r" \d{1,2}))?"
        # ("in the Peruvian capital Lima", "in the Peruvian capital, Lima,": the city after its description)
        r",? in (?:the (?:[A-Z][\w-]+ )?(?:capital|city|port|town),? )?(?P<place>[A-Z][\w'-]+(?: (?:d'|de |of )?[A-Z][\w'-]+)*)"
    )

    def _acted_in(self, index: int, sentence: Sentence) -> None:
        """The leader met someone, held talks or told reporters in a place abroad: a leg there."""
        text = sentence.text
        if not self.leader or NEGATION.search(text):
            return
        if rx.search(r"\b(?:phone|telephone|video|virtual(?:ly)?|online|by (?:video )?link)\b", text, re.I):
            return  # "met X in Oslo by video link": not there
        for found in self._ACTED_IN.finditer(text):
            act = found.group("act")
            at = found.start("act")
            if act == "Speaking":
                # "Speaking in Oslo on Thursday, X said": the one the sentence then names.
                who = rx.match(
                    r"[^.;,]*, (?:(?:[A-Z][\w-]+ )*(?:" + TITLE + r") )?(?P<who>" + NAME + r")", text[found.end() :]
                )
                subject = at == 0 and bool(who and self.is_leader(who.group("who")))
            else:
                subject = self.leader_subject(sentence, at)
            if not subject or settled_elsewhere(text, at) or rx.search(r"\b(?:19|20)\d\d\b", text):
                continue
            if rx.search(r"\b(?:had|last)\s$", text[max(0, at - 6) : at]) or self.another_month(text[found.end() :]):
                continue  # "had last met in Johannesburg in August": another occasion
            # (a city of GeoNames where the act is told is a place meant: "toured a plant in Shanghai")
            places = [
                (s, e, code or (self._city_country(city, text) or "" if city else ""), city)
                for s, e, code, city in self._places(found.group("place"))
            ]
            places = [p for p in places if p[2]]
            if not places or places[0][0] != 0 or places[0][2] == self.leader_country:
                continue
            _, _, code, city = places[0]
            # Its own day, told with the act or right after the place ("met X in Oslo on Thursday"), else none.
            own = [d for d in self.dates(sentence) if len(d[2]) == 10 and at <= d[0] <= found.end("place") + 25]
            day = own[0][2] if own else None
            self._leg_from(
                index, sentence, code, city, day, found.start("place"), found.end("place"), "travel-acted-in"
            )

    def located(self, index: int, sentence: Sentence) -> None:
        """A sentence set in a place, the leader its subject: "In Uganda, Clinton held talks ...", "In Santiago,
        the first stop of the tour, Jiang ...": a leg there, when the place is a country or a capital."""
        text = sentence.text
        # "arrived here Wednesday"; "arrived on Sunday morning" with no place named: where the story is filed from.
        here = rx.search(
            r"(?<!where he )(?<!where she )\b(?:arrived|arrives|landed|lands|(?:flew|came|travell?ed) here\b)"
            # "arrived in the capital on Thursday": the capital the story is filed from.
            r"(?:(?<=here) ?| here\b| in the (?:[a-z]+ )?capital\b| (?=(?:on|late|early|in the (?:morning|afternoon|evening))\b)(?![^.;,]*?\b(?:in|at) [A-Z]))",
            text,
        )
        if here and self.dateline_city and self.leader and self.leader_subject(sentence, here.start()):
            # "arrived here Wednesday": where the story is filed from.
            code = self.filed_country()
            # "Obama, who arrived on Sunday, will fly to X": the arrival's own relative clause, not the main one.
            relative = rx.search(r"\b(?:who|which)\s$", text[max(0, here.start() - 6) : here.start()])
            own = text[here.start() : here.start() + (text[here.start() :] + ",").index(",")]
            elsewhere = (
                FUTURE.search(own) or BACKGROUND.search(own) if relative else settled_elsewhere(text, here.start())
            )
            if code and code != self.leader_country and not elsewhere:
                day = self.date_near(sentence, here.end())
                self._leg_from(index, sentence, code, self.dateline_city, day, here.start(), here.end(), "travel-here")
        self._acted_in(index, sentence)
        self._visiting_in(index, sentence)
        found = rx.match(
            # ("While in the Philippines, X also had meetings with ...": the same setting of the leader's acts)
            r"(?:In|While in|When in|During (?:his|her) (?:stay|visit|time) in) (?:the )?"
            r"(?P<place>[A-Z][\w'-]+(?: (?:d'|de |of )?[A-Z][\w'-]+)*)(?:, (?:the|a|an|his|her) [^,;]{1,60}|"
            # "In Kyiv, on June 29, he toured ...", "In Abu Dhabi on July 1 he held talks": the day there.
            r",? on (?:\w+ )?(?:" + MONTH_WORD + r" \d{1,2}|\d{1,2} " + MONTH_WORD + r"|\w+day))?,? (?P<rest>.)",
            text,
        )
        if not found or not self.leader:
            return
        rest = text[found.start("rest") :]
        capital_of = gz.capital_country(found.group("place"))
        leg_there = next((leg for leg in self.legs if leg.country == capital_of), None)
        if text.startswith("While in ") and leg_there is not None and not leg_there.cities:
            # "While in Berlin, the Prime Minister will also meet ...", once the story has the leader in Germany:
            # the capital is where the leader is, whatever the clause then plans.
            leg_there.cities.append(found.group("place"))
        subject = rx.match(
            # ("In Beijing, President X of Peru held talks": the country after the name)
            r"(?:(?:"
            + TITLE
            + r") )?(?P<who>"
            + NAME
            + r"|[Hh]e|[Ss]he)\b(?: of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*)?"
            r"(?: (?:also|then|later|first))? (?P<verb>[a-z]+)\b",
            rest,
        )
        # "In Pyongyang the delegation was received by ...": the leader's delegation.
        party = rx.match(r"(?:the|The) (?:[A-Z][a-z]+ )?(?:delegation|guests) (?P<verb>[a-z]+)\b", rest)
        if party and self._party_acts(party.group()):
            subject = party
        elif not subject or not (subject.group("who").lower() in ("he", "she") or self.is_leader(subject.group("who"))):
            return
        if not rx.search(
            r"ed$|^(?:met|held|had|made|spent|went|gave|took|saw|told|signed|laid|paid|was)$", subject.group("verb")
        ):
            return  # "In Paris, Modi will ...": only what the leader did there
        if settled_elsewhere(text, found.start("rest")) or rx.search(
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
        for named in rx.finditer(r"\bin (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", rest):
            if gz.capital_country(named.group("city")) == code:
                self._leg_from(index, sentence, code, named.group("city"), None, 0, 0, "travel-located")

    def _visiting_in(self, index: int, sentence: Sentence) -> None:
        """ "Visiting Chilean President X held talks ... in Lima", "said by the visiting Premier X": the word
        "visiting" before the leader's name says the leader is abroad, in the capital the clause names (else
        where the story is filed from)."""
        text = sentence.text
        if not self.leader:
            return
        self._in_on_a_visit(index, sentence)
        visiting = rx.search(r"\b[Vv]isiting (?P<named>(?:[A-Z][\w.'-]*\s){0,5}[A-Z][\w'-]+)\b", text)
        if not visiting or not self.is_leader(visiting.group("named")):
            # "X and his Japanese counterpart Y in Tokyo": the leader beside the host's counterpart, in the host's
            # capital.
            visiting = next(
                (
                    m
                    for m in rx.finditer(r"(?P<named>[A-Z][\w'-]+)(?=" + _COUNTERPART_AFTER.pattern + ")", text)
                    if self.is_leader(m.group("named")) and self._beside_host_counterpart(text[m.end() :])
                ),
                None,
            )
        scope = text
        if not visiting and index in (self.lead, self.lead + 1):
            # The lead's "At talks held in Quito", "a meeting held in Accra": where the leader met the host
            # (another time said only of what follows is another matter's: "instead of the summit planned for ...").
            visiting = rx.search(
                r"\b(?:meeting|talks|summit|conference)(?:,? which was|,? was)? held in [A-Z][\w'-]+(?: [A-Z][\w'-]+)?",
                text,
            )
            scope = text[: visiting.end()] if visiting else text
        here = None
        if not visiting and self.dateline_city:
            # "X met Prime Minister Y here last night", "X held talks here with Y": the place the story is filed from.
            here = next(
                (
                    m
                    for m in rx.finditer(
                        r"\b(?:met|held (?:talks|a meeting)|talked|conferred|signed)\b[^.;]{0,100}?\bhere\b", text
                    )
                    if self.leader_subject(sentence, m.start()) and self._named_right_before(text[: m.start()])
                ),
                None,
            )
            visiting = here
        if not visiting or settled_elsewhere(scope, visiting.start()):
            return
        if NEGATION.search(text) or rx.search(r"\b(?:phone|telephone|video|virtual(?:ly)?|online)\b", text, re.I):
            return
        place = next(
            (
                (m.group("city"), gz.capital_country(m.group("city")))
                for m in rx.finditer(r"\bin (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", text)
                if gz.capital_country(m.group("city")) and not here
            ),
            None,
        )
        if place is None and self.dateline_city and self.filed_country():
            place = (self.dateline_city, self.filed_country())
        # (the word "visiting" itself says the leader is abroad, whatever the leader's country; other clues need it)
        said_visiting = visiting.group(0)[:8].lower() == "visiting"
        if place is None or not place[1] or place[1] == self.leader_country:
            return
        if not self.leader_country and not said_visiting:
            return
        city, code = place[0], place[1]
        day = self.date_near(sentence, visiting.end())
        self._leg_from(index, sentence, code, city, day, visiting.start(), visiting.end(), "travel-visiting")

    def _in_on_a_visit(self, index: int, sentence: Sentence) -> None:
        """ "their visitor - who is in Norway on a four-day visit -": a visitor's presence told in a relative clause, the
        leader's when no leg is read yet (a host's story of its guest)."""
        text = sentence.text
        found = rx.search(
            r"\bwho (?:is|was) (?:currently |now )?in (?:the )?(?P<place>[A-Z][\w.'-]+(?: [A-Z][\w'-]+)*) "
            r"(?:on|for) (?:a|an|his|her) [^.;]{0,30}?\b(?:visit|trip|tour|stay)\b",
            text,
        )
        if not found or self.legs or not self.leader_country or settled_elsewhere(text, found.start()):
            return
        places = [p for p in self._places(found.group("place")) if p[2]]
        if not places or places[0][2] == self.leader_country:
            return
        _, _, code, city = places[0]
        self._leg_from(
            index, sentence, code, city, None, found.start("place"), found.end("place"), "travel-in-on-a-visit"
        )

    def _named_right_before(self, before: str) -> bool:
        """Whether a text ends with the leader as the subject of what follows: the name or a pronoun, an aside
        after it ("X, the President of Y, met"), an adverb ("he also met")."""
        for shape in (r"(?P<who>[\w'-]+),?\s", r"(?P<who>[\w'-]+),[^,;]{1,80},\s"):
            end = rx.search(shape + r"(?:(?:\w+ly|also|then|later|first) )?$", before)
            if end and (end.group("who") in ("he", "He", "she", "She") or self.is_leader(end.group("who"))):
                return True
        return False

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
        if not self.leader or NEGATION.search(text):
            return
        who = self.leader_reference() if self.leader_words else None
        host_text = None
        where = None
        if who:
            active = rx.search(
                r"(?P<host>(?:[A-Z][\w.'\u2019-]*,?\s){1,6}?)(?:\w+ly )?(?:"
                + RECEIVING_VERBS
                # "X led a formal welcome ceremony for <leader>": a welcome all the same.
                + r"|(?:[a-z]+ ){1,4}?welcom(?:e|ing) (?:ceremony|reception|parade) (?:for|in honou?r of)(?: the)?)"
                + r"\s(?:[\w.'-]+\s){0,5}?"
                + who
                + r"\b(?P<rest>[^.;]*)",
                text,
            )
            if active and not self.is_leader(active.group("host")):
                host_text, where, at = active.group("host"), active.group("rest"), active.start()
        passive = rx.search(
            r"\b(?:was|were|is|being|had been|has been) (?:\w+ly )?(?:welcomed|received|greeted|hosted)\b(?P<rest>[^.;]*)",
            text,
        )
        if (
            host_text is None
            and passive
            and (self.leader_subject(sentence, passive.start()) or self.title_arriving(sentence, passive.end()))
        ):
            by = rx.search(r"\bby (?P<host>(?:(?:the |[A-Z][\w.'\u2019-]*|of|bin|al)\s?){1,8})", passive.group("rest"))
            host_text, where, at = (by.group("host") if by else ""), passive.group("rest"), passive.start()
        if host_text is None or where is None:
            return
        if FUTURE.search(text[:at]) or BACKGROUND.search(text):
            return
        # The place of the welcome, in its own clause ("..., and the two held talks covering the war in Ukraine").
        # ("<leader> and the Kenyan delegation at the palace in Lima": the party received with the leader)
        where = rx.sub(
            r"^(?: "
            + NAME
            + r")?,? and (?:the|his|her) (?:[A-Z][\w-]+ )?(?:delegation|entourage|party|spouse|wife|husband)",
            "",
            where,
        )
        where = rx.split(r",|;|\b(?:and|but|after|before|which|who|where|covering|about|on the)\b", where)[0]
        city = rx.search(r"\b(?:in|to) (?P<the>the )?(?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", where)
        code = gz.capital_country(city.group("city")) if city and not city.group("the") else None
        if city and code is None:
            code = gz.country_names().get(city.group("city")) or gz.country_names().get("the " + city.group("city"))
            city = None
        if code is None:
            # "by the President of the United States of America": the host's office names the country.
            office = rx.search(r"\bof (?:the )?(?P<where>[A-Z][\w']*(?: (?:of )?(?:the )?[A-Z][\w']*)*)", host_text)
            if office:
                where = rx.sub(
                    r"^(?:Republic|Kingdom|State|Federation) of (?:the )?", "", office.group("where").strip()
                )
                code = gz.country_names().get(where) or gz.country_names().get("the " + where)
        if code is None:
            person = PERSON.search(host_text)
            code = country_of(person.group("adj")) if person else None
            if code is None and person:
                code = self.people.get(self.person(person.group("name"))) or self.known_people.get(
                    self.person(person.group("name"))
                )
        filed = self.filed_country()
        if not code and city is None and filed and filed != self.leader_country and index <= self.lead + 3:
            # Received near the top of a story filed from a capital abroad, no place named: there.
            code = filed
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
            self._place_unplaced(leg, index)
        if city and city.group("city") not in leg.cities:
            leg.cities.append(city.group("city"))
        kind = rx.search(r"\b(state|official|working)\b (?:visit|trip)", text, re.I)
        if kind and kind.group(1).lower() not in leg.types:
            leg.types.append(kind.group(1).lower())

    _unplaced: tuple[str, str | None, int, Sentence, int, int, str | None] | None = None
    _returned_late = False

    @functools.cached_property
    def _left_legs(self) -> dict[str, str]:
        """The day the leader left each country the story says was left ("left Nairobi on Wednesday")."""
        return {}

    def _place_unplaced(self, leg: Leg, index: int) -> None:
        """The city arrived in just before (no country known for it) is in the leg the next sentence makes."""
        unplaced = self._unplaced
        if unplaced and 0 < index - unplaced[2] <= 2:
            city, day = unplaced[0], unplaced[1]
            if city and city not in leg.cities:
                leg.cities.insert(0, city)
            if day and (leg.start is None or day < leg.start):
                leg.start = day
            self._unplaced = None

    def _host_country_near(self, index: int) -> str | None:
        """The country of the host a sentence or the next names ("the host, Indonesian President Joko Widodo",
        "the host country, Indonesia")."""
        for sentence in self.sentences[index : index + 2]:
            host = rx.search(
                r"\bthe hosts?(?: country)?,? (?:the )?(?:(?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:" + TITLE + r")\b|"
                r"(?P<country>[A-Z][\w' -]+?)(?=[,.;]))",
                sentence.text,
            )
            if host:
                code = gz.adjectives().get(host.group("adj") or "") or gz.country_names().get(
                    host.group("country") or ""
                )
                if code and code != self.leader_country:
                    return code
        return None

    def _former_states_in(self, text: str) -> set[str]:
        """The former states of the story's year a text names by a name or an abbreviation ("the GDR Council of
        Ministers", "the Soviet Union")."""
        found = set()
        for code, state in former_states().items():
            if state.renamed or len(code) != 4 or not existed(code, self.published.year):
                continue  # Burma is Myanmar by either name
            if any(rx.search(r"\b" + re.escape(n) + r"\b", text) for n in (state.name, *state.aliases) if len(n) > 2):
                found.add(code)
        return found

    def _former_named(self) -> None:
        """A leg in a country the article names as the former state of the day ("the Democratic Republic of
        Vietnam", in 1971): the former state's code, which the legs told by today's name join."""
        for leg in list(self.legs):
            for code in predecessors(leg.country):
                state = former_state(code)
                if state is None or state.renamed or not existed(code, self.published.year):
                    continue  # Burma is Myanmar by either name
                names = (state.name, *state.aliases)
                if not any(len(n) > 4 and rx.search(r"\b" + re.escape(n) + r"\b", self.text) for n in names):
                    continue
                same = next((other for other in self.legs if other.country == code), None)
                if same is None:
                    leg.country = code
                else:  # one leg in the former state, with the cities and days of both
                    same.cities += [c for c in leg.cities if c not in same.cities]
                    same.types += [t for t in leg.types if t not in same.types]
                    same.start = min((d for d in (same.start, leg.start) if d), default=None)
                    same.end = max((d for d in (same.end, leg.end) if d), default=None)
                    self.legs.remove(leg)
                break

    def _merge_former_states(self) -> None:
        """A leg in a former state and one in its successor are one leg ("an official visit to the Soviet Union",
        "arrived here" in Moscow, in 1985): the capital's country today is the former state's then."""
        for former in [leg for leg in self.legs if former_state(leg.country)]:
            state = former_state(former.country)
            if state is None or not existed(former.country, self.published.year):
                continue
            for other in [leg for leg in self.legs if leg.country in state.successors]:
                former.cities += [c for c in other.cities if c not in former.cities]
                former.types += [t for t in other.types if t not in former.types]
                starts = [d for d in (former.start, other.start) if d]
                ends = [d for d in (former.end, other.end) if d]
                former.start = min(starts) if starts else None
                former.end = max(ends) if ends else None
                self.legs.remove(other)

    def _filed_where_present(self) -> None:
        """No leg read, and the lead tells what the leader did on the day in a story filed from a city abroad ("OSLO -
        Kenyan President X and Norwegian Prime Minister Y on Thursday agreed ...", "OSLO - X on Thursday urged ...,
        on the second day of a state visit"): the leader is where the story is filed, unless it tells of a call."""
        if self.legs or not self.leader or not self.dateline_city:
            return
        code = self.filed_country()
        if not code or code == self.leader_country:
            return
        sentence = self.sentences[self.lead]
        text = sentence.text
        lead = " ".join(s.text for s in self.sentences[self.lead : self.lead + 2])
        if rx.search(r"\b(?:phone|telephone|call|called|video|virtual(?:ly)?|online|letter|message)\b", lead, re.I):
            return
        head = dateline(text)
        begin = head.end() if head else 0
        if NEGATION.search(text) or any(
            int(y) < self.published.year for y in rx.findall(r"\b(?:19|20)\d\d\b", text[begin:])
        ):
            return  # "in 2019, X met ...": another year's
        verb = rx.search(
            r"\b(?:[a-z]+ed|met|held|signed|said|told|urged|paid|gave|laid|made|took|spoke|opened)\b", text[begin:]
        )
        if verb is None:
            return
        at = begin + verb.start()
        if not self.leader_subject(sentence, at) or settled_elsewhere(text, at):
            return
        # The day told is the act's, not the arrival's: no first day.
        self._leg_from(self.lead, sentence, code, self.dateline_city, None, 0, len(self.dateline_city), "travel-filed")

    def finish_legs(self) -> None:
        """Settles the legs once every sentence is read: their order, cities, types and end days."""
        self._filed_where_present()
        self._former_named()
        self._merge_former_states()
        # "left Hanoi for Leningrad", of a Soviet leader: a city of a former state's successor (the city's country
        # today) is home for the former state's leader, no leg.
        # "The Kenyan leader then flies to Fiji", "He ends his tour in Laos": a stop told in the present
        # after the story's lead is the schedule ahead; a leg read only from it (no city, no day) is not reached yet.
        self.legs = [
            leg
            for leg in self.legs
            if leg.cities
            or leg.start
            or leg.first <= self.lead
            or not _NEXT_STOP.search(self.sentences[leg.first].text)
            or any(other is not leg and other.first == leg.first for other in self.legs)
        ]
        home: set[str] = set()
        state = former_state(self.leader_country) if self.leader_country else None
        if state is not None and self.leader_country and existed(self.leader_country, self.published.year):
            home.add(self.leader_country)
            # (a state that split: its land is its successors'; one that joined another, as East Germany joined
            # Germany, had no land of the state it joined)
            home |= set(state.successors) if len(state.successors) > 1 else set()
        self.legs = [leg for leg in self.legs if leg.country not in home]
        unplaced = self._unplaced
        if unplaced:
            # No leg read next took it: a leg in the country the article pairs with the leader's (where the trip
            # began), or where the trip began, as for any city the gazetteer does not know.
            city, day, index, sentence, start, end, guess = unplaced
            leg = next((leg for leg in self.legs if leg.country == guess), None) if guess else None
            if leg is None and guess:
                leg = Leg(guess, first=index)
                leg.span = (start, end)
                leg.rule = "travel-arrival"
                leg.sentence = sentence  # type: ignore[attr-defined]
                self.legs.insert(0, leg)
            leg = leg or (self.legs[0] if self.legs else None)
            if leg is not None:
                if city and city not in leg.cities:
                    leg.cities.append(city)
                if day and (leg.start is None or day < leg.start):
                    leg.start = day
        self._leg_of_named_visit()
        if not self.legs and self.leader:
            self._leg_at_dateline()
        for leg in self.legs:
            left = self._left_legs.get(leg.country)
            if left and (leg.start is None or leg.start <= left):
                leg.end = left
                if leg is self.legs[-1] and (self.trip_end is None or left > self.trip_end):
                    self.trip_end = left
                after = self.legs[self.legs.index(leg) + 1 :]
                if after and after[0].start is None:
                    after[0].start = left  # "left Nairobi on Wednesday. He flew on to Kigali": the day it began
        first_leg = next((leg for leg in self.legs if leg.country == self._began_in), None)
        if first_leg is not None and first_leg.start is None and first_leg is not self.legs[0]:
            # "a tour that began in Angola", told after the stop the story is filed from: the first leg.
            self.legs.remove(first_leg)
            self.legs.insert(0, first_leg)
        began_on = self._began_on
        if began_on and self.legs and all(began_on <= (leg.start or began_on) for leg in self.legs):
            first = min(self.legs, key=lambda leg: leg.start or "9999")
            if first.start is None or first.start > began_on:
                first.start = began_on  # "the first leg of a trip that began on Sunday"
        if all(leg.start for leg in self.legs):
            # Legs in the order they happened, not the order the story tells them.
            self.legs.sort(key=lambda leg: leg.start or "")
        for leg, following in zip(self.legs, self.legs[1:], strict=False):
            if leg.end is None and following.start:
                leg.end = following.start
        if self.legs:
            last = self.legs[-1]
            if last.end is None:
                # "returned home on Thursday evening": the last day abroad is the day the journey home began.
                returned = self.trip_returned if self.trip_end is None and self._returned_late else None
                last.end = self.trip_end or (returned if returned and returned >= (last.start or "") else None)
        lead = " ".join(s.text for s in self.sentences[self.lead : self.lead + 2])
        # ("a 72-hour visit": a length in hours, whole days of it)
        length = rx.search(
            r"\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten)-day|(?P<h>48|72|96)-hour) "
            r"(?:(?:state|official|working) )?(?:visit|trip)\b",
            lead,
        )
        self._one_day()
        self._visit_range()
        self._arrival_day()
        if length and len(self.legs) == 1 and (self.legs[0].start is None) != (self.legs[0].end is None):
            days = (
                int(length.group("h")) // 24 - 1
                if length.group("h")
                else ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].index(length.group("n"))
                + 1
            )
            only = self.legs[0]
            if only.end and len(only.end) == 10:
                # "ended a four-day visit on Friday": it began three days before.
                only.start = (dt.date.fromisoformat(only.end) - dt.timedelta(days=days)).isoformat()
            elif only.start and len(only.start) == 10 and not self._returned_late:
                # "arrived on Tuesday for a two-day visit": its last day is the next.
                only.end = (dt.date.fromisoformat(only.start) + dt.timedelta(days=days)).isoformat()
        if len(self.legs) == 1 and not self.legs[0].types:
            # "Follow our coverage of the state visit by King X": the lead's kind of visit, for the one leg.
            lead = " ".join(s.text for s in self.sentences[self.lead : self.lead + 2])
            kind = rx.search(r"\b(state|official|working)\b (?:visit|trip)\b", lead, re.I)
            if kind and not FUTURE.search(lead[: kind.start()][-60:]) and not self.another_month(lead[kind.end() :]):
                self.legs[0].types.append(kind.group(1).lower())
        for leg in self.legs:
            if leg.start and leg.end and leg.end < leg.start:
                leg.end = None  # the dates read do not fit: say none rather than a wrong one
        returned = self.trip_returned
        ends = [day for leg in self.legs if (day := leg.end or leg.start)]
        if returned and ends and returned < max(ends):
            self.trip_returned = None
        if self.dateline_city and self.legs:
            code = self.filed_country()
            # A city that is not a capital, filed from while the leg is told in another city ("LAGOS - ... welcomed
            # X to Abuja"), is the paper's desk, unless the story is there too ("here", the city named again).
            desk = not gz.capital_country(self.dateline_city) and not (
                rx.search(r"\bhere\b", self.text)
                or len(rx.findall(re.escape(self.dateline_city), self.text, re.IGNORECASE)) > 1
            )
            for leg in self.legs:
                if leg.country == code and self.dateline_city not in leg.cities and not (desk and leg.cities):
                    leg.cities.insert(0, self.dateline_city)

    def _one_day(self) -> None:
        """A visit of one day ("a one-day visit", "flew to X for the day", "a day trip"): a single leg begins and
        ends on the day told."""
        if len(self.legs) != 1:
            return
        leg = self.legs[0]
        told = any(
            rx.search(
                r"(?<![\w-])(?:one-day|day-long|day) (?:(?:state|official|working|private) )?(?:visit|trip)\b|\bfor the day\b",
                s.text,
            )
            and not settled_elsewhere(s.text, 0)
            for s in self.sentences
        )
        if told and (leg.start or leg.end) and not (leg.start and leg.end):
            leg.start = leg.end = leg.start or leg.end
        elif told and not (leg.start or leg.end) and self.day_known:
            # "The host met X on Monday" then "X is on a one-day official visit": the day of what
            # the lead reports done is the visit's only day.
            lead = self.sentences[self.lead]
            days = {
                d[2]
                for d in self.dates(lead)
                if len(d[2]) == 10 and 0 <= (self.published - dt.date.fromisoformat(d[2])).days <= 6
            }
            if len(days) == 1 and not settled_elsewhere(lead.text, 0):
                leg.start = leg.end = days.pop()

    def _visit_range(self) -> None:
        """The days a single leg's visit is told to span in any sentence ("the three-day visit, from Tuesday to
        Thursday, February 14 to 16"), when the arrivals gave none."""
        if len(self.legs) != 1 or (self.legs[0].start and self.legs[0].end):
            return
        leg = self.legs[0]
        for sentence in self.sentences:
            visit = rx.search(r"\b(?:visit|trip|stay|tour)\b", sentence.text)
            if not visit or FUTURE.search(sentence.text) or BACKGROUND.search(sentence.text):
                continue
            spans = [d for d in self.dates(sentence) if d[3] and len(d[2]) == 10 and 0 <= d[0] - visit.end() <= 60]
            if spans:
                leg.start = leg.start or spans[-1][2]
                leg.end = leg.end or spans[-1][3]
                return

    def _arrival_day(self) -> None:
        """The day a single leg began, told with the leader's arrival and no other place ("Kenyatta, who landed on
        Saturday night, ...", "Meloni landed late on Friday", "X, who arrived yesterday for a state visit"), when no
        arrival read gave it."""
        if len(self.legs) != 1:
            return
        leg = self.legs[0]
        for sentence in self.sentences:
            for found in rx.finditer(
                r"\b(?:arrived|landed|touched down|flew in)\b(?! (?:back|home)\b)(?P<rest>[^.;,]{0,40})", sentence.text
            ):
                # ("arrived at National Airport": the airport of a city of the leg, no place elsewhere)
                elsewhere = rx.search(
                    r"\b(?:in|at|to|into|from) (?:the )?(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)",
                    found.group("rest"),
                )
                if elsewhere and (
                    elsewhere.group("place").endswith(("Airport", "Airfield", "Air Base"))
                    or rx.match(r" (?:[Aa]irport|[Aa]irfield|[Aa]ir [Bb]ase)\b", found.group("rest")[elsewhere.end() :])
                ):
                    elsewhere = None
                if elsewhere and not any(
                    code == leg.country or (city and city in leg.cities)
                    for _, _, code, city in self._places(elsewhere.group("place"))
                ):
                    continue  # an arrival somewhere else
                came = rx.search(r"\bfrom (?:the )?(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)", found.group("rest"))
                if came and (
                    came.group("place") in leg.cities
                    or any(code == leg.country for _, _, code, _ in self._places(came.group("place")))
                ):
                    continue  # "arrived in Cusco on Friday from Lima": a move within the leg's country
                if not self.leader_subject(sentence, found.start()) or settled_elsewhere(
                    _asides_blanked(sentence.text), found.start()
                ):
                    continue
                days = [
                    d
                    for d in self.dates(sentence)
                    if len(d[2]) == 10 and found.end() - len(found.group("rest")) <= d[0] <= found.end()
                ]
                # The arrival is the leg's first day: it replaces a later one read from what the leader did there
                # ("flew in on Monday the 19th", then "On Thursday ... flew to Xian").
                if (
                    days
                    and (leg.end is None or days[0][2] <= leg.end)
                    and (leg.start is None or days[0][2] < leg.start)
                ):
                    leg.start = days[0][2]
                    return

    def _leg_of_named_visit(self) -> None:
        """The leg of a visit the lead names as a noun ("the official visit of X to Y, which began on 2 April,
        concluded today"): its country, type, city and days, where the arrivals read gave none."""
        named = self.visit_named() if self.leader else None
        if self.leader and not self.legs and not (named and named[3]):
            # No leg read anywhere: a visit the headline or the deck names ("Inside X's state visit to Y"), the
            # leader's own.
            named = self.visit_named(heads=True)
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
        kind = rx.search(r"\b(state|official|working)\b(?: [a-z]+)? $", text[max(0, start - 30) : start])
        if kind and kind.group(1) not in leg.types:
            leg.types.append(kind.group(1))
        for city in rx.finditer(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+)?", text):
            if gz.capital_country(city.group()) == code and city.group() not in leg.cities:
                leg.cities.append(city.group())
        days = [d for d in self.dates(sentence) if len(d[2]) == 10]
        began = [d for d in days if rx.search(r"\b(?:began|started|opened)(?: on)? $", text[max(0, d[0] - 20) : d[0]])]
        if began and leg.start is None:
            leg.start = began[0][2]
        ending = rx.search(r"\b(?:concluded|ended|wound up|wrapped up|came to an end)\b", text)
        others = [d for d in days if d not in began]
        if ending and others and not FUTURE.search(text[: ending.start()]):
            last = min(others, key=lambda d: abs(d[0] - ending.start()))[2]
            if self.trip_end is None or last > self.trip_end:
                self.trip_end = last

    def _leg_at_dateline(self) -> None:
        """A lead that reports a visit without naming where: the dateline's country, if it is not the leader's."""
        host = self.filed_country()
        # The lead, or the next sentences about the leader ("President X met the jet ... General Y, who arrived
        # yesterday for a state visit of four days, was driven into the city"): a feature opens on the scene.
        told = [self.sentences[self.lead]] + [
            s
            for s in self.sentences[self.lead + 1 : self.lead + 6]
            # ("The president of Chile is on a state visit": the leader by office)
            if self.is_leader(s.text)
            or rx.match(r"(?:[Tt]he )?" + self.leader_reference(), s.text[:1].lower() + s.text[1:])
        ]
        first, visit = next(
            (
                (s, found)
                for s in told
                if (found := rx.search(r"\b(?:(?P<type>state|official|working) )?(?:visit|trip|tour)\b", s.text))
                and (s is told[0] or not OTHER_VISIT.search(s.text))
            ),
            (told[0], None),
        )
        lead = told[0].text
        if visit is None and self.leader and self.is_leader(lead):
            # "NAIROBI (Agency): Norwegian Prime Minister X and President Y pledged closer ties at their first
            # talks": filed from a capital abroad, the lead has the leader meet there, no other place named, no
            # call made.
            others = {code for _, _, code in gz.countries_in(lead)} - {host, self.leader_country}
            cities = [c for c in rx.findall(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+)?", lead) if gz.capital_country(c)]
            if (
                not others
                and all(gz.capital_country(c) == host for c in cities)
                and not rx.search(r"\b(?:(?:tele)?phone|video|virtual|call)\b", lead)
            ):
                # (its "type" group never matches: a meeting names no rank of visit)
                met = rx.search(r"\b(?P<type>(?!))?(?:talks|meeting|met)\b", lead)
                said = rx.search(r"\b(?:said|says|told|announced|noted|that)\b", lead[: met.start()] if met else "")
                # (not "X said ministers met": what the leader reported, others did)
                if met and self.leader_subject(told[0], met.start()) and not said:
                    first, visit = told[0], met
        if not host or host == self.leader_country or not visit or FUTURE.search(first.text[: visit.start()]):
            return
        years = rx.findall(r"\b(?:19|20)\d\d\b", rx.split(r"[,;]", first.text[visit.end() :])[0])
        if any(int(year) != self.published.year for year in years):
            return  # "the visit of X to Chile in 2015 had been a success": an earlier visit, told in passing
        leg = Leg(host, cities=[self.dateline_city or ""], first=0)
        leg.span = (visit.start(), visit.end())
        leg.rule = "travel-dateline"
        leg.sentence = first  # type: ignore[attr-defined]
        if visit.group("type"):
            leg.types.append(visit.group("type"))
        ending = rx.search(r"\b(?:left for home|ended|wrapped up|concluded)\b", first.text)
        if ending:
            self.trip_end = self.date_near(first, ending.end())
            length = rx.search(r"\b(?P<n>two|three|four|five|six|seven)-day\b", first.text)
            if length and self.trip_end:
                days = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}[length.group("n")]
                leg.start = (dt.date.fromisoformat(self.trip_end) - dt.timedelta(days=days - 1)).isoformat()
        self.legs.append(leg)

    def _capitals_told(self) -> None:
        """The capital of a leg's country, or a city of GeoNames in it, where a sentence about that leg has the leader
        in it ("held talks in Moscow", "In Tehran, the two leaders ...", "toured Agra"): a city of the leg, unless told
        of another time."""
        for index, sentence in enumerate(self.sentences):
            leg = self.current[index] if index < len(self.current) else None
            if leg is None or index < leg.first:
                continue
            for found in rx.finditer(
                r"\b(?:in|to|at|reached|visited|toured) (?P<city>[A-Z][\w'\u00c0-\u017f-]+(?: [A-Z][\w'\u00c0-\u017f-]+)*)",
                sentence.text,
            ):
                city = found.group("city")
                code = gz.capital_country(city) or gz.capital_country(gz.unaccented(city))
                if (
                    code is None
                    and leg.country in gz.cities().get(city, ())
                    and not self._a_person(city)
                    # "once before, in 1974, when he spoke in New York": another year's
                    and not rx.search(r"\b(?!" + str(self.published.year) + r")(?:19|20)\d\d\b", sentence.text)
                    # "criticised the conversion of a monastery in Istanbul": a place talked about, not one gone to
                    and not rx.search(
                        r"\b(?:criticis|criticiz|condemn|prais|call|urg|said|says|discuss|mention|warn|denounc|deplor|"
                        r"referr|spoke (?:of|about)|talked about|complain)\w*\b[^.;]*$",
                        sentence.text[: found.start()],
                    )
                ):
                    code = leg.country  # "toured Agra", "flew on to Mombasa": a city of GeoNames in the leg's country
                if code != leg.country or city in leg.cities or gz.unaccented(city) in leg.cities:
                    continue
                if settled_elsewhere(sentence.text, found.start()) or not self.leader_subject(sentence, found.start()):
                    continue
                leg.cities.append(city)
            # A city the gazetteer does not know, told as one where the leader is: "ended the visit in the central
            # city of Wuhan", "began in the ancient capital of Kyoto", "In Wuhan, Merkel met students".
            told = [
                (m.start("city"), m.start("city"))
                for m in rx.finditer(
                    r"\b(?:in|to) the (?:[a-z-]+ ){0,2}(?:city|capital|town|port|resort) of "
                    r"(?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)",
                    sentence.text,
                )
            ]
            opening = rx.match(
                r"In (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?), (?=[A-Z][\w'-]+ [a-z]+ed\b|(?:he|she) )", sentence.text
            )
            if opening:
                told.append((opening.start("city"), len(sentence.text)))  # the leader acts after the place
            for at, acting in told:
                city = rx.match(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?", sentence.text[at:]).group()  # type: ignore[union-attr]
                if (
                    city in leg.cities
                    or city in gz.country_names()
                    or city in gz.adjectives()
                    or city.split()[-1] in _REGIONS
                    or (gz.capital_country(city) and gz.capital_country(city) != leg.country)
                    or settled_elsewhere(sentence.text, at)
                    or not self.leader_subject(sentence, acting)
                ):
                    continue
                leg.cities.append(city)

    def emit_legs(self) -> None:
        """The findings of the legs and of the trip itself, once every other finding is made."""
        if not self.legs or not self.leader:
            return
        self._capitals_told()
        first = self.legs[0]
        sentence0 = first.sentence  # type: ignore[attr-defined]
        self.add(
            "trip",
            {
                "leader": self.leader,
                # (a first leg known with no day of its own: the trip's first day is unknown, not a later leg's)
                "start": self.trip_left
                if self._began_in and first.country == self._began_in and first.start is None
                else min((d for d in (*(leg.start for leg in self.legs), self.trip_left) if d), default=None),
                # The trip goes on while its last leg has no end: an earlier leg's end is not the trip's.
                "end": max((d for d in (*(leg.end for leg in self.legs), self.trip_end) if d), default=None)
                if self.legs[-1].end or self.trip_end
                else None,
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
            if types == ["multilateral"]:
                # A summit attended on a leg the text gives no protocol rank: the rank is unspecified.
                types = ["unspecified", "multilateral"]
            self.add(
                "legs",
                {"country": leg.country, "cities": leg.cities, "types": types, "start": leg.start, "end": leg.end},
                leg.sentence,  # type: ignore[attr-defined]
                leg.span[0],
                leg.span[1],
                leg.rule,
                0.8,
            )
