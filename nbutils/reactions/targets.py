"""The quote–target table: one row per quotation and whom it talks about, with the stance toward them.

:func:`quote_targets` joins the steps of the modules below it: the names a quotation
holds (:mod:`.mentions`), the people its pronouns and offices stand for
(:mod:`.referents`), each target's country (:mod:`.countries`), the stance toward each
(:func:`nbutils.stance.stance` on the mention's span) and the rules that correct it
(:mod:`.attitudes`). Its columns are :data:`TARGET_COLUMNS`.

>>> import pandas as pd
>>> q = pd.DataFrame({"text": ['"Kenya has been a loyal friend."'], "speaker": ["Ann Lee"]})
>>> quote_targets(q)[["speaker", "target", "target_kind", "via"]].values.tolist()
[['Ann Lee', 'Kenya', 'country', 'name']]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from nbutils.reactions.attitudes import _attitudes_of_others, _balance
from nbutils.reactions.base import _QUOTE_MARKS, _check_table, _empty
from nbutils.reactions.countries import country_of
from nbutils.reactions.mentions import Target, _display_names, _span_of, targets_in
from nbutils.reactions.referents import (
    _PRONOUNS,
    _antecedents,
    _office_holders,
    is_self,
    office_index,
)

if TYPE_CHECKING:
    from nbutils.articles import Article


#: The columns of :func:`quote_targets`'s table.
TARGET_COLUMNS: tuple[str, ...] = (
    "quote",
    "article_id",
    "speaker",
    "role",
    "target",
    "target_kind",
    "mention",
    "via",
    "country",
    "stance",
    "stance_label",
    "p_negative",
    "p_neutral",
    "p_positive",
    "stance_words",
    "rule",
    "sentiment",
)


def quote_targets(quotes: pd.DataFrame, article: Article | str | None = None) -> pd.DataFrame:
    """One row per (quote, target): the quote's index in ``quotes``,
    ``article_id``, ``speaker``, ``role``, ``target``, ``target_kind``,
    ``mention`` (the words in the quote), ``via`` (``name``; ``pronoun``
    for a pronoun resolved to people named just before the quote; ``office`` for
    an office only one person of the article holds, *the governor*), the
    target's ``country`` (:func:`country_of`), its **stance** — how the quote
    treats that target (:func:`nbutils.stance.stance` on the mention's span:
    ``stance`` in [-1, 1] and ``stance_label``) — and the whole quote's
    ``sentiment`` (if scored), a different measure kept beside it.

    Names are canonicalised against ``article``'s entities when it is given
    (and pronouns are resolved only then, with the quotes' ``start`` offsets).
    A speaker naming themself (:func:`is_self`) is not a target, nor is a word
    that is capitalised only because it opens a sentence (:func:`targets_in`)."""
    from nbutils.stance import stance as stance_of

    _check_table(quotes, ("text",))
    columns = list(TARGET_COLUMNS)
    if quotes.empty:
        return _empty(columns)
    entities = None
    offices: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    text = ""
    if article is not None:
        from nbutils.speakers import cluster_entities

        text = article if isinstance(article, str) else article.text
        entities = cluster_entities(text)
        offices = office_index(entities)
    # the capitals that show a word is a name: the article's, else the quotes' and speakers'
    context = text or "\n".join(
        [
            *(str(t).strip(_QUOTE_MARKS) for t in quotes["text"]),
            *(s for s in quotes.get("speaker", []) if isinstance(s, str)),
        ]
    )
    rows: list[dict[str, object]] = []
    spans: list[tuple[int, int] | None] = []
    for idx, row in quotes.iterrows():
        said = str(row["text"]).strip(_QUOTE_MARKS)
        found = [
            (t, "name", _span_of(t.mention, said)) for t in targets_in(said, entities, context)
        ]
        start = row.get("start")
        if entities is not None and isinstance(start, (int, float)) and start == start:
            named = {t.name for t, _, _ in found}
            for m in _PRONOUNS.finditer(said):
                for name in _antecedents(m.group(), text, int(start), row.get("speaker"), entities):
                    if name not in named:
                        named.add(name)
                        found.append(
                            (Target(name, "person", m.group()), "pronoun", (m.start(), m.end()))
                        )
            for name, mention, span in _office_holders(
                said, int(start), row.get("speaker"), offices
            ):
                if name not in named:
                    named.add(name)
                    found.append((Target(name, "person", mention), "office", span))
        for t, via, span in found:
            if is_self(t.name, row.get("speaker")) or is_self(t.mention, row.get("speaker")):
                continue  # a speaker naming themselves is not a target
            judged = stance_of(said, *span) if span is not None else None
            spans.append(span)
            rows.append(
                {
                    "quote": idx,
                    "article_id": row.get("article_id"),
                    "speaker": row.get("speaker"),
                    "role": row.get("role"),
                    "target": t.name,
                    "target_kind": t.kind,
                    "mention": t.mention,
                    "via": via,
                    "country": country_of(t.name, t.kind, entities),
                    "stance": judged.score if judged else float("nan"),
                    "stance_label": judged.label if judged else None,
                    **dict(
                        zip(
                            ("p_negative", "p_neutral", "p_positive"),
                            judged.probabilities if judged else (float("nan"),) * 3,
                            strict=True,
                        )
                    ),
                    "rule": "",
                    "stance_words": ", ".join(
                        f"{w} {c:+z.2f}" for w, c in judged.words[:3] if abs(c) >= 0.02
                    )
                    if judged
                    else "",
                    "sentiment": row.get("sentiment", float("nan")),
                }
            )
    if not rows:
        return _empty(columns)
    _balance(rows, spans, quotes)
    _attitudes_of_others(rows, spans, quotes)
    table = pd.DataFrame(rows, columns=columns)
    names = _display_names(
        text, (Target(r["target"], r["target_kind"], r["mention"]) for r in rows)
    )
    table["target"] = [names.get(t, t) for t in table["target"]]
    table["country"] = [names.get(c, c) if isinstance(c, str) else c for c in table["country"]]
    for old, new in names.items():
        if old != new:
            for before, after in (
                (f" {old}, whom", f" {new}, whom"),
                (f" reports {old}'s", f" reports {new}'s"),
                (f" toward {old},", f" toward {new},"),
            ):
                table["rule"] = table["rule"].str.replace(before, after, regex=False)
    return table.reset_index(drop=True)
