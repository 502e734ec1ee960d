"""Who travels and who receives them: the leader the lead names, the people the article names, each leg's host."""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer as gz
from . import rx
from .clauses import (
    BACKGROUND,
    FUTURE,
    HONORIFIC,
    INSTITUTIONS,
    MONTH_WORD,
    NAME,
    NOT_NAMES,
    PERSON,
    RECEIVING_VERBS,
    TITLE,
    TITLES,
    TRAVELLER_VERBS,
    country_of,
    dateline,
    settled_elsewhere,
)
from .reader import ReaderCore
from .text import Sentence

# Titles of a monarch a text may leave unnamed ("the Queen", "Her Majesty").
MONARCHS = ("Queen", "King", "Emperor", "Empress", "Sultan", "Emir")


def _travels_in(name: str, text: str, year: int | None = None, shared: frozenset[str] = frozenset()) -> bool:
    """Whether a text has this person travelling: the subject of a travel verb, or the one welcomed; not in a
    clause of another year ("since the late Sultan X travelled to Tehran in 2013"), and by the words of the name
    no other person named shares ("Park Min-ho" is not "Chairman Park Chol-su")."""
    words = [w for w in name.split() if w[:1].isupper() and len(w) > 2 and w not in shared] or name.split()
    who = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
    subject = rx.finditer(
        who + r"(?:(?:,[^,]{1,100},)|\s\((?:[^)]*)\)|"
        # "X, Prime Minister of Papua New Guinea made": an office and its country with no comma to close them.
        r", (?:the )?(?:" + TITLE + r") of (?:the )?[A-Z][\w'-]*(?: (?:of )?[A-Z][\w'-]*)*|,|"
        # "X of Saudi Arabia landed", "X and a high-level delegation paid": the traveller's country or company.
        r" of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*)?"
        # "X, Emperor of Japan, and Her Majesty Empress Y concluded": a companion after the aside.
        r"(?: and (?:a|an|the|his|her|His|Her) [^,.;]{1,60}?)?"
        r"\s(?:(?:on|late|early|last|this) \w+ |also |then |has |had |"
        r"is |was |will |on \w+day \w+ )?(?:[\w-]+ )?" + TRAVELLER_VERBS + r"\b",
        text,
    )
    # "X and Y ended two days of talks": a visit begun, made or ended is travel, talks are not.
    going = any(
        not rx.search(
            r"\b(?:began|begins|started|kicked off|opened|wrapped up|wraps up|wound up|winds up|concluded|"
            r"concludes|ended|ends|rounded off|completed|continued|paid|pays|made|makes)$",
            found.group(),
        )
        or rx.match(r"[^.;,]{0,50}?\b(?:visits?|trip|tour|journey|stay|swing|voyage|mission)\b", text[found.end() :])
        for found in subject
        # ("X headed a show of hospitality to welcome Y": what X did, X did as the host)
        if not rx.match(r"[^.;]{0,80}?\bto (?:welcome|receive|greet)\b", text[found.end() :])
        if year is None
        or not {
            int(y)
            for y in rx.findall(
                # ("landed ... for the first visit since 1992": a year after "since" is the comparison's)
                r"\b(?:19|20)\d\d\b",
                rx.split(r"[,;]|\b(?:and|but|where|which|since)\b", text[found.end() :])[0],
            )
        }
        - {year}
    )
    # "X welcomed Y" has Y travelling; "Y was received by X" has X at home.
    # ("was welcomed in Lima by X": X welcomes, so no "by" between the verb and the name)
    received = rx.search(RECEIVING_VERBS + r"\s(?:(?!by\b)[\w.'-]+\s){0,5}?" + who, text)
    # "talks between the visiting Kenyan President X and ...", "a welcome ceremony for President X": the one
    # the host's report names as visiting, or holds a ceremony of welcome for, is the guest.
    office = r"(?:[A-Z][\w-]+ )?(?:" + TITLE + r")\s(?:" + HONORIFIC + r"\s)?(?:[A-Z][\w.'-]+\s){0,3}?"
    welcomed = rx.search(
        r"(?:\bvisiting |\b[Ww]elcom(?:e|ing) (?:ceremony|reception|parade) (?:for|in honou?r of) (?:the )?)"
        + office
        + who,
        text,
    )
    # "X was due to fly home from China today at the end of a four-day visit": the journey's last step, told of
    # the one named in full (a surname two people share tells neither).
    leaving = len(name.split()) >= 2 and rx.search(
        re.escape(name) + r"(?:,[^,]{1,100},)? (?:was|is) (?:due|set|scheduled|expected) to (?:fly|leave|depart|return)"
        r" (?:home|back|from)\b",
        text,
    )
    return bool(going or received or welcomed or leaving)


# A visit named as a noun, its traveller in an "of" phrase or a possessive: "the official visit of Prime Minister X
# to Y", "the visit to the Republic of Y of Comrade X" (communiques), "X's journey to Y" (features). Leads in these
# styles may never make the traveller the subject of a verb.
_NOMINAL_VISIT = re.compile(r"\b(?:visit|journey|trip|tour|stay)\b(?= (?:to|of|in|by)\b)")
# One title in the plural before two people of two countries: "Presidents X of Mexico and Y of Chile".
_PLURAL_TITLES = re.compile(
    r"\b(?:Presidents|Prime Ministers|Premiers|Chancellors|Kings|Emirs|Foreign Ministers|Vice Presidents) "
    r"(?P<one>" + NAME + r")(?: \([^)]{1,30}\))? of (?:the )?(?P<one_of>[A-Z][\w]+(?: [A-Z][\w]+)*),? and "
    r"(?P<other>" + NAME + r")(?: \([^)]{1,30}\))? of (?:the )?(?P<other_of>[A-Z][\w]+(?: [A-Z][\w]+)*)"
)
# After a name, a counterpart of a country beside it, and where the clause has them ("X and his Japanese counterpart
# Y in Tokyo last evening").
_COUNTERPART_AFTER = re.compile(
    r",? and (?:his|her) (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) counterpart\b(?:,? (?:[A-Z][\w.'-]*,? ?)*)"
    r"(?:[^.;]{0,40}?\bin (?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?))?"
)
# The titles of a head of state or government: the host of a leg is one ("First Secretary" of a ruling party too).
_HEAD_TITLES = re.compile(
    r"\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Emperor|Chairman|"
    r"General Secretary|First Secretary|Supreme Leader|Taoiseach|Head of (?:State|Government))\b"
)


_SUBORDINATORS = {
    "When",
    "While",
    "As",
    "After",
    "Before",
    "If",
    "Although",
    "Though",
    "Since",
    "Once",
    "Until",
    "Because",
    "Where",
    "Whether",
    "Unless",
    "With",
    "Without",
    "For",
    "From",
    "To",
    "By",
    "Under",
}
"""Words that open a clause or a phrase at a sentence's start: never the first word of a name."""


def _clause_of(text: str, position: int) -> str:
    """The clause of a sentence around a position: between semicolons and commas before a subordinate word."""
    cuts = [
        0,
        *(m.start() for m in rx.finditer(r";|, (?:and|but|while|when|since|after|before|as|which|who)\b", text)),
        len(text),
    ]
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        if lo <= position < hi:
            return text[lo:hi]
    return text


# Verbs whose subject goes somewhere: arriving, leaving, visiting, and beginning, making or ending a visit ("ended
# two days of talks" is no travel, "ended a state visit" is).
_GOES = (
    r"(?:arrived|arrives|arriving|landed|lands|touched down|flew|flies|flying|travell?ed|travels|travell?ing|departed|"
    r"departs|set (?:off|out)|head(?:ed|s|ing)(?= (?:to|for|home|back|out|off|north|south|east|west)\b)|visited|visits|is visiting|was visiting|went to|"
    r"(?:is|was) (?:back |now )?in (?:the )?[A-Z]|(?:is|was) back (?:home|in)\b|"
    # "returned to Warsaw", "came here", not "returned to it" (a subject of the talks).
    r"(?:returned|returns|came|comes)(?= (?:home|here|back|from|to (?:the )?[A-Z]|to (?:the|his|her) (?:capital|country)|"
    r"(?:on|late|early|last) \w+))|"
    r"(?:left|leaves|leaving)\b(?:[^.;]{0,40}?\bfor\b| (?:the )?[A-Z])|"
    r"(?:began|begins|started|starts|kicked off|kicks off|ended|ends|concluded|concludes|wrapped(?: up)?|wraps(?: up)?|"
    r"wound up|winds up|"
    r"completed|completes|rounded off|cut short|paid|pays|made|makes|is on|was on|continued|continues|kept up)\b"
    r"[^.;,]{0,50}?\b(?i:visit|trip|tour|journey|stay|swing|voyage)s?\b|"
    r"(?:was|were|is|are|had been|has been) (?:\w+ )?(?:received|welcomed|greeted|met)\b)"
)
# After a mention, what makes it the subject of going: an aside ("X, General Secretary of ..., returned"), a
# companion ("X and the Duke flew"), adverbs ("X this week completed a tour"), or a relative clause ("the Cuban
# leader, who arrived on ...").
_GOES_AFTER = re.compile(
    r"(?:(?: of (?:the )?[A-Z][\w'-]+(?: (?:of )?[A-Z][\w'-]+)*)?,? (?:who|which) (?:had |has |have )?(?:\w+ )?"
    + _GOES
    + r"|"
    r"(?:,[^;]{1,200}?,|\s\([^)]*\)|,| of (?:the )?[A-Z][\w'-]+(?: (?:of )?[A-Z][\w'-]+)*)?"
    r"(?: and (?:the |his |her |a |an )?[^,.;]{1,60}?)?"
    r"(?:\s(?:(?:on|late|early|last|this|next) \w+|\w+ly|also|then|first|finally|later|has|have|had|today|"
    r"yesterday|here|together|duly|is|was|are|were))*\s" + _GOES + r")"
)
# A capitalized word that goes somewhere ("Keating arrived in ..."): a surname told alone.
_GOING_WORD = re.compile(r"(?<![\w'-])(?P<word>[A-Z][\w'-]+)(?=" + _GOES_AFTER.pattern + r")")
# Before a mention, a visit of it ("the official visit of First Secretary X", "the first visit by a British monarch"),
# a welcome of it ("Ford welcomed the First Secretary"), a meal in its honour, or the guest in apposition.
_VISIT_OF = re.compile(
    r"\b(?:visits?|trip|tour|journey|stay|arrival)\b(?: (?:to|in) (?:the )?[A-Z][\w'-]*(?: (?:of )?[A-Z][\w'-]*)*)?"
    r" (?:of|by) (?:the |a |an )?(?:[\w.'-]+ ){0,6}$"
)
_WELCOMED = re.compile(RECEIVING_VERBS + r"\s(?!by\b)(?:[\w.'-]+\s){0,5}$")
# "the visiting Kenyan President X", "a welcome ceremony for President X": a host's report naming its guest.
_VISITING = re.compile(
    r"(?:\bvisiting|\b[Ww]elcom(?:e|ing) (?:ceremony|reception|parade) (?:for|in honou?r of)(?: the)?)\s"
    r"(?:[A-Z][\w.'-]*\s){0,6}$"
)
_HONOURED = re.compile(r"\bin (?:the )?honou?r of (?:[\w.'-]+\s){0,5}$")
_GUEST_OF = re.compile(r"\b(?:the|our) (?:[\w-]+ )?(?:guests?|visitors?), (?:(?:the|of) |[A-Z][\w.'-]*,? ){0,8}$")
# After a mention, its own visit ("X's first trip abroad"); and a pronoun's ("the state visit he has been making").
_OWN_VISIT = re.compile(r"['\u2019]s (?:[\w-]+ ){0,3}(?:visit|trip|tour|journey|stay|arrival)\b")
_VISIT_MADE = re.compile(
    r"\b(?:visit|trip|tour|journey|stay)s?(?: to (?:the )?[A-Z][\w'-]*(?: (?:of )?[A-Z][\w'-]*)*)? (?:that |which )?$"
)
_MAKING = re.compile(r"\s(?:has been |had been |is |was )?(?:making|made|paying|paid|undert(?:ook|aking))\b")
# A host: one who receives, welcomes or invites, or gives the dinner ("received by X", "at the invitation of X",
# "X was waiting for him", "his host, X").
_HOST_AFTER = re.compile(
    r"(?:,[^;,]{1,150},)?(?: who\b[^;,]{0,40}?)?\s(?:(?:was|is|were) (?:\w+ )?waiting|(?!(?:was|were|is|are|been|being|be) )(?:\w+ )?"
    r"(?:welcomed|welcomes|received|receives|hosted|hosts|greeted|greets|saw (?:\w+ )+off|gave (?:a|an) [\w ]{0,20}?(?:dinner|banquet|lunch|luncheon|reception|"
    r"ceremony)|held a [\w ]{0,20}?welcom))"
)
_HOST_BEFORE = re.compile(
    r"(?:\b(?:received|welcomed|greeted|met|hosted|invited)\b[^.;]{0,40}?\bby|\binvitation of|"
    r"\b(?:his|her|their) hosts?,?) (?:the )?(?:[\w.'-]+,?\s){0,8}$"
)
_GUESTING = re.compile(r"\s(?:\w+ ){1,3}(?:his|her) hosts?\b")  # "X assured his host": X is the guest
# Honorifics and ranks that come before a name the lead gives no title of office ("His Majesty Akihito, Emperor of
# Japan", "General de Gaulle", "Comandante Fidel Castro").
_RANKED = re.compile(
    r"\b(?P<title>(?:His|Her) (?:Royal )?(?:Majesty|Highness|Excellency)|Comrade|Comandante|General|Field Marshal|"
    r"(?:Mr|Mrs|Ms|Dr|Mme|Madame|Shri|Smt)\.?(?= )|"
    r"Marshal|Generalissimo|Colonel|Admiral)\s(?:(?:His|Her) (?:Royal )?(?:Majesty|Highness|Excellency)\s)?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|Sheikh)\.?\s)?(?P<name>(?:(?:de|da|van|von|di|du|le|al|el)\s)?" + NAME + r")"
    r"(?:,? (?:the )?(?P<office>[A-Z][\w-]+(?: [A-Z][\w-]+)?) of (?:the )?(?P<where>[A-Z][\w' -]+?)(?=[,.;]| and\b|$))?"
)
# "the Mongolian leader", "the Pakistani President", "a reigning British monarch": a role with a country's adjective.
_ROLE = re.compile(
    r"\b(?:[Tt]he|[Aa]) (?:[a-z]+ )?(?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}?) (?:leader|[Pp]resident|[Pp]rime [Mm]inister|"
    r"[Pp]remier|[Cc]hancellor|monarch|[Kk]ing|[Qq]ueen|[Ee]mperor|[Ee]mir|[Ss]ultan|head of (?:state|government)|"
    r"statesman|guests?|visitors?|delegation|side)\b"
)
# Words after "General" or "Marshal" that make an office or a body of it, not a rank before a name.
_OFFICE_WORDS = {"Secretary", "Assembly", "Staff", "Council", "Manager", "Director", "Consul", "Counsel", "Affairs"}
# A run of capitalised words, with the small words of a proper name between them ("Republic of the Union of
# Myanmar"): a country's or a body's name, never a clause ("House of Representatives hosted a group ... in X").
_PROPER_RUN = r"[A-Z][\w'-]*(?: (?:(?:of|the|and|for|de|du|da|del) )*[A-Z][\w'-]*)*?"
_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
}  # fmt: skip
# An honorific or a rank, which says nothing of the office: "Mr. Tanaka" is "Prime Minister Kakuei Tanaka".
_HONOUR = re.compile(
    r"(?:His|Her|Comrade|Comandante|General|Field Marshal|Marshal|Colonel|Admiral|Mr|Mrs|Ms|Dr|Mme|Madame|Shri|Smt)\b"
)
_QUESTIONS = {"Why", "How", "What", "Who", "Whom", "Which"}  # "Why Faye went to X first": a headline's question
_RANK_WORDS = {"Comrade", "Comandante", "General", "Marshal", "Generalissimo", "Colonel", "Admiral", "His", "Her"}
# ("Sheikh" only before a name of three words or more: in "Sheikh Hasina" it is the name)
_STRIPPED = re.compile(
    r"^(?:(?:Comrade|Comandante|Mr|Mrs|Ms|Dr)\.? |Sheikha? (?=[A-Z][\w-]+ (?:bin |ibn |al |Al |[A-Z][\w-]+ [A-Z])))+"
)


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """The names of the countries' first-level subdivisions (ISO 3166-2, by pycountry): "California", "Bavaria"."""
    import pycountry

    return frozenset(division.name for division in pycountry.subdivisions)


def _a_place(name: str) -> bool:
    """Whether a name read as the traveller's is a place's: a country, a capital, a region ("California")."""
    return bool(gz.country_names().get(name) or gz.capital_country(name) or name in _region_names())


def _cased(city: str) -> str:
    """A dateline's city in capitals as the gazetteer writes it: "DAR ES SALAAM" is "Dar es Salaam", "RIO DE
    JANEIRO" "Rio de Janeiro" (the small words of a name in lower case, when that is a city known)."""
    if city != city.upper():
        return city
    titled = city.title()
    lowered = rx.sub(
        r"(?<=[ -])(?:Es|De|Da|Del|Di|Do|Dos|Das|La|Le|Les|Of|The|Al|El|En|Sur|Am|Im|Upon)(?=[ -])",
        lambda small: small.group().lower(),
        titled,
    )
    return lowered if lowered != titled and (gz.city_country(lowered) or gz.capital_country(lowered)) else titled


class LeaderRules(ReaderCore):
    """The rules that find the travelling leader, the people named, and the host of each leg."""

    _weighed: list[tuple[dict, float]] | None = None
    """Each person named with the weight of the text's evidence that they travel, once weighed."""

    def filed_country(self) -> str | None:
        """The country of the place the story is filed from: a capital's, or a city's of GeoNames ("SOCHI, Russia",
        "VARANASI, India")."""
        return gz.city_country(self.dateline_city) if self.dateline_city else None

    def find_leader(self) -> None:
        """The travelling leader: a person named in the lead, preferring one whose country is not the dateline's."""
        first = self.sentences[self.lead]
        head = dateline(first.text)
        alone = dateline(self.sentences[self.lead - 1].text + " ") if self.lead else None
        if head is None and alone:
            # "MOSCOW, 5 April (Agency)." or "BEIJING." on a line of its own before the story.
            city = alone.group("city")
            self.dateline_city = _cased(city)
        if head:
            city = head.group("city")
            self.dateline_city = _cased(city)
        if self.dateline_city is None:
            # "Kampala, 9 August 2023" on a line of its own above the story (a paper's place and date): a capital's.
            for line in self.sentences[max(0, self.lead - 3) : self.lead]:
                place = rx.fullmatch(
                    r"(?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?),? (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
                    r"(?:\d{1,2} " + MONTH_WORD + r"|" + MONTH_WORD + r" \d{1,2}),? \d{4}",
                    line.text.strip(),
                )
                if place and gz.capital_country(place.group("city")):
                    self.dateline_city = place.group("city")
        host = self.filed_country()
        lead = " ".join(s.text for s in self.sentences[self.lead : self.lead + 2])
        candidates: list[tuple[str, str | None]] = []
        for match in PERSON.finditer(lead):
            name = match.group("name")
            if name.split()[0] in NOT_NAMES or INSTITUTIONS & set(name.split()) or name in gz.country_names():
                continue
            # "Prime Minister of Papua New Guinea made": the end of the office's country, no name.
            if any(end > match.start("name") - match.start() for _, end, _ in gz.countries_in(match.group(0))):
                continue
            if rx.search(
                r"\b(?:[Ss]ecretary|[Aa]dvis[eo]r|[Ss]pokes(?:man|woman|person)|[Aa]ide|[Aa]ssistant) (?:to|of|for) (?:the )?$",
                lead[: match.start()],
            ):
                continue  # "Senior Adviser to the President X": X is the adviser, the title another's
            country = country_of(match.group("adj"))
            known = self.person(name)
            if country is None and self.known_people.get(known):
                country = self.known_people[known]
            candidates.append((name, country))
        # "Presidents X of Mexico and Y of Chile": one title in the plural for two people, each with a country
        # (before any named after them).
        # The lead has them meet in one's capital ("At talks held in Quito"), or the story is filed from
        # there: the other is the one abroad.
        abroad: list[tuple[str, str | None]] = []
        for match in _PLURAL_TITLES.finditer(lead):
            pair = [
                (match.group(name), next((code for _, _, code in gz.countries_in(where)[:1]), None))
                for name, where in (("one", match.group("one_of")), ("other", match.group("other_of")))
            ]
            before = [c for c in candidates if lead.find(c[0]) < match.start()]
            candidates = before + pair + [c for c in candidates if c not in before]
            met_in = rx.search(r"\b(?:held|met|meeting|talks|summit) in (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", lead)
            met_country = host or (gz.capital_country(met_in.group("city")) if met_in else None)
            if met_country and met_country in (pair[0][1], pair[1][1]) and pair[0][1] != pair[1][1]:
                abroad += [c for c in pair if c[1] != met_country]
        # "His Excellency Mr. Abdel Fattah El-Sisi, President of the Arab Republic of Egypt": a title after the name.
        for match in rx.finditer(
            # ("The Honourable X, Prime Minister of Y": a Commonwealth style of address; the styles are taken whole,
            # as a possessive would on Python 3.11: a name never starts with a style, and backing into a long run
            # of styles is cubic)
            r"(?=(?P<styles>(?:(?:His|Her) (?:Royal )?(?:Excellency|Majesty|Highness) |"
            r"(?:Mr|Mrs|Ms|Dr|Shri|Smt|Comrade)\.? |(?:[Tt]he )?(?:Right |Rt\.? )?(?:Honou?rable|Hon\.) |Sir )+))"
            r"(?P=styles)(?P<name>"
            + NAME
            + r"), (?:the )?(?:"
            + TITLE
            + r") of (?:the )?(?P<where>[A-Z][\w' ]+?)(?=[,.;]| (?:paid|visited|arrived|made|began|ended|is|was|has)\b)",
            lead,
        ):
            code = next((code for _, _, code in gz.countries_in(match.group("where"))), None)
            candidates.append((match.group("name"), code))
        # "At the invitation of ..., Michael Somare, Prime Minister of Papua New Guinea, made": a name with no
        # style in apposition before its office and country, opening a clause.
        for match in rx.finditer(
            r"(?:^|(?<=, )|(?<=[-\u2014:] ))(?:(?:Sir|Dame) )?(?P<name>"
            + NAME
            + r"), (?:the )?(?:"
            + TITLE
            + r") of (?:the )?(?P<where>[A-Z][\w' ]+?)(?=[,.;]| (?:paid|visited|arrived|made|began|ended|is|was|has)\b)",
            lead,
        ):
            code = next((code for _, _, code in gz.countries_in(match.group("where"))), None)
            if code and match.group("name").split()[0] not in NOT_NAMES | _SUBORDINATORS:
                candidates.append((match.group("name"), code))
        # "The President of the Republic of Uzbekistan, Shavkat Mirziyoyev,": the title and country, then the name
        # ("The President of the Republic, Mr. X,": a home agency's, with an honorific and no country).
        for match in rx.finditer(
            r"\b[Tt]he (?:"
            + TITLE
            + r"|Head of State|Head of Government) of (?:the )?(?P<where>"
            + _PROPER_RUN
            + r"), "
            r"(?:" + HONORIFIC + r"\s)?(?P<name>" + NAME + r"),",
            lead,
        ):
            where = rx.sub(r"^(?:Republic|Kingdom|State|Sultanate|Federation) of (?:the )?", "", match.group("where"))
            code = gz.country_names().get(where) or gz.country_names().get("the " + where)
            candidates.append((match.group("name"), code))
        # "Speaker of the National Assembly of Ghana Kwame Mensah": a title of an office in a
        # country's institution, the name right after the country.
        for start, end, code in gz.countries_in(lead):
            name_after = rx.match(r" (?:" + HONORIFIC + r"\s)?(?P<name>" + NAME + r")\b", lead[end:])
            titled = rx.search(
                r"\b(?:" + TITLE + r") of (?:the )?(?:[A-Z][\w'-]* |of |the )*$", lead[max(0, start - 80) : start]
            )
            if name_after and titled and name_after.group("name").split()[0] not in NOT_NAMES:
                candidates.append((name_after.group("name"), code))
        # A name with no title opening the story: "WASHINGTON, May 2 (Agency) - Barack Obama on Friday ...".
        body = first.text[head.end() :] if head else first.text
        bare = rx.match(r"(?P<name>" + NAME + r")\b", body)
        if bare:
            name = bare.group("name")
            words = name.split()
            if (
                len(words) >= 2
                and not any(title in name for title in TITLES)
                and words[0] not in NOT_NAMES
                # "When X's aircraft ...", "Nusa Dua's hotel strip": a conjunction or a possessive is no bare subject.
                and words[0] not in _SUBORDINATORS
                and not rx.match(r"['\u2019]s\b", body[bare.end() :])
                and name not in gz.country_names()
                and words[0] not in gz.adjectives()
            ):
                after = rx.search(
                    r"\b(?P<adj>[A-Z][\w.]+(?: [A-Z][a-z]+)?) (?:president|prime minister|premier|chancellor|leader|king)\b",
                    first.text,
                )
                country = gz.adjectives().get(after.group("adj")) if after else None
                known = self.person(name)
                candidates.insert(0, (name, country or self.known_people.get(known) or None))
        # "Xi Jinping's week in Europe" over "Xi began in Rome, where he met Prime Minister Y": the lead's subject by
        # surname alone, named in full in the headline above.
        alone = rx.match(r"(?P<word>[A-Z][\w'-]+) (?:[a-z]+ed|" + TRAVELLER_VERBS + r"|met|held|flew|went)\b", body)
        if alone and alone.group("word") not in NOT_NAMES | _SUBORDINATORS and self.lead:
            above = " ".join(s.text for s in self.sentences[: self.lead])
            for match in rx.finditer(r"(?P<name>" + NAME + r")", above):
                words = match.group("name").split()
                if len(words) >= 2 and alone.group("word") in words and words[0] not in NOT_NAMES | _SUBORDINATORS:
                    candidates.insert(0, (match.group("name"), None))
                    break
        # "X received a guest at the airport ... Narendra Modi landed in Zagreb": the lead's next sentence names the
        # traveller bare, as the subject of an arrival, after a scene set by the host.
        second = self.sentences[self.lead + 1].text if self.lead + 1 < len(self.sentences) else ""
        arriving = rx.match(
            r"(?P<name>"
            + NAME
            + r") (?:(?:has|had|also|then|first) )?(?:arrived|landed|touched down|flew in(?:to)?)\b",
            second,
        )
        if arriving and not any(set(arriving.group("name").split()) & set(c[0].split()) for c in candidates):
            words = arriving.group("name").split()
            if (
                len(words) >= 2
                and not {words[0], words[-1]} & (NOT_NAMES | _SUBORDINATORS | INSTITUTIONS)
                and not any(w in gz.adjectives() or w in gz.country_names() or gz.capital_country(w) for w in words)
                and not any(word in TITLES for word in words)
            ):
                candidates.append((arriving.group("name"), None))
        named = self.visit_named()
        by_office = None if named else self._visited_by_office()
        if by_office:
            candidates.insert(0, by_office)
        if named:
            candidates.insert(0, (named[1], named[2]))
        if not candidates:
            # A feature's lead may name the traveller with no title anywhere in it ("Yet on the night of June 28
            # Joko Widodo, who prefers ..., sat in a carriage"): a full name as a clause's subject.
            for match in rx.finditer(
                r"(?<![\w'-])(?P<name>"
                + NAME
                + r")(?=, who\b| [a-z]+ed\b| (?:sat|went|flew|was|met|made|took|spent)\b)",
                lead,
            ):
                name = match.group("name")
                words = name.split()
                if (
                    len(words) >= 2
                    and not {words[0], words[-1]} & (NOT_NAMES | _SUBORDINATORS | INSTITUTIONS)
                    and not any(w in gz.adjectives() or w in gz.country_names() or gz.capital_country(w) for w in words)
                    and not rx.search(r"\b(?:" + MONTH_WORD + r")$", name)
                    and not gz.grouping_of(name)
                    and not any(word in TITLES or word in {"Minister", "Secretary"} for word in words)
                ):
                    candidates.append((name, None))
                    break
        # "At the invitation of Prime Minister X, President Y paid a state visit": the one who invites is the host.
        # (whoever has a title before the clause's comma, else its capitalized words: "of the Chinese Primier X,")
        inviters = [
            {
                w
                for m in PERSON.finditer(found.group("inviter"))
                if not INSTITUTIONS & set(m.group("name").split())
                for w in m.group("name").split()
            }
            or set(rx.findall(r"\b[A-Z][\w'-]+", found.group("inviter")))
            - set(TITLES)
            - set(gz.adjectives())
            - {"The", "His", "Her", "Excellency", "Majesty", "Highness", "Mr", "Mrs", "Ms", "Dr"}
            for found in rx.finditer(r"\b(?:[Ii]nvitation of|[Ii]nvited by)\s(?P<inviter>[^,;.]{1,160})", lead)
        ]
        guests = [c for c in candidates if not any(set(c[0].split()) & words for words in inviters)]
        if inviters:
            candidates = guests  # (with no one else named, the traveller is found as if the lead named no one)
        weighed = None
        if not candidates:
            # No one in the lead by these shapes (a live blog, a diary, a digest): whom the whole text has travelling.
            weighed = self._weighed_traveller() or self._unnamed_monarch() or self._going_single_name()
            if weighed is None:
                return
            candidates = [weighed[:2]]
        # The traveller is whoever the lead has arriving, visiting or leaving, or being welcomed: not
        # whoever is named first, and not whoever is from the dateline's country (a story may be filed at home).
        # Of several travelling ("X, Emperor of Japan, and Her Majesty Empress Y concluded"), the one named first.
        # (The words of names two people share, "Park Min-ho" and "Chairman Park Chol-su", tell neither.)
        people = list(
            dict.fromkeys(
                c[0] for c in candidates if not any(set(c[0].split()) < set(o[0].split()) for o in candidates)
            )
        )
        shared = frozenset(w for p in people for w in p.split() if sum(w in q.split() for q in people) > 1)
        travelling = sorted(
            (c for c in candidates if _travels_in(c[0], lead, self.published.year, shared)),
            key=lambda c: lead.find(c[0].split()[-1]),
        )
        # "The guest, President Marta Silva of Portugal, ...", "our distinguished guest, Mr. X": the visitor by role.
        for guest in rx.finditer(
            r"\b(?:[Tt]he|[Oo]ur) (?:distinguished |honou?red |high |visiting |royal )?(?:guest|visitor)s?,? (?:the )?"
            r"(?:(?:"
            + TITLE
            + r")(?: of (?:the )?[A-Z][\w' ]+?)?,? )?(?:"
            + HONORIFIC
            + r"\s)?(?P<name>"
            + NAME
            + r")",
            lead,
        ):
            same = [c for c in candidates if set(c[0].split()) & set(guest.group("name").split())]
            if same and same[0] not in travelling:
                travelling.insert(0, same[0])
        if not travelling and abroad:
            travelling = abroad[:1]
        if not travelling:
            # "The Prime Minister wrapped up a visit to X ... Prime Minister Y of Canada met President Z": the one
            # the lead has travelling by title alone is the one of the names with that title.
            bare = rx.search(r"(?:^|[-\u2014:] |\. )[Tt]he (?P<title>" + TITLE + r") " + TRAVELLER_VERBS + r"\b", lead)
            by_title = {
                match.group("name"): match.group("title").lower()
                for match in PERSON.finditer(lead)
                if bare and match.group("title").lower() == bare.group("title").lower()
            }
            travelling = [c for c in candidates if c[0] in by_title] if len(set(by_title)) == 1 else []
        if named:
            travelling.insert(0, (named[1], named[2]))
        elif by_office:
            travelling.insert(0, by_office)
        remote = rx.search(r"\b(?:(?:tele)?phone|video|virtual)\b", first.text)
        if not travelling and not (remote and not named):
            # Nobody in the lead goes anywhere ("X and Y agreed on Tuesday ..."): whom the whole text has travelling.
            weighed = weighed or self._weighed_traveller()
            if weighed:
                travelling = [weighed[:2]]
                if weighed[0] not in dict(candidates):
                    candidates.append(weighed[:2])
        visitors = [c for c in candidates if c[1] and c[1] != host]
        # A call with nobody travelling ("X held a telephone conversation with Y"): the caller named first is
        # the article's leader, wherever the other is from.
        if travelling:
            name, country = travelling[0]
            # The lead's traveller, whom the rest of the text never has going anywhere, against one it has going
            # again and again (a host the lead's wording made the subject of a visit): the text's.
            if weighed is None and not (remote and not named):
                scores = self._weighing()
                chosen = [score for person, score in scores if set(name.split()) & person["words"]]
                best = self._weighed_traveller()
                if best and best[0] != name and chosen and max(chosen) <= 0 and max(s for _, s in scores) >= 4:
                    weighed = best
                    name, country = best[:2]
        elif remote and not self.visit_named():
            name, country = candidates[0]
        else:
            # "Prime Minister X received a guest at the airport": the subject of a receiving verb is the host, no
            # traveller; with no one else, no one (a wrong traveller costs every finding of the article).
            # ("The Chilean president was received in Lima by Prime Minister X": the agent of the passive hosts)
            hosting = [
                c
                for c in candidates
                if rx.search(r"\b(?:" + "|".join(map(re.escape, c[0].split())) + r")\s" + RECEIVING_VERBS + r"\b", lead)
                or rx.search(
                    r"\b(?:received|welcomed|greeted|met|hosted)\b[^.;]{0,40}?\bby (?:[\w.'-]+,?\s){0,6}?(?:"
                    + "|".join(map(re.escape, c[0].split()))
                    + r")\b",
                    lead,
                )
            ]
            guests = [c for c in candidates if c not in hosting]
            if not guests:
                return
            visitors = [c for c in visitors if c not in hosting]
            # With no dateline, of two heads neither of whom goes anywhere ("President X and Nigerian President Y
            # agreed"), the one the story gives a country: a report names the visitor's nation, not its own.
            # (one "of Kenya" after the name is given a country too)
            heads = [
                (c[0], c[1] or next((code for _, _, code in gz.countries_in(of.group())), None) if of else c[1])
                for c in guests
                if c[0] in first.text
                for of in [rx.search(re.escape(c[0]) + r" of (?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)*", first.text)]
            ]
            placed = [c for c in heads if c[1]] if not host and len({c[0] for c in heads}) == 2 else []
            name, country = visitors[0] if (visitors and host) else placed[0] if len(placed) == 1 else guests[0]
        # The same person named twice in the lead ("President El-Sisi", "Mr. Abdel Fattah El-Sisi, President of
        # Egypt"): the fullest name, and the country either gives.
        # (One name within the other: "Park Chol-su" is not "Park Min-ho".)
        words = set(name.split()) - {"Al", "El", "al", "el"}
        same = [c for c in candidates if words and (words <= set(c[0].split()) or set(c[0].split()) <= words)]
        name = max((c[0] for c in same), key=len, default=name)
        country = country or next((c[1] for c in same if c[1]), None)
        if country is None:
            # The country the whole text gives the person ("Comrade X, General Secretary of the Romanian Communist
            # Party"), when the lead gives none.
            country = next(
                (p["country"] for p, _ in self._weighing() if p["country"] and set(name.split()) & p["words"]), None
            )
        if country is None:
            # "Emperor Haile Selassie of Ethiopia": the country after the name.
            of = rx.search(re.escape(name) + r" of (?:the )?(?P<where>[A-Z][\w]+(?: [A-Z][\w]+)*)", lead)
            where = of.group("where") if of else ""
            country = gz.country_names().get(where) or gz.country_names().get("the " + where)
        name = _STRIPPED.sub("", name)  # "Comandante Fidel Castro", "Comrade X": no part of the name
        # (regions are named after people too, "Bolivar", "San Martin": a name the text ever titles is a person's)
        if _a_place(name) and not rx.search(r"\b(?:" + TITLE + r")\s" + re.escape(name) + r"\b", self.text):
            return  # a place read as a person ("..., California,"): no traveller rather than a wrong one
        regnal = rx.search(r"\b" + re.escape(name) + r" (?P<n>[IVX]{1,5})\b(?![\w'-])", self.text)
        if regnal and not name.endswith(regnal.group("n")):
            name += " " + regnal.group("n")  # "King Faisal II", "Mohammed VI": the regnal number is the name's
        if country is None:
            # "President X hosted his Kenyan counterpart": the guest the host hosted is of that country.
            hosted = rx.search(
                r"(?P<host>[^.;]{0,80})\b(?:hosted|welcomed|received|greeted) (?:his|her) (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) "
                r"counterpart\b",
                self.text,
            )
            if hosted and not rx.search(
                r"\b(?:" + "|".join(map(re.escape, name.split())) + r")\b", hosted.group("host")
            ):
                country = gz.adjectives().get(hosted.group("adj"))
        if rx.search(r" (?:Jr|Sr)$", name) and rx.search(re.escape(name) + r"\.", lead):
            name += "."  # "Ferdinand Marcos Jr.": the suffix is written with its stop
        self.leader = name
        self.leader_country = country
        titles = {word for title in TITLES for word in title.split()}
        self.leader_words = {w for w in name.split() if w[0].isupper() and w not in ("Al", "El") and w not in titles}
        self.leader_words = self.leader_words or set(name.split())  # "the Queen", never named
        self.leader_namesakes = self._namesakes()
        self.leader_title = self._own_title()
        if (
            self.leader_title is None
            and weighed
            and weighed[0] == name
            and weighed[2]
            and not weighed[2].startswith(("His ", "Her "))
            and not rx.fullmatch(r"(?:Mr|Mrs|Ms|Dr|Mme|Madame|Shri|Smt)\.?", weighed[2])
        ):
            self.leader_title = weighed[2]  # "General de Gaulle", then "the General": a rank no one else holds
        self.leader_honorific = self._own_honorific()
        if weighed and weighed[0] == name and not self.leader_honorific and name in MONARCHS:
            # A monarch the text never names: "Her Majesty was welcomed" is the monarch too.
            majesty = rx.search(r"\b(?:Her|His) Majesty\b(?! [A-Z])", self.text)
            self.leader_honorific = majesty.group() if majesty else None
        # "The President of the Republic arrived": a home paper's name for its own head of state, the leader when no
        # one else named holds the office.
        home_office = rx.search(
            r"\b[Tt]he (?P<office>President|Prime Minister) of the Republic\b(?!,? (?:of|[A-Z]))", self.text
        )
        if (
            home_office
            and not self.leader_office
            and not any(
                m.group("title") == home_office.group("office") and not self.is_leader(m.group("name"))
                for m in PERSON.finditer(self.text)
            )
        ):
            self.leader_office = home_office.group("office")
        # "Mr X's official visit ... The Prime Minister flew in on Monday": a leader the text names with no office,
        # and one head of government's office said bare that nobody named holds, is that office's holder.
        mine = {t for p, _ in self._weighing() if self.leader_words & p["words"] for t in p["titles"]}
        if not self.leader_office and not self.leader_title and all(_HONOUR.fullmatch(t) for t in mine):
            said_bare = {
                m.group("office")
                for m in rx.finditer(
                    r"\b[Tt]he (?P<office>President|Prime Minister|Premier|Chancellor)\b(?! of\b)(?! [A-Z])", self.text
                )
            }
            held = {m.group("title") for m in PERSON.finditer(self.text)}
            if len(said_bare - held) == 1 and not said_bare & held:
                self.leader_office = (said_bare - held).pop()
        self.people[name] = country or ""

    def _going_single_name(self) -> tuple[str, str | None, str | None] | None:
        """A traveller the text names by one word only ("A flight carrying X and her entourage landed ...; X kicked
        off the tour"): the word the text most often has going, twice at least and more than any other, when no
        place, title or common word."""
        counts: dict[str, int] = {}
        for found in _GOING_WORD.finditer(self.text):
            word = found.group("word")
            if (
                word in NOT_NAMES
                or word in _SUBORDINATORS
                or word in _MONTHS
                or any(word in title.split() for title in TITLES)
                or word in gz.adjectives()
                or word in gz.country_names()
                or gz.capital_country(word)
                or gz.city_country(word)
                or word.isupper()
            ):
                continue
            counts[word] = counts.get(word, 0) + 1
        ranked = sorted(counts.items(), key=lambda pair: -pair[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
            return None
        # Going once will do for the only word going that the text names again ("X is visiting Baghdad ... X will
        # also meet ..."): a name the story keeps to.
        word, going = ranked[0]
        if going < 2 and (len(ranked) > 1 or len(rx.findall(r"\b" + re.escape(word) + r"\b", self.text)) < 2):
            return None
        return word, None, None

    def _unnamed_monarch(self) -> tuple[str, str | None, str | None] | None:
        """A monarch the text never names, only "the Queen" or "Her Majesty" ("The Queen and the Duke flew home
        from St Petersburg", a royal diary): the title as the traveller, when the text has it going more than once
        and names no one with it; the country from "a reigning British monarch" or "the British Queen"."""
        bare = re.compile(r"\b(?:[Tt]he (?P<title>" + "|".join(MONARCHS) + r")|(?:Her|His) Majesty)\b(?! [A-Z])")
        titles: dict[str, int] = {}
        weight = 0.0
        for sentence in self.sentences:
            for found in bare.finditer(sentence.text):
                titles[found.group("title") or ""] = titles.get(found.group("title") or "", 0) + 1
                weight += max(0.0, self._placed_travelling(sentence, found.start(), found.end()))
        title = max((t for t in titles if t), key=lambda t: titles[t], default=None)
        if title is None or weight < 4 or any(m.group("title") == title for m in PERSON.finditer(self.text)):
            return None
        adjective = rx.search(
            r"\b(?:a|the) (?:[a-z]+ )?(?P<adj>[A-Z][\w-]+) (?:monarch|sovereign|"
            + title.lower()
            + r"|"
            + title
            + r")\b",
            self.text,
        )
        return title, gz.adjectives().get(adjective.group("adj")) if adjective else None, title

    def _namesakes(self) -> re.Pattern[str] | None:
        """The others who share a word of the leader's name, as the text names them: in full ("Kim Jong-il",
        "Elena Ceausescu") or by a title of theirs the leader does not hold with the shared word ("Chairman Kim")."""
        mine = {t for p, _ in self._weighing() if self.leader_words <= p["words"] for t in p["titles"]}
        forms = []
        for person, _ in self._weighing():
            shared = person["words"] & self.leader_words
            own = {w.casefold().rstrip(".") for w in (self.leader or "").split()}
            if not shared or not {w.casefold().rstrip(".") for w in person["words"]} - own - {"bin", "ibn", "al", "el"}:
                continue  # the leader again ("Von der Leyen")
            forms.append(r"(?:[A-Z][\w.'-]* )*" + r"[ -]".join(map(re.escape, person["name"].split())))
            forms += [
                re.escape(t) + r" (?:" + "|".join(map(re.escape, sorted(shared))) + r")\b(?: [A-Z][\w'-]+)*"
                for t in person["titles"] - mine
            ]
        return re.compile(r"\b(?:" + "|".join(forms) + r")") if forms else None

    def _country_named(self, where: str | None) -> str | None:
        """The country a place phrase names: "Pakistan", "the Republic of Uzbekistan", "Japan"."""
        if not where:
            return None
        where = rx.sub(
            r"^(?:(?:Socialist |People's |Democratic |Federal |Islamic |Arab )*(?:Republic|Kingdom|State|"
            r"Sultanate|Federation|Emirate) of (?:the )?)",
            "",
            where.strip(),
        )
        # "the Romanian Communist Party": a body of the country its adjective names.
        adjective = rx.match(
            r"(?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)??) (?:Communist |Workers'? |Socialist |National )*"
            r"(?:Party|Government|Republic|State|Council|Assembly|Parliament|Congress)\b",
            where,
        )
        return (
            gz.country_names().get(where)
            or gz.country_names().get("the " + where)
            or next((code for start, _, code in gz.countries_in(where) if start == 0), None)
            or (gz.adjectives().get(adjective.group("adj")) if adjective else None)
        )

    def _people_of_article(self) -> list[dict]:
        """Everyone the article names with a title, an honorific or a rank, or in full as the subject of going
        somewhere: each with the name's fullest form, the country the text gives, and the titles."""
        text = self.text
        named: list[tuple[int, str, str | None, str]] = []
        for match in PERSON.finditer(text):
            name = match.group("name")
            if name.split()[0] in NOT_NAMES or INSTITUTIONS & set(name.split()) or name in gz.country_names():
                continue
            if name.split()[0] in _OFFICE_WORDS:
                continue
            if " of " in match.group() and (rx.match(r"['\u2019]s\b", text[match.end() :]) or " " not in name):
                continue  # "First Secretary of the Mongolian People's Party", "Crown Prince of Abu Dhabi": no name
            country = country_of(match.group("adj"))
            of = rx.match(r" of (?:the )?(?P<where>[A-Z][\w]+(?: [A-Z][\w]+)*)", text[match.end() :])
            named.append(
                (
                    match.start("name"),
                    name,
                    country or self._country_named(of and of.group("where")),
                    match.group("title"),
                )
            )
        for match in _RANKED.finditer(text):
            name = match.group("name")
            if (
                {name.split()[0], name.split()[-1]} & (NOT_NAMES | INSTITUTIONS | _SUBORDINATORS | _OFFICE_WORDS)
                or name.split()[0] in TITLES
                or name in gz.country_names()
            ):
                continue  # "General Secretary", "General Assembly": an office or a body, no rank before a name
            named.append(
                (
                    match.start("name"),
                    name,
                    self._country_named(match.group("where")),
                    match.group("office") or match.group("title"),
                )
            )
        # "The President of the Republic of Uzbekistan, Shavkat Mirziyoyev,": the office of a country, then the name.
        for match in rx.finditer(
            r"\b[Tt]he (?P<title>"
            + TITLE
            + r"|Head of State|Head of Government) of (?:the )?(?P<where>"
            + _PROPER_RUN
            + r"), "
            r"(?:" + HONORIFIC + r"\s)?(?P<name>" + NAME + r"),",
            text,
        ):
            named.append(
                (
                    match.start("name"),
                    match.group("name"),
                    self._country_named(match.group("where")),
                    match.group("title"),
                )
            )
        # A full name with no title, whose surname goes somewhere ("When Paul Keating chose ...", "Keating arrived").
        openers = re.compile(r"(?:(?:" + "|".join(sorted(_SUBORDINATORS | _QUESTIONS)) + r") )+")
        going = {found.group("word") for found in _GOING_WORD.finditer(text)}  # the words that go somewhere
        for match in rx.finditer(r"(?<![\w'-])(?P<name>" + NAME + r")", text):
            # "When Paul Keating chose ...": the name after a word that opens a clause.
            opener = openers.match(match.group("name"))
            position = match.start() + (opener.end() if opener else 0)
            name = match.group("name")[opener.end() if opener else 0 :]
            words = name.split()
            if (
                len(words) < 2
                or "\n" in name
                or {words[0], words[-1]} & (NOT_NAMES | _SUBORDINATORS | INSTITUTIONS | _OFFICE_WORDS | _QUESTIONS)
                or any(w in _MONTHS or w in _RANK_WORDS for w in words)
                or any(w in gz.adjectives() or w in gz.country_names() or gz.capital_country(w) for w in words)
                or any(w in TITLES or w in {"Minister", "Secretary"} for w in words)
                or rx.search(r"\b(?:" + MONTH_WORD + r")$", name)
                or gz.grouping_of(name)
                or not (
                    words[-1] in going
                    # "Tsai Ing-wen ... Tsai flies home": a family name written first, the given name never alone.
                    or (
                        words[0] in going
                        and text.count(words[-1]) == text.count(name)
                        and text.count(words[0]) > text.count(name)
                    )
                    # "Prime Minister X welcomed James Tau", "the visit of Joko Widodo": the one welcomed, visiting,
                    # named right after the verb or the noun ("visits by Self-Defense Forces officers" names no one).
                    or (
                        rx.search(
                            RECEIVING_VERBS + r" $|\b(?:visit|trip|arrival) (?:of|by) $",
                            text[max(0, position - 30) : position],
                        )
                        and rx.match(
                            r"[,.;]| (?:of|who|to|for|at|on|in|and|with|from)\b| [a-z]+ed\b",
                            text[position + len(name) :],
                        )
                        and not gz.country_names().get(name)
                    )
                )
            ):
                continue
            if text.count(name) == 1 and any(
                title and words[-1] in other.split() and words[0] not in other.split() for _, other, _, title in named
            ):
                continue  # "banners reading 'Welcome Mwangi'": the surname of one titled, no other person
            named.append((position, name, None, ""))
        people: list[dict] = []
        for position, raw, country, title in sorted(named, key=lambda n: (n[0], n[1])):
            name = _STRIPPED.sub("", raw)
            # Initials are no words to match by ("F. Castro" is Fidel Castro Ruz).
            words = {w for w in name.split() if not rx.fullmatch(r"[A-Z]\.", w)} - {"Al", "El", "al", "el"}
            if not words:
                continue
            # The same person by a part of the name, unless the titles differ ("President Kim" is not "Chairman Kim
            # Jong-il"; "Premier Chou" is "Prime Minister and Premier Chou En-lai").
            same = [
                p
                for p in people
                if words == p["words"]
                or (
                    (words <= p["words"] or p["words"] <= words)
                    and (
                        not title
                        or not p["titles"]
                        or _HONOUR.match(title)
                        or all(_HONOUR.match(t) for t in p["titles"])
                        or set(title.split()) & {w for t in p["titles"] for w in t.split()} - {"and", "of"}
                    )
                )
            ]
            if not same:
                people.append({"name": name, "words": words, "country": country, "titles": set(), "first": position})
                same = people[-1:]
            person = same[0]
            if len(words) > len(person["words"]):
                person["name"], person["words"] = name, words
            if title:
                person["titles"].add(title)
            person["country"] = person["country"] or country or self.known_people.get(name)
        return people

    def _weighing(self) -> list[tuple[dict, float]]:
        """Each person named, weighed as the traveller by how the whole text places them: as the subject of going somewhere, the one
        whose visit it is, the one welcomed or in whose honour a dinner is given, the guest (against: the one who
        receives, invites or hosts); a role with a country's adjective ("the Mongolian leader, who arrived ...")
        counts for the person of that country, and "he"/"his visit" for the subject of the sentence."""
        if self._weighed is not None:
            return self._weighed
        people = self._people_of_article()
        self._weighed = []
        if not people:
            return self._weighed
        particles = {"Al", "El", "al", "el", "bin", "ibn", "de", "da", "van", "von", "di", "du", "le"}
        spans: list[tuple[int, int, int, float]] = []  # (start, end, person, weight of a mention)
        for number, person in enumerate(people):
            others = set().union(*(p["words"] for p in people if p is not person))
            own = [
                w
                for w in person["words"] - others - particles
                if len(w) > 1
                and (w[0].isupper() or rx.match(r"(?:al|el)-[A-Z]", w))
                and w[-1] != "."
                and not gz.country_names().get(w)
                and not gz.adjectives().get(w)
            ]
            # "al-Sudani" is also "Sudani", "El-Sisi" also "Sisi".
            own += [w[3:] for w in own if rx.match(r"(?:al|el|Al|El)-[A-Z]", w)]
            forms = [re.escape(w) for w in own]
            forms += [
                re.escape(t) + r"\s(?:" + "|".join(map(re.escape, person["words"])) + r")" for t in person["titles"]
            ]
            if not forms:
                continue  # every word of the name is another's too, and no title: no mention is surely theirs
            # (a possessive ends the name: "Mr X's visit")
            for found in rx.finditer(r"(?<![\w'-])(?:" + "|".join(forms) + r")(?![\w-]|['\u2019](?!s\b))", self.text):
                # The mention runs to the end of the name ("Nicolae Ceausescu, General Secretary ..., returned").
                end = found.end()
                # (to the name's end before a possessive: "Prime Minister X Luxon's visit")
                while rest := rx.match(r" ([\w'-]+?)(?=['\u2019]s\b|(?![\w'-]))", self.text[end : end + 40]):
                    if rest.group(1) not in person["words"]:
                        break
                    end += rest.end()
                spans.append((found.start(), end, number, 1.0))
        # A role with a country's adjective, for the one person of that country (the first named of several).
        for found in _ROLE.finditer(self.text):
            # ("the Papua New Guinea Prime Minister": a country's name as its adjective)
            code = gz.adjectives().get(found.group("adj")) or gz.country_names().get(found.group("adj"))
            of_country = [n for n, p in enumerate(people) if code and p["country"] == code]
            if of_country:
                spans.append((found.start(), found.end(), of_country[0], 1.0))
        # A title said bare ("the First Secretary", "the General") for the one person who holds it.
        holders: dict[str, list[int]] = {}
        for number, person in enumerate(people):
            for title in person["titles"]:
                holders.setdefault(title, []).append(number)
        for title, numbers in holders.items():
            if len(numbers) == 1:
                # "the General", and an honorific said alone ("His Highness arrived in Seoul").
                said = re.escape(title) if title.startswith(("His ", "Her ")) else r"[Tt]he " + re.escape(title)
                for found in rx.finditer(r"\b" + said + r"\b(?! of\b)(?! [A-Z])", self.text):
                    spans.append((found.start(), found.end(), numbers[0], 1.0))
        # One mention per place: the longest ("Premier Chou En-lai" over "En-lai" within it).
        spans.sort(key=lambda s: (s[0], -s[1]))
        spans = [s for i, s in enumerate(spans) if not any(o[0] <= s[0] and s[1] <= o[1] for o in spans[:i])]
        scores = [0.0] * len(people)
        subject: int | None = None
        for sentence in self.sentences:
            mine = [s for s in spans if sentence.start <= s[0] < sentence.end]
            # "He arrived on Tuesday", "the second day of his first visit": the subject of the sentence, or of the
            # one before when the sentence opens with the pronoun.
            opener = subject
            subject = next(
                (
                    s[2]
                    for s in mine
                    if not rx.search(
                        r"\b(?:by|with|of|to|for|from|and|met|received|welcomed|invited)\s(?:[\w.'-]+\s){0,6}$",
                        self.text[sentence.start : s[0]],
                    )
                ),
                subject,
            )
            for m in rx.finditer(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b", sentence.text):
                whose = opener if m.start() == 0 else subject
                if whose is not None:
                    mine.append((sentence.start + m.start(), sentence.start + m.end(), whose, 0.5))
            for start, end, number, weight in mine:
                scores[number] += weight * self._placed_travelling(
                    sentence, start - sentence.start, end - sentence.start
                )
        self._weighed = list(zip(people, scores, strict=True))
        return self._weighed

    def _weighed_traveller(self) -> tuple[str, str | None, str | None] | None:
        """The traveller the whole text weighs clearly ahead of everyone else (``_weighing``): (name, country,
        title), else None."""
        scores = self._weighing()
        if not scores:
            return None
        ranked = sorted(scores, key=lambda pair: (-pair[1], pair[0]["first"]))
        person, best = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if best < 2 or best - second < 1:
            return None
        # The office before a rank or an honorific ("President" over "His Excellency"; "General" when alone).
        title = next(iter(sorted(person["titles"], key=lambda t: (bool(_HONOUR.match(t)), -len(t)))), None)
        return person["name"], person["country"], title

    def _placed_travelling(self, sentence: Sentence, start: int, end: int) -> float:
        """How much a mention's place in its sentence says that it travels (against, that it receives)."""
        text = sentence.text
        before, after = text[:start], text[end:]
        weight = 0.0
        # A return banquet is the guest's, given for the hosts ("the return banquet, hosted by X", "X gave a return
        # banquet for Premier Y").
        return_meal = rx.search(r"\breturn (?:banquet|dinner|reception|lunch|luncheon)\b[^.;]{0,40}$", before)
        if return_meal:
            weight += 1 if rx.search(r"\bby (?:[\w.'-]+\s){0,6}$", before) else -1
        elif _HOST_BEFORE.search(before) or (
            (hosting := _HOST_AFTER.match(after)) and not rx.match(r"[^.;]{0,60}?\bby\b", after[hosting.end() :])
        ):  # "X received at the White House by Y" (a headline's passive) is no host
            weight += 1 if rx.match(r"[^.;]{0,40}?\breturn (?:banquet|dinner|reception|lunch)", after) else -2
        goes = _GOES_AFTER.match(after)
        guesting = _GUESTING.match(after)
        # "who visited Karachi in May", in a story of July: another occasion.
        # Another time said in the words that place the mention, up to the clause that follows ("returned from a
        # visit ... which he paid at the invitation of Y": no plan; "a visit by X to Britain is likely next year").
        placing = end + (goes.end() if goes else 0)
        if guesting and not goes:
            placing = end + guesting.end()  # "X assured his host that ... would ...": the plan is what follows
        clause_end = rx.search(r"[,;]|\b(?:which|who|whom|where|while)\b|\bat the invitation\b", text[placing:])
        scope = text[: placing + clause_end.start()] if clause_end else text
        if guesting and not goes:
            scope = text[:placing]
        # "At the invitation of X, Y paid a visit": an invitation taken up is no plan.
        scope = rx.sub(
            r"\b(?:[Aa]t|[Oo]n|[Uu]pon) the invitation of\b|\binvited by\b", lambda m: " " * len(m.group()), scope
        )
        years = {int(y) for y in rx.findall(r"\b(?:19|20)\d\d\b", scope[scope.rfind(";", 0, start) + 1 :])}
        elsewhere = (
            settled_elsewhere(scope, start)
            or (years and self.published.year not in years)
            or (goes and self.another_month(rx.sub(r"^\s?(?:[A-Z][\w'-]*\s?)*", "", after[goes.end() :])))
            # "X's state visit to Dushanbe in March", in a story of August: another occasion.
            or ((own := _OWN_VISIT.match(after)) and self.another_month(after[own.end() :]))
        )
        if elsewhere:
            return weight
        # "X, accompanied by the Minister Y and Z, concluded a tour", "Y, who travelled with the Prime Minister,":
        # companions go with the traveller.
        companion = rx.search(r"\b(?:accompanied by|together with|along with)\b[^;]*$", before) or (
            goes and rx.match(r" with (?:the|his|her) ", after[goes.end() :])
        )
        # Named after a preposition or a verb, the mention is no subject ("At the invitation of the Prime Minister of
        # India, Shri X, His Excellency Y paid a State Visit": Y goes, not X).
        governed = rx.search(
            r"\b(?:by|with|for|to|from|and|met|invitation of)\s(?:the\s)?(?:[\w.'-]+,?\s){0,8}$", before
        )
        pronoun = rx.fullmatch(r"[Hh]e|[Ss]he|[Hh]is|[Hh]er", text[start:end])
        if pronoun:
            # "He arrived", "his first visit", "the visit he has been making"; not "in honour of his guest", nor
            # "he received the Bharat Ratna".
            weight = 0.0
            if (
                (goes and pronoun.group() in ("he", "He", "she", "She"))
                or (_VISIT_MADE.search(before) and _MAKING.match(after))
                or rx.match(r" (?:[\w-]+ ){0,3}(?:visit|trip|tour|journey|stay)\b", after)
                and pronoun.group() in ("his", "His", "her", "Her")
            ):
                weight += 2
            return weight
        # "Minister Y accompanied King X on his visit to Washington": X is the one visiting.
        accompanied = rx.search(r"\baccompan(?:ied|ies|ying)\s(?:[\w.'-]+\s){0,4}$", before) and rx.match(
            r"(?: [IVX]{1,5})?,? (?:on|during|for) (?:his|her|the|a|an) (?:[\w-]+ ){0,3}(?:visit|trip|tour|journey)",
            after,
        )
        if (
            accompanied
            or (goes and not companion and (not governed or rx.match(r"(?: of [^,]+)?,? (?:who|which)\b", after)))
            or _OWN_VISIT.match(after)
            or _VISIT_OF.search(before)
            or _WELCOMED.search(before)
            or _VISITING.search(before)
            or _GUEST_OF.search(before)
            or self._beside_host_counterpart(after)
        ):
            weight += 2
        elif _HONOURED.search(before) or guesting:
            weight += 1
        return weight

    def _beside_host_counterpart(self, after: str) -> bool:
        """ "X and his Japanese counterpart Y in Tokyo": named beside a counterpart of the country the clause places
        them in (or the story is filed from), X is the one abroad."""
        beside = _COUNTERPART_AFTER.match(after)
        if not beside:
            return False
        code = gz.adjectives().get(beside.group("adj"))
        place = beside.group("place")
        there = (gz.capital_country(place) or gz.country_names().get(place)) if place else self.filed_country()
        return bool(code and code == there)

    def _own_title(self, hosts_only: bool = False) -> str | None:
        """The title the article gives the leader and nobody else ("Prime Minister" beside a "President" host),
        so that "The Prime Minister arrived" is the leader; none when another person shares it.

        With ``hosts_only`` (once the legs are known) only the others a bare title could mean count: one named
        with the title alone, or with the adjective of a country visited; "Federal President X", "World Bank
        President Y" or "Indian Prime Minister Z", named in passing, leave "the President" the leader."""
        mine: set[str] = set()
        others: set[str] = set()
        visited = {leg.country for leg in self.legs}
        for match in PERSON.finditer(self.text):
            title = match.group("title").lower()
            if self.is_leader(match.group("name")):
                mine.add(title)
            elif self._told_of_another_time(match.start()):
                continue  # "the first by a Saudi monarch since King Faisal came in 1970": no one of the story now
            elif not hosts_only or not match.group("adj") or country_of(match.group("adj")) in visited:
                others.add(title)
        own = sorted(mine - others, key=len, reverse=True)
        return own[0] if len(own) == 1 else None

    def _told_of_another_time(self, position: int) -> bool:
        """Whether the clause of the text at a position is set in an earlier year ("since King Faisal came to
        Jakarta in 1970")."""
        sentence = next((s for s in self.sentences if s.start <= position < s.end), None)
        if sentence is None:
            return False
        clause = _clause_of(sentence.text, position - sentence.start)
        years = {int(y) for y in rx.findall(r"\b(?:19|20)\d\d\b", clause)}
        return bool(years) and self.published.year not in years

    def _own_honorific(self) -> str | None:
        """The honorific the article gives the leader and nobody else ("His Highness Sheikh X"), so that a bare
        "His Highness arrived" is the leader."""
        mine: set[str] = set()
        others: set[str] = set()
        for match in rx.finditer(
            r"(?P<hon>(?:His|Her) (?:Royal )?(?:Highness|Majesty|Excellency))\s(?:(?:"
            + TITLE
            + r")\s)?(?P<name>"
            + NAME
            + r")",
            self.text,
        ):
            (mine if self.is_leader(match.group("name")) else others).add(match.group("hon"))
        own = sorted(mine - others)
        return own[0] if len(own) == 1 else None

    def _visited_by_office(self) -> tuple[str, str | None] | None:
        """The traveller of a visit the lead names by the office alone ("the state visit of the President of X to Y",
        "Visit of the General Secretary of the Central Committee of the Party of X"): of the people the article
        names with that title (and no other country), the one the whole text weighs as travelling, when one is."""
        lead = " ".join(s.text for s in self.sentences[self.lead : self.lead + 2])
        found = rx.search(
            r"\b(?:[Vv]isit|[Jj]ourney|[Tt]rip|[Tt]our|[Ss]tay)\s(?:of|by)\s(?:the\s)?(?P<title>"
            + TITLE
            + r") of (?:the )?(?P<where>[A-Z][\w'-]*(?: (?:of |the )*[A-Z][\w'-]*)*)",
            lead,
        )
        if not found or FUTURE.search(lead[max(0, found.start() - 60) : found.start()]):
            return None
        code = next((c for _, _, c in gz.countries_in(found.group("where"))), None) or self._country_named(
            found.group("where")
        )
        title = found.group("title").casefold()
        holders = [
            (score, person)
            for person, score in self._weighing()
            if any(t.casefold() == title for t in person["titles"]) and person["country"] in (None, code)
        ]
        holders.sort(key=lambda pair: -pair[0])
        if not holders or holders[0][0] <= 0 or (len(holders) > 1 and holders[1][0] >= holders[0][0]):
            return None
        person = holders[0][1]
        return person["name"], person["country"] or code

    def visit_named(self, heads: bool = False) -> tuple[int, str, str | None, str | None, int, int] | None:
        """A visit the lead names as a noun, with its traveller: (sentence index, traveller, the traveller's
        country if the titles say it, destination code, where the noun starts and ends in the sentence); with
        ``heads``, the headline and deck above the lead too ("Inside X's state visit to Y")."""
        person = re.compile(r"(?:(?:" + HONORIFIC + r"|" + TITLE + r")\s+)+(?P<name>" + NAME + r")")
        for index in range(0 if heads else self.lead, min(self.lead + 2, len(self.sentences))):
            text = self.sentences[index].text
            for found in _NOMINAL_VISIT.finditer(text):
                before = text[: found.start()]
                if FUTURE.search(before[-60:]) or rx.search(
                    r"\b(?:last|previous|earlier|next|planned|proposed|return)\s(?:[a-z]+\s)?$", before[-30:]
                ):
                    continue
                rest = rx.split(
                    r"[;(]|, (?:which|who|where|when|and|but|as)\b|\s(?:has|have|had|was|is|ended|concluded|began|"
                    r"opened|will|would)\b",
                    text[found.end() :],
                )[0]
                if rx.search(r"\b(?:19|20)\d\d\b", rest):
                    continue  # "a visit to Cuba in 1974": an earlier one
                if FUTURE.search(rx.split(r"[;]|, (?:and|but|where|after|before|while)\b", text[found.end() :])[0]):
                    continue  # "a state visit to Norway by X is planned for next year": none yet
                owner = rx.search(r"(?P<name>" + NAME + r")['\u2019]s (?:[\w-]+ ){0,3}$", before)
                who = owner.group("name") if owner and len(owner.group("name").split()) >= 2 else None
                if heads:
                    # A headline's "Inside X's state visit": the leader's own visit, by any of the leader's names.
                    if not (owner and self.leader and self.is_leader(owner.group("name"))):
                        continue
                    who = self.leader
                to = rx.match(r" (?:to|in) (?:the )?(?P<place>[A-Z].*)", rest)
                code = None
                of = None
                if to:
                    head = to.group("place")
                    near = [(start, stop, c) for start, stop, c in gz.countries_in(head) if start < 25]
                    city = rx.match(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?", head)
                    code = near[0][2] if near else (gz.capital_country(city.group()) if city else None)
                    stop = near[0][1] if near else (city.end() if city else 0)
                    # "the visit to the Republic of Cuba of Comrade X": the traveller follows the place.
                    # "a state visit to Norway by Kenyan President X": the traveller after "by".
                    of = rx.match(r" (?:of|by) (?P<who>.+)", head[stop:])
                elif rest.startswith((" of ", " by ")):
                    # "the visit of Prime Minister X to Eritrea", "a state visit by President X to Lima": the
                    # traveller, then the place.
                    of = rx.match(r" (?:of|by) (?P<who>.+?)(?= to (?:the )?[A-Z]|$)", rest)
                    after = rest[of.end() :] if of else ""
                    place = rx.match(r" to (?:the )?(?P<place>[A-Z].*)", after)
                    if place:
                        closest = [c for start, _, c in gz.countries_in(place.group("place")) if start < 25]
                        city = rx.match(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?", place.group("place"))
                        code = closest[0] if closest else (gz.capital_country(city.group()) if city else None)
                country = None
                if who is None:
                    # "a visit by King X and Queen Y": a couple travels, the one named first is the traveller.
                    whom = (
                        rx.split(r" and (?=(?:" + HONORIFIC + r"|" + TITLE + r")\s)", of.group("who"))[0] if of else ""
                    )
                    people = list(person.finditer(whom))
                    if not of or not people:
                        continue
                    who = people[-1].group("name")
                    homes = [c for _, _, c in gz.countries_in(of.group("who")[: people[-1].start("name")])]
                    country = homes[-1] if homes else None
                if who.split()[0] in NOT_NAMES or who in gz.country_names() or who.split()[0] in gz.adjectives():
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
            r"(?:" + HONORIFIC + r"|" + TITLE + r")\s+(?:" + HONORIFIC + r"\s+)?(?P<name>" + NAME + r")"
        )
        for index, sentence in enumerate(self.sentences):
            leg = self.leg_at(index)
            if leg is None or leg.host or FUTURE.search(sentence.text) or BACKGROUND.search(sentence.text):
                continue
            text = sentence.text
            phrases = []
            for passive in rx.finditer(
                r"\b(?:was|were|is|being|had been) (?!not |never )(?:\w+ )?(?:met|welcomed|received|greeted)\b(?:[^.;]{0,60}?)\bby "
                r"(?P<by>[^.;]+)",
                text,
            ):
                guest = rx.search(r"\b[Tt]he (?:high |distinguished |visiting )?guest\b", text[: passive.start()])
                if self.leader_subject(sentence, passive.start()) or guest:
                    phrases.append((passive.group("by"), passive.group("by")))
            for active in rx.finditer(
                r"(?P<host>[^.;]{3,200}?)\s(?:warmly |personally )?"
                + RECEIVING_VERBS
                + r"\s(?:[\w.'-]+\s){0,5}?"
                + who,
                text,
            ):
                # "the Head of State of Kazakhstan, Nursultan Nazarbayev, welcomed ...": the name, with the title
                # before it in apposition.
                pieces = [
                    p for p in rx.split(r"[,;] (?:and |while |as |after )?", active.group("host")) if p.strip(" ,")
                ]
                if pieces:
                    phrases.append((pieces[-1], ", ".join(pieces[-2:])))
            for phrase, context in phrases:
                host = None
                # A communique's chain of titles ends with the name: "the First Secretary of ..., President of
                # the Council of State Comrade X"; a report's "President X" or a bare name met before.
                head = rx.split(r", (?:who|which|where)\b| (?:at|in|on) (?:the|his|her) ", phrase)[0]
                titled = [
                    m.group("name")
                    for m in titled_name.finditer(head)
                    if not rx.fullmatch(TITLE, m.group("name")) and m.group("name").split()[0] not in NOT_NAMES
                ]
                people = self._people_in(phrase)
                if titled:
                    host = self.person(titled[-1])
                elif people:
                    host = self.person(people[0][1])
                if not host or self.is_leader(host):
                    continue
                titles = " ".join(
                    m.group("title") for m in PERSON.finditer(self.text) if self.person(m.group("name")) == host
                )
                if not (_HEAD_TITLES.search(titles) or _HEAD_TITLES.search(context)):
                    continue  # a minister at the airport is no host of the talks
                leg.host = host
                self.people.setdefault(host, leg.country)
                break

    def register_people(self) -> None:
        """Every titled name in the article, so that a later bare surname ('Abe') is the person named before."""
        for match in PERSON.finditer(self.text):
            name = match.group("name")
            if name.split()[0] in NOT_NAMES or len(name.split()) < 2 or self.is_leader(name):
                continue
            country = country_of(match.group("adj"))
            if not any(set(name.split()) <= set(full.split()) for full in self.people):
                self.people[name] = country or ""
