"""Reporting-verb framing: categories from the one cue lexicon, counted per speaker."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from nbutils import framing
from nbutils.cues import CATEGORIES, cue_lexicon


@pytest.mark.parametrize(
    "cue, category",
    [
        ("say", "neutral"),
        ("said", "neutral"),
        ("told", "neutral"),
        ("condemn", "negative"),
        ("slammed", "negative"),
        ("praised", "positive"),
        ("urge", "directive"),
        ("acknowledged", "concessive"),
        ("stressed", "emphatic"),
        ("suggest", "tentative"),
        ("call for", "directive"),
    ],
)
def test_frame_known_cues(cue: str, category: str) -> None:
    assert framing.frame(cue) == category


def test_frame_missing_and_unknown() -> None:
    assert framing.frame(None) == framing.frame("") == "none"
    assert framing.frame("photosynthesise") == "unknown"


def test_every_lexicon_category_is_documented() -> None:
    used = {e.category for e in cue_lexicon()}
    assert used <= set(framing.CATEGORY_DESCRIPTIONS) == set(CATEGORIES)
    table = framing.lexicon_table()
    assert set(table["category"]) == set(CATEGORIES)
    assert "say" in table.set_index("category").loc["neutral", "lemmas"]


def test_framing_table_counts_and_marked_share() -> None:
    q = pd.DataFrame(
        {
            "speaker": ["A", "A", "A", "B", None],
            "cue_lemma": ["say", "condemn", "stress", "say", "urge"],
        }
    )
    t = framing.framing_table(q).set_index("speaker")
    assert t.loc["A", "n"] == 3 and t.loc["A", "neutral"] == 1 and t.loc["A", "negative"] == 1
    assert t.loc["A", "marked_share"] == pytest.approx(66.7)
    assert t.loc["B", "marked_share"] == 0
    assert t.loc["no speaker found", "directive"] == 1


def test_framing_table_no_cue_and_empty() -> None:
    t = framing.framing_table(pd.DataFrame({"speaker": ["A"], "cue_lemma": [None]}))
    assert t.loc[0, "none"] == 1 and math.isnan(t.loc[0, "marked_share"])
    empty = framing.framing_table(pd.DataFrame({"speaker": [], "cue_lemma": []}))
    assert empty.empty and "n" in empty.columns
    with pytest.raises(ValueError, match="lacks column"):
        framing.framing_table(pd.DataFrame({"cue_lemma": ["say"]}), by="role")
