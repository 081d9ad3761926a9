"""Stance averaged: per speaker or group and target, always with the number of quotations.

* :func:`stance_table` (long form) and :func:`stance_matrix` (a speaker × target grid);
* :func:`stance_grid` / :func:`stance_overview` — the table the lesson shows: a row per
  group and per speaker, the whole-quote sentiment in its own labelled column
  (:data:`ALL_QUOTES`), then the most-mentioned targets, each cell "mean (n=…)";
* :func:`country_stance` — the stance toward each country's side
  (:func:`~nbutils.reactions.countries.country_of`).

``measure="sentiment"`` averages the whole quote's sentiment instead of the stance
(:data:`STANCE`) — a different question. It imports from :mod:`.base` only.
"""

from __future__ import annotations

import pandas as pd

from nbutils.reactions.base import (
    _check_table,
    _empty,
    _group_rank,
    _labelled,
    role_group,
    with_groups,
)
from nbutils.speakers import SPEAKER_NOT_FOUND

#: What the stance tables average by default: the stance toward each target
#: (:mod:`nbutils.stance`). ``measure="sentiment"`` averages the whole quote's
#: sentiment instead — a different question ("how pleasant was what they said?").
STANCE = "stance"


def _measure(targets: pd.DataFrame, measure: str) -> str:
    if measure not in ("stance", "sentiment"):
        raise ValueError(f"measure must be 'stance' or 'sentiment', got {measure!r}")
    return measure


def stance_table(targets: pd.DataFrame, by: str = "speaker", measure: str = STANCE) -> pd.DataFrame:
    """Long form: for each ``by`` value (``speaker`` or ``role``/``group``) and
    target, ``n`` quotes mentioning the target and the ``mean`` and ``sd`` of
    ``measure`` (the stance toward the target, or the whole quote's
    sentiment). Use :func:`stance_matrix` for the speaker × target grid."""
    columns = [by, "target", "target_kind", "n", "mean", "sd"]
    measure = _measure(targets, measure)
    if by == "group" and "group" not in targets.columns and "role" in targets.columns:
        targets = targets.assign(group=[role_group(r) for r in targets["role"]])
    _check_table(targets, (by, "target", measure))
    if targets.empty:
        return _empty(columns)
    frame = targets.assign(**{by: _labelled(targets[by])})
    table = (
        frame.groupby([by, "target"], sort=False)
        .agg(
            target_kind=("target_kind", "first"),
            n=(measure, "size"),
            mean=(measure, "mean"),
            sd=(measure, "std"),
        )
        .reset_index()
    )
    table = table.round({"mean": 3, "sd": 3})
    return table.sort_values(["n", by, "target"], ascending=[False, True, True])[
        columns
    ].reset_index(drop=True)


def stance_matrix(
    targets: pd.DataFrame, by: str = "speaker", min_n: int = 1, measure: str = STANCE
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(means, counts)``: two ``by`` × target grids of ``measure`` (rows sorted
    by the number of quotes, columns by how often the target is mentioned).
    Cells with fewer than ``min_n`` quotes are NaN in ``means``; ``counts``
    always says n."""
    long = stance_table(targets, by, measure)
    if long.empty:
        return pd.DataFrame(), pd.DataFrame()
    means = long.pivot(index=by, columns="target", values="mean")
    counts = long.pivot(index=by, columns="target", values="n").fillna(0).astype(int)
    rows = counts.sum(axis=1).sort_values(ascending=False).index
    cols = counts.sum(axis=0).sort_values(ascending=False).index
    means, counts = means.loc[rows, cols], counts.loc[rows, cols]
    return means.where(counts >= min_n), counts


def _cell(mean: float, n: int) -> str:
    return "" if n == 0 or pd.isna(mean) else f"{mean:+z.2f} (n={n})"


#: The first column of :func:`stance_grid`: the whole-quote sentiment of every
#: quote of the row — labelled as such, since the other columns are stances.
ALL_QUOTES = "all their quotes (sentiment)"


def stance_grid(
    targets: pd.DataFrame, scored: pd.DataFrame, max_targets: int = 8, measure: str = STANCE
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(means, counts)`` of the stance table: one row per group (politicians,
    officials, citizens, other roles) followed by one row per speaker of the
    group; one column :data:`ALL_QUOTES` (the whole-quote sentiment of every
    quote of the row, whether it names a target or not), then the
    ``max_targets`` most-mentioned targets. A target cell is the mean
    ``measure`` — by default the stance toward that target — of the row's
    quotes that name it, with ``n`` in ``counts``. Rows are a (group, speaker) MultiIndex; the group's
    own row has speaker ``all <group>``. Quotes with no known speaker count
    in their group's row only (:func:`nbutils.figures.plot_stance_table`
    draws the grid).
    """
    _check_table(scored, ("role", "sentiment"))
    if scored.empty:
        return pd.DataFrame(), pd.DataFrame()
    quotes = with_groups(scored)
    marked = with_groups(targets) if len(targets) else targets
    top = list(marked["target"].value_counts().index[:max_targets]) if len(marked) else []
    keys: list[tuple[str, str]] = []
    for group in sorted(quotes["group"].unique(), key=_group_rank):
        keys.append((group, f"all {group}"))
        speakers = quotes.loc[quotes["group"] == group, "speaker"].value_counts()
        keys += [(group, s) for s in speakers.index if s != SPEAKER_NOT_FOUND]
    means = pd.DataFrame(
        float("nan"),
        index=pd.MultiIndex.from_tuples(keys, names=["group", "speaker"]),
        columns=[ALL_QUOTES, *top],
    )
    counts = pd.DataFrame(0, index=means.index, columns=means.columns)
    for group, speaker in keys:
        rows = quotes["group"] == group
        trows = marked["group"] == group if len(marked) else None
        if not speaker.startswith("all "):
            rows &= quotes["speaker"] == speaker
            trows = trows & (marked["speaker"] == speaker) if trows is not None else None
        values = quotes.loc[rows, "sentiment"].dropna()
        means.loc[(group, speaker), ALL_QUOTES] = values.mean() if len(values) else float("nan")
        counts.loc[(group, speaker), ALL_QUOTES] = len(values)
        for target in top:
            hit = marked.loc[trows & (marked["target"] == target), measure].dropna()
            counts.loc[(group, speaker), target] = len(hit)
            means.loc[(group, speaker), target] = hit.mean() if len(hit) else float("nan")
    return means.round(3), counts


def stance_overview(
    targets: pd.DataFrame, scored: pd.DataFrame, max_targets: int = 8, measure: str = STANCE
) -> pd.DataFrame:
    """The stance table to read: :func:`stance_grid` with every cell written
    as "mean (n=…)" and empty where the row never names the target.

    >>> q = pd.DataFrame({"speaker": ["Ann", "Bo"], "role": ["official", "citizen/witness"],
    ...                   "sentiment": [0.5, -0.25]})
    >>> t = pd.DataFrame({"speaker": ["Bo"], "role": ["citizen/witness"], "target": ["Ukraine"],
    ...                   "stance": [-0.5]})
    >>> stance_overview(t, q).loc["citizens"].to_dict("index")["Bo"]
    {'all their quotes (sentiment)': '-0.25 (n=1)', 'Ukraine': '-0.50 (n=1)'}
    """
    means, counts = stance_grid(targets, scored, max_targets, measure)
    if means.empty:
        return means
    out = means.astype(object)
    for key in means.index:
        for column in means.columns:
            out.loc[key, column] = _cell(means.loc[key, column], int(counts.loc[key, column]))
    out.columns.name = f"mean {measure} (n quotes) →"
    return out


def country_stance(targets: pd.DataFrame, by: str = "group", measure: str = STANCE) -> pd.DataFrame:
    """Stance toward each *country's side* — the country, its places and the
    people whose title names it (:func:`country_of`: *Washington*, *America*
    and *US President Donald Trump* are all the United States' side) — for
    each ``by`` value: ``n`` quote–target pairs, ``mean``, ``sd`` and the
    ``targets`` that make it up. Targets with no known country are left out.

    >>> t = pd.DataFrame({"speaker": ["A", "B"], "role": ["official", "citizen/witness"],
    ...                   "target": ["Washington", "Donald Trump"],
    ...                   "country": ["United States", "United States"],
    ...                   "stance": [0.4, -0.6]})
    >>> country_stance(t)[["group", "country", "n", "mean"]].values.tolist()
    [['officials', 'United States', 1, 0.4], ['citizens', 'United States', 1, -0.6]]
    """
    columns = [by, "country", "n", "mean", "sd", "targets"]
    if targets.empty or "country" not in targets.columns:
        return _empty(columns)
    frame = with_groups(targets) if "role" in targets.columns else targets
    frame = frame[frame["country"].notna()]
    if frame.empty:
        return _empty(columns)
    frame = frame.assign(**{by: _labelled(frame[by])})
    rows = []
    for (key, country), part in frame.groupby([by, "country"], sort=False):
        values = part[measure].astype(float).dropna()
        rows.append(
            {
                by: key,
                "country": country,
                "n": len(values),
                "mean": round(float(values.mean()), 3) if len(values) else float("nan"),
                "sd": round(float(values.std()), 3) if len(values) > 1 else float("nan"),
                "targets": ", ".join(dict.fromkeys(part["target"])),
            }
        )
    out = pd.DataFrame(rows, columns=columns)
    rank = (
        (lambda i: (_group_rank(out.loc[i, by]), -out.loc[i, "n"]))
        if by == "group"
        else (lambda i: (str(out.loc[i, by]), -out.loc[i, "n"]))
    )
    return out.iloc[sorted(range(len(out)), key=rank)].reset_index(drop=True)
