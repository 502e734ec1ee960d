"""What the sides signed and settled: agreements (counted and by name), partnerships, and when relations began."""

from __future__ import annotations

import datetime as dt
import re

from . import gazetteer as gz
from . import rx
from .clauses import MONTH_WORD, settled_elsewhere
from .quantities import ORDINALS, QUALIFIERS, WORD_NUMBERS, number_value, ordinal_suffix, ordinal_value, qualifier_name
from .reader import ReaderCore
from .text import Sentence

_NUMBER = r"(?P<num>\d+|(?i:" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r"))"
# A number inside the words before a count's noun is the count's own ("two witnessed the signing of nine ...").
_NOT_IN_COUNT = "|".join(w for w in WORD_NUMBERS if " " not in w)
# Cardinals in words for a span of years ("sixty years", "six decades").
_CARDINALS = "|".join(w for w in sorted(WORD_NUMBERS, key=len, reverse=True) if " " not in w and w != "dozen")
# "At least 15 agreements ..." opens a sentence: the qualifier in any case.
_QUALIFIER = r"(?:(?P<qual>(?i:" + "|".join(q for q, _ in QUALIFIERS) + r")) )?"
_DOCUMENTS = (
    r"(?:[Aa]greements?|deals?|documents?|[Aa]ccords?|[Mm]emorand(?:a|ums?)(?: [Oo]f [Uu]nderstanding)?|MoUs?|MOUs?|"
    r"contracts?|pacts?|treaties|[Pp]rotocols?|instruments?|letters? of intent|papers)"
)
_COUNT = re.compile(
    r"\b" + _QUALIFIER + _NUMBER + r"\s(?P<what>(?:(?!(?:times|events|meetings|summits|aircraft|planes|people|"
    r"countries|nations|years|days|percent|billion|million|trillion|bn|signed|inked|sealed|were|was|have|has|had|"
    r"would|will|are|is|"
    r"\d+|[a-z]+ed|" + _NOT_IN_COUNT + r")\b)[\w-]+[ ,]{1,2}){0,5}?" + _DOCUMENTS + r")\b"
    r"|\b(?P<doz>dozens) of (?P<what2>(?:[\w-]+ ){0,3}" + _DOCUMENTS + r")\b"
)


# "the anniversary of the establishment (normalization, opening) of diplomatic relations".
_ESTABLISHMENT = r"(?:the (?:establishment|normali[sz]ation|opening|restoration|resumption) of )"


# The years a jubilee marks ("the golden jubilee of diplomatic relations").
_JUBILEES = {"silver": 25, "ruby": 40, "golden": 50, "diamond": 60, "platinum": 70}

# Plurals of documents whose matters a list may name, one document each (memoranda and protocols so listed are
# more often fields of cooperation than documents of their own).
_PLURALS = r"[Aa]greements|[Aa]ccords"


class DealRules(ReaderCore):
    """The rules that read agreements, partnerships and relations."""

    def agreement_counts(self, index: int, sentence: Sentence) -> None:
        """Counts of agreements signed or expected ("signed more than 20 agreements"), with their qualifier."""
        text = sentence.text
        for match in _COUNT.finditer(text):
            if match.group("doz") or rx.search(r"\b(?:the|these|those|its|their)\s$", text[: match.start()][-7:]):
                continue
            number = match.group("num")
            value = int(number_value(number))
            prefix = rx.split(r";|, and |, but ", text[: match.start()])[-1]
            if rx.search(r"\blast year\b", prefix) or any(
                self.another_month(prefix[m.end() :])
                for m in rx.finditer(r"\b(?:visit|trip|tour) to [A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+)?", prefix)
            ):
                continue  # "a visit to Moscow in March, where fifteen agreements were signed": another occasion
            suffix = rx.split(r";|, and |, but |, while ", text[match.end() :])[0]
            if rx.search(
                r"\b(?:since (?:(?:19|20)\d\d|the|their|then|independence)|over (?:the )?(?:past |last )?(?:\w+ )?(?:years|"
                r"decades)|in the (?:past|last) (?:\w+ )?(?:years|decades?)|to date|in all since)\b",
                prefix[-60:] + " " + suffix[:60],
            ):
                continue  # "have signed 45 agreements since 2010": the sum of years, not the visit's
            what = match.group("what")
            context = text[max(0, match.start() - 120) : match.end() + 150]
            if not rx.search(
                r"\b(?:sign|signed|signing|ink|inks|inking|inked|seal|sealed|conclude|concluded|exchanged|exchange of|struck|"
                r"reached|agreed|clinched|"
                r"witnessed|produced|yielded)\b",
                context,
            ):
                continue
            if rx.search(r"\b(?:19|20)\d\d\b", what):
                continue
            status = "signed"
            if rx.search(
                r"\b(?:expected to be|to be signed|could be|would be|will be|are to be|were expected|was expected|are expected|due to be"
                # "will seal nine deals", "are set to ink 12 agreements": documents still to be signed.
                r"|(?:will|shall|set to|due to) (?:also )?(?:sign|ink|seal|conclude))\b",
                context,
            ):
                status = "expected"
            parties = self._signatories(sentence, index, limit=None)
            if rx.search(r"\bthe (?:three|four|five|six|\d+) countries\b", text) and len(self.legs) > 1:
                parties = [self.leader_country or "", *[one.country for one in self.legs]]
            sides = [p for p in dict.fromkeys(parties) if p]
            fields = {
                "value": value,
                "qualifier": qualifier_name(match.group("qual")),
                "status": status,
                "parties": sides,
                "wording": match.group(0),
            }
            if any(
                f.kind == "agreement_counts"
                and all(f.fields[k] == fields[k] for k in ("value", "qualifier", "status"))
                and sorted(f.fields["parties"]) == sorted(sides)
                for f in self.findings
            ):
                continue  # "three memorandums signed" in a summary, then the story's "signed three memorandums": one count
            self.add("agreement_counts", fields, sentence, match.start(), match.end(), "count-of-agreements", 0.8)
            # "signed 68 documents, 12 of them between governments": the part is a count too.
            part = rx.search(r"\b(?P<num>\d+) of them\b", text[match.end() : match.end() + 60])
            if part and int(part.group("num")) < value:
                begin = match.end() + part.start()
                self.add(
                    "agreement_counts",
                    {**fields, "value": int(part.group("num")), "qualifier": "exact", "wording": part.group(0)},
                    sentence,
                    begin,
                    match.end() + part.end(),
                    "count-of-agreements-part",
                    0.6,
                )

    _AGREEMENT_NOUN = re.compile(
        r"\b(?:agreement|memorandum of understanding|memorandum|MoU|[Ll]etters? of [Ii]ntent|treaty|declaration|accord|arrangement|programme|pact|"
        r"Arrangement|Agreement|Treaty|Declaration|Accord|Memorandum|Vision|plan|protocol|Protocol|convention|Convention|"
        r"deal|[Cc]ommuniqu[e\u00e9]|Framework|Strategy|terms of reference|(?<=[Jj]oint )(?:[Oo]utcome )?[Ss]tatement|"
        # "a joint understanding on ...", "the Millennium Challenge compact": nouns of a document only so named.
        r"(?<=[Jj]oint )understanding|(?<=\w )compact|"
        # "signed a framework for a new programme", "signed the roadmap on ...": what is signed is a document.
        r"(?<=\bsigned a )(?:framework|roadmap)|(?<=\bsigned the )(?:framework|roadmap)|"
        r"Accords|Conventions|Protocols|Plan|Programme|[Cc]harter)\b"
    )
    # Capitalized nouns whose plural names one document: "the Artemis Accords", "the Geneva Conventions".
    _PLURAL_NAMES = ("Accords", "Conventions", "Protocols")

    _DOCUMENT_NAMES = r"(?:Treaty|Agreement|Declaration|Convention|Accord|Protocol|Memorandum|Communiqu)"
    # Nouns of places and bodies that a document's noun may open the name of.
    _BODY = r"(?:Centre|Center|Hall|Council|Commission|Committee|Organi[sz]ation|Secretariat|Fund|Bank|Summit|Forum|Office)\b"

    _TITLE_END = re.compile(
        # "of friendship and cooperation": an "and" that joins one more word of the title goes on, as does one that
        # joins two adjectives of its noun ("on economic and technical cooperation").
        r"[,;.:]|\s(?:that|which|and(?! [a-z]+(?:[,;.:]|$| (?:between|with)\b)| (?!several\b)[a-z]+(?:al|ic|ary|ive) [a-z]+)|were|was|is|are|to be|worth|covering|"
        r"in (?:[A-Z][a-z]+|\d)|on (?:the \d|the (?:sidelines|margins|occasion|eve)\b|\w+day|\d{1,2} "
        + MONTH_WORD
        + r"|"
        + MONTH_WORD
        + r" \d)|"
        r"during|at the|at a|after|before|while|as|for the first time|where|who|to (?!the\b)[a-z]+ (?:in|at|for|on))\b"
    )

    _NOT_BEFORE_TITLE = {
        "signed",
        "sign",
        "signing",
        "inked",
        "and",
        "in",
        "with",
        "of",
        "on",
        "by",
        "were",
        "was",
        "also",
        "to",
        "they",
        "two",
        "sides",
        "governments",
        "countries",
        "them",
        "among",
        "including",
        "included",
        "issued",
        "adopted",
        "concluded",
        "sealed",
        "struck",
        "witnessed",
        "reached",
        "which",
        "that",
        "agreed",
        "include",
        "includes",
    }

    def agreements(self, index: int, sentence: Sentence) -> None:
        """Single agreements named in the sentence: signed, listed, or named as documents."""
        text = sentence.text
        for match in self._AGREEMENT_NOUN.finditer(text):
            noun = match.group()
            if text[match.end() : match.end() + 1] == "s":
                continue
            noun_end = match.end()
            if rx.match(r" (?:[A-Z][a-z]+ )?" + self._BODY, text[noun_end:]):
                continue  # "the Sandton Convention Centre", "a Strategic Partnership Council": a place or a body
            if text[noun_end : noun_end + 1] == " " and self._AGREEMENT_NOUN.match(text, noun_end + 1):
                continue  # "the Strategic Framework Agreement", "a Vision Statement": the last noun heads the title
            # Back from the noun to its determiner: "a memorandum", "the Red Fort Declaration", "an agreement";
            # a year or a term may stand between ("the 1994 Agreed Framework", "the 25-year cooperation agreement").
            words = text[: match.start()].split()
            kept: list[str] = []
            determiner = None
            for back, word in enumerate(reversed(words[-7:])):
                bare = word.strip(",;:")
                if len(words) - len(kept) == 1 and rx.fullmatch(r"[-\u2022\u2013*]|\(?\d{1,2}[.)]|\(?[a-z][.)]", bare):
                    break  # a bulleted or numbered item opens here
                # ("Another agreement on ... was also signed": one more document, its own determiner.)
                if bare.lower() in ("a", "an", "the", "their", "its", "whose", "no", "another"):
                    determiner = {"a": "a", "an": "a", "no": "no", "another": "a"}.get(bare.lower(), "the")
                    break
                joins = bare == "and" and kept and kept[0].islower()
                # "the ASEAN-India Trade in Goods Agreement": a small word between two words of a proper name.
                earlier = words[-7:][-back - 2] if back + 2 <= len(words[-7:]) else ""
                if (
                    bare in ("in", "of", "on", "for", "and")
                    and kept
                    and all(w[:1].isupper() for w in kept)
                    and noun[:1].isupper()
                    and earlier[:1].isupper()
                    and not earlier.endswith((",", ";", ":"))
                    and earlier.lower() not in self._NOT_BEFORE_TITLE
                ):
                    kept.insert(0, bare)
                    continue
                if rx.fullmatch(
                    r"(?:US\$|\$|\u20ac|\u00a3|\u00a5)[\d.,]+(?:bn|m)?|[\d.,]*\d-(?:billion|million)(?:-dollar)?", bare
                ) or (rx.fullmatch(r"[\d.,]*\d", bare) and kept and kept[0] in ("billion", "million", "trillion")):
                    kept.insert(0, bare)  # "a $2 billion deal", "a 500-million-dollar contract": its sum, not a count
                    continue
                # A capitalized word is part of a name ("the 1994 Agreed Framework"), unless it opens the sentence.
                opens = len(words) - len(kept) - 1 == 0
                if (
                    (not joins and bare.lower() in self._NOT_BEFORE_TITLE and (opens or not bare[:1].isupper()))
                    or word.endswith((",", ";", ":"))
                    or (rx.search(r"\d", bare) and not rx.fullmatch(r"(?:19|20)\d\d|\d+-year", bare))
                ):
                    break
                kept.insert(0, bare)
            if rx.search(
                r"\b(?:membership (?:in|of)|members? of|join|joins|joined|joining)(?: the)?$",
                " ".join(words[: len(words) - len(kept)]),
            ):
                continue  # "membership in the General Agreement on ...": a body joined, not a document signed
            if determiner == "no":
                continue  # "no agreement was reached", "they signed no treaty": none
            cited = rx.search(
                r"\b(?:in (?:line|keeping|accordance|conformity) with|consistent with|pursuant to|(?:respect|adherence) "
                r"(?:for|to))\b(?P<between>[^.;]{0,60})$",
                " ".join(words[: len(words) - len(kept)]),
            )
            if cited and not rx.search(r"\b(?:sign|ink|conclud|agree|adopt)", cited.group("between")):
                continue  # "settled in line with international law, the UN Convention on ...": a norm cited, no deal
            named_words = [w for w in kept if not rx.match(r"\d", w)]
            if named_words and named_words[0][:1].isupper():
                named_words = [w for w in named_words if w not in ("in", "of", "on", "for", "and")]
            capitalized = bool(named_words) and all(w[:1].isupper() for w in named_words)
            if noun in self._PLURAL_NAMES and not capitalized:
                continue
            if noun == "compact" and not (kept and capitalized):
                continue  # "a compact car", "the deal is compact": a document only when a name comes before
            head = self.list_head(index)
            # "The following instruments were signed:" then "- Agreement on Visa Exemption;": an item names one.
            listed_item = (
                not kept
                and noun[:1].isupper()
                and head is not None
                and rx.search(r"\b(?:signed|concluded|inked|initiall?ed|adopted|exchanged)\b", head)
            )
            if (
                not determiner
                and not capitalized
                and not listed_item
                and not (noun == "terms of reference" and not kept)
            ):
                continue
            if noun in ("Framework", "Strategy") and not (
                capitalized or rx.match(r" (?:of|on|for) (?:the )?[A-Z]", text[noun_end:])
            ):
                continue
            start = match.start() - (len(" ".join(kept)) + 1 if kept else 0)
            # "a memorandum of understanding (MoU) on ...": its abbreviation between the noun and what it is on.
            abbreviated = rx.match(r" \([A-Z][A-Za-z]{1,6}\)(?= )", text[noun_end:])
            noun_end += abbreviated.end() if abbreviated else 0
            # "signed a charter on Friday on ...", "a treaty yesterday establishing ...": the day it was
            # signed, told between the noun and what the document is on, is no word of its title.
            signed_when = rx.match(
                r" (?:on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2} "
                + MONTH_WORD
                + r"|"
                + MONTH_WORD
                + r" \d{1,2})|yesterday|today)(?= (?:on|for|establishing|setting up|creating) (?!\w+day\b|(?:the )?\d{1,2}"
                r"(?:st|nd|rd|th)?(?: of)? " + MONTH_WORD + r"|" + MONTH_WORD + r"|"
                # ("signed a treaty on Monday on the sidelines of ...": where, not what it is on)
                r"(?:the )?(?:sidelines|margins|occasion|eve|first time|basis|behalf|way)\b))",
                text[noun_end:],
            )
            day_told = text[noun_end : noun_end + signed_when.end()] if signed_when else ""
            noun_end += len(day_told)
            rest = text[noun_end:]
            continuation = rx.match(
                r" (?:in principle )?(?:on|to|for|of|establishing|between|under which|setting up|creating|making|allowing|permitting|"
                r"enabling|granting|with(?! (?:his|her|their|its) )|"
                # "a protocol amending the tax treaty", "a memorandum extending the chair": what it does, as a participle.
                r"(?:amending|extending|renewing|implementing|concerning|regarding|abolishing|exempting|waiving|governing|"
                r"delimiting|demarcating|replacing|supplementing|updating|revising)(?= (?:the|a|an|their|its)\b)|"
                # "a protocol that opens the market to ...": what the document does, told in the present.
                # ("a protocol that 'sets out the terms of ...'": the words it is told by may be quoted)
                r"that [\"\u201c]?(?:will )?(?:opens|allows|makes|gives|provides|grants|lets|creates|establishes|sets up|permits|"
                r"enables|lifts|lays down|sets out|defines|outlines))"
                r" ",
                rest,
            )
            end = noun_end
            if continuation:
                stop = self._TITLE_END.search(rest, continuation.end())
                end = noun_end + (stop.start() if stop else len(rest))
                # "flights between Nairobi and Oslo": the "and" of a pair named by "between" is the title's own.
                pair_end = rx.match(r" and (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*", text[end:])
                if pair_end and rx.search(r"\bbetween (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*$", text[noun_end:end]):
                    end += pair_end.end()
                if noun[:1].isupper() and noun != "MoU":
                    # A proper name ends at its last capital: "the Treaty of Bergen still frames ...", and runs on
                    # over its own "and": "the Declaration on Friendship and Strategic Partnership".
                    named_tail = rx.match(r".*\b[A-Z][\w'-]*(?: (?:of|for) [\d-]+\b)?", text[noun_end:end])
                    end = noun_end + named_tail.end() if named_tail else noun_end
                    more = rx.match(
                        r"(?: (?:and(?! the\b)|of|on|for|in|the) (?:the )?(?!"
                        + self._DOCUMENT_NAMES
                        + "|"
                        + MONTH_WORD
                        + r"|\w+day\b)[A-Z][\w'-]*)+",
                        text[end:],
                    )
                    end += more.end() if more else 0
            # "an MoU signed between the Port Authority of X and Y (PAY) on pilot licensing": the
            # document is named by its subject; the bodies that signed it stand between.
            signed_by = (
                rx.match(
                    r"(?: of [Uu]nderstanding)?(?P<by> between )[^;:.]{3,160}?(?:\([A-Z][A-Za-z]{1,8}\)|(?<=[a-z]))(?P<on> on )(?!(?:the )?(?:\d|sidelines|"
                    r"margins|occasion|eve|basis)\b|\w+day\b)",
                    rest,
                )
                if continuation and (noun[:1].isupper() or determiner)
                else None
            )
            if signed_by and (noun[:1].isupper() or ")" in signed_by.group()):
                stop = self._TITLE_END.search(rest, signed_by.end())
                end = noun_end + (stop.start() if stop else len(rest))
            else:
                signed_by = None
            # "An agreement was signed on the aid Romania will grant": the subject told after the verb.
            told_after = (
                None
                if continuation or kept
                else rx.match(
                    # "a pact had been concluded for building ...", "a memorandum was signed between the two coast
                    # guards to share ...": the bodies that signed it stand before what it is for.
                    r" (?:was|were|has been|had been|have been) (?:also )?(?:signed|concluded|initiall?ed|made|exchanged)"
                    r"(?: between [^,;.]{3,80}?(?= to [a-z]+ ))?"
                    r" (?P<on>on|for|to(?= [a-z]+ )) (?!(?:the )?\d|\w+day\b|the (?:first time|sidelines|margins|occasion)\b|"
                    + MONTH_WORD
                    + r")",
                    rest,
                )
            )
            if told_after:
                stop = self._TITLE_END.search(rest, told_after.end())
                subject = rest[told_after.start("on") : stop.start() if stop else len(rest)]
                # "a mechanism in which ...": the preposition of the clause that ends it is none of its words.
                subject = rx.sub(r" (?:in|on|of|at|by|with|through|under)$", "", subject.rstrip())
                title = f"{noun} {subject.strip()}"
                if not any(f.kind == "agreements" and f.fields["title"] == title for f in self.findings):
                    parties = self._signatories(sentence, index)
                    begin = noun_end + told_after.start("on")
                    self.add(
                        "agreements",
                        {"title": title, "parties": [p for p in parties if p]},
                        sentence,
                        match.start(),
                        begin + len(subject.rstrip()),
                        "named-agreement-subject-after",
                        0.6,
                    )
                continue
            # The sum a deal is worth, its abbreviation and its quotation marks are no words of its title.
            title = rx.sub(
                r"^(?:(?:US\$|\$|\u20ac|\u00a3|\u00a5)[\d.,]*\d(?:bn|m)?(?:[ -](?:billion|million|trillion))?|"
                r"[\d.,]*\d[ -](?:billion|million|trillion))(?:[ -](?:dollar|euro|yuan|yen|pound))? ",
                "",
                rx.sub(
                    r" \([A-Z][A-Za-z]{1,6}\)",
                    "",
                    text[start : noun_end + signed_by.start("by")] + text[noun_end + signed_by.start("on") : end]
                    if signed_by
                    else text[start:end],
                )
                .strip()
                .strip('"\u201c\u201d'),
            )
            if day_told:
                title = title.replace(day_told, "", 1)
            title = rx.sub(r"(?<=\bthat )[\"\u201c]", "", title)  # the quotation's mark is no word of the title
            if rx.search(r"\bstatement to (?:the )?(?:media|press|reporters|journalists)$", title):
                continue  # "a joint statement to the press": words spoken to reporters, no document

            # "a memorandum extending the chair until 2030": the term it runs is no word of its title.
            title = rx.sub(r" (?:until|till|through) (?:the end of )?(?:19|20)\d\d$", "", title)
            if len(title.split()) < 2 or len(title.split()) > 16:
                continue
            if title.lower() in ("free trade deal", "trade deal", "cooperation plan"):
                continue
            if rx.search(
                r"\b(?:signed|sign|witnessed|inked|agreed|expected|stalled|resume|talks|negotiat)\b", title
            ) or (
                # "signed a treaty on the 50th anniversary of ...": the day, unless the day is told already.
                "anniversary" in title and not day_told
            ):
                continue
            before = text[max(0, start - 80) : start]
            signed_since = rx.search(r"\bsince (?:a |an |the )?$", before[-40:]) and rx.match(
                r"[^,;.]{0,40}?\b(?:was|were|had been) (?:first )?signed\b", text[end:]
            )
            if not signed_since and rx.search(
                r"\b(?:talks on|negotiations on|resume|stalled|proposed|from|since|towards|toward|"
                r"(?:to|will|would|could|may|might|shall) (?:\w+ )?(?:sign|conclude|negotiate|reach|finali[sz]e|seal|initial|"
                # "would discuss a 'Framework Agreement on ...'", "hope to form a fresh ... Agreement": one to come.
                r"discuss|form|draft|work out|pursue|explore|consider|study))"
                r"\s(?:a |an |the )?[\"\u201c]?$",
                before[-40:],
            ):
                continue  # a document to come, or one under negotiation, is none signed
            after_title = text[end:]
            dated = any(rx.fullmatch(r"(?:19|20)\d\d", w) for w in kept) or bool(
                rx.match(r"[^,;.]{0,60}?\bof (?:19|20)\d\d\b", rest)
            )
            issued = rx.match(
                r",? (?:(?:that|which) (?:was |were |had been |has been )?)?(?:signed|issued|released|adopted)\b",
                after_title,
            )
            if (
                rx.fullmatch(r"(?i)joint (?:outcome )?(?:statement|declaration|communiqu[e\u00e9])", title)
                and rx.search(
                    r"\b(?:[Ii]n|[Aa]ccording to|[Uu]nder|[Tt]here was no|[Ii]ts|[Tt]heir) (?:a |an |the )?$", before
                )
                and not issued
            ):
                continue  # "In a joint statement, the two leaders said ...": a source of words, not a document signed
            # The verb that signs it, in the same clause chain (a semicolon ends one): a list of documents may run long.
            signing = rx.search(
                r"\b(?:signed|sign|signing|inked|sealed|concluded|issued|adopted|struck|initiall?ed|ratified|exchanged|"
                # ("their plan was formalised in an accord ...": a document that makes a decision formal)
                r"formali[sz]ed (?:with|in|by|through)|"
                r"exchange of|among (?:them|those|the)|included|include|"
                r"including|were|called)\b",
                self._signing_scope(text[:start]),
                re.I,
            )
            if (
                signing
                and rx.fullmatch(r"(?i)among (?:them|those|the)|included|include|including", signing.group())
                and not rx.search(
                    r"\b(?:agreements|documents|deals|accords|memorand(?:a|ums)|MoUs|treaties|texts|protocols|instruments|contracts|"
                    r"pacts|signed|signing)\b",
                    (self.sentences[index - 1].text if index else "") + " " + text[:start],
                    re.I,
                )
            ):
                # "cooperation in education, including the exchange programme": no list of documents, here or just
                # before ("nine agreements were signed. Among them were ...").
                signing = None
            # "Also signed on Thursday were a plan to ... and a memorandum ...": the verb opens a long list; "a
            # memorandum on tourism was signed", "the grain deal signed in Istanbul": the verb comes after.
            opening = rx.match(
                r"(?:Also |Among (?:them|those) )?(?:signed|inked|concluded|issued|adopted)\b[^;]*\b(?:were|was)\b",
                text[:start],
            )
            after = rx.match(
                # (A title may run long before its verb: "another agreement on ... between the two navies was also
                # signed"; a letter or a note is exchanged.)
                r"(?:[^,;.]{0,160}?\b(?:was|were|had been|has been|have been) (?:also |then |later )?)?(?:signed|inked|sealed|"
                r"struck|initiall?ed|ratified|exchanged)\b"
                # "a visa agreement and a programme were among the documents signed".
                r"|[^,;.]{0,60}?\b(?:was|were|is|are) (?:also )?among (?:the )?(?:[\w-]+ ){0,2}(?:documents|agreements|"
                r"deals|accords|texts) (?:signed|inked|concluded|adopted)\b"
                # "a deal on the sale of boats was reached": concluded, in the passive.
                r"|[^,;.]{0,60}?\b(?:was|were|had been|has been|have been) (?:also |then |later |finally )?(?:reached|"
                r"concluded|agreed|finali[sz]ed|made)\b",
                after_title.lstrip(" ,"),
            )
            # "when the framework agreement was signed" (told in the past) dates a document signed.
            told_when = rx.search(r"\bwhen\s(?:a|an|the)\s?$", text[:start]) and rx.match(
                r"[^,;.]{0,60}?\b(?:was|were|had been) (?:also |first )?(?:signed|concluded|initiall?ed)\b", after_title
            )
            if (
                after
                and not told_when
                and rx.search(r"\b(?:after|once|until|when|if|before|unless)\s(?:a|an|the)\s?$", text[:start])
            ):
                after = None  # "after a peace treaty was signed": a condition, not a document signed
            # "Five agreements were signed:" heading a list: each item is a document signed.
            listed_signed = head is not None and rx.search(
                r"\b(?:signed|concluded|inked|initiall?ed|exchanged|adopted)\b", head
            )
            signing = signing or opening or after or issued or listed_signed or None
            named = self._named_document(noun, capitalized, dated, determiner, before, rest, after_title)
            if not told_when and rx.search(
                r"\b(?:after|once|until|when|if|before|unless)\s(?:a|an|the)\s?$", text[:start]
            ):
                named = False  # "once the trade agreement is concluded": a condition, not a document
            if rx.match(
                r"[^.;]{0,40}?\b(?:not yet|yet to be|has yet to|have yet to|under negotiation|still being negotiated|"
                r"whose negotiations? (?:has|have|had) not)\b",
                after_title,
            ):
                continue  # "the agreement ..., whose negotiation has not yet been concluded": none yet
            coined = rx.search(
                r"\b(?P<verb>\w+ )?what (?:[A-Z][\w-]+|he|she|they|it|the \w+) (?:has |have |had )?(?:called|dubbed|termed|"
                r"named|described as)\s(?:the |a |an |its |his |her )?[\"\u201c]?$",
                text[:start],
            )
            if coined and not rx.fullmatch(
                r"(?:issued|signed|adopted|released|concluded|unveiled|published|endorsed) ", coined.group("verb") or ""
            ):
                # "part of what Meloni has called the 'Mattei Plan'": a name someone gives, no document (but "issued
                # what they called the Nairobi Vision" is one issued).
                continue
            if noun.lower() in ("plan", "programme", "charter", "vision") and signing is None:
                continue  # "the UN Charter", "the Marshall Plan", "the World Food Programme": a document only when signed
            if signing is None and not named:
                continue
            if rx.search(r"\b(?:from|without|not|never) (?:signing|signed|sign)\b", text[max(0, start - 100) : start]):
                continue
            if kept and kept[0] == "and" or title.startswith("and "):
                title = title[4:]
            if rx.search(
                r"[A-Z][\w-]* (?:Vision|Declaration|Agreement|Accord|Treaty), (?:a|an) $",
                text[max(0, start - 60) : start],
            ):
                continue  # "the Nairobi-Washington Vision, a plan to ...": the same document, described
            # A plan or a deal is an agreement when named, described, or signed as such ("signed the rail deal",
            # "the grain deal signed in Istanbul"); "a trade deal" in passing is none.
            governed = rx.search(r"\b(?:signed|inked|sealed|struck) (?:the|a|an)$", text[:start].rstrip()) or after
            launched = rx.search(
                r"\b(?:launch|launched|unveil|unveiled|announce|announced|propose|proposed|start|started)\s(?:a|an|the)\s?$",
                text[:start],
            )
            if launched and rx.match(r"(?:programme|program|plan)\b|.* (?:programme|program|plan)$", title):
                continue  # "launched a programme to ...": a pledge made, not a document signed
            if noun in ("plan", "programme", "Plan") and rx.search(
                r"\b(?:which|that) (?:\w+ ){1,2}(?:a|an|the)\s?$", text[:start]
            ):
                continue  # "the Lima Declaration, which sets out a plan for ...": what a document holds, no document
            if rx.search(r"\bpartnership$", title) or (
                title.endswith(("plan", "programme", "program", "deal", "Vision"))
                and not (capitalized or named or continuation or (governed and len(title.split()) >= 2))
            ):
                continue
            if rx.fullmatch(
                r"(?:Today|Yesterday|Tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|This week|Last week)"
                r"['\u2019]s (?:[a-z]+ )?[\w-]+",
                title,
            ):
                continue  # "Today's MoU will encourage ...": the document told before, by the day it was signed
            parties = self._signatories(sentence, index)
            # "the free trade agreement concluded between the EU and New Zealand": another pair's, by its own words.
            between = rx.match(r"[^;.]{0,40}?\bbetween (?P<pair>[^,;.]{3,80})", text[start:])
            own = self._own_pair("", " between " + between.group("pair")) if between else []
            # "Peru and Chile signed a free trade agreement in 2006": the pair its subject names.
            signers = rx.search(
                r"(?:^|[,;] )(?:[A-Z]\w+ )?(?P<pair>[A-Z][\w'-]+(?: [A-Z][\w'-]+)? and [A-Z][\w'-]+(?: [A-Z][\w'-]+)?) "
                r"(?:have |had |also |then )*(?:signed|inked|concluded|sealed|initiall?ed)\b[^,;]*$",
                text[:start],
            )
            if signers and not own:
                named_pair = [code for _, _, code in gz.countries_in(signers.group("pair"))]
                own = sorted(named_pair) if len(set(named_pair)) == 2 else []
            # "the Taiwan-Guatemala free trade agreement", "the ASEAN-India Trade in Goods Agreement": the pair its
            # name opens with.
            hyphened = rx.match(r"(?:the )?([A-Z][\w']+)-([A-Z][\w']+) ", title)
            if hyphened and not own:
                sides = [gz.party_named(hyphened.group(g)) for g in (1, 2)]
                if all(sides) and sides[0] != sides[1]:
                    own = [s for s in sides if s]
            fields = {"title": title, "parties": own or [p for p in parties if p]}
            if any(
                f.kind == "agreements"
                and (
                    title.lower() in f.fields["title"].lower()
                    or f.fields["title"].lower() in title.lower()
                    # "the Memorandum on Border Trade" after "Memorandum of Understanding on the Border Trade".
                    or self._title_words(title) <= self._title_words(f.fields["title"])
                )
                # "an agreement on economic cooperation" signed with each country of a tour: one with each.
                and not (determiner == "a" and fields["parties"] and f.fields["parties"] != fields["parties"])
                for f in self.findings
            ):
                continue  # "a Joint Declaration of Peace and Friendship", then "the Joint Declaration": one document
            if (
                determiner == "the"
                and kept
                and not capitalized
                and not continuation
                and any(
                    f.kind == "agreements"
                    and {w.lower() for w in kept} <= set(rx.findall(r"[\w'-]+", f.fields["title"].lower()))
                    for f in self.findings
                )
            ):
                continue  # "an agreement on economic cooperation", then "under the economic agreement": the same one
            self.add("agreements", fields, sentence, start, end, "named-agreement", 0.6)
        # "signed seven agreements, including one on nuclear energy": that one named by its subject.
        # "six agreements were signed, among them one on tourism", "the agreements included one on X and another
        # on Y": each named by its subject.
        for one in rx.finditer(
            r"\b(?P<noun>[Aa]greement|[Aa]ccord|[Mm]emorand(?:um|a)|[Tt]reat(?:y|ie))s?\b"
            r"[^.;]{0,40}?(?:,? (?:including|included|include|among them|among which)| [-\u2013\u2014:]) one "
            r"(?P<what>(?:on|for) [^,;.]+?)"
            r"(?:,? and another (?P<what2>(?:on|for) [^,;.]+?))?(?=[,;.]|$)",
            text,
        ):
            if settled_elsewhere(text, one.start()) or not rx.search(
                r"\b(?:signed|inked|concluded|initiall?ed|exchanged|agreements|accords|memoranda)\b", text, re.I
            ):
                continue
            noun = one.group("noun").lower()
            noun = {"memoranda": "memorandum", "treatie": "treaty"}.get(noun, noun)
            for part in ("what", "what2"):
                if not one.group(part):
                    continue
                title = f"{noun} {one.group(part).strip()}"
                if any(f.kind == "agreements" and f.fields["title"].lower() == title.lower() for f in self.findings):
                    continue
                self._add_named(title, sentence, index, one.start(part), one.end(part), "named-agreement-one-of")
        # "a memorandum on tourism and another on health": the second named by its subject after the first's noun.
        # "a memorandum on tourism, another on health and a third on culture": each after the first.
        for another in rx.finditer(
            r"\b(?:[Aa]n?|[Tt]he) (?P<noun>agreement|memorandum(?: of understanding)?|treaty|protocol|accord|declaration|deal) "
            r"(?:on|for) [^,;.]+?(?P<rest>(?:,? (?:and )?(?:another|one|a second|a third|a fourth) (?:on|for) [^,;.]+?)+)"
            r"(?=[,;.]| (?:were|was|had|have)\b|$)",
            text,
        ):
            if not any(f.kind == "agreements" for f in self.findings if f.start >= sentence.start):
                break  # the first was no document signed: nor are the others
            for item in rx.finditer(
                r"(?:another|one|a second|a third|a fourth) (?P<what>(?:on|for) (?:(?!,? (?:and )?(?:another|one|a second|"
                r"a third|a fourth) )[^,;.])+)",
                another.group("rest"),
            ):
                title = f"{another.group('noun')} {item.group('what').strip()}"
                if any(f.kind == "agreements" and f.fields["title"].lower() == title.lower() for f in self.findings):
                    continue
                begin = another.start("rest") + item.start("what")
                self._add_named(
                    title, sentence, index, begin, begin + len(item.group("what")), "named-agreement-another"
                )
        # A plural of documents signed, then the matter of each after its own "on": "signed four agreements, on the
        # avoidance of double taxation, on ..., and on ...", "agreements were signed on visas, on energy and on
        # culture", "Four memoranda were signed: on X, on Y and on Z". One document on each matter. (Matters after
        # one "on", or "covering" or "including", are the fields of the documents counted, not their names.)
        listed = rx.search(
            r"\b(?:(?:signed|inked|concluded|initiall?ed) (?:[\w-]+ ){0,2}(?P<noun>" + _PLURALS + r")"
            r"|(?P<noun2>"
            + _PLURALS
            + r") (?:were|have been|had been) (?:also )?(?:signed|concluded|inked|initiall?ed))"
            r"(?: on \w+day)?[,:]? (?P<items>on [^.;]+)",
            text,
        )
        items = listed.group("items") if listed else ""
        if listed and len(rx.findall(r"(?:^|, (?:and )?| and )on ", items)) >= 2:
            noun = (listed.group("noun") or listed.group("noun2")).lower()[:-1]
            for item in rx.finditer(r"(?:^|,\s(?:and\s)?|\sand\s)on (?P<what>(?:(?! and on )[^,;.])+)", items):
                what = rx.sub(r"^(?:a|an|the) ", "", item.group("what").strip())
                title = what if rx.search(r"\b(?:programme|plan|treaty|accord)$", what) else f"{noun} on {what}"
                begin = listed.start("items") + item.start("what")
                self._add_named(
                    title, sentence, index, begin, begin + len(item.group("what").rstrip()), "named-agreement-listed"
                )
        self._documents_listed(index, sentence)
        self._matters_included(index, sentence)
        self._ordinal_documents(index, sentence)
        self._partnership_documents(index, sentence)
        # "Agreements on trade, air transport and cultural exchanges were signed": one on each matter of the list.
        subjects = rx.search(
            r"\b(?P<noun>[Aa]greements|[Aa]ccords|[Pp]rotocols) on (?P<items>[^.;]+?,[^.;]+? and [^.;]+?) "
            r"(?:were|have been|had been) (?:also )?(?:signed|concluded|initiall?ed)\b",
            text,
        )
        after_verb = not subjects
        if not subjects:
            # The same list after the verb: "inked accords on tourism, mining and water with Peru" (no count:
            # a count before the plural makes the list the fields of the documents counted).
            subjects = rx.search(
                r"\b(?:signed|inked|concluded|initiall?ed) (?:(?:new|bilateral|several|other|further) )?"
                r"(?P<noun>agreements|accords|protocols) on "
                r"(?P<items>(?:[\w'-]+ ){0,3}[\w'-]+, (?:[\w'-]+ ){0,3}[\w'-]+,? and (?:[\w'-]+ ){0,3}?[\w'-]+)"
                r"(?= (?:with|during|in|at|on|after|before|between|while|as)\b|[,.;]|$)",
                text,
            )
        # (The list after the verb is also "listed"'s, with one "on" only: that rule then named nothing.)
        each_on = bool(listed and len(rx.findall(r"(?:^|, (?:and )?| and )on ", items)) >= 2)
        if subjects and not (each_on or (listed and not after_verb)):
            noun = subjects.group("noun").lower()[:-1]
            for item in rx.finditer(r"(?:^|, (?:and )?| and )(?P<what>(?:(?!,| and )[^;.])+)", subjects.group("items")):
                title = f"{noun} on {item.group('what').strip()}"
                if any(f.kind == "agreements" and f.fields["title"] == title for f in self.findings):
                    continue
                begin = subjects.start("items") + item.start("what")
                self._add_named(
                    title, sentence, index, begin, begin + len(item.group("what")), "named-agreement-listed"
                )

    # A plural of documents signed, then the list of them: "signed 16 agreements, among them a framework deal on
    # the port, a concessional loan for a school and ...", "Four memoranda were signed: on X, a programme of Y and a
    # memorandum extending Z". Each item is a document, whatever its own noun.
    _SIGNED_LIST = re.compile(
        r"\b(?:(?:signed|inked|concluded|exchanged) (?:(?:[\w-]+ ){0,2})(?P<noun>" + _DOCUMENTS + r")"
        r"|(?P<noun2>" + _DOCUMENTS + r") (?:were|have been|had been) (?:also )?(?:signed|inked|concluded|exchanged))\b"
        r"[^.;:]{0,60}?(?:,? (?:among them|among which|including)|:) (?P<items>[^.;]+)"
    )

    # A partnership by a name of its own that was signed is a document: "the Migration and Economic Development
    # Partnership signed by their interior ministers", "signed the Green Growth Partnership".
    _SIGNED_PARTNERSHIP = re.compile(
        r"\b(?P<t>(?:[A-Z][\w-]+ (?:(?:and|of|for|on) )?){1,6}Partnership)\b(?! [A-Z])"
        r"(?=,? (?:(?:which|that) )?(?:was |were |had been |has been )?(?:signed|concluded|inked)\b)"
        r"|\b(?:signed|concluded|inked) the (?P<t2>(?:[A-Z][\w-]+ (?:(?:and|of|for|on) )?){1,6}Partnership)\b(?! [A-Z])"
    )

    def _partnership_documents(self, index: int, sentence: Sentence) -> None:
        """Partnerships by a name of their own that the sentence says were signed: documents, not standings."""
        for found in self._SIGNED_PARTNERSHIP.finditer(sentence.text):
            group = "t" if found.group("t") else "t2"
            title = found.group(group)
            words = [w.lower() for w in title.split()[:-1] if w not in ("and", "of", "for", "on")]
            if all(self._PARTNERSHIP_CORE.search(w) or w in ("economic", "new", "the") for w in words):
                continue  # "signed the Comprehensive Strategic Partnership": a standing, the partnership's record
            if rx.search(r"\b" + self._DOCUMENT_NAMES, title) or any(
                f.kind == "agreements" and title.lower() in f.fields["title"].lower() for f in self.findings
            ):
                continue  # "the Declaration on Strategic Partnership": a document its own noun names
            self._add_named(title, sentence, index, found.start(group), found.end(group), "named-agreement-partnership")

    # "The first deals with a shared weather station", "The second covers ...": one of the documents a
    # sentence just before counted, told by what it is on.
    # "One concerns ...", "Another, signed by two port authorities, aims to ...": the same, told by "one" and
    # "another", and by what the document is meant to do; the bodies that signed it may stand between.
    _ORDINAL_DOCUMENT = re.compile(
        r"^(?:(?:[Tt]he) (?:first|second|third|fourth|fifth|last|other|latter|former)(?: one| document| text)?|One|Another|"
        r"A (?:second|third|fourth|fifth)(?: one)?)"
        r"(?:, (?:signed|concluded|initiall?ed) (?:by|between) [^,;.]{3,100},)? "
        r"(?P<verb>concerns|covers|deals with|relates to|provides for|is on|focuses on|is about|addresses|establishes|"
        r"aims to|seeks to|is meant to|is intended to) "
        r"(?P<what>[^.;]+)"
    )
    _COUNTED_DOCUMENTS = re.compile(
        r"\b(?:two|three|four|five|[2-5]) (?:[\w-]+ ){0,2}?(?P<noun>memorand(?:a|ums)(?: of understanding)?|MoUs|MOUs|"
        r"agreements|accords|protocols)\b"
    )

    def _ordinal_documents(self, index: int, sentence: Sentence) -> None:
        """A document one of a few counted just before is, told by its place in the count ("The first concerns X")."""
        found = self._ORDINAL_DOCUMENT.match(sentence.text)
        if not found:
            return
        counted = None
        for back in range(index - 1, max(-1, index - 3), -1):
            counted = self._COUNTED_DOCUMENTS.search(self.sentences[back].text)
            if counted and not rx.search(
                r"\b(?:sign|signed|signing|ink|inked|concluded|exchanged|sealed)\b", self.sentences[back].text
            ):
                counted = None  # "received two memoranda": documents, but none the sides signed
            if counted:
                break
        if counted is None:
            return
        noun = counted.group("noun").lower()
        noun = "memorandum of understanding" if noun.startswith(("memorand", "mou")) else noun[:-1]
        what = found.group("what").strip()
        if len(what.split()) > 16:
            what = what.split(",")[0]  # a long list of its matters: the first names it
        if not 1 <= len(what.split()) <= 24:
            return
        verb = found.group("verb")
        # "The first establishes a joint fund": the agreement establishing it; "Another aims to curb ...": the
        # agreement to curb it; else the agreement on its matter.
        link = "establishing" if verb == "establishes" else "to" if verb.endswith(" to") else "on"
        title = f"{noun} {link} {what}"
        self._add_named(title, sentence, index, found.start("what"), found.end("what"), "named-agreement-ordinal")

    # A plural of documents, then what they include or cover, told without a noun of their own: "The accords signed
    # include Fisheries; Culture and Arts; and Sport", "signed several agreements, including for X and for Y",
    # "The agreements included commitments to build X and fund Y". One document on each matter.
    _MATTERS_INCLUDED = re.compile(
        r"\b(?P<noun>[Aa]greements|[Aa]ccords|[Mm]emorand(?:a|ums)(?: of [Uu]nderstanding)?|MoUs|MOUs|[Pp]rotocols|"
        r"[Tt]reaties)(?: \([A-Z][A-Za-z]{1,6}\))?(?: with (?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})?"
        r"(?: (?:signed|concluded|inked|reached)(?: (?:on|during) [^,;.]{3,40}?)?)?,?"
        r" (?:also |further )?(?:include|includes|included|including|cover|covers|covered|covering)"
        r"(?: (?:commitments|pledges|undertakings)(?= to ))?[: ] ?(?P<items>[^.]+)"
    )
    _SIGNED_VERB = re.compile(r"\b(?:signed|signing|inked|concluded|penned|sealed|exchanged|reached)\b")

    def _matters_included(self, index: int, sentence: Sentence) -> None:
        """The documents a list of matters after "include" or "cover" names, when no count makes them fields."""
        text = sentence.text
        found = self._MATTERS_INCLUDED.search(text)
        if not found:
            return
        before = text[: found.start()]
        if rx.search(r"(?:\b(?:" + _NOT_IN_COUNT + r")|\d)\s(?:[\w-]+\s){0,2}$", before):
            return  # "signed 12 agreements covering trade and energy": the fields of the documents counted
        earlier = " ".join(s.text for s in self.sentences[max(0, index - 6) : index])
        signed_here = self._SIGNED_VERB.search(text)
        told_before = (
            rx.search(r"\b(?:[Tt]he|[Tt]hese|[Ff]urther|[Oo]ther)\s(?:[\w-]+\s)?$", before)
            and rx.search(r"\b(?:agreements|accords|memorand(?:a|ums)|MoUs|MOUs|protocols|treaties)\b", earlier, re.I)
            and self._SIGNED_VERB.search(earlier)
        )
        if not (signed_here or told_before):
            return
        if settled_elsewhere(text, found.start()):
            return
        items_text = found.group("items")
        items_text = rx.sub(r",? (?:among others|etc\.?|and (?:others|more))\s*$", "", items_text.rstrip())
        commitments = rx.search(r"(?:commitments|pledges|undertakings)[: ] ?$", text[: found.start("items")])
        if commitments and items_text.startswith("to "):
            items_text = items_text[3:]  # "commitments to build X, fund Y and train Z": each a verb of its own
        if ";" in items_text:
            parts = rx.split(r";\s*(?:and\s+)?", items_text)
        elif rx.match(r"(?:for|on|to) ", items_text):
            # "including for X, and for Y": each matter opens with its own preposition.
            first = items_text.split()[0]
            parts = rx.split(r"(?:,\s(?:and\s)?|\sand\s)(?=" + first + r"\s)", items_text)
        elif ", and " in items_text or items_text.count(", ") >= 2:
            # "A, B and C of D, and E": with a comma before its last item, an "and" inside an item is its own.
            parts = rx.split(r",\s(?:and\s)?", items_text)
        else:
            parts = rx.split(r",\s(?:and\s)?|\sand\s", items_text)
        parts = [rx.sub(r"\s\([A-Z][A-Za-z]{1,8}\)", "", p).strip(" ,") for p in parts]
        parts = [p for p in parts if p]
        if len(parts) < 2 or any(not 1 <= len(p.split()) <= 24 for p in parts):
            return
        if any(rx.search(r"\b(?:which|who|that|was|were|is|are|will|would|said|including)\b", p) for p in parts):
            return  # a clause of its own: no list of matters
        if any(
            rx.match(
                r"(?:a|an|one|another|other|provisions?|clauses?|articles?|areas?|fields?|sectors?|issues?|matters?|"
                r"such|several|many|some|all)\b",
                p,
            )
            for p in parts
        ):
            return  # "include one with X and another with Y", "covered a wide range of areas": no matters named
        noun = found.group("noun").lower()
        noun = (
            "memorandum of understanding"
            if noun.startswith(("memorand", "mou"))
            else {"treaties": "treaty"}.get(noun, noun.rstrip("s"))
        )
        offset = found.start("items")
        for part in parts:
            title = (
                f"{noun} to {part}"
                if commitments
                else f"{noun} {part}"
                if rx.match(r"(?:for|on|to) ", part)
                else f"{noun} on {part}"
            )
            if any(
                f.kind == "agreements" and self._title_words(title) <= self._title_words(f.fields["title"])
                for f in self.findings
            ):
                continue
            bare = part
            at = text.find(bare, offset)
            if at < 0:
                continue
            self._add_named(title, sentence, index, at, at + len(bare), "named-agreement-matters")
            offset = at + len(bare)

    def _documents_listed(self, index: int, sentence: Sentence) -> None:
        """The documents a list after a plural of documents signed names, each by its own words."""
        text = sentence.text
        listed = self._SIGNED_LIST.search(text)
        if not listed or not (listed.group("noun") or listed.group("noun2") or "").endswith(("s", "a")):
            return
        noun = (listed.group("noun") or listed.group("noun2")).lower()
        noun = {"memoranda": "memorandum", "treaties": "treaty", "mous": "memorandum"}.get(noun, noun.rstrip("s"))
        begin = listed.start("items")
        for item in rx.finditer(
            r"(?:(?<=^)|(?<=, )|(?<=, and )|(?<= and ))(?P<what>(?:a|an|on) (?:(?!,| and (?:a|an|on) )[^;.])+)",
            listed.group("items"),
        ):
            what = item.group("what").strip()
            if rx.search(r"\b(?:which|who|that|was|were|is|are|will|would)\b", what):
                break  # a clause of its own: the list has ended
            # "a memorandum extending the Chair of Hindi until 2030": the term it runs is no word of its title.
            what = rx.sub(r" (?:until|till|through|by) (?:the end of )?(?:19|20)\d\d$", "", what)
            title = f"{noun} {what}" if what.startswith("on ") else rx.sub(r"^(?:a|an) ", "", what)
            if not 2 <= len(title.split()) <= 16:
                continue
            lo, hi = begin + item.start("what"), begin + item.start("what") + len(what)
            known = [f for f in self.findings if f.kind == "agreements"]
            shorter = next(
                (
                    f
                    for f in known
                    if f.start >= sentence.start and title.lower().startswith(f.fields["title"].lower() + " ")
                ),
                None,
            )
            if shorter is not None:
                # "an agreement on cooperation in the study and exploration of outer space", read to its "and" by
                # its own noun: the list's item is the whole title.
                shorter.fields["title"] = title
                continue
            if any(self._title_words(title) <= self._title_words(f.fields["title"]) for f in known):
                continue  # named already by its own noun
            self._add_named(title, sentence, index, lo, hi, "named-agreement-in-list")

    def _signatories(self, sentence: Sentence, index: int, limit: int | None = 2) -> list[str]:
        """The sides of a document the sentence tells of: the leader's country and those the sentence pairs with
        it; with no traveller (a signing at home, a joint statement), the two countries the article names most."""
        if not self.leader_country:
            return self.pair(index)
        return [self.leader_country, *self.other_party(sentence, index)][:limit]

    @staticmethod
    def _signing_scope(before: str) -> str:
        """Where the verb that signs a document is told: its own clause (a semicolon ends one), or, for an item of a
        list that a colon opens and semicolons divide ("were signed: an agreement on X; a cultural agreement; and
        ..."), the head of the list."""
        clause = before.split(";")[-1]
        colon = before.rfind(":")
        if colon < 0 or ";" not in before[colon:]:
            return clause
        return before[:colon].split(";")[-1]

    @staticmethod
    def _title_words(title: str) -> set[str]:
        """The words of a document's title that say what it is, without articles, prepositions and "understanding"."""
        return set(rx.findall(r"[\w'-]+", title.lower())) - {
            "a",
            "an",
            "the",
            "of",
            "on",
            "for",
            "in",
            "and",
            "between",
            "understanding",
        }

    def _add_named(self, title: str, sentence: Sentence, index: int, begin: int, end: int, rule: str) -> None:
        """An agreement named in a list of the visit's documents: the leader's country and the other side."""
        parties = self._signatories(sentence, index)
        self.add("agreements", {"title": title, "parties": [p for p in parties if p]}, sentence, begin, end, rule, 0.6)

    @staticmethod
    def _named_document(
        noun: str, capitalized: bool, dated: bool, determiner: str | None, before: str, rest: str, after: str
    ) -> bool:
        """Whether a document is named as one, with no verb that signs it in its sentence: by its proper name ("the
        Treaty of Lausanne", "the Montreux Convention"), by its year ("the 2015 nuclear deal", "the treaty of 1996"),
        or, with "the", by what made it or holds it ("the fisheries agreement between the two countries", "the
        security treaty that the two sides signed in April", "the trade deal that entered into force", "Article 5
        of the security treaty"). "A free trade agreement" or "the agreement the two sides hope to sign" is none."""
        if noun in ("Framework", "Strategy") and not dated:
            return False  # "the National Security Strategy": a policy, unless a year dates it as a document
        if noun[:1].isupper() and (capitalized or rx.match(r" (?:of|on|for) (?:the )?[A-Z]", rest)):
            return True
        if dated:
            return True
        if determiner != "the":
            return False
        made = rx.match(
            # "the memorandum that the United States, Zambia and Kenya signed": a list of names may hold commas.
            r",? (?:(?:that|which|whose) (?!(?:(?:[^,;.]|, (?=[A-Z])){0,60}?\b)(?:hope|hopes|hoped|expect|expects|plan|"
            r"plans|want|wants|seek|seeks|sought|aim|aims|intend|intends|will|would|could|may|might|to)\b)"
            r"(?:[^,;.]|, (?=[A-Z])){0,80}?\b)?"
            r"(?:(?:was|were|had been|has been|have been) )?(?:first |also |jointly )?"
            r"(?:signed|concluded|initiall?ed|reached|agreed|announced|issued|adopted|in force|entered into force|"
            r"came into force|took effect|(?:has |had )?been in force)\b"
            r"|,? between (?:the two|both|[A-Z])",
            after,
        )
        held = rx.search(
            r"\b(?:[Aa]rticle [\dIVX]+ of|[Uu]nder|implementation of|terms of|framework of|building on|built on|"
            r"builds on|end of|termination of|abrogation of|renewal of|expiry of|extension of|violation of|breach of|"
            r"withdrawal from|exit from|"
            # A verb that acts on a document there is: "would not renew its agreement with ...", "to implement the ...".
            r"renew|renewed|implement|implemented|implementing|terminate|terminated|scrap|scrapped|abandon|abandoned|"
            r"honou?r|violate|violated|violating)\s(?:the |their |its )?$",
            before,
        )
        return bool(made or held)

    _PARTNERSHIP = re.compile(
        r"\b(?P<label>(?:(?:comprehensive|strategic|special|global|all-round|all-weather|privileged|cooperative|enhanced|"
        r"extended|economic|innovative|green|friendly|close|new|deep|broad|key|important|future-oriented|"
        r"and|of|type|high-level|multidimensional|constructive|new-type|"
        # The field a partnership of standing is in: "a strategic energy partnership".
        r"energy|security|defen[cs]e|trade|investment|technology|health|climate|innovation|growth|education|"
        # Other adjectives of a kind of partnership ("regional", "maritime", "digital"), beside a word above.
        r"[a-z]+(?:al|ic|ive|ary|ime))[\s-]){1,6}partner(?:ship|s)|(?<=[a-z.] )alliance|"
        # "the strategic cooperative relationship": a relationship named by two words of standing is a partnership.
        r"(?:(?:comprehensive|strategic|all-round|all-weather|privileged|cooperative|enhanced|global)[\s-]){2,5}"
        r"relationship)\b",
        re.I,
    )
    _PARTNERSHIP_CORE = re.compile(
        r"\b(?:comprehensive|strategic|special|global|all-round|all-weather|privileged|cooperative|enhanced|extended|"
        r"innovative|green|friendly|future-oriented|high-level|multidimensional|constructive)\b|\balliance$"
    )

    # Verbs that keep a partnership there is: deepen, strengthen, reaffirm, develop, ...
    _KEEPING = (
        r"(?:deepens?|deepened|deepening|strengthens?|strengthened|strengthening|reaffirms?|reaffirmed|reaffirming|"
        r"enhances?|enhanced|enhancing|consolidates?|consolidated|consolidating|"
        r"advance|carried forward|carry forward|dates from|in place since|build on|further|pursue|pursuing|"
        r"keep pursuing|uphold|upheld|maintain|develop|developing)"
    )

    @staticmethod
    def _own_pair(before: str, after: str) -> list[str]:
        """The two sides a partnership's own clause names: "between A and B" after its label, else the two
        countries or groupings (and no third) named before it ("Japan and Ukraine have issued ...", "the EU
        raises Egypt ties to ...")."""

        def groups_in(words: str) -> list[str]:
            return [
                group
                for m in rx.finditer(r"\b[A-Z][A-Za-z]*(?: [A-Z][a-z]+)*\b", words)
                if (group := gz.grouping_of(m.group())) and group not in gz.REGIONS
            ]

        between = rx.match(
            r"[\"\u201d']? between (?P<pair>[^,;.]{3,80}?)(?=[,;.]|$| (?:in|on|and to|to|which|that|as)\b)", after
        )
        if between:
            pair = between.group("pair")
            named = list(dict.fromkeys([*(code for _, _, code in gz.countries_in(pair)), *groups_in(pair)]))
            if len(named) == 2:
                return sorted(named)
        clause = rx.split(r";", before)[-1]
        named = list(dict.fromkeys(code for _, _, code in gz.countries_in(clause)))
        # "The Chinese side is willing to work with the Romanian side to deepen ...": each side by its adjective.
        named += [
            code
            for side in rx.findall(r"\b[Tt]he ([A-Z][\w-]+) side\b", clause)
            if (code := gz.adjectives().get(side)) and len(code) == 2 and code not in named
        ]
        groups = groups_in(clause)
        # "... raised to a strategic partnership with Kenya": the side named after the label, too.
        partner = rx.match(r" with (?:the )?(?P<x>[A-Z][^,;.]{2,60})", after)
        later = [code for _, _, code in gz.countries_in(partner.group("x"))][:1] if partner else []
        named = list(dict.fromkeys([*named, *groups, *later]))
        return sorted(named) if len(named) == 2 else []

    def partnerships(self, index: int, sentence: Sentence) -> None:
        """Partnerships established, upgraded, relabelled or reaffirmed, with the sides of their own clause."""
        text = sentence.text
        for match in self._PARTNERSHIP.finditer(text):
            label = match.group("label").lower().replace("  ", " ")
            label = rx.sub(r"^(?:new|close|deep|broad|key|important|and|of) ", "", label)
            # The words before the label's own ("the level of strategic partnership", "a new strategic partnership").
            begin = match.end() - len(label)
            if label.endswith(" partners"):
                # "Kenya and Norway became strategic partners": a partnership set up, named by its members.
                if not rx.search(r"\b(?:became|become|becoming|have become|has become|had become) $", text[:begin]):
                    continue
                label += "hip"
            if label in ("partnership", "economic partnership") or label.startswith(("and ", "of ")):
                continue
            if not self._PARTNERSHIP_CORE.search(label):
                continue  # "a maritime partnership" alone names no standing
            if rx.search(
                r"\b[Tt]he (?:three|four|five|six|seven|eight|nine|ten|\d+) (?:countries|nations|states|leaders|governments)\b",
                rx.split(r"[;]", text[: match.start()])[-1],
            ):
                continue  # a partnership of more sides than the clause names is none a pair can hold
            before = text[:begin]
            after = text[match.end() : match.end() + 40]
            if rx.match(
                r" (?:[A-Z][a-z]+ )?(?:" + self._BODY + r"|[Aa]greement|[Aa]rrangement|[Cc]ouncil|[Dd]ialogue)", after
            ):
                continue  # "a Strategic Partnership Council", "a partnership agreement": a body or a document
            change = None
            source = None
            # "a joint statement on the Special Partnership, lifting the Partnership of 2011 to a new level": the
            # old label raised, the new one named before it.
            lifted = rx.search(
                r"\b(?:lifts?|lifted|lifting|raises?|raised|raising|upgrades?|upgraded|upgrading|elevates?|elevated|"
                r"elevating|takes?|took|taking)\s(?:the |their |its )$",
                before,
            ) and rx.match(r"[^.;]{0,40}?\bto (?:a )?(?:new|higher|next) (?:level|stage|height)", text[match.end() :])
            earlier = [
                m for m in self._PARTNERSHIP.finditer(text[: match.start()]) if m.group("label").lower() != label
            ]
            if lifted and earlier:
                new_label = earlier[-1].group("label").lower()
                pair = self._own_pair(before, text[match.end() :])
                if pair and not any(
                    f.kind == "partnerships" and f.fields["parties"] == pair and f.fields["label"] == new_label
                    for f in self.findings
                ):
                    self.add(
                        "partnerships",
                        {"parties": pair, "label": new_label, "change": "upgraded", "from": label},
                        sentence,
                        earlier[-1].start(),
                        match.end(),
                        "partnership-upgraded",
                        0.75,
                    )
                continue
            if rx.search(
                r"\b(?:lifts?|lifted|lifting|raises?|raised|raising|upgrades?|upgraded|upgrading|elevates?|elevated|elevating|elevation|took|taken|to a new)\b[^.]*\bto (?:a |an |one of (?:a |an )?|the level of (?:a |an )?|"
                # "to a higher level, a global strategic partnership": the level named in apposition.
                r"(?:a |the )(?:new|higher|next) (?:level|stage), (?:that of )?(?:a |an )?)?"
                r"(?:(?:deepened|enhanced|elevated|higher|new) )?[\"\u201c]?$",
                before,
            ):
                change = "upgraded"
                # "from a Strategic Partnership, in place since 2018, to ...": the label left, in any case.
                previous = rx.search(
                    r"\bfrom (?:a |an |the |their |its )?(?P<from>[\w -]*?[Pp]artnership)\b", text
                ) or rx.search(
                    # "upgraded their strategic partnership to a comprehensive one": the label raised, named as its object.
                    r"\b(?:lift|lifts|lifted|raise|raises|raised|raising|upgrade|upgrades|upgraded|upgrading|elevate|elevates|"
                    r"elevated|elevating) (?:their|the|its) (?:existing |current )?(?P<from>[\w -]*?partnership) to\b",
                    before,
                )
                source = previous.group("from").lower() if previous else None
            elif rx.search(r"\b(?:renamed|relabell?ed|rebranded|rename)\b", before[-80:]):
                change = "relabelled"
                # "renamed their strategic partnership, in place since 2008, as a '... for sustainable development'":
                # the label renamed is the one left; the one it became is the record.
                renamed = (
                    r"\b(?:renamed|renaming|relabell?ed|relabell?ing|rebranded|rebranding|rename|relabel|rebrand) "
                )
                if rx.search(renamed + r"(?:the |their |its )?(?:[\w-]+ )*?$", before) and rx.match(
                    r"[^.;]{0,60}?\b(?:as|to|into) (?:a |an |the )?[\"\u201c]?[\w -]*?[Pp]artnership",
                    text[match.end() :],
                ):
                    continue
                previous = rx.search(
                    renamed + r"(?:the |their |its )?(?P<from>[\w -]*?[Pp]artnership)\b[^.;]{0,60}?\b(?:as|to|into) "
                    r"(?:a |an |the )?[\"\u201c]?$",
                    before,
                )
                source = previous.group("from").lower() if previous else None
            elif match.group("label").endswith("partners"):
                change = "established"
            elif (
                rx.search(
                    r"\b(?:establish|establishes|established|establishing|set up|forged|forge|launched|agreed to form|agreed on|"
                    r"announced|"
                    r"entered into|enter into|formed)\b[^.]*$",
                    before[-80:],
                )
                or rx.search(
                    r"\b(?:establishment|launch|launching|creation|formation) of (?:a |an |the |their )?(?:new )?$"
                    # "agreed to build an all-round strategic partnership" (but "built on the partnership" keeps one).
                    r"|\b(?:build|building) (?:a|an) (?:new )?$",
                    before[-40:],
                )
            ) and not rx.search(r"\bfrom\b", before[-20:]):
                change = "established"
                if any(int(y) < self.published.year for y in rx.findall(r"\b(?:19|20)\d\d\b", before)):
                    # "made a visit in 2016, when the two countries set up their partnership": set up then.
                    change = "reaffirmed" if rx.search(r"\b" + self._KEEPING + r"\b", text) else None
            elif rx.search(r"\b" + self._KEEPING + r"\b", text):
                change = "reaffirmed"
            if change is None:
                continue
            if change in ("upgraded", "established") and rx.search(
                r"\b(?:expected|due|set|likely|planning|plans?|aims?|hopes?|hoping|intention|intends?|intended) to\b[^.;]*$",
                before[-80:],
            ):
                continue  # a change to come is no change made
            if rx.search(r"\bfrom (?:a |an |the |their |its )?[\w -]*$", before[-60:]) and change != "upgraded":
                continue
            if change == "upgraded" and rx.search(r"\bfrom\b", before[-40:]) and not rx.search(r"\bto\b", before[-15:]):
                continue
            if (
                rx.search(r"\b(?:19|20)\d\d\b", after[:25])
                and change == "established"
                and str(self.published.year) not in after[:25]
            ):
                continue
            others = self.other_party(sentence, index)
            pair = self._own_pair(before, text[match.end() :])
            # "the ASEAN-India Comprehensive Strategic Partnership", "the Viet Nam-Australia partnership": the pair its
            # name opens with, whoever travels.
            hyphened = rx.search(r"\b([A-Z][\w']+(?: [A-Z][\w']+)?)-([A-Z][\w']+(?: [A-Z][\w']+)?) $", before)
            if hyphened:
                sides = [gz.party_named(hyphened.group(g)) or gz.country_names().get(hyphened.group(g)) for g in (1, 2)]
                if all(sides) and sides[0] != sides[1]:
                    pair = sorted(s for s in sides if s)
            # "a comprehensive strategic partnership for a new era", "... of equality and mutual trust oriented towards
            # the 21st century": the words of its name after the noun, lower-case to the clause's end, no time span.
            tail = rx.match(
                r" (?:for|of|featuring|oriented towards) (?!(?:the |a )?(?:next|past|last|coming)\b)"
                r"(?:(?:[a-z][\w-]*|\d+(?:st|nd|rd|th))(?: |(?=[.,;\"\u201d]|$))){1,12}",
                text[match.end() :],
            )
            named_tail = (
                tail.group().rstrip()
                if tail
                and rx.match(r"[.,;\"\u201d]|$", text[match.end() + tail.end() :])
                and not rx.search(
                    r"\b(?:years?|months?|with|between|and the|to|is|was|were|will|would)\b", tail.group()
                )
                and not match.group("label").lower().endswith("partners")
                else ""
            ).lower()
            if rx.search(r"\b(?:first|previous|last) visit\b", text) and change == "established":
                change = "reaffirmed"
            for other in others or [""]:
                # With no traveller, "the two sides" are the two countries the article names most.
                parties = pair or sorted(
                    {p for p in (self.leader_country, other) if p} if self.leader_country else self.pair(index)
                )
                if len(parties) < 2:
                    continue  # a partnership of one side, its other unknown, is no record a reviewer can use
                fields = {"parties": parties, "label": label + named_tail, "change": change, "from": source}
                prior = next(
                    (
                        f
                        for f in self.findings
                        if f.kind == "partnerships"
                        and f.fields["parties"] == parties
                        and (f.fields["label"] + " ").startswith(label + " ")
                    ),
                    None,
                )
                if prior is not None:
                    if prior.fields["change"] == "reaffirmed" and change in ("upgraded", "established"):
                        self.findings.remove(prior)
                    else:
                        continue
                self.add("partnerships", fields, sentence, match.start(), match.end(), "partnership-" + change, 0.75)

    def relations(self, index: int, sentence: Sentence) -> None:
        """When diplomatic relations began: a date told, or a year derived from an anniversary; each statement of a
        sentence read in turn ("X established relations with Y on 26 March, ending eight decades of ties with Z")."""
        for _ in range(3):
            told = self._relations_once(index, sentence)
            if told is None:
                return
            # The statement read is blanked (offsets kept) so that the next one is found with the same sentence around it.
            start, end = told
            sentence = sentence._replace(text=sentence.text[:start] + " " * (end - start) + sentence.text[end:])

    def _relations_once(self, index: int, sentence: Sentence) -> tuple[int, int] | None:
        """The first statement of when relations began in a sentence, drafted; its span, or None with none there."""
        text = sentence.text
        # Relations that a year or an anniversary dates: diplomatic, formal, full or bilateral ones.
        kind = r"(?:(?:full |formal )?diplomatic |formal |full |bilateral )"
        ties = r"(?:" + kind + r"(?:relations|ties)|(?:relations|ties) (?:were|was) (?:established|normali[sz]ed))"
        # "ASEAN-Japan relations", "China-Kenya diplomatic ties": relations its pair names, of any kind.
        pair_ties = r"(?:[A-Z][\w'-]+-[A-Z][\w'-]+ " + kind + r"?(?:relations|ties)|" + ties + r")"
        year = None
        derived = None
        # A year, a month and year, or a day ("in 1970", "in January 1992", "on January 18, 1950", "on 1 November 1958").
        when = r"(?:in|on) (?:[A-Z][a-z]+ (?:\d{1,2},? )?|\d{1,2} [A-Z][a-z]+ )?(?P<year>1[6-9]\d\d|20\d\d)\b"
        match = rx.search(
            r"\b(?:establish|established|establishing|set up|normali[sz]ed|normali[sz]ing|restored|open|opened|forged) "
            r"(?:their )?" + r"(?:" + kind + r")?(?:relations|ties)[^.;]*?,? \b" + when,
            text,
        )
        if not match:
            match = rx.search(
                # "diplomatic relations, which were established in 1964,", "ties, first set up in 1950".
                r"\b(?:"
                + kind
                + r")?(?:relations|ties)(?: between [^,.;]{3,60}?)?,? (?:(?:which|that) )?(?:were |was |had been )?"
                r"(?:first )?(?:established|normali[sz]ed|set up|restored) "
                + when
                # "since the establishment of diplomatic relations in 1962": the act named by its noun, with its year.
                + r"|\b(?:establishment|normali[sz]ation|restoration) of (?:"
                + kind
                + r")?(?:relations|ties)(?: between [^,.;]{3,60}?)?,? "
                + when.replace("?P<year>", "?P<act>")
                + r"|\b(?:had|have had|has had|maintained|have maintained|has maintained|have enjoyed|has enjoyed|enjoyed) "
                r"(?:full )?diplomatic "
                r"(?:relations|ties) since (?:\d{1,2} )?(?:[A-Z][a-z]+ )?(?:\d{1,2},? )?(?P<since>1[6-9]\d\d|20\d\d)\b"
                # "had no diplomatic relations until 1972", "did not establish ties until 1992".
                r"|\b(?:had no|did not have|did not establish|never established|were without) (?:"
                + kind
                + r")?(?:relations|ties)(?: with [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)? until (?P<until>1[6-9]\d\d|20\d\d)\b"
                # "relations between the two countries go back to 1950".
                r"|\b(?:[Rr]elations|[Tt]ies)(?: between [^,.;]{3,60}?)?,? (?:go|goes|went|date|dates|dated|dating) "
                r"(?:back to|from) (?P<back>1[6-9]\d\d|20\d\d)\b"
                # "recognised Peru in 1962, when the two established diplomatic relations": the year told just before.
                r"|\b[Ii]n (?P<when>1[6-9]\d\d|20\d\d), when (?:the two(?: countries| nations| sides)?|they|both|"
                r"[A-Z][\w'-]+ and [A-Z][\w'-]+) (?:first )?(?:established|set up|normali[sz]ed|opened|forged) "
                r"(?:their )?(?:" + kind + r")?(?:relations|ties)\b"
                # "the switch of diplomatic recognition from Taipei to Beijing in September 2019": ties with the one
                # recognised began then.
                r"|(?:\b(?P<switcher>[A-Z][\w-]+) )?\bswitch(?:ed|ing|es)? (?:of )?(?:its |their )?(?:diplomatic )?recognition "
                r"(?:from [A-Z][\w-]+ )?to "
                r"(?P<to>[A-Z][\w-]+) (?:in|on) (?:[A-Z][a-z]+ (?:\d{1,2},? )?|\d{1,2} [A-Z][a-z]+ )?(?P<switch>1[6-9]\d\d|20\d\d)\b"
                # "1979: the year Washington switched recognition to Beijing", "2019 was the year when ...".
                r"|\b(?P<yearof>1[6-9]\d\d|20\d\d)(?::| was| is| marks) the year (?:that |when |in which )?"
                r"(?P<switcher2>[A-Z][\w-]+) switched (?:its |their )?(?:diplomatic )?recognition (?:from [A-Z][\w-]+ )?to "
                r"(?P<to2>[A-Z][\w-]+)\b",
                text,
            )
        undated = None
        if not match:
            # "established diplomatic relations on March 26": a day with no year is the latest such day.
            undated = rx.search(
                r"\b(?:established|set up|normali[sz]ed|restored|opened|forged) (?:their )?(?:"
                + kind
                # "opened diplomatic ties with the Republic of Korea on 9 August".
                + r")?(?:relations|ties)(?: with (?:the )?[A-Z][\w'-]*(?: (?:of )?[A-Z][\w'-]*){0,5})? on "
                r"(?:(?P<ny>New Year['\u2019]s Day)|(?P<m>"
                + MONTH_WORD
                + r") \d{1,2}|\d{1,2} (?P<m2>"
                + MONTH_WORD
                # A day with no year after it ("on 3 May, ending ..."), the month whole ("Marc|h" is no month).
                + r"))\b(?!\d|,? (?:19|20)\d\d)"
                # "established diplomatic relations last December": the latest December before the story.
                r"|\b(?:established|set up|normali[sz]ed|restored|opened|forged) (?:their )?(?:"
                + kind
                + r")?(?:relations|ties) last (?P<m3>"
                + MONTH_WORD
                + r")\b(?! \d)",
                text,
            )
            match = undated
        following = None
        if not match:
            # "recognised Bangladesh on January 24 and relations were established the next day": the day before's
            # year; "decided to open diplomatic relations": this year's act.
            following = rx.search(
                r"\b(?:(?:"
                + kind
                + r")?(?:relations|ties) (?:were|was) (?:established|set up|opened)|(?:established|set up|opened) "
                r"(?:"
                + kind
                + r")?(?:relations|ties)) (?:on |as of |as from |from )?(?:the (?:next|following|same) day|that (?:same )?day|"
                # "recognized the republic in December 1949, and the two established diplomatic relations at that time".
                r"at (?:that|the same) time)\b"
                r"|\b(?:agreed|decided|have agreed|had agreed|had decided|have decided) to (?:establish|open) "
                r"(?:full |formal )?diplomatic (?:relations|ties)\b",
                text,
            )
            match = following
        if match and rx.search(r"\b(?:severed|broke off|cut|suspended|froze)\b", text[: match.start()][-40:]):
            match = None
        if match and undated:
            last = undated.group("m3")
            month = (
                1
                if undated.group("ny")
                else dt.datetime.strptime((undated.group("m") or undated.group("m2") or last)[:3], "%b").month
            )
            year = self.published.year - (
                1 if month > self.published.month or (last and month == self.published.month) else 0
            )
        elif match and following:
            earlier = text[: match.start()]
            told = rx.findall(r"\b((?:19|20)\d\d)\b", earlier)
            day = rx.search(
                r"\b(?:on )?(?:(?P<m>" + MONTH_WORD + r") \d{1,2}|\d{1,2} (?P<m2>" + MONTH_WORD + r"))\b", earlier
            )
            if told:
                year = int(told[-1])
            elif match.group().endswith("time"):
                year = None  # "at that time" with no year told before dates nothing
            elif day or "agreed" in match.group() or "decided" in match.group() or "that" in match.group():
                # "established diplomatic relations as of that day", no year told: the day the story reports.
                month = (
                    dt.datetime.strptime((day.group("m") or day.group("m2"))[:3], "%b").month
                    if day
                    else self.published.month
                )
                year = self.published.year - (1 if month > self.published.month else 0)
        elif match:
            dated = match.groupdict()
            year = int(
                next(
                    dated[k]
                    for k in ("year", "act", "since", "back", "when", "until", "switch", "yearof")
                    if dated.get(k)
                )
            )
        else:
            match = rx.search(
                r"\b(?P<n>\d+)(?:st|nd|rd|th) anniversary of " + _ESTABLISHMENT + r"?(?:their |the )?" + pair_ties,
                text,
            )
            if match is None:
                # "relations between Moscow and Kampala would mark their 60th anniversary this year".
                match = rx.search(
                    r"\b(?:relations|ties)(?: between [^,.;]{3,60}?)? (?:would |will |are to |)(?:mark|marks|marked|"
                    r"celebrate|celebrates|celebrated) (?:their|the) (?P<n>\d+)(?:st|nd|rd|th) anniversary\b",
                    text,
                )
            if match is None:
                word = rx.search(
                    r"\b(?:(?P<w>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:"
                    + "|".join(ORDINALS)
                    + r")) anniversary|(?P<jubilee>"
                    + "|".join(_JUBILEES)
                    + r") jubilee) of "
                    + _ESTABLISHMENT
                    + r"?(?:their |the )?"
                    + pair_ties,
                    text,
                    re.I,
                )
                n = (
                    (ordinal_value(word.group("w")) if word.group("w") else _JUBILEES[word.group("jubilee").lower()])
                    if word
                    else None
                )
                match = word
            else:
                n = int(match.group("n"))
            if match is not None and n:
                shift = (
                    1
                    if rx.search(r"\bnext year\b", text, re.I)
                    else -1
                    if rx.search(r"\blast year\b", text, re.I)
                    else 0
                )
                year = self.published.year + shift - n
                # "declared 2011 the Year of ... to mark the 60th anniversary", "the celebration in 2022 of the
                # 75th anniversary": that year is the anniversary's.
                # "The year 2022 marked the 60th anniversary", "In 2019 the two countries celebrated the 40th anniversary".
                marked = rx.search(
                    r"\b(?P<y>(?:19|20)\d\d)\b[^.;]*\bto mark\b[^.;]*$|\bin (?P<y2>(?:19|20)\d\d) of (?:the |their )?$"
                    r"|\b(?P<y3>(?:19|20)\d\d),? (?:also )?(?:marks|marked|will mark|saw|sees|will see)\b[^.;]*$"
                    r"|\b[Ii]n (?P<y4>(?:19|20)\d\d),? [^.;]*\b(?:marked|celebrated|commemorated|will mark|will celebrate)"
                    r"\b[^.;]*$",
                    rx.split(r", (?:and|but|while) ", text[: match.start()])[-1],
                )
                # "prepare for the 70th anniversary of diplomatic relations in 2026": the year it falls in.
                # "..., which falls in 2026", "that comes in 2030": the same, told in a clause of its own.
                falls = rx.match(
                    r"(?: between [^,.;]{3,60}?)?,? (?:(?:which|that) (?:falls?|fell|comes|will (?:fall|come)|is due) )?"
                    r"(?:in|during) (?P<y>(?:19|20)\d\d)\b",
                    text[match.end() :],
                )
                if marked:
                    year = int(next(y for y in marked.groups() if y)) - n
                elif falls:
                    year = int(falls.group("y")) - n
                derived = f"{n}{ordinal_suffix(n)} anniversary"
            else:
                # A span of time in figures or words: "60 years", "six decades", "half a century".
                span = r"(?P<n>\d+|(?i:" + _CARDINALS + r")) (?P<unit>years|decades)|(?P<half>half a century)"
                match = rx.search(
                    # "established diplomatic relations 60 years ago", "relations were established six decades ago".
                    r"\b(?:(?:established|set up|normali[sz]ed|opened|forged) (?:their )?(?:"
                    + kind
                    + r")?(?:relations|ties)|(?:"
                    + kind
                    # "ties between Oslo and Nairobi, which were opened 50 years ago,": in a clause.
                    + r")?(?:[Rr]elations|[Tt]ies)(?: between [^,.;]{3,60}?)?,? (?:(?:which|that) )?(?:were|was|had been) "
                    r"(?:first )?(?:established|set up|normali[sz]ed|opened)) "
                    r"(?:" + span + r") ago\b|"
                    r"\b(?:"
                    + span.replace("?P<", "?P<s_")
                    + r") (?:since|after|of) (?:the establishment of )?(?:their |the )?(?:diplomatic (?:relations|ties)|"
                    + pair_ties
                    + r"|(?:(?:the )?(?:two )?(?:former )?(?:[a-z]+ )?(?:countries|nations|enemies|sides|neighbours|neighbors)|"
                    r"they|[A-Z][\w'-]+ and [A-Z][\w'-]+) "
                    r"(?:normali[sz]ed|established|restored|opened) (?:diplomatic )?(?:relations|ties))"
                    # "which have had diplomatic relations for 60 years".
                    r"|\b(?:had|have had|has had|have maintained|has maintained|have enjoyed|has enjoyed) (?:"
                    + kind
                    + r")?(?:relations|ties) for (?:"
                    + span.replace("?P<", "?P<f_")
                    + r")\b"
                    # "ending eight decades of ties with Taipei", "seventy years of friendship between two nations".
                    r"|\b(?:"
                    + span.replace("?P<", "?P<w_")
                    + r") of (?:(?:relations|ties|friendship) with (?:the )?(?P<tiedwith>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)"
                    r"|friendship between)",
                    text,
                )
                if match:
                    spanned = {rx.sub(r"^[sfw]_", "", k): v for k, v in match.groupdict().items() if v}
                    n = (
                        50
                        if "half" in spanned
                        else int(number_value(spanned["n"])) * (10 if spanned["unit"] == "decades" else 1)
                    )
                    # "Last year the neighbours marked 50 years of ...": counted from last year.
                    clause = rx.split(r"[;]|, and ", text[: match.start()])[-1]
                    shift = (
                        -1
                        if rx.search(r"\b[Ll]ast year\b", clause)
                        else 1
                        if rx.search(r"\b[Nn]ext year\b", clause)
                        else 0
                    )
                    year = self.published.year + shift - n
                    derived = spanned.get("half") or f"{spanned['n']} {spanned['unit']}"
        if match is None:
            return None
        stated = (match.start(), match.end())
        if year is None:
            return stated
        # "Vietnam and India established ..." names the pair; else the country named nearest before the
        # words and the leader's, else the visit's.
        clause = rx.split(r"[;]|, (?:and|but|while) ", text[: match.start()])[-1]
        named = list(dict.fromkeys(code for _, _, code in gz.countries_in(clause + text[match.start() : match.end()])))
        pair_told = False
        tied = match.groupdict().get("tiedwith")
        if tied:
            # The side "ties with" names, by its name or its capital.
            side = next((code for _, _, code in gz.countries_in(tied)), None) or gz.capital_country(tied)
            if side and side not in named:
                named.append(side)
        two = bool(rx.search(r"\b(?:the two|both) (?:countries|nations|states)\b", clause[-60:]))
        if len(named) == 1 and two:
            # "the first visit by a Honduran leader to China since the two countries established ...": the pair the
            # clause names, one by its adjective.
            named += [
                code
                for code in dict.fromkeys(gz.adjectives()[m.group(1)] for m in gz.adjective_pattern().finditer(clause))
                if code not in named and len(code) == 2
            ][:1]
        pair = rx.search(
            r"\bbetween (?P<a>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) and (?P<b>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)",
            text[match.start() : match.end()],
        )
        # "between Chile and the Republic of Korea", after the words: the pair it names.
        between = rx.search(r"\bbetween (?P<pair>[^,;.]{3,80})", text[match.start() : match.end() + 90])
        if between and len(named) < 2:
            paired = list(dict.fromkeys(code for _, _, code in gz.countries_in(between.group("pair"))))
            if len(paired) == 2:
                named = paired
        if pair and len(named) < 2:
            # Capitals for their countries: "relations between Moscow and Kampala".
            capitals = [gz.capital_country(pair.group(side)) for side in ("a", "b")]
            if all(capitals) and capitals[0] != capitals[1]:
                named = [c for c in capitals if c]
        # "ASEAN-Canada relations", "Sino-..." aside: a hyphenated pair of names, countries, capitals or groupings.
        hyphened = rx.search(r"\b([A-Z][\w']+)-([A-Z][\w']+) " + kind + r"?(?:relations|ties)\b", match.group())
        if hyphened:
            sides = [gz.party_named(hyphened.group(g)) for g in (1, 2)]
            if all(sides) and sides[0] != sides[1]:
                named, pair_told = [s for s in sides if s], True
        near = [code for _, end, code in gz.countries_in(text[: match.end()]) if code != self.leader_country]
        others = near[-1:] or self.other_party(sentence, index)
        groups_told = match.groupdict()
        recognised = groups_told.get("to") or groups_told.get("to2")
        if recognised and (gz.capital_country(recognised) or gz.country_names().get(recognised)):
            others = [gz.capital_country(recognised) or gz.country_names()[recognised]]  # the side recognised
            # "Washington switched recognition to Beijing": the side that switched, by its name or capital.
            switcher = groups_told.get("switcher") or groups_told.get("switcher2") or ""
            side = gz.capital_country(switcher) or gz.country_names().get(switcher)
            if side and side != others[0]:
                named, pair_told = sorted({side, others[0]}), True
        if len(named) == 2 and (
            rx.search(r"\band\b", clause)
            or rx.search(r"\bwith\b", match.group())
            or pair
            or between
            or two
            or pair_told
        ):
            countries = sorted(named)
        elif not self.leader_country and len(set(code for _, _, code in gz.countries_in(text))) == 2:
            # "Japan recognised Ukraine ..., and the two countries established ...": the sentence's pair.
            countries = sorted({code for _, _, code in gz.countries_in(text)})
        elif not self.leader_country and len(self.pair(index)) == 2:
            countries = sorted(self.pair(index))  # no traveller: the two countries the article names most
        elif not others or not self.leader_country:
            return stated
        else:
            countries = sorted({self.leader_country, others[0]})
        if len(countries) < 2 or any(
            f.kind == "relations" and f.fields["countries"] == countries for f in self.findings
        ):
            # One side twice ("the switch of recognition to Beijing" in a Chinese leader's story) pairs none.
            return stated
        fields = {"countries": countries, "established": year, "reference_year": self.published.year}
        if derived:
            fields["derived_from"] = derived
        self.add(
            "relations",
            fields,
            sentence,
            match.start(),
            match.end(),
            "relations-" + ("anniversary" if derived else "established"),
            0.8,
        )
        return stated
