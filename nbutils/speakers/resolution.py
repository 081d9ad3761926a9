"""Resolution: pronouns, descriptions and organisations to the entities they stand for.

:class:`Entities` holds the clusters of an article (built by
:func:`nbutils.speakers.cluster_entities`) and answers the questions the
attribution engine asks: which person a *he*/*she* at an offset refers to
(:meth:`Entities.resolve_pronoun`, following the chain of topics back), which
organisation an *it*/*they* is (:meth:`Entities.resolve_organisation`), who
*the NATO chief* is (:meth:`Entities.resolve_descriptor`), which organisation *the
museum* is (:meth:`Entities.organisation_headed`). It reads the text;
it is never changed by the engine (what has been quoted so far is passed in).

>>> from nbutils.speakers import cluster_entities
>>> cluster_entities("Mark Rutte spoke. He left.").resolve_pronoun("he", 18).canonical
'Mark Rutte'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterator, Sequence

from nbutils.lexicons import word_list
from nbutils.speakers.names import (
    GROUP_SINGULAR,
    HONORIFICS,
    KIN_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    THOROUGHFARES,
    NameMention,
    _plural_group,
    _sentence_starts,
    all_first_names,
    english_words,
    inflected_verb,
    reporting_after,
    split_title,
)
from nbutils.speakers.roles import Entity, _placelike, role_of, wordnet_person

_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
#: Lower-case words: a line with fewer than three is a caption, a credit or a headline
#: (*Photo by Ann Roe.*, *Nurses Walk Out At Three Hospitals*), not narrative.
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
#: Roles whose nouns can be an epithet for a person just named (*the defender*, *the
#: physician*); officials and anonymous sources speak unnamed (*the spokesman said*).
#: Words for a career that make an office's noun an epithet for someone (*the veteran
#: diplomat*, *the former general*).
_CAREER_MODIFIERS = frozenset("veteran career longtime onetime retired former seasoned".split())
_EPITHET_ROLES = frozenset({"citizen/witness", "expert", "politician"})
#: Nouns that say only sex or age: they take up someone unnamed as often as someone named.
_GENERIC_PERSONS = frozenset("man woman person boy girl child lady gentleman".split())
#: A definite description whose noun says the sex and names an office that speaks unnamed
#: (*the spokesman*, *the Prime Minister's official spokesman*), at a sentence's start
#: (after an opening phrase) or reporting after a quote.
_GENDERED_SUBJECT = re.compile(
    r"(?:[\s\"“‘']*|[^.;!?\"“”]{0,80},\s+|[,?!]?[\"”’']\s+)?"
    r"(?P<desc>(?:[Tt]he)\s+(?:[A-Z][\w'’.-]*\s+|[a-z][\w'’-]*\s+){0,4}?"
    # (offices that speak unnamed; "the businessman", "the congressman" are epithets)
    r"(?P<noun>spokesman|spokeswoman))\b"
)
#: The one who put a question to the sentence's subject, unnamed and of a known sex: *Hale
#: was asked about the donors by a woman in the front row* (then *"…?" she asked*).
_GENDERED_ASKER = re.compile(
    r"\b(?:was|were|being|been|got|get)\s+(?:asked|questioned|pressed|challenged|confronted|"
    r"heckled|interrupted|approached)\b[^.;!?\"“”]{0,80}?\bby\s+"
    r"(?P<desc>(?:an?|one|another)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<noun>[a-z]+))\b"
)
#: Party adjectives: an office described by one is held by someone elected.
_PARTIES = frozenset({"democratic", "republican"})
#: The other party, to a party adjective or noun.
_OTHER_PARTY = {"democratic": "republican", "republican": "democratic"}
#: How far back an epithet's noun must be absent (bounded, so the cost stays linear).
_EPITHET_WINDOW = 6000
#: A definite article, then one to three modifiers (capitalised, or a number such as an age),
#: right before a noun: *the Republican nominee*, *the 70-year-old nominee* (a bare *the
#: president* may itself be an office speaking unnamed).
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’.-]*\s+|[\d][\w-]*\s+){1,3}$")
#: Nouns for the one a campaign is run for: *the candidate* after *the Lee campaign*.
_CAMPAIGNERS = frozenset({"candidate", "nominee"})
#: A person's campaign named by surname: *the Lee campaign*, *Lee's campaign*, *the Ann Lee camp*.
_CAMPAIGN_OF = re.compile(
    r"\b(?!The\b|A\b|An\b)((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+?)(?:'s|’s)?\s+(?:presidential\s+)?(?:campaign|camp)\b"
)
#: Roles of the people a place-and-party epithet (*the Texas Republican*) may mean.
_PARTY_EPITHET_ROLES = frozenset({"politician", "official", None})
#: A double quotation mark, straight or curly.
_QUOTE_MARK = re.compile(r"[\"“”]")
#: An age in a description: *the 52-year-old*.
_AGE = re.compile(r"\d+-year-old$")


#: Before a reporting subject, a sign that it is inside a reported clause ("…, pointing out
#: that the station's Ellen Varga had reported …").


#: A description of an office holder running again (*seeking a third term*, *who is
#: running for re-election*): the race's incumbent.
#: A description of one who chairs a body now (*who has led the Finance Committee since
#: 2011*, *who chairs the board*; not *who led it until 2020*: see :data:`_PAST_BOUND`).
_CHAIRING = re.compile(
    r"\b(?:chairs|leads|heads|presides\s+over|has\s+(?:led|chaired|headed|presided\s+over))\s+"
    r"(?:the\s+|its\s+|a\s+)?(?:[\w,'’-]+\s+){0,6}?"
    r"(?:[Cc]ommittee|[Ss]ubcommittee|[Bb]oard|[Cc]ommission|[Pp]anel|[Cc]ouncil)\b"
    # (a body's name cut at its first comma: "who has led the Education, Health and …")
    r"|\b(?:chairs|leads|heads|has\s+(?:led|chaired|headed))\s+the\s+[A-Z][\w'’-]*$"
)
#: Words that put a description in the past (*until 2020*, *former*).
_PAST_BOUND = re.compile(r"\b(?:until|former|formerly|once|previously)\b", re.I)
_SEEKING_TERM = re.compile(
    r"\b(?:seeking|seeks|sought|running\s+for|runs\s+for|bidding\s+for|in\s+search\s+of)\s+"
    r"(?:a\s+(?:second|third|fourth|fifth|sixth|seventh|new|full)\s+term|re-?election)\b"
)


def _other_age(e: Entity, age: str) -> bool:
    """Was ``e`` given an age other than ``age`` (a descriptor *aged 58*)?"""
    return any(d.startswith("aged ") and d.split()[1:2] != [age] for d in e.descriptors)


def _title_bonus(e, words: set[str], synonyms: dict[str, set[str]]) -> int:
    """1 when a word of the description (or its abbreviation) is one of ``e``'s titles: *the
    governor* is Gov. Ann Lee before one only described in a clause as someone who *would be
    the state's first woman governor*."""
    titled = {w.strip(",.").lower() for t in e.titles for w in t.split()}
    return int(any(w in titled or synonyms.get(w, set()) & titled for w in words))


def _possessors(words) -> set[str]:
    """The possessors among ``words`` (*the mayor's aide*: ``{"mayor"}``)."""
    return {
        w.replace("’", "'").removesuffix("'s")
        for w in words
        if w.replace("’", "'").endswith("'s") and len(w) > 3
    }


class _ThatFirst:
    """A pattern every match of which holds ``that``, searched only where the text has that
    word: ``str.find`` rules out at once a stretch without it, which the pattern would try
    at each of its positions (for every name and pronoun of a long sentence)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        pos = max(pos, 0)  # (clamped as the pattern clamps them: find reads negatives
        endpos = len(text) if endpos is None else max(endpos, 0)  # from the end)
        return (
            self.pattern.search(text, pos, endpos) if text.find("that", pos, endpos) >= 0 else None
        )


#: A word, a reporting verb, then a name, no comma between: the name opens the reported
#: clause (*He said Lee would win*), it is not the one reporting (as in *…," said Lee*).
_REPORTED_RIGHT_BEFORE = re.compile(
    r"\b[A-Za-z][\w.’'-]*\s+(?:said|says|told|tells|argued|argues|claimed|claims|insisted|insists|warned|warns|"
    r"believes|believed|thinks|thought)\s+$"
)
_EMBEDDED = _ThatFirst(
    re.compile(
        r"\b(?:said|says|saying|told|telling|out|noted|noting|added|adding|argued|"
        r"arguing|claimed|claiming|insisted|explained|suggested|wrote|writing|"
        r"warned|warning|stated|stating)\s+(?:\w+\s+)?that\s"
    )
)


_WORD = re.compile(r"[A-Za-z]+")
#: Opens an indirect question: what follows is asked about, not said (*was asked whether
#: he had read the letter Hartigan wrote*).
_INDIRECT_QUESTION = re.compile(r"\b(?:whether|why)\s")


#: After a subject: it asks someone, named next ("… asked Sanders whether …").
_ASKED_AFTER = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:asked|pressed)\s+")


#: Right before a name: it is an example of the plural before it ("critics, like Ann Lee").
_EXAMPLE_BEFORE = re.compile(r"(?:\blike|\bsuch\s+as|\bincluding)\s+$")


#: Right before a pronoun: it opens a clause inside the sentence ("the idea that he …").
#: (a subordinating conjunction opens an adverbial clause inside the sentence the same way:
#: *A nurse, who asked not to be named because she feared for her job, said*)
_COMPLEMENTISER_BEFORE = re.compile(r"\b(?:that|whether|because|although|though|since|unless)\s+$")
#: After a pronoun: a verb of saying or thinking and right after it a finite verb with no
#: subject of its own (*a petition he said had 900 names*, *the sum she says is owed*): the
#: pronoun reports inside a relative clause whose subject was moved out, no topic. Group 1:
#: a past tense that may also be a participle before a noun (*he said reduced fees …*),
#: which only counts after a noun (see :func:`_gapped_report`).
_GAPPED_REPORT = re.compile(
    r"\s+(?:said|says|thinks|thought|believes|believed|claims|claimed|estimated|estimates)\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could|can|did|does|might|may"
    r"|([a-z]+ed|held|cost|left|took|made|came|went|kept|brought|sent|showed|shown|grew))\b"
)
#: Right before a pronoun: a word that is no noun (*and he said …*, *then she said …*).
_NOT_A_NOUN_BEFORE = re.compile(
    r"\b(?:and|but|or|so|then|yet|also|later|now|still|again|instead|because|when|while|if|as|"
    r"after|before|since|though|although|where|why|how|what|which|who|that|whether)\s+$"
)


def _gapped_report(text: str, p: int, own: str, a: int) -> bool:
    """Is the pronoun ``own`` at ``p`` the subject of a relative clause's verb of saying
    whose own object clause lost its subject (*a petition he said had 900 names*, *the
    letters she said arrived late*), not a sentence's topic?"""
    m = _GAPPED_REPORT.match(text, p + len(own))
    if m is None:
        return False
    if m.group(1) is None:
        return True
    before = text[max(a, p - 20) : p]
    return re.search(r"[a-z]\s+$", before) is not None and not _NOT_A_NOUN_BEFORE.search(before)


#: After a name: a relative clause about that person opens (*Sen. Ruth Calder of Oregon, the
#: ranking member, who said …*) with a verb of saying (not *who has called it a hoax*).
_WHO_AFTER = re.compile(
    r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?(?:\s*\([^()\n]{1,25}\))?"
    r"(?:\s*,[^,;\"“”\n]{1,100}){0,2}\s*,\s*who\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|told|tells|added|adds|wrote|writes|explained|noted|insisted|warned|"
    r"stated|testified|asked|demanded|wanted\s+to\s+know)\b"
)
#: Right before a name: a speech that came from that person (*The first question came from
#: Jan Ruiz, …*): the name is the one who speaks, though no subject.
_SPEECH_CAME_FROM = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}(?:question|questions|comment|challenge|criticism|objection|"
    r"complaint|response|answer|reply|plea|rebuke|warning|pushback|interruption)\s+"
    r"(?:came|comes|had\s+come)\s+from\s+$"
)


#: After a name at the end of a sentence: an apposition that introduces the person (*…
#: that worries Peter Ames, the chairman of the tenants' association.*).
_APPOSITION_TO_END = re.compile(
    r",\s+(?:(?:the|a|an)\s|[a-z]+\s+(?:of|at|for|in)\s)[^,;\"“”\n]{0,120}?"
    r"(?:,[^,;\"“”\n]{0,80}?)?[.!?]?[\s\"“”'‘’]*$"
)


#: After a name at the end of a sentence: nothing, an apposition, an age or a relative
#: clause about the person (*… came from a teacher, Ana Ruiz.*, *… is shared by Ana Ruiz,
#: who chairs the committee.*).
_INTRODUCED_TO_END = re.compile(
    r"(?:\s*,\s*\d{1,3}\s*(?=[,.]))?"
    r"(?:,\s+(?:(?:the|a|an)\s|[a-z]+\s+(?:of|at|for|in)\s|who\s|whose\s)[^;\"“”\n]{0,160}?)?"
    r"[.!?]?[\s\"“”'‘’]*$"
)
#: Right before a name: a preposition that makes it no agent (*the parents of*, *a letter
#: to*), or the second of a pair; *by* and *from* name the one acting or speaking.
_GOVERNING_BEFORE = re.compile(
    r"\b(?:of|to|in|at|for|on|with|into|about|against|than|like|and|or)\s+$", re.IGNORECASE
)


#: Offices a description may give a person, each under its one name (*Gov.* is a governor).
_OFFICE_NAMES = {
    "governor": "governor",
    "gov": "governor",
    "gov.": "governor",
    "senator": "senator",
    "sen": "senator",
    "sen.": "senator",
    "congressman": "representative",
    "congresswoman": "representative",
    "representative": "representative",
    "rep": "representative",
    "rep.": "representative",
    "mayor": "mayor",
    "president": "president",
    "judge": "judge",
    "sheriff": "sheriff",
    "lieutenant": "officer",
    "lt": "officer",
    "lt.": "officer",
    "sergeant": "officer",
    "sgt": "officer",
    "sgt.": "officer",
    "officer": "officer",
    "detective": "officer",
    "police": "officer",
    "minister": "minister",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "attorney": "attorney",
    "atty": "attorney",
    "atty.": "attorney",
}


def offices(words: Collection[str]) -> set[str]:
    """The offices among ``words`` (:data:`_OFFICE_NAMES`: *Gov.* and *governor* are one).

    >>> sorted(offices({"gov.", "former", "congressman"}))
    ['governor', 'representative']
    """
    return {_OFFICE_NAMES[w] for w in words if w in _OFFICE_NAMES}


#: Offices won in an election; the others are appointed or hired.
_ELECTED = frozenset("governor senator representative mayor president minister".split())


def _other_kind_of_office(described: set[str], held: set[str]) -> bool:
    """Does a description's office (*former governor*) say it is not someone who holds only
    offices of the other kind (a police lieutenant, a spokesman)? An elected office and
    another elected one may be the same person's (*the former congressman* is a senator)."""
    if not described or not held or described & held:
        return False
    return not (described & _ELECTED and held & _ELECTED) and (
        bool(described & _ELECTED) != bool(held & _ELECTED)
    )


#: How many of the people named most often a description may fall back on.
_FREQUENT = 6

#: After a name: an age or a description set off by a comma that introduces the person
#: (*Lisbet Harlow, 41, a nurse*, *Ann Roe, the owner of*), or a who-clause (*belongs to
#: Ann Roe, who runs 40 rooms*).
_APPOSED_INTRO = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:an?|the)\s+[a-z]|who\s)")
#: Right before a name: the second of a pair or a comparison (*Tom and Ann Lee*, *than Ann*),
#: or a genitive (*the parents of Capt. Omar Khan, the soldier who died*).
_PAIRED_BEFORE = re.compile(r"\b(?:and|or|than|like|of)\s+$", re.IGNORECASE)
#: Right before a name: a preposition governs it (*the parents of Capt. Ann Khan*), or it is
#: the second of a pair (*Ann Lowe and Tom Bell, two reporters*: *they*, not *he*).
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|to|in|at|from|for|on|with|by|into|about|against|than|like|and|or)\s+$",
    re.IGNORECASE,
)


#: Between a description and the name in apposition to it (*The mayor, Tom Hale, …*).
_COMMA_GAP = re.compile(r",\s+")
#: Right before a name: the name a description gives someone ("a nurse named Irene").
_NAMED_BEFORE = re.compile(r"\b(?:named|called)\s+$")
#: Between a description and a name: a quotation, or a clause of its own.
_SENTENCE_BREAK = re.compile(r"[\"“”.;:]")


def _who_reports(text: str, end: int, stop: int) -> bool:
    """Does a relative clause right after the name ending at ``end`` report speech (*…,
    who said …*, *…, who told reporters …*)? Such a person reports, even after *by*."""
    return _WHO_AFTER.match(text, end, stop) is not None


_HIS = frozenset({"he", "his", "himself"})


_HERS = frozenset({"she", "her", "hers", "herself"})
#: A subordinate clause opening after a subject pronoun and its verb (*she did it again when
#: a reporter asked*): a person named in it is no subject of the sentence.
_WHEN_CLAUSE = re.compile(r"^\w+\s+(?:[\w'’-]+\s+){1,8}?(?:when|as|after|before|while)\s+")
_LETTER = re.compile(r"[A-Za-z]")
#: From a name to a pronoun inside the who-clause that follows it (no other clause, name
#: or quotation between).
_RELATIVE_TO = re.compile(r"\s*,\s*who\s[^,;.\"“”A-Z]{0,120}")
#: The lower-case word right before a name (*hydrologist* Priya Menon).
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
#: After a name: its possessive and the noun it owns, maybe an apposition's comma after it.
_OWNED_PERSON = tuple(
    re.compile(rf"['’]s?\s+((?:[a-z][\w-]*\s+){{{n}}}([a-z]+))\b(,\s+)?") for n in range(3)
)
#: After a possessive: a noun phrase set off by a comma before what is in apposition to it
#: (*Calloway's co-star, Ben Haase, …*).
_OWNED_APPOSED = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?=[A-Z])")
#: Where an apposition's name ends: its comma, maybe after where the person is from
#: (*Lind's co-author, Dr. Clara Obi of the Halden Museum, said*).
_APPOSITION_CLOSES = re.compile(r"(?:\s+(?:of|from|at)\s+[^,;.!?\"“”\n]{1,60})?,")
#: The first word of a clause, after an opening mark or conjunction ("But he asked").
_FIRST_WORD = re.compile(r"[\s\"“‘'(]*(?:(?:And|But|Then|So|Yet)\s+)?([A-Za-z]+)\b")


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")


_CONTRACTION = re.compile(r"['’]s\s+(?:been|got|not|never|also|already|had|made|said|told)\b")

#: A sentence opened by a passive participle with its agent (*Asked by the coroner, Ann
#: Lee, whether …,*): the agent, up to the clause asked about, is not the main clause's
#: subject.
_BY_AGENT = re.compile(
    r"[\"“‘'(]*(?:Asked|Told|Pressed|Questioned|Challenged|Quizzed|Urged|Invited|Interviewed)"
    r"\s+by\s+([^.!?;\"“”]{1,120}?)(?=\s(?:whether|if|about|how|what|why|when|where|to|for|over|on)\b)"
)

#: After *One of them*: an apposition set off by commas (*, a woman who has worked there
#: for a decade,*), before the verb.
_MEMBER_ASIDE = re.compile(r",\s+(?:a|an)\s+[^,;.\"“”]{1,140}(?=,)")

#: A person's passive right after a name: *was asked*, *had been pressed*, *is questioned*.
_ASKED_PASSIVE = re.compile(
    r"\s+(?:(?:was|is|were|has been|had been|will be)\s+)(?:\w+ly\s+)?"
    r"(?:asked|questioned|pressed|interviewed|quizzed|grilled)\b"
)
#: A sentence opened by a description set off by a comma (*Its spokeswoman, …*, *The
#: ministry's spokeswoman, …*): a name right after it is the apposition, the subject.
_DESCRIBED_APPOSITION = re.compile(
    r"\s*[\"“]?(?:Its|Their|His|Her|The|An?|[A-Z][\w.'’-]*['’]s)\s+(?:[\w'’.-]+\s+){0,8}?[\w'’.-]+,\s+"
)
#: ... and one with no article, a party or body, then an office and where it sits (*Party
#: MLA from Sironj, Tara Bhor, said*; *Labour councillor for Ealing, Ann Roe, said*): the
#: style of wire and South Asian news, which drops the article before an office.
_BARE_DESCRIBED_APPOSITION = re.compile(
    r"\s*[A-Z][\w'’.-]*\s+(?:[A-Z]{2,4}|[a-z][\w-]*)\s+(?:from|for|of)\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+(?=[A-Z])"
)
#: A short opening phrase of place or time before a sentence's subject (*In the lobby,*).
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Outside|Inside|Later|Earlier|Back)\b[^,.;:\"“”\n]{0,50},"
)
#: ... and the description set off before a name after it, in lower case (*the mayor's
#: aide, Ned Farrow,*).
_DESCRIBED_APPOSITION_LOWER = re.compile(
    r"\s*(?:its|their|his|her|the|an?)\s+(?:[\w'’.-]+\s+){0,8}?[\w'’.-]+,\s+"
)


def _described_apposition_after_opening(text: str, a: int, b: int) -> re.Match[str] | None:
    """:data:`_DESCRIBED_APPOSITION` after a short opening phrase: *In the lobby, the mayor's
    aide, Ned Farrow, held up a chart* (the name set off after the description is the
    subject)."""
    opening = _OPENING_PHRASE.match(text, a, b)
    if opening is None:
        return None
    return _DESCRIBED_APPOSITION_LOWER.match(text, opening.end(), b)


#: After a name: an inset report by a pronoun (*Hale, she said, was right*).
_INSET_PRONOUN_CUE = re.compile(r",\s+(?:he|she|they|I|we)(?=\s+\w+,)")

#: A sentence opening with a subordinate or prepositional phrase: its subject follows the comma.
#: Conjunctions that open a clause of its own before the main one ("When I rang X, he …").
_SUBORDINATORS = frozenset(
    "When While After Although Though If As Because Since Before Once Until Unless".split()
)
_INTRO = re.compile(
    r"[\"“‘'(]*(When|While|After|Although|Though|If|As|Because|Since|Before|"
    r"Once|Until|Unless|Whereas|Whether|For|To|In|At|With|Like|Unlike|Despite|"
    r"During|On|According|[A-Z][a-z]+(?:ed|ing)|"
    # an opening time phrase: "Late Monday evening, the mayor himself …"
    r"Late|Early|Earlier|Later|"
    # an opening participle of an irregular verb: "Told of the result, the coach …"
    r"Told|Shown|Given|Taken|Seen|Caught|Brought|Thrown|Shaken|Struck|Born|Known)\b"
)


#: Participles that open a question put to the main clause's subject (*Asked by her lawyer,
#: Renata Gill, how she had felt, Mrs. Brantley …*).
_ASKED_INTRO = frozenset({"Asked", "Pressed", "Questioned"})
#: Opening time words whose phrase is short and set off (*Late Monday evening, …*).
_TIME_INTRO = frozenset({"Late", "Early", "Earlier", "Later"})
_WH = re.compile(r"\b(?:how|whether|what|why|if|about|when|where|who)\b")


def _intro_comma(text: str, intro: re.Match[str], a: int, b: int) -> int:
    """The comma that ends a sentence's opening phrase (``-1`` if none): the first one, but
    after an *Asked by X, Name, how …* opening, the first after its question word."""
    comma = text.find(",", a, b)
    if intro.group(1) in _TIME_INTRO and (comma < 0 or len(text[a:comma].split()) > 4):
        return -1  # "Late in the afternoon Tillery came down …, where": no opening phrase
    if intro.group(1) in _ASKED_INTRO and comma > 0:
        wh = _WH.search(text, a, b)
        if wh is not None and wh.start() > comma:
            return text.find(",", wh.end(), b)
    return comma


_EXPERIENCER = frozenset({"To", "For", "According", "Like"})

#: After the main clause's subject, a verb whose object is for the opening "For X," (*For
#: Hale, Dunn had kind words*, *… saved a seat*): X then receives, and holds no view.
_RECIPIENT_VERB = re.compile(
    r"(?:['’]s)?\s+(?:\w+ly\s+)?(?:had|has|have|offered|offers|gave|gives|sent|sends|saved|"
    r"reserved|left|bought|made|wrote|writes|played|sang|performed)\b"
)


#: A group of people: a determiner, up to two modifiers, a plural noun and where they are
#: (*the striking drivers at Ashby Road*).
_GROUP = (
    r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z]+s|men|women|people|children)\b"
    r"(?P<where>\s+(?:at|from|in|of)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
)
_GROUP_NP = re.compile(
    r"\b(?:[Tt]he|[Tt]hose|[Tt]hese|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa]\s+few|\d{1,3})\s+"
    + _GROUP
)
#: A sentence opening on one member of a group (*One of them*, *One of the drivers …*: the
#: group's description read by :data:`_GROUP_BODY` at the end of the match).
_ONE_OF = re.compile(
    r"[\s\"“‘']*(?:But\s+|And\s+|Then\s+)?One\s+of\s+(?:(?P<pronoun>them|those|these)\b|the\s+)"
)
_GROUP_BODY = re.compile(_GROUP)
#: Plurals of nouns for people that do not end in *s*, and their singulars.
_IRREGULAR_SINGULAR = {"men": "man", "women": "woman", "people": "person", "children": "child"}


def singular(word: str) -> str:
    """*drivers* -> *driver*, *witnesses* -> *witness*, *deputies* -> *deputy*, *men* -> *man*,
    *chairmen* -> *chairman*."""
    if word in _IRREGULAR_SINGULAR:
        return _IRREGULAR_SINGULAR[word]
    if word.endswith(("women", "men")) and len(word) > 5:
        return word[:-3] + "man"  # "chairmen", "spokeswomen", "congressmen"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1]


def people_word(word: str) -> bool:
    """Is the plural ``word`` a noun for people (*drivers*, *nurses*, *women*)?"""
    if not word.islower() or not (word.endswith(("s", "men")) or word in _IRREGULAR_SINGULAR):
        return False
    one = singular(word)
    return word in _IRREGULAR_SINGULAR or one in PERSON_NOUNS or role_of(one) is not None


#: A sentence opening on a definite epithet for a person: *The Harbor City Gulls guard
#: scored*, *The veteran striker has* (group 1 ends on the noun).
_EPITHET_OPENING = re.compile(
    # (after an opening clause: "Asked what she would say, the new MP smiled")
    r"[\s\"“‘']*(?:(?:Asked|Pressed|Told|Speaking|Questioned|Later|Afterward)\b[^.;!?\"“”]{0,120}?"
    r",\s+)?(?:The|the)\s+((?:[A-Z][\w'’.-]*\s+|[a-z][\w-]*\s+){0,4}?(?:[a-z][\w-]*|[A-Z]{2,4}))\s+"
    # ("The former governor of Kansas is 71 now": where the office was, then the verb)
    r"(?:(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?"
    r"(?:[a-z]+ed|[a-z]+s|was|is|has|had|scored|won|lost|made|took|gave|went|came|ran|hit|"
    r"threw|led|kept|set|got|did|spent|left|held|sat|stood|shook)\b"
)


def _epithet_noun(word: str) -> bool:
    """Can ``word`` be an epithet for someone named (*the guard*, *the defender*)?"""
    return word not in _GENERIC_PERSONS and (
        word in PERSON_NOUNS or role_of(word) in _EPITHET_ROLES
    )


#: An opening word that is a participle (*Asked*, *Told*, *Pressed*): its clause is about
#: the main clause's subject, and names in it are not that subject.
_PARTICIPLE = re.compile(r"[A-Z][a-z]+ed$|Told$|Shown$|Given$|Taken$|Seen$|Caught$|Shaken$")
#: Openings that compare the main clause's subject with someone else (*Unlike Ann Lee, she
#: …*, *Like his father, he …*): the person named there is never the subject's pronoun.
_COMPARED_INTRO = frozenset({"Unlike", "Like"})
#: A clause whose subject is a description ("The radio talker has …"), not a name.
#: A sentence opening on a person described by age (*The 51-year-old singled out Abbott*)
#: or by a noun for a person (*The manager*, *The veteran striker*) and then its verb: the
#: subject is that person, whom the chain goes on to find, not someone named after the verb.
_PERSON_EPITHET_START = re.compile(
    r"\s*(?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}?(\d{1,3}-year-old|[a-z][\w-]*)\s+"
    r"(?:[a-z]+ed|[a-z]+s|was|is|has|had|said|told|made|took|gave|went|came|spoke|sang|"
    r"left|kept|felt|put|set|met|ran|won|lost|sent|saw|got|did)\s+(?:out\s+)?[A-Za-z]"
)


#: A sentence opening on a definite description (*The real estate developer, who …*):
#: group 1 is its noun.
_EPITHET_SUBJECT = re.compile(
    r"\s*The\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)(?=,|\s+(?:[a-z]+ed|held|was|had)\b)"
)


def _person_head(word: str) -> bool:
    """Is ``word`` an age (*51-year-old*) or a noun for a person (*manager*, *nurse*)?"""
    low = word.lower()
    return (
        re.fullmatch(r"\d{1,3}-year-old", low) is not None
        or low in PERSON_NOUNS
        or role_of(low) not in (None, "organisation")
    )


#: The rest of an indefinite description after a body's name in it (*A former | State
#: Department official*): the capitalised words and the lower-case head.
_NAME_IN_DESCRIPTION = re.compile(r"((?:\s+[A-Z][\w'’.&-]*){1,3}\s+[a-z][\w-]*)\b(?!['’])")
#: An unnamed subject who asks something (*A reporter asked whether …*, *One voter asked
#: her if …*): not the one who answers.
_ASKER_SUBJECT = re.compile(
    r"\s*(?:A|An|One|Another|The)\s+(?:(?!(?:was|were|is|are|been|being|be)\s)[a-z][\w-]*\s+){0,3}?"
    r"(?:asked|pressed|wanted\s+to\s+know)"
    r"\s+(?:(?:him|her|them)\s+)?(?:whether|if|how|why|what|when|about)\b"
)
#: An apposition after an unnamed subject, up to its closing comma: ", a retired nurse,".
_UNNAMED_APPOSITION = re.compile(r",\s+((?:an?|the)\s+[^,;.\"“”]{1,60}),")
#: After an unnamed subject (and its asides): a verb in the active voice, not a form of
#: *be* or *have* (*A juror sat*, not *A juror was hurt*).
_ACTIVE_VERB_AFTER = re.compile(r"(?:,[^,;.\"“”]{1,120},)?[ \t]*([a-z]{3,})\b(?![ \t]+by\b)")
#: Forms of *be* and *have* (and what is no verb) that :func:`_acted` refuses.
_NOT_ACTING = frozenset(
    "was were is are be been being had has have who which that and or of in at for from "
    "with on to by".split()
)


def _acted(after: str, words: Sequence[str]) -> bool:
    """Does an unnamed subject, described by ``words``, do something in the past tense
    right after its asides (*A juror, a …, sat in the back*), not suffer it (*A guard was
    hurt*)?

    >>> _acted(", a nurse, sat down.", ["A", "juror"]), _acted(" was hurt.", ["A", "guard"])
    (True, False)
    """
    if any(w.lower() in _NOT_ACTING for w in words[1:]):
        return False  # ("A guard was hurt in": a verb inside the description)
    m = _ACTIVE_VERB_AFTER.match(after)
    if m is None or m.group(1) in _NOT_ACTING:
        return False
    verb = m.group(1)
    return verb.endswith("ed") or inflected_verb(verb) and not verb.endswith(("s", "ing"))


_DESCRIPTION_START = re.compile(
    r"\s*(?:[\"“‘'(]\s*)?(?:(?:The|the|A|a|An|an|This|this|That|that|"
    r"His|his|Her|her|Some|Many|Several|Other|Most|Another|another|(?:One|Another),\s+an?)\s+"
    r"(?:[a-z0-9][\w-]*\s+){0,3}[a-z][\w-]*\b(?!['’])"
    # "A Republican strategist", "One Democratic operative": an indefinite party member
    r"|(?:A|a|One)\s+(?:Republican|Democratic|GOP)\s+(?:[a-z0-9][\w-]*\s+){0,2}[a-z][\w-]*\b(?!['’])"
    # "the Democrat said", "the Kansas Republican said": a party names a person (before
    # a verb: "the Republican nominee" is read by the pattern above, not as a party)
    r"|(?:The|the)\s+(?:[a-z0-9][\w-]*\s+){0,2}(?:[A-Z][\w.'’-]*\s+){0,2}(?:Democrat|Republican)\b"
    r"(?=,|\s+(?:said|says|told|tells|added|adds|noted|did|does|was|is|has|had|would|will|"
    r"could|can|also|then|later|responded|replied|argued|insisted|laughed|declined|wrote)\b))"
)
#: A party as the head of a person's description: "a Democrat", "Democrat of Ohio",
#: "a Kansas Republican" (not "Republican National Committee chairman").
_PARTY_DESCRIPTOR = re.compile(
    r"(?:an?\s+|the\s+)?(?:(?!former\b|ex-)[a-z0-9][\w-]*\s+){0,2}"  # "a freshman Democrat"
    r"((?:[A-Z][\w.'’-]*\s+){0,2})(Democrat|Republican|Independent)"
    r"(?:\s+(?:of|from)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?))?"
    r"(?:,?\s+(?:who|whose)\s.*)?"  # "a Democrat from Ohio whose father …"
)


#: A descriptor naming only where someone is from (*of Texas*, *from New York*).
_FROM_PLACE = re.compile(r"(?:of|from)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")


#: A title opened by a place: "Ohio Gov.", "New York Sen.", "Texas Attorney General".
_PLACE_TITLE = re.compile(
    r"((?:[A-Z][a-z.]+\s+){1,2}?)(?:Gov\.|Governor|Sen\.|Senator|Rep\.|"
    r"Attorney\s+General|Lt\.\s+Gov\.|Mayor)$"
)


def _place_title(title: str, place: str) -> bool:
    """Does ``title`` open on ``place`` (*Ohio Gov.* for *Ohio*)?

    >>> _place_title("Ohio Gov.", "Ohio"), _place_title("Gov.", "Ohio")
    (True, False)
    """
    m = _PLACE_TITLE.fullmatch(title.strip())
    return m is not None and _same_place(m.group(1).strip(), place)


def _same_place(said: str, place: str) -> bool:
    """Is ``said`` (*Texas*, *Calif.*, *N.Y.*) the place ``place`` (*Texas*, *California*,
    *New York*)? A full name, or an abbreviation of its words' first letters.

    >>> _same_place("Calif.", "California"), _same_place("N.Y.", "New York")
    (True, True)
    >>> _same_place("Fla.", "Florida"), _same_place("Wis.", "Wisconsin")
    (True, True)
    >>> _same_place("Texas", "Ohio"), _same_place("Ore.", "Ohio")
    (False, False)
    """
    said, place = said.strip(" ."), place.strip()
    if said.lower() == place.lower():
        return True
    words = place.split()
    if "." in said and len(words) > 1:
        return said.replace(".", "").upper() == "".join(w[0] for w in words).upper()
    if len(words) != 1 or len(said) < 2 or said[0].lower() != place[0].lower():
        return False
    rest = iter(place.lower()[1:])  # "Fla." in "Florida": its letters in order
    return all(c in rest for c in said.lower()[1:])


#: Prepositions after a description's head noun (*an agent in the city*, *a nurse at the ward*).
_OF_PLACE = frozenset("in at for from of with on".split())
#: The rest of a prepositional phrase cut short by the description pattern: up to three
#: words, then the comma of an aside (*… in the* | * city, who declined to be named, said*).
#: A who clause set off only by its closing comma: " who asked that her name not be used,".
_WHO_ASIDE = re.compile(
    r"\s+who\s+[^,;.\"“”]{1,80},"
    # ... and a second one joined on ("who worked there, and who asked not to be named,",
    # "who works on House races, who asked not to be named,")
    r"(?:(?:\s+and)?\s+who\s+[^,;.\"“”]{1,100},)?"
)
#: ... or without commas, up to the reporting verb (*A nurse who asked not to be named said*).
_WHO_TO_VERB = re.compile(
    r"\s+who\s+[^,;.\"“”]{1,80}?(?=\s+(?:said|says|told|tells|added|adds|wrote|writes)\b)"
)
_PHRASE_TO_COMMA = re.compile(r"((?:\s+[\w'’-]+){0,3}?)(?=,|\s+who\s+[^,;.\"“”]{1,80},)")
#: ... or the rest of it up to a reporting verb, with no aside (*… for the regional*
#: | * government said*).
_PHRASE_TO_VERB = re.compile(
    r"((?:\s+[\w'’-]+){0,3}?)(?=\s+(?:said|says|told|tells|added|adds|wrote|writes)\b)"
)


#: A conjunction opening a sentence before a subject with an article ("But the former
#: president said"; not "But that is …").
_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet|So|Still|Now)\b,?(?=\s+(?:the|a|an)\s)")
#: Before a name: a clause joined on with ", and" (or ", but"), perhaps a description set
#: off before the name (*…, and the Speaker, Owen Keane,*).
_JOINED_CLAUSE_BEFORE = re.compile(r",\s+(?:and|but)\s+(?:(?:the|an?)\s+[\w\s'’-]{1,40},\s+)?$")
#: After such a name: its verb, past tense (*, stood up*, *rose*, *cut in*).
_FINITE_AFTER_NAME = re.compile(
    # (perhaps after a who-clause set off by commas: "…, and Ann Lee, who chaired it, rose")
    r"(?:,\s+who\s+[^,;.\"“”\n]{1,80},)?"
    r",?\s+(?:[a-z]+ed|stood|rose|got|came|took|began|spoke|broke|cut|went|ran|stepped)\b"
)

#: After a name: a verb of cutting someone off to speak (*, cut her off*, *interrupted him*).
#: Verbs of cutting in on someone (*cut her off*, *broke in*, *interrupted*).
CUTTING_IN = r"cut\s+(?:him|her|them)\s+off|cut\s+in|broke\s+in|interrupted|interjected|jumped\s+in"
_CUTS_IN_AFTER_NAME = re.compile(
    rf"\s+(?:quickly\s+|then\s+)?(?:{CUTTING_IN}"
    # (or keeps the floor: "Lee began to answer, but Ruiz kept going")
    r"|kept\s+(?:going|talking|on)|pressed\s+on|pushed\s+on|carried\s+on|went\s+on)\b"
)

#: A word that is a finite verb after a subject (*showed*, *has*, *says*): where a
#: description read too far is cut.
_FINITE_VERB = re.compile(
    r"[a-z]+ed|has|had|is|was|are|were|will|would|can|could|did|does|says|said|told|"
    r"made|took|gave|got|went|spoke|wrote|kept|left|felt|thought|knew|became|began|"
    # irregular verbs of gesture and movement that narrate what someone did before speaking
    # ("the governor shook her head", "the manager stood up", "the coach sat down")
    r"shook|stood|sat|rose|drew|threw|held|ran|led|bit|swore|wore|broke|froze|woke|"
    r"grew|blew|hung|swung|struck|fought|caught|sought|brought|shrugs|smiles|nods"
)


#: After an organisation's name: it reports what others did (a news outlet as a source).
_OUTLET_REPORTS = re.compile(r"['’]?s?\s+(?:first\s+|also\s+|previously\s+)?report(?:ed|s)\b")


#: Last words of an organisation that is no company (*the company* does not mean it).
_NOT_COMPANIES = frozenset(
    """university college school fund foundation party committee council department agency
ministry government administration commission court congress senate house church union
institute association police army navy""".split()
)


#: Before a name: it is governed (a recipient, a place), not the one acting.
_GOVERNED = re.compile(
    r"\b(?:to|in|at|from|for|on|with|by|into|of|including|told|telling|tells|tell)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A description of a business (*the photo-editing software company*, *a Dutch chip
#: maker*): its head noun.
_COMPANY_DESCRIPTOR = re.compile(
    r"^(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:company|firm|maker|manufacturer|retailer|"
    r"chain|start-?up|cooperative|co-op|corporation|conglomerate|airline|insurer|publisher|"
    r"developer|supplier|operator)$",
    re.I,
)


def _company_like(e: Entity) -> bool:
    """An organisation, or a name of unknown kind that cannot be a person's: several words,
    the first no first name, the last a common noun (*Orbit Labs*, *Halvorsen Energy*).
    Not a school, a fund, a party or a public body (*Columbia University*, *the Senate*)."""
    words = e.canonical.split()
    if e.kind == "organisation":
        return (
            not _placelike(e)
            and words[-1].lower() not in _NOT_COMPANIES
            # a party or a people: "Republican", "Senate Democrats", "Americans"
            and words[-1].lower() not in GROUP_SINGULAR
            and not _plural_group(words[-1])
        )
    if any(_COMPANY_DESCRIPTOR.search(d) for d in e.descriptors):
        return True  # "Lumora, the photo-editing software company, said"
    if e.gender is not None or e.titles or len(words) < 2:
        return False  # (a name without a first name may have been taken for a person's)
    last = words[-1].lower()
    english = english_words()
    return (
        words[0] not in all_first_names()
        and words[-1] not in all_first_names()  # "Trayvon Martin"
        and (last in english or last.endswith("s") and last[:-1] in english)
    )


#: Where the head of an organisation's name ends: *Central Bank | of Lorrand*.
#: (any case: a headline's "CNN Disputes Characterization Of Network's …" is no network)
_NAME_HEAD_CUT = re.compile(r"\s+(?:of|for|on|in|at)\s+", re.IGNORECASE)
#: First words of a title that make another title of the one after them (*prime minister*,
#: *vice president*, *deputy mayor*): a description with one matches only a holder of it.
_COMPOUND_TITLE_FIRST = frozenset("prime vice deputy assistant lieutenant attorney".split())
#: Handing the floor to the person named next (*gave the floor back to*, *called on*).
#: How many sentences of narration back (the pronoun's own counted) a sentence handing the
#: floor to someone is read: that one and a sentence describing the speaker after it.
_FLOOR_REACH = 2
_FLOOR_TO = re.compile(
    r"\b(?:(?:gave|gives|give|handed|hands|hand|turned|turns|turn|yielded|yields|yield|passed|"
    r"passes)\s+(?:the\s+)?(?:floor|microphone|mic|podium)\s+(?:back\s+|over\s+)?to|"
    r"called\s+on|calls\s+on)\s+\Z"
)
#: Heads of titles whose noun before them names a different office (*press secretary*,
#: *transport secretary*; *finance minister*, *foreign minister*), or a different medium or
#: beat (*radio host*, *television host*; *sports editor*, *politics editor*).
_OFFICE_HEADS = frozenset(
    "secretary minister commissioner host anchor presenter correspondent editor".split()
)
#: Of those, the heads of a job in the news trade, whose noun before them clashes with
#: another only when both name a medium, or both a beat (*radio host* is no *television
#: host*, but the *morning host* may be the *radio host*, the *city editor* the
#: *newspaper editor*).
_MEDIA_HEADS = frozenset("host anchor presenter correspondent editor".split())
_MEDIA = frozenset(
    "radio television tv cable network newspaper paper magazine podcast online".split()
)
_BEATS = frozenset(
    """sports politics political business foreign science health arts fashion food opinion
editorial features metro""".split()
)
#: Words before a title's head that rank, not name, the office (*deputy secretary*).
_RANKS = frozenset(
    "the a an his her its their deputy assistant acting interim former then current new top "
    "chief senior junior principal first under".split()
)


def _head_modifier(phrase: str, head: str) -> str:
    """The lower-case noun right before ``head`` in ``phrase`` that names the kind of office
    (*press* in *the White House press secretary*), ``""`` when there is none.

    >>> _head_modifier("the White House press secretary", "secretary")
    'press'
    >>> _head_modifier("the deputy secretary", "secretary"), _head_modifier("Secretary", "secretary")
    ('', '')
    """
    words = [w.strip(",.") for w in phrase.split()]
    k = next((n for n in range(len(words) - 1, 0, -1) if words[n].lower() == head), 0)
    if k == 0:
        return ""
    before = words[k - 1]
    # (lower case: "the Democratic secretary" names a party, not an office)
    return before if before.isalpha() and before.islower() and before not in _RANKS else ""


def _other_compound(known: Sequence[str], head: str, modifier: str) -> bool:
    """Do the titles and descriptions ``known`` hold ``head`` only after another noun than
    ``modifier`` (*deputy transport secretary* for *the press secretary*)?

    >>> _other_compound(["the deputy transport secretary"], "secretary", "press")
    True
    >>> _other_compound(["Press Secretary", "the transport secretary"], "secretary", "press")
    False
    """
    others = False
    for t in known:
        words = [w.strip(",.").lower() for w in t.split()]
        for n, w in enumerate(words):
            if w != head:
                continue
            before = words[n - 1] if n else ""
            if before == modifier:
                return False
            if before.isalpha() and before not in _RANKS and _clashing(head, before, modifier):
                others = True
    return others


def _clashing(head: str, before: str, modifier: str) -> bool:
    """Do the nouns ``before`` and ``modifier`` before ``head`` name different offices? For
    a job in the news trade (:data:`_MEDIA_HEADS`), only two media or two beats do.

    >>> _clashing("host", "radio", "television"), _clashing("host", "morning", "radio")
    (True, False)
    >>> _clashing("host", "tv", "television")
    False
    """
    if head not in _MEDIA_HEADS:
        return True
    before, modifier = _SAME_MEDIUM.get(before, before), _SAME_MEDIUM.get(modifier, modifier)
    return before != modifier and any(
        before in kind and modifier in kind for kind in (_MEDIA, _BEATS)
    )


#: Words for one medium, and the word they are compared as (*TV* is *television*).
_SAME_MEDIUM = {"tv": "television", "cable": "television", "paper": "newspaper"}


#: An age set off by commas after a description: "the striker, 24, said".
_AGE_APPOSITIVE = re.compile(r"\s*,\s*(\d{1,3}),")


#: Last words of a business's name (*Brightwell Foods*, *Orbit Labs*, *Nexa Group*).
_BUSINESS_HEADS = frozenset(
    """foods ferries partners motors pharmaceuticals airways sciences laboratories labs brands
enterprises ventures logistics railways investments associates airlines holdings industries
systems technologies group inc corp corporation company co llc ltd plc products""".split()
)


#: Titles of a public prosecutor ("District Attorney", "Crown counsel", "U.S. Attorney").
#: A clergy title (*the Rev. Tom Bly*) and the nouns a description may call its holder by.
_CLERGY_TITLES = frozenset("rev rev. reverend pastor".split())
_CLERGY_NOUNS = frozenset("pastor minister reverend preacher clergyman priest".split())
_PROSECUTOR = re.compile(
    r"\b(?:district|state's|state’s|county|u\.s\.|us|crown)\s+(?:attorney|counsel)\b"
    r"|\battorney\s+general\b|\bprosecut",
    re.IGNORECASE,
)


def _party_place(m: re.Match[str]) -> str:
    """The place a :data:`_PARTY_DESCRIPTOR` match names: before the party (*a Texas
    Republican*) or after it (*Democrat of Ohio*); ``""`` when none."""
    return " ".join((m.group(1) or "").split()) or (m.group(3) or "")


def _from_elsewhere(e: Entity, place: str) -> bool:
    """Is ``e`` described as from a place other than ``place`` (*of Texas*, *D-Ohio*)?"""
    for d in e.descriptors:
        m = _FROM_PLACE.fullmatch(d.strip(" ,."))
        named = m.group(1) if m else ""
        if not named and (p := _PARTY_DESCRIPTOR.fullmatch(d.strip(" ,."))):
            named = _party_place(p)
        if named and not _same_place(named, place):
            return True
    return False


#: Titles only an elected lawmaker or executive holds (*Rep.*, *Sen.*, *Gov.*).
_LAWMAKER_TITLES = frozenset(
    """rep rep. representative sen sen. senator gov gov. governor congressman congresswoman
assemblyman assemblywoman assemblymember""".split()
)


def _lawmaker_title(e: Entity) -> bool:
    """Is ``e`` titled as an elected lawmaker or governor (*Rep.*, *Sen.*, *Gov.*)?"""
    return any(w.lower() in _LAWMAKER_TITLES for t in e.titles for w in t.split())


#: How far back an epithet's person is looked for (this paragraph and the one before, at
#: most this many characters).
_EPITHET_REACH = 2500


#: Things someone issues that speak for them (*the editorial*, *the letter*, *the post*).
_SPOKEN_THINGS = (
    word_list("documents") | word_list("it_heads") | word_list("speech_nouns") | {"editorial"}
)


def _thing_in_clause(e: Entity, head: str, synonyms: dict[str, set[str]]) -> bool:
    """Is ``head`` a noun for no person (no role, no person noun) that ``e``'s titles and
    descriptors hold only inside a relative clause (*who set up the protest camp*)? Such a
    noun names what the person did, not the person: *the camp* is not her."""
    if head in PERSON_NOUNS or head in synonyms or head in _SPOKEN_THINGS:
        return False  # ("who wrote the editorial": *the editorial said* is theirs)
    inside = False
    for t in e.titles + e.descriptors:
        if head not in {w.strip(",.").lower() for w in t.split()}:
            continue
        if not t.lower().startswith(("who ", "whose ")):
            return False
        inside = True
    return inside and role_of(head) is None


class Entities:
    """The people and organisations of one article, with alias and reference resolution.

    Build it with :func:`cluster_entities`.
    """

    def __init__(
        self,
        text: str,
        mentions: list[NameMention],
        entities: list[Entity],
        by_mention: list[Entity],
        exclude: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.entities = entities
        self._by_mention = by_mention
        self._starts = [m.start for m in mentions]
        self._company_leaders: list[tuple[int, Entity | None]] | None = None
        self._frequent: list[Entity] | None = None
        #: head noun of an organisation's name -> (mention starts, entities), built once
        self._org_heads: dict[str, tuple[list[int], list[Entity]]] | None = None
        self._index: dict[str, Entity] = {}
        self._surnames: dict[str, Entity] = {}
        self._family: dict[str, list[Entity]] = {}
        self._first: dict[str, Entity] = {}
        #: a person's given name (as written) -> how many people of the article bear it
        self._given: dict[str, int] = {}
        for e in entities:
            if e.kind == "person" and e.canonical.split():
                given = e.canonical.split()[0]
                self._given[given] = self._given.get(given, 0) + 1
            for a in (e.canonical, *e.aliases):
                self._index.setdefault(a.lower(), e)
            words = e.canonical.lower().split()
            if len(words) > 1:
                self._surnames.setdefault(words[-1], e)
                self._family.setdefault(words[-1], []).append(e)
                self._first.setdefault(words[0], e)
        self._exclude = sorted(exclude)
        self._sentence_starts = sorted(_sentence_starts(text))
        self._pronouns: dict[str, list[int]] = {}
        for m in _HE_SHE.finditer(text):
            self._pronouns.setdefault(m.group().lower(), []).append(m.start())
        #: entities already attributed a quote (filled in by the caller): salient people
        #: unnamed people who report ("A patient … said"), by (offset, gender)
        self._unnamed: dict[tuple[int, str], Entity] = {}
        #: id(entity) -> (its titles, its descriptors, the words they give), see _known_words
        self._known: dict[int, tuple[tuple[str, ...], tuple[str, ...], set[str] | None]] = {}
        self._newlines: list[int] | None = None  # where each line break is, built when asked
        #: (offset, party avoided) -> the person an epithet there means, see _epithet_person
        self._epithet_people: dict[tuple[int, str | None], Entity | None] = {}
        #: (sentence start, end, sex, quotation) -> an unnamed person, see _gendered_unnamed
        self._gendered: dict[tuple, Entity | None] = {}
        #: (description, offset) -> the person a sentence-opening description is
        self._described: dict[tuple[str, int], Entity | None] = {}
        #: the arguments of :meth:`_topic` -> its answer, see _topic_remembered
        self._topics: dict[tuple, tuple[Entity | str | None, Entity | None, bool]] = {}
        #: what a pronoun's sentences are read with (see _topic_remembered) -> its number
        self._contexts: dict[tuple, int] = {}
        #: a name's start -> is it inside what another reports, see _inside_report
        self._reported: dict[int, bool] = {}

    def shares_given_name(self, entity: Entity) -> bool:
        """Does another person of the article bear ``entity``'s given name?"""
        words = entity.canonical.split()
        return bool(words) and self._given.get(words[0], 0) > 1

    @property
    def sentence_starts(self) -> list[int]:
        """Where each sentence of the text starts, in order."""
        return self._sentence_starts

    def __iter__(self):
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def lookup(self, name: str) -> Entity | None:
        """The entity a name (or alias, possessive or with a title) refers to.

        Without a full match, a name whose last word is a known surname, or
        whose first word is a known first name, joins that entity.
        """
        words = [w for w in re.sub(r"['’]s?$", "", name.strip()).split() if w]
        title, rest = split_title(words) if len(words) > 1 else ([], words)
        key = " ".join(rest).lower()
        if not key:
            return None
        if key in self._index:
            return self._index[key]
        parts = key.split()
        last = self._index.get(parts[-1]) or self._surnames.get(parts[-1])
        if last is not None and (
            len(parts) == 1
            or parts[0] in (a.lower().split()[0] for a in (last.canonical, *last.aliases))
        ):
            return last
        if len(parts) == 1:
            return self._first.get(parts[0])
        for n in range(1, len(parts) - 1):
            # "Union Boss Dan Pike" in a Title-Cased headline: a person's full name at the
            # end, capitalised words of description (no first name) before it
            if rest[n - 1] in all_first_names() or not rest[n - 1][:1].isupper():
                break
            full = self._index.get(" ".join(parts[n:]))
            if full is not None and full.kind == "person" and " " in full.canonical:
                return full
        return None

    def person_named(self, name: str, gender: str | None = None) -> Entity | None:
        """The person whose surname (or name) is ``name``, ignoring organisations.

        With ``gender`` (from a title: *MRS ARKWRIGHT:*), of two people who share the
        surname the one of that gender."""
        family = self._family.get(name.lower(), [])
        if gender and len(family) > 1:
            same = [e for e in family if e.gender == gender and e.kind != "organisation"]
            if len(same) == 1:
                return same[0]
        ent = self._surnames.get(name.lower())
        if ent is not None and ent.kind != "organisation":
            return ent
        ent = self.lookup(name)
        return ent if ent is not None and ent.kind != "organisation" else None

    def mention_at(self, start: int) -> NameMention | None:
        """The name mention that starts at offset ``start``, if any."""
        i = bisect.bisect_left(self._starts, start)
        return self.mentions[i] if i < len(self._starts) and self._starts[i] == start else None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity of the name mention overlapping ``[start, end)``."""
        i = bisect.bisect_right(self._starts, end) - 1
        while i >= 0 and self.mentions[i].end > start:
            if self.mentions[i].start < end:
                return self._by_mention[i]
            i -= 1
        return None

    def _enclosing(self, offset: int) -> tuple[int, int] | None:
        """The excluded span (a quotation) that contains ``offset``, if any."""
        i = bisect.bisect_right(self._exclude, (offset, 1 << 62)) - 1
        if i >= 0 and self._exclude[i][0] <= offset < self._exclude[i][1]:
            return self._exclude[i]
        return None

    def _excluded(self, offset: int, within: tuple[int, int] | None = None) -> bool:
        """Is ``offset`` inside a quotation? Not when that is ``within``, the quoted
        passage a pronoun stands in: its own names are antecedents for its pronouns."""
        span = self._enclosing(offset)
        return span is not None and span != within

    def persons_before(self, offset: int, window: int = 2500) -> list[tuple[NameMention, Entity]]:
        """Person-like name mentions before ``offset`` (most recent first), outside quotes."""
        i = bisect.bisect_left(self._starts, offset) - 1
        out = []
        while i >= 0 and self.mentions[i].start > offset - window:
            m, e = self.mentions[i], self._by_mention[i]
            if e.kind != "organisation" and not self._excluded(m.start):
                out.append((m, e))
            i -= 1
        return out

    def resolve_pronoun(
        self,
        pronoun: str,
        offset: int,
        prefer: Entity | None = None,
        prefer_since: int | None = None,
        window: int = 2500,
        quoted: Collection[Entity] = (),
        other_sex: Collection[Entity] = (),
    ) -> Entity | None:
        """The person a third-person pronoun at ``offset`` refers to, or ``None``.

        Sentences are read backwards from the pronoun, outside quotations. In
        each, the first gender-compatible element in subject position (a
        person's name, or a *he*/*she* of the same gender) is the sentence's
        topic; in a sentence opening with a subordinate or prepositional
        phrase (*When Maddow asked, Clinton said …*) the main clause comes
        first. A name ends the search; a pronoun continues the chain into the
        sentence before (*He said Mateen …* is about the earlier *he*). The
        current speaker ``prefer`` (quoted last, that quote ending at
        ``prefer_since``) is the answer when the chain reaches that quote
        without meeting a new name. Names after *the*/*a* (*the Sandy Hook
        shootings*) and possessives (*Trump's campaign*) are only a fallback. A name of
        unknown kind counts as a person only when it is one of the speakers ``quoted`` so far
        (or reports something itself). ``other_sex``: people of unknown gender the text has
        just called by a pronoun of the other sex (*"…," she said*), never the answer; nor
        is the asker of an opening *Asked by X whether …,* clause in the pronoun's sentence.
        """
        gender = PRONOUNS.get(pronoun.lower())
        if gender not in ("male", "female"):
            return None
        within = self._enclosing(offset)  # a pronoun inside a long quoted passage
        prefer_ok = (
            prefer is not None
            and prefer.gender in (None, gender)
            and prefer.kind != "organisation"
            and prefer_since is not None
        )
        starts = self._sentence_starts
        s = bisect.bisect_right(starts, offset)
        agent = _BY_AGENT.match(self.text, starts[s - 1], offset) if s >= 1 else None
        if agent is not None:
            # "Asked by the coroner, Ann Lee, whether …, she replied": never Lee
            askers = [e for m, e in self._mentions_in(agent.start(1), agent.end())]
            other_sex = (*other_sex, *askers)
            if prefer is not None and prefer in askers:
                prefer_ok = False
        fallback: Entity | None = None
        s0, epithet_before = s, False
        context = (gender, within, tuple(quoted), tuple(other_sex))
        number = self._contexts.setdefault(context, len(self._contexts))
        near = True  # only sentences in quotes or about a he/she so far
        chained = False  # the sentence after this one had a he/she as its topic
        outside = 0  # sentences read back with narration outside quotation
        told_of = False  # a sentence about a he/she met before any weak name
        while s >= 1:
            a = starts[s - 1]
            if a < offset - window:
                break
            b = min(offset, starts[s] if s < len(starts) else len(self.text))
            found, weak, words = self._topic_remembered(
                a,
                b,
                prefer if prefer_ok and prefer_since >= a else None,
                near,
                chained,
                context,
                number,
            )
            outside += words
            given = self._given_the_floor(a, b, gender) if outside <= _FLOOR_REACH else None
            if given is not None:
                # "Ann Ruiz gave the floor to Bob Tate. The 40-year-old had no notes. '…,' he
                # said": the one handed the floor, not the one who handed it (named first)
                return given
            if prefer_ok and prefer_since >= a and told_of:
                named = self._named_in_new_paragraph(fallback, prefer, prefer_since, offset, gender)
                if named is not None and named not in other_sex:
                    return named
            if isinstance(found, Entity):
                return found
            chained = found == "pronoun"
            # (a sentence after the weak name, not the pronoun's own, that names no one else)
            told_of = told_of or (s != s0 and fallback is None and weak is None)
            if (
                found == "pronoun"
                and epithet_before
                and isinstance(weak, Entity)
                and weak.kind == "person"
                and weak.gender in (None, gender)
            ):
                # "The feud has left Carl Bunt with an open road. The developer held a
                # rally, where he said …": the epithet means the one person the sentence
                # before names, as no subject
                return weak
            epithet_before = (
                found == "pronoun" and a == starts[s0 - 1] and self._epithet_subject(a, offset)
            )
            if fallback is None:
                fallback = weak
            if prefer_ok and prefer_since >= a:
                if not self._speaker_in_subordinate(found, prefer, a, gender, within):
                    return prefer
                prefer_ok = False
            if found != "pronoun" and words:
                near = False  # a sentence not about the pronoun's person: the chain is cold
            s -= 1
        return fallback if fallback is not None else (prefer if prefer_ok else None)

    def _named_in_new_paragraph(
        self, weak: Entity | None, prefer: Entity, since: int, offset: int, gender: str
    ) -> Entity | None:
        """The person ``weak`` (named, not as a subject, after the current speaker
        ``prefer``'s last quote, which ends at ``since`` in an earlier paragraph than the
        pronoun at ``offset``): a new paragraph that names someone, then tells of them in a
        sentence naming no one else, and quotes *he*/*she* is about them (*Reporters found
        Ann Lee in the lobby. Asked about it, the 58-year-old smiled. "…," she said*), not
        about the last speaker. Not a possessive (*Lee's plan*), nor one of the other sex."""
        if weak is None or weak is prefer or weak.kind != "person":
            return None
        start = self._paragraph_start(offset)
        if weak.gender != gender or start < since:
            return None
        for ms, me in weak.mentions:
            if since < ms < offset and not re.match(r"[\'\u2019]s\b", self.text[me : me + 3]):
                return weak
        return None

    def _paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` starts (-1 for the first)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect.bisect_left(self._newlines, offset)
        return self._newlines[k - 1] if k else -1

    def _joined_late(
        self, main: list, after: int, gender: str, a: int, b: int
    ) -> tuple[int, int, Entity | None] | None:
        """The element of a person of ``gender`` (or of unknown sex) named for the first time
        as the subject of a clause joined on with *, and*/*, but* after ``after``, its verb
        past tense (perhaps after a who-clause): *…, and the Speaker, Owen Keane, stood up*;
        or named before, when that verb cuts in: *Lee began to answer, but Ruiz cut her off*."""
        for el in reversed(main):
            e = el[2]
            if (
                el[0] > after
                and e is not None
                and e.kind == "person"
                and e.gender in (None, gender)
                and e.mentions
                and _JOINED_CLAUSE_BEFORE.search(self.text, max(a, el[0] - 60), el[0])
                and (
                    e.mentions[0][0] >= el[0] - 1
                    and _FINITE_AFTER_NAME.match(self.text, self._end_of(el[0]), b)
                    # "Lee began to answer, but Ruiz cut her off": who cuts in has the floor
                    or _CUTS_IN_AFTER_NAME.match(self.text, self._end_of(el[0]), b)
                )
            ):
                return el
        return None

    def _given_the_floor(self, a: int, b: int, gender: str) -> Entity | None:
        """The person of ``gender`` a sentence ``a..b`` hands the floor to (*the chair gave
        the floor back to Bob Tate*, *she called on Ann Lee*): the one who speaks next."""
        for m, e in self._mentions_in(a, b):
            if _FLOOR_TO.search(self.text, max(a, m.start - 60), m.start) and (
                self._compatible(e, gender, m) is not None and e.kind == "person"
            ):
                if re.match(r",?\s+(?:and\s+then|and|then)\s+[a-z]", self.text[m.end : b]):
                    return None  # ("gave the floor to Kidd, then turned to his clerk": the
                    # giver acts on)
                return e
        return None

    def _epithet_subject(self, a: int, b: int) -> bool:
        """Does the sentence at ``a`` open on a definite description of a person (*The
        real estate developer, who …, held*) whose noun the text has not used before?"""
        m = _EPITHET_SUBJECT.match(self.text, a, b)
        if m is None:
            return False
        head = m.group(1).lower()
        if head in _GENERIC_PERSONS or not (head in PERSON_NOUNS or wordnet_person(head)):
            return False
        lo = max(0, a - _EPITHET_WINDOW)
        return re.search(rf"\b{re.escape(head)}s?\b", self.text[lo:a], re.I) is None

    def resolve_organisation(
        self, offset: int, prefer: Entity | None = None, sentences: int = 3
    ) -> Entity | None:
        """The organisation *it*/*they* at ``offset`` refers to, or ``None``.

        The most recent organisation named outside quotations in the last few
        sentences (a subject first), else the current speaker ``prefer`` if it
        is an organisation.

        >>> from nbutils.speakers import cluster_entities
        >>> ents = cluster_entities("The Washington Post reported it first. It said so.")
        >>> ents.resolve_organisation(35).canonical
        'Washington Post'
        """
        starts = self._sentence_starts
        s = bisect.bisect_right(starts, offset)
        while s >= 1 and sentences > 0:
            a = starts[s - 1]
            b = min(offset, starts[s] if s < len(starts) else len(self.text))
            orgs = [
                (m, e)
                for m, e in self._mentions_in(a, b)
                if e.canonical.split()[-1].lower() not in THOROUGHFARES  # "Ashby Road"
                and (
                    e.kind == "organisation"
                    or m.reporting
                    and not _placelike(e)
                    and _company_like(e)
                )
                and not self._excluded(m.start)
            ]
            if orgs:
                # a possessive is no subject: "Grayson's rival, Oakhill Homes, said it …"
                return next(
                    (
                        e
                        for m, e in orgs
                        if m.subject and not self.text.startswith(("'s", "’s"), m.end)
                    ),
                    orgs[0][1],
                )
            s -= 1
            sentences -= 1
        return prefer if prefer is not None and prefer.kind == "organisation" else None

    def last_company(self, offset: int, sentences: int = 3) -> Entity | None:
        """The organisation *the company* (*the firm*, *the group*) at ``offset`` means: the
        one named last before it in the last few sentences, outside quotations — not the
        subject of a sentence before, nor a news outlet that only reports (*…, the Daily
        Ledger reported*). A name the word lists do not know as an organisation counts when
        it cannot be a person's (*Halvorsen Energy*: no first name, a common noun last).

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Nexa Group bought Orbit Labs. Orbit Labs lost money. The company said so."
        >>> cluster_entities(t).last_company(t.index("The company")).canonical
        'Orbit Labs'
        """
        for m, e in self._mentions_back(offset, sentences):
            if self._excluded(m.start) or not _company_like(e):
                continue
            if _GOVERNED.search(self.text, max(0, m.start - 25), m.start):
                continue  # "told The Evening Ledger", "in New York": not the one acting
            if _OUTLET_REPORTS.match(self.text, m.end):
                continue  # "…, the Daily Ledger reported": the source, not the company
            return e
        return self._main_company(offset)

    def organisation_headed(self, head: str, offset: int) -> Entity | None:
        """The organisation *the museum* (*the bank*, *the festival*) at ``offset`` means:
        the one whose name has that head noun (*Ashlowe Museum of World Cultures*, *Central
        Bank of Lorrand*), named last before ``offset`` outside quotations, however far
        back; ``None`` when no name has it. The head of a name is its last word before
        *of*/*for* (*the culture* is no *Ashlowe Museum of World Cultures*). The names of
        each head are indexed once per article, so each question is a bisection.

        >>> from nbutils.speakers import cluster_entities
        >>> t = ("The Central Bank of Lorrand held rates. Critics were angry. Ann Roe, an "
        ...      "economist, disagreed. Trade fell. The bank said it would wait.")
        >>> cluster_entities(t).organisation_headed("bank", t.index("The bank")).canonical
        'Central Bank of Lorrand'
        """
        if self._org_heads is None:
            index: dict[str, tuple[list[int], list[Entity]]] = {}
            heads: dict[int, str] = {}  # id(entity) -> the head of its name ("" for none)
            for e in self.entities:
                cut = _NAME_HEAD_CUT.split(e.canonical, maxsplit=1)
                words = cut[0].split()
                heads[id(e)] = (
                    words[-1].lower()
                    if e.kind != "person"
                    # ("Church" alone: a name of one word is no description's; "Department
                    # of Veterans Affairs" is "the department")
                    and (len(words) > 1 or len(cut) > 1 and e.kind == "organisation")
                    and words[-1].isalpha()
                    and not _placelike(e)
                    and (e.kind == "organisation" or _company_like(e))
                    else ""
                )
            for m, e in zip(self.mentions, self._by_mention, strict=True):
                name_head = heads.get(id(e), "")
                if name_head and not self._excluded(m.start):
                    starts, ents = index.setdefault(name_head, ([], []))
                    starts.append(m.start)
                    ents.append(e)
            self._org_heads = index
        found = self._org_heads.get(head.lower())
        if found is None:
            return None
        i = bisect.bisect_left(found[0], offset) - 1
        return found[1][i] if i >= 0 else None

    def last_fitting(
        self, offset: int, fits: Callable[[Entity], bool], sentences: int = 6
    ) -> Entity | None:
        """The organisation named last before ``offset`` (in the last few sentences, outside
        quotations) that ``fits`` says a generic description fits (*the airline*: a name
        ending *Airways*, or one described as an airline), or ``None``. Not a person
        (one with a gender or a title).

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Kelby Airways and Dorn Bank cut jobs. The airline said so."
        >>> fits = lambda e: e.canonical.endswith("Airways")
        >>> cluster_entities(t).last_fitting(t.index("The airline"), fits).canonical
        'Kelby Airways'
        """
        for m, e in self._mentions_back(offset, sentences):
            if (
                (
                    e.kind != "person"
                    or e.gender is None
                    and not e.titles
                    and len(e.canonical.split()) > 1
                )
                and not self._excluded(m.start)
                and fits(e)
            ):  # ("Halden Power raised prices": a firm, though it reads like a man's name)
                return e
        return None

    def _mentions_back(self, offset: int, sentences: int) -> Iterator[tuple[NameMention, Entity]]:
        """The mentions before ``offset`` in its sentence and the ``sentences`` before it,
        the most recent first, each with its entity."""
        starts = self._sentence_starts
        k = bisect.bisect_right(starts, offset) - 1
        a = starts[max(0, k - sentences)] if k >= 0 else 0
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0 and self.mentions[i].start >= a:
            yield self.mentions[i], self._by_mention[i]
            i -= 1

    def _frequent_people(self) -> list[Entity]:
        """The few people the article names most often (at most :data:`_FREQUENT`), worked
        out once per article, so a question about them costs no pass over the text."""
        if self._frequent is None:
            people = [e for e in self.entities if e.kind == "person"]
            people.sort(key=lambda e: -len(e.mentions))
            self._frequent = people[:_FREQUENT]
        return self._frequent

    def _main_company(self, offset: int) -> Entity | None:
        """The company an article is about, when *the company* has none named in the last
        few sentences: the business (a name ending *Foods*, *Labs*, *Group*, *Inc.* …) named
        most often before ``offset`` (at least twice, and more often than any other).

        The leader after each mention is worked out once per article (one pass over the
        businesses' mentions), so each question is a bisection: linear in the text."""
        if self._company_leaders is None:
            events = sorted(
                (m[0], k, e)
                for k, e in enumerate(self.entities)
                if _company_like(e)
                and (
                    (
                        e.kind == "organisation"
                        # a name of unknown kind: not a category ("Dairy Products")
                        or e.kind == "unknown"
                        and e.canonical.split()[0].lower() not in english_words()
                    )
                    and e.canonical.split()[-1].lower().rstrip(".") in _BUSINESS_HEADS
                    # "Lumora, the photo-editing software company": described as one
                    or any(_COMPANY_DESCRIPTOR.search(d) for d in e.descriptors)
                )
                for m in e.mentions
                if not self._excluded(m[0])
            )
            counts: dict[int, int] = {}
            leaders: list[tuple[int, Entity | None]] = []
            best: tuple[int, Entity | None] = (0, None)  # (count, leader or None on a tie)
            for at, k, e in events:
                counts[k] = counts.get(k, 0) + 1
                if counts[k] > best[0]:
                    best = (counts[k], e)
                elif counts[k] == best[0] and best[1] is not e:
                    best = (counts[k], None)
                leaders.append((at, best[1] if best[0] >= 2 else None))
            self._company_leaders = leaders
        leaders = self._company_leaders
        i = bisect.bisect_left(leaders, offset, key=lambda x: x[0]) - 1
        return leaders[i][1] if i >= 0 else None

    def _mentions_in(self, a: int, b: int) -> list[tuple[NameMention, Entity]]:
        i = bisect.bisect_left(self._starts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            out.append((self.mentions[i], self._by_mention[i]))
            i += 1
        return out

    def _compatible(self, e: Entity, gender: str, m: NameMention | None = None) -> Entity | None:
        """``e`` if it can be *he*/*she* of ``gender``. A surname alone (mention ``m``)
        whose cluster has the other gender may mean a relative named just before
        (*Dorothy Kerr … Kerr said*, not her husband *Roy Kerr*), unless its own
        honorific says the gender (*Mrs. Clinton* is never *he*)."""
        if e.kind == "organisation" or _placelike(e):
            return None
        said = HONORIFICS.get(m.title.split()[-1].lower()) if m and m.title else None
        if said is not None and said != gender:
            return None  # "Mrs. Clinton" is no "he", whoever else is named Clinton
        if e.gender not in (None, gender):
            if m is None or " " in m.name:
                return None
            return next(
                (
                    o
                    for o in self._family.get(e.surname.lower(), ())
                    if o.gender == gender
                    and o.kind == "person"
                    and any(m.start - 1500 < s < m.start for s, _ in o.mentions)
                ),
                None,
            )
        return e

    def _topic_remembered(
        self,
        a: int,
        b: int,
        speaker: Entity | None,
        near: bool,
        chained: bool,
        context: tuple[str, tuple[int, int] | None, tuple[Entity, ...], tuple[Entity, ...]],
        number: int,
    ) -> tuple[Entity | str | None, Entity | None, bool]:
        """:meth:`_topic` of ``text[a:b]`` and whether it has words outside quotation
        (:meth:`_words_outside`), remembered per sentence and all that they read
        (``context``: the pronoun's sex, its quotation, the speakers quoted so far and the
        people of the other sex; ``number``: its key in ``_contexts``, which keeps it):
        every later pronoun reads the same sentences again, and nothing they depend on
        changes (entities compare by identity)."""
        key = (a, b, speaker, near, chained, number)
        found = self._topics.get(key)
        if found is None:
            gender, within, quoted, other_sex = context
            found = (
                *self._topic(
                    a,
                    b,
                    gender,
                    speaker,
                    within,
                    quoted,
                    near=near,
                    other_sex=other_sex,
                    chained=chained,
                ),
                self._words_outside(a, b, within),
            )
            self._topics[key] = found
        return found

    def _topic(
        self,
        a: int,
        b: int,
        gender: str,
        speaker: Entity | None = None,
        within: tuple[int, int] | None = None,
        quoted: Collection[Entity] = (),
        near: bool = False,
        other_sex: Collection[Entity] = (),
        chained: bool = False,
    ) -> tuple[Entity | str | None, Entity | None]:
        """The topic of the sentence ``text[a:b]`` for a pronoun of ``gender``.

        Returns (an entity, ``"pronoun"`` when the topic is a pronoun or a
        description that continues the chain, or ``None``; a weak fallback).
        ``speaker``: the current speaker, whose last quote is in this sentence. ``near``:
        the sentences between it and the pronoun are quoted or have a *he*/*she* as their
        topic (see :meth:`_agreeing_after_other_sex_subject`).
        Ranking: the subject of a reporting verb (*…, Biden said*), then the
        first subject, in the main clause first.
        """
        # (start, rank, entity): rank 2 reporting subject, 1 subject, 0 other
        elements: list[tuple[int, int, Entity | None]] = []
        weak: Entity | None = None
        text = self.text
        intro = _INTRO.match(text, a)
        comma = _intro_comma(text, intro, a, b) if intro else -1
        lead_end = comma if comma > 0 else a  # "When Maddow pointed out …, Clinton said"
        i = bisect.bisect_left(self._starts, a)
        apposed_at = -1  # where a name set off after "Brandt's mother, " starts
        described = _DESCRIBED_APPOSITION.match(text, a, b) or _described_apposition_after_opening(
            text, a, b
        )
        # ("Party MLA from Sironj, Tara Bhor, said": no article; the first "name" is the
        # description's, so the apposed name stays the subject)
        bare = None if described is not None else _BARE_DESCRIBED_APPOSITION.match(text, a, b)
        described = described or bare
        if described is not None:
            apposed_at = described.end()  # "Its spokeswoman, Yelena Dorova, went further"
        epithet = _PERSON_EPITHET_START.match(text, a, b)
        if epithet is not None and not _person_head(epithet.group(1)):
            epithet = None  # "The plan was criticised by Jane Roe": no person described
        while i < len(self.mentions) and self.mentions[i].start < b:
            m, e = self.mentions[i], self._by_mention[i]
            i += 1
            if self._excluded(m.start, within):
                continue
            if m.start <= a + 2:
                owned = self._owned_person(m.end)
                if owned is not None and owned.group(3):
                    apposed_at = owned.end()  # "Brandt's mother, Helen, was …": Helen
                elif owned is None and bare is None:
                    apposed_at = self._apposed_to_owned(m.end, b, within)
            e = self._compatible(e, gender, m) if e not in other_sex else None
            if e is None:
                continue
            if e is speaker and m.start >= lead_end:
                # (in the opening phrase, the speaker is no topic yet); a speaker of unknown
                # gender yields to a subject before it whose gender agrees ("Ann Lee
                # slammed Obama for saying "…". "…," she said": Ann Lee)
                agreeing = (
                    next(
                        (
                            el[2]
                            for el in elements
                            if el[1]
                            and el[0] >= lead_end
                            and el[2] is not None
                            and el[2].gender == gender
                        ),
                        None,
                    )
                    if e.gender is None
                    else None
                )
                return agreeing or e, weak
            if (
                e.kind != "person"
                and e.gender is None
                and e not in quoted
                and not (m.subject and m.reporting and " " in m.name and not m.name.endswith("s"))
                and not (
                    m.subject
                    and not text[a : m.start].strip()
                    and self._own_pronoun_after(m, b, gender, within)
                )
                and not self._described_as_person(m)
                and not (near and self._person_subject_alone(m, a, b))
            ):
                continue  # "West Point", "Louisville": not known to be a person
            if _DETERMINER_BEFORE.search(text, max(0, m.start - 6), m.start) and not (
                m.title and text.startswith(m.title, m.start)  # "The Rev. Ann Lee led …"
            ):
                weak = weak or e  # "the Sandy Hook shootings", "the Donald"
                continue
            subject = m.subject or m.start == apposed_at
            after_epithet = (
                epithet is not None and m.start >= epithet.end() - 1 and m.start != apposed_at
            )
            if after_epithet:
                subject = False  # "The 51-year-old singled out Abbott, who …": the object
            if text.startswith(("'s", "’s", "'", "’"), m.end) and not _CONTRACTION.match(
                text, m.end
            ):
                subject = m.start <= a + 2  # "Clinton's website is …" opens the sentence
                if subject and (self._owned_person(m.end) is not None or apposed_at > m.end):
                    subject = False  # "Brandt's mother … was": the mother, not Brandt
            who = m.start >= lead_end and (  # (main clause)
                _who_reports(text, m.end, b)
                or _SPEECH_CAME_FROM.search(text, max(a, m.start - 80), m.start) is not None
            )
            reporting = (
                (m.reporting or who)
                and not _EMBEDDED.search(text, a, m.start)
                and not after_epithet
            )
            if (
                (reporting or subject)
                and elements
                and elements[0][1] >= 1
                and _INDIRECT_QUESTION.search(text, elements[0][0], m.start)
            ):
                # "Brockway was asked whether he had read the letter Hartigan wrote": a
                # name inside the question, after the sentence's own subject ("Asked
                # whether he …, Ban demurred" opens with the question: Ban is the subject)
                reporting = subject = False
            inset = _INSET_PRONOUN_CUE.match(text, m.end)
            if inset is not None and reporting_after(text[inset.end() : inset.end() + 40]):
                # "Hale, she said, was right": Hale is inside what the "she" reports
                reporting = subject = False
            elements.append((m.start, 2 if reporting else 1 if subject else 0, e))
        own = "he" if gender == "male" else "she"
        offsets = self._pronouns.get(own, [])
        for p in offsets[bisect.bisect_left(offsets, a) : bisect.bisect_left(offsets, b)]:
            if not self._excluded(p, within):
                reporting = reporting_after(text[p + len(own) : p + 90]) and not _EMBEDDED.search(
                    text, a, p
                )
                embedded = _COMPLEMENTISER_BEFORE.search(text, max(a, p - 9), p)
                if _gapped_report(text, p, own, a):
                    reporting, embedded = False, True  # "a petition he said had 900 names"
                # "the claim that he will win easily": a subject inside a clause, no topic
                elements.append((p, 2 if reporting else 0 if embedded else 1, None))
        elements.sort(key=lambda el: el[0])
        main_start = a
        intro = _INTRO.match(text, a)
        if intro:
            comma = _intro_comma(text, intro, a, b)
            if comma > 0:
                main_start = comma + 1
        main = [el for el in elements if el[0] >= main_start]
        lead = [el for el in elements if el[0] < main_start]
        topic = (
            next((el for el in main if el[1] == 2), None)
            # (the main clause's subject before one reporting in an opening clause: "When
            # Ortega thanked him, Pruitt shrugged": Pruitt)
            or next((el for el in main if el[1] == 1), None)
            or next((el for el in lead if el[1] == 2), None)
        )
        if (
            topic is not None
            and topic[1] < 2
            and topic in main
            and intro
            and intro.group(1) in ("For", "To")
            and lead
            and lead[0][2] is not None
            and lead[0][2].kind == "person"
            and lead[0][2].gender in (None, gender)
            and not text[intro.end() : lead[0][0]].strip()
            and not _RECIPIENT_VERB.match(text, self._end_of(topic[0]))
        ):
            # "For Tom Hale, Mark Dunn is showing the plan's cruel logic. "…," he jokes": the
            # opening phrase says whose view the sentence gives; that person is the topic
            # (not "For Hale, Dunn had kind words": Hale then only receives them)
            topic = lead[0]
        if topic is None or topic[1] < 2:
            # "Grant began to reply but was heckled, and the Speaker, Owen Keane, stood up.":
            # a person brought in as the subject of a clause joined on at the end, named
            # there for the first time, is who the next "he" is (also after a first clause
            # whose subject is no one of the pronoun's sex: "Some booed, and Ann Lee rose")
            late = self._joined_late(main, topic[0] if topic else main_start - 1, gender, a, b)
            if late is not None:
                topic = late
        if topic is None and epithet is None:
            # "…, which is something that worries Peter Ames, the chairman of the tenants'
            # association.": no one is the subject, and the sentence ends by introducing a
            # person, named and described after the verb: that person is the topic
            topic = next(
                (
                    el
                    for el in reversed(main)
                    if el[2] is not None
                    and _APPOSITION_TO_END.match(text, self._end_of(el[0]), b)
                    and not _PREPOSITION_BEFORE.search(text, max(a, el[0] - 12), el[0])
                    and not _EMBEDDED.search(text, a, el[0])
                ),
                None,
            )
        if topic is None and near and epithet is None:
            # "That view is shared by Ana Ruiz, who chairs the committee.", "The objection
            # came from a teacher, Ana Ruiz.", "Among the critics is Ana Ruiz.": a clause
            # with no person as its subject ends on a person of the pronoun's sex it
            # introduces (after the verb, "by" or "from"): that person is the topic
            topic = next(
                (
                    el
                    for el in reversed(main)
                    if el[2] is not None
                    and el[2].kind == "person"
                    # (a person introduced with an age or a description set off after the
                    # name may be of unknown sex and after a preposition other than "of": "One
                    # of those households belongs to Lisbet Harlow, 41, a nurse in Orrin, …")
                    and (
                        el[2].gender == gender
                        or el[2].gender is None
                        and _APPOSED_INTRO.match(text, self._end_of(el[0]), b)
                    )
                    and _INTRODUCED_TO_END.match(text, self._end_of(el[0]), b)
                    and (
                        not _GOVERNING_BEFORE.search(text, max(a, el[0] - 12), el[0])
                        or _APPOSED_INTRO.match(text, self._end_of(el[0]), b)
                        and not _PAIRED_BEFORE.search(text, max(a, el[0] - 12), el[0])
                    )
                    and not _EMBEDDED.search(text, a, el[0])
                    and not self._person_subject(main_start, el[0], within)
                ),
                None,
            )
        if topic is None and near and epithet is None:
            # "Her aide Tom Reed answered a message from Nora Kell …. "…," she wrote": the
            # subject is of the other sex, so the one of the pronoun's sex named after it is
            # meant, not someone named sentences before
            other = self._agreeing_after_other_sex_subject(main_start, b, gender, elements, within)
            if other is not None:
                return other, weak
        conjunction = _CONJUNCTION.match(text, main_start)  # "But the former president …"
        description = _DESCRIPTION_START.match(
            text, conjunction.end() if conjunction else main_start
        )
        if description and self._excluded(description.end() - 1, within):
            description = None  # a sentence inside a quotation
        if description is not None and _ASKER_SUBJECT.match(text, description.start(), b):
            # "A reporter asked whether he had gone too far. "Probably," he said": the one
            # who asks is not who answers, nor is a name inside the question; the chain goes
            # on to the one the question is about
            return "pronoun", weak
        if topic is None and lead and intro and intro.group(1) in _EXPERIENCER:
            # "To Florida consultant Wilson, the party spin is silly": the person in
            # the opening phrase is the topic when the main clause names nobody
            topic = lead[0]
        if topic is None and description is None:
            # "One of them, putting out the fire, said they would be back": an unnamed
            # member of the group, named by the group's noun in the singular
            member = self._member_reporting(main_start, a, b, gender)
            if member is not None:
                return member, weak
        if topic is None and description:
            apposed = next(
                (
                    el
                    for el in elements
                    if el[2] is not None
                    and _COMMA_GAP.fullmatch(text, description.end(), el[0])
                    and text.startswith(",", self._end_of(el[0]))
                ),
                None,
            )
            if apposed is not None:
                # "The mayor, Tom Hale, did not attend.": the name set off after the
                # description is the subject
                return apposed[2], weak
            named_in_subject = next(
                (
                    el
                    for el in elements
                    if el[2] is not None
                    and el[0] - description.end() < 100
                    and _NAMED_BEFORE.search(text, max(a, el[0] - 8), el[0])
                    and text.startswith(",", self._end_of(el[0]))
                    and not _SENTENCE_BREAK.search(text, description.end(), el[0])
                ),
                None,
            )
            if named_in_subject is not None:
                # "A woman I met, a retired nurse named Irene, put it well.": the person the
                # opening description names is the subject
                return named_in_subject[2], weak
            if any(
                _COMMA_GAP.fullmatch(text, description.end(), m.start)
                and text.startswith(",", m.end)
                for m, _ in self._mentions_in(description.end(), min(b, description.end() + 4))
            ):
                # "On cross-examination, a lawyer for the state, Douglas Fenn, asked …": the
                # description names the one set off after it, of the other sex here
                return None, weak
            # "The radio talker has …", "the candidate said": a description
            e = self._descriptor_topic(description.group().strip(" \"“‘'("), a)
            if e is not None and self._compatible(e, gender) is e:
                return e, weak
            named = next((el for el in lead if el[2] is not None and el[1]), None)
            if named is not None:
                # "When the moderator noted that Trump had not answered, the candidate said"
                return named[2], weak
            unnamed = self._unnamed_reporter(
                description,
                b,
                gender,
                # (not when the sentence names someone the pronoun may mean: "A reporter
                # pressed Ann Lee on it. She said …": Lee)
                chained=chained and all(el[2] is None for el in elements),
            )
            if unnamed is not None:
                # "A patient, who asked not to be named, said …. "…," she said."
                return unnamed, weak
            example = next(
                (
                    el
                    for el in elements
                    if el[2] is not None
                    and _EXAMPLE_BEFORE.search(text, max(a, el[0] - 12), el[0])
                    and el[0] - description.end() < 40
                ),
                None,
            )
            if example is not None:
                # "Some defenders of trade, like Gary Hufbauer, a fellow at …, also say …":
                # the one person the plural subject names
                return example[2], weak
            gendered = self._gendered_unnamed(a, b, gender, within)
            if gendered is not None:
                # "At the briefing, the spokesman was asked about it. He said …"
                return gendered, weak
            # "The plan was criticised by Jane Roe.": the chain goes on past a thing, but
            # a person of the pronoun's gender named in the sentence is the fallback
            non_subject = next((el for el in elements if el[2] is not None), None)
            return "pronoun", weak or (non_subject[2] if non_subject else None)
        if topic is None:
            gendered = self._gendered_unnamed(a, b, gender, within) if not elements else None
            if gendered is not None:
                # "'She is prepared to win it,' the spokesman replied." … "…," he said
                return gendered, weak
            non_subject = next((el for el in elements if el[2] is not None), None)
            return None, weak or (non_subject[2] if non_subject else None)
        if topic[2] is None:
            owner = next(
                (
                    el[2]
                    for el in reversed(elements)
                    if el[0] < topic[0]
                    and el[2] is not None
                    and _RELATIVE_TO.fullmatch(text, self._end_of(el[0]), topic[0])
                ),
                None,
            )
            if owner is not None:
                # "… came from Deja Roe, who laughed when she called him …": a pronoun in a
                # who-clause right after a name takes up that name
                return owner, weak
            # "Ms. Nwanguma was shocked …, she said": the pronoun is that earlier subject
            earlier = next(
                (
                    el
                    for el in elements
                    if el[0] < topic[0] and el[1] and el[2] is not None and el[0] >= main_start
                ),
                None,
            ) or next(
                # "When Marta Kowalski opened her bakery, friends told her she was mad": the
                # subject of the opening clause (not a name inside an opening participle
                # clause: "Asked whether she thought Marwood should go, she said no")
                (
                    el
                    for el in lead
                    if el[1]
                    and el[2] is not None
                    and not (intro and (_PARTICIPLE.match(intro[1]) or intro[1] in _COMPARED_INTRO))
                ),
                None,
            )
            if earlier is None and intro and intro[1] in _SUBORDINATORS:
                # "When I rang the council's leader, Brian Hedley, he was courteous": the one
                # person of the pronoun's sex in an opening clause whose subject is no one
                # of that sex
                # (the clause may end after a name set off by commas: "…, Brian Hedley, he")
                before = [el for el in elements if el[0] < topic[0]]
                people = {el[2] for el in before}
                if len(people) == 1 and None not in people and before[0][2].kind == "person":
                    earlier = before[0]
            if earlier is None and description is None:
                # "He made Ann Lee wait before she spoke": the subject is of the other sex,
                # so the pronoun takes up the one person of its sex named before it
                earlier = self._named_before_pronoun(main_start, topic, gender, elements, within)
            if earlier is None and description is None:
                # "One of them said she had not slept": the member of the group
                member = self._member_reporting(main_start, a, b, gender)
                if member is not None:
                    return member, weak
            if earlier is None and description is not None:
                # "…, the superintendent said she did not know": the pronoun in the sentence
                # is its subject's, the person described, and so is the next one
                words = description.group().strip(" \"“‘'(")
                described = (
                    self._descriptor_topic(words, a) if words[:4].lower() == "the " else None
                )
                if described is not None and self._compatible(described, gender) is described:
                    return described, weak
                # "Another respondent, a retired electrician, said he would stay …": an
                # unnamed subject
                unnamed = self._unnamed_reporter(description, b, gender)
                if unnamed is not None:
                    return unnamed, weak
            return (earlier[2] if earlier else "pronoun"), weak
        asked = _ASKED_AFTER.match(text, self._end_of(topic[0]))
        if asked is not None:
            # "Paul Brennan asked Sanders whether …. "Sure it is," he said": who was asked
            # answers
            answer = next((el for el in elements if el[0] == asked.end()), None)
            if (
                answer is not None
                and answer[2] is not None
                and not text.startswith(("'s", "’s"), self._end_of(answer[0]))
            ):
                return answer[2], weak
        return topic[2], weak

    def _described_as_person(self, m: NameMention) -> bool:
        """Does an occupation open the name or come right before it (*Hydrologist Priya
        Menon*, *hydrologist Priya Menon*, *the economist Ama Owusu*), so that a name the
        word lists do not know is a person's? A plural or an organisation word is not one."""
        words = m.name.split()
        first = words[0].lower() if len(words) > 1 else ""
        before = _WORD_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        for w in (first, before.group(1) if before else ""):
            if w and not w.endswith("s") and role_of(w) not in (None, "organisation"):
                return True
        return False

    def _apposed_to_owned(self, end: int, b: int, within: tuple[int, int] | None) -> int:
        """Where a person's name set off by commas after a possessive's noun starts
        (*Calloway's co-star, Ben Haase, walked …*: whatever the noun, a person's name in
        apposition to it makes it a person, and that person the subject), or -1."""
        owned = _OWNED_APPOSED.match(self.text, end, b)
        if owned is None:
            return -1
        i = bisect.bisect_left(self._starts, owned.end())
        if i == len(self.mentions) or self._starts[i] != owned.end():
            return -1
        m, e = self.mentions[i], self._by_mention[i]
        if (
            e.kind != "person"
            or " " not in m.name
            or not _APPOSITION_CLOSES.match(self.text, m.end)
            or self._excluded(m.start, within)
        ):
            return -1
        return m.start

    def _owned_person(self, end: int) -> re.Match[str] | None:
        """After a possessive name ending at ``end``: a noun for a person, a relative or a
        role (*'s mother*, *'s lawyer*, *'s campaign manager*), with the comma of an
        apposition naming that person as group 3; ``None`` for a thing (*'s website*)."""
        for pattern in _OWNED_PERSON:  # the owned noun phrase of one, two or three words
            owned = pattern.match(self.text, end)
            if owned is None:
                return None
            head = owned.group(2).lower()
            if (
                head in KIN_WORDS
                or head in PERSON_NOUNS
                or role_of(head)
                not in (
                    None,
                    "organisation",
                )
            ):
                return owned
        return None

    def _person_subject(self, a: int, b: int, within: tuple[int, int] | None = None) -> bool:
        """Is a person (a name or *he*/*she*) the subject of the clause ``text[a:b]``?"""
        for m, e in self._mentions_in(a, b):
            if m.subject and not self._excluded(m.start, within) and e.kind != "organisation":
                return True
        w = _FIRST_WORD.match(self.text, a, b)
        return w is not None and PRONOUNS.get(w.group(1).lower()) in ("male", "female", "plural")

    def _words_outside(self, a: int, b: int, within: tuple[int, int] | None = None) -> bool:
        """Has ``text[a:b]`` a word outside the quotation it may open with?"""
        span = self._enclosing(a)
        pos = span[1] if span is not None and span != within else a
        return _LETTER.search(self.text, pos, max(pos, b)) is not None

    def _agreeing_after_other_sex_subject(
        self,
        a: int,
        b: int,
        gender: str,
        elements: list[tuple[int, int, Entity | None]],
        within: tuple[int, int] | None = None,
    ) -> Entity | None:
        """The person of ``gender`` named last in the clause ``text[a:b]`` after its subject,
        when that subject is a person of the other sex (a name whose gender is known, or
        *he*/*she*) and no pronoun of ``gender`` in the clause takes up someone else; else
        ``None``. ``elements``: the clause's mentions that can be of ``gender``."""
        text = self.text
        subject = None
        i = bisect.bisect_left(self._starts, a)
        while i < len(self.mentions) and self.mentions[i].start < b:
            m, e = self.mentions[i], self._by_mention[i]
            i += 1
            if self._excluded(m.start, within):
                continue
            if m.subject and not text.startswith(("'s", "’s"), m.end):
                subject = (m, e)
                break
        if subject is not None:
            m, e = subject
            said = HONORIFICS.get(m.title.split()[-1].lower()) if m.title else None
            if (said or e.gender) in (None, gender) or e.kind == "organisation":
                return None
            start = m.end
        else:
            w = _FIRST_WORD.match(text, a, b)  # "He asked Nora Kell …" (a pronoun subject)
            if w is None or PRONOUNS.get(w.group(1).lower()) not in ("male", "female", gender):
                return None
            if PRONOUNS[w.group(1).lower()] == gender:
                return None
            start = w.end()
        own = _HIS if gender == "male" else _HERS
        if any(
            w.group().lower() in own and not self._excluded(w.start(), within)
            for w in _WORD.finditer(text, a, b)
        ):
            return None  # "Tom Reed met her and Nora Kell": "her" is the one before
        named = [
            el[2]
            for el in elements
            if el[0] >= start
            and el[2] is not None
            and el[2].kind == "person"
            and el[2].gender == gender  # (agreement known, not only possible)
        ]
        return named[-1] if named else None

    def _speaker_in_subordinate(
        self,
        found: Entity | str | None,
        speaker: Entity,
        a: int,
        gender: str,
        within: tuple[int, int] | None,
    ) -> bool:
        """Was the current ``speaker`` (of unknown sex, quoted last) only named inside a
        subordinate clause of a sentence from ``a`` whose subject is a *he*/*she* of the
        pronoun's ``gender`` (*and she did it again when a reporter asked whether "…" was
        over*)? Then that subject's chain, not the speaker, is the pronoun's."""
        if found != "pronoun" or speaker.gender is not None or not speaker.mentions:
            return False
        at = speaker.mentions[-1][0]
        return at >= a and self._own_subject_before_clause(a, at, gender, within)

    def _own_subject_before_clause(
        self, a: int, at: int, gender: str, within: tuple[int, int] | None
    ) -> bool:
        """Is there a *he*/*she* of ``gender`` in ``text[a:at]`` whose clause ``at`` (a name)
        is inside a subordinate clause of (*and she did it again when a reporter asked*)?"""
        own = "he" if gender == "male" else "she"
        offsets = self._pronouns.get(own, [])
        for p in offsets[bisect.bisect_left(offsets, a) : bisect.bisect_left(offsets, at)]:
            if self._excluded(p, within):
                continue
            between = self.text[p:at]
            if _WHEN_CLAUSE.search(between) and not re.search(r"[.!?;\"“”]", between):
                return True
        return False

    def _named_before_pronoun(
        self,
        a: int,
        topic: tuple[int, int, Entity | None],
        gender: str,
        elements: list[tuple[int, int, Entity | None]],
        within: tuple[int, int] | None,
    ) -> tuple[int, int, Entity | None] | None:
        """The element of the person of ``gender`` named after an other-sex subject and before
        the pronoun ``topic`` of the clause starting at ``a`` (*He made Ann Lee wait before
        she spoke*: Ann Lee), else ``None``; not one named in an apposition or a relative
        clause set off by a comma (*Tom Hale, an aide to Rep. Lisa Dorn, testified before
        she arrived*: not Dorn)."""
        named = self._agreeing_after_other_sex_subject(a, topic[0], gender, elements, within)
        if named is None:
            return None
        el = next((el for el in reversed(elements) if el[0] < topic[0] and el[2] is named), None)
        return el if el is not None and "," not in self.text[a : el[0]] else None

    def _descriptor_topic(self, description: str, offset: int) -> Entity | None:
        """The person a sentence-opening description is, read up to its first finite verb and
        then whole (*the former president showed restraint*: the pattern takes the verb and
        its object along; *the former president* is the description; *the golf industry*
        is never cut to *the golf*). Remembered per description and place: each pronoun
        reads the same sentences."""
        key = (description, offset)
        if key not in self._described:
            self._described[key] = self._descriptor_topic_uncached(description, offset)
        return self._described[key]

    def _descriptor_topic_uncached(self, description: str, offset: int) -> Entity | None:
        """:meth:`_descriptor_topic`, worked out."""
        words = description.split()
        if words[-1] in ("Democrat", "Republican"):
            # (the place is the capitalised words: "the 61-year-old Republican" names none)
            place = " ".join(w for w in words[1:-1] if w[:1].isupper())
            return self.party_person(place, words[-1], offset)
        cut = next(
            (
                n
                for n in range(2, len(words))
                # (or an intensifying reflexive: "the mayor himself went on Twitter")
                if _FINITE_VERB.fullmatch(words[n]) or words[n] in ("himself", "herself")
            ),
            None,
        )
        e = self.resolve_descriptor(" ".join(words[:cut]), offset) if cut is not None else None
        # ("The 61-year-old governor did not …": the description before its verb first)
        return e or self.resolve_descriptor(description, offset)

    def party_person(
        self, place: str, party: str, offset: int, modifiers: tuple[str, ...] = ()
    ) -> Entity | None:
        """*the Democrat*, *the Ohio Democrat*: the person named last before ``offset``
        whose description is that party (``Democrat``, ``Republican``) and, when ``place``
        is given, names that place (*a Kansas Democrat*, *Democrat of Ohio*, from *(D-Ohio)*:
        :func:`_same_place`) and holds the lower-case ``modifiers`` (*the freshman
        Democrat*); ``None`` when no one is so described. A party alone describes
        someone only as a description's head: *Republican National Committee chairman*
        describes no Republican, and *Republican Donald Trump* is no *Wisconsin Republican*.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Ann Lee, a Democrat, met Tom Ray, a Republican. Later the Democrat said no."
        >>> cluster_entities(t).party_person("", "Democrat", t.index("the Democrat")).canonical
        'Ann Lee'
        >>> t = "Sen. Al Roe (R-Tex.) met Sen. Ann Lee, Democrat of Ohio. The Texas Republican left."
        >>> cluster_entities(t).party_person("Texas", "Republican", t.index("The Texas")).canonical
        'Al Roe'
        """
        best, best_last = None, -1
        for e in self.entities:
            if e.kind == "organisation" or not e.mentions or e.mentions[0][0] >= offset:
                continue
            for d in e.descriptors:
                m = _PARTY_DESCRIPTOR.fullmatch(d.strip(" ,."))
                if m is None or m.group(2) != party:
                    continue
                named = _party_place(m)
                if place and not (named and _same_place(named, place)):
                    continue
                if modifiers and not set(modifiers) <= set(d.split()):
                    continue  # "the freshman Democrat": a Democrat described as freshman
                last = max(s for s, _ in e.mentions if s < offset)
                if last > best_last:
                    best, best_last = e, last
        if best is None and place:
            return self._place_politician(place, party, offset) or self._unmarked_politician(
                party, offset, contrast=True, place=place
            )
        return best

    def _place_politician(self, place: str, party: str, offset: int) -> Entity | None:
        """*the Texas Republican* when no one is described by a party: the politician named
        last before ``offset`` who is described as from that place (*Rep. Lyle Harmon of
        Texas*) and by no other party; ``None`` when there is none.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Rep. Lyle Harmon of Texas spoke. Rep. Ann Cole (D-Ohio) spoke. Then"
        >>> cluster_entities(t).party_person("Texas", "Republican", len(t)).canonical
        'Lyle Harmon'
        >>> cluster_entities(t).party_person("Ohio", "Republican", len(t)) is None
        True
        """
        seen: set[int] = set()
        # (the people named in a window before it, most recent first: bounded, so a long
        # text of such epithets stays linear)
        for _, e in self.persons_before(offset, _EPITHET_WINDOW):
            # (an office holder too: "Reps. Al Roe of Texas and …" may leave the plural
            # title unread, and the role an official's)
            if id(e) in seen or e.kind == "organisation" or e.role not in _PARTY_EPITHET_ROLES:
                continue
            seen.add(id(e))
            parties = {m.group(2) for d in e.descriptors if (m := _PARTY_DESCRIPTOR.search(d))}
            if parties - {party}:
                continue  # described by another party
            if any(
                (m := _FROM_PLACE.fullmatch(d.strip(" ,."))) and _same_place(m.group(1), place)
                for d in e.descriptors
            ) or any(_place_title(t, place) for t in e.titles):
                return e
        return None

    def unmarked_politician(self, party: str, offset: int) -> Entity | None:
        """*the first-term Democrat* when no one in the article is described by a party or a
        place: the politician named last before ``offset`` (in a bounded window) and by no
        other party; ``None`` when there is none.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Gov. Lena Marsh spoke. Then"
        >>> cluster_entities(t).unmarked_politician("Democrat", len(t)).canonical
        'Lena Marsh'
        """
        return self._unmarked_politician(party, offset, contrast=False)

    def _unmarked_politician(
        self, party: str, offset: int, contrast: bool, place: str = ""
    ) -> Entity | None:
        """:meth:`unmarked_politician`, passing over politicians described by another party
        (*the Lansing Democrat* is not the governor described as *a Republican*); with
        ``contrast`` (an epithet with a place), only when no one in the window is described
        by ``party`` itself (*the Wisconsin Republican* is not
        *Republican Donald Trump* when the place does not fit him: someone unmarked is
        meant, and who is not clear); someone described as from another place than
        ``place`` is not meant either.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Gov. Ann Roe, a Democrat, met Sen. Al Lee. The Ohio Republican left."
        >>> cluster_entities(t).party_person("Ohio", "Republican", t.index("The Ohio")).canonical
        'Al Lee'
        >>> t = "Speaker Al Lee met Gov. Ann Roe, a Democrat, and Republican Bo Kerr. The Ohio Republican"
        >>> cluster_entities(t).party_person("Ohio", "Republican", t.index("The Ohio")) is None
        True
        """
        found = None
        for _, e in self.persons_before(offset, _EPITHET_WINDOW):
            if e.kind == "organisation" or not (e.role == "politician" or _lawmaker_title(e)):
                continue  # (a lawmaker by title whose description says more: "Rep. Al Lee,
                # a former union organizer")
            if contrast and _from_elsewhere(e, place):
                continue  # ("Rep. Lyle Harmon of Texas" is not "the Ohio Republican")
            parties = {m.group(2) for d in e.descriptors if (m := _PARTY_DESCRIPTOR.search(d))}
            if contrast and (party in parties or party in " ".join(e.titles).split()):
                return None  # (described or titled by that party: "Republican Donald Trump")
            if found is None and not parties - {party}:
                found = e
            if found is not None and not contrast:
                return found
        return found

    def _end_of(self, start: int) -> int:
        """The end of the name mention starting at ``start`` (``start`` if none does)."""
        i = bisect.bisect_left(self._starts, start)
        return (
            self.mentions[i].end if i < len(self.mentions) and self._starts[i] == start else start
        )

    def _gendered_unnamed(
        self, a: int, b: int, gender: str, within: tuple[int, int] | None
    ) -> Entity | None:
        """An unnamed person the sentence ``text[a:b]`` calls by a noun of the pronoun's
        sex, as its subject or reporting (*the spokesman was asked*, *"…," the spokesman
        replied*), as an entity for a later *he*/*she*: the person the description means
        when it names someone known (*the chairman* Tom Hale), else the unnamed one.
        ``None`` when there is none.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Ann Lee is away. The spokesman was asked about it. He said no."
        >>> cluster_entities(t).resolve_pronoun("he", t.index("He said")).canonical
        'spokesman'

        The one who asked the subject a question, unnamed, is such a person too:

        >>> t = "Ann Lee spoke. Tom Hale was asked about it by a woman at the back. She said no."
        >>> cluster_entities(t).resolve_pronoun("she", t.index("She said")).canonical
        'woman'

        Remembered per sentence, sex and quotation: each pronoun reads the same sentences.
        """
        key = (a, b, gender, within)
        if key not in self._gendered:
            self._gendered[key] = self._gendered_unnamed_uncached(a, b, gender, within)
        return self._gendered[key]

    def _gendered_unnamed_uncached(
        self, a: int, b: int, gender: str, within: tuple[int, int] | None
    ) -> Entity | None:
        """:meth:`_gendered_unnamed`, worked out."""
        for m in _GENDERED_SUBJECT.finditer(self.text, a, min(b, a + 400)):
            noun, desc, at = m.group("noun").lower(), m.group("desc"), m.start("desc")
            if HONORIFICS.get(noun) != gender or self._excluded(at, within):
                continue
            if not (m.start() == a or reporting_after(self.text[m.end() : m.end() + 40])):
                continue  # (a subject opening the sentence, or one that reports)
            known = self.resolve_descriptor(desc, at)
            if known is not None and known.gender in (None, gender):
                return known
            return self._unnamed_person(" ".join(desc.split()[1:]), desc, at, m.end("desc"), gender)
        for m in _GENDERED_ASKER.finditer(self.text, a, min(b, a + 400)):
            noun, desc, at = m.group("noun"), m.group("desc"), m.start("desc")
            if KIN_WORDS.get(noun) != gender or self._excluded(at, within):
                continue
            return self._unnamed_person(" ".join(desc.split()[1:]), desc, at, m.end("desc"), gender)
        return None

    def _unnamed_person(
        self, name: str, description: str, start: int, end: int, gender: str
    ) -> Entity:
        """The entity of an unnamed person the text describes at ``start:end`` (*the
        spokesman*, *a woman in the front row*), made once per place and sex, so that every
        pronoun resolved to that description gets the same entity."""
        key = (start, gender)
        if key not in self._unnamed:
            self._unnamed[key] = Entity(
                name,
                kind="person",
                gender=gender,
                descriptors=(description,),
                mentions=[(start, end)],
            )
        return self._unnamed[key]

    def _unnamed_reporter(
        self, description: re.Match[str], b: int, gender: str, chained: bool = False
    ) -> Entity | None:
        """An unnamed person who opens a sentence and reports (*A patient, who asked not
        to be named, said …*), as an entity for a later *he*/*she*; ``None`` for a
        thing (*The plan said …*) or when the text names no person role. ``chained``: the
        sentences between this one and the pronoun are quoted or about a *he*/*she*; then
        the person may do anything but be acted on (*A juror, who …, sat in the back. She
        said …. "…," she said*), not only report."""
        words = description.group().split()
        after = self.text[description.end() : b]
        named_in = _NAME_IN_DESCRIPTION.match(after)
        if named_in is not None and words[0].lower() in ("a", "an"):
            # "A former State Department official who …": the description goes on past the
            # name of a body to its lower-case head
            words = words + named_in.group(1).split()
            after = after[named_in.end(1) :]
            aside = _WHO_ASIDE.match(after) or _WHO_TO_VERB.match(after)
            after = after[aside.end() :] if aside else after
        who = next((n for n in range(2, len(words)) if words[n] == "who"), None)
        if who is not None:
            # "One, a 29-year-old nurse who asked not to be named, said": the description
            # ends before its relative clause, an aside before the verb
            at = self.text.rfind(" who ", description.start(), description.end() + 1)
            aside = (
                _WHO_ASIDE.match(self.text, at, b) or _WHO_TO_VERB.match(self.text, at, b)
                if at >= 0
                else None
            )
            if aside is None:
                return None
            words, after = words[:who], self.text[aside.end() : b]
        # "Another respondent, a retired electrician in Harlan, said": the apposition says
        # what the person is
        appos = _UNNAMED_APPOSITION.match(after)
        if appos is not None:
            words = words + appos.group(1).split()
            after = after[appos.end() :]
        # "A shipping agent in the city, who …, said": the head noun comes before the
        # preposition, and the phrase it opens (a few words up to the comma) is the subject's
        cut = next((n for n in range(2, len(words)) if words[n].lower() in _OF_PLACE), None)
        if cut is not None:
            tail = _PHRASE_TO_COMMA.match(after) or _PHRASE_TO_VERB.match(after)
            if tail is not None:
                # "…, who …, said" or, without an aside, "A spokeswoman for the regional
                # government said": the phrase's last words up to the verb
                words = words + tail.group(1).split()
                after = after[tail.end(1) :]
                aside = _WHO_ASIDE.match(after)  # "… in Cresswick who asked …, said"
                after = after[aside.end() :] if aside else after
            words_head = words[:cut]
        else:
            words_head = words
        head = words_head[-1].lower().strip(",")
        if HONORIFICS.get(head) not in (None, gender):
            return None  # "A spokesman for the ministry said …": no "she"
        if words[0].lower().strip(",") not in ("a", "an", "one", "another") or not (
            reporting_after(after) or chained and _acted(after, description.group().split())
        ):
            return None
        role = role_of(" ".join(words_head))
        if (
            role is None
            and head not in PERSON_NOUNS
            and not _AGE.match(head)
            and not ((appos is not None or words[0].endswith(",")) and wordnet_person(head))
            # (a party's member: "One Democratic operative, who …, said")
            and not ({w.lower() for w in words_head} & _PARTIES and wordnet_person(head))
        ):
            # (an age is a person: "One, a 29-year-old from Leeds, said"; so is a noun
            # WordNet calls one, set off as what the person is: "Another, a designer, said")
            return None
        desc = (
            appos.group(1).split(maxsplit=1)[-1]  # "retired electrician in Harlan"
            if appos is not None
            else " ".join(
                words[2:]
                if words[1].lower() in ("a", "an")
                else words[1:]
                if words[0].lower() in ("a", "an")
                else words  # ("One nurse", as the record of its own words names her)
            )
        )  # ("One, a nurse in Cresswick": "nurse in Cresswick")
        return self._unnamed_person(
            desc, " ".join(words), description.start(), description.end(), gender
        )

    def _member_reporting(self, start: int, a: int, b: int, gender: str) -> Entity | None:
        """The unnamed member of a group who opens the clause at ``start`` and reports (*One
        of them, putting out the fire, said …*; sentence ``text[a:b]``), or ``None``."""
        one = _ONE_OF.match(self.text, start, b)
        if one is None:
            return None
        body = None if one["pronoun"] else _GROUP_BODY.match(self.text, one.end(), b)
        after = body.end() if body else one.end()
        aside = _MEMBER_ASIDE.match(self.text, after, b)
        if aside is not None:  # "One of them, a woman who has worked there for years, said"
            after = aside.end()
        if not reporting_after(self.text[after:b]):
            return None
        return self._one_of(one, a, gender)

    def _one_of(self, one: re.Match[str], a: int, gender: str) -> Entity | None:
        """The unnamed member of a group who opens a sentence (*One of the drivers at Ashby
        Road*, *One of them* after *the drivers at Ashby Road* in the sentence before), as
        an entity for a later *he*/*she*: named by the group's description in the singular
        (*driver at Ashby Road*); ``None`` when the group is no group of people."""
        group = None if one.group("pronoun") else _GROUP_BODY.match(self.text, one.end())
        if one.group("pronoun"):  # "them", "those": the group named in the sentence before
            k = bisect.bisect_right(self._sentence_starts, a) - 1
            lo = self._sentence_starts[k - 1] if k >= 1 else 0
            group = None
            for m in _GROUP_NP.finditer(self.text, lo, a):
                if not self._excluded(m.start()) and people_word(m.group("head")):
                    group = m
            if group is None:
                return None
        elif group is None or not people_word(group.group("head")):
            return None
        head = group.group("head")
        words = group.group("mods").split() + [singular(head)]
        where = " ".join((group.group("where") or "").split())
        desc = " ".join([*words, where] if where else words)
        described = " ".join(self.text[one.start() : group.end()].split())
        return self._unnamed_person(desc, described, one.start(), one.end(), gender)

    def _person_subject_alone(self, m: NameMention, a: int, b: int) -> bool:
        """Does the bare name ``m`` (one word: *Hale*) open the sentence ``text[a:b]`` as the
        subject of what only a person does: reports (*Hale said …*) or is asked (*Hale was
        asked about …*)? Then, in the sentence the chain of a *he*/*she* reaches first, it is
        that person, whatever its gender."""
        if " " in m.name or not m.subject or self.text[a : m.start].strip():
            return False
        return bool(_ASKED_PASSIVE.match(self.text, m.end, b))

    def _own_pronoun_after(
        self, m: NameMention, b: int, gender: str, within: tuple[int, int] | None = None
    ) -> bool:
        """Is the sentence-opening subject ``m`` taken up by a *he*/*his* (*she*/*her*) of
        ``gender`` in the same clause (no comma between), before any other name (*Okonkwo
        freely conceded that his choice …*)? Then the unknown name is a person. Words of
        the dictionary (*Recently*, *Audiences*) are never names."""
        low = m.name.lower()
        if low in english_words() or low.endswith("s") and low[:-1] in english_words():
            return False
        i = bisect.bisect_right(self._starts, m.start)
        stop = min(b, self.mentions[i].start if i < len(self.mentions) else b)
        comma = self.text.find(",", m.end, stop)
        stop = comma if comma >= 0 else stop
        words = _HIS if gender == "male" else _HERS
        return any(
            w.group().lower() in words and not self._excluded(w.start(), within)
            for w in _WORD.finditer(self.text, m.end, stop)
        )

    def _sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self._sentence_starts, offset)

    def _known_words(self, e: Entity) -> set[str] | None:
        """The words of ``e``'s titles and descriptors that a description may share (``None``
        when it has none), worked out again only when a title or descriptor was added: a
        person described in every paragraph of a long text has many, and reading them all
        at every description made the cost grow with the square of the text."""
        seen = self._known.get(id(e))
        if seen is not None and seen[0] is e.titles and seen[1] is e.descriptors:
            return seen[2]
        known: set[str] | None = {
            w.strip(",.").lower() for t in e.titles + e.descriptors for w in t.split()
        }
        if known:
            # "who chairs the committee" is the committee chair
            known |= {w[:-1] for w in known if w.endswith("s") and len(w) > 3}
            if _PROSECUTOR.search(" | ".join(e.titles + e.descriptors)):
                known.add("prosecutor")  # "Assistant District Attorney Leon Cole": the prosecutor
            if known & _CLERGY_TITLES:
                known |= _CLERGY_NOUNS  # "the Rev. Tom Bly": the pastor, the minister
            if any(_CHAIRING.search(d) and not _PAST_BOUND.search(d) for d in e.descriptors):
                known |= {"chair", "chairman", "chairwoman", "chairperson"}  # the chair
            if _SEEKING_TERM.search(" | ".join(e.descriptors)):
                known.add("incumbent")  # "a Republican seeking a second term": the incumbent
        else:
            known = None
        self._known[id(e)] = (e.titles, e.descriptors, known)
        return known

    def resolve_descriptor(self, descriptor: str, offset: int) -> Entity | None:
        """The person a description such as *the NATO chief* refers to, or ``None``.

        The description's content words are compared with each entity's titles
        and descriptors; among the entities sharing the most words, the most
        recently mentioned before ``offset`` wins. A bare role word (*the
        president*) must match a title word.
        """
        former = "former" in descriptor.lower().split()
        words = {w.strip(",.").lower() for w in descriptor.split()} - {
            "the",
            "a",
            "an",
            "former",
            "current",
            "this",
            "that",
            "new",
            "then",
            "another",
            "his",
            "her",
            "its",
            "their",
            "of",
            "for",
            "to",
            "and",
            "in",
            "'s",
            "’s",
        }
        if not words:
            return None
        fuller = self._fuller_description(descriptor, offset)
        if fuller is not None:  # "the senator from Michigan laughed. '…,' the senator said"
            ent = self.resolve_descriptor(fuller[1], fuller[0])
            if ent is not None:
                return ent
        synonyms = {
            "chief": {"secretary", "general", "director", "head", "leader", "chief"},
            "head": {"secretary", "general", "director", "head", "chief", "leader"},
            "leader": {"president", "leader", "chief", "head", "prime", "minister"},
            "senator": {"sen", "senator"},
            "governor": {"gov", "governor"},
            "congressman": {"rep", "congressman", "representative"},
            "congresswoman": {"rep", "congresswoman", "representative"},
            # abbreviated military ranks ("Lt. Gen. Ann Lee" is "the general")
            "general": {"gen", "general"},
            "colonel": {"col", "colonel"},
            "admiral": {"adm", "admiral"},
            "sergeant": {"sgt", "sergeant"},
            "captain": {"capt", "captain"},
            "lieutenant": {"lt", "lieutenant"},
        }
        # the head noun must match: "the golf industry" is no "Colony West Golf Club"; a
        # function word read along at the end is no head ("the campaign worries that")
        trimmed = descriptor.split()
        while len(trimmed) > 1 and trimmed[-1].lower() in ("that", "who", "which", "whether"):
            trimmed.pop()
        head = re.split(r"\s+(?:of|for|at|in|from|on|with|who|that)\s+", " ".join(trimmed))[0]
        head = head.split()[-1].strip(",.").lower() if head.split() else ""
        best, best_key = None, (0, False, 0)
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect.bisect_left(self._newlines, offset)
        paragraph = self._newlines[k - 1] if k else -1  # the last line break before offset
        owners = _possessors(descriptor.lower().split()[:-1])
        modifier = _head_modifier(" ".join(trimmed), head) if head in _OFFICE_HEADS else ""
        for e in self.entities:
            if e.kind == "organisation" or not e.mentions or e.mentions[0][0] >= offset:
                continue
            known = self._known_words(e)
            if known is None:
                continue
            theirs = _possessors(known)
            if owners and theirs and not owners & theirs:
                continue  # "the Prime Minister's spokesman" is not "the party's spokesman"
            hits = 0
            for w in words:
                if w in known:
                    hits += 2 if w not in synonyms else 1
                elif w in synonyms and synonyms[w] & known:
                    hits += 1
            hits += _title_bonus(e, words, synonyms) if hits else 0
            if (
                hits == 0
                or head in words
                and head not in known
                and not (synonyms.get(head, set()) & known)
            ):
                continue
            if words & _COMPOUND_TITLE_FIRST - known:
                continue  # "the Prime Minister" is no Health Minister: the title is whole
            if len(words) == 1 and _thing_in_clause(e, head, synonyms):
                continue  # "who set up the protest camp": "the camp" is no name for her
            if modifier and _other_compound(e.titles + e.descriptors, head, modifier):
                continue  # "the press secretary" is no transport secretary
            if former and "former" in known:
                hits += 1  # "the former president": Bill Clinton, not President Obama
            # (mentions are in the order of the text)
            last = e.mentions[bisect.bisect_left(e.mentions, (offset,)) - 1][0]
            # the person this paragraph is about before anyone named only earlier
            key = (hits, last > paragraph, last)
            if key > best_key:
                best, best_key = e, key
        if best is None and any(_AGE.match(w) for w in words):
            return self._aged_person(words, offset)
        age = _AGE_APPOSITIVE.match(self.text, offset + len(descriptor))
        if best is None and age is not None:  # "the striker, 24, said"
            same = self._person_of_age(age.group(1), offset)
            if same is not None:
                return same
        definite = descriptor.split()[0].lower() == "the"  # (*a patient* introduces one)
        if best is None and definite and len(words) == 1:
            # "The Harbor City Gulls guard scored 19 …. "…," the guard said": the noun's
            # first use was itself an epithet opening a sentence, of the person then
            earlier = self._first_epithet(head, offset)
            if earlier is not None:
                return earlier
        possessed = any(w.endswith(("'", "’", "'s", "’s")) for w in descriptor.split()[1:-1])
        if best is None and definite and not possessed and head in _CAMPAIGNERS:
            owner = self._campaign_owner(offset)
            if owner is not None:  # "the Lee campaign was reeling. The candidate said …"
                return owner
        party = next(iter(words & _PARTIES), None)
        if best is None and definite and not possessed and party and len(words) <= 3:
            # "the Republican incumbent", no one called an incumbent: the one described
            # as a Republican (*Kay Dorn, a Republican who …*), before whoever was named last
            member = self.party_person(
                "", "Democrat" if party == "democratic" else "Republican", offset
            )
            if member is not None:
                return member
        if best is None and definite and not possessed and self._epithet(head, words, offset):
            # (not "the Friends' solicitor": someone's solicitor is not the person just named)
            person = self._epithet_person(
                offset,
                avoid=_OTHER_PARTY.get(next(iter(words & _PARTIES), "")),
            )
            # a member of the public is not someone known to hold office: *the grocer*
            # is not the NATO chief named last
            if (
                person is not None
                and role_of(head) == "citizen/witness"
                and person.role in ("official", "politician")
            ):
                return None
            return person
        if (
            best is not None
            and definite
            and not possessed
            and len(words) <= 3
            and head in words
            and head.isalpha()
            and not (head.endswith("s") and not head.endswith("ss"))
            and head not in _GENERIC_PERSONS
            and (head in PERSON_NOUNS or head in synonyms or role_of(head) is not None)
            # (a capitalised office is the office holder's: "the Governor said")
            and not any(w.strip(",.") == head.capitalize() for w in descriptor.split())
            # only a weak match: the noun only through an abbreviation ("Sen." for "the
            # senator"), or "the former president" for one not described as former
            and (
                head not in (known := self._known_words(best) or set())
                or former
                and "former" not in known
            )
        ):
            # "Ray Dolan toured the office. Greeted by cheers, the senator said …": the
            # description takes up the person just named as a subject, whom nothing
            # describes otherwise, not someone with that title named before him
            subject = self._bare_subject_before(offset, paragraph, best)
            if subject is not None and subject is not best:
                return subject
        return best

    def _campaign_owner(self, offset: int) -> Entity | None:
        """The person whose campaign the sentence of ``offset`` or the one before names (*the
        Lee campaign*, *Lee's campaign*, outside quotations): *the candidate* or *the
        nominee* then is that person. ``None`` when none, or two campaigns, are named."""
        k = bisect.bisect_right(self._sentence_starts, offset) - 1
        lo = max(self._sentence_starts[k - 1] if k >= 1 else 0, offset - 600)
        owners, owner = set(), None
        for m in _CAMPAIGN_OF.finditer(self.text, lo, offset):
            if self._excluded(m.start()):
                continue
            e = self.lookup(m.group(1))
            if e is not None and e.kind == "person":
                owners.add(id(e))
                owner = e
        return owner if len(owners) == 1 else None

    def _reported_between(self, a: int, b: int) -> bool:
        """Is someone reported saying something in ``text[a:b]`` outside quotations (a *he
        said*, *she added*, or a name as the subject of a reporting verb)?"""
        for own in ("he", "she"):
            offsets = self._pronouns.get(own, [])
            for p in offsets[bisect.bisect_left(offsets, a) : bisect.bisect_left(offsets, b)]:
                if not self._excluded(p) and reporting_after(self.text[p + len(own) : p + 90]):
                    return True
        return any(m.reporting and not self._excluded(m.start) for m, _ in self._mentions_in(a, b))

    def _bare_subject_before(self, offset: int, paragraph: int, best: Entity) -> Entity | None:
        """The person who is the subject of the sentence before ``offset`` in its paragraph
        (or of its own sentence, before a quotation that ends before ``offset``: *Ray Dolan
        said: "…," the senator added*), outside quotations, named after ``best`` was last
        named outside them, and with no title or description of their own; ``None`` when
        the nearest sentence with a subject has another one."""
        since = max(
            (a for a, _ in best.mentions if a < offset and not self._excluded(a)), default=-1
        )
        starts = self._sentence_starts
        k = bisect.bisect_right(starts, offset) - 1
        told = 0
        for j in range(k, max(-1, k - 4), -1):
            a = starts[j] if j >= 0 else 0
            b = offset if j == k else starts[j + 1]
            if b <= paragraph:
                break
            a = max(a, paragraph + 1)
            for m, e in self._mentions_in(a, b):
                if self._excluded(m.start) or not m.subject or e.kind != "person":
                    continue  # ("Greeted by cheers, …": no one)
                if j == k and not _QUOTE_MARK.search(self.text, m.end, offset):
                    # ("Dolan is wrong, the columnist said": a subject inside what the
                    # description reports)
                    return None
                if self.text.startswith(("'s", "’s"), m.end):
                    continue
                if m.start > since and self._known_words(e) is None:
                    if m.reporting or self._reported_between(m.end, offset):
                        return None  # ('Hale disagreed. "…," he said. "…," the senator said')
                    return e
                return None
            if j != k and self._words_outside(a, b):
                told += 1
                if told >= 2:
                    break
        return None

    def _fuller_description(self, descriptor: str, offset: int) -> tuple[int, str] | None:
        """A fuller description with the same noun in this sentence or the one before
        (outside quotations), which a bare *the senator* takes up: *Asked whether she would
        …, the senator from Michigan laughed. "…," the senator said* is the senator from
        Michigan, not whichever senator was named last. Its offset and words, or ``None``.

        >>> from nbutils.speakers import cluster_entities
        >>> t = 'Ann Bell is a senator. The senator from Ohio smiled. "No," the senator said.'
        >>> cluster_entities(t)._fuller_description("the senator", t.rindex("the senator"))
        (23, 'The senator from Ohio')
        """
        words = descriptor.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
            return None
        k = bisect.bisect_right(self._sentence_starts, offset) - 1
        # (at most a few hundred characters back: one endless sentence stays linear)
        lo = max(self._sentence_starts[k - 1] if k >= 1 else 0, offset - 600)
        found = None
        pattern = rf"\b[Tt]he\s+{re.escape(words[1].lower())}\s+(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
        for m in re.finditer(pattern, self.text[lo:offset]):
            if not self._excluded(lo + m.start()):
                found = (lo + m.start(), m.group())
        return found

    def _epithet(self, head: str, words: set[str], offset: int) -> bool:
        """Is *the defender* (*the veteran striker*) an epithet for someone named just before?

        News varies how it names a person it has just introduced: a definite
        description of a person whose noun the text has not used before (so it
        introduced nobody as *a defender*) means the person named last. Offices
        that speak without a name (*the spokesman*, *the official*) are not epithets.
        """
        if len(words) > 3 or not head or head not in words or head in _GENERIC_PERSONS:
            return False  # (*the woman said* takes up an unnamed *cashier*, not a name)
        if head.endswith("s") and not head.endswith("ss"):
            return False  # a plural is a group: *the protesters chanted*
        role = role_of(head)
        career = bool(words & _CAREER_MODIFIERS)
        if (
            head not in PERSON_NOUNS
            and role not in _EPITHET_ROLES
            and not words & _PARTIES
            # (an office with a word for a career is someone's: *the veteran diplomat*, *the
            # career diplomat*, *the former general* — not an office speaking unnamed)
            and not (career and role == "official")
            # (a noun for a kind of person no word list has, with a modifier that makes it
            # a description of someone known: *the real estate developer*, *the retired
            # banker*; a bare *the announcer* is more often someone never named)
            and not (
                role is None
                and len(words) > 1
                and not head.endswith("men")
                and wordnet_person(head)
            )
        ):
            return False  # (an office with a party is an elected one: "the Democratic state
            # treasurer" is the candidate named before, not an unnamed official)
        lo = max(0, offset - _EPITHET_WINDOW)
        # (a word inside a quotation introduces no one: *"…the only minister who …," the
        # former prime minister said*)
        # (with a word for a career, a bare plural before is people in general: *diplomats
        # had spent weeks …* introduces no one the veteran diplomat could be)
        plural = rf"\b{re.escape(head)}\b" if career else rf"\b{re.escape(head)}s?\b"
        return not any(
            not self._excluded(lo + m.start()) and not self._definite_use(lo + m.start())
            for m in re.finditer(plural, self.text[lo:offset], re.I)
        )

    def _definite_use(self, at: int) -> bool:
        """Is the noun at ``at``, in lower case, the head of a definite description with a
        modifier, in the singular (*the Republican nominee's second visit*), which takes up someone rather than
        introducing anyone (as *a nominee* or *nominees* would)? Not a capitalised one (a
        headline's or a title's *The President*)."""
        m = _DEFINITE_BEFORE.search(self.text, max(0, at - 40), at)
        if m is None or not self.text[at].islower():  # (*The President Weighs In*: a title)
            return False
        end = at + len(re.match(r"[\w-]*", self.text[at:]).group())
        return not self.text[end - 1 : end] == "s" or self.text[end : end + 1] in ("'", "’")

    def _first_epithet(self, head: str, offset: int) -> Entity | None:
        """The person the noun ``head`` first described, when that first use (within
        :data:`_EPITHET_WINDOW` before ``offset``, outside quotations) opened a sentence as
        an epithet (*The Harbor City Gulls guard scored …*: a definite description, only
        capitalised words or modifiers before its noun, then a verb) for the person named
        just before; ``None`` otherwise."""
        if not _epithet_noun(head):
            return None
        lo = max(0, offset - _EPITHET_WINDOW)
        first = next(
            (
                m
                for m in re.finditer(rf"\b{re.escape(head)}s?\b", self.text[lo:offset], re.I)
                if not self._excluded(lo + m.start())
            ),
            None,
        )
        if first is None or first.group().lower() != head:
            return None
        at = lo + first.start()
        k = bisect.bisect_right(self._sentence_starts, at) - 1
        a = self._sentence_starts[k] if k >= 0 else 0
        opening = _EPITHET_OPENING.match(self.text, a)
        if opening is None or opening.end(1) != at + len(head):
            return None
        return self._epithet_person(a)

    def _epithet_person(self, offset: int, avoid: str | None = None) -> Entity | None:
        """The person an epithet means: the subject of the last report (*Cruz warned …*),
        else the last person named as a subject, in this paragraph or the one before
        (outside quotations), not one described by the party ``avoid`` (*the Democratic
        candidate* is not *Republican front-runner Donald Trump*); ``None`` when there is
        none. Remembered per ``(offset, avoid)``: every pronoun near a sentence opening
        with an epithet asks again."""
        key = (offset, avoid)
        if key not in self._epithet_people:
            self._epithet_people[key] = self._epithet_person_uncached(offset, avoid)
        return self._epithet_people[key]

    def _epithet_person_uncached(self, offset: int, avoid: str | None) -> Entity | None:
        """:meth:`_epithet_person`, worked out."""
        lo = max(0, offset - _EPITHET_REACH)  # (read at most this far back: bounded cost)
        start = self.text.rfind("\n", lo, offset)
        start = self.text.rfind("\n", lo, start - 1) if start > 0 else start
        if start > 0 and self.text[start + 1 : start + 2].strip() in ('"', "“", "‘", "'"):
            # (the paragraph before is a quotation, "he said afterward": the one before it)
            start = self.text.rfind("\n", lo, start - 1)
        if start < 0 and lo > 0:
            start = lo - 1  # (paragraphs longer than the reach: their last part)
        return self._epithet_person_since(start, offset, avoid)

    def _epithet_person_since(self, start: int, offset: int, avoid: str | None) -> Entity | None:
        """:meth:`_epithet_person` over ``text[start + 1 : offset]``: the last reporter, else
        the last person named as a subject, or ``None`` when no person is named there."""
        window = offset - start  # (start -1: a name opening the text is in)
        starts = self._sentence_starts
        people = [
            (m, e)
            for m, e in self.persons_before(offset, window)
            if e.kind == "person"
            and not self._inside_report(m.start)
            and not (
                avoid
                and (
                    avoid in (self._known_words(e) or ())
                    # or right before the name: "Republican presidential front-runner Donald Trump"
                    or avoid in self.text[max(0, m.start - 40) : m.start].lower().split()
                )
            )
        ]
        # the one reporting in the epithet's own sentence is not the epithet: "Ann Lee said
        # the heckler yelled …"
        own = starts[max(0, bisect.bisect_right(starts, offset) - 1)] if starts else 0
        people = [(m, e) for m, e in people if not (m.reporting and m.start >= own)]
        found = next((e for m, e in people if m.reporting), None)
        return found or next((e for m, e in people if m.subject), None)

    def _inside_report(self, start: int) -> bool:
        """Is the name at ``start`` inside what another reports (*Trump said that … had
        Clinton …*), or the subject of a clause reported without *that* (*He said Lee
        would …*)? Remembered per name: every epithet in reach asks again."""
        found = self._reported.get(start)
        if found is None:
            starts = self._sentence_starts
            found = (
                _EMBEDDED.search(
                    self.text, starts[max(0, bisect.bisect_right(starts, start) - 1)], start
                )
                is not None
                or _REPORTED_RIGHT_BEFORE.search(self.text, max(0, start - 40), start) is not None
            )
            self._reported[start] = found
        return found

    def _subject_since(
        self, people: list[tuple[NameMention, Entity]], first: int, offset: int
    ) -> bool:
        """Are the people named after the subject ``people[first]`` (most recent first)
        named only in passing: in the subject's own sentence or the next, possessives or
        after a preposition (*sent by Pascoe's friends*), or anywhere in the subject's own
        sentence when that is at most four sentences back?"""
        starts = self._sentence_starts
        subject_sentence = bisect.bisect_right(starts, people[first][0].start)
        here = bisect.bisect_right(starts, offset)
        # named after the subject in its own sentence, as an object (*Haddad said he had
        # met Ridgeway twice. "…," he said. … the 71-year-old laughed*): the sentences
        # since name no one else, so the subject stays the topic a few sentences on
        own = all(
            bisect.bisect_right(starts, m.start) == subject_sentence for m, _ in people[:first]
        )
        if here - subject_sentence > (4 if own else 1):
            return False
        return own or all(
            self.text.startswith(("'s", "’s", "'", "’"), m.end)
            or _PREPOSITION_BEFORE.search(self.text, max(0, m.start - 12), m.start)
            for m, _ in people[:first]
        )

    def _person_of_age(self, age: str, offset: int) -> Entity | None:
        """The person the text gave this age before (*Marco Vidal, 24, joined …*): a
        description with an age after it (*the striker, 24,*) is the one of that age, not
        whoever was named last. Looks back a fixed window only.

        >>> from nbutils.speakers import cluster_entities
        >>> t = "Marco Vidal, 24, joined. Coach Ian Holt spoke. The striker, 24, said"
        >>> cluster_entities(t)._person_of_age("24", t.index("The striker")).canonical
        'Marco Vidal'
        """
        after = re.compile(rf"\s*(?:,\s*|\(){age}\b")
        # (an age is given once, where the person is brought in, maybe pages before the
        # epithet: the same bounded look-back as an epithet's)
        for m, e in self.persons_before(offset, _EPITHET_WINDOW):
            if e.kind == "person" and after.match(self.text, m.end):
                return e
        return None

    def _handed_floor(self, people: list[tuple[NameMention, Entity]]) -> bool:
        """Is one of ``people`` handed the floor where named (*Ann Ruiz gave the floor to Bob
        Tate. The 40-year-old …*: Tate is no one named in passing; he speaks next)?"""
        return any(_FLOOR_TO.search(self.text, max(0, m.start - 60), m.start) for m, _ in people)

    def _aged_person(self, words: set[str], offset: int) -> Entity | None:
        """*the 52-year-old (former nurse)*: news gives a person's age in a description
        only after naming them, so the description is the person named last before it
        outside quotations (in this paragraph or the one before), if a gendered noun in
        the description does not disagree.
        """
        # a kin or person noun says the sex (*the 41-year-old father of two*)
        gender = next((KIN_WORDS[w] for w in sorted(words) if w in KIN_WORDS), None)
        age = next((w.split("-")[0] for w in sorted(words) if _AGE.match(w)), None)
        same = self._person_of_age(age, offset) if age is not None else None
        if same is not None and (gender is None or same.gender in (None, gender)):
            # "Tom Okafor, 61, spoke of his late friend Dan Pryce. … The 61-year-old
            # paused": the one the text gave that age, not whoever was named last
            return same
        # this paragraph and the one before, passing over lines that are not narrative (a
        # photo credit, a caption, a headline); within the window persons_before reads
        window = max(0, offset - 2500)
        lines: list[tuple[int, int]] = []  # (start, end) of those two paragraphs
        counted = 0  # (a paragraph that names no one but goes on about a he/she counts not:
        # "He told the Echo: '…'" between the name and "the 54-year-old")
        end = offset
        for _ in range(6):
            start = max(window, self.text.rfind("\n", window, end) + 1)
            if not lines or len(_LOWER_WORD.findall(self.text, start, min(end, start + 300))) >= 3:
                lines.append((start, end))
                counted += not (
                    len(lines) > 1
                    and not any(
                        e.kind == "person" and not self._excluded(m.start)
                        for m, e in self._mentions_in(start, end)
                    )
                    and any(
                        not self._excluded(h.start())
                        for h in _HE_SHE.finditer(self.text, start, end)
                    )
                )
                if counted >= 2 and len(lines) >= 3:
                    break
            if start == window:
                break
            end = start - 1
            while end > window and self.text[end - 1].isspace():
                end -= 1
        party = next((w for w in sorted(words) if w in _PARTIES), None)
        other = {"democratic": {"republican"}, "republican": {"democratic", "democrat"}}
        candidates = []
        people = [
            (m, e)
            for m, e in self.persons_before(offset, offset - lines[-1][0] + 1)
            if e.kind == "person" and any(a <= m.start < b for a, b in lines)
        ]  # (not a person, or in a short line between the two paragraphs: left out)
        # the subject who was named last before anyone named only in passing ("Okafor …
        # said he had read the letters sent by Pascoe's friends. The 61-year-old paused")
        first = next((k for k, (m, _) in enumerate(people) if m.subject or m.reporting), None)
        # (the one who reports, before anyone named in what is reported: "Haddad said he
        # had met Ridgeway twice" leaves Haddad the topic, whoever the parser took for a
        # subject after him)
        reports = next((k for k, (m, _) in enumerate(people) if m.reporting), None)
        if reports is not None and reports > 0 and self._subject_since(people, reports, offset):
            first = reports
        if (
            first is not None
            and first > 0
            and self._subject_since(people, first, offset)
            and not self._handed_floor(people[:first])
        ):
            people = [people[first]] + people[:first] + people[first + 1 :]
        office = offices(words)
        for _m, e in people:
            if gender and e.gender and e.gender != gender:
                continue
            known = self._known_words(e) or set()
            if party and other[party] & known:
                continue  # "the 61-year-old Republican" is not the Democrat named last
            if age is not None and _other_age(e, age):
                continue  # "the 39-year-old challenger" is not the mayor, 58, named last
            if _other_kind_of_office(office, offices(known)):
                continue  # "the 58-year-old former governor" is not the police lieutenant
            if party is None or party in known or party == "democratic" and "democrat" in known:
                return e
            candidates.append(e)
        if candidates:
            return candidates[0]
        if office and people:
            # every person named near holds another office: the description gives more
            # about the one the story is about (the person named most before it)
            best: tuple[int, Entity | None] = (0, None)
            for e in self._frequent_people():
                if gender and e.gender and e.gender != gender:
                    continue
                if _other_kind_of_office(office, offices(self._known_words(e) or set())):
                    continue
                n = bisect.bisect_left(e.mentions, offset, key=lambda m: m[0])
                if n > best[0]:
                    best = (n, e)
            if best[0] >= 3:
                return best[1]
        return None
