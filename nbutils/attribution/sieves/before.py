"""The sieves of a cue before the quote: ``X said, "…"``.

With the second half of a split quote (``"A," X said, "B"``), *according to X* before the
quote, a parenthetical or inverted cue, a crowd's chant after a colon, a cue nested in
someone else's report, and the subject of the clause when the cue has none of its own. Most
of them start from :func:`_last_before`, the cue that governs the quote from before it.
The cue-after sieves read that cue too, so this is the lowest of the sieve modules, and it
holds the helpers that the modules above it share (:func:`_names_nobody`,
:func:`_can_be_person`, :func:`_clause_start`, :func:`_colon`). The participle cues are in
:mod:`.participles`.

>>> from nbutils.attribution import attribute
>>> [(a.rule, a.speaker) for a in attribute('Ann Lee said, "The bridge will close."')]
[('speaker-cue-quote', 'Ann Lee')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from nbutils.attribution.frame import DASHES, FINITE, Tok
from nbutils.attribution.records import Found
from nbutils.attribution.sieves.base import QuoteFrame, opens_lower
from nbutils.attribution.syntax import (
    AUXILIARIES,
    NP,
    PARENTHETICAL_CUES,
    SPEECH_NOUNS,
    appositive_name,
    clause_subject,
    contact_clause_at,
    expletive_it,
    is_verb,
    np_after,
    np_before,
    sentence_subject,
    subject_before,
)
from nbutils.cues import CueMatch
from nbutils.lexicons import Closed, word_list
from nbutils.speakers import ORG_WORDS, PERSON_NOUNS, role_of
from nbutils.speakers.roles import wordnet_person

# --- sieves of the cue before the quote -------------------------------------------------------


def _last_before(f: QuoteFrame) -> tuple[int, int, CueMatch, int] | None:
    """The last cue before the quote and the index of the quote before that cue (-1: none),
    unless the cue-before sieves are closed for this quote (no cue, *according to*, or a
    semicolon between a cue that is not near and the quote)."""
    if "last-before" in f.memo:
        return f.memo["last-before"]
    found = None
    if f.before:
        i, j, c = f.before[-1]
        if (
            len(f.before) > 1
            and i >= 1
            and f.toks[i - 1].low in ("when", "if", "once", "after", "whenever")
            and f.toks[i].tag == "VBN"
            and not any(
                t.is_quote or t.text in (".", "!", "?", ";") for t in f.toks[f.before[-2][1] : i]
            )
        ):
            # 'Lee, who told reporters when asked about the vote: "…"': the participle of an
            # elliptical "when asked" clause has no subject of its own; the cue it hangs on
            # governs the quote
            i, j, c = f.before[-2]
        elif _resumed_after_subordinate(f) or _message_participle(f):
            i, j, c = f.before[-2]
        if not (
            c.lemma == "according to"
            or not f.near_before
            and any(t.text == ";" for t in f.toks[j : f.q])
        ):
            i, j, c = _outer_that_cue(f, i, j, c)
            prev_quote = max((m for m in range(0, i) if f.toks[m].is_quote), default=-1)
            if prev_quote > 0 and (
                _title_in_apposition(f, prev_quote) or _quote_in_who_clause(f, prev_quote, i)
            ):
                # 'Kerry Lane, star of the drama "Harbor," thanked Hale for "…"': the title
                # ends no clause; the cue's subject is the name before it
                prev_quote = max((m for m in range(prev_quote) if f.toks[m].is_quote), default=-1)
            found = i, j, c, prev_quote
    f.memo["last-before"] = found
    return found


#: Words that open a subordinate clause after a cue (*said when the host pressed him*).
_AFTER_CUE_SUBORDINATORS = frozenset("when as while after before because once".split())


#: Messages a participle may follow as a reduced relative (*a statement posted on its page*).
_PARTICIPLE_MESSAGES = (
    SPEECH_NOUNS
    | word_list("documents")
    | frozenset("statement letter email e-mail memo tweet post release".split())
)


def _message_participle(f: QuoteFrame) -> bool:
    """``X said in a statement posted on its website that "…"``: the last cue before the
    quote is a past participle right after a message's noun (a reduced relative: *posted*,
    *published*, *issued* …), and a finite cue before it governs the clause (nothing
    quoted or ended between): the quote is what that cue reports, its subject speaks."""
    if len(f.before) < 2:
        return False
    i = f.before[-1][0]
    i2, j2, c2 = f.before[-2]
    toks = f.toks
    return (
        i >= 1
        and toks[i].tag in ("VBN", "VBD")
        and toks[i - 1].tag in ("NN", "NNS")
        and toks[i - 1].low in _PARTICIPLE_MESSAGES
        and c2.form in ("past", "present")
        and j2 <= i - 1
        and not any(t.is_quote or t.text in (".", "!", "?", ";", ",") for t in toks[j2:i])
    )


def _resumed_after_subordinate(f: QuoteFrame) -> bool:
    """``"A," Lee said when the host pressed him, "but B."``: the quote goes on from a
    lower-case word, and the last cue before it sits in a subordinate clause opened right
    after the cue before (nothing quoted or ended between): the second part of a split
    quote is the main clause's speaker's, not the subordinate clause's subject's."""
    if len(f.before) < 2 or not opens_lower(f.quote):
        return False
    i = f.before[-1][0]
    j = f.before[-2][1]
    return (
        j < i < f.q
        and f.toks[j].low in _AFTER_CUE_SUBORDINATORS
        # the clause closed by a comma right before the quote, no content of its own
        # (*… after Lee argued that "if …"* quotes Lee)
        and f.toks[f.q - 1].text == ","
        and not any(t.low == "that" for t in f.toks[i : f.q])
        and not any(t.is_quote or t.text in (".", "!", "?", ";") for t in f.toks[j:i])
    )


def _outer_that_cue(f: QuoteFrame, i: int, j: int, c: CueMatch) -> tuple[int, int, CueMatch]:
    """The cue whose *that* clause the quote's own *and that* clause is coordinated with:
    in *He told the panel that Lee had written 14 opinions that narrowed …, and that she
    "…"*, the quote is the second thing he told, not what Lee wrote (the *that* of *told
    the panel that Lee had* opens a clause, a subject after it; the *that* of *opinions that
    narrowed* is a relative, a verb after it). With no such *that* (*Lee said the mayor had
    promised a vote, and that the council "…"*), the cue before the last. The last cue
    (``i``, ``j``, ``c``) otherwise."""
    toks = f.toks
    m0 = next(
        (
            m
            for m in range(j, min(f.q, j + 40) - 1)
            if toks[m].low == "and" and toks[m + 1].low == "that"
        ),
        None,
    )
    if m0 is None or len(f.before) < 2:
        return i, j, c
    for t in range(m0 - 1, max(-1, m0 - 80), -1):  # (bounded: a long sentence stays linear)
        if toks[t].is_quote and t > j:
            continue  # a quoted fragment inside the first that clause ('were "a mess" and that')
        if toks[t].is_quote or toks[t].text in (".", "!", "?", ";"):
            break
        if toks[t].low == "that" and t + 1 < m0 and not toks[t + 1].tag.startswith(("VB", "MD")):
            governing = [b for b in f.before if b[1] <= t]
            if not governing or governing[-1][2].lemma == "according to":
                return i, j, c
            if any(
                x.is_quote or x.text in (".", "!", "?", ";") for x in toks[governing[-1][1] : t]
            ):
                return i, j, c
            return governing[-1]
    i2, j2, c2 = f.before[-2]  # a clause without "that": the cue before the last
    if i > 0 and toks[i - 1].low in ("which", "who") and c.category == "neutral":
        return i, j, c  # "a statement …, which said the review found …, and that all …"
    if c2.lemma == "according to" or any(
        t.is_quote or t.text in (".", "!", "?", ";") for t in toks[j2:i]
    ):
        return i, j, c
    return i2, j2, c2


def _title_in_apposition(f: QuoteFrame, q: int | None = None) -> bool:
    """``Kerry Lane, star of the drama "Harbor," thanked …``: the quote (at token ``q``,
    default this frame's) closes, on its comma, a description set off after a name opening
    the sentence (a title inside it: a noun or an article right before the quote); the verb
    after it is the name's, no inversion, and the quote ends no clause."""
    toks = f.toks
    q = f.q if q is None else q
    if q < 4 or toks[q - 1].tag not in ("NN", "NNS", "DT", "JJ", "POS") or toks[q - 1].text == ",":
        return False
    if not f.quotes[toks[q].quote].content.rstrip().endswith(",") and not (
        q + 1 < len(toks) and toks[q + 1].text == ","
    ):
        return False
    s = max(
        (m + 1 for m in range(q) if toks[m].text in (".", "!", "?", ";") or toks[m].is_quote),
        default=0,
    )
    m = s
    while m < q and toks[m].tag in ("NNP", "NNPS"):
        m += 1
    if m == s or m >= q or toks[m].text != ",":
        return False
    return all(
        t.tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "IN", "POS", "PRP$", "CD", "HYPH", ",")
        for t in toks[m + 1 : q]
    )


def _quote_in_who_clause(f: QuoteFrame, q: int, cue: int) -> bool:
    """``Mayor Carla Brandt, who was elected on a promise to "take a breath" on growth,
    wrote …``: the quote at token ``q`` sits in a *who* clause set off after the name that
    opens the sentence, the clause closing on a comma before the cue at ``cue``; it ends
    no clause, and the cue's subject is that name."""
    toks = f.toks
    s = max(
        (m + 1 for m in range(q) if toks[m].text in (".", "!", "?", ";") or toks[m].is_quote),
        default=0,
    )
    who = next((m for m in range(q - 1, s, -1) if toks[m].low == "who"), None)
    if who is None or toks[who - 1].text != ",":
        return False
    m = who - 1  # the name before ", who", opening the sentence (after a dateline's dash)
    while m > s and toks[m - 1].tag in ("NNP", "NNPS") and toks[m - 1].text not in DASHES:
        m -= 1
    if m == who - 1 or (m > s and toks[m - 1].text not in DASHES):
        return False
    return f.quotes[toks[q].quote].content.rstrip().endswith(",") or any(
        t.text == "," for t in toks[q + 1 : cue]
    )


def according_to_before(f: QuoteFrame) -> Found | None:
    """``According to X, "…"``: the last cue before the quote is *according to*.

    Example: According to Mayor Ann Lee, "the bridge will close."
    """
    if not f.before:
        return None
    if f.before[-1][2].lemma != "according to":
        return _according_to_relative(f)
    i, j, c = f.before[-1]
    inserted = _cue_before_according(f, i)
    if inserted is not None:
        return inserted
    np = np_after(f.toks, j)
    if np is not None:
        np = appositive_name(f.toks, np)  # "According to the poll's director, Samuel Brandvold,"
    return Found("according-to", np, c, f.toks) if np and np.j <= f.q else None


def _cue_before_according(f: QuoteFrame, i: int) -> Found | None:
    """``Lee replied, according to the filing, "…"``: *according to* set off by commas right
    after a verb of saying names the source of the report; the verb's subject speaks."""
    if len(f.before) < 2 or i < 2 or f.toks[i - 1].text != ",":
        return None
    i2, j2, c2 = f.before[-2]
    gap = f.toks[j2 : i - 1]  # "wrote back", "replied later"
    if (
        len(gap) > 2
        or any(t.tag not in ("RB", "RP") for t in gap)
        or c2.lemma == "according to"
        or c2.form not in ("past", "present")
    ):
        return None
    lo = max((m for m in range(0, i2) if f.toks[m].is_quote), default=-1) + 1
    np = subject_before(f.toks, i2, lo)
    if np is None or not any(
        t.is_proper or t.tag in ("NN", "NNS", "PRP") for t in f.toks[np.i : np.j]
    ):
        return None
    # (the cue of the record is the last one, so the reported content starts after it)
    return Found("speaker-cue-quote", appositive_name(f.toks, np), f.before[-1][2], f.toks)


def _according_to_relative(f: QuoteFrame) -> Found | None:
    """``According to an official who spoke on condition of anonymity to describe the
    call, "…"``: the cues after *according to* are inside a relative clause on its source,
    which a comma closes right before the quote (bounded: 30 tokens)."""
    at = next(
        (n for n in range(len(f.before) - 1, -1, -1) if f.before[n][2].lemma == "according to"),
        None,
    )
    if at is None:
        return None
    _, j, c = f.before[at]
    np = np_after(f.toks, j)
    if (
        np is None
        or np.j >= f.q
        # (or a clause without "that": "According to a filing the guild submitted,")
        or f.toks[np.j].low not in ("who", "that")
        and not contact_clause_at(f.toks, np.j)
        or f.q - np.j > 30
        or any(t.is_quote for t in f.toks[np.j : f.q])
    ):
        return None
    if f.toks[f.q - 1].text != "," and not _finding_after_relative(f, np.j, at):
        return None
    return Found("according-to", np, c, f.toks)


def _finding_after_relative(f: QuoteFrame, k: int, at: int) -> bool:
    """``According to a memo from the Lee campaign that was sent to donors, its own polling
    shows the race "…"``: after the relative clause on the source (from token ``k``), a
    comma and a short clause (at most 12 tokens to the quote) whose cues, if any, all have
    a thing for subject: what the source reports, not what someone says."""
    comma = next((m for m in range(k, f.q) if f.toks[m].text == ","), None)
    if comma is None or f.q - comma > 12:
        return False
    for i, _, _ in (cue for cue in f.before[at + 1 :] if cue[0] > comma):
        subject = subject_before(f.toks, i, comma + 1)
        if subject is None or not _names_nobody(f.toks, subject):
            return False
    return True


def parenthetical_cue(f: QuoteFrame) -> Found | None:
    """``The puzzle of the mayor, says Lena Hartwell, a historian, is "…"``: an inverted cue set
    off by commas inside the sentence, the speaker after it.

    Example: The trouble, says Lena Hartwell, a historian, is "nobody listens."
    """
    last = _last_before(f)
    if last is None:
        return None
    i, j, c, _ = last
    toks = f.toks
    if (
        i > 0
        and toks[i - 1].text == ","
        and c.form in ("past", "present")
        and j < f.q
        and toks[j].tag == "NNP"
        and c.lemma in PARENTHETICAL_CUES
    ):
        np = np_after(toks, j)
        if np is not None and np.j < f.q and toks[np.j].text == ",":
            return Found("speaker-cue-quote", appositive_name(toks, np), c, toks)
    return None


def inverted_cue_before(f: QuoteFrame) -> Found | None:
    """``Said Miriam Talbot, who grew up with Okafor, "…"``: a capitalised cue opens the
    clause, the speaker follows it, then the quote.

    Example: Said Miriam Talbot, who grew up with him, "He was kind."
    """
    last = _last_before(f)
    if last is None:
        return None
    i, j, c, prev_quote = last
    if i == prev_quote + 1 and f.toks[i].capitalised and c.form in ("past", "present"):
        np = np_after(f.toks, j)
        if np is not None and np.j <= f.q:
            return Found("quote-cue-speaker", appositive_name(f.toks, np), c, f.toks)
    return None


def _cue_subject(f: QuoteFrame) -> NP | None:
    last = _last_before(f)
    if last is None:
        return None
    if "cue-subject" not in f.memo:
        np = subject_before(f.toks, last[0], last[3] + 1)
        if np is not None:
            np = _past_coordinated_adjunct(f.toks, np, last[3] + 1)
        if np is not None:
            np = _contact_clause_subject(f.toks, np)
        if np is None and last[3] >= 0:
            np = _subject_around_title(f, last[0], last[3])
        f.memo["cue-subject"] = np
    return f.memo["cue-subject"]


def _contact_clause_subject(toks: list[Tok], np: NP) -> NP:
    """``flagged a change the center said "…"``: a noun phrase read up to the cue that holds
    a second determiner after a common noun is a noun and the subject of a clause without
    *that* (a contact clause); the subject of the cue is the second phrase (*the center*).
    Any other noun phrase as it is."""
    for k in range(np.i + 2, np.j - 1):
        if (
            toks[k].low in ("the", "a", "an")
            and toks[k - 1].tag in ("NN", "NNS")
            and toks[k - 1].text.islower()
            and toks[np.i].low in ("a", "an", "the")
            and all(t.tag in ("NN", "NNS", "JJ") for t in toks[np.i + 1 : k])
            # (the second phrase runs up to the cue: "a study the council ignored for two
            # years warned" has a clause of its own, the study warns)
            and all(t.tag in ("NN", "NNS", "NNP", "NNPS", "JJ") for t in toks[k + 1 : np.j])
        ):
            return NP(k, np.j)
    return np


def _past_coordinated_adjunct(toks: list[Tok], np: NP, lo: int) -> NP:
    """``Lee backed the plan and in a statement called it "…"``, ``… and on Twitter
    praised``: the noun phrase before the cue is the object of a preposition that opens a
    verb phrase coordinated by *and* / *but*; the verbs share the subject of the clause
    before the conjunction, which speaks. Any other noun phrase as it is."""
    p = np.i - 1
    if (
        p - 1 <= lo
        or toks[p].tag != "IN"
        or toks[p].low not in ("in", "on", "at", "via", "through", "during", "with")
        or toks[p - 1].low not in ("and", "but")
    ):
        return np
    subject = clause_subject(toks, lo, p - 1) or sentence_subject(toks, lo, p - 1)
    return subject if subject is not None else np


def _subject_around_title(f: QuoteFrame, i: int, t: int) -> NP | None:
    """``Sam Price, the host of "Brain Race," said``: the title right before the cue (its
    comma inside the marks) ends an apposition, maybe with a *who* clause after it; the
    subject is before it, read as if the title were a name."""
    toks = f.toks
    if t < i - 1 and not (
        toks[t + 1].low in ("who", "which")
        and toks[i - 1].text == ","
        and not any(tok.is_quote or tok.text == "," for tok in toks[t + 1 : i - 1])
    ):
        return None  # only a who clause may stand between the title and the cue
    if f.quotes[toks[t].quote].kind != "title":
        return None
    if not f.quotes[toks[t].quote].content.rstrip().endswith(","):
        return None
    lo = max((m for m in range(t) if toks[m].is_quote), default=-1) + 1
    title = toks[t]
    if t - 2 >= lo and toks[t - 1].text == "," and toks[t - 2].tag in ("NN", "NNS"):
        # 'Sam Ortiz, a contestant on the show, "Big Money," said': the title is set off
        # after the common noun it names; the apposition it closes ends with that noun
        words = [*toks[: t - 1], Tok(",", title.start, title.start, ",")]
    else:
        words = [
            *toks[:t],
            Tok(title.text, title.start, title.end, "NNP"),
            Tok(",", title.end, title.end, ","),
        ]
    np = subject_before(words, len(words), lo)
    return np if np is not None and np.j <= t else None


#: Heads of a noun phrase that speaks for itself inside a report (*said the report found*).
_SPEAKING_THINGS = word_list("documents") | SPEECH_NOUNS
_SPEAKING_HEADS = _SPEAKING_THINGS | PERSON_NOUNS


#: Verbs of a voice raised, often by many at once: whoever chants (*the crowd*, *the
#: room*, *the stands*) speaks the words, though WordNet calls a crowd no person.
CHANT_LEMMAS = frozenset("chant shout yell scream cry sing cheer roar jeer boo".split())


@lru_cache(maxsize=4096)
def _can_be_person(noun: str) -> bool:
    """Is some sense of ``noun`` a kind of person in WordNet (*heckler*, *voter*)?

    >>> _can_be_person("heckler"), _can_be_person("briefing")
    (True, False)
    """
    return wordnet_person(noun)


#: Nouns for what a crowd chants or shouts (*a chant started*, *the cry went up*).
_CHANT_NOUNS = frozenset(
    """chant chants shout shouts cry cries chorus roar refrain jeer jeers""".split()
)
#: What a clause may open on before its subject (*, and a chant …*, *Then the cry …*).
_CLAUSE_OPENERS = frozenset(", and but then soon suddenly".split())


def _chant_subject(toks: list[Tok], lo: int, k: int) -> NP | None:
    """``a chant started near the stage and spread:``: a chant noun opens the clause as its
    subject (a determiner and adjectives before it), a verb right after (*started* may be
    tagged a participle)."""
    m = lo
    while m < k and toks[m].low in _CLAUSE_OPENERS:
        m += 1
    n = m
    while n < k and toks[n].tag in ("DT", "JJ", "PRP$"):
        n += 1
    if n == m or n + 1 >= k or toks[n].low not in _CHANT_NOUNS:
        return None
    if toks[n + 1].low in ("that", "which") and toks[n + 1].tag in ("WDT", "IN"):
        return NP(m, n + 1)  # "The chant that opened the rally shook the hall:"
    return NP(m, n + 1) if toks[n + 1].tag in ("VBD", "VBZ", "VBP", "VBN") else None


def _from_came(toks: list[Tok], lo: int, k: int) -> NP | None:
    """``From the back rows came one:``, ``From the rest of the hall came a chant:``: an
    inversion; the source is what the chant came *from*."""
    m = lo
    while m < k and toks[m].low in _CLAUSE_OPENERS:
        m += 1
    if m >= k or toks[m].low != "from":
        return None
    came = next((c for c in range(m + 2, k) if toks[c].low in ("came", "comes", "rose")), None)
    if came is None or any(_breaks_clause(t) or is_verb(t) for t in toks[m + 1 : came]):
        return None
    what = toks[came + 1 : k]
    if not what or not any(t.low in _CHANT_NOUNS or t.low in ("one", "another") for t in what):
        return None
    return NP(m + 1, came)


def _clause_start(f: QuoteFrame, k: int) -> int:
    return max((m for m in range(0, k) if f.toks[m].is_quote), default=-1) + 1


def _colon(f: QuoteFrame) -> int | None:
    """The index of a colon right before the quote, if any."""
    k = f.q - 1
    return k if k >= 0 and f.toks[k].text == ":" else None


def chant_colon(f: QuoteFrame) -> Found | None:
    """``…, a chant started near the stage: "…"``, ``From the far balcony came another:
    "…"``: a chant noun opens the clause before a colon (the chant stands for the crowd
    that raised it), or a chant comes *from* someone; not the subject of a cue earlier in
    the sentence, whose words were cut off by it.

    Example: When Ann Lee rose, a chant started in the back: "Vote her out!"
    """
    k = _colon(f)
    if k is None:
        return None
    toks, lo = f.toks, _clause_start(f, k)
    lo = max([lo] + [m + 1 for m in range(lo, k) if toks[m].text in (",", ";")][-1:])
    np = _from_came(toks, lo, k) or _chant_subject(toks, lo, k)
    if np is None:
        return None
    a, b = toks[lo].start, toks[k - 1].end  # the clause stands for the verb of chanting
    return Found(
        "colon", np, CueMatch(a, b, f.text[a:b], "chant", "emotional", "phrase", False), toks
    )


def nested_cue(f: QuoteFrame) -> Found | None:
    """``She says it confirms that Trump is "…"``, ``A spokeswoman said the firm withdrew
    because it believed "…"``, ``Lee said the briefing had offered "…"``, ``He said his
    side had observed the truce "…"``: the nearest cue's subject is *it*, *this* or *that*,
    or a phrase that names no one who could speak (a thing, not a person; a body such as
    *the board* only before a backshifted verb, *had concluded*); the quote belongs to the
    one who reports that clause — the subject of the nearest verb of saying before it in
    the sentence (*said*, not *agreed*), else of the nearest cue.

    The phrase test is :func:`_names_nobody`.

    Example: Ann Lee says it confirms that Trump is "unfit."
    """
    last, np = _last_before(f), _cue_subject(f)
    if last is None or np is None or len(f.before) <= 1:
        return None
    if last[2].lemma in CHANT_LEMMAS and f.toks[np.i].low not in ("it", "this", "that"):
        return None  # "Lee said as the crowd chanted "…"": a crowd or a room raises its voice
    nobody = (
        np.j - np.i == 1
        and f.toks[np.i].low in ("it", "this", "that")
        or _names_nobody(f.toks, np)
        or _names_nobody(f.toks, np, bodies=True)
        and f.toks[np.i].low in ("the", "its", "their")
        and f.toks[last[0] - 1].low == "had"  # "said the board had concluded"
    )
    toks, prev_quote = f.toks, last[3]
    outer_cues = []
    for i2, j2, c2 in reversed(f.before[:-1]):
        if i2 <= prev_quote or any(t.text in (".", "!", "?", ";") for t in toks[i2 : last[0]]):
            break
        if c2.form in ("past", "present"):
            outer_cues.append((i2, j2, c2))
    saying = [x for x in outer_cues if x[2].category == "neutral"]
    for i2, j2, c2 in saying[:1] or outer_cues[:1]:
        if (
            not nobody
            and not _reason_of_another(toks, j2, np.i)
            and not _belief_of_another(toks, last, np, (i2, j2, c2), saying)
            and not _reported_report(toks, last, np, outer_cues[0])
        ):
            continue
        outer = subject_before(toks, i2, prev_quote + 1)
        if outer is not None and (
            toks[outer.j - 1].is_proper
            or toks[outer.i].low in ("he", "she", "they")
            or toks[outer.j - 1].tag in ("NN", "NNS")  # "A spokeswoman said the firm …"
        ):
            return Found("speaker-cue-quote", outer, c2, toks)
    return None


#: Words that end a reported clause or open another one beside it (a subordinate, a
#: relative, a coordinated clause): after them a cue is no longer inside what the outer
#: cue reports (*Lee said, as the crowd …*, *Lee said Park, who …*, *Lee spoke and Park said*).
_CLAUSE_BREAKS = frozenset(
    "as when while after before because since although though if unless until once whereas "
    "who whom whose which where and but or nor".split()
)


_SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
#: Auxiliaries (and *to*) before a cue that is not finite itself: *will say*, *were
#: calling*, *had told*, *to urge* still make it a clause's verb.
_AUXILIARIES = Closed.FINITE_AUXILIARIES | {"be", "been", "being", "to"}


#: Cues that report an utterance itself (*told her that he …*, *said*): a quote in their
#: clause is the words of the one who uttered them, even inside someone else's report.
_UTTERANCE_LEMMAS = frozenset(
    "say tell add reply respond answer explain state announce remark insist declare repeat "
    "reiterate recall warn caution promise pledge vow argue contend assert claim allege admit "
    "acknowledge concede confirm deny complain lament boast joke write testify note stress "
    "predict".split()
)


def _before_adverbs(toks: list[Tok], i: int) -> Tok | None:
    """The word before token ``i``, adverbs between skipped (*will soon say*: *will*)."""
    k = i - 1
    while k >= 0 and toks[k].tag.startswith("RB"):
        k -= 1
    return toks[k] if k >= 0 else None


def _hypothetical(toks: list[Tok], i: int) -> bool:
    """Is the cue at ``i`` under a modal or *to* (*will say*, *to tell*): speech not made?"""
    t = _before_adverbs(toks, i)
    return t is not None and (t.tag == "MD" or t.low == "to")


def _verb_of_clause(toks: list[Tok], i: int, c: CueMatch) -> bool:
    """Is the cue at ``i`` the verb of a clause with its own subject: finite, or after an
    auxiliary or *to* (adverbs between skipped), not a participle on a noun (*footage of Lee
    saying*)?"""
    if c.form in ("past", "present"):
        return True
    t = _before_adverbs(toks, i)
    return t is not None and (t.low in _AUXILIARIES or t.tag == "MD")


def _reported_report(
    toks: list[Tok], last: tuple[int, int, CueMatch, int], np: NP, outer: tuple[int, int, CueMatch]
) -> bool:
    """Is the nearest cue's clause (*investigators concluded that …*, *Park told members
    …*) the complement of the cue before it (*Lee said investigators concluded that the
    fire "…"*), with nothing between the outer cue and the inner subject that breaks the
    reported clause (:data:`_CLAUSE_BREAKS`, a comma, a quote)? Then the quote is part of
    what the outer speaker reports, in the outer speaker's words (PolNeAR gives such a
    quotation to the outer source). Not for a cue of raising the voice (*Lee said the
    crowd chanted "…"*: the crowd's words), nor an outer cue that is itself no finite
    verb of saying."""
    i, _j, c, _lo = last
    _i2, j2, c2 = outer
    if c.lemma in CHANT_LEMMAS or c.category in ("emotional", "inquiry", "source"):
        return False
    if c2.category in ("inquiry", "source") or c2.form not in ("past", "present"):
        return False
    if not _verb_of_clause(toks, i, c) and c2.category != "evaluative":
        return False  # a participle ("footage of Lee saying", "comments Lee made saying"),
        # but for what a naming verb's object says ("called a report suggesting … "…"")
    if c.lemma in _UTTERANCE_LEMMAS and not _hypothetical(toks, i):
        return False  # "Lee said the owner had told her that he "…"": the owner's words
    if not j2 <= np.i < np.j <= i or any(t.low in _SUBJECT_PRONOUNS for t in toks[np.i : np.j]):
        return False  # ("Lee said she told Park …": the same one either way)
    # nothing that ends the reported clause between the outer cue and the inner subject,
    # and the inner cue the subject's own verb, not a relative's ("praised Park, who vowed")
    return not any(
        _breaks_clause(t) or t.low in _CLAUSE_BREAKS or t.text in (".", "!", "?")
        for t in toks[j2 : np.i] + toks[np.j : i]
    ) and not any(t.low == "that" for t in toks[np.j : i])  # ("a report … that warned")


#: Conjunctions opening a clause subordinate to the reported one (*voted no because …*).
_SUBORDINATORS = frozenset("because since although though as while after when unless".split())


def _breaks_clause(t: Tok) -> bool:
    return t.is_quote or t.text in (",", ":", ";", "(", ")") or t.text in DASHES


def _reason_of_another(toks: list[Tok], j: int, k: int) -> bool:
    """Is the cue subject at ``k`` inside a subordinate clause (*because she thought*) of a
    clause reported by the cue ending at ``j`` whose own subject is someone named
    (*An aide said Park voted no because she thought "…"*)? The subordinate clause is
    the outer speaker's account of the named person's reasons: the words quoted there are
    the outer speaker's. Not when the reported clause's subject is a pronoun (*Park said
    she voted no because she thought "…"*: the speaker's own reasons, the same person).
    """
    if toks[j].low == "that":
        j += 1
    sub = next((m for m in range(j, k) if toks[m].low in _SUBORDINATORS), None)
    if sub is None or sub > j + 12 or any(_breaks_clause(t) for t in toks[j:k]):
        return False
    first = np_after(toks, j)
    return (
        first is not None
        and first.j < sub
        and toks[first.j - 1].is_proper
        and is_verb(toks[first.j])
        and not any(t.tag == "PRP" for t in toks[first.i : first.j])
    )


#: Verbs of belief that a spokesman's report may put in someone else's mind (*said the
#: senator believed "…"*): the quoted words are the one who reports, not the one believed.
_BELIEF_LEMMAS = frozenset({"believe", "think"})


def _belief_of_another(
    toks: list[Tok],
    last: tuple[int, int, CueMatch, int],
    np: NP,
    outer: tuple[int, int, CueMatch],
    saying: list,
) -> bool:
    """Is the nearest cue a verb of belief (*believed*, *thinks*) in a clause reported by a
    verb of saying before it (*A spokesman said in an email that the senator believed
    "…"*), its subject someone other than a pronoun? The spokesman speaks: what the
    senator believes is the spokesman's account, in the spokesman's words (news agencies
    attribute such a quotation to the outer cue). Not when the believer is a pronoun
    (*Lee said she believes "…"*: the same person either way) or the outer cue is no
    verb of saying (*agreed*)."""
    i, _j, c, _lo = last
    i2, j2, c2 = outer
    if c.lemma not in _BELIEF_LEMMAS or c.form not in ("past", "present"):
        return False
    if not saying or saying[0][0] != i2:
        return False  # (the outer cue must be a plain verb of saying)
    if (
        np.i < j2
        or np.j > i
        or any(t.tag not in ("RB", "MD") for t in toks[np.j : i])  # ("still believed")
        or any(t.tag in ("PRP", "PRP$") for t in toks[np.i : np.j])
    ):
        return False  # the believer right before "believed", inside the reported clause
    # nothing between the outer cue and the believer but an adjunct and "that"
    # ("said in an email that", "told reporters Monday that")
    return not any(_breaks_clause(t) or is_verb(t) for t in toks[j2 : np.i])


#: Prepositions of place that end a noun phrase's head (not *of*: *a thing of Ann's*).
_LOCATIVES = frozenset("in at near on behind by from".split())


#: An age used as a noun for the person (*the 63-year-old*, *a 19-year-old*).
_AGED = re.compile(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-years?-old")


def _names_nobody(toks: list[Tok], np: NP, bodies: bool = False) -> bool:
    """Is ``np`` a common noun phrase that names no one who could speak: a thing (*his
    side*, *the briefing*), or with ``bodies`` also a body (*the board*)? Not a person, a
    role, a document (*the report*) or a number of people (*21 percent*); WordNet says
    whether the head noun can be a person (*the heckler*)."""
    from nbutils.speakers import role_of

    span = toks[np.i : np.j]
    cut = next((m for m in range(1, len(span)) if span[m].low in _LOCATIVES), None)
    if cut is not None:
        span = span[:cut]  # "a man in the back row": the man, not the row
    if _person_before_of(span):
        return False  # "a lawyer for the man's family": the lawyer, not the family
    head = span[-1]
    low = head.low
    singular = low.removesuffix("s")
    if head.tag not in ("NN", "NNS") or any(
        t.is_proper or t.is_quote or t.tag in ("PRP", "CD") for t in span
    ):
        return False
    if {low, singular} & _SPEAKING_HEADS or _AGED.fullmatch(low):
        return False  # ("the 63-year-old": an age stands for a person)
    role = role_of(low)
    if role not in (None, "organisation"):
        return False
    if not bodies and (role == "organisation" or {low, singular} & ORG_WORDS):
        return False
    return not _can_be_person(low)


#: Prepositions after a person's noun that open what the person serves (*a lawyer for*).
_SERVING = frozenset("for to of".split())


def _person_before_of(span: list[Tok]) -> bool:
    """Is the noun before the phrase's first *for*/*to*/*of* one of a person's role (*a
    lawyer for the family*, *an aide to the board*)?"""
    k = next((m for m in range(1, len(span)) if span[m].low in _SERVING), None)
    if k is None or span[k - 1].tag not in ("NN", "NNS"):
        return False
    low = span[k - 1].low
    return role_of(low) not in (None, "organisation") or bool(
        {low, low.removesuffix("s")} & _SPEAKING_HEADS
    )


def split_quote(f: QuoteFrame) -> Found | None:
    """``"A," X said, "B"``: the second half of a quote split by its attribution — the cue's
    subject comes right after the first half.

    Example: "We tried," Ann Lee said, "but the river rose."
    """
    last, np = _last_before(f), _cue_subject(f)
    if last is None:
        return None
    if np is None or not (last[3] >= 0 and last[3] < np.i <= last[3] + 2):
        return _split_after_long_aside(f, last[3])
    # '"…," the panel's chair, Ann Lee, said, "…"': the name in apposition, as for the first half
    return Found("split-quote", appositive_name(f.toks, np), last[2], f.toks)


def _split_after_long_aside(f: QuoteFrame, prev_quote: int) -> Found | None:
    """``"A," said Ann Lee, the panel's chair, who asked that the vote wait until the
    auditor can testify, "and b."``: the first half closes on a comma, the cue and its
    speaker follow it at once, and the sentence runs on to a second half opening in lower
    case; a cue inside the aside (*testify*) does not govern it — the first cue does."""
    toks = f.toks
    if (
        prev_quote < 0
        or not opens_lower(f.quote)
        or not f.quotes[f.n - 1].content.rstrip().endswith(",")
        or toks[f.q - 1].text != ","
        or any(
            t.text in (".", "!", "?", ";", ":") or t.is_quote for t in toks[prev_quote + 1 : f.q]
        )
    ):
        return None
    first = next((span for span in f.before if span[0] > prev_quote), None)
    if first is None or first is f.before[-1]:
        return None  # (one cue between the halves: the follow-on's, as usual)
    i, j, c = first
    if i == prev_quote + 1 and c.form in ("past", "present"):  # "A," said Ann Lee, …
        np = np_after(toks, j)
    else:  # "A," Ann Lee, the panel's chair, …, said, "b."
        np = subject_before(toks, i, prev_quote + 1)
        if np is not None and np.i > prev_quote + 2:
            np = None
    if np is None or np.j > f.q:
        return None
    # (the second half goes on with the first's sentence: its kind, not the aside's share)
    kind = "direct" if f.quotes[f.n - 1].kind == "direct" else None
    return Found("split-quote", appositive_name(toks, np), c, toks, kind)


def speaker_cue_quote(f: QuoteFrame) -> Found | None:
    """``X said, "…"``: the subject of the last cue before the quote.

    Example: Mayor Ann Lee said, "The bridge will close."
    """
    last, np = _last_before(f), _cue_subject(f)
    if last is None or np is None:
        return None
    agent = _passive_agent(f, last) or _asked_by(f, last) or _participle_by(f, last)
    if agent is not None:  # "Lee was described as "a fighter" by her deputy": the deputy
        return Found("speaker-cue-quote", appositive_name(f.toks, agent), last[2], f.toks)
    # "The local MP, Rachel Tarrant, who arrived late, said: "…"": the name in apposition
    return Found(
        "speaker-cue-quote", _name_before(f.toks, appositive_name(f.toks, np)), last[2], f.toks
    )


def _name_before(toks: list[Tok], np: NP) -> NP:
    """An indefinite description set off after a name (*Senator Tom Hale of Vermont, a
    Democrat who had warned …*): that name; anything else as it is."""
    if np.i < 3 or toks[np.i].low not in ("a", "an") or toks[np.i - 1].text != ",":
        return np
    name = np_before(toks, np.i - 2)
    if (
        name is None
        or sum(t.tag == "NNP" for t in toks[name.i : name.j]) < 2
        or toks[name.i].tag != "NNP"
        or not all(t.tag in ("NNP", "NNPS") or t.low in ("of", ".") for t in toks[name.i : name.j])
        or (name.i > 0 and toks[name.i - 1].low in ("of", "in", "from", "to", "at", "by", "with"))
    ):
        return np
    return name


#: Verbs that label someone or something with the quoted words (*called*, *described as*).
_LABELLING = frozenset("call label dub term characterize describe brand".split())
_BE_FORMS = frozenset("was were is are been being be".split())


#: Cues of asking: a sentence opening with one (*Asked whether …, Lee was blunt.*) has the
#: one who answers as its subject.
_ASKED = frozenset({"ask", "press", "question", "quiz"})


def _participle_by(f: QuoteFrame, last: tuple[int, int, CueMatch, int]) -> NP | None:
    """``… stopped for one more question, shouted by a reporter: "…?"``: the cue is a past
    participle that modifies the noun before it (a comma or the noun right before it, no
    *be*), its agent after *by* before the quote: the agent spoke."""
    i, j, c, _lo = last
    toks = f.toks
    if (
        c.form not in ("participle", "past")
        or toks[i].tag not in ("VBN", "VBD")
        or i < 2
        or j >= f.q
        or toks[j].low != "by"
        or not (
            toks[i - 1].text == ","
            and toks[i - 2].tag in ("NN", "NNS")
            or toks[i - 1].tag in ("NN", "NNS")
        )
    ):
        return None
    np = np_after(toks, j + 1)
    return np if np is not None and np.j <= f.q else None


def _asked_by(f: QuoteFrame, last: tuple[int, int, CueMatch, int]) -> NP | None:
    """In ``X was asked by Y, "…?"`` (a verb of asking in the passive, its agent between the
    cue and the quote), the agent ``Y``: the one who put the question, not ``X``."""
    i, j, c, _lo = last
    toks = f.toks
    if c.lemma not in _ASKED or i < 1 or j >= f.q or toks[j].low != "by":
        return None
    m = i - 1
    while m > 0 and toks[m].tag == "RB":
        m -= 1  # "was also asked by"
    if toks[m].low not in _BE_FORMS:
        return None
    np = np_after(toks, j + 1)
    return np if np is not None and np.j <= f.q else None


def asked_unnamed(f: QuoteFrame, found: Found) -> bool:
    """Is the quote a question put to the cue's subject by someone the text does not name:
    ``Mayor Tom Hale was asked, "Will you run again?"`` (a verb of asking in the passive,
    no *by Y*, a question quoted)? Then the one asked did not say it.

    Example: Mayor Tom Hale was asked, "Will you run again?"
    """
    if found.rule != "speaker-cue-quote" or found.cue is None:
        return False
    last = _last_before(f)
    if last is None or last[2] is not found.cue or last[2].lemma not in _ASKED:
        return False
    i, j = last[0], last[1]
    toks = f.toks
    m = i - 1
    while m > 0 and toks[m].tag == "RB":
        m -= 1  # "was also asked"
    if i < 1 or toks[m].low not in _BE_FORMS or (j < f.q and toks[j].low == "by"):
        return False
    return f.quote.content.rstrip(" \"'”’").endswith("?")


def _labelling_passive(f: QuoteFrame, last: tuple[int, int, CueMatch, int]) -> bool:
    """Is the last cue a labelling verb in the passive: after *be* (``X was described as
    "…"``) or a participle set after the noun it modifies, the label right after it
    (``The bill, dubbed the "…"``, ``a plan nicknamed "…"``; not ``The group called the
    plan "…"``, active, with an object)?"""
    i, j, c, _lo = last
    toks = f.toks
    if c.lemma not in _LABELLING or c.form not in ("past", "participle") or i < 2:
        return False
    m = i - 1
    while m > 0 and toks[m].tag == "RB":
        m -= 1  # "was widely described"
    if toks[m].low in _BE_FORMS:
        return c.form == "past"
    return (
        toks[i].tag in ("VBN", "VBD")
        and (
            toks[i - 1].tag in ("NN", "NNS")
            or toks[i - 1].text == ","
            and toks[i - 2].tag in ("NN", "NNS", "NNP")
        )
        and all(t.low in ("the", "a", "an", "as") for t in toks[j : f.q])
        and not _relative_subject_before(toks, i)
    )


#: Words that open a relative clause whose object is gapped (*what lawmakers called "…"*).
_RELATIVES = frozenset("what which that whom who whose".split())


def _relative_subject_before(toks: list[Tok], i: int) -> bool:
    """Does the noun phrase before the verb at ``i`` follow a relative word in its clause
    (*what lawmakers called*, *which Apple's chief, Tim Cook, called*): the verb's subject,
    the verb active?"""
    for m in range(i - 1, max(-1, i - 20), -1):
        t = toks[m]
        if t.is_quote or t.text in (".", "!", "?", ";", ":") or t.tag in FINITE:
            return False
        if t.low in _RELATIVES:
            return True
    return False


def _passive_agent(f: QuoteFrame, last: tuple[int, int, CueMatch, int]) -> NP | None:
    """In ``X was described as "…" by Y``, ``X, dubbed "…" by Y,`` (a labelling verb in
    the passive, its agent after the quote), the agent ``Y``: the one who used the words,
    not ``X``; ``None`` otherwise."""
    if not _labelling_passive(f, last):
        return None
    k = f.k
    if k < len(f.toks) and f.toks[k].low == "by":
        return np_after(f.toks, k + 1)
    return None


def labelled_unnamed(f: QuoteFrame, found: Found) -> bool:
    """Is the quote a label put on the cue's subject by no one the text names: ``The bill,
    dubbed the "Clean Air Act," passed.`` (a labelling verb in the passive, no *by Y*)?
    Then the one labelled did not say it (as :func:`asked_unnamed`)."""
    if found.rule != "speaker-cue-quote" or found.cue is None:
        return False
    last = _last_before(f)
    if last is None or last[2] is not found.cue or not _labelling_passive(f, last):
        return False
    j = last[1]
    return not (j < f.q and f.toks[j].low == "by") and _passive_agent(f, last) is None


def clause_subject_cue(f: QuoteFrame) -> Found | None:
    """``At a diner in Keene, New Hampshire, on Friday, Mrs. Clinton tried to explain "…"``: a cue with
    no subject right before it; the speaker is the subject of its clause.

    Example: Ann Lee, at a rally on Sunday, loudly and repeatedly would urge "calm."
    """
    last = _last_before(f)
    if last is None or _cue_subject(f) is not None or last[2].form == "participle":
        return None
    agent = _participle_by(f, last) or _passive_agent(f, last)  # (or "Lee, dubbed "…" by Y")
    if agent is not None:  # "… for a last question, yelled by a photographer: "…?""
        return Found("speaker-cue-quote", appositive_name(f.toks, agent), last[2], f.toks)
    np = None
    for lo in dict.fromkeys((_clause_floor(f.toks, last[3] + 1, last[0]), last[3] + 1)):
        if _object_then_and(f.toks, last[3], last[0]):
            break  # (the verb shares the subject before the earlier quote: below)
        np = np or _verb_of_noun_cue(f.toks, last[0], lo)
        np = np or _object_of_causative(f.toks, last[0], lo)
        np = np or _subordinate_subject(f.toks, lo, last[0])
        np = np or _relative_coordinate_subject(f.toks, lo, last[0])
        np = np or clause_subject(f.toks, lo, last[0])
        np = np or sentence_subject(f.toks, lo, last[0])
    i, prev_quote = last[0], last[3]
    if (
        np is None
        and i >= 2
        and (
            prev_quote == i - 2
            # '"…", and warned that …': a comma outside the closing mark (logical punctuation)
            or prev_quote == i - 3
            and f.toks[i - 2].text == ","
            or _object_then_and(f.toks, prev_quote, i)
        )
        and f.toks[i - 1].low == "and"
        and f.toks[f.q - 1].text != ":"  # ("… and recalled the freeze: "…"": the colon's)
    ):
        # 'Tait called it "a betrayal" and said Labour "has chosen …"': the verbs share the
        # sentence's subject, before the earlier quote
        np = clause_subject(f.toks, 0, prev_quote)
        first = f.before[0] if f.before and f.before[0][1] <= prev_quote else None
        if np is None and first is not None:
            # "The Council's chief, Tom Bell, said …, and warned …": the first cue's subject,
            # the name set off after its description (not the owner opening the sentence)
            np = subject_before(f.toks, first[0], 0)
            np = appositive_name(f.toks, np) if np is not None else None
        np = np or sentence_subject(f.toks, 0, prev_quote)
        if np is not None and not (
            f.toks[np.j - 1].tag.startswith("NN")
            or f.toks[np.j - 1].tag == "PRP"
            and f.toks[np.j - 1].low not in ("it", "this", "that")
        ):
            np = None  # (a verb, or "It's become such a presence that X thanked …")
    if np is not None and expletive_it(f.toks, np):
        return None  # "It seems unfair to tell them: "…"": a dummy "it" says nothing
    return Found("speaker-cue-quote", np, last[2], f.toks) if np else None


def _relative_coordinate_subject(toks: list[Tok], lo: int, i: int) -> NP | None:
    """``The ad targets Ann Lee, who joined the race in May and has said the city "…"``: a
    cue (at ``i``) joined by *and* (or *and who*) to the verb of a *who* clause set off by a
    comma, with no comma, quote or clause break between; the relative's antecedent speaks,
    not the main clause's subject (*the ad*). ``None`` otherwise.

    >>> words = "ad/NN hit/VBD Lee/NNP ,/, who/WP quit/VBD and/CC has/VBZ said/VBD".split()
    >>> t = [Tok(w.split("/")[0], n, n + 1, w.split("/")[1]) for n, w in enumerate(words)]
    >>> np = _relative_coordinate_subject(t, 0, 8)
    >>> [x.text for x in t[np.i : np.j]]
    ['Lee']
    """
    k = i - 1
    while k > lo and (toks[k].tag in ("RB", "MD") or toks[k].low in Closed.FINITE_AUXILIARIES):
        k -= 1  # "and has since said"
    if k > lo and toks[k].low == "who":
        k -= 1  # "…, who quit and who said"
    if k <= lo or toks[k].low != "and":
        return None
    who = next(
        (
            m
            for m in range(k - 1, lo, -1)
            if toks[m].is_quote
            or toks[m].text in (",", ";", ":", ".", "!", "?")
            or toks[m].text in DASHES
            or toks[m].low == "who"
        ),
        None,
    )
    if who is None or toks[who].low != "who" or toks[who - 1].text != ",":
        return None
    if not any(t.tag in FINITE for t in toks[who + 1 : k]):
        return None  # (the relative needs a verb of its own before the "and")
    np = subject_before(toks, who + 1, lo)
    return np if np is not None and np.j <= who else None


#: Conjunctions that open a clause of time inside a sentence (*…, when a man stood up*).
_TIME_CONJUNCTIONS = frozenset("when as while after before until once".split())


def _subordinate_subject(toks: list[Tok], lo: int, i: int) -> NP | None:
    """``The hall went quiet when a nurse from Elgin climbed onto a bench and yelled, "…"``:
    a cue (at ``i``) joined by *and* to the verb of a clause of time, with no comma between
    that clause's conjunction and the cue, after a main clause whose subject is no one who
    could speak (*the hall*); the speaker is the time clause's subject."""
    if i - 1 <= lo or toks[i - 1].low != "and":
        return None
    sub = next(
        (
            m
            for m in range(i - 2, lo - 1, -1)
            if toks[m].text in (",", ";", ":")
            or toks[m].is_quote
            or toks[m].low in _TIME_CONJUNCTIONS
        ),
        None,
    )
    if sub is None or sub <= lo or toks[sub].low not in _TIME_CONJUNCTIONS:
        return None
    if toks[sub].tag not in ("WRB", "IN"):
        return None
    np = np_after(toks, sub + 1)
    if (
        np is None
        or np.i != sub + 1
        or np.j >= i - 1
        or toks[np.j].tag not in ("VBD", "VBZ", "VBP")
        or not any(t.tag in ("NN", "NNS", "NNP", "NNPS") for t in toks[np.i : np.j])
    ):
        return None
    main = clause_subject(toks, lo, sub)
    # (only when the main clause's subject names no one who could speak: "Ann Lee waited
    # until the hall settled and said" is Ann Lee's)
    return np if main is not None and _names_nobody(toks, main) else None


def _object_then_and(toks: list[Tok], prev_quote: int, i: int) -> bool:
    """``X denied that Y had "lied" to the voters, and said …``: an earlier quote, then only
    its clause's object (a noun phrase, prepositional phrases), a comma and *and* before the
    cue at token ``i``: the cue opens a verb phrase that shares the subject of the clause
    before the earlier quote, not the object's noun phrase."""
    return (
        0 <= prev_quote < i - 3
        and toks[i - 1].low == "and"
        and toks[i - 2].text == ","
        and toks[prev_quote + 1].tag != "IN"
        and all(
            t.quote < 0
            and t.tag in ("NNP", "NNPS", "NN", "NNS", "DT", "PRP", "PRP$", "JJ", "IN", "CD", "POS")
            and t.low not in ("when", "as", "while", "after", "before", "because", "if")
            for t in toks[prev_quote + 1 : i - 2]
        )
    )


def _clause_floor(toks: list[Tok], lo: int, i: int) -> int:
    """Where the clause of the cue at token ``i`` starts, searching from ``lo``: after the
    last semicolon before the cue, for a semicolon joins two independent clauses, each with
    its own subject (*Lee spoke first; her rival, on Friday, tried to explain "…"*). A
    clause after it with no subject of its own is an item of a series that shares the
    first one's (*X suggested …; clashed with …; and posted that "…"*): the sieves then
    search from ``lo`` again."""
    return max(
        (m + 1 for m in range(lo, i) if toks[m].text == ";" and toks[m].quote < 0), default=lo
    )


#: Verbs that make their object do something (*leading X to counter*, *prompted X to say*);
#: not *ask*, *urge* or *invite*: 'asked the room to applaud "my oldest ally"' quotes
#: the one who asked.
_CAUSATIVES = frozenset(
    """lead leads leading led prompt prompts prompting prompted force forces forcing forced
cause causes causing caused spur spurs spurring spurred push pushes pushing pushed""".split()
)


def _object_of_causative(toks: list[Tok], i: int, lo: int) -> NP | None:
    """``…, leading aides like Tom Aldrich to argue that "…"``: a cue in an infinitive
    after a causative verb and its object; the object is the one who speaks."""
    if i - 3 < lo or toks[i - 1].low != "to":
        return None
    end = i - 2
    if toks[end].text == ",":
        # "prompted the almanac, which tracks the counties, to state": skip the relative
        rel = next(
            (
                m
                for m in range(end - 1, max(lo, end - 15), -1)
                if toks[m].text == ","
                and toks[m + 1].low in ("which", "who", "whose")
                and toks[m].quote < 0
            ),
            None,
        )
        end = rel - 1 if rel is not None else end
    np = np_before(toks, end)
    if np is not None and np.i - 2 >= lo and toks[np.i - 1].low in ("like", "including"):
        head = np_before(toks, np.i - 2)  # "aides like Tom Aldrich"
        np = NP(head.i, np.j) if head is not None else None
    if np is None or np.i - 1 < lo or toks[np.i - 1].low not in _CAUSATIVES:
        return None
    if not any(t.tag in ("NN", "NNS", "NNP", "NNPS", "PRP") for t in toks[np.i : np.j]):
        return None
    return np


def _verb_of_noun_cue(toks: list[Tok], i: int, lo: int) -> NP | None:
    """``…, and at one point the audience loudly revived the chant "…"``: a cue that is a noun
    (after a determiner) is the object of a verb; the speaker is that verb's subject, in
    whichever clause of the sentence the verb stands."""
    m = i - 1
    while m > lo and toks[m].tag == "JJ":
        m -= 1  # "the angry chant"
    if m <= lo or toks[m].tag not in ("DT", "PRP$"):
        return None  # (the tagger may call the noun anything; the determiner says it)
    m -= 1
    if toks[m].tag not in ("VBD", "VBZ", "VBP") or toks[m].low in AUXILIARIES:
        return None
    np = subject_before(toks, m, lo)
    if np is not None:
        # "at one point the crowd": the subject starts at its own determiner
        d = next((p for p in range(np.j - 1, np.i, -1) if toks[p].tag in ("DT", "PRP$")), None)
        np = NP(d, np.j) if d is not None else np
    return np
