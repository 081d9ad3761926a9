"""The engine: each quotation through the sieves, its mention resolved, one record out.

:func:`attribute` reads top to bottom: find the quotes, cluster the article's
people and organisations, cut each quote's frame, pass it through the
:data:`~nbutils.attribution.sieves.SIEVES` (the first that fires wins),
resolve the mention it found (:mod:`.resolution`), decide the kind, and build
the :class:`~nbutils.attribution.records.Attribution`. When no sieve fires, a
direct quote near the last speaker is a ``follow-on`` of it, a bare quotation
paragraph after narration of someone acting is theirs (``narrated-actor``), a
title or scare quote is ``unattributed``, and any other direct quote has
``no-speaker``.

``trace=True`` prints, per quote, every sieve tried and why it fired or not
(``trace`` may also be a list to fill with
:class:`~nbutils.attribution.records.TraceStep` records, or a function to call
with each); ``disable={"colon-subject", …}`` runs without the named sieves
(a rule name such as ``"colon"`` switches off every sieve of that rule).

>>> text = 'Ann Lee spoke on Monday. "We will win," she said.'
>>> steps = []
>>> [a.rule for a in attribute(text, trace=steps)]
['quote-speaker-cue']
>>> [(s.sieve, s.outcome) for s in steps if s.outcome != "skipped"][:3]
[('transcript', 'no match'), ('claim-owner', 'no match'), ('according-to-after', 'no match')]
>>> steps[-1].sieve, steps[-1].outcome
('speaker-then-cue', 'fired')
>>> [(a.rule, a.speaker) for a in attribute(text, disable={"speaker-then-cue"})]
[('no-speaker', None)]
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import operator
import re
from collections.abc import Callable, Collection, Iterator

from nbutils.articles import Article
from nbutils.attribution.frame import (
    WINDOW,
    Gap,
    Tok,
    frame_tokens,
    frame_word_list,
    gap_tokens,
    paragraph_starts,
    quote_frames,
    tag_words,
)
from nbutils.attribution.interviews import _interview_partners, _interview_turn
from nbutils.attribution.narration import _narrated_actor
from nbutils.attribution.records import (
    ATTRIBUTED_KINDS,
    Attribution,
    Found,
    Speaker,
    TraceStep,
)
from nbutils.attribution.resolution import resolve
from nbutils.attribution.resolution.discourse import Discourse, said_gender
from nbutils.attribution.resolution.pronouns import _sex_of
from nbutils.attribution.resolution.strangers import _GENDERED_PERSONS
from nbutils.attribution.sieves import CONFIDENCE, RULES, SIEVES
from nbutils.attribution.sieves.base import Condition, CueSpan, QuoteFrame, Sieve, opens_lower
from nbutils.attribution.sieves.before import asked_unnamed, labelled_unnamed
from nbutils.attribution.syntax import cues_in, emphatic_subject
from nbutils.attribution.transcripts import quotes_and_turns
from nbutils.attribution.turns import (
    _PARTNERS_KEPT,
    _UNCUED_TURNS,
    _addressed_turn,
    _addresses,
    _announced_turn,
    _answer_turn,
    _answers_by_address,
    _answers_reported_question,
    _blank_quotes,
    _crowd_asked,
    _floor_taker,
    _narrated_asker,
    _narrated_questioning,
    _narrated_witness,
    _opens_turn,
    _other_turn,
    _reply_to_asker,
    _vocative_partner,
)
from nbutils.cues import CueMatch, cue_first_words
from nbutils.entities import place_of
from nbutils.lexicons import Closed
from nbutils.quotes import Quote, content_share, in_name_slot, nickname_in_name
from nbutils.speakers import PRONOUNS, Entities, Entity, cluster_entities, role_of
from nbutils.speakers.resolution import CUTTING_IN
from nbutils.speakers.vocabulary import KIN_WORDS

#: Right before a quote: *so-called*, which marks a label as no one's in particular.
_SO_CALLED = re.compile(r"\b[Ss]o[- ]called\s*$")
#: What ``trace=`` accepts: ``True`` (print), a list to fill, or a function to call.
Trace = bool | list | Callable[[TraceStep], object]
#: A quote with no cue around it is typed partial when less than this share of its
#: clause is quoted (the clause is then only a rough stand-in for the reported content).
SHARE_WITHOUT_CUE = 0.25
#: The finder's guesses that are not direct speech (what ``QuoteFrame.partial_guess`` tests):
#: for them the introduction and colon sieves do not run.
PARTIAL_GUESSES = ("partial", "scare", "title")
#: How many of the most recent frames the engine keeps tokenised (see :class:`_Frames`).
KEPT_FRAMES = 64


def attribute(
    article: Article | str,
    *,
    include_unattributed: bool = False,
    trace: Trace = False,
    disable: Collection[str] = (),
) -> list[Attribution]:
    """Every quotation in ``article`` attributed to a canonical speaker, sorted by start.

    Returns the kinds in :data:`ATTRIBUTED_KINDS` (``direct`` quotes whose
    speaker was not found are kept, with ``speaker=None`` and rule
    ``no-speaker``); ``include_unattributed=True`` adds title and scare quotes.
    An *I* outside quotation marks is the writer: given an :class:`Article` whose
    metadata names one author (``author`` or ``byline``), that name is the speaker.

    >>> from nbutils.articles import Article
    >>> art = Article("op-ed", 'I told them, "Vote."', {"author": "By Ann Lee"})
    >>> [(a.speaker, a.speaker_mention, a.role) for a in attribute(art)]
    [('Ann Lee', 'I', 'journalist')]
    """
    text = article.text if isinstance(article, Article) else article
    if not isinstance(text, str):
        raise TypeError(f"attribute() needs an Article or a str, got {type(article).__name__}")
    author = (byline(article.metadata) if isinstance(article, Article) else None) or text_byline(
        text
    )
    quotes = quotes_and_turns(text)
    if not quotes:
        return []
    ents = cluster_entities(text, exclude=_no_antecedents(text, quotes))
    frames = _Frames(text, quotes)
    paragraphs = paragraph_starts(text)
    sieves = active_sieves(disable)
    quiet_ok = quiet_frames_apply(sieves)
    report = _reporter(trace)
    state = Discourse(central=_central_person(ents))
    out: list[Attribution] = []
    for n, q in enumerate(quotes):
        para = bisect.bisect_right(paragraphs, q.start) - 1
        bare = None
        if report is None and q.kind in PARTIAL_GUESSES:
            bare = frames.bare_span(n) or (frames.quiet_span(n) if quiet_ok else None)
        if bare is not None:
            sieve = None  # no sieve can fire (see _Frames.bare_span, quiet_span): skip them
            speaker, decision = _without_sieve(text, quotes, n, *bare, state, para)
        else:
            frame = frames.frame(n)
            sieve, found = run_sieves(frame, sieves, report)
            speaker, decision = _decide(frame, sieve, found, ents, state, para)
        speaker, decision = _narrated_actor(text, q, ents, speaker, decision)
        speaker = _narrated_asker(text, quotes, n, ents, state, decision[1]) or speaker
        speaker, decision = _addressed_turn(text, quotes, n, ents, state, para, speaker, decision)
        speaker, decision, guest = _interview_turn(
            text, quotes, n, ents, state, para, speaker, decision
        )
        speaker = _writer(speaker, author)
        rec = _record(q, decision, speaker)
        if sieve is not None and rec.rule == sieve.rule.name:
            weight = sieve.weight * (sieve.fragment_weight if opens_lower(q) else 1.0)
            if weight != 1.0:
                rec = dataclasses.replace(rec, confidence=round(rec.confidence * weight, 4))
        if report is not None and (sieve is None or rec.rule != sieve.rule.name):
            report(
                TraceStep(
                    n,
                    q.start,
                    q.text,
                    "(fallback)",
                    rec.rule,
                    "decided",
                    f"{rec.rule}: {RULES.get(rec.rule, '')}",
                )
            )
        turn = (
            _opens_turn(text, q, rec, state, para)
            or _answers_reported_question(text, q, rec)
            or _answers_by_address(text, q, rec, state)
        )
        state = _advance(state, rec, _floor_taker(state, rec, speaker, para), para, turn)
        state = _vocative_partner(state, q, rec, ents)
        state = _narrated_questioning(state, text, q, rec, ents)
        state = _narrated_witness(state, text, q, rec, ents)
        state = _interview_partners(state, guest)
        if rec.kind in ATTRIBUTED_KINDS or include_unattributed:
            out.append(rec)
    return _described_again(_named_later(text, _echoed_headline(text, _cued_next(text, out))))


#: Cues of one who answers or echoes the quotation before (*replied*, *agreed*): another
#: speaker than that quotation's.
_NOT_GOING_ON = frozenset("reply respond answer retort counter agree echo add shout".split())
#: How far back the paragraph before a bare quotation is read for its speaker's name.
_INTRODUCED_REACH = 800


def _introduced_before(text: str, start: int, name: str) -> bool:
    """Does the paragraph right before the one opening at ``start`` (narration, no
    quotation) name ``name`` in full (*The last to speak was Omar Reyes, 51, who …*; not
    *Ella Hart* for *Will Hart*)?"""
    own = text.rfind("\n", max(0, start - 2), start)
    if own < 0:
        return False
    lo = text.rfind("\n", max(0, own - _INTRODUCED_REACH), own) + 1
    before = text[lo:own]
    if not before.strip() or any(c in before for c in '"“”'):
        return False
    return re.search(rf"\b{re.escape(name)}\b", before) is not None


def _cued_next(text: str, out: list[Attribution]) -> list[Attribution]:
    """A direct quotation left with no speaker that is a paragraph of its own, right before
    a paragraph that opens on a quotation with a cue and a speaker (*"I went in at 30."* ¶
    *"I came out at 44," Ann Lee said.*), is that speaker's: the writer closed the first
    paragraph's quotation and cued the speech once, at the end."""
    for k in range(len(out) - 1):
        rec, nxt = out[k], out[k + 1]
        if rec.rule != "no-speaker" or rec.kind != "direct":
            continue
        between = text[rec.end : nxt.start]
        if (
            nxt.speaker is None
            or nxt.cue is None
            or nxt.kind != "direct"
            or between.strip()
            or between.count("\n") < 1
            or text[text.rfind("\n", 0, rec.start) + 1 : rec.start].strip()
        ):
            continue  # (the next quote must open the next paragraph, this one its own)
        if (
            rec.text.rstrip(" \"'”’»").endswith(("?", "!"))
            or nxt.cue_lemma in _NOT_GOING_ON
            or not _introduced_before(text, rec.start, nxt.speaker)
        ):
            continue  # (a question or a cry, then a reply or an echo: two people)
        out[k] = dataclasses.replace(
            rec,
            speaker=nxt.speaker,
            role=nxt.role,
            rule="cued-next",
            confidence=CONFIDENCE["cued-next"],
        )
    return out


#: How far after an unnamed speaker's quote :func:`_named_later` reads for the name given
#: with where that person was met (*the woman at the contractor desk, Rhonda Tapper,*).
_NAMED_LATER_REACH = 6000


#: A description's phrase after its noun (*woman in a quilted coat*, *trucker at the
#: counter*): where the noun ends.
_DESCRIPTION_PHRASE = re.compile(
    r"\s(?:in|at|on|with|from|behind|near|by|under|wearing|holding|carrying)\s"
)

#: A name of two to four words on one line, as a later sentence gives it (*Ann Pike*,
#: *Ann J. Pike*).
_LATER_NAME = r"((?:(?:[A-Z]\.|[A-Z][\w’'-]*)[ ]+){1,3}[A-Z][\w’'-]+)"


def _later_naming(head: str) -> list[tuple[re.Pattern[str], int]]:
    """The ways a later sentence names the one described by ``head`` (*The spokesman, Tom
    Vance, had …*; *the woman in the red coat, Ann Pike,*; *The woman in the quilted coat
    turned out to be Ann Pike*; *the waitress, who gave her name as Ann Pike*; *The trucker
    paid his bill. He gave his name at the register: Ray Dole*), each with its reach; the
    phrase after the noun, when there is one, is the group before the last, the name the
    last."""
    noun = rf"[Tt]he {re.escape(head)}"
    phrase = r"(\s+(?:at|in|on|behind|from|with)\s[^,.;\"“”\n]{1,50}?)"
    opens = r"(?:^|[.!?]\s+|\n|,\s+|\b(?:and|but)\s+)"
    # ("…," said the man in the cap, who gave his name as Gil Ramsour: after the cue too)
    cued = r"(?:^|[.!?]\s+|\n|,\s+|\b(?:and|but|said|says|added|asked)\s+)"
    return [
        # ("The young woman, Jolene Pritchett, said": the noun again, a modifier or two)
        (
            re.compile(
                rf"(?:^|[.!?]\s+|\n)The (?P<mods>(?:[a-z][\w-]*\s+){{0,2}}?){re.escape(head)}(), "
                rf"{_LATER_NAME},"
            ),
            _NAMED_APPOSED_REACH,
        ),
        # ("Back at the store, the woman at the contractor desk, Rhonda Tapper, said": the
        # one described again with where she was met, paragraphs later)
        (re.compile(rf"{opens}{noun}{phrase}, {_LATER_NAME},"), _NAMED_LATER_REACH),
        (
            re.compile(rf"{opens}{noun}{phrase}?\s+turned\s+out\s+to\s+be\s+{_LATER_NAME}\b"),
            _NAMED_LATER_REACH,
        ),
        # ("The man at the card table is Curtis Lind, 67,", "The older barber is Otis Greene.",
        # "The woman with the cat carrier, it turned out, was Lena Vance."): a sentence that
        # opens on the description and names it
        (
            re.compile(
                rf"(?:^|[.!?]\s+|\n)The (?P<mods>(?:[a-z][\w-]*\s+){{0,2}}?){re.escape(head)}"
                rf"{phrase}?(?:,\s+it\s+turned\s+out,)?\s+(?:is|was)\s+{_LATER_NAME}(?=[,.;])"
            ),
            _NAMED_LATER_REACH,
        ),
        (
            re.compile(
                rf"{cued}{noun}{phrase}?,\s+who\s+gave\s+(?:his|her)\s+name\s+(?:[a-z]+\s+)?as\s+"
                rf"{_LATER_NAME}\b"
            ),
            _NAMED_LATER_REACH,
        ),
        # ("Afterward, the woman gave her name as Janet Voss, …": the noun's own sentence)
        (
            re.compile(
                rf"{opens}{noun}{phrase}?\s+gave\s+(?:his|her)\s+(?:full\s+)?name\s+as\s+"
                rf"{_LATER_NAME}\b"
            ),
            _NAMED_LATER_REACH,
        ),
        (
            re.compile(
                rf"{opens}{noun}{phrase}?\b[^.!?\"“”\n]{{0,150}}[.!?]\s+(?:He|She)\s+gave\s+"
                rf"(?:his|her)\s+name\b[^:.!?\"“”\n]{{0,80}}:\s+{_LATER_NAME}\b"
            ),
            _NAMED_LATER_REACH,
        ),
    ]


def _named_later(text: str, out: list[Attribution]) -> list[Attribution]:
    """An unnamed speaker given by a description (*the mayor's spokesman told reporters
    that …*, *said a woman in a purple team shirt*) whom the next sentences name for the
    first time (:func:`_later_name`, :func:`_named_by_pronoun`) is that person, in that
    record and the ones after. A run of records of one speaker is read once (from its first
    record's end to its last one's reach), and each speaker's records are found by an index
    made once: the time grows with the records, not with their square."""
    by_speaker: dict[str, list[int]] = {}
    for k, rec in enumerate(out):
        if rec.speaker:
            by_speaker.setdefault(rec.speaker, []).append(k)
    k = 0
    while k < len(out):
        rec = out[k]
        last = k
        while last + 1 < len(out) and out[last + 1].speaker == rec.speaker:
            last += 1  # (the run of this speaker's records)
        if not _described_person(rec):
            k = last + 1
            continue
        name = _run_name(text, out, k, last)
        if name is not None:
            old = rec.speaker or ""
            for n2 in by_speaker.get(old, []):
                if n2 >= k and out[n2].speaker == old:
                    out[n2] = dataclasses.replace(out[n2], speaker=name)
        k = last + 1
    return out


def _run_name(text: str, out: list[Attribution], k: int, last: int) -> str | None:
    """The name the text gives later to the unnamed speaker of the run ``out[k..last]``
    (:func:`_later_name`, :func:`_named_by_pronoun`), unless it names another speaker of
    that noun quoted after the run (:func:`_other_described_before`)."""
    rec = out[k]
    # (what the text said of the one speaking just before the quote: "keeps a folded
    # paper in his shirt pocket with a flight number on it")
    said_of = text[max(0, rec.start - _SAID_OF_REACH) : rec.start]
    name = _later_name(
        text, rec.speaker or "", rec.end, said_of, out[last].end - rec.end
    ) or _named_by_pronoun(text, out, k)  # (named between the run's quotes too: "…,"
    # he said. He said his name was Russell Dunnigan. "…")
    if name is None and last != k:
        name = _named_by_pronoun(text, out, last)
    if name is not None and _other_described_before(text, out, last, name):
        return None  # ("The delegate, Ann Roe," names the delegate quoted last, not one before)
    return name


def _described_person(rec: Attribution) -> bool:
    """Is the speaker of ``rec`` a person given by a description, no name (*clerk … on
    State Road 37*, *Colorado delegate*; not an organisation)?"""
    words = (rec.speaker or "").split()
    return (
        bool(words)
        and words[0][:1].isalpha()
        and (words[0][:1].islower() or _description_head(rec.speaker or "")[:1].islower())
        and rec.role != "organisation"
    )


def _other_described_before(text: str, out: list[Attribution], last: int, name: str) -> bool:
    """Is another unnamed speaker described by the same noun as ``out[last]`` (a bare noun,
    no phrase after it) quoted after it and before the sentence that gives ``name``
    (*according to two delegates … "…," one of them said … A Colorado delegate … "…," she
    said. ¶ The delegate, Marisol Vega,*)? Then the name is that later one's. (The records
    between are read only up to the name: a bounded stretch.)"""
    if _DESCRIPTION_PHRASE.search(out[last].speaker or ""):
        return False  # ("the woman in the red coat, Ann Pike," says which woman)
    at = text.find(name, out[last].end)
    head = _description_head(out[last].speaker or "")
    if at < 0 or not re.search(rf"\b[Tt]he {re.escape(head)}, $", text[max(0, at - 80) : at]):
        return False  # (only the bare noun set off with the name: "The delegate, Ann Roe,")
    for r in out[last + 1 :]:
        if r.start >= at:
            break
        if r.speaker and r.speaker != out[last].speaker and _description_head(r.speaker) == head:
            return True  # (a description, capitalised or not: "Colorado delegate")
    return False


#: A sentence that names the one a pronoun stands for (*His name is Lyle Cobbett, …*, *She
#: is Tamsin Reyes, 38, …*): the pronoun's word and the name.
_PRONOUN_NAMING = re.compile(
    r"(?:(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))(?:(His|Her)\s+name"
    # ("His name, he said after a moment, was Lyle Okerberg")
    r"(?:,\s+(?:he|she)\s+said(?:\s+[a-z]+){0,4},)?\s+(?:is|was)|(He|She)\s+(?:is|was)"
    # ("He gave his name as Lyle Hapgood, from Idaho.")
    # ("He said his name was Russell Dunnigan and that …")
    r"|(He|She)\s+(?:gave\s+(?:his|her)\s+(?:full\s+)?name\s+as|said\s+(?:his|her)\s+name\s+was))"
    # ("'…,' he said later, introducing himself as Owen Talley, a student": in the cue's
    # own sentence)
    r"|(?<=,\s)(?:introducing|identifying)\s+(him|her)self\s+as"
    r")\s+" + _LATER_NAME + r"(?=[,.]|\s+and\b)"
)
#: How far after an unnamed speaker's last quote :func:`_named_by_pronoun` reads.
_PRONOUN_NAMING_REACH = 1500


def _named_by_pronoun(text: str, out: list[Attribution], k: int) -> str | None:
    """The name a sentence gives the unnamed speaker of ``out[k]`` by a pronoun (*"…," he
    said. ¶ His name is Lyle Cobbett, …*): the first such sentence within
    :data:`_PRONOUN_NAMING_REACH` characters after that speaker's quote, when everyone
    quoted between is that speaker, the pronoun's sex is the speaker's (by the word
    describing them, as the strangers' reader takes it, or the pronoun their quote was cued
    with) and the name is new. (The
    records between are read only up to the sentence: a bounded stretch of text.)"""
    rec = out[k]
    m = _PRONOUN_NAMING.search(text, rec.end, rec.end + _PRONOUN_NAMING_REACH)
    if m is None:
        return None
    for r in out[k + 1 :]:
        if r.start >= m.start():
            break
        if r.speaker != rec.speaker:
            return None  # someone else quoted between
    word = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    said = "female" if word in ("Her", "She", "her") else "male"
    words = re.findall(r"[a-z]+", (rec.speaker or "").lower())
    cued = (rec.speaker_mention or "").lower()
    sexes = {sex for w in words if (sex := _GENDERED_PERSONS.get(w) or KIN_WORDS.get(w))} | (
        {"male"} if cued == "he" else {"female"} if cued == "she" else set()
    )
    if sexes != {said}:
        return None
    name = m.group(5)
    if _first_use(text, name.split()[-1]) < m.start(5):
        return None  # named before: the engine knew that name already
    return name


def _first_use(text: str, word: str) -> int:
    """Where ``word`` (a capitalised word) first stands in ``text`` as a whole word, or the
    text's length: read from one pass over the text's capitalised words (kept for the last
    few texts), not from a search of all the text before each name."""
    return _first_capitalised(text).get(word, len(text))


@functools.lru_cache(maxsize=4)
def _first_capitalised(text: str) -> dict[str, int]:
    first: dict[str, int] = {}
    for w in _CAPITALISED_WORD.finditer(text):
        first.setdefault(w.group(), w.start())
    return first


_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?![\w’'-])")


def _description_head(description: str) -> str:
    """The noun of an unnamed speaker's description, before its phrase (*woman* in *woman
    in a red coat*)."""
    noun = _DESCRIPTION_PHRASE.split(description, maxsplit=1)[0].split()
    return noun[-1] if noun else ""


#: The noun of an indefinite description set off after an unnamed speaker's noun (*The
#: donor, a Houston oilman who has given …*): up to three words before it, a *who* clause,
#: a comma or a full stop after it.
_APPOSED_NOUN = r"(?:[\w’'-]+\s+){0,3}?([a-z][a-z-]{3,})(?=\s+who\b|[,.])"
#: How far after an unnamed speaker's quote *The <noun>, Name,* may name them.
_NAMED_APPOSED_REACH = 2500
#: How far before an unnamed speaker's quote :func:`_named_later` reads what was said of them.
_SAID_OF_REACH = 400


def _later_namings(
    text: str, description: str, head: str, end: int, longer: int = 0, also: str = ""
) -> Iterator[re.Match[str]]:
    """The later namings of the one ``description`` describes, by its noun ``head`` (the
    first of each way, see :func:`_later_naming`), then by another noun of the description
    set off with the name (*a young man in an apprentice's union T-shirt* … *The
    apprentice, Tyler Novak,*) or the noun ``also`` (what an apposition called them: *The
    donor, a Houston oilman who …* … *The oilman, Harlan Voss,*)."""
    for pattern, reach in _later_naming(head):
        m = pattern.search(text, end, end + longer + reach)
        if m is not None:
            yield m
    nouns = {
        w.removesuffix("'s").removesuffix("’s")
        for w in description.lower().split()[1:]
        if len(w) >= 5
    } | ({also} if also else set())
    nouns.discard(head)
    for noun in sorted(nouns):
        m = re.compile(rf"(?:^|[.!?]\s+|\n)The {re.escape(noun)}(), {_LATER_NAME},").search(
            text, end, end + longer + _NAMED_APPOSED_REACH
        )
        if m is not None:
            yield m


def _later_name(
    text: str, description: str, end: int, said_of: str = "", longer: int = 0
) -> str | None:
    """The name a sentence after ``end`` gives the one ``description`` describes, by the
    description's noun (see :func:`_later_naming`), when the name is new and the phrase
    after the noun, if both have one, shares a word with the first one's or with what the
    sentence that described them said (``said_of``: *The man with the flight number in his
    pocket, Jean-Paul Mukendi,* after *The man on the packing line keeps a paper in his
    pocket with a flight number on it*), read ``longer`` characters further than each way's
    reach (a run of the speaker's quotes); ``None`` otherwise.

    >>> t = 'said a woman in a red coat. The woman in the red coat, Ann Pike, left.'
    >>> _later_name(t, "woman in a red coat", 26)
    'Ann Pike'
    >>> _later_name(t, "woman in a blue parka", 26) is None
    True
    """
    rest = _DESCRIPTION_PHRASE.split(description, maxsplit=1)[1:]
    head = _description_head(description)
    if not head.replace("-", "").isalpha():  # ("fund-raiser" too)
        return None
    apposed = re.search(rf"\b[Tt]he {re.escape(head)}, an? {_APPOSED_NOUN}", said_of)
    first = set(re.findall(r"[a-z]{3,}", " ".join(rest).lower())) - {"the", "with"}
    seen = set(re.findall(r"[a-z]{4,}", said_of.lower())) - {"with", "that", "said"}
    also = apposed.group(1) if apposed is not None else ""
    for m in _later_namings(text, description, head, end, longer, also):
        mods = set((m.groupdict().get("mods") or "").split())
        if mods - set(description.lower().split()) - set(said_of.lower().split()):
            continue  # ("The young woman, Ann Pike," names no woman described otherwise)
        last = m.re.groups  # (the name is the last group, the phrase after the noun before)
        again = set(re.findall(r"[a-z]{3,}", (m.group(last - 1) or "").lower())) - {
            "the",
            "with",
        }
        if again and not again & first and not again & seen:
            # ("a woman in a red coat" is not "the woman at the desk"; "the man" just after
            # "a man in chest waders" is not "The man on the carport, it turned out, was …")
            continue
        name = m.group(last)
        if _first_use(text, name.split()[-1]) < m.start(last):
            continue  # named before: the engine knew that name already
        return name
    return None


#: How many records back :func:`_described_again` looks for the unnamed person a definite
#: description takes up again.
_DESCRIBED_BACK = 40


def _described_again(out: list[Attribution]) -> list[Attribution]:
    """*the veteran said* that resolved to no one, after an unnamed speaker described with
    that noun (*an older man in a Navy veteran's cap*): that speaker, when only one of the
    last :data:`_DESCRIBED_BACK` unnamed speakers has the noun among its words."""
    for k, rec in enumerate(out):
        mention = (rec.speaker_mention or "").split()
        if (
            len(mention) != 2
            or mention[0].lower() != "the"
            or rec.speaker is None
            or rec.speaker.lower() != mention[1].lower()
        ):
            continue
        head = mention[1].lower()
        earlier = {
            r.speaker
            for r in out[max(0, k - _DESCRIBED_BACK) : k]
            if r.speaker
            and r.speaker[:1].islower()
            and r.speaker != rec.speaker
            and head in re.findall(r"[a-z]+", r.speaker.lower())
        }
        if len(earlier) != 1:
            continue
        (name,) = earlier
        old = rec.speaker
        for n2 in range(k, min(len(out), k + _DESCRIBED_BACK)):
            if out[n2].speaker == old and (n2 == k or out[n2].speaker_mention is None):
                out[n2] = dataclasses.replace(out[n2], speaker=name)
    return out


def _quote_words(s: str) -> str:
    """The words of ``s`` in lower case, one space apart (for comparing two quotes)."""
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))


def _echoed_headline(text: str, out: list[Attribution]) -> list[Attribution]:
    """A headline's quote that a quote in the body repeats (*Council Rebel Says 'I Could
    Not Face My Voters'* … *'I tried, but I could not face my voters,' Mrs Pike said*) is that
    body quote's speaker's, when the headline described the speaker without a word of
    that speaker's name (a headline names people by role)."""
    first = text.find("\n")
    if first < 0:
        return out
    for k, rec in enumerate(out):
        if rec.start >= first:
            break
        words = _quote_words(rec.text)
        said_by = (rec.speaker_mention or "").split()
        if (
            rec.speaker is None
            or rec.role == "organisation"
            or not said_by
            or said_by[-1].lower().endswith("s")
            or any(c in w for w in said_by for c in "'’")
            or len(words.split()) < 4
        ):
            continue  # (one person: "Council Rebel Says …", not "Farmers' verdict: …")
        mention = set(_quote_words(rec.speaker_mention or rec.speaker).split())
        for later in out[k + 1 :]:
            if (
                later.start > first
                and later.speaker is not None
                and words in _quote_words(later.text)
                and not mention & set(_quote_words(later.speaker).split())
            ):
                out[k] = dataclasses.replace(rec, speaker=later.speaker, role=later.role)
                break
    return out


def frame_at(article: Article | str, start: int) -> QuoteFrame | None:
    """The engine's own frame of the quotation that starts at offset ``start`` (its tokens with
    the tags the sieves read), or ``None`` when no quotation starts there.

    >>> frame = frame_at('Ann Lee spoke. "We will win," she said.', 15)
    >>> [(t.text, t.tag) for t in frame.toks]
    [('``', 'QUOTE'), ('she', 'PRP'), ('said', 'VBD'), ('.', '.')]
    """
    text = article.text if isinstance(article, Article) else article
    quotes = quotes_and_turns(text)
    n = next((k for k, q in enumerate(quotes) if q.start == start), None)
    return None if n is None else _Frames(text, quotes).frame(n)


def trace_quote(article: Article | str, start: int) -> list[TraceStep]:
    """Each sieve tried on the quotation that starts at ``start``, and what came of it."""
    steps: list[TraceStep] = []
    attribute(article, include_unattributed=True, trace=steps)
    return [s for s in steps if s.start == start]


def active_sieves(disable: Collection[str] = ()) -> tuple[Sieve, ...]:
    """The sieves that run: all of :data:`SIEVES` but those named in ``disable`` (by sieve
    name or by rule name). An unknown name raises ``ValueError``."""
    disable = set(disable)
    known = {s.name for s in SIEVES} | {s.rule.name for s in SIEVES}
    unknown = disable - known
    if unknown:
        raise ValueError(f"no sieve or rule named {', '.join(sorted(unknown))}")
    return tuple(s for s in SIEVES if s.name not in disable and s.rule.name not in disable)


#: The sieves :meth:`_Frames.quiet_span` was checked against, one by one: it skips the
#: sieves only while every active sieve is one of these (a new sieve turns it off until
#: its own needs are checked and its name added here).
QUIET_CHECKED = frozenset(
    """transcript questioner-label according-to-after cue-then-speaker quoted-as-saying came-from
speaker-then-cue described-speaker-then-cue late-cue-then-speaker appositive-speaker-then-cue
phrase-then-speaker-cue clause-then-speaker-cue according-to-before participle-after-comma
participle-after-quote parenthetical-cue inverted-cue-before relay-participle nested-cue
split-quote speaker-cue-quote clause-subject-participle clause-subject-cue according-to-later
dash-signature name-then-verb speech-noun-comma dash-name-colon said-clause-colon
colon-subject labelled-as speech-owner own-sentence-subject colon-intro second-clause
previous-sentence signature-line how-described previous-paragraph chant-colon claim-owner""".split()
)


def quiet_frames_apply(sieves: tuple[Sieve, ...]) -> bool:
    """May the engine skip the sieves on a quiet frame (:meth:`_Frames.quiet_span`): is every
    sieve that runs one it was checked against (:data:`QUIET_CHECKED`)?"""
    return all(s.name in QUIET_CHECKED for s in sieves)


def run_sieves(
    frame: QuoteFrame,
    sieves: tuple[Sieve, ...],
    report: Callable[[TraceStep], object] | None = None,
) -> tuple[Sieve | None, Found | None]:
    """The first sieve that fires on ``frame`` and what it found (stage by stage: a sieve
    of a later stage is not tried once one has fired).

    A sieve's condition is a function of the frame alone, and many sieves share one (the
    intro sieves all skip a quote the finder did not guess direct): each condition is
    asked once per frame.
    """
    skips: dict[Condition, str | None] = {}
    for sieve in sieves:
        when = sieve.when
        skip = skips[when] if when in skips else skips.setdefault(when, when(frame))
        found = sieve.find(frame) if skip is None else None
        if report is not None:
            report(_step(frame, sieve, skip, found))
        if found is not None and found.np is not None:
            return sieve, found._replace(np=emphatic_subject(found.toks, found.np))
    return None, None


def _step(frame: QuoteFrame, sieve: Sieve, skip: str | None, found: Found | None) -> TraceStep:
    q = frame.quote
    if skip is not None:
        outcome, reason = "skipped", skip
    elif found is None or found.np is None:
        outcome, reason = "no match", sieve.summary
    else:
        mention = " ".join(t.text for t in found.toks[found.np.i : found.np.j])
        cue = f', cue "{found.cue.text}"' if found.cue is not None else ""
        outcome, reason = "fired", f'mention "{mention}"{cue}'
    return TraceStep(frame.n, q.start, q.text, sieve.name, sieve.rule.name, outcome, reason)


def _reporter(trace: Trace) -> Callable[[TraceStep], object] | None:
    if trace is True:
        shown: set[int] = set()

        def show(step: TraceStep) -> None:
            if step.quote not in shown:
                shown.add(step.quote)
                print(f"quote {step.quote}: {step.quote_text[:70]}")
            print(step)

        return show
    if isinstance(trace, list):
        return trace.append
    return trace if callable(trace) else None


class _Frames:
    """Each quote's frame, tokenised once per distinct span (quotes share sentences).

    Frames are asked for in the order of the quotes, and quotes share a frame only with
    their neighbours, so only the :data:`KEPT_FRAMES` most recent frames are kept (a
    frame asked for again is rebuilt, the same): memory does not grow with the text.
    """

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text, self.quotes = text, quotes
        self.spans = quote_frames(text, quotes)
        self.starts = [q.start for q in quotes]
        self.ends = [q.end for q in quotes]  # sorted too: quotes are sorted, never overlap
        self.cache: dict[tuple[int, int], tuple[list[Tok], list[CueSpan]]] = {}
        self.gaps: dict[tuple[int, int], Gap] = {}  # the words between quotes, by span
        self.last_span: tuple[int, tuple[int, int]] = (-1, (0, 0))  # (n, span of quote n)
        self.last_overlap: tuple[tuple[int, int], range] = ((-1, -1), range(0))  # (span, quotes)
        self.quiet_words: dict[tuple[str, ...], bool] = {}  # _quiet_words, by the words
        self.worded_gaps = _worded_gaps(text, quotes)
        #: nicknames inside names (*Maria "Mimi" Lopez*): words of the name in other frames
        self.nicknames = frozenset(
            k
            for k, q in enumerate(quotes)
            if q.kind == "title" and nickname_in_name(text, q.start, q.end, q.content)
        )

    def overlapping(self, lo: int, hi: int) -> range:
        """The indices of the quotes that overlap text[lo:hi], as a range (two bisections:
        quotes are sorted and do not overlap, so their ends are sorted as well, and the time
        grows neither with the quotes before the frame nor with those inside it)."""
        if self.last_overlap[0] == (lo, hi):  # (the frame's tests ask for one span in turn)
            return self.last_overlap[1]
        first = bisect.bisect_right(self.ends, lo)  # the first quote that ends after lo
        last = bisect.bisect_left(self.starts, hi, lo=first)  # the first that starts at hi
        found = range(first, last)
        self.last_overlap = ((lo, hi), found)
        return found

    def inside(self, lo: int, hi: int) -> list[int]:
        """The quotes that overlap text[lo:hi], as a list of indices."""
        return list(self.overlapping(lo, hi))

    def _at_most_quotes(self, n: int, lo: int, hi: int, most: int = 4) -> tuple[int, int]:
        """The frame narrowed to hold at most ``most`` other quotes on each side of quote
        ``n`` (text dense with quotation marks would otherwise give every quote a frame of
        hundreds of placeholders). Four keeps every record of the default article, the
        demo corpus and PolNeAR dev and train the same as eight did (even two did), at
        two thirds of the cost on a paragraph made of quotes (``benchmarks/snapshot.py``,
        ``benchmarks/bench_scaling.py``)."""
        qidx = self.overlapping(lo, hi)
        if len(qidx) <= 2 * most + 1 or n not in qidx:
            return lo, hi
        pos = n - qidx.start
        if pos > most:
            lo = max(lo, self.quotes[n - most].start)
        if len(qidx) - 1 - pos > most:
            hi = min(hi, self.quotes[n + most].end)
        return lo, hi

    def bare_span(self, n: int) -> tuple[int, int] | None:
        """Quote ``n``'s frame (as :meth:`span`) when every token in it is a quote placeholder
        (nothing but white space outside the quotes in it, as in a run of quotation marks),
        else ``None``.

        Then no sieve can fire on a quote the finder guessed partial, scare or title, and
        the engine skips tokenising, tagging and the sieves (the record is the same):
        with no word outside the quotes the frame has no cue, so every cue sieve finds
        nothing; *according to* later, the dash signature, name-then-verb and labelled-as
        read their speaker from the frame's words; the colon and introduction sieves do not
        run for such a guess. ``tests/test_attribution_reliability.py`` checks that the
        records are the same with and without this shortcut.

        Two bisections and the prefix counts of :func:`_worded_gaps`, plus the two edges of
        the frame: the time does not grow with the quotes in the frame.
        """
        lo, hi = self.span(n)
        quotes = self.quotes
        inside = self.overlapping(lo, hi)
        if n not in inside:
            return None
        first, last = inside.start, inside.stop
        if self.worded_gaps[last] - self.worded_gaps[first + 1]:
            return None  # a word (or a mark) between two quotes of the frame
        if _blank(self.text, lo, quotes[first].start) and _blank(
            self.text, quotes[last - 1].end, hi
        ):
            return lo, hi
        return None

    def quiet_span(self, n: int) -> tuple[int, int] | None:
        """Quote ``n``'s frame (as :meth:`span`) when no sieve can fire on it, for a quote the
        finder guessed partial, scare or title (the engine asks only for those), else
        ``None``: a frame of dense marks, such as ``"“a”‘b’'c«d»`` repeated.

        Quiet means: outside its quotes the frame holds nothing but lower-case letters,
        white space and quotation marks; none of its words can start a cue, and none is a
        pronoun, *came*, *comes*, *come*, *as* or *like*; the tagger makes none of them a
        verb, a modal or a personal pronoun; and no *as* or *like* stands in the 12
        characters before the quote. Then, sieve by sieve (:data:`QUIET_CHECKED`):

        * no cue: ``cues_in`` finds none, and ``QuoteFrame``'s layout adds none (it
          reads a verb before ``, "`` or before a quote that opens with a capital), so
          the frame has no cue before or after the quote, and every sieve of the cue
          before or after the quote (``_first_after``, ``_last_before``, ``f.before``,
          ``f.after``) finds nothing, *according to* before, after and later included;
        * *came from* needs *came*, *comes* or *come*; the dash signature a dash;
          name-then-verb a verb tagged ``VBD`` or ``VBZ``; labelled-as an *as* or
          *like* before the quote;
        * the transcript, colon and introduction sieves do not run for such a guess.
        * chant-colon, which runs for any guess, needs a colon before the quote, and a
          quiet frame holds none.
        * claim-owner needs a possessor: *his* / *her* (tagged ``PRP$``) or a capitalised
          name before *'s*.

        The engine then skips the frame's tokens, cues and the sieves (the record is the
        same; ``tests/test_attribution_reliability.py`` compares the two paths). The test
        reads the frame's words and tags only (tags cached by words: dense marks repeat).
        """
        lo, hi = self.span(n)
        text, q = self.text, self.quotes[n]
        qidx = self.inside(lo, hi)
        if n not in qidx or _AS_OR_LIKE.search(text, max(0, q.start - 12), q.start):
            return None
        if self._loud_after(n, qidx, hi):
            return None
        words = tuple(frame_word_list(text, lo, hi, self.quotes, qidx, self.gaps))
        quiet = self.quiet_words.get(words)
        if quiet is None:
            if len(self.quiet_words) >= KEPT_VERDICTS:
                self.quiet_words.clear()
            quiet = self.quiet_words[words] = _quiet_words(words)
        return (lo, hi) if quiet else None

    def _loud_after(self, n: int, qidx: list[int], hi: int) -> bool:
        """Does the text right after quote ``n`` in its frame (up to the next quote or the
        frame's end) hold one of :func:`_loud_words` (*"…," he said*)? Then the frame is not
        quiet, and :meth:`quiet_span` need not read all of its words. The stretch is the
        one the frame's words are made of (:func:`frame_word_list`), read through the same
        memo, so the frame built next finds it there."""
        nxt = n + 1
        pos = self.quotes[n].end
        if n > qidx[0] and self.ends[n - 1] > pos:
            return False  # (a quote inside the one before: not the stretch the frame reads)
        end = self.quotes[nxt].start if nxt <= qidx[-1] else hi
        if end <= pos:
            return False
        gap = self.gaps.get((pos, end)) or gap_tokens(self.text, pos, end, self.gaps)
        return not _loud_words().isdisjoint(gap[0])

    def span(self, n: int) -> tuple[int, int]:
        """The frame of quote ``n``: its sentence(s) cut to :data:`WINDOW` characters on each
        side of the quote and to at most 4 other quotes on each side (the last one asked
        for is kept: :meth:`bare_span` and :meth:`frame` both ask for it)."""
        if self.last_span[0] == n:
            return self.last_span[1]
        span = self._span(n)
        self.last_span = (n, span)
        return span

    def _span(self, n: int) -> tuple[int, int]:
        text, q = self.text, self.quotes[n]
        lo, hi = self.spans[n]
        if q.start - lo > WINDOW:  # long sentences: only the words near the quote matter
            cut = text.find(" ", q.start - WINDOW, q.start)
            lo = cut + 1 if cut >= 0 else q.start - WINDOW  # (no space at all: cut anyway)
        if hi - q.end > WINDOW:
            cut = text.rfind(" ", q.end, q.end + WINDOW)
            hi = cut if cut >= 0 else q.end + WINDOW
        return self._at_most_quotes(n, lo, hi)

    def frame(self, n: int) -> QuoteFrame:
        """Quote ``n`` in its frame, tokenised and tagged, with its cues."""
        text, quotes = self.text, self.quotes
        lo, hi = self.span(n)
        if (lo, hi) not in self.cache:
            qidx = self.inside(lo, hi)
            if n not in qidx:  # (never: the frame holds its quote; but never crash on it)
                qidx = sorted({*qidx, n})
            names = self.nicknames.intersection(qidx) - {n}
            toks = frame_tokens(text, lo, hi, quotes, qidx, self.gaps, names)
            if len(self.cache) >= KEPT_FRAMES:
                del self.cache[next(iter(self.cache))]  # the oldest (dicts keep their order)
            self.cache[lo, hi] = (toks, cues_in(text, toks))
        toks, cues = self.cache[lo, hi]
        qpos = _position_of(toks, n)
        if qpos is None:  # (a cached frame built without this quote: build it again)
            qidx = sorted({*self.inside(lo, hi), n})
            names = self.nicknames.intersection(qidx) - {n}
            toks = frame_tokens(text, lo, hi, quotes, qidx, self.gaps, names)
            qpos, cues = _position_of(toks, n), cues_in(text, toks)
        return QuoteFrame(text, quotes, n, toks, qpos, cues, lo, hi)


#: The text a quiet frame may hold outside its quotes (placeholders): lower-case letters,
#: white space and quotation marks.
_QUIET_TEXT = re.compile(r"(?:[a-z\s\"“”‘’'«»‹›„‚]|\x00QUOTE)*")
#: An *as* or *like* that may label the quote after it (``labelled-as``).
_AS_OR_LIKE = re.compile(r"\b(?:as|like)\b", re.IGNORECASE)
#: Tags of the words a sieve may read as a verb or a person: none in a quiet frame.
_LOUD_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "PRP", "PRP$"})


#: How many verdicts of :func:`_quiet_words` a text's frames keep (dense marks repeat a
#: handful of word sequences; other text rarely gets as far as asking).
KEPT_VERDICTS = 4096


def _quiet_words(words: tuple[str, ...]) -> bool:
    """Are a frame's words (a placeholder for each quote) quiet: lower-case words, white
    space and quotation marks only, none of :func:`_loud_words`, none tagged a verb, a
    modal or a personal pronoun (see :meth:`_Frames.quiet_span`)?

    >>> from nbutils.attribution.frame import PLACEHOLDER
    >>> _quiet_words(("‘", "b", "’", PLACEHOLDER, "'", "c"))
    True
    >>> _quiet_words(("‘", "b", "’", PLACEHOLDER, "said")), _quiet_words(("Lee", PLACEHOLDER))
    (False, False)
    """
    return (
        _QUIET_TEXT.fullmatch(" ".join(words)) is not None
        and _loud_words().isdisjoint(words)
        and _LOUD_TAGS.isdisjoint(tag_words(list(words)))
    )


@functools.lru_cache(maxsize=1)
def _loud_words() -> frozenset[str]:
    """Words a quiet frame may not hold: the first words of the cue lexicon's forms, the
    pronouns, and the words the cue-less sieves look for."""
    return cue_first_words() | set(PRONOUNS) | {"came", "comes", "come", "as", "like"}


def _position_of(toks: list[Tok], n: int) -> int | None:
    """The index of quote ``n``'s placeholder among ``toks`` (``None``: not there).

    >>> _position_of([Tok("a", 0, 1, "DT"), Tok("``", 2, 5, "QUOTE", 7)], 7)
    1
    """
    try:
        return list(map(_QUOTE_OF, toks)).index(n)
    except ValueError:
        return None


_QUOTE_OF = operator.itemgetter(4)  # Tok.quote


def _worded_gaps(text: str, quotes: list[Quote]) -> list[int]:
    """Prefix counts of the stretches of text between quotes that hold a token: element
    ``g`` is how many of the gaps before quote ``g`` (text before the first quote, between
    quotes ``0`` and ``1``, …, between ``g - 1`` and ``g``) are not white space alone.
    One pass over the text."""
    counts = [0]
    pos = 0
    for q in quotes:
        counts.append(counts[-1] + (not _blank(text, pos, q.start)))
        pos = max(pos, q.end)
    return counts


def _blank(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] empty or white space only (no token in it)?"""
    return lo >= hi or text[lo:hi].isspace()


#: A gathering of people that chants as one (*the crowd*, *the audience*).
_GATHERING = re.compile(r"\b(crowd|audience|throng|mob|congregation)s?\b", re.IGNORECASE)
#: What came before a quote, in which to look for the people who chanted it.
_CHANT_REACH = 1500


def _people_noun(word: str) -> bool:
    """Is ``word`` a noun for people by their role (*delegates*, *residents*), not a place
    or a thing (*the upper tiers*, *the sections*)?"""
    return role_of(word) not in (None, "organisation")


def _people_before(text: str, at: int, nouns: bool = True) -> str | None:
    """The last gathering (*the crowd*) named in the writer's words before ``at``, else the
    last plural noun that can be people (*delegates*, *protesters*; not when ``nouns`` is
    false)."""
    lo = max(0, at - _CHANT_REACH)
    plain = _blank_quotes(text[lo:at])
    found = list(_GATHERING.finditer(plain))
    if found:
        return "the " + found[-1].group(1).lower()
    if not nouns:
        return None
    for w in reversed(re.findall(r"\b[a-z]+s\b", plain.lower())[-60:]):
        if w.endswith("ss") or len(w) < 4:
            continue
        if _people_noun(w):
            return w
    return None


def _crowd_for_chant(text: str, found: Found, speaker: Speaker) -> Speaker:
    """A chant's source that is no one (*a chant started*, *from the back rows came one*)
    speaks for the people there: the crowd or the group the article last named."""
    if found.rule != "colon" or found.cue is None or found.cue.lemma != "chant":
        return speaker
    head = found.toks[found.np.j - 1]
    if head.is_proper or role_of(head.low) is not None:
        return speaker  # "from the Idaho delegates came one", "from the White House came …"
    at = found.toks[found.np.i].start
    people = _gathering_before(text, at) or _gathering_in_paragraph(text, at)
    people = people or _people_before(text, at) or "the crowd"
    return speaker._replace(name=people, entity=None)


def _gathering_before(text: str, at: int) -> str | None:
    """The last gathering (*the crowd*) named in the writer's words before ``at``."""
    return _people_before(text, at, nouns=False)


def _gathering_in_paragraph(text: str, at: int) -> str | None:
    """A gathering (*the crowd*) the writer names in the rest of the paragraph at ``at``
    (*The chant rattled the doors: "…!" Signs bobbed over the crowd.*), outside quotes."""
    end = text.find("\n", at)
    rest = text[at : end if end >= 0 else min(len(text), at + _CHANT_REACH)]
    plain = _blank_quotes(rest)
    found = _GATHERING.search(plain)
    return "the " + found.group(1).lower() if found else None


def _decide(
    f: QuoteFrame,
    sieve: Sieve | None,
    found: Found | None,
    ents: Entities,
    state: Discourse,
    para: int,
) -> tuple[Speaker | None, tuple[str, str, CueMatch | None]]:
    """The speaker, and the (kind, rule, cue) of the record, from what the sieves found."""
    if sieve is None or found is None:
        return _without_sieve(f.text, f.quotes, f.n, f.lo, f.hi, state, para)
    text, q, hint = f.text, f.quote, f.hint
    speaker = _crowd_for_chant(text, found, resolve(text, found.toks, found.np, ents, state))
    speaker = _not_named_inside(text, q, found, ents, state, speaker)
    if 0 <= para - state.last_para <= 1:
        speaker = _reply_to_asker(speaker, found, state)
    kind = found.kind or kind_by_share(f, found.cue, speaker)
    if asked_unnamed(f, found):  # 'Hale was asked, "Will you run?"': not Hale's words
        return None, (kind, found.rule, found.cue)
    if _so_called(f, found) or labelled_unnamed(f, found):
        # 'the so-called "…" has spread, a poll says', 'The bill, dubbed the "…," passed': a
        # label, no one's words
        return None, _no_ones_label(hint, kind)
    if sieve.stage == "cue" and (
        hint in ("scare", "title")
        and kind == "partial"
        and found.cue is None
        or hint == "title"
        and in_name_slot(text, q)
    ):
        return None, (hint, "unattributed", None)  # on NBC's "Meet the Press"
    near_last = state.last is not None and 0 <= para - state.last_para <= 1
    if sieve.stage != "intro" or speaker.name is not None or not near_last:
        return speaker, (kind, found.rule, found.cue)
    # an introduction that names nobody
    return _uncued(text, f.quotes, f.n, f.lo, f.hi, state.last, "follow-on")


def _so_called(f: QuoteFrame, found: Found) -> bool:
    """Is the quote a *so-called* label outside a report that comes before it (*The so-called
    "…" trend has spread, a survey suggests*)? Inside one (*Lee called for taxing so-called
    "…" income*) it stays part of the reported content, the reporter's."""
    q = f.quote
    if not _SO_CALLED.search(f.text, max(0, q.start - 12), q.start):
        return False
    return found.cue is None or found.cue.start > q.start


def _no_ones_label(hint: str, kind: str) -> tuple[str, str, None]:
    """The decision for a quoted label no one in the text applied: a scare quote (a title
    stays one; what is quoted whole, *a box labelled "…"*, is a direct quote whose speaker
    is not found)."""
    if kind == "direct" and hint != "title":
        return "direct", "no-speaker", None
    return ("title" if hint == "title" else "scare"), "unattributed", None


def _not_named_inside(
    text: str, q: Quote, found: Found, ents: Entities, state: Discourse, speaker: Speaker
) -> Speaker:
    """*"Dennis did wrong," he said.*, *"Harlan and I have argued for years," he said.*: a
    quotation that names a person by the given name speaks of that person, so its *he*/*she*
    is someone else; the pronoun is resolved again without that person (kept when no one
    else fits)."""
    ent = speaker.entity
    if (
        not speaker.pronoun
        or ent is None
        or (speaker.mention or "").lower() not in ("he", "she")
        or not (
            _given_name_inside(text, q, ent, ents)
            or _addresses(q, speaker)  # "Please, Senator, let me answer," she said
            or _addressed_by_title(q, ent, ents)
            or _protests_cut_in(text, q, ent, ents)
        )
    ):
        return speaker
    again = resolve(text, found.toks, found.np, ents, state._replace(barred=(ent,)))
    if again.name is None or again.entity is None or again.entity is ent:
        return speaker
    return again


#: What introduces one's own name (*I'm Ann*, *my name is Ann*, *This is Ann*).
_SELF_NAMING = re.compile(
    r"(?:\bI['’]m|\bI\s+am|\bname\s+is|\bname['’]s|\b[Tt]his\s+is|\bcall\s+me)\s+$"
)
#: A capitalised word after a given name: the full name, which may be the speaker's own.
_FULL_NAME_ON = re.compile(r"\s+[A-Z]")
#: Before a given name that is a place there (*moved to Austin*, *the people of Georgia*).
_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|of|across|around|outside|near)\s+$")
#: After a given name that is also a place: a plural noun it modifies (*Virginia voters*,
#: not *Virginia has*).
_MODIFIER_ON = re.compile(r"\s+(?!(?:is|was|has|does|says)\b)[a-z]+s\b")
#: A comma or a stop right after a given name: someone called by it (*'Ann, wait'*).
_CALLED_ON = re.compile(r"\s*[,!?]")
#: How far around the quotation the article is read for the given name as a common word.
_COMMON_WORD_REACH = 3000


#: A title alone as a form of address, opening a quotation or closing it, set off by a
#: comma (*"Please, Senator, let me answer"*, *"Mr. Chairman, I object"*, *"…, Governor."*).
_TITLE_VOCATIVE = re.compile(
    r"(?:^\W*(?:(?:Please|Look|Well|No|Yes|Now|Sorry),\s+)?|,\s+)(?:Mr\.\s+|Madam\s+)?"
    r"(Senator|Congressman|Congresswoman|Governor|Mayor|Judge|Chairman|Chairwoman|Chair)"
    r"(?:,|\W*$)"
)
#: The forms a text may give the title one is addressed by (*Sen. Rita Obi*: "Senator").
_ADDRESS_TITLES = {
    "senator": ("sen.", "senator", "sen"),
    "congressman": ("rep.", "rep", "representative", "congressman"),
    "congresswoman": ("rep.", "rep", "representative", "congresswoman"),
    "governor": ("gov.", "gov", "governor"),
    "mayor": ("mayor",),
    "judge": ("judge",),
    "chairman": ("chairman", "chair"),
    "chairwoman": ("chairwoman", "chair"),
    "chair": ("chair", "chairman", "chairwoman"),
}


def _addressed_by_title(q: Quote, ent: Entity, ents: Entities) -> bool:
    """Does the quotation address ``ent`` by a title the text gave that person, alone, at its
    opening or close (*"Please, Senator, let me answer," she said*, after *Sen. Rita Obi*),
    ``ent`` the only one in view with that title (two senators may say "Senator" to each
    other)? Then its *he*/*she* is someone else."""
    titles = {t.lower() for t in ent.titles}
    if not titles:
        return False
    for m in _TITLE_VOCATIVE.finditer(q.content.strip()):
        forms = set(_ADDRESS_TITLES[m.group(1).lower()])
        if titles & forms:
            holders = {
                id(e)
                for _m, e in ents._mentions_in(max(0, q.start - _TITLE_REACH), q.start)
                if e.kind == "person" and {t.lower() for t in e.titles} & forms
            }
            return holders == {id(ent)}
    return False


#: How far before a quotation another holder of the title it addresses is looked for.
_TITLE_REACH = 1500


#: A protest at being cut off (*"Let me finish"*, *"I was speaking"*): the one cut off says it.
_PROTEST = re.compile(
    r"\b(?:let\s+me\s+(?:finish|answer|speak|talk)|(?:I['’]m|I\s+am)\s+not\s+(?:finished|done)|"
    r"I\s+was\s+(?:speaking|talking|answering)|I\s+have\s+the\s+floor|may\s+I\s+finish|"
    r"stop\s+interrupting|you\s+interrupted)\b",
    re.I,
)
#: After a name: cutting in on someone (*Dan Kemp interrupted*, *Lee cut her off*).
_CUTS_IN = re.compile(
    rf"[^.!?\"“”]{{0,30}}?\b(?:{CUTTING_IN}|interrupts|cuts\s+in|talked\s+over|spoke\s+over)\b"
)


def _protests_cut_in(text: str, q: Quote, ent: Entity, ents: Entities) -> bool:
    """Is the quotation a protest at being cut off (*"I am not finished," he said*) and
    ``ent`` the one the sentence before shows cutting in? Then its *he*/*she* is the other."""
    if not _PROTEST.search(q.content):
        return False
    lo = max(0, q.start - 300)
    return any(
        e is ent and _CUTS_IN.match(text, m.end, q.start) for m, e in ents._mentions_in(lo, q.start)
    )


def _given_name_inside(text: str, q: Quote, ent: Entity, ents: Entities) -> bool:
    """Does the quotation name ``ent`` by its given name alone (a person of two or more
    names, the only one in the article with that given name), not in a full name, not as a
    self-introduction, not calling someone (*"He told me, 'Ann, stay'"* is said to the
    speaker), nor a given name that is also a common word at a sentence's start (*Will*,
    *Grant*)?"""
    words = ent.canonical.split()
    if ent.kind != "person" or len(words) < 2 or len(words[0]) < 3 or not words[0].isalpha():
        return False
    given = words[0]
    if ents.shares_given_name(ent):
        return False
    if given not in q.content:
        return False  # (most quotations: nothing more is read)
    place = place_of(given) is not None
    for m in re.finditer(rf"\b{given}\b", q.content):
        before = q.content[max(0, m.start() - 40) : m.start()]
        if _PLACE_PREPOSITION.search(before) or place and _MODIFIER_ON.match(q.content, m.end()):
            continue  # (a place: "we moved to Austin", "Virginia voters")
        if _SELF_NAMING.search(before) or _FULL_NAME_ON.match(q.content, m.end()):
            continue  # (a full name: politicians speak of themselves so, "vote for Ann Lee")
        if _CALLED_ON.match(q.content, m.end()) or before.rstrip().endswith(","):
            continue  # (a vocative: "He told me, 'Ann, stay,'" is someone calling the speaker)
        if (not before.strip() or before.rstrip()[-1] in ".!?") and _common_word(text, q, given):
            continue
        return True
    return False


def _common_word(text: str, q: Quote, given: str) -> bool:
    """Is ``given`` also written in lower case near the quotation (*will*, *grant*)?"""
    lo = max(0, q.start - _COMMON_WORD_REACH)
    return re.search(rf"\b{given.lower()}\b", text[lo : q.end + _COMMON_WORD_REACH]) is not None


def _central_person(ents: Entities) -> Speaker | None:
    """The person the article names most, when named at least three times."""
    people = [e for e in ents._frequent_people() if len(e.mentions) >= 3]
    if not people:
        return None
    e = people[0]
    return Speaker(e.canonical, None, None, None, e.role, e, False)


def _without_sieve(
    text: str, quotes: list[Quote], n: int, lo: int, hi: int, state: Discourse, para: int
) -> tuple[Speaker | None, tuple[str, str, CueMatch | None]]:
    """The speaker and the (kind, rule, cue) of quote ``n`` (frame text[lo:hi]) when no sieve
    fired: a title or scare quote is unattributed (a partial one close to the last speaker's
    words is a follow-on), any other quote a follow-on near the last speaker or no-speaker."""
    q = quotes[n]
    hint = q.kind
    if hint in PARTIAL_GUESSES:
        if (
            hint == "partial"
            and state.last is not None
            and para - state.last_para <= 0
            and _content_ratio(text, q, lo, hi) >= 0.5
        ):
            return state.last, ("follow-on", "follow-on", None)
        return None, (hint if hint != "partial" else "scare", "unattributed", None)
    if _answer_turn(text, quotes, n, state, para):
        crowd = _crowd_asked(text, quotes, n)
        if crowd is not None:  # 'Vega asked the crowd: ¶ "When do we vote?" ¶ "Monday!"'
            return crowd, ("direct", "answer-turn", None)
        return state.answerer, ("direct", "answer-turn", None)
    if (
        _other_turn(state)
        and para == state.last_para + 1
        and (_announced_turn(text, quotes, n) or 0) >= 1
    ):
        # 'They talked over each other, the governor first:' ¶ "A." ¶ "B." ¶ "C.": the bare
        # turns announced alternate between the first speaker and the one before
        return state.other, ("direct", "answer-turn", None)
    if state.unresolved_para == para:
        # '"Who knows," it said. "We will see."': the voice just cued, found or not
        return _uncued(text, quotes, n, lo, hi, None, "follow-on")
    near_last = state.last is not None and 0 <= para - state.last_para <= 1
    if near_last and _addresses(q, state.last) and _other_turn(state):
        # '"…," Ruiz asked.' / '"…," Cole replied.' / '"…, Mr. Cole."': a quote that calls
        # the last speaker by name speaks to him; it is the other party's turn
        return _uncued(text, quotes, n, lo, hi, state.other, "follow-on")
    if near_last:
        return _uncued(text, quotes, n, lo, hi, state.last, "follow-on")
    return _uncued(text, quotes, n, lo, hi, None, "no-speaker")


def _uncued(
    text: str, quotes: list[Quote], n: int, lo: int, hi: int, speaker: Speaker | None, rule: str
) -> tuple[Speaker | None, tuple[str, str, CueMatch | None]]:
    """A follow-on or no-speaker record's kind: partial when the quote is woven into the
    writer's own sentence (less than :data:`SHARE_WITHOUT_CUE` of it quoted)."""
    kind = "follow-on" if rule == "follow-on" else "direct"
    if content_share(text, quotes[n], quotes, (lo, hi)) < SHARE_WITHOUT_CUE:
        kind = "partial"  # woven into the writer's own sentence, not quoted whole
    return speaker, (kind, rule, None)


def _writer(speaker: Speaker | None, author: str | None) -> Speaker | None:
    """An *I* outside quotation marks is the writer: the byline's name, if there is one."""
    if (
        author
        and speaker is not None
        and speaker.name is None
        and speaker.pronoun
        and (speaker.mention or "").lower() == "i"
    ):
        return speaker._replace(name=author)
    return speaker


def _record(
    q: Quote, decision: tuple[str, str, CueMatch | None], speaker: Speaker | None
) -> Attribution:
    """The record, with its confidence: the rule's, lowered for a pronoun, an unnamed or an
    unresolved speaker."""
    kind, rule, cue = decision
    if speaker is None:
        return Attribution(q.start, q.end, q.text, kind, rule=rule, confidence=0.0)
    if rule in _UNCUED_TURNS:
        return Attribution(
            q.start,
            q.end,
            q.text,
            "partial" if kind == "partial" else kind,
            speaker.name,
            role=speaker.role,
            rule=rule,
            confidence=CONFIDENCE[rule],
        )
    conf = CONFIDENCE.get(rule, 0.5)
    if speaker.pronoun:
        conf *= 0.85 if speaker.name else 0.4
    elif speaker.entity is None:
        conf *= 0.8
    if speaker.name is None:
        conf = min(conf, 0.3)
    return Attribution(
        q.start,
        q.end,
        q.text,
        kind,
        speaker.name,
        speaker.start,
        speaker.end,
        speaker.mention,
        speaker.role,
        cue.text if cue else None,
        cue.start if cue else None,
        cue.end if cue else None,
        cue.lemma if cue else None,
        rule,
        conf,
    )


def _unresolved_voice(state: Discourse, rec: Attribution, para: int) -> Discourse:
    """The discourse with :attr:`Discourse.unresolved_para` set when ``rec`` is a cued quote
    whose speaker was not found (*"…," it said*), cleared when it is one whose speaker was.
    A *he*/*she* found for no one may still be the last speaker, when of that sex: the quote
    after it goes on as before."""
    if rec.kind != "direct" or rec.rule in _NOT_CUED:
        return state
    pronoun = (rec.speaker_mention or "").lower()
    unresolved = rec.speaker is None and not (
        pronoun in ("he", "she")
        and state.last is not None
        and _sex_of(state.last, "") in (None, PRONOUNS[pronoun])
    )
    if unresolved != (state.unresolved_para == para):
        state = state._replace(unresolved_para=para if unresolved else -10)
    return state


#: Rules that decide a quote without a cue of its own.
_NOT_CUED = frozenset({"follow-on", "no-speaker", "unattributed", "answer-turn"})


def _advance(
    state: Discourse, rec: Attribution, speaker: Speaker | None, para: int, turn: bool = False
) -> Discourse:
    """The discourse after this quote: the last named speaker (and the one before, when
    another), the paragraph of the last direct or follow-on quote, where the last
    attributed quote ends, who has been quoted, whether it was a turn of an exchange."""
    was_turn = state.turn
    if state.turn != turn:
        state = state._replace(turn=turn)
    state = _unresolved_voice(state, rec, para)
    # (a narrated actor takes the floor: 'Greer stood.' ¶ '"A."' ¶ '"B."' — B is Greer's too)
    if speaker is not None and rec.rule != "follow-on" and speaker.name is not None:
        if state.last is not None and state.last.name not in (None, speaker.name):
            if (was_turn or rec.rule == "answer-turn") and 0 <= para - state.last_para <= 1:
                # a turn of an exchange: these two are talking to each other
                state = state._replace(
                    partners=(
                        *state.partners[-_PARTNERS_KEPT:],
                        (speaker.name, state.last),
                        (state.last.name, speaker),
                    )
                )
            state = state._replace(other=state.last, other_para=state.last_para)
        state = state._replace(last=speaker, last_para=para)
        if speaker.entity is not None and speaker.entity not in state.speakers:
            state = state._replace(speakers=(*state.speakers, speaker.entity))
        said = said_gender(speaker)
        if (
            said is not None
            and rec.kind == "direct"
            and rec.rule in ("quote-speaker-cue", "quote-cue-speaker")
            and speaker.entity is not None
            and speaker.entity.gender is None
            and all(e is not speaker.entity for e, _ in state.said)
        ):  # '"…," he said' of a man no name list knows: no "she" for him later
            state = state._replace(said=(*state.said, (speaker.entity, said)))
    elif (
        speaker is not None
        and speaker.name is None
        and speaker.mention is not None
        and speaker.mention.lower() in ("i", "we")
        and rec.kind == "direct"
    ):
        # '"Fine," I said.': the writer took the turn; a quote after it no longer
        # continues the speaker before
        state = state._replace(last=None)
    if rec.kind in ("direct", "follow-on") and rec.speaker is not None:
        state = state._replace(last_para=para)
    if rec.speaker is not None:
        state = state._replace(last_end=rec.end)
    return state


def kind_by_share(f: QuoteFrame, cue: CueMatch | None, speaker: Speaker | None) -> str:
    """``direct`` when at least half of the reported content is quoted, else ``partial``.

    This is PolNeAR's definition of a direct quotation, with the reported content
    estimated from the cue and speaker positions by :func:`nbutils.quotes.content_share`.
    """
    at = (speaker.start, speaker.end) if speaker is not None and speaker.start is not None else None
    if at is not None and cue is None and "\n" in f.text[f.quote.end : at[0]]:
        at = None  # '"…" ¶ That answer came from Ann Lee': a later paragraph is no content
    share = content_share(
        f.text,
        f.quote,
        f.quotes,
        (f.lo, f.hi),
        (cue.start, cue.end) if cue is not None else None,
        at,
    )
    if share >= 0.5 and _np_before_predicate(f):
        return "partial"
    return "direct" if share >= 0.5 else "partial"


#: Words that open a noun phrase quoted as an object (*found "a handful of …"*).
_NP_OPENERS = frozenset("a an the his her its their our my this these those".split())
#: A second report joined after a quoted object: *… and that the firm "will …"*.
_AND_THAT = re.compile(r"\band\s+(?:[\w'’-]+\s+){0,6}?that\s")
#: A word of a quote's content, and a sentence's end before a space.
_WORDS = re.compile(r"[\w'’-]+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _np_before_predicate(f: QuoteFrame) -> bool:
    """A noun phrase quoted as the object of the writer's verb (*had found "a handful of hard
    cases"*) when the same sentence goes on *and … that* to another quote: a phrase woven
    into the first report, the quoted clause after it the direct one."""
    words = _WORDS.findall(f.quote.content)
    if not words or len(words) > 12 or words[0] not in _NP_OPENERS:
        return False
    if any(w.lower() in Closed.FINITE_AUXILIARIES for w in words):
        return False
    before = f.text[max(f.lo, f.quote.start - 30) : f.quote.start].rstrip()
    if not (before and before[-1].isalpha() and before[-1].islower()):
        return False
    nxt = f.quotes[f.n + 1] if f.n + 1 < len(f.quotes) else None  # (in order: no search)
    if nxt is None or nxt.start > f.hi:
        return False
    between = f.text[f.quote.end : nxt.start]
    return not _SENTENCE_BREAK.search(between) and _AND_THAT.search(between) is not None


def _content_ratio(text: str, q: Quote, lo: int, hi: int) -> float:
    """Share of the letters of text[lo:hi] that are inside the quote."""

    def letters(a: int, b: int) -> int:
        return sum(ch.isalpha() for ch in text[a:b]) if b > a else 0

    total = letters(lo, hi)
    inside = letters(max(lo, q.content_start), min(hi, q.content_end))
    return inside / total if total else 1.0


def byline(metadata: dict) -> str | None:
    """The article's single author from its metadata (``author`` or ``byline``), if any."""
    value = metadata.get("author") or metadata.get("byline")
    if (
        isinstance(value, str)
        and value.strip()
        and len(value.split()) <= 5
        and not re.search(r"\band\b|[,;&|]", value)
    ):
        return re.sub(r"^[Bb]y\s+", "", value.strip())
    return None


#: A byline line near the top of a text: "By Ann Lee" or "By ANN LEE", two to four words,
#: perhaps with the writer's post after a comma ("By Ann Lee, Courier columnist"; a few
#: words, no full stop: not a sentence "By Late Evening, the crowd had grown.").
_BYLINE_LINE = re.compile(
    r"^[ \t]*[Bb][Yy][ \t]+((?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w.'’-]*)[ \t]*"
    r"(?:,[ \t]*(?:[\w'’&-]+[ \t]+){0,4}[\w'’&-]+)?[ \t]*,?[ \t]*$",
    re.MULTILINE,
)
_NOT_IN_BYLINE = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december the staff""".split()
)


def _no_antecedents(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """The spans whose names no *he*/*she* of the narration means: the quotations, and the
    byline's name (*By Owen Maddox*: the writer is *I*, never a *he* of the text)."""
    spans = [(q.start, q.end) for q in quotes]
    signed = _byline_span(text)
    return sorted([*spans, signed]) if signed is not None else spans


def _byline_span(text: str) -> tuple[int, int] | None:
    """Where the byline line's name stands (see :func:`text_byline`), if there is one."""
    m = _byline_match(text)
    return (m.start(1), m.end(1)) if m is not None else None


def _byline_match(text: str) -> re.Match[str] | None:
    """The byline line among the text's first five lines, its name in group 1."""
    head = "\n".join(text[:600].split("\n")[:5])
    m = _BYLINE_LINE.search(head)
    if m is None or any(w.lower().strip(".,") in _NOT_IN_BYLINE for w in m.group(1).split()):
        return None
    return m


def text_byline(text: str) -> str | None:
    r"""The writer named on a byline line of its own among the text's first five lines
    ("By Ann Lee", "BY ANN LEE"), in the case names are written in; ``None`` if there is none.
    Used when the article's metadata names no author.

    >>> text_byline("Why I Left the Council\nBy MARGARET HOLLIS\nI asked myself why.")
    'Margaret Hollis'
    >>> text_byline("By Tuesday the council had voted.") is None
    True
    """
    m = _byline_match(text)
    if m is None:
        return None
    words = m.group(1).split()
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in words)


def explain(attribution: Attribution) -> str:
    """One sentence saying why the quote was attributed as it was.

    >>> from nbutils.attribution import attribute
    >>> explain(attribute('"Yes," said Ann Lee.')[0])
    'Attributed to Ann Lee (mention "Ann Lee", cue "said") by rule quote-cue-speaker: the cue follows the quote and the speaker follows the cue ("…," said X).'
    """
    rule = RULES.get(attribution.rule, attribution.rule)
    if attribution.speaker is None:
        return f"No speaker: {rule}."
    bits = []
    if attribution.speaker_mention:
        bits.append(f'mention "{attribution.speaker_mention}"')
    if attribution.cue:
        bits.append(f'cue "{attribution.cue}"')
    how = f" ({', '.join(bits)})" if bits else ""
    return f"Attributed to {attribution.speaker}{how} by rule {attribution.rule}: {rule}."
