"""Tables of the engine's output: the tidy quote table, the sieve table, a quote's trace.

The reaction analysis, the corpus tools and the report all read quotations as
this table, with the columns :data:`QUOTE_TABLE_COLUMNS`; it lives in the
attribution layer, next to the records it is made from.

>>> from nbutils.attribution import attribute
>>> quote_table(attribute('"Yes," said Ann Lee.'), "t")[["speaker", "rule"]].values.tolist()
[['Ann Lee', 'quote-cue-speaker']]
>>> list(quote_table([]).columns) == list(QUOTE_TABLE_COLUMNS)
True
>>> sieve_table().iloc[0][["sieve", "rule", "stage"]].tolist()
['transcript', 'transcript', 'cue']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from nbutils.attribution.records import Attribution, TraceStep
from nbutils.attribution.sieves import SIEVES

if TYPE_CHECKING:
    import pandas as pd

#: Columns of the tidy quote table, in order (shared with nbutils.reactions and the corpus).
QUOTE_TABLE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_mention",
    "role",
    "cue",
    "cue_lemma",
    "rule",
    "confidence",
)


def quote_table(attributions: Iterable[Attribution], article_id: str | None = None) -> pd.DataFrame:
    """One row per attribution with the :data:`QUOTE_TABLE_COLUMNS` (empty list: no rows).

    ``confidence`` is rounded to three decimals, as in the CLI's output.
    """
    import pandas as pd

    rows = [
        {
            "article_id": article_id,
            "start": a.start,
            "end": a.end,
            "text": a.text,
            "kind": a.kind,
            "speaker": a.speaker,
            "speaker_mention": a.speaker_mention,
            "role": a.role,
            "cue": a.cue,
            "cue_lemma": a.cue_lemma,
            "rule": a.rule,
            "confidence": round(float(a.confidence), 3),
        }
        for a in attributions
    ]
    table = pd.DataFrame(rows, columns=list(QUOTE_TABLE_COLUMNS))
    return table.astype({"start": "int64", "end": "int64", "confidence": "float64"})


def sieve_table(article: object | None = None) -> pd.DataFrame:
    """Every sieve of :data:`~nbutils.attribution.sieves.SIEVES`, in run order: its name,
    the rule its records carry, the confidence, the stage, the pattern it catches (the first
    sentence of its docstring) and, given an ``article``, how many of its quotations it
    attributed (a sieve listed twice — the cue-after sieves — appears at both places)."""
    import pandas as pd

    fired: dict[str, int] = {}
    if article is not None:
        from nbutils.attribution.engine import attribute

        steps: list[TraceStep] = []
        attribute(article, include_unattributed=True, trace=steps)  # type: ignore[arg-type]
        for step in steps:
            if step.outcome == "fired":
                fired[step.sieve] = fired.get(step.sieve, 0) + 1
    rows, seen = [], set()
    for n, s in enumerate(SIEVES, start=1):
        again = s.name in seen
        seen.add(s.name)
        rows.append(
            {
                "order": n,
                "sieve": s.name,
                "rule": s.rule.name,
                "confidence": s.confidence,
                "stage": s.stage,
                "pattern": ("(again, after the cue-before sieves) " if again else "") + s.summary,
                "fired here": 0 if again else fired.get(s.name, 0),
            }
        )
    table = pd.DataFrame(rows).set_index("order")  # (the run order is the row label)
    return table if article is not None else table.drop(columns="fired here")


def trace_table(steps: Iterable[TraceStep]) -> pd.DataFrame:
    """Trace steps as a table: sieve, rule, outcome and why (one row per sieve tried)."""
    import pandas as pd

    return pd.DataFrame(
        [{"sieve": s.sieve, "rule": s.rule, "outcome": s.outcome, "why": s.reason} for s in steps],
        columns=["sieve", "rule", "outcome", "why"],
    )
