"""Topics: the element of one sentence a *he*/*she* after it takes up.

:meth:`~_Topics._topic` reads one sentence for a pronoun of a given sex. Its elements are
the names and the *he*/*she* in it, outside quotations, ranked: the subject of a reporting
verb (*…, Biden said*) first, then a subject, in the main clause before an opening phrase
(*When Maddow asked, Clinton said*: the comma after the opening phrase is
:func:`_intro_comma`). It answers a person, ``"pronoun"`` when the topic is a pronoun or a
description that continues the chain into the sentence before, or ``None``; with a weak
fallback (a name after *the*, a possessive, an object). Where no name is the subject it
reads the description that opens the sentence (*The mayor, Tom Hale, …*; *A patient, who
asked not to be named, said*: :mod:`.unnamed`; *the former president*:
:mod:`.descriptions`), a name introduced at the sentence's end, or one member of a group.
The patterns here are those of the sentence's shape: openings, appositions, reported
clauses.

>>> from nbutils.speakers import cluster_entities
>>> t = "When Ann Lee asked, Tom Hale said no. He left."
>>> cluster_entities(t).resolve_pronoun("he", t.index("He left")).canonical
'Tom Hale'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection

from nbutils.speakers.names import reporting_after
from nbutils.speakers.resolution.registry import _EMBEDDED, _PREPOSITION_BEFORE
from nbutils.speakers.roles import Entity, role_of
from nbutils.speakers.vocabulary import KIN_WORDS, PERSON_NOUNS

#: After a possessive name: a noun phrase of up to five words, no person's noun among them,
#: then no comma (*'s running argument on the economy drew*, not *'s daughter, Rania,*).
_POSSESSED_THING = re.compile(
    r"['’]s\s+(?!(?:[\w-]+\s+){0,3}(?:"
    + "|".join(map(re.escape, sorted(set(KIN_WORDS) | set(PERSON_NOUNS), key=len, reverse=True)))
    + r")\b)(?:[a-z][\w-]*\s+){1,5}?[a-z]+(?:ed|s)?\b(?![^,.;:\"“”\n]{0,30},)"
)

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

#: After a name: an age or a description set off by a comma that introduces the person
#: (*Lisbet Harlow, 41, a nurse*, *Ann Roe, the owner of*), or a who-clause (*belongs to
#: Ann Roe, who runs 40 rooms*).
_APPOSED_INTRO = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:an?|the)\s+[a-z]|who\s)")
#: Right before a name: the second of a pair or a comparison (*Tom and Ann Lee*, *than Ann*),
#: or a genitive (*the parents of Capt. Omar Khan, the soldier who died*).
_PAIRED_BEFORE = re.compile(r"\b(?:and|or|than|like|of)\s+$", re.IGNORECASE)

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


#: From a name to a pronoun inside the who-clause that follows it (no other clause, name
#: or quotation between).
_RELATIVE_TO = re.compile(r"\s*,\s*who\s[^,;.\"“”A-Z]{0,120}")

_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")

_CONTRACTION = re.compile(r"['’]s\s+(?:been|got|not|never|also|already|had|made|said|told)\b")

#: A sentence opened by a description set off by a comma (*Its spokeswoman, …*, *The
#: ministry's spokeswoman, …*): a name right after it is the apposition, the subject.
_DESCRIBED_APPOSITION = re.compile(
    r"\s*[\"“]?(?:Its|Their|His|Her|The|An?|[A-Z][\w.'’-]*['’]s)\s+(?:[\w'’.-]+\s+){0,8}?[\w'’.-]+,\s+"
)
#: Before a name: a recording of it (*a video of*, *audio of*, *footage of*).
_RECORDING_OF = re.compile(
    r"\b(?:video|videos|recording|recordings|tape|tapes|clip|clips|footage|audio)\s+of\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.\s+)?$"
)
#: After that name: what the recording shows it saying (*… in 2007 saying that …*).
_SAYING_AFTER = re.compile(
    r"(?:\s+(?:in|on|at|from|during)\s+[\w.,' -]{1,30}?)?\s+"
    r"(?:saying|telling|calling|urging|arguing|promising|declaring|vowing|insisting)\b"
)
#: Lower-case words before a name set off that way (*The moderator, news anchor Dennis
#: Vollmer, …*): a role that stands before it.
_ROLE_RUN = re.compile(r"(?:[a-z][\w-]*\s+){1,3}")
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

#: Conjunctions that open a clause of its own before the main one ("When I rang X, he …").
_SUBORDINATORS = frozenset(
    "When While After Although Though If As Because Since Before Once Until Unless".split()
)
#: A sentence opening with a subordinate or prepositional phrase: its subject follows the comma.
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

#: An opening word that is a participle (*Asked*, *Told*, *Pressed*): its clause is about
#: the main clause's subject, and names in it are not that subject.
_PARTICIPLE = re.compile(r"[A-Z][a-z]+ed$|Told$|Shown$|Given$|Taken$|Seen$|Caught$|Shaken$")
#: Openings that compare the main clause's subject with someone else (*Unlike Ann Lee, she
#: …*, *Like his father, he …*): the person named there is never the subject's pronoun.
_COMPARED_INTRO = frozenset({"Unlike", "Like"})
#: A sentence opening on a person described by age (*The 51-year-old singled out Abbott*)
#: or by a noun for a person (*The manager*, *The veteran striker*) and then its verb: the
#: subject is that person, whom the chain goes on to find, not someone named after the verb.
_PERSON_EPITHET_START = re.compile(
    r"\s*(?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}?(\d{1,3}-year-old|[a-z][\w-]*)\s+"
    r"(?:[a-z]+ed|[a-z]+s|was|is|has|had|said|told|made|took|gave|went|came|spoke|sang|"
    r"left|kept|felt|put|set|met|ran|won|lost|sent|saw|got|did)\s+(?:out\s+)?[A-Za-z]"
)

#: A person joined with a group in a plural subject (*Ann Lee and several moderate Republicans
#: have floated …*): the sentence is about the group's act, so she is no topic for a
#: *she* after it.
_WITH_GROUP = re.compile(
    r"\s+and\s+(?:several|some|many|other|most|a\s+few|a\s+group\s+of|a\s+handful\s+of|"
    r"dozens\s+of|two|three|four|five|six|seven|eight|nine|ten|fellow)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:have|are|were|had|did|do)\s"
)


def _person_head(word: str) -> bool:
    """Is ``word`` an age (*51-year-old*) or a noun for a person (*manager*, *nurse*)?"""
    low = word.lower()
    return (
        re.fullmatch(r"\d{1,3}-year-old", low) is not None
        or low in PERSON_NOUNS
        or role_of(low) not in (None, "organisation")
    )


#: An unnamed subject who asks something (*A reporter asked whether …*, *One voter asked
#: her if …*): not the one who answers.
_ASKER_SUBJECT = re.compile(
    r"\s*(?:A|An|One|Another|The)\s+(?:(?!(?:was|were|is|are|been|being|be)\s)[a-z][\w-]*\s+){0,3}?"
    r"(?:asked|pressed|wanted\s+to\s+know)"
    r"\s+(?:(?:him|her|them)\s+)?(?:whether|if|how|why|what|when|about)\b"
)

#: A clause whose subject is a description ("The radio talker has …"), not a name.
_DESCRIPTION_START = re.compile(
    r"\s*(?:[\"“‘'(]\s*)?(?:(?:The|the|A|a|An|an|This|this|That|that|"
    r"His|his|Her|her|Some|Many|Several|Other|Most|Another|another|(?:One|Another),\s+an?)\s+"
    r"(?:[a-z0-9][\w-]*\s+){0,3}(?:[a-z][\w-]*|\d{1,3}-year-old)\b(?!['’])"
    # "A Republican strategist", "One Democratic operative": an indefinite party member
    r"|(?:A|a|One)\s+(?:Republican|Democratic|GOP)\s+(?:[a-z0-9][\w-]*\s+){0,2}[a-z][\w-]*\b(?!['’])"
    # "the Democrat said", "the Kansas Republican said": a party names a person (before
    # a verb: "the Republican nominee" is read by the pattern above, not as a party)
    r"|(?:The|the)\s+(?:[a-z0-9][\w-]*\s+){0,2}(?:[A-Z][\w.'’-]*\s+){0,2}(?:Democrat|Republican)\b"
    r"(?=,|\s+(?:said|says|told|tells|added|adds|noted|did|does|was|is|has|had|would|will|"
    r"could|can|also|then|later|responded|replied|argued|insisted|laughed|declined|wrote)\b))"
)

#: A conjunction opening a sentence before a subject with an article ("But the former
#: president said"; not "But that is …").
_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet|So|Still|Now)\b,?(?=\s+(?:the|a|an)\s)")


class _Topics:
    """The topic of a sentence for a *he*/*she* (a part of
    :class:`~nbutils.speakers.resolution.Entities`, reading the state of :class:`_Registry`)."""

    def _intro(self, a: int) -> re.Match[str] | None:
        """The opening word of a subordinate or participle phrase at ``a`` (:data:`_INTRO`),
        not a name that only ends like a participle (*Kessling, for one, has stopped*,
        *Manning said*)."""
        intro = _INTRO.match(self.text, a)
        if intro is not None and intro.group(1).endswith(("ed", "ing")):
            k = bisect.bisect_left(self._starts, intro.start(1))
            if k < len(self._starts) and self._starts[k] == intro.start(1):
                e = self._by_mention[k]
                if e.kind == "person" and (e.gender is not None or " " in e.canonical):
                    return None  # (not "Reached by phone, Hollis said": no one's name)
        return intro

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
        intro = self._intro(a)
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
            subject = (
                m.subject
                or m.start == apposed_at
                # ("The moderator, news anchor Dennis Vollmer, twice had to …": role words first)
                or 0 <= apposed_at < m.start
                and _ROLE_RUN.fullmatch(text, apposed_at, m.start) is not None
                and role_of(text[apposed_at : m.start].split()[-1].lower()) is not None
                # ("circulated a video of Ms. Arbogast in 2007 saying that …": the one the
                # recording shows speaking)
                or _RECORDING_OF.search(text, max(a, m.start - 40), m.start) is not None
                and _SAYING_AFTER.match(text, m.end) is not None
            )
            after_epithet = (
                epithet is not None and m.start >= epithet.end() - 1 and m.start != apposed_at
            )
            grouped = _WITH_GROUP.match(text, m.end) is not None
            if after_epithet or grouped:
                subject = False  # "The 51-year-old singled out Abbott, who …": the object
            if text.startswith(("'s", "’s", "'", "’"), m.end) and not _CONTRACTION.match(
                text, m.end
            ):
                # "Clinton's website is …" opens the sentence (or its main clause, after an
                # opening phrase: "At the fairground, Vanderpool's argument drew cheers")
                subject = m.start <= a + 2 or (
                    0 < comma <= m.start
                    and not text[comma : m.start].strip(" ,")
                    # (a thing of theirs, not someone set off: "…, Mansour's daughter, Rania,")
                    and _POSSESSED_THING.match(text, m.end) is not None
                )
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
                and not grouped
            )
            if (
                (reporting or subject)
                and elements
                and elements[0][1] >= 1
                and _INDIRECT_QUESTION.search(text, elements[0][0], m.start)
                # (not the main clause's subject after an opening clause that holds the
                # question: "When Agbaje pressed him on why he gave, Bramhall said …")
                and not (comma > 0 and elements[0][0] < lead_end <= m.start)
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
        intro = self._intro(a)
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
            late = self._joined_late(
                main, topic[0] if topic else main_start - 1, gender, a, b, untopical=topic is None
            )
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
        inset = _INSET_PRONOUN_CUE.match(text, description.end()) if description else None
        if (
            inset is not None
            and topic is not None
            and topic[2] is None
            and reporting_after(text[inset.end() : inset.end() + 40])
        ):
            # "The newcomer, she said, had never held office": the description is inside
            # what the "she" reports; the chain goes on to whom the "she" is
            return "pronoun", weak
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
