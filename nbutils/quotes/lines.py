"""Lines of a text the finder treats apart: transcript turns, headlines, paragraph starts.

A transcript's speaker label (``Q:``, ``GREAVES:``) opens a turn whose quotes are nested
(:func:`_turn_line`); a short first line may be a headline (:func:`_headline_line`,
bounded by ``_HEADLINE_MAX``); and a paragraph may open with a mark that goes on a quote
(:func:`_opens_single`, :func:`_opens_paragraph`).
"""

from __future__ import annotations

import re

from nbutils.quotes.marks import _MARK, _WORD, DOUBLE_CLOSE, SINGLE_OPEN, _flanks
from nbutils.quotes.subjects import _INNER_STOP

# quotes.py bound _LABEL twice, this first pattern among the marks' and the second one
# below; every reader saw the second. Both are kept here, in their old order.
_LABEL = re.compile(r"\(?[A-Z][A-Z.'’ -]{1,30}[A-Z.]:\s")

#: A transcript turn: ``Q:``, ``A:`` or a speaker's name in capitals, then a colon.
#: A transcript's speaker label opening a line (``GREAVES: ``, ``Q: ``).
_LABEL = re.compile(r"\s*(?:[QA]|\(?[A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s")
_TURN = re.compile(r"\s*(?:[QA]|\(?[A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s+(?![\"“‘'])")


def _turn_line(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a transcript turn (its words are a speaker's, quotes inside are nested)?
    Not when the turn itself is quoted, the label outside the marks (``GREAVES: '…'``)."""
    return bool(_TURN.match(text, lo, hi))


#: The longest line read as a possible headline: a headline or subhead is one line of a
#: few words (the records of the default article, the demo corpus and PolNeAR dev and
#: train are the same with and without this bound).
_HEADLINE_MAX = 600


def _headline_line(text: str, paragraphs: list[tuple[int, int]], p: int) -> bool:
    """Is paragraph ``p`` a headline: Title-Cased, or a short first line above a body?"""
    lo, hi = paragraphs[p]
    if hi - lo > _HEADLINE_MAX:
        return False  # a paragraph of prose, not a headline (and not read word by word)
    label = _LABEL.match(text, lo, hi)  # (a transcript's "GREAVES: " is no headline word)
    words = [w for w in _WORD.findall(text, label.end() if label else lo, hi) if w[0].isalpha()]
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
        return True
    return (
        p == 0 and len(paragraphs) > 1 and len(words) <= 25 and not _INNER_STOP.search(text, lo, hi)
    )


def _para_start(paragraphs: list[tuple[int, int]], offset: int, index: int) -> int:
    while index > 0 and paragraphs[index][0] > offset:
        index -= 1
    return paragraphs[index][0]


def _opens_single(text: str, lo: int, hi: int) -> bool:
    """Does the paragraph text[lo:hi] begin with a curly opening single mark and a word?"""
    k = lo
    while k < hi and text[k].isspace():
        k += 1
    return k + 1 < hi and text[k] == "‘" and text[k + 1].isalnum()


def _opens_paragraph(text: str, lo: int, hi: int) -> bool:
    """Does the paragraph text[lo:hi] begin with an opening double mark?"""
    k = lo
    while k < hi and text[k].isspace():
        k += 1
    m = _MARK.match(text, k, hi)
    if not m or m.group() in SINGLE_OPEN or m.group() in DOUBLE_CLOSE:
        return False
    if _LABEL.match(text, m.end(), hi):
        return False  # a transcript turn ("WALLACE: …") starts a new quote
    return _flanks(text, m.start(), m.end(), lo, hi)[0]
