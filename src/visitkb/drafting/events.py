"""The summits and conferences the leader attended."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import gazetteer as gz
from . import rx
from .clauses import BACKGROUND, FUTURE, NAME, PERSON, TITLE
from .reader import Leg, ReaderCore
from .text import Sentence
from .when import MONTH_NAME

# "did not attend the summit", "skipped the summit": not attended.
_NOT_ATTENDED = re.compile(
    r"\b(?:(?:did|does|will|would) not|didn't|doesn't|won't|never|not) (?:attend|join|go to|travel to|take part in)\b"
    r"|\b(?:skipped|skipping|missed|boycotted|stayed away from|declined an invitation to)\b"
)


# The mark before an item of a list: a dash, a bullet, a number.
BULLET = re.compile(r"\s*(?:[-\u2013\u2022*\u00b7]|\d{1,2}[.)])\s+")
# "- Attended the X Forum.": an item of the leader's engagements, told with no subject.
_ATTENDED_ITEM = re.compile(
    r"(?:Attended|Addressed|Co-chaired|Chaired|Took part in|Participated in|Joined|Spoke at)\s(?:the\s)?"
)


class EventRules(ReaderCore):
    """The rules that read the events attended."""

    if TYPE_CHECKING:

        def in_person(self) -> bool:
            """Whether the article tells of a visit in person (``MeetingRules.in_person``)."""
            ...

    _EVENT = re.compile(
        r"(?<![\w'\u2019-])(?P<name>(?:(?:the )?(?:\d+(?:st|nd|rd|th) |first |second |third )?)"
        # Words part at a space only: a hyphen may join words ("China-Africa") but not also part them, or a long
        # hyphened run splits in too many ways to try.
        r"(?:(?:[A-Z][\w'\u2019.-]*|\([A-Z]+\)|of|and|the|on|[\d-]+) ){0,8}?"
        # "the UN climate summit", "the COP28 climate talks": a body's name, then the gathering's subject.
        r"(?:[A-Z][\w'\u2019.-]*[ -]|(?<=of )\d+ )(?:(?:[Ll]eaders['\u2019]? |climate |peace |security )?[Ss]ummit|"
        # "the Commonwealth conference": a body's gathering in lower case (kept only when the body is known).
        r"(?<=[A-Z0-9] )climate (?:talks|conference)|(?:conference|meeting)|Leaders'? Meetings?|[Ll]eaders' meetings?|Economic Leaders' Meetings?|Forum|Conference|Dialogue|Meeting|"
        # "the opening ceremony of the first China International Import Expo"
        r"Expo|Exposition|Exhibition|Fair))\b"
    )

    # "attended the opening ceremony of the 9th Asian Winter Games", "flew in to attend the eighth Future Investment
    # Initiative": a gathering named by its edition's number, whatever its last word; the name runs to the end of its
    # capitalized words (not "the Second World War commemorations").
    _EDITION = re.compile(
        r"(?<![\w-])(?P<name>(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth) "
        # (each word ends at a space of its own: without it a run of capitals could be split every way)
        r"(?:[A-Z][\w'\u2019.-]* (?:(?:of|on|for|and) )?){0,6}[A-Z][\w'\u2019-]*)"
        r"(?=[,.;:)]|$| (?:in|at|on|with|and|where|as|from|to|for|that|which|this|last)\b)"
    )
    # The verbs that put the leader at such a gathering (no bare "at", "for" or "during": "during the Second World War").
    _AT_EDITION = re.compile(
        r"\b(?:attend(?:ed|ing|s)?|(?:took|take|takes|taking) part in|participat(?:ed|es|ing|e) in|addressed|opened|"
        r"(?:opening|closing) (?:ceremony|session) of)\s(?:the\s)?$"
    )

    def events(self, index: int, sentence: Sentence) -> None:
        """Multilateral events (summits, forums) the leader attended, with their body, host and city."""
        text = sentence.text
        if not self.legs and not self.in_person():
            return
        bullet = BULLET.match(text)
        attended = _ATTENDED_ITEM.match(text, bullet.end()) if bullet and self.leader else None
        item = attended is not None
        editions = [m for m in self._EDITION.finditer(text) if self._AT_EDITION.search(text[: m.start()])]
        for match in [*self._EVENT.finditer(text), *editions]:
            name = match.group("name")
            lead_in = rx.match(
                r"(?:(?:At|In|On|During|For|After|Before|Ahead of|From|of|and) )?(?:the |The )?(?:[A-Z][a-z]{2}\.? [\d-]+ )?",
                name,
            )
            start = match.start() + (lead_in.end() if lead_in else 0)
            if attended and match.start() < attended.end():
                start = max(start, attended.end())  # "- Attended the X Forum": the item's verb no part of the name
            name = text[start : match.end()].strip()
            if len(name.split()) < 2 and not rx.match(r"[A-Z0-9]+-", name):
                continue
            # What comes before the name, its day ("the Nov 10-11") left out.
            before = rx.sub(r"\s[A-Z][a-z]{2}\.? [\d-]+$", "", text[max(0, start - 60) : start].rstrip())
            after = text[match.end() : match.end() + 60]
            if (
                not item
                and not rx.search(
                    r"\b(?:attend(?:ed|ing|s)?|at|addressed|addressing|(?:took|take|takes|taking) part in|"
                    r"participat(?:ed|es|ing|e) in|joined|during|hosted|for|to|"
                    r"(?:sidelines|margins|sides|corridors|fringes) of|(?:plenary |opening |closing |outreach )?(?:sessions?|"
                    # "as a guest of the G7 summit", "among the guests at the G7 summit"
                    r"guests? (?:of|at)|"
                    # "for the two-day NATO summit", "at the annual ASEAN summit": the gathering's length or rank between.
                    r"ceremony) of)\s(?:the\s)?(?:(?:first|annual|\w+-day|ordinary|extraordinary|special|emergency)\s)*$",
                    before + " ",
                    re.I,
                )
                and not rx.search(r"\battend|\b(?:took|take|taking) part\b|\bparticipat", before)
            ):
                continue
            if rx.search(r"\b(?:Expo|Exposition|Exhibition|Fair)$", name) and not rx.search(
                r"\b(?:attend\w*|ceremony|opened|opening|addressed|took part|participat\w*)\b[^.;]*$", before
            ):
                continue  # "spent Sunday at the Import Expo": a fair visited, no event attended
            # "the UAE-India Business Forum", "a Kenya-Norway investment summit": a gathering of two countries is a
            # bilateral occasion of the visit, no multilateral event ("China-Africa", "EU-Central Asia" are).
            # ("the 19th Kenya-Peru Regular Meeting": its number before the pair)
            pair = rx.match(r"(?:\d+(?:st|nd|rd|th) )?(?P<a>[A-Z][\w.]+)-(?P<b>[A-Z][\w.]+)\b", name)
            if pair and all(
                gz.country_names().get(side) or gz.adjectives().get(side) or gz.country_names().get("the " + side)
                for side in (pair.group("a"), pair.group("b"))
            ):
                continue
            # "his last visit was in 2007, when he came to Sydney for the APEC summit", "In December of that year he
            # returned for the summit": a gathering of another time.
            if rx.search(r"\b(?:of|in) that year\b", text[:start]) or any(
                str(self.published.year) not in told.group() for told in BACKGROUND.finditer(text[:start])
            ):
                continue
            own_clause = rx.split(r"[;]|, (?:and|but|while|where|when|after|before) ", text[:start])[-1]
            if rx.search(_NOT_ATTENDED, own_clause[-80:]):
                continue  # "did not attend the G20 summit", "skipped the summit": none attended
            # "had been invited to the X summit ..., and on June 27 he used the outreach session": an invitation
            # told in the pluperfect, then taken up in the same sentence.
            taken_up = bool(
                rx.search(r"\bhad (?:been )?invited\b[^,;]*$", before)
                and rx.search(
                    r", and (?:on \w+(?: \d{1,2})? |then |later )?(?:he|she) (?:used|addressed|attended|joined|spoke|"
                    r"took part|[a-z]+ed)\b",
                    text[match.end() :],
                )
            )
            # "Anwar invited Lula to the 47th ASEAN Summit as a guest. ... He spoke at the summit session on Monday": an
            # invitation of the leader told in the past, taken up later in the same paragraph.
            invitee = rx.search(
                r"\binvited (?P<who>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}|him|her)(?: to(?: attend)?)?(?: the)?\s*$",
                before,
            )
            if invitee and (invitee.group("who") in ("him", "her") or self.is_leader(invitee.group("who"))):
                paragraph = self.text[sentence.end :].split("\n\n", 1)[0]
                taken_up = taken_up or any(
                    found.group("who") in ("He", "She", "he", "she") or self.is_leader(found.group("who"))
                    for found in rx.finditer(
                        r"\b(?P<who>[Hh]e|[Ss]he|[A-Z][\w'-]+) (?:also )?(?:spoke at|addressed|attended|took part in) the "
                        r"(?:[\w-]+ )?(?:summit|meeting|forum|conference|session)\b",
                        paragraph,
                    )
                )
            # "On the margins of this summit, she will also attend the X Dialogue", told once the leader has arrived: the
            # programme of the stay under way, its sessions attended.
            on_programme = self._on_programme(sentence, before)
            if (
                not on_programme
                and (
                    # ("attended the Games at the invitation of the host": the formula of an invitation taken up.)
                    FUTURE.search(rx.sub(r"\b(?:at|on) the invitation of\b", "", before[-40:] + after[:50]))
                    and not taken_up
                    or rx.search(
                        r"\b(?:will|would|is to|are to|(?:is|are|was) due to|plans? to|planned|scheduled|"
                        r"(?:next|later this) (?:week|month|year))\b",
                        own_clause[-120:],
                        re.I,
                    )
                )
                or rx.search(r"\b(?:19|20)\d\d\b", after[:40])
                and str(self.published.year) not in after[:40]
            ):
                continue
            if rx.search(r"\bnext\b|\bin (?:19|20)\d\d\b", after[:40]) or self.another_month(after):
                continue
            # "flies out of Beijing on Tuesday evening for the X Forum in the Cook Islands": a departure told in the
            # present for a gathering in a country the trip has not reached is the next trip's, not this one's.
            bound = rx.match(r" in (?:the )?(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)", after)
            bound_code = bound and (
                gz.country_names().get(bound.group("place")) or gz.country_names().get("the " + bound.group("place"))
            )
            if (
                bound_code
                and all(other.country != bound_code for other in self.legs)
                and rx.search(r"\b(?:flies|leaves|departs|heads|sets off|sets out)\b[^.;]*$", before)
            ):
                continue
            if rx.search(r"\blast (?:met|saw|visited|attended|talked)\b", before[-60:]):
                continue  # "X and Y last met at the summit in Vilnius": an earlier one
            if rx.search(
                r"\bhad (?:first |last |already |previously )?(?:met|talked|spoken)\b[^.;]*\blast (?:year|month|"
                + MONTH_NAME
                + r")\b[^.;]*$",
                own_clause,
            ):
                continue  # "the two had first met last November on the sidelines of the APEC summit": an earlier one
            leg = self.leg_at(index)
            named = [code for _, _, code in gz.countries_in(text)]
            # "a tour of Senegal, Rwanda and South Africa, where he attended the summit": the place named last
            # before the summit, else the first a leg has.
            before_it = [code for at, _, code in gz.countries_in(text) if at < start]
            nearest = next(
                (other for code in reversed(before_it) for other in self.legs if other.country == code), None
            )
            leg = nearest or next((other for other in self.legs if other.country in named), leg)
            if leg is not None and leg.first > index and leg.country not in named:
                leg = None  # told before any leg the story reaches: which leg it was on is not known here
            city_match = rx.match(
                r" (?:in|at) (?P<city>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)*)", after
            ) or rx.search(
                # "flew to Bali for the G20 summit", "travelled to X, where he took part in ... the Y Forum".
                # ("is in Vientiane from 25 to 27 July to attend": the days there between)
                r"\b(?:to|in) (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)(?: (?:from|on|since|until|this|last) [^.;,]{1,40}?)?"
                r"(?:,? where [^.;]*| for| to attend| to take part in)"
                r"\s(?:[^.;]*\s)?$",
                text[:start],
            )
            city = city_match.group("city") if city_match else None
            if city and (gz.country_names().get(city) or gz.adjectives().get(city)):
                city = None  # "flew to Indonesia for the summit": a country, no city
            described = rx.match(r" in the (?P<adj>[A-Z][\w-]+(?: [A-Z][\w-]+)?) capital\b", after)
            if city is None and described and gz.adjectives().get(described.group("adj")):
                city = gz.capital_of(
                    gz.adjectives()[described.group("adj")]
                )  # "the APEC summit in the Peruvian capital"
            city_country = self.city_host(city, leg, text) if city else None
            if city_country and (leg is None or leg.country != city_country):
                # "attending the G20 summit in Rome" (before Cairo), or told before its leg is: the leg in the city's
                # country, if any.
                leg = next((other for other in self.legs if other.country == city_country), None)
            organization = None
            grouping = gz.grouping_pattern().search(name + " " + after[:80])
            if grouping:
                organization = gz.grouping_of(grouping.group(1))
            else:
                # "the CPLP summit"; "the XIV Conference of Heads of State ... of the Community of ... (CPLP)":
                # the body's acronym, before the name or in brackets where the name goes on.
                own = rx.match(r"(?![IVXLC]+\b)(?P<acr>[A-Z]{2,8})\b", name)
                bracket = rx.match(r" of [^.;()]{0,150}?\((?P<acr>[A-Z]{2,8})\)", text[match.end() : match.end() + 170])
                acronym = (own or bracket).group("acr") if (own or bracket) else None  # type: ignore[union-attr]
                if acronym and not rx.fullmatch(r"[IVXLC]+", acronym):
                    organization = acronym
                    if any(f.kind == "events" and f.fields.get("organization") == acronym for f in self.findings):
                        continue  # the same body's meeting, told again by its acronym
            if organization is None and rx.search(r"(?:conference|meeting)$", name):
                continue  # "the Kremlin meeting", "a Brussels conference": no known body's gathering
            fields = {
                "name": name,
                "organization": organization,
                "host": leg.country if leg else None,
                "city": city or (leg.cities[0] if leg and leg.cities else None),
                "year": self.published.year,
            }
            words = set(rx.split(r"[\s-]+", name.lower())) - {"summit", "the", "meeting", "first"}
            if any(
                f.kind == "events" and words <= set(rx.split(r"[\s-]+", f.fields["name"].lower()))
                for f in self.findings
            ):
                continue
            if city_country:
                fields["host"] = city_country
            placed = {(f.fields["host"], f.fields["city"]) for f in self.findings if f.kind == "events"}
            if not self.legs and fields["host"] is None and len(placed) == 1:
                # No leg, no place told: where the story's other gatherings were ("- Attended the X Forum.").
                fields["host"], fields["city"] = next(iter(placed))
            # "The last stop was Bangkok, for the X summit": the trip itself goes to it.
            trip_went = rx.match(
                r"(?:The|Its|His|Her) (?:first|second|third|last|final) (?:stop|leg) was [A-Z][^;]*$",
                text[:start],
            )
            if (
                not self.leader_subject(sentence, start)
                and not item
                and not self.is_leader(text)
                and not self.title_arriving(sentence, start)
                and not trip_went
                and not taken_up
            ):
                continue  # another person's summit ("Xi made a state visit ..., when he attended the BRICS summit")
            if rx.match(r"[^.;,]{0,30}?\blast (?:year|month|week|[A-Z][a-z]+)\b", after):
                continue  # "the G20 summit in Bali last November": an earlier one
            # The summit's city is a city of the leg only once the summit is the leader's.
            if city and leg is not None and not gz.countries_in(city) and city not in leg.cities:
                leg.cities.append(city)
            self.add("events", fields, sentence, start, match.end(), "event-attended", 0.7)
            if leg and "multilateral" not in leg.types:
                leg.types.append("multilateral")
        # "co-chaired the founding conference of the International Solar Alliance"
        for found in rx.finditer(
            r"\b(?:attended|attend|co-chaired|chaired|addressed|opened|(?:took|take|taking) part in|participated in|"
            r"joined|(?P<hosted>, where (?:[A-Z][\w-]+ ){1,4}(?:hosted|was hosting))|"
            # "arrived in Astana on Monday for the summit of the Shanghai Cooperation Organisation": what the leader came for.
            # ("arrived on Sunday for a state visit to X and the summit of Y": a visit, and the gathering besides)
            # ("spent three nights in Accra for the session of ...": the stay's purpose; "landed in Accra ahead
            # of the 12th Extraordinary Summit of ...": what the leader came for, too)
            r"(?P<purpose>\b(?:arrived|landed|flew|travell?ed|came|went|spent)\b[^.;]{0,60}? (?:for|ahead of)(?: (?:a|an|the) (?:[\w-]+ ){0,3}"
            r"visit to (?:the )?[A-Z][\w'-]*(?: (?:of |the )?[A-Z][\w'-]*)* and)?)|"
            # "In a speech of an hour and a half to the General Assembly of the United Nations, the President ..."
            r"(?P<speech>(?:a|an|his|her) (?:speech|address)\b[^.;,]{0,40}? to))"
            # ("attended, as guest of honour, the opening session of the X meeting of Y": an aside, and the session
            # of the gathering, before its name)
            r"(?:,[^,;.]{1,40},)?\s(?:the\s)?(?:(?:opening|closing|plenary|inaugural) (?:session|ceremony) of (?:the\s)?)?"
            # ("the 7th ordinary session of", "the 19th Ordinary Session of the Conference of Ministers of":
            # a number and a kind of session before the gathering, the heads in capitals)
            r"(?P<name>(?:(?!an? )[a-z-]+ |[IVXL]{1,5} |\d{1,3}(?:st|nd|rd|th) |General ){0,2}"
            r"(?:(?:Ordinary|Extraordinary|Special) )?"
            r"(?:[Ss]ummits?|[Cc]onference|meeting|[Ff]orum|[Ss]ession|[Aa]ssembly) of (?:the )?"
            # "the annual meeting of the heads of state of the SCO": the body the heads are of.
            r"(?:(?:[Hh]eads of [Ss]tate|[Hh]eads of [Gg]overnment|[Ll]eaders)(?: and (?:of )?[Gg]overnment)? of (?:the )?)?"
            # ("... of Participating States of the X Mechanism": the members, then the body they are of)
            r"(?:(?:Participating|Member) (?:States|Countries) of (?:the )?)?"
            r"(?P<org>[A-Z][\w-]*(?:(?: on| of| for| and)? (?:[A-Z][\w-]*|\d+\b))*))",
            text,
        ):
            if not (self.legs or self.in_person()) or (
                FUTURE.search(text[: found.start()][-40:])
                and not self._on_programme(sentence, text[: found.start("name")])
            ):
                continue
            if rx.search(_NOT_ATTENDED, text[: found.start()][-80:]):
                continue
            if BACKGROUND.search(text[: found.start()]) or rx.search(
                r"\b(?!" + str(self.published.year) + r")(?:19|20)\d\d\b",
                text[: found.start()] + text[found.end() :][:40],
            ):
                continue  # "once before, in 1974, when he addressed a session of the General Assembly": another year
            if rx.match(r" (?:leaders|heads|ministers|countries|nations|states|presidents)\b", text[found.end() :]):
                continue  # "a meeting of Nordic leaders": a group's people, no body's name
            if found.group("hosted"):
                # "The trip began in Phnom Penh on Nov. 12, where Cambodia hosted the annual summits of X": the
                # leader came to the place for what its host held there.
                came = rx.search(
                    r"\b(?:(?:trip|tour|visit|journey) (?:began|started|opened|continued)|arrived|landed|flew|"
                    r"travell?ed|went)\b[^;]*$",
                    text[: found.start()],
                )
                if not came or not (
                    rx.match(r"(?:trip|tour|visit|journey)", came.group())
                    or self.leader_subject(sentence, came.start())
                ):
                    continue
            elif not self.leader_subject(sentence, found.start()) and not (
                found.group("speech") and self.leader_subject(sentence, len(text))
            ):
                continue
            leg = self.leg_at(index)
            org = found.group("org")
            # "the United Nations General Assembly": the body its name begins with.
            body = gz.grouping_pattern().match(org)
            org = gz.grouping_of(org) or (gz.grouping_of(body.group(1)) if body else None) or org
            pair = rx.match(r"(?P<a>[A-Z][\w.]+)-(?P<b>[A-Z][\w.]+)\b", org)
            if pair and all(
                gz.country_names().get(side) or gz.adjectives().get(side) or gz.country_names().get("the " + side)
                for side in (pair.group("a"), pair.group("b"))
            ):
                continue  # "a session of the Brazil-China Strategic Dialogue": two countries' own, no multilateral event
            if rx.search(r"\b(?:Committee|Commission)$", org) and not gz.grouping_of(org):
                continue  # "a session of the Higher Coordinating Committee": a body of two governments, no summit
            if any(
                f.kind == "events"
                and (
                    f.fields["organization"] == (gz.grouping_of(org) or org)
                    or found.group("name").startswith(f.fields["name"] + " ")  # the same name, read before
                    or f.fields["name"] == org  # "a session of the X Forum": the forum, read before
                )
                for f in self.findings
            ):
                continue
            city_match = rx.match(r" in (?P<city>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)*)", text[found.end() :])
            # "spent two days in Addis Ababa for the session of ...": the place of the stay.
            stay = found.group("purpose") and rx.search(
                r"\b(?:in|to|into) (?P<city>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)*)", found.group("purpose")
            )
            if not city_match and stay and self.city_host(stay.group("city"), leg, text):
                city_match = stay
            city = city_match.group("city") if city_match else (leg.cities[0] if leg and leg.cities else None)
            self._attended_in(
                found.group("name"), gz.grouping_of(org) or org, city, leg, sentence, found, "event-of-organization"
            )
        # "joined the leaders of the region at a regional summit in Entebbe": a summit of several countries told in
        # lower case, named by its place.
        for found in rx.finditer(
            r"\b(?:at|attended|attend|joined|addressed|(?:took|take|taking) part in|participated in)\s(?:a|an|the)\s"
            r"(?P<name>(?:regional|multilateral|international|continental|global|world|\w+-nation|\w+-country|"
            r"\w+-party|leaders') (?:summit|forum|conference)"
            # "... in Entebbe", or its subject: "a regional forum on climate finance".
            r"(?: in (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)| on (?:[a-z-]+ ){0,3}[a-z-]+(?= on |[,.;]| in |$)))",
            text,
        ):
            after = text[found.end() :]
            if not self.legs or FUTURE.search(text[: found.start()][-60:] + after[:40]):
                continue
            if not self.leader_subject(sentence, found.start()) or self.another_month(after):
                continue
            if rx.match(r"[^.;,]{0,30}?\b(?:last (?:year|month|week)|in (?:19|20)\d\d)\b", after):
                continue
            leg = self.leg_at(index)
            city = found.group("city") or (leg.cities[0] if leg and leg.cities else None)
            if any(f.kind == "events" and f.fields.get("city") == city and found.group("city") for f in self.findings):
                continue
            self._attended_in(found.group("name"), None, city, leg, sentence, found, "event-summit-in")
        self._gatherings(index, sentence)
        self._installations(index, sentence)
        self._body_convened(index, sentence)
        # "a separate summit with the six members of the Gulf Cooperation Council"
        for found in rx.finditer(
            r"\bsummit (?:with|of) (?:the )?(?:[\w-]+ ){0,3}?(?:members of (?:the )?)?(?P<group>[A-Z][\w ]+?)(?=[,.;]| and )",
            text,
        ):
            short = gz.grouping_of(found.group("group").strip())
            if short and self.legs and rx.search(r"\battend", text):
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

    def _on_programme(self, sentence: Sentence, before: str) -> bool:
        """Whether a gathering still to come is one of the programme of a stay under way: "On the margins of this
        summit, she will also attend the X Dialogue", told after the leader arrived."""
        return bool(
            rx.match(
                r"(?:[Dd]uring|[Oo]n the (?:sidelines|margins) of|[Ww]hile at) (?:the|this|his|her) (?:[\w-]+ )?"
                r"(?:[Ss]ummit|[Vv]isit|[Tt]rip|[Ss]tay)\b",
                sentence.text,
            )
            and rx.search(r"\b(?:arrived|landed|touched down)\b", self.text[: sentence.start])
            and rx.search(
                r"\b(?:will|is to|are to|is due to) (?:also )?(?:attend|take part in|participate in)\b", before
            )
            and not rx.search(r"\b(?:next|later this) (?:week|month|year)\b", sentence.text)
        )

    def _body_convened(self, index: int, sentence: Sentence) -> None:
        """ "Leaders of the BRICS group opened their summit in Kazan", in a story whose leader is in Kazan: the body's
        summit, attended by the leader there (the leader's leg in the city's country, or the one the story is in)."""
        text = sentence.text
        for found in rx.finditer(
            r"\b(?:[Ll]eaders|[Hh]eads of (?:state|government)(?: and (?:of )?government)?) of (?:the )?(?P<group>"
            + gz.grouping_pattern().pattern[len(r"(?<![\w-])(") : -len(r")(?![\w])")]
            + r")(?: (?:group|bloc|countries|nations|states))? (?:opened|began|started|held|convened|gathered for) "
            r"(?:their|its|the|an?) (?:annual |\w+-day )?(?P<noun>summit|meeting)(?: in (?P<city>[A-Z][\w'\u2019-]+"
            r"(?: [A-Z][\w'\u2019-]+)*))?",
            text,
        ):
            short = gz.grouping_of(found.group("group"))
            if not short or not self.legs or FUTURE.search(text) or BACKGROUND.search(text):
                continue
            leg = self.leg_at(index)
            city = found.group("city")
            country = self.city_host(city, leg, text) if city else None
            if country and (leg is None or leg.country != country):
                leg = next((other for other in self.legs if other.country == country), None)
            if leg is None or any(f.kind == "events" and f.fields["organization"] == short for f in self.findings):
                continue
            fields = {
                "name": f"{short} {found.group('noun')}",
                "organization": short,
                "host": leg.country,
                "city": city or (leg.cities[0] if leg.cities else None),
                "year": self.published.year,
            }
            self.add("events", fields, sentence, found.start(), found.end(), "event-body-convened", 0.5)
            if "multilateral" not in leg.types:
                leg.types.append("multilateral")

    def city_host(self, city: str | None, leg: Leg | None, text: str) -> str | None:
        """The country of an event's city: a capital's, else a city's of GeoNames, in the leg's country or one the
        sentence names when it has a city of that name ("the summit in Kazan": Russia). A city of that name only
        elsewhere does not move an event off the leg it is told in ("the summit in Bali", told in Indonesia, is not
        in a town of that name in India)."""
        if not city:
            return None
        if leg and not gz.capital_country(city) and leg.country not in gz.cities().get(city, (leg.country,)):
            return None
        near = ([leg.country] if leg else []) + [code for _, _, code in gz.countries_in(text)]
        return gz.city_country(city, near + [other.country for other in self.legs])

    def _attended_in(
        self,
        name: str,
        organization: str | None,
        city: str | None,
        leg: Leg | None,
        sentence: Sentence,
        found: re.Match[str],
        rule: str,
    ) -> None:
        """An event the leader attended in a city (else the leg's); its host is the city's country, else the leg's."""
        fields = {
            "name": name,
            "organization": organization,
            "host": self.city_host(city, leg, sentence.text) or (leg.country if leg else None),
            "city": city,
            "year": self.published.year,
        }
        self.add("events", fields, sentence, found.start("name"), found.end(), rule, 0.6)
        if leg and "multilateral" not in leg.types:
            leg.types.append("multilateral")

    _GATHERINGS = re.compile(
        # "joined a three-way meeting with ...", "held a trilateral summit".
        r"\b(?:joined|attended|held|took part in)\s(?:a|an|the)\s(?P<way>(?:(?:three|four|five|six|\d)-way|trilateral|"
        r"quadrilateral) (?:meeting|summit|talks))"
        # "the five presidents met in Shanghai": the leaders of several countries, the leader among them.
        r"|\b[Tt]he (?P<n>three|four|five|six|seven|eight|nine|ten) (?P<who>presidents|leaders|heads of state|"
        r"prime ministers) (?:met|gathered) in (?P<city>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)"
        # "a dinner for EU and Western Balkan leaders that Zelensky joined".
        r"|\b(?:a|an|the) (?P<meal>(?:working )?(?:dinner|lunch|luncheon|meeting|gathering|reception) (?:for|of) "
        r"(?:[A-Z][\w-]*,? (?:and )?)+leaders) (?:that|which) (?P<joiner>[A-Z][\w-]+|he|she) (?:joined|attended)\b"
    )

    def _gatherings(self, index: int, sentence: Sentence) -> None:
        """Meetings of several countries' leaders told in lower case: a three-way meeting joined, "the five
        presidents met in X", a dinner for a group's leaders that the leader joined."""
        text = sentence.text
        if not self.legs:
            return
        for found in self._GATHERINGS.finditer(text):
            if FUTURE.search(text[: found.start()][-60:]) or BACKGROUND.search(text):
                continue
            if found.group("way"):
                if not self.leader_subject(sentence, found.start()):
                    continue
                name, start = found.group("way"), found.start("way")
            elif found.group("n"):
                name = f"{found.group('city')} meeting of the {found.group('n')} {found.group('who')}"
                start = found.start()
            else:
                joiner = found.group("joiner")
                if not (joiner in ("he", "she") and self.leader_subject(sentence, found.start("joiner"))) and not (
                    self.is_leader(joiner)
                ):
                    continue
                name, start = found.group("meal"), found.start("meal")
            leg = self.leg_at(index)
            named = [code for _, _, code in gz.countries_in(text)]
            leg = next((other for other in self.legs if other.country in named), leg)
            city = found.group("city") or next(
                (
                    m.group(1)
                    for m in rx.finditer(r"\b(?:in|for) ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", text[: found.end()])
                    if self.city_host(m.group(1), leg, text)
                ),
                None,
            )
            host = self.city_host(city, leg, text) or (leg.country if leg else None)
            if any(f.kind == "events" and f.fields["name"] == name for f in self.findings):
                continue
            fields = {"name": name, "organization": None, "host": host, "city": city, "year": self.published.year}
            self.add("events", fields, sentence, start, found.end(), "event-gathering", 0.5)
            target = next((other for other in self.legs if other.country == host), None)
            if target and "multilateral" not in target.types:
                target.types.append("multilateral")

    _INSTALLATION = re.compile(
        # "arrived to attend the inauguration of President X", "attended X's swearing-in", "her visit to attend the
        # latter's investiture": a head's installation the leader came for, its owner before or after it.
        r"\b(?P<verb>attend(?:ed|ing|s)?|witness(?:ed|ing|es)?|(?:was|were) present at|(?:arrived|travelled|traveled|"
        r"flew|came|went) [^.;]{0,40}?\bfor)\s(?:the\s)?"
        r"(?:(?P<latter>the latter|his|her)['\u2019]s?\s|(?P<before>(?:" + TITLE + r"\s)?" + NAME + r")['\u2019]s?\s)?"
        r"(?P<kind>swearing-in|inauguration|inaugural|investiture|coronation|enthronement)(?: ceremony)?"
        r"(?: of (?P<after>(?:(?:the )?(?:new |newly elected |incoming )?" + TITLE + r"\s)?" + NAME + r"))?"
    )

    def _installations(self, index: int, sentence: Sentence) -> None:
        """A head of state's installation (an inauguration, a swearing-in, an investiture, a coronation) the leader
        attended: a gathering of the host's, named by its kind and whose it was."""
        text = sentence.text
        leg = self.leg_at(index)
        if not leg or not rx.search(r"\b(?:swearing-in|inaugura|investiture|coronation|enthronement)", text):
            return
        for found in self._INSTALLATION.finditer(text):
            before = text[: found.start()]
            own_visit = rx.search(r"\b(?:his|her) (?:[\w-]+ )?(?:visit|trip)\b[^.;]{0,40}$", before)
            if not (self.leader_subject(sentence, found.start()) or own_visit) or BACKGROUND.search(text):
                continue
            after = text[found.end() :]
            # "attended the coronation of King X in May 2019": another year's
            if self.another_month(after) or rx.match(
                r"[^.;,]{0,30}?\b(?:last (?:year|month)|in (?:[A-Z][a-z]+ )?(?!" + str(self.published.year) + r")"
                r"(?:19|20)\d\d)\b",
                after,
            ):
                continue
            owner = found.group("after") or found.group("before")
            if found.group("latter"):
                # "the latter's": the last one named before it who is not the leader
                named = [m.group(0) for m in PERSON.finditer(before) if not self.is_leader(m.group("name"))]
                owner = named[-1] if named else None
            if not owner or self.is_leader(owner):
                continue
            kind = found.group("kind").replace("inaugural", "inauguration")
            name = f"{kind} ceremony of {owner}"
            if any(f.kind == "events" and f.fields["name"] == name for f in self.findings):
                continue
            fields = {
                "name": name,
                "organization": None,
                "host": leg.country,
                "city": None,
                "year": self.published.year,
            }
            self.add("events", fields, sentence, found.start("kind"), found.end(), "event-installation", 0.5)
