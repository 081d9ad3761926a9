"""The training data: NLTK's labelled snippets and the human-rated sentences.

:func:`training_sentences` reads NLTK's ``sentence_polarity`` and ``subjectivity`` corpora,
on which the ``news`` and ``classifier`` models' components are trained.
:func:`emobank_sentences` reads EmoBank's valence ratings and :func:`newsmtsc_weak_sentences`
NewsMTSC's sentences as weak labels, for the ``emobank`` model: each a
:class:`RatedSentence` with its split, genre and training weight.

It imports only from :mod:`.settings`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from nbutils.nltkdata import require
from nbutils.sentiment.settings import NEWS_GENRES, NEWS_WEIGHT, WEAK_SPREAD, WEAK_WEIGHT


def training_sentences(corpus: str) -> tuple[list[str], list[int]]:
    """The sentences of an NLTK corpus and their labels (1 = positive/subjective).

    >>> texts, labels = training_sentences("subjectivity")
    >>> len(texts), sum(labels)
    (10000, 5000)
    """
    require(corpus)
    if corpus == "sentence_polarity":
        from nltk.corpus import sentence_polarity as reader

        classes = (("neg", 0), ("pos", 1))
    elif corpus == "subjectivity":
        from nltk.corpus import subjectivity as reader

        classes = (("obj", 0), ("subj", 1))
    else:
        raise ValueError(f"no training corpus {corpus!r}")
    texts: list[str] = []
    labels: list[int] = []
    for category, label in classes:
        for sent in reader.sents(categories=category):
            texts.append(" ".join(sent))
            labels.append(label)
    return texts, labels


class RatedSentence(NamedTuple):
    """A sentence with a human valence rating (EmoBank: mean of 5 raters, 1 … 5)."""

    id: str
    split: str  #: EmoBank's split: train, dev or test ("weak" for NewsMTSC weak labels)
    genre: str  #: EmoBank's category (newspaper, SemEval, blog …) or "newsmtsc"
    valence: float
    text: str
    weight: float  #: training weight


def emobank_sentences(data_dir: str | Path) -> list[RatedSentence]:
    """EmoBank's sentences with valence, split and genre (``emobank/emobank.csv``
    and ``emobank/meta.tsv`` under ``data_dir``); news genres weigh :data:`NEWS_WEIGHT`."""
    import csv

    folder = Path(data_dir) / "emobank"
    with open(folder / "meta.tsv", encoding="utf-8", newline="") as fh:
        genre = {r["id"]: r["category"] for r in csv.DictReader(fh, delimiter="\t")}
    out = []
    with open(folder / "emobank.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            g = genre.get(r["id"], "")
            out.append(
                RatedSentence(
                    r["id"],
                    r["split"],
                    g,
                    float(r["V"]),
                    r["text"],
                    NEWS_WEIGHT if g in NEWS_GENRES else 1.0,
                )
            )
    return out


def newsmtsc_weak_sentences(data_dir: str | Path) -> list[RatedSentence]:
    """NewsMTSC's train sentences as weak valence labels: 3 + :data:`WEAK_SPREAD`
    times the mean polarity of their targets (-1 negative, 0 neutral, +1 positive),
    weighing :data:`WEAK_WEIGHT` each."""
    out = []
    with open(Path(data_dir) / "newsmtsc" / "train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            pols = [(float(t["polarity"]) - 4.0) / 2.0 for t in row["targets"]]
            mean = sum(pols) / len(pols) if pols else 0.0
            out.append(
                RatedSentence(
                    row["primary_gid"],
                    "weak",
                    "newsmtsc",
                    3.0 + WEAK_SPREAD * mean,
                    row["sentence_normalized"],
                    WEAK_WEIGHT,
                )
            )
    return out
