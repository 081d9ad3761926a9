"""Who has a reaction the writer describes: a shallow reading of a POS-tagged sentence.

:func:`_experiencer` finds the noun phrase that has the reaction word at a token: after it
with *from*/*among* (*anger among farmers*), else the nearest noun phrase before it across
the reaction's own frame (*Many expressed dismay*), else the sentence subject
(:func:`_subject`). :func:`_can_react` keeps out a thing that cannot feel (*the
situation*: WordNet knows it as no person, people or organisation); :func:`_collective_in`
finds the group a bare *Many* points back to.

It imports from :mod:`.lexicon` only.

>>> tags = [("Many", "JJ"), ("expressed", "VBD"), ("dismay", "NN")]
>>> _experiencer(tags, 2)
((0, 1), 'expressed')
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from nbutils.reactions.lexicon import _BARE_GROUPS, _COLLECTIVE, REACTION_LEXICON, REACTION_VERBS

_ANIMATE = frozenset(
    {
        "person.n.01",
        "people.n.01",
        "social_group.n.01",
        "organization.n.01",
        "group.n.01",
        "causal_agent.n.01",
    }
)


@lru_cache(maxsize=2048)
def _animate(noun: str) -> bool | None:
    """Whether WordNet knows ``noun`` as a person, people or an organisation
    in any sense (None when WordNet does not know the noun at all)."""
    from nbutils.entities import wordnet  # (the fast reader: NLTK's takes seconds to load)

    synsets = wordnet().synsets(noun, pos="n")
    if not synsets:
        return None
    return any(
        h.name() in _ANIMATE for s in synsets for h in [s, *s.closure(lambda x: x.hypernyms())]
    )


def _can_react(head: tuple[str, str]) -> bool:
    """Can the head noun of a would-be experiencer feel anything? A common
    noun that WordNet knows only as a thing or a state (*situation*,
    *event*, *comments*) cannot; names, pronouns and unknown words can."""
    word, tag = head
    if tag not in ("NN", "NNS") or not word.islower():
        return True
    return _animate(word) is not False


_NP_TAGS = frozenset(
    {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "POS"}
)
_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_WALK_TAGS = frozenset(
    {
        "VB",
        "VBD",
        "VBG",
        "VBN",
        "VBP",
        "VBZ",
        "RB",
        "RBR",
        "RBS",
        "MD",
        "IN",
        "TO",
        "DT",
        "JJ",
        "JJR",
        "JJS",
        "CC",
        "PRP$",
    }
)


def _np_ending_at(tags: Sequence[tuple[str, str]], k: int) -> tuple[int, int] | None:
    """The noun phrase whose last token is ``k`` (a run of NP tags)."""
    if k < 0 or tags[k][1] not in _NOUNISH:
        return None
    i = k
    while i - 1 >= 0 and tags[i - 1][1] in _NP_TAGS:
        i -= 1
    return i, k + 1


def _subject(tags: Sequence[tuple[str, str]]) -> tuple[int, int] | None:
    """The sentence subject: the noun phrase before the first verb, after an
    opening adverbial ("Despite the tensions, …", "Back home, …")."""
    start = 0
    first_verb = next((i for i, (_, t) in enumerate(tags) if t.startswith(("VB", "MD"))), len(tags))
    commas = [i for i, (w, _) in enumerate(tags[:first_verb]) if w == ","]
    if commas and tags[0][1] in ("IN", "RB", "RBR", "VBG", "CC", "JJ", "NNP"):
        start = commas[0] + 1
        first_verb = next(
            (i for i, (_, t) in enumerate(tags) if i >= start and t.startswith(("VB", "MD"))),
            len(tags),
        )
    for k in range(first_verb - 1, start - 1, -1):
        np = _np_ending_at(tags, k)
        if np is not None:
            return max(np[0], start), np[1]
    return None


def _np_starting_at(tags: Sequence[tuple[str, str]], i: int) -> tuple[int, int] | None:
    """The noun phrase that starts at token ``i`` (up to its last noun)."""
    j, last = i, None
    while j < len(tags) and tags[j][1] in _NP_TAGS:
        if tags[j][1] in _NOUNISH:
            last = j
        j += 1
    return (i, last + 1) if last is not None else None


def _experiencer(tags: Sequence[tuple[str, str]], k: int) -> tuple[tuple[int, int] | None, str]:
    """Who has the reaction at token ``k``: a noun phrase right after it with
    *from*/*among* ("anger among farmers"); else the nearest noun phrase to its
    left across the reaction's own frame ("Many *expressed* dismay", "left many
    observers *stating* concerns"); across a comma, the sentence subject."""
    if k + 2 < len(tags) and tags[k + 1][0].lower() in ("from", "among", "amongst"):
        np = _np_starting_at(tags, k + 2)
        if np is not None:
            return np, tags[k - 1][0].lower() if k and tags[k - 1][
                0
            ].lower() in REACTION_VERBS else ""
    frame = ""
    i = k - 1
    while i >= 0:
        w, t = tags[i]
        if w == ",":
            return _subject(tags), frame
        if w.lower() in REACTION_VERBS and not frame:
            frame = w.lower()
        if w.lower() in _BARE_GROUPS and t in ("JJ", "DT", "NNS", "PRP", "NN"):
            return (i, i + 1), frame
        if t in _NOUNISH and w.lower() in REACTION_LEXICON:
            i -= 1  # "hope and gratitude": still the reaction's own phrase
            continue
        if t in _NOUNISH:
            np = _np_ending_at(tags, i)
            # a noun inside the reaction's own phrase ("the emotional weight") is skipped
            if np is not None and i < k:
                return np, frame
        if t not in _WALK_TAGS and t not in _NOUNISH:
            break
        i -= 1
    return _subject(tags), frame


def _group_words(tags: Sequence[tuple[str, str]], span: tuple[int, int] | None) -> str:
    if span is None:
        return ""
    words = [w for w, _ in tags[span[0] : span[1]]]
    return " ".join(words).replace(" 's", "'s").replace(" ’s", "’s")


def _collective_in(tags: Sequence[tuple[str, str]]) -> str:
    """The last plural or collective noun phrase of a sentence ("the Ukrainian population")."""
    best = ""
    for k, (w, t) in enumerate(tags):
        if t in ("NNS", "NNPS") or w.lower() in _COLLECTIVE:
            np = _np_ending_at(tags, k)
            if np is not None:
                best = _group_words(tags, np)
    return best
