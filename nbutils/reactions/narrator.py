"""The narrator's reactions: the writer's own words for how people reacted, outside quotations.

:func:`narrator_reactions` finds each word of the reaction lexicon (:mod:`.lexicon`) that
stands outside every quotation and is used as a reaction (not *hope* the verb, not *relief*
in *relief bill*), with the group it describes (:mod:`.experiencers`) and that group's
role: one :class:`Reaction` a row. :func:`reaction_summary`, :func:`narrator_table` and
:func:`described_reactions` are the tables and the figure's data made from them.

It imports from :mod:`.base`, :mod:`.lexicon` and :mod:`.experiencers`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from nbutils.reactions.base import (
    NOBODY,
    UNKNOWN,
    _check_table,
    _empty,
    _group_rank,
    _labelled,
    role_group,
)
from nbutils.reactions.experiencers import _can_react, _collective_in, _experiencer, _group_words
from nbutils.reactions.lexicon import _BARE_GROUPS, _POPULACE, REACTION_LEXICON, REACTION_VERBS

if TYPE_CHECKING:
    from nbutils.articles import Article


class Reaction(NamedTuple):
    """A reaction the narrator describes: the word, its family and whose it is."""

    sentence: int  #: index of the sentence in the article
    start: int  #: offsets of the reaction word in the article
    end: int
    word: str
    family: str
    valence: int
    group: str  #: who reacts ("Other Ukrainians", "Many (the Ukrainian population)")
    role: str | None  #: the group's role, from its words or the article's entities
    frame: str  #: the reaction verb before it ("expressed", "reacted") or ""
    text: str  #: the sentence


def narrator_reactions(
    article: Article | str,
    quotes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The writer's own descriptions of reactions, outside quotations: one row
    per reaction word with its family, valence, the group it describes, the
    group's role, the framing verb and the sentence (see :class:`Reaction`).

    Quotation spans come from ``quotes`` (a quote table) when given, else from
    :func:`nbutils.quotes.find_quotes`. A bare quantifier subject (*Many*,
    *Others*) is completed with the last plural or collective noun phrase of
    the same or the previous sentence: *Many (the Ukrainian population)*.

    >>> r = narrator_reactions("The vote ended. Other voters reacted with anger. "
    ...                        'Ann Lee said: "We are happy."')
    >>> r[["word", "family", "valence", "group", "role"]].values.tolist()
    [['anger', 'anger', -1, 'Other voters', 'citizen/witness']]
    """
    from nbutils.speakers import cluster_entities, role_of
    from nbutils.tokenise import pos_tag, sentence_spans, word_tokens

    text = article if isinstance(article, str) else article.text
    if quotes is not None and not quotes.empty:
        _check_table(quotes, ("start", "end"))
        spans = [(int(s), int(e)) for s, e in zip(quotes["start"], quotes["end"], strict=True)]
    else:
        from nbutils.quotes import find_quotes

        spans = [q.span for q in find_quotes(text)]
    entities = None
    rows: list[Reaction] = []
    previous: list[tuple[str, str]] = []
    for n, (s0, s1) in enumerate(sentence_spans(text)):
        toks = word_tokens(text, [(s0, s1)])
        outside = [t for t in toks if not any(a <= t.start < b for a, b in spans)]
        if not any(t.text.lower() in REACTION_LEXICON for t in outside):
            previous = [(t.text, t.tag) for t in pos_tag(toks)]
            continue
        tagged = pos_tag(toks)
        tags = [(t.text, t.tag) for t in tagged]
        for k, tok in enumerate(tagged):
            word = tok.text.lower()
            if word not in REACTION_LEXICON or any(a <= tok.start < b for a, b in spans):
                continue
            if word in (
                "concern",
                "hope",
                "fear",
                "fears",
                "worry",
                "worries",
                "hopes",
                "doubts",
            ) and tok.tag.startswith("VB"):
                continue  # "support" the verb is not a described reaction
            if (
                k + 1 < len(tagged)
                and tagged[k + 1].tag in ("NN", "NNS")
                and tok.tag in ("NN", "JJ")
                and tagged[k + 1].text.lower() not in REACTION_LEXICON
            ):
                continue  # a modifier: "flood relief bill", "anger management"
            if word in ("reaction", "reactions", "emotion", "emotions") and not any(
                w.lower() in REACTION_VERBS for w, _ in tags[max(0, k - 3) : k]
            ):
                continue
            family, valence = REACTION_LEXICON[word]
            span, frame = _experiencer(tags, k)
            if span is not None and not _can_react(tags[span[1] - 1]):
                span = None  # "The situation … reflecting hope": not who hopes
            group = _group_words(tags, span)
            if group and all(w.lower() in _BARE_GROUPS for w in group.split()):
                earlier = _collective_in(tags[: span[0]]) if span else ""
                antecedent = earlier or _collective_in(previous)
                if antecedent:
                    group = f"{group} ({antecedent})"
            role = role_of(group) if group else None
            if role is None and group and group.split()[-1].lower().strip("()") in _POPULACE:
                role = "citizen/witness"  # "the public", "the population"
            if role is None and group:
                if entities is None:
                    entities = cluster_entities(text)
                entity = entities.lookup(group)
                role = entity.role if entity is not None else None
            rows.append(
                Reaction(
                    n,
                    tok.start,
                    tok.end,
                    tok.text,
                    family,
                    valence,
                    group or NOBODY,
                    role,
                    frame,
                    text[s0:s1],
                )
            )
        previous = tags
    columns = list(Reaction._fields)
    if not rows:
        return _empty(columns)
    return pd.DataFrame(rows, columns=columns)


def reaction_summary(reactions: pd.DataFrame) -> pd.DataFrame:
    """Per group: the number of reaction words, how many are negative and
    positive, and the families named (most frequent first)."""
    columns = ["group", "role", "reactions", "negative", "positive", "families"]
    if reactions.empty:
        return _empty(columns)
    frame = reactions.assign(role=_labelled(reactions["role"]))
    table = (
        frame.groupby(["group", "role"], sort=False)
        .agg(
            reactions=("word", "size"),
            negative=("valence", lambda v: int((v < 0).sum())),
            positive=("valence", lambda v: int((v > 0).sum())),
            families=("family", lambda f: ", ".join(x for x, _ in Counter(f).most_common())),
        )
        .reset_index()
    )
    return table.sort_values(["reactions", "group"], ascending=[False, True])[columns].reset_index(
        drop=True
    )


def narrator_table(reactions: pd.DataFrame) -> pd.DataFrame:
    """:func:`narrator_reactions` as a reader wants it: the reaction ``word``,
    its ``family`` and ``valence``, ``who`` (the writer's words for the
    group), their ``role`` and comparison ``group`` (officials, citizens …),
    the framing verb and the sentence."""
    columns = ["word", "family", "valence", "who", "role", "group", "frame", "sentence"]
    if reactions.empty:
        return _empty(columns)
    out = reactions.drop(columns=["sentence"]).rename(columns={"group": "who", "text": "sentence"})
    out["group"] = [role_group(r) for r in out["role"]]
    out["role"] = _labelled(out["role"])
    return out[columns].reset_index(drop=True)


def described_reactions(reactions: pd.DataFrame) -> pd.DataFrame:
    """:func:`reaction_summary` with each described group labelled by its
    comparison group ("citizens · Other voters") and ordered officials,
    citizens, other roles, unknown — for :func:`nbutils.figures.plot_narrator_reactions`.

    >>> r = narrator_reactions("Other voters reacted with anger. The mayor remained hopeful.")
    >>> described_reactions(r)["group"].tolist()
    ['politicians · The mayor', 'citizens · Other voters']

    A reaction no one is named as having says so (the table lists it as "nobody named"):

    >>> described_reactions(narrator_reactions("There was hope."))["group"].tolist()
    ['(nobody named as reacting)']
    """
    summary = reaction_summary(reactions)
    if summary.empty:
        return summary
    sides = [role_group(r if r != UNKNOWN else None) for r in summary["role"]]
    order = sorted(
        range(len(summary)), key=lambda i: (_group_rank(sides[i]), -summary.loc[i, "reactions"])
    )
    summary["group"] = [
        "(nobody named as reacting)" if side == UNKNOWN and g == NOBODY else f"{side} · {g}"
        for side, g in zip(sides, summary["group"], strict=True)
    ]
    return summary.iloc[order].reset_index(drop=True)
