r"""Interviews printed as bare quotations: the reporter's questions and the answers.

A newspaper may print part of an interview as paragraphs of quotation with no cue, after a
line that says so (*What follows is a portion of the interview, edited for length.*), or
narrate that someone was asked something and then print the question and the answer::

    Near the end, Ann Lee was asked whether she would run again.
    "Will you run again?"
    "Not this time."

The questions there are the interviewer's, a reporter (as a transcript's ``Q:``), and the
answers the interviewee's. :func:`_interview_turn` gives such a bare paragraph its
speaker (rule ``answer-turn``) and the interviewee, whom the engine keeps as the reporter's
partner in the exchange (:func:`_interview_partners`), so the turns after it alternate.

>>> from nbutils.attribution import attribute
>>> t = 'Gov. Ann Lee spoke to the Ledger on Monday. "We will manage," she said.\n\n'
>>> t += 'What follows is part of the interview, edited for length.\n\n'
>>> t += '"Will the schools be paid?"\n\n"They will. I promised it."'
>>> [(a.speaker, a.rule) for a in attribute(t)][1:]
[('reporter', 'answer-turn'), ('Ann Lee', 'answer-turn')]
"""

from __future__ import annotations

import re

from nbutils.attribution.records import REPORTER, Speaker
from nbutils.attribution.resolution.discourse import Discourse
from nbutils.attribution.turns import _is_question, _whole_paragraph
from nbutils.cues import CueMatch
from nbutils.quotes import Quote
from nbutils.speakers import Entities

#: A line announcing the interview printed after it (*What follows is a portion of the
#: interview*, *Excerpts from the interview follow*, *Below is an edited transcript of …*).
_INTERVIEW_FOLLOWS = re.compile(
    r"\b(?:what\s+follows|below\s+(?:is|are)|here\s+(?:is|are)|the\s+following\s+(?:is|are))"
    r"\b[^\"“”\n]{0,80}?\binterview\b"
    # (not "The following day, in an interview with the Ledger, …": a day, no printed part)
    # (at the end of its clause: not "The interview follows weeks of turmoil")
    r"|\binterview\b[^\"“”\n]{0,60}?\b(?:follows?|below)\s*(?:[.,:;(—–-]|$)",
    re.I,
)
#: A sentence telling that someone was asked something (*Ms. Lee was asked whether …*):
#: group 1 the one asked.
_WAS_ASKED = re.compile(
    r"((?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+was\s+"
    r"asked\s+(?:whether|if|about|how|why|what|when|where|who)\b"
)
#: Right before a name: the one an interview was given to (*interviewed by*, *told*).
_BY_BEFORE = re.compile(r"\b(?:by|told|to|with)\s+$")
#: How many paragraphs back the announcing line may be.
_SECTION_PARAGRAPHS = 8
#: The rules of a quote a printed interview's turn may overrule: no cue of its own.
_BARE = ("no-speaker", "follow-on", "answer-turn", "previous-sentence", "previous-paragraph")
#: How far back the paragraphs are read (bounded, whatever the text's line breaks).
_REACH = 4000


def _paragraphs_before(text: str, start: int) -> list[tuple[int, str]]:
    """The paragraphs before the one opening at or before ``start``, each with where it
    starts, nearest first, up to :data:`_SECTION_PARAGRAPHS` of them within :data:`_REACH`
    characters."""
    lo = max(0, start - _REACH)
    own = text.rfind("\n", lo, start)
    if own < 0:
        return []
    out = []
    for line in text[lo:own].split("\n"):
        if line.strip():
            out.append((lo, line))
        lo += len(line) + 1
    return out[::-1][:_SECTION_PARAGRAPHS]


def _announced(text: str, q: Quote) -> int:
    """Where a line announcing a printed interview (no quotation in it) ends, among the
    few paragraphs before ``q``; -1 when there is none."""
    for at, p in _paragraphs_before(text, q.start):
        if not any(c in p for c in '"“”') and len(p.split()) <= 40 and _INTERVIEW_FOLLOWS.search(p):
            return at + len(p)
    return -1


def _named_before(text: str, end: int, ents: Entities) -> Speaker | None:
    """The person named last in the stretch (half of :data:`_REACH`) before ``end``, where
    the announcing line ends (*Mayor Ann Lee spoke to the Ledger on Monday. Part of the
    interview follows.*)."""
    lo = max(0, end - _REACH // 2)
    people = [
        e
        for m, e in ents._mentions_in(lo, end)
        if e is not None
        and e.kind == "person"
        and e.role != "journalist"
        # (not the interviewer: "was interviewed by Sam Wix", "told Sam Wix")
        and _BY_BEFORE.search(text, max(0, m.start - 12), m.start) is None
    ]
    if not people:
        return None
    ent = people[-1]
    return Speaker(ent.canonical, None, None, None, ent.role, ent, False)


def _asked_before(text: str, quotes: list[Quote], n: int, ents: Entities) -> Speaker | None:
    """The person the paragraph right before bare question ``n`` (narration only) says was
    asked something, when a bare paragraph answers it next; ``None`` otherwise."""
    before = _paragraphs_before(text, quotes[n].start)[:1]
    if not before or any(c in before[0][1] for c in '"“”'):
        return None
    at, paragraph = before[0]
    if n + 1 >= len(quotes) or not _whole_paragraph(text, quotes[n + 1]):
        return None
    if _is_question(quotes[n + 1]):
        return None
    m = next(reversed(list(_WAS_ASKED.finditer(paragraph))), None)  # (the last one)
    if m is None:
        return None
    ent = ents.entity_at(at + m.start(1), at + m.end(1))
    if ent is None or ent.kind != "person":
        return None
    return Speaker(ent.canonical, None, None, None, ent.role, ent, False)


def _partner(state: Discourse, para: int) -> Speaker | None:
    """The interviewee when the last quote, in the paragraph just before, was a turn of a
    printed interview (the reporter's or the interviewee's)."""
    last = state.last
    if last is None or para != state.last_para + 1:
        return None
    for name, other in reversed(state.partners):
        if name == REPORTER.name and last.name in (REPORTER.name, other.name):
            return other
    return None


def _interview_turn(
    text: str,
    quotes: list[Quote],
    n: int,
    ents: Entities,
    state: Discourse,
    para: int,
    speaker: Speaker | None,
    decision: tuple[str, str, CueMatch | None],
) -> tuple[Speaker | None, tuple[str, str, CueMatch | None], Speaker | None]:
    """A bare paragraph of a printed interview: a question the reporter's, an answer to the
    reporter the interviewee's. Returns the speaker, the decision and the interviewee (for
    the engine to keep as the reporter's partner), or what it was given and ``None``."""
    q = quotes[n]
    if decision[1] not in _BARE or not _whole_paragraph(text, q):
        return speaker, decision, None
    turn = ("direct", "answer-turn", None)
    partner = _partner(state, para)
    if partner is not None:
        if _is_question(q):
            return REPORTER, turn, partner
        if state.last is not None and state.last.name == REPORTER.name:
            return partner, turn, partner
        return speaker, decision, None
    if not _is_question(q):
        return speaker, decision, None
    asked = _asked_before(text, quotes, n, ents)
    if asked is not None:
        return REPORTER, turn, asked
    end = _announced(text, q) if decision[1] != "previous-sentence" else -1
    if end >= 0:
        guest = _guest(state) or _named_before(text, end, ents)
        if guest is not None and not _someone_else_since(state, guest):
            return REPORTER, turn, guest
    return speaker, decision, None


def _someone_else_since(state: Discourse, guest: Speaker) -> bool:
    """Has someone other than the reporter and ``guest`` spoken last, after the printed
    interview began (a third person quoted with a cue of their own ends it)?"""
    began = any(name == REPORTER.name for name, _ in state.partners)
    last = state.last
    return began and last is not None and last.name not in (REPORTER.name, guest.name)


def _guest(state: Discourse) -> Speaker | None:
    """The interviewee: the reporter's partner so far, else the last speaker (a person, no
    journalist)."""
    for name, other in reversed(state.partners):
        if name == REPORTER.name:
            return other
    last = state.last
    if last is None or last.entity is None or last.entity.kind != "person":
        return None
    return last if last.role != "journalist" else None


def _interview_partners(state: Discourse, guest: Speaker | None) -> Discourse:
    """Keep the reporter and the interviewee ``guest`` as partners in the exchange."""
    if guest is None or guest.name is None:
        return state
    pairs = ((REPORTER.name, guest), (guest.name, REPORTER))
    return state._replace(partners=(*state.partners[-64:], *pairs))
