"""How did people react? Quote sentiment by speaker, role and target, and the narrator's words.

Everything here works on a **quote table**: a pandas DataFrame with one row
per attributed quotation and the columns :data:`QUOTE_TABLE_COLUMNS`
(``article_id, start, end, text, kind, speaker, role, cue, cue_lemma, rule,
confidence``), which :func:`quote_table` builds from
:func:`nbutils.attribution.attribute`. The steps a media researcher takes:

1. :func:`add_sentiment` scores every quote (:mod:`nbutils.sentiment`) and
   counts its words.
2. :func:`speaker_summary`, :func:`role_summary`, :func:`compare_groups`
   (every group of :data:`ROLE_GROUPS` present: politicians, officials,
   citizens …) and :func:`officials_vs_citizens` summarise them — always with the number of
   quotes and words beside the mean and the standard deviation, because a mean
   of one quote is an anecdote, not a finding.
3. :func:`share_of_voice`: who gets heard (quotes and quoted words).
4. :func:`quote_targets` finds whom each quote talks about — people,
   countries and organisations named in the quote (NLTK's NE chunker and runs
   of proper nouns; demonyms such as *Ukrainian* mapped to their country
   through WordNet's pertainyms; names canonicalised against the article's
   own people with :func:`nbutils.speakers.cluster_entities`, so *Trump* and
   *Donald Trump* are one target — never a list of names written in the code);
   a pronoun in a quote (*They don't respect …*) is resolved to the people
   named just before the quote. Each target gets a **stance** — how the quote
   treats *that* target (:mod:`nbutils.stance`), which is not the quote's
   sentiment: "Washington supports Russia" has pleasant words and is an
   accusation. :func:`stance_table`, :func:`stance_grid` and
   :func:`country_stance` average the stance per speaker, group or country
   side, with ``n``; the whole-quote sentiment stays a separate, labelled
   column (:data:`ALL_QUOTES`), and :func:`sentiment_and_stance` puts the two
   side by side.
5. :func:`narrator_reactions` finds the writer's own descriptions of
   reactions *outside* quotations (*Many expressed dismay*, *Other Ukrainians
   reacted with disappointment*, *Rutte remained optimistic*) with the
   documented lexicon :data:`REACTION_LEXICON`, and the group each describes.

The package holds one concern per module, each importing only from those before it:
:mod:`.base` the quote table's columns, the role groups and their order; :mod:`.scoring`
:func:`quote_table` and :func:`add_sentiment`; :mod:`.summaries` :func:`summarise` and the
tables made with it, :func:`share_of_voice` and :func:`role_mapping`; :mod:`.mentions` the
names a quotation holds (:func:`targets_in`); :mod:`.referents` whom its pronouns and
offices stand for, and :func:`is_self`; :mod:`.countries` :func:`country_of`;
:mod:`.attitudes` the balance and agent rules that correct a stance; :mod:`.targets`
:func:`quote_targets`, which joins them; :mod:`.stance_tables` the stance averaged by
speaker, group and country; :mod:`.disagreement` sentiment and stance side by side;
:mod:`.lexicon` :data:`REACTION_LEXICON`; :mod:`.experiencers` who has a described
reaction; :mod:`.narrator` :func:`narrator_reactions` and its tables; :mod:`.overview` the
tables of notebook 03 side by side. This module re-exports every public name, so
``from nbutils.reactions import quote_targets`` works as before.

>>> import pandas as pd
>>> q = pd.DataFrame({"article_id": ["a", "a", "a"], "start": [0, 40, 80], "end": [30, 70, 99],
...     "text": ['"A wonderful, great success."', '"A terrible, shameful failure."',
...              '"We are so grateful."'], "kind": ["direct"] * 3,
...     "speaker": ["Ann Lee", "Bo Chan", "Ann Lee"], "role": ["official", "citizen/witness",
...     "official"], "cue": ["said"] * 3, "cue_lemma": ["say"] * 3, "rule": ["r"] * 3,
...     "confidence": [0.9] * 3})
>>> scored = add_sentiment(q, model="vader")
>>> summary = speaker_summary(scored)
>>> summary[["speaker", "quotes", "words"]].to_dict("list")
{'speaker': ['Ann Lee', 'Bo Chan'], 'quotes': [2, 1], 'words': [8, 4]}
>>> bool(summary.loc[1, "sd"] != summary.loc[1, "sd"])  # one quote: no spread (NaN)
True
"""

from __future__ import annotations

from nbutils.reactions.attitudes import ATTITUDE_LEMMAS, SUPPORT_VERBS
from nbutils.reactions.base import (
    GROUP_ORDER,
    NEUTRAL_BAND,
    NOBODY,
    QUOTE_TABLE_COLUMNS,
    ROLE_GROUPS,
    UNKNOWN,
    role_group,
    with_groups,
)
from nbutils.reactions.countries import country_of
from nbutils.reactions.disagreement import (
    disagreement_view,
    sentiment_and_stance,
    stance_example,
    unsure_pairs,
)
from nbutils.reactions.lexicon import REACTION_FAMILIES, REACTION_LEXICON, REACTION_VERBS
from nbutils.reactions.mentions import INDEFINITES, Target, targets_in
from nbutils.reactions.narrator import (
    Reaction,
    described_reactions,
    narrator_reactions,
    narrator_table,
    reaction_summary,
)
from nbutils.reactions.overview import (
    aggregations,
    compare_groups,
    explained_quotes,
    framing_overview,
    group_overview,
    speaker_labels,
    verb_list,
)
from nbutils.reactions.referents import is_self, office_index
from nbutils.reactions.scoring import add_sentiment, one_role_per_speaker, quote_table, word_count
from nbutils.reactions.stance_tables import (
    ALL_QUOTES,
    STANCE,
    country_stance,
    stance_grid,
    stance_matrix,
    stance_overview,
    stance_table,
)
from nbutils.reactions.summaries import (
    SUMMARY_COLUMNS,
    officials_vs_citizens,
    role_mapping,
    role_summary,
    share_of_voice,
    speaker_summary,
    summarise,
)
from nbutils.reactions.targets import TARGET_COLUMNS, quote_targets
from nbutils.speakers import NO_ROLE

__all__ = [
    "ALL_QUOTES",
    "ATTITUDE_LEMMAS",
    "GROUP_ORDER",
    "INDEFINITES",
    "NEUTRAL_BAND",
    "NOBODY",
    "NO_ROLE",
    "QUOTE_TABLE_COLUMNS",
    "REACTION_FAMILIES",
    "REACTION_LEXICON",
    "REACTION_VERBS",
    "ROLE_GROUPS",
    "Reaction",
    "STANCE",
    "SUMMARY_COLUMNS",
    "SUPPORT_VERBS",
    "TARGET_COLUMNS",
    "Target",
    "UNKNOWN",
    "add_sentiment",
    "aggregations",
    "compare_groups",
    "country_of",
    "country_stance",
    "described_reactions",
    "disagreement_view",
    "explained_quotes",
    "framing_overview",
    "group_overview",
    "is_self",
    "narrator_reactions",
    "narrator_table",
    "office_index",
    "officials_vs_citizens",
    "one_role_per_speaker",
    "quote_table",
    "quote_targets",
    "reaction_summary",
    "role_group",
    "role_mapping",
    "role_summary",
    "sentiment_and_stance",
    "share_of_voice",
    "speaker_labels",
    "speaker_summary",
    "stance_example",
    "stance_grid",
    "stance_matrix",
    "stance_overview",
    "stance_table",
    "summarise",
    "targets_in",
    "unsure_pairs",
    "verb_list",
    "with_groups",
    "word_count",
]
