"""The engine's records: what it returns (:class:`Attribution`) and what passes between its steps.

* :class:`Attribution` — one quotation and who said it (the engine's output);
* :class:`Rule` — a rule label a record carries (``quote-cue-speaker`` …), with its
  confidence and a one-line summary;
* :class:`Found` — what a sieve returns when it fires: the rule, the speaker
  mention (a noun phrase over the frame's tokens) and the cue;
* :class:`Speaker` — a mention resolved to a speaker (by :mod:`.resolution`);
* :class:`TraceStep` — one sieve tried on one quote, and what came of it.

>>> a = Attribution(0, 5, '"Yes"', "direct", speaker="Ann Lee", rule="colon", confidence=0.75)
>>> a.to_dict()["speaker"], a.to_dict()["rule"]
('Ann Lee', 'colon')

(:func:`nbutils.attribution.explain`, in the engine, turns a record into a sentence.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from nbutils.cues import CueMatch

if TYPE_CHECKING:
    from nbutils.attribution.frame import Tok
    from nbutils.attribution.syntax import NP
    from nbutils.speakers import Entity

#: The kinds of quotation that are attributed to someone (what the CLI outputs).
ATTRIBUTED_KINDS: tuple[str, ...] = ("direct", "partial", "follow-on")


@dataclass(frozen=True)
class Attribution:
    """One quotation and who said it. Offsets index the unaltered article text."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_mention: str | None = None
    role: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue_lemma: str | None = None
    rule: str = "no-speaker"
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the CLI's keys (:data:`RECORD_KEYS`, and only those)."""
        out = {k: getattr(self, k) for k in RECORD_KEYS}
        out["confidence"] = round(self.confidence, 3)
        return out


#: The keys of :meth:`Attribution.to_dict`, in output order (the command line's records and
#: the corpus's quote columns).
RECORD_KEYS: tuple[str, ...] = (
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_mention",
    "role",
    "cue",
    "rule",
    "confidence",
)


class Rule(NamedTuple):
    """A rule label: the name a record carries, its base confidence and what it means."""

    name: str
    confidence: float
    summary: str


class Found(NamedTuple):
    """A sieve fired: its rule, the speaker mention ``np`` over ``toks``, and the cue; the
    quote's kind when the sieve knows it (else it is worked out from the cue's place)."""

    rule: str
    np: NP | None
    cue: CueMatch | None
    toks: list[Tok]
    kind: str | None = None


class Speaker(NamedTuple):
    """A speaker mention resolved: canonical name (``None``: unresolved), mention span, role."""

    name: str | None
    start: int | None
    end: int | None
    mention: str | None
    role: str | None
    entity: Entity | None
    pronoun: bool


#: The unnamed reporter who puts a transcript's ``Q:`` or a printed interview's questions.
REPORTER = Speaker("reporter", None, None, None, "journalist", None, False)


class TraceStep(NamedTuple):
    """One sieve tried on one quote: ``outcome`` is ``fired``, ``no match`` or ``skipped``
    (its condition does not hold; ``reason`` says which). When no sieve fired, or the one
    that fired gave way (an introduction naming nobody), a last step ``(fallback)`` with
    outcome ``decided`` gives the rule the record got (``follow-on``, ``no-speaker`` …)."""

    quote: int
    start: int
    quote_text: str
    sieve: str
    rule: str
    outcome: str
    reason: str

    def __str__(self) -> str:
        reason = self.reason if len(self.reason) <= 100 else self.reason[:99] + "…"
        return f"  {self.sieve:<30} {self.outcome:<9} {reason}"
