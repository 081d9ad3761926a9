"""The quotation marks themselves and the record of a quote.

Which glyphs open, close or may do either (``DOUBLE_OPEN``, ``DOUBLE_CLOSE``,
``DOUBLE_EITHER``, ``SINGLE_OPEN``, ``SINGLE_CLOSE``), the one regular expression that
finds every candidate mark, and the reading of one mark by what flanks it
(:func:`_flanks`, :func:`_double_direction`), including the apostrophes that are never
marks (:func:`_is_apostrophe`, :func:`_plural_possessive`). :class:`Quote` is what the
finder returns; :func:`_look_behind` is the bounded window (``_BEHIND``) every kind guess
reads before a quote, which keeps the finder linear.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Marks that open a double quotation (by glyph, when context is silent).
DOUBLE_OPEN = frozenset({"“", "„", "‟", "«", "``"})
#: Marks that close a double quotation (by glyph).
DOUBLE_CLOSE = frozenset({"”", "»"})
#: Marks whose direction only context can tell.
DOUBLE_EITHER = frozenset({'"', "''"})
SINGLE_OPEN = frozenset({"‘", "'", "‚", "‹"})
SINGLE_CLOSE = frozenset({"’", "'", "›"})

_DOUBLE_ANY = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER
_MARK = re.compile(r"''|``|[\"“”„‟«»‹›‘’'‚]")
_ELISION = re.compile(r"(?:\d0s|\d\ds?|em|til|cause|n|tis|twas|bout|round)\b", re.IGNORECASE)
_OPEN_CONTEXT = frozenset(" \t\u00a0([{<—–-/\u2014\u2013")
_CLOSE_CONTEXT = frozenset(" \t\u00a0.,;:!?)]}>—–-/…\u2014\u2013")
_WORD = re.compile(r"[\w’'-]+")

_BYLINE = re.compile(r",?\s*by\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z]")
#: The writer's sentence going on after a quoted word: a verb or a gloss in brackets.
_MENTION_AFTER = re.compile(r"[ \t\u00a0]+(?:\(|(?:is|was|has|means|meant|refers|became|comes)\b)")
#: After a short quote, the sentence saying it was all someone said (*"No comment" was all
#: Lee would say*): words said, not talked about.
_ALL_SAID = re.compile(
    r"[ \t\u00a0]+(?:was|is)\s+all\s+"
    # (not a thing's words: "was all the sign said" keeps a word talked about)
    r"(?!(?:the|a|an|his|her|its|their)\s+(?:note|sign|website|site|label|card|screen|message|"
    r"text|banner|headline|poster|placard|page)\b)"
    r"[^.!?\"“”\n]{1,60}?\b(?:say|said|says|offer|offered)\b"
)
#: A naming participle: what follows in quotes is a name (*a show called "Brokers"*).
_NAMED_BEFORE = re.compile(
    r"\b(?:called|titled|entitled|named|nicknamed|dubbed|known\s+as)$", re.IGNORECASE
)
#: A noun for a written or recorded work, then a comma: a quote after it names the work.
_WORK_BEFORE = re.compile(
    r"\b(?:book|memoir|novel|film|movie|documentary|album|song|poem|essay"
    r"|column|op-ed|editorial|commentary|article|headline|report|study"
    r"|paper|survey|bill|manifesto|pamphlet|podcast|series|play),$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"“”'’»)\]]*\s*$")
#: A quote between two capitalised words, each right beside it: a nickname inside a name
#: (*Margaret 'Peggy' Trevanion*, *Robert "Bob" Hale*), a name, not speech.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*\.?[ \t\u00a0]$")
_NAME_WORD_AFTER = re.compile(r"[ \t\u00a0][A-Z][a-z]")


def nickname_in_name(text: str, start: int, end: int, content: str) -> bool:
    """Is the quote text[start:end] a nickname inside a name: one or two capitalised words
    with a capitalised word right before and right after it?

    >>> t = 'Robert "Bob" Hale said "Yes" Monday.'
    >>> nickname_in_name(t, 7, 12, "Bob"), nickname_in_name(t, 23, 28, "Yes")
    (True, False)
    """
    words = content.split()
    return (
        0 < len(words) <= 2
        and all(w[:1].isupper() and w[1:2].islower() for w in words)
        and content[-1:].isalpha()
        and _NAME_WORD_AFTER.match(text, end) is not None
        and _NAME_WORD_BEFORE.search(text, max(0, start - 30), start) is not None
    )


class Quote(NamedTuple):
    """One quotation: span with marks, content span, marks, style and kind."""

    start: int  #: offset of the opening mark
    end: int  #: offset just after the closing mark (or paragraph end)
    content_start: int  #: first character after the opening mark
    content_end: int  #: last character before the closing mark, exclusive
    open_mark: str
    close_mark: str  #: "" when the quote was never closed
    style: str  #: "double" or "single"
    kind: str  #: "direct", "partial", "title" or "scare" (context-only guess)
    closed: bool
    paragraphs: int  #: how many paragraphs the quote spans (multi-paragraph quotes > 1)
    text: str
    content: str
    #: Quoted with the text's speech marks: double quotes, or single quotes where the text
    #: quotes with them (British style, or a quoted sentence after a cue); counts as quoted
    #: in :func:`quoted_share`.
    primary: bool = True

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _prev(text: str, i: int, lo: int) -> str:
    return text[i - 1] if i > lo else ""


def _next(text: str, j: int, hi: int) -> str:
    return text[j] if j < hi else ""


def _flanks(text: str, i: int, j: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(opens, closes) judged from the characters around text[i:j]."""
    p = text[i - 1] if i > lo else ""  # (_prev and _next inlined: called for every mark)
    n = text[j] if j < hi else ""
    p_open = p == "" or p in _OPEN_CONTEXT or p in "\"“‘'«„"
    n_close = n == "" or n in _CLOSE_CONTEXT or n in "\"”’'»"
    opens = p_open and (
        not n.isspace() and n != "" or n == " " and text.startswith(("…", "..."), j + 1)
    )  # '” … they are not like him,”': a mark, a space, an ellipsis opens
    closes = not p.isspace() and p != "" and n_close
    return opens, closes


class _Open(NamedTuple):
    start: int
    mark: str
    paragraphs: int


def _double_direction(mark: str, opens: bool, closes: bool, inside: bool) -> str:
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if mark in DOUBLE_OPEN:
        return "open"
    if mark in DOUBLE_CLOSE:
        return "close"
    return "close" if inside else "open"


#: Words after a closing mark that go on the writer's sentence (*'the boys' and left*).
_AFTER_CLOSE = frozenset(
    """and or but nor to in on at of for with as that which who whom when where while was were
is are be been had has have from by than so if into about after before because since""".split()
)
#: After a straight mark: a space, then a lower-case word (and the mark before it).
_NEXT_WORD_AFTER_MARK = re.compile(r" ([a-z]+)\b")


def _plural_possessive(text: str, i: int, j: int, hi: int) -> bool:
    """Is the straight ``'`` at ``text[i:j]``, inside an open single quote, the apostrophe
    of a plural possessive (*'Families' needs come first,'*): after an *s*, before a noun
    (a lower-case word that is no function word), with another straight mark later in the
    paragraph to close the quote?

    >>> t = "'Families' needs come first,' she said."
    >>> _plural_possessive(t, 9, 10, len(t)), _plural_possessive(t, 29, 30, len(t))
    (True, False)
    >>> t = "He called them 'the boys' and left, 'twice'."
    >>> _plural_possessive(t, 24, 25, len(t))
    False
    """
    if i == 0 or text[i - 1] != "s":
        return False
    m = _NEXT_WORD_AFTER_MARK.match(text, j, hi)
    if m is None or m.group(1) in _AFTER_CLOSE:
        return False
    return text.find("'", m.end(), hi) >= 0


def _is_apostrophe(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    p = text[i - 1] if i > lo else ""  # (_prev and _next inlined: called for every mark)
    n = text[j] if j < hi else ""
    if p.isalnum() and n.isalnum():
        return True  # I’m, don't, rock'n'roll
    if n and _ELISION.match(text, j, min(hi, j + 6)) and (p == "" or not p.isalnum()):
        return True  # ’90s, 'em, 'til
    return False


#: How far back the kind guess reads: every rule there looks at the last few words only.
_BEHIND = 48


def _look_behind(text: str, lo: int, start: int) -> str:
    """The paragraph's text before ``start``, right-stripped, at most about ``_BEHIND`` long.

    A bounded window (cut at a space, so that a word is not cut in half) keeps the
    cost of each quote constant: searching all of ``text[lo:start]`` before
    every quote would make one long paragraph of quotes quadratic. Empty only
    when nothing but spaces precedes ``start`` in the paragraph.

    >>> text = "It was " + "very " * 100 + 'much "so"'
    >>> _look_behind(text, 0, text.index('"'))
    'very very very very very very very very much'
    >>> _look_behind('  "a"', 0, 2)
    ''
    """
    k = start
    while k > lo and text[k - 1].isspace():
        k -= 1
    a = k - _BEHIND
    if a <= lo:
        return text[lo:k]
    space = text.find(" ", a, k)
    return text[space + 1 if space >= 0 else a : k]


def _rest_of_line(text: str, at: int) -> str:
    """The text from ``at`` to the end of its line (without the line break)."""
    end = text.find("\n", at)
    return text[at : end if end >= 0 else len(text)]
