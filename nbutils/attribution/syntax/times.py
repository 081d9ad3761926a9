"""Time phrases and datelines: what tells *when*, never *who*.

A noun phrase before or after a cue may be a time (*an hour later*, *that month*,
*on Monday*): the scanners step over it to find the speaker. This module holds the
calendar's words (days, months, time nouns, :data:`CALENDAR_WORDS`) and the steps:

* :func:`after_dateline` — the first token after a dateline (*LONDON — Asked about it*);
* :func:`trailing_time_phrase` / :func:`trailing_adverbials` — where the time phrases
  and the phrases of medium (*in a statement*) ending before a token start;
* :func:`time_phrase` — a noun phrase headed by a time noun (*Each election cycle*);
* :func:`_time_after_np` — a time right after a noun phrase (*the Ledger this spring*);
* :func:`_before_elapsed_time` — a length of time made an adverbial by *later*/*ago*.

It imports only from :mod:`.base`.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(words):
...     return [Tok(w.rsplit("/", 1)[0], n, n + 1, w.rsplit("/", 1)[1])
...             for n, w in enumerate(words.split())]
>>> toks = tagged("LONDON/NNP --/: Asked/VBN about/IN it/PRP")
>>> after_dateline(toks, 0, len(toks))
2
>>> toks = tagged("said/VBD in/IN a/DT statement/NN on/IN Monday/NNP ,/,")
>>> trailing_adverbials(toks, 0, 6)
1
>>> "monday" in CALENDAR_WORDS, "may" in CALENDAR_WORDS
(True, True)
"""

from __future__ import annotations

from nbutils.attribution.frame import DASHES, Tok
from nbutils.attribution.syntax.base import _DOCUMENTS, _SKIP_BEFORE_CUE, NP, PREP_IN_NP
from nbutils.lexicons import word_list

#: Adverbs that turn a length of time before them into a time adverbial (*an hour later*).
_ELAPSED = frozenset("later earlier ago afterward afterwards".split())


#: Words that may open such a length of time (*about an hour*, *two full days*).
_ELAPSED_OPENERS = frozenset(
    "a an about almost nearly some several few just barely one than less more over under".split()
)


def _before_elapsed_time(toks: list[Tok], k: int, c: int, lo: int) -> int:
    """Step k over a length of time that the skipped words before the cue at c made an
    adverbial: in *released a statement about an hour later saying*, *an hour* is when,
    not who, so the subject is looked for before it (k then points at *statement*).

    Returns k unchanged when toks[k] is no time noun or no *later*/*ago* follows it.
    """
    if not (
        lo <= k < c - 1
        and toks[k].low in _TIME_NOUNS
        and any(t.low in _ELAPSED for t in toks[k + 1 : c])
    ):
        return k
    m = k - 1
    while m >= lo and (
        toks[m].low in _ELAPSED_OPENERS or toks[m].tag in ("CD", "JJ") and toks[m].low != "last"
    ):
        m -= 1
    while m >= lo and (toks[m].low in _SKIP_BEFORE_CUE or toks[m].tag in ("RB", "MD")):
        m -= 1
    return m


def after_dateline(toks: list[Tok], lo: int, hi: int) -> int:
    """Skip a dateline opening the clause: *LONDON, May 3 (UPI) — Asked about it …*."""
    if lo < hi and toks[lo].text.isupper() and len(toks[lo].text) > 1:
        dash = next((m for m in range(lo, min(hi, lo + 12)) if toks[m].text in DASHES), None)
        if dash is not None:
            return dash + 1
    return lo


_TIME_NOUNS = word_list("time_nouns")


#: Words that open a time phrase before a time noun (*this spring*, *last week*).
_TIME_OPENERS = frozenset("this last next that each every early late".split())


#: Days that end a noun phrase on their own (*told the council Monday*).
_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today
tonight""".split()
)


_TIME_WORDS = _DAYS | _TIME_NOUNS


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


#: Days and months (and *today*, *tonight*): capitalised, they still name no one.
CALENDAR_WORDS = _DAYS | _MONTHS


def _time_after_np(toks: list[Tok], j: int) -> bool:
    """Does a time phrase start at token ``j``, after a noun phrase (*this spring*, *Monday*)?

    >>> toks = [Tok("the", 0, 3, "DT"), Tok("Ledger", 4, 10, "NNP"), Tok("this", 11, 15, "DT"),
    ...         Tok("spring", 16, 22, "NN")]
    >>> _time_after_np(toks, 2), _time_after_np(toks, 1)
    (True, False)
    """
    low = toks[j].text.lower()
    if not (
        toks[j - 1].tag.startswith("NN")
        or toks[j - 1].tag == "VBN"
        and j >= 2
        and toks[j - 2].tag.startswith("NN")
    ):  # ("a report released last year": after the noun's participle)
        return False  # "a Wednesday editorial": the day modifies what follows
    if low in _DAYS:
        return True
    return low in _TIME_OPENERS and j + 1 < len(toks) and toks[j + 1].text.lower() in _TIME_NOUNS


#: Words that may make up a time adverbial after a verb (*on Monday*, *earlier this week*,
#: *in the morning*, *two days ago*), besides days, months and time nouns.
_TIME_ADVERBIAL_WORDS = _TIME_OPENERS | frozenset(
    "on in at during over the a earlier later ago late early".split()
)


def trailing_time_phrase(toks: list[Tok], lo: int, k: int) -> int:
    """Where a time adverbial that ends right before token ``k`` starts (*said on Monday*,
    *said last week*, *said yesterday*, *said earlier this month*); ``k`` when there is none.
    The phrase has at most five words and names a day, a month or a time noun.

    >>> toks = [Tok("Lee", 0, 3, "NNP"), Tok("said", 4, 8, "VBD"), Tok("on", 9, 11, "IN"),
    ...         Tok("Monday", 12, 18, "NNP"), Tok(",", 18, 19, ",")]
    >>> trailing_time_phrase(toks, 0, 4), trailing_time_phrase(toks, 0, 2)
    (2, 2)
    """
    m = k
    while (
        m > lo
        and k - m < 5
        and (
            toks[m - 1].low in _TIME_ADVERBIAL_WORDS | _TIME_WORDS | _MONTHS
            or toks[m - 1].tag == "CD"
        )
    ):
        m -= 1
    while m < k and toks[m].low in ("the", "a"):
        m += 1  # (a phrase starts at its preposition or its first time word)
    if m < k and any(t.low in _TIME_WORDS | _MONTHS for t in toks[m:k]):
        return m
    return k


def _trailing_medium_phrase(toks: list[Tok], lo: int, k: int) -> int:
    """Where a phrase naming the medium of a report that ends right before token ``k`` starts
    (*said in a statement*, *told reporters in a phone interview*, *said on his podcast*);
    ``k`` when there is none."""
    if k - 1 <= lo or toks[k - 1].low not in _DOCUMENTS:
        return k
    m = k - 1
    while m > lo and k - m < 5 and toks[m - 1].tag in ("DT", "PRP$", "JJ", "NN", "CD", "HYPH"):
        m -= 1
    return m - 1 if m - 1 > lo and toks[m - 1].low in ("in", "on", "during") else k


def trailing_adverbials(toks: list[Tok], lo: int, k: int) -> int:
    """Where the time phrases and the phrases of medium that end right before token ``k``
    start (*said in a statement on Monday*); ``k`` when there are none."""
    while True:
        m = trailing_time_phrase(toks, lo, k)
        if m == k:
            m = _trailing_medium_phrase(toks, lo, k)
        if m == k:
            return k
        k = m


def time_phrase(toks: list[Tok], np: NP) -> bool:
    """Is ``np`` headed by a time noun (*that month on CNN*, *Each election cycle*)?"""
    cut = next((k for k in range(np.i, np.j) if toks[k].text.lower() in PREP_IN_NP), np.j)
    return cut > np.i and toks[cut - 1].text.lower() in _TIME_NOUNS
