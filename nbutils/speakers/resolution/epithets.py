"""Epithets: *the veteran striker*, *the real estate developer* for the person just named.

News varies how it names a person it has just introduced: a definite description whose
noun the text has not used before (so it introduced nobody as *a striker*) means the person
named last (:meth:`~_Epithets._epithet`), the one reporting or else the last subject in
this paragraph or the one before (:meth:`~_Epithets._epithet_person`), not a name inside
what another reports (:meth:`~_Epithets._inside_report`). A noun whose first use was itself
such an epithet opening a sentence keeps meaning that person
(:meth:`~_Epithets._first_epithet`). Offices that speak unnamed (*the spokesman*) are no
epithets.

>>> from nbutils.speakers import cluster_entities
>>> t = "Carl Bunt won the seat. The veteran striker said it was his last season."
>>> cluster_entities(t).resolve_descriptor("The veteran striker", t.index("The veteran")).canonical
'Carl Bunt'
"""

from __future__ import annotations

import bisect
import re

from nbutils.speakers.names import NameMention
from nbutils.speakers.resolution.registry import (
    _EMBEDDED,
    _EPITHET_WINDOW,
    _GENERIC_PERSONS,
    _PARTIES,
)
from nbutils.speakers.roles import Entity, role_of, wordnet_person
from nbutils.speakers.vocabulary import PERSON_NOUNS

#: Words for a career that make an office's noun an epithet for someone (*the veteran
#: diplomat*, *the former general*).
_CAREER_MODIFIERS = frozenset("veteran career longtime onetime retired former seasoned".split())
#: Roles whose nouns can be an epithet for a person just named (*the defender*, *the
#: physician*); officials and anonymous sources speak unnamed (*the spokesman said*).
_EPITHET_ROLES = frozenset({"citizen/witness", "expert", "politician"})

#: A definite article, then one to three modifiers (capitalised, or a number such as an age),
#: right before a noun: *the Republican nominee*, *the 70-year-old nominee* (a bare *the
#: president* may itself be an office speaking unnamed).
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’.-]*\s+|[\d][\w-]*\s+){1,3}$")
#: A definite article and at most two modifiers, in lower case or capitalised, right before
#: a noun (*the candidate*, *the presidential candidate*); not a word that sets the person
#: apart from another (*the other candidate*, *the new chairman*).
_PLAIN_DEFINITE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w'’.-]*\s+|(?!(?:other|another|second|first|third|next|last|only|same|new)\b)"
    r"[a-z][\w-]*\s+){0,2}$"
)
#: The word starting at a place (matched in place with ``match(text, at)``).
_WORD_AT = re.compile(r"[\w-]*")
#: Between a name and a noun: one verb, then *the* and at most two modifiers (*Jean Pak asked
#: the candidate*).
_NAME_VERB_THE = re.compile(r"\s+[a-z]+\s+the\s+(?:[\w'’-]+\s+){0,2}")
#: A description set off after a name (*Jean Pak, the moderator,*).
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an|his|her|their|its)\s")
#: A noun in lower case right before a name, describing the person (*critic Glen Harrow*).
_DESCRIBED_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")
#: How far into a text a lead's description of someone named below may stand, and in how
#: many paragraphs after it the person is looked for.
_LEAD_REACH = 1500
_LEAD_PARAGRAPHS = 2
#: A sentence opening, after a dateline (*OTTAWA —*), on a definite or possessive description
#: (*The state's top prosecutor*, *Canada's trade minister*), up to its noun (which the
#: pattern is completed with).
_LEAD_SUBJECT = (
    r"\s*(?:[A-Z][A-Z.,' ]+\s*(?:\([\w. ]+\)\s*)?[—–-]+\s*)?"
    r"(?:The|[A-Z][\w.]*(?:'s|’s))\s+(?:[\w'’-]+\s+){0,4}?"
)
#: Offices with one holder whom readers know without a name: a bare *the president* may be
#: that office speaking unnamed, not someone the story met.
_ONE_HOLDER_OFFICES = frozenset({"president", "pope", "king", "queen", "prime minister"})

#: A word, a reporting verb, then a name, no comma between: the name opens the reported
#: clause (*He said Lee would win*), it is not the one reporting (as in *…," said Lee*).
_REPORTED_RIGHT_BEFORE = re.compile(
    r"\b[A-Za-z][\w.’'-]*\s+(?:said|says|told|tells|argued|argues|claimed|claims|insisted|insists|warned|warns|"
    r"believes|believed|thinks|thought)\s+$"
)

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


#: A sentence opening on a definite description (*The real estate developer, who …*):
#: group 1 is its noun.
_EPITHET_SUBJECT = re.compile(
    r"\s*The\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)(?=,|\s+(?:[a-z]+ed|held|was|had)\b)"
)

#: How far back an epithet's person is looked for (this paragraph and the one before, at
#: most this many characters).
_EPITHET_REACH = 2500


class _Epithets:
    """The person a definite epithet means (a part of
    :class:`~nbutils.speakers.resolution.Entities`, reading the state of :class:`_Registry`)."""

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
        modifier, in the singular (*the Republican nominee's second visit*), or a plain one after
        a name (:meth:`_plain_definite_after_a_name`), which takes up someone rather than
        introducing anyone (as *a nominee* or *nominees* would)? Not a capitalised one (a
        headline's or a title's *The President*). Remembered per place: every epithet in
        reach asks again."""
        found = self._definite_uses.get(at)
        if found is None:
            found = self._definite_uses[at] = self._definite_use_uncached(at)
        return found

    def _definite_use_uncached(self, at: int) -> bool:
        """:meth:`_definite_use`, worked out."""
        if not self.text[at].islower():  # (*The President Weighs In*: a title)
            return False
        if _DEFINITE_BEFORE.search(self.text, max(0, at - 40), at) is None and not (
            self._plain_definite_after_a_name(at)
        ):
            return False
        end = _WORD_AT.match(self.text, at).end()  # (matched in place: no copy of the rest)
        return not self.text[end - 1 : end] == "s" or self.text[end : end + 1] in ("'", "’")

    def _plain_definite_after_a_name(self, at: int) -> bool:
        """Is the noun at ``at`` the head of a plain definite description (*the candidate*,
        *the presidential candidate*) used after someone was named? It takes up a person
        the story met, as *a candidate* would not. Not before any name (a lead describes
        the one the paragraphs below name: *Canada's foreign minister accused …*), nor an
        office with one holder (:data:`_ONE_HOLDER_OFFICES`), nor as the object of a verb
        right after a name (*Jean Pak asked the candidate*: someone she met, not herself)."""
        if _PLAIN_DEFINITE_BEFORE.search(self.text, max(0, at - 50), at) is None:
            return False
        noun = _WORD_AT.match(self.text, at).group().lower()
        before = self.text[max(0, at - 7) : at].lower().split()[-1:]
        if noun in _ONE_HOLDER_OFFICES or " ".join([*before, noun]) in _ONE_HOLDER_OFFICES:
            return False
        k = bisect.bisect_right(self._sentence_starts, at) - 1
        lo = max(self._sentence_starts[k] if k >= 0 else 0, at - 120)  # (a verb between: near)
        if any(
            e.kind == "person" and _NAME_VERB_THE.fullmatch(self.text, m.end, at)
            for m, e in self._mentions_in(lo, at)
        ):
            return False  # (*Jean Pak asked the candidate*: someone other than the one named)
        return self._first_person < at  # (someone was named before)

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

    def _lead_epithet(self, head: str, offset: int) -> Entity | None:
        """The person a lead described before naming anyone (*Canada's foreign minister
        accused Washington …* ¶ *Claire Beaulieu told reporters …*): when the first use of
        the noun ``head`` (outside quotations, in lower case, in the singular) opens a
        sentence as its subject (:data:`_LEAD_SUBJECT`) before any person is named below the
        headline, within :data:`_LEAD_REACH` characters of the text's start, the first person
        named after it as the subject of a report (else of a clause) in the next
        :data:`_LEAD_PARAGRAPHS` paragraphs (at most twice :data:`_LEAD_REACH` characters on),
        and before ``offset``, given no other title or description; ``None`` otherwise."""
        if not _epithet_noun(head) or offset <= 0 or head.endswith("s") and not head.endswith("ss"):
            return None
        headline = self._headline_end()  # (below the headline: a headline is no lead)
        if headline >= len(self.text):
            return None
        body = headline + 1
        first = re.compile(rf"\b{re.escape(head)}\b").search(
            self.text, body, min(offset, _LEAD_REACH)
        )
        if first is None or self._excluded(first.start()):
            return None
        at = first.start()
        k = bisect.bisect_right(self._sentence_starts, at) - 1
        sentence = max(body, self._sentence_starts[k] if k >= 0 else 0)
        opening = re.compile(_LEAD_SUBJECT + re.escape(head) + r"\b").match(self.text, sentence)
        if opening is None or opening.end() != first.end():
            return None  # (not the subject opening the lead's sentence)
        if any(e.kind == "person" for _, e in self._mentions_in(body, sentence)):
            return None  # (someone was named before: not a lead's description)
        end, reach = at, min(offset, at + 2 * _LEAD_REACH)  # (bounded: a text may have no breaks)
        for _ in range(_LEAD_PARAGRAPHS + 1):
            nxt = self.text.find("\n", end + 1, reach)
            end = reach if nxt < 0 else nxt
        named = [
            (m, e)
            for m, e in self._mentions_in(at, end)
            if e.kind == "person"
            and not self._inside_report(m.start)
            # (one the text gives other titles is someone else: *opposition critic Ann Roe*)
            and (not (known := self._known_words(e)) or head in known)
            and not self._described_before(m, head)
        ]
        found = next((e for m, e in named if m.reporting), None)
        return found or next((e for m, e in named if m.subject), None)

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
        the last person named as a subject, or ``None`` when no person is named there; when
        no one reports in the epithet's own paragraph, the last subject named there first."""
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
        # no one reports in the epithet's own paragraph: its subject before one who reported
        # in the paragraph before ("Roe … did not dispute that. …, the senator smiled"), not
        # one the paragraph introduces with a description (a bystander: "Her aide, Tim Reyes,")
        para = self._paragraph_start(offset)
        here = [(m, e) for m, e in people if m.start > para]
        if not any(m.reporting for m, _ in here):
            subject = next((e for m, e in here if m.subject and not self._set_off(m)), None)
            if subject is not None:
                return subject
        found = next((e for m, e in people if m.reporting), None)
        return found or next((e for m, e in people if m.subject), None)

    def _described_before(self, m: NameMention, head: str) -> bool:
        """Is the name ``m`` right after a noun for a person other than ``head`` (*opposition
        critic Glen Harrow* for *the minister*)?"""
        found = _DESCRIBED_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        word = found.group(1) if found else ""
        return word != head and (word in PERSON_NOUNS or role_of(word) is not None)

    def _set_off(self, m: NameMention) -> bool:
        """Is the name ``m`` set off by a description, as a person being introduced is (*Her
        aide, Tim Reyes,*; *Jean Pak, the moderator,*)?"""
        return (
            self.text[max(0, m.start - 2) : m.start] == ", "
            or _APPOSITION_AFTER.match(self.text, m.end) is not None
        )

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
