"""Turning a pair of marks into a :class:`Quote`.

:func:`_make` builds the record and its kind; :func:`_add` and :func:`_add_double` put a
quote into the finder's list (a double quote met inside an open one ends it there).
"""

from __future__ import annotations

import re

from nbutils.quotes.kinds import _classify
from nbutils.quotes.marks import Quote, _Open


def _make(
    text: str,
    start: int,
    end: int,
    open_mark: str,
    close_mark: str,
    style: str,
    closed: bool,
    paragraphs: int,
    lo: int,
) -> Quote | None:
    """The quote from ``start`` to ``end``, or None when nothing is said between the marks.

    >>> _make('He said "".', 8, 10, '"', '"', "double", True, 1, 0) is None
    True
    >>> _make('He said "Yes."', 8, 14, '"', '"', "double", True, 1, 0).content
    'Yes.'
    """
    c0 = start + len(open_mark)
    c1 = end - len(close_mark)
    if _NOTHING_SAID.fullmatch(text, c0, c1):
        return None  # only spaces or marks between the marks: no quotation
    if _NOT_SAID.fullmatch(text, c0, c1) or (
        start > 0 and text[start - 1] == "=" and open_mark == '"'
    ):  # (APPLAUSE), "Related:", <tweet tweet-date="…">: a stage direction, a label, markup
        return None
    if not closed:
        while c1 > c0 and text[c1 - 1].isspace():
            c1 -= 1
        end = c1
    kind = _classify(text, start, end, c0, c1, lo)
    return Quote(
        start,
        end,
        c0,
        c1,
        open_mark,
        close_mark,
        style,
        kind,
        closed,
        paragraphs,
        text[start:end],
        text[c0:c1],
    )


#: What a pair of marks holds that nobody says: a stage direction in parentheses or
#: brackets (*(CROSSTALK)*), or a one-word label with its colon (*Related:*).
_NOT_SAID = re.compile(r"\s*(?:[(\[][^()\[\]\n]{1,40}[)\]]\.?|[A-Z][a-z]{2,20}:)\s*")
#: What a pair of marks holds when nothing is said: spaces and quotation marks only.
_NOTHING_SAID = re.compile(r"(?:\s|''|``|[\"“”„‟«»‹›‘’'‚])*")


def _add(quotes: list[Quote], quote: Quote | None) -> None:
    if quote is not None:
        quotes.append(quote)


def _add_double(
    quotes: list[Quote], text: str, opened: _Open, end: int, close_mark: str, lo: int
) -> None:
    """Add the double quote ``opened`` that ends at ``end``: closed by ``close_mark``, or left
    open (``""``) where the next quote or the paragraph begins."""
    quote = _make(
        text,
        opened.start,
        end,
        opened.mark,
        close_mark,
        "double",
        bool(close_mark),
        opened.paragraphs,
        lo,
    )
    _add(quotes, quote)
