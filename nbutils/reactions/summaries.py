"""Summaries of a scored quote table: a mean is reported with its n, its words and its spread.

* :func:`summarise` — n quotes, words, mean, sd, min and max per value of a column
  (:func:`speaker_summary` by speaker, :func:`role_summary` by role or group);
* :func:`officials_vs_citizens` — the two groups side by side, with a Mann–Whitney test
  when each has at least two quotes;
* :func:`share_of_voice` — who gets heard: quotes and quoted words, in percent;
* :func:`role_mapping` — :data:`~nbutils.reactions.base.ROLE_GROUPS` as a table to check
  before reading the groups.

It imports from :mod:`.base` and :mod:`.scoring` (words are counted as there).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from nbutils.reactions.base import ROLE_GROUPS, _check_table, _empty, _labelled, role_group
from nbutils.reactions.scoring import word_count
from nbutils.speakers import NO_ROLE


def role_mapping(scored: pd.DataFrame | None = None) -> pd.DataFrame:
    """:data:`ROLE_GROUPS` as a table a reader checks before reading the groups: each role,
    its group, what it means (:data:`nbutils.speakers.ROLES`) and — given a quote table —
    how many quotations and speakers of this text have it, with a last row for the
    quotations whose speaker has no role found (when there are any).

    >>> q = pd.DataFrame({"speaker": ["Al", "Al", "Bo", None],
    ...                   "role": ["sport", "sport", "civil society", None]})
    >>> m = role_mapping(q).set_index("role")
    >>> m.loc["sport", "group"], int(m.loc["sport", "quotes"]), int(m.loc["sport", "speakers"])
    ('sport', 2, 1)
    >>> int(m.loc["no role found", "quotes"]), int(m.loc["no role found", "speakers"])
    (1, 0)
    """
    from nbutils.speakers import ROLES

    rows = [
        {"role": role, "group": group, "means": ROLES.get(role, "")}
        for role, group in ROLE_GROUPS.items()
    ]
    out = pd.DataFrame(rows, columns=["role", "group", "means"])
    if scored is None:
        return out
    _check_table(scored, ("speaker", "role"))
    roles = _labelled(scored["role"]) if len(scored) else pd.Series(dtype=str)
    named = scored["speaker"].notna() & (scored["speaker"].astype(str) != "")
    out["quotes"] = [int((roles == r).sum()) for r in out["role"]]
    out["speakers"] = [
        int(scored.loc[named & (roles == r), "speaker"].nunique()) for r in out["role"]
    ]
    missing = int((roles == NO_ROLE).sum())
    if missing:
        speakers = int(scored.loc[named & (roles == NO_ROLE), "speaker"].nunique())
        extra = {"role": NO_ROLE, "group": NO_ROLE, "means": "", "quotes": missing}
        out = pd.concat([out, pd.DataFrame([{**extra, "speakers": speakers}])], ignore_index=True)
    return out


SUMMARY_COLUMNS = ("quotes", "words", "mean", "sd", "min", "max")


def summarise(scored: pd.DataFrame, by: str | Sequence[str]) -> pd.DataFrame:
    """Sentiment of the quotes of each ``by`` group: ``quotes`` (n), ``words``,
    ``mean``, ``sd`` (NaN for a single quote: there is no spread to report),
    ``min``, ``max``; most quotes first. A missing role or group shows as "no role
    found", a missing speaker as "no speaker found".
    """
    keys = [by] if isinstance(by, str) else list(by)
    _check_table(scored, [*keys, "sentiment", "words"])
    columns = [*keys, *SUMMARY_COLUMNS]
    if scored.empty:
        return _empty(columns)
    frame = scored.assign(**{k: _labelled(scored[k], k) for k in keys})
    table = (
        frame.groupby(keys, sort=False)
        .agg(
            quotes=("sentiment", "size"),
            words=("words", "sum"),
            mean=("sentiment", "mean"),
            sd=("sentiment", "std"),
            min=("sentiment", "min"),
            max=("sentiment", "max"),
        )
        .reset_index()
    )
    table = table.round({"mean": 3, "sd": 3, "min": 3, "max": 3})
    table = table.sort_values(
        ["quotes", "words", *keys], ascending=[False, False, *[True] * len(keys)]
    )
    return table[columns].reset_index(drop=True)


def speaker_summary(scored: pd.DataFrame) -> pd.DataFrame:
    """:func:`summarise` by speaker (with the speaker's role); quotes whose
    speaker was not found are left out."""
    _check_table(scored, ("speaker", "role"))
    known = scored[scored["speaker"].notna() & (scored["speaker"].astype(str) != "")]
    table = summarise(known, ["speaker", "role"])
    return table


def role_summary(scored: pd.DataFrame, by: str = "role") -> pd.DataFrame:
    """:func:`summarise` by ``role`` (or ``group``: officials, citizens …)."""
    if by == "group" and "group" not in scored.columns and "role" in scored.columns:
        scored = scored.assign(group=[role_group(r) for r in scored["role"]])
    return summarise(scored, by)


def officials_vs_citizens(scored: pd.DataFrame) -> pd.DataFrame:
    """Officials (appointed officials, executives, organisations — not
    politicians, see :data:`ROLE_GROUPS`) against citizens:
    n quotes, words, mean, sd, min, max for each, plus the difference of means
    and a Mann–Whitney U test's p-value when both groups have at least two
    quotes (``NaN`` otherwise: too few to test). A group with no quote is
    still listed, with ``quotes`` = 0, so its absence is visible.
    """
    _check_table(scored, ("role", "sentiment", "words"))
    frame = scored.assign(group=[role_group(r) for r in scored["role"]])
    frame = frame[frame["group"].isin(["officials", "citizens"])]
    table = summarise(frame, "group").set_index("group")
    rows = []
    for g in ("officials", "citizens"):
        if g in table.index:
            rows.append({"group": g, **table.loc[g].to_dict()})
        else:
            rows.append(
                {
                    "group": g,
                    "quotes": 0,
                    "words": 0,
                    "mean": float("nan"),
                    "sd": float("nan"),
                    "min": float("nan"),
                    "max": float("nan"),
                }
            )
    out = pd.DataFrame(rows, columns=["group", *SUMMARY_COLUMNS])
    out["quotes"] = out["quotes"].astype(int)
    out["words"] = out["words"].astype(int)
    a = frame.loc[frame["group"] == "officials", "sentiment"].dropna()
    b = frame.loc[frame["group"] == "citizens", "sentiment"].dropna()
    p = float("nan")
    if len(a) >= 2 and len(b) >= 2:
        from scipy.stats import mannwhitneyu

        p = float(mannwhitneyu(a, b, alternative="two-sided").pvalue)
    out.attrs["difference"] = (
        round(float(a.mean() - b.mean()), 3) if len(a) and len(b) else float("nan")
    )
    out.attrs["p_value"] = p
    out["difference_of_means"] = [out.attrs["difference"], float("nan")]
    out["p_value"] = [p, float("nan")]
    return out


def share_of_voice(quotes: pd.DataFrame, by: str = "speaker") -> pd.DataFrame:
    """Who gets heard: quotes and quoted words per ``by`` value (``speaker``,
    ``role`` or ``group``), with shares in percent; largest first.

    >>> q = pd.DataFrame({"speaker": ["A", "A", "B"], "role": ["x", "x", "y"],
    ...                   "text": ["one two", "three", "four five six"]})
    >>> share_of_voice(q)[["speaker", "quotes", "words", "share_of_words"]].to_dict("list")
    {'speaker': ['A', 'B'], 'quotes': [2, 1], 'words': [3, 3], 'share_of_words': [50.0, 50.0]}
    """
    columns = [by, "quotes", "words", "share_of_quotes", "share_of_words"]
    if by == "group" and "group" not in quotes.columns and "role" in quotes.columns:
        quotes = quotes.assign(group=[role_group(r) for r in quotes["role"]])
    _check_table(quotes, (by, "text"))
    if quotes.empty:
        return _empty(columns)
    words = (
        quotes["words"]
        if "words" in quotes.columns
        else quotes["text"].map(lambda t: word_count(str(t)))
    )
    frame = pd.DataFrame({by: _labelled(quotes[by], by), "words": words})
    table = frame.groupby(by).agg(quotes=(by, "size"), words=("words", "sum")).reset_index()
    table["share_of_quotes"] = (100 * table["quotes"] / table["quotes"].sum()).round(1)
    table["share_of_words"] = (100 * table["words"] / max(1, table["words"].sum())).round(1)
    table = table.sort_values(["words", "quotes", by], ascending=[False, False, True])
    return table[columns].reset_index(drop=True)
