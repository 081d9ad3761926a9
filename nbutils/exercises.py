"""Self-checks for the "Your turn" exercises in the notebooks.

Each exercise is registered with a *solution function* that computes the
expected answer from the article being studied — never a hard-coded value —
so the check is right for any article a reader renders the notebook with.
In a notebook::

    check("01-sentences", my_answer, article)

prints a green tick, or a hint to try again (it returns nothing, so the
cell shows only the message); :func:`is_correct` gives the verdict as a bool.

>>> from nbutils.articles import Article
>>> art = Article("t", "One sentence. Two sentences.")
>>> check("01-sentence-count", 2, art)
✅ Correct! 2 is right.
>>> check("01-sentence-count", 3, art)
❌ Not yet: 3 is not the answer. Hint: count the spans sentence_spans() returns.
>>> is_correct("01-sentence-count", 3, art)
False
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nbutils.articles import Article


@dataclass(frozen=True)
class Exercise:
    """One exercise: its id, a hint, how to compute its answer, how to compare."""

    id: str
    hint: str
    solution: Callable[[Article], Any]
    same: Callable[[Any, Any], bool]


#: Every registered exercise by id ("NN-name", NN the notebook number).
REGISTRY: dict[str, Exercise] = {}


def _equal(answer: Any, expected: Any) -> bool:
    if isinstance(expected, float):
        return isinstance(answer, int | float) and abs(answer - expected) < 1e-6
    if isinstance(expected, set):
        return set(answer) == expected
    return answer == expected


def exercise(id: str, hint: str, same: Callable[[Any, Any], bool] = _equal):
    """Decorator: register ``solution(article) -> expected answer`` under ``id``."""

    def register(solution: Callable[[Article], Any]) -> Callable[[Article], Any]:
        if id in REGISTRY:
            raise ValueError(f"exercise {id!r} is registered twice")
        REGISTRY[id] = Exercise(id, hint, solution, same)
        return solution

    return register


def solution(id: str, article: Article) -> Any:
    """The expected answer of exercise ``id`` for ``article`` (for instructors)."""
    return REGISTRY[id].solution(article)


def _exercise(id: str) -> Exercise:
    if id not in REGISTRY:
        raise KeyError(f"no exercise {id!r}; known: {', '.join(sorted(REGISTRY))}")
    return REGISTRY[id]


def is_correct(id: str, answer: Any, article: Article) -> bool:
    """Whether ``answer`` solves exercise ``id`` for ``article``."""
    ex = _exercise(id)
    return answer is not None and answer is not ... and ex.same(answer, ex.solution(article))


def check(id: str, answer: Any, article: Article) -> None:
    """Print whether ``answer`` solves exercise ``id`` for ``article``, with a hint if not."""
    ex = _exercise(id)
    if answer is None or answer is ...:
        print(f"✏️  Replace the placeholder with your answer. Hint: {ex.hint}")
        return
    shown = repr(answer) if len(repr(answer)) < 60 else repr(answer)[:57] + "..."
    if is_correct(id, answer, article):
        print(f"✅ Correct! {shown} is right.")
    else:
        print(f"❌ Not yet: {shown} is not the answer. Hint: {ex.hint}")


# --- 01 Tokenisation -------------------------------------------------------


@exercise("01-sentence-count", "count the spans sentence_spans() returns.")
def _sentence_count(article: Article) -> int:
    from nbutils.tokenise import sentence_spans

    return len(sentence_spans(article.text))


@exercise("01-content-vocabulary",
          "make a set() of the lowercase alphabetic words without stopwords — "
          "frequencies.word_list(text, drop_stopwords=True) gives them in order.")
def _content_vocabulary(article: Article) -> int:
    from nbutils.frequencies import word_list

    return len(set(word_list(article.text, drop_stopwords=True)))


@exercise("01-split-disagreements",
          "for each chunk of text.split(), does word_tokenize keep it as one token? "
          "tokenisers.segmentations(text, ['split', 'nltk']) gives both cuttings, chunk by chunk.")
def _split_disagreements(article: Article) -> int:
    from nbutils.tokenisers import split_disagreements

    return split_disagreements(article.text)


# --- 04 Corpus overview ----------------------------------------------------
# These solutions receive the notebook's CorpusOverview (nbutils.corpus) in place
# of an article: check("04-…", answer, overview).


def _one_of(answer: Any, expected: set) -> bool:
    """Right when the answer is any of the tied best values."""
    return isinstance(answer, str) and answer in expected


@exercise("04-articles-with-quotes",
          "count the rows of overview.articles whose 'quotes' column is above 0.")
def _articles_with_quotes(overview: Any) -> int:
    return int((overview.articles["quotes"] > 0).sum())


@exercise("04-top-speaker",
          "most_quoted_speakers(overview.quotes) is sorted by quotations, most first: "
          "take the 'speaker' of its first row (a name, as a string).", same=_one_of)
def _top_speaker(overview: Any) -> set:
    counts = overview.quotes["speaker"].dropna().value_counts()
    counts = counts[counts.index != ""]
    return set(counts[counts == counts.max()].index) if len(counts) else set()


@exercise("04-top-verb",
          "reporting_verbs(overview.quotes) gives (verb, count) pairs, most frequent first: "
          "take the verb of the first pair (a string).", same=_one_of)
def _top_verb(overview: Any) -> set:
    from collections import Counter

    counts = Counter(c for c in overview.quotes["cue_lemma"] if isinstance(c, str) and c)
    top = max(counts.values(), default=0)
    return {verb for verb, n in counts.items() if n == top}


# --- 02 Speaker attribution ------------------------------------------------


def _top_speaker_answer(answer: Any, expected: set) -> bool:
    """Right when the answer is any of the tied most-quoted speakers ("" when none)."""
    if not isinstance(answer, str):
        return False
    return answer in expected if expected else answer == ""


@exercise("02-partial-quotes",
          "partial quotes are phrases woven into the writer's sentence: count the rows of "
          "quotes (the quote table) whose 'kind' is 'partial'.")
def _partial_quotes(article: Article) -> int:
    from nbutils.attribution import attribute

    return sum(a.kind == "partial" for a in attribute(article))


@exercise("02-top-speaker",
          "quotes['speaker'].value_counts() counts quotations per canonical speaker, most first: "
          "give the name as a string (\"\" if no quotation has a speaker).",
          same=_top_speaker_answer)
def _most_quoted_speaker(article: Article) -> set:
    from nbutils.attribution import attribute
    from nbutils.views import most_quoted

    return set(most_quoted(attribute(article)))


@exercise("02-pronoun-quotes",
          "the coreference table gives each quote's mention 'type': count the quotations "
          "whose speaker is introduced by a pronoun (he, she, they…).")
def _pronoun_quotes(article: Article) -> int:
    from nbutils.attribution import attribute
    from nbutils.views import mention_type

    return sum(mention_type(a) == "pronoun" for a in attribute(article))


# --- 03 Reaction analysis --------------------------------------------------


@exercise("03-negative-sentences",
          "sentence_scores(article, model='vader') scores every sentence; count the rows whose "
          "'vader' column is below -0.05 (VADER's usual threshold for 'negative').")
def _negative_sentences(article: Article) -> int:
    from nbutils.sentiment import sentence_scores

    return int((sentence_scores(article, model="vader")["vader"] < -0.05).sum())


@exercise("03-most-negative-speaker",
          "sort the scored quote table by 'sentiment' and take the 'speaker' of the lowest "
          "row, as a string (\"\" if the article has no quotation with a speaker).",
          same=_top_speaker_answer)
def _most_negative_speaker(article: Article) -> set:
    from nbutils.reactions import add_sentiment, quote_table

    scored = add_sentiment(quote_table(article))
    scored = scored[scored["speaker"].notna() & (scored["speaker"].astype(str) != "")]
    if scored.empty:
        return set()
    lowest = scored["sentiment"].min()
    return set(scored.loc[scored["sentiment"] == lowest, "speaker"].astype(str))


@exercise("03-narrator-negative",
          "in narrator_reactions(article, quotes) count the reaction words whose 'valence' "
          "is negative (-1): the writer's own words, outside quotations.")
def _narrator_negative(article: Article) -> int:
    from nbutils.reactions import narrator_reactions, quote_table

    found = narrator_reactions(article, quote_table(article))
    return int((found["valence"] < 0).sum()) if len(found) else 0
