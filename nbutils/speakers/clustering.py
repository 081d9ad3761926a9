"""Clustering: the mentions of one person or organisation gathered into one entity.

:func:`cluster_entities` runs four steps, each a function: the canonical forms
(multi-word names, :func:`canonical_forms`), the aliases that join them (a
surname, a first name, *Mrs. Clinton*: :func:`join_aliases`), the descriptions
around each mention (*Rutte, the NATO chief,*: :func:`add_descriptors`), and
each entity's gender and kind (:func:`decide_genders`).

>>> ents = cluster_entities("Hillary Clinton spoke. Mrs. Clinton left.")
>>> [(e.canonical, e.aliases, e.gender) for e in ents]
[('Hillary Clinton', ('Clinton',), 'female')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import NamedTuple

from nbutils.speakers.names import (
    _OF_PLACE,
    HONORIFICS,
    ROLE_WORDS,
    NameMention,
    _place_of,
    all_first_names,
    function_words,
    name_gender,
    name_mentions,
)
from nbutils.speakers.resolution import Entities
from nbutils.speakers.roles import Entity

#: A relative clause right after a name: ", who runs a bakery in Kyiv,".
_WHO_AFTER = re.compile(r"\s*,\s+(who\s+[^,.;:\"“”]{3,90}?)\s*(?=,|\.|;|$)")


_APPOSITIVE = re.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?"  # an age first: "Janet Wu, 67, a teacher"
    r"((?:the|a|an|who is|another|his|her|its|their|head|chief)\s"
    r"[^,.;:\"“”]{2,70}?)\s*(?=,|\.|;|$)"
)


#: "the city's chief engineer, Teodor Brask", "His neighbour, Ines Caddow,".
#: A finite verb inside what looks like an appositive: a clause, not a description
#: ("According to Hale, the hospital lost $12 million", "…, the governor ordered a …").
_CLAUSE_IN_APPOSITIVE = re.compile(
    r"\s(?:is|was|are|were|has|had|have|lost|won|made|took|gave|"
    r"got|went|came|[a-z]+ed\s+(?:such|a|an|the|that|this|to|his|"
    r"her|their|its|it|them|him))\b"
)


_PRE_APPOSITIVE = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts"
    r"|(?:[A-Z][\w.]*\s)*[A-Z]\w*['’]s)\s"
    r"(?:[\w’'-]+\s){0,4}?[a-z][\w-]*),\s+$"
)


_WORD_BEFORE = re.compile(r"[A-Za-z][\w.-]*")


_LAST_WORD_BEFORE = re.compile(r"[a-z][\w-]*")


def _words_before(text: str, start: int) -> list[str]:
    """Up to five plain words right before ``start``, the last in lower case ("the
    legendary Dutch football coach" before "Louis van Gaal"); [] if there are none.

    >>> _words_before("said party leader Ann Lee", 18)
    ['said', 'party', 'leader']
    """
    seg = text[max(0, start - 60) : start]
    if not seg[-1:].isspace():
        return []
    words = seg.split()
    if start > 60 and not seg[0].isspace():
        words = words[1:]  # a word cut by the window
    if not words or not _LAST_WORD_BEFORE.fullmatch(words[-1]):
        return []
    out = [words[-1]]
    for w in reversed(words[:-1]):
        if len(out) == 5 or not _WORD_BEFORE.fullmatch(w):
            break
        out.insert(0, w)
    return out


#: "a Kyiv resident named Yulia", "a group called …" (not "Priebus called Clinton …").
_NAMED = re.compile(
    r"(?:\b[a-z][\w-]*\s+named|\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?"
    r"called)\s+$"
)


def cluster_entities(text: str, exclude: Iterable[tuple[int, int]] = ()) -> Entities:
    """Find the people and organisations in ``text`` and cluster their aliases.

    ``exclude`` lists spans (usually quotations) whose names do not count as
    pronoun antecedents; they still join the clusters.

    >>> ents = cluster_entities("Hillary Clinton spoke. Mrs. Clinton left. Mr. Obama and "
    ...                         "Barack Obama met. Clinton won.")
    >>> sorted(e.canonical for e in ents)
    ['Barack Obama', 'Hillary Clinton']
    >>> ents.lookup("Clinton's").gender
    'female'
    """
    mentions = name_mentions(text)
    clusters = canonical_forms(mentions)
    by_mention = join_aliases(mentions, clusters)
    for m, e in zip(mentions, by_mention, strict=True):
        add_descriptors(text, m, e)
    decide_genders(text, mentions, by_mention, clusters.entities, sorted(exclude))
    return Entities(text, mentions, clusters.entities, by_mention, list(exclude))


class Clusters(NamedTuple):
    """The entities found so far, indexed by full name, by surname and by first word."""

    entities: list[Entity]
    full: dict[str, Entity]
    by_surname: dict[str, list[Entity]]
    by_first: dict[str, list[Entity]]


def canonical_forms(mentions: list[NameMention]) -> Clusters:
    """Step 1: every multi-word name is a canonical form (an entity of its own)."""
    clusters = Clusters([], {}, {}, {})
    for m in mentions:
        words = m.name.split()
        if len(words) >= 2 and m.name not in clusters.full:
            e = Entity(m.name, kind=m.kind)
            clusters.full[m.name] = e
            clusters.entities.append(e)
            clusters.by_surname.setdefault(words[-1], []).append(e)
            clusters.by_first.setdefault(words[0], []).append(e)
    return clusters


def join_aliases(mentions: list[NameMention], clusters: Clusters) -> list[Entity]:
    """Step 2: each mention joins its entity — a full name its own, a surname or first word
    the full name it belongs to (*Mrs. Clinton* the woman, the most mentioned *Trump*); a
    name that belongs to nobody starts an entity. Returns the entity of each mention."""
    by_mention: list[Entity] = []
    for m in mentions:
        e = clusters.full[m.name] if len(m.name.split()) >= 2 else _owner(m, clusters)
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
        if e.kind == "unknown" and m.kind != "unknown":
            e.kind = m.kind
        by_mention.append(e)
    return by_mention


def _owner(m: NameMention, clusters: Clusters) -> Entity | None:
    """The full name a one-word mention belongs to, if any."""
    words = m.name.split()
    cands = clusters.by_surname.get(words[-1]) or []
    if not cands and m.kind != "organisation":
        # "Lopez" -> Maria Lopez is by surname; here "Nexa" -> Nexa Systems (an
        # organisation's first word, when that word is nobody's first name)
        cands = [
            c
            for c in clusters.by_first.get(words[0], [])
            if c.kind != "organisation" or words[0] not in all_first_names()
        ]
    honorific = next((HONORIFICS[w] for w in m.title.lower().split() if w in HONORIFICS), None)
    if len(cands) > 1 and honorific is not None:
        # "Mrs. Clinton" is Hillary, "Mr. Clinton" Bill
        fitting = [c for c in cands if name_gender(c.canonical.split()[0]) in (None, honorific)]
        cands = fitting or cands
    if len(cands) > 1:
        # a person before an organisation, then the most mentioned (the article's
        # "Trump" is Donald Trump even after a paragraph on Eric Trump), then the
        # most recent
        cands = sorted(
            cands,
            key=lambda c: (
                c.kind != "organisation",
                len(c.mentions),
                max((s for s, _ in c.mentions if s < m.start), default=-1),
            ),
        )
    return cands[-1] if cands else None


def add_descriptors(text: str, m: NameMention, e: Entity) -> None:
    """Step 3: the descriptions around a mention join its entity — an appositive (*Rutte,
    the NATO chief,*), a *who* clause, a place after the name (*of Eastbrook*), role words
    before it (*party leader*), a description before a comma, *a resident named …*."""
    app = _APPOSITIVE.match(text, m.end, min(len(text), m.end + 90))
    if (
        app
        and not re.search(r"\b(?:said|says|told|and)\b", app.group(1))
        and not _CLAUSE_IN_APPOSITIVE.search(re.split(r"\b(?:who|that|which)\b", app.group(1))[0])
    ):
        desc = app.group(1).strip()
        if desc not in e.descriptors:
            e.descriptors += (desc,)
    who = _WHO_AFTER.match(text, m.end, min(len(text), m.end + 100))
    if who and e.kind != "organisation" and who.group(1) not in e.descriptors:
        e.descriptors += (who.group(1).strip(),)  # "Olena, who runs a bakery,"
    place = _OF_PLACE.match(text, m.end, min(len(text), m.end + 60))
    where = place.group(1) if place else ""
    if where.endswith(".") and any(c.islower() for c in where.split()[-1]):
        where = where[:-1]  # the sentence's full stop, not an abbreviation
    if where and e.kind != "organisation" and where not in e.descriptors:
        e.descriptors += (where,)  # "Maria Lopez of Eastbrook"
    desc_words = _words_before(text, m.start) if not m.title else []
    if desc_words and desc_words[-1].lower() in ROLE_WORDS:
        keep = [w for w in desc_words if w.lower() not in function_words()]
        if keep and " ".join(keep) not in e.descriptors:
            e.descriptors += (" ".join(keep),)
    pre_app = _PRE_APPOSITIVE.search(text, max(0, m.start - 70), m.start)
    if pre_app and not m.title:
        desc = pre_app.group(1)
        last = desc.split()[-1].lower()
        if (
            last in ROLE_WORDS or last.removesuffix("s") in ROLE_WORDS
        ) and desc not in e.descriptors:
            e.descriptors += (desc,)
    if _NAMED.search(text, max(0, m.start - 40), m.start):
        lead = text[max(0, m.start - 60) : m.start]
        desc = re.split(r"[,.;:\"“”]", lead)[-1]
        desc = re.sub(r"\s*\b(?:named|called)\s*$", "", desc).strip()
        if desc and desc not in e.descriptors:
            e.descriptors += (desc,)
        e.kind = "person"


def decide_genders(
    text: str,
    mentions: list[NameMention],
    by_mention: list[Entity],
    entities: list[Entity],
    exclude: list[tuple[int, int]],
) -> None:
    """Step 4: each entity's gender — evidence, strongest first: a gendered title on the name
    itself (*Mrs. Clinton*), the first name (*Hillary*), a gendered word describing the
    person (*spokeswoman*), the pronouns that follow the name (*Clinton said she …*) — and
    its kind (a person once anything says so)."""
    votes = _pronoun_votes(text, mentions, by_mention, exclude)
    lower_words: set[str] | None = None
    for e in entities:
        by_title = by_name = by_description = None
        title_genders = {
            HONORIFICS[w] for t in e.titles for w in t.lower().split() if w in HONORIFICS
        }
        if len(title_genders) == 1:  # Mr. and Mrs. Clinton in one cluster say nothing
            by_title = title_genders.pop()
        if e.kind != "organisation":
            for n in (e.canonical, *e.aliases):
                nw = n.split()
                if by_name is None and len(nw) > 1:
                    by_name = name_gender(nw[0])
            if by_name is None and len(e.canonical.split()) == 1 and not e.aliases:
                # a first name alone ("his wife, Jane,") names a person when the text
                # never uses the word in lower case ("will", "hope", "grant")
                if lower_words is None:
                    lower_words = set(re.findall(r"\b[a-z]+\b", text))
                if e.canonical.lower() not in lower_words and _place_of(e.canonical) is None:
                    by_name = name_gender(e.canonical)  # (not "Florida", "Israel")
        for t in e.descriptors:
            for w in t.lower().split():
                by_description = HONORIFICS.get(w, by_description)
        male, female = votes.get(id(e), (0, 0))
        by_pronoun = (
            "male"
            if male >= 2 and male >= 3 * female
            else "female"
            if female >= 2 and female >= 3 * male
            else None
        )
        if (
            by_pronoun
            and e.kind == "unknown"
            and any(m.reporting for m, o in zip(mentions, by_mention, strict=True) if o is e)
        ):
            e.kind = "person"  # "Yin Myint May, 60, a doctor, said she was elated"
        if (
            by_name
            and by_pronoun
            and by_name != by_pronoun
            and max(male, female) >= 3
            and max(male, female) >= 4 * min(male, female)
        ):
            by_name = None  # the text's own pronouns outweigh a name list's guess
        if (
            by_title
            and by_pronoun
            and by_title != by_pronoun
            and len(e.canonical.split()) > 1
            and sum(
                o.canonical.split()[-1] == e.canonical.split()[-1]
                for o in entities
                if len(o.canonical.split()) > 1
            )
            > 1
        ):
            by_title = None  # "Mrs. Khan" joined Khizr Khan, not Ghazala: his pronouns decide
        gender = (
            by_title or by_name or by_description or (by_pronoun if e.kind == "person" else None)
        )
        e.gender = gender
        if e.kind == "unknown" and (gender or e.titles):
            e.kind = "person"


_GENDERED = re.compile(r"\b(?:(he|his|himself|He|His)|(she|herself|She))\b")


def _pronoun_votes(
    text: str, mentions: list[NameMention], by_mention: list[Entity], exclude: list[tuple[int, int]]
) -> dict[int, tuple[int, int]]:
    """id(entity) -> (male, female) pronouns that follow its mentions in the same sentence
    with no other name between (*Cruz said his …*), outside quotations."""
    votes: dict[int, list[int]] = {}
    starts = [m.start for m in mentions]
    for k, (m, e) in enumerate(zip(mentions, by_mention, strict=True)):
        if e.kind == "organisation":
            continue
        stop = starts[k + 1] if k + 1 < len(starts) else len(text)
        stop = min(stop, m.end + 80)
        end = _SENTENCE_END.search(text, m.end, stop)
        g = _GENDERED.search(text, m.end, end.start() if end else stop)
        if g is None:
            continue
        i = bisect.bisect_right(exclude, (g.start(), 1 << 62)) - 1
        if i >= 0 and exclude[i][0] <= g.start() < exclude[i][1]:
            continue
        v = votes.setdefault(id(e), [0, 0])
        v[g.group(1) is None] += 1
    return {k: (v[0], v[1]) for k, v in votes.items()}


_SENTENCE_END = re.compile(r"[.!?;\"“”]")
