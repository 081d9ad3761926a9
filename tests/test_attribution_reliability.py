"""Regression tests for issue #11 inside the engine: no article lost to a crash, and no
search over everything before the current point (the frame of each quote stays bounded).

Speed itself is measured by ``benchmarks/bench_attribution.py --scaling``, never by a
timed test; these tests count the work instead.
"""

from __future__ import annotations

import pytest

import nbutils.attribution.engine as engine
from nbutils.attribution import attribute
from nbutils.attribution.frame import WINDOW


def test_many_quotes_in_one_sentence_after_64_quotes_do_not_crash() -> None:
    # issue #11, item 1: >= 64 quotations and 10 or more in one sentence raised StopIteration
    text = '"Yes," he said.\n' * 54 + "The words were " + \
        ", ".join(f'"w{i}"' for i in range(10)) + "."
    records = attribute(text, include_unattributed=True)
    assert len(records) == 64  # every quotation has its record, none lost
    assert [a.rule for a in records[:54]] == ["quote-speaker-cue"] * 54
    assert all(a.text == f'"w{i}"' for i, a in enumerate(records[54:]))


def test_dense_marks_without_spaces_do_not_crash() -> None:
    text = "\"“”‘’'«»" * 200  # 1,600 marks, no space, no sentence end
    records = attribute(text, include_unattributed=True)
    assert records and all(0 <= a.start < a.end <= len(text) for a in records)
    assert all(text[a.start:a.end] == a.text for a in records)


@pytest.mark.parametrize("unit", ['He said "', "\"“”‘’'«»"], ids=["he-said", "marks"])
def test_each_frame_is_bounded_whatever_came_before(unit: str, monkeypatch) -> None:
    # issue #11, item 2: 100 KB of 'He said "' took 39 s; each quote must be read in a
    # window of its own, not with everything before it
    spans: list[int] = []
    placeholders: list[int] = []
    real = engine.frame_tokens

    def counting(text, lo, hi, quotes, qidx):
        spans.append(hi - lo)
        placeholders.append(len(qidx))
        return real(text, lo, hi, quotes, qidx)

    monkeypatch.setattr(engine, "frame_tokens", counting)
    text = unit * (6_000 // len(unit))  # 6 KB in one paragraph
    records = attribute(text, include_unattributed=True)
    assert len(records) > 300
    assert spans and max(spans) <= 2 * WINDOW + 64  # the window on each side, and the quote
    assert max(placeholders) <= 17  # at most 8 other quotes on each side of the quote
