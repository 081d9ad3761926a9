"""The stage without a cue, part two: introductions, a speaker named around a quote that has
no cue of its own.

A sentence ending on a colon before the quote, the second clause of the sentence before, the
previous sentence of the paragraph or the last of the paragraph before (a speaker with a
cue, or someone shown acting or asking), a signature on the next line, and a description of
how someone put it. These sieves read the text before the quote through :func:`_text_before`
and its words through :func:`_previous_tokens`.

>>> from nbutils.attribution import attribute
>>> text = 'Ann Lee said on Monday that the bridge would close. "It is not safe."'
>>> [(a.rule, a.speaker) for a in attribute(text)]
[('previous-sentence', 'Ann Lee')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from nbutils.attribution.frame import FINITE, TOKEN, Tok, tag_words
from nbutils.attribution.records import Found
from nbutils.attribution.sieves.base import CueSpan, QuoteFrame
from nbutils.attribution.sieves.before import _ASKED, _can_be_person
from nbutils.attribution.sieves.participles import RELAYS
from nbutils.attribution.syntax import (
    AUXILIARIES,
    CALENDAR_WORDS,
    NP,
    SPEECH_NOUNS,
    appositive_name,
    colon_speaker,
    cues_in,
    last_full_stop,
    np_after,
    np_before,
    sentence_subject,
    subject_before,
)
from nbutils.cues import CueMatch, cue_at
from nbutils.quotes import Quote
from nbutils.speakers import TITLE_WORDS, all_first_names
from nbutils.speakers.roles import wordnet_person
from nbutils.tokenise import TITLE_ABBREVIATIONS


def _tagged(text: str, a: int, b: int, limit: int) -> list[Tok] | None:
    """The tokens of text[a:b], tagged (``None`` when empty or longer than ``limit``)."""
    raw = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, a, b)]
    if not raw or len(raw) > limit:
        return None
    tags = tag_words([w for w, _, _ in raw])
    return [Tok(w, s, e, t) for (w, s, e), t in zip(raw, tags, strict=False)]


class _Before(NamedTuple):
    """The text just before a cue-less quote: where it ends (``k``), whether it ends on a
    colon, and the previous sentence ``lo..k`` (``lo`` is -1: it holds the previous quote)."""

    k: int
    colon: bool
    lo: int


def _text_before(f: QuoteFrame, across: bool) -> _Before | None:
    """The sentence before the quote's frame, in the same paragraph (``across``: also the
    last sentence of the previous paragraph when the quote opens its own)."""
    text, q, floor = f.text, f.quote, f.floor
    k = f.lo
    while k > floor and text[k - 1].isspace():
        k -= 1
    if k <= floor:
        return None
    colon = text[k - 1] == ":"
    same_para = "\n" not in text[k : q.start]
    if not colon and not same_para and not (across and text[k - 1] in ".!?"):
        return None
    lo = max(floor, k - 300)
    cut = max(text.rfind("\n", lo, k - 1), last_full_stop(text, lo, k - 1))
    if (
        cut < 0
        and lo == floor
        and floor > 0
        and text[floor - 2 : floor - 1] == "."  # (not '"…?" Lee asked.': its own cue)
        and text[floor : floor + 1].isspace()
        and "\n" not in text[floor:k]
        and text[floor:k].strip()[:1].isupper()
        and f.quote.content.rstrip().endswith("?")
    ):
        # '… that she "won every round." A reporter asked her whether …. "Did he?"': the
        # previous quote ended its sentence, and a whole sentence comes between
        return _Before(k, colon, floor)
    if cut < 0 and lo == floor and floor > 0:
        return _Before(k, colon, -1)
    return _Before(k, colon, cut + 1 if cut >= 0 else lo)


def _previous_tokens(f: QuoteFrame, before: _Before) -> tuple[list[Tok], list[CueSpan]] | None:
    if any(ch in f.text[before.lo : before.k] for ch in '"“”'):
        return None
    toks = _tagged(f.text, before.lo, before.k, 60)
    return (toks, cues_in(f.text, toks)) if toks is not None else None


def _cue_before_colon(toks: list[Tok], cues: list[CueSpan]) -> CueSpan | None:
    """``McCrummen reports:``, ``as the website notes:``: a cue word (present or past) right
    before the closing colon, after a noun phrase, read as a verb whatever its tag (alone,
    the tagger often makes *reports* a plural noun); not after a determiner (*the report:*)."""
    end = len(toks) - 1
    if end < 2:
        return None
    if cues and cues[-1][1] == end:
        return cues[-1]
    hit = cue_at([t.text for t in toks], end - 1)
    if (
        hit is None
        or hit[0] != 1
        or hit[3] not in ("present", "past")
        or not (
            toks[end - 2].tag.startswith(("NN", "PRP"))
            or toks[end - 2].tag == "JJ"  # "the council website notes:" (website as JJ)
            and end >= 3
            and toks[end - 3].tag.startswith("NN")
        )
    ):
        return None
    t = toks[end - 1]
    return end - 1, end, CueMatch(t.start, t.end, t.text, hit[1], hit[2], hit[3], hit[4])


def _speech_noun_by(toks: list[Tok]) -> NP | None:
    """``… rated this statement by Ann Lee on June 11:``: a speech noun and *by* a name."""
    for m in range(len(toks) - 3, 0, -1):
        if toks[m].low in SPEECH_NOUNS and toks[m + 1].low == "by":
            np = np_after(toks, m + 2)
            if np is not None and any(t.is_proper for t in toks[np.i : np.j]):
                return np
    return None


def _names_someone(toks: list[Tok], np: NP) -> bool:
    """Is ``np`` a name or a pronoun, not a heading in capitals (*SHORT READS:*) nor a word
    set off by a comma that opens the sentence (*Wait, it gets better:*)?"""
    span = toks[np.i : np.j]
    return (
        any(t.tag in ("NNP", "NNPS", "PRP") or t.is_pronoun for t in span)
        and not all(t.text.isupper() and len(t.text) > 1 for t in span if t.text[:1].isalpha())
        and not (np.j - np.i == 1 and np.j < len(toks) and toks[np.j].text == ",")
    )


def colon_intro(f: QuoteFrame) -> Found | None:
    """``X quoted Y: ¶ "…"``: the text before the quote ends on a colon; the subject of its
    last cue (*Jo Ames reports:*), the name after a speech noun and *by* (*this statement by
    Ann Lee:*), the quoted person after *quotes* (*Lee quotes former mayor Tom Ray:*), or the
    subject of a clause ending on a speech noun (*Lee made the following comment:*) is the
    speaker. With no cue, the clause's subject must be a name or a pronoun.

    Example: Mayor Ann Lee made one promise: ¶ "The bridge will reopen."
    """
    before = _text_before(f, across=False)
    if before is None or not before.colon or before.lo < 0:
        return None
    found = _previous_tokens(f, before)
    if found is None:
        return None
    toks, cues = found
    end = len(toks) - 1  # the colon
    last = _cue_before_colon(toks, cues)
    if last is not None and (not cues or cues[-1] != last):
        cues = [*cues, last]
        if toks[end - 2].tag == "JJ":  # "the council website notes:": a noun, then the verb
            toks = [*toks[: end - 2], toks[end - 2]._replace(tag="NN"), *toks[end - 1 :]]
    question = f.quote.text.rstrip(" \"'”’»").endswith("?")
    first = _first_turn_speaker(toks, end)
    if first is not None:
        return first
    return _colon_cue_speaker(toks, cues, end, question) or _colon_uncued_speaker(toks, end)


def _first_turn_speaker(toks: list[Tok], end: int) -> Found | None:
    """``The exchange went like this, the mayor first:``: a clause announcing an exchange
    of bare turns ends on a comma, a noun phrase and *first*; that person speaks first."""
    if end < 3 or toks[end - 1].low != "first":
        return None
    comma = next((k for k in range(end - 2, max(-1, end - 8), -1) if toks[k].text == ","), None)
    if comma is None:
        return None
    np = np_after(toks, comma + 1)
    if np is None or np.j != end - 1 or not _names_someone_or_describes(toks, np):
        return None
    return Found("colon", np, None, toks)


def _names_someone_or_describes(toks: list[Tok], np: NP) -> bool:
    """A name, a pronoun or a definite description of a person (*the governor*)."""
    span = toks[np.i : np.j]
    return _names_someone(toks, np) or (span[0].low == "the" and span[-1].tag == "NN")


def _colon_cue_speaker(
    toks: list[Tok], cues: list[CueSpan], end: int, question: bool = True
) -> Found | None:
    """The speaker of the last cue before a closing colon (``toks[end]``)."""
    rev = list(reversed(cues))
    for n, (i, j, c) in enumerate(rev):
        if (
            not question
            and c.lemma in ("ask", "question", "press", "quiz", "challenge")
            and n + 1 < len(rev)
            and any(
                t.low in ("when", "after", "as", "once", "before", "until", "while")
                for t in toks[rev[n + 1][1] : i]
            )
        ):
            continue  # "what Lee said when a voter asked him:": the answer, the main clause's
        if c.lemma == "quote" and c.form in ("present", "past") and j < end:
            np = np_after(toks, j)  # "Frank quotes former adviser Alfred Lindqvist:"
            if np is not None and np.j == end and toks[np.j - 1].is_proper:
                return Found("colon", appositive_name(toks, np), c, toks)
        np = subject_before(toks, i, 0) or sentence_subject(toks, 0, i)
        if np:
            return Found("colon", np, c, toks)
    return None


def _colon_uncued_speaker(toks: list[Tok], end: int) -> Found | None:
    """The speaker named before a closing colon (``toks[end]``) with no cue."""
    by = _speech_noun_by(toks)
    if by is not None:
        return Found("colon", by, None, toks)
    if end >= 1 and toks[end - 1].low in SPEECH_NOUNS:
        np = sentence_subject(toks, 0, end - 1)  # "Lee made the following comment:"
        if np is not None and np.j < end - 1:
            return Found("colon", np, None, toks)
    np = colon_speaker(toks, 0, end)
    return Found("colon", np, None, toks) if np and _names_someone(toks, np) else None


_SECOND_CLAUSE = re.compile(r",\s+(?:and|but|while|then)\s+")


def second_clause(f: QuoteFrame) -> Found | None:
    """``"A," Lee said, and her husband broke in. "B."``: the previous sentence holds the
    previous quote, and a second clause after its attribution has a speaker and a cue.

    Example: "We lost," Ann Lee said, and her husband interjected. "Not yet."
    """
    before = _text_before(f, across=False)
    if before is None or before.colon or before.lo >= 0:
        return None
    return _second_clause(f, before)


def _second_clause(f: QuoteFrame, before: _Before) -> Found | None:
    text, lo, hi = f.text, f.floor, before.k
    m = max(_SECOND_CLAUSE.finditer(text, lo, hi), key=lambda x: x.start(), default=None)
    if m is None or "\n" in text[lo:hi]:
        return None
    toks = _tagged(text, m.end(), hi, 20)
    if toks is None:
        return None
    for i, _j, c in reversed(cues_in(text, toks)):
        np = subject_before(toks, i, 0)
        if np is not None and np.i == 0 and c.lemma != "according to":
            if c.lemma in _REACTIONS and (i + 1 >= len(toks) or toks[i + 1].text in ".!?"):
                return None  # '"…," he said, and the room laughed. "…"': a reaction, no speech
            return Found("previous-sentence", np, c, toks)
    return None


#: Cues that are also an audience's reaction: closing a second clause on their own (*…, he
#: said, and the crowd laughed.*) they report no words.
_REACTIONS = frozenset("laugh applaud cheer groan sigh boo gasp chuckle".split())


def _previous_sentence(f: QuoteFrame, across: bool) -> Found | None:
    before = _text_before(f, across)
    if before is None or before.colon:
        return None
    if before.lo < 0:  # (across a paragraph break only: the same paragraph's is second_clause)
        return _second_clause(f, before) if across else None
    found = _previous_tokens(f, before)
    if found is None:
        return None
    toks, cues = found
    asker = (
        _question_came_from(f, toks)
        or _asked_in_narration(f, toks, before.lo)
        or _parenthetical_reporter(toks, cues)  # "The chief, he said, had asked …"
    )
    if asker is not None:
        return asker
    for n in range(len(cues) - 1, -1, -1):
        i, _j, c = cues[n]
        if c.lemma == "according to":
            continue
        np = _reporter_at(toks, i, c, f.quote.content.rstrip().endswith("?"))
        if np is not None and np.j - np.i == 1 and toks[np.i].low in _NOBODY_IN_PARTICULAR:
            return None  # "Not everyone was celebrating.": no one to quote
        if np:
            outer = _outer_report(toks, cues[:n], np)
            if outer is not None:  # "Lee said the union would ask …": Lee reports
                return Found("previous-sentence", outer[1], outer[0], toks)
            return Found("previous-sentence", np, c, toks)
    # (an ambiguous cue that gave no reporter, "… a statement that did not mention him":
    # still a sentence with no cue)
    return _source_without_cue(f, toks, all(c.ambiguous for _i, _j, c in cues))


def _source_without_cue(f: QuoteFrame, toks: list[Tok], uncued: bool) -> Found | None:
    """The source in a sentence before the quote that gave no reporter: an issuer, a turner
    or a gesturer (see :func:`_uncued_source`), else a group speaking as *we* — not a group
    the quote speaks of (:func:`_group_spoken_of`)."""
    source = _uncued_source(toks) if uncued else _gesturer(toks)
    if source is None and uncued:
        return _group_speaking(f, toks)
    return None if source is not None and _group_spoken_of(f, source) else source


def _group_speaking(f: QuoteFrame, toks: list[Tok]) -> Found | None:
    """``The firefighters were exhausted. "We have been up for 30 hours."``: a sentence whose
    subject is a plural noun of people, naming no one, right before a bare quote that speaks
    as *we*/*us*/*our*, first in its paragraph: the group speaks it."""
    if not _WE.search(f.quote.content) or toks[-1].text not in (".", "!"):
        return None
    if _THEY.search(f.quote.content):
        return None  # ("We owe them a holiday": a group spoken of, not speaking)
    if f.n and "\n" not in f.text[f.quotes[f.n - 1].end : f.quote.start]:
        return None  # (a quote earlier in the paragraph: its speaker may go on)
    if any(t.is_proper and t.low not in CALENDAR_WORDS for t in toks):
        return None  # (someone named: "on Monday" names no one)
    verb = next((k for k, t in enumerate(toks) if t.tag in FINITE), None)
    np = sentence_subject(toks, 0, verb) if verb is not None else None
    if np is None or np.j > verb or not _people(toks[np.i : np.j]):
        return None
    return Found("previous-sentence", np, None, toks)


#: Adjectives for how a group treated someone (*The officers were polite.*): said of them.
_TREATMENT = frozenset(
    "polite rude friendly helpful kind generous courteous nice cold hostile unhelpful".split()
)
#: *they*/*them*/*their* in a quotation's first clause: a group spoken of, not speaking
#: (unless the quotation says *we*/*us*/*our*: "They raised our rent": the group speaks).
_THEY_FIRST = re.compile(r"^(?:(?!\band\b|\bbut\b)[^.,;:!?])*\b(?:they|them|their)\b", re.I)
_WE = re.compile(r"\b(?:we|us|our|ours)\b", re.I)
_THEY = re.compile(r"\b(?:they|them|their|theirs)\b", re.I)


def _group_spoken_of(f: QuoteFrame, found: Found) -> bool:
    """Is the source a plural noun of people (*The officers were polite.*) that the quote
    speaks of, not for (*"They took a report and left."*), or one described by how it
    treated someone (*rude*, *helpful*)?"""
    np, toks = found.np, found.toks
    if np is None or not _people(toks[np.i : np.j]):
        return False
    content = f.quote.content.strip(" \"“”‘’'")
    return bool(_THEY_FIRST.match(content) and not _WE.search(content)) or any(
        t.low in _TREATMENT for t in toks[np.j :]
    )


def _uncued_source(toks: list[Tok]) -> Found | None:
    """The source in a sentence with no cue before the quote: the issuer of a statement
    (*The Party released a statement regretting the leaflets.*), one who turns to someone
    (*The magistrate then turned to me.*), else a gesturer (:func:`_gesturer`)."""
    np = _issuer_of_statement(toks) or _turner(toks)
    return Found("previous-sentence", np, None, toks) if np is not None else _gesturer(toks)


def _name_or_he_she(words: list[Tok]) -> bool:
    """Are ``words`` a name (every word proper) or a lone *he* / *she*?"""
    return all(t.is_proper for t in words) or len(words) == 1 and words[0].low in ("he", "she")


def _issuer_of_statement(toks: list[Tok]) -> NP | None:
    """``The Party released a statement regretting the leaflets.``, a sentence with no cue
    whose first verb has a speech noun for its object: that verb's subject (a name or
    *he*/*she*) made the statement the next quote gives (as :func:`_owner_of_remarks`)."""
    k = next(
        (m for m, t in enumerate(toks) if t.tag in ("NN", "NNS") and t.low in SPEECH_NOUNS),
        None,
    )
    if k is None:
        return None
    np = sentence_subject(toks, 0, k)
    if np is None or np.j >= k:
        return None
    words = toks[np.i : np.j]
    if words[0].low == "the" and len(words) > 1:
        words = words[1:]  # "the Party"
    if (
        len(words) >= 3
        and words[-1].is_proper
        and words[-2].is_proper
        and not _name_or_he_she(words)
        and not any(t.is_verb or t.text in ",;:" for t in words)
    ):
        # "Party chairman Ed Moss issued a statement": a name after its title or role
        while not words[0].is_proper or not _name_or_he_she(words):
            words = words[1:]
    if not _name_or_he_she(words):
        return None
    v = np.j
    if toks[v].text == "," and toks[v + 1 : v + 2] and toks[v + 1].low in ("who", "whose"):
        # "Ed Moss, who has backed him for a year, issued a statement": past the clause
        v = next((m + 1 for m in range(v + 1, k) if toks[m].text == ","), k)
    if (
        v >= k
        or toks[v].tag not in ("VBD", "VBZ", "VBP")
        or toks[v].low in AUXILIARIES
        or any(t.is_verb or t.text in ",;:" for t in toks[v + 1 : k])
    ):
        return None
    return np


#: A sentence saying where the next question or answer came from (*The first came from a
#: welder named Ed Cole, who …*): what comes after *from*.
_CAME_FROM_BEFORE = re.compile(
    r"(?:The|That|This|Her|His|Their|One)\s+(?:[a-z]+\s+){0,2}?(?:first|next|last|second|third|"
    r"question|questions|answer|reply|response|one)\s+came\s+from$"
)


def _question_came_from(f: QuoteFrame, toks: list[Tok]) -> Found | None:
    """``She took questions. The first came from a welder named Ed Cole, who … ¶ "…?"``:
    the sentence before says whom the quote came from; the name after *named*, else the
    noun phrase after *from*."""
    k = next((m for m, t in enumerate(toks) if t.low == "from"), None)
    if k is None or k + 1 >= len(toks):
        return None
    if not _CAME_FROM_BEFORE.fullmatch(" ".join(t.text for t in toks[: k + 1])):
        return None
    np = np_after(toks, k + 1)
    if np is None:
        return None
    named = next(
        (m for m in range(np.i, min(len(toks), np.j + 2)) if toks[m].low in ("named", "called")),
        None,
    )
    if named is not None and named + 1 < len(toks) and toks[named + 1].text[:1].isupper():
        run = named + 2
        while run < len(toks) and toks[run].text[:1].isupper() and toks[run].text.isalpha():
            run += 1
        np = NP(named + 1, run)
    return Found("previous-sentence", np, None, toks)


#: Auxiliaries that open a yes/no question (*Did he …?*, *Would she …?*).
_QUESTION_AUXILIARIES = frozenset(
    "did does do was were is are has have had would will could can should".split()
)


def _asked_in_narration(f: QuoteFrame, toks: list[Tok], lo: int) -> Found | None:
    """``Did he regret the vote? ¶ "Not for a minute."``: an interview told as narration, a
    paragraph that is only the writer's question about *he*/*she* (no quotation in it),
    then a quote opening the next paragraph: its answer, from the one asked about."""
    if (
        len(toks) < 3
        or toks[-1].text != "?"
        or toks[0].low not in _QUESTION_AUXILIARIES
        or toks[1].low not in ("he", "she")
        or (lo > 0 and f.text[lo - 1] != "\n")  # (the question is its own paragraph)
        or "\n" not in f.text[toks[-1].end : f.quote.start]
    ):
        return None
    return Found("previous-sentence", NP(1, 2), None, toks)


#: Gestures that a reporter writes before the words that come with them (*Reid nodded.
#: "…"*): no speech, but the one who made it speaks next.
_GESTURES = frozenset(
    """nodded shrugged smiled grinned sighed paused winced frowned shook laughed chuckled
hesitated bristled scoffed persisted relented
nods shrugs smiles grins sighs pauses winces frowns shakes laughs chuckles""".split()
)

#: How a sentence may end on someone pressing or going on (*Mr. Tomba did not let it go.*,
#: *Hale leaned in.*): a gesture too, the words before its verb as they are.
_PRESSING_ENDS = (
    ("let", "it", "go"),
    ("let", "that", "go"),
    ("pressed", "on"),
    ("pressed", "further"),
    ("pushed", "back"),
    ("cut", "in"),
    ("jumped", "in"),
    ("broke", "in"),
    ("followed", "up"),
    ("tried", "again"),
    ("leaned", "in"),
    ("leaned", "forward"),
)


def _pressing_end(toks: list[Tok]) -> int | None:
    """Where the verb of a sentence ending on a phrase of :data:`_PRESSING_ENDS` stands (the
    auxiliary before it, *did not let it go*: at *did*), else ``None``."""
    words = [t.low for t in toks[:-1]]
    for phrase in _PRESSING_ENDS:
        if tuple(words[-len(phrase) :]) == phrase:
            g = len(words) - len(phrase)
            while g > 0 and words[g - 1] in ("not", "n't", "did", "would", "wouldn't", "didn't"):
                g -= 1
            return g
    return None


#: What may follow a shaken head to the end of its sentence (*shook his head as she spoke*).
_HEAD_SHAKE_WHILE = frozenset("before as while when after".split())


#: How someone spoke, said of the speaker before the words (*Lee was blunt.* "…").
_MANNERS = frozenset(
    """blunt blunter candid candidly direct defiant emphatic measured unapologetic
philosophical cautious forthright frank succinct terse unrepentant adamant scathing
dismissive unmoved upbeat sanguine circumspect""".split()
)


#: Where someone stands, said of them before their words (*Ruiz was unconvinced.* "…").
_STANCES = frozenset(
    """skeptical sceptical unconvinced unimpressed unpersuaded doubtful convinced sure
certain optimistic pessimistic hopeful wary""".split()
)
#: Verbs of agreeing or not that end a sentence (*Janet Ruiz, a neighbour, disagrees.* "…").
_STANCE_VERBS = frozenset(
    """disagrees disagreed agrees agreed differs differed demurs demurred dissents dissented
objects objected""".split()
)
#: Words between *be* and a word of manner or stance (*was not so sure*, *is less measured*).
_DEGREE = frozenset("more less even far much rather very not n't so as quite too all that".split())


def _manner_predicate(toks: list[Tok]) -> int | None:
    """The index of the *be* of a sentence ending *was blunt.*, *was more measured.*, *is
    not convinced.*: a form of *be*, maybe *more*/*less*/*not so* …, then a word of manner or
    of stance, then the full stop."""
    k = len(toks) - 2
    if k < 2 or toks[k].low not in _MANNERS and toks[k].low not in _STANCES:
        return None
    k -= 1
    while k > 0 and toks[k].low in _DEGREE:
        k -= 1
    if toks[k].low.replace("’", "'").removesuffix("n't") not in ("was", "were", "is", "are"):
        return None
    return k


def _copular_predicate(toks: list[Tok]) -> int | None:
    """The index of the *be* of a sentence ending *was not.* (the others were calm; *His
    sister was not.*) or *was furious.*: a form of *be*, maybe *not* and degree words, then
    an adjective or nothing, then the full stop. A person so described, then quoted,
    speaks the quote."""
    k = len(toks) - 2
    if k < 2:
        return None
    if toks[k].tag == "JJ" and toks[k].text.islower():
        k -= 1
        while k > 0 and toks[k].low in _DEGREE:
            k -= 1
    elif toks[k].low in ("not", "n't"):
        k -= 1
    else:
        return None
    if toks[k].low.replace("’", "'").removesuffix("n't") not in ("was", "were", "is", "are"):
        return None
    return k


def _stance_predicate(toks: list[Tok]) -> int | None:
    """The index of the verb of a sentence ending on agreeing or not (*disagrees.*, *strongly
    objected.*) or on *differently* (*sees it differently.*)."""
    k = len(toks) - 2
    if k < 2:
        return None
    if toks[k].low in _STANCE_VERBS:
        return k
    if toks[k].low != "differently":
        return None
    return next((m for m in range(k - 1, 0, -1) if toks[m].tag.startswith("VB")), None)


#: Gestures made with a part of the body, the verb and the part (*shook his head*, *rolled
#: her eyes*, *folded his arms*): a gesture only with that part, after a possessive.
_BODY_GESTURES = {
    "shook": "head",
    "shakes": "head",
    "rolled": "eyes",
    "rolls": "eyes",
    "raised": "eyebrows",
    "raises": "eyebrows",
    "folded": "arms",
    "folds": "arms",
    "crossed": "arms",
    "crosses": "arms",
}


def _shook_head(toks: list[Tok], g: int) -> bool:
    """Is the gesture at ``g`` *shook his head* (or another of :data:`_BODY_GESTURES`: *rolled
    her eyes*), ending the sentence or followed by a clause of time (*as she spoke*, *before
    she had finished*)?"""
    return (
        toks[g].low in _BODY_GESTURES
        and g + 2 < len(toks)
        and toks[g + 1].low in ("his", "her", "their", "my")
        and toks[g + 2].low == _BODY_GESTURES[toks[g].low]
        and (g + 3 == len(toks) - 1 or toks[g + 3].low in _HEAD_SHAKE_WHILE)
    )


def _head_shaking(toks: list[Tok]) -> int | None:
    """The index of *was* in *was shaking his head* (to the full stop or a clause of
    time), else ``None``."""
    k = next(
        (
            k
            for k, t in enumerate(toks[:-3])
            if t.low == "shaking"
            and k > 0
            and toks[k - 1].low in ("was", "were")
            and toks[k + 1].low in ("his", "her", "their")
            and toks[k + 2].low == "head"
            and (k + 3 == len(toks) - 1 or toks[k + 3].low in _HEAD_SHAKE_WHILE)
        ),
        None,
    )
    return k - 1 if k is not None else None


#: Who a speaker turns to (*The magistrate then turned to me.*): a person, not a topic.
_TURNED_TO_WHOM = frozenset("me him her them us reporters crowd audience jury".split())


def _turned_to(toks: list[Tok]) -> int | None:
    """The index of *turned* in a sentence ending *turned to me.*, *turned to the crowd.*,
    *turns to Ann Lee.*: turning to someone, then quoted, is addressing them."""
    k = next((m for m, t in enumerate(toks) if t.low in ("turned", "turns")), None)
    if k is None or k + 2 >= len(toks) or toks[k + 1].low != "to" or toks[k].tag not in FINITE:
        return None
    rest = toks[k + 2 : -1]
    if len(rest) == 1 and rest[0].low in _TURNED_TO_WHOM:
        return k
    if len(rest) == 2 and rest[0].low == "the" and rest[1].low in _TURNED_TO_WHOM:
        return k
    if 1 <= len(rest) <= 3 and all(t.is_proper for t in rest):
        return k
    return None


def _turner(toks: list[Tok]) -> NP | None:
    """``The magistrate then turned to me.``: the subject (a name, *he*/*she* or *the* and a
    person noun) of a sentence ending on turning to someone speaks the next quote."""
    if len(toks) < 4 or toks[-1].text != ".":
        return None
    g = _turned_to(toks)
    np = sentence_subject(toks, 0, g) if g is not None else None
    if np is None or np.j > g:
        return None
    words = toks[np.i : np.j]
    if (
        _name_or_he_she(words)
        or len(words) == 2
        and words[0].low == "the"
        and _can_be_person(words[1].low)
    ):
        return np
    return None


def _gesture_at(toks: list[Tok]) -> int | None:
    """Where a sentence's gesture, manner, stance or pressing predicate stands, if it has one."""
    g = next((k for k, t in enumerate(toks) if t.low in _GESTURES or _shook_head(toks, k)), None)
    for find in (
        _manner_predicate,
        _stance_predicate,
        _copular_predicate,
        _head_shaking,  # "Tom Hale was shaking his head before she had finished."
        _pressing_end,  # "Mr. Tomba did not let it go."
    ):
        if g is not None:
            return g
        g = find(toks)
    return g


def _gesturer(toks: list[Tok]) -> NP | None:
    """``Ann Lee, who had poured the tea, nodded. "…"``: a sentence that ends on a gesture
    (*nodded*, *shrugged*, *shook her head*) or on how someone spoke (*Lee, asked again,
    was blunt.*) has its subject, a name or *he*/*she*, speak the quote that follows it in
    the paragraph."""
    if len(toks) < 3 or toks[-1].text != ".":
        return None
    g = _gesture_at(toks)
    if g is None or (
        toks[g].low in _GESTURES
        and g + 1 < len(toks) - 1
        and not _shook_head(toks, g)
        and toks[g + 1].low not in _HEAD_SHAKE_WHILE  # ("nodded when that was read to him.")
    ):
        return None  # the gesture ends the sentence ("shook her head." too)
    if toks[g].low in ("shook", "shakes") and g + 1 == len(toks) - 1:
        return None  # "The ground shook."
    np = sentence_subject(toks, 0, g)
    if np is None or np.j > g:
        return None
    np = appositive_name(toks, np)  # "His sister, Ada, who flew in, was not.": Ada
    words = toks[np.i : np.j]
    if not (
        all(t.is_proper for t in words)
        or len(words) == 1
        and words[0].low in ("he", "she")
        or words[-1].is_proper
        and words[0].low in ("his", "her", "their")  # "His neighbour Janet Ruiz"
        or _role_then_name(words)  # "Defense lawyer Ed Marsh rolled his eyes."
        or _people(words)  # "Teachers were less sure."
        or _one_described(words)  # "The coach nodded."
    ):
        return None
    return Found("previous-sentence", np, None, toks)


def _one_described(words: list[Tok]) -> bool:
    """Are ``words`` *the* and a singular noun for a person, with at most one modifier (*The
    coach*, *The older man*)? Such a one, nodding or laughing, speaks the bare quote after."""
    return (
        2 <= len(words) <= 3
        and words[0].low == "the"
        and words[-1].tag == "NN"
        and words[-1].text.islower()
        and all(t.text.islower() for t in words[1:])
        and _can_be_person(words[-1].low)
    )


def _role_then_name(words: list[Tok]) -> bool:
    """Are ``words`` a role and a name, nothing else (*Defense lawyer Ed Marsh*, *team
    captain Jo Reyes*): nouns or adjectives, then a proper name of one or two words?"""
    k = len(words)
    while k > 0 and words[k - 1].is_proper and len(words) - k < 3:
        k -= 1
    return (
        0 < k <= 3
        and k < len(words)
        and all(t.tag in ("NN", "NNS", "JJ", "NNP") and t.text.isalpha() for t in words[:k])
        and any(t.tag in ("NN", "NNS") for t in words[:k])
    )


#: Quantifiers that may open a plural noun of people that is a sentence's subject (*Many
#: parents*, *Some teachers*).
_GROUP_WORDS = frozenset("many some most other several few both the".split())


def _people(words: list[Tok]) -> bool:
    """Are ``words`` a plural noun of people, with at most three quantifiers or lower-case
    modifiers before it (*Teachers*, *Many parents*, *The shop owners*)? Such a group,
    shrugging or unconvinced, speaks the quote after it as one (*Teachers were less sure.
    "We have seen no plan."*)."""
    *before, head = words
    return (
        len(before) <= 3
        and head.tag == "NNS"
        and all(
            t.low in _GROUP_WORDS or t.tag in ("JJ", "JJR", "NN") and t.text.islower()
            for t in before
        )
        and wordnet_person(head.low)
    )


def _outer_report(toks: list[Tok], earlier: list[CueSpan], np: NP) -> tuple[CueMatch, NP] | None:
    """The report that holds the clause of subject ``np`` as its content, if any: an earlier
    cue of the sentence with a reporter of its own, the clause's subject following it with
    no comma, semicolon or *and*/*but* between (*Ann Lee said the union would ask to meet
    him.*: Lee reports, the union's asking is what she reports)."""
    for i, _j, c in reversed(earlier):
        if c.lemma == "according to" or i >= np.i:
            continue
        if any(t.text in ",;:" or t.low in ("and", "but", "or") for t in toks[i + 1 : np.i]):
            return None
        outer = _reporter_at(toks, i, c)
        return (c, outer) if outer is not None else None
    return None


def _parenthetical_reporter(toks: list[Tok], cues: list[CueSpan]) -> Found | None:
    """A report set into the sentence after its subject (*The chief, he said, had asked
    the crews to leave the talking to him.*): the whole sentence is his report, so the
    pronoun is the reporter a quotation after it goes on from — not the subject of the
    verb the aside interrupts.

    >>> t = "The chief, he said, had asked the crews to stay."
    >>> toks = _tagged(t, 0, len(t), 40)
    >>> found = _parenthetical_reporter(toks, cues_in(t, toks))
    >>> toks[found.np.i].text
    'he'
    """
    for i, _j, c in cues:
        if (
            c.lemma in ("say", "tell")
            and 3 <= i < len(toks) - 2
            and toks[i - 2].text == ","
            and toks[i - 1].low in ("he", "she")
            and toks[i + 1].text == ","
            and toks[i - 3].tag in ("NN", "NNS", "NNP", "NNPS")
        ):
            return Found("previous-sentence", NP(i - 1, i), c, toks)
    return None


def _reporter_at(toks: list[Tok], i: int, c: CueMatch, question: bool = False) -> NP | None:
    """Who reports with the cue at ``i`` of a sentence before the quote, if anyone
    (``question``: the quote is a question)."""
    settled, np = _one_asked(toks, i, c, question)
    if settled:
        return np
    if c.lemma in _ASKED and i > 1 and toks[i - 1].text == "," and toks[i].tag in ("VBN", "VBD"):
        # "Ann Lee, asked again whether she would run, ended the call. "Not this year."": the
        # one asked, the subject the participle is set off after, answers
        np = np_before(toks, i - 2)
        if np is not None and np.i == 0 and any(t.is_proper for t in toks[np.i : np.j]):
            return np
    if _not_a_report(toks, i):
        return _owner_of_remarks(toks, i)  # "Howard continued his remarks." or no one
    np = subject_before(toks, i, 0)
    if np is not None and toks[np.j - 1].low in ("them", "those", "us") and np.j < i:
        # "One of them, Rep. Al Lee, a Republican, said the change helped. "…"": the
        # member named after the group's pronoun reports
        np = appositive_name(toks, np)
    if (
        np is not None
        and c.form == "participle"
        and np.i > 0
        and any(t.tag in ("NN", "NNS") and t.low in RELAYS for t in toks[np.i : np.j])
    ):
        # "The union issued a statement condemning the cuts. "…"": what carries the
        # words is no speaker; the one who sent it is (as relay-participle)
        np = sentence_subject(toks, 0, np.i)
    if np is None and c.form == "participle":
        np = sentence_subject(toks, 0, i)
    if np is None and i == 0 and c.lemma in _ASKED | _TOLD and toks[-1].text in (".", "!"):
        np = _answerer(toks)  # (also "Told that the vote had failed, Lee shook his head.")
    return np or _coordinated_reporter(toks, i, c)


def _one_asked(toks: list[Tok], i: int, c: CueMatch, question: bool) -> tuple[bool, NP | None]:
    """Whether a cue of asking at ``i`` settles who answers, and who: in the passive (*Ann
    Lee was asked whether …*) the one asked, or the agent for a question (*asked about it by
    a reporter*); in the active, the object before an indirect question (see
    :func:`_asked_object`)."""
    if (
        c.lemma in _ASKED
        and i > 1
        and toks[i - 1].low in ("was", "were", "is", "are")
        and toks[i].tag == "VBN"
    ):
        by = next((m for m in range(i + 1, len(toks)) if toks[m].low == "by"), None)
        if question and by is not None and not any(t.low in ("whether", "if") for t in toks[i:by]):
            # 'Lee was asked about it by a reporter as she left. "Did you see it?"': the
            # question is the asker's
            agent = np_after(toks, by + 1)
            if agent is not None:
                return True, agent
        # "Ann Lee was asked whether she would run. "Not this year."": the one asked answers
        return True, subject_before(toks, i - 1, 0)
    asked = _asked_object(toks, i, c, question)
    return asked is not None, asked


#: What follows the one asked in an indirect question (*asked Lee whether/about/why …*).
_INDIRECT_QUESTION = frozenset("whether if about why how what when where who which".split())


def _asked_object(toks: list[Tok], i: int, c: CueMatch, question: bool) -> NP | None:
    """``We asked Ann Lee whether the road would reopen. "Not this year."``: an active cue
    of asking whose object, a name or a pronoun, is followed by an indirect question; an
    answer (the quote no question itself) is the one asked's, not the asker's."""
    if question or c.lemma not in _ASKED or toks[i].tag not in ("VBD", "VBZ", "VBP"):
        return None
    np = np_after(toks, i + 1)
    if np is None or np.j >= len(toks) or toks[np.j].low not in _INDIRECT_QUESTION:
        return None
    if not any(t.is_proper or t.low in ("him", "her", "them") for t in toks[np.i : np.j]):
        return None
    return np


def _coordinated_reporter(toks: list[Tok], i: int, c: CueMatch) -> NP | None:
    """``Tom Hale looked up and noted that the mayor had signed it.``: a cue that is the
    second of two verbs joined by *and*/*but* shares the subject of the first; that
    subject, a noun phrase or a personal pronoun, reports (the clause before the
    conjunction holds no comma, quote or other subject)."""
    if c.form == "participle":
        return None
    m = i - 1
    while m > 0 and toks[m].tag in ("RB", "RBR"):
        m -= 1
    if m < 2 or toks[m].low not in ("and", "but") or toks[m - 1].text in ",;:":
        return None
    np = sentence_subject(toks, 0, m)
    if np is None or np.j >= m or not any(t.is_verb for t in toks[np.j : m]):
        return None
    if any(t.text in ",;:()" or t.quote >= 0 for t in toks[np.j : m]):
        return None
    head = toks[np.j - 1]
    if not (head.tag.startswith("NN") or head.low in ("he", "she", "they", "i", "we")):
        return None
    return np


#: Indefinite pronouns: a subject that names no one in particular.
_NOBODY_IN_PARTICULAR = frozenset(
    "everyone everybody someone somebody anyone anybody nobody no-one".split()
)


def _not_a_report(toks: list[Tok], i: int) -> bool:
    """Is the cue at ``i`` a noun (*his scathing remarks*, *the statement*) or a passive
    (*the request was denied*), so that its subject reports nothing?"""
    if i == 0:
        return False
    m = i - 1
    while m > 0 and toks[m].tag in ("JJ", "NN", "VBG"):
        m -= 1  # modifiers: "his scathing remarks", "the new campaign statement"
    before = toks[m]
    return (
        before.tag in ("DT", "PRP$", "POS", "JJ")
        and toks[i].tag in ("NN", "NNS")
        or before.low in ("was", "were", "is", "are", "been", "be")
        and toks[i].tag == "VBN"
    )


def _owner_of_remarks(toks: list[Tok], i: int) -> NP | None:
    """``Howard continued his blistering remarks.``: a speech noun (the cue at ``i``, a noun)
    that is the object of the sentence's first verb, whose subject is a name or a personal
    pronoun: that subject made the remarks. Not a passive (*the remarks were denied*)."""
    if toks[i].low not in SPEECH_NOUNS:
        return None
    np = sentence_subject(toks, 0, i)
    if (
        np is None
        or np.j >= i
        or not (all(t.is_proper for t in toks[np.i : np.j]) or toks[np.i].low in ("he", "she"))
        or toks[np.j].tag not in ("VBD", "VBZ", "VBP")
        or toks[np.j].low in AUXILIARIES
        or any(t.is_verb and t.tag != "VBG" or t.text in ",;:" for t in toks[np.j + 1 : i])
    ):
        return None
    return np


def _answerer(toks: list[Tok]) -> NP | None:
    """``Asked whether it survives, Lee was blunt.``: the subject after the opening clause of
    asking, a name or a pronoun."""
    comma = next((m for m, t in enumerate(toks[:25]) if t.text == ","), None)
    if comma is None:
        return None
    np = sentence_subject(toks, comma + 1, len(toks))
    if np is None or not any(t.is_proper or t.is_pronoun for t in toks[np.i : np.j]):
        return None
    return np


#: Cues of being told: a sentence opening with one (*Told that the vote had failed, Lee
#: shook his head.*) has the one told, who answers, as its subject.
_TOLD = frozenset({"tell"})


def previous_sentence(f: QuoteFrame) -> Found | None:
    """``X said on Monday that … . "…"``: the previous sentence of the paragraph has a cue;
    its subject speaks the quote.

    Example: Ann Lee said on Monday that the bridge would close. "It is not safe."
    """
    return _previous_sentence(f, across=False)


_SIGNATURE_LINE = re.compile(r"[ \t]*\n\s*[-—–―]\s*([^\n]{2,80})")
#: A credit line right under a quote that ends its sentence, no dash, no blank line before it
#: and a line break (or the end) after it: "Ann Lee, harbour master".
_CREDIT_LINE = re.compile(
    r"(?<=[.!?][\"”’'])[ \t]*\n[ \t]*([A-Z][^\n.!?:;\"“”]{1,78})[ \t]*(?=\n|\Z)"
)


def signature_line(f: QuoteFrame) -> Found | None:
    """``"…" ¶ - Bernie Sanders.``: a quote whose paragraph ends with it, signed on the next
    line (fact checks, "quotable" boxes); without the dash, a credit line that is a name and
    at most a description, with no verb (``"…" ¶ Ann Lee, harbour master``).

    Example: "The bridge was our lifeline." ¶ - Edwin Garcia
    """
    m = _SIGNATURE_LINE.match(f.text, f.quote.end)
    credit = m is None
    if credit:
        m = _CREDIT_LINE.match(f.text, f.quote.end)  # no dash: "Ann Lee, harbour master"
    if m is None or f.next_start is not None and f.next_start < m.end():
        return None
    toks = _tagged(f.text, m.start(1), m.end(1), 16)
    if toks is None:
        return None
    np = np_after(toks, 0)
    words = [t for t in toks if t.text not in (".", ",")]
    if (
        not credit
        and 1 <= len(words) <= 3
        and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in words)
        and (np is None or not any(t.is_proper for t in toks[np.i : np.j]))
    ):
        # "- Rivers.": a signed line is a name, however the tagger reads it out of context
        # (a surname ending in -s as a plural noun)
        return Found("dash-signature", NP(0, len(words)), None, toks)
    if np is None or not any(t.is_proper for t in toks[np.i : np.j]):
        return None
    if credit and (
        np.i != 0
        or np.j < len(toks)
        and toks[np.j].text != ","
        or any(t.tag in ("VBD", "VBZ", "MD") or t.is_quote for t in toks)
        # (a person's name, a first name or a title opening it: a notebook's subhead,
        # "Quick Hits", "Child Care Inspection Bill", names no one)
        or not (
            toks[0].text in all_first_names()
            or toks[0].text.rstrip(".").lower() in TITLE_ABBREVIATIONS
            or toks[0].low in TITLE_WORDS
        )
    ):
        return None  # a credit line is a name, then at most a description: no verb
    return Found("dash-signature", np, None, toks)


#: After a quote: a sentence that says whose words they were (*That was how X described it*).
_HOW_AFTER = re.compile(r"[ \t]*(?:\n\s*)?(?:That|This|Such)\s+(?:was|is|['’]s)\s+(?:how|all)\s+")
#: Verbs of opening or closing a speech that say, after *That was how X*, whose words the
#: quote was (*That was how Ann Lee opened her campaign*).
_SPEECH_BOUNDARY = frozenset("opened began started closed ended launched kicked finished".split())
#: After a quote closing on a comma: the same sentence goes on (*"…," is how X put it*).
#: (also *"…," was all X would say*)
_HOW_RUNS_ON = re.compile(r"[ \t]*(?:was|is)\s+(?:how|all)\s+")


def _how_after(text: str, quote: Quote) -> re.Match[str] | None:
    """*That was how* after a quote that ends its sentence, or *is how* after one that
    closes on a comma (``"A joke," is how Lee described it.``)."""
    closing = quote.content.rstrip()
    if closing.endswith(",") or closing[-1:].isalnum():  # (also '"…" was how X put it')
        return _HOW_RUNS_ON.match(text, quote.end)
    if closing.endswith((".", "!", "?", "…")):
        return _HOW_AFTER.match(text, quote.end)
    return None


def _past_relative(toks: list[Tok], j: int) -> int:
    """Past a *, who …,* clause at ``toks[j]`` set off by commas (no quote inside): where
    the verb of the noun phrase before it starts; else ``j``."""
    if not (toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].low in ("who", "which")):
        return j
    close = next((k for k in range(j + 2, min(len(toks), j + 22)) if toks[k].text == ","), None)
    if close is None or any(t.is_quote for t in toks[j:close]):
        return j
    return close + 1


#: Before the cue of *"…" was all X would say*: a modal, or *had to*, *cared to*.
_WOULD = frozenset("would could will can might had has cared cares wanted wants".split())


def _cue_past_adverb(toks: list[Tok], words: list[str], j: int) -> tuple | None:
    """The cue at ``j``, or after an adverb (*how Lee once described it*), a modal or
    *had to* (*all Lee would say*, *all Lee had to say*)."""
    m = j
    if m + 1 < len(toks) and toks[m].tag in ("RB", "RBR"):
        m += 1  # "how Lee once described it"
    if m + 1 < len(toks) and toks[m].low in _WOULD:
        m += 2 if toks[m + 1].low == "to" else 1
    return cue_at(words, m) if m < len(toks) else None


def how_described(f: QuoteFrame) -> Found | None:
    """``"…" That was how X described the plan.``: the sentence after a quote that ends its
    own sentence says who put it that way (the subject of the cue after *how*).

    Example: "A tax on the poor." That was how Ann Lee described the levy.
    (Also ``"A tax on the poor," is how Ann Lee described the levy.``)
    """
    quote = f.quote
    m = _how_after(f.text, quote)
    if m is None:
        return _words_of(f) or _said_it_after(f) or _who_said_it(f) or _as_said_it(f)
    if f.next_start is not None and f.next_start < m.end() + 40:
        return None
    toks = _tagged(f.text, m.end(), min(len(f.text), m.end() + 140), 40)
    if toks is None:
        return None
    np = np_after(toks, 0)
    if np is None or np.j >= len(toks):
        return None
    words, j = [t.text for t in toks], np.j
    if (
        words[j] == ","
        and (name := np_after(toks, j + 1)) is not None
        and name.j < len(toks)
        and words[name.j] == ","
    ):
        j = name.j + 1  # "how the union leader, Ann Lee, put it": the name in apposition
        if any(t.is_proper for t in toks[name.i : name.j]):
            np = name
    else:
        j = _past_relative(toks, j)  # "how Ann Lee, who chaired the board, described it"
    if j >= len(toks):
        return None
    hit = _cue_past_adverb(toks, words, j)
    if hit is None and not (
        # "That was how Ann Lee opened her campaign": a person opening her own speech
        toks[j].low in _SPEECH_BOUNDARY
        and any(t.is_proper for t in toks[np.i : np.j])
        and j + 1 < len(toks)
        and toks[j + 1].low in ("her", "his", "their")
    ):
        return None
    return Found("quote-speaker-cue", np, None, toks)


#: After a quote that ends its sentence: *Those were the words of X* (*the verdict of X*).
_WORDS_OF = re.compile(
    r"[ \t]*(?:\r?\n\s*)?(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+the\s+"
    r"(?:words|verdict|view|message|warning|advice|assessment|plea|demand|appeal|answer|reply)"
    # ("That was the message from the Rev. Ann Lee, who …": the sender after "from" too)
    r"\s+(?:of|from)\s+"
)


def _words_of(f: QuoteFrame) -> Found | None:
    """``"…" Those were the words of Ann Lee on Monday.``: the person after *of* speaks."""
    quote = f.quote
    if not quote.content.rstrip().endswith((".", "!", "?", "…")):
        return None
    m = _WORDS_OF.match(f.text, quote.end)
    if m is None or f.next_start is not None and f.next_start < m.end() + 40:
        return None
    toks = _tagged(f.text, m.end(), min(len(f.text), m.end() + 80), 24)
    if toks is None:
        return None
    np = np_after(toks, 0)
    if np is None:
        return None
    if np.j < len(toks) and toks[np.j].text == ",":
        name = np_after(toks, np.j + 1)  # "the words of the chairman, Tom Hale"
        if (
            name is not None
            and any(t.is_proper for t in toks[name.i : name.j])
            and not all(t.is_proper for t in toks[np.i : np.j])
        ):
            np = name
    if not (_names_someone(toks, np) or _can_be_person(toks[np.j - 1].low)):
        return None
    return Found("quote-speaker-cue", np, None, toks)


#: After a quote that is its paragraph: the next paragraph opens on who said it (*Ann Lee
#: said it twice on Saturday*, *Lee has repeated the line for weeks*).
_SAID_IT = re.compile(
    r"\s+(?:(?:has|had)\s+)?(?:said|says|repeated|repeats|used|uses|delivered|saved|tried\s+out)"
    r"\s+(?:it|that|this|those\s+words|(?:the|that|this)\s+(?:line|phrase|words|joke))\b"
)
#: After a quote that is its paragraph: the next opens on where those words came from
#: (*That verdict came from Lorraine Fitch, a state senator …*).
_CAME_FROM_AFTER = re.compile(
    r"(?:That|This|The)\s+(?:[a-z]+\s+)?(?:verdict|assessment|remark|line|warning|quip|complaint|"
    r"criticism|comment|jab|critique|view|words|rebuke|prediction|reaction|answer|reply|response|"
    r"retort|introduction|question|promise|vow|pledge|boast|joke|demand|plea|appeal|call|charge|"
    r"accusation|challenge|claim|argument|request|suggestion|advice|threat|message)\s+"
    # "That answer came from Ann Lee", "The line was delivered by Ann Lee near the end"
    r"(?:came\s+from|(?:was|had\s+been)\s+(?:delivered|spoken|uttered|offered)\s+by)\s+"
    # "That was the introduction Lee got from Mayor Tom Hale, who …"
    r"|(?:That|This)\s+was\s+the\s+(?:[a-z]+\s+)?(?:verdict|assessment|answer|reply|response|"
    r"introduction|welcome|greeting|send-off|warning|message|pitch|question)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:got|received|heard|drew|had)\s+from\s+"
    # "The woman shouting into the microphones a few minutes later was Kate Ross"
    r"|The\s+(?:[a-z]+\s+)?(?:man|woman|person|voice|speaker)\s+(?:[a-z]+ing|who)\s"
    r"[^.!?\"“”\n]{1,140}?\s(?:was|had\s+been)\s+(?=[A-Z])"
)
#: After a quote that is its paragraph: *The line, Ann Lee's best of the night, drew …*
_LINE_OF = re.compile(
    r"(?:That|This|The)\s+(?:line|remark|answer|reply|retort|quip|jab|joke),\s+"
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)['’]s\s+[^,.\n]{1,60},"
)


#: After a quote that is its paragraph: *That was Rosalind Tate, 81, who …* (a name next).
_THAT_WAS = re.compile(r"(?:That|This)\s+was\s+(?=[A-Z])")
#: ``¶ So said Ann Lee, a strategist``: an inverted cue naming who said the quote before.
_SO_SAID = re.compile(r"(?:So|Thus)\s+(?:said|says|wrote|writes)\s+(?=[A-Z])")


def _named_by_frame(text: str, a: int) -> Found | None:
    """``¶ That verdict came from Lorraine Fitch``, ``That was Ann Tate, 81,``, ``The line,
    Ann Lee's best of the night, …`` at ``a``: the person so named, else ``None``."""
    came = _CAME_FROM_AFTER.match(text, a) or _THAT_WAS.match(text, a) or _SO_SAID.match(text, a)
    return _named_after(text, came.end()) if came is not None else _line_of(text, a)


def _line_of(text: str, a: int) -> Found | None:
    """``¶ The line, Ann Lee's best of the night, drew …`` at ``a``: the possessor said it."""
    line = _LINE_OF.match(text, a)
    if line is None:
        return None
    toks = _tagged(text, line.start(1), line.end(1), 8)
    if toks is None or not toks[-1].is_proper:
        return None
    return Found("quote-speaker-cue", NP(0, len(toks)), None, toks)


def _named_after(text: str, a: int) -> Found | None:
    """The person named at ``a``, after *came from*, *was delivered by* or *That was*: a
    run of capitalised words (however the tagger reads them out of context: *Whitcomb* as a
    wh-word, *Brookshire* as a noun), else the noun phrase there if it holds a name."""
    toks = _tagged(text, a, min(len(text), a + 160), 64)
    if toks is None:
        return None
    if toks[0].text[:1].isupper() and toks[0].text.rstrip(".").isalpha():
        run = _capitalised_run(toks)
        return Found("quote-speaker-cue", NP(0, run), None, toks) if run < len(toks) else None
    np = np_after(toks, 0)
    if np is None or not any(t.is_proper for t in toks[np.i : np.j]) or np.j >= len(toks):
        return None
    return Found("quote-speaker-cue", np, None, toks)


def _capitalised_run(toks: list[Tok]) -> int:
    """How many tokens from the first are capitalised words (or a title's full stop)."""
    run = 1
    while run < len(toks) and (
        toks[run].text[:1].isupper()
        and toks[run].text.rstrip(".").isalpha()
        or toks[run].text == "."
        and toks[run - 1].low in TITLE_ABBREVIATIONS  # "Mr. Lee"
    ):
        run += 1
    return run


def _said_it_after(f: QuoteFrame) -> Found | None:
    """``"…" ¶ Ann Lee said it twice on Saturday``: a quote that is its whole paragraph,
    and the next paragraph opens on a name that *said it*: that name speaks (the quote may
    end on a comma, its sentence cut off: ``"I just want to know why," ¶ Ann Lee said it
    again and again``)."""
    quote, text = f.quote, f.text
    if not quote.content.rstrip().endswith((".", "!", "?", "…", ",")):
        return None
    gap = re.match(r"[ \t]*\r?\n\s*", text[quote.end : quote.end + 20])
    if gap is None or "\n" not in text[max(0, quote.start - 2) : quote.start] and quote.start > 0:
        return None  # (the quote opens its paragraph and ends it)
    a = quote.end + gap.end()
    if f.next_start is not None and f.next_start < a + 60:
        return None
    framed = _named_by_frame(text, a)
    if framed is not None:
        return framed
    toks = _tagged(text, a, min(len(text), a + 160), 64)
    if toks is None:
        return None
    np = np_after(toks, 0)
    if np is None or not any(t.is_proper for t in toks[np.i : np.j]) or np.j >= len(toks):
        return None
    said_at = toks[np.j - 1].end
    if toks[np.j].text == ",":
        # "Tom Bly, who sells tickets at the gate, said it twice": past the aside
        close = next(
            (m for m in range(np.j + 1, min(len(toks), np.j + 20)) if toks[m].text == ","), None
        )
        if close is not None and toks[np.j + 1].low in ("who", "a", "an", "the"):
            said_at = toks[close].end
    if _SAID_IT.match(text, said_at) is None:
        return None
    return Found("quote-speaker-cue", np, None, toks)


#: After a quote that ends its sentence: *The woman who said it, Ann Lee of Norton, got …*
#: (group ``desc`` the description, ``name`` the name set off after it, if any).
_WHO_SAID_IT = re.compile(
    r"[ \t]*(?:\r?\n\s*)?(?P<desc>[Tt]he\s+(?:[\w'’-]+\s+){0,3}?[a-z]+)\s+who\s+"
    r"(?:had\s+)?(?:said|says|asked|shouted|yelled|called\s+out|spoke)\s+"
    r"(?:it|that|this|those\s+words|so)\b"
    r"(?:\s*,\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?=\s*,|\s+of\s))?"
)


def _who_said_it(f: QuoteFrame) -> Found | None:
    """``"…" The woman who said it, Ann Lee of Norton Shores, got the loudest applause``: a
    quote that ends its sentence, then a sentence opening on the one *who said it*: that
    person (the name set off after the description, else the description).

    Example: "Nobody asked us." The woman who said it, Ann Lee, sat down.
    """
    return _told_after(
        f, _WHO_SAID_IT, 200, lambda m: m.start("name") if m.group("name") else m.start("desc")
    )


def _told_after(
    f: QuoteFrame, pattern: re.Pattern[str], reach: int, speaker_at: Callable[[re.Match[str]], int]
) -> Found | None:
    """The speaker a sentence right after a quote that ends its own sentence names, when
    ``pattern`` matches there (within ``reach`` characters, before the next quote): the
    noun phrase opening at ``speaker_at(match)``."""
    quote, text = f.quote, f.text
    if not quote.content.rstrip().endswith((".", "!", "?", "…")):
        return None
    m = pattern.match(text, quote.end, min(len(text), quote.end + reach))
    if m is None or (f.next_start is not None and f.next_start < m.end()):
        return None
    toks = _tagged(text, speaker_at(m), m.end(), 40)
    np = np_after(toks, 0) if toks is not None else None
    return Found("quote-speaker-cue", np, None, toks) if np is not None else None


#: After a quote that ends its sentence, in the same paragraph: a sentence telling how its
#: speaker said it (*Her voice rose slightly as she said it.*); group 1 the speaker.
_AS_SAID_IT = re.compile(
    r"[ \t]+[^\"“”\n.!?]{0,80}?\b(he|she|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:said|says|repeated|delivered|spoke)\s+(?:it|that|those\s+words)\b"
)


def _as_said_it(f: QuoteFrame) -> Found | None:
    """``"…" Her voice rose slightly as she said it.``: a quote that ends its sentence and
    has no cue, then, in its paragraph, a sentence telling how someone *said it*: that
    one (a pronoun, resolved as any).

    Example: "We will not move." Her voice rose as she said it.
    """
    return _told_after(f, _AS_SAID_IT, 160, lambda m: m.start(1))


def previous_paragraph(f: QuoteFrame) -> Found | None:
    """``Marsh expanded in a column that … ¶ "…"``: a quote that opens its paragraph,
    after a paragraph ending with someone's reported speech.

    Example: Ann Lee said on Monday that the bridge would close. ¶ "It is not safe."
    """
    return _previous_sentence(f, across=True)
