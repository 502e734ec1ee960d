"""Sums of money: trade and investment figures, pledges of an amount, and targets set against today's figures."""

from __future__ import annotations

import functools
import re

from . import gazetteer as gz
from . import rx
from .clauses import PERSON
from .quantities import (
    AMOUNT,
    AMOUNT_WITH_SCALE,
    BY_YEAR,
    CURRENCY_ISSUERS,
    FORMER_CURRENCIES,
    WITHIN_YEARS,
    amount_and_scale,
    currency_code,
    issued_currency,
    leaders_dollar,
    number_value,
    years_within,
)
from .reader import ReaderCore
from .text import Sentence

_PLEDGING = re.compile(
    r"\b(?:aims?|aimed|goal|target|agreed|pledged?|promised?|vowed|set|plans?|planned|committed|resolved|would|will|"
    r"wants?|wanted|should)\b"
)

# The words that may stand before an amount as its approximation ("worth about", "a deficit of nearly").
_ROUGHLY = r"(?:about |nearly |almost |around |some |roughly |approximately |more than |over |up to |at least )"


def _object_after(after: str) -> str | None:
    found = rx.match(
        r"\s*(?:in |of |for |to |as )?(?P<what>[\w -][\w'\u2019 -]{2,79}?)(?=[,.;]| by | over | within | to help| and | (?:was|were|is|are|has|have|had|will|would)\b|$)",
        after,
    )
    return found.group("what").strip() if found else None


def source_after(after: str) -> str | None:
    """Who a sentence says is its source, named at its end: "..., Ms Ardern said.", "..., said Wang.", or after a
    quotation's closing mark ('..., " Ota said.')."""
    found = rx.search(
        r",[\"\u201d]? (?:(?:Mr|Ms|Mrs|Dr)\.? )?(?P<a>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}) (?:said|says|"
        r"told [a-z ]+|added)"
        r"|,[\"\u201d]? (?:said|says|added) (?:(?:Mr|Ms|Mrs|Dr)\.? )?(?P<b>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})",
        after,
    )
    if not found or rx.search(r"[;]", after[: found.start()]):
        return None
    return found.group("a") or found.group("b")


def _object_before(before: str) -> str | None:
    found = rx.search(r"(?P<what>[\w -]{3,60})$", before)
    return found.group("what").strip() if found else None


class MoneyRules(ReaderCore):
    """The rules that read figures and pledges with a figure."""

    @functools.cached_property
    def _converted_amounts(self) -> set[tuple[float, str, str]]:
        """The amounts the article gives only as another amount converted: "85 billion yen (about 600 million dollars)"."""
        converted: set[tuple[float, str, str]] = set()
        for one in self.sentences:
            for match in AMOUNT.finditer(one.text):
                scale = match.group("scale")
                unit = currency_code(match.group("sign"), match.group("unit"))
                if not scale or not unit:
                    continue
                if rx.search(
                    r"\d\s?(?:[Tt]rillion|[Bb]illion|[Mm]illion|bn|crores?|lakhs?)\b[\w ]{0,20}\s?\((?:about|some|around|roughly|"
                    r"nearly|or|equivalent to|worth)?\s*$",
                    one.text[: match.start()],
                ):
                    converted.add((*amount_and_scale(match.group("num"), scale), unit))
        return converted

    def money(self, index: int, sentence: Sentence) -> None:
        """Figures (trade, investment) and pledges of an amount told in the sentence."""
        text = sentence.text
        for match in AMOUNT.finditer(text):
            scale = match.group("scale") or ("m" if match.group("m") and match.group("sign") else None)
            unit = currency_code(match.group("sign"), match.group("unit"))
            if (
                scale
                and not unit
                and not match.group("sign")
                and match.group("scale").lower() in ("million", "billion")
            ):
                self._counted_pledge(index, sentence, match)
                continue
            if not scale or not unit:
                continue
            # "Sh12 billion", "5 billion pesos": a word several states' currencies share, the issuer's among the
            # sentence's countries and the visit's.
            unit = issued_currency(
                unit,
                match.group("sign") or match.group("unit"),
                [c for _, _, c in gz.countries_in(text)] + [c for c in (self.leader_country, self.partner(index)) if c],
            )
            if not unit:
                continue
            unit = leaders_dollar(unit, match.group("sign") or match.group("unit"), self.leader_country)
            if unit in CURRENCY_ISSUERS:
                # A currency of the day: "roubles" while the Soviet Union existed are its roubles (SUR).
                issuer = gz.state_then(CURRENCY_ISSUERS[unit], self.published.year)
                unit = FORMER_CURRENCIES.get(issuer, unit)
            if rx.search(r"\((?:about|some|around|roughly|nearly|or|equivalent to|worth)?\s*$", text[: match.start()]):
                continue  # "3.5 trillion yen (about Rs 2.1 lakh crore)": the same amount converted
            if rx.search(
                r"\d\s?(?:trillion|billion|million|crore|lakh|bn|m)\b[\w ]{0,20}, (?:about|some|around|roughly|nearly|or|"
                r"equivalent to|worth) $",
                text[: match.start()],
            ):
                continue  # "1.5 trillion yen, about 10 billion dollars,": the same amount converted
            value, scale_name = amount_and_scale(match.group("num"), scale)
            if (value, scale_name, unit) in self._converted_amounts:
                continue  # "$600m credit" in a headline over "85 billion yen (about 600 million dollars)": the same loan
            before = text[: match.start()]
            after = text[match.end() : match.end() + 80]
            stated_pattern = rx.compiled(
                r"\b(?P<metric>[Tt]rade(?: (?:deficit|surplus))?|(?:foreign )?direct investment|[Ii]nvestments?|(?:two-way |bilateral )?commerce|"
                r"traded|[Ee]xports(?= (?:to|from)\b)|[Ii]mports(?= (?:to|from)\b)|[Ss]ales(?= to\b))\b(?:[^.;]|(?<=\b[A-Z])\.)*?"
                # "Bilateral trade (2022): $1.2 billion", "Trade: about 1.2 billion dollars in 2022": a figure headed by its metric.
                r"(?:(?<=[Tt]rade)(?: \((?P<headed>(?:19|20)\d\d)\))?:"
                # "The two countries traded goods worth $1.2 billion".
                r"|(?<=traded )(?:goods |products |merchandise )?(?:worth|valued at)"
                r"|\b(?:reached|reaching|stood at|standing at|was|were|totall?ed|totall?ing|amounted to|amounting to|was worth|were worth|(?<=, )worth|"
                r"hit|of|came to|amounts to|totals|topped|tops|exceeds|surpassed|"
                # "Trade between the two is tiny, less than 30 million dollars": an amount in apposition to its verdict.
                r"(?:is|was|remains|remained) (?:still |very )?[a-z]+,|"
                # "rose to", "has grown to", "more than doubled to", "rose by 20 percent to", "grew 15 percent last year to".
                r"(?:rose|risen|fell|fallen|grew|grown|dropped|declined|climbed|jumped|slipped|increased|decreased|surged|"
                r"doubled|tripled)(?: (?:by )?[^,.;]{1,25}?)? to|at|exceeded|between|from|from [^,;]{1,60}? to))\s*(?:about |nearly |almost |around |some |more than |over |"
                r"roughly |approximately |barely |less than |under |below |above |a record |only |just |"
                # "little more than", "well over", "close to", "in excess of", "an estimated": other qualifiers.
                r"(?:a )?little (?:more|less) than |(?:a )?little (?:over|under) |well (?:over|under|above|below) |close to |"
                r"upwards of |in excess of |an estimated )*$"
            )
            stated_text = before[-160:].rstrip() + " "
            stated = stated_pattern.search(stated_text)
            # "... will also be created, and they would work to expand trade, which was barely N": the metric the
            # relative clause tells of is the one right before it, not one named earlier in the sentence.
            relative = rx.search(r"\b[Tt]rade, which (?:[a-z]+ ){1,5}$", stated_text)
            if stated and relative and relative.start() > stated.start():
                stated = stated_pattern.search(stated_text, relative.start()) or stated
            if (
                stated
                and (
                    rx.fullmatch(r"trade|traded|(?:two-way |bilateral )?commerce", stated.group("metric").lower())
                    or rx.search(r"\b(?:was|were|stood|standing)\b", stated.group(0))
                    # "Peru's direct investment in Ghana reached $1.1 billion in 2022": a stock told of a year gone by.
                    or any(
                        int(y) <= self.published.year
                        for y in rx.findall(
                            r"^[^.;]{0,15}?\b(?:in|for|during|at the end of|as of) ((?:19|20)\d\d)\b", after
                        )
                    )
                )
                and (
                    rx.search(r", (?:up )?from (?:about |nearly |almost |around |some )?$", before[-30:].rstrip() + " ")
                    # "raise trade to $5 billion by 2030 from $1.2 billion last year": the figure a target starts from.
                    or (
                        rx.search(r"\bfrom (?:about |nearly |almost |around |some )?$", before[-30:].rstrip() + " ")
                        and rx.match(r"[^.;]{0,12}?\b(?:last year|in (?:19|20)\d\d)\b", after)
                    )
                    or not rx.search(r"\b(?:target|goal|aim|increase|raise|boost|lift|double|to reach)\b", before[-80:])
                    # "seek to increase trade, which came to 3 million dollars in 1953": the relative clause tells
                    # the figure the aim starts from.
                    or rx.search(r"\b[Tt]rade, which (?:[a-z]+ ){1,5}$", before[-40:].rstrip() + " ")
                )
            ):
                # The metric the figure is of: trade, a trade deficit or surplus (a one-way balance), investment.
                metric = stated.group("metric").lower().replace("foreign ", "")
                metric = (
                    "trade"
                    if metric.endswith("commerce") or metric == "traded"
                    # "French sales to Mexico": one side's goods sold to the other, its exports.
                    else "exports"
                    if metric == "sales"
                    else rx.sub(r"investments$", "investment", metric)
                )
                if metric == "trade" and rx.search(r"\b[Tt]rade (?:gap|imbalance)", before[-160:]):
                    continue
                told = stated.group(0)
                earlier = rx.search(r", (?:up|down) from (?:\w+ )?$", before[-30:].rstrip() + " ")
                if not earlier and (
                    rx.search(
                        r"\b(?:will|would|could|should|might|may|hope[sd]?|expected|projected|forecast|set|likely|aims?|"
                        r"is to|are to)\b",
                        told,
                    )
                    or rx.match(r"[^.;]{0,12}?\bnext year\b", after)
                ):
                    continue  # "They hope trade will hit $2 billion next year": a figure to come is none told
                lead = (before[-160:].rstrip() + " ")[: stated.start()]
                if (
                    rx.search(r"\b(?:total|overall|foreign|global|external)\s(?:\w+\s)?$", lead, re.I)
                    and not rx.search(r"\b(?:between|with)\b", told)
                ) or rx.search(r"\btrade with the (?:world|rest of the world)\b", told):
                    continue  # "Peru's total trade was ...", "trade with the world": one side's, with no pair
                # The figure's period in its own clause ("established relations in 1992, and trade came to ... last year").
                own = rx.split(r";|, and |, but |, while ", before)[-1]
                # "in the first half of 2023", "In 2022, bilateral trade ...": the year of its clause, in any case.
                period = rx.search(
                    r"\b(?:in|for|during|at the end of|by the end of|as of|in the first (?:\w+ )?(?:months|half|quarter) of) "
                    # "in the year to December 2024", "in the twelve months ending March 2023".
                    r"(?:the (?:calendar |fiscal |financial )?year |fiscal |calendar |"
                    r"the (?:year|twelve months|12 months) (?:to|ending|ended) (?:[A-Z][a-z]+ )?)?(?P<y>(?:19|20)\d\d)\b",
                    rx.split(r";|, (?:and|but|while|whereas) ", after[:50])[0],
                ) or rx.search(
                    r"\b(?i:in|for|during) (?:the (?:calendar |fiscal |financial )?year |fiscal |calendar )?"
                    r"(?P<y>(?:19|20)\d\d)\b",
                    own[-120:],
                )
                # "fell from 7 billion in 2011 to 1.2 billion last year", "reached 30 million dollars this year": the
                # year right after the figure is its own, before any year earlier in the clause.
                # "in the last Iranian year", "last fiscal year": last year, whatever its calendar.
                right_after = rx.match(r"[^.;]{0,12}?\b(?P<w>last|this) (?:[A-Z]\w+ |fiscal |financial )?year\b", after)
                if right_after and not rx.match(r"[^.;]{0,12}?\b(?:in|for) (?:19|20)\d\d\b", after):
                    period = None
                year = (
                    int(stated.group("headed"))
                    if stated.group("headed")
                    else int(period.group("y"))
                    if period
                    else self.published.year - (0 if right_after and right_after.group("w") == "this" else 1)
                    if right_after
                    else (self.published.year - 1 if rx.search(r"\b[Ll]ast year\b", text) else None)
                )
                if not period and rx.match(r"[^.;]{0,12}?\bin the same (?:year|period)\b", after):
                    # "..., exceeded 4 billion dollars in the same year": the year of the figure told just before.
                    told_before = (self.sentences[index - 1].text if index else "") + " " + before
                    years = rx.findall(r"\b(?:in|for) ((?:19|20)\d\d)\b", told_before)
                    # With no year just before, the period of the figure told last ("... in 2023. China has been
                    # Brazil's first partner since 2009. Trade with the U.S. came to N in the same period").
                    last_figure = next((f for f in reversed(self.findings) if f.kind == "figures"), None)
                    year = (
                        int(years[-1])
                        if years
                        else int(last_figure.fields["period"])
                        if last_figure is not None
                        else year
                    )
                if year is None and rx.search(
                    r"(?:;|, (?:while|whereas|and|but)) (?:[\w'\u2019]+ ){0,3}trade\b", before[-80:]
                ):
                    # "Peru's trade with China hit X in 2022, while Ghana's trade with China was Y": the year the
                    # sentence gave the figure before, for its parallel.
                    years = rx.findall(r"\b(?:in|for) ((?:19|20)\d\d)\b", before[: len(before) - len(own)])
                    year = int(years[-1]) if years else None
                if year is None:
                    continue
                sides = rx.search(
                    r"\bbetween (?P<a>(?:the )?[A-Z][\w'\u2019-]+(?: (?:of )?[A-Z][\w'\u2019-]+)*) and "
                    r"(?P<b>(?:the )?[A-Z][\w'\u2019-]+(?: (?:of )?[A-Z][\w'\u2019-]+)*)",
                    own,
                )
                if sides and not all(
                    gz.countries_in(sides.group(g)) or gz.is_body(rx.sub(r"^the ", "", sides.group(g))) for g in "ab"
                ):
                    continue  # "trade between India and Europe": a side that is no country or body is no pair
                parties = list(dict.fromkeys(self._pair(text, before, index)))
                # Each side as the state of the day: Moscow's side in 1985 is the Soviet Union's.
                parties = list(dict.fromkeys(gz.state_then(p, self.published.year) for p in parties))
                if metric in ("exports", "imports"):
                    # "Chilean exports to the Kingdom", "food exports to Cuba": from one side to the other.
                    parties = self._flow_sides(before[-160:], index)
                elif metric != "trade":
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
            if self._invested(index, before, after, value, scale_name, unit, sentence, match):
                continue
            if self._balance(index, text, before, after, value, scale_name, unit, sentence, match):
                continue
            self.pledge(index, sentence, match, value, scale_name, unit)

    def _counted_pledge(self, index: int, sentence: Sentence, match: re.Match) -> None:
        """A count in millions that a side undertakes to buy, supply or create ("undertakes to buy 24 million tons of
        sugar", "would create one million jobs", "a loan of two million tonnes of grain"): a pledge in its own unit."""
        text = sentence.text
        counted = rx.match(
            r"\s(?P<unit>(?!(?:people|years|percent|residents|inhabitants|voters|visitors|tourists)\b)"
            r"[a-z]+s)\b",
            text[match.end() :],
        )
        clause = rx.split(r"[;]|, (?:and|but|while) ", text[: match.start()])[-1]
        cue = rx.search(
            r"\b(?:(?:pledged?|promised?|undert(?:ake|akes|ook)|committed|agreed|will|would|to) (?:[a-z]+ ){0,2}?"
            r"(?:buy|purchase|import|supply|deliver|ship|send|provide|create|donate|give|lend)|loans? of|gifts? of|"
            r"donations? of) (?:at least |about |some |up to |more than |another |an additional )?$",
            clause[-80:],
        )
        if not counted or not cue:
            return
        value, scale = amount_and_scale(match.group("num"), match.group("scale"))
        self.pledge(index, sentence, match, value, scale, counted.group("unit"), cued=True)

    def _invested(
        self,
        index: int,
        before: str,
        after: str,
        value: float,
        scale: str,
        unit: str,
        sentence: Sentence,
        match: re.Match,
    ) -> bool:
        """A stock of investment told by its verb in the past: "Japanese companies had invested N in Kenya by the
        end of 2021" is direct investment of one side in the other, as of that year."""
        found = rx.search(
            r"\b(?P<who>[A-Z][\w.]*)(?:['\u2019]s)? (?:companies|firms|investors|businesses|enterprises)\b[^.;]{0,80}? "
            r"(?:(?:had|have|has) (?:already |so far )?)?invested " + _ROUGHLY + r"*$",
            before,
        )
        if not found:
            return False
        where = rx.match(r"\s(?:[a-z]+ ){0,3}?in (?:the )?(?P<where>country|[A-Z][\w.]*(?: [A-Z][\w.]*)?)", after)
        period = rx.search(r"\b(?:by (?:the end of )?|in |as of |at the end of )(?P<y>(?:19|20)\d\d)\b", after[:70])
        if not where or not period or int(period.group("y")) > self.published.year:
            return False
        owner = gz.adjectives().get(found.group("who")) or gz.country_names().get(found.group("who"))
        place = where.group("where")
        other = (
            next((c for c in self.pair(index) if c != owner), None)
            if place == "country"
            else gz.country_names().get(place) or gz.country_names().get("the " + place)
        )
        if not owner or not other or owner == other:
            return False
        self.add(
            "figures",
            {
                "metric": "direct investment",
                "parties": [owner, other],
                "period": int(period.group("y")),
                "value": value,
                "scale": scale,
                "unit": unit,
            },
            sentence,
            match.start(),
            match.end(),
            "figure-invested",
            0.7,
        )
        return True

    def _balance(
        self,
        index: int,
        text: str,
        before: str,
        after: str,
        value: float,
        scale: str,
        unit: str,
        sentence: Sentence,
        match: re.Match,
    ) -> bool:
        """A one-way trade balance told of its side: "the United States ran a deficit of N with China last year",
        "with Argentina running a deficit of N"."""
        found = rx.search(
            r"(?P<who>(?:[Tt]he )?[A-Z][\w.]*(?: [A-Z][\w.]*)?) (?:ran|runs|running|had|has|posted|posting|recorded) "
            r"a (?:trade )?(?P<kind>deficit|surplus) of " + _ROUGHLY + r"*$",
            before,
        )
        if not found:
            return False
        who = rx.sub(r"^[Tt]he ", "", found.group("who"))
        side = gz.country_names().get(who) or gz.country_names().get("the " + who) or gz.grouping_of(who)
        other = next((c for _, _, c in gz.countries_in(after[:60]) if c != side), None)
        if other is None:
            other = next((c for c in self._pair(text, before, index) if c != side), None)
        period = rx.search(r"\b(?:in|for) (?P<y>(?:19|20)\d\d)\b", after[:60])
        year = (
            int(period.group("y"))
            if period
            else (self.published.year - 1 if rx.search(r"\blast year\b", text) else None)
        )
        if not side or not other or year is None:
            return False
        self.add(
            "figures",
            {
                "metric": "trade " + found.group("kind"),
                "parties": [side, other],
                "period": year,
                "value": value,
                "scale": scale,
                "unit": unit,
            },
            sentence,
            match.start(),
            match.end(),
            "figure-balance",
            0.7,
        )
        return True

    def _sides_of(self, before: str) -> list[str]:
        """The two sides of a one-way figure: the country whose it is (an adjective or possessive before the
        metric) and the one it is with or in ("with Japan", "in the U.S.")."""
        metric = list(
            rx.finditer(r"\b(?:[Tt]rade (?:deficit|surplus)|(?:foreign )?direct investment|[Ii]nvestments?)\b", before)
        )
        if not metric:
            return []
        last = metric[-1]
        owner_text = before[max(0, last.start() - 30) : last.start()]
        owner = rx.search(
            r"(?:\b[Tt]he )?(?P<who>U\.S\.|[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['\u2019]s)? (?:bilateral |total )?$",
            owner_text,
        )
        other = rx.match(
            r"(?: stock| flows?)?\s(?:with|in|into|to) (?:the )?(?P<c>U\.S\.|[A-Z][\w.]*(?: [A-Z][\w.]*)?)",
            before[last.end() :],
        )
        if not owner or not other:
            return []

        def code(word: str) -> str | None:
            # "Cumulative Peruvian": the side is the last word's when the whole names none.
            return _side_named(word) or _side_named(word.split()[-1])

        sides = [code(owner.group("who")), code(other.group("c"))]
        return [c for c in sides if c] if all(sides) and sides[0] != sides[1] else []

    def _flow_sides(self, before: str, index: int) -> list[str]:
        """The two sides of exports or imports, the side whose they are first: its adjective or possessive before
        the noun ("Kenyan exports to Peru"), else the visit's side that is not the one they go to or come from;
        the other named after "to" or "from", else the visit's other side ("exports to the Kingdom")."""
        flow = list(
            rx.finditer(
                r"(?:\b(?:[Tt]he )?(?P<who>U\.S\.|[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['\u2019]s)? )?(?:[a-z-]+ (?:and )?){0,3}"
                r"(?:exports|imports|sales) (?:to|from) (?:the )?(?P<other>U\.S\.|[A-Z][\w.]*(?: [A-Z][\w.]*)?)?",
                before,
            )
        )
        if not flow:
            return []

        owner, other = _side_named(flow[-1].group("who")), _side_named(flow[-1].group("other"))
        named = flow[-1].group("other")
        if other is None and named and not rx.fullmatch(r"(?i:kingdom|republic|federation|emirates?|union)", named):
            return []  # "exports to Asia": a region is no side of a pair
        pair = self.pair(index)
        if owner is None and other in pair:
            owner = next((c for c in pair if c != other), None)
        elif other is None and owner in pair:
            other = next((c for c in pair if c != owner), None)
        return [owner, other] if owner and other and owner != other else []

    def _pair(self, text: str, before: str, index: int) -> list[str]:
        """The two parties of a figure or target: named ('between A and B', 'with ASEAN'), else the visit's."""
        # The figure's own clause: "Trade between A and B reached X, while trade with C was Y" gives Y to A and C.
        clause = rx.split(r";|, (?:while|whereas|but|and) ", before)[-1]
        # "..., after China, whose trade with Peru was ...": a relative clause on a country is that country's own.
        relative = rx.search(r"[A-Z][\w.]*(?: [A-Z][\w.]*)?, whose (?:(?!, whose ).)*$", clause)
        if relative:
            clause = clause[relative.start() :]
        between = rx.search(
            r"\bbetween (?P<a>(?:the )?[A-Z][\w .'\u2019]+?) and (?P<b>(?:the )?[A-Z][\w .'\u2019]+?)"
            r"(?=\b(?: was| reached| stood| totall| amounted| rose| were| came| fell| grew| exceeded|,))",
            clause + " was",
        )
        # "Chile-Peru trade", "Sino-Peruvian trade", "U.S.-China trade": the pair its hyphen joins.
        hyphened = rx.search(
            r"\b(?P<a>[A-Z][\w.'\u2019]*)-(?P<b>[A-Z][\w.'\u2019]*) (?:(?:bilateral|two-way|annual|total) )?trade\b",
            clause,
        )
        if hyphened:
            joined = [gz.party_named(hyphened.group(g)) for g in "ab"]
            if all(joined) and joined[0] != joined[1]:
                return [c for c in joined if c]
        named = [c for _, _, c in gz.countries_in(between.group(0))] if between else []
        if between and len(named) == 1:
            # "between Ghana and the European Union": a grouping for one side.
            groups = [gz.grouping_of(rx.sub(r"^the ", "", between.group(side).strip())) for side in ("a", "b")]
            named += [g for g in groups if g and g not in gz.REGIONS and g not in named][:1]
        if len(named) >= 2:
            return named[:2]
        # "The relationship between India and the European Union is larger still: trade between the two reached ...":
        # the pair the sentence named before its clause points back at.
        if rx.search(r"\bbetween (?:the two|them|both)\b", clause):
            told = list(
                rx.finditer(
                    r"\bbetween (?P<a>(?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*) and "
                    r"(?P<b>(?:the )?[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*)",
                    before[: len(before) - len(clause)] or before,
                )
            )
            if told:
                sides = [
                    next((c for _, _, c in gz.countries_in(told[-1].group(g))), None)
                    or gz.grouping_of(rx.sub(r"^the ", "", told[-1].group(g)))
                    for g in ("a", "b")
                ]
                if all(sides) and sides[0] != sides[1] and not any(s in gz.REGIONS for s in sides):
                    return [s for s in sides if s]
        # "For Chile and Peru, two-way trade stood at ...": the two countries its clause joins with "and".
        if rx.search(r"\b(?:bilateral|two-way|trade between (?:the two|them))\b", clause):
            named_in = gz.countries_in(clause)
            for (_, end_a, a), (start_b, _, b) in zip(named_in, named_in[1:], strict=False):
                if clause[end_a:start_b] == " and " and a != b:
                    return [a, b]
        # "China is Argentina's second-largest trading partner ...; two-way trade reached ...": the two it names,
        # unless the figure's own clause names its own ("..., while Ghana's trade with Peru was ...").
        trading = rx.search(
            r"(?P<a>(?:[Tt]he )?[A-Z][\w.]*(?: [A-Z][\w.]*)?) (?:is|was|remains|remained|became|has become|has been|had been) "
            r"(?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*)?)['\u2019]s (?:[\w-]+ ){0,3}trading partner",
            # "China has been Malaysia's largest trading partner for years. Trade between the two countries ...": the
            # two of the sentence before, when the figure's sentence names no two of its own and only points back at them.
            text
            if not index
            or not rx.search(r"\bbetween (?:the two|them)\b", clause)
            or len({code for _, _, code in gz.countries_in(before)}) > 1
            else self.sentences[index - 1].text + " " + text,
        )
        if trading and not rx.search(r"\btrade with\b", clause):

            def side(word: str) -> str | None:
                word = rx.sub(r"^[Tt]he ", "", word)
                group = gz.grouping_of(word)
                return (
                    gz.country_names().get(word)
                    or gz.country_names().get("the " + word)
                    or (group if group not in gz.REGIONS else None)
                )

            sides = [side(trading.group("a")), side(trading.group("b"))]
            if all(sides) and sides[0] != sides[1]:
                return [c for c in sides if c]
        # "China's trade with the five republics", "trade with Arab states as a whole": a group of countries the
        # clause does not name is no one country of the visit.
        if rx.search(
            r"\btrade with (?:the |its |their |all |other )?(?:[\w-]+ ){0,2}"
            r"(?:countries|states|nations|republics|members|neighbou?rs|economies)\b",
            clause,
        ):
            return []
        # "Peru's trade with Kenya", "Japanese trade with Brazil", "China, whose trade with Brazil": the side whose
        # trade it is, not the leader's.
        owner = rx.search(
            r"(?P<who>[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['\u2019]s|, whose)? (?:bilateral |total |two-way |annual )?"
            r"trade with\b",
            clause,
        )
        first = self.leader_country
        if owner:
            who = rx.sub(r"['\u2019]s$", "", owner.group("who"))
            first = gz.adjectives().get(who) or gz.country_names().get(who) or first
        # "trade with Kenya", "trade with its neighbour Chile".
        group = rx.search(
            r"\bwith (?:the |its |their )?(?:[a-z]+ (?=[A-Z]))?(?P<g>[A-Z][\w-]*(?: [A-Z][\w-]*)?)", clause[-150:]
        )
        if group and gz.grouping_of(group.group("g")):
            return [p for p in (first, gz.grouping_of(group.group("g"))) if p]
        if group:
            named = [c for _, _, c in gz.countries_in(group.group(0))]
            if named and named[0] == first:
                # "trade with Kenya" when the leader is Kenyan: the host's trade with the leader's country.
                first = self.partner(index)
            if named:
                return [p for p in (first, named[0]) if p]
        return self.pair(index)

    def _giver(self, before: str) -> str | None:
        """The country or grouping that is the subject of a pledge: "Japan pledged", "The European Union
        committed", "the Japanese government will provide"."""
        found = rx.search(
            r"(?:^|[,;:] |\b(?:and|while|as) )(?:[Tt]he )?(?P<who>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}?)"
            r"(?:['\u2019]s)?(?: (?:government|side|cabinet|leadership))? (?:has |had |also |would |will |then |further |"
            r"is |are |said (?:it|they) would )*"
            r"(?:pledged?|promised?|committed|offered|announced|vowed|provided|providing|extended|granted|earmarked|"
            r"would provide|will provide|agreed to provide|"
            r"(?:will|would|to) (?:invest|provide|give|grant|lend|extend|contribute|mobili[sz]e))\b[^,;]*$",
            before,
        )
        if not found:
            return None
        who = found.group("who")
        return (
            gz.country_names().get(who)
            or gz.country_names().get(rx.sub(r"^the ", "", who))
            or gz.adjectives().get(who)
            or (gz.grouping_of(who) if gz.is_body(who) else None)
        )

    def relative_pledges(self, index: int, sentence: Sentence) -> None:
        """'aim to double it within three years', 'raise trade by 50 percent by 2025': a change against now."""
        text = sentence.text
        for match in rx.finditer(
            r"\b(?P<verb>double|doubling|triple|tripling|quadruple|quadrupling)\b (?!(?:by|within|over|in)\b)(?P<what>[^,.;]{1,100}?)(?=,? within|,? by (?:the )?(?:19|20)|,? over| to (?:about |some |at least )?[$\u20ac\u00a3\d]|[,.;]|$)"
            # "wants it to double within five years": what doubles is named before.
            r"|(?:\b(?P<what3>it|them|(?:bilateral |two-way |total |annual )?(?:trade|investment)) to |(?<=should )|(?<=would )|(?<=will )|(?<=must ))(?P<verb3>double|triple|quadruple)\b"
            r"(?= (?:by|within|over|in the next)\b|[,.;]|$)"
            r"|\b(?:increas\w*|rais\w*|boost\w*|lift\w*|grow\w*) (?P<what2>[^,.;]{1,80}?) by (?:at least |about )?"
            r"(?:(?P<percent>\d+) ?(?:percent|per cent|%)|(?P<half>half|a half)"
            # "by one and a half times", "by 3 times", "fourfold": a multiple.
            r"|(?P<times>\d+(?:\.\d+)?|(?:one|two|three|four|five)(?: and a half)?) ?(?:times|-?fold)\b)",
            text,
        ):
            cue = _PLEDGING.search(text[: match.start()][-80:])
            if cue is None or rx.search(r"\bhad\b|\bhas\b", text[: match.start()][-30:]):
                continue
            if rx.search(
                r", (?:roughly |about |nearly |almost |more than |around |some )?$", text[: match.start()]
            ) and (AMOUNT_WITH_SCALE.search(text[: match.start()])):
                continue  # "aim for 10 billion dollars in trade by 2028, roughly double current levels": the target told

            value: float
            if match.group("verb") or match.group("verb3"):
                verb = match.group("verb") or match.group("verb3")
                value = 2 if verb.startswith("doubl") else 4 if verb.startswith("quadrupl") else 3
                unit = "times"
                what = (match.group("what") or match.group("what3") or "it").strip()
            elif match.group("times"):
                words = match.group("times").split(" and a half")
                whole = 1.0 if words[0] == "one" else number_value(words[0])
                value = whole + 0.5 if len(words) > 1 else int(whole) if whole.is_integer() else whole
                unit = "times"
                what = match.group("what2").strip()
            else:
                value = 50 if match.group("half") else int(match.group("percent"))
                unit = "percent"
                what = match.group("what2").strip()
            if rx.fullmatch(r"(?:it|them|that)", what) and index > 0:
                earlier = rx.search(
                    r"\b(?:bilateral |two-way |total )?(?:trade|investment)\b",
                    self.sentences[index - 1].text + " " + text[: match.start()],
                    re.I,
                )
                what = earlier.group(0).lower() if earlier else what
            rest = text[match.end() : match.end() + 80]
            deadline = None
            by = BY_YEAR.search(rest)
            within = WITHIN_YEARS.search(rest)
            if by:
                deadline = int(by.group("y"))
            elif within:
                deadline = self.published.year + years_within(within)
            parties = self._pair(text, text[: match.start()], index)
            self.add(
                "pledges",
                {
                    "what": what,
                    "value": value,
                    "scale": None,
                    "unit": unit,
                    "deadline": deadline,
                    "announced_by": self._relative_speaker(text, match),
                    "parties": parties,
                    "shape": "relative",
                },
                sentence,
                match.start(),
                match.end(),
                "pledge-relative",
                0.6,
            )

    def _relative_speaker(self, text: str, match: re.Match) -> str | None:
        """Who sets a change as an aim: the person the clause names as its subject ("Keating wants it to double"),
        or the source named at its end; none when both sides set it."""
        before = rx.split(r"; |, (?:and|but|while) ", text[: match.start()])[-1]
        if rx.search(r"\b(?:two sides|two countries|two governments|two leaders|both|they|[Ww]e)\b", before):
            return None
        subject = rx.search(r"\b(?P<n>[A-Z][\w'\u2019-]+)(?: (?:also|then|later|has|had|have))* [a-z]+s?\b", before)
        name = subject.group("n") if subject else source_after(text[match.end() :])
        if name and self.is_leader(name):
            return self.leader
        if name and self.person(name) in self.people:
            return self.person(name)
        return None

    def pledge(
        self,
        index: int,
        sentence: Sentence,
        match: re.Match,
        value: float,
        scale: str,
        unit: str,
        cued: bool = False,
    ) -> None:
        """Draft the amount at match as a pledge when a commitment cue (or `cued`) and a side stand around it."""
        text = sentence.text
        before = text[: match.start()]
        after = text[match.end() : match.end() + 120]
        cue = rx.search(
            r"\b(?:pledged?|pledges|pledging|promised?|promises|committed|commits?|commitment|vowed|vows|offered|offers?|would provide|will provide|to provide|announced|announces|unveils|set a target|target of|aim(?:ed)? to|aims? to|aim of|goal of|agreed to|would invest|will invest|to invest|plans? to|would lend|loans? of|credit of|line of credit|credit line of|grants? of|aid of|package of|assistance of|donation of|would extend|will extend|unveiled|earmarked|(?:will|would|to) (?:put|spend|give|grant|contribute|lend|channel|mobili[sz]e|write off|forgive|cancel|disburse|donate|pay|"
            r"earmark|allocate|set aside)|extended|granted|"
            # "three funds took the decision to make investments of nearly N in X": they will invest N.
            r"to make (?:an? )?(?:[\w-]+ )?investments? of|"
            # "loans totalling N", "assistance will total N": an amount of aid, summed.
            r"(?:loans?|credits?|grants?|aid|assistance|package|financing)(?: [\w-]+){0,3}? (?:totall?ing|amounting to|"
            r"(?:will|would) (?:total|amount to))|"
            # Money set apart for a use, or a lender's approval: "set aside", "allocated", "approved".
            r"set aside|sets aside|allocated?|allocates|approved|approves|ma(?:de|ke|kes) available|contribution of|"
            # The receiver as subject: "Kenya will receive 300 million dollars in loans".
            r"(?:will|would|is to|are to|to) (?:receive|get|obtain))\b",
            before,
        )
        kind_available = (
            r"\s+(?:in (?P<kind>(?:[\w-]+ )?(?:loans?|credits?|grants?|aid|financing|funding)) )?available\b"
        )
        if cue is None and rx.match(kind_available, after):
            # "would make 20 million euros available for ...": the amount between the verb and its "available".
            cue = rx.search(r"\b(?:make|makes|made|making) $", before)
        target = rx.search(
            r"\b(?:increas(?:e|ed|ing)|rais(?:e|ed|ing)|boost(?:ed|ing)?|lift(?:ed|ing)?|expand(?:ed|ing)?|grow(?:ing)?|"
            r"bring(?:ing)?|take(?! part\b)|taking(?! part\b)|push(?:ed|ing)?|elevat(?:e|ed|ing)|doubl(?:e|ed|ing)|tripl(?:e|ed|ing))\b"
            # ("take part in up to N": "up to" bounds an amount, no target's "to".)
            r"(?:[^.;]|\.(?=\S))*?(?<!\bup )\bto $",
            before[-120:].rstrip() + " ",
        ) or rx.search(
            # "a target of", "a goal of", "aim for trade of": the value to reach.
            r"\b(?:target|goal) of (?:about |around |some |at least |more than |over )?$|\bto reach $|"
            r"\baim(?:s|ed)? for (?:[\w-]+ ){0,2}?(?:trade|investment) of $",
            before[-60:].rstrip() + " ",
        )
        forecast = rx.search(
            r"\b(?:expect\w*|forecast\w*|project\w*|estimat\w*|likely|could|may|might)\b", before[-60:]
        )
        if target and forecast and rx.search(r"\bto reach $", before[-30:].rstrip() + " "):
            target = None  # "trade is expected to reach ...": a forecast, not a side's aim
        if (
            not target
            and not forecast
            and rx.search(
                # "Bilateral trade should reach 4 billion dollars by 2027": the metric told to reach a value, by a date or
                # in a side's word (not a forecast).
                r"\b(?:[Tt]rade|[Ii]nvestment)\b[^.;]{0,40}?\b(?:should|will|would|must|is to|are to) (?:reach|hit|top|exceed|"
                r"rise to|grow to|increase to|climb to)(?: about| around| some| at least| more than)? $",
                before[-100:].rstrip() + " ",
            )
            and (
                BY_YEAR.search(after)
                or WITHIN_YEARS.search(after)
                or rx.search(r"\b(?:said|says|agreed|pledged|vowed|promised|aim\w*|want\w*)\b", before)
            )
        ):
            target = rx.search(r"\S+ $", before.rstrip() + " ")
        # "announced financial support worth 7.4 billion euros", "agreed to finance projects worth ...": what a
        # side gives, valued ("deals worth ..." signed is no pledge).
        given = rx.search(
            r"\b(?:announced|announces|pledged?|pledges|promised?|offered|offers|unveiled|committed|"
            r"(?:agreed to|will|would|to) (?:jointly |also |together )?(?:provide|finance|fund|invest in|extend|lend|give|grant|offer|supply|buy|purchase|"
            r"import|send|deliver|donate|ship))"
            # "announced a Global Gateway investment package for Central Asia worth ...": a name and a receiver before.
            r" (?P<what>(?:[\w-]+ ){1,8}?)(?:worth|valued at) " + _ROUGHLY + r"*$",
            before[-120:],
        ) or rx.search(
            # "signed a loan worth 2 billion dollars", "credits worth ...": a loan, grant or credit, valued.
            r"\b(?P<what>(?:[\w-]+ )?(?:loans?|grants?|credits?|credit lines?|lines? of credit|aid packages?|financing))"
            r" (?:worth|valued at) " + _ROUGHLY + r"*$",
            before[-80:],
        )
        # "5 billion euros in concessional loans" in a package or a grant: aid by its kind.
        # ("signed 2 billion dollars in official development assistance": the aid signed over; not investment deals.)
        aid = rx.match(
            r"\s(?:in|of) (?:[\w-]+ ){0,2}?(?:loans?|grants?|credits?|aid|assistance|financing|funding|investments?)\b"
            r"(?! (?:deals?|agreements?|contracts?|accords?|memorand\w*|MoUs?)\b)",
            after,
        ) and rx.search(
            r"\b(?:package|provided|providing|provides|gave|giving|granted|extended|pledged|offered|promised|announced|"
            r"signed|signs)\b",
            text,
        )
        # "a 750 million dollar loan", "a $2bn credit line": the amount of a loan, a grant or a fund it names, given
        # unless the clause asks for it or pays it back.
        lent = (
            index >= self.lead
            and rx.match(
                # ("signed an 8 billion euro currency swap line": reserves each central bank may draw from the other.)
                r"[\s-]*(?:(?!(?:in|of|for|to|from|as|on)\b)[\w-]+ ){0,2}?(?:loans?|grants?|credit lines?|lines? of credit|credits?|aid|aid packages?|[Ss]waps?|"
                r"packages?|funds?|facility|assistance|donations?)\b",
                after,
            )
            and not rx.search(
                r"\b(?:ask\w*|request\w*|sought|seek\w*|appeal\w*|appl(?:y|ied|ies|ying)|hop\w+|want\w*|"
                r"repa(?:y|id|ys|ying)|ow(?:e|ed|es|ing)|default\w*|servic\w+|restructur\w+|"
                # What a loan paid for once: "financed by a 2 billion dollar loan", "was built with ...".
                r"(?:financed|funded|built|paid for|backed|bankrolled|constructed) (?:by|with|through|from)|was|were|had been)\b",
                rx.split(r"[;]|, (?:and|but|while) ", before)[-1],
            )
        )
        # "..., of which 30 million euros will go to rail maintenance": a share of what is given, and its use.
        share = rx.match(
            r"\s(?:will|would|is to|are to) (?:go|be spent|be used|be allocated|be earmarked|be set aside)\b", after
        ) or rx.match(r"\s(?:is|are|was|were) (?:earmarked|set aside|allocated) for\b", after)
        # "Commitments announced today:" heading "- 50 million dollars for clinics": each item an amount pledged.
        head = self.list_head(index)
        # ("Key outcomes of the visit:", "Deliverables:": what the visit gave, item by item.)
        headed = bool(
            head
            and rx.search(r"\b(?:announc|pledg|commit|promis|offer|will\b|outcome|deliverable|result)\w*", head, re.I)
        )
        # "would seek 139 million dollars in assistance for Ghana", "will ask Congress for N in aid for Tanzania": a
        # government asking its own budget for what it will give another, not a receiver asking for itself.
        budget = rx.match(
            r"\s(?:in|of) (?:[\w-]+ ){0,2}?(?:aid|assistance|funding|financing|support|grants?) for (?:the )?[A-Z]",
            after,
        ) and rx.search(
            r"\b(?:seek|request|ask (?:Congress|[Pp]arliament|lawmakers|legislators|the legislature) for)\s(?:about |some |"
            r"nearly |up to |more than |over )?$",
            before[-60:],
        )
        if not (cue or target or aid or given or headed or lent or share or budget or cued):
            return
        if rx.search(
            r"\b(?:offer\w*|promis\w*|pledg\w*|provid\w*|give|gave|giv\w+) (?:little|no|scant|nothing|few)\b",
            before[-80:],
        ):
            return  # "gave scant comfort on the 4 billion euro loan it must repay": a help refused or withheld
        # "Kenya asked Japan for a loan of 2 billion dollars": a request, unless a side then gives it ("asked for
        # help, and Japan pledged ...").
        clause = rx.split(r"; |, (?:and|but|while) ", before)[-1]
        asked = list(
            rx.finditer(
                r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|sought|seek(?:s|ing)?|appeal(?:s|ed|ing)? for|call(?:s|ed|ing)? for|"
                r"lobb(?:y|ies|ied|ying) for|applied for|appl(?:y|ies|ying) for)\b",
                clause,
            )
        )
        if (
            asked
            and not budget
            and not rx.search(
                r"\b(?:pledged?|promised?|offered|committed|agreed to|will|would|announced|approved|granted|extended)\b",
                clause[asked[-1].end() :],
            )
        ):
            return
        if rx.search(
            r"\b(?:reached|was|were|stood at|totall?ed|amounted to|came to)\s(?:about |approximately |nearly |some |around )*$",
            before,
        ):
            return  # "agreed to increase their trade, which ... reached 2 million pesos last year": a figure told
        if given and rx.search(
            r"\b(?:deals?|contracts?|agreements?|orders?|memorand(?:a|ums?))\b", given.group("what")
        ):
            return  # "companies announced business deals worth ...": deals struck, no side's pledge
        if rx.search(
            r"\b(?:has|have|had) (?:already )?(?:committed|spent|provided|given|invested|disbursed|received)\b", before
        ) and rx.search(r"^[^.;]*?\b(?:since (?:19|20)\d\d|so far|to date|over the past)\b", after):
            return  # "has committed 80 million pounds to projects since 1991": money given, no pledge to come
        if (
            rx.search(r"\b(?:worth|valued at|value of|combined value|could be worth)\b", before[-40:])
            and not target
            and not given
        ):
            return
        if (
            rx.search(r"\bstake\b", after[:30])
            or (
                rx.search(r"\bpercent\b", after[:20])
                and not rx.search(r"\bat (?:about |around )?[\d.]+ ?percent", after[:25])
            )
            or rx.search(r"\bfrom (?:about |nearly |almost |around |some )?$", before[-25:].rstrip() + " ")
        ):
            return
        deadline = None
        by = BY_YEAR.search(after) or BY_YEAR.search(before[-100:])
        if by:
            deadline = int(by.group("y"))
        fiscal = rx.match(
            r"[^.;]{0,60}?\bin (?:the )?(?:fiscal|financial|budget) (?:year )?(?P<y>(?:19|20)\d\d)\b", after
        )
        if deadline is None and fiscal:
            deadline = int(fiscal.group("y"))  # "N dollars in aid for Laos in fiscal 2031": the year it is for
        within = WITHIN_YEARS.search(after + " " + before[-60:])
        if within and rx.search(
            r"\b(?:repa(?:id|yable|yment|y)|maturity|grace period|term of)\b[^.;,]{0,20}$",
            (after + " " + before[-60:])[: within.start()],
        ):
            within = None  # "to be repaid over thirty years": the loan's term, not a deadline
        derived = None
        if within and deadline is None:
            deadline = self.published.year + years_within(within)
            derived = f"{within.group(0)} from {self.published.year}: {self.published.year} + {years_within(within)} = {deadline}."
        metrics = list(
            rx.finditer(
                r"\b(?P<m>(?i:bilateral |two-way |non-oil |total )?(?:[Tt]rade|[Ii]nvestment))\b", before[-120:]
            )
        )
        metric = metrics[-1] if metrics else None
        if metric is None and target and rx.search(r"\b(?:it|them)\b", before[-60:]) and index > 0:
            # "raising it to 20 billion dollars": the metric of the sentence before.
            earlier = rx.search(
                r"\b(?P<m>(?:bilateral |two-way |non-oil |total )?(?:trade|investment))\b",
                self.sentences[index - 1].text,
                re.I,
            )
            metric = earlier
        if metric is None and target:
            # "a target of 10 billion dollars in two-way trade": the metric told after the value.
            metric = rx.match(
                r"\s(?:in|of|for) (?P<m>(?:annual |bilateral |two-way |non-oil |total |yearly )?(?:trade|investment))\b",
                after,
                re.I,
            )
        shape = "target" if target and metric else "commitment"
        what = (
            metric.group("m").lower()
            if shape == "target" and metric
            else _object_after(after) or _object_before(before)
        )
        if given and shape == "commitment":
            what = rx.sub(r"^(?:a|an|the) ", "", given.group("what").strip())
        available = rx.match(
            kind_available
            + r"[^,.;]*?\b(?P<to>for|to) (?P<use>[^,.;]{3,80}?)(?= (?:in|over|within|by|during) |[,.;]|$)",
            after,
        )
        if available and shape == "commitment":
            # "make 20 million euros available over four years for a joint programme": what the money is for;
            # "make 20 billion dollars in loans available to African countries": what it is, and for whom.
            taker = rx.sub(r"^(?:a|an|the) ", "", available.group("use").strip())
            kind = available.group("kind")
            what = f"{kind} {available.group('to')} {taker}" if kind else taker
        if share and shape == "commitment":
            use = rx.match(
                r"[^,.;]*?\b(?:to|on|for) (?P<use>[^,.;]{3,80})", after[share.end() :] if share.end() else after
            )
            what = use.group("use").strip() if use else what
        named = rx.search(
            r"\b(?P<w>(?:(?![a-z]+ed\b)(?!(?:provide|give|grant|offer|extend|promise|pledge|announce|unveil)s?\b)[\w-]+ )?"
            r"(?:loan|credit|credit line|line of credit|grant|package|fund|aid|financing|assistance)s?)"
            r" (?:of|totall?ing|amounting to|worth|valued at|(?:will|would) (?:total|amount to)) (?:about |nearly |"
            r"almost |around |some |more than |over |up to |at least )*$",
            before,
        )
        if named and shape == "commitment":
            what = rx.sub(r"^(?:a|an|the) ", "", named.group("w"))  # "a loan of about 1 billion dollars"
        speaker = None
        for person in PERSON.finditer(before):
            speaker = person.group("name")
        if speaker is None:
            # "Mwangi told the Chilean president that Kenya would provide ...": a person named before by the
            # surname alone, the subject of a verb of saying.
            sayer = rx.search(
                r"\b(?P<n>[A-Z][\w'\u2019-]+)(?: (?:also|then|later|has|had|have))* (?:said|says|told|announced|announces|"
                r"added|pledged|promised|declared)\b[^.;]*$",
                before,
            )
            if sayer and (self.person(sayer.group("n")) in self.people or self.is_leader(sayer.group("n"))):
                speaker = sayer.group("n")
        if speaker is None and self.leader and (self.is_leader(before) or rx.search(r"^\s*(?:He|She)\b", before)):
            speaker = self.leader
        if speaker and self.is_leader(speaker):
            speaker = self.leader
        elif speaker:
            speaker = self.person(speaker)
        source = source_after(text[match.end() :])
        if not rx.search(
            r"\b(?:pledged?|pledges|promised?|promises|committed|commits?|vowed|vows|offered|offers|would provide|will provide|"
            r"announced|announces|said|says|told|unveiled|unveils)\b",
            before,
        ):
            speaker = None
        if speaker is None and source and (self.person(source) in self.people or self.is_leader(source)):
            speaker = self.leader if self.is_leader(source) else self.person(source)
        parties = (
            self._pair(text, before, index)
            if shape == "target"
            else [p for p in dict.fromkeys([self.leader_country, *self.other_party(sentence, index)[:1]]) if p]
        )
        giver = self._giver(before)
        if giver and shape == "commitment":
            # "Britain promised ... to Kenya": the giver and the receiver, else the giver and the leader's side.
            # "China offered Zambia a loan of ...": the receiver named as the verb's first object.
            indirect = rx.search(
                r"\b(?:offered|offers|promised|promises|gave|gives|granted|grants|pledged|pledges|extended|extends|"
                r"provide|give|grant|lend|offer)\s(?P<c>(?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)\s[^,;]*$",
                before,
            )
            objects = [c for _, _, c in gz.countries_in(indirect.group("c"))] if indirect else []
            receiver = next(
                (c for c in objects + [c for _, _, c in gz.countries_in(after[:60])] if c != giver),
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
        # The same amount in a headline and in the story is one pledge, told in full in the story.
        story = self.sentences[self.lead].start if self.lead < len(self.sentences) else 0
        told = [
            f
            for f in self.findings
            if f.kind == "pledges"
            and (f.fields["value"], f.fields["scale"], f.fields["unit"]) == (value, scale, unit)
            and (f.start < story) != (sentence.start < story)
        ]
        if told and sentence.start < story:
            return
        for finding in told:
            self.findings.remove(finding)
        self.add("pledges", fields, sentence, match.start(), match.end(), "pledge-" + shape, 0.6)


def _side_named(word: str | None) -> str | None:
    """The country a side's word names, by adjective or name, with its possessive ("Kenyan", "Peru's")."""
    if not word:
        return None
    word = rx.sub(r"['\u2019]s$", "", word)
    return gz.adjectives().get(word) or gz.country_names().get(word) or gz.country_names().get("the " + word)
