"""The registry: the people and organisations of one article, and what every resolver reads.

:class:`_Registry` is the base of :class:`~nbutils.speakers.resolution.Entities`. Its
``__init__`` holds, documented once, the state every other part reads: the text, its name
mentions in the order of the text (``mentions``; their starts, ``_starts``) and the entity
of each (``_by_mention``), the indexes of full names, surnames and first names, where each
sentence starts, the quotations to read past (``_exclude``), where each *he*/*she* is, and
the memories the resolvers keep (each declared there, with the method that fills it). The
resolvers never change what the text says; they only remember what they worked out.

It answers the questions all the resolvers ask: the entity of a name (:meth:`~_Registry.lookup`,
:meth:`~_Registry.person_named`), the mentions at, in or before an offset, whether an
offset is inside a quotation (:meth:`~_Registry._excluded`), whether a person can be a
*he*/*she* (:meth:`~_Registry._compatible`). It also holds the few words and patterns two
resolvers share (the epithet window, the party adjectives, an age, a reported clause,
handing the floor). The other modules import from here what they share; this one imports
none of them.

>>> from nbutils.speakers import cluster_entities
>>> t = "Mark Rutte spoke. Mrs. Ann Lee left. Rutte stayed."
>>> ents = cluster_entities(t)
>>> ents.lookup("Mr. Rutte").canonical, ents.person_named("Lee").canonical
('Mark Rutte', 'Ann Lee')
>>> [m.name for m, _ in ents.persons_before(t.index("Rutte stayed"))]
['Ann Lee', 'Mark Rutte']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from nbutils.speakers.names import NameMention, _sentence_starts, split_title
from nbutils.speakers.roles import Entity, _placelike
from nbutils.speakers.vocabulary import HONORIFICS, all_first_names

#: Blank space opening a text, before its headline.
_LEADING_SPACE = re.compile(r"\s*")

#: *he* or *she*, capitalised or not: where each is, indexed once per article.
_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")

#: Nouns that say only sex or age: they take up someone unnamed as often as someone named.
_GENERIC_PERSONS = frozenset("man woman person boy girl child lady gentleman".split())

#: Party adjectives: an office described by one is held by someone elected.
_PARTIES = frozenset({"democratic", "republican"})

#: How far back an epithet's noun must be absent (bounded, so the cost stays linear).
_EPITHET_WINDOW = 6000

#: An age in a description: *the 52-year-old*.
_AGE = re.compile(r"\d+-year-old$")


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


#: Before a reporting subject, a sign that it is inside a reported clause ("…, pointing out
#: that the station's Ellen Varga had reported …").
_EMBEDDED = _ThatFirst(
    re.compile(
        r"\b(?:said|says|saying|told|telling|out|noted|noting|added|adding|argued|"
        r"arguing|claimed|claiming|insisted|explained|suggested|wrote|writing|"
        r"warned|warning|stated|stating)\s+(?:\w+\s+)?that\s"
    )
)

#: How many of the people named most often a description may fall back on.
_FREQUENT = 6

#: Right before a name: a preposition governs it (*the parents of Capt. Ann Khan*), or it is
#: the second of a pair (*Ann Lowe and Tom Bell, two reporters*: *they*, not *he*).
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|to|in|at|from|for|on|with|by|into|about|against|than|like|and|or)\s+$",
    re.IGNORECASE,
)

#: A letter: a word outside a quotation (see :meth:`_Registry._words_outside`).
_LETTER = re.compile(r"[A-Za-z]")

#: Handing the floor to the person named next (*gave the floor back to*, *called on*).
_FLOOR_TO = re.compile(
    r"\b(?:(?:gave|gives|give|handed|hands|hand|turned|turns|turn|yielded|yields|yield|passed|"
    r"passes)\s+(?:the\s+)?(?:floor|microphone|mic|podium)\s+(?:back\s+|over\s+)?to|"
    r"called\s+on|calls\s+on)\s+\Z"
)


class _Registry:
    """The article's people and organisations, their names and the text they are named in:
    the state every part of :class:`~nbutils.speakers.resolution.Entities` reads.

    Set in ``__init__`` and never changed after, but for the memories:

    * ``text``, ``entities``; ``mentions`` (in the order of the text), ``_starts`` (their
      starts, for bisection), ``_by_mention`` (the entity of each) and ``_first_person``
      (where the first person is named);
    * ``_index`` (every name and alias, in lower case), ``_surnames``, ``_family`` (the
      people of one surname), ``_first`` and ``_given`` (given names): what
      :meth:`lookup`, :meth:`person_named` and :meth:`shares_given_name` read;
    * ``_exclude`` (the quotations, sorted: :meth:`_excluded`), ``_sentence_starts``,
      ``_pronouns`` (where each *he* and *she* is), ``_newlines`` and ``_headline_at``
      (where the first line ends; both worked out when first asked);
    * the memories, each filled by one part, keyed so that nothing they depend on changes:
      ``_company_leaders``, ``_company_firsts`` and ``_org_heads`` (:mod:`.organisations`), ``_frequent``
      (:meth:`_frequent_people`), ``_unnamed`` and ``_gendered`` (:mod:`.unnamed`),
      ``_known`` and ``_described`` (:mod:`.descriptions`), ``_epithet_people``,
      ``_reported`` and ``_definite_uses`` (:mod:`.epithets`), ``_topics`` and ``_contexts``
      (:mod:`.pronouns`).
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
        #: where the first person is named (the text's length when no one is)
        self._first_person = next(
            (m.start for m, e in zip(mentions, by_mention, strict=True) if e.kind == "person"),
            len(text),
        )
        self._company_leaders: list[tuple[int, Entity | None]] | None = None
        self._company_firsts: list[tuple[int, int, Entity]] | None = None
        self._frequent: list[Entity] | None = None
        #: head noun of an organisation's name -> (mention starts, entities), built once
        self._org_heads: dict[str, tuple[list[int], list[Entity]]] | None = None
        #: a kind of organisation -> (first mention, index, entity) of those of that kind
        self._kinds: dict[str, list[tuple[int, int, Entity]]] = {}
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
        self._headline_at: int | None = None  # where the first line ends, worked out when asked
        #: where the first person with no role and no title but Mr./Ms. is named, when asked
        self._undescribed_at: int | None = None
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
        #: a noun's start -> does a definite description take someone up there, see _definite_use
        self._definite_uses: dict[int, bool] = {}

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

    def _paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` starts (-1 for the first)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect.bisect_left(self._newlines, offset)
        return self._newlines[k - 1] if k else -1

    def _headline_end(self) -> int:
        """Where the text's first line (its headline) ends, blank space before it aside: the
        line break after it (the text's length when it has none). Worked out once."""
        if self._headline_at is None:
            lead = _LEADING_SPACE.match(self.text).end()
            end = self.text.find("\n", lead)
            self._headline_at = end if end >= 0 else len(self.text)
        return self._headline_at

    def everyone_described_before(self, offset: int) -> bool:
        """Has every person named before ``offset`` a role or a title beyond *Mr.*/*Ms.*
        (*Polish Prime Minister Tomasz Wierzbicki*, *press secretary Eric Dunmore*)? Then a
        role noun no one was given (*the president*) is someone the article does not name;
        a person named bare (*Rachel Ashdown sacked her home secretary*) may be the one
        *the prime minister* means. Where the first such person is named is worked out
        once per article, so each question is a comparison."""
        if self._undescribed_at is None:
            self._undescribed_at = min(
                (
                    e.mentions[0][0]
                    for e in self.entities
                    if e.kind == "person"
                    and e.mentions
                    and e.role is None
                    and all(t.lower() in HONORIFICS for t in e.titles)
                ),
                default=len(self.text),
            )
        return offset <= self._undescribed_at

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

    def _words_outside(self, a: int, b: int, within: tuple[int, int] | None = None) -> bool:
        """Has ``text[a:b]`` a word outside the quotation it may open with?"""
        span = self._enclosing(a)
        pos = span[1] if span is not None and span != within else a
        return _LETTER.search(self.text, pos, max(pos, b)) is not None

    def _end_of(self, start: int) -> int:
        """The end of the name mention starting at ``start`` (``start`` if none does)."""
        i = bisect.bisect_left(self._starts, start)
        return (
            self.mentions[i].end if i < len(self.mentions) and self._starts[i] == start else start
        )

    def _sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self._sentence_starts, offset)
