"""How much of what is reported is quoted.

:func:`content_share` estimates the share of the reported content's letters that lie
inside double marks (PolNeAR's line between a direct and a partial attribution is half),
from :func:`reported_span` and the clause readers below it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nbutils.quotes.clause_ends import _letters, quoted_share
from nbutils.quotes.marks import _WORD, Quote
from nbutils.quotes.reported import reported_span
from nbutils.quotes.subjects import (
    _SENTENCE_BREAK,
    _clause_after_verb,
    _cue_between,
    _inset_report,
    _next_fragment,
    _whole_clause,
)


def content_share(
    text: str,
    quote: Quote,
    quotes: Sequence[Quote],
    frame: tuple[int, int],
    cue: tuple[int, int] | None = None,
    speaker: tuple[int, int] | None = None,
) -> float:
    """How much of the reported content around ``quote`` is quoted (0..1).

    PolNeAR calls an attribution *direct* when at least half of its content's
    letters lie inside double quotation marks; this estimates that share from
    the text alone (:func:`reported_span`, then :func:`quoted_share`), so a
    quoted phrase that is the whole content (*called him a "stiff"*) scores
    high and one woven into a longer reported clause (*said the election was
    "rigged" and …*) scores low. Other quotes in the same content count too,
    including a quote that goes on right after the cue's sentence in the same
    paragraph with no cue of its own (``The plan is "too small," Lee said.
    "We cannot build with it."`` is one content in two fragments).

    >>> text = 'Rutte urged him to "find a way" to mend ties with Washington, she said.'
    >>> q = find_quotes(text)[0]
    >>> cue = (text.index("urged"), text.index("urged") + 5)
    >>> content_share(text, q, [q], (0, len(text)), cue) < 0.5
    True
    >>> text = 'He called the plan "a total and complete disaster."'
    >>> q = find_quotes(text)[0]
    >>> cue = (text.index("called"), text.index("called") + 6)
    >>> content_share(text, q, [q], (0, len(text)), cue) >= 0.5
    True
    """
    lo, hi = reported_span(text, quote, frame, cue, speaker)
    share = quoted_share(text, lo, hi, quotes)
    a, b = _one_that_clause(text, quote, lo, hi)
    if (a, b) != (lo, hi) and quoted_share(text, a, b, quotes) < share:
        # said the fee was "a scandal" and that the firm "…": only its own clause counts
        lo, hi = a, b
        share = quoted_share(text, lo, hi, quotes)
    inset = _inset_report(text, quote, frame, cue, speaker)
    if inset is not None and inset[1] <= lo < hi:  # Its arms, he added, are like "…"
        head = _letters(text, inset[0], inset[1])
        rest = _letters(text, lo, hi)
        quoted = quoted_share(text, inset[0], inset[1], quotes) * head + share * rest
        return quoted / (head + rest) if head + rest else share
    told = cue if cue is not None else speaker
    if (
        share < 0.5
        and told is not None
        and quote.end <= hi <= told[0]
        and not _cue_between(text, lo, quote.start)
    ):
        follow = _next_fragment(text, quote, quotes, hi)
        if follow is not None:  # "… "A," he said. "B."": B is more of the same content
            total = _letters(text, lo, hi)
            extra = _letters(follow.content, 0, len(follow.content))
            share = (share * total + extra) / (total + extra) if total + extra else share
    if share < 0.5 and (_whole_clause(text, quote, lo) or _clause_after_verb(text, quote, lo)):
        return 0.5  # the levy "will fall hardest on renters," …: a clause quoted whole
    if share < 0.5 and _sentence_inside(quote):
        return 0.5  # described it as "awful. … It wears you down," he said: whole sentences
    return share


#: *and that* (or *but that*) opening a second content clause of the same cue (*said the
#: charge was "…" and that the firm "…"*); not *that* as a subject (*and that is all*).
_AND_THAT = re.compile(
    r",?\s+(?:and|but)\s+(?P<that>that)\s+(?!(?:is|was|are|were|has|had|will|would)\b|['’]s\b)"
)


def _one_that_clause(text: str, quote: Quote, lo: int, hi: int) -> tuple[int, int]:
    """The content ``text[lo:hi]`` cut to the one *that* clause holding ``quote`` when a cue
    reports two, coordinated by *and that* (*said the charges were "old news" and that the
    firm "did nothing wrong"*): each clause is its own content, so a quoted word in one is
    not made direct by a long quotation in the other. (:func:`content_share` takes the cut
    only when it lowers the share: a clause with no quotation of its own does not make the
    other one direct.)

    >>> text = 'Lee said the charges were "old news" and that the firm "did nothing wrong at all."'
    >>> q = find_quotes(text)[0]
    >>> a, b = _one_that_clause(text, q, 8, len(text))
    >>> text[a:b]
    ' the charges were "old news"'
    """
    before = None
    for m in _AND_THAT.finditer(text, lo, quote.start):
        before = m
    if before is not None:
        lo = before.start("that")
    after = _AND_THAT.search(text, quote.end, hi)
    if after is not None:
        hi = after.start()
    return lo, hi


def _sentence_inside(quote: Quote) -> bool:
    """Does ``quote`` hold a whole sentence after a first one it ends (a sentence end inside
    it, then a capitalised word, and a closing mark of speech at its end)?

    >>> _sentence_inside(find_quotes('as "awful. It wears you down," he said')[0])
    True
    >>> _sentence_inside(find_quotes('the "U.S. Senate plan" failed')[0])
    False
    """
    content = quote.content.rstrip()
    if content[-1:] not in ".!?,…":
        return False
    m = _SENTENCE_BREAK.search(content)
    return m is not None and len(_WORD.findall(content, m.end())) >= 3
