"""Resolution: pronouns, descriptions and organisations to the entities they stand for.

:class:`Entities` holds the clusters of an article (built by
:func:`nbutils.speakers.cluster_entities`) and answers the questions the
attribution engine asks: which person a *he*/*she* at an offset refers to
(:meth:`Entities.resolve_pronoun`, following the chain of topics back), which
organisation an *it*/*they* is (:meth:`Entities.resolve_organisation`), who
*the NATO chief* is (:meth:`Entities.resolve_descriptor`), which organisation *the
museum* is (:meth:`Entities.organisation_headed`). It reads the text;
it is never changed by the engine (what has been quoted so far is passed in).

The package holds one concern per module, each a part of :class:`Entities` (a mixin
class) with the patterns and helpers only it uses: :mod:`.registry` the state every part
reads, documented once in its ``__init__``, the lookups of names and mentions, and the
words two parts share; :mod:`.organisations` *it*, *the company*, *the museum*;
:mod:`.parties` *the Ohio Democrat*; :mod:`.unnamed` the unnamed people a *he*/*she* may
mean (*the spokesman*, *a patient who …*, *one of them*); :mod:`.epithets` *the veteran
striker* for the person just named; :mod:`.ages` *the 52-year-old*; :mod:`.descriptions`
*the NATO chief*; :mod:`.clauses` and :mod:`.topics` the topic of one sentence; and
:mod:`.pronouns` the chain of topics a *he*/*she* follows back. The modules import only
from :mod:`.registry` (and the rest of :mod:`nbutils.speakers` below it); the parts call
each other through ``self``, so this module, which joins them, is the only one that
imports them all.

>>> from nbutils.speakers import cluster_entities
>>> cluster_entities("Mark Rutte spoke. He left.").resolve_pronoun("he", 18).canonical
'Mark Rutte'
"""

from __future__ import annotations

from nbutils.speakers.resolution.ages import _Ages, ages_of, offices
from nbutils.speakers.resolution.clauses import CUTTING_IN, _Clauses
from nbutils.speakers.resolution.descriptions import _Descriptions
from nbutils.speakers.resolution.epithets import _Epithets
from nbutils.speakers.resolution.organisations import (
    _Organisations,
    description_fits,
    news_outlet,
)
from nbutils.speakers.resolution.parties import _Parties
from nbutils.speakers.resolution.pronouns import _Pronouns
from nbutils.speakers.resolution.registry import _EMBEDDED, _Registry
from nbutils.speakers.resolution.topics import _Topics
from nbutils.speakers.resolution.unnamed import _Unnamed, people_word, singular

__all__ = [
    "CUTTING_IN",
    "_EMBEDDED",
    "Entities",
    "ages_of",
    "description_fits",
    "news_outlet",
    "offices",
    "people_word",
    "singular",
]


class Entities(
    _Pronouns,
    _Topics,
    _Clauses,
    _Descriptions,
    _Ages,
    _Epithets,
    _Unnamed,
    _Parties,
    _Organisations,
    _Registry,
):
    """The people and organisations of one article, with alias and reference resolution.

    Build it with :func:`cluster_entities`.
    """
