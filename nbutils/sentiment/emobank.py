"""The ``emobank`` model: a ridge regression of human valence ratings.

:func:`fit_emobank` fits it on rated sentences (its settings are in :mod:`.settings`;
:func:`column_scale` says how much less each feature is penalised); :func:`emobank_score`
turns the predicted valence into a score in ``[-1, 1]``, 0 for a text with no evidence;
:func:`emobank_model` loads the shipped weights.

>>> column_scale("the"), column_scale("good")
(1.0, 2.5)

It imports only from :mod:`.settings`, :mod:`.words`, :mod:`.names`, :mod:`.corpora`,
:mod:`.featurise` and :mod:`.linear`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache

from nbutils.sentiment.corpora import RatedSentence
from nbutils.sentiment.featurise import features
from nbutils.sentiment.linear import LinearModel
from nbutils.sentiment.names import mask_names
from nbutils.sentiment.settings import (
    DENSE_SCALE,
    EMOBANK_SCALE,
    EMOBANK_WEIGHTS,
    LENGTH_NORM,
    LEXICON_WORD_SCALE,
    MIN_COUNT,
    RIDGE_ALPHA,
    STEM_PREFIX,
)
from nbutils.sentiment.words import sentiment_vocabulary, tokens


def column_scale(feature: str) -> float:
    """How much less than a plain word ``feature`` is penalised in the ``emobank``
    regression (its column is multiplied by this while fitting): the prefix's factor in
    :data:`DENSE_SCALE` (1 for a word or word pair), times :data:`LEXICON_WORD_SCALE` for a
    word, word pair or stem feature in which a sentiment-bearing word takes part.

    >>> column_scale("__vader_compound"), column_scale("the"), column_scale("the NOT_good")
    (6.0, 1.0, 2.5)
    >>> column_scale("S:kill")
    3.75
    """
    factor = next((k for p, k in DENSE_SCALE.items() if feature.startswith(p)), 1.0)
    if feature.startswith("__"):
        return factor
    vocabulary = sentiment_vocabulary()
    parts = feature.removeprefix(STEM_PREFIX).split(" ")
    if any(part.removeprefix("NOT_") in vocabulary for part in parts):
        factor *= LEXICON_WORD_SCALE
    return factor


def fit_emobank(sentences: Sequence[RatedSentence], alpha: float = RIDGE_ALPHA) -> LinearModel:
    """Fit the ``emobank`` valence regression (ridge, closed form: deterministic)
    on ``sentences``; word features seen fewer than :data:`MIN_COUNT` times are dropped."""
    import numpy as np
    from scipy.sparse import diags
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import Ridge

    rows = [
        features(mask_names(r.text), vectors=True, length_norm=LENGTH_NORM, stems=True)
        for r in sentences
    ]
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform(rows).tocsr()
    seen = np.asarray((X != 0).sum(axis=0)).ravel()
    scale = np.array([column_scale(f) for f in vectorizer.feature_names_])
    X = (X @ diags(scale)).tocsr()
    reg = Ridge(alpha=alpha, solver="auto")
    reg.fit(
        X,
        np.array([r.valence for r in sentences]),
        sample_weight=np.array([r.weight for r in sentences]),
    )
    # every feature takes part in the fit (a word seen once soaks up its sentence's
    # peculiarity); only those seen MIN_COUNT times are kept
    weights = {
        f: round(float(w), 5)
        for f, w, n in zip(vectorizer.feature_names_, reg.coef_ * scale, seen, strict=True)
        if abs(w) >= 1e-5 and n >= MIN_COUNT
    }
    return LinearModel(
        "emobank", weights, round(float(reg.intercept_), 5), False, True, True, LENGTH_NORM, True
    )


def emobank_score(model: LinearModel, text: str) -> float:
    """The ``emobank`` score of ``text`` under ``model``: tanh(:data:`EMOBANK_SCALE`
    · (predicted valence - intercept)); 0 for a text with no evidence."""
    if not tokens(text):
        return 0.0
    return round(math.tanh(EMOBANK_SCALE * (model.logit(mask_names(text)) - model.bias)), 4)


@cache
def emobank_model() -> LinearModel:
    """The shipped ``emobank`` model (``nbutils/resources/sentiment-emobank.json``)."""
    try:
        data = json.loads(EMOBANK_WEIGHTS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{EMOBANK_WEIGHTS}: the emobank weights are missing; run `python -m nbutils train`"
        ) from None
    return LinearModel.from_json(data)
