"""Pledges with no figure: initiatives proposed, funds launched, what the sides agreed or said they would do."""

from __future__ import annotations

import re

from . import gazetteer as gz
from . import rx
from .clauses import FUTURE, NAME, PERSON, TITLE, TITLES
from .money import source_after
from .quantities import AMOUNT, AMOUNT_WITH_SCALE, BY_YEAR, WITHIN_YEARS, currency_code, years_within
from .reader import ReaderCore
from .text import Sentence

_GENERIC = re.compile(
    r"^(?:deepen|strengthen|work|continue|cooperate|keep|maintain|enhance|further|promote|boost|support each other|"
    r"consult|stay|remain|respect|build on|advance|expand cooperation|step up|visit|meet|hold|be|do|make)\b"
)


_RELATIVE_FIGURE = re.compile(
    r"\b(?:double|doubling|triple|tripling|quadruple|quadrupling)\b|\bby (?:at least |about )?(?:\d+ ?(?:percent|per cent|%)|half|a half|"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five)(?: and a half)? ?(?:times|-?fold))\b"
)


# A verb that reports a side's word, with up to three words before what it says ("told reporters that", "said
# afterward that", "promised his host that").
_SAYING = (
    # "assured Ruto that ...", "told President Ruto that ...": the one told, by name, before "that".
    # "told the Prime Minister that", "assured his Kenyan host that": the one told, named by a title or a role.
    r"(?:(?:assured|told|promised|informed)(?: (?:the|his|her|their|[A-Z][\w.-]+)){0,2}(?: [A-Z][\w.-]+| [a-z]+){1,2}"
    r"(?= that )|"
    # "told the press after Monday's session that", "said in Nairobi on Friday that": an adverbial, then "that".
    r"(?:said|says|declared|stated|announced|added|told|assured)(?: (?!that\b)[\w'\u2019-]+){1,5}?(?= that )|"
    # ("officials say", "indicated that", "affirmed that": the plural present and the verbs of an official's word.)
    r"(?:said|says|say|declared|stated|announced|added|confirmed|promised|pledged|vowed|assured|told|reaffirmed|"
    r"reiterated|affirmed|indicated)"
    r"(?: (?!that\b)(?![A-Z])[\w-]+){0,3}?)"
    # "told him, according to the Chinese readout, that ...": an aside before what is said.
    r"(?:, (?:according to|in|at|on|during) [^,;]{1,40},(?= that\b))?"
)


# A bulleted or numbered item, or an opening quotation mark, before a clause.
_ITEM = r"(?:[-\u2022*] |\(?\d{1,2}[.)] )?[\"\u201c]?"
# The people of a side who act for it.
# (And the bodies that spend for it: "Chinese airlines will buy ...", "Libyan funds would buy stakes ...".)
_PEOPLE = (
    r"(?:experts|companies|firms|enterprises|engineers|specialists|doctors|teachers|troops|investors|funds|banks|"
    r"airlines|carriers)"
)


# A count of what a side gives ("19 fighter jets", "1,000 Mongolian engineers", "10,000 members of the Guard"); not
# of time, of money or of a share.
_COUNTED = re.compile(
    r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+) (?P<noun>(?:(?!(?:percent|per|years?|months?|weeks?|days?|hours?|times)\b)"
    r"[\w-]+ ){0,3}?(?P<head>(?!(?:years|months|weeks|days|hours|times|percent|kilometres|kilometers|miles|tonnes|tons|"
    r"barrels|megawatts|dollars|euros|agreements|documents|deals|accords|memorand(?:a|ums)|contracts|treaties|protocols|"
    r"meetings|talks|rounds|visits|events|summits)\b)[a-z]+s|aircraft))\b"
)
# "raise the number of Kenyan students to 5,000": a count told after what it counts.
_NUMBER_OF = re.compile(
    r"\bnumber of (?P<noun>(?:[\w-]+ ){0,3}?(?P<head>[a-z]+s|aircraft))(?: (?:in|from|at|to) (?:the )?[A-Z][\w-]+)? to (?P<n>\d{1,3}(?:,\d{3})+|\d+)\b(?! ?(?:percent|%))"
)
_AIRCRAFT = re.compile(r"jets|fighters|planes|aircraft|helicopters|airliners|bombers|drones")
_PERSONS = re.compile(
    r"engineers|servants|students|officials|doctors|nurses|teachers|specialists|experts|officers|workers|scientists|"
    r"athletes|coaches|scholars|trainees|professionals|judges|diplomats|journalists|farmers|people|personnel"
)


# What befalls a thing, or a state it is in, is no act it is bound to: "the region would need more investment".
_BEFALLS = re.compile(
    r"^(?:need|require|benefit|suffer|grow|rise|fall|depend|face|lose|win|remain|stay|become|have|see|look|seem|prove|"
    r"mean|bring|go|come)\b"
)
# What the visit, the relationship or the world is: no thing of the sides' that a word binds.
_NO_THING = re.compile(
    r"\b(?:visit|trip|tour|talks|meeting|summit|relations|ties|relationship|partnership|friendship|region|world|"
    r"situation|war|conflict|crisis|economy|future|process|details|statement|communiqu[e\u00e9]|declaration|results?|"
    r"outcome|information|news|report|dates?|schedule|agenda|programme of the visit)$"
)
# Words that end a subject: a modal, a verb of saying or being, a conjunction.
_NOT_SUBJECT = (
    r"(?:would|should|will|shall|that|and|or|said|says|was|were|is|are|has|have|had|to|how|what|whether|why|it)\b"
)
# A passive act ("be renewed", "be made to work", "be set up"): a participle after "be".
_PASSIVE = re.compile(
    # Not one of a view or a feeling: "be remembered", "be seen as".
    r"^be (?!(?:remembered|seen|regarded|considered|viewed|known|recogni[sz]ed|welcomed|praised|hailed|noted|affected|"
    r"needed|expected|hoped|pleased|delighted|interested|concerned|satisfied|happy)\b)(?:[a-z]+(?:ed|en)|made|held|built|set|sent|paid|kept|brought|taken|done|shown|sold|bought|laid|run|put|"
    r"lent|spent|met|left|found|won|struck|led|fought|drawn)\b"
)


# An item of a list that opens with a verb: "- open consulates ...", "2. to train pilots ...".
_LISTED_ACTION = re.compile(r"(?:[-\u2022*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+(?:to )?(?P<what>[a-z][^.;:\"]+)")
# A head that commits the sides to what its items say ("The two sides agreed:", "Both governments will:").
_AGREEING_HEAD = re.compile(
    r"\b(?:agreed|agree|undertook|undertake|pledged|pledge|committed|decided|resolved|will|shall)\b(?: (?:to|as follows|on the following|the following))?:?\s*$"
)


# A bulleted item, and a head that says its items are what a side announced, pledged or agreed ("What Obama
# announced", "Commitments:", "Key outcomes"), and a clause of what is to be ("will", "are to be", "may").
_BULLET = re.compile(r"[-\u2022*]\s+(?P<item>\S.*)")
_ANNOUNCING_HEAD = re.compile(
    r"\b(?:announc\w*|pledg\w*|commitments?|committed|promis\w*|offer\w*|agreed|outcomes?|deliverables?|"
    r"measures|decisions?|decided)\b",
    re.IGNORECASE,
)
_TO_COME = re.compile(r"\b(?:will|would|shall|is to|are to|may|can|to be|becomes?|become)\b")


class _Programmes:
    """Patterns of a pledge with no figure: the verb, and the words that say what is pledged."""

    # "pledged on Monday to ...", "promised, by his account, to ...", "undertook to A, to B and to C".
    PLEDGED = re.compile(
        # A communique's present ("the two sides undertake to ..."): a bare verb after a plural subject only ("a
        # promise to ...", "the resolve to ..." are nouns).
        # ("by promising to study ...", "a declaration pledging to ...": the verb as a participle.)
        r"\b(?:pledged|pledges|pledging|promised|promises|promising|vowed|vows|vowing|undertook|undertakes|"
        r"offered|offers|resolved|resolves|"
        # "Agreement was reached to resume flights": both sides' word in the passive.
        r"(?:[Aa]greement|[Aa]ccord|[Cc]onsensus|[Aa]n understanding) (?:was|has been|had been) reached|"
        # A decision taken together: "the two sides decided to set up a committee" ("had decided" is one taken before).
        r"(?<!had )(?<!has )decided|decides|"
        # An aim or a plan of the sides: "they aimed to conclude a trade deal this year", "plans to open a consulate".
        # Not a plan as a noun ("the Maldives' plans to buy", "no plans to"), nor a person's own ("he plans to").
        # ("the grant was intended to pay for school meals": what a thing is for, in the passive; no side's intention.)
        r"(?<!had )aimed|(?<!had )planned|(?<!had )(?<!is )(?<!was )(?<!are )(?<!were )(?<!be )intended|"
        r"(?<!s' )(?<!'s )(?<!\u2019s )(?<!no )(?<!its )(?<!their )(?<!his )(?<!her )(?<!he )(?<!she )(?<!the )(?<!any )"
        r"(?:aims|plans|intends)|"
        r"(?:(?<=sides )|(?<=tries )|(?<=ments )|(?<=rties )|(?<=ders )|(?<=ions )|(?<=[Tt]hey )|(?<= also ))(?:pledge|promise|vow|undertake|resolve|decide|aim|plan|intend)|"
        # ("reaffirming their joint intention to open a customs union": the participle, and an aim both hold.)
        r"(?:announc|express|confirm|declar|reaffirm|stat|convey|voic|signall?|indicat|reiterat)(?:ed|ing) "
        r"(?:(?:his|her|its|their|our|[A-Z][\w-]+['\u2019]s) (?:shared |joint |common )?(?:intention|decision|plan|ambition|"
        r"readiness|willingness|determination)|(?:(?:the|his|her|its|their) )?(?:readiness|willingness|determination))|"
        # "announced plans to open a consulate", "announced a decision to lift the ban".
        r"(?:announced|unveiled) (?:new |a |an )?(?:plans?|intention|decision)|"
        # "the two presidents instructed their ministers to draw up a roadmap": a task both set their people.
        r"(?:instructed|directed|tasked|mandated|charged|asked) (?:their|the|both) (?:two )?(?:[\w-]+ )?"
        r"(?:ministers|ministries|officials|teams|governments|negotiators|agencies|experts|delegations)(?= to )|"
        r"committed(?: itself| themselves)?|commits(?: itself)?|(?:(?<=sides )|(?<=tries )|(?<=ments )|(?<=rties )|(?<=ders )|(?<=ions ))commit)"
        # ("had undertaken, once the weapons were removed under United Nations supervision, to end ...")
        # ("the governments vow never to join a bloc hostile to either side, nor to ...": an abstention pledged.)
        r"(?: on \w+day|, [^,;]{1,80},)?(?: (?P<neg>not|never))? to (?P<what>[a-z](?:[^.;:\"]|\.(?=\d))+)"
        # "pledged support for Kenya's bid", "agreed on a plan to build a plant": what is pledged, as a noun.
        # "offered Kenya help in building a plant": the receiver named first.
        # ("committed her nation's support for Chile's claim": the side's support, by its possessive.)
        r"|\b(?:pledged|promised|offered|committed) (?:(?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)? )?"
        r"(?P<support>(?:(?:more|additional|further|new) (?:[\w-]+ ){0,2}?(?:investment|aid|assistance|support|help|loans|"
        r"credits|scholarships|cooperation|imports|purchases) (?:in|for|to|of|from) [^.;:\"]+)|"
        r"(?:its |their |his |her |full |continued |(?:his |her |their )?(?:country|government|nation)['\u2019]s )?"
        r"(?:support|assistance|help) "
        r"(?:for|to|in|with) [^.;:\"]+)"
        # "a pledge by Norway to fund three hospitals": the pledge as a noun.
        r"|(?:\b(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir) (?:pledge|promise|commitment|undertaking) by (?:[Tt]he )?[A-Z][\w-]+|"
        # "a Japanese pledge to build a plant": the side named by its adjective.
        r"\b(?:[Aa]|[Tt]he) [A-Z][\w-]+ (?:pledge|promise|commitment|undertaking|offer)(?= to )|"
        r"\b(?:made|gave|announced|renewed|reiterated|reaffirmed|confirmed|expressed|stressed|with) (?:a|the|its|their|his|her) "
        r"(?:(?:firm|strong|full|joint|shared) )?(?:pledge|promise|commitment)|"
        # "thanked Norway for its offer to rebuild the port": a side's offer, welcomed or accepted.
        r"\b(?:for|welcomed|accepted|took up) (?:its|their|his|her|the) offer)"
        r" "
        r"to (?P<noun>[a-z](?:[^.;:\"]|\.(?=\d))+)"
        r"|\bagreed on (?:a |an |the )?(?:[\w-]+ )?(?:plan|programme|roadmap|measures|steps) to (?P<plan>[a-z][^.;:\"]+)"
        # "offered 200 scholarships", "pledged 12 helicopters": a count of what is given.
        r"|\b(?:pledged|pledges|promised|promises|offered|offers|announced) (?P<count>(?:an? )?(?:additional |further |"
        r"another |some |about |up to |more than )?\d[\d,]* (?!(?:trillion|billion|million|thousand|crore|lakh|bn)\b)"
        r"(?:[\w-]+ ){0,3}?(?:[a-z]+s|aircraft)\b[^.;:\"]*)"
        # "agreed on the construction of a bridge", "agreed to the resumption of flights": an act as a noun.
        # "the accords provide for the construction of a bridge", "announced the opening of an office": the same.
        # ("agreed with his Norwegian counterpart, Ingrid Solberg, on the expansion of ...": the other side named.)
        r"|\b(?:agreed(?: with (?P<with_act>(?:[A-Z][\w.'-]*|(?:his|her) [A-Z][\w-]+ counterpart,?)(?: [A-Z][\w.'-]*){1,6}),?)? "
        r"(?:on|upon|to)|provides? for|provided for|announced|unveiled|"
        r"(?:[Aa]greement|[Aa]ccord|[Cc]onsensus) (?:was|has been|had been) reached on) (?:the |a |an )?"
        # Not news of a person or of an act done ("announced the resignation of", "the completion of").
        r"(?P<act>(?!(?:resignation|appointment|dismissal|election|nomination|completion|retirement|suspension|"
        r"detention|execution|commencement)\b)(?:[a-z]+(?:tion|sion|ment)|launch|opening|maintenance) (?:of|to) [^.;:\"]+)"
    )
    PROPOSED = re.compile(
        r"\bproposed (?P<what>(?:[\w-]+ ){0,5}?(?:initiatives|measures|plan|programme|projects|steps|points)"
        r"(?: (?:with|for|on) [^,.;]+)?)"
    )
    LAUNCHED = re.compile(
        r"\b(?:launched|unveiled|announced|set up|created|established) (?:a|an) "
        r"(?P<what>(?:new |joint |special )?(?:[\w-]+ )?(?:programme|program|initiative|fund|scheme|"
        # A body the two set up to act: "launched a joint task force on locusts".
        r"task force|commission|committee|working group|council|mechanism|hotline|centre|center)\b[^,.;]*"
        # "announced a 12-step development plan for ...": a plan named by what it is.
        r"|(?:[\w-]+ ){1,2}plan\b[^,.;]*)"
    )
    WOULD = re.compile(
        r"\b(?:would|will) (?P<what>(?:write off|waive|cancel|extend|shorten|scrap|set up|establish|provide|open) [^,.;\"]+)"
    )
    AGREED = re.compile(r"\bagreed to (?:provide|begin|start|launch|set up|establish) (?P<what>[^,.;\"]+)")
    # "pledged that there would be no more war": the pledge is the clause.
    PLEDGED_THAT = re.compile(
        r"\b(?:pledged|promised|vowed) that (?:there would be |they would |it would |there will be )(?P<what>[^,.;:\"]+)"
    )
    # "an eight-point plan that the prime minister proposed in May": a programme named with its author.
    PROPOSED_BY = re.compile(
        r"\b(?:an?|the|its|their|his|her) (?P<what>(?:[\w-]+ ){0,3}?(?:plan|initiative|programme|program|proposal|roadmap))"
        r" (?:that|which) "
        r"(?:[A-Z][a-z]+ )?(?P<who>[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:had )?(?:proposed|put forward|unveiled|launched)\b"
    )
    # "agreed to restore relations and reopen embassies, resume flights, and ...": each action agreed.
    AGREED_TO_DO = re.compile(
        # "agreed during the visit to ...", "agree in principle to ...": the verb in any tense, an adverbial between.
        r"\b(?:agreed|agrees|(?:(?<=sides )|(?<=tries )|(?<=ments )|(?<=rties )|(?<=ders )|(?<=ions )|(?<=[Tt]hey ))agree)(?: in principle| on \w+day| (?:during|at|after|in|with) (?:the |their |his |her )?"
        r"[\w-]+(?: [\w-]+)?"
        # "agreed with Norwegian Prime Minister Ingrid Solberg to ...": the other side by title and name.
        r"| with (?P<with>(?:[A-Z][\w.'-]*|(?:his|her) [A-Z][\w-]+ counterpart,?)(?: [A-Z][\w.'-]*){1,6}),?)? to "
        # ('agreed to give "sympathetic study" to the requests': a quoted phrase inside the act.)
        r"(?P<what>[a-z](?:[^.;:\"]|\"[^\".;:]{1,40}\"(?= [a-z]|,)|\.(?=\d))+)"
        # "agreed that the two countries would open consulates": what both agreed each would do.
        # "agreed that ministers of both countries should meet ...": their people, and any modal of what is to be.
        r"|\b(?:agreed|agrees|(?<=sides )agree) that (?:(?:the|their) (?:two )?(?:[Ss]ides|[Cc]ountries|[Gg]overnments)|both sides|they|[A-Z][^,;.]{2,60}? and "
        r"[A-Z][^,;.]{2,40}?|(?P<one>(?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)|(?:[a-z]+ ){1,3}(?:from|of) (?:both|the two) "
        r"(?:countries|sides|governments)) (?:would|should|will|shall) (?P<that>[a-z](?:[^.;:\"]|\.(?=\d))+)"
        # "agreed that reform was overdue, and to explore ...": the verb's infinitive after its that-clause.
        r"|\b(?:agreed|agrees|(?<=sides )agree) that [^.;:\"]{3,160}?,? and to (?P<also>[a-z](?:[^.;:\"]|\.(?=\d))+)"
    )
    # "an agreement under which China will build ...": what a document signed binds a side to ("an agreement to
    # build ..." is the document's own title).
    DOCUMENT_TO = re.compile(
        # "An agreement on trade was signed, under which the Chinese side will grant ...": the document signed.
        # ("an economic and technical cooperation agreement under which ...": the document's kind in several words.)
        r"\b(?:[Aa]n?|[Tt]he) (?:[\w-]+ ){0,4}?(?:agreement|accord|memorandum(?: of understanding)?|deal|protocol)"
        r"(?: (?:on|for) [^,.;]{1,60}?)?(?: (?:was|were|has been|had been) (?:signed|concluded|reached))?,? "
        r"under which (?:(?:the )?[A-Z][\w-]+(?: side| government)?|the [a-z]+(?: side| government)?|both sides|they) "
        r"(?:will|would|shall) "
        r"(?P<what>[a-z](?:[^.;:\"]|\.(?=\d))+)"
    )
    # "the sides will refrain from ..., will expand ... and will work to ...": what a document binds both to.
    SIDES_WILL = re.compile(
        r"(?:^"
        + _ITEM
        + r"|[,;:] |\b(?:and|but) )(?:(?:[Tt]he |[Bb]oth )(?:two )?(?:[Ss]ides|[Cc]ountries|[Gg]overnments|[Pp]arties)|"
        r"They(?= (?:will|shall) )|"
        # "security and trade teams from both governments will ...": the people of both sides.
        r"(?:[\w-]+ ){0,3}?(?:teams|officials|ministers|negotiators|experts|delegations) (?:from|of) (?:both|the two) "
        r"(?:countries|sides|governments)|"
        r"(?P<pair>[A-Z][\w-]+ and [A-Z][\w-]+)) "
        r"(?:will|would|shall|are to) (?:also |soon |now |further |immediately |jointly |gradually )?(?P<what>[a-z](?:[^.;:\"]|\.(?=\d))+)"
    )
    # "Japan will provide economic cooperation ...", "Denmark will also help train pilots": a side's commitment.
    SIDE_WILL_GIVE = re.compile(
        # "Under the accords the Soviet side will ...": what a document binds a side to.
        r"(?:^"
        + _ITEM
        + r"(?:(?:Under|Through|In) (?:it|them|(?:the|this|that|these|its|their) [\w-]+(?: [\w-]+)?),? )?|"
        r"[,;] |"
        # 'Ota said: "We will train nurses"': a quotation opened after a colon.
        r": [\"\u201c]?|\b(?:and|but|while|whereas) )"
        r"(?P<who>(?:[Tt]he )?[A-Z][\w-]+(?: [A-Z][\w-]+)?(?: side| government)?|"
        # "The Government of Japan will dispatch ...".
        r"(?:[Tt]he )?[Gg]overnment of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?|"
        # "Finnish experts will help train ...", "Indian and Saudi companies will invest ...": a side's own people.
        r"[A-Z][\w-]+(?: and [A-Z][\w-]+)? "
        + _PEOPLE
        # "Peking, he said at a news conference, would lend ...": the side's word told inside its own clause.
        + r")(?:, (?:he|she|they|[A-Z][\w-]+) (?:said|says|added|declared|told [a-z]+)(?: [^,;]{1,50})?,)?"
        r" (?:will|would|is to|are to)(?:, [^,;]{1,30},)? (?:also |soon |now |further |immediately |jointly |gradually )?"
        # Any verb of an act but those that tell what will happen to a side rather than what it gives or does.
        r"(?P<what>(?!(?:be|become|have|host|face|hold|need|remain|see|lose|win|take|attend|visit|travel|go|come|return|"
        r"leave|arrive|fly|depart|head|proceed|stop|meet|discuss|look|consider|decide|chair|sign|vote|join|welcome|receive|mark|celebrate|also|not|"
        r"never|then|soon|still|now|likely|probably|seek|want|try|keep|stay|need|"
        # What a side undergoes, hopes or says is no act it commits to.
        r"benefit|suffer|grow|rise|fall|depend|respond|insist|argue|expect|hope|wish|urge|ask|demand|call|press|"
        r"tell|say|speak|talk|raise the issue)\b)[a-z]+ "
        # ", and Kenyan firms will ...": a clause with a subject of its own is read on its own.
        r"(?:(?!, (?:and|while|whereas|but) (?:the )?[A-Z])[^.;:\"]|\.(?=\d))+)"
    )
    # "said Japan would increase purchases of ...", "said they would facilitate ...": a side's own word.
    SIDE_WOULD = re.compile(
        r"(?:\b" + _SAYING + r"(?: that)? |, and that |\band that )"
        r"(?P<who>(?!(?:his|her|their|its|our|my|your|reporters|journalists)\b)(?:[Tt]he )?(?!that\b)[\w-]+(?: (?!that\b)[\w-]+){0,2}?"
        # The speaker's own side: "said his country would ...".
        r"|(?:his|her|their|our) (?:country|[Gg]overnment|nation|[Aa]dministration)"
        # A long proper name: "the Democratic Republic of the Congo".
        r"|(?:the )?[A-Z][\w-]+(?: (?:of the|of|[A-Z][\w-]+)){3,6}?) (?:would|will) "
        # "would be happy to host ...": an offer.
        r"(?:be (?:happy|glad|pleased|willing|ready|prepared) to )?"
        # "said the two would X, and that Moscow would Y": each side's word ends where the next "and that" begins.
        # ("..., after Li said China would Y": a second side's word after a clause of time ends the first.)
        # ('would "never" break ...', 'would "work with" Moscow on ...': the act's first words quoted.)
        # (Not a hedge: 'would "probably" be ...'.)
        r"(?P<what>(?:[\"\u201c](?![a-z]+ly[\"\u201d])(?=[a-z][^\".;:\u201c\u201d]{0,40}[\"\u201d] [a-z]))?[a-z]"
        r"(?:(?!,? and that |, (?:after|before|while|as|when|once) (?:[\w-]+ ){1,4}?" + _SAYING + r")"
        # ('would cooperate "as far as it is able" in its modernisation': a quoted aside inside the act.)
        r"[^.;:\"\u201c\u201d]|[\"\u201c][^\".;:\u201c\u201d]{1,40}[\"\u201d](?= [a-z])|(?<=[a-z])[\"\u201d](?= [a-z])|\.(?=\d))+)"
    )
    # "said China was ready to import more ...", "told his guest that Beijing was willing to ...": a side's offer.
    SIDE_READY = re.compile(
        r"\b"
        + _SAYING
        + r"(?: that)? (?P<who>(?!(?:his|her|their|its|our|my|your|reporters|journalists)\b)(?:[Tt]he )?(?!that\b)[\w-]+(?: (?!that\b)[\w-]+){0,2}?) (?:was|is|were|are|stands|stood) (?:also )?"
        r"(?:willing|ready|prepared) to (?P<what>[a-z](?:[^.;:\"]|\.(?=\d))+)"
    )
    # "Japan is ready to finance the bypass", '"We are ready to build a terminal," Ota said': a side's offer told as
    # its own state, with no verb of saying before.
    SIDE_STANDS_READY = re.compile(
        r"(?:^" + _ITEM + r"|[,;:] [\"\u201c]?|\b(?:and|but) )"
        r"(?P<who>(?:[Tt]he )?[A-Z][\w-]+(?: [A-Z][\w-]+)?(?: side| government)?) "
        r"(?:is|are|was|were|would be|will be|remains|remained|stands|stood) (?:also |now |still )?(?:ready|willing|"
        r"prepared) to "
        r"(?P<what>[a-z](?:[^.;:\"]|\.(?=\d))+)"
    )
    # "said China regarded X as a friend and would encourage ...": a second predicate of the side's own word.
    SIDE_AND_WOULD = re.compile(
        r"\b"
        + _SAYING
        + r"(?: that)? (?P<who>(?!(?:his|her|their|its|our|my|your|reporters|journalists)\b)(?:[Tt]he )?(?!that\b)[\w-]+(?: (?!that\b)[\w-]+){0,2}?) (?!(?:would|will|that|and|or)\b)[a-z]+\b"
        r"[^;]*?,? and (?:would|will) (?P<what>[a-z](?:[^.;:\"]|\.(?=\d))+)"
    )
    # "told his guest that China supported Argentina's claim to ...": a side's stand behind a thing of the other's,
    # told as its word (a side's goodwill at large, "supports Kenya", names nothing; see _VAGUE_OBJECTS).
    SIDE_SUPPORTS = re.compile(
        r"\b"
        + _SAYING
        + r"(?: that)? (?P<who>(?!(?:his|her|their|its|our|my|your|reporters|journalists)\b)(?:[Tt]he )?(?!that\b)[\w-]+"
        r"(?: (?!that\b)[\w-]+){0,2}?) (?:also |fully |firmly |strongly )?(?P<verb>supports|supported|backs|backed) "
        r"(?P<what>(?:[A-Z][\w-]+['\u2019]s|its|their) (?:[\w'\u2019-]+ ){0,8}?[\w'\u2019-]+)(?=,? and |[,.;]|$)"
    )
    # "a permanent mixed commission will meet each year", "the Joint Trade Commission, set up in 1972, will continue to
    # meet regularly": a standing body of both sides bound to meet (how often is checked as for any meeting).
    BODY_MEETS = re.compile(
        r"(?P<who>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?:[\w'\u2019-]+ ){0,6}?(?:[Cc]ommission|[Cc]ommittee|[Gg]roup|"
        r"[Cc]ouncil|[Mm]echanism)(?: (?:on|for) [^;:.\"]{1,80}?)?)(?:, [^,;]{1,60},)? (?P<modal>will|would|shall|should) "
        r"(?P<what>(?:also |continue to )*meet\b[^.;:\"]*)"
    )
    # "ministers exchanged five accords that, among other things, would enable joint patrols off X, and the mapping of
    # Y": what documents signed make possible, thing by thing.
    DOCUMENTS_PERMIT = re.compile(
        r"\b(?:agreements?|accords?|memorand(?:a|ums?)|documents|instruments|MoUs)\b[^.;:\"]{0,40}? (?:which|that),?"
        r"(?: among other things,)? (?:will|would) (?:permit|allow|enable|provide for|ensure) "
        r"(?P<what>[^.;:\"]+)"
    )
    DECLARED = re.compile(r"\bdeclared (?:(?:19|20)\d\d )?(?:as )?the (?P<what>Year of [^,.;]+)")
    # "A joint commission will be set up to oversee the projects", "direct flights are to be launched next year":
    # a thing of the sides to be made, opened or set up, told in the passive.
    THING_TO_BE = re.compile(
        # (a sentence's own opening after a word that adds it to what was signed: "Furthermore, coast guard
        # training will be expanded ...", "; and grants will be awarded to ...")
        r"(?:^" + _ITEM + r"|^(?:Moreover|Furthermore|In addition|Additionally|Likewise|Similarly|Also),? |"
        r"[;:] [\"\u201c]?(?:and )?|, and |\bwhile |"
        # (in an official's words: "a spokesman said a joint centre would be established in the country")
        r"\b(?:spokes(?:man|woman|person)|minister|ministry|official|officials|statement) (?:also )?said (?:that )?)"
        r"(?P<who>(?!(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Tt]here)\b)"
        r"(?:(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[Nn]ew|[Dd]irect|[Jj]oint) )?(?:(?!"
        + _NOT_SUBJECT
        + r")[\w'\u2019-]+ |and (?=[A-Z])){0,6}?"
        r"(?!" + _NOT_SUBJECT + r")[\w-]+) (?P<modal>will|would|shall|is to|are to) (?:also |soon |now |further )?"
        r"(?P<what>be (?!(?:signed|discussed|presented|held|hosted|attended|received|welcomed|given|offered|served|"
        r"followed|accompanied|shown|seen|told|asked|met|greeted|taken|"
        # News of the visit, not an act: "More details will be announced later", "a statement will be issued".
        r"announced|issued|published|released|disclosed|reported|revealed|briefed|informed|decided|determined|known)\b)"
        r"[a-z]+(?:ed|en|t|up)\b(?:[^.;:\"]|\.(?=\d))*)"
    )
    # "agreed that the joint commission would meet twice a year", "the communique said the fisheries protocol would be
    # renewed": what both sides' word binds a thing of theirs to (a body, a treaty, their teams), told with its subject.
    AGREED_OF_A_THING = re.compile(
        r"(?:\b(?:agreed|agrees|(?<=sides )agree|(?:statement|communiqu[e\u00e9]|declaration|accord|memorandum|treaty) "
        r"(?:also |further )?(?:said|says|states|stated|stipulates|stipulated|provides|provided|notes|noted))(?: that)? "
        # "agreed that ministers should meet ..., and that the treaty should be made to work": each clause agreed.
        r"|\band (?P<next>that) )"
        # ("agreed that more exchanges between them should be held": a quantity of a thing to be done.)
        r"(?P<who>(?:the|their|its|a|an|more|further|greater|regular|closer) (?:(?!"
        + _NOT_SUBJECT
        + r")[\w'\u2019-]+ ){0,7}?(?!"
        + _NOT_SUBJECT
        + r")"
        r"[\w'\u2019-]+)(?:, [^,;]{1,80},)? (?P<modal>would|should|will|shall|(?:is|are) to) "
        r"(?P<what>[a-z](?:(?!,? and that )[^.;:\"]|\.(?=\d))+)"
    )


_SIDES = (
    _Programmes.SIDE_WOULD,
    _Programmes.SIDE_READY,
    _Programmes.SIDE_AND_WOULD,
    _Programmes.SIDES_WILL,
    _Programmes.SIDE_WILL_GIVE,
    _Programmes.DOCUMENT_TO,
    _Programmes.SIDE_STANDS_READY,
)

# A clause that sums up a whole trip by its outcomes ("a visit during which the two sides agreed to ..."): a lead's
# digest of what the story then reports with its figures and speakers, so no pledge of its own.
_TRIP_SUMMARY = re.compile(r"\b(?:trip|visit|tour|stay|journey)\b[^.;]*?\b(?:in|during|on) which\b[^,;]*$")
_ACTION_LEADS = re.compile(
    r"^(?:continue to |honou?r (?:its|their|his|her) (?:commitments?|pledges?|promises?) to |also |further |jointly |"
    r"work (?:together )?to |seek to |try to |strive to )+"
)
# What opens no verb phrase: determiners, pronouns, prepositions, conjunctions, adverbs of time, participles, a
# plural noun ("officials said") or a number.
_NOT_ACTIONS = re.compile(
    r"^(?:(?:a|an|the|its|their|his|her|this|that|these|those|it|they|he|she|we|including|such as|as well as|which|"
    r"who|whom|whose|where|when|while|after|before|since|until|as|if|but|or|so|than|because|from|for|to|in|on|at|by|"
    r"with|of|about|into|over|under|first|now|then|later|still|already|not)\b|"
    # Verbs that only look like participles: "speed up talks", "bring trade closer", "exceed the target".
    r"(?!(?:bring|spring|string|swing|cling|fling|sting)\b)[a-z]+ing\b|"
    r"(?!(?:speed|need|feed|proceed|exceed|succeed|breed|embed|shed|seed|heed|bleed|wed)\b)[a-z]+ed\b|"
    r"(?!(?:supply|apply|comply|multiply|imply|reply|rely|ally|fly)\b)[a-z]+ly\b|"
    r"[a-z]+[^su\s]s\b|\d)"
)
_SECTOR = (
    r"(?:trade|investment|the economy|economy|economic affairs|agriculture|science|technology|culture|education|"
    r"tourism|energy|health|mining|fisheries|infrastructure|industry|finance|security|defen[cs]e|people-to-people "
    r"exchanges|other (?:areas|fields|sectors)|(?:(?:regional|international|global|multilateral)(?: and |, )?)+ "
    r"(?:affairs|issues|organi[sz]ations|fora|forums))"
)
# How often a standing meeting is held: "every two years", "at least once a year", "more often", "on a regular basis".
_FREQUENCY = (
    r"(?:regularly|annually|periodically|every (?:year|other year|(?:[\w-]+ )?(?:years|months))|each year|"
    r"(?:at least )?(?:once|twice|[\w-]+ times) (?:a|per|every) (?:year|month)|more (?:often|frequently|regularly)|"
    r"on a regular basis)\b"
)
_LIGHT_VERBS = re.compile(
    # A meeting is no pledge, unless a standing one ("hold regular consultations", "hold the commission's meetings
    # annually");
    # (nor visiting, unless each other's country with a frequency: "ministers should visit each other more often");
    r"^(?:be|have|do|meet(?![^,;]*\b"
    + _FREQUENCY
    + r")|visit(?! each other\b[^,;]*\b"
    + _FREQUENCY
    + r")|keep(?! [a-z]+ing\b)|stay|remain|"
    r"talk|discuss|go|focus|struggle|fail|hesitate|become|"
    # Weighing a matter is none, unless a particular one, named with what it is of, on or for ("study the feasibility
    # of a rail link", "look at direct flights from Lima", "consider favourably Kenya's request to join"): "study
    # the issue" names nothing.
    r"(?:consider|study|look (?:at|into)|look(?! (?:at|into)\b)|examine|explore)(?! (?:favou?rably |positively |jointly |"
    r"closely )?(?:the |a |an |their |its |[\w-]+['\u2019]s )?(?:[\w-]+ ){1,4}?(?:of|on|for|from|to|between|with) [\w-])|"
    # Carrying on is none, unless with what is carried on and where or on what ("continue work on cyber security",
    # "continue their talks at a second meeting"): "continue the talks" names nothing new.
    r"continue(?! (?:the |their |its |his |her |our )?(?:[\w-]+ ){1,3}?(?:on|in|at|between|with|of|towards?|for) [\w-])|"
    # nor holding a meeting, unless a standing one, or one with its matter or time ("hold negotiations aimed at
    # concluding a treaty", "hold celebrations in both countries", "hold the next session of the commission"); a
    # city alone ("hold talks in Nairobi") says only where.
    r"hold(?! (?:regular|annual|periodic|yearly|monthly|biennial) )(?![^,;]*\b" + _FREQUENCY + r")"
    r"(?! (?:the |their |its |a |an )?(?:[\w-]+ ){1,4}?(?:on|between|among|aimed at|of|in(?! [A-Z])|at(?! [A-Z])|to (?!discuss\b)[a-z]+) [\w-])|"
    # cooperating is none, unless in a matter of its own ("cooperate in clearing mines", "on civil protection"), not a
    # sector of any communique ("cooperate in trade and energy").
    r"cooperate(?! (?:closely |jointly )?(?:in|on) (?!(?:the |[\w-]+ )?(?:fields?|areas?|sectors?|domains?)\b)"
    r"(?!(?:all|various|many|every|several|other)\b)"
    # ("cooperate in China's modernisation": a side's own matter, by its possessive.)
    r"(?:[A-Z][\w-]*['\u2019]s )?(?!(?:the )?" + _SECTOR + r"(?:$|[,;.]| and | as well as ))[a-z])|"
    r"work (?:together|closely|jointly)(?=$| to (?:strengthen|deepen|enhance|promote|further|advance|develop|improve)\b)|accept (?:an|the|their|his|her) invitation|"
    # A stance kept, no act: "pursue its policy of non-alignment", "adhere to the one-China principle".
    r"pursue (?:its|their|his|her|our) (?:[\w-]+ ){0,2}?polic(?:y|ies)|adhere to|uphold|abide by|refrain from|"
    r"(?:honou?r|fulfil|fulfill|meet) (?:all )?(?:its|their|his|her|our|the) (?:[\w-]+ )?(?:obligations|commitments)|"
    # A journey to come is a visit, not a pledge: "would travel to Europe later in the year".
    # Working with a side is none, unless on a matter of its own ("work with Kenya on a plan to process cocoa"), not a
    # sector of any communique ("work with Kenya on trade").
    r"travel|come|return|attend|work (?:together |closely |jointly )?with(?! [^,;]{1,40}? on (?!(?:the )?"
    + _SECTOR
    + r"(?:$|[,;.]| and ))(?:a|an|the|[\w-]+['\u2019]s) [a-z])|"
    # The acts of a programme of ceremony are the visit's, not pledges: "will lay a wreath at the memorial".
    r"lay (?:a |the )?wreaths?|pay (?:his |her |their |its )?(?:last )?(?:respects|tribute|homage)|plant (?:a |the )?tree|"
    r"inspect (?:a |the )?guard of hono(?:u)?r|"
    # An anniversary to be marked, unless with something to do: "mark it with a programme of events".
    r"(?:mark|celebrate|commemorate)\b(?![^,;]*\bwith\b)|"
    # A hope for peace at large names nothing to do: "contribute to a peaceful resolution".
    # ("seek a fair and reasonable settlement": whatever its qualities.)
    r"(?:contribute to|work for|seek|help) (?:a |an |the )?(?:[a-z]+,? (?:and )?){0,3}?"
    r"(?:resolution|solution|settlement|peace)\b|"
    # A traveller's time ("will spend three days in Laos") and a wish ("would like to attract ...") bind no one.
    r"spend (?:the |a |an )?(?:[\w-]+ ){0,2}(?:days?|weeks?|nights?|hours?|months?|evening|morning|afternoon|weekend)\b|"
    r"(?:like|love|prefer|wish|hope) to|"
    # Signing documents is the agreements' matter, counted or named there: "will sign a number of agreements".
    r"sign (?:[\w-]+ ){0,4}?(?:agreements|accords|contracts|deals|documents|memorand(?:a|ums)|protocols|treaties|MoUs)"
    r")\b"
)
# An action on the relationship itself ("strengthen the strategic partnership", "upgrade relations to ...") is a
# partnership's matter, and one on cooperation at large ("deepen cooperation in all areas") names nothing to do;
# "restore diplomatic relations" (a formal act) and "cooperation in food security" (a field) do.
# "Their cooperation" is the cooperation there is, whatever its field ("strengthen their cooperation in the Strait"),
# and cooperation in the broad sectors of any communique ("in trade, agriculture, science and technology") is
# cooperation at large; a particular matter ("cooperation in food security") is something to do.
_VAGUE_OBJECTS = re.compile(
    r"^[a-z]+ (?:up |on |forward |towards? )?(?:(?:the|that|this|their|our|its|his|her|a|an|new|bilateral|mutual|"
    r"all-round|overall|close|closer|friendly|good|economic|political|strategic|two-way|practical|comprehensive|"
    r"special|further|traditional|existing|and|the two countries'?) )*"
    # A partnership by its name is one too: "deepen the Comprehensive Partnership they concluded in 2013".
    r"(?:(?:(?!diplomatic\b)(?:[a-z-]+|[A-Z][a-z-]+) ){0,4}?(?:ties|relationship|friendship|[Pp]artnership)\b"
    r"|(?:relations|trust|understanding|engagement)\b"
    r"|(?:cooperation|communication|contacts?|exchanges|dialogue|coordination|consultations?)"
    r"(?: (?:between|with|among) [^,;]+| (?:in|on) (?:all|various|many|every) (?:areas|fields|sectors)[^,;]*|"
    r" (?:in|on) (?:the )?(?:(?:fields?|areas?|sectors?) of )?"
    + _SECTOR
    + r"(?:(?:,|,? and|,? as well as) "
    + _SECTOR
    + r")*| (?:that|which) [^,;]+)?$)"
    r"|^[a-z]+ (?:up )?(?:their|our|its) (?:[a-z-]+ ){0,3}?(?:cooperation|coordination|dialogue|exchanges)\b"
    # "promote peace and stability in the region": goods at large, nothing to do.
    r"|^[a-z]+(?: to)? (?:the )?(?:(?:regional|global|world|lasting|common|shared|mutual|international) )?"
    r"(?:peace|stability|security|prosperity|development|growth)"
    r"(?:(?:,| and) (?:(?:regional|global|common|shared|mutual) )?(?:peace|stability|security|prosperity|development|"
    r"growth))*(?: (?:in|of|across|to|for) (?:the|their|all|both) (?:whole |entire |wider )?"
    r"(?:region|world|continent|two countries|peoples?))?$"
    # "continue to support Kenya": a side's goodwill, no act named.
    r"|^(?:support|help|back|assist|aid) [\w'\u2019-]+$"
    # "launch the relevant work as soon as possible": work on nothing named.
    r"|^[a-z]+ (?:the |their |its )?(?:relevant |necessary |related |preparatory )?work\b(?! (?:on|of|to|with|for)\b)"
    # "the elevation of bilateral relations from ... to a ...": a change of standing, the partnership's record.
    r"|^(?:the )?(?:elevation|upgrad(?:e|ing)|raising|lifting) of (?:the |their |its |bilateral |[A-Z][\w-]+ )*"
    r"(?:relations|ties|relationship|partnership)\b"
    # "move it up", "take them forward": an act on a thing named before by a pronoun names nothing of its own.
    r"|^[a-z]+ (?:it|them|this|that)(?: (?:up|forward|back|down|on|out|through|again|ahead))?$"
    # "deepen it in the areas of ...": the relationship or partnership named before.
    r"|^(?:deepen|strengthen|enhance|expand|develop|advance|further|consolidate|elevate|upgrade|broaden) (?:it|them)\b"
)


def _actions(clause: str) -> list[str]:
    """The actions of a clause of coordinated verb phrases ("restore relations and reopen embassies, resume
    flights, and allow ..."; "would raise ..., and would increase ..."): one per piece the commas or a second
    "would" separate, each opening with a verb."""
    pieces: list[str] = []
    parts = rx.split(r"(,? and (?:would|will|to) (?=[a-z])|, (?:would|will) (?=[a-z]))", clause.strip())
    merged = [parts[0]]
    for joint, part in zip(parts[1::2], parts[2::2], strict=True):
        if joint.endswith(" to ") and rx.search(r"\w \bto [a-z]+\b", merged[-1]):
            merged[-1] += joint + part  # "support efforts to host refugees and to guard borders": one action
        else:
            merged.append(part)
    for part in merged:
        pieces += _coordinated(part)
    return pieces


def _coordinated(clause: str) -> list[str]:
    pieces: list[str] = []
    listing = False  # the pieces before went on a list of nouns
    parts = rx.split(r", and (?=[a-z])|, (?=[a-z])", clause.strip())
    if len(parts) > 1:
        # "build a hospital, upgrade the port and train 200 nurses": a list's last "and" with no comma opens one more
        # action (a verb, then its object).
        last = rx.split(r" and (?=[a-z]+ (?:(?:the|a|an|its|their|his|her)\b|\d))", parts[-1], maxsplit=1)
        parts = parts[:-1] + last
    for piece in parts:
        if rx.match(r"and (?:[A-Z]|(?:the|a|an|he|she|they|it|we|some|many|most|all|each|none|much)\b)", piece.strip()):
            break  # ", and Albanese thanked ...": a new clause with its own subject
        if rx.match(
            r"(?:and )?(?:as|while|when|though|although|because|whereas|after|before|since|which|who|where|on top of|"
            r"in addition to|besides|alongside)\b",
            piece.strip(),
        ):
            break  # ", as the minister became ...", ", though ...": an aside, not one more item
        # ", officials said", ", Solberg said": the source, not what is said.
        source = rx.search(
            r"(?:^|,? )(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}|(?:[a-z]+ )?officials|(?:the|a) [a-z]+) "
            r"(?:said|says|added|reported|told reporters)$",
            piece.strip(),
        )
        if source:
            piece = piece.strip()[: source.start()].strip()
            if not piece:
                break
        if pieces and rx.match(r"to (?:the )?[A-Z]", piece.strip()):
            # "send its envoy, Li Hui, to Ukraine": a destination after a name set off by commas, not an action.
            pieces[-1] += ", " + piece.strip()
            continue
        if pieces and rx.match(r"(?:in order |so as )?to (?:help|enable|allow) ", piece.strip()):
            # "offer Zambia a loan, repayable over ten years, to help the country ...": the purpose of the act before,
            # no act of its own.
            pieces[-1] += ", " + piece.strip()
            continue
        marked = bool(rx.match(r"(?:would|will|to) ", piece.strip()))  # "..., to reactivate ...": an action, said so
        piece = _ACTION_LEADS.sub("", rx.sub(r"^(?:would|will|to) ", "", piece.strip()))
        # "agreed to deepen ties, elevating energy to a third pillar of cooperation": the participle that tells how
        # the act before is done, lifting a matter to a standing, is an act of its own.
        lifting = rx.match(
            r"(?P<verb>elevating|raising|lifting|upgrading) (?=(?:[\w-]+ ){1,4}?to (?:a|an|the)\b)", piece
        )
        if pieces and lifting:
            verb = {"elevating": "elevate", "raising": "raise", "lifting": "lift", "upgrading": "upgrade"}[
                lifting.group("verb")
            ]
            piece = verb + " " + rx.sub(r"[\u201c\u201d\"]", "", piece[lifting.end() :])
        noun_list = len(piece.split()) == 1 or bool(rx.match(r"[a-z]+ and ", piece))
        # "work on policing, border protection, cyber security and ...": nouns that go on the object of a
        # preposition ending the action before, not actions of their own.
        object_list = bool(
            pieces
            and not marked
            and (
                listing
                or (
                    rx.search(
                        # "a plan covering training, exchanges and ...": the object of a participle, too.
                        r"\b(?:on|in|of|about|against|for|with|including|covering|involving|concerning|regarding) "
                        r"[\w'-]+(?: [\w'-]+){0,3} ?$",
                        pieces[-1],
                    )
                    # The item that closes the list with its "and" may run longer: "in A, green energy and X industries".
                    and len(piece.split()) <= (7 if rx.search(r"\w and \w", piece) else 5)
                )
            )
            and not rx.match(r"[a-z]+ (?:the|a|an|its|their|his|her|our|more|new|up)\b", piece)
        )
        if pieces and (noun_list or object_list or rx.match(r"(?:including|such as|as well as)\b", piece)):
            # "defence cooperation, including joint exercises", "contacts in science, culture and sport": one.
            pieces[-1] += ", " + piece
            listing = True
            continue
        listing = False
        if not piece or _NOT_ACTIONS.match(piece):
            break  # a relative clause or an aside: the actions end here
        if rx.match(r"(?:[\w-]+ ){1,5}(?:will|would|was|were|is|are|has|have|had)\b", piece):
            break  # "some of that training will take place here": a clause with a subject of its own
        # "pledged to deepen ... and signed an agreement ...": the sentence's own next verb ends the pledge.
        told = rx.search(r",? and (?:then |also |later )?(?:[a-z]+ed|held|met|made|took|gave|went|told|said)\b", piece)
        if told:
            pieces.append(piece[: told.start()])
            break
        piece = rx.split(r",? but ", piece)[0]
        # "assist in building a plant and in restoring the network", "continue work on cyber security and on resolving
        # the consular problems": a second gerund after the same preposition is a second act, told by its gerund.
        second = rx.match(r"(?P<head>.*?\b(?P<prep>in|on) )(?P<a>.+?),? and (?P=prep) (?P<b>[a-z]+ing\b.*)$", piece)
        if second:
            pieces += [second.group("head") + second.group("a"), second.group("b")]
            continue
        pieces.append(piece)
    return pieces


# Words one pledge told twice may swap: the verbs of opening a process and the nouns of talks ("start talks on X" in a
# lead, "begin consultations on X" in the body).
_SAME_WORD = {
    "start": "begin",
    "launch": "begin",
    "consultations": "talks",
    "negotiations": "talks",
}


def _content_words(text: str) -> set[str]:
    """The words of a pledge that say what it is: no articles, prepositions or conjunctions (words it may swap
    for their like, as one)."""
    return {_SAME_WORD.get(word, word) for word in rx.findall(r"[a-z0-9'-]+", text.lower())} - {
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "to",
        "for",
        "and",
        "or",
        "with",
        "at",
        "by",
        "its",
        "their",
        "his",
        "her",
    }


# Verbs of what two leaders do together on the day, told in the future tense: their programme, not a pledge.
_ITINERARY_VERBS = re.compile(
    r"(?:also |then |later |jointly )?(?:be|hold|meet|discuss|talk|visit|travel|attend|sign|witness|address|lay|tour|"
    r"dine|have|host|take|go|fly|head|leave|return|open the|chair|co-chair|speak|give|deliver|review|inspect|watch|"
    r"receive|greet|mark|celebrate|join|continue|see|pay)\b"
)


def _vague(action: str) -> bool:
    """An action that names no particular thing to do: "strengthen ties", "meet regularly", "be partners"
    (accepting an invitation is a visit to come, not a pledge)."""
    kept = rx.match(r"(?:keep|kept) (?=[a-z]+ing\b)", action)
    if kept:
        # "keep providing aid to the islands" is as particular as what is kept up: "keep improving relations" is not.
        gerund, _, rest = action[kept.end() :].partition(" ")
        stem = gerund[:-3]  # "talking" talk, "improving" improv(e), "getting" get(t)
        return any(_vague(f"{verb} {rest}".strip()) for verb in (stem, stem + "e", stem[:-1]))
    return bool(_LIGHT_VERBS.match(action) or _VAGUE_OBJECTS.match(action))


class ProgrammeRules(ReaderCore):
    """The rules that read pledges with no figure."""

    def _cut_off(self) -> bool:
        """Whether the page ends mid-sentence: on a comma, or on a word the article writes nowhere else and the
        gazetteer does not know ("... a new clin", "... a clinic in Tur"); a last sentence that only lacks its
        full stop ("... a port in Callao", "... talks with Ruto") is whole."""
        end = self.text.rstrip()
        if end.endswith(","):
            return True
        last = rx.search(r"(?<![\w'-])([A-Za-z]+)$", end)
        if last is None:
            return False
        word = last.group(1)
        known = gz.capital_country(word) or word in gz.cities() or gz.country_names().get(word)
        return not known and not rx.search(r"\b" + word + r"\b", end[: last.start()])

    def programmes(self, index: int, sentence: Sentence) -> None:
        """Pledges with no figure: initiatives proposed, funds launched, debts to be written off, what the sides
        agreed to do, what a side said it would do."""
        text = sentence.text
        if index == len(self.sentences) - 1 and self._cut_off():
            # A page cut off mid-sentence ("Chile is to fund a new clin"): its last clause is unfinished, the clauses
            # before it are whole ("In return, she offered help to X, and ann").
            cut = max(text.rfind(", "), text.rfind("; "))
            if cut <= 0:
                return
            sentence = Sentence(sentence.start, sentence.start + cut, text[:cut], sentence.paragraph)
            text = sentence.text
        if index < self.lead:
            return  # a headline repeats, in short, what the story tells in full
        for pattern in (
            _Programmes.PLEDGED,
            _Programmes.PLEDGED_THAT,
            _Programmes.PROPOSED,
            _Programmes.PROPOSED_BY,
            _Programmes.LAUNCHED,
            _Programmes.WOULD,
            _Programmes.AGREED,
            _Programmes.AGREED_TO_DO,
            _Programmes.SIDE_WOULD,
            _Programmes.SIDE_READY,
            _Programmes.SIDE_AND_WOULD,
            _Programmes.SIDES_WILL,
            _Programmes.SIDE_WILL_GIVE,
            _Programmes.DOCUMENT_TO,
            _Programmes.SIDE_STANDS_READY,
            _Programmes.SIDE_SUPPORTS,
            _Programmes.DOCUMENTS_PERMIT,
            _Programmes.DECLARED,
            _Programmes.AGREED_OF_A_THING,
            _Programmes.THING_TO_BE,
            _Programmes.BODY_MEETS,
        ):
            for match in pattern.finditer(text):
                before = text[: match.start()]
                if pattern is _Programmes.DOCUMENTS_PERMIT:
                    if not rx.search(r"\b(?:signed|concluded|inked|exchanged)\b", before) or FUTURE.search(before):
                        continue  # documents signed, not ones to be
                    for thing in rx.split(r",? and (?=the |[a-z])|, (?=the |[A-Z])", match.group("what")):
                        thing = rx.split(r",? (?:which|who|as|while|though|although|but)\b", thing)[0].strip()
                        if len(thing.split()) >= 3:
                            self._programme(index, sentence, match, before, thing, pattern)
                    continue
                if pattern is _Programmes.SIDE_SUPPORTS:
                    if self._is_party(match.group("who"), text[: match.start("who")], index):
                        verb = "back" if match.group("verb").startswith("back") else "support"
                        self._programme(index, sentence, match, before, f"{verb} {match.group('what')}", pattern)
                    continue
                if pattern is _Programmes.WOULD and not rx.search(
                    r"\b(?:said|told|pledged|promised|announced|added)\b", before
                ):
                    continue
                met_with = match.groupdict().get("with") or match.groupdict().get("with_act")
                if pattern in (_Programmes.AGREED_TO_DO, _Programmes.PLEDGED) and met_with:
                    if not self._of_the_visit(met_with, index):
                        continue  # "agreed with Sudan's leader to ...": a side of the visit, or none
                    before = ""  # what the two leaders agreed is both sides' word, not the first one's
                if (
                    pattern is _Programmes.AGREED_TO_DO
                    and match.group("one")
                    and not self._is_party(match.group("one"), text[: match.start("one")], index)
                ):
                    continue  # "agreed that Ukraine would ...": a side of the visit, or none
                if pattern in (_Programmes.SIDE_WILL_GIVE, _Programmes.SIDE_STANDS_READY) and not self._is_party(
                    match.group("who"), text[: match.start("who")], index
                ):
                    continue
                if (
                    pattern is _Programmes.SIDES_WILL
                    and match.group("pair")
                    and not all(self._is_party(side, "", index) for side in match.group("pair").split(" and "))
                    and not self._leaders_act(match.group("pair"), match.group("what"), index)
                ):
                    continue  # "Norway and Kenya will ...": both sides of the visit, or the visit's two leaders
                if pattern in _SIDES[:3] and not (
                    rx.search(
                        # ("agreed that ministers should meet, and that China would send ...": each side's word agreed.)
                        r"\b(?:said|says|say|declared|stated|told|announced|added|confirmed|promised|pledged|vowed|assured|"
                        r"reaffirmed|reiterated|affirmed|indicated|agreed)\b",
                        text[: match.start("who")],
                    )
                    and self._is_party(match.group("who"), text[: match.start("who")], index)
                ):
                    continue  # "the talks would be hard": only a side's own word is a pledge
                if pattern in _SIDES[:3] and rx.search(
                    # "Critics said the government would ...", "Opposition leaders said they would ...": no side's word.
                    r"\b(?:[Oo]pposition|[Cc]ritics?|[Aa]nalysts?|[Oo]bservers?|[Pp]rotesters?|[Dd]emonstrators?|[Aa]ctivists?|"
                    r"[Rr]ebels?|[Rr]esidents?|[Ll]awmakers?|[Ll]egislators?|[Mm]ilitants?|[Ii]nsurgents?|(?:trade|labou?r) unions|[Ee]conomists?)\b"
                    r"[^,;]*$",
                    rx.split(r"[;]|, (?:and|but|while) ", text[: match.start("who")])[-1],
                ):
                    continue
                if rx.search(r"\b(?:did not|not|never|refused|declined)\b|\b[Nn]o $", before[-30:]):
                    continue
                if (
                    (
                        pattern is _Programmes.AGREED_TO_DO
                        or pattern in _SIDES
                        # "a regional summit, where they signed a declaration pledging to ...": the summit's word (a
                        # leader pledging at a summit gives his own).
                        or pattern is _Programmes.PLEDGED
                        and rx.search(r"\b(?:declaration|communiqu\w*|statement|leaders|they)\b", before)
                    )
                    and rx.search(r"\b[Ss]ummit\b", before)
                    # "On the sidelines of the summit, the two leaders agreed to ...": the pair's own word.
                    and not rx.search(r"\b(?:sidelines|margins|fringes?|side-lines)\b", before)
                ):
                    continue  # "the G7 summit, where leaders agreed to ...": the summit's word, not the visit's
                if _TRIP_SUMMARY.search(before):
                    continue  # "after a trip in which the two countries agreed to ...": the body says what and how
                if pattern is _Programmes.PLEDGED and rx.match(
                    r"(?:aims|plans|intends|decided|decides)\b", match.group(0)
                ):
                    # "Japan plans to ...", "the two sides decided to ...": a side's plan or decision; not a body's aim
                    # ("The alliance, launched in 2015, aims to ...") nor a person's own ("Ruto decided to cut short
                    # his visit").
                    subject = rx.search(
                        r"(?P<s>(?:[Tt]he )?[A-Z][\w-]+(?: [A-Z][\w-]+)*(?: side| government)?|[Tt]he (?:government|side)|"
                        r"(?:[Tt]he |[Bb]oth )?(?:two )?(?:sides|countries|governments|leaders|parties|nations)|[Tt]hey)"
                        r"(?: (?:also|jointly|then|later|have|had|has))*$",
                        rx.sub(r", [^,;]*,$", "", before.rstrip()),
                    )
                    who = subject.group("s") if subject else ""
                    person = (
                        who
                        and not rx.search(r"\b(?:sides|countries|governments|leaders|parties|nations|[Tt]hey)$", who)
                        and (self.is_leader(who) or self.person(rx.sub(r"^[Tt]he ", "", who)) in self.people)
                    )
                    if not subject or person or not self._is_party(who, "", index):
                        continue
                if pattern in (_Programmes.AGREED_TO_DO, _Programmes.PLEDGED) and not self._sides_act(before, index):
                    continue  # "Russia and Ukraine agreed to a ceasefire": another pair's word
                # The clause of the side's own word: "relations go back to 1949, and that Sweden would ..." is no history.
                own_start = match.start("who") if match.groupdict().get("who") else match.start()
                clause = rx.split(r"; |, (?:and|but|while) ", text[:own_start])[-1]
                # A year in an aside (", who last met in 2019,") or after "since" dates something else, not the word.
                dated = rx.sub(r"\bsince\b[^,;]*|, [^,;]*,(?= )", " ", clause)
                years = [int(y) for y in rx.findall(r"\b(?:19|20)\d\d\b", dated)]
                if any(y < self.published.year for y in years):
                    continue  # "the 1956 Joint Declaration, in which Moscow offered to ...": history, not a pledge
                if pattern is _Programmes.BODY_MEETS and not rx.search(
                    # A body of both sides: joint, mixed or named by the pair ("the Indo-Soviet Commission").
                    r"\b(?:[Jj]oint|[Mm]ixed|[Bb]ilateral|[Ii]nter-?governmental)\b|\b[A-Z][\w.]+-[A-Z][\w.]+\b",
                    match.group("who"),
                ):
                    continue
                if pattern in (_Programmes.AGREED_OF_A_THING, _Programmes.THING_TO_BE, _Programmes.BODY_MEETS):
                    what = self._thing_bound(match, index)
                    if what:
                        self._programme(index, sentence, match, before, what, pattern)
                    continue
                committed_to = (match.groupdict().get("what") or match.groupdict().get("noun") or "").strip()
                if pattern is _Programmes.PLEDGED and rx.match(
                    r"(?!(?:bring|spring|string|swing|cling|fling|sting|during)\b)[a-z]+ing\b", committed_to
                ):
                    # "committed to training police officers", "their commitment to building a port": the act as a
                    # gerund, up to an aside.
                    act = rx.split(
                        r",? (?:which|who|as|while|though|although|but|after|before|and then)\b", committed_to
                    )[0]
                    self._programme(index, sentence, match, before, act, pattern)
                    continue
                if pattern in (_Programmes.AGREED_TO_DO, _Programmes.PLEDGED) or pattern in _SIDES:
                    found = match.groupdict()
                    noun = found.get("noun") or ""
                    kept = rx.search(r" (?:was|were|is|are|has|had|have|remains|remained) ", noun)
                    if kept:
                        # "A Japanese promise to build a dam was never kept": the pledge ends at the sentence's verb,
                        # and one the sentence says was not kept is none.
                        if rx.match(r"(?:never|not|broken|abandoned|dropped|shelved|withdrawn)\b", noun[kept.end() :]):
                            continue
                        found["noun"] = noun[: kept.start()]
                    if pattern in _SIDES[:3] and _BEFALLS.match(found.get("what") or ""):
                        continue  # "Ruto told Ota that Kenya would need more investment": no act
                    pieces = (
                        [(found.get("support") or found.get("count") or found.get("act") or "").strip()]
                        if found.get("support") or found.get("count") or found.get("act")
                        # Each act abstained from, the negation with it ("not sign ..., nor to allow ...").
                        else [
                            f"{found['neg']} {act}"
                            for part in rx.split(r",? nor (?:to )?(?=[a-z])", found.get("what") or "")
                            for act in _actions(part)
                        ]
                        if found.get("neg")
                        else _actions(
                            found.get("what")
                            or found.get("that")
                            or found.get("also")
                            or found.get("plan")
                            or found.get("noun")
                            or ""
                        )
                    )
                else:
                    # "agreed to establish a dialogue ... and to hold regular consultations ...", "would open its
                    # markets ... and would send a mission ...": each infinitive or "would" after an "and" one more act.
                    pieces = [
                        piece.strip()
                        for piece in rx.split(r",? and (?:to|would|will) (?=[a-z])", match.group("what"))
                        if piece.strip()
                    ]
                for what in pieces:
                    self._programme(index, sentence, match, before, what, pattern)
        # "The two sides agreed:" heading items that each open with a verb ("1. to open consulates ...;"): each an
        # action agreed, as if the head's verb stood before it.
        self._announced_item(index, sentence)
        head = self.list_head(index)
        item = _LISTED_ACTION.match(text)
        if item and head and _AGREEING_HEAD.search(head) and not _NOT_ACTIONS.match(item.group("what")):
            for what in _actions(item.group("what")):
                self._programme(index, sentence, item, "", what, _Programmes.AGREED_TO_DO)

    def _announced_item(self, index: int, sentence: Sentence) -> None:
        """An item of a list headed as what a side announced or agreed ("What Obama announced" or "Outcomes:", then
        "- Licensed travel becomes easier, and U.S. banks will be allowed to ..."): each clause of what is to be."""
        item = _BULLET.match(sentence.text)
        if not item:
            return
        head = None
        for back in range(index - 1, max(-1, index - 20), -1):
            body = self.sentences[back].text.strip()
            if _BULLET.match(body):
                continue
            # A head: a line ending in a colon, or a title (a few words with no full stop, "3. What Mwangi announced").
            title = rx.sub(r"^\(?\d{1,2}[.)]\s+", "", body)
            if body.endswith(":") or (len(title.split()) <= 8 and not rx.search(r"[.!?\"\u201d]$", title)):
                head = title
            break
        if not head or not _ANNOUNCING_HEAD.search(head):
            return
        # "- Trade: Leaders will ...": the item's own label is no part of it.
        listed = rx.sub(r"^[A-Z][\w ,&-]{0,30}: ", "", item.group("item").rstrip(" ."))
        for clause in rx.split(r"; |, and (?=(?:the |a |an )?[A-Z])", listed):
            amounts = [m for m in AMOUNT.finditer(clause) if currency_code(m.group("sign"), m.group("unit"))]
            # What the clause says, without its asides ("Relations, severed in 1961, are to be restored").
            said = rx.sub(r", [^,]{1,80},", "", clause)
            to_come = _TO_COME.search(said)
            if amounts or not to_come or len(said.split()) < 4:
                continue  # an amount is money's; a fact told (no word of what is to be) is none
            if rx.search(r"\b(?:[a-z]{3,}ed|said|says|told|undertook)\b", said[: to_come.start()]):
                # "Leaders launched talks, with a round to be held ...": what was done, and its sequel; "Xi said China
                # would ...": a side's word, read by the sentence's own rules.
                continue
            if any(f.kind == "pledges" and str(f.fields["what"]) in said for f in self.findings):
                continue  # "- Norway will insure ferries": a side's act, read by the sentence's own rules
            found = rx.search(re.escape(clause), sentence.text)
            if found:
                self._programme(index, sentence, found, head + " ", said, _Programmes.THING_TO_BE)

    def _thing_bound(self, match: re.Match, index: int) -> str | None:
        """What a thing of both sides is bound to ("the joint commission will meet each year"), with its subject; none
        when the subject is a side (read by the side's own rules), another pair's, or the act names nothing to do."""
        who = match.group("who")
        if match.groupdict().get("next") and not rx.search(
            r"\bagreed that\b|\b(?:statement|communiqu[e\u00e9]|declaration) (?:also )?(?:said|says|states|stated)\b",
            match.string[: match.start()],
        ):
            return None  # "said that ... and that ...": a side's word, read by its own rules
        if rx.fullmatch(
            r"(?:the|their) (?:two |both )?(?:sides|countries|governments|leaders|parties|nations)", who, re.IGNORECASE
        ):
            return None
        sides = {self.leader_country, self.partner(index), *(leg.country for leg in self.legs)}
        named = {code for _, _, code in gz.countries_in(who)} | {
            gz.adjectives()[m.group(1)] for m in gz.adjective_pattern().finditer(who)
        }
        if named - sides - {None}:
            return None  # "agreed that the Ukrainian army would ...": a third country's
        act = rx.split(
            r",? (?:so that|in order to|which|who|where|while|though|although|but|after|before|as)\b|, and (?=[A-Z])",
            match.group("what"),
        )[0].strip()
        if _NO_THING.search(who) or _BEFALLS.match(act):
            return None
        if rx.match(r"(?:the|a|an|its|their) (?:[\w-]+ ){0,2}(?:meeting|summit|session|round|conference)\b", who) and (
            rx.match(r"be (?:held|hosted|convened)\b", act)
        ):
            return None  # "the third meeting of ministers will be held in Serbia": news of a meeting, not a pledge
        if not _PASSIVE.match(act) and (_vague(_ACTION_LEADS.sub("", act)) or _NOT_ACTIONS.match(act)):
            return None
        if self._is_party(rx.sub(r"^(?:the|their|its) ", "", who), "", index):
            return None
        return f"{who} {match.group('modal')} {act}"

    def _sides_act(self, before: str, index: int) -> bool:
        """Whether the subject of "agreed to" or "pledged to" is a side of the visit: the countries its clause
        names (none named: the sides the story is about)."""
        if not self.leader_country:
            return True
        clause = rx.split(r"[;:]|, (?:and|but|while|as|after|where|when) |\b(?:that|which|who) ", before)[-1]
        clause = rx.sub(
            r", [^,;]*,", "", clause
        )  # "China, Kenya's largest lender, has promised": the subject's country
        named = {code for _, _, code in gz.countries_in(clause)}
        named |= {
            gz.adjectives()[m.group(1)]
            for m in gz.adjective_pattern().finditer(clause)
            if rx.match(r" (?:side|government|leaders?|officials|delegation)\b", clause[m.end(1) :])
        }
        if not named:
            return True
        sides = {self.leader_country, self.partner(index), *(leg.country for leg in self.legs)}
        return bool(named & sides)

    def _of_the_visit(self, named: str, index: int) -> bool:
        """Whether a person named with a title (or a country) is of the other side of the visit."""
        named = named.rstrip(",")
        if gz.countries_in(named) and {c for _, _, c in gz.countries_in(named)} <= {
            self.leader_country,
            self.partner(index),
        }:
            return True
        name = rx.sub(r"^(?:(?:his|her) [A-Z][\w-]+ counterpart,? )", "", named)
        for start in range(len(name.split())):
            words = " ".join(name.split()[start:])
            home = self.people.get(self.person(words)) or self.known_people.get(self.person(words))
            if home:
                return home == self.partner(index)
        return False

    def _leaders_act(self, pair: str, what: str, index: int) -> bool:
        """Whether "X and Y will ..." is an act the visit's two leaders commit to: the traveller and a person of the
        other side, by their names, and a verb of doing, not of the day's programme ("will meet", "will hold talks")."""
        one, other = (side.strip() for side in pair.split(" and "))
        if self.is_leader(one) == self.is_leader(other):
            return False  # the traveller and someone else, once each
        host = other if self.is_leader(one) else one
        home = self.people.get(self.person(host)) or self.known_people.get(self.person(host))
        if not home or home != self.partner(index):
            return False
        return not _ITINERARY_VERBS.match(what)

    def _is_party(self, who: str, before: str, index: int) -> bool:
        """Whether the subject of "would" is a side of the visit: a country, a side, a government, they."""
        who = who.strip()
        if rx.fullmatch(r"(?:[Tt]hey|[Ww]e|(?:[Tt]he )?(?:two|both) (?:sides|governments|countries|leaders))", who):
            return True
        if rx.fullmatch(r"[Hh]e|[Ss]he", who):
            # The person last named: the leader, or someone of a country of the visit (not a third country's).
            named = [m.group("name") for m in PERSON.finditer(before)]
            if not named:
                return True
            home = self.people.get(self.person(named[-1])) or self.known_people.get(self.person(named[-1]))
            return self.is_leader(named[-1]) or bool(home and home in {self.leader_country, self.partner(index)})
        if rx.fullmatch(r"(?:[Tt]he|his|her|their|our) (?:[Gg]overnment|[Aa]dministration|country|nation)", who):
            return True  # the speaker's own government or country
        if rx.fullmatch(r"[Ii]t", who):
            # "The EU said it would ...": the subject of the verb of saying.
            subject = rx.search(
                r"(?:^|[,;] )(?P<s>(?:[Tt]he )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?(?: side| government)?)"
                r"(?: has| had| have)?(?: also| then| again)? [a-z]+(?: that)? ?$",
                # "Peru, for its part, said it would ...": the subject before an aside.
                rx.sub(r", [^,;]{1,30}, ", " ", before),
            )
            return subject is not None and self._is_party(subject.group("s"), "", index)
        pair = rx.fullmatch(
            r"(?P<a>(?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?) and (?P<b>(?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)", who
        )
        if pair and pair.group("a") != pair.group("b"):
            # "said Norway and Kenya would ...": the two sides of the visit together, each a party (a third country
            # beside one of them is not).
            return all(
                (gz.country_names().get(side) or gz.country_names().get("the " + side) or gz.capital_country(side))
                and self._is_party(side, before, index)
                for side in (pair.group("a"), pair.group("b"))
            )
        people = rx.fullmatch(r"(?P<a>[A-Z][\w-]+)(?: and (?P<b>[A-Z][\w-]+))? " + _PEOPLE, who)
        if people:
            sides = {self.leader_country, self.partner(index), *(leg.country for leg in self.legs)}
            codes = [gz.adjectives().get(side) for side in (people.group("a"), people.group("b")) if side]
            return all(code in sides for code in codes)
        bare = rx.sub(r"^[Tt]he ", "", rx.sub(r" (?:[Ss]ide|[Gg]overnment|[Ll]eadership|[Aa]dministration)$", "", who))
        bare = rx.sub(r"^[Gg]overnment of (?:the )?", "", bare)  # "the Government of Japan"
        country = (
            gz.country_names().get(bare)
            or gz.country_names().get("the " + bare)
            or gz.adjectives().get(bare)
            or gz.capital_country(bare)
        )
        if country:
            # A side of the visit, not a third country met on the way ("Putin said Moscow was ready to ...").
            sides = {self.leader_country, self.partner(index), *(leg.country for leg in self.legs)}
            # A place the sentence puts the leader in ("In Ottawa he held talks with ..."): a leg all the same.
            sides |= {
                gz.capital_country(m.group("p")) or gz.country_names().get(m.group("p"))
                for m in rx.finditer(r"\b[Ii]n (?P<p>[A-Z][\w-]+(?: [A-Z][\w-]+)?)", before)
            }
            # The state of the day of each side ("the Soviet Union", where a leg was told by Moscow).
            sides |= {gz.state_then(side, self.published.year) for side in sides if side}
            return country in sides or not self.leader_country
        return gz.is_body(bare)

    def _role_holder(self, role: str) -> str | None:
        """The person the article names with a title ("Speaker Kevin McCarthy", "Andrej Plenkovic, the Croatian Prime
        Minister"), for the title alone; with a country's adjective, one of that country."""
        told = rx.fullmatch(r"(?:(?P<adj>[A-Z][\w-]+) )?(?P<title>" + TITLE + r")", role)
        if not told:
            return None
        title = re.escape(told.group("title"))
        name = r"(?=[A-Z][^ ]* [A-Z])" + NAME  # two words at least: a name, not a word after a title
        adjective = told.group("adj")
        country = gz.adjectives().get(adjective or "")
        holders: list[str] = []
        for found in rx.finditer(
            r"\b(?:(?P<adj>[A-Z][\w-]+) )?" + title + r" (?P<a>" + name + r")"
            r"|(?P<b>" + name + r"), (?:the |a )?(?:(?P<adj2>[A-Z][\w-]+) )?" + title + r"\b",
            self.text,
        ):
            full = self.person(found.group("a") or found.group("b"))
            near = found.group("adj") or found.group("adj2")
            if adjective and (near == adjective or (country and self.people.get(full) == country)):
                return full
            if not self.is_leader(full) and full not in holders:
                holders.append(full)
        # The one holder of the title the story names, the traveller aside.
        return holders[0] if len(holders) == 1 else None

    def _deadline_in(self, what: str) -> int | None:
        """The year by which an action is to be done, as its words say: "by 2030", "within five years", "this year",
        "by the end of next year"."""
        by = BY_YEAR.search(what)
        if by:
            return int(by.group("y"))
        within = WITHIN_YEARS.search(what)
        if within:
            return self.published.year + years_within(within)
        named = rx.search(r"\b(?:(?:by |before )?(?:the end of )?(?P<w>this|next) year|later this year)\b", what)
        if named:
            return self.published.year + (1 if named.group("w") == "next" else 0)
        return None

    def _programme(self, index: int, sentence: Sentence, match: re.Match, before: str, what: str, pattern) -> None:
        """One pledge with no figure: what is pledged, who said it (none when both sides did), the visit's pair."""
        committing = pattern in (_Programmes.AGREED_TO_DO, _Programmes.PLEDGED) or pattern in _SIDES
        what = what.rstrip(' ,\u201d"')  # '"We will open a consulate," Ota said': the quotation's end
        # 'would cooperate "as far as it is able" in its modernisation': the quoted aside is no part of the act; a
        # quoted phrase of the act's own ('give "sympathetic study" to', 'on a "special framework" for') keeps its words.
        what = rx.sub(
            r" [\"\u201c](?P<words>[^\"\u201c\u201d]{1,40})[\"\u201d](?= [a-z])",
            lambda quoted: (
                ""
                if rx.match(
                    r"(?:as|if|when|where|while|though|although|once|so|because|until|unless|whenever|wherever|in|at|"
                    r"by|for|with|without|within|from)\b",
                    quoted.group("words"),
                )
                else " " + quoted.group("words")
            ),
            what,
        )
        # 'would "never" break ...': the quotation marks of the act's opening words, its words kept.
        opening = rx.match(r"[\"\u201c](?P<words>[a-z][^\"\u201c\u201d]{0,40})[\"\u201d] ", what)
        if opening:
            what = opening.group("words") + what[opening.end() - 1 :]
        if AMOUNT_WITH_SCALE.search(what):
            # "increase the capacity of the crossings and set a goal of raising trade to 20 billion dollars": the act
            # before the one with the amount (a pledge with its figure) is one of its own.
            first = rx.split(r" and (?=[a-z]+ (?:a|an|the|its|their)\b)", what)[0]
            what = first if not AMOUNT_WITH_SCALE.search(first) else what
        counted = (_COUNTED.search(what) or _NUMBER_OF.search(what)) if committing else None
        if (
            AMOUNT_WITH_SCALE.search(what)
            or len(what.split()) < 2
            or _RELATIVE_FIGURE.search(what)
            # ("mark 55 years of ties with a forum": an age, no figure of the pledge.)
            or (
                rx.search(
                    r"\b\d[\d,]* (?!(?:years|decades|centuries) of\b)(?:[\w-]+ ){0,3}?[a-z]+s\b",
                    what,
                )
                and not counted
            )
        ):
            return  # an amount or a change by a figure ("raise trade by half") is a pledge with its figure
        if rx.match(r"(?:[a-z]+ )?(?:a |an |the |their |its )?(?:[\w-]+ ){0,4}(?:partnership|relations|ties)$", what):
            return  # "agreed to establish a strategic partnership": the partnership's matter
        if rx.search(r"\b(?:a|an|the|on|of|to|for|in|with)$", what):
            return  # cut short by a quotation: "begin consultations on a"
        if rx.match(r"(?:not|never|no longer)\b", what) and pattern is not _Programmes.PLEDGED:
            return  # "would never abandon Kenya": what a side will not do
        if rx.match(
            r"(?:raise|lift|increase|boost|expand|grow|double|bring) (?:[\w-]+ ){0,3}?(?:trade|investment|commerce)$",
            what,
        ) and (rx.search(re.escape(what) + r", which [^;]{0,120}?, to [^;]{0,20}?\d", sentence.text)):
            return  # "raise trade, which reached N last year, to M by 2030": the target with its figure
        if committing:
            if _vague(what) and not counted:
                return
        elif _GENERIC.match(what) or _VAGUE_OBJECTS.match("do " + what) and rx.search(r"\bwork\b", what):
            return  # "agreed to launch the relevant work": the object alone, as vague as with its verb
        speaker = None
        if pattern is _Programmes.PROPOSED_BY:
            speaker = self.person(match.group("who"))
        people = [p.group("name") for p in PERSON.finditer(before)]
        bare = [w for w in rx.findall(r"\b[A-Z][a-z]+\b", before) if self.person(w) in self.people]
        if speaker is None and pattern in _SIDES[:3]:
            # "Xi told his guest that ...": who says it is the name just before the verb of saying.
            sayer = rx.search(
                r"(?P<s>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})(?: also| then| later| afterwards?)?\s*$",
                before,
            )
            name = rx.sub(
                r"^(?:The|A|An|It|This|That|These|Those|They|We|He|She)\b ?", "", sayer.group("s") if sayer else ""
            )
            name = rx.sub(r"^(?:[A-Z][a-z]+ )?" + TITLE + r" ", "", name)  # "Prime Minister Ingrid Solberg"
            place = (
                gz.country_names().get(name)
                or gz.country_names().get("the " + name)
                or gz.adjectives().get(name)
                or gz.capital_country(name)
                or gz.grouping_of(name)
            )
            if name and not place and not rx.search(r"\b(?:Ministry|Office|House|Palace|Government|Kremlin)\b", name):
                full = self.person(name)
                if full == name and " " not in name:
                    # "Xi told ...": the name in full where the story gives it ("President Xi Jinping").
                    given = rx.search(
                        r"\b(?!(?:" + "|".join(w for t in TITLES for w in t.split()) + r"|The|A|An|In|On|At)\b)"
                        r"[A-Z][\w-]+ " + re.escape(name) + r"\b",
                        self.text,
                    ) or rx.search(r"\b" + re.escape(name) + r"(?: [A-Z][\w-]+)+", self.text)
                    full = given.group() if given else name
                speaker = full
        quoted = rx.match(
            # '"Japan will build a port in Lamu," Ota said': who says a quotation is named after it.
            r"[^\"\u201d]*[\"\u201d],? (?:(?P<a>(?:[A-Z][\w.'\u2019-]* ){0,3}[A-Z][\w.'\u2019-]*) (?:said|says|told|added|"
            r"declared|promised|pledged)|(?:said|says|added|declared) (?P<b>(?:[A-Z][\w.'\u2019-]* ){0,3}[A-Z][\w.'\u2019-]*))",
            sentence.text[match.end() - 2 :] if rx.search(r"[\"\u201d]", sentence.text[match.end() - 2 :][:3]) else "",
        )
        # 'Solberg told reporters: "We will ..."': named before the colon that opens the quotation.
        colon = rx.search(
            r"(?P<a>(?:[A-Z][\w.'\u2019-]* ){0,3}[A-Z][\w.'\u2019-]*) (?:said|says|told [a-z ]+|added|declared)\s*:\s*"
            r"[\"\u201c][^\"\u201d]*$",
            sentence.text[: match.end()],
        )
        if speaker is None and (
            colon or quoted and rx.search(r"^[^\"\u201c]*[\"\u201c]", sentence.text[: match.end()])
        ):
            found = colon or quoted
            assert found is not None
            name = rx.sub(r"^(?:[A-Z][a-z]+ )?" + TITLE + r" ", "", found.group("a") or found.group("b"))
            speaker = self.leader if self.is_leader(name) else self.person(name)
        source = source_after(sentence.text[match.start() :])
        if speaker is None and source and (self.person(source) in self.people or self.is_leader(source)):
            # "China will speed up work on the hospital, Wang said": the source named at the end.
            speaker = self.leader if self.is_leader(source) else self.person(source)
        if speaker is None and rx.match(r"(?:He|She)\b", before) and index > 0:
            # "He also promised ...": the person who opens the sentence before, else the leader.
            previous = self.sentences[index - 1].text
            opener = PERSON.match(previous)
            word = rx.match(r"[A-Z][\w-]+", previous)
            if opener:
                speaker = self.person(opener.group("name"))
            elif word and self.person(word.group()) in self.people:
                speaker = self.person(word.group())
        if speaker is None and (self.is_leader(before[-80:]) or rx.search(r"(?:^|[,.] )(?:He|She)\b", before)):
            speaker = self.leader
        if speaker is None and people:
            speaker = self.person(people[-1])
        elif speaker is None and bare and not self.is_leader(bare[-1]):
            speaker = self.person(bare[-1])
        role = rx.search(
            r"\b[Tt]he (?P<role>(?:[A-Z][\w-]+ )?" + TITLE + r") (?:also |then )?(?:said|says|told|promised|pledged|"
            r"announced|added|assured)\b[^.;]*$",
            before,
        )
        if speaker is None and role:
            speaker = self._role_holder(role.group("role"))
        if speaker and rx.fullmatch(r"(?:[A-Z][\w-]+ )?" + TITLE, speaker):
            # "The Speaker said ...", "the Croatian Prime Minister promised ...": the person the story names so.
            speaker = self._role_holder(speaker) or speaker
        if rx.search(
            r"\b(?:two sides|two countries|two governments|two leaders|two men|both sides|they)\b", before[-60:]
        ) or (pattern is _Programmes.AGREED_TO_DO and rx.search(r"\b[Ww]e (?:have |had |both |also )*$", before)):
            speaker = None  # '"We have agreed to ...," Ota said': both sides' word
        # The same pledge told twice shares most of its words; two actions of one list share a verb at most.
        # The fuller telling is kept ("resume talks on trade" in a lead, the statement's list of dialogues later).
        words = _content_words(what)
        told = next(
            (
                f
                for f in self.findings
                if f.kind == "pledges"
                and f.fields["value"] is None
                and len(words & _content_words(str(f.fields["what"])))
                > 0.5 * min(len(words), len(_content_words(str(f.fields["what"]))))
            ),
            None,
        )
        if told is not None:
            if len(words) <= len(_content_words(str(told.fields["what"]))):
                return
            self.findings.remove(told)
        parties = [p for p in dict.fromkeys([self.leader_country, self.partner(index)]) if p]
        value, unit, deadline, shape = None, None, self._deadline_in(what), "programme"
        if counted and any(
            f.kind == "pledges" and f.fields["value"] == int(counted.group("n").replace(",", "")) for f in self.findings
        ):
            return  # the same count told twice ("an agreement under which ..., ... will hire 500 doctors")
        if counted:
            # "would help train 1,000 engineers over the next five years": a commitment counted in what it gives.
            value = int(counted.group("n").replace(",", ""))
            head = counted.group("head")
            unit = "aircraft" if _AIRCRAFT.fullmatch(head) else "people" if _PERSONS.fullmatch(head) else head
            # "raise the number of students to 5,000 by 2026", "increase exports to 40 aircraft": a target, counted.
            shape = (
                "target" if counted.re is _NUMBER_OF or rx.search(r"\bto $", what[: counted.start()]) else "commitment"
            )
            if counted.re is _COUNTED:
                what = (what[: counted.start()] + what[counted.start("noun") :]).strip()
            by = BY_YEAR.search(what)
            deadline = int(by.group("y")) if by else None
            within = WITHIN_YEARS.search(what)
            if within:
                deadline = self.published.year + years_within(within)
        self.add(
            "pledges",
            {
                "what": what,
                "value": value,
                "scale": None,
                "unit": unit,
                "deadline": deadline,
                "announced_by": speaker,
                "parties": parties,
                "shape": shape,
            },
            sentence,
            match.start(),
            match.end(),
            "pledge-programme",
            0.5,
        )
