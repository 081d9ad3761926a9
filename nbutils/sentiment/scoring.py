"""The models by name, behind one interface: scores and their explanations.

:data:`MODELS` lists the models and :data:`DEFAULT_MODEL` is the one used when none is named;
a name not in :data:`MODELS` raises :class:`UnknownModel`. :func:`score_text` scores a text,
:func:`explain` says which words pushed its score, :func:`sentence_scores` scores every
sentence of an article; :func:`score_with` builds a model from given components (the
benchmark's refitted ones).

>>> score_text("A good day.", model="vader")
0.4404

It imports only from :mod:`.vader`, :mod:`.words`, :mod:`.names`, :mod:`.linear`,
:mod:`.classifiers` and :mod:`.emobank`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from nbutils.sentiment.classifiers import COMPONENTS, component
from nbutils.sentiment.emobank import emobank_model, emobank_score
from nbutils.sentiment.linear import LinearModel, _sigmoid
from nbutils.sentiment.names import NAME_MASK, mask_names
from nbutils.sentiment.vader import VaderReading, vader_reading
from nbutils.sentiment.words import tokens

if TYPE_CHECKING:
    import pandas as pd

    from nbutils.articles import Article


#: The models :func:`score_text` knows, best first.
MODELS: tuple[str, ...] = ("emobank", "news", "classifier", "vader")
#: The model used when none is named (the best one on our validation).
DEFAULT_MODEL = "emobank"


class UnknownModel(ValueError):
    """A sentiment model name that is not one of :data:`MODELS` (a mistyped ``MODEL``
    parameter): a notebook shows it as one line, like a bad article path."""


def _check_model(model: str) -> str:
    if model not in MODELS:
        raise UnknownModel(f"unknown sentiment model {model!r}; choose one of {', '.join(MODELS)}")
    return model


def _clip(x: float) -> float:
    return max(-1.0, min(1.0, x))


def score_with(text: str, model: str, parts: Mapping[str, LinearModel]) -> float:
    """Score ``text`` with ``model`` built from the given fitted components
    (``parts``: component name -> :class:`LinearModel`). :func:`score_text`
    uses the cached components; the benchmark passes ones fitted on folds."""
    if not tokens(text):
        return 0.0
    if model == "vader":
        return vader_reading(text).compound
    if model == "emobank":
        return emobank_score(parts["emobank"] if "emobank" in parts else emobank_model(), text)
    text = mask_names(text)
    subjective = parts["subjectivity"].probability(text)
    if model == "classifier":
        polarity = 2 * parts["polarity-full"].probability(text) - 1
        return round(_clip(polarity * subjective), 4)
    polarity = 2 * parts["polarity-lexical"].probability(text) - 1
    compound = vader_reading(text).compound
    return round(_clip((0.5 * compound + 0.5 * polarity) * (0.5 + 0.5 * subjective)), 4)


class _Cached(Mapping[str, LinearModel]):
    """The cached components, fitted lazily on first use."""

    def __getitem__(self, name: str) -> LinearModel:
        return emobank_model() if name == "emobank" else component(name)

    def __iter__(self):
        return iter(COMPONENTS)

    def __len__(self) -> int:
        return len(COMPONENTS)


def score_text(text: str, model: str = DEFAULT_MODEL) -> float:
    """The sentiment of ``text`` in ``[-1, 1]`` (0.0 for a text with no words).

    >>> score_text("What a wonderful, happy day!") > score_text("What a horrible, sad day!")
    True
    """
    _check_model(model)
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, got {type(text).__name__}")
    return score_with(text, model, _Cached())


def score_texts(texts: Iterable[str], model: str = DEFAULT_MODEL) -> list[float]:
    """:func:`score_text` for many texts."""
    _check_model(model)
    return [score_text(t, model) for t in texts]


def subjectivity(text: str) -> float:
    """P(subjective) from the subjectivity classifier (0.5 for a text with no words)."""
    return component("subjectivity").probability(mask_names(text)) if tokens(text) else 0.5


def explain(text: str, model: str = DEFAULT_MODEL) -> list[tuple[str, float]]:
    """Which words pushed the score, and by how much: ``[(word, contribution), …]``
    sorted by the size of the contribution (largest first), zeros left out.

    Contributions are in score units and add up to the score (up to
    rounding). A negated word is shown as ``"word (negated)"``. For the
    classifiers, a word's share of the evidence is its share of the polarity
    logit, scaled to the score; the subjectivity factor scales every word alike.

    >>> top = explain("They don't respect the people.", model="classifier")[0]
    >>> top[0], top[1] < 0
    ('respect (negated)', True)

    A name masked before scoring (:func:`mask_names`) shows as ``(a name)``:

    >>> any("xname" in w for w, _ in explain("It looks like Washington supports Russia."))
    False
    """
    _check_model(model)
    if not tokens(text):
        return []
    if model == "vader":
        reading = VaderReading(text)
        parts = reading.shares(reading.compound)
    elif model == "emobank":
        regression = emobank_model()
        logit, contribs = regression.contributions(mask_names(text))
        evidence = logit - regression.bias
        score = emobank_score(regression, text)
        scale = score / evidence if evidence else 0.0
        parts = {w: c * scale for w, c in contribs.items()}
    else:
        text = mask_names(text)
        subjective = component("subjectivity").probability(text)
        name = "polarity-full" if model == "classifier" else "polarity-lexical"
        logit, contribs = component(name).contributions(text)
        polarity = 2 * _sigmoid(logit) - 1
        scale = polarity / logit if logit else 0.5
        if model == "classifier":
            factor, parts = subjective, {}
            for w, c in contribs.items():
                parts[w] = c * scale * factor
        else:
            factor = 0.5 + 0.5 * subjective
            parts = {w: 0.5 * c * scale * factor for w, c in contribs.items()}
            reading = VaderReading(text)
            for w, c in reading.shares(reading.compound).items():
                key = w if w in parts or f"{w} (negated)" not in parts else f"{w} (negated)"
                parts[key] = parts.get(key, 0.0) + 0.5 * c * factor
    masked = NAME_MASK.lower()  # a masked name is shown as what it stands for
    ranked = [(w.replace(masked, "(a name)"), round(c, 4)) for w, c in parts.items() if round(c, 4)]
    return sorted(ranked, key=lambda wc: (-abs(wc[1]), wc[0]))


def sentence_scores(article: Article | str, model: str = DEFAULT_MODEL) -> pd.DataFrame:
    """Sentiment of every sentence, in order: ``sentence`` (its number, from 1: the
    headline is sentence 1, as readers count),
    ``start``, ``end``, ``text``, ``score`` (the chosen model) and ``vader``.

    >>> sentence_scores("A good day. A bad day.", model="vader")["score"].tolist()
    [0.4404, -0.5423]
    """
    import pandas as pd

    from nbutils.tokenise import sentence_spans

    text = article if isinstance(article, str) else article.text
    rows = []
    for i, (s, e) in enumerate(sentence_spans(text), start=1):
        sentence = text[s:e]
        rows.append(
            {
                "sentence": i,
                "start": s,
                "end": e,
                "text": sentence,
                "score": score_text(sentence, model),
                "vader": VaderReading(sentence).compound if tokens(sentence) else 0.0,
            }
        )
    return pd.DataFrame(rows, columns=["sentence", "start", "end", "text", "score", "vader"])
