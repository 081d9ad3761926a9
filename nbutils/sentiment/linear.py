"""A fitted linear model as plain weights, and how its score is shared out over the words.

:class:`LinearModel` holds the weights of a logistic regression (the ``news`` and
``classifier`` models' components) or of the ``emobank`` ridge regression:
``logit = bias + Σ w·x`` over the :func:`~nbutils.sentiment.features` of a text.
:meth:`LinearModel.contributions` credits each feature's part of the logit to the words it
came from, which :func:`nbutils.sentiment.explain` shows. Weights are stored as JSON
(:meth:`LinearModel.to_json`, :meth:`LinearModel.from_json`), never pickled.

>>> LinearModel("t", {"good": 1.5, "NOT_good": -1.0}, 0.0, True, False).logit("not good")
-1.0

It imports only from :mod:`.settings`, :mod:`.words`, :mod:`.vectors` and :mod:`.featurise`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nbutils.sentiment.featurise import (
    _features,
    _stem_feature,
    _stemmed,
    directions,
    length_factor,
)
from nbutils.sentiment.settings import STEM_PREFIX
from nbutils.sentiment.vectors import _vector_contributions
from nbutils.sentiment.words import _label, _label_of, _Word, opinion_lexicon_words


@dataclass(frozen=True)
class LinearModel:
    """A fitted logistic regression as plain weights: ``logit = bias + Σ w·x``."""

    name: str
    weights: Mapping[str, float]
    bias: float
    restricted: bool
    vader: bool
    vectors: bool = False  #: reads the word vectors (:func:`word_vectors`) and :func:`directions`
    length_norm: float = 0.0  #: exponent of the length normalisation (:func:`length_factor`)
    stems: bool = False  #: reads stem features (:func:`stem`)

    def logit(self, text: str) -> float:
        f = _features(
            text, self.restricted, self.vader, self.vectors, self.length_norm, self.stems
        )[0]
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in f.items())

    def probability(self, text: str) -> float:
        """P(class 1 | text): positive for polarity, subjective for subjectivity."""
        return _sigmoid(self.logit(text))

    def contributions(self, text: str) -> tuple[float, dict[str, float]]:
        """``(logit, {word: contribution to the logit})`` (bias left out).

        A word pair's weight is split between its two words; a lexicon count
        goes to the lexicon words; VADER features go to VADER's valenced words; a
        direction (:func:`directions`) to its change word and its amount, half each; a
        stem feature to the words of that stem, in proportion to their but-weights.
        """
        f, words, reading = _features(
            text, self.restricted, self.vader, self.vectors, self.length_norm, self.stems
        )
        by_feature = {w.feature: w.text for w in words}
        out: dict[str, float] = {}

        def add(word: str, value: float) -> None:
            if value:
                out[word] = out.get(word, 0.0) + value

        positive, negative = opinion_lexicon_words()
        by_stem: dict[str, list[_Word]] | None = None
        vader_total = 0.0
        logit = self.bias
        for k, v in f.items():
            c = self.weights.get(k, 0.0) * v
            logit += c
            if not c:
                continue
            if k.startswith(("__vec", "__ind")):
                continue  # credited below, word by word
            if k == "__dir":
                moves = [(i, j, sign * words[i].weight) for i, j, sign in directions(words)]
                moved = sum(part for _, _, part in moves)
                for i, j, part in moves:
                    add(_label(words[i]), c * part / moved / 2)
                    add(_label(words[j]), c * part / moved / 2)
                continue
            if k.startswith(STEM_PREFIX):
                if by_stem is None:  # built once: linear in the text's length
                    by_stem = {}
                    for w in _stemmed(words):
                        by_stem.setdefault(_stem_feature(w), []).append(w)
                same = by_stem[k]
                mass = sum(w.weight for w in same)
                for w in same:
                    add(_label(w), c * w.weight / mass)
                continue
            if k.startswith("__vader_"):
                vader_total += c
            elif k in ("__lex_pos", "__lex_neg"):
                hits = [w for w in words if w.text in positive or w.text in negative]
                mass = sum(w.weight for w in hits)
                for w in hits:
                    add(_label(w), c * w.weight / mass)
            elif " " in k:
                a, b = k.split(" ", 1)
                add(_label_of(a, by_feature), c / 2)
                add(_label_of(b, by_feature), c / 2)
            else:
                add(_label_of(k, by_feature), c)
        if reading is not None and vader_total:
            labels = {w.text: _label(w) for w in reversed(words)}
            for word, share in reading.shares(vader_total).items():
                add(labels.get(word, word), share)
        if self.vectors:
            factor = length_factor(len(words), self.length_norm)
            for word, share in _vector_contributions(self.weights, words, factor).items():
                add(word, share)
        return logit, out

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "bias": self.bias,
            "restricted": self.restricted,
            "vader": self.vader,
            "vectors": self.vectors,
            "length_norm": self.length_norm,
            "stems": self.stems,
            "weights": dict(self.weights),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearModel:
        return cls(
            str(data["name"]),
            dict(data["weights"]),
            float(data["bias"]),
            bool(data["restricted"]),
            bool(data["vader"]),
            bool(data.get("vectors", False)),
            float(data.get("length_norm", 0.0)),
            bool(data.get("stems", False)),
        )


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
