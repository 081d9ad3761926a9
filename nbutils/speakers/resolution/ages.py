"""Ages: *the 52-year-old* and *the striker, 24,* for the person the text gave that age.

News gives a person's age in a description only after naming them. So *the striker, 24,*
is the one named with that age before (:meth:`~_Ages._person_of_age`), and *the
52-year-old (former nurse)* the person named last in this paragraph or the one before, a
subject before anyone named in passing (:meth:`~_Ages._aged_person`), unless a party, an
age or an office of another kind says otherwise (:func:`offices`: *Gov.* and *governor*
are one office; :func:`_other_kind_of_office`).

>>> from nbutils.speakers import cluster_entities
>>> t = "Marco Vidal, 24, joined. Coach Ian Holt spoke. The striker, 24, said"
>>> cluster_entities(t).resolve_descriptor("The striker", t.index("The striker")).canonical
'Marco Vidal'
>>> sorted(offices({"gov.", "former", "congressman"}))
['governor', 'representative']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection

from nbutils.speakers.names import NameMention
from nbutils.speakers.resolution.registry import (
    _AGE,
    _EPITHET_WINDOW,
    _FLOOR_TO,
    _HE_SHE,
    _PARTIES,
    _PREPOSITION_BEFORE,
)
from nbutils.speakers.roles import Entity
from nbutils.speakers.vocabulary import KIN_WORDS

#: Lower-case words: a line with fewer than three is a caption, a credit or a headline
#: (*Photo by Ann Roe.*, *Nurses Walk Out At Three Hospitals*), not narrative.
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")


def ages_of(e: Entity) -> list[int]:
    """The ages the article gave ``e`` (its descriptors *aged 58*), in the order given.

    >>> ages_of(Entity("Dan Roe", descriptors=("a grocer", "aged 58")))
    [58]
    """
    return [int(d.split()[1]) for d in e.descriptors if _AGE_DESCRIPTOR.fullmatch(d)]


#: The descriptor an age after a name gives (*Dan Roe, 58,*: *aged 58*).
_AGE_DESCRIPTOR = re.compile(r"aged \d{1,3}")


def _other_age(e: Entity, age: str) -> bool:
    """Was ``e`` given an age other than ``age`` (a descriptor *aged 58*)?"""
    return any(str(a) != age for a in ages_of(e))


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
    "executive": "executive",
    "businessman": "executive",
    "businesswoman": "executive",
    "entrepreneur": "executive",
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
    another elected one may be the same person's (*the former congressman* is a senator);
    a police officer is no one described by another office (*the former executive*)."""
    if not described or not held or described & held:
        return False
    if held == {"officer"}:
        return True  # ("the 58-year-old former trucking executive" is no police lieutenant)
    return not (described & _ELECTED and held & _ELECTED) and (
        bool(described & _ELECTED) != bool(held & _ELECTED)
    )


class _Ages:
    """The person a description by age means (a part of
    :class:`~nbutils.speakers.resolution.Entities`, reading the state of :class:`_Registry`)."""

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
