"""The embedded-report pattern of nbutils.speakers.resolution, searched only where the text
has "that": it finds what the plain pattern finds, for any window."""

from __future__ import annotations

import random

from nbutils.speakers.resolution import _EMBEDDED


def test_the_that_first_search_finds_what_the_pattern_finds() -> None:
    rng = random.Random(3)
    pool = "said says told that he out noted the plan  \n wrote , stated thatch hat that".split(" ")
    hits = 0
    for _ in range(400):
        text = " ".join(rng.choices(pool, k=rng.randint(1, 25)))
        for pos in range(-3, len(text) + 3, 3):
            for endpos in (None, -5, 0, pos + 4, pos + 20, len(text), len(text) + 9):
                fast = _EMBEDDED.search(text, pos, endpos)
                plain = _EMBEDDED.pattern.search(text, pos, len(text) if endpos is None else endpos)
                assert (fast and fast.span()) == (plain and plain.span()), (text, pos, endpos)
                hits += plain is not None
    assert hits > 1000  # (the texts do hold embedded reports)
