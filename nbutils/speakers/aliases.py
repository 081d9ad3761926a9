"""Aliases: which entity each mention of a name belongs to.

:func:`canonical_forms` makes every multi-word name an entity of its own, indexed in
:class:`Clusters` by full name, by surname and by first word (a nickname given inside a
name, *Margaret 'Peggy' Trevanion*, is one more form of it). :func:`join_aliases` then
sends each mention to its entity: a full name to its own, a surname or a first name to the
full name it belongs to (:func:`_owner`: *Mrs. Clinton* the woman, the *Trump* named first
and most, not a relative named later; :func:`_just_named`: the namesake who has just
spoken), and a name that belongs to nobody starts an entity. The genders it is given
(id(entity) -> gender, as :mod:`.genders` reads them before any alias joins) keep *Mr.
Khan* off a woman of that surname.

>>> from nbutils.speakers.names import name_mentions
>>> t = "Khizr Khan spoke. His wife, Ghazala Khan, stood by. Mrs. Khan said nothing."
>>> clusters = canonical_forms(name_mentions(t))
>>> [e.canonical for e in clusters.entities]
['Khizr Khan', 'Ghazala Khan']
>>> genders = {id(clusters.full["Ghazala Khan"]): "female"}
>>> [e.canonical for e in join_aliases(name_mentions(t), clusters, genders, t)]
['Khizr Khan', 'Ghazala Khan', 'Ghazala Khan']
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from nbutils.speakers.names import (
    HYPHENED_PARTICLES,
    PUBLICATION_WORDS,
    SURNAME_PARTICLES,
    NameMention,
    _place_of,
)
from nbutils.speakers.roles import Entity
from nbutils.speakers.vocabulary import HONORIFICS, all_first_names, english_words


class Clusters(NamedTuple):
    """The entities found so far, indexed by full name, by surname and by first word."""

    entities: list[Entity]
    full: dict[str, Entity]
    by_surname: dict[str, list[Entity]]
    by_first: dict[str, list[Entity]]


#: A lower-case particle joined to an Arabic surname by a hyphen (*al-Hamdani*, *el-Sisi*),
#: which later mentions may drop (*Hamdani said*).
_HYPHENED_PARTICLE = re.compile(rf"^(?:{'|'.join(HYPHENED_PARTICLES)})-")


def canonical_forms(mentions: list[NameMention]) -> Clusters:
    """Step 1: every multi-word name is a canonical form (an entity of its own) — but the
    nickname given inside a name (*Margaret 'Peggy' Trevanion*) with the surname (*Peggy
    Trevanion*, in a headline before her full name) is one more form of that name, and
    the nickname alone (*Peggy*) a first name of hers.

    >>> from nbutils.speakers.names import name_mentions
    >>> t = "Peggy Trevanion dies. Margaret 'Peggy' Trevanion, a nurse, died. Peggy was 84."
    >>> [(e.canonical, e.aliases) for e in canonical_forms(name_mentions(t)).entities]
    [('Margaret Trevanion', ('Peggy',))]
    """
    clusters = Clusters([], {}, {}, {})
    # "Peggy Trevanion" -> "Margaret Trevanion" (the first name given with that nickname)
    full_of: dict[str, str] = {}
    for m in mentions:
        if m.nickname and " " in m.name:
            full_of.setdefault(f"{m.nickname} {m.name.split()[-1]}", m.name)
    for m in mentions:
        if " " not in m.name or _surname_only(m.name):
            continue
        name = full_of.get(m.name, m.name)
        e = clusters.full.get(name)
        if e is None:
            e = Entity(name, kind=m.kind)
            clusters.full[name] = e
            clusters.entities.append(e)
            words = name.split()
            clusters.by_surname.setdefault(words[-1], []).append(e)
            clusters.by_first.setdefault(words[0], []).append(e)
            bare = _HYPHENED_PARTICLE.sub("", words[-1])
            if bare != words[-1] and bare[:1].isupper():
                # "Saad al-Hamdani" … "Hamdani said": the surname without its particle
                clusters.by_surname.setdefault(bare, []).append(e)
        clusters.full[m.name] = e
        if m.nickname and m.nickname not in e.aliases:
            e.aliases += (m.nickname,)
            clusters.by_first.setdefault(m.nickname, []).append(e)
    return clusters


_CAPITALISED_WORD = re.compile(r"(?<![\w'’])[A-Za-z][a-z'’]{3,}")


def _title_cased(text: str, offset: int) -> bool:
    r"""Is ``offset`` in a Title-Cased line (a headline, a subhead): four or more words of
    four letters or more, three in four of them capitalised?

    >>> t = "Understated Perez Raises His Profile.\n\nPerez said the plan works."
    >>> _title_cased(t, 12), _title_cased(t, t.rindex("Perez"))
    (True, False)
    """
    a = text.rfind("\n", 0, offset) + 1
    b = text.find("\n", offset)
    b = len(text) if b < 0 else b
    words = _CAPITALISED_WORD.findall(text, a, min(b, a + 400))
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _surname_only(name: str) -> bool:
    """Is ``name`` a surname alone that opens with a lower-case particle (*van Doorn* in
    *Mr. van Doorn*, *de la Fuente*), which is no full name of its own but the surname of
    one named in full (*Pieter van Doorn*)?"""
    return name.split()[0] in SURNAME_PARTICLES


def join_aliases(
    mentions: list[NameMention],
    clusters: Clusters,
    genders: dict[int, str] | None = None,
    text: str | None = None,
    children: frozenset[int] = frozenset(),
) -> list[Entity]:
    """Step 2: each mention joins its entity — a full name its own, a surname or first word
    the full name it belongs to (*Mrs. Clinton* the woman, the most mentioned *Trump*); a
    name that belongs to nobody starts an entity. ``genders`` (id(entity) -> gender, from
    :func:`provisional_genders`) keeps *Mr. Khan* off a woman of that surname; with the
    ``text``, a full name in a Title-Cased headline (*Understated Perez Raises …*) does not
    count as naming anyone. Returns the entity of each mention."""
    by_mention: list[Entity] = []
    genders = genders or {}
    lines: dict[int, bool] = {}  # line number -> Title-Cased? (read once per line)
    breaks = [b.start() for b in re.finditer("\n", text)] if text is not None else []

    def headline(offset: int) -> bool:
        line = bisect.bisect_left(breaks, offset)
        if line not in lines:
            lines[line] = text is not None and _title_cased(text, offset)
        return lines[line]

    full = [len(m.name.split()) >= 2 and not _surname_only(m.name) for m in mentions]
    body = [f and not headline(m.start) for m, f in zip(mentions, full, strict=True)]
    named: set[int] = {id(clusters.full[m.name]) for m, b in zip(mentions, body, strict=True) if b}
    named_before: set[int] = set()  # id(entity) of those named in full so far
    #: id(entity) -> its mentions so far in full or with a title (not "Kyle" alone)
    by_surname: dict[int, int] = {}
    #: (entity, end, surname) of the last full name of someone who reports
    last_full: tuple[Entity | None, int, str] = (None, -1, "")
    for m, in_body, is_full in zip(mentions, body, full, strict=True):
        if is_full:
            e = clusters.full[m.name]
            if in_body:
                named_before.add(id(e))
            if in_body and e.kind != "organisation" and m.kind != "organisation":
                # (a body named in a person's apposition is no one who reports: "Claire
                # Brandt, his daughter and a Milwaukee County circuit judge, spoke")
                speaks = (
                    m.reporting or text is not None and _SPEECH_ACT.match(text, m.end) is not None
                ) and not (
                    # (not a name set off inside a whose-clause: "Raymond Okonjo, whose son,
                    # Cpl. Daniel Okonjo, died in 2004, said": the father reports)
                    text is not None
                    and _WHOSE_APPOSED.search(text, max(0, m.start - 60), m.start) is not None
                )
                last_full = (e, m.end, m.name.split()[-1]) if speaks else (None, -1, "")
        else:
            e = _owner(m, clusters, genders, (named_before, named), children, by_surname)
            just = _just_named(m, clusters, last_full, text, genders)
            if just is not None and e is not None and just is not e and e.kind == "person":
                e = just  # "Janet Hollis said …. "…," Hollis said": not her daughter Megan
        if e is None:
            e = clusters.full.get(m.name)
            if e is None:
                e = Entity(m.name, kind=m.kind)
                clusters.full[m.name] = e
                clusters.entities.append(e)
        if m.name != e.canonical and m.name not in e.aliases:
            e.aliases += (m.name,)
        if m.title and m.title not in e.titles:
            e.titles += (m.title,)
        e.mentions.append((m.start, m.end))
        if is_full or m.title and m.name.split()[-1] == e.canonical.split()[-1]:
            # (not a bare "the Voss farm": a family's, no one's)
            by_surname[id(e)] = by_surname.get(id(e), 0) + 1
        if e.kind == "unknown" and m.kind != "unknown":
            e.kind = m.kind
        by_mention.append(e)
    return by_mention


#: After a full name, a clause that says the person spoke (*Derrick Price, Jalen's father,
#: kept his remarks short*; *Gwendolyn Tillman spoke at the meeting*): as a report does,
#: it makes the bare surname of the quote after it hers or his.
_SPEECH_ACT = re.compile(
    r"[^.!?\"“”\n]{0,80}?\b(?:spoke|speaks|addressed|remarks|testified|took\s+the\s+"
    r"(?:microphone|podium|lectern|stand)|stood\s+to\s+speak|read\s+(?:from|a|aloud))\b"
)


#: A whose-clause's noun set off before a name (*whose son, Lance Corporal*): the name
#: inside the clause.
_WHOSE_APPOSED = re.compile(r"\bwhose\s+(?:[a-z]+\s+){0,2}[a-z]+,\s+(?:[A-Z][\w.]*\s+)*$")

#: How close after a full name a bare surname takes it up whoever else has that surname.
_JUST_NAMED = 200
#: How far at most, quotations included (bounded: a slice of the text is read).
_JUST_NAMED_REACH = 1200
#: A quotation in double marks, read out of the stretch between a name and its surname.
_QUOTED_SPAN = re.compile(r"[\"“][^\"“”\n]*[\"”]")
#: A paragraph break (one line break or more).
_BREAKS = re.compile(r"\n+")


def _just_named(
    m: NameMention,
    clusters: Clusters,
    last_full: tuple[Entity | None, int, str],
    text: str | None,
    genders: dict[int, str] | None = None,
) -> Entity | None:
    """The person a bare surname ``m`` means when the last full name before it, a moment
    before (:data:`_JUST_NAMED` characters, no paragraph break between), is a person of that
    surname who reports something (*Janet Hollis said she had last heard her daughter's
    voice …. "…," Hollis said*), when the surname reports too, or ``None``. Not a relative
    who only acts (*His nephew Callum Grey scored twice. "…," Grey said* is the article's
    main Grey), nor with a title (*Secretary Clinton*: the rules of :func:`_owner` decide)
    other than an honorific that fits the namesake's sex (*Her mother, Gwendolyn Tillman,
    spoke …. "…," Ms. Tillman told them*). A namesake said to speak (:data:`_SPEECH_ACT`:
    *kept his remarks short and addressed …*) counts as one who reports, and the distance
    counts the narration between, not the quotation the surname reports. The namesake's
    sex is its own or the one ``genders`` (:func:`provisional_genders`) gives it (*His son,
    Daniel Kessler, … said …. Mrs. Kessler … said*: his mother, not him)."""
    words = m.name.split()
    just, end, surname = last_full
    honorific = next((HONORIFICS[w] for w in m.title.lower().split() if w in HONORIFICS), None)
    sex = None if just is None else just.gender or (genders or {}).get(id(just))
    if m.title and (honorific is None or len(m.title.split()) > 1 or sex not in (None, honorific)):
        return None  # (not "Secretary Clinton"; "Ms. Tillman" only for a woman or one unknown)
    if len(words) != 1 or not m.reporting or text is None or just is None:
        return None  # (only "Hollis said", not "Hollis's mother")
    if m.start - end > _JUST_NAMED_REACH or len(_BREAKS.findall(text, end, m.start)) > 1:
        return None  # (the paragraph after is near enough: "… Greg Pulaski, said …¶"…,"
        # Pulaski told him")
    if len(_QUOTED_SPAN.sub("", text[end : m.start])) > _JUST_NAMED:
        # (the narration between counts, not the quotation the surname reports: a long
        # quote after "Richard Stanek … said on Saturday that …" is no distance)
        return None
    # (the full name is filed under its surname: it is one of the namesakes when the
    # surnames match, found without reading them all)
    if surname != words[-1] or len(clusters.by_surname.get(surname) or []) < 2:
        return None
    return just if just.kind == "person" else None


def _owner(
    m: NameMention,
    clusters: Clusters,
    genders: dict[int, str] | None = None,
    named: tuple[set[int], set[int]] = (set(), set()),
    children: frozenset[int] = frozenset(),
    by_surname: dict[int, int] | None = None,
) -> Entity | None:
    """The full name a one-word mention belongs to, if any.

    With an honorific (*Mr. Khan*), only a person of that gender (``genders``), or of
    unknown gender not yet called by the other honorific; none fitting, the mention is a
    person of its own. Otherwise a person before an organisation, one named in full
    before this mention (``named``: those named so far, those named anywhere, outside
    headlines), one whose first word is a first name, the most mentioned so far, the first named: the article's *Trump* is
    Donald Trump after a paragraph on his daughter Ivanka Trump, and a headline's *Trump*
    before both are named is the first of them."""
    genders = genders or {}
    before, anywhere = named
    words = m.name.split()
    cands = _bounded(clusters.by_surname.get(words[-1]) or [])
    if not cands and m.kind != "organisation":
        # "Lopez" -> Maria Lopez is by surname; here "Nexa" -> Nexa Systems (an
        # organisation's first word, when that word is nobody's first name)
        firsts = _bounded(clusters.by_first.get(words[0], []))
        # a first name too ("Harwell" after "Harwell Foods"): the organisation named before,
        # when no person of that first name is
        sole = not any(c.kind == "person" for c in firsts)
        cands = [
            c
            for c in firsts
            if (
                c.kind != "organisation"
                or words[0] not in all_first_names()
                or sole
                and id(c) in before
            )
            # a paper is never called by its town alone: "Harbury said" is not the
            # Harbury Echo (a club, a council known by the place)
            and not (
                c.kind == "organisation" and c.canonical.split()[-1].lower() in PUBLICATION_WORDS
            )
        ]
    honorific = next((HONORIFICS[w] for w in m.title.lower().split() if w in HONORIFICS), None)
    if honorific is not None and cands:
        # "Mr. Haddad" is the parent named, not "their son, Karim Haddad" (when there is
        # another person of that surname named before it; not "Ms. Kenner" after "The
        # daughter, Amber Kenner" alone, when her daughter Kaylee is named only later)
        grown = [c for c in cands if id(c) not in children]
        if any(id(c) in before for c in grown):
            cands = grown
        # "Mrs. Clinton" is Hillary, "Mr. Clinton" Bill; "Mr. Khan" is not Ghazala Khan
        same = [c for c in cands if genders.get(id(c)) == honorific]
        unknown = [
            c
            for c in cands
            if genders.get(id(c)) is None
            and not any(
                HONORIFICS.get(w) not in (None, honorific)
                for t in c.titles
                for w in t.lower().split()
            )
        ]
        # (one of unknown sex named in full before it, when no one of that sex is:
        # "Dana Pruett's duplex … said Ms. Pruett, 38" is Dana, not Carla Pruett named later)
        earlier = [c for c in same if id(c) in before] or [c for c in unknown if id(c) in before]
        cands = earlier or same or unknown
    if len(cands) > 1:
        # a person before an organisation, then one named in full before this mention,
        # then one whose first word is a first name (not a headline's "Understated
        # Perez"), then the most mentioned (the article's "Trump" is Donald Trump even after a
        # paragraph on Eric Trump), then one named in full at all, then the first named
        # (not the most recent: that hands "Trump" to whoever was named last; PolNeAR
        # train has "Freddy Trump … Mr. Trump said", Donald, and "Mr. Khan", "Clinton")
        order = {id(c): k for k, c in enumerate(cands)}
        cands = sorted(
            cands,
            key=lambda c: (
                c.kind != "organisation",
                id(c) in before,
                _forename_like(c.canonical.split()[0]),  # not "Understated Perez"
                # (with an honorific, counting the mentions that carry the surname: "Mr.
                # Voss" is not the son the article calls "Kyle")
                len(c.mentions)
                if honorific is None or by_surname is None
                else by_surname.get(id(c), 0),
                id(c) in anywhere,
                -order[id(c)],
            ),
        )
    return cands[-1] if cands else None


#: How many people of one surname (or first name) a one-word mention is weighed against:
#: the first and the latest named, half each (no news article names more; the cost per
#: mention stays bounded on a text naming thousands of namesakes).
_CANDIDATES_KEPT = 64


def _bounded(people: list[Entity]) -> list[Entity]:
    """``people`` itself, or its first and last :data:`_CANDIDATES_KEPT` // 2 when longer.

    >>> kept = _bounded(list(range(1000)))
    >>> len(kept), kept[31:33], _bounded([1, 2])
    (64, [31, 968], [1, 2])
    """
    if len(people) <= _CANDIDATES_KEPT:
        return people
    half = _CANDIDATES_KEPT // 2
    return [*people[:half], *people[-half:]]


def _forename_like(word: str) -> bool:
    """Could ``word`` be a first name: a listed one (*Thomas*), or a word that is no English
    word, participle, adverb or place (*Ivanka*, not *Understated*, *Former*, *Wisconsin*)?

    >>> [_forename_like(w) for w in ("Thomas", "Ivanka", "Understated", "Former")]
    [True, True, False, False]
    """
    if word in all_first_names():
        return True
    low = word.lower()
    english = english_words()
    return not (
        low in english
        or low.endswith(("ed", "ing", "ly"))
        or low.endswith("s")
        and low[:-1] in english
        or _place_of(word) is not None
    )
