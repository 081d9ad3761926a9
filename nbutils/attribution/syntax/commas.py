"""Comma chunks: the subject of a cue that comma-separated phrases come before.

In *Howard Pell, president of the teachers' union, said* or *During a town hall in
Columbus, Tuesday, the mayor said*, the words before the cue fall into chunks between
commas. :func:`_comma_subject` reads them from the left: an opening phrase (a
preposition, a time, a place after a city), a relative clause or a main clause joined to
the next (:func:`_after_joined_clause`) is skipped; the first chunk that is a noun phrase
is the subject, and when it is a description followed by a name, the name.
:func:`_wh_subject` finds the subject inside a subordinate clause that the chunks
interrupt (*in what Nora Whitcombe, finance chair for the campaign, called*).

It imports from :mod:`.base`, :mod:`.times`, :mod:`.phrases` and :mod:`.modifiers`.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(words):
...     return [Tok(w.rsplit("/", 1)[0], n, n + 1, w.rsplit("/", 1)[1])
...             for n, w in enumerate(words.split())]
>>> toks = tagged("Howard/NNP Pell/NNP ,/, president/NN of/IN the/DT union/NN ,/, said/VBD")
>>> _comma_subject(toks, 7, 0)
NP(i=0, j=2)
"""

from __future__ import annotations

from nbutils.attribution.frame import Tok
from nbutils.attribution.syntax.base import NP, PREP_IN_NP
from nbutils.attribution.syntax.modifiers import _modified_subject, _person_noun
from nbutils.attribution.syntax.phrases import _described, np_before
from nbutils.attribution.syntax.times import _MONTHS, _TIME_OPENERS, _TIME_WORDS
from nbutils.lexicons import abbreviations
from nbutils.speakers import PERSON_NOUNS, TITLE_WORDS, all_first_names

_CHUNK_STOP = frozenset({".", "!", "?", ";", ":", "``", "''", '"', "“", "”", "-", "--", "—", "–"})


_INTRO_WORDS = frozenset(
    """after before while when during since although though as if once
until because despite in on at by for with from to however meanwhile also still now then
monday tuesday wednesday thursday friday saturday sunday yesterday today earlier later
alongside amid amidst among following beyond unlike like
""".split()
)


def _initial(toks: list[Tok], m: int, lo: int) -> bool:
    """Is ``toks[m]`` the full stop of an initial or a title inside a name (*Gordon P.
    Halvey*, *Mr. Frum*)?"""
    if toks[m].text != "." or m - 1 < lo:
        return False
    before = toks[m - 1].text
    return (
        before in _TITLE_ABBREVIATIONS
        or len(before) == 1
        and before.isupper()
        and m - 2 >= lo
        and toks[m - 2].tag == "NNP"
    )


#: Abbreviations whose full stop stays inside a name: the titles the sentence splitter
#: knows (:data:`nbutils.tokenise.TITLE_ABBREVIATIONS`), and Jr./Sr.
_TITLE_ABBREVIATIONS = frozenset(abbreviations("title", "suffix"))


#: Adverbs of place or direction that open a sentence (*Farther north, …*, *Nearby, …*).
_PLACE_OPENERS = frozenset(
    """farther further elsewhere nearby closer upstream downstream upriver downriver inland
offshore overseas abroad""".split()
)


def _after_place_preposition(toks: list[Tok], chunk: tuple[int, int]) -> bool:
    """Does ``chunk`` end on a proper name after *in*, *at*, *near* or *outside* (*the
    office in Troy*), so a state set off after it is the name's state?"""
    a, p = chunk[0], chunk[1] - 1
    while p > a and toks[p].tag in ("NNP", "NNPS"):
        p -= 1
    return p < chunk[1] - 1 and toks[p].low in ("in", "at", "near", "outside")


#: Conjunctions that open a new clause after a comma (*…, but a spokeswoman, Ann Lee,
#: said*; *…, a day after the mayor, Ed Parr, told*).
_CLAUSE_LINKERS = frozenset(
    "but and yet after before when while as because since although though until whereas".split()
)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _after_joined_clause(toks: list[Tok], chunks: list[tuple[int, int]], kinds: list[str]) -> int:
    """The first chunk that may hold the cue's subject: after a main clause (a chunk with a
    finite verb outside a relative clause, *The party has not spent money*) when the next
    chunk opens a new clause with a conjunction (after at most a short time phrase, *a day
    after*) followed by a noun phrase; that chunk is then a noun phrase (its kind is set
    so). ``0`` otherwise."""
    for n in range(len(chunks) - 1):
        a, b = chunks[n]
        finite = False
        for t in toks[a:b]:
            if t.low in ("who", "which", "that", "whose", "whom"):
                break
            if t.tag in _FINITE_TAGS:
                finite = True
                break
        if not finite or kinds[n] == "relative":
            continue
        if toks[b - 1].low in ("and", "but", "or", "nor", "yet", "then"):
            continue  # "Tom Hale arrived at noon and, after a pause, urged": one subject
        a2, b2 = chunks[n + 1]
        j = a2
        while j < b2 and j - a2 < 3 and toks[j].tag in ("DT", "CD", "NN", "NNS", "JJ"):
            j += 1
        if (
            j + 1 < b2
            and toks[j].low in _CLAUSE_LINKERS
            # (also "and one of them, who …, said": a member of a group)
            and toks[j + 1].tag in ("DT", "NNP", "PRP$", "JJ", "NN", "NNS", "CD")
            and not any(t.tag in _FINITE_TAGS for t in toks[j + 1 : b2])
        ):
            chunks[n + 1] = (j + 1, b2)
            kinds[n + 1] = "np"
            return n + 1
    return 0


def _comma_subject(toks: list[Tok], k: int, lo: int) -> NP | None:
    """The subject of a cue preceded by comma-separated chunks (``toks[k]`` is the comma).

    The leftmost chunk that is a noun phrase (not an opening phrase such as
    *during a town hall in Columbus* or *Tuesday at …*, not a relative clause,
    not the state after a city) is the subject; when it is a description and
    the next chunk is a name, the name:

    * *Howard Pell, president of the teachers' union, said* -> Howard Pell
    * *the White House spokesman, Evan Marsh, said* -> Evan Marsh
    * *Clinton, during a forum in Toledo, Ohio, said* -> Clinton
    * *As Gordon Halvey, a scholar of the region, noted* -> Gordon Halvey
    """
    chunks: list[tuple[int, int]] = []
    end, m = k, k - 1
    while m >= lo and len(chunks) < 6:
        while (
            m >= lo
            and toks[m].text != ","
            and (toks[m].text not in _CHUNK_STOP or _initial(toks, m, lo))
            and toks[m].quote < 0
        ):
            m -= 1
        chunks.append((m + 1, end))
        if m < lo or toks[m].text != ",":
            break
        end, m = m, m - 1
    chunks.reverse()
    if len(chunks) < 2 or any(a >= b for a, b in chunks):
        return None

    def kind(n: int) -> str:
        a, b = chunks[n]
        first = toks[a]
        low = first.text.lower()
        if low in ("who", "whom", "which", "whose", "that"):
            return "relative"
        if toks[b - 1].low in _TIME_WORDS | _MONTHS and all(
            t.low in _TIME_OPENERS or t.low in _TIME_WORDS | _MONTHS for t in toks[a:b]
        ):
            return "intro"  # "Late Wednesday, the mayor's spokeswoman, Ann Lee, said": when
        if n == 0 and low in _PLACE_OPENERS and len(chunks) > 1:
            return "intro"  # "Farther north, the river office …, said": where, not who
        if (
            low in _INTRO_WORDS
            or first.tag in ("IN", "TO", "RB", "WRB", "VBG", "VBN", "CC")
            and not first.text[:1].isupper()
            or first.tag in ("IN", "WRB", "CC", "VBG", "VBN")
        ):
            return "intro"
        if (
            n > 0
            and b - a <= 2
            and all(t.tag == "NNP" or t.text == "." for t in toks[a:b])
            and toks[a].text.rstrip(".") not in _TITLE_ABBREVIATIONS
            and toks[chunks[n - 1][1] - 1].tag == "NNP"
            # (not after a day or a month: "On Tuesday, Kevin Brady, chairman of …, said")
            and toks[chunks[n - 1][1] - 1].low not in _TIME_WORDS | _MONTHS
            and (
                kind(n - 1) in ("intro", "place")
                or n == 1
                and b - a == 1
                # "the water office in Troy, Ohio, said": the state after the
                # object of a preposition of place that ends the chunk before
                or _after_place_preposition(toks, chunks[n - 1])
                and not (b - a == 2 and toks[a].text in all_first_names())
            )
            # (not a first name and a surname before an age: "In Dayton, Mona Pratt, 66,")
            and not (
                b - a == 2
                and toks[a].text in all_first_names()
                and n + 1 < len(chunks)
                and all(t.tag == "CD" for t in toks[chunks[n + 1][0] : chunks[n + 1][1]])
            )
        ):
            return "place"  # "in Columbus, Ohio", "Cambridge, Mass."
        if all(t.tag == "CD" for t in toks[a:b]):
            return "age"
        if (
            n == 1
            and low in ("a", "an")
            and len(chunks) > 2
            and toks[chunks[0][0]].tag == "IN"
            and kind(0) == "intro"
            and toks[chunks[2][0]].text[:1].isupper()
            and not any(t.tag in ("VBD", "VBZ", "VBP") for t in toks[a:b])
        ):
            # "In the spin room, a crowded gym next door, Lee's manager, Ann Ruiz, said": the
            # place described, not the speaker
            return "intro"
        return "np"

    kinds = [kind(n) for n in range(len(chunks))]
    wh = _wh_subject(toks, chunks, kinds)
    if wh is not None:
        return wh
    a, b = chunks[0]
    f = a + 1  # the first name, after any title ("As Senator Ingrid Paulsen, a …, put it")
    while f < b - 1 and (toks[f].low.rstrip(".") in TITLE_WORDS or toks[f].text == "."):
        f += 1
    if (
        toks[a].text.lower() == "as"
        and b - a > 2
        and kinds[1] == "np"
        and (
            toks[f].text in all_first_names()
            # a first name no list knows ("As Priya Raman, a lawyer, put it"), not a title
            or b - f >= 2
            and toks[f].low not in TITLE_WORDS
            and toks[f].text.isalpha()
        )
        and all(t.tag in ("NNP", "NNPS") or t.text == "." for t in toks[a + 1 : b])
        and (toks[chunks[1][0]].tag == "DT" or toks[chunks[1][0]].text[:1].islower())
    ):
        return NP(a + 1, b)  # As Gordon P. Halvey, a scholar of the region, noted, "…"
    start = _after_joined_clause(toks, chunks, kinds)
    n = next((n for n, x in enumerate(kinds) if x == "np" and n >= start), None)
    if n is None:
        return None
    a, b = chunks[n]
    np = np_before(toks, b - 1)
    if np is None or np.i < a:
        return _name_after_clause_chunk(toks, chunks, kinds, n)
    if np.i > a:  # "A pollster who worked for the losing campaigns, and who …, said"
        outer = _modified_subject(toks, np, a)
        if outer is not None:
            np = outer
    if (
        (
            toks[b - 1].tag in ("NN", "NNS")
            or _described(toks, np)
            or _head_before_phrase(toks, a, b)
        )
        and n + 1 < len(chunks)
        and kinds[n + 1] == "np"
    ):
        a2, b2 = chunks[n + 1]
        # "Her rival, retired surgeon Carl Vance, said": a lower-case description before
        # the name in apposition (up to three words, a common noun last) is no part of it
        d = a2
        while (
            d < b2 and d - a2 < 3 and toks[d].text[:1].islower() and toks[d].tag in _PRE_NAME_TAGS
        ):
            d += 1
        if (
            d > a2
            and b2 - d >= 2
            and toks[d].tag == "NNP"
            and (
                toks[d - 1].tag in ("NN", "NNS")
                or toks[d - 1].low in PERSON_NOUNS
                or _person_noun(toks[d - 1].low)
            )
        ):
            a2 = d
        if (
            all(
                t.tag in ("NNP", "NNPS")
                or t.text in (".", "(", ")", "-")
                or toks[a2].tag == "NNP"
                and t.tag == "NNP"
                for t in toks[a2:b2]
            )
            and toks[a2].tag == "NNP"
        ):
            name = np_before(toks, b2 - 1)
            if name is not None and name.i < a2 < b2 - 1:
                name = NP(a2, name.j)  # ("surgeon Carl Vance": the name only)
            if name is not None and name.i >= a2:
                return name
    return np


def _name_after_clause_chunk(
    toks: list[Tok], chunks: list[tuple[int, int]], kinds: list[str], n: int
) -> NP | None:
    """*One of the neighbours she had canvassed, Ida Voss, 70, of Elgin, who …, said*: a
    description that ends on a clause of its own (no noun phrase ends it) set off before a
    name in apposition; the subject is that name (two to four capitalised words), when only
    an age, a place phrase or a who-clause come after it."""
    if n + 1 >= len(chunks) or kinds[n + 1] != "np":
        return None
    a, b = chunks[n]
    a2, b2 = chunks[n + 1]
    described = toks[a].tag in ("DT", "CD", "PRP$") or any(
        t.tag in ("NN", "NNS") for t in toks[a:b]
    )
    if not described or not 2 <= b2 - a2 <= 4:
        return None
    if not all(t.tag in ("NNP", "NNPS") and t.text[:1].isupper() for t in toks[a2:b2]):
        return None
    if toks[a2].low.rstrip(".") in TITLE_WORDS and b2 - a2 == 2:
        return None
    if any(k not in ("age", "intro", "place", "relative") for k in kinds[n + 2 :]):
        return None
    return NP(a2, b2)


#: Tags of the lower-case words that may describe a name set off in apposition (*retired
#: surgeon*, *longtime aide*).
_PRE_NAME_TAGS = frozenset({"JJ", "NN", "VBD", "VBN", "VBG"})


def _head_before_phrase(toks: list[Tok], a: int, b: int) -> bool:
    """Is the chunk ``toks[a:b]`` a description whose head, a common noun or a title word,
    comes before a phrase that ends on a name (*Labour's spokesman on Brexit*, *the
    party's director for Europe*)?"""
    p = next((m for m in range(a + 1, b - 1) if toks[m].low in PREP_IN_NP), None)
    return (
        p is not None
        and toks[b - 1].tag in ("NNP", "NNPS")
        and (
            toks[p - 1].tag in ("NN", "NNS")
            and toks[p - 1].text[:1].islower()
            or toks[p - 1].low in TITLE_WORDS
        )
    )


_WH_OPENERS = frozenset({"what", "which", "when", "that", "whom", "where", "while"})


def _wh_subject(toks: list[Tok], chunks: list[tuple[int, int]], kinds: list[str]) -> NP | None:
    """The subject of a cue inside a subordinate clause that comma chunks interrupt:
    *in what Nora Whitcombe, finance chair for the campaign, called*, *claims
    that Dale Hartigan, for one, called*, *when Mr. Hartigan, who had lost, called*."""
    for n in range(len(chunks) - 2, -1, -1):
        if any(
            kinds[m] == "np"
            and any(t.tag in ("VBD", "VBZ", "VBP") for t in toks[chunks[m][0] : chunks[m][1]])
            for m in range(n + 1, len(chunks))
        ):
            return None
        a, b = chunks[n]
        p = next(
            (
                m
                for m in range(b - 2, a - 1, -1)
                if toks[m].text.lower() in _WH_OPENERS and toks[m].tag in ("WP", "WDT", "WRB", "IN")
            ),
            None,
        )
        if p is None or toks[p + 1].tag not in ("NNP", "NNPS"):
            continue
        np = np_before(toks, b - 1)
        if (
            np is None
            or np.i <= p
            or not all(t.tag in ("NNP", "NNPS") or t.text == "." for t in toks[p + 1 : b])
        ):
            return None
        return NP(p + 1, b)
    return None
