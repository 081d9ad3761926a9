"""Clustering: the mentions of one person or organisation gathered into one entity.

:func:`cluster_entities` runs five steps, each a function: the canonical forms
(multi-word names, :func:`canonical_forms`), what each full name says of its
gender before any alias joins it (*His wife, Ghazala Khan*:
:func:`provisional_genders`), the aliases that join them (a surname, a first
name, *Mrs. Clinton* the woman, a bare *Trump* the Trump named first and most,
not a relative named later: :func:`join_aliases`), the descriptions
around each mention (*Rutte, the NATO chief,*: :func:`add_descriptors`), and
each entity's gender and kind (:func:`decide_genders`).

>>> ents = cluster_entities("Hillary Clinton spoke. Mrs. Clinton left.")
>>> [(e.canonical, e.aliases, e.gender) for e in ents]
[('Hillary Clinton', ('Clinton',), 'female')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from nbutils.cues import lemma_of
from nbutils.speakers.names import (
    _OF_PLACE,
    HYPHENED_PARTICLES,
    PLACE_BEFORE,
    PUBLICATION_WORDS,
    SURNAME_PARTICLES,
    NameMention,
    _is_org,
    _place_of,
    name_mentions,
)
from nbutils.speakers.resolution import Entities
from nbutils.speakers.roles import MODIFIER_PREPOSITIONS, Entity, role_of, wordnet_person
from nbutils.speakers.vocabulary import (
    HONORIFICS,
    KIN_MODIFIERS,
    KIN_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    TITLE_WORDS,
    all_first_names,
    english_words,
    function_words,
    name_gender,
)

#: A relative clause right after a name: ", who runs a bakery in Kyiv,".
_WHO_AFTER = re.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?(who\s+[^,.;:\"“”]{3,90}?)\s*(?=,|\.|;|$)"
)  # (after an age: "Angela Ruiz, 34, who commutes …")
#: An age set off after a name: "Angela Ruiz, 34, said" (news gives ages of private people).
_AGE_AFTER = re.compile(r"\s*,\s+(\d{1,3})\s*(?=,|\.|;|$)")

#: "Sophie Turner, whose two daughters attend the school,": a parent (a *whose* clause
#: about the person's family; "Veltro, whose shares fell," says nothing of a person).
_WHOSE_KIN = re.compile(
    r"\s*,\s+(whose\s+(?:[a-z]+\s+){0,2}(?:sons?|daughters?|child|children|kids|grandchildren)"
    r"\b[^,.;:\"“”]{0,80}?)\s*(?=,|\.|;|$)"
)


#: A party and a state beside a name, as US papers give them: "Lucy Pardo, Democrat of
#: Ohio," or "Lucy Pardo (D-Ohio)" or "Lucy Pardo, D-Ohio," -> "Democrat of Ohio" (what *the Ohio Democrat* and
#: *the senator from Ohio* take up).
_PARTY_STATE = re.compile(
    r"\s*(?:,\s+(Democrat|Republican|Independent)\s+(?:of|from)\s+"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?=\s*[,.;)])"
    r"|\(\s*([RDI])\s*[-–]\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*\)"
    # the AP's form between commas: "Sen. Tom Berg, D-Minn., said"
    r"|,\s+([RDI])[-–]([A-Z][\w.]*(?:\s?[A-Z][\w.]*)?)(?=\s*[,;)]|\s*$|\s+[a-z]))"
)
_PARTY_LETTER = {"D": "Democrat", "R": "Republican", "I": "Independent"}

_APPOSITIVE = re.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?"  # an age first: "Janet Wu, 67, a teacher"
    r"((?:the|a|an|who is|another|his|her|its|their|head|chief"
    # a named possessor: "Rita Cole, Pike's campaign manager,"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s(?=\s[a-z]))\s"
    r"[^,.;:\"“”]{2,90}?)\s*(?=,|\.|;|$)"
)


#: A place or body after a name, before a comma (*Ann Lee of Grace Church,*).
_OF_CAPITALISED = re.compile(r"[ \t]+of[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,5}[A-Z][\w.'’-]*(?=\s*,)")


#: An appositive with no determiner, headed by a role word: "Gareth Moss, regional
#: secretary of the Unite union,", "Ann Lee, spokeswoman for the council,".
_BARE_APPOSITIVE = re.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?"
    r"((?:[a-z][\w-]*\s){0,3}?([a-z][\w-]*)(?:\s(?:of|for|at)\s[^,.;:\"“”]{2,60}?)?)"
    r"\s*(?=,|\.(?!\d)|;|$)"
)


#: A predicate that gives a subject's office: "Alan Breck was prime minister from 1990",
#: "Ann Lee is the city's chief engineer", "Tom Hale served as mayor until 2019". The
#: phrase runs to a comma, a full stop or a quotation; its role word is checked after.
_PREDICATE = re.compile(
    r"[ \t]+(is|was|has\s+been|had\s+been|became|served\s+as|serves\s+as)[ \t]+"
    r"((?:(?:the|a|an)\s+|[A-Z][\w.]*['’]s\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?=\s+(?:of|for|at|in|from|until|between|since)\b|\s*[,.;:\"“”]|\s*$)"
)


#: Roles a predicate may give (an office or a profession, not *a supporter*, *the daughter*).
_OFFICE_ROLES = frozenset({"politician", "official", "expert"})


#: "the city's chief engineer, Teodor Brask", "His neighbour, Ines Caddow,".
#: A finite verb inside what looks like an appositive: a clause, not a description
#: ("According to Hale, the hospital lost $12 million", "…, the governor ordered a …").
#: Between two descriptions joined in one appositive (*a retired sergeant and the
#: committeeman for the precinct*).
_AND_DESCRIPTION = re.compile(r"\s+and\s+(?=(?:the|a|an)\s)")

#: A verb with its *that* clause (*noted that*, *says that*).
_VERB_THAT = re.compile(r"\b[a-z]+(?:ed|s)\s+that\b")

_CLAUSE_IN_APPOSITIVE = re.compile(
    r"\s(?:is|was|are|were|has|had|have|did|does|will|would|could|should|cannot|can|must|"
    r"lost|won|made|took|gave|"
    r"got|went|came|[a-z]+ed\s+(?:such|a|an|the|that|this|to|his|"
    r"her|their|its|it|them|him))\b"
)


#: Words that open the noun phrase of a description before a name.
_PRE_DETERMINERS = frozenset("the a an another his her their its".split())
#: Words a description before a name may have without a comma after the name as well.
_PRE_APPOSITIVE_SHORT = 6
#: Where the head of a description before a name ends: a preposition that opens its modifier.
_PRE_HEAD_ENDS = MODIFIER_PREPOSITIONS | {"on", "in"}
#: Right before a sentence's first word: its start (a line break, a full stop, an opening mark).
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n][\"“”'’]?)[\s\"“‘']*$")
#: Right before a clause's first word: a conjunction that opens it (*when*, *as*, *and*).
_CLAUSE_OPENS = re.compile(r"\b(?:when|as|while|after|before|and|but|until|then)\s+$")
#: The last subordinator inside a phrase read as a description before a name.
_SUBORDINATE_IN = re.compile(
    r".*\b(?:when|after|before|because|while|since|until|once|as|if)\s(?=(?:the|a|an|his|her)\s)"
)
_PRE_APPOSITIVE = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts"
    r"|(?:[A-Z][\w.]*\s)*[A-Z]\w*['’]s)\s"
    r"(?:[\w’'-]+\s){0,6}?(?:[a-z][\w-]*|[A-Z]{2,4}s?|(?:(?<=\sof\s)|(?<=\sat\s)|(?<=\sfor\s)|(?<=\sin\s))[A-Z][\w-]*"
    r"|(?<=[Tt]he\s)[A-Z][a-z]+)"  # or a capitalised title: "the President, Joe Biden"
    r"|[Tt]he\s[A-Z][a-z]+\s[A-Z][a-z]+)"  # "The Prime Minister, Graham Fairleigh"
    # then a comma, or the title of a show or a paper with its comma inside the marks (US
    # style): "The host of "Capitol Tonight," Brian Oduya"
    r"(?:,|\s+(?:of|on|at)\s+[“\"][^\"“”\n]{1,40},[”\"])\s+$"
)  # a noun, MP or CEO, or a place after a preposition ("managing director for Europe")


#: After a titled name, what closes an apposition before it ("The committee's chairman,
#: Sen. Walter Brenneman (R-Ohio), said"): a comma, after a parenthesis or not.
#: (or after the place the name comes from: "The council's president, Ambassador Kenji Ito of
#: Japan, then called …")
_TITLED_APPOSITION = re.compile(
    r"(?:\s*\([^()\n]{1,30}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?,"
)


_WORD_BEFORE = re.compile(r"[A-Za-z][\w.-]*")


_LAST_WORD_BEFORE = re.compile(r"[a-z][\w-]*")
#: A word that ends a sentence: in lower case, then a full stop (not "Gov.", "U.S.").
_WORD_ENDING_SENTENCE = re.compile(r"[a-z][a-z-]*\.")


def _occupation_before(word: str) -> bool:
    """Is ``word`` (right before a name) a noun for a kind of person that no role word lists
    (*businessman*, *billionaire*, *investor*), not a verb (*told*) or a function word?

    >>> _occupation_before("businessman"), _occupation_before("told"), _occupation_before("federal")
    (True, False, False)
    """
    return (
        word.isalpha()
        and word.islower()
        and word not in function_words()
        and lemma_of(word) is None
        and wordnet_person(word)
        and not _adjective(word)  # ("the federal Securities and Exchange Commission")
    )


@lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    """Can ``word`` be an adjective (WordNet)?"""
    from nbutils.entities import wordnet

    return bool(wordnet().synsets(word, pos="a") or wordnet().synsets(word, pos="s"))


def _words_before(text: str, start: int) -> list[str]:
    """Up to five plain words right before ``start``, the last in lower case ("the
    legendary Dutch football coach" before "Louis van Gaal"); [] if there are none.

    >>> _words_before("said party leader Ann Lee", 18)
    ['said', 'party', 'leader']
    >>> _words_before("It ended on the hour. Club manager Ann Lee", 35)
    ['Club', 'manager']
    """
    seg = text[max(0, start - 60) : start]
    if not seg[-1:].isspace():
        return []
    line = seg.rfind("\n")
    cut = line >= 0 or start <= 60
    seg = seg[line:] if line >= 0 else seg  # the words of this line only
    words = seg.split()
    if not cut and not seg[0].isspace():
        words = words[1:]  # a word cut by the window
    if not words or not _LAST_WORD_BEFORE.fullmatch(words[-1]):
        return []
    out = [words[-1]]
    for w in reversed(words[:-1]):
        if len(out) == 5 or not _WORD_BEFORE.fullmatch(w) or _WORD_ENDING_SENTENCE.fullmatch(w):
            break  # (not across a sentence's end: "on the hour. City manager Ann Lee")
        out.insert(0, w)
    return out


#: "a Kyiv resident named Yulia", "a group called …" (not "Priebus called Clinton …").
_NAMED = re.compile(
    r"(?:\b[a-z][\w-]*\s+named|\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?"
    r"called|\b(?:first|last|full|given)\s+name,?|\bname\s+as)\s+$"
)  # "a widow named Leyla", "who gave only his first name, Yusuf", "gave her name as Ana"


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


#: Words that open a relative clause inside a description (*a Democrat whose district
#: includes the street where Mr. Whitacre was shot*): a title after one is someone else's.
_RELATIVE_WORDS = frozenset("who whom whose that which where when".split())


def _described_gender(descriptors: Iterable[str]) -> str | None:
    """The gender a name's descriptions give: a gendered title word anywhere (*spokeswoman*),
    a kinship noun among its first three words (*His wife*, *the senator's widow*), never
    inside a *who* clause (*who met his wife*).

    >>> _described_gender(["His wife"]), _described_gender(["who met his wife in 1990"])
    ('female', None)
    >>> _described_gender(["a Democrat whose district includes the street where Mr"]) is None
    True
    """
    gender = None
    for t in descriptors:
        words = t.lower().replace("’", "'").split()
        # (not the possessor's title: "Ms. Reed's press secretary" says nothing of his sex)
        owner = next((k for k, w in enumerate(words) if w.endswith("'s")), -1)
        # (nor a title inside a relative clause: "a consultant who worked on Mr. Hale's race"
        # says nothing of the consultant's sex)
        rel = next((k for k, w in enumerate(words) if w in _RELATIVE_WORDS), len(words))
        for w in words[owner + 1 : rel]:
            gender = HONORIFICS.get(w, gender)
        if words and words[0] != "who":
            for w in words[:3]:
                gender = KIN_WORDS.get(w.removesuffix("'s") if w.endswith("'s") else w, gender)
    return gender


def provisional_genders(
    text: str,
    mentions: list[NameMention],
    clusters: Clusters,
    around: Sequence[Described] | None = None,
) -> dict[int, str]:
    """id(entity) -> gender of each full name, before any surname joins it: a gendered title
    on a full mention (*Mrs. Hillary Clinton*), the first name, a description next to a full
    mention (*His wife, Ghazala Khan*). What :func:`join_aliases` needs to send *Mr. Khan* and
    *Ms. Khan* to different people of one surname. ``around``: each mention's
    :func:`descriptions_at`, when already read."""
    out: dict[int, str] = {}
    evidence: dict[int, list[str]] = {}
    for k, m in enumerate(mentions):
        words = m.name.split()
        e = clusters.full.get(m.name)
        if e is None or len(words) < 2:
            continue
        found = evidence.setdefault(id(e), [])
        found += [HONORIFICS[w] for w in m.title.lower().split() if w in HONORIFICS]
        first = name_gender(words[0])
        if first:
            found.append(first)
        probe = Entity(m.name)
        add_descriptors(text, m, probe, around[k] if around is not None else None)
        described = _described_gender(probe.descriptors)
        if described:
            found.append(described)
    for key, found in evidence.items():
        if found and all(g == found[0] for g in found):
            out[key] = found[0]
    return out


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


#: Kin nouns of a child: "her son, Karim Haddad" is not who "Mr. Haddad" means.
_CHILD_WORDS = frozenset({"son", "daughter", "grandson", "granddaughter", "child"})


def _described_as_child(descriptions: Iterable[tuple[str, str, bool]]) -> bool:
    """Is a name described as someone's child (*her son*, *their daughter*)?"""
    for desc, _raw, _clause in descriptions:
        words = desc.lower().split()
        if words and words[0] != "who" and any(w in _CHILD_WORDS for w in words[:3]):
            return True
    return False


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
                speaks = m.reporting or (
                    text is not None and _SPEECH_ACT.match(text, m.end) is not None
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


class Described(NamedTuple):
    """What the text says around one mention (read once, see :func:`descriptions_at`):
    descriptions to add (``(description, checked as, people only)``), whether the words say
    a person (a *who* clause, a person's role before the name) and whether a *named* or
    *called* introduces it (then it is a person whatever else was thought)."""

    descriptions: tuple[tuple[str, str, bool], ...]
    person: bool
    named: bool
    body: bool = False  #: *a group called X*: X is a body's name


def _office_before(desc: str) -> bool:
    """Is ``desc`` a definite description of an office (*The Speaker*, *the party's
    chairman*): *the* or a possessive, then words ending on a role word?"""
    words = desc.split()
    return (
        len(words) >= 2
        and (words[0].lower() == "the" or words[0].endswith(("'s", "’s")))
        and words[-1].lower() in ROLE_WORDS
    )


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


#: After a one-word capitalised mention: a lower-case plural noun it modifies (*Mexican
#: negotiators*, *Democratic senators*).
_MODIFIES_PLURAL = re.compile(r"\s+([a-z]{3,}(?:s|men))\b(?!\s*(?:that|,))")


#: A locative preposition right before a name: the name is a place (*in Nob Hill*).
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|around)\s+$")
#: A description of a person by age: *the 39-year-old challenger*.
_AGED = re.compile(r"\b\d+-year-old\b")


def _subject_after_place(text: str, m: NameMention, desc: str) -> bool:
    """Is the description after the name the subject of the sentence's main clause, after an
    opening phrase that ends on a place (*At a diner in Nob Hill, the 39-year-old challenger
    told …*): a definite description of a person right after a name governed by a
    locative preposition?"""
    if not _LOCATIVE_BEFORE.search(text, max(0, m.start - 10), m.start):
        return False
    words = desc.split()
    if not words or words[0].lower() != "the":
        return False
    head = re.split(r"\s(?:of|for|at|with|from|in|on)\s", desc)[0].split()[-1].lower()
    return bool(_AGED.search(desc)) or role_of(head) not in (None, "organisation")


#: The last word of a sentence's main clause after its subject (*…, the senator smiled.*):
#: a past-tense verb (not a noun that ends the same way: *a speed*, *a hundred*).
_CLAUSE_VERB_END = re.compile(
    r"\s(?!\w*(?:eed|hundred)$)(?:[a-z]{3,}ed|shook|stood|sat|froze|grew|fell|went|came|took|"
    r"left|spoke|wrote|began|rose|knelt|wept)$"
)


def _clause_not_apposition(text: str, app: re.Match[str]) -> bool:
    """Does what reads as an apposition after a name end its sentence on a past-tense verb
    (*Asked whether he backed Ann Lee, the 61-year-old senator smiled.*)? Then it is the
    subject and verb of the main clause (the name closed an opening phrase), not a
    description of the name."""
    return (
        text[app.end() : app.end() + 1] == "."
        and _CLAUSE_VERB_END.search(app.group(1)) is not None
        # (a description ending the sentence keeps its relative clause: "a lawyer who had
        # never served.", "the man who was injured.")
        and _DEFINITE_SUBJECT.match(app.group(1)) is not None
    )


#: A short definite noun phrase and one word after it, with no relative clause (*the
#: 61-year-old senator smiled*).
_DEFINITE_SUBJECT = re.compile(r"[Tt]he\s+(?:(?!who\b|that\b|which\b|whose\b)[\w'’-]+\s+){1,4}\S+$")


#: *the* before a body's name set off after its description (*the union, the Ohio Nurses
#: Alliance,*).
_THE_BEFORE = re.compile(r",\s+[Tt]he\s+$")


def _before_the_body(text: str, m: NameMention) -> int:
    """Where a description set off before the name ``m`` would end: right before the name,
    or before its *the* when the name is a body's of several words (*The state's largest
    union, the Ohio Nurses Alliance, …*)."""
    the = _THE_BEFORE.search(text, max(0, m.start - 8), m.start)
    if the is None or m.title or len(m.name.split()) < 2 or not _is_org(m.name.split()):
        return m.start
    return the.start() + len(the.group()) - len(the.group()[1:].lstrip())  # (after ", ")


#: Nouns of a body set off before its name (*A voter-protection group, Keystone Ballot Watch,*).
_BODY_NOUNS = frozenset(
    "group coalition organization organisation alliance association campaign network".split()
)


def descriptions_at(text: str, m: NameMention) -> Described:
    """The descriptions around a mention — an appositive (*Rutte, the NATO chief,*), a
    *who* clause, a place after the name (*of Eastbrook*), role words before it (*party
    leader*), a description before a comma, *a resident named …* — read from the text once
    (:func:`add_descriptors` gives them to an entity)."""
    found: list[tuple[str, str, bool]] = []
    app = _APPOSITIVE.match(text, m.end, min(len(text), m.end + 110))
    if app is None:
        # "Ann Lee of Grace Church, the first speaker, who …": the apposition after the place
        after_place = _OF_CAPITALISED.match(text, m.end, min(len(text), m.end + 60))
        if after_place is not None:
            app = _APPOSITIVE.match(text, after_place.end(), min(len(text), after_place.end() + 90))
    app_person = False
    if app and _subject_after_place(text, m, app.group(1)):
        app = None  # "at a diner in Nob Hill, the 39-year-old challenger told …": the subject
    if app and _clause_not_apposition(text, app):
        app = None  # "Asked about Ann Lee, the old senator smiled.": a subject and its verb
    if (
        app
        and not re.search(r"\b(?:said|says|told)\b|\band\b(?!\s(?:the|a|an)\s)", app.group(1))
        and not _CLAUSE_IN_APPOSITIVE.search(re.split(r"\b(?:who|that|which)\b", app.group(1))[0])
        # ("As for Mr. Lund, the board's memo observed that …": a clause, its verb before *that*)
        and not _VERB_THAT.search(re.split(r"\b(?:who|which)\b", app.group(1))[0])
    ):
        # "Dev Raman, a retired sergeant and the committeeman for the precinct,": each
        for desc in _AND_DESCRIPTION.split(app.group(1).strip()):
            found.append((desc, desc, False))
            # "Dev Raman, a 52-year-old accountant,": an appositive naming a person's role —
            # by its head, not a noun after it ("Save Dunmore, a coalition of residents,")
            head = re.split(r"\s(?:of|for|at|with|from|in|on)\s", desc)[0].split()[-1].lower()
            app_person = app_person or (
                role_of(desc) not in (None, "organisation") and head not in ORG_WORDS
            )
    party = _PARTY_STATE.match(text, m.end, min(len(text), m.end + 60))
    if party is not None:  # "(D-Ohio)", ", Democrat of Ohio,"
        if party.group(1):
            desc = f"{party.group(1)} of {party.group(2)}"
        elif party.group(3):
            desc = f"{_PARTY_LETTER[party.group(3)]} of {party.group(4)}"
        else:
            desc = f"{_PARTY_LETTER[party.group(5)]} of {party.group(6)}"
        found.append((desc, desc, True))
    comma = text[m.end : m.end + 3].lstrip().startswith(",")
    bare = (
        None
        if app or not comma
        else _BARE_APPOSITIVE.match(text, m.end, min(len(text), m.end + 90))
    )
    if (
        bare
        and bare.group(2) in ROLE_WORDS
        and not any(
            w in function_words() or w.endswith("ed") or lemma_of(w) is not None
            for w in bare.group(1)[: bare.start(2) - bare.start(1)].split()
        )  # ", won the race for mayor of Leeds", ", told reporters": a clause
    ):
        desc = bare.group(1).strip()
        found.append((desc, desc, False))
        app_person = role_of(desc) not in (None, "organisation")
    who = (
        _WHO_AFTER.match(text, m.end, min(len(text), m.end + 100))
        or _WHOSE_KIN.match(text, m.end, min(len(text), m.end + 100))
        if comma and not PLACE_BEFORE.search(text, max(0, m.start - 40), m.start)
        else None
    )
    if who:
        found.append((who.group(1).strip(), who.group(1), True))  # "Olena, who runs a bakery,"
    age = _AGE_AFTER.match(text, m.end, min(len(text), m.end + 8)) if comma else None
    if age and 0 < int(age.group(1)) < 120:
        found.append((f"aged {age.group(1)}", f"aged {age.group(1)}", True))
    place = _OF_PLACE.match(text, m.end, min(len(text), m.end + 60))
    where = place.group(1) if place else ""
    if where.endswith(".") and any(c.islower() for c in where.split()[-1]):
        where = where[:-1]  # the sentence's full stop, not an abbreviation
    if where:
        found.append((where, where, True))  # "Maria Lopez of Eastbrook"
    pred = (
        _PREDICATE.match(text, m.end, min(len(text), m.end + 90))
        if m.subject and not app and not comma
        else None
    )
    if (
        pred
        and role_of(pred.group(2).split()[-1]) in _OFFICE_ROLES
        and not any(
            w in function_words()
            and w not in ("the", "a", "an")
            or w.endswith(("ed", "ing"))
            or lemma_of(w) is not None
            for w in pred.group(2).split()[:-1]
        )  # "is listed as the chairman", "was also a senator": no office of its own
    ):
        # "Alan Breck was prime minister from 1990": a later "the former prime minister";
        # kept as the who-clause it amounts to (a role only when nothing else says one)
        desc = f"who {' '.join(pred.group(1).split())} {pred.group(2)}"
        found.append((desc, desc, True))
    desc_words = _words_before(text, m.start) if not m.title else []
    role = role_of(desc_words[-1]) if desc_words else None
    occupation = role is None and bool(desc_words) and _occupation_before(desc_words[-1])
    if role is not None or occupation:  # (occupation: "the businessman Ward Kimbro")
        # the description's own words: not "adds" in "adds psychologist Jane Roe"
        keep: list[str] = []
        for w in reversed(desc_words):
            if w.lower() in function_words() or lemma_of(w.lower()) is not None:
                break
            keep.insert(0, w)
        if keep:
            found.append((" ".join(keep), " ".join(keep), False))
    body = False
    pre_app = _PRE_APPOSITIVE.search(text, max(0, m.start - 70), _before_the_body(text, m))
    opener = _SUBORDINATE_IN.search(pre_app.group(1)) if pre_app is not None else None
    if pre_app is not None and opener is not None:
        # "… came when the moderator, Paula Greaves, asked": the description opens after
        # the subordinator, not at the clause's subject before it
        pre_app = _PRE_APPOSITIVE.search(
            text, pre_app.start(1) + opener.end(), _before_the_body(text, m)
        )
    plural = _MODIFIES_PLURAL.match(text, m.end)
    if (
        pre_app
        and " " not in m.name
        and plural is not None
        and lemma_of(plural.group(1)) is None  # ("Hale says": a verb, not a noun)
        and plural.group(1) not in function_words()
        and plural.group(1) not in ("has", "was", "does", "is")
    ):
        pre_app = None  # "According to the official, Mexican negotiators objected": a
        # capitalised adjective before a plural noun, no name set off after a description
    final = _final_object_apposition(text, m, pre_app) if pre_app and not comma else None
    if pre_app and len(pre_app.group(1).split()) > _PRE_APPOSITIVE_SHORT and not comma:
        # a long phrase is an apposition only when a comma closes it after the name ("The
        # valley's member of the state assembly, Rafe Lind, said"), not the end of a clause
        # ("… would be a distinct group for purposes of asylum, Lind said"); but the search
        # may have begun at the clause's subject ("The audit was run by a tax accountant,
        # Ivo Marsh."): the object's own description may still end the sentence with the name
        pre_app = final
    if (
        pre_app
        and m.title
        # (a name ending its sentence closes an apposition: "… before the new chairwoman,
        # Rep. Kim Ode.")
        and not text.startswith(".", m.end)
        and (
            not _TITLED_APPOSITION.match(text, m.end)
            or all(w.lower() in HONORIFICS for w in m.title.split())
            # ("The Speaker, Sir Roger Hale, rose": an office set off before an honorific
            # and the name, a comma after it, is the person's)
            and not _office_before(pre_app.group(1))
        )
    ):
        pre_app = None  # "…, Mr. Trump said": a clause ends before the name, no apposition
    if pre_app:
        desc = pre_app.group(1)
        words = desc.split()
        cut = next(
            (k for k in range(1, len(words)) if words[k] in MODIFIER_PREPOSITIONS), len(words)
        )
        last = words[cut - 1].lower()
        if last not in ROLE_WORDS and last.removesuffix("s") not in ROLE_WORDS:
            # no role at the end: the head may stand before "on"/"in" ("The opposition
            # leader on the council, Ana Ruiz"; but "a foul on his goalkeeper, Marek Novak"
            # ends on its role)
            cut = next((k for k in range(1, cut) if words[k] in _PRE_HEAD_ENDS), cut)
            last = words[cut - 1].lower()
        # the noun phrase is the last one opening before the head: "The UN said its envoy,
        # Ruth Abe" is described as "its envoy"
        first = max((k for k in range(cut - 1) if words[k].lower() in _PRE_DETERMINERS), default=0)
        if last in ROLE_WORDS or last.removesuffix("s") in ROLE_WORDS:
            # the head ("the author (of the book)" is no book), with what modifies it only
            # when that says the role: "the valley's member of the state assembly"
            desc = " ".join(words[first:cut])
            if cut < len(words) and role_of(" ".join(words[first:])) != role_of(desc):
                desc = " ".join(words[first:])
            found.append((desc, desc, False))
            role = role or role_of(desc)  # "A farmer, Yusuf,": a person
        elif (last in PERSON_NOUNS or final is not None) and not m.title:
            desc = " ".join(words[first:cut])  # "Lee's successor, Anil Raghavan,": a person
            found.append((desc, desc, False))
            app_person = True
        elif (
            # (or after the place the name comes from: "The moderator, Ann Lee of Channel
            # 4, asked …")
            (comma or _OF_CAPITALISED.match(text, m.end, min(len(text), m.end + 60)))
            and not m.title
            and first == 0
            and re.fullmatch(r"[a-z][a-z-]*", last)
            and last not in ORG_WORDS
            and len(m.name.split()) > 1
            and m.name.split()[0] in all_first_names()
            and (
                _SENTENCE_OPENS.search(text, max(0, pre_app.start(1) - 4), pre_app.start(1))
                # (or a clause: "…, when the moderator, Kendra Vail, asked …")
                or _CLAUSE_OPENS.search(text, max(0, pre_app.start(1) - 8), pre_app.start(1))
            )
        ):
            # "The dean of students, Catherine Whitlow, arrived …", "Calloway's co-star,
            # Ben Haase, walked …": a description that opens the sentence, set off by commas
            # on both sides of a person's full name, describes that person whatever its noun
            desc = " ".join(words[:cut])
            found.append((desc, desc, False))
        elif last in ORG_WORDS and role_of(last) is None and _is_org(m.name.split()):
            # "The state's largest union, the Ohio Nurses Alliance,": the body is that union
            found.append((last, last, False))
        if (
            last in _BODY_NOUNS
            and not m.title
            and m.name.split()[0] not in all_first_names()
            and comma
        ):
            # "A nonpartisan voter-protection group, Keystone Ballot Watch, had volunteers":
            # a body's noun set off before a name no person bears
            body = True
    named = _NAMED.search(text, max(0, m.start - 40), m.start) is not None
    if named:
        lead = text[max(0, m.start - 60) : m.start]
        parts = re.split(r"[,.;:\"“”]", lead)
        desc = re.sub(r"\s*\b(?:named|called)\s*$", "", parts[-1]).strip()
        # "the director of a Dayton group called Ohio Kids First": the group is called so
        desc = re.split(r"\s+of\s+(?=(?:a|an|one|another)\s)", desc)[-1]
        if not desc and len(parts) > 1:  # "A farmer who gave only his first name, Yusuf"
            desc = re.split(r"\s+who\b", parts[-2])[0].strip() if " who " in parts[-2] else ""
        if desc:
            found.append((desc, desc, False))
            head = desc.split()[-1].lower()
            if head in ORG_WORDS or role_of(head) == "organisation":
                # "a group called Parents for Parks" names a body, not a person
                return Described(tuple(found), False, False, True)
    person = (
        who is not None
        or age is not None
        or role not in (None, "organisation")
        or occupation
        or app_person
    )
    return Described(tuple(found), person and not body, named, body)


#: A full name that ends its sentence (a full stop, or a semicolon, after it).
_ENDS_SENTENCE = re.compile(r"\s*(?:[.;]|$)")


def _final_object_apposition(
    text: str, m: NameMention, pre_app: re.Match[str]
) -> re.Match[str] | None:
    """``The audit was run by a tax accountant, Ivo Marsh.``: a description that opens on
    its own determiner (*a*, *the*, *her* …) at most :data:`_PRE_APPOSITIVE_SHORT` words
    before the comma, headed by a person's noun, and the person's full name after it that
    ends the sentence; the match of that description alone, or ``None``."""
    if m.title or len(m.name.split()) < 2 or not _ENDS_SENTENCE.match(text, m.end):
        return None
    words = list(re.finditer(r"\S+", pre_app.group(1)))
    det = max(
        (w for w in words if w.group().lower() in _PRE_DETERMINERS),
        key=lambda w: w.start(),
        default=None,
    )
    if det is None or len(words) - words.index(det) > _PRE_APPOSITIVE_SHORT:
        return None
    short = _PRE_APPOSITIVE.match(text, pre_app.start(1) + det.start(), m.start)
    if short is None:
        return None
    head = re.split(r"\s(?:of|for|at|with|from|in|on)\s", short.group(1))[0].split()[-1].lower()
    person = role_of(head) not in (None, "organisation") or wordnet_person(head)
    return short if person and head not in ORG_WORDS else None


#: After a name: the person runs for office (*…, a former nurse, is running as a Democrat
#: for Congress*, *who is seeking the seat*): "the candidate".
_RUNNING = re.compile(
    r"\s*(?:,[^,.;\"“”]{1,120},\s*)?(?:who\s+)?(?:is|was|has\s+been)\s+(?:now\s+|also\s+)?"
    r"(?:running|campaigning)\s+(?:as\s+an?\s+[A-Z]\w+\s+)?(?:for|against)\b"
)


def add_descriptors(
    text: str, m: NameMention, e: Entity, described: Described | None = None
) -> None:
    """Step 3: the descriptions around a mention (:func:`descriptions_at`, or ``described``
    when already read) join its entity; a *who* clause, a person's role before the name
    (*consultant Wilson*) or in an appositive (*Dev Raman, a 52-year-old accountant,*)
    makes an entity of unknown kind a person, *named* any entity."""
    found = descriptions_at(text, m) if described is None else described
    for desc, checked, people_only in found.descriptions:
        if people_only and e.kind == "organisation":
            continue
        if checked not in e.descriptors:
            e.descriptors += (desc,)
    if found.body:
        e.kind = "organisation"  # "a group called Parents for Parks"
        return
    if "candidate" not in e.descriptors and _RUNNING.match(text, m.end):
        e.descriptors += ("candidate",)  # "Lena Ortiz … is running for the council"
    if found.person and e.kind == "unknown" and _place_of(e.canonical) is None:
        # "who", not "which"; "consultant Wilson" (not "a welder from Beaumont, Texas, who")
        e.kind = "person"
    if found.named:
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
    by_kin = _kin_possessor_genders(text, mentions, by_mention)
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
                if (
                    e.canonical.lower() not in lower_words
                    and _place_of(e.canonical) is None  # (not "Florida", "Israel")
                    and not _only_after_place(text, mentions, by_mention, e)
                ):
                    by_name = name_gender(e.canonical)
        by_description = _described_gender(e.descriptors)
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
            e.kind = "person"  # "Thandi Mokoena Dube, 58, a doctor, said she was relieved"
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
            by_title
            or by_name
            or by_description
            or (by_pronoun if e.kind == "person" else None)
            or by_kin.get(id(e))
        )
        e.gender = gender
        if e.kind == "unknown" and (
            gender
            or e.titles
            # (not a title alone: "As Prime Minister, the 54-year-old said" names no one)
            and not all(w.lower() in TITLE_WORDS for w in e.canonical.split())
        ):
            e.kind = "person"


def _only_after_place(
    text: str, mentions: list[NameMention], by_mention: list[Entity], e: Entity
) -> bool:
    """Is every mention of ``e`` governed by a preposition of place after a common noun (*a
    farmer near Dalton*, *a nurse in Tyler*)? Then the word is a place, though a first name."""
    own = [m for m, o in zip(mentions, by_mention, strict=True) if o is e]
    return bool(own) and all(PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) for m in own)


_GENDERED = re.compile(r"\b(?:(he|his|himself|He|His)|(she|herself|She))\b")

#: After a name, in its sentence: *his* / *her* and a kinship noun set off before another
#: name (*Efe Moss, according to his sister, Ada Moss*): the possessor is the name before.
_KIN_OF_NAME = re.compile(
    r"[^.!?\n\"“”;]{0,140}?\b(?:(his|His)|her|Her)\s+(?:[a-z-]+\s+)?([a-z]+)\s*,\s+[A-Z]"
)


def _kin_possessor_genders(
    text: str, mentions: list[NameMention], by_mention: list[Entity]
) -> dict[int, str]:
    """id(entity) -> the gender of *his* / *her* before a kinship noun that another name
    follows in apposition, the first such after one of its mentions with no other name
    between (*Efe Moss was held, according to his sister, Ada Moss*: Efe Moss is male)."""
    out: dict[int, str] = {}
    starts = [m.start for m in mentions]
    for m, e in zip(mentions, by_mention, strict=True):
        if id(e) in out:
            continue
        k = _KIN_OF_NAME.match(text, m.end, min(len(text), m.end + 200))
        if k is None or k.group(2) not in KIN_WORDS:
            continue
        n = bisect.bisect_right(starts, m.end)
        if n < len(starts) and starts[n] < k.start(2):
            continue  # another name between: "his" may be that one's
        out[id(e)] = "male" if k.group(1) else "female"
    return out


def _pronoun_votes(
    text: str, mentions: list[NameMention], by_mention: list[Entity], exclude: list[tuple[int, int]]
) -> dict[int, tuple[int, int]]:
    """id(entity) -> (male, female) pronouns that follow its mentions in the same sentence
    with no other person's name between (*Cruz said his …*; *Joyce told the Daily Ledger
    he …*: an organisation or a name after a preposition is no one), outside quotations."""
    votes: dict[int, list[int]] = {}
    # after a subject, the names a pronoun may be about: not an organisation, nor a name
    # governed by a preposition ("Joyce told the Daily Ledger he …")
    people = [
        k
        for k, (m, e) in enumerate(zip(mentions, by_mention, strict=True))
        if e.kind != "organisation" and m.subject
    ]
    for k, (m, e) in enumerate(zip(mentions, by_mention, strict=True)):
        if e.kind == "organisation" or not m.subject:
            continue  # ("Obama praised Mrs. Clinton, saying he …": the he is Obama's)
        if m.subject:
            n = bisect.bisect_right(people, k)
            stop = mentions[people[n]].start if n < len(people) else len(text)
        else:  # "wrote to Lee and to his neighbours": up to the next name only
            stop = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        stop = min(stop, m.end + 80)
        end = _SENTENCE_END.search(text, m.end, stop)
        g = _first_own_gendered(text, m.end, end.start() if end else stop)
        if g is None:
            continue
        i = bisect.bisect_right(exclude, (g.start(), 1 << 62)) - 1
        if i >= 0 and exclude[i][0] <= g.start() < exclude[i][1]:
            continue
        v = votes.setdefault(id(e), [0, 0])
        v[g.group(1) is None] += 1
    return {k: (v[0], v[1]) for k, v in votes.items()}


_SENTENCE_END = re.compile(r"[.!?;\"“”]")

#: Before a possessive that names someone else's relation in a relative clause after the name
#: (*Dana Roe, who was his aide for two years,*): no one is *his* own aide. (Not after a bare
#: comma: *Cruz, his voice rising, said* is Cruz's own voice.)
_OTHERS_RELATION = re.compile(
    r"(?:\bwho\s+(?:is|was|had\s+been|has\s+been|became|remains|remained)\s+"
    r"(?:(?:also|once|then|later|long|still)\s+)?)$"
)


def _first_own_gendered(text: str, a: int, b: int) -> re.Match[str] | None:
    """The first gendered pronoun in ``text[a:b]`` that may be the name's own: not a *his*
    of someone else's relation in an apposition after the name (*Dana Roe, a former
    major who was his aide, …*)."""
    for g in _GENDERED.finditer(text, a, b):
        if (
            g.group(1)
            and g.group(1).lower() == "his"
            and _OTHERS_RELATION.search(text, max(a, g.start() - 40), g.start())
        ):
            continue
        return g
    return None
