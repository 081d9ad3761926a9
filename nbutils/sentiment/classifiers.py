"""The ``news`` and ``classifier`` models' parts: logistic regressions trained on NLTK's corpora.

:data:`COMPONENTS` names them (two polarity classifiers and a subjectivity classifier).
:func:`component` returns one: from the cache (:func:`cache_dir`), or trained now
(:func:`train_component`; deterministic, so every machine gets the same weights) and cached.
The cache file's name carries a key (:func:`_cache_key`: :data:`MODEL_VERSION`, the
component's settings, :data:`C_REGULARISATION`, NLTK's version, the tokeniser and the
negations), so weights cached under other settings are retrained, not read.

It imports only from :mod:`.words`, :mod:`.corpora`, :mod:`.featurise` and :mod:`.linear`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from nbutils.sentiment.corpora import training_sentences
from nbutils.sentiment.featurise import _features
from nbutils.sentiment.linear import LinearModel
from nbutils.sentiment.words import _TOKEN, NEGATIONS

#: Bump when features or training change: cached weights are then retrained.
MODEL_VERSION = "1"

#: Regularisation strength of the logistic regressions (chosen on held-out folds).
C_REGULARISATION = 0.5

#: component -> (training corpus, restricted vocabulary, VADER features, intercept)
COMPONENTS: dict[str, tuple[str, bool, bool, bool]] = {
    "polarity-lexical": ("sentence_polarity", True, True, False),
    "polarity-full": ("sentence_polarity", False, True, False),
    "subjectivity": ("subjectivity", False, False, True),
}


def train_linear(
    name: str,
    texts: Sequence[str],
    labels: Sequence[int],
    *,
    restricted: bool,
    vader: bool,
    intercept: bool,
    C: float = C_REGULARISATION,
) -> LinearModel:
    """Fit one logistic regression (liblinear, deterministic) on ``texts``."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [_features(t, restricted, vader)[0] for t in texts]
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform(rows).tocsr()
    X.indices = X.indices.astype(np.int32)  # liblinear wants 32-bit indices
    X.indptr = X.indptr.astype(np.int32)
    clf = LogisticRegression(C=C, solver="liblinear", fit_intercept=intercept, random_state=0)
    clf.fit(X, np.asarray(labels))
    weights = {
        f: round(float(w), 6)
        for f, w in zip(vectorizer.feature_names_, clf.coef_[0], strict=True)
        if abs(w) >= 1e-6
    }
    bias = float(clf.intercept_[0]) if intercept else 0.0
    return LinearModel(name, weights, bias, restricted, vader)


def train_component(component: str) -> LinearModel:
    """Train one of :data:`COMPONENTS` on its full NLTK corpus."""
    corpus, restricted, vader, intercept = COMPONENTS[component]
    texts, labels = training_sentences(corpus)
    return train_linear(
        component, texts, labels, restricted=restricted, vader=vader, intercept=intercept
    )


def cache_dir() -> Path:
    """Where fitted weights are cached: ``$NBUTILS_CACHE_DIR`` if set, else
    ``<venv>/var/cache/nbutils`` (inside the virtual environment, never in the
    repository), else ``~/.cache/nbutils``."""
    env = os.environ.get("NBUTILS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    venv = Path(sys.prefix) / "var" / "cache" / "nbutils"
    if os.access(Path(sys.prefix), os.W_OK) or venv.exists():
        return venv
    return Path.home() / ".cache" / "nbutils"


def _cache_key(component: str) -> str:
    from nltk import __version__ as nltk_version

    parts = [
        MODEL_VERSION,
        component,
        repr(COMPONENTS[component]),
        str(C_REGULARISATION),
        nltk_version,
        _TOKEN.pattern,
        " ".join(sorted(NEGATIONS)),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


@cache
def component(name: str) -> LinearModel:
    """A fitted component, from the cache or trained now (and cached)."""
    if name not in COMPONENTS:
        raise ValueError(f"no model component {name!r}; known: {', '.join(COMPONENTS)}")
    path = cache_dir() / f"sentiment-{name}-{_cache_key(name)}.json"
    if path.is_file():
        try:
            return LinearModel.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, KeyError, TypeError):
            pass  # a damaged cache file: retrain and overwrite it
    model = train_component(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(model.to_json(), sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # read-only environment: keep the model in memory only
    return model
