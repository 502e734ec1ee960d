"""Who travels and who receives them: the leader the lead names, the people the article names, each leg's host."""

from __future__ import annotations

import re

from . import gazetteer as gz
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
)
from .reader import ReaderCore


def _travels_in(name: str, text: str) -> bool:
    """Whether a text has this person travelling: the subject of a travel verb, or the one welcomed."""
    words = [w for w in name.split() if w[:1].isupper() and len(w) > 2] or name.split()
    who = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
    subject = re.search(
        who + r"(?:(?:,[^,]{1,100},)|\s\((?:[^)]*)\)|,|"
        # "X of Saudi Arabia landed", "X and a high-level delegation paid": the traveller's country or company.
        r" of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*| and (?:a|an|the|his|her) [^,.;]{1,60}?)?"
        r"\s(?:(?:on|late|early|last|this) \w+ |also |then |has |had |"
        r"is |was |will |on \w+day \w+ )?(?:[\w-]+ )?" + TRAVELLER_VERBS + r"\b",
        text,
    )
    # "X welcomed Y" has Y travelling; "Y was received by X" has X at home.
    received = re.search(RECEIVING_VERBS + r"\s(?!by\b)(?:[\w.'-]+\s){0,5}?" + who, text)
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
        *(m.start() for m in re.finditer(r";|, (?:and|but|while|when|since|after|before|as|which|who)\b", text)),
        len(text),
    ]
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        if lo <= position < hi:
            return text[lo:hi]
    return text


class LeaderRules(ReaderCore):
    """The rules that find the travelling leader, the people named, and the host of each leg."""

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
        for match in PERSON.finditer(lead):
            name = match.group("name")
            if name.split()[0] in NOT_NAMES or INSTITUTIONS & set(name.split()) or name in gz.country_names():
                continue
            country = country_of(match.group("adj"))
            known = self.person(name)
            if country is None and self.known_people.get(known):
                country = self.known_people[known]
            candidates.append((name, country))
        # "His Excellency Mr. Abdel Fattah El-Sisi, President of the Arab Republic of Egypt": a title after the name.
        for match in re.finditer(
            r"(?:(?:His|Her) Excellency |(?:Mr|Mrs|Ms|Dr|Shri|Smt|Comrade)\.? )+(?P<name>"
            + NAME
            + r"), (?:the )?(?:"
            + TITLE
            + r") of (?:the )?(?P<where>[A-Z][\w ]+?)(?=[,.;]| (?:paid|visited|arrived|made|began|ended))",
            lead,
        ):
            where = match.group("where")
            candidates.append(
                (match.group("name"), gz.country_names().get(where) or gz.country_names().get("the " + where))
            )
        # "The President of the Republic of Uzbekistan, Shavkat Mirziyoyev,": the title and country, then the name
        # ("The President of the Republic, Mr. X,": a home agency's, with an honorific and no country).
        for match in re.finditer(
            r"\b[Tt]he (?:" + TITLE + r"|Head of State|Head of Government) of (?:the )?(?P<where>[A-Z][\w' ]+?), "
            r"(?:" + HONORIFIC + r"\s)?(?P<name>" + NAME + r"),",
            lead,
        ):
            where = re.sub(r"^(?:Republic|Kingdom|State|Sultanate|Federation) of (?:the )?", "", match.group("where"))
            code = gz.country_names().get(where) or gz.country_names().get("the " + where)
            candidates.append((match.group("name"), code))
        # "General Secretary of the Communist Party of Viet Nam Nguyen Phu Trong": a title of an office in a
        # country's institution, the name right after the country.
        for start, end, code in gz.countries_in(lead):
            name_after = re.match(r" (?:" + HONORIFIC + r"\s)?(?P<name>" + NAME + r")\b", lead[end:])
            titled = re.search(
                r"\b(?:" + TITLE + r") of (?:the )?(?:[A-Z][\w'-]* |of |the )*$", lead[max(0, start - 80) : start]
            )
            if name_after and titled and name_after.group("name").split()[0] not in NOT_NAMES:
                candidates.append((name_after.group("name"), code))
        # A name with no title opening the story: "WASHINGTON, May 2 (Agency) - Barack Obama on Friday ...".
        body = first.text[head.end() :] if head else first.text
        bare = re.match(r"(?P<name>" + NAME + r")\b", body)
        if bare:
            name = bare.group("name")
            words = name.split()
            if (
                len(words) >= 2
                and not any(title in name for title in TITLES)
                and words[0] not in NOT_NAMES
                # "When X's aircraft ...", "Nusa Dua's hotel strip": a conjunction or a possessive is no bare subject.
                and words[0] not in _SUBORDINATORS
                and not re.match(r"['\u2019]s\b", body[bare.end() :])
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
        # "Xi Jinping's week in Europe" over "Xi began in Rome, where he met Prime Minister Y": the lead's subject by
        # surname alone, named in full in the headline above.
        alone = re.match(r"(?P<word>[A-Z][\w'-]+) (?:[a-z]+ed|" + TRAVELLER_VERBS + r"|met|held|flew|went)\b", body)
        if alone and alone.group("word") not in NOT_NAMES | _SUBORDINATORS and self.lead:
            above = " ".join(s.text for s in self.sentences[: self.lead])
            for match in re.finditer(r"(?P<name>" + NAME + r")", above):
                words = match.group("name").split()
                if len(words) >= 2 and alone.group("word") in words and words[0] not in NOT_NAMES | _SUBORDINATORS:
                    candidates.insert(0, (match.group("name"), None))
                    break
        named = self.visit_named()
        if named:
            candidates.insert(0, (named[1], named[2]))
        if not candidates:
            # A feature's lead may name the traveller with no title anywhere in it ("Yet on the night of June 28
            # Joko Widodo, who prefers ..., sat in a carriage"): a full name as a clause's subject.
            for match in re.finditer(
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
                    and not re.search(r"\b(?:" + MONTH_WORD + r")$", name)
                    and not gz.grouping_of(name)
                    and not any(word in TITLES or word in {"Minister", "Secretary"} for word in words)
                ):
                    candidates.append((name, None))
                    break
        if not candidates:
            return
        # The traveller is whoever the lead has arriving, visiting or leaving, or being welcomed: not
        # whoever is named first, and not whoever is from the dateline's country (a story may be filed at home).
        travelling = [c for c in candidates if _travels_in(c[0], lead)]
        # "The guest, President Marta Silva of Portugal, ...", "our distinguished guest, Mr. X": the visitor by role.
        for guest in re.finditer(
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
        if not travelling:
            # "The Prime Minister wrapped up a visit to X ... Prime Minister Y of Canada met President Z": the one
            # the lead has travelling by title alone is the one of the names with that title.
            bare = re.search(r"(?:^|[-\u2014:] |\. )[Tt]he (?P<title>" + TITLE + r") " + TRAVELLER_VERBS + r"\b", lead)
            by_title = {
                match.group("name"): match.group("title").lower()
                for match in PERSON.finditer(lead)
                if bare and match.group("title").lower() == bare.group("title").lower()
            }
            travelling = [c for c in candidates if c[0] in by_title] if len(set(by_title)) == 1 else []
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
        if re.search(r" (?:Jr|Sr)$", name) and re.search(re.escape(name) + r"\.", lead):
            name += "."  # "Ferdinand Marcos Jr.": the suffix is written with its stop
        self.leader = name
        self.leader_country = country
        titles = {word for title in TITLES for word in title.split()}
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
        years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", clause)}
        return bool(years) and self.published.year not in years

    def _own_honorific(self) -> str | None:
        """The honorific the article gives the leader and nobody else ("His Highness Sheikh X"), so that a bare
        "His Highness arrived" is the leader."""
        mine: set[str] = set()
        others: set[str] = set()
        for match in re.finditer(
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

    def visit_named(self) -> tuple[int, str, str | None, str | None, int, int] | None:
        """A visit the lead names as a noun, with its traveller: (sentence index, traveller, the traveller's
        country if the titles say it, destination code, where the noun starts and ends in the sentence)."""
        person = re.compile(r"(?:(?:" + HONORIFIC + r"|" + TITLE + r")\s+)+(?P<name>" + NAME + r")")
        for index in range(self.lead, min(self.lead + 2, len(self.sentences))):
            text = self.sentences[index].text
            for found in _NOMINAL_VISIT.finditer(text):
                before = text[: found.start()]
                if FUTURE.search(before[-60:]) or re.search(
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
                    if not re.fullmatch(TITLE, m.group("name")) and m.group("name").split()[0] not in NOT_NAMES
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
