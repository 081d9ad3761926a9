"""Reporting cues (nbutils.cues): the factored pattern finds what the plain one finds."""

from __future__ import annotations

import random
import re

from nbutils.cues import _index, prefix_tree


def _plain_pattern() -> re.Pattern[str]:
    """The lexicon's forms as one flat alternation, longest first (what the prefix tree
    stands for)."""
    forms = sorted(_index()[1], key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w-])", re.IGNORECASE)


def _texts(n: int) -> list[str]:
    """Texts of cue forms, cut, suffixed, in any case, with odd spaces and characters
    that match letters when the case is ignored (the Kelvin sign, the long s, dotted
    and dotless i)."""
    rng = random.Random(5)
    forms = sorted(_index()[1])
    odd = ["K", "ſ", "İ", "ı", "-", "'", "’", "\n", "\xa0", "  ", ",", '"', "é"]
    out = []
    for _ in range(n):
        words = []
        for f in rng.choices(forms, k=rng.randint(1, 8)):
            f = f.replace(" ", rng.choice([" ", "  ", "\n", "\t", "\xa0"]))
            f = rng.choice([f, f, f.upper(), f.capitalize()])
            if rng.random() < 0.3:
                f = f[: rng.randint(1, len(f))] + rng.choice(["", "s", "-", "ed", "'", "ing"])
            if rng.random() < 0.1:
                k = rng.randrange(len(f))
                f = f[:k] + rng.choice(odd) + f[k + 1 :]
            words.append(f)
        out.append(rng.choice([" ", "", "-", "'", "\n", " x "]).join(words))
    return out


def test_the_prefix_tree_matches_what_the_flat_alternation_matches() -> None:
    fast, plain = _index()[0], _plain_pattern()
    texts = _texts(2000) + ["".join(chr(c) for c in range(32, 0x250))]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
    assert sum(len(fast.findall(t)) for t in texts) > 3000  # (the texts do hold cues)


def test_a_prefix_tree_tries_a_longer_form_before_its_prefix() -> None:
    pattern = re.compile(prefix_tree(["calls for", "call for", "calls", "call"]))
    assert pattern.match("calls for").group() == "calls for"
    assert pattern.match("calls fo").group() == "calls"
    assert prefix_tree(["said"]) == "said"


def test_a_form_matched_only_with_the_case_ignored_is_no_cue_and_no_crash() -> None:
    from nbutils.attribution import attribute
    from nbutils.cues import find_cues

    # the dotless i and the Kelvin sign match i and k when the case is ignored, but lower
    # case gives no form of the lexicon: such a word is skipped (it raised KeyError)
    assert [c.text for c in find_cues("Ann Lee ınsisted, then she said so.")] == ["said"]
    assert [c.text for c in find_cues("He \u212anew it.")] == []
    assert len(attribute('Ann Lee ınsisted: "We will win."')) == 1
