"""Groups and their members: who a *they* is, and *one of them*.

:func:`_they_antecedent` finds the group of people (or the plural of bodies) a *they*
takes up as the subject of a recent sentence (*Residents packed the hall*, *Two nurses
…*, *The Pyke family said*); :func:`_group_nearby` a group named anywhere close;
:func:`_people_and` a pair (*Ann Lowe and Tom Bell*). :func:`_member_of_group` names one
member of a group (*one of them*, *one of the nurses*) by the group's noun in the
singular. The pronoun module and ``resolve`` use them.

>>> from nbutils.attribution import attribute
>>> [a.speaker for a in attribute('Two nurses waited outside. "We are tired," one of them said.')]
['nurse']
"""

from __future__ import annotations

import bisect
import re

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import Speaker
from nbutils.attribution.resolution.descriptions import _ANONYMITY, family_description
from nbutils.attribution.resolution.discourse import _OPENER
from nbutils.speakers import ORG_WORDS, PERSON_NOUNS, Entities, role_of
from nbutils.speakers.resolution import people_word, singular

_THEY_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?(?:The|the|Many|Some|Several|Most)\s+"
    r"(?!of\b)((?:[a-z][\w'’-]*\s+){0,2}([a-z]+s))\b"
)  # (a possessive among the modifiers: "The valley's elected councils said")


#: A counted plural opening a sentence ("Two first-year engineering students, Ann Roe and
#: Tom Bell, said …", "Both nurses said", "About 60 swimmers waved signs"): the count is
#: part of the description (an approximation before it is not).
_THEY_COUNTED_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?"
    r"(?:(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Oo]ver|[Mm]ore\s+than)\s+)?"
    r"((?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|\d{1,3}|[Aa]\s+few(?:\s+dozen|\s+hundred)?"
    r"|[Aa]\s+dozen|[Aa]\s+handful\s+of|[Ss]everal\s+dozen|[Dd]ozens\s+of|[Hh]undreds\s+of)\s+(?!of\b)"
    # (a capitalised plural of a party or people: "Two Republicans involved in the count")
    r"(?:[a-z][\w'’-]*\s+){0,3}?([a-z]+s|[A-Z][a-z]+s|men|women|people))\b"
)
#: A part of a group opening a sentence ("Several of Pascoe's former pupils came"), or a
#: possessed plural ("Vale's supporters packed the hall"): the group is the plural.
_THEY_PARTITIVE_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?(?:(?:Several|Many|Some|Most|All|Both|Two|"
    r"Three|Four|Five|Dozens|Hundreds|Thousands)\s+of\s+(?:the|his|her|their|its|"
    r"[A-Z][\w'’-]*['’]s)|[A-Z][\w'’-]*['’]s)\s+((?:[a-z][\w'’-]*\s+){0,2}?([a-z]+s))\b"
)
#: A plural noun opening a sentence without a determiner ("Residents packed the hall",
#: "On Friday, employees gathered").
_THEY_BARE_SUBJECT = re.compile(r"\s*" + _OPENER + r"([A-Z][a-z]+s|(?<=, )[a-z]+s)\b(?!['’])")
#: ... or after one or two modifiers ("Transit advocates said", "Angry local parents").
#: (an initialism's plural for people too: "Conservative MPs", "Several Labour MEPs")
_THEY_MODIFIED_SUBJECT = re.compile(
    r"\s*([A-Z][a-z]+\s+(?:[a-z][\w-]*\s+)?(?:[a-z]+s|[A-Z]{2,4}s))\b(?!['’])"
)
#: A group of people opening a sentence ("A group of employees gathered", "Outside, a
#: crowd of about 200 protesters chanted"): the people.
_THEY_GROUP_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?(?:[Aa]|[Tt]he)\s+(?:small\s+|large\s+)?"
    r"(?:group|crowd|handful|delegation|busload|line|knot)\s+of\s+(?:about\s+\d+\s+|\d+\s+)?"
    r"((?:[a-z][\w'’-]*\s+){0,2}?(?:[a-z]+s|men|women|people))\b"
)


def _they_antecedent(
    text: str, offset: int, ents: Entities, sentences: int = 2
) -> tuple[int, str] | None:
    """The group a *they* at ``offset`` stands for, with its offset: the subject of one of
    the last sentences that names people in the plural — a plural description (*The
    protesters, many of whom …, said …*, *Residents packed the hall*) or two people joined
    by *and* (*Professors Ann Lowe and Tom Bell suggest …*).

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'Ann Lowe and Tom Bell studied trade. "It hurt," they wrote.'
    >>> _they_antecedent(t, t.index("they"), cluster_entities(t))
    (0, 'Ann Lowe and Tom Bell')
    """
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, offset) - 1
    n, last = k, k - sentences
    own = ents._enclosing(offset)  # (a quotation's own words name no one who said it)
    while n >= max(0, last):
        if n < k and _THEY_OPENS.match(text, starts[n]):
            last -= 1  # "They sent a letter …": the chain goes on to whom they are
        elif (
            n < k
            and last > k - 2 * sentences - 2
            and _THEY_INSIDE.search(
                text,
                starts[n],
                min(starts[n + 1] if n + 1 < len(starts) else offset, starts[n] + 400),
            )
        ):
            last -= 1  # "There are thirty of them, and they …": still about them (bounded)
        elif n < k and last > k - 2 * sentences - 2 and ents._excluded(starts[n]):
            last -= 1  # a sentence inside a quotation names no one "they" can be
        if own is None and ents._excluded(starts[n]):
            n -= 1  # ""Workers will remember," they said": the quote's first word is no group
            continue
        pair = _people_and(text, starts[n], offset, ents)
        if pair is not None:  # (before "Professors" alone, their title)
            return pair
        family = _FAMILY_SUBJECT.match(text, starts[n])
        if family is not None and family.start(1) < offset:  # "Her family said …"
            return family.start(1), family_description(family.group(1))
        m = (
            _THEY_SUBJECT.match(text, starts[n])
            or _THEY_COUNTED_SUBJECT.match(text, starts[n])
            or _THEY_PARTITIVE_SUBJECT.match(text, starts[n])
            or _THEY_BARE_SUBJECT.match(text, starts[n])
            or _THEY_GROUP_SUBJECT.match(text, starts[n])
            or _THEY_MODIFIED_SUBJECT.match(text, starts[n])
        )
        if m is not None and m.start(1) < offset:
            word = m.group(1).lower().split()[-1]
            # the plural head names people ("The local parents"), not a verb after a
            # singular subject ("The mayor flies to Lisbon")
            if _people_plural(word) or (
                _bodies_plural(word) and not _AFTER_VERB.match(text, m.end(1))
            ):  # ("The dispute centers on …": a verb, not "the councils")
                return m.start(1), " ".join(m.group(1).split())
        n -= 1
    return None


_THEY_OPENS = re.compile(r"\s*(?:They|they)\b")
#: A sentence about a group already named: "they" or "them" inside it.
_THEY_INSIDE = re.compile(r"\b(?:they|them)\b")
#: A sentence opening on a family (*Her family said*, *In a statement, the Pyke family
#: said*, *But his parents …*).
_FAMILY_SUBJECT = re.compile(
    r"\s*" + _OPENER + r"(?:(?:But|And|Yet|So)\s+)?((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[A-Z][\w'’-]*\s+)?(?:family|couple|relatives|parents))\b(?!['’])"
)


#: Plural nouns for people that do not end in *-s* (*thousands of people*, *the women*).
_IRREGULAR_PEOPLE = frozenset("people women men children folks".split())
#: Words that count people before a plural (*thousands of Germans*, *the three economists*).
_COUNTING = re.compile(
    r"(?:\b(?:the|these|those|some|many|most|several|other|both|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of|millions\s+of|"
    r"a\s+few(?:\s+dozen|\s+hundred)?|a\s+handful\s+of|several\s+dozen|"
    r"[\d,]+|[A-Z][\w.-]*['’]s|his|her|their|our)\s+(?:[a-z][\w-]*\s+){0,2})$",
    re.IGNORECASE,
)
#: Between two people of a pair, the first may have an apposition ("Ann Lowe, a pastor, and").
_AND_APPOSED = re.compile(r"(?:\s*,[^,;.\"“”\n]{1,60})?,?\s+and\s+")
#: Endings of a capitalised plural for people of a place, counted (*thousands of Germans*,
#: *many New Yorkers*, *two Iowans*).
_DEMONYM_ENDINGS = ("ans", "ers", "ites")
#: Before a pair: partners of the group, not the group ("they wrote with Ann Lowe and …").
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_PLURAL_WORD = re.compile(r"\b([A-Za-z][a-z-]+)\b(?!['’])")
#: How far back (in characters) from the pronoun a group in any position is looked for:
#: the sentence of the pronoun and the one before, and never more than this.
_GROUP_WINDOW = 600


#: After a would-be plural subject: what follows a verb, not a subject (*centers on*).
_AFTER_VERB = re.compile(r"\s+(?:on|in|at|to|from|with|of|around|about|for|the|a|an|its|their)\b")


def _bodies_plural(word: str) -> bool:
    """Is ``word`` a plural noun for organisations (*councils*, *unions*, *companies*),
    which a sentence's *they* takes up as it does a group of people?

    >>> _bodies_plural("councils"), _bodies_plural("companies"), _bodies_plural("plans")
    (True, True, False)
    """
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss"):
        return False
    return low[:-1] in ORG_WORDS or low.endswith("ies") and low[:-3] + "y" in ORG_WORDS


def _people_plural(word: str) -> bool:
    """Is ``word`` a plural noun for people (*parents*, *economists*, *women*)?"""
    low = word.lower()
    if low in _IRREGULAR_PEOPLE:
        return True
    if not low.endswith("s") or low.endswith("ss"):
        return False
    return role_of(low) is not None or low[:-1] in PERSON_NOUNS


#: A sentence that already speaks of a group as *they* (or opens on a quantifier standing
#: for it: *Several told us …*), outside quotations.
_THEY_CHAIN = re.compile(
    r"\s*(?:(?:Several|Some|Many|Most|Others|Both|All|Few|A\s+few)\s+[a-z]+(?:ed|s)\b"
    r"|[^\"“”]*?\b[Tt]hey\b)"
)


def _group_nearby(
    text: str, offset: int, ents: Entities, bare: bool = False
) -> tuple[int, str] | None:
    """The last group of people named anywhere — not only as a subject — in the sentence
    of a *they* at ``offset`` or the one before, outside quotations, with its offset: a
    counted or determined plural noun (*greeted by thousands of Germans*, *met the parents*,
    *a study by three economists*) or two people joined by *and* (*critics include Ann Lowe
    and Tom Bell*). Looks back at most :data:`_GROUP_WINDOW` characters. ``bare``: any
    lower-case plural for people, counted or not (*surrounded by reporters*), and no pair —
    the group a lone *one* speaking there belongs to.

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'The mayor met the parents in the hall. "It is cruel," they told her.'
    >>> _group_nearby(t, t.index("they"), cluster_entities(t))
    (14, 'parents')
    """
    starts = ents.sentence_starts
    k = bisect.bisect_right(starts, offset) - 1
    back, window = k - 1, _GROUP_WINDOW
    while (
        back >= 1
        and back > k - 4
        and (
            ents._excluded(starts[back]) or _THEY_CHAIN.match(text, starts[back], starts[back + 1])
        )
    ):
        # "Tell that to the players. I asked how they heard. "…," they said": the sentence
        # before speaks of them already (or is quoted), so the chain goes one further back
        back, window = back - 1, window + _GROUP_WINDOW // 2
    a = max(starts[back] if k >= 1 else 0, offset - window, 0)
    best: tuple[int, str] | None = None
    for m in _PLURAL_WORD.finditer(text, a, offset):
        word = m.group(1)
        if word[-1] != "s" and word.lower() not in _IRREGULAR_PEOPLE or ents._excluded(m.start()):
            continue
        before = text[max(a, m.start() - 40) : m.start()]
        counted = _COUNTING.search(before)
        demonym = word[0].isupper() and word.endswith(_DEMONYM_ENDINGS) and counted is not None
        if not (demonym or _people_plural(word)):
            continue
        if word[0].isupper() and counted is None and m.start() > starts[max(k, 0)]:
            continue  # a capitalised word needs a count ("many Americans"), not "Evans"
        if bare and word[0].isupper():
            continue
        if word[0].islower() and counted is None and not bare:
            continue  # a bare plural inside a clause is too often generic ("jobs for workers")
        begin = m.start() if counted is None else m.start() - len(counted.group())
        best = (begin, word)
    if bare:
        return best
    for i in range(bisect.bisect_left(ents._starts, a), len(ents.mentions) - 1):
        m1, m2 = ents.mentions[i], ents.mentions[i + 1]
        if m2.start >= offset:
            break
        e1, e2 = ents._by_mention[i], ents._by_mention[i + 1]
        if (
            _AND_APPOSED.fullmatch(text, m1.end, m2.start)
            and "organisation" not in (e1.kind, e2.kind)
            and "person" in (e1.kind, e2.kind)
            and not ents._excluded(m1.start)
            and not text.startswith(("'s", "’s"), m2.end)
            and not _WITH_BEFORE.search(text, max(0, m1.start - 6), m1.start)
            and (best is None or m1.start > best[0])
        ):
            best = (m1.start, f"{e1.canonical} and {e2.canonical}")
    return best


def _people_and(text: str, a: int, offset: int, ents: Entities) -> tuple[int, str] | None:
    """Two people joined by *and* opening the sentence at ``a`` (a title before them
    allowed, and a relative's noun before the second: *Dan Mercer and his son, Tom,*):
    *Professors Ann Lowe and Tom Bell* -> (offset, 'Ann Lowe and Tom Bell')."""
    first = ents.entity_at(a, min(offset, a + 40))
    if first is None or first.kind == "organisation":
        return None
    i = bisect.bisect_left(ents._starts, a)
    if i + 1 >= len(ents.mentions):
        return None
    m1, m2 = ents.mentions[i], ents.mentions[i + 1]
    e1, e2 = ents._by_mention[i], ents._by_mention[i + 1]
    if (
        m1.start > a + 25
        or m2.start >= offset
        or not _AND_BETWEEN.fullmatch(text, m1.end, m2.start)
        or "person" not in (e1.kind, e2.kind)
        or "organisation" in (e1.kind, e2.kind)
    ):
        return None
    return m1.start, f"{e1.canonical} and {e2.canonical}"


_AND_BETWEEN = re.compile(
    r",?\s+and\s+(?:(?:his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+)?"
)  # ("Dan Mercer and his son, Tom, run the farm": the pair is Dan Mercer and Tom)


#: Words that count a group, dropped when one member is named (*Two students* -> *student*).
_APPOSED_ONE = re.compile(r",\s+(?:a|an)\s")
_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten both a an few dozen dozens hundred hundreds "
    "handful of several".split()
)
#: After *one of them*: a description of that member set off by a comma (*, a nursing
#: student who …*).
_MEMBER_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+((?:[A-Za-z][\w-]*\s+){0,2}?([a-z]+))(?=\s+(?:who|whose|from|in|at|of|with)\b|[,.;])"
)
#: Right before a mention: *one of* (the shallow parser may give *them* alone).
_ONE_OF_BEFORE = re.compile(r"\b[Oo]ne\s+of\s+$")


def _member_of_group(text: str, span: list[Tok], s: int, e: int, ents: Entities) -> Speaker | None:
    """*one of them*, *one of the nurses at Kell Hospital*: an unnamed member of a group of
    people, named by the group's description in the singular (*nurse at Kell Hospital*;
    *them* is the group a *they* there would be); ``None`` for any other mention, or
    when the group is no group of people described by a plural noun (*Ann Lowe and Tom
    Bell*).

    >>> from nbutils.speakers import cluster_entities
    >>> t = 'The striking nurses walked out. "We are tired," one of them said.'
    >>> toks = [Tok("one", 48, 51, "CD"), Tok("of", 52, 54, "IN"), Tok("them", 55, 59, "PRP")]
    >>> _member_of_group(t, toks, 48, 59, cluster_entities(t)).name
    'striking nurse'
    """
    words = [t.low for t in span]
    if words[:2] == ["one", "of"]:
        rest, at = span[2:], span[2].start if len(span) > 2 else e
    elif _ONE_OF_BEFORE.search(text, max(0, s - 8), s):
        # "One of them said:", "One of the divers, an engineer, said": the parser's mention
        # is "them", "the divers"
        rest, at = span, s
    elif len(span) == 1 and words[0] == "one" and not _APPOSED_ONE.match(text, e):
        # 'Fans wrote in. "…," one wrote.' (not "said one, a grower from Lenham": described)
        rest, at = [Tok("them", s, e, "PRP")], s
    else:
        return None
    if not rest:
        return None
    if len(rest) == 1 and rest[0].low in ("them", "those", "these"):
        group = _they_antecedent(text, at, ents) or _group_nearby(text, at, ents)
        if group is None and (words == ["one"] or words == ["them"] and rest is span):
            # ("when he met reporters. One of them asked": a bare plural for people will do)
            group = _group_nearby(text, at, ents, bare=True)
        if group is None:
            return None
        description = group[1]
        if " and " in description:
            # "Two students, Ann Roe and Tom Bell, …": the pair's description before it
            k = bisect.bisect_right(ents.sentence_starts, group[0]) - 1
            opening = _THEY_COUNTED_SUBJECT.match(text, ents.sentence_starts[k]) if k >= 0 else None
            if opening is None or opening.end(1) > group[0]:
                return None
            description = opening.group(1)
        if description.lower().startswith(("the ", "those ", "these ")):
            description = description.split(maxsplit=1)[1]
        if (
            description[:1].isupper()
            and text.startswith(description, group[0])
            and text[max(0, group[0] - 12) : group[0]].rstrip(" \n\"“”'‘’")[-1:]
            in ("", ".", "!", "?")
            and people_word(description.split()[0].lower())
        ):  # "Fans of the café flooded …": the sentence's capital, not a name's
            description = description[0].lower() + description[1:]
        if words == ["one"] and not any(
            people_word(w) or w[:-1].isupper() and _people_plural(w) for w in description.split()
        ):  # (an initialism's plural is for people too: "MPs")
            # '… was surrounded by reporters. "…?" one asked.': a bare "one" needs a group
            # of people, so a bare plural for people in the sentence before will do
            bare = _group_nearby(text, at, ents, bare=True)
            if bare is None:
                return None
            description = bare[1]
    elif rest[0].low in ("the", "those", "these", "his", "her", "its", "their") and len(rest) > 1:
        # ("one of her aides": an aide)
        description = " ".join(text[rest[1].start : rest[-1].end].split())
    else:
        return None
    words = description.split()
    k = next(
        (
            n
            for n, w in enumerate(words)
            # (or a capitalised plural for a party's members: "Two Republicans")
            if people_word(w) or n and w[:1].isupper() and _people_plural(w.lower())
        ),
        None,
    )
    own = _MEMBER_APPOSITION.match(text, e) if rest[-1].low in ("them", "those", "these") else None
    own_person = own is not None and (
        own.group(2) in PERSON_NOUNS or role_of(own.group(2)) is not None
    )
    if k is None and not own_person:
        return None
    if k is None:  # "the two Republicans … one of them, a senator from Maine,": the senator
        words, k = [own.group(2)], 0
    modifiers = [w for w in words[:k] if w.lower() not in _COUNT_WORDS and not w.isdigit()]
    name = " ".join([*modifiers, singular(words[k]), *words[k + 1 :]])
    if own_person:
        # "one of them, a nursing student": that (the group named inline, "one of the
        # divers, an engineer", keeps its noun)
        name = " ".join(own.group(1).split())
    role = (
        "anonymous source"  # "…," said one of the aides, who asked not to be named
        if _ANONYMITY.match(text, e, min(len(text), e + 140))
        else role_of(singular(words[k])) or "citizen/witness"
    )
    return Speaker(name, s, e, text[s:e], role, None, False)
