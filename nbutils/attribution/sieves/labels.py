"""The stage without a cue, part one: labels, owners and subjects.

A transcript label opening the quote (``"WALLACE: …"``, or a questioner's ``Q:``), a
quoted label that the sentence's subject applies (``went after Trump as "dangerous"``),
the owner of a remark or claim the quote gives (``her remark that "…"``), and the subject
of the quote's own sentence. The introductions around the quote are in
:mod:`.introductions`.

>>> from nbutils.attribution import attribute
>>> text = 'Ann Lee repeated her remark that "the bridge is not safe."'
>>> [(a.rule, a.speaker) for a in attribute(text)]
[('speech-owner', 'Ann Lee')]
"""

from __future__ import annotations

import re

from nbutils.attribution.frame import FINITE, Tok
from nbutils.attribution.records import Found
from nbutils.attribution.sieves.base import QuoteFrame
from nbutils.attribution.sieves.before import _names_nobody
from nbutils.attribution.syntax import (
    AUXILIARIES,
    NP,
    SPEECH_NOUNS,
    expletive_it,
    is_verb,
    np_before,
    sentence_subject,
)
from nbutils.attribution.transcripts import (
    ANSWER_LABELS,
    LABEL_NAME,
    QUESTIONER_LABELS,
    is_speaker_label,
)
from nbutils.lexicons import word_list
from nbutils.speakers import all_first_names
from nbutils.tokenise import TITLE_ABBREVIATIONS

# --- the stage without a cue: labels, owners, subjects, introductions -------------------------

_TRANSCRIPT = re.compile(r"\(?(" + LABEL_NAME + r"):\s")
#: A full name in ordinary case as a label: a known first name and one or two capitalised
#: words, then a colon.
_NAME_LABEL = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}):\s")


def transcript(f: QuoteFrame) -> Found | None:
    """``"WALLACE: Governor, …``: an upper-case speaker label opens the quote (interview
    transcripts; a quotation holding several turns was cut before this into one quote per
    turn, each opening with its label).

    The cutting is :func:`~nbutils.attribution.transcripts.split_turns`.

    Example: "WALLACE: Governor, will you run?" the transcript reads.
    """
    q = f.quote
    label = _TRANSCRIPT.match(q.content)
    if label is None:
        # "Chris Lane: Seriously, …" opening a paragraph, as in a transcript: a full name
        # (not after a cue: 'they chanted "Chris Lane: bad for you"' names a topic)
        named = _NAME_LABEL.match(q.content)
        if (
            named is None
            or named.group(1).split()[0] not in all_first_names()
            or f.text[f.text.rfind("\n", 0, q.start) + 1 : q.start].strip()
        ):
            return None
        a, b = q.content_start + named.start(1), q.content_start + named.end(1)
        return Found("transcript", NP(0, 1), None, [Tok(f.text[a:b], a, b, "NNP")])
    if not is_speaker_label(label.group(1)) or len(label.group(1)) < 2:
        return None  # ("Q:" and "A:" cut a transcript into turns but name nobody here)
    a, b = q.content_start + label.start(1), q.content_start + label.end(1)
    words = f.text[a:b].split()
    if len(words) > 1 and words[0].rstrip(".").lower() in TITLE_ABBREVIATIONS:
        a = f.text.index(words[1], a + len(words[0]))  # "MS. LEE": the name, not the title
    return Found("transcript", NP(0, 1), None, [Tok(f.text[a:b].title(), a, b, "NNP")])


#: A transcript's question label (``Q:``, ``QUESTION:``), which an ``A:`` turn answers.
_QUESTION_LABEL = re.compile(r"(?<![\w.’'])(?:Q|QUESTION):\s")


def questioner_label(f: QuoteFrame) -> Found | None:
    """``"Q: Will it reopen?`` with no cue after it naming who asked: a transcript's
    unnamed questioner, a reporter (the label resolves so); its ``A:`` turns (*"Q: Will it
    close? A: Not while I run it."*) are the interviewee's, the person the article named
    before the transcript.

    Example: The transcript reads: "Q: Will you sign it? MS. LEE: Yes."
    """
    q = f.quote
    label = _TRANSCRIPT.match(q.content)
    if label is None or label.group(1) not in QUESTIONER_LABELS | ANSWER_LABELS:
        return None
    a, b = q.content_start + label.start(1), q.content_start + label.end(1)
    if label.group(1) in ANSWER_LABELS and not _QUESTION_LABEL.search(f.text, max(0, a - 1000), a):
        return None  # an "A:" with no "Q:" just before it is no answer turn ('"A: top marks"')
    return Found("transcript", NP(0, 1), None, [Tok(f.text[a:b], a, b, "NNP")])


def _own_subject(toks: list[Tok], q: int) -> NP | None:
    """The subject of the quote's own sentence, if it can be the source: a name, a pronoun
    (not the *it* of *it is prohibited to*), a speech noun, or a description of someone or
    of a document (not *the plan*, *those services*: what names no one who could speak);
    never for a quote opening inside brackets (a citation: *I agree with her ("…", the
    Ledger, Monday)*)."""
    s = q
    while s > 0 and toks[s - 1].text not in (".", "!", "?"):
        s -= 1
    if q - s < 3 or any(t.is_quote for t in toks[s:q]) or toks[q - 1].text == "(":
        return None
    np = sentence_subject(toks, s, q)
    if np is None or np.j >= q or expletive_it(toks, np):
        return None
    k = np.j
    if k < q and toks[k].low in ("of", "from") and toks[np.j - 1].is_proper:
        # "Judge Ann Berg of the District of Oregon found that …": a place or body after
        # the name belongs to the subject
        m = k
        while m < q and m - k < 9 and (toks[m].low in ("of", "from", "the") or toks[m].is_proper):
            m += 1
        if m > k + 1 and toks[m - 1].is_proper:
            k, np = m, NP(np.i, m)
    while k < q and toks[k].tag == "RB":
        k += 1
    if k >= q or toks[k].tag not in FINITE:
        return None
    head = toks[np.i : np.j]
    if (
        not any(t.tag in ("NNP", "NNPS", "PRP") for t in head)
        and not any(t.low in SPEECH_NOUNS for t in head)
        and (toks[np.i].tag != "DT" or _names_nobody(toks, np))
    ):
        return None
    return np


_AS_BEFORE = re.compile(r"\b(?:as|like)\s+(?:an?\s+|the\s+)?$")


def labelled_as(f: QuoteFrame) -> Found | None:
    """``Clinton went after Trump as "dangerous"``: a quoted label after *as* or *like* with
    no cue; the subject of the sentence applies the label (a name or pronoun).

    Example: Clinton went after Trump as "dangerous."
    """
    q = f.quote
    if not _AS_BEFORE.search(f.text, max(0, q.start - 12), q.start):
        return None
    np = _own_subject(f.toks, f.q)
    if np is None or not any(t.tag in ("NNP", "NNPS", "PRP") for t in f.toks[np.i : np.j]):
        return None
    return Found("labelled-as", np, None, f.toks)


#: Nouns for something said that a possessor owns: *her remark that "…"*.
OWNED_SPEECH = SPEECH_NOUNS | word_list("owned_speech")
_LINKS = frozenset({"that", ",", ":", "was", "is", "were", "are", "--", "—"})
_NOT_NAMES = word_list("not_names")


def speech_owner(f: QuoteFrame) -> Found | None:
    """``over her remark that "…"``, ``Barrett's motto for his interns was, "…"``: a cue-less
    quote that is the content of someone's remark; the possessor is the speaker.

    Example: Barrett's motto for his interns was, "Never guess."
    """
    toks, q = f.toks, f.q
    lo = q - 1
    while (
        lo > 0
        and q - lo < 16
        and toks[lo - 1].text not in (".", "!", "?", ";")
        and not toks[lo - 1].is_quote
    ):
        lo -= 1
    for m in range(q - 1, lo - 1, -1):
        if toks[m].low not in OWNED_SPEECH or not toks[m].tag.startswith("NN"):
            continue
        gap = toks[m + 1 : q]
        link = max((g for g, t in enumerate(gap) if t.low in _LINKS), default=None)
        if (
            link is None
            or len(gap) > 12
            or len(gap) - link > 4
            or any(is_verb(t) and t.low not in _LINKS for t in gap)
            or any(
                t.tag not in ("NNP", "NNPS", "NN", "NNS", "DT", "PRP", "JJ")
                for t in gap[link + 1 :]
            )
        ):
            return None
        k = m - 1
        while k >= lo and (
            toks[k].tag in ("JJ", "NN", "VBG", "CD")
            or toks[k].tag == "NNP"
            and toks[k].text in _NOT_NAMES
        ):
            k -= 1
        if k < lo:
            return None
        if toks[k].tag == "PRP$" and toks[k].low in ("his", "her"):
            return Found("speech-owner", NP(k, k + 1), None, toks)  # resolved as the pronoun
        if (
            (toks[k].tag == "POS" or toks[k].text in ("'s", "’s", "'", "’"))
            and k - 1 >= lo
            and toks[k - 1].is_proper
        ):
            owner = np_before(toks, k - 1)  # "Barrett's dictum", "Sanders' email"
            if owner is not None:
                return Found("speech-owner", owner, None, toks)
        return None
    return None


def _possessor(toks: list[Tok], m: int, lo: int) -> NP | None:
    """The owner of the noun at ``m``: a name before ``'s`` (*Ann Lee's claim*), or *his* /
    *her* (resolved as the pronoun), past adjectives (*Lee's repeated claim*); else ``None``."""
    k = m - 1
    while k > lo and toks[k].tag in ("JJ", "JJR", "RB", "VBN", "VBG"):
        k -= 1
    if toks[k].tag == "PRP$" and toks[k].low in ("his", "her"):
        him = "him" if toks[k].low == "his" else "her"
        if any(t.low == him and t.tag == "PRP" for t in toks[max(0, k - 12) : k]):
            return None  # "challenging him over his comments that …": whose is unclear
        return NP(k, k + 1)
    if (
        toks[k].text in ("'s", "’s", "'", "’")
        and k - 1 >= lo
        and toks[k - 1].is_proper
        and toks[k - 1].text[:1].isupper()
    ):
        i = k - 1  # the name alone, not "a fact-check on Ann Lee"
        while i > lo and toks[i - 1].is_proper and toks[i - 1].text[:1].isupper():
            i -= 1
        return NP(i, k)
    return None


def _clause_reaches_quote(f: QuoteFrame, that: int) -> bool:
    """Does the *that* clause opened at ``that`` run on to the quote: no cue, quote or
    clause stop between, no relative *that* (a verb right after it), and no new clause
    after a comma (*…, the council passed it*)?"""
    toks, q = f.toks, f.q
    gap = toks[that + 1 : q]
    if len(gap) > 1 and gap[0].tag in FINITE:
        return False  # "the claim that stunned the room": a relative clause
    if any(t.is_quote or t.text in (".", "!", "?", ";", ":") or t.low in OWNED_SPEECH for t in gap):
        return False  # (another's "arguments" nearer the quote)
    groups = [m for m, t in enumerate(gap) if t.tag in FINITE and _opens_group(gap, m)]
    if len(groups) > 1:
        return False  # "Lee's claim that Hale is wrong is "false"": the main clause's verb
    if any(that < i < q for i, _, _ in f.cues):
        return False  # "Lee's claim that Hale said the bill "…"": Hale's cue is nearer
    comma = max((m for m in range(that + 1, q) if toks[m].text == ","), default=None)
    return comma is None or not any(t.tag in ("VBD", "VBZ", "VBP") for t in toks[comma + 1 : q])


def _opens_group(gap: list[Tok], m: int) -> bool:
    """Does the finite verb at ``gap[m]`` open a verb group: after no finite verb, or a form
    of *be*/*have* or a modal after a lexical one (*that he lied was*: two groups)?"""
    if m == 0 or gap[m - 1].tag not in FINITE:
        return True
    return (gap[m].low in AUXILIARIES or gap[m].tag == "MD") and not (
        gap[m - 1].low in AUXILIARIES or gap[m - 1].tag == "MD"
    )


def claim_owner(f: QuoteFrame) -> Found | None:
    """``Hale rejected Ann Lee's claim that the dam "could fail"``: the quote sits in the
    *that* clause of a possessed noun of speech (*Lee's claim / charge / warning that*): the
    possessor said it, whatever cue governs the sentence around (*rejected*, a *said* after).

    Example: Tom Hale rejected Ann Lee's warning that the dam "could fail within a year."
    """
    toks, q = f.toks, f.q
    if q < 1 or toks[q - 1].low == "as":
        return None  # "describing Lee's statement that … as "…"": the describer's label
    for that in range(q - 1, max(0, q - 16), -1):
        if toks[that].is_quote or toks[that].text in (".", "!", "?", ";"):
            return None
        if toks[that].low != "that" or toks[that - 1].low not in OWNED_SPEECH:
            continue
        if not toks[that - 1].tag.startswith("NN") or not _clause_reaches_quote(f, that):
            return None
        owner = _possessor(toks, that - 1, max(0, that - 8))
        if owner is None or _as_cue_after(f) or _labelled(toks, owner, that, q):
            return None
        return Found("speech-owner", owner, None, toks)
    return None


#: Verbs that put a label on what follows them (*called Lee's claim that … "nonsense"*):
#: the quote after the claim is the labeller's word, not the claim's. (Word forms: the cue
#: lexicon behind :data:`_LABELLING` knows neither *call* nor *branded*, nor the judging
#: verbs.)
_LABELLING_VERBS = frozenset(
    """call calls called calling label labels labeled labelled labeling labelling brand
brands branded term terms termed dub dubs dubbed rate rates rated deem deems deemed
find finds found consider considers considered judge judges judged think thinks thought
believe believes believed feel feels felt""".split()
)


def _labelled(toks: list[Tok], owner: NP, that: int, q: int) -> bool:
    """Is the quote a label put on the possessed claim (*Tom Hale called Ann Lee's claim
    that crime was up "nonsense"*, *… and her charge that he lied "slander"*): a labelling
    verb earlier in the sentence, and the claim's clause whole before the quote (a subject
    and a finite verb, the quote not its verb's complement: not *that he had "cooked the
    books"*, which is the owner's words whatever the verb)?"""
    lo = owner.i
    while lo > 0 and toks[lo - 1].text not in (".", "!", "?", ";"):
        lo -= 1
    if not any(t.low in _LABELLING_VERBS for t in toks[lo : owner.i]):
        return False
    gap = toks[that + 1 : q]
    if not any(t.tag in FINITE for t in gap[1:]):
        return False  # "claim that the dam "could fail"": the quote holds the verb
    last = gap[-1]
    return not (
        last.low in AUXILIARIES
        or last.tag in ("MD", "TO", "IN", "DT", "PRP$")
        or last.low in _OPEN_ADVERBS
        or last.low in _LABELLING_VERBS
    )


#: Adverbs after which a verb's words still follow (*that she had never "met him"*).
_OPEN_ADVERBS = frozenset("not n't never also still just only even already once".split())


def _as_cue_after(f: QuoteFrame) -> bool:
    """Does *as X suggested* follow the quote closely (*rather than a "regional" candidate,
    as her rival's manager suggested*): the word is that X's?"""
    return any(
        i - f.k <= 8 and any(t.low == "as" for t in f.toks[f.k : i]) for i, _j, _c in f.after
    )


def own_sentence_subject(f: QuoteFrame) -> Found | None:
    """``Tom Hale worried that the budget was becoming "a trap …"``: no cue near a
    quote that does not open its sentence; the sentence's subject (a name, a pronoun, a
    speech noun or a description), followed by a finite verb, is the source.

    Example: Ann Lee worried that the town was becoming "a ghost town where nobody lives."
    """
    np = _own_subject(f.toks, f.q)
    return Found("sentence-subject", np, None, f.toks) if np is not None else None
