"""Where a reported clause begins and ends, and how much of a span is quoted.

The first tools of the content share: :func:`quoted_share` (the share of a span's letters
inside double marks), the clause's bounds around a quote (:func:`_clause_start`,
:func:`_clause_end`) and the cue right before a quote (:func:`_cue_right_before`,
:func:`_same_verb_form`, the one cached function: its ``lru_cache`` lives here, once).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from nbutils.quotes.marks import Quote

#: Where a reported clause stops when the quote does not close it.
_CLAUSE_STOP = re.compile(r";|\s[-–—]{1,2}\s|[—―]|\(")
#: Where a clause that holds a quote starts, scanning back from the quote.
_CLAUSE_OPEN = re.compile(r"[:;(]|\s[-–—]{1,2}\s|[—―]")
_THAT = re.compile(r"\bthat\b")
#: A subject pronoun between a cue and its "that": the "that" belongs to a clause inside
#: the reported content (*says he is sure that …*), which starts at the cue.
_INNER_CLAUSE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou|[Tt]here)\b")
#: A verb in a long gap between a cue and a *that*: the *that* belongs to another clause.
_LONG_GAP_STOP = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|to|will|would|can|could"
    r"|may|might|should|must)\b"
)
_CLOSES_CLAUSE = frozenset(",.!?;:—…")
#: A gap after a cue that is only an adverbial (*said in an interview,*), not an object.
_ADJUNCT = re.compile(
    r"\s*(?:in|on|at|during|after|before|from|via|over|later|earlier|again"
    r"|once|recently|then|also)\b"
)
#: A subordinate clause (or the next quote of a list) after a quoted phrase's comma still
#: belongs to the reported clause.
_GOES_ON = re.compile(
    r"\s*(?:(?:when|if|unless|(?:al)?though|because|even|where|whereas|compared)\b"
    r"|(?:(?:an?|the|and|or)\s+)?(?:\"|“|''))"
)


def _start(q: Quote) -> int:
    return q.start


def quoted_share(text: str, lo: int, hi: int, quotes: Sequence[Quote]) -> float:
    """Share of the letters of ``text[lo:hi]`` that lie inside double quotation marks.

    ``quotes`` are :func:`find_quotes` results (sorted by start); as in PolNeAR's
    definition of a direct quotation only speech marks count — double quotes, and
    single quotes only where the text quotes with them (:attr:`Quote.primary`).

    >>> text = 'He called it "a disaster" for all of us.'
    >>> round(quoted_share(text, text.index("it"), len(text), find_quotes(text)), 2)
    0.43
    """
    total = _letters(text, lo, hi)
    if not total:
        return 1.0
    inside = 0
    k = max(0, bisect.bisect_right(quotes, lo, key=_start) - 1)
    for i in range(k, len(quotes)):  # (not quotes[k:]: a copy of the rest for each quote)
        q = quotes[i]
        if q.start >= hi:
            break
        if not q.primary:
            continue
        inside += _letters(text, max(lo, q.content_start), min(hi, q.content_end))
    return inside / total


def _letters(text: str, a: int, b: int) -> int:
    """How many letters (``str.isalpha``) ``text[a:b]`` holds (counted in C by ``map``).

    >>> _letters("It's 2 o'clock.", 0, 15)
    9
    """
    return sum(map(str.isalpha, text[a:b])) if b > a else 0


_GAP_BEFORE = re.compile(r"[\s,:]*$")


def _cue_right_before(text: str, quote: Quote, lo: int, cue: tuple[int, int] | None = None) -> bool:
    """Does a reporting verb end right before the quote (``asked, "…"``, ``chanting "…"``)?

    Not when the quote's own cue ``cue`` is an earlier verb whose clause holds that one
    (``Lee said the briefing had offered "nothing new."``: what Lee said is the content).
    """
    from nbutils.cues import find_cues

    a = max(lo, quote.start - 30)
    gap = _GAP_BEFORE.search(text, a, quote.start)
    end = gap.start() if gap else quote.start
    if cue is not None and cue[1] < end and not _BREAK.search(text, cue[1], end):
        return False
    return any(
        c.end == end and not c.ambiguous and c.lemma != "according to"
        for c in find_cues(text, a, end)
    )


#: A second verb phrase after a quoted phrase: *… "third-rate" and boycotted the debate*,
#: *… "cannot win" and laid out a plan* (a particle may follow the verb).
_AND_VERB = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]+(?:and|but)[ \t\u00a0]+(?:then[ \t\u00a0]+|also[ \t\u00a0]+)?"
    r"(?P<verb>[a-z]{3,})[ \t\u00a0]+(?:(?:out|up|off|down|back|over)[ \t\u00a0]+)?"
    r"(?=(?:an?|the|his|her|their|its|our|my|your|to"
    r"|that|this|these|those|one|some|him|them|it|me|us)\b|[A-Z])"
)


@lru_cache(maxsize=2048)
def _same_verb_form(word: str, cue_form: str) -> bool:
    """Is ``word`` a verb in the cue's form (past *boycotted* or *laid* after *called*, base
    after base)?

    WordNet's ``morphy`` tells whether the word is a form of a verb at all.

    >>> _same_verb_form("laid", "past"), _same_verb_form("boycotted", "past")
    (True, True)
    >>> _same_verb_form("plans", "past"), _same_verb_form("lay", "past")
    (False, False)
    """
    from nbutils.entities import wordnet

    base = wordnet().morphy(word, "v")
    if base is None:
        return False
    if cue_form == "past":
        # (an irregular past too: *… "cannot win every seat" and laid out a plan*)
        return word != base and (word.endswith("ed") or not word.endswith(("s", "ing")))
    if cue_form == "base":
        return word == base
    return False


#: What links a new report to the one before it (*… "a stiff" and later accused …*,
#: *… "rigged" but Lee insisted …*, *… policies, which he called …*): not reported content.
_NEW_REPORT = re.compile(
    r"[,;]?\s*\b(?:and|but|or|yet|then|while|which|who|whom)\b"
    r"(?:\s+(?:he|she|they|it|we|I|you|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))?"
    r"(?:\s+(?:also|then|later|again|\w+ly))?\s*$"
)


#: A short aside set off by a pair of dashes, after which the clause goes on in lower case
#: (*"every member of the panel" - including Ward - backed …*).
_ASIDE = re.compile(r"\s[-–—]{1,2}\s[^-–—\"“”.;:!?\n]{1,60}?\s[-–—]{1,2}\s+(?=[a-z])")
#: Between a quote and a later cue: a subordinate clause of the writer's own (*every time
#: he thinks*, *when she heard*): that cue does not open a new report.
_SUBORDINATE = re.compile(
    r"\b(?:every time|each time|whenever|when|while|after|before|since|until|who|which|that)\b"
)

#: A coordinated report (*… and that the governor had offered …*): a new report after all.
_COORDINATED = re.compile(r"\b(?:and|but|or)\b")


def _clause_end(
    text: str, quote: Quote, hi: int, woven: bool = False, cue_form: str | None = None
) -> int:
    """Where the reported clause holding ``quote`` ends (at most ``hi``).

    A quote ending in punctuation ends the clause, except that a quoted phrase
    ``woven`` into a reported clause and closed by a comma goes on when a
    subordinate clause follows (*said there is "a gap," when it comes to pay*)
    or the next phrase of a list of quotes (*called him a "liar," "lazy" and …*).
    """
    last = quote.content.rstrip()[-1:]
    if last in _CLOSES_CLAUSE and not (
        woven and last == "," and _GOES_ON.match(text, quote.end, hi)
    ):
        return quote.end  # "…," or "….": the quote closes what is reported
    from nbutils.cues import find_cues

    stop = _CLAUSE_STOP.search(text, quote.end, hi)
    while stop is not None and (aside := _ASIDE.match(text, stop.start(), hi)) is not None:
        stop = _CLAUSE_STOP.search(text, aside.end(), hi)  # "…" - including Lee - backed …
    end = stop.start() if stop else hi
    if cue_form is not None:
        for m in _AND_VERB.finditer(text, quote.end, end):
            if (
                _same_verb_form(m.group("verb"), cue_form)
                and len(_DOUBLE_MARK.findall(text, quote.end, m.start())) % 2 == 0
            ):
                end = m.start()  # called him "second-rate" and skipped the forum
                break
    for cue in find_cues(text, quote.end, end):  # "… and insisted that …": a new report
        if (
            cue.lemma != "according to"
            and not cue.ambiguous
            and text[quote.end : cue.start].strip()
        ):  # not "the ad "wrongly" suggests …"
            link = _NEW_REPORT.search(text, quote.end, cue.start)
            if (
                link is None
                and _SUBORDINATE.search(text, quote.end, cue.start)
                and not _COORDINATED.search(text, quote.end, cue.start)
            ):
                continue  # "…" every time he thinks about …: a verb of the writer's clause
            return link.start() if link else cue.start
    return end


def _clause_start(text: str, quote: Quote, lo: int) -> int:
    """Where the clause holding ``quote`` starts (at least ``lo``)."""
    start = lo
    for m in _CLAUSE_OPEN.finditer(text, lo, quote.start):
        start = m.end()
    return start


#: Between a source and its quote, a clause or an apposition on the source, set off by
#: commas (bounded): *, who chairs the panel, *, *, a lawyer for the city, *.
_SOURCE_CLAUSE = re.compile(r"\s*(?:,\s*(?:who|that|an?|the)|who|that)\s[^,;:\"“”‘’()]{1,120},\s*")

_DOUBLE_MARK = re.compile(r"''|``|[\"“”„‟«»]")

#: Between an outer and an inner cue, punctuation or a preposition means the inner cue reports
#: on its own (*spoke for an hour, calling it …*, *was cheered after calling it …*).
_BREAK = re.compile(r"[.,;:!?—–(]|\s-\s")
