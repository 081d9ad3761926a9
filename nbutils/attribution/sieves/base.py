"""What every sieve works with: the rule labels, the quote's frame, the sieve record and the
conditions.

* the rule labels (``QUOTE_CUE_SPEAKER``, ``COLON``, ``FOLLOW_ON`` …): each a
  :class:`~nbutils.attribution.records.Rule`, the name a record carries, its base
  confidence and what it means;
* :class:`QuoteFrame`: one quote among the tokens of its frame, with the cues laid out
  after it and before it — all a sieve looks at;
* :class:`Sieve`: one sieve, a name, a rule, the function that finds its pattern, a
  condition and a stage;
* the conditions: reasons to skip a quote that the list in :mod:`nbutils.attribution.sieves`
  gives its sieves.

The sieve modules import from here; this module imports none of them.

>>> QUOTE_SPEAKER_CUE.name, QUOTE_SPEAKER_CUE.confidence
('quote-speaker-cue', 0.95)
>>> Sieve("demo", PARTICIPLE, lambda f: None, weight=0.8).confidence  # 0.85 x 0.8
0.68
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import Found, Rule
from nbutils.attribution.syntax import (
    AUXILIARIES,
    NAMING_VERBS,
    before_sentence_end,
    has_clause,
    object_then_colon,
    opens_capital,
)
from nbutils.cues import CueMatch, cue_at
from nbutils.quotes import Quote

# --- the rule labels a record can carry -----------------------------------------------------

QUOTE_CUE_SPEAKER = Rule(
    "quote-cue-speaker",
    0.95,
    'the cue follows the quote and the speaker follows the cue ("…," said X)',
)
QUOTE_SPEAKER_CUE = Rule(
    "quote-speaker-cue", 0.95, 'the speaker and then the cue follow the quote ("…," X said)'
)
SPEAKER_CUE_QUOTE = Rule(
    "speaker-cue-quote", 0.9, 'the speaker and the cue come before the quote (X said, "…")'
)
SPLIT_QUOTE = Rule(
    "split-quote",
    0.9,
    "the second half of a quote split by its attribution in "
    'one sentence ("A," X said, "B"); a "B" in the next sentence is a '
    "follow-on",
)
PARTICIPLE = Rule(
    "participle",
    0.85,
    "a participle cue after a comma; the speaker is the "
    'sentence\'s subject (X acknowledged …, stating, "…")',
)
ACCORDING_TO = Rule("according-to", 0.9, '"according to X" names the speaker')
COLON = Rule("colon", 0.75, 'the quote is introduced by a colon after the speaker (X: "…")')
DASH_SIGNATURE = Rule(
    "dash-signature",
    0.85,
    "a dash and a name after the quote, or on the next line, sign it (“…” — Jane Roe)",
)
TRANSCRIPT = Rule("transcript", 0.9, 'a transcript label opens the quote ("WALLACE: …")')
PREVIOUS_SENTENCE = Rule(
    "previous-sentence",
    0.6,
    "no cue around the quote; the previous "
    "sentence (of the paragraph, or ending the paragraph before) names a "
    "speaker with a cue",
)
LABELLED_AS = Rule(
    "labelled-as",
    0.5,
    "no cue: the sentence's subject labels someone or "
    'something as "…" ("X went after Trump as "dangerous"")',
)
SPEECH_OWNER = Rule(
    "speech-owner",
    0.6,
    "no cue: the quote is the content of someone's remark "
    '("her remark that "…"", "Rubio\'s catch phrase was that …")',
)
SENTENCE_SUBJECT = Rule(
    "sentence-subject",
    0.5,
    'no cue around the quote; the subject of its own sentence reports it ("X worried that … "…"")',
)
FOLLOW_ON = Rule(
    "follow-on",
    0.7,
    "no cue around the quote: it continues the previous quote's "
    'speaker ("A," X said. "B." — B is a follow-on of A)',
)
ANSWER_TURN = Rule(
    "answer-turn",
    0.6,
    "a paragraph that is only a quotation, in an exchange of such paragraphs: after a question "
    'the other party answers, after that answer the questioner asks again ("Q?" / "A." / "Q?")',
)
NARRATED_ACTOR = Rule(
    "narrated-actor",
    0.6,
    "a quotation that is its own paragraph, no cue or speaker near, after a paragraph of "
    'narration whose last sentence shows a person acting (The mayor stood. / "…"): '
    "that person speaks",
)
CUED_NEXT = Rule(
    "cued-next",
    0.5,
    "a quotation that is its own paragraph, no speaker found for it, right before a paragraph "
    'opening on a quotation its speaker is cued for ("A." / "B," Ann Lee said.): hers too',
)
NO_SPEAKER = Rule("no-speaker", 0.0, "a direct quote whose speaker could not be found")
UNATTRIBUTED = Rule("unattributed", 0.0, "a title or scare quote: not reported speech")

#: Cue spans in a frame: (first token, last token + 1, the cue).
CueSpan = tuple[int, int, CueMatch]


# --- what a sieve looks at --------------------------------------------------------------------


@dataclass
class QuoteFrame:
    """One quote in its frame, with the cue layout every sieve reads.

    ``toks`` are the frame's tokens, ``q`` the index of this quote's placeholder,
    ``cues`` the cues among the tokens. The layout: ``k`` is the first token after
    the quote and its closing punctuation; ``after`` the cues from there on (none
    when a new sentence with its own clause starts after a quote that ends its
    sentence); ``before`` the cues before the quote (plus a verb right before
    ``, "`` read as a cue); ``near_before`` whether the last of those sits right
    before the quote; ``closing_comma`` whether the quote closes on a comma and a
    speaker and cue follow at once.
    """

    text: str
    quotes: list[Quote]
    n: int
    toks: list[Tok]
    q: int
    cues: list[CueSpan]
    lo: int
    hi: int
    k: int = 0
    after: list[CueSpan] = field(default_factory=list)
    before: list[CueSpan] = field(default_factory=list)
    near_before: bool = False
    closing_comma: bool = False
    memo: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.k, self.after, self.closing_comma = _after_layout(
            self.text, self.toks, self.q, self.cues
        )
        self.before, self.near_before = _before_layout(self.text, self.toks, self.q, self.cues)

    @property
    def quote(self) -> Quote:
        return self.quotes[self.n]

    @property
    def hint(self) -> str:
        """The quote finder's guess at the kind: direct, partial, scare or title."""
        return self.quote.kind

    @property
    def partial_guess(self) -> bool:
        return self.hint in ("partial", "scare", "title")

    @property
    def floor(self) -> int:
        """Where the previous quote ends (0 for the first)."""
        return self.quotes[self.n - 1].end if self.n else 0

    @property
    def next_start(self) -> int | None:
        return self.quotes[self.n + 1].start if self.n + 1 < len(self.quotes) else None


def _in_relative_clause(toks: list[Tok], i: int, nxt: int, k: int) -> bool:
    """Is the cue at ``i`` the verb of a *who*/*which* clause (maybe after an adverb) set
    off after a comma, between ``k`` and ``i``, with no quotation from ``k`` up to the next
    cue at ``nxt``?"""
    m = i - 1
    while m > k and toks[m].tag == "RB":
        m -= 1
    return (
        m > k
        and toks[m].low in ("who", "which")
        and any(t.text == "," for t in toks[k:m])
        and not any(t.is_quote for t in toks[k:nxt])
    )


def _after_layout(
    text: str, toks: list[Tok], q: int, cues: list[CueSpan]
) -> tuple[int, list[CueSpan], bool]:
    n = len(toks)
    k = q + 1
    while (
        k < n
        and toks[k].text in (",", "''", "``", "—", "–", "-", "--", "'", "’", '"', "”")
        and not toks[k].is_quote
    ):
        k += 1
    after = [c for c in cues if c[0] >= k]
    while len(after) > 1 and _in_relative_clause(toks, after[0][0], after[1][0], k):
        # '"…," Tom Hale, a farmer who asked not to be named, said': the verb of a who
        # clause in the aside is no cue of the quote's; the main verb after it is
        after = after[1:]
    closing = text[toks[q].start : toks[q].end].rstrip("\"”'’»› ")
    if (
        after
        and before_sentence_end(closing)
        and k < n
        and toks[k].capitalised
        and has_clause(toks, after[0][1])
    ):
        # '… "halt its flights." The Council said Russia had …': a new sentence
        # whose cue has its own content
        after = []
    # '… offered "will calm nerves," the Florida senator said': a quote closing on a comma,
    # then its speaker and cue, belongs to them whatever came before it
    closing_comma = (
        bool(after)
        and closing.endswith(",")
        and after[0][0] - k <= 8
        and (
            after[0][1] >= n
            or toks[after[0][1]].text in (".", "!", "?", ";")
            or (
                toks[after[0][1]].tag in ("IN", "RB", "TO", "NNP")
                or toks[after[0][1]].text == ","
                and after[0][1] + 1 < n
                and toks[after[0][1] + 1].tag == "VBG"
            )
            and not any(t.is_quote for t in toks[after[0][1] : after[0][1] + 4])
        )
    )
    return k, after, closing_comma


def _before_layout(
    text: str, toks: list[Tok], q: int, cues: list[CueSpan]
) -> tuple[list[CueSpan], bool]:
    before = [c for c in cues if c[1] <= q]
    near = bool(before) and (
        all(
            t.text in (",", ":", "—", "–", "-", "that") or t.tag in ("RB",)
            for t in toks[before[-1][1] : q]
        )
        or object_then_colon(toks, before[-1][1], q)
    )
    if near:
        return before, True
    # a verb right before ', "' or ': "' reads as a cue even if it is not in the lexicon
    if (
        q >= 2
        and toks[q - 1].text in (",", ":")
        and toks[q - 2].tag in ("VBD", "VBZ", "VBG")
        and not toks[q - 2].is_quote
        and toks[q - 2].low not in ("is", "was", "are", "were", "has", "had")
    ):
        t = toks[q - 2]
        form = "participle" if t.tag == "VBG" else "past"
        extra = CueMatch(t.start, t.end, t.text, t.low, "unknown", form, False)
        return before + [(q - 2, q - 1, extra)], True
    # The ad claims "Lee is …": a verb (or a cue read as a noun) right before a quote
    # that opens with a capital letter
    if (
        q >= 1
        and not toks[q - 1].is_quote
        and opens_capital(text, toks[q])
        and toks[q - 1].low not in NAMING_VERBS
        and (
            toks[q - 1].tag in ("VBD", "VBZ")
            and toks[q - 1].low not in AUXILIARIES
            or cue_at([toks[q - 1].text], 0) is not None
        )
    ):
        t = toks[q - 1]
        hit = cue_at([t.text], 0)
        lemma, category = (hit[1], hit[2]) if hit else (t.low, "unknown")
        extra = CueMatch(t.start, t.end, t.text, lemma, category, "present", False)
        return before + [(q - 1, q, extra)], True
    return before, False


# --- the sieve record -------------------------------------------------------------------------

Condition = Callable[[QuoteFrame], "str | None"]


def _always(f: QuoteFrame) -> str | None:
    return None


class Sieve(NamedTuple):
    """One sieve: a name, the rule its records carry, the function that finds its pattern,
    a condition (a reason to skip the quote, or ``None``) and its stage."""

    name: str
    rule: Rule
    find: Callable[[QuoteFrame], Found | None]
    when: Condition = _always
    stage: str = "cue"
    #: A factor on the rule's confidence for this sieve's records: a sieve that guesses
    #: more than the others of its rule (under ~0.8 precision, as the per-sieve benchmark
    #: shows) keeps its rule name but says it is less sure.
    weight: float = 1.0
    #: A further factor for a quote that opens on a lower-case word, a fragment woven into
    #: the writer's sentence (*calling the plan "a gift to the banks"*): for a sieve whose
    #: guesses at such fragments are right less often than at whole quoted sentences.
    fragment_weight: float = 1.0

    @property
    def confidence(self) -> float:
        """The confidence of this sieve's records: its rule's, times its ``weight``."""
        return round(self.rule.confidence * self.weight, 3)

    @property
    def doc(self) -> str:
        """The sieve's docstring (pattern, example, source)."""
        return (self.find.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        """The first paragraph of the docstring, as plain text for tables and traces: the
        docstring's ````code```` marks dropped, a cross-reference reduced to its name and
        ``*emphasis*`` (a word talked about) set in quotation marks."""
        first = " ".join(self.doc.split("\n\n")[0].split()).replace("``", "")
        first = re.sub(r":\w+:`~?(?:[\w]+\.)*([\w]+)`", r"\1", first)
        return re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])", r"“\1”", first)

    @property
    def example(self) -> str | None:
        """The text after ``Example:`` in the docstring, a text on which the sieve fires
        (``¶`` in the docstring stands for a line break)."""
        m = re.search(r"Example:\s*(.+?)(?:\n\s*\n|\Z)", self.doc, re.S)
        return " ".join(m.group(1).split()).replace(" ¶ ", "\n") if m else None


def opens_lower(q: Quote) -> bool:
    """Does the quotation open on a lower-case word (a fragment, not a whole sentence)?"""
    return next((ch for ch in q.content if ch.isalpha()), "A").islower()


# --- conditions -------------------------------------------------------------------------------


def _cue_after_first(f: QuoteFrame) -> str | None:
    if f.near_before and not f.closing_comma:
        return "a cue sits right before the quote: the cue-before sieves go first"
    return None


def _according_after_first(f: QuoteFrame) -> str | None:
    if f.near_before:
        return "a cue sits right before the quote: the cue-before sieves go first"
    return None


def _cue_after_late(f: QuoteFrame) -> str | None:
    return None if f.near_before else "no cue right before the quote: tried before them"


def _direct_hint(f: QuoteFrame) -> str | None:
    return f"the finder guessed a {f.hint} quote" if f.partial_guess else None


def _scare_or_partial_hint(f: QuoteFrame) -> str | None:
    return (
        None
        if f.hint in ("scare", "partial")
        else f"only for partial or scare quotes, not {f.hint}"
    )
