"""Scanning a paragraph, and single quotes used as speech marks.

:func:`_scan` is the one linear pass over a paragraph's marks. Single quotes count only in
pairs found in one paragraph; they are speech marks on their own in headlines and British
text (:func:`_single_speech`, :func:`_body_singles`, :func:`_quotes_with_single`), and
nested quotes inside double ones (:func:`_singles_around_doubles`).
"""

from __future__ import annotations

import bisect
import re

from nbutils.quotes.headlines import _headline_clause, _headline_spoken, _spoken_to
from nbutils.quotes.kinds import _spoken, _spoken_after
from nbutils.quotes.lines import (
    _headline_line,
    _opens_paragraph,
    _opens_single,
    _para_start,
    _turn_line,
)
from nbutils.quotes.making import _add, _add_double, _make
from nbutils.quotes.marks import (
    _DOUBLE_ANY,
    _MARK,
    _WORD,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    Quote,
    _double_direction,
    _flanks,
    _is_apostrophe,
    _look_behind,
    _next,
    _Open,
    _plural_possessive,
)

#: A single mark that may open a quoted sentence (after a space, a bracket, a colon or a
#: dash, before a capital): only then can a single quote hold a double one.
_SINGLE_SENTENCE_OPEN = re.compile(r"(?:^|(?<=[\s(\[:—–-]))['‘‚‹][\W_]*[A-Z0-9…]", re.MULTILINE)


def _singles_around_doubles(
    text: str, quotes: list[Quote], outer: list[Quote], paragraphs: list[tuple[int, int]]
) -> list[Quote]:
    """A single-quoted sentence of speech that holds a double-quoted one (*Patel said:
    'My father told me, "Never borrow," and I never have.'*), in a text that otherwise
    quotes with double marks: the single quote (from the ``outer`` scan, which lets single
    marks hold double ones) replaces the double quotes inside it — when it is a sentence
    introduced as speech (a colon, a reporting verb, or its reporting clause after it)
    and no double quote runs across its marks. Both lists are in order: one pass.

    >>> [q.content for q in find_quotes("Lee said: 'Mum told me, \\"Stay,\\" and I did.'")]
    ['Mum told me, "Stay," and I did.']
    """
    out: list[Quote] = []
    starts = [p[0] for p in paragraphs]
    k = 0
    for s in outer:
        if s.style != "single" or not _SENTENCE_CONTENT.match(s.content):
            continue
        while k < len(quotes) and quotes[k].end <= s.start:
            out.append(quotes[k])
            k += 1
        inside = k
        while inside < len(quotes) and quotes[inside].end <= s.end:
            inside += 1
        if (
            inside == k
            or quotes[k].start < s.start
            or (inside < len(quotes) and quotes[inside].start < s.end)
        ):
            continue  # nothing inside, or a double quote across its marks
        lo, hi = paragraphs[bisect.bisect_right(starts, s.start) - 1]
        before = _look_behind(text, lo, s.start)
        if _spoken(before) or _spoken_to(before) or _spoken_after(s, text[s.end : hi]):
            out.append(s)
            k = inside
    return out + quotes[k:]


def _scan(text: str, paragraphs: list[tuple[int, int]], singles_outer: bool) -> list[Quote]:
    """One pass over the marks of every paragraph (see the module docstring).

    With ``singles_outer`` a single quote holds the double quotes inside it
    (they are dropped when it closes); otherwise a double quote holds single ones.
    """
    quotes: list[Quote] = []
    open_double: _Open | None = None
    #: a single quote that opened a paragraph and runs on into the next one, which reopens
    #: it (British style: 'I told the House … ¶ 'I cannot …'): (start, mark, inner, paragraphs,
    #: the first paragraph's start)
    carried: tuple[int, str, int, int, int] | None = None
    for index, (lo, hi) in enumerate(paragraphs):
        single: tuple[int, str, int] | None = None
        first_mark = True
        consumed = lo  # marks before this offset already belong to a quote
        if carried is not None:
            single = carried[:3]
        for m in _MARK.finditer(text, lo, hi):
            i, j = m.span()
            if i < consumed:
                continue
            mark = m.group()
            leading = first_mark and not text[lo:i].strip()
            first_mark = False
            if carried is not None and leading and mark in SINGLE_OPEN:
                continue  # the continuation mark of a single quote over paragraphs
            if mark in _DOUBLE_ANY:
                if mark == "''" and _is_apostrophe(text, i, i + 1, lo, hi):
                    continue
                opens, closes = _flanks(text, i, j, lo, hi)
                direction = _double_direction(mark, opens, closes, open_double is not None)
                if (
                    open_double is not None
                    and leading
                    and open_double.paragraphs > 0
                    and direction == "open"
                    and open_double.start < lo
                ):
                    continue  # continuation mark of a multi-paragraph quote
                if direction == "open":
                    if open_double is not None:  # never closed: end it before this mark
                        _add_double(quotes, text, open_double, i, "", lo)
                    open_double = _Open(i, mark, 1)
                    if not singles_outer:
                        single = None
                elif open_double is not None:
                    if (
                        mark == "''"
                        and text.startswith("'", j)
                        and not _next(text, j + 1, hi).isalnum()
                    ):
                        j += 1  # ,''' = a nested 'single' quote closing, then the quote
                        consumed = j
                    lo_open = _para_start(paragraphs, open_double.start, index)
                    _add_double(quotes, text, open_double, j, mark, lo_open)
                    open_double = None
                continue
            if open_double is not None:
                continue  # single marks inside double quotes: nested or apostrophes
            if _is_apostrophe(text, i, j, lo, hi):
                continue
            opens, closes = _flanks(text, i, j, lo, hi)
            if single is None:
                if mark in SINGLE_OPEN and opens and not closes:
                    single = (i, mark, len(quotes))
            elif mark in SINGLE_CLOSE and closes and not opens:
                if mark == "'" and _plural_possessive(text, i, j, hi):
                    continue  # 'Families' needs come first,': an apostrophe, not the close
                s, om, inner = single
                if j - s > len(om) + 1:
                    del quotes[inner:]  # double quotes nested inside (singles_outer only)
                    many, first = (carried[3], carried[4]) if carried is not None else (1, lo)
                    _add(quotes, _make(text, s, j, om, mark, "single", True, many, first))
                single = None
                carried = None
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if (
            single is not None
            and open_double is None
            and single[1] in SINGLE_OPEN
            and single[1] != "'"
            and (carried is not None or not text[lo : single[0]].strip())
            and nxt is not None
            and _opens_single(text, *nxt)
        ):
            # a single quote that opens its paragraph and is not closed there goes on at
            # the next paragraph's opening mark, as a double one does
            carried = (*single, carried[3] + 1 if carried else 2, carried[4] if carried else lo)
        else:
            carried = None
        if open_double is not None:
            if nxt is not None and _opens_paragraph(text, *nxt):
                open_double = _Open(open_double.start, open_double.mark, open_double.paragraphs + 1)
            else:
                lo_open = _para_start(paragraphs, open_double.start, index)
                _add_double(quotes, text, open_double, hi, "", lo_open)
                open_double = None
    return quotes


#: A sentence-like content: capitalised (or opened by an ellipsis), closed by punctuation.
_SENTENCE_CONTENT = re.compile(r"[\W_]*[A-Z0-9…].*[.!?,…;:—–-][\W_]*$", re.DOTALL)


def _single_speech(
    text: str, quotes: list[Quote], paragraphs: list[tuple[int, int]]
) -> list[Quote]:
    """Mark which single-quoted passages are speech marks (``primary``) rather than asides.

    American papers quote with double marks and keep single ones for headlines
    and for quotes inside quotes; British papers quote with single marks. A
    text's single quotes are its speech marks when, outside headline lines,
    they outnumber its double quotes. In a text that quotes with double marks,
    a single-quoted sentence still counts where it is plainly speech: right
    after a reporting verb or a colon (*She added, 'We will listen.'*), after a verb and
    its object (*she told the meeting, 'We …'*), or as
    the next sentence after such a quote. Headline lines — Title-Cased lines,
    and a short one-sentence first line above the body — never count, nor do
    lines in capitals or quotes inside a transcript turn (``A: … 'We …'``),
    which are the speaker's words quoting someone.

    >>> text = '''"Yes," "no" and "maybe," Lee said, then: 'We will pay.' 'All of it.' Not 'that' one.'''
    >>> [(q.content, q.primary) for q in find_quotes(text) if q.style == "single"]
    [('We will pay.', True), ('All of it.', True), ('that', False)]
    >>> [q.primary for q in find_quotes("Ruiz Hails 'A Fair Deal'\\nShe was clear.")]
    [False]
    >>> [q.primary for q in find_quotes("Ruiz Says 'We Will Pay Nothing'\\nShe was clear.")]
    [True]
    """
    if all(q.style == "double" for q in quotes):
        return quotes
    where, body = _body_singles(text, quotes, paragraphs)
    in_body = set(body)  # (a set: one look-up per quote, not a scan of the list)
    said = {  # a headline's own quote: "'We will not sign,' minister says", "Lee Says 'We …'"
        n
        for n, q in enumerate(quotes)
        if q.style == "single"
        and n not in in_body
        and (
            _SENTENCE_CONTENT.match(q.content)
            and _headline_spoken(q, text[q.end : min(q.end + 60, paragraphs[where[n]][1])])
            or _headline_clause(q.content)
            and _spoken_right_before(_look_behind(text, paragraphs[where[n]][0], q.start))
        )
    }
    if len(body) > len(quotes) - sum(q.style == "single" for q in quotes):
        keep = in_body | said  # the text quotes with single marks
    else:
        keep = set()
        for n in body:
            q = quotes[n]
            lo = paragraphs[where[n]][0]
            if (
                not _SENTENCE_CONTENT.match(q.content)
                or len(_WORD.findall(q.content)) < 2
                or q.content.isupper()
            ):
                continue  # not a sentence, or a line in capitals (a headline)
            before = _look_behind(text, lo, q.start)
            if (
                _spoken(before)
                or _spoken_to(before)
                or _spoken_after(q, text[q.end : min(q.end + 60, paragraphs[where[n]][1])])
                or n - 1 in keep
                and where[n] - where[n - 1] <= 1
                and (before == "" or before[-1] in ".!?'’\"”")
            ):
                keep.add(n)
        keep |= said
    return [
        q._replace(primary=False) if q.style == "single" and n not in keep else q
        for n, q in enumerate(quotes)
    ]


def _spoken_right_before(before: str) -> bool:
    """Does ``before`` end with a reporting verb (and its hearer) or a colon, not a
    sentence?"""
    return before[-1:] not in ("", ".", "!", "?") and (_spoken(before) or _spoken_to(before))


def _body_singles(
    text: str, quotes: list[Quote], paragraphs: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """The paragraph index of each quote, and which single quotes are outside headlines."""
    headline: dict[int, bool] = {}
    where = []
    p = 0
    for q in quotes:
        while p + 1 < len(paragraphs) and paragraphs[p + 1][0] <= q.start:
            p += 1
        where.append(p)
        if q.style == "single" and p not in headline:
            headline[p] = _headline_line(text, paragraphs, p) or _turn_line(text, *paragraphs[p])
    return where, [
        n for n, q in enumerate(quotes) if q.style == "single" and not headline[where[n]]
    ]


def _quotes_with_single(
    text: str, quotes: list[Quote], paragraphs: list[tuple[int, int]], tie: bool = False
) -> bool:
    """Does the text quote with single marks: more of them outside headlines than doubles?

    With ``tie``, as many as doubles will do (a first look, before nesting is settled).
    """
    singles = sum(q.style == "single" for q in quotes)
    if singles == 0:
        return False
    body, doubles = len(_body_singles(text, quotes, paragraphs)[1]), len(quotes) - singles
    return body >= doubles if tie else body > doubles
