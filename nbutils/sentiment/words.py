"""The words a model reads: tokens, negation marking, the lexicons, stems and stopwords.

:func:`tokens` splits a text into lower-cased words and punctuation ("n't" split off).
:func:`_words` marks each word after a negation (``NOT_good``, up to the next punctuation
or "but") and weighs the words around "but" as VADER does. :func:`opinion_lexicon_words`
(Hu & Liu) and :func:`sentiment_vocabulary` say which words bear sentiment; :func:`stem`
pools a word's inflections; :func:`_label` is how a word is shown in an explanation.

>>> [w.feature for w in _words(tokens("It is not good, but fine."))]
['it', 'is', 'not', 'NOT_good', 'fine']

It imports only from :mod:`.vader`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

from nbutils.nltkdata import require
from nbutils.sentiment.vader import vader_analyzer

#: Words that negate what follows them (up to the next punctuation or "but").
NEGATIONS = frozenset(
    """not no never n't nothing nobody none neither nor cannot without
hardly barely scarcely nowhere""".split()
)
_PUNCT = frozenset("!?.,;:")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|n't|[!?.,;:]")


class _Word:
    __slots__ = ("text", "feature", "weight")

    def __init__(self, text: str, feature: str, weight: float) -> None:
        self.text, self.feature, self.weight = text, feature, weight


def tokens(text: str) -> list[str]:
    """Lower-cased word and punctuation tokens; "n't" is split off its verb.

    >>> tokens("They DON'T respect us, but…")
    ['they', 'do', "n't", 'respect', 'us', ',', 'but']
    """
    text = text.lower().replace("’", "'").replace("‘", "'").replace("n't", " n't")
    return _TOKEN.findall(text)


def _words(toks: Sequence[str]) -> list[_Word]:
    """Words with negation marking and "but"-clause weights (punctuation dropped)."""
    but = toks.index("but") if "but" in toks else None
    out: list[_Word] = []
    negated = False
    for j, tok in enumerate(toks):
        if tok in _PUNCT or tok == "but":
            negated = False
            continue
        weight = 1.0 if but is None else (0.5 if j < but else 1.5)
        out.append(_Word(tok, "NOT_" + tok if negated else tok, weight))
        if tok in NEGATIONS:
            negated = True
    return out


@lru_cache(maxsize=1)
def opinion_lexicon_words() -> tuple[frozenset[str], frozenset[str]]:
    """Hu & Liu's opinion lexicon from NLTK's data: (positive words, negative words)."""
    require("opinion_lexicon")
    from nltk.corpus import opinion_lexicon

    return frozenset(opinion_lexicon.positive()), frozenset(opinion_lexicon.negative())


@lru_cache(maxsize=1)
def sentiment_vocabulary() -> frozenset[str]:
    """Sentiment-bearing words: opinion lexicon ∪ VADER's word entries ∪ negations."""
    pos, neg = opinion_lexicon_words()
    vader_words = {w for w in vader_analyzer().lexicon if re.fullmatch(r"[a-z][a-z'-]*", w)}
    return pos | neg | frozenset(vader_words) | NEGATIONS


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Porter's stem of a lower-cased word (NLTK's stemmer: rules, no data).

    >>> [stem(w) for w in ("killed", "killing", "kills", "disappointed", "disappointing")]
    ['kill', 'kill', 'kill', 'disappoint', 'disappoint']
    """
    return _porter().stem(word)


@cache
def _porter():
    from nltk.stem import PorterStemmer

    return PorterStemmer()


def _label(w: _Word) -> str:
    return f"{w.text} (negated)" if w.feature.startswith("NOT_") else w.text


def _label_of(feature: str, by_feature: Mapping[str, str]) -> str:
    text = by_feature.get(feature, feature.removeprefix("NOT_"))
    return f"{text} (negated)" if feature.startswith("NOT_") else text


@cache
def _stopwords() -> frozenset[str]:
    """NLTK's English stopwords: function words get no vector feature."""
    require("stopwords")
    from nltk.corpus import stopwords

    return frozenset(stopwords.words("english"))
