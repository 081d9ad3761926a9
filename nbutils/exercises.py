"""Exercises: self-checks, hints on request and solutions for the "Your turn" sections.

Each lesson has at least five exercises, graded from a warm-up look-up to an
open question about the article. Every expected answer is *computed* from the
article (or corpus) being studied — never typed — so the checks are right for
any text a reader renders the notebook with. In a notebook::

    exercises.start("02", article)      # once, at the top of "Your turn"
    answer = ...                        # the student's code
    exercises.check(1, answer)          # ✅, or ❌ and "ask for a hint"
    exercises.hint(1)                   # the hint, only when asked
    exercises.solution(1)               # the solution code and the answer

Hints and solutions only use names the notebook has defined (a test checks
it, and another runs every notebook with the solutions filled in). An open
question accepts any answer of a few sentences; its "solution" is a model
answer built from this article's figures.

The older id-based calls still work (``check("01-sentence-count", answer,
article)``, ``is_correct(…)``; ``solution(id, article)`` *returns* the
expected value — for tests and instructors).

>>> from nbutils.articles import Article
>>> art = Article("t", "One sentence. Two sentences.")
>>> start("01", art)
>>> check(1, 2)
✅ Correct! 2 is right.
>>> check(1, 3)
❌ Not yet: 3 is not the answer. Hint on request: exercises.hint(1)
>>> hint(1)
💡 Hint 1: `sentences` (section 1) has one row per sentence: count its rows with len().
>>> solution("01-sentence-count", art), is_correct("01-sentence-count", 3, art)
(2, False)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from nbutils.articles import Article
from nbutils.parameters import NotebookInputError

#: Fewest words an answer to an open question should have.
OPEN_ANSWER_WORDS = 20


@dataclass(frozen=True)
class Exercise:
    """One exercise: lesson and number, hint, solution code, how to compute and compare."""

    lesson: str
    number: int
    id: str
    hint: str
    code: str
    expected: Callable[[Any], Any]
    same: Callable[[Any, Any], bool]
    open: bool = False


#: Every registered exercise by id ("NN-name", NN the notebook number).
REGISTRY: dict[str, Exercise] = {}
#: The exercises of each lesson, in order (exercise n is ``LESSONS[lesson][n - 1]``).
LESSONS: dict[str, list[Exercise]] = {}
_current: dict[str, Any] = {"lesson": None, "subject": None}


def _equal(answer: Any, expected: Any) -> bool:
    if isinstance(expected, float):
        return isinstance(answer, int | float) and abs(answer - expected) < 1e-6
    if isinstance(expected, set):
        return set(answer) == expected
    try:
        return bool(answer == expected)
    except (TypeError, ValueError):
        return False


def _close(tolerance: float) -> Callable[[Any, Any], bool]:
    def same(answer: Any, expected: Any) -> bool:
        return isinstance(answer, int | float) and abs(float(answer) - expected) <= tolerance

    return same


def _thoughtful(answer: Any, _expected: Any) -> bool:
    return isinstance(answer, str) and len(answer.split()) >= OPEN_ANSWER_WORDS


def exercise(
    id: str,
    hint: str,
    code: str = "",
    same: Callable[[Any, Any], bool] = _equal,
    open: bool = False,
):
    """Decorator: register ``expected(subject) -> answer`` as the next exercise of
    lesson ``id[:2]``, with its hint and solution code."""

    def register(expected: Callable[[Any], Any]) -> Callable[[Any], Any]:
        if id in REGISTRY:
            raise ValueError(f"exercise {id!r} is registered twice")
        lesson = id[:2]
        number = len(LESSONS.setdefault(lesson, [])) + 1
        ex = Exercise(lesson, number, id, hint, code, expected, _thoughtful if open else same, open)
        REGISTRY[id] = ex
        LESSONS[lesson].append(ex)
        return expected

    return register


class ExerciseError(NotebookInputError, KeyError):
    """An exercise the lesson does not have, or a check before ``exercises.start``: one
    line in the notebook, not a traceback (a ``KeyError`` too, as it always was)."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


def start(lesson: str, subject: Any) -> None:
    """Make ``lesson``'s exercises the current ones, checked against ``subject``
    (the notebook's article, or its corpus overview in notebook 04)."""
    if lesson not in LESSONS:
        raise ExerciseError(f"no exercises for lesson {lesson!r}; known: {', '.join(LESSONS)}")
    _current.update(lesson=lesson, subject=subject)


def _exercise(key: int | str) -> Exercise:
    if isinstance(key, str):
        if key not in REGISTRY:
            raise ExerciseError(f"no exercise {key!r}; known: {', '.join(sorted(REGISTRY))}")
        return REGISTRY[key]
    lesson = _current["lesson"]
    if lesson is None:
        raise ExerciseError(
            "no lesson started: run the cell with exercises.start(…) at the top of "
            "'Your turn' first"
        )
    exercises = LESSONS[lesson]
    if isinstance(key, bool) or not isinstance(key, int) or not 1 <= key <= len(exercises):
        raise ExerciseError(f"lesson {lesson} has exercises 1 to {len(exercises)}, not {key!r}")
    return exercises[key - 1]


def _subject(subject: Any) -> Any:
    return _current["subject"] if subject is None else subject


def expected(key: int | str, subject: Any = None) -> Any:
    """The expected answer of an exercise (for an open question: a model answer)."""
    return _exercise(key).expected(_subject(subject))


def is_correct(key: int | str, answer: Any, subject: Any = None) -> bool:
    """Whether ``answer`` solves the exercise for the subject."""
    ex = _exercise(key)
    if answer is None or answer is ...:
        return False
    return ex.same(answer, None if ex.open else ex.expected(_subject(subject)))


def check(key: int | str, answer: Any, subject: Any = None) -> None:
    """Print whether ``answer`` solves the exercise — without giving the hint away."""
    ex = _exercise(key)
    ask = f"exercises.hint({ex.number})" if isinstance(key, int) else f"hint({key!r})"
    if answer is None or answer is ...:
        print(
            f"✏️  Replace the placeholder ... with your answer, then run the cell again. "
            f"Hint on request: {ask}"
        )
        return
    if ex.open:
        if is_correct(key, answer, subject):
            print(
                f"✅ Thank you: {len(str(answer).split())} words. There is no single right "
                f"answer; compare yours with the model answer: exercises.solution({ex.number})"
            )
        else:
            print(
                f'❌ Write at least {OPEN_ANSWER_WORDS} words, as a string ("…"), citing the '
                f"figures you use. Hint on request: {ask}"
            )
        return
    shown = repr(answer) if len(repr(answer)) < 60 else repr(answer)[:57] + "..."
    if is_correct(key, answer, subject):
        print(f"✅ Correct! {shown} is right.")
    else:
        print(f"❌ Not yet: {shown} is not the answer. Hint on request: {ask}")


def hint(key: int | str) -> None:
    """Print the hint of an exercise (only when asked)."""
    ex = _exercise(key)
    print(f"💡 Hint {ex.number}: {ex.hint}")


def solution(key: int | str, subject: Any = None) -> Any:
    """With a number: print the solution code and the answer for this article.
    With an id (``"01-sentence-count"``) and a subject: return the expected value."""
    ex = _exercise(key)
    if isinstance(key, str):
        return ex.expected(_subject(subject))
    value = ex.expected(_subject(subject))
    where = "text" if isinstance(_subject(subject), Article) else "corpus"
    print(f"Solution {ex.number}:\n\n    " + ex.code.replace("\n", "\n    ") + "\n")
    if ex.open:
        print(f"A model answer for this {where}:\n\n{value}")
    else:
        print(f"Answer for this {where}: {shown_answer(value, where)}")
    return None


def shown_answer(value: Any, where: str = "text") -> str:
    """An expected answer as a student should type it. A set holds the answers that are
    all right (speakers tied for first): one is shown as itself, several as a choice, and
    none as the empty string the solution code gives (nobody is quoted).

    >>> [shown_answer(v) for v in (3, "Ann Lee", {"Ann Lee"}, set())]
    ['3', "'Ann Lee'", "'Ann Lee'", "'' (none in this text)"]
    >>> shown_answer({"Tom Ward", "Ann Lee"})
    "'Ann Lee' or 'Tom Ward' (tied: either is right)"
    """
    if isinstance(value, (set, frozenset)):
        items = sorted(value, key=str)
        if not items:
            return f"'' (none in this {where})"
        if len(items) == 1:
            return repr(items[0])
        return " or ".join(repr(v) for v in items) + (
            " (tied: either is right)" if len(items) == 2 else " (tied: any is right)"
        )
    return repr(value)


def model_answer(key: int | str, subject: Any = None) -> str:
    """The model answer of an open question, as a string."""
    return str(expected(key, subject))


# --- 01 Tokenisation -------------------------------------------------------


@exercise(
    "01-sentence-count",
    "`sentences` (section 1) has one row per sentence: count its rows with len().",
    "answer = len(sentences)",
)
def _sentence_count(article: Article) -> int:
    from nbutils.tokenise import sentence_spans

    return len(sentence_spans(article.text))


@exercise(
    "01-stopword-share",
    "section 7 prints the share as a percentage; `frequencies.stopword_share(article.text)` "
    "returns it as a fraction: round it to two decimals with round(x, 2).",
    "answer = round(frequencies.stopword_share(article.text), 2)",
    same=_close(0.006),
)
def _stopword_share(article: Article) -> float:
    from nbutils.frequencies import stopword_share

    return round(stopword_share(article.text), 2)


@exercise(
    "01-content-vocabulary",
    "`frequencies.word_list(article.text, drop_stopwords=True)` gives the lowercase "
    "alphabetic words without stopwords, in order; a set() keeps each word once.",
    "answer = len(set(frequencies.word_list(article.text, drop_stopwords=True)))",
)
def _content_vocabulary(article: Article) -> int:
    from nbutils.frequencies import word_list

    return len(set(word_list(article.text, drop_stopwords=True)))


@exercise(
    "01-split-disagreements",
    "`tokenisers.segmentations(article.text, ['split', 'nltk'])` gives both cuttings as a "
    "dict of lists, one item per whitespace chunk: count the chunks where they differ.",
    "cuts = tokenisers.segmentations(article.text, ['split', 'nltk'])\n"
    "answer = sum(a != b for a, b in zip(cuts['split'], cuts['nltk']))",
)
def _split_disagreements(article: Article) -> int:
    from nbutils.tokenisers import split_disagreements

    return split_disagreements(article.text)


@exercise(
    "01-open-dispersion",
    "look at the dispersion plot of section 7 (the names in `names`): who is mentioned in "
    "the first third of the text, who only later? Write your answer as a string.",
    "answer = exercises.model_answer(5)",
    open=True,
)
def _open_dispersion(article: Article) -> str:
    from nbutils.entities import frequent_names
    from nbutils.frequencies import dispersion
    from nbutils.tokenise import tagged_sentences

    text = article.text
    names = [n for n, _ in frequent_names(tagged_sentences(text), 8)]
    where = {n: offs for n, offs in dispersion(text, names, case_sensitive=True).items() if offs}
    if not where:
        return (
            "The article names no person or place often enough to plot; it is told "
            "without named actors, which is itself worth a sentence."
        )
    pct = {
        n: (100 * min(o) / len(text), 100 * max(o) / len(text), len(o)) for n, o in where.items()
    }
    early = [n for n, (first, _, _) in pct.items() if first < 33]
    late = [n for n, (first, _, _) in pct.items() if first >= 33]
    most = max(pct, key=lambda n: pct[n][2])
    parts = [f"The first third of the text names {', '.join(early) or 'none of them'}."]
    if late:
        parts.append(
            f"{', '.join(late)} appear{'s' if len(late) == 1 else ''} only later "
            f"(from {min(pct[n][0] for n in late):.0f} % of the text on)."
        )
    first, last, count = pct[most]
    times = {1: "once", 2: "twice"}.get(count, f"{count} times")
    span = (
        f"at {first:.0f} % of the text"
        if round(first) == round(last)
        else f"from {first:.0f} % to {last:.0f} % of the text"
    )
    parts.append(
        f"{most} is named most often ({times}, {span})."
        if count > 1
        else "Each of them is named once: no one dominates the text."
    )
    parts.append(
        "The order tells a reader whose story this is: the people named at the start "
        "frame it, the people who come later react to it or add context."
    )
    return " ".join(parts)


# --- 02 Speaker attribution ------------------------------------------------


def _top_speaker_answer(answer: Any, expected: set) -> bool:
    """Right when the answer is any of the tied most-quoted speakers ("" when none)."""
    if not isinstance(answer, str):
        return False
    return answer in expected if expected else answer == ""


def _attributions(article: Article) -> list:
    from nbutils.attribution import attribute

    return attribute(article)


@exercise(
    "02-quote-count",
    "`quotes` (section 7) has one row per attributed quotation: count its rows.",
    "answer = len(quotes)",
)
def _quote_count(article: Article) -> int:
    return len(_attributions(article))


@exercise(
    "02-partial-quotes",
    "partial quotes are phrases woven into the writer's sentence: count the rows of "
    "`quotes` whose 'kind' is 'partial' — (quotes['kind'] == 'partial').sum().",
    "answer = int((quotes['kind'] == 'partial').sum())",
)
def _partial_quotes(article: Article) -> int:
    return sum(a.kind == "partial" for a in _attributions(article))


@exercise(
    "02-top-speaker",
    "`quotes['speaker'].value_counts()` counts quotations per canonical speaker, most "
    'first: give the first name as a string ("" if no quotation has a speaker).',
    "counts = quotes['speaker'].dropna().value_counts()\n"
    "answer = str(counts.index[0]) if len(counts) else ''",
    same=_top_speaker_answer,
)
def _most_quoted_speaker(article: Article) -> set:
    from nbutils.views import most_quoted

    return set(most_quoted(_attributions(article)))


@exercise(
    "02-pronoun-quotes",
    "`coreference` (section 5) gives each quotation's mention 'type': count the rows "
    "whose type is 'pronoun'.",
    "answer = int((coreference['type'] == 'pronoun').sum())",
)
def _pronoun_quotes(article: Article) -> int:
    from nbutils.views import mention_type

    return sum(mention_type(a) == "pronoun" for a in _attributions(article))


@exercise(
    "02-marked-verbs",
    "`cues` (section 2) has, per reporting verb, its framing 'category' and how many "
    "quotations it introduced ('used'): add up 'used' where the category is not "
    "'neutral'.",
    "answer = int(cues.loc[cues['category'] != 'neutral', 'used'].sum())",
)
def _marked_verbs(article: Article) -> int:
    from nbutils.views import cue_table

    cues = cue_table(article, _attributions(article))
    return int(cues.loc[cues["category"] != "neutral", "used"].sum()) if len(cues) else 0


@exercise(
    "02-open-balance",
    "compare the share of quotations per speaker (section 7, `quotes`) with the verbs "
    "that introduce them (section 2, `cues`). Write your answer as a string.",
    "answer = exercises.model_answer(6)",
    open=True,
)
def _open_balance(article: Article) -> str:
    from nbutils.views import article_findings

    found = article_findings(article, _attributions(article)).bullets
    return (
        " ".join(found) + " A good answer asks whether the people most quoted are also "
        "the people the story is about, whether the other side gets its own words or is "
        "only described, and whether the verbs (neutral 'said' or loaded ones) differ "
        "between them — and remembers that every figure inherits the engine's errors."
    )


# --- 03 Reaction analysis --------------------------------------------------


@exercise(
    "03-negative-sentences",
    "`sentiment.sentence_scores(article, model='vader')` scores every sentence; count the "
    "rows whose 'vader' column is below -0.05 (VADER's usual threshold for 'negative').",
    "vader = sentiment.sentence_scores(article, model='vader')\n"
    "answer = int((vader['vader'] < -0.05).sum())",
)
def _negative_sentences(article: Article) -> int:
    from nbutils.sentiment import sentence_scores

    return int((sentence_scores(article, model="vader")["vader"] < -0.05).sum())


def _news_scored(article: Article) -> Any:
    from nbutils.reactions import add_sentiment, quote_table

    return add_sentiment(quote_table(article), model="news")


@exercise(
    "03-positive-quotes",
    "`reactions.add_sentiment(quotes, model='news')` adds a 'sentiment' column to the "
    "quote table: count the quotations scoring above 0.05.",
    "news = reactions.add_sentiment(quotes, model='news')\n"
    "answer = int((news['sentiment'] > 0.05).sum())",
)
def _positive_quotes(article: Article) -> int:
    scored = _news_scored(article)
    return int((scored["sentiment"] > 0.05).sum()) if len(scored) else 0


@exercise(
    "03-most-negative-speaker",
    "score the quotes with `reactions.add_sentiment(quotes, model='news')`, sort by "
    "'sentiment' and take the 'speaker' of the lowest row that has one, as a string "
    '("" if no quotation has a speaker).',
    "news = reactions.add_sentiment(quotes, model='news')\n"
    "named = news[news['speaker'].notna() & (news['speaker'] != '')]\n"
    "answer = named.sort_values('sentiment')['speaker'].iloc[0] if len(named) else ''",
    same=_top_speaker_answer,
)
def _most_negative_speaker(article: Article) -> set:
    scored = _news_scored(article)
    if scored.empty:
        return set()
    scored = scored[scored["speaker"].notna() & (scored["speaker"].astype(str) != "")]
    if scored.empty:
        return set()
    lowest = scored["sentiment"].min()
    return set(scored.loc[scored["sentiment"] == lowest, "speaker"].astype(str))


@exercise(
    "03-narrator-negative",
    "`narrator` (section 9) lists the writer's own reaction words outside the quotations: "
    "count the rows whose 'valence' is negative (below 0).",
    "answer = int((narrator['valence'] < 0).sum()) if len(narrator) else 0",
)
def _narrator_negative(article: Article) -> int:
    from nbutils.reactions import narrator_reactions, quote_table

    found = narrator_reactions(article, quote_table(article))
    return int((found["valence"] < 0).sum()) if len(found) else 0


@exercise(
    "03-negative-stance",
    "`targets` (section 8) has one row per quotation and target it names, with the stance "
    "model's reading in 'stance_label': count the rows labelled 'negative'.",
    "answer = int((targets['stance_label'] == 'negative').sum()) if len(targets) else 0",
)
def _negative_stance(article: Article) -> int:
    from nbutils.reactions import add_sentiment, quote_table, quote_targets, speaker_labels

    quotes = quote_table(article)
    if quotes.empty:
        return 0
    targets = quote_targets(speaker_labels(add_sentiment(quotes)), article)
    return int((targets["stance_label"] == "negative").sum()) if len(targets) else 0


@exercise(
    "03-open-groups",
    "use the table of section 10 (`overview`) and the dots of sections 6 and 7: do the "
    "groups sound different, and would you trust the difference? Write your answer as a "
    "string.",
    "answer = exercises.model_answer(6)",
    open=True,
)
def _open_groups(article: Article) -> str:
    from nbutils.reactions import narrator_reactions, quote_table, speaker_labels
    from nbutils.views import reaction_findings

    quotes = quote_table(article)
    scored = speaker_labels(_news_scored(article)) if len(quotes) else quotes
    bullets = reaction_findings(scored, narrator_reactions(article, quotes)).bullets
    return (
        " ".join(bullets) + " A good answer compares the groups with their n (a mean of "
        "one or two quotations is an anecdote), checks the words that drive each score, "
        "and separates what the speakers said from how the writer describes them."
    )


# --- 04 Corpus overview ----------------------------------------------------
# These receive the notebook's CorpusOverview (nbutils.corpus) in place of an
# article: exercises.start("04", overview).


def _most_frequent(values: Iterable[Any]) -> set:
    """The non-empty strings of ``values`` that occur most often (all of them when tied)."""
    from collections import Counter

    counts = Counter(v for v in values if isinstance(v, str) and v)
    top = max(counts.values(), default=0)
    return {v for v, n in counts.items() if n == top}


def _one_of(answer: Any, expected: set) -> bool:
    """Right when the answer is any of the tied best values."""
    return isinstance(answer, str) and answer in expected


@exercise(
    "04-article-count",
    "`articles` (the table under Data) has one row per article: count its rows.",
    "answer = len(articles)",
)
def _article_count(overview: Any) -> int:
    return len(overview.articles)


@exercise(
    "04-articles-with-quotes",
    "count the rows of `overview.articles` whose 'quotes' column is above 0.",
    "answer = int((overview.articles['quotes'] > 0).sum())",
)
def _articles_with_quotes(overview: Any) -> int:
    return int((overview.articles["quotes"] > 0).sum())


@exercise(
    "04-top-speaker",
    "`speakers` (section 2) is sorted by quotations, most first: take the 'speaker' of "
    'its first row (a name, as a string; "(none)" when the table is empty).',
    "answer = speakers['speaker'].iloc[0] if len(speakers) else '(none)'",
    same=_one_of,
)
def _top_speaker(overview: Any) -> set:
    return _most_frequent(overview.quotes["speaker"]) or {"(none)"}  # no one is quoted


@exercise(
    "04-top-verb",
    "`verbs` (section 6) is a list of (verb, count) pairs, most frequent first: take the "
    'verb of the first pair (a string; "(none)" when the list is empty).',
    "answer = verbs[0][0] if verbs else '(none)'",
    same=_one_of,
)
def _top_verb(overview: Any) -> set:
    return _most_frequent(overview.quotes["cue_lemma"]) or {"(none)"}  # no verb introduces any


@exercise(
    "04-most-named",
    "`named` (section 5) is sorted by quotations, most first: take "
    "the 'target' of its first row (a string; \"(none)\" when the table is empty).",
    "answer = named['target'].iloc[0] if len(named) else '(none)'",
    same=_one_of,
)
def _most_named(overview: Any) -> set:
    targets = overview.targets
    top = _most_frequent(targets["target"]) if targets is not None else set()
    return top or {"(none)"}  # nothing is named: the table is empty


@exercise(
    "04-open-voices",
    "use `voice` (section 3) and `speakers` (section 2): whose voices does this corpus "
    "carry, and whose are missing? Write your answer as a string.",
    "answer = exercises.model_answer(6)",
    open=True,
)
def _open_voices(overview: Any) -> str:
    from nbutils.views import corpus_findings

    bullets = corpus_findings(overview.articles, overview.quotes, overview.targets).bullets
    return (
        " ".join(bullets) + " A good answer names the roles that dominate, the people or "
        "groups the articles talk about without quoting them, and how many articles the "
        "figures rest on — and says which articles are fictional."
    )
