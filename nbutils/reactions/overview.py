"""Side by side: the tables the lesson (notebook 03) shows, made from a scored quote table.

* :func:`speaker_labels` — "Name (role)" for the figures;
* :func:`explained_quotes` — each quote with the words that pushed its score;
* :func:`aggregations` — the same quotes summarised several ways (mean, word-weighted,
  median, shares of negative, neutral and positive), to show that the choice matters;
* :func:`compare_groups` — every group present with its counts beside the figures;
* :func:`framing_overview` — the reporting verbs of each group (:func:`verb_list`) and
  their framing;
* :func:`group_overview` — one row per side: who was quoted, how, and the reactions the
  writer describes for it (:func:`~nbutils.reactions.narrator.narrator_table`).

It imports from :mod:`.base` and :mod:`.narrator`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

from nbutils.reactions.base import (
    _QUOTE_MARKS,
    NEUTRAL_BAND,
    _check_table,
    _empty,
    _group_rank,
    _labelled,
    with_groups,
)
from nbutils.reactions.narrator import narrator_table
from nbutils.sentiment import DEFAULT_MODEL
from nbutils.speakers import SPEAKER_NOT_FOUND


def speaker_labels(scored: pd.DataFrame) -> pd.DataFrame:
    """A copy of a scored quote table with ``who``: "Name (role)", for figures
    that show one row per speaker and should say what each speaker is.

    >>> speaker_labels(pd.DataFrame({"speaker": ["Ann Lee", None], "role": ["mayor", None]})
    ...                )["who"].tolist()
    ['Ann Lee (mayor)', 'no speaker found']
    """
    _check_table(scored, ("speaker", "role"))
    out = scored.copy()
    out["who"] = [
        f"{s} ({r})"
        if isinstance(s, str) and s and isinstance(r, str) and r
        else s
        if isinstance(s, str) and s
        else SPEAKER_NOT_FOUND
        for s, r in zip(out["speaker"], out["role"], strict=True)
    ]
    return out


def explained_quotes(
    scored: pd.DataFrame, model: str = DEFAULT_MODEL, top: int = 3
) -> pd.DataFrame:
    """Each scored quote with the ``top`` words that pushed its score
    (:func:`nbutils.sentiment.explain`), in article order: ``speaker``,
    ``group``, ``cue``, ``text``, ``words``, ``sentiment``, ``why``."""
    from nbutils.sentiment import explain

    _check_table(scored, ("text", "speaker", "role", "cue", "sentiment", "words"))
    columns = ["speaker", "group", "cue", "text", "words", "sentiment", "why"]
    if scored.empty:
        return _empty(columns)
    frame = with_groups(scored)
    frame["why"] = [
        ", ".join(
            f"{w} {c:+z.2f}"
            for w, c in explain(str(t).strip(_QUOTE_MARKS), model)[:top]
            if abs(c) >= 0.03
        )
        or "(no sentiment words)"
        for t in frame["text"]
    ]
    if "start" in frame.columns:
        frame = frame.sort_values("start")
    return frame[columns].reset_index(drop=True)


def aggregations(scored: pd.DataFrame, by: str = "group") -> pd.DataFrame:
    """The same quotes summarised several ways, to show that the choice
    matters: ``quotes``, ``words``, ``mean`` (every quote counts once),
    ``word_weighted`` (every quoted word counts once: long quotes weigh
    more), ``median``, and the percentage of quotes that are ``negative``,
    ``neutral`` (within ±:data:`NEUTRAL_BAND`) and ``positive``.

    >>> q = pd.DataFrame({"group": ["a", "a"], "role": ["x", "x"], "sentiment": [0.5, -0.1],
    ...                   "words": [1, 9]})
    >>> aggregations(q).loc[0, ["mean", "word_weighted", "negative", "positive"]].tolist()
    [0.2, -0.04, 50.0, 50.0]
    """
    _check_table(scored, ("sentiment", "words"))
    columns = [
        by,
        "quotes",
        "words",
        "mean",
        "word_weighted",
        "median",
        "negative",
        "neutral",
        "positive",
    ]
    if scored.empty:
        return _empty(columns)
    frame = with_groups(scored) if by == "group" and "role" in scored.columns else scored
    frame = frame.assign(**{by: _labelled(frame[by])})
    rows = []
    for name, part in frame.groupby(by, sort=False):
        s, w = part["sentiment"].astype(float), part["words"].astype(float)
        rows.append(
            {
                by: name,
                "quotes": len(part),
                "words": int(w.sum()),
                "mean": round(float(s.mean()), 3),
                "word_weighted": round(float((s * w).sum() / w.sum()), 3)
                if w.sum()
                else float("nan"),
                "median": round(float(s.median()), 3),
                "negative": round(100 * float((s < -NEUTRAL_BAND).mean()), 1),
                "neutral": round(100 * float((s.abs() <= NEUTRAL_BAND).mean()), 1),
                "positive": round(100 * float((s > NEUTRAL_BAND).mean()), 1),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    if by == "group":
        table = table.iloc[sorted(range(len(table)), key=lambda i: _group_rank(table.loc[i, by]))]
    return table.reset_index(drop=True)


def compare_groups(table: pd.DataFrame, measure: str = "sentiment") -> pd.DataFrame:
    """Every group present (:data:`ROLE_GROUPS`; politicians, officials,
    citizens first, unknown last) with its counts beside the figures: ``rows``
    (quotes, or quote–target pairs for a target table), ``speakers``, and the
    ``mean``, ``sd``, ``min`` and ``max`` of ``measure`` (``sentiment`` for a
    scored quote table, ``stance`` for :func:`quote_targets`).

    >>> q = pd.DataFrame({"speaker": ["A", "B", "C"], "role": ["politician", "official",
    ...                   "citizen/witness"], "sentiment": [0.5, 0.1, -0.4]})
    >>> compare_groups(q)[["group", "rows", "mean"]].values.tolist()
    [['politicians', 1, 0.5], ['officials', 1, 0.1], ['citizens', 1, -0.4]]
    """
    columns = ["group", "rows", "speakers", "mean", "sd", "min", "max"]
    _check_table(table, ("role", measure))
    if table.empty:
        return _empty(columns)
    frame = with_groups(table)
    rows = []
    for name, part in frame.groupby("group", sort=False):
        values = part[measure].astype(float).dropna()
        speakers = part["speaker"] if "speaker" in part.columns else pd.Series(dtype=object)
        rows.append(
            {
                "group": name,
                "rows": len(values),
                "speakers": int(speakers[speakers != SPEAKER_NOT_FOUND].nunique()),
                "mean": round(float(values.mean()), 3) if len(values) else float("nan"),
                "sd": round(float(values.std()), 3) if len(values) > 1 else float("nan"),
                "min": round(float(values.min()), 3) if len(values) else float("nan"),
                "max": round(float(values.max()), 3) if len(values) else float("nan"),
            }
        )
    out = pd.DataFrame(rows, columns=columns)
    order = sorted(range(len(out)), key=lambda i: _group_rank(out.loc[i, "group"]))
    return out.iloc[order].reset_index(drop=True)


def verb_list(cues: Iterable[object]) -> str:
    """Reporting verbs as written, most frequent first: "stated ×3, remarked".

    >>> verb_list(["said", "stated", "said", None])
    'said ×2, stated, (none) ×1'
    """
    counts = Counter(c.lower() if isinstance(c, str) and c else "(none)" for c in cues)
    return ", ".join(f"{c} ×{n}" if n > 1 or c == "(none)" else c for c, n in counts.most_common())


def framing_overview(scored: pd.DataFrame, by: str = "group") -> pd.DataFrame:
    """How the writer introduces each ``by`` value's quotes: the verbs
    (:func:`verb_list`), the framing categories counted
    (:func:`nbutils.framing.frame`), and the share of quotes with a cue that
    are introduced by a non-neutral verb (``marked_share``, %)."""
    from nbutils.framing import STANCE, add_framing

    _check_table(scored, ("cue", "role"))
    columns = [by, "quotes", "verbs", "framing", "marked_share"]
    if scored.empty:
        return _empty(columns)
    frame = add_framing(with_groups(scored))
    rows = []
    for name, part in frame.groupby(by, sort=False):
        cats = Counter(part["framing"])
        with_cue = [c for c in part["framing"] if c not in ("none", "unknown")]
        marked = sum(STANCE.get(c) != "neutral" for c in with_cue)
        rows.append(
            {
                by: name,
                "quotes": len(part),
                "verbs": verb_list(part["cue"]),
                "framing": ", ".join(f"{c} {n}" for c, n in cats.most_common()),
                "marked_share": round(100 * marked / len(with_cue), 1)
                if with_cue
                else float("nan"),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    key = (
        (lambda i: _group_rank(table.loc[i, by]))
        if by == "group"
        else (lambda i: (-table.loc[i, "quotes"], str(table.loc[i, by])))
    )
    return table.iloc[sorted(range(len(table)), key=key)].reset_index(drop=True)


def group_overview(scored: pd.DataFrame, reactions: pd.DataFrame | None = None) -> pd.DataFrame:
    """How each side reacted, in one row per group (officials, citizens, other
    roles): who was quoted, the number of quotes, their sentiment written as
    "mean (n, min … max)", the reporting verbs and their framing, and the
    reactions the writer describes for the group outside quotations
    (``narrator``: "dismay — Many (the Ukrainian population)")."""
    columns = ["group", "speakers", "quotes", "sentiment", "verbs", "framing", "narrator"]
    groups: dict[str, dict[str, object]] = {}
    if not scored.empty:
        _check_table(scored, ("speaker", "role", "cue", "sentiment"))
        quotes = with_groups(scored)
        framing = framing_overview(quotes).set_index("group")
        for name, part in quotes.groupby("group", sort=False):
            s = part["sentiment"].dropna()
            sentiment = (
                f"{s.iloc[0]:+z.2f} (one quote)"
                if len(s) == 1
                else f"{s.mean():+z.2f} (n={len(s)}, {s.min():+z.2f} … {s.max():+z.2f})"
                if len(s)
                else ""
            )
            speakers = [x for x in part["speaker"].value_counts().index if x != SPEAKER_NOT_FOUND]
            groups[name] = {
                "group": name,
                "speakers": ", ".join(speakers),
                "quotes": len(part),
                "sentiment": sentiment,
                "verbs": framing.loc[name, "verbs"],
                "framing": framing.loc[name, "framing"],
                "narrator": "",
            }
    if reactions is not None and not reactions.empty:
        told = narrator_table(reactions)
        for name, part in told.groupby("group", sort=False):
            described = []
            for who, words in part.groupby("who", sort=False)["word"]:
                described.append(f"{', '.join(dict.fromkeys(w.lower() for w in words))} — {who}")
            row = groups.setdefault(
                name,
                {
                    "group": name,
                    "speakers": "",
                    "quotes": 0,
                    "sentiment": "",
                    "verbs": "",
                    "framing": "",
                },
            )
            row["narrator"] = "; ".join(described)
    if not groups:
        return _empty(columns)
    ordered = sorted(groups, key=_group_rank)
    return pd.DataFrame([groups[g] for g in ordered], columns=columns)
