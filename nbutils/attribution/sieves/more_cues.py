"""More cue sieves, tried after the second place of the cue-after sieves: *according to*
further on, signatures and colons.

*According to X* later in the sentence, a dash and a name signing the quote (``"…" ― Jane
Roe``), a name and a verb outside the cue lexicon right after the quote, and the colons: a
speech noun and a comma (``X issued a statement, "…"``), a name after a dash, a clause of
saying, and the subject of the clause before the colon.

>>> from nbutils.attribution import attribute
>>> [(a.rule, a.speaker) for a in attribute('Mayor Ann Lee was blunt: "The bridge is closed."')]
[('colon', 'Ann Lee')]
"""

from __future__ import annotations

from nbutils.attribution.frame import CLAUSE_PUNCT, DASHES, Tok
from nbutils.attribution.records import Found
from nbutils.attribution.sieves.base import CueSpan, QuoteFrame
from nbutils.attribution.sieves.before import _clause_start, _colon, _names_nobody
from nbutils.attribution.syntax import (
    AUXILIARIES,
    NP,
    SPEECH_NOUNS,
    appositive_name,
    clause_subject,
    colon_speaker,
    expletive_it,
    np_after,
    np_before,
    sentence_subject,
    subject_before,
    time_phrase,
)
from nbutils.cues import CueMatch, cue_at
from nbutils.speakers import all_first_names

# --- more cue sieves: according to further on, signatures, colons -----------------------------


def according_to_later(f: QuoteFrame) -> Found | None:
    """``"…," the official said Monday, according to X``: an *according to* further on.

    Example: "We are ready" was the word, according to aides.
    """
    for _i, j, c in f.after:
        if c.lemma == "according to":
            np = np_after(f.toks, j)
            if np:
                return Found("according-to", appositive_name(f.toks, np), c, f.toks)
    return None


def dash_signature(f: QuoteFrame) -> Found | None:
    """``“…” ― Edwin Garcia``: a dash and a name sign the quote (letters, vox pops).

    Example: “The bridge was our lifeline.” ― Edwin Garcia, Vellmouth
    """
    toks, q = f.toks, f.q
    if q + 2 <= len(toks) - 1 and toks[q + 1].text in DASHES:
        np = np_after(toks, q + 2)
        if (
            np
            and any(t.is_proper for t in toks[np.i : np.j])
            and (np.j >= len(toks) or toks[np.j].text in (",", ".", "|", ";", "("))
        ):
            return Found("dash-signature", np, None, toks)
    return None


#: The dashes that set a quote off inside a sentence: :data:`DASHES` without the hyphen,
#: which glosses a term instead (*#PorteOuverte - "open door" -*).
_LONG_DASHES = DASHES - {"-"}


def name_then_verb(f: QuoteFrame) -> Found | None:
    """``"…," Trump assured Lee``: a name and a finite verb not in the cue lexicon right
    after the quote (no cue there).

    Example: "Go home," Ann Lee begged them.
    """
    toks, k, n = f.toks, f.k, len(f.toks)
    if f.after and f.after[0][0] <= k + 4:
        return None
    if f.q > 0 and toks[f.q - 1].tag in ("DT", "PRP$", "POS") and k == f.q + 1:
        return None  # 'The "Never Trump" movement continues': the quote modifies a noun
    if (
        0 < f.q
        and f.q + 1 < n
        and toks[f.q - 1].text in _LONG_DASHES
        and toks[f.q + 1].text in _LONG_DASHES
    ):
        # 'When Lee finished — "…" — the lights went out': a quote set off by dashes inside
        # a sentence; what follows the second dash resumes that sentence, and the words
        # are those of the clause the first dash interrupts
        lo = _clause_start(f, f.q - 1)
        np = clause_subject(toks, lo, f.q - 1) or sentence_subject(toks, lo, f.q - 1)
        return Found("quote-speaker-cue", np, None, toks) if np is not None else None
    np = np_after(toks, k) if k < n else None
    if (
        np
        and np.j < n
        and toks[np.j].tag in ("VBD", "VBZ")
        and not toks[np.j].is_quote
        and toks[np.j].low not in AUXILIARIES
        and (
            np.j + 1 >= n
            or toks[np.j + 1].text in (",", ".", ";", "!", "?")
            or toks[np.j + 1].tag in ("IN", "TO", "NNP", "PRP", "RB", "DT")
        )
    ):
        t = toks[np.j]
        extra = CueMatch(t.start, t.end, t.text, t.low, "unknown", "past", False)
        return Found("quote-speaker-cue", np, extra, toks)
    return None


def speech_noun_comma(f: QuoteFrame) -> Found | None:
    """``X issued a statement, "…"``: a noun for speech and a comma before the quote; the
    speaker is the sentence's subject.

    Example: The council issued a statement, "The bridge is safe."
    """
    k = f.q - 1
    if k >= 1 and f.toks[k].text == "," and f.toks[k - 1].low in SPEECH_NOUNS:
        np = sentence_subject(f.toks, _clause_start(f, k), k)
        if np:
            return Found("colon", np, None, f.toks)
    return None


def _last_clause(toks: list[Tok], lo: int, k: int) -> int:
    """Where the last of the clauses joined in ``toks[lo:k]`` starts: after the last
    *, and* / *, but* / *;* that a clause with a verb of its own follows ("Boos filled the
    hall, and at one point the crowd took up the chant:" — the crowd's clause).

    >>> from nbutils.attribution.frame import Tok
    >>> words = "Boos filled the hall , and the crowd took up the chant :".split()
    >>> tags = "NNS VBD DT NN , CC DT NN VBD RP DT NN :".split()
    >>> toks = [Tok(w, 0, 0, t) for w, t in zip(words, tags, strict=True)]
    >>> _last_clause(toks, 0, 12)
    6
    """
    for m in range(k - 2, lo, -1):
        joined = toks[m].text == ";" or (toks[m].text == "," and toks[m + 1].low in ("and", "but"))
        if joined:
            start = m + 1 if toks[m].text == ";" else m + 2
            if any(t.tag in ("VBD", "VBZ", "VBP") for t in toks[start:k]):
                return start
            break
    return lo


def dash_name_colon(f: QuoteFrame) -> Found | None:
    """``HEADLINE - Gordon T. Pryce: "…"``: a name after a dash, then a colon.

    Example: Poll finds a split - Gordon T. Pryce: "Voters are divided."

    Also ``… - More from Ann Lee and Bo Cohen: "…"`` (a digest's link to more of a source).
    """
    k = _colon(f)
    if k is None:
        return None
    toks, lo = f.toks, _clause_start(f, k)
    named = np_before(toks, k - 1)
    if (
        named is not None
        and named.i > lo
        and toks[named.i - 1].text in DASHES
        and toks[named.j - 1].is_proper
    ):
        return Found("colon", named, None, toks)
    dash = max(
        (m for m in range(lo, k) if toks[m].text in DASHES and not toks[m].is_quote), default=None
    )
    if dash is None:
        return None
    first = dash + 1
    while first < k - 1 and toks[first].low in ("more", "also", "from"):
        first += 1  # a digest's "- More from Ann Lee:"
    if (
        first < k
        and (first == dash + 1 or toks[first - 1].low == "from")
        and all(
            t.is_proper or t.text[:1].isupper() or t.text in (".", "and", "&")
            for t in toks[first:k]
        )
        and toks[k - 1].text[:1].isupper()
    ):
        # … overhype - HuffPollster: (a capitalised word after a dash is tagged as it comes)
        return Found("colon", NP(first, k), None, toks)
    return None


def said_clause_colon(f: QuoteFrame) -> Found | None:
    """``… and said she has the quality for the job: "…"``: a cue of saying with a pronoun
    clause, then a colon; the speaker is the reporter of that clause.

    Example: Ann Lee said she had a wish; it was simple: "Open the bridge."
    """
    k = _colon(f)
    if k is None:
        return None
    toks, lo = f.toks, _clause_start(f, k)
    said = [
        c
        for c in f.cues
        if lo <= c[0] < k
        and c[2].form in ("past", "present")
        and c[2].lemma in ("say", "tell", "add", "write", "argue", "insist")
    ]
    if not said or toks[said[-1][1]].tag != "PRP":
        return None
    i = said[-1][0]
    np = subject_before(toks, i, lo) if toks[i - 1].text != "and" else None
    np = np or sentence_subject(toks, 0, i)
    return Found("colon", np, said[-1][2], toks) if np is not None else None


#: Prepositions that open a time or topic phrase (not *by* or *from*, which name a source).
_OPENING_PREPOSITIONS = frozenset(
    """about after among at before between during for in of on
over regarding since through throughout until upon with within""".split()
)


def colon_subject(f: QuoteFrame) -> Found | None:
    """``The report: "…"``, ``… doesn't surprise pollster Dana Shaw: "…"``: the clause
    before a colon names the speaker (its subject, or a name ending it); not a time or
    place phrase (*two weeks after, on CNN:*), nor a prepositional phrase with no verb
    (*Between Monday night and noon:*, *Of the mayor:*).

    Example: Mayor Ann Lee was blunt: "The bridge is closed."
    """
    k = _colon(f)
    if k is None:
        return None
    toks, start = f.toks, _clause_start(f, k)
    if (
        0 < start < k
        and toks[start].tag in ("VBN", "VBD")
        and cue_at([toks[start].text], 0) is None  # (not '"…," said X, …:')
    ):
        # 'X, the host of "The Show," listed …:': the quote before is inside the clause, whose
        # subject comes before it (a verb cannot open a subject)
        start = _clause_start(f, start - 1)
    lo = _last_clause(toks, start, k)
    headline = _title_case_verb(f, lo, k)
    if headline is not None:  # "Lena Ortiz Praised The Volunteers:": the name before the verb
        return Found("colon", headline, None, toks)
    if toks[lo].low in _OPENING_PREPOSITIONS and not any(
        t.tag.startswith("VB") for t in toks[lo:k]
    ):
        return None  # "Between Monday night and noon:", "Of the mayor:": a time or a topic
    np = None
    if (
        k - 1 > lo
        and toks[k - 1].tag in ("VB", "VBD", "VBZ", "VBP")
        and toks[k - 1].low not in AUXILIARIES
    ):
        np = subject_before(toks, k - 1, lo)  # "… that a spokesman could only quip:"
    if np is None:
        said = [
            c
            for c in f.cues
            if lo <= c[0] < k and c[2].form in ("past", "present") and c[2].lemma != "according to"
        ]
        if said:  # "Lee backs X, opposes Y and recalled the pay freeze:": the cue's subject
            np = _colon_cue_subject(toks, said[-1], lo)
            if np is not None and not expletive_it(toks, np):
                return Found("colon", np, said[-1][2], toks)
        np = _colon_agent(toks, lo, k) or colon_speaker(toks, lo, k)
    if (
        np
        and not expletive_it(toks, np)
        and not (
            np.i > lo
            and toks[np.i - 1].tag == "IN"
            and toks[np.i - 1].low in ("on", "in", "at", "from", "during", "with")
            and toks[np.j - 1].is_proper
        )
    ):
        return Found("colon", np, None, toks)
    return None


def _colon_agent(toks: list[Tok], lo: int, k: int) -> NP | None:
    """``The problem is illustrated by one line in the audit:``: a passive participle and
    its agent (*by* …) end the clause before the colon, and the clause's subject names no
    one who could speak (a thing, an idea): the agent introduces the quote, not the
    subject. A subject who could speak keeps it (*Lee was interviewed by the Ledger:*)."""
    by = next((m for m in range(k - 1, lo, -1) if toks[m].low == "by"), None)
    if by is None or by + 1 >= k:
        return None
    m = by - 1
    while m > lo and toks[m].tag in ("RB", "RP"):
        m -= 1  # "best captured by", "summed up by"
    if toks[m].tag != "VBN":
        return None
    agent = np_after(toks, by + 1)
    if (
        agent is None
        or time_phrase(toks, agent)
        or any(t.tag.startswith("VB") or t.text in CLAUSE_PUNCT for t in toks[agent.j : k])
    ):
        return None
    subject = sentence_subject(toks, lo, m)
    if subject is None or not _names_nobody(toks, subject, bodies=False):
        return None
    return agent


def _title_case_verb(f: QuoteFrame, lo: int, k: int) -> NP | None:
    """In a Title Case headline or subhead, the capitalised run before a colon may hold the
    reporting verb (*Lena Ortiz Praised The Volunteers:*): the run of capitalised words
    before the first capitalised finite cue (*Praised*, *Says*, *Told*) is the speaker."""
    from nbutils.cues import lemma_of
    from nbutils.speakers.headlines import title_cased_line

    toks = f.toks
    if k - lo < 3 or not title_cased_line(f.text, toks[k - 1].start):
        return None
    for m in range(lo + 2, k):
        w = toks[m].text
        low = w.lower()
        if not (
            w[:1].isupper()
            and (low.endswith(("ed", "s")) or low in ("said", "told"))
            and lemma_of(low) is not None
        ):
            continue
        i = m
        while i > lo and toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha():
            i -= 1
        if m - i >= 2 and any(t.text in all_first_names() for t in toks[i:m]):
            return NP(i, m)  # a name of two words or more, with a first name in it
        return None
    return None


def _colon_cue_subject(toks: list[Tok], said: CueSpan, lo: int) -> NP | None:
    """The subject of a cue of saying in the clause before a colon."""
    i = said[0]
    np = subject_before(toks, i, lo) or sentence_subject(toks, lo, i)
    if np is None and toks[i - 1].low in ("and", "but", "then"):
        s0 = i  # a second verb of the sentence's subject, past its earlier quotes
        while s0 > 0 and toks[s0 - 1].text not in (".", "!", "?", ";"):
            s0 -= 1
        np = sentence_subject(toks, s0, i)
    if np is None and (i == lo or toks[i - 1].text == ","):
        # '"…," said Ann Lee, explaining … the city's file: "…"': the name after the cue,
        # in an inversion
        after = np_after(toks, said[1])
        if after is not None and toks[after.j - 1].is_proper:
            np = after
    return np
