"""The tidy quote table: one row per attribution record (the schema every layer shares).

The reaction analysis, the corpus tools and the report all read quotations as
this table, with the columns :data:`QUOTE_TABLE_COLUMNS`; it lives in the
attribution layer, next to the records it is made from.

>>> from nbutils.attribution import attribute
>>> quote_table(attribute('"Yes," said Ann Lee.'), "t")[["speaker", "rule"]].values.tolist()
[['Ann Lee', 'quote-cue-speaker']]
>>> list(quote_table([]).columns) == list(QUOTE_TABLE_COLUMNS)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from nbutils.attribution.records import Attribution

if TYPE_CHECKING:
    import pandas as pd

#: Columns of the tidy quote table, in order (shared with nbutils.reactions and the corpus).
QUOTE_TABLE_COLUMNS: tuple[str, ...] = (
    "article_id", "start", "end", "text", "kind", "speaker", "speaker_mention", "role", "cue",
    "cue_lemma", "rule", "confidence",
)


def quote_table(attributions: Iterable[Attribution], article_id: str | None = None
                ) -> pd.DataFrame:
    """One row per attribution with the :data:`QUOTE_TABLE_COLUMNS` (empty list: no rows).

    ``confidence`` is rounded to three decimals, as in the CLI's output.
    """
    import pandas as pd

    rows = [{"article_id": article_id, "start": a.start, "end": a.end, "text": a.text,
             "kind": a.kind, "speaker": a.speaker, "speaker_mention": a.speaker_mention,
             "role": a.role, "cue": a.cue, "cue_lemma": a.cue_lemma, "rule": a.rule,
             "confidence": round(float(a.confidence), 3)} for a in attributions]
    table = pd.DataFrame(rows, columns=list(QUOTE_TABLE_COLUMNS))
    return table.astype({"start": "int64", "end": "int64", "confidence": "float64"})
