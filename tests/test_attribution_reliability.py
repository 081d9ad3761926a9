"""Regression tests for issue #11 inside the engine: no article lost to a crash, and no
search over everything before the current point (the frame of each quote stays bounded).

Speed itself is measured by ``benchmarks/bench_attribution.py --scaling``, never by a
timed test; these tests count the work instead.
"""

from __future__ import annotations

import pytest

import nbutils.attribution.engine as engine
import nbutils.attribution.frame as frame_module
from nbutils.attribution import attribute
from nbutils.attribution.frame import (
    KEPT_GAPS,
    PLACEHOLDER,
    TOKEN,
    WINDOW,
    Tok,
    frame_tokens,
    frame_word_list,
    gap_tokens,
    may_hold_cue,
    tag_words,
)


def test_many_quotes_in_one_sentence_after_64_quotes_do_not_crash() -> None:
    # issue #11, item 1: >= 64 quotations and 10 or more in one sentence raised StopIteration
    text = (
        '"Yes," he said.\n' * 54 + "The words were " + ", ".join(f'"w{i}"' for i in range(10)) + "."
    )
    records = attribute(text, include_unattributed=True)
    assert len(records) == 64  # every quotation has its record, none lost
    assert [a.rule for a in records[:54]] == ["quote-speaker-cue"] * 54
    assert all(a.text == f'"w{i}"' for i, a in enumerate(records[54:]))


def test_dense_marks_without_spaces_do_not_crash() -> None:
    assert attribute("\"“”‘’'«»" * 200, include_unattributed=True) == []  # nothing said
    text = "\"“a”‘b’'c«d»" * 200  # 1,600 marks round words, no space, no sentence end
    records = attribute(text, include_unattributed=True)
    assert records and all(0 <= a.start < a.end <= len(text) for a in records)
    assert all(text[a.start : a.end] == a.text for a in records)


@pytest.mark.parametrize("unit", ['He said "', "\"“a”‘b’'c«d»"], ids=["he-said", "marks"])
def test_each_frame_is_bounded_whatever_came_before(unit: str, monkeypatch) -> None:
    # issue #11, item 2: 100 KB of 'He said "' took 39 s; each quote must be read in a
    # window of its own, not with everything before it
    spans: list[int] = []
    placeholders: list[int] = []
    real = engine.frame_tokens

    def counting(text, lo, hi, quotes, qidx, *memo):
        spans.append(hi - lo)
        placeholders.append(len(qidx))
        return real(text, lo, hi, quotes, qidx, *memo)

    monkeypatch.setattr(engine, "frame_tokens", counting)
    monkeypatch.setattr(engine._Frames, "bare_span", lambda self, n: None)  # tag every frame
    monkeypatch.setattr(engine._Frames, "quiet_span", lambda self, n: None)
    text = unit * (6_000 // len(unit))  # 6 KB in one paragraph
    records = attribute(text, include_unattributed=True)
    assert len(records) > 300
    assert spans and max(spans) <= 2 * WINDOW + 64  # the window on each side, and the quote
    assert max(placeholders) <= 9  # at most 4 other quotes on each side of the quote


#: Texts where many frames hold nothing but quotes, next to ones where words or marks sit
#: around them (a cue before a run of marks, "as" before a label, a dash signature …).
SAMPLES = [
    'He said "' * 300,
    "\"“”‘’'«»" * 200,
    "Ann Lee said: " + "\"“”‘’'«»" * 40 + " she said.",
    'He went after Trump as "a" "b" "c" "d".',
    'The mayor, Ann Lee, called it a "disaster" "mess" and "joke," she said. "We win."\n"Y" "n"',
    'Ann Lee said "yes." "Maybe" "so" — Bob Roe',
    '"A," "B," "C" Ann Lee said.\n' * 5 + '" " " "' * 30,
    "He said 'x' 'y' 'z' and \"q\" \"r\".",
    "«Oui» «non» ‘a’ ‘b’ said Ann. " * 20,
    'Lee: "“" "”" ‘’ \n— Ann Lee\n"..." "," said Bob Roe, according to "x" "y"',
]


@pytest.mark.parametrize("text", SAMPLES, ids=range(len(SAMPLES)))
def test_quotes_in_frames_of_quotes_only_get_the_same_records(text: str, monkeypatch) -> None:
    # the engine skips tagging and the sieves for a non-direct quote whose frame holds only
    # quotes (dense marks: issue #11); the records must be those of the full path
    fast = attribute(text, include_unattributed=True)
    _full_path(monkeypatch)
    assert attribute(text, include_unattributed=True) == fast


def _full_path(monkeypatch) -> None:
    """Every quote through its frame and the sieves (no shortcut)."""
    monkeypatch.setattr(engine._Frames, "bare_span", lambda self, n: None)
    monkeypatch.setattr(engine._Frames, "quiet_span", lambda self, n: None)


@pytest.mark.parametrize("unit", ['He said "', "“a” «b» ‘c’ "], ids=["he-said", "marks"])
def test_dense_marks_skip_the_tagging(unit: str, monkeypatch) -> None:
    tagged: list[int] = []
    real = engine.frame_tokens

    def counting(text, lo, hi, quotes, qidx, *memo):
        tagged.append(len(qidx))
        return real(text, lo, hi, quotes, qidx, *memo)

    monkeypatch.setattr(engine, "frame_tokens", counting)
    text = unit * (6_000 // len(unit))
    records = attribute(text, include_unattributed=True)
    assert len(records) > 300 and len(tagged) < len(records) // 10


def test_partial_guesses_are_those_of_the_frame() -> None:
    # the shortcut's test of the finder's guess must be the sieves' own (QuoteFrame.partial_guess)
    text = 'Lee called it "a mess." "Meet the Press" "x" He said, "We will win the vote."'
    for q in engine.quotes_and_turns(text):
        frame = engine.frame_at(text, q.start)
        assert frame is not None
        assert frame.partial_guess == (frame.hint in engine.PARTIAL_GUESSES)


def _frame_tokens_unshared(text, lo, hi, quotes, qidx) -> list[Tok]:
    """The frame's tokens built the plain way (each stretch searched, each token made
    in turn): what :func:`frame_tokens` with its memo must give."""
    raw = []
    pos = lo
    for k in qidx:
        q = quotes[k]
        if q.start > pos:
            raw += [(m.group(), m.start(), m.end(), -1) for m in TOKEN.finditer(text, pos, q.start)]
        raw.append(("``", q.start, q.end, k))
        pos = max(pos, q.end)
    raw += [(m.group(), m.start(), m.end(), -1) for m in TOKEN.finditer(text, pos, hi)]
    tags = tag_words([w if k < 0 else PLACEHOLDER for w, _, _, k in raw]) if raw else []
    return [
        Tok(w, s, e, "QUOTE" if k >= 0 else "NN" if w.endswith("-year-old") else t, k)
        for (w, s, e, k), t in zip(raw, tags, strict=True)
    ]


@pytest.mark.parametrize(
    "text", [*SAMPLES, "A 54-year-old said \"no\" and 'x' — 'y'.\n" * 3, "\"“a”‘b’'c«d»" * 30]
)
def test_frames_sharing_their_words_are_the_plain_frames(text: str) -> None:
    # neighbouring frames share the search of the text between quotes (a memo of gaps):
    # every frame must be token for token the one built without sharing
    quotes = engine.quotes_and_turns(text)
    frames = engine._Frames(text, quotes)
    memo: dict = {}
    for n in range(len(quotes)):
        lo, hi = frames.span(n)
        qidx = frames.inside(lo, hi)
        shared = frame_tokens(text, lo, hi, quotes, qidx, memo)
        assert shared == _frame_tokens_unshared(text, lo, hi, quotes, qidx)
        words = [PLACEHOLDER if t.is_quote else t.text for t in shared]
        assert frame_word_list(text, lo, hi, quotes, qidx, memo) == words
        assert frame_word_list(text, lo, hi, quotes, qidx) == words
        assert all(type(t) is Tok for t in shared)
        assert engine._position_of(shared, n) == next(
            (i for i, t in enumerate(shared) if t.quote == n), None
        )


def test_gap_tokens_are_the_token_pattern_and_the_memo_stays_bounded() -> None:
    text = "Ann Lee's aide said: don't — 'no'. " * 40
    memo: dict = {}
    for a in range(0, len(text) - 30, 7):
        plain = gap_tokens(text, a, a + 30)
        assert plain == gap_tokens(text, a, a + 30, memo) == gap_tokens(text, a, a + 30, memo)
        found = list(TOKEN.finditer(text, a, a + 30))
        assert plain == (
            [m.group() for m in found],
            [m.start() for m in found],
            [m.end() for m in found],
        )
    assert len(memo) == min(KEPT_GAPS, len(range(0, len(text) - 30, 7)))
    assert engine._position_of([Tok("a", 0, 1, "DT")], 3) is None


def test_the_text_between_two_quotes_is_searched_once_not_once_a_frame(monkeypatch) -> None:
    # a paragraph of dense quotes: each frame holds up to nine quotes, and its neighbours
    # hold most of the same stretches between them; each is searched for words once
    searched: list[tuple[int, int]] = []

    class Counting:
        def finditer(self, text, a, b):
            searched.append((a, b))
            return TOKEN.finditer(text, a, b)

    monkeypatch.setattr(frame_module, "TOKEN", Counting())
    text = "\"“a”‘b’'c«d»" * 300
    records = attribute(text, include_unattributed=True)
    assert len(records) > 500
    assert len(searched) == len(set(searched))  # no stretch searched twice
    assert len(searched) <= 2 * len(records)


def test_a_frame_without_a_cue_word_has_no_cue_and_each_condition_is_asked_once(
    monkeypatch,
) -> None:
    # cues_in finds no cue in a frame where no token could start one (may_hold_cue), and
    # run_sieves asks each distinct sieve condition once per frame
    from nbutils.attribution.sieves import SIEVES
    from nbutils.attribution.syntax import cues_in
    from nbutils.config import DEFAULT_ARTICLE

    text = DEFAULT_ARTICLE.read_text(encoding="utf-8") + "\n" + "\n".join(SAMPLES)
    quotes = engine.quotes_and_turns(text)
    frames = engine._Frames(text, quotes)
    held = 0
    for n in range(len(quotes)):
        lo, hi = frames.span(n)
        toks = frame_tokens(text, lo, hi, quotes, frames.inside(lo, hi))
        cues = cues_in(text, toks)
        held += bool(cues)
        assert may_hold_cue(toks) or cues == []
        assert frames.frame(n).cues == cues
    assert held > 10  # the test saw frames with cues

    asked: list[str] = []
    conditions = {}
    for sieve in SIEVES:
        if sieve.when not in conditions:

            def counting(f, _real=sieve.when, _name=sieve.when.__name__):
                asked.append(_name)
                return _real(f)

            conditions[sieve.when] = counting
    sieves = tuple(s._replace(when=conditions[s.when]) for s in SIEVES)
    frame = engine.frame_at('"Fine" "ok" he said, "We win."', 0)
    assert frame is not None
    engine.run_sieves(frame, sieves)
    assert len(asked) == len(set(asked)) and len(asked) > 1


#: Dense marks with lower-case words between them, and the words that make a frame loud:
#: a cue, a verb, a pronoun, "came", "as", "like", a dash, a capital.
QUIET_SAMPLES = [
    "\"“a”‘b’'c«d»" * 60,
    "“a” ‘b’ «c» the man “d” ‘e’ " * 30,
    "“a”b runs“c”‘d’ " * 20,
    "“a” ‘b’ he “c” «d» it ‘e’ " * 20,
    "“a”‘b’ came «c» from ‘d’ " * 20,
    "“a” as ‘b’ «c» like “d” " * 20,
    "“a” — ‘b’ «c» “d” – e " * 20,
    "“a” ‘b’ said “c” «d» told ‘e’ according to “f” " * 20,
    "“a” Ann ‘b’ «c» Lee “d” " * 20,
    "“a”, ‘b’: «c»; “d” " * 20,
    "“A” ‘b’ is «C» “d” " * 20,
]


def _quiet_count(monkeypatch) -> list[int]:
    hits: list[int] = []
    real = engine._Frames.quiet_span

    def counting(self, n):
        span = real(self, n)
        hits.append(span is not None)
        return span

    monkeypatch.setattr(engine._Frames, "quiet_span", counting)
    return hits


@pytest.mark.parametrize("text", QUIET_SAMPLES, ids=range(len(QUIET_SAMPLES)))
def test_quiet_frames_get_the_records_of_the_sieves(text: str, monkeypatch) -> None:
    # the engine skips the frame and the sieves for a partial, scare or title quote in a
    # quiet frame (lower-case words and marks, no cue, verb or pronoun); same records
    with monkeypatch.context() as m:
        hits = _quiet_count(m)
        fast = attribute(text, include_unattributed=True)
    _full_path(monkeypatch)
    assert attribute(text, include_unattributed=True) == fast
    assert hits  # the shortcut was asked


def test_dense_worded_marks_skip_the_sieves_and_loud_words_do_not(monkeypatch) -> None:
    ran: list[int] = []
    real = engine.run_sieves

    def counting(frame, sieves, report=None):
        ran.append(frame.n)
        return real(frame, sieves, report)

    monkeypatch.setattr(engine, "run_sieves", counting)
    hits = _quiet_count(monkeypatch)
    records = attribute(QUIET_SAMPLES[0], include_unattributed=True)
    assert len(records) > 100 and len(ran) < len(records) // 10
    assert sum(hits) > 0.9 * len(records)
    for text in QUIET_SAMPLES[2:]:  # a verb, pronoun, came, as, like, dash, cue, name, comma
        hits.clear()
        attribute(text, include_unattributed=True)
        assert not any(hits), text


def test_random_dense_texts_get_the_same_records_either_way(monkeypatch) -> None:
    import random

    rng = random.Random(11)
    atoms = ['"', "“", "”", "‘", "’", "'", "«", "»", " ", " ", "a", "b", "the", "man", "runs"]
    atoms += ["said", "he", "came", "from", "as", "like", "—", "Lee", ",", ":", ".", "\n"]
    texts = ["".join(rng.choice(atoms) for _ in range(rng.randint(20, 400))) for _ in range(150)]
    hits = _quiet_count(monkeypatch)
    fast = [attribute(t, include_unattributed=True) for t in texts]
    assert sum(hits) > 50  # many quiet frames among them
    _full_path(monkeypatch)
    assert [attribute(t, include_unattributed=True) for t in texts] == fast


def test_every_sieve_was_checked_for_the_quiet_shortcut() -> None:
    # quiet_span's reasoning goes sieve by sieve: a new sieve turns the shortcut off
    # until someone checks that it cannot fire on a quiet frame and adds its name
    from nbutils.attribution.sieves import SIEVES

    unchecked = {s.name for s in SIEVES} - engine.QUIET_CHECKED
    assert not unchecked, f"check _Frames.quiet_span against {sorted(unchecked)}"
    assert engine.quiet_frames_apply(SIEVES)
    assert not engine.quiet_frames_apply((*SIEVES, SIEVES[0]._replace(name="new-sieve")))


def test_a_quiet_verdict_is_reached_once_per_sequence_of_words(monkeypatch) -> None:
    # dense marks repeat a handful of word sequences: the test of quiet words (the regex,
    # the word lists, the tags) runs once for each, not once a quote
    judged: list[tuple[str, ...]] = []
    real = engine._quiet_words

    def counting(words):
        judged.append(words)
        return real(words)

    monkeypatch.setattr(engine, "_quiet_words", counting)
    records = attribute(QUIET_SAMPLES[0], include_unattributed=True)
    assert len(records) > 100
    assert judged and len(judged) == len(set(judged)) and len(judged) < 20
    assert real(judged[0]) and not real((*judged[0], "Lee"))
