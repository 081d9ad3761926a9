"""The entry points: :func:`find_quotes` and what is read from its result.

:func:`find_quotes` scans each paragraph once and joins a quote split across paragraphs;
:func:`quote_mask_spans` gives the spans of the double-quoted passages and
:func:`is_sentence_end` tells whether a string ends like a sentence.
"""

from __future__ import annotations

from nbutils.quotes.marks import _SENTENCE_END, Quote
from nbutils.quotes.singles import (
    _SINGLE_SENTENCE_OPEN,
    _quotes_with_single,
    _scan,
    _single_speech,
    _singles_around_doubles,
)
from nbutils.tokenise import line_spans


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in order, non-overlapping; never raises.

    Single-quoted passages nested inside double quotes belong to the outer
    quote and are not reported separately; in a text that quotes with single
    marks (British style, see :func:`_single_speech`) it is the other way
    round, double-quoted passages nested inside single quotes belong to them.

    >>> [q.text for q in find_quotes('"A," he said. "B ‘c’ d."')]
    ['"A,"', '"B ‘c’ d."']
    >>> q = find_quotes('Rutte said "we must') [0]
    >>> q.text, q.closed
    ('"we must', False)
    >>> [q.content for q in find_quotes("'A,' he said. 'B,' she said. 'C \\"d\\" e.'")]
    ['A,', 'B,', 'C "d" e.']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes() needs a str, got {type(text).__name__}")
    paragraphs = line_spans(text)
    quotes = _scan(text, paragraphs, singles_outer=False)
    doubled = any(q.style == "double" for q in quotes)
    if doubled and _quotes_with_single(text, quotes, paragraphs, tie=True):
        outer = _scan(text, paragraphs, singles_outer=True)  # British style: 'He said "no."'
        if _quotes_with_single(text, outer, paragraphs):
            quotes = outer
        else:
            quotes = _singles_around_doubles(text, quotes, outer, paragraphs)
    elif doubled and _SINGLE_SENTENCE_OPEN.search(text):
        outer = _scan(text, paragraphs, singles_outer=True)
        quotes = _singles_around_doubles(text, quotes, outer, paragraphs)
    return _single_speech(text, quotes, paragraphs)


def quote_mask_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of double-quoted passages (marks included).

    >>> quote_mask_spans('a "b" c')
    [(2, 5)]
    """
    return [(q.start, q.end) for q in find_quotes(text) if q.style == "double"]


def is_sentence_end(s: str) -> bool:
    """Does ``s`` end like a sentence (``.``, ``!``, ``?`` and closing marks)?

    >>> is_sentence_end('done."'), is_sentence_end("so,")
    (True, False)
    """
    return bool(_SENTENCE_END.search(s))
