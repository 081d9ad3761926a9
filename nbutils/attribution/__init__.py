"""Speaker attribution: who said each quotation, and why we think so.

:func:`attribute` takes an article and returns one :class:`Attribution` per
quotation — the quote, its kind, the reporting cue, the speaker mention, the
canonical speaker, a role, the *rule* that fired and a confidence. It is a
glass box: every decision is made by one of the named *sieves* in
:data:`SIEVES`, run in order (the first that fires wins); :data:`RULES` and
the confidences come from that list, :func:`explain` turns a record into a
sentence, ``attribute(article, trace=True)`` shows every sieve tried on every
quote and why it fired or not, and ``disable={"colon-subject"}`` switches
sieves off.

The package, in the order a quote goes through it:

* :mod:`.frame` — the quote's *frame*: the sentence(s) around it, tokenised and
  POS-tagged with each quote as one placeholder token (:class:`~.frame.Tok`,
  with named predicates such as ``is_quote`` and ``is_proper``);
* :mod:`.syntax` — shallow syntax: noun phrases, the subject of a cue,
  datelines, and which words are cues in context (a package, one module per concern,
  its ``__init__`` re-exporting the scanners the rest imports);
* :mod:`.sieves` — the sieves, quote → speaker *mention*, each a small function
  with its rule, confidence, docstring and example (CoreNLP's first stage; a
  package, one module per stage, its ``__init__`` holding the ordered list). They
  look for a cue right after the quote with the speaker after it (``"…," said
  MP Ina Sovsun``) or before it (``"…," Rutte remarked``); a speaker and cue
  before the quote (``He noted, "…"``), including the second half of a split
  quote; a participle cue whose speaker is the sentence's subject (``Rutte
  acknowledged …, stating, "…"``); ``according to X``; a colon; a transcript
  label (``"WALLACE: …``) or a signature after a dash (``"…" ― Jane Roe``); and
  with no cue around the quote: the owner of a remark (``her remark that
  "…"``), the subject of the quote's own sentence, a label after *as*, a
  speaker and cue in the sentence just before;
* :mod:`.resolution` — mention → speaker (CoreNLP's second stage; a package, one
  module per concern, its ``__init__`` holding :func:`~.resolution.resolve`): a name to
  its cluster's canonical form (:mod:`nbutils.speakers`; *Mayor Maria Lopez of
  Eastbrook* is Maria Lopez), *he*/*she* to a person, *it*/*they* to an
  organisation, *the NATO chief* to the person holding that title;
* :mod:`.turns` — the turns of an exchange of bare quotation paragraphs (a
  hearing, an interview, text messages): after a question the other party answers;
* :mod:`.narration` — a bare quotation after narration of someone acting (*The
  mayor stood.* ¶ *"…"*) is that person's;
* :mod:`.engine` — :func:`attribute`, which runs all this and, when no sieve
  fires, lets a quote near the previous one *follow on* from its speaker;
* :mod:`.records` and :mod:`.table` — the records and the tidy quote table.

The kind follows PolNeAR's definition of a direct quotation, estimated from
the text (:func:`nbutils.quotes.content_share`): ``"direct"`` when at least
half of the letters of the reported content are quoted, ``"partial"`` when
the quote is a phrase woven into a longer reported clause (*urged him to "find
a way" to mend …*), and ``"follow-on"`` when it has no cue of its own and
inherits the previous speaker. A title-cased quote after a possessive, a
preposition, a naming verb or a noun for a work (*on WXT's "Face the Voters"*)
is a ``"title"``, not reported speech.

The ``speaker`` of a record is the canonical name for a named person or
organisation (``"Mark Rutte"`` for *He*, *Rutte* or *the NATO chief*), the
description itself for an unnamed speaker (``"senior official"``), and
``None`` when no speaker was found (rule ``no-speaker``; an unresolved
pronoun keeps its mention in ``speaker_mention``).

Attributed kinds (what the CLI outputs) are :data:`ATTRIBUTED_KINDS`:
``direct``, ``partial`` and ``follow-on``. With ``include_unattributed=True``
:func:`attribute` also returns ``title`` and ``scare`` quotes (speaker ``None``).

>>> text = ('Senator Jane Roe spoke on Monday. "We will win," she said. "No doubt." '
...         'Her rival, John Poe, called the plan "a fantasy" that would never pass.')
>>> for a in attribute(text):
...     print(a.kind, a.speaker, a.speaker_mention, a.cue, a.rule)
direct Jane Roe she said quote-speaker-cue
follow-on Jane Roe None None follow-on
partial John Poe John Poe called speaker-cue-quote
>>> sorted(attribute(text)[0].to_dict())  # doctest: +NORMALIZE_WHITESPACE
['confidence', 'cue', 'end', 'kind', 'role', 'rule', 'speaker', 'speaker_end',
 'speaker_mention', 'speaker_start', 'start', 'text']
"""

from nbutils.attribution.engine import (
    active_sieves,
    attribute,
    byline,
    explain,
    frame_at,
    run_sieves,
    trace_quote,
)
from nbutils.attribution.records import ATTRIBUTED_KINDS, Attribution, Rule, TraceStep
from nbutils.attribution.sieves import CONFIDENCE, RULES, SIEVES, sieve_names
from nbutils.attribution.sieves.base import Sieve
from nbutils.attribution.syntax import before_sentence_end
from nbutils.attribution.table import QUOTE_TABLE_COLUMNS, quote_table, sieve_table, trace_table

__all__ = [
    "ATTRIBUTED_KINDS",
    "CONFIDENCE",
    "QUOTE_TABLE_COLUMNS",
    "RULES",
    "SIEVES",
    "Attribution",
    "Rule",
    "Sieve",
    "TraceStep",
    "active_sieves",
    "attribute",
    "before_sentence_end",
    "byline",
    "explain",
    "frame_at",
    "quote_table",
    "run_sieves",
    "sieve_names",
    "sieve_table",
    "trace_quote",
    "trace_table",
]
