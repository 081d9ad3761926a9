"""NLTK's VADER, read word by word: the ``vader`` model, and features of the trained ones.

VADER (Hutto & Gilbert 2014) scores a text from a lexicon of human-rated words and a few
rules (negation, boosters such as "very", "but", capitals, "!"). :class:`VaderReading` runs
VADER's scoring loop itself so that each word's valence is kept (:meth:`VaderReading.shares`
splits a score over the words, which is how :func:`nbutils.sentiment.explain` explains VADER),
and reads the words as :func:`vader_words` splits them: with quotation and punctuation marks
stripped, so ``peace,"`` counts. :func:`vader_reading` remembers the readings it made.

>>> vader_reading("A good day.").compound
0.4404

It imports nothing from the package.
"""

from __future__ import annotations

import math
from functools import lru_cache

from nbutils.nltkdata import require


@lru_cache(maxsize=1)
def vader_analyzer():
    """NLTK's VADER analyser, loaded once."""
    require("vader_lexicon")
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


#: Marks stripped from both ends of a word before VADER reads it.
_GLUED = "\"'“”‘’«»„.,;:!?()[]{}…—–-*"


def vader_words(text: str) -> list[str]:
    """The words VADER reads in ``text``: whitespace-separated, with every
    quotation mark and punctuation mark glued to either end stripped (NLTK's
    VADER strips one at most: ``peace,"`` stays ``peace,"``, unknown to its
    lexicon). Tokens without a letter or digit (emoticons such as ``:)``)
    are kept as written; one-character tokens are dropped, as VADER does.

    >>> vader_words('"We want peace," he said. :) (Really!)')
    ['We', 'want', 'peace', 'he', 'said', ':)', 'Really']
    """
    out: list[str] = []
    for raw in text.split():
        if len(raw) <= 1:
            continue
        word = raw.strip(_GLUED) if any(c.isalnum() for c in raw) else raw
        if word:
            out.append(word)
    return out


@lru_cache(maxsize=50_000)
def vader_reading(text: str) -> VaderReading:
    """:class:`VaderReading` of ``text``, memoised (training and the news model
    read the same texts more than once)."""
    return VaderReading(text)


class VaderReading:
    """VADER's per-word valences for a text, and its scores.

    A curly apostrophe is read as a straight one first: VADER's negation
    rule looks for ``n't``, so without this *don’t* (typeset) would not
    negate while *don't* (typed) would. And VADER reads words as
    :func:`vader_words` splits them: NLTK's VADER strips only *one* mark
    glued to a word, so in ``We want peace,"`` the word ``peace,"`` is not
    found in its lexicon and scores nothing.

    >>> VaderReading("They don’t respect us.").compound == VaderReading(
    ...     "They don't respect us.").compound < 0
    True
    >>> VaderReading('We want peace," he said.').compound == VaderReading(
    ...     "We want peace, he said.").compound > 0
    True
    """

    __slots__ = ("words", "valences", "compound", "pos", "neg")

    def __init__(self, text: str) -> None:
        from nltk.sentiment.vader import SentiText

        text = text.replace("\u2019", "'")
        sia = vader_analyzer()
        # SentiText's own constructor splits the words its way (and builds a table of every
        # word × punctuation mark to do it): skipped, its words are set here instead
        st = SentiText.__new__(SentiText)
        st.text, st.PUNC_LIST = text, sia.constants.PUNC_LIST
        st.REGEX_REMOVE_PUNCTUATION = sia.constants.REGEX_REMOVE_PUNCTUATION
        st.words_and_emoticons = words = vader_words(text)
        st.is_cap_diff = st.allcap_differential(words)
        first: dict[str, int] = {}
        for idx, w in enumerate(words):
            first.setdefault(w, idx)
        sentiments: list[float] = []
        for item in words:  # exactly SentimentIntensityAnalyzer.polarity_scores
            i = first[item]
            if (
                i < len(words) - 1 and item.lower() == "kind" and words[i + 1].lower() == "of"
            ) or item.lower() in sia.constants.BOOSTER_DICT:
                sentiments.append(0)
                continue
            sentiments = sia.sentiment_valence(0, st, item, i, sentiments)
        sentiments = sia._but_check(words, sentiments)
        scores = sia.score_valence(sentiments, text)
        self.words = list(words)
        self.valences = [float(s) for s in sentiments]
        self.compound = float(scores["compound"])
        self.pos = float(scores["pos"])
        self.neg = float(scores["neg"])

    def shares(self, total: float) -> dict[str, float]:
        """Split ``total`` over the words in proportion to their valence."""
        out: dict[str, float] = {}
        if total == 0:
            return out
        signed = sum(self.valences)
        if signed and math.copysign(1, signed) == math.copysign(1, total):
            weights = [v / signed for v in self.valences]
        else:
            mass = sum(abs(v) for v in self.valences)
            if not mass:
                return out
            weights = [abs(v) / mass for v in self.valences]
        for w, share in zip(self.words, weights, strict=True):
            if share:
                key = w.lower()
                out[key] = out.get(key, 0.0) + total * share
        return out
