"""Clustering: the mentions of one person or organisation gathered into one entity.

:func:`cluster_entities` runs five steps, each a function in a module of its own: the
canonical forms (multi-word names, :func:`.aliases.canonical_forms`), what each full name
says of its gender before any alias joins it (*His wife, Ghazala Khan*:
:func:`.genders.provisional_genders`), the aliases that join them (a surname, a first
name, *Mrs. Clinton* the woman, a bare *Trump* the Trump named first and most, not a
relative named later: :func:`.aliases.join_aliases`), the descriptions around each
mention (*Rutte, the NATO chief,*: :func:`.descriptors.descriptions_at`,
:func:`.descriptors.add_descriptors`), and each entity's gender and kind
(:func:`.genders.decide_genders`). What stays here is the run itself and what settles an
entity's kind around it: a sibling's first name given the family's surname
(:func:`_siblings_surnamed`), a "person" that is a company (*Hadley, which has made
refrigerators since 1957,*: :func:`_bodies_by_evidence`), a place, a party epithet or the
short form of an organisation's name (:func:`_places_unnamed`,
:func:`_party_epithets_unnamed`, :func:`_short_forms_of_places`).

>>> ents = cluster_entities("Hillary Clinton spoke. Mrs. Clinton left.")
>>> [(e.canonical, e.aliases, e.gender) for e in ents]
[('Hillary Clinton', ('Clinton',), 'female')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nbutils.speakers.aliases import canonical_forms, join_aliases
from nbutils.speakers.descriptors import (
    _WHO_AFTER,
    _described_as_child,
    add_descriptors,
    descriptions_at,
)
from nbutils.speakers.genders import decide_genders, provisional_genders
from nbutils.speakers.names import NameMention, _place_of, name_mentions
from nbutils.speakers.resolution import Entities
from nbutils.speakers.roles import Entity, role_of
from nbutils.speakers.vocabulary import KIN_MODIFIERS, all_first_names


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
    mentions = _siblings_surnamed(text, name_mentions(text))
    described = [descriptions_at(text, m) for m in mentions]  # read once, used twice
    clusters = canonical_forms(mentions)
    genders = provisional_genders(text, mentions, clusters, described)
    children = frozenset(
        id(clusters.full[m.name])
        for m, d in zip(mentions, described, strict=True)
        if " " in m.name and _described_as_child(d.descriptions)
    )
    by_mention = join_aliases(mentions, clusters, genders, text, children)
    _short_forms_of_places(mentions, by_mention, clusters.entities, genders)
    for m, e, d in zip(mentions, by_mention, described, strict=True):
        add_descriptors(text, m, e, d)
    _bodies_by_evidence(text, mentions, by_mention)
    decide_genders(text, mentions, by_mention, clusters.entities, sorted(exclude))
    _party_epithets_unnamed(clusters.entities)
    _places_unnamed(clusters.entities)
    return Entities(text, mentions, clusters.entities, by_mention, list(exclude))


#: A sibling or a child introduced by a first name alone right after the one whose it is
#: (*Dan Dombrowski and his younger sister, Theresa,*): the words before the first name.
_KIN_FIRST_NAME = re.compile(
    rf"\b(?:his|her)\s+(?:{KIN_MODIFIERS}\s+)?"
    r"(?:sister|brother|son|daughter)\s*,\s*$"
)
#: How far before such a first name the full name of the one whose kin it is may stand.
_KIN_REACH = 120


def _siblings_surnamed(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """``mentions`` with a first name given alone to a sibling or a child of the person named
    in full just before (*Dan Dombrowski and his younger sister, Theresa,*) given that
    person's surname too (*Theresa Dombrowski*): the family name the article then uses
    (*Ms. Dombrowski*) is hers, not a stranger's; and so the first of a couple named
    together (*Harold and Beverly Szymanski*: Harold Szymanski).

    >>> [m.name for m in _siblings_surnamed("Dan Roe and his sister, Tess, ran it.",
    ...                                     name_mentions("Dan Roe and his sister, Tess, ran it."))]
    ['Dan Roe', 'Tess Roe']
    """
    out = list(mentions)
    for k, m in enumerate(mentions[:-1]):
        after = mentions[k + 1]
        if (
            " " not in m.name
            and not m.title
            and m.name in all_first_names()
            and text[m.end : after.start] == " and "
            and not after.title
            and len(after.name.split()) == 2
            and after.name.split()[0] in all_first_names()
            and after.kind != "organisation"
        ):  # "Harold and Beverly Szymanski": a couple, his surname hers
            out[k] = m._replace(name=f"{m.name} {after.name.split()[-1]}", kind="person")
    for k, m in enumerate(mentions):
        if (
            k == 0
            or " " in m.name
            or m.title
            or m.name not in all_first_names()
            or not _KIN_FIRST_NAME.search(text, max(0, m.start - 40), m.start)
        ):
            continue
        before = mentions[k - 1]
        words = before.name.split()
        if (
            len(words) < 2
            or before.kind == "organisation"
            or m.start - before.end > _KIN_REACH
            or text[m.end : m.end + 1] not in (",", " ", ".")
        ):
            continue
        out[k] = m._replace(name=f"{m.name} {words[-1]}", kind="person")
    return out


def _places_unnamed(entities: Iterable[Entity]) -> None:
    """A "person" of no known sex, with no title and nothing said of it, whose name is a
    place's (*since Pennsylvania asks for identification*: a state that asks, read as a
    speaker's name) is of unknown kind: no *he* or *she* means it."""
    for e in entities:
        if (
            e.kind == "person"
            and e.gender is None
            and not e.titles
            and not e.descriptors
            and (_place_of(e.canonical) or ("", "", ""))[2] == "place"
            and not set(e.canonical.split()) & all_first_names()  # (Austin, Florence: names)
        ):
            e.kind = "unknown"


#: A place and a party read as a name (*the Iowa Republican*): an epithet, no one's name.
_EPITHET_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,2}(?:Democrat|Republican|Independent)")


def _party_epithets_unnamed(entities: Iterable[Entity]) -> None:
    """A "person" whose only name is a party epithet (*Texas Republican* from *the Texas
    Republican said*) is no one's name: it stays out of pronoun resolution (the epithet itself
    is resolved as a description, to the politician it describes)."""
    for e in entities:
        if e.kind == "person" and _EPITHET_NAME.fullmatch(e.canonical) and not e.titles:
            e.kind = "unknown"


def _short_forms_of_places(
    mentions: list[NameMention],
    by_mention: list[Entity],
    entities: list[Entity],
    genders: dict[int, str],
) -> None:
    """``Sandy Hook`` after ``Sandy Hook Elementary School``: a "person" known only by a
    first name of either sex (no title, no gender, never reporting) whose name opens an
    organisation's name in the same text is that organisation's short form, a place or
    an event — of unknown kind, so no *he* or *she*. ``Bill Gates`` (a man's first name)
    beside the Bill Gates Foundation stays a person."""
    # the names an organisation's name opens with ("Sandy", "Sandy Hook", "Sandy Hook
    # Elementary"): a set, so each person is one look-up however many organisations
    openings = {
        " ".join(words[:k])
        for e in entities
        if e.kind == "organisation"
        for words in (e.canonical.split(),)
        for k in range(1, len(words))
    }
    if not openings:
        return
    reporting = {id(e) for m, e in zip(mentions, by_mention, strict=True) if m.reporting}
    for e in entities:
        if (
            e.kind == "person"
            and " " in e.canonical
            and not e.titles
            and genders.get(id(e)) is None
            and id(e) not in reporting
            and " ".join(e.canonical.split()) in openings
        ):
            e.kind = "unknown"


#: Right after a name, what only a body takes: a *which* clause (*Hadley, which has made
#: refrigerators since 1957,*), *and its* (*Corwin and its suppliers*), or an apposition
#: whose head is a business noun (*Tilden, the appliance manufacturer,*).
_BODY_AFTER = re.compile(
    r"(?:,\s+which\s+[a-z]|\s+and\s+its\s+[a-z]"
    r"|,\s+(?:the|a|an)\s+(?![^,.;]*\bof\b)(?:[\w'’-]+\s+){0,4}?"
    # (not "maker", "contractor": "Dale Hart, a 58-year-old contractor,")
    r"(?:company|firm|utility|manufacturer|retailer|chain|lender|insurer|carrier"
    r"|conglomerate|startup)\s*[,.;])"
)
#: Before a name, a preposition after which a *which* clause may be about something
#: else (*an interview with Ann Lee, which aired Sunday*).
_PREP_BEFORE = re.compile(
    r"\b(?:with|to|from|by|of|about|for|on|between|and|against|than|like)\s+$", re.IGNORECASE
)


#: A *which* clause that says a business's trade (*, which has made towels since 1961*).
_TRADE_AFTER = re.compile(
    r",\s+which\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+ly\s+)?(?:made|makes|manufactur\w+|sells?"
    r"|sold|employs|employed|operates|operated|produces|produced|builds|built|ships|shipped)\b"
)


#: Before a name set off by commas, a business description opening the clause (*The
#: state's largest utility, Carolina Vantor Power, said …*): the name is the business's.
_BODY_BEFORE = re.compile(
    r"(?:^|(?<=[\n.;:—\"“-]\s)|(?<=\n))(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
    r"(?:(?!of\b|for\b|at\b)[\w'’-]+\s+){0,4}?"
    r"(?:company|firm|utility|manufacturer|retailer|chain|lender|insurer|carrier|conglomerate"
    r"|startup),\s+$"
)


def _body_evidence(text: str, m: NameMention) -> str:
    """What the text right after mention ``m`` says it names (:data:`_BODY_AFTER`):
    ``"company"`` (a business apposition or trade, or a business description set off
    before it: :data:`_BODY_BEFORE`), ``"body"`` (any other *which* clause, *and its*),
    or ``""`` (nothing).

    >>> t = "The state's largest utility, Carolina Vantor Power, said so."
    >>> _body_evidence(t, NameMention(29, 50, 29, "Carolina Vantor Power", "", "person", True))
    'company'
    >>> t = "A lawyer for the company, Ann Lee, said so."
    >>> _body_evidence(t, NameMention(26, 33, 26, "Ann Lee", "", "person", True))
    ''
    """
    if text.startswith(",", m.end) and _BODY_BEFORE.search(text, max(0, m.start - 90), m.start):
        return "company"
    after = _BODY_AFTER.match(text, m.end, min(len(text), m.end + 120))
    if after is None:
        return ""
    if "which" not in after.group(0):
        return "company" if after.group(0).lstrip().startswith(",") else "body"
    if _PREP_BEFORE.search(text, max(0, m.start - 12), m.start):
        return ""
    return "company" if _TRADE_AFTER.match(text, m.end) else "body"


def _person_described(e: Entity) -> bool:
    """Is some descriptor of ``e`` one only a person has (a *who* clause, an age, a role)?"""
    return any(
        d.startswith(("who ", "whose ", "aged ")) or role_of(d) not in (None, "organisation")
        for d in e.descriptors
    )


def _bodies_by_evidence(text: str, mentions: list[NameMention], by_mention: list[Entity]) -> None:
    """A "person" named without title or description whose name a *which* clause, *and its*
    or a business apposition follows is a company whose name opens with a first name
    (*Hadley Appliance*, *Morgan Stanley*): it becomes an organisation — unless some
    mention has a title or a *who* clause, or a *he/she* verb reads it as a person."""
    people = {id(e): e for e in by_mention if e.kind != "organisation" and not e.titles}
    blocked: set[int] = set()
    found: dict[int, str] = {}
    for m, e in zip(mentions, by_mention, strict=True):
        if id(e) not in people:
            continue
        if m.title or _person_described(e) or _WHO_AFTER.match(text, m.end, m.end + 100):
            blocked.add(id(e))
        elif evidence := _body_evidence(text, m):
            found[id(e)] = max(found.get(id(e), ""), evidence, key=len)
    for key, evidence in found.items():
        if key in blocked:
            continue
        people[key].kind = "organisation"
        people[key].gender = None
        if evidence == "company" and "a company" not in people[key].descriptors:
            people[key].descriptors += ("a company",)  # *the company* may mean it
