"""Shallow syntax: noun phrases, the subject of a cue, datelines — the engine's stand-in for a parse.

A dependency parser would say "the subject of *said* is *the NATO chief*";
NLTK has none that is fast and robust on news, so the engine reads POS-tagged
tokens (:class:`~nbutils.attribution.frame.Tok`) with a few small scanners,
kept here apart from the rules that use them:

* :func:`np_before` / :func:`np_after` — the noun phrase ending at / starting at a token;
* :func:`subject_before` — the subject of the cue at a token (skipping adverbs,
  auxiliaries, appositives, relative clauses, comma-separated opening phrases);
* :func:`clause_subject` / :func:`sentence_subject` — the subject of a clause or
  sentence (after opening phrases and a dateline, :func:`after_dateline`);
* :func:`appositive_name` — a description followed by the person's name;
* :func:`cues_in` — which words of a frame are reporting cues *in context*
  (a verb, not the noun *post* in *the Post*).

The package holds one concern per module, each importing only from those before it:
:mod:`.base` the noun phrase (:class:`NP`), the verb test and the word lists the others
share; :mod:`.times` time phrases and datelines; :mod:`.phrases` :func:`np_before` and
:func:`np_after`; :mod:`.modifiers` the head a relative clause or a participle phrase
modifies; :mod:`.commas` the subject after comma-separated chunks; :mod:`.subjects`
:func:`subject_before`, :func:`clause_subject` and the message a relative clause quotes;
:mod:`.appositions` :func:`appositive_name`; :mod:`.sentences` :func:`sentence_subject`
and :func:`colon_speaker`; :mod:`.cues` :func:`cues_in` and the tests on what follows a
cue. This module re-exports the names the rest of the project imports, so
``from nbutils.attribution.syntax import subject_before`` works as before.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(pairs):
...     return [Tok(w, 0, 0, t) for w, t in pairs]
>>> toks = tagged([("the", "DT"), ("NATO", "NNP"), ("chief", "NN"), ("said", "VBD")])
>>> subject_before(toks, 3)
NP(i=0, j=3)
>>> toks = tagged([("``", "QUOTE"), ("said", "VBD"), ("Ina", "NNP"), ("Sovsun", "NNP")])
>>> np_after(toks, 2)
NP(i=2, j=4)
"""

from __future__ import annotations

from nbutils.attribution.syntax.appositions import THE_OTHER, appositive_name
from nbutils.attribution.syntax.base import (
    AUXILIARIES,
    ISSUING,
    NP,
    PREP_IN_NP,
    SPEECH_NOUNS,
    is_verb,
)
from nbutils.attribution.syntax.cues import (
    NAMING_VERBS,
    PARENTHETICAL_CUES,
    before_sentence_end,
    cues_in,
    has_clause,
    last_full_stop,
    object_then_colon,
    opens_capital,
)
from nbutils.attribution.syntax.phrases import contact_clause_at, np_after, np_area, np_before
from nbutils.attribution.syntax.sentences import colon_speaker, sentence_subject
from nbutils.attribution.syntax.subjects import (
    clause_subject,
    emphatic_subject,
    expletive_it,
    subject_before,
)
from nbutils.attribution.syntax.times import (
    _DAYS,
    _TIME_NOUNS,
    _TIME_OPENERS,
    CALENDAR_WORDS,
    after_dateline,
    time_phrase,
)

__all__ = [
    "AUXILIARIES",
    "CALENDAR_WORDS",
    "ISSUING",
    "NAMING_VERBS",
    "NP",
    "PARENTHETICAL_CUES",
    "PREP_IN_NP",
    "SPEECH_NOUNS",
    "THE_OTHER",
    "_DAYS",
    "_TIME_NOUNS",
    "_TIME_OPENERS",
    "after_dateline",
    "appositive_name",
    "before_sentence_end",
    "clause_subject",
    "colon_speaker",
    "contact_clause_at",
    "cues_in",
    "emphatic_subject",
    "expletive_it",
    "has_clause",
    "is_verb",
    "last_full_stop",
    "np_after",
    "np_area",
    "np_before",
    "object_then_colon",
    "opens_capital",
    "sentence_subject",
    "subject_before",
    "time_phrase",
]
