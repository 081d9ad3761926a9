"""VADER's rules switched off one at a time: what each rule does to a score.

:data:`VADER_RULES` says what each rule does. :func:`rule_effects` edits a text so that one
rule cannot fire (the negation or booster removed, *but* read as *and*, a word in capitals
lower-cased, "!" read as ".") and scores it again; :func:`rule_examples` finds the sentences
of an article in which a rule matters most.

It imports only from :mod:`.vader` and :mod:`.words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from nbutils.sentiment.vader import vader_analyzer, vader_reading
from nbutils.sentiment.words import tokens

if TYPE_CHECKING:
    import pandas as pd

    from nbutils.articles import Article


#: VADER's rules (Hutto & Gilbert 2014), as :func:`rule_effects` switches them off.
VADER_RULES: dict[str, str] = {
    "negation": "a negation (not, never, n't, without …) up to three words before a "
    "sentiment word multiplies its valence by -0.74",
    "booster": "an intensifier (very, absolutely, really …) or dampener (slightly, "
    "somewhat …) up to three words before a sentiment word adds or removes "
    "about 0.29 of valence",
    "but": "words before 'but' count half, words after it one and a half times",
    "capitals": "a sentiment word in CAPITALS (when the rest is not) gains 0.73",
    "exclamation": "each '!' (up to four) adds 0.29 to the sum",
}
_CONTRACTIONS = {"can't": "can", "won't": "will", "shan't": "shall", "ain't": "is"}


class RuleEffect(NamedTuple):
    """One VADER rule firing in one text, and what the text scores without it."""

    rule: str  #: a key of :data:`VADER_RULES`
    trigger: str  #: the word (or mark) that fires the rule
    text: str  #: the text as written
    score: float  #: VADER's compound as written
    without: str  #: the text with the rule switched off
    score_without: float  #: VADER's compound without the rule

    @property
    def change(self) -> float:
        """How much the rule moved the score."""
        return round(self.score - self.score_without, 4)


def _switch_offs(text: str) -> Iterable[tuple[str, str, str]]:
    """``(rule, trigger, edited text)`` for every place a VADER rule could fire."""
    sia = vader_analyzer()
    negations = {w for w in sia.constants.NEGATE if "'" not in w}
    boosters = {w for w in sia.constants.BOOSTER_DICT if " " not in w and "-" not in w}
    for m in re.finditer(r"[A-Za-z]+(?:['’][A-Za-z]+)?", text):
        word = m.group()
        low = word.lower().replace("’", "'")
        before, after = text[: m.start()], text[m.end() :]
        if low.endswith("n't") or low in negations:
            if low.endswith("n't"):
                plain = _CONTRACTIONS.get(low, word[:-3])
            else:
                plain = {"without": "with", "cannot": "can"}.get(low, "")
            edited = (
                before + plain + after if plain else before.rstrip(" ") + " " + after.lstrip(" ")
            )
            yield "negation", word, edited.strip()
        elif low in boosters:
            yield "booster", word, (before.rstrip(" ") + " " + after.lstrip(" ")).strip()
        elif low == "but":
            yield "but", word, before + ("And" if word[0].isupper() else "and") + after
        elif word.isupper() and len(word) > 1 and low in sia.lexicon and not text.isupper():
            yield "capitals", word, before + low + after
    if "!" in text:
        yield "exclamation", "!", text.replace("!", ".")


def rule_effects(text: str) -> list[RuleEffect]:
    """Every VADER rule that changes the score of ``text``: each is switched
    off in turn (the negation or booster removed, *but* read as *and*, a word
    in capitals lower-cased, ``!`` read as ``.``) and the text scored again.
    Rules that fire where no sentiment word is near change nothing and are
    left out.

    >>> [(e.rule, e.trigger, e.without) for e in rule_effects("The plan is not good.")]
    [('negation', 'not', 'The plan is good.')]
    >>> e = rule_effects("The plan is very good.")[0]
    >>> e.rule, e.score > e.score_without > 0
    ('booster', True)
    """
    if not tokens(text):
        return []
    score = vader_reading(text).compound
    out = []
    for rule, trigger, edited in _switch_offs(text):
        without = vader_reading(edited).compound
        if round(score - without, 4):
            out.append(RuleEffect(rule, trigger, text, score, edited, without))
    return out


def rule_examples(article: Article | str, per_rule: int = 2) -> pd.DataFrame:
    """Sentences of the article in which a VADER rule changes the score: for
    each rule, the ``per_rule`` sentences where it matters most. Columns
    ``rule``, ``trigger``, ``sentence``, ``vader`` (as written),
    ``without_rule`` (the edited sentence), ``vader_without`` and ``change``;
    rules that never change a score in the article are absent.

    >>> rule_examples("It is not good. It is very bad. Fine.")["rule"].tolist()
    ['negation', 'booster']
    """
    import pandas as pd

    from nbutils.tokenise import sentence_spans

    text = article if isinstance(article, str) else article.text
    best: dict[tuple[str, int], RuleEffect] = {}
    for i, (s, e) in enumerate(sentence_spans(text)):
        for effect in rule_effects(text[s:e]):
            key = (effect.rule, i)
            if key not in best or abs(effect.change) > abs(best[key].change):
                best[key] = effect
    rows = []
    for rule in VADER_RULES:
        found = sorted(
            (eff for (r, _), eff in best.items() if r == rule), key=lambda eff: -abs(eff.change)
        )[:per_rule]
        rows += [
            {
                "rule": rule,
                "trigger": eff.trigger,
                "sentence": eff.text,
                "vader": eff.score,
                "without_rule": eff.without,
                "vader_without": eff.score_without,
                "change": eff.change,
            }
            for eff in found
        ]
    columns = ["rule", "trigger", "sentence", "vader", "without_rule", "vader_without", "change"]
    return pd.DataFrame(rows, columns=columns)
