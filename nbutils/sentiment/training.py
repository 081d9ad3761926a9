"""Training and validating the ``emobank`` model (``python -m nbutils train``).

:func:`train_emobank` cross-validates the model on EmoBank's train and dev splits grouped by
document (:func:`cross_validate_emobank`: the figures its settings were chosen on), fits it
without the test split and reports it there against the other models (:func:`validate_emobank`),
then fits it on everything and writes the weights with both sets of figures.
:func:`train_report` says how it went; :func:`shipped_validation` reads the figures back.

It imports only from :mod:`.settings`, :mod:`.corpora`, :mod:`.vectors`, :mod:`.linear`,
:mod:`.emobank` and :mod:`.scoring`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from nbutils.sentiment.corpora import RatedSentence, emobank_sentences, newsmtsc_weak_sentences
from nbutils.sentiment.emobank import emobank_model, emobank_score, fit_emobank
from nbutils.sentiment.linear import LinearModel
from nbutils.sentiment.scoring import score_text
from nbutils.sentiment.settings import (
    DENSE_SCALE,
    EMOBANK_SCALE,
    EMOBANK_WEIGHTS,
    NEWS_GENRES,
    NEWS_WEIGHT,
    RIDGE_ALPHA,
    WEAK_WEIGHT,
)
from nbutils.sentiment.vectors import VECTOR_DIM, VECTORS_PATH, write_word_vectors

if TYPE_CHECKING:
    import pandas as pd


class SentimentValidation(NamedTuple):
    """Pearson r of models against EmoBank's held-out test ratings."""

    model: str
    r_all: float  #: on all of EmoBank's test split
    r_news: float  #: on its newspaper and news-headline sentences only
    n_all: int
    n_news: int


def validate_emobank(
    model: LinearModel,
    sentences: Sequence[RatedSentence],
    baselines: Sequence[str] = ("news", "vader"),
) -> list[SentimentValidation]:
    """Pearson r of ``model`` and the ``baselines`` on EmoBank's test split
    (all genres, and news genres only)."""
    from scipy.stats import pearsonr

    test = [r for r in sentences if r.split == "test"]
    news = [i for i, r in enumerate(test) if r.genre in NEWS_GENRES]
    truth = [r.valence for r in test]
    out = []
    for name in ("emobank", *baselines):
        scores = [
            emobank_score(model, r.text) if name == "emobank" else score_text(r.text, name)
            for r in test
        ]
        r_all = float(pearsonr(scores, truth)[0])
        r_news = float(pearsonr([scores[i] for i in news], [truth[i] for i in news])[0])
        out.append(
            SentimentValidation(name, round(r_all, 4), round(r_news, 4), len(test), len(news))
        )
    return out


class CrossValidation(NamedTuple):
    """Pearson r of the ``emobank`` model under grouped cross-validation on EmoBank's
    train+dev splits: the figures its settings were chosen on (never on the test split)."""

    r_all: float
    r_news: float
    folds: int
    n_all: int
    n_news: int
    #: on the newspaper genre alone: news sentences, no headlines (the closest to the
    #: project's held-out news sentences)
    r_newspaper: float = float("nan")
    n_newspaper: int = 0


def cross_validate_emobank(
    rated: Sequence[RatedSentence],
    weak: Sequence[RatedSentence] = (),
    folds: int = 5,
    alpha: float = RIDGE_ALPHA,
) -> CrossValidation:
    """k-fold cross-validation on EmoBank's train and dev sentences, grouped by document
    (no document in a training and a test fold at once); the weak sentences (NewsMTSC)
    join every training fold. Pearson r of the scores with the ratings, all genres and
    news genres. EmoBank's test split is not read."""
    import numpy as np
    from scipy.stats import pearsonr
    from sklearn.model_selection import GroupKFold

    pool = [r for r in rated if r.split != "test"]
    groups = [r.id.rsplit("_", 2)[0] for r in pool]  # the document: the id less two parts
    scores = np.zeros(len(pool))
    for train_idx, test_idx in GroupKFold(n_splits=folds).split(pool, groups=groups):
        fitted = fit_emobank([pool[i] for i in train_idx] + list(weak), alpha)
        for i in test_idx:
            scores[i] = emobank_score(fitted, pool[i].text)
    truth = np.array([r.valence for r in pool])
    news = np.array([r.genre in NEWS_GENRES for r in pool])
    paper = np.array([r.genre == "newspaper" for r in pool])
    return CrossValidation(
        round(float(pearsonr(scores, truth)[0]), 4),
        round(float(pearsonr(scores[news], truth[news])[0]), 4),
        folds,
        len(pool),
        int(news.sum()),
        round(float(pearsonr(scores[paper], truth[paper])[0]), 4)
        if paper.sum() > 2
        else float("nan"),
        int(paper.sum()),
    )


def train_emobank(
    data_dir: str | Path, output: str | Path | None = EMOBANK_WEIGHTS, cv_folds: int = 5
) -> tuple[LinearModel, list[SentimentValidation]]:
    """Cross-validate the ``emobank`` model on EmoBank's train+dev splits grouped by
    document (:func:`cross_validate_emobank`: the figures its settings were chosen on),
    train it on train+dev (and NewsMTSC's train sentences as weak labels when
    :data:`WEAK_WEIGHT` > 0), report it on EmoBank's test split, refit on everything,
    and write the weights (with both sets of figures) to ``output``."""
    rated = emobank_sentences(data_dir)
    weak = newsmtsc_weak_sentences(data_dir) if WEAK_WEIGHT > 0 else []
    folds = cross_validate_emobank(rated, weak, folds=cv_folds)
    held_out = fit_emobank([r for r in rated if r.split != "test"] + weak)
    figures = validate_emobank(held_out, rated)
    meta = {
        "trained_on": "EmoBank (all splits; news genres weighted "
        f"{NEWS_WEIGHT:g})"
        + (f" + NewsMTSC train sentences as weak labels (weight {WEAK_WEIGHT:g})" if weak else ""),
        "licence": "CC BY-SA 4.0 (derived from EmoBank; NewsMTSC weak labels: MIT)",
        "scale": EMOBANK_SCALE,
        "alpha": RIDGE_ALPHA,
        "dense_scale": DENSE_SCALE,
        "validation": [v._asdict() for v in figures],
        "validation_note": "fitted without EmoBank's test split, scored on it",
        "cross_validation": folds._asdict(),
        "cross_validation_note": f"{cv_folds}-fold CV on EmoBank train+dev grouped by "
        "document (NewsMTSC weak labels in every training fold): the figures settings "
        "were chosen on",
    }
    final = fit_emobank(rated + weak)
    if output is not None:
        _write_json_atomically(Path(output), {**final.to_json(), "meta": meta})
    return final, figures


def train_report(
    data_dir: str | Path,
    output: str | Path | None = EMOBANK_WEIGHTS,
    vectors_from: str | Path | None = None,
    vectors_output: str | Path = VECTORS_PATH,
) -> str:
    """Train the ``emobank`` model (:func:`train_emobank`) and say how it validated; with
    ``vectors_from`` (the npm tarball, :data:`PRETRAINED_PACKAGE`) prune the word vectors
    again first (:func:`write_word_vectors`), else read the shipped ones."""
    vectors = ""
    if vectors_from is not None:
        n = write_word_vectors(vectors_from, data_dir, vectors_output)
        vectors = f"word vectors: {n} words × {VECTOR_DIM} dimensions -> {vectors_output}\n"
    model, figures = train_emobank(data_dir, output)
    emobank_model.cache_clear()
    cv = (
        json.loads(Path(output).read_text(encoding="utf-8"))["meta"]["cross_validation"]
        if output
        else None
    )
    lines = [
        vectors + f"sentiment (emobank): {len(model.weights)} weights -> {output}",
        "  Pearson r with EmoBank's test ratings (model fitted without them):",
        f"  {'model':<10} {'all':>6} {'news':>6}",
    ]
    lines += [f"  {v.model:<10} {v.r_all:>6.3f} {v.r_news:>6.3f}" for v in figures]
    lines.append(
        f"  (all: n={figures[0].n_all}; news = newspaper + headlines: n={figures[0].n_news})"
    )
    if cv:
        lines.append(
            f"  {cv['folds']}-fold CV on EmoBank train+dev grouped by document (settings "
            f"chosen on it): r all {cv['r_all']:.3f}, news {cv['r_news']:.3f} "
            f"(newspaper sentences alone {cv.get('r_newspaper', float('nan')):.3f})"
        )
    return "\n".join(lines)


def shipped_validation() -> pd.DataFrame:
    """The validation figures stored with the shipped ``emobank`` weights: one
    row per model, Pearson r with EmoBank's test-split ratings on all genres
    and on the news genres, with n — read from the file, never typed."""
    import pandas as pd

    data = json.loads(EMOBANK_WEIGHTS.read_text(encoding="utf-8"))
    table = pd.DataFrame(data["meta"]["validation"])
    return table.rename(
        columns={
            "r_all": "r (all genres)",
            "r_news": "r (news genres)",
            "n_all": "n (all)",
            "n_news": "n (news)",
        }
    ).set_index("model")


def _write_json_atomically(path: Path, data: Mapping[str, Any]) -> None:
    from nbutils.outputs import atomic_output

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path) as (_, fh):
        fh.write(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n")
