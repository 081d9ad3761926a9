"""Self-checks for the "Your turn" exercises in the notebooks.

Each exercise is registered with a *solution function* that computes the
expected answer from the article being studied — never a hard-coded value —
so the check is right for any article a reader renders the notebook with.
In a notebook::

    check("01-sentences", my_answer, article)

prints a green tick, or a hint to try again, and returns ``True``/``False``.

>>> from nbutils.articles import Article
>>> art = Article("t", "One sentence. Two sentences.")
>>> check("01-sentence-count", 2, art)
✅ Correct! 2 is right.
True
>>> check("01-sentence-count", 3, art)
❌ Not yet: 3 is not the answer. Hint: count the spans sentence_spans() returns.
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


def check(id: str, answer: Any, article: Article) -> bool:
    """Print whether ``answer`` solves exercise ``id`` for ``article``; return it."""
    if id not in REGISTRY:
        raise KeyError(f"no exercise {id!r}; known: {', '.join(sorted(REGISTRY))}")
    ex = REGISTRY[id]
    if answer is None or answer is ...:
        print(f"✏️  Replace the placeholder with your answer. Hint: {ex.hint}")
        return False
    ok = ex.same(answer, ex.solution(article))
    shown = repr(answer) if len(repr(answer)) < 60 else repr(answer)[:57] + "..."
    if ok:
        print(f"✅ Correct! {shown} is right.")
    else:
        print(f"❌ Not yet: {shown} is not the answer. Hint: {ex.hint}")
    return ok


# --- 01 Tokenisation -------------------------------------------------------


@exercise("01-sentence-count", "count the spans sentence_spans() returns.")
def _sentence_count(article: Article) -> int:
    from nbutils.tokenise import sentence_spans

    return len(sentence_spans(article.text))
