"""Name finder speedups (nbutils.speakers.names): each faster way of reading a text finds
exactly what the plain way finds, on random texts built from the hard cases (names,
connectors, quotation marks of every kind, abbreviations, odd spaces)."""

from __future__ import annotations

import random
import re

import pytest

from nbutils.speakers import headlines as H
from nbutils.speakers import names as N

_POOL = (
    "Food and Drug Administration Ann Tom Sen. U.S. the union Allied Workers x AND Bank Mr. "
    "Dr Margaret Peggy Trevanion Robert Bob Hale Operation Desert Storm The Iron Lady said "
    "says according to According ACCORDING spokesman a an of for Supporters' Trust O'Neil "
    "Jean-Pierre Élodie Ørsted À la WASHINGTON — (AP) he She It Said J. R. McCain NATO , . ? ! "
    "; : ' ‘ ’ \" “ ” — – -- ( ) \n \t \xa0 'Peggy' ‘Bo’ \"Bob\" “Bob” 'tis o’clock don't"
).split(" ")
_CHARS = "aAbBzZ '\"‘’“”\n\t\xa0.,;:!?-—–()ÀÉØÞ_019"


def random_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` texts: words of the pool with random separators, or random characters."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < 0.7:
            words = [rng.choice(_POOL) for _ in range(rng.randint(1, 50))]
            seps = rng.choices([" ", " ", " ", "", "\n", "\xa0", "  ", "\t"], k=len(words))
            out.append("".join(w + s for w, s in zip(words, seps, strict=True)))
        else:
            out.append("".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 150))))
    return out


def _found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("name", "lookahead"),
    [("_RUN", N._CAPITAL_FIRST), ("_AND_ORG", N._CAPITAL_FIRST), ("_NICKNAME", "(?=[A-Z])")],
)
def test_a_capital_first_lookahead_changes_no_match(name: str, lookahead: str) -> None:
    fast = getattr(N, name)
    assert fast.pattern.startswith(lookahead)
    plain = re.compile(fast.pattern.removeprefix(lookahead), fast.flags)
    for text in random_texts(2000):
        assert _found(fast, text) == _found(plain, text), text


def test_according_before_tried_only_near_according_finds_what_the_pattern_finds() -> None:
    rng = random.Random(11)
    pool = "according According ACCORDING to the a his report from by with , . Ann Lee".split()
    pool += ["trust's ecologist", "\n", "  ", "x" * 30, "spokeswoman for the firm"]
    pool += ["according to", "According to", "according  to the", "to Ann Lee,"]
    texts = [" ".join(rng.choices(pool, k=rng.randint(1, 30))) for _ in range(300)]
    texts += random_texts(100, seed=11)
    hits = 0
    for text in texts:
        found = [m.start() for m in N._ACCORDING.finditer(text)]
        for at in range(len(text) + 1):
            plain = N._ACCORDING_BEFORE.search(text, max(0, at - 80), at) is not None
            assert N._according_before(text, at, found) == plain, (text, at)
            hits += plain
    assert hits > 200  # (the texts do test it)


def test_split_title_answers_are_fresh_lists() -> None:
    title, name = N.split_title(["Mayor", "Ana", "Ruiz"])
    name.append("x")  # a caller may change what it was given: the next answer is whole
    assert N.split_title(["Mayor", "Ana", "Ruiz"]) == (["Mayor"], ["Ana", "Ruiz"])


def test_nicknames_tried_at_their_marks_find_what_a_full_scan_finds() -> None:
    rng = random.Random(9)
    pool = ["Ann", "'Bo'", "‘Bo’", '"Bo"', "“Bo”", "'Bo", "Bo'", "Jean-Paul", "O'Neil", "x-Ray"]
    pool += ["Dr.", "the", "'We", "will'", "Lee", "\n", "\t", "\xa0", "A9", "Élan", "'Big Bo'"]
    pool += ["“Big Jo”", "-", ".", "Mc-Kay.", "'", '"', "Bob's"]
    texts = random_texts(500, seed=9)
    for _ in range(2000):
        words = rng.choices(pool, k=rng.randint(1, 30))
        texts.append("".join(w + rng.choice([" ", " ", "", "  ", "\xa0", "\t"]) for w in words))
    found = 0
    for text in texts:
        fast = [(m.span(), m.groups()) for m in N._nickname_matches(text)]
        assert fast == _found(N._NICKNAME, text), text
        found += len(fast)
    assert found > 300  # (the texts do hold nicknames)


def test_a_title_cased_line_is_judged_as_by_counting_every_word() -> None:
    def counted(line: str) -> bool:
        words = H._TITLE_WORD.findall(line)
        short = H._ANY_WORD.findall(line) if len(line) <= 100 else []
        return (
            len(words) >= 4
            and sum(w[0].isupper() for w in words) >= 0.9 * len(words)
            or 3 <= len(short) <= 14
            and not line.endswith((",", ";", ":"))
            and all(w[0].isupper() or w[0].isdigit() for w in short)
        )

    rng = random.Random(4)
    pool = "Jane Roe Said To Quit Race the of and Mayor Says 2024 Left Drown, ; : . Über".split()
    lines = [" ".join(rng.choices(pool, k=rng.randint(1, 40))) for _ in range(5000)]
    lines += [t.strip() for t in random_texts(1000, seed=4)]
    assert sum(map(counted, lines)) > 500  # (title-cased lines are among them)
    for line in lines:
        assert H._title_cased(line) == counted(line), line
