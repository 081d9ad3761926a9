r"""Turns: who speaks each bare paragraph of an exchange (a hearing, an interview, texts).

News prints an exchange as paragraphs of quotation, many with no cue of their own::

    Ann Lee asked Tom Bell first. "Why?" she said.
    "Because," Bell said.
    Then she pressed him.
    "Did you know?"
    "I did not."
    "Why not?"

A bare paragraph in news usually goes on with the last speaker (a ``follow-on``); in an
exchange it is the other party's turn (an ``answer-turn``). The engine
(:func:`~nbutils.attribution.engine.attribute`) keeps a
:class:`~nbutils.attribution.resolution.discourse.Discourse` from quote to quote and asks
this module:

* does this quote open a turn the next bare paragraph may answer (:func:`_opens_turn`: a
  question that is its paragraph, a cued answer or retort; :func:`_answers_reported_question`,
  :func:`_answers_by_address`)? The engine keeps the answer in ``Discourse.turn``;
* is a bare paragraph a turn of the exchange (:func:`_answer_turn`, :func:`_rejoinder`)?
  Then it is the other party's: ``Discourse.other``, or ``Discourse.answerer`` when a
  question called someone by name (:func:`_vocative_partner`) or the narration showed
  who questions whom (:func:`_narrated_questioning`);
* do names or narration say otherwise: a turn that calls the next speaker by name
  (:func:`_addressed_turn`), a question the narration put (:func:`_narrated_asker`), a
  crowd asked (:func:`_crowd_asked`), turns announced (:func:`_announced_turn`), a
  pronoun that replies (:func:`_reply_to_asker`), a crowd's chant that takes no floor
  (:func:`_floor_taker`)?

Every test reads paragraphs with the helpers here (:func:`_whole_paragraph`,
:func:`_opens_paragraph`, :func:`_ends_paragraph`, :func:`_paragraph_before`,
:func:`_line_start`, :func:`_span_before`, …), each within a fixed reach of the quote, so
the cost stays linear in the text. This module imports neither the engine nor
:mod:`.narration`; both import from it.

>>> from nbutils.attribution import attribute
>>> t = 'Ann Lee asked Tom Bell first. "Why?" she said.\n\n"Because," Bell said.\n\n'
>>> t += 'Then she pressed him.\n\n"Did you know?"\n\n"I did not."\n\n"Why not?"'
>>> [(a.speaker, a.rule) for a in attribute(t)][2:]
[('Ann Lee', 'previous-sentence'), ('Tom Bell', 'answer-turn'), ('Ann Lee', 'answer-turn')]

The paragraph helpers on their own:

>>> from nbutils.quotes import find_quotes
>>> [(_whole_paragraph(t, q), _is_question(q)) for q in find_quotes(t)][2:]
[(True, True), (True, False), (True, True)]
"""

from __future__ import annotations

import bisect
import re

from nbutils.attribution.records import Attribution, Found, Speaker
from nbutils.attribution.resolution.discourse import Discourse, said_gender
from nbutils.attribution.resolution.mentions import VOCATIVE
from nbutils.attribution.sieves.before import CHANT_LEMMAS
from nbutils.cues import CueMatch
from nbutils.quotes import Quote
from nbutils.speakers import Entities, Entity

#: Rules of a quote with no cue of its own that goes on from someone already on stage (the
#: last speaker, or the person the narration just showed acting).
_GOES_ON = ("follow-on", "narrated-actor")
#: Rules of a quote given a speaker with no cue at all (the record carries no cue fields).
_UNCUED_TURNS = (*_GOES_ON, "answer-turn")


#: A narrated question put to someone (*Lee asked the secretary whether …*).
_ASKED_NARRATED = re.compile(r"\b(?:asked|questioned|pressed)\b")


#: How far back a paragraph break is looked for around a bare turn.
_PARAGRAPH_REACH = 5000


def _narrated_asker(
    text: str, quotes: list[Quote], n: int, ents: Entities, state: Discourse, rule: str
) -> Speaker | None:
    """*When it was Lee's turn, she asked the minister whether …* ¶ *"Yes," Hale said.* ¶ *"And
    did you stop?"*: a bare question answering nobody, after the answer to a question the
    paragraph before narrated, is the narrated asker's (named in that sentence before
    *asked*, not the one who answered), not whoever spoke before the answer."""
    if rule != "answer-turn" or n == 0 or not _is_question(quotes[n]):
        return None
    answer = quotes[n - 1]
    # (paragraphs read back a bounded stretch: a text with no line breaks costs no more)
    p0 = text.rfind("\n", max(0, answer.start - _PARAGRAPH_REACH), answer.start)
    if p0 > 0:  # (back over blank lines between paragraphs, a bounded stretch)
        p0 = max(0, p0 - 200) + len(text[max(0, p0 - 200) : p0].rstrip())
    p1 = text.rfind("\n", max(0, p0 - _PARAGRAPH_REACH), p0) + 1 if p0 > 0 else -1
    if p1 < 0:
        return None
    # (the paragraph before the answer narrates only, at least from its last quotation's
    # sentence on: 'Roe said they were "trained." The judge then asked whether …')
    p1 = p0 - len(_narration_tail(text[p1:p0]))
    found = _ASKED_NARRATED.search(text, p1, p0)
    if found is None:
        return None
    starts = ents.sentence_starts or [0]
    lo = max(p1, starts[max(0, bisect.bisect_right(starts, found.start()) - 1)])
    answerer = state.last.name if state.last is not None else None
    people = [
        e
        for _m, e in ents._mentions_in(lo, found.start())
        if e is not None and e.kind == "person" and e.canonical != answerer
    ]
    ent = people[-1] if people else _described_asker(text, lo, found.start(), ents, answerer)
    if ent is None:
        return None
    return Speaker(ent.canonical, None, None, None, ent.role, ent, False)


#: A sentence's end before the next one, after a quotation in narration.
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z])")
#: A definite description opening a sentence (*The judge let him finish, then asked …*).
_DESCRIBED_OPENING = re.compile(r"\s*(?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=[\s,])")


def _narration_tail(paragraph: str) -> str:
    """The paragraph's narration from the sentence after its last quotation on (the whole
    paragraph when it quotes nothing; ``""`` when it ends inside or on a quotation)."""
    last = max(paragraph.rfind(c) for c in '"“”')
    if last < 0:
        return paragraph
    nxt = _NEXT_SENTENCE.search(paragraph, max(0, last - 1))
    return paragraph[nxt.end() :] if nxt is not None else ""


def _described_asker(
    text: str, lo: int, at: int, ents: Entities, answerer: str | None
) -> Entity | None:
    """The person a definite description opening the asking sentence means (*The judge
    let him finish, then asked whether …*: the judge named before), not the answerer."""
    m = _DESCRIBED_OPENING.match(text, lo, at)
    if m is None:
        return None
    ent = ents.resolve_descriptor(m.group().strip(), m.start())
    if ent is None or ent.kind != "person" or ent.canonical == answerer:
        return None
    return ent


def _blank_quotes(text: str) -> str:
    """``text`` with every double-quoted passage blanked out (same length, so offsets hold):
    the writer's own words only."""
    return re.sub(r"[\"“][^\"“”]*[\"”]", lambda m: " " * len(m.group()), text)


#: A speaker putting a question to a crowd (*asked the crowd*, *led the audience in a
#: call-and-response*): group 1 the crowd's noun.
_ASKS_CROWD = re.compile(
    r"\b(?:asked|asks|led|leads|quizzed|polled|called\s+out\s+to|shouted\s+to|turned\s+to)\s+"
    r"(?:the|her|his|their)\s+(crowd|audience|supporters|room|fans|faithful|congregation)\b"
)


def _crowd_asked(text: str, quotes: list[Quote], n: int) -> Speaker | None:
    """The crowd that answers quote ``n``, a bare turn right after a question that a
    speaker put to a crowd (the text right before the question says so: *Vega led the
    crowd in a call-and-response: ¶ "When do we vote?" ¶ "November!"*); ``None``
    otherwise."""
    prev = quotes[n - 1]
    if not _is_question(prev):
        return None
    # (from the start of the paragraph before the question's, when the question opens its
    # own: 'Lee asked the crowd, "Who pays?"' or 'Lee asked the crowd: ¶ "Who pays?"')
    reach = max(0, prev.start - 400)  # (read at most 400 characters back)
    lo = text.rfind("\n", reach, max(0, prev.start - 1)) + 1
    found = None
    for m in _ASKS_CROWD.finditer(text, max(lo, reach), prev.start):
        found = m
    if found is None or any(c in text[found.end() : prev.start] for c in '"“”'):
        return None
    return Speaker(
        found.group(1), found.start(1), found.end(1), None, "citizen/witness", None, False
    )


#: A paragraph announcing an exchange of bare turns (*…, the governor first:*).
_ANNOUNCES_TURNS = re.compile(r",\s+[^,:\"“”]{1,60}?\s+first\s*:\s*$")
#: How many bare turns back an announcement is looked for (bounded: constant cost).
_MAX_TURNS = 12


def _announced_turn(text: str, quotes: list[Quote], n: int) -> int | None:
    """Which turn (0 for the first) quote ``n`` is of an exchange announced by the
    paragraph before its run of bare paragraphs (:data:`_ANNOUNCES_TURNS`), or ``None``."""
    k = 0
    while k <= _MAX_TURNS and n - k >= 0:
        q = quotes[n - k]
        if not _whole_paragraph(text, q):
            return None
        before = _paragraph_before(text, q)
        if _ANNOUNCES_TURNS.search(before):
            return k
        if n - k == 0 or before.strip() != quotes[n - k - 1].text.strip():
            return None
        k += 1
    return None


#: A quotation that ends by calling someone by name (*"…, Denise."*, *"…, Mr. Hale!"*).
_CALLS_AT_END = re.compile(r",\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'’-]+)\s*[.!?]?\s*$")


def _called_in(q: Quote, ents: Entities) -> Entity | None:
    """The person in the article a quotation calls by name, opening on the name (*"Ms. Lee,
    same question."*, not an apposition *"Lee, the mayor, …"*) or ending on it (*"…, Tom."*)."""
    m = VOCATIVE.match(q.text)
    word = None
    if m is not None and not _APPOSITION_ON.match(q.text, m.end() - 1):
        word = m.group(1).split()[-1]
    else:
        end = _CALLS_AT_END.search(q.content)
        word = end.group(1) if end is not None else None
    ent = _person_called(ents, word) if word is not None else None
    return ent if ent is not None and ent.kind == "person" else None


def _bare_turn(text: str, quotes: list[Quote], n: int, state: Discourse, para: int) -> bool:
    """Is quote ``n`` a paragraph of its own right after the last speaker's paragraph?"""
    return (
        state.last is not None
        and state.last.name is not None
        and para == state.last_para + 1
        and _whole_paragraph(text, quotes[n])
    )


def _next_turn_calls(text: str, quotes: list[Quote], n: int, ents: Entities) -> Entity | None:
    """The person the bare paragraph right after quote ``n``'s calls by name, if any."""
    if n + 1 >= len(quotes) or not _whole_paragraph(text, quotes[n + 1]):
        return None
    gap = text[quotes[n].end : quotes[n + 1].start]
    if gap.count("\n") < 1 or gap.strip():
        return None
    return _called_in(quotes[n + 1], ents)


#: Words of a turn that hands the floor to the one it calls (*"Ms. Lee, your response."*).
_HANDS_OVER = re.compile(
    r"\b(?:question|response|respond|reply|answer|turn|rebuttal|minutes?|seconds|floor|"
    r"go\s+ahead)\b",
    re.I,
)


def _puts_to(q: Quote) -> bool:
    """Does a turn that calls someone by name put something to them (a question, *"Ms.
    Lee, your response."*), not an instruction or a thank-you (*"Jo, keep shooting."*)? A
    turn opening on the name may ask first and press after (*"Mr. Hale, will you sign it?
    Yes or no."*)."""
    if "?" in q.content and VOCATIVE.match(q.text) is not None:
        return True
    return _is_question(q) or _HANDS_OVER.search(q.content) is not None


def _narration_words(text: str, q: Quote) -> int:
    """How many words the paragraph of ``q`` holds outside its quotations."""
    a = text.rfind("\n", max(0, q.start - _PARAGRAPH_REACH), q.start) + 1
    b = text.find("\n", q.end, q.end + _PARAGRAPH_REACH)
    return len(_blank_quotes(text[a : b if b >= 0 else min(len(text), q.end)]).split())


#: The rules of a bare paragraph's quote that names can overrule.
_BARE_RULES = ("follow-on", "answer-turn")


def _addressed_turn(
    text: str,
    quotes: list[Quote],
    n: int,
    ents: Entities,
    state: Discourse,
    para: int,
    speaker: Speaker | None,
    decision: tuple[str, str, CueMatch | None],
) -> tuple[Speaker | None, tuple[str, str, CueMatch | None]]:
    """A bare paragraph that would go on with the last speaker (a follow-on), in a run of
    bare turns, whose names say otherwise: after a bare turn that called someone by name,
    that person answers (*"Ms. Lee, same question."* ¶ *"I say …"*); a turn that the next
    bare turn answers by calling someone quoted before by name is that person's (*"I want
    my job back."* ¶ *"Nobody can give you that, Denise."*); and in an exchange, a bare turn
    calling a third person by name is the questioner's, moving on (the moderator's)."""
    if decision[1] not in _BARE_RULES or not _bare_turn(text, quotes, n, state, para):
        return speaker, decision
    last, turn = state.last, ("direct", "answer-turn", None)
    prev = quotes[n - 1]
    called = _called_in(prev, ents) if n and _whole_paragraph(text, prev) else None
    if called is not None and called.canonical != last.name and _puts_to(prev):
        return _as_speaker(called), turn
    answered = _next_turn_calls(text, quotes, n, ents)
    if (
        answered is not None
        and answered in state.speakers
        and answered.canonical != last.name
        and _narration_words(text, prev) <= 4  # (the last turn a bare one and its cue)
    ):
        return _as_speaker(answered), turn
    third = _called_in(quotes[n], ents)
    other = state.other
    if (
        third is not None
        and state.turn
        and other is not None
        and other.name is not None
        and third.canonical not in (last.name, other.name)
    ):
        return other, turn
    return speaker, decision


def _vocative_partner(state: Discourse, q: Quote, rec: Attribution, ents: Entities) -> Discourse:
    """A named speaker's question that opens by calling someone in the article by name
    (*"Ms. Lee, did you know?" Hale asked*) is put to that person: the bare answer after
    it is hers (:attr:`Discourse.answerer`), not that of whoever spoke before Hale."""
    if rec.speaker is None or rec.kind not in ("direct", "follow-on") or "?" not in q.content:
        return state
    m = VOCATIVE.match(q.text)
    if m is None:
        return state
    called = m.group(1).split()[-1]  # ("Ann Lee, …": the surname)
    ent = _person_called(ents, called)
    if ent is None or ent.canonical == rec.speaker or ent.kind != "person":
        return state
    addressee = Speaker(ent.canonical, None, None, called, ent.role, ent, False)
    return state._replace(partners=(*state.partners[-_PARTNERS_KEPT:], (rec.speaker, addressee)))


#: A verb of putting questions to someone named right after it (*Lee questioned Ruiz*,
#: *…, who pressed Ruiz on …*): group 1 the verb, group 2 the one questioned.
_QUESTIONS_SOMEONE = re.compile(
    r"\b(questioned|asked|pressed|grilled|quizzed|cross-examined)\s+"
    r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\b"
)
#: How far back (the paragraph before the quote's own, and its own) narration is read.
_QUESTIONING_REACH = 800


def _narrated_questioning(
    state: Discourse, text: str, q: Quote, rec: Attribution, ents: Entities
) -> Discourse:
    """A quote of a named person whom the narration just before (the quote's paragraph up
    to it, and the paragraph before) shows questioning someone named, or being questioned
    by someone named (*Sen. Ann Lee, who questioned Ruiz for an hour*), puts the two in an
    exchange (:attr:`Discourse.partners`): the bare answer or the *he replied* after the
    questioner's quote is the one questioned, not whoever spoke before."""
    if rec.speaker is None or rec.kind not in ("direct", "follow-on", "partial"):
        return state
    own = _line_start(text, q.start, _QUESTIONING_REACH)
    if own < 0:
        return state
    a, b = _span_before(text, own, _QUESTIONING_REACH) if own > 0 else (-1, 0)
    lo = a if a >= 0 and b > 0 else own
    if not _QUESTIONS_SOMEONE.search(text, lo, q.start):
        return state  # (the common case: no such verb, no copy of the text to blank)
    plain = _blank_quotes(text[lo : q.start])
    for m in _QUESTIONS_SOMEONE.finditer(plain):
        pair = _questioning_pair(text, lo, m, ents)
        if pair is None or rec.speaker not in (pair[0].canonical, pair[1].canonical):
            continue
        asker, asked = (_as_speaker(e) for e in pair)
        kept = state.partners[-_PARTNERS_KEPT:]
        state = state._replace(partners=(*kept, (asker.name, asked), (asked.name, asker)))
    return state


def _narrated_witness(
    state: Discourse, text: str, q: Quote, rec: Attribution, ents: Entities
) -> Discourse:
    """A question that opens its paragraph, put by a named person who has no partner in an
    exchange yet, right after a paragraph of narration about someone else (*Ms. Kessling,
    who …, spoke quietly enough that …* ¶ *"How did you come to write the first check?"
    asked the prosecutor, Lionel Barre.*): the person that paragraph is about (its first
    subject) is the one questioned, the asker's partner, when no speaker before answers
    (the one before the asker spoke more than a paragraph back)."""
    if (
        rec.speaker is None
        or rec.kind not in ("direct", "follow-on")
        or "?" not in q.content
        or any(name == rec.speaker for name, _other in state.partners)
    ):
        return state
    own = _line_start(text, q.start, _QUESTIONING_REACH)
    if own <= 0 or text[own : q.start].strip():
        return state  # (the question opens its paragraph)
    a, b = _span_before(text, own, _QUESTIONING_REACH)
    if a < 0 or b <= 0 or any(c in text[a:b] for c in '"“”'):
        return state  # (a paragraph of narration, quoting no one)
    named = ents._mentions_in(a, b)
    if any(e is not None and e.canonical == rec.speaker for _m, e in named):
        return state  # (a paragraph about the asker: "Lee's lawyer, Jeff Rusk, … began")
    subject = next(
        (
            e
            for m, e in named
            if m.subject
            and e is not None
            and e.kind == "person"
            and text[m.end : m.end + 2] not in ("'s", "’s")
        ),
        None,
    )
    if subject is None:
        return state
    asker = state.last if state.last is not None and state.last.name == rec.speaker else None
    if asker is None:
        return state
    witness = _as_speaker(subject)
    kept = state.partners[-_PARTNERS_KEPT:]
    return state._replace(partners=(*kept, (asker.name, witness), (witness.name, asker)))


def _questioning_pair(
    text: str, lo: int, m: re.Match[str], ents: Entities
) -> tuple[Entity, Entity] | None:
    """The asker (the last person named before the verb in its sentence) and the one
    asked (the name after it), two people; ``None`` otherwise."""
    asked = ents.entity_at(lo + m.start(2), lo + m.end(2))
    if asked is None or asked.kind != "person":
        return None
    verb = lo + m.start(1)
    k = bisect.bisect_right(ents.sentence_starts, verb) - 1
    begin = ents.sentence_starts[k] if k >= 0 else 0
    asker = next(
        (
            e
            for _m, e in reversed(ents._mentions_in(begin, verb))
            if e is not None and e.kind == "person"
        ),
        None,
    )
    if asker is None or asker is asked:
        return None
    return asker, asked


def _as_speaker(ent: Entity) -> Speaker:
    """A person in the article as a speaker no mention introduced."""
    return Speaker(ent.canonical, None, None, None, ent.role, ent, False)


def _person_called(ents: Entities, word: str) -> Entity | None:
    """The person a vocative calls: by surname or name, else the one person whose given name
    the word shortens (*Brad* for Bradley Sorensen)."""
    ent = ents.person_named(word)
    if ent is not None or len(word) < 3:
        return ent
    given = [
        e
        for e in ents.entities
        if e.kind == "person" and " " in e.canonical and e.canonical.split()[0].startswith(word)
    ]
    return given[0] if len(given) == 1 else None


def _reply_to_asker(speaker: Speaker, found: Found, state: Discourse) -> Speaker:
    """*"…?" Lee asked.* ¶ *"…," he answered.*: a pronoun that answers (a reply cue) is not the
    one who just asked; it is the one the asker is in an exchange with, or called by name in
    the question, when that person agrees with the pronoun."""
    last = state.last
    answerer = next(
        (o for name, o in reversed(state.partners) if last is not None and name == last.name),
        None,
    )  # (a partner in an exchange, or the one a question called by name: not just anyone)
    if (
        not speaker.pronoun
        or found.cue is None
        or found.cue.lemma not in _REPLIES
        or last is None
        or speaker.name != last.name
        or answerer is None
        or answerer.entity is None
        or answerer.entity.kind != "person"
        or answerer.name == last.name
    ):
        return speaker
    said = said_gender(speaker)
    if said is not None and answerer.entity.gender not in (None, said):
        return speaker
    return speaker._replace(name=answerer.name, role=answerer.role, entity=answerer.entity)


def _other_turn(state: Discourse) -> bool:
    """Is there another named speaker before the last one to take the turn?"""
    return (
        state.other is not None
        and state.other.name is not None
        and state.last is not None
        and state.other.name != state.last.name
    )


def _addresses(q: Quote, last: Speaker | None) -> bool:
    """Does the quotation call ``last`` by name, set off by commas as a vocative (*"…, Mr.
    Cole."*, *"Mr. Cole, you …"*), an honorific before the surname?"""
    if last is None or not last.name:
        return False
    surname = last.name.split()[-1]
    if any(m.group(1) == surname for m in _VOCATIVE.finditer(q.content)):
        return True
    return _calls_given_name(q.content, last)


def _calls_given_name(content: str, last: Speaker) -> bool:
    """Does the quotation call a named person by the given name alone, set off by a comma
    at a sentence's end (*"…, Ann."*) or opening it (*"Ann, you …"*, not an apposition
    *"Ann, the old mayor, …"*)? Only for a person named in full."""
    ent = last.entity
    parts = (last.name or "").split()
    if len(parts) < 2 or ent is None or ent.kind != "person" or not parts[0].isalpha():
        return False
    given = re.escape(parts[0])
    if re.search(rf",\s+{given}\s*[.!?]", content):
        return True
    m = re.match(rf"\s*{given},", content)
    return m is not None and not _APPOSITION_ON.match(content, m.end())


#: An honorific and a surname set off as a vocative (*"…, Mr. Cole."*), one pattern for
#: every name (compiled once, not once per surname).
_VOCATIVE = re.compile(
    r"(?:^|,\s+)(?:Mr|Mrs|Ms|Miss|Dr|Senator|Sen|Governor|Gov|Judge|Professor)\.?\s+"
    r"([A-Z][\w'’-]*)\s*[,.!?]"
)


#: How far a quotation that makes up its paragraph may be from the line breaks around it.
_PARAGRAPH_SLACK = 200


def _opens_paragraph(text: str, q: Quote) -> bool:
    """Does the quotation open its paragraph (read within a fixed distance of the quote,
    so the cost does not grow with the text)?"""
    lo = max(0, q.start - _PARAGRAPH_SLACK)
    a = text.rfind("\n", lo, q.start)
    return not ((a < 0 and lo > 0) or text[a + 1 : q.start].strip())


def _rest_of_paragraph(text: str, q: Quote) -> str | None:
    """The text after the quotation up to the end of its paragraph, or ``None`` when the
    paragraph runs on beyond a fixed distance."""
    hi = min(len(text), q.end + _PARAGRAPH_SLACK)
    b = text.find("\n", q.end, hi)
    if b < 0 and hi < len(text):
        return None
    return text[q.end : b if b >= 0 else hi]


def _whole_paragraph(text: str, q: Quote) -> bool:
    """Is the quotation its paragraph, with nothing but white space around it?"""
    rest = _rest_of_paragraph(text, q) if _opens_paragraph(text, q) else None
    return rest is not None and not rest.strip()


#: A message typed without capitals or stops that asks (*"who else has this"*, a text).
_UNPUNCTUATED_QUESTION = re.compile(
    r"(?:who|what|where|when|why|how|which|is|are|do|does|did|can|could|will|would|should)\s"
    r"[a-z0-9' ]+"
)


def _is_question(q: Quote) -> bool:
    """Does the quotation end with a question mark, or is it a message typed in lower case
    without a stop that opens on a question word (*"who else has this"*)?"""
    if q.text.rstrip(" \"'”’»").endswith("?"):
        return True
    return _UNPUNCTUATED_QUESTION.fullmatch(q.content.strip()) is not None


#: Cues of an answer (*replied*, *shot back*): a cued answer keeps an exchange going.
_REPLIES = frozenset("reply respond answer retort counter".split())
_REPLY_AFTER = re.compile(
    r"\b(?:replied|replies|responded|responds|answered|answers|retorted|countered)\b"
)


def _actor_asks(text: str, q: Quote, rec: Attribution, state: Discourse) -> bool:
    """A question that ends a paragraph after narration of someone other than the last
    speaker acting (*Kemp did not sit down. "What does that mean?"*): they take the floor
    and put it to the last speaker, whose bare answer may follow."""
    return (
        rec.rule == "narrated-actor"
        and rec.speaker is not None
        and state.last is not None
        and rec.speaker != state.last.name
        and _is_question(q)
        and _blank_rest(text, q)
    )


#: A question that calls the one it is put to by name at its end (*"Safer for whom, Dr.
#: Fenwick?"*).
_VOCATIVE_END = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*\?\W*$")
#: A lead-in that puts the question to someone (*Lindell pressed her on the price.*).
_PUTS_TO = re.compile(
    r"\b(?:pressed|asked|questioned|turned\s+to|leaned\s+toward|looked\s+at)\s+"
    r"(?:him|her|them|the\s+\w+|[A-Z])"
)


def _put_to_someone(text: str, q: Quote) -> bool:
    """Is the question after a lead-in put to someone: it says *you*, it calls someone by
    name, or the lead-in puts it to someone (*Lindell pressed her on the price.*)? Not a
    rhetorical question after a lead-in (*Varga rose to reply. "Good for whom?" she asked.*),
    which its asker goes on to answer."""
    if _SECOND_PERSON.search(q.content) or _VOCATIVE_END.search(q.content):
        return True
    lo = max(0, q.start - _PARAGRAPH_SLACK)
    a = text.rfind("\n", lo, q.start)
    return _PUTS_TO.search(text, a + 1 if a >= 0 else lo, q.start) is not None


def _opens_turn(text: str, q: Quote, rec: Attribution, state: Discourse, para: int) -> bool:
    """Is this quote a turn that the next bare paragraph may answer: an answer itself, or a
    question that is its paragraph and does not go on from the speaker's own quote in the
    paragraph before (a speaker's run of quotes may hold a rhetorical question: *"Who will
    pay for it?"* / *"Mexico will."* is one speaker)?"""
    if rec.rule == "answer-turn":
        return True
    if (
        state.turn
        and rec.rule in (*_GOES_ON, "split-quote")
        and para == state.last_para
        and not _is_question(q)
        and _blank_rest(text, q)
    ):
        return True  # '"A," Reed said. "B."' answering a question: B closes the answer
    if (
        state.turn
        and para == state.last_para + 1
        and (
            (rec.rule not in _GOES_ON and not _is_question(q) and _opens_paragraph(text, q))
            or (
                rec.cue_lemma in _REPLIES
                and rec.speaker is not None
                and state.last is not None
                and rec.speaker != state.last.name
            )
        )
        and (_ends_paragraph(text, q) or _then_own_quotes(text, q))
        or state.turn
        and para == state.last_para + 1
        and _answer_after_lead(text, q, rec)
    ):
        # '"…?" a reporter asked.' ¶ '"No," he said.', '"Why so long?" one fan asked.' ¶
        # '"We backed him," Garner replied.': a cued answer to the question before, so a
        # bare paragraph next is the questioner's turn
        return True
    if (
        para == state.last_para + 1
        and rec.cue_lemma in _REPLIES
        and rec.speaker is not None
        and state.last is not None
        and state.last.name is not None
        and rec.speaker != state.last.name
        and _opens_paragraph(text, q)
        and (_ends_paragraph(text, q) or _then_own_quotes(text, q))
        and "?" in _paragraph_before(text, q)
    ):
        # '"…?" the donor says.' ¶ '"…," Reed replies. "…"': a reply to the other speaker's
        # question in the paragraph just before, however cued, is an exchange; a bare
        # paragraph next is the questioner's turn (a statement answered is none)
        return True
    if _actor_asks(text, q, rec, state):
        return True
    if (
        rec.rule in (*_GOES_ON, "split-quote")
        and para == state.last_para
        and _is_question(q)
        and _blank_rest(text, q)
        and (start := _line_start(text, q.start)) >= 0
        and text[start : start + 1] in ('"', "“", "‘", "'")
        and _SECOND_PERSON.search(text, start, q.end) is not None
    ):
        # '"You said …," Ms. Tarrant said. "Which cases did you have in mind?"' ¶ '"…"': a
        # question put to someone ends the questioner's paragraph; the bare one next answers
        return True
    continues = rec.rule in _GOES_ON and para - state.last_para <= 1
    return (
        not continues
        and _is_question(q)
        and (
            _whole_paragraph(text, q)
            # (a question cued as a reply: '"who else has this" Fitch replied.')
            or (rec.cue_lemma in _QUESTION_CUES or rec.cue_lemma in _REPLIES)
            and (
                _ends_paragraph(text, q)
                or _blank_rest(text, q)
                # ('Hale held up a receipt. "Is that yours?" he asked.': after a lead-in, a
                # question put to someone; not a rhetorical one, '"Good for whom?" she asked.')
                or _closes_after_lead(text, q)
                and _put_to_someone(text, q)
            )
        )
    )


#: A question put, reported without quotation (*A reporter asked whether …*, *asked the
#: chief how …*).
_REPORTED_QUESTION = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[A-Z][\w'’-]+|reporters?|journalists?|lawmakers?|senators?|host"
    r"|moderator|prosecutors?|attorneys?|lawyers?|questioner|members?|someone|one)"
    r"\s+(?:then\s+|later\s+|also\s+)?(?:asked|wanted\s+to\s+know)\s+(?:[\w.'’-]+\s+){0,4}?"
    r"(?:whether|if|why|how|what|who)\b"
)

#: A question put after a subject's other act (*The judge let him finish, then asked whether*).
_THEN_ASKED = re.compile(
    r",\s+(?:and\s+)?then\s+asked\s+(?:[\w.'’-]+\s+){0,4}?(?:whether|if|why|how|what|who)\b"
)


def _answers_reported_question(text: str, q: Quote, rec: Attribution) -> bool:
    """'A reporter asked whether the two had met.' ¶ '"Twice," the chief said.': a cued
    answer opening its paragraph, which ends with its attribution (or goes on with the same
    speaker's quotes), right after a paragraph that reports a question put and quotes
    nothing; a turn of the exchange, so a bare question next is the asker's again."""
    if rec.rule in _UNCUED_TURNS or rec.speaker is None or _is_question(q):
        return False
    if not _opens_paragraph(text, q) or not (_ends_paragraph(text, q) or _then_own_quotes(text, q)):
        return False
    before = _narration_tail(_paragraph_before(text, q))
    return _REPORTED_QUESTION.search(before) is not None or _THEN_ASKED.search(before) is not None


def _answers_by_address(text: str, q: Quote, rec: Attribution, state: Discourse) -> bool:
    """'"…," Sen. Lee said.' ¶ 'Ms. Cole folded her hands. "Senator, I hear you," she said.':
    a cued quote that opens by addressing someone (:data:`_ADDRESS`), in the paragraph right
    after another speaker's, its paragraph ending with its attribution or the same speaker's
    quotes: a turn of an exchange with that speaker."""
    last = state.last
    if (
        rec.rule in _UNCUED_TURNS
        or rec.speaker is None
        or last is None
        or last.name in (None, rec.speaker)
        or not _calls_last_speaker(q.content, last.name)
        or not _last_ends_paragraph_before(text, q, state.last_end)
    ):
        return False
    if not (_opens_paragraph(text, q) or _after_lead(text, q)):
        return False
    tail = _rest_of_paragraph(text, q)
    return tail is not None and (
        not any(c in tail for c in "\"“”‘’'") or _SPLIT_TAIL.match(tail) is not None
    )


#: After a titled name and its comma: an apposition or a relative clause, so the name is
#: the quotation's subject (*"Mr. Hart, the old mayor, never paid"*), not someone called.
_APPOSITION_ON = re.compile(r"\s+(?:the|a|an|who|whose|which|his|her|its|their|one|my|our)\b")


def _calls_last_speaker(content: str, last: str) -> bool:
    """Does a quotation open by calling the last speaker: a bare form of address
    (*"Senator, …"*, *"Sir, …"*) or a title and their surname (*"Mr. Hart, …"*), not a
    titled name as the subject of an apposition (*"Mr. Hart, the old mayor, never …"*)?"""
    m = _CALLS_OPEN.match(content)
    if m is None or _APPOSITION_ON.match(content, m.end()):
        return False
    called = m.group().rstrip(", ").split()
    titled = (
        len(called) > 1
        and called[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr")
        and called[-1] not in _OFFICE_CALLED
    )
    return not titled or called[-1] == last.split()[-1]


#: Offices called with Mr./Madam like a bare form of address (*"Mr. Chairman, …"*).
_OFFICE_CALLED = frozenset("Chairman Chair President Speaker Secretary Mayor Justice".split())


def _last_ends_paragraph_before(text: str, q: Quote, last_end: int | None) -> bool:
    """Does the last attributed quotation end in the paragraph right before ``q``'s (a
    quotation of several paragraphs counts where it ends)? (Read from ``last_end`` on, at
    most :data:`_TURN_REACH` characters: the cost stays bounded.)"""
    if last_end is None or q.start - last_end > _TURN_REACH:
        return False
    a = text.rfind("\n", last_end, q.start)
    while a > last_end and text[a - 1] == "\n":
        a -= 1
    return a >= last_end and text.find("\n", last_end, a) < 0


#: A short narrative sentence opening a paragraph before its quotation (*Ms. Lee paused.*,
#: *The witness looked at the jury.*): no quotation mark in it (an apostrophe inside a word
#: is none: *the committee's chairman*), and it ends a sentence.
_LEAD_IN = re.compile(r"(?:[^\"“”‘’'\n]|(?<=\w)['’](?=\w)){1,160}?[.!?]\s+$")


def _answer_after_lead(text: str, q: Quote, rec: Attribution) -> bool:
    """'"…?" the lawyer asked.' ¶ 'Ms. Lee paused. "No," she said.': a cued answer after a
    short sentence of narration that opens its paragraph (a pause, a look), the paragraph
    ending with the quote's attribution or going on with the same speaker's quotes: a
    turn of the exchange, as a cued answer that opens its paragraph."""
    if rec.rule in _UNCUED_TURNS or _is_question(q):
        return False
    if _closes_after_lead(text, q):
        return True
    tail = _rest_of_paragraph(text, q)
    return tail is not None and _SPLIT_TAIL.match(tail) is not None and _after_lead(text, q)


def _after_lead(text: str, q: Quote) -> bool:
    """Does the quotation's paragraph open with a short sentence of narration before it
    (:data:`_LEAD_IN`)?"""
    lo = max(0, q.start - _PARAGRAPH_SLACK)
    a = text.rfind("\n", lo, q.start)
    if a < 0 and lo > 0:
        return False
    return _LEAD_IN.fullmatch(text, a + 1, q.start) is not None


def _closes_after_lead(text: str, q: Quote) -> bool:
    """'Ms. Lee paused. "No," she said.': the quotation after a short lead-in sentence, its
    attribution ending the paragraph."""
    tail = _rest_of_paragraph(text, q)
    return tail is not None and not any(c in tail for c in "\"“”‘’'") and _after_lead(text, q)


#: After a quote: a short attribution, then the same speaker's quotation after a full stop
#: or a comma (*… he said. "* or *… he said, "*).
_SPLIT_TAIL = re.compile(r"^[^\"“”‘’']{0,80}?[.!?,]\s+[\"“‘']")


#: Cues of a question put to someone (*asked*, *pressed*, *called out*, *shouted*): a
#: cued question that ends its paragraph opens an exchange; the bare paragraph after it is
#: the other party's answer.
_QUESTION_CUES = frozenset("ask press call shout yell demand inquire interject query".split())


def _paragraph_before(text: str, q: Quote) -> str:
    """The paragraph before the quote's own, at most its last :data:`_PARAGRAPH_SLACK`
    characters; ``""`` at the top of the text or when the quote's own paragraph opens
    further back than that (every caller asks about a quote that opens its paragraph)."""
    own = _line_start(text, q.start, _PARAGRAPH_SLACK)
    a, b = _span_before(text, own, _PARAGRAPH_SLACK) if own > 0 else (-1, 0)
    return text[max(a, b - _PARAGRAPH_SLACK) : b] if b > 0 else ""


def _blank_rest(text: str, q: Quote) -> bool:
    """Does nothing but white space follow the quotation in its paragraph?"""
    rest = _rest_of_paragraph(text, q)
    return rest is not None and not rest.strip()


#: After a quote: a short attribution, a full stop, then another quotation (*… Reed said. "*).
_CUE_TAIL = re.compile(r"^[^\"“”‘’']{0,80}?[.!?]\s+[\"“‘']")


def _then_own_quotes(text: str, q: Quote) -> bool:
    """'"A," Reed said. "B."': the paragraph after the quote is its short attribution, a
    full stop, then more quotation (the same speaker's follow-on)."""
    tail = _rest_of_paragraph(text, q) if _opens_paragraph(text, q) else None
    return tail is not None and _CUE_TAIL.match(tail) is not None


def _ends_paragraph(text: str, q: Quote) -> bool:
    """Is the quotation the last of its paragraph, the paragraph ending with its attribution
    after it (*"…?" the lawyer asked.*), and no other quotation opening its paragraph?"""
    tail = _rest_of_paragraph(text, q) if _opens_paragraph(text, q) else None
    return tail is not None and not any(c in tail for c in "\"“”‘’'")


def _answer_turn(text: str, quotes: list[Quote], n: int, state: Discourse, para: int) -> bool:
    r"""Is quote ``n`` a turn of an exchange of bare quotations (a hearing, an interview):
    a paragraph that is only this quotation, right after a paragraph that is only a
    question (the other party answers it) or ends with the attributed question (*"…?" the
    lawyer asked.*), or any bare paragraph right after such an answer (the questioner's
    turn again: *"No."* / *"You went back in."*)? Then its speaker is ``state.other``. A
    bare paragraph after a statement outside an exchange (no question before) stays a
    follow-on: news continues the last speaker.

    >>> t = 'Ann Lee asked Tom Bell first. "Why?" she said.\n\n"Because," Bell said.\n\n'
    >>> t += 'Then she pressed him.\n\n"Did you know?"\n\n"I did not."\n\n"Why not?"'
    >>> from nbutils.attribution import attribute
    >>> [a.speaker for a in attribute(t)]
    ['Ann Lee', 'Tom Bell', 'Ann Lee', 'Tom Bell', 'Ann Lee']
    """
    answerer = state.answerer
    if (
        n == 0
        or state.last is None
        or answerer is None
        or answerer.name is None
        or answerer.name == state.last.name
        or para != state.last_para + 1
        or not state.turn
    ):
        return False
    q, prev = quotes[n], quotes[n - 1]
    if not _whole_paragraph(text, q):
        return False
    if not _whole_paragraph(text, prev):  # '"…?" the lawyer asked.' then a bare answer
        # ... or '"No," he said.' / '"…," Garner replied.' answering such a question, then
        # a bare paragraph: a question is the questioner's again, and so is anything after
        # a reply cue
        closes = (
            _ends_paragraph(text, prev)
            or (not _opens_paragraph(text, prev) and _blank_rest(text, prev))
            or _closes_after_lead(text, prev)
        )
        return closes and bool(
            _is_question(prev)
            or _is_question(q)
            or _calls_questioner(prev)
            or _calls_questioner(_paragraph_opener(text, quotes, n - 1))
            or _rejoinder(text, quotes, n, state)
            # ('"…," Whitcomb said.' answering ¶ '"That's not what I asked."': the asker's)
            or _BACK_TO_ASKER.search(q.content)
            # ('"That's what they told me," Lee said.' ¶ '"And you decided to talk."': the
            # asker pressing on)
            or _PRESSES.match(q.content) is not None
            or _REPLY_AFTER.search(_rest_of_paragraph(text, prev) or "")
            # '"…," Reed replies. "…"': the reply cue after the paragraph's first quote
            or not _opens_paragraph(text, prev)
            and _REPLY_AFTER.search(
                text,
                text.rfind("\n", max(0, prev.start - _PARAGRAPH_SLACK), prev.start) + 1,
                prev.start,
            )
        )
    # (``state.turn`` after a bare paragraph that is no question: it was an answer, so the
    # exchange goes on, the questioner's turn again, question or not)
    return True


#: The longest bare reply :func:`_rejoinder` hands to the other party (a chair's longer
#: words after the retort, *"The committee will now turn to the budget, …"*, are the chair's).
_REPLY_WORDS = 12
#: How long a paragraph of an exchange :func:`_rejoinder` reads back over may be.
_TURN_REACH = 1500


def _line_start(text: str, pos: int, reach: int = _TURN_REACH) -> int:
    """Where the paragraph (line) holding ``pos`` opens; -1 when it runs back further than
    ``reach`` characters (the cost stays bounded)."""
    lo = max(0, pos - reach)
    a = text.rfind("\n", lo, pos)
    return a + 1 if a >= 0 or lo == 0 else -1


def _span_before(text: str, start: int, reach: int) -> tuple[int, int]:
    """The non-blank paragraph before the one opening at ``start``, as ``(a, b)`` with
    ``text[a:b]`` that paragraph: ``b`` is 0 when there is none (the top of the text), ``a``
    is -1 when the paragraph opens more than ``reach`` characters before its end. The one
    way every exchange and narration test finds "the paragraph before"."""
    b = start - 1
    while b > 0 and text[b - 1] == "\n":
        b -= 1
    return (_line_start(text, b, reach), b) if b > 0 else (-1, 0)


def _line_before(text: str, start: int) -> int:
    """Where the non-blank paragraph before the one opening at ``start`` opens (-1: none,
    or it runs back further than :data:`_TURN_REACH`)."""
    return _span_before(text, start, _TURN_REACH)[0]


def _last_quote_in(quotes: list[Quote], n: int, a: int, b: int) -> Quote | None:
    """The last of ``quotes[:n]`` that starts in ``text[a:b]`` (looked for a few back)."""
    for q in reversed(quotes[max(0, n - 6) : n]):
        if a <= q.start < b:
            return q
        if q.start < a:
            return None
    return None


def _rejoinder(text: str, quotes: list[Quote], n: int, state: Discourse) -> bool:
    """'"…?" Lee asked.' ¶ 'Bell paused. "No," he said.' ¶ '"That sounds like a yes," Lee
    said.' ¶ '"It isn't."': the questioner's cued retort (a paragraph that is one statement
    and its cue, right after the answer to that paragraph-before's question, the two
    speakers partners in the exchange) is itself a turn, so the bare paragraph after it is
    the other party's. Not a first answer's own run of quotes ('"No," Bell said. "Never."'
    after the question: that is an answer, no retort)."""
    prev = quotes[n - 1]
    last, other = state.last, state.other
    if (
        n < 2
        or len(quotes[n].content.split()) > _REPLY_WORDS
        and not _SECOND_PERSON.search(quotes[n].content)  # ("you are asking me to …")
        or last is None
        or other is None
        or not _opens_paragraph(text, prev)
        or not _ends_paragraph(text, prev)
        or _is_question(prev)
        or not any(
            name == last.name and partner.name == other.name
            for name, partner in state.partners[-2:]
        )
    ):
        return False
    here = _line_start(text, prev.start)
    answer_at = _line_before(text, here) if here > 0 else -1
    question_at = _line_before(text, answer_at) if answer_at >= 0 else -1
    answer = _last_quote_in(quotes, n - 1, answer_at, here) if answer_at >= 0 else None
    question = _last_quote_in(quotes, n - 1, question_at, answer_at) if question_at >= 0 else None
    if answer is None or _is_question(answer):
        return False
    if question is None:
        # 'Lee questioned Dr. Rao. He asked whether …' ¶ '"…," Dr. Rao answered.' ¶ '"So
        # the answer is no," Lee said.' ¶ '"…"': a question the narration told
        return question_at >= 0 and _ASKED_NARRATED.search(text, question_at, answer_at) is not None
    return _is_question(question)


#: A bare retort that speaks of the question put (*That's not what I asked*, *Answer the
#: question*): the asker's, not the answerer's.
_BACK_TO_ASKER = re.compile(
    r"\b(?:what\s+I\s+asked|I\s+asked\s+(?:you|whether|if)|my\s+question|answer\s+the\s+question"
    r"|(?:not|n['’]t)\s+an\s+answer)\b",
    re.I,
)


#: Words of the second person: a reply speaks to the one who spoke before.
#: A bare statement that presses the one who just answered (*"And you decided …"*, *"So
#: your company …"*): the asker's next turn, not the answerer going on.
_PRESSES = re.compile(r"\s*(?:And|So|But|Then|Now|Yet)\s+(?:you|your)\b")
_SECOND_PERSON = re.compile(r"\byou(?:r|rs)?\b", re.I)


#: How many pairs of exchange partners the discourse keeps (the latest): a long transcript
#: copies a bounded tuple per turn, so the cost stays linear in the number of quotes.
_PARTNERS_KEPT = 64


#: A quoted answer that calls the one asking by a form of address, set off by a comma at
#: its opening or end (*"Senator, the report speaks to that."*, *"…, sir."*): a live
#: exchange, where the bare paragraph after it is the questioner's turn again.
_ADDRESS = (
    r"(?:[Ss]ir|[Mm]a['’]am|Senator|Congressman|Congresswoman|Governor|Madam\s+[A-Z]\w+|"
    r"Mr\.\s+[A-Z]\w+|Madam|Your\s+Honou?r|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]*)"
)
_CALLS_OPEN = re.compile(rf"^\s*{_ADDRESS},")
_CALLS_CLOSE = re.compile(rf",\s+{_ADDRESS}\s*[.!?]?\s*$")


def _paragraph_opener(text: str, quotes: list[Quote], n: int) -> Quote:
    """The first quotation of the paragraph of quote ``n`` (looked back over a few quotes)."""
    k = n
    while k > 0 and n - k < 4 and text.find("\n", quotes[k - 1].end, quotes[k].start) < 0:
        k -= 1
    return quotes[k]


def _calls_questioner(q: Quote) -> bool:
    """Does the quotation open or close by addressing someone (:data:`_ADDRESS`)?"""
    return bool(_CALLS_OPEN.match(q.content) or _CALLS_CLOSE.search(q.content))


def _chorus(state: Discourse, rec: Attribution, speaker: Speaker | None, para: int) -> bool:
    """Is this a chant or shout of an unnamed group (*as the crowd chanted "…"*) in the
    paragraph of a named speaker? A quote after it with no cue of its own continues that
    speaker: crowds chant slogans, they do not go on to speak in paragraphs."""
    return (
        rec.cue_lemma in CHANT_LEMMAS
        and speaker is not None
        and speaker.entity is None
        and not speaker.pronoun
        and state.last is not None
        and state.last.entity is not None
        and state.last_para == para
    )


def _floor_taker(
    state: Discourse, rec: Attribution, speaker: Speaker | None, para: int
) -> Speaker | None:
    """The speaker the discourse goes on with after this quote: none for a crowd's chant
    (:func:`_chorus`), which does not take the floor from the one it cut off."""
    return None if _chorus(state, rec, speaker, para) else speaker
