"""The models side by side, and an article through VADER's eyes.

:func:`compare_models` scores texts under each model, with the words that pushed one model's
score; :func:`disagreements` finds the sentences of an article on which the models disagree
most; :func:`name_effects` the sentences whose VADER score changes when names are masked;
:func:`lexicon_words` the words that move VADER's scores most across an article.

It imports only from :mod:`.vader`, :mod:`.names` and :mod:`.scoring`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from nbutils.sentiment.names import mask_names
from nbutils.sentiment.scoring import MODELS, _check_model, explain, score_text
from nbutils.sentiment.vader import vader_analyzer, vader_reading

if TYPE_CHECKING:
    import pandas as pd

    from nbutils.articles import Article


def _format_words(parts: Sequence[tuple[str, float]], top: int) -> str:
    return ", ".join(f"{w} {c:+.2f}" for w, c in parts[:top])


def compare_models(
    texts: Iterable[str],
    models: Sequence[str] = MODELS,
    explain_with: str | None = "vader",
    top: int = 4,
) -> pd.DataFrame:
    """One row per text: its score under each of ``models`` and, when
    ``explain_with`` names a model, the ``top`` words that pushed that
    model's score (column ``words (<model>)``).

    >>> compare_models(["good", "not good"], models=["vader"])[["text", "vader"]].values.tolist()
    [['good', 0.4404], ['not good', -0.3412]]
    """
    import pandas as pd

    for m in models:
        _check_model(m)
    rows = []
    for t in texts:
        row: dict[str, Any] = {"text": t, **{m: score_text(t, m) for m in models}}
        if explain_with:
            row[f"words ({explain_with})"] = _format_words(explain(t, explain_with), top)
        rows.append(row)
    columns = ["text", *models] + ([f"words ({explain_with})"] if explain_with else [])
    return pd.DataFrame(rows, columns=columns)


def disagreements(
    article: Article | str, n: int = 5, models: Sequence[str] = MODELS
) -> pd.DataFrame:
    """The ``n`` sentences on which ``models`` disagree most (largest
    ``spread`` = highest minus lowest score), in article order — where the
    choice of model matters for this article.

    >>> list(disagreements("A good day. Rain.", n=1, models=["vader", "news"]).columns)
    ['sentence', 'text', 'vader', 'news', 'spread']
    """
    from nbutils.tokenise import sentence_spans

    text = article if isinstance(article, str) else article.text
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    table = compare_models(sentences, models, explain_with=None)
    table.insert(0, "sentence", range(1, len(table) + 1))  # (numbered from 1, as readers count)
    table["spread"] = (table[list(models)].max(axis=1) - table[list(models)].min(axis=1)).round(4)
    top = table.sort_values(["spread", "sentence"], ascending=[False, True]).head(n)
    return top.sort_values("sentence").reset_index(drop=True)


def name_effects(article: Article | str) -> pd.DataFrame:
    """Sentences whose VADER score changes when capitalised words inside the
    sentence are masked (:func:`mask_names`): names that are also sentiment
    words (*United* States, *Hope* Hicks, *Justice* Department). Columns
    ``sentence`` (numbered from 1), ``text``, ``words`` (the masked words VADER's lexicon knows),
    ``vader`` and ``vader_masked``.

    >>> name_effects("Officials met Hope Hicks.")[["words", "vader_masked"]].values.tolist()
    [['Hope', 0.0]]
    """
    import pandas as pd

    from nbutils.tokenise import sentence_spans

    text = article if isinstance(article, str) else article.text
    lexicon = vader_analyzer().lexicon
    rows = []
    for i, (s, e) in enumerate(sentence_spans(text), start=1):
        sentence = text[s:e]
        masked = mask_names(sentence)
        if masked == sentence:
            continue
        raw, hidden = vader_reading(sentence).compound, vader_reading(masked).compound
        if round(raw - hidden, 4):
            lost = set(re.findall(r"\w+", sentence)) - set(re.findall(r"\w+", masked))
            words = sorted(w for w in lost if w.lower() in lexicon)
            rows.append(
                {
                    "sentence": i,
                    "text": sentence,
                    "words": ", ".join(words),
                    "vader": raw,
                    "vader_masked": hidden,
                }
            )
    return pd.DataFrame(rows, columns=["sentence", "text", "words", "vader", "vader_masked"])


def lexicon_words(article: Article | str, n: int = 12) -> pd.DataFrame:
    """The words that move VADER's scores most across the article: ``word``,
    its ``valence`` in VADER's lexicon (-4 … +4, mean human rating),
    ``count`` (sentences it scores in) and ``contribution`` (the sum of its
    contributions to the sentences' compound scores, :func:`explain`).

    >>> lexicon_words("A good day. A good plan. War.")[["word", "count"]].values.tolist()
    [['good', 2], ['war', 1]]
    """
    import pandas as pd

    from nbutils.tokenise import sentence_spans

    text = article if isinstance(article, str) else article.text
    lexicon = vader_analyzer().lexicon
    total: dict[str, float] = {}
    count: dict[str, int] = {}
    for s, e in sentence_spans(text):
        for word, c in explain(text[s:e], "vader"):
            total[word] = total.get(word, 0.0) + c
            count[word] = count.get(word, 0) + 1
    rows = [
        {
            "word": w,
            "valence": lexicon.get(w, float("nan")),
            "count": count[w],
            "contribution": round(c, 3),
        }
        for w, c in total.items()
    ]
    table = pd.DataFrame(rows, columns=["word", "valence", "count", "contribution"])
    if table.empty:
        return table
    order = table["contribution"].abs().sort_values(ascending=False, kind="stable").index
    return table.loc[order].head(n).reset_index(drop=True)
