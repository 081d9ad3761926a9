"""Sentiment and stance side by side: where reading one as the other would mislead.

"Washington supports Russia" has pleasant words and is an accusation.
:func:`sentiment_and_stance` puts each quote–target pair's two measures together, largest
gap first; :func:`disagreement_view` narrows it to a page, with the stance model's
confidence; :func:`unsure_pairs` counts the pairs the model is unsure of; and
:func:`stance_example` tells the first pair in words.

It imports from :mod:`.base` only.

>>> _sign(0.3), _sign(-0.01), _sign(-0.2)
(1, 0, -1)
"""

from __future__ import annotations

import pandas as pd

from nbutils.reactions.base import _QUOTE_MARKS, _empty, with_groups
from nbutils.sentiment import DEFAULT_MODEL


def sentiment_and_stance(targets: pd.DataFrame, scored: pd.DataFrame) -> pd.DataFrame:
    """Each (quote, target) pair with the two measures side by side: the whole
    quote's ``sentiment`` (the scored table's model), VADER's score of it, the
    ``stance`` toward the target with its label and the ``rule`` that changed the
    model's reading (if any, beside the label it changed), the model's probabilities and
    words, and
    ``gap`` = stance − sentiment; largest gap first — where reading sentiment
    as stance would mislead most."""
    from nbutils.sentiment import score_text

    columns = [
        "quote",
        "speaker",
        "group",
        "text",
        "target",
        "sentiment",
        "vader",
        "stance",
        "stance_label",
        "rule",
        "p_negative",
        "p_neutral",
        "p_positive",
        "stance_words",
        "gap",
    ]
    if targets.empty or scored.empty:
        return _empty(columns)
    frame = with_groups(targets)
    frame["text"] = [str(scored.loc[q, "text"]) for q in frame["quote"]]
    frame["vader"] = [score_text(str(t).strip(_QUOTE_MARKS), "vader") for t in frame["text"]]
    frame["gap"] = (frame["stance"] - frame["sentiment"]).round(3)
    order = frame["gap"].abs().sort_values(ascending=False, kind="stable").index
    return frame.loc[order, columns].reset_index(drop=True)


def disagreement_view(pairs: pd.DataFrame) -> pd.DataFrame:
    """The pairs of :func:`sentiment_and_stance` narrowed to what a reader compares,
    so the table fits a page: who, the quotation, the target, the three scores, the
    stance label, the model's ``confidence`` (its largest probability: near 1/3 it
    is guessing) and the ``rule`` that changed its reading. Rounded to two places.

    >>> pairs = pd.DataFrame({"quote": [0], "speaker": ["A"], "group": ["citizens"],
    ...     "text": ['"X backs Y"'], "target": ["X"], "sentiment": [0.4], "vader": [0.3],
    ...     "stance": [-0.5], "stance_label": ["negative"], "rule": [""],
    ...     "p_negative": [0.6], "p_neutral": [0.2], "p_positive": [0.2],
    ...     "stance_words": ["backs -0.5"], "gap": [-0.9]})
    >>> disagreement_view(pairs).iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'speaker': 'A', 'text': '"X backs Y"', 'target': 'X', 'sentiment': 0.4, 'vader': 0.3,
     'stance': -0.5, 'stance_label': 'negative', 'confidence': 0.6, 'rule': ''}
    """
    columns = [
        "speaker",
        "text",
        "target",
        "sentiment",
        "vader",
        "stance",
        "stance_label",
        "confidence",
        "rule",
    ]
    if pairs.empty:
        return _empty(columns)
    view = pairs.assign(confidence=_confidence(pairs))
    return view[columns].round(2)


def _confidence(pairs: pd.DataFrame) -> pd.Series:
    """The stance model's largest probability for each pair: how sure it is of its answer."""
    return pairs[["p_negative", "p_neutral", "p_positive"]].max(axis=1)


def unsure_pairs(pairs: pd.DataFrame, below: float = 0.6) -> int:
    """How many pairs the stance model gives less than ``below`` probability to
    its own answer.

    >>> unsure_pairs(pd.DataFrame({"p_negative": [0.5, 0.9], "p_neutral": [0.3, 0.05],
    ...                            "p_positive": [0.2, 0.05]}))
    1
    """
    if pairs.empty:
        return 0
    return int((_confidence(pairs) < below).sum())


def _sign(x: float, band: float = 0.05) -> int:
    return (x > band) - (x < -band)


def stance_example(pairs: pd.DataFrame, model: str = DEFAULT_MODEL) -> list[str]:
    """The first pair of :func:`sentiment_and_stance` (where reading sentiment as
    stance misleads most) told in lines — the quote, both measures, the words that
    pushed the stance model and any rule that changed its reading — and how often
    the two measures point the same way.

    >>> pairs = pd.DataFrame({"speaker": ["A"], "group": ["citizens"], "text": ['"X backs Y"'],
    ...     "target": ["X"], "sentiment": [0.4], "vader": [0.3], "stance": [-0.5],
    ...     "stance_label": ["negative"], "p_negative": [0.6], "p_neutral": [0.2],
    ...     "p_positive": [0.2], "stance_words": ["backs -0.5"], "rule": [""]})
    >>> print("\\n".join(stance_example(pairs, "emobank")))
    A (citizens): "X backs Y"
      sentiment of the whole quote: +0.40 (emobank), +0.30 (vader)
      stance toward X: -0.50 → negative (P negative 0.60, neutral 0.20, positive 0.20)
      words that pushed the stance model: backs -0.5
    <BLANKLINE>
    Sentiment and stance point the same way for 0 of 1 quote–target pairs.
    """
    if pairs.empty:
        return []
    top = pairs.iloc[0]
    lines = [
        f"{top['speaker']} ({top['group']}): {top['text']}",
        f"  sentiment of the whole quote: {top['sentiment']:+z.2f} ({model}), "
        f"{top['vader']:+z.2f} (vader)",
        f"  stance toward {top['target']}: {top['stance']:+z.2f} → {top['stance_label']} "
        f"(P negative {top['p_negative']:.2f}, neutral {top['p_neutral']:.2f}, "
        f"positive {top['p_positive']:.2f})",
        f"  words that pushed the stance model: {top['stance_words'] or '(none)'}",
    ]
    if top["rule"]:
        said = "positive" if top["p_positive"] > top["p_negative"] else "negative"
        lines.append(
            f"  the model's probabilities say {said}; then a rule changed the reading — "
            f"{top['rule']}"
        )
    same = int((pairs["sentiment"].map(_sign) == pairs["stance"].map(_sign)).sum())
    lines += [
        "",
        f"Sentiment and stance point the same way for {same} of {len(pairs)} quote–target pairs.",
    ]
    return lines
