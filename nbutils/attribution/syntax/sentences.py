"""Sentences: the subject of a sentence, and who introduces a quote with a colon.

:func:`sentence_subject` finds the subject of the clause starting at a token, after a
dateline and an introductory phrase (*At a diner, Ann Lee tried*), taking the name after
a description (*Her closest rival in the state, Sen. Ann Lee of Utah, told*).
:func:`colon_speaker` finds who introduces a quote with a colon and no cue: the
clause's subject (*The report:*), or a name that ends the clause when the subject names
nobody (*The timing doesn't surprise pollster Dana Shaw:*).

It imports from :mod:`.base`, :mod:`.times`, :mod:`.phrases` and :mod:`.appositions`.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(words):
...     return [Tok(w.rsplit("/", 1)[0], n, n + 1, w.rsplit("/", 1)[1])
...             for n, w in enumerate(words.split())]
>>> toks = tagged("At/IN a/DT diner/NN ,/, Ann/NNP Lee/NNP tried/VBD to/TO smile/VB")
>>> sentence_subject(toks, 0, len(toks))
NP(i=4, j=6)
"""

from __future__ import annotations

from nbutils.attribution.frame import DASHES, Tok
from nbutils.attribution.syntax.appositions import appositive_name
from nbutils.attribution.syntax.base import _OFFICE_ENDS, NP, NP_TAGS
from nbutils.attribution.syntax.phrases import np_before
from nbutils.attribution.syntax.times import after_dateline, time_phrase
from nbutils.speakers import PRONOUNS, TITLE_WORDS, all_first_names

_TIME_AFTER = frozenset({"later", "earlier", "ago", "afterward", "afterwards", "before"})


#: Prepositions that open a short phrase inside a description before the name it sets off
#: (*the top Democrat on the panel, Sen. Ann Lee,*).
_DESCRIPTION_PREPS = frozenset("in on of at for from with".split())


def _name_after_described_pp(toks: list[Tok], k: int, j: int, hi: int) -> NP | None:
    """The name set off after a description that a short prepositional phrase of common
    words ends (*Her closest rival in the state, Sen. Ann Lee of Utah, told …*; *Lee's
    deputy at the agency, Tom Hale,*): the name. Not a place that goes on (*a man in
    Dayton, Ohio,*: a proper noun in the phrase), and only after a determiner or a
    possessive (a description, not a name)."""
    if not (j + 3 < hi and toks[j].low in _DESCRIPTION_PREPS):
        return None
    if not (
        toks[k].low in ("the", "a", "an")
        or toks[k].tag == "PRP$"
        or any(t.tag == "POS" for t in toks[k + 1 : j])
    ):
        return None
    e = j + 1
    while e < min(hi, j + 6) and toks[e].text != ",":
        if toks[e].tag not in ("DT", "PRP$", "JJ", "NN", "NNS") or toks[e].text[:1].isupper():
            return None
        e += 1
    if e >= hi or toks[e].text != "," or toks[e - 1].tag not in ("NN", "NNS"):
        return None
    named = appositive_name(toks, NP(k, e))
    return named if named.i > e and named.j < hi else None


def sentence_subject(toks: list[Tok], lo: int, hi: int) -> NP | None:
    """The subject of the clause starting at token lo (after an introductory phrase)."""
    k = after_dateline(toks, lo, hi)
    for _ in range(3):  # "On Monday, even as prices were falling, Mr. Dorsey wrote"
        while k < hi and toks[k].text in ("``", "''", "(", "—", "–", "-", ","):
            k += 1
        comma = next((m for m in range(k, min(hi, k + 5)) if toks[m].text == ","), None)
        if comma is not None and comma > k and toks[comma - 1].text.lower() in _TIME_AFTER:
            k = comma + 1  # "Minutes later, she sent …", "Two days ago, …"
            continue
        if k < hi and toks[k].tag == "CC" and k + 1 < hi and toks[k + 1].text != ",":
            k += 1  # "But Sen. Pat Toomey refused …"
            continue
        if k < hi and (
            toks[k].tag in ("IN", "RB", "VBG", "VBN", "TO", "WRB", "CC", "JJ")
            and not toks[k].text[:1].isupper()
            or toks[k].tag in ("IN", "RB", "VBG", "TO", "WRB", "CC")
        ):
            comma = next((m for m in range(k, min(hi, k + 25)) if toks[m].text == ","), None)
            if comma is not None:
                k = comma + 1
                continue
        break
    if k >= hi:
        return None
    if (toks[k].tag == "PRP" or toks[k].text.lower() in PRONOUNS) and not (
        toks[k].tag == "PRP$" and k + 1 < hi and toks[k + 1].tag in NP_TAGS
    ):  # (not "Her rival": a possessive opens a noun phrase)
        return NP(k, k + 1)
    j = k
    while (
        j < hi
        and toks[j].quote < 0
        and (
            toks[j].tag in NP_TAGS
            or toks[j].text == "."
            # "The leading candidate", "the embattled mayor": a participle used as an adjective
            # between a determiner and a noun
            or toks[j].tag in ("VBG", "VBN")
            and j > k
            and toks[j - 1].tag in ("DT", "PRP$", "JJ", "RB")
            and j + 1 < hi
            and toks[j + 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ")
        )
    ):
        j += 1
    if j == k:
        return None
    if (
        j + 1 < hi
        and toks[j].low == "of"
        and toks[j - 1].low in TITLE_WORDS
        and toks[j - 1].text[:1].isupper()
        and toks[j + 1].text[:1].isupper()
    ):
        # "The Secretary of Housing and Urban Development": the office's capitalised name
        j += 1
        while j < hi and toks[j].tag in NP_TAGS and toks[j].text[:1].isupper():
            j += 1
    if (
        j + 1 < hi
        and toks[j].low == "and"
        and toks[j - 1].text[:1].isupper()
        and not any(x.text in all_first_names() for x in toks[k:j])  # ("John Bolton and …")
    ):
        # one office: "The Health and Social Care Secretary" (not "Clinton and Trump")
        end = j + 1
        while end < hi and toks[end].tag in NP_TAGS and toks[end].text[:1].isupper():
            end += 1
        if end > j + 1 and (toks[end - 1].low in TITLE_WORDS or toks[end - 1].low in _OFFICE_ENDS):
            j = end
    if (
        (toks[k].low in ("the", "a", "an") or toks[k].tag == "PRP$")
        and j + 2 < hi
        and toks[j].text == ","
    ):
        # "The Health Secretary, Anil Deshpande, was asked …": the name set off after the
        # description is the subject
        named = appositive_name(toks, NP(k, j))
        if named.i > j and named.j < hi:
            return named
    named = _name_after_described_pp(toks, k, j, hi)
    if named is not None:
        return named
    # "Andriy, another Ukrainian citizen, condemned": the head is before the appositive
    np = NP(k, j)
    if not any(x.tag.startswith("NN") for x in toks[k:j]):
        return None
    return np


def colon_speaker(toks: list[Tok], lo: int, end: int) -> NP | None:
    """Who introduces a quote with a colon and no cue (``toks[end]`` is the colon, the
    clause starts at ``lo``).

    The clause's subject (``The report:``), or its name after a description
    (``One early supporter, Rep. Lee Zell, …:``); but when that subject names
    nobody and a name ends the clause after a verb, a noun, a dash or *from*,
    the name (``The timing … doesn't surprise pollster Dana Shaw:``).
    """
    np = sentence_subject(toks, lo, end)
    if np is not None and any(t.tag in ("NNP", "NNPS", "PRP") for t in toks[np.i : np.j]):
        return appositive_name(toks, np)
    i = end
    while (
        i > lo
        and toks[i - 1].quote < 0
        and (
            toks[i - 1].tag in ("NNP", "NNPS")
            or toks[i - 1].text == "."
            and i - 1 > lo
            and toks[i - 2].tag == "NNP"
            and len(toks[i - 2].text) == 1
        )
    ):
        i -= 1
    if (
        lo < i < end
        and (
            toks[i - 1].text in DASHES
            or toks[i - 1].text in ("from", "From")
            or toks[i - 1].tag.startswith("VB")
            or toks[i - 1].tag == "NN"
        )
        and not all(t.text.isupper() and len(t.text) > 1 for t in toks[i:end])
    ):
        return NP(i, end)
    if np is not None and not time_phrase(toks, np):
        return appositive_name(toks, np)
    np = np_before(toks, end - 1)
    if np is None or time_phrase(toks, np):
        return None
    # the phrase before the colon is an object ("… in a two-hour standoff:"): it
    # speaks only when it names someone or is a source ("More from the report:")
    named = any(t.tag in ("NNP", "NNPS", "PRP") for t in toks[np.i : np.j])
    source = np.i > lo and toks[np.i - 1].text.lower() == "from"
    return np if named or source else None
