"""Clauses: who a sentence's names are to a *he*/*she* that follows.

Helpers of the topic reader (:mod:`.topics`) that look at one name in its clause: whether
an unknown name is a person's (an occupation before it: :meth:`~_Clauses._described_as_person`;
a *his*/*her* of its own after it: :meth:`~_Clauses._own_pronoun_after`; a passive only a
person suffers: :meth:`~_Clauses._person_subject_alone`), whether a possessive names a
person (*Brandt's mother, Helen*: :meth:`~_Clauses._owned_person`,
:meth:`~_Clauses._apposed_to_owned`), whether a clause has a person as its subject, and who
of the pronoun's sex is named after a subject of the other sex
(:meth:`~_Clauses._agreeing_after_other_sex_subject`) or joins late (*…, and the Speaker,
Owen Keane, stood up*: :meth:`~_Clauses._joined_late`, with :data:`CUTTING_IN`, which the
attribution engine reads too).

>>> from nbutils.speakers import cluster_entities
>>> t = "Tom Reed answered a message from Nora Kell. She wrote back."
>>> cluster_entities(t).resolve_pronoun("she", t.index("She")).canonical
'Nora Kell'
"""

from __future__ import annotations

import bisect
import re

from nbutils.speakers.names import NameMention
from nbutils.speakers.roles import Entity, role_of
from nbutils.speakers.vocabulary import HONORIFICS, KIN_WORDS, PERSON_NOUNS, PRONOUNS, english_words

_WORD = re.compile(r"[A-Za-z]+")

_HIS = frozenset({"he", "his", "himself"})

_HERS = frozenset({"she", "her", "hers", "herself"})

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

#: A person's passive right after a name: *was asked*, *had been pressed*, *is questioned*.
_ASKED_PASSIVE = re.compile(
    r"\s+(?:(?:was|is|were|has been|had been|will be)\s+)(?:\w+ly\s+)?"
    r"(?:asked|questioned|pressed|interviewed|quizzed|grilled)\b"
)

#: Before a name: a clause joined on with ", and" (or ", but"), perhaps a description set
#: off before the name (*…, and the Speaker, Owen Keane,*).
_JOINED_CLAUSE_BEFORE = re.compile(r",\s+(?:and|but)\s+(?:(?:the|an?)\s+[\w\s'’-]{1,40},\s+)?$")
#: After such a name: its verb, past tense (*, stood up*, *rose*, *cut in*).
_FINITE_AFTER_NAME = re.compile(
    # (perhaps after a who-clause set off by commas: "…, and Ann Lee, who chaired it, rose")
    r"(?:,\s+who\s+[^,;.\"“”\n]{1,80},)?"
    r",?\s+(?:[a-z]+ed|stood|rose|got|came|took|began|spoke|broke|cut|went|ran|stepped)\b"
)

#: Verbs of cutting in on someone (*cut her off*, *broke in*, *interrupted*).
CUTTING_IN = r"cut\s+(?:him|her|them)\s+off|cut\s+in|broke\s+in|interrupted|interjected|jumped\s+in"
#: After a name: a verb of cutting someone off to speak (*, cut her off*, *interrupted him*).
_CUTS_IN_AFTER_NAME = re.compile(
    rf"\s+(?:quickly\s+|then\s+)?(?:{CUTTING_IN}"
    # (or keeps the floor: "Lee began to answer, but Ruiz kept going")
    r"|kept\s+(?:going|talking|on)|pressed\s+on|pushed\s+on|carried\s+on|went\s+on)\b"
)


class _Clauses:
    """A name in its clause, for the topic reader (a part of
    :class:`~nbutils.speakers.resolution.Entities`, reading the state of :class:`_Registry`)."""

    def _joined_late(
        self, main: list, after: int, gender: str, a: int, b: int, untopical: bool = False
    ) -> tuple[int, int, Entity | None] | None:
        """The element of a person of ``gender`` (or of unknown sex) named for the first time
        as the subject of a clause joined on with *, and*/*, but* after ``after``, its verb
        past tense (perhaps after a who-clause): *…, and the Speaker, Owen Keane, stood up*;
        or named before, when that verb cuts in: *Lee began to answer, but Ruiz cut her off*,
        or when the sentence has no other topic (``untopical``: *By noon more customers had
        come in, and Ms. Lee counted quarters*)."""
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
                    (untopical or e.mentions[0][0] >= el[0] - 1)
                    and _FINITE_AFTER_NAME.match(self.text, self._end_of(el[0]), b)
                    # "Lee began to answer, but Ruiz cut her off": who cuts in has the floor
                    or _CUTS_IN_AFTER_NAME.match(self.text, self._end_of(el[0]), b)
                )
            ):
                return el
        return None

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
