"""A headline's quotes: a headline saying that someone said something.

The verbs and clauses of a headline (:func:`_headline_spoken`, :func:`_headline_said`,
:func:`_headline_predicate`, :func:`_headline_clause`) that make a quote in it speech,
and the words it is spoken to (:func:`_spoken_to`).
"""

from __future__ import annotations

import re

from nbutils.quotes.marks import _WORD, Quote
from nbutils.quotes.subjects import _CLAUSE_SUBJECT, _FINITE
from nbutils.quotes.titles import _NAMING_LEMMAS

#: The words after a headline's quote, up to the first mark that ends a clause.
_HEADLINE_AFTER = re.compile(r"[^,;:.!?()\[\]\"“”‘’]*")


def _headline_spoken(q: Quote, after: str) -> bool:
    """Is a single-quoted sentence in a headline followed by its reporting clause, the
    headline way: no article, the verb in the present (*'We will not sign,' Drenovian
    minister says*; *'No Deal Yet,' Says Minister*)?

    >>> q = find_quotes("'We will not sign,' minister says")[0]
    >>> _headline_spoken(q, " minister says"), _headline_spoken(q, " in Paris talks")
    (True, False)
    """
    return _headline_said(q.content, after)


def _headline_said(content: str, after: str) -> bool:
    """:func:`_headline_spoken` on the quote's content."""
    from nbutils.cues import lemma_of

    if not content.rstrip().endswith((",", "?", "!")):
        return False
    m = _HEADLINE_AFTER.match(after)
    words = [w.lower() for w in _WORD.findall(m.group() if m else "")[:5]]
    return any(
        (w.endswith("s") or w in ("said", "told")) and lemma_of(w) is not None for w in words
    )


#: Between a reporting verb and the comma before a quote, these words start a clause of
#: their own (*said he would, …*): the quote is then not the verb's words.
_CLAUSE_WORDS = frozenset(
    "that if whether he she they it we i you would will could can should may might must"
    " is are was were has have had".split()
)


def _spoken_to(before: str) -> bool:
    """Does a reporting verb with a short object or adjunct end the text before a quote,
    closed by a comma (*told the meeting, '…'*, *said on Tuesday, '…'*)?

    >>> _spoken_to("Ann Lee told the meeting,"), _spoken_to("said in a statement,")
    (True, True)
    >>> _spoken_to("said he would,"), _spoken_to("the meeting,"), _spoken_to("told the meeting")
    (False, False, False)
    """
    from nbutils.cues import lemma_of

    before = before.rstrip()
    if not before.endswith(","):
        return False
    words = _WORD.findall(before[-48:])[-5:]
    for k in range(len(words) - 2, -1, -1):
        lemma = lemma_of(words[k])
        if lemma is not None and lemma not in _NAMING_LEMMAS:
            return not any(w.lower() in _CLAUSE_WORDS for w in words[k + 1 :])
    return False


def _headline_predicate(before: str, words: list[str]) -> bool:
    """Is a Title-Cased quote the predicate of a clause a headline reports: a capitalised
    reporting verb in the present or the past, its clause's subject (one to three
    capitalised words), then the quote opening on a finite verb (*Tom Grady Says Deputies
    "Did Everything Right"*)? Speech, not a title.

    >>> _headline_predicate("Sheriff Tom Grady Says Deputies", ["Did", "Everything", "Right"])
    True
    >>> _headline_predicate("A Show Called Brokers", ["Did", "Everything", "Right"])
    False
    """
    from nbutils.cues import lemma_of
    from nbutils.entities import wordnet

    tail = _WORD.findall(before[-60:])[-4:]
    if len(words) < 2 or len(tail) < 2 or not all(w[:1].isupper() for w in tail):
        return False
    first = words[0].lower().replace("’", "'")
    verb = first.endswith(("s", "ed")) and wordnet().morphy(first, "v") not in (None, first)
    if not (first in _FINITE or verb):
        return False
    return any(
        w.endswith(("s", "ed", "aid", "old")) and lemma_of(w) not in (None, *_NAMING_LEMMAS)
        for w in tail[:-1]
    )


def _headline_clause(content: str) -> bool:
    """Is a headline's single-quoted ``content`` a clause rather than a phrase: three words
    or more, opened by a subject pronoun or holding a finite verb (*We Will Not Back Down*,
    *Plan Is Dead*; not *Reckless Spending*, *A Fair Deal For All*)? After a reporting
    verb or a colon (*Jane Roe Says 'We Will Not Back Down'*), in a headline or in a
    transcript's turn (*ROE: I told him, 'We will not sign.'*), such a quote is speech.

    >>> _headline_clause("We Still Have No Money"), _headline_clause("A Fair Deal For All")
    (True, False)
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(content, 0, 120)]
    return len(words) >= 3 and (words[0] in _CLAUSE_SUBJECT or any(w in _FINITE for w in words[1:]))
