"""From an article to a scored quote table: who said what, and how pleasant it sounds.

* :func:`quote_table` — the article's attributed quotations, one row each, with the
  role of each speaker made the same for all their quotations (:func:`one_role_per_speaker`:
  a role is what is known about a person, not about one quotation);
* :func:`add_sentiment` — each quotation's ``sentiment`` (:func:`nbutils.sentiment.score_text`,
  quotation marks stripped), its ``words`` (:func:`word_count`) and its ``group``.

It imports only from :mod:`.base`.

>>> word_count('"Not now — not ever."')
4
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from nbutils.attribution import table as quote_tables
from nbutils.reactions.base import _QUOTE_MARKS, _check_table, role_group
from nbutils.sentiment import DEFAULT_MODEL, score_text

if TYPE_CHECKING:
    from nbutils.articles import Article


def quote_table(article: Article) -> pd.DataFrame:
    """The attributed quotations of ``article`` as a quote table (empty — with
    the same columns — when the article quotes nobody); see :func:`nbutils.attribution.quote_table`."""
    from nbutils.attribution import attribute

    return one_role_per_speaker(quote_tables.quote_table(attribute(article), article.id))


def one_role_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """A copy in which every quotation of a speaker (in one article) has the same role: the
    role most of them were given, a role found before none (the first found on a tie).

    A role is what is known about a person, not about a quotation; the engine reads it
    from all the person's titles and descriptions, but a quotation it reached through a
    mention alone may lack it (*the former prime minister* once, nothing the next time),
    and a table or a figure would then show one person in two rows or two groups.

    >>> q = pd.DataFrame({"article_id": ["a"] * 3, "speaker": ["Al Roe", "Al Roe", None],
    ...                   "role": [None, "politician", None]})
    >>> one_role_per_speaker(q)["role"].fillna("-").tolist()
    ['politician', 'politician', '-']
    """
    if quotes.empty or "speaker" not in quotes.columns or "role" not in quotes.columns:
        return quotes
    keys = [c for c in ("article_id", "speaker") if c in quotes.columns]
    chosen: dict[tuple, object] = {}
    for key, part in quotes[quotes["speaker"].notna()].groupby(keys, sort=False, dropna=False):
        found = part["role"].dropna()
        found = found[found.astype(str) != ""]
        if len(found):
            counts = found.value_counts(sort=False)  # (in order of first appearance)
            chosen[key if isinstance(key, tuple) else (key,)] = counts.idxmax()
    if not chosen:
        return quotes
    out = quotes.copy()
    roles = [
        chosen.get(tuple(row), role) if pd.notna(row[-1]) else role
        for row, role in zip(out[keys].itertuples(index=False), out["role"], strict=True)
    ]
    out["role"] = pd.Series(roles, index=out.index, dtype=object)
    return out


def word_count(text: str) -> int:
    """Words in a quotation (tokens with a letter or digit).

    >>> word_count('"It\\'s about life; we want to live."')
    7
    """
    return sum(1 for w in re.split(r"[\s—–]+", text) if any(ch.isalnum() for ch in w))


def add_sentiment(quotes: pd.DataFrame, model: str = DEFAULT_MODEL) -> pd.DataFrame:
    """A copy of the quote table with ``sentiment`` (in ``[-1, 1]``, quotation
    marks stripped), ``words`` and ``group`` (:data:`ROLE_GROUPS`) added."""
    _check_table(quotes, ("text", "role"))
    out = one_role_per_speaker(quotes).copy()
    texts = [str(t).strip(_QUOTE_MARKS) for t in out["text"]]
    out["sentiment"] = pd.Series(
        [score_text(t, model) for t in texts], index=out.index, dtype="float64"
    )
    out["words"] = pd.Series([word_count(t) for t in texts], index=out.index, dtype="int64")
    out["group"] = [role_group(r) for r in out["role"]]
    return out
