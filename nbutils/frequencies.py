"""Word frequencies, stopwords, dispersion and collocations of one article.

Counting words is the oldest text statistic, and every choice changes the
answer. Here a *word* is a token from :func:`nbutils.tokenise.word_tokens`,
lowercased, kept only if it is alphabetic — so ``"U.S."``, ``"full-scale"``,
``"'s"``, numbers and punctuation are not counted (the notebook shows what
that costs). The most frequent words of any English text are *stopwords* —
``the``, ``of``, ``to`` — so counts are shown with and without NLTK's English
stopword list.

*Collocations* are word pairs that occur together more often than their
separate frequencies predict ("White House", "durable peace"). NLTK's
:class:`~nltk.collocations.BigramCollocationFinder` scores them — by
log-likelihood ratio (reliable on small counts) or pointwise mutual
information (PMI, which over-rewards rare pairs, hence a frequency filter).
Pairs never cross a sentence boundary, and pairs with a stopword are dropped.

>>> text = "The cat sat. The cat sat down. A dog ran."
>>> top_words(text, 2)
[('the', 2), ('cat', 2)]
>>> top_words(text, 2, drop_stopwords=True)
[('cat', 2), ('sat', 2)]
>>> collocations(text, min_count=2)["bigram"].tolist()
['cat sat']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from nbutils.nltkdata import require
from nbutils.tokenise import Token, sentence_spans, word_tokens

if TYPE_CHECKING:
    import pandas as pd

#: Association measures :func:`collocations` accepts (NLTK's names).
MEASURES = ("likelihood_ratio", "pmi", "chi_sq", "student_t", "raw_freq")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """NLTK's English stopwords (lowercase), with curly-apostrophe spellings too.

    >>> {"the", "of", "don’t"} <= stopwords()
    True
    """
    require("stopwords")
    from nltk.corpus import stopwords as corpus

    words = set(corpus.words("english"))
    return frozenset(words | {w.replace("'", "’") for w in words})


def is_word(token: str) -> bool:
    """A countable word: alphabetic (letters only, any script).

    >>> [is_word(t) for t in ["Rutte", "U.S.", "full-scale", "'s", "2025", "Kyiv"]]
    [True, False, False, False, False, True]
    """
    return token.isalpha()


def word_list(text: str, drop_stopwords: bool = False) -> list[str]:
    """The lowercase alphabetic words of ``text`` in order (optionally without stopwords)."""
    stop = stopwords() if drop_stopwords else frozenset()
    return [w for t in word_tokens(text) if is_word(t.text) and (w := t.text.lower()) not in stop]


def top_words(text: str, n: int = 15, drop_stopwords: bool = False) -> list[tuple[str, int]]:
    """The ``n`` most frequent words; ties keep the order of first appearance."""
    return Counter(word_list(text, drop_stopwords)).most_common(n)


def frequency_table(text: str, n: int = 10) -> pd.DataFrame:
    """The top ``n`` words with and without stopwords, side by side by rank.

    Two column groups, ``all words`` and ``without stopwords``, each with
    ``word`` and ``count``; a shorter list is padded with blanks.

    >>> table = frequency_table("The cat sat. The cat ran.", 2)
    >>> table["all words"].values.tolist(), table["without stopwords"]["word"].tolist()
    ([['the', 2], ['cat', 2]], ['cat', 'sat'])
    """
    import pandas as pd

    both = {
        "all words": top_words(text, n),
        "without stopwords": top_words(text, n, drop_stopwords=True),
    }
    rows = max(map(len, both.values()))
    index = pd.RangeIndex(1, rows + 1, name="rank")
    return pd.concat(
        {
            name: pd.DataFrame(
                {
                    "word": [w for w, _ in pairs] + [""] * (rows - len(pairs)),
                    "count": pd.array(
                        [c for _, c in pairs] + [None] * (rows - len(pairs)), dtype="Int64"
                    ),
                },
                index=index,
            )
            for name, pairs in both.items()
        },
        axis=1,
    )


def stopword_share(text: str) -> float:
    """The fraction of the article's words that are stopwords (0.0 for no words).

    >>> stopword_share("The cat sat on the mat")
    0.5
    """
    words = word_list(text)
    return sum(w in stopwords() for w in words) / len(words) if words else 0.0


def dispersion(
    text: str, words: Iterable[str], case_sensitive: bool = False
) -> dict[str, list[int]]:
    """Where each of ``words`` occurs: the character offsets of its tokens.

    Matching ignores case unless ``case_sensitive`` (use it for names: "US"
    the country is not "us"); keys are the words as given.

    >>> dispersion("Ukraine and the US. ukraine!", ["ukraine", "us", "nato"])
    {'ukraine': [0, 20], 'us': [16], 'nato': []}
    >>> dispersion("Ukraine helps us. The US.", ["US"], case_sensitive=True)
    {'US': [22]}
    """

    def key(w: str) -> str:
        return w if case_sensitive else w.lower()

    words = list(words)
    found: dict[str, list[int]] = {key(w): [] for w in words}
    for t in word_tokens(text):
        offsets = found.get(key(t.text))
        if offsets is not None:
            offsets.append(t.start)
    return {w: found[key(w)] for w in words}


def _sentence_words(text: str) -> list[list[str]]:
    """Each sentence's tokens, lowercased, non-words replaced by ``None``.

    Keeping the placeholders means a pair is never formed across a removed
    token ("U.S. administration" does not become a pair "the administration").
    """
    out: list[list[str]] = []
    for span in sentence_spans(text):
        tokens: list[Token] = word_tokens(text, [span])
        out.append([t.text.lower() if is_word(t.text) else "" for t in tokens])
    return out


def collocations(
    text: str, n: int = 10, measure: str = "likelihood_ratio", min_count: int = 2
) -> pd.DataFrame:
    """The ``n`` best-scoring word pairs occurring at least ``min_count`` times.

    ``min_count=2`` suits a single news article (a pair seen once tells
    nothing); lower it to 1 for a very short text, raise it for a corpus.
    Pairs containing a stopword or a non-word are dropped. Returns a DataFrame
    with columns ``bigram``, ``count`` and ``score`` (empty when no pair
    qualifies).
    """
    import pandas as pd
    from nltk.collocations import BigramCollocationFinder
    from nltk.metrics import BigramAssocMeasures

    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count}")
    finder = BigramCollocationFinder.from_documents(_sentence_words(text))
    stop = stopwords()
    finder.apply_word_filter(lambda w: not w or w in stop)
    finder.apply_freq_filter(min_count)
    scored = finder.score_ngrams(getattr(BigramAssocMeasures, measure))[:n]
    return pd.DataFrame(
        [
            {"bigram": f"{a} {b}", "count": finder.ngram_fd[(a, b)], "score": round(score, 2)}
            for (a, b), score in scored
        ],
        columns=["bigram", "count", "score"],
    )


def collocation_table(
    text: str,
    n: int = 10,
    min_count: int = 2,
    measures: tuple[str, ...] = ("likelihood_ratio", "pmi"),
) -> pd.DataFrame:
    """The top ``n`` collocations under several measures, side by side by rank.

    Columns are grouped by measure (``bigram``, ``count``, ``score`` under
    each); empty when no pair occurs ``min_count`` times.

    >>> collocation_table("Durable peace. Durable peace now.", min_count=2).shape
    (1, 6)
    """
    import pandas as pd

    tables = {}
    for measure in measures:
        table = collocations(text, n, measure, min_count)
        tables[measure] = table.set_axis(pd.RangeIndex(1, len(table) + 1, name="rank"))
    return pd.concat(tables, axis=1)
