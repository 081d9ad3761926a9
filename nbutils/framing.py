"""Reporting-verb framing: how the writer introduces what someone said.

*Rutte said* and *Rutte conceded* report the same words but frame them
differently. Media research sorts reporting verbs into categories (Bergler
1992, *Evidential analysis of reported speech*; Caldas-Coulthard 1994, *On
reporting reporting*, which splits speech-reporting verbs into neutral,
"metapropositional" — assertive, directive, expressive — and descriptive
ones; Thompson & Ye 1991 on evaluation in reporting verbs). The project keeps
ONE lexicon of cues and their categories, ``nbutils/resources/reporting_cues.tsv``, read
by :func:`nbutils.cues.cue_lexicon` (which the attribution engine also uses to
find quotes): this module only documents the categories
(:data:`CATEGORY_DESCRIPTIONS`), maps a cue lemma to its category
(:func:`frame`) and counts framing in a quote table (:func:`framing_table`).

Each category is also placed on a coarser scale (:data:`STANCE`): *neutral*
(the writer adds nothing), *marked* (the writer characterises the speech act:
emphasis, concession, doubt …) and *evaluative* (the verb itself takes a side:
praise or condemnation).

>>> frame("say"), frame("condemn"), frame("urge"), frame("acknowledge")
('neutral', 'negative', 'directive', 'concessive')
>>> frame("stated"), frame(None), frame("zorble")
('neutral', 'none', 'unknown')
>>> stance("praise"), stance("stress"), stance("tell")
('evaluative', 'marked', 'neutral')
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from nbutils.cues import CATEGORIES, category_of, cue_lexicon, lemma_of
from nbutils.speakers import missing_label

#: What each category means, with examples from the lexicon.
CATEGORY_DESCRIPTIONS: dict[str, str] = {
    "neutral": "reports the act of speaking without comment (said, told, added, noted)",
    "inquiry": "reports a question (asked, wondered)",
    "emphatic": "marks insistence or emphasis (stressed, insisted, highlighted, vowed)",
    "assertive": "presents a claim the speaker argues for (argued, claimed, maintained, alleged)",
    "tentative": "presents the words as hedged or uncertain (suggested, believed, cautioned)",
    "concessive": "presents the words as a concession (acknowledged, admitted, conceded)",
    "positive": "the verb itself approves (praised, welcomed, hailed, thanked)",
    "negative": "the verb itself disapproves or opposes (condemned, slammed, warned, denied)",
    "directive": "reports a demand or advice (urged, called for, appealed, demanded)",
    "emotional": "describes the manner of speaking (exclaimed, joked, sighed)",
    "evaluative": "the speaker labels something (called it, described as, dubbed)",
    "source": "names a source without a verb of speaking (according to, in a statement)",
}
#: Category -> coarse framing: neutral, marked or evaluative.
STANCE: dict[str, str] = {
    "neutral": "neutral",
    "inquiry": "neutral",
    "source": "neutral",
    "emphatic": "marked",
    "assertive": "marked",
    "tentative": "marked",
    "concessive": "marked",
    "directive": "marked",
    "emotional": "marked",
    "positive": "evaluative",
    "negative": "evaluative",
    "evaluative": "evaluative",
}
assert set(STANCE) == set(CATEGORIES) == set(CATEGORY_DESCRIPTIONS), "categories out of sync"


@lru_cache(maxsize=1024)
def frame(cue: str | None) -> str:
    """The framing category of a cue lemma (or surface form such as
    ``"stated"``): one of :data:`nbutils.cues.CATEGORIES`, ``"none"`` when
    there is no cue (a follow-on quote) and ``"unknown"`` for a verb the
    lexicon does not list."""
    if not isinstance(cue, str) or not cue.strip():
        return "none"
    key = " ".join(cue.lower().split())
    found = category_of(key)
    if found is None:
        lemma = lemma_of(key)
        found = category_of(lemma) if lemma else None
    if found is None:
        from nltk.stem import WordNetLemmatizer

        from nbutils.nltkdata import require

        require("wordnet")
        found = category_of(WordNetLemmatizer().lemmatize(key, "v"))
    return found or "unknown"


def stance(cue: str | None) -> str:
    """The coarse framing (:data:`STANCE`) of a cue, or ``none``/``unknown``."""
    category = frame(cue)
    return STANCE.get(category, category)


def lexicon_table() -> pd.DataFrame:
    """The documented lexicon: one row per category with its coarse stance,
    description and lemmas (for a notebook to show)."""
    lemmas: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for entry in cue_lexicon():
        lemmas[entry.category].append(entry.lemma)
    return pd.DataFrame(
        [
            {
                "category": c,
                "stance": STANCE[c],
                "description": CATEGORY_DESCRIPTIONS[c],
                "lemmas": ", ".join(lemmas[c]),
            }
            for c in CATEGORIES
        ]
    )


def add_framing(quotes: pd.DataFrame) -> pd.DataFrame:
    """A copy of a quote table with ``framing`` (category) and ``framing_stance``
    from its ``cue_lemma`` column (``cue`` when the lemma is missing)."""
    if "cue_lemma" not in quotes.columns and "cue" not in quotes.columns:
        raise ValueError("quote table lacks a 'cue_lemma' (or 'cue') column")
    out = quotes.copy()
    lemmas = out["cue_lemma"] if "cue_lemma" in out.columns else out["cue"]
    if "cue" in out.columns:
        lemmas = lemmas.where(lemmas.notna(), out["cue"])
    out["framing"] = [frame(c) for c in lemmas]
    out["framing_stance"] = [STANCE.get(c, c) for c in out["framing"]]
    return out


def framing_table(quotes: pd.DataFrame, by: str = "speaker") -> pd.DataFrame:
    """How each ``by`` value (``speaker``, ``role``, ``group``) is framed: quotes
    per framing category, the total ``n``, and the share of non-neutral cues
    (``marked_share``, in percent, of the quotes that have a cue).

    >>> q = pd.DataFrame({"speaker": ["A", "A", "B"], "cue_lemma": ["say", "condemn", None]})
    >>> framing_table(q).to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'speaker': 'A', 'neutral': 1, 'negative': 1, 'none': 0, 'n': 2, 'marked_share': 50.0},
     {'speaker': 'B', 'neutral': 0, 'negative': 0, 'none': 1, 'n': 1, 'marked_share': nan}]
    """
    if by not in quotes.columns:
        raise ValueError(f"quote table lacks column {by!r}")
    if quotes.empty:
        return pd.DataFrame(columns=[by, "n", "marked_share"])
    framed = add_framing(quotes)
    framed[by] = framed[by].where(framed[by].notna(), missing_label(by)).astype(str)
    counts = pd.crosstab(framed[by], framed["framing"])
    order = [c for c in (*CATEGORIES, "unknown", "none") if c in counts.columns]
    counts = counts[order]
    counts["n"] = counts.sum(axis=1)
    with_cue = counts["n"] - counts.get("none", 0)
    marked = counts[
        [c for c in order if STANCE.get(c, "neutral") != "neutral" and c not in ("unknown", "none")]
    ].sum(axis=1)
    counts["marked_share"] = (100 * marked / with_cue.where(with_cue > 0)).round(1)
    table = counts.reset_index().sort_values(["n", by], ascending=[False, True])
    table.columns.name = None
    return table.reset_index(drop=True)
