"""From a text to the features the trained models read (feature name -> value).

:func:`features` gives words and word pairs with negation marking, stems, opinion-lexicon
counts and VADER's scores; for the ``emobank`` model also the word-vector features and the
direction of amounts (:func:`directions`: *profit rose* and *cut the risk* are good news),
the word evidence divided by the sentence's length (:func:`length_factor`).

>>> features("not good", vader=False)["NOT_good"]
1.0

It imports only from :mod:`.settings`, :mod:`.vader`, :mod:`.words` and :mod:`.vectors`.
"""

from __future__ import annotations

from collections.abc import Sequence

from nbutils.sentiment.settings import LENGTH_REF, STEM_PREFIX
from nbutils.sentiment.vader import VaderReading, vader_reading
from nbutils.sentiment.vectors import _vector_features
from nbutils.sentiment.words import (
    NEGATIONS,
    _stopwords,
    _Word,
    _words,
    opinion_lexicon_words,
    sentiment_vocabulary,
    stem,
    tokens,
)

#: Words saying that an amount goes up, and that it goes down ...
RISE_WORDS = frozenset(
    """rise rises rose risen rising increase increases increased increasing grow grows grew
grown growing gain gains gained gaining climb climbs climbed climbing jump jumps jumped jumping
soar soars soared soaring surge surges surged surging rebound rebounds rebounded boost boosts
boosted boosting raise raises raised raising double doubles doubled doubling triple tripled
expand expands expanded expanding spike spikes spiked higher mount mounts mounted mounting
swell swells swelled escalate escalates escalated escalating create creates created
creating""".split()
)
FALL_WORDS = frozenset(
    """fall falls fell fallen falling drop drops dropped dropping decline declines declined
declining decrease decreases decreased decreasing slip slips slipped slipping slide slides slid
sliding plunge plunges plunged plunging plummet plummets plummeted tumble tumbles tumbled sink
sinks sank shrink shrinks shrank shrinking cut cuts cutting slash slashes slashed slashing trim
trims trimmed trimming reduce reduces reduced reducing lower lowers lowered lowering lose loses
lost losing eliminate eliminates eliminated eliminating halve halves halved ease eases eased
easing curb curbs curbed fewer shed sheds shedding dip dips dipped erode erodes eroded""".split()
)
#: ... and the amounts whose rise is good news, and those whose rise is bad news.
GOOD_AMOUNTS = frozenset(
    """sales profit profits earnings income revenue revenues growth job jobs employment wages
wage output exports shares stocks stock dividend dividends orders productivity investment
investments customers value economy gdp surplus savings production support approval ratings
rating enrollment attendance confidence hiring payrolls margins""".split()
)
BAD_AMOUNTS = frozenset(
    """loss losses deficit deficits debt debts unemployment jobless inflation prices price cost
costs tax taxes risk risks death deaths toll casualties crime crimes violence fatalities
emissions pollution layoffs poverty tensions tension fears fear cases infections homelessness
rates bills fees tariffs shortages shortage injuries attacks killings murders arrests
complaints defaults bankruptcies""".split()
)
#: How far (in words, either side) a change word looks for its amount.
DIRECTION_WINDOW = 4


def directions(words: Sequence[_Word]) -> list[tuple[int, int, float]]:
    """Where an amount is said to go up or down, and whether that is good news:
    ``(change word's index, amount's index, sign)`` — +1 when a good amount rises
    or a bad one falls (*profit rose*, *cuts the risk*), -1 the other way round
    (*sales fell*, *slashes 12,500 jobs*, *death toll rises*). Each change word takes
    the nearest amount within :data:`DIRECTION_WINDOW` words (each amount is taken
    once); a negated change word (*did not rise*) turns the sign round. Headlines and
    business news say this often, and neither lexicon can: *cut* and *risk* are both
    negative words, but *cut the risk* is good news.

    >>> ws = _words(tokens("Naps may cut heart risk, but sales fell."))
    >>> [(ws[i].text, ws[j].text, s) for i, j, s in directions(ws)]
    [('cut', 'risk', 1.0), ('fell', 'sales', -1.0)]
    """
    out: list[tuple[int, int, float]] = []
    used: set[int] = set()
    for i, w in enumerate(words):
        change = 1 if w.text in RISE_WORDS else -1 if w.text in FALL_WORDS else 0
        if not change:
            continue
        best: tuple[int, int] | None = None
        for j in range(max(0, i - DIRECTION_WINDOW), min(len(words), i + DIRECTION_WINDOW + 1)):
            if j == i or j in used:
                continue
            good = 1 if words[j].text in GOOD_AMOUNTS else -1 if words[j].text in BAD_AMOUNTS else 0
            if good and (best is None or abs(j - i) < abs(best[0] - i)):
                best = (j, good)
        if best is not None:
            used.add(best[0])
            sign = -1.0 if w.feature.startswith("NOT_") else 1.0
            out.append((i, best[0], change * best[1] * sign))
    return out


def _stem_feature(w: _Word) -> str:
    """The stem feature of a word: ``S:`` and its stem (``S:NOT_`` … when negated)."""
    return STEM_PREFIX + ("NOT_" if w.feature.startswith("NOT_") else "") + stem(w.text)


def _stemmed(words: Sequence[_Word]) -> list[_Word]:
    """The words that get a stem feature: all but stopwords (negations kept)."""
    stop = _stopwords()
    return [w for w in words if w.text not in stop or w.text in NEGATIONS]


def length_factor(n_words: int, exponent: float) -> float:
    """``(LENGTH_REF / n_words) ** exponent`` (1 when ``exponent`` is 0): how much the
    ``emobank`` model's word evidence counts in a text of ``n_words`` words.

    >>> length_factor(8, 0.5), length_factor(32, 0.5), length_factor(32, 0.0)
    (1.0, 0.5, 1.0)
    """
    return (LENGTH_REF / max(1, n_words)) ** exponent if exponent else 1.0


def features(
    text: str,
    restricted: bool = False,
    vader: bool = True,
    vectors: bool = False,
    length_norm: float = 0.0,
    stems: bool = False,
) -> dict[str, float]:
    """The feature vector (feature name -> value) the classifiers read.

    ``restricted`` keeps only word features that involve a sentiment-bearing
    word (:func:`sentiment_vocabulary`); ``vader`` adds VADER's scores;
    ``vectors`` the word-vector and direction features (:func:`directions`) of the
    ``emobank`` model; ``length_norm`` its length normalisation (:func:`length_factor`);
    ``stems`` a stem feature for each word but stopwords (:func:`stem`).

    >>> f = features("not good", vader=False)
    >>> f["not"], f["NOT_good"], f["not NOT_good"], f["__lex_neg"]
    (1.0, 1.0, 1.0, 1.0)
    >>> features("Profits rose sharply.", vader=False, vectors=True)["__dir"]
    1.0
    >>> sorted(k for k in features("It was not killing.", vader=False, stems=True) if k[:2] == "S:")
    ['S:NOT_kill', 'S:not']
    """
    return _features(text, restricted, vader, vectors, length_norm, stems)[0]


def _features(
    text: str,
    restricted: bool,
    vader: bool,
    vectors: bool = False,
    length_norm: float = 0.0,
    stems: bool = False,
) -> tuple[dict[str, float], list[_Word], VaderReading | None]:
    words = _words(tokens(text))
    vocab = sentiment_vocabulary() if restricted else None
    k = length_factor(len(words), length_norm)
    out: dict[str, float] = {}
    for w in words:
        if vocab is None or w.text in vocab:
            out[w.feature] = out.get(w.feature, 0.0) + w.weight * k
    for a, b in zip(words, words[1:], strict=False):
        if vocab is None or a.text in vocab or b.text in vocab:
            key = f"{a.feature} {b.feature}"
            out[key] = out.get(key, 0.0) + (a.weight + b.weight) / 2 * k
    if stems:
        for w in _stemmed(words):
            key = _stem_feature(w)
            out[key] = out.get(key, 0.0) + w.weight * k
    positive, negative = opinion_lexicon_words()
    lex_pos = lex_neg = 0.0
    for w in words:
        flipped = w.feature.startswith("NOT_")
        if w.text in positive:
            lex_pos, lex_neg = (
                (lex_pos, lex_neg + w.weight) if flipped else (lex_pos + w.weight, lex_neg)
            )
        elif w.text in negative:
            lex_pos, lex_neg = (
                (lex_pos + w.weight, lex_neg) if flipped else (lex_pos, lex_neg + w.weight)
            )
    if lex_pos:
        out["__lex_pos"] = lex_pos * k
    if lex_neg:
        out["__lex_neg"] = lex_neg * k
    reading = None
    if vader:
        reading = vader_reading(text)
        for name, value in (
            ("compound", reading.compound),
            ("pos", reading.pos),
            ("neg", reading.neg),
        ):
            if value:
                out[f"__vader_{name}"] = value
    if vectors:
        out.update(_vector_features(words, k))
        moved = sum(sign * words[i].weight for i, _, sign in directions(words))
        if moved:
            out["__dir"] = moved * k
    return out, words, reading
