"""Genders: each entity's sex, from its titles, first names, descriptions and pronouns.

:func:`provisional_genders` reads what each full name says of its gender before any alias
joins it (*Mrs. Hillary Clinton*, a first name, *His wife, Ghazala Khan*): what
:func:`.aliases.join_aliases` needs to send *Mr. Khan* and *Mrs. Khan* to different
people. After clustering, :func:`decide_genders` settles each entity's gender, strongest
evidence first: a gendered title, the first name, a gendered description
(:func:`_described_gender`: *spokeswoman*), the pronouns that follow its mentions
(:func:`_pronoun_votes`: *Vale said she …*), the *his* or *her* before a relative named
after it (:func:`_kin_possessor_genders`); and makes an entity a person once anything says
so.

>>> from nbutils.speakers.aliases import canonical_forms, join_aliases
>>> from nbutils.speakers.names import name_mentions
>>> t = "Quinn Vale spoke. Vale said she would stay, and Vale said she was tired."
>>> mentions = name_mentions(t)
>>> clusters = canonical_forms(mentions)
>>> provisional_genders(t, mentions, clusters)  # "Quinn" is either sex's name
{}
>>> by_mention = join_aliases(mentions, clusters, {}, t)
>>> decide_genders(t, mentions, by_mention, clusters.entities, [])
>>> [(e.canonical, e.gender, e.kind) for e in clusters.entities]
[('Quinn Vale', 'female', 'person')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from nbutils.speakers.aliases import Clusters
from nbutils.speakers.descriptors import Described, add_descriptors
from nbutils.speakers.names import PLACE_BEFORE, NameMention, _place_of
from nbutils.speakers.roles import Entity
from nbutils.speakers.vocabulary import HONORIFICS, KIN_WORDS, TITLE_WORDS, name_gender

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
