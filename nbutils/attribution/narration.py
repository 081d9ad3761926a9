r"""Narration: the person the narration just showed acting speaks the bare quote after it.

A quotation with no cue and no one quoted near it may follow a sentence that shows
someone about to speak::

    The mayor stood and reached for the phone.
    "We are not closing the bridge."

:func:`_narrated_actor` gives such a quote (rule ``narrated-actor``) to the actor: the
subject of the last sentence of a paragraph of narration right before a quotation that is
its own paragraph (:func:`_actor_before`), or of a sentence of narration opening the
quotation's own paragraph (:func:`_actor_in_paragraph`: *Near the end, Sen. Ann Lee, the
chairwoman, leaned into her microphone. "…?"*). The actor must do something: a body's
move, a gesture of turning to speak (:data:`_SPEAKING_GESTURES`); a date opening the
sentence (*In March, …*) tells backstory, and a quotation about someone (*"He was …"*)
is not the actor's. The paragraphs are read with :mod:`.turns`' helpers; this module
imports nothing of the engine's.

>>> from nbutils.attribution import attribute
>>> t = 'Mayor Ann Lee met the council.\n\nThe mayor stood and reached for the phone.\n\n'
>>> t += '"We are not closing the bridge."'
>>> [(a.speaker, a.rule) for a in attribute(t)]
[('Ann Lee', 'narrated-actor')]
"""

from __future__ import annotations

import bisect
import re

from nbutils.attribution.records import Speaker
from nbutils.attribution.turns import (
    _line_start,
    _rest_of_paragraph,
    _span_before,
    _whole_paragraph,
)
from nbutils.cues import CueMatch
from nbutils.quotes import Quote
from nbutils.speakers import Entities


def _narrated_actor(
    text: str,
    q: Quote,
    ents: Entities,
    speaker: Speaker | None,
    decision: tuple[str, str, CueMatch | None],
) -> tuple[Speaker | None, tuple[str, str, CueMatch | None]]:
    """A direct quote left with no speaker goes on from the person the paragraph before
    showed doing something (:func:`_actor_before`); any other decision is kept."""
    if decision[1] == "follow-on" and decision[0] == "follow-on" and speaker is not None:
        actor = _actor_in_paragraph(text, q, ents)
        if actor is None or actor.name == speaker.name:
            return speaker, decision
        return actor, ("follow-on", "narrated-actor", None)
    if decision[1] != "no-speaker" or decision[0] != "direct":
        return speaker, decision
    # ('The mayor stood and reached for the phone.' ¶ '"…"', or in one paragraph: 'Coach
    # Ray Dunn paced the sideline. "We got outworked."' with no one quoted before)
    actor = _actor_before(text, q, ents) or _actor_in_paragraph(text, q, ents)
    if actor is None:  # 'The mayor stood and reached for the phone.' ¶ '"…"': the mayor
        return speaker, decision
    return actor, ("follow-on", "narrated-actor", None)


#: A sentence's opening subject and a past-tense verb of a body turning to speak (*The
#: governor stood*, *Ms. Lee turned*, *She reached*): group 1 the subject. (Not any past
#: tense: *Ann Pike died in 2019* or *the mayor opened the meeting* hands no one the floor.)
_ACTOR_SUBJECT = (
    r"((?:[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]+)|He|She|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
)
#: (the gestures of someone about to speak, then other moves of the body)
_SPEAKING_GESTURES = (
    r"stood|rose|turned|leaned|paused|looked|glanced|smiled|frowned|grinned|laughed|sighed"
    r"|shrugged|nodded|stepped|straightened|gestured|pointed|cleared|shook|tapped"
)
_ACTOR_VERBS = (
    r"\s+(?:" + _SPEAKING_GESTURES + r"|sat|got|reached|walked|folded|waved|raised|lifted|picked"
    r"|put|took|set|held|threw|slammed|pushed)\b"
)
_ACTOR_OPENING = re.compile(_ACTOR_SUBJECT + _ACTOR_VERBS)
#: The same with a name set off after a description, perhaps after *Then* (*Then a father,
#: Ben Kell, stepped up*): group 1 the name.
_ACTOR_APPOSED = re.compile(
    r"(?:(?:Then|Finally|Later|Next|Eventually),?\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z]+,\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)," + _ACTOR_VERBS
)
#: The same after an opening phrase and with an apposition set off after the subject
#: (*Near the end, Sen. Ann Lee, the chairwoman, leaned into her microphone.*).
#: Only a gesture of someone about to speak there (not *held a meeting*, *took her to
#: Paris*: backstory), and no opening phrase of a date (*In March,*, *Last year,*).
_ACTOR_SET_OFF_SUBJECT = (
    r"(?:(?![^,]*\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|\d{4}|years?|ago|[Ll]ast|[Ee]arlier)\b)[A-Z][^,.!?\"“”]{0,40},\s+)?"
    + _ACTOR_SUBJECT
    + r"(?:,\s+[^,.!?\"“”]{1,80},)?"
)
_ACTOR_SET_OFF = re.compile(_ACTOR_SET_OFF_SUBJECT + r"\s+(?:" + _SPEAKING_GESTURES + r")\b")
_IRREGULAR_PAST = (
    r"took|gave|made|went|came|left|lost|won|kept|held|put|set|sat|stood|threw|wrote|drew"
    r"|read|spent|sent|built|brought|bought|caught|taught|fought|ran|began|wore|tore|shut|hit"
    r"|cut|led|fed|met|paid|sold|told|found|got|knew|saw|felt|heard|rang|sang|swam|drove|rode"
)
#: The same subject acting in any past tense, in the quote's own paragraph (*Kemp wiped his
#: eyes. "…"*): see :func:`_actor_in_paragraph`.
#: (also a move not made, *Kemp did not sit down.*; not a reply withheld, *did not respond*)
_NOT_DONE = (
    r"(?:did\s+not|didn['’]t)\s+(?!(?:respond|return|reply|answer|comment|speak|say)\b)[a-z]+"
)
_ACTOR_ANY_PAST = re.compile(
    _ACTOR_SET_OFF_SUBJECT + r"\s+(?:" + _NOT_DONE + r"|[a-z]+ed|" + _IRREGULAR_PAST + r")\b"
)
#: A quotation opening on a third person or a name speaks of someone, not as the actor.
_ABOUT_SOMEONE = re.compile(
    # (not "We had …", "I was …": the speaker's own first person)
    r"\s*(?:He|She|His|Her|They|(?!(?:We|I)\b)[A-Z][a-z]+\s+(?:was|is|had|has|did)\b)"
)
#: How much of the paragraph before a bare quote the narration test reads.
_NARRATION_REACH = 600


def _actor_before(text: str, q: Quote, ents: Entities) -> Speaker | None:
    """A bare quotation that is its own paragraph, no speaker near, right after a paragraph
    of narration with no quotation in it whose last sentence opens with a person doing
    something (*As the meeting ended, a clerk came in. The mayor stood and reached for the
    phone.* ¶ *"…"*): that person speaks, the actor of the scene just told. ``None``
    otherwise."""
    if not _whole_paragraph(text, q) or _ABOUT_SOMEONE.match(q.content):
        return None
    own = _line_start(text, q.start, _NARRATION_REACH)
    start, end = _span_before(text, own, _NARRATION_REACH) if own > 0 else (-1, 0)
    if start <= 0 or any(c in text[start:end] for c in '"“”'):
        return None  # (the top of the text, a long paragraph or one that quotes someone)
    k = bisect.bisect_right(ents.sentence_starts, end - 1) - 1
    at = max(start, ents.sentence_starts[k]) if k >= 0 else start
    while at < end and text[at].isspace():
        at += 1
    m = _ACTOR_OPENING.match(text, at, end) or _ACTOR_APPOSED.match(text, at, end)
    if m is None:
        return None
    mention = m.group(1)
    low = mention.lower()
    if low in ("he", "she"):
        ent = ents.resolve_pronoun(low, at)
    elif low.startswith("the "):
        ent = ents.resolve_descriptor(mention, at)
    else:
        ent = ents.entity_at(at, m.end(1))
    if ent is None or ent.kind != "person":
        return None
    return Speaker(ent.canonical, at, m.end(1), mention, ent.role, ent, low in ("he", "she"))


def _actor_in_paragraph(text: str, q: Quote, ents: Entities) -> Speaker | None:
    """A quotation with no cue that ends its paragraph right after a sentence of narration
    (no quotation before it in the paragraph) showing someone named doing something
    (*Near the end, Sen. Ann Lee, the chairwoman, leaned into her microphone. "…?"*): that
    person, who takes the floor from whoever was quoted before. ``None`` otherwise."""
    own = _line_start(text, q.start, _NARRATION_REACH)
    rest = _rest_of_paragraph(text, q)
    if own < 0 or rest is None or rest.strip() or _ABOUT_SOMEONE.match(q.content):
        return None
    before = text[own : q.start]
    if any(c in before for c in ('"', "“", "”", "''", "‘")) or not before.rstrip().endswith(
        (".", "!")
    ):  # (no quotation before it in the paragraph, whatever its marks)
        return None
    k = bisect.bisect_right(ents.sentence_starts, q.start - 1) - 1
    k -= 1 if k >= 0 and ents.sentence_starts[k] >= q.start - 1 else 0
    at = max(own, ents.sentence_starts[k]) if k >= 0 else own
    while at < q.start and text[at].isspace():
        at += 1
    m = _ACTOR_SET_OFF.match(text, at, q.start) or _ACTOR_ANY_PAST.match(text, at, q.start)
    if m is None or m.group(1).lower() in ("he", "she") or m.group(1).lower().startswith("the "):
        return None
    ent = ents.entity_at(m.start(1), m.end(1))
    if ent is None or ent.kind != "person":
        return None
    return Speaker(ent.canonical, m.start(1), m.end(1), m.group(1), ent.role, ent, False)
