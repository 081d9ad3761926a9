"""How good is the attribution? Extraction and speaker metrics against gold data.

Units. A *gold quote* is one annotated quotation — possibly in several
fragments, as in ``"A," he said. "B."`` — with the speaker it should be
attributed to. A *predicted quote* is one :class:`~nbutils.attribution.Attribution`.

Extraction (``overlap``): a predicted quote is right when it shares a letter
with a gold quote; a gold quote is found when some prediction shares a letter
with it. Precision counts predictions, recall counts gold quotes (a split
quote predicted as two records is two right predictions and one found gold
quote). Extraction (``exact``): spans compared after stripping quotation
marks, spaces and edge punctuation; a gold quote is exactly found when each
of its fragments is.

Speakers. Among the gold quotes found (by overlap), the speaker is right
when the surnames match: the last capitalised word of the gold name occurs in
the predicted name or vice versa, ignoring case (*Mr. Obama* ≈ *Barack Obama*,
*PENCE* ≈ *Mike Pence*); both names are first cut to their head
(:func:`name_head`), so the capitalised words of an apposition (*Lydia Marchetti,
a vice president in the Fort Myers office*) do not count. A gold
source with no name (*a source*, *officials*) matches a prediction whose
mention overlaps it or shares its head noun (the noun before any apposition, relative
clause or prepositional phrase: *a longtime adviser to Trump* is unnamed, head *adviser*);
so does a named gold source when
the prediction is an unnamed description whose mention overlaps it, and a gold
description (*the Republican nominee*) when the prediction's mention is that same
description, resolved to a person. For a **pronoun** source the
gold name is the person it refers to (see
:func:`nbutils.polnear.resolve_gold_sources`), so a prediction left as
"he" is wrong. End-to-end: a quote found *and* attributed right.

>>> gold = [GoldQuote(((10, 20),), "Ann Lee")]
>>> from nbutils.attribution import Attribution
>>> pred = [Attribution(9, 21, "x" * 12, "direct", speaker="Ann Lee")]
>>> s = score(pred, gold, "y" * 30)
>>> s.overlap_f1, s.speaker_accuracy, s.e2e_f1
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from nbutils.articles import ArticleError

_TITLES = frozenset(
    """mr. mrs. ms. dr. sen. rep. gov. gen. president vice secretary senator
governor mayor mp minister prime the a an former said of""".split()
)
_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "we", "i", "it", "them", "us"})
_EDGE = re.compile(r"^[\s\"“”'‘’«»„,.;:!?—–-]+|[\s\"“”'‘’«»„,.;:!?—–-]+$")


@dataclass(frozen=True)
class GoldQuote:
    """One gold quotation: content fragments and the speaker it belongs to."""

    spans: tuple[tuple[int, int], ...]
    speaker: str | None  #: the name to match (a pronoun's referent, resolved)
    mention: str | None = None  #: the source as written ("he", "Mr. Obama")
    mention_span: tuple[int, int] | None = None
    kind: str = "direct"

    @property
    def pronoun(self) -> bool:
        return bool(self.mention) and self.mention.strip().lower() in _PRONOUNS


@dataclass
class Scores:
    """Counts summed over documents, with the derived rates as properties."""

    predicted: int = 0
    predicted_right: int = 0
    gold: int = 0
    gold_found: int = 0
    predicted_exact: int = 0
    gold_exact: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    pronoun_total: int = 0
    pronoun_right: int = 0
    e2e_predicted_right: int = 0
    e2e_gold_right: int = 0
    unjudged: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def overlap_precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0

    @property
    def overlap_recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def overlap_f1(self) -> float:
        return self._f(self.overlap_precision, self.overlap_recall)

    @property
    def exact_precision(self) -> float:
        return self.predicted_exact / self.predicted if self.predicted else 0.0

    @property
    def exact_recall(self) -> float:
        return self.gold_exact / self.gold if self.gold else 0.0

    @property
    def exact_f1(self) -> float:
        return self._f(self.exact_precision, self.exact_recall)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 0.0

    @property
    def pronoun_accuracy(self) -> float:
        return self.pronoun_right / self.pronoun_total if self.pronoun_total else 0.0

    @property
    def e2e_precision(self) -> float:
        return self.e2e_predicted_right / self.predicted if self.predicted else 0.0

    @property
    def e2e_recall(self) -> float:
        return self.e2e_gold_right / self.gold if self.gold else 0.0

    @property
    def e2e_f1(self) -> float:
        return self._f(self.e2e_precision, self.e2e_recall)

    def summary(self) -> dict[str, float | int]:
        """The figures a report prints, as a flat dict."""
        keys = [
            "overlap_precision",
            "overlap_recall",
            "overlap_f1",
            "exact_precision",
            "exact_recall",
            "exact_f1",
            "speaker_accuracy",
            "pronoun_accuracy",
            "e2e_precision",
            "e2e_recall",
            "e2e_f1",
        ]
        out: dict[str, float | int] = {k: round(getattr(self, k), 4) for k in keys}
        out.update(
            predicted=self.predicted,
            gold=self.gold,
            speaker_total=self.speaker_total,
            pronoun_total=self.pronoun_total,
            unjudged=self.unjudged,
        )
        return out


def _letters(text: str, a: int, b: int) -> set[int]:
    return {k for k in range(a, min(b, len(text))) if text[k].isalnum()}


def _norm(text: str, a: int, b: int) -> tuple[int, int]:
    s = text[a:b]
    m1 = re.match(r"^[\s\"“”'‘’«»„,.;:!?—–-]*", s)
    m2 = re.search(r"[\s\"“”'‘’«»„,.;:!?—–-]*$", s)
    lo = a + (m1.end() if m1 else 0)
    hi = a + (m2.start() if m2 else len(s))
    return (lo, max(lo, hi))


def name_words(name: str | None) -> list[str]:
    """Capitalised name words, without titles or possessives.

    >>> name_words("NATO Secretary General Mark Rutte's")
    ['NATO', 'General', 'Mark', 'Rutte']
    """
    if not name:
        return []
    out = []
    for w in re.sub(r"['’]s\b", "", name).replace(",", " ").split():
        w = w.strip('()."“”').replace("’", "'")  # (a curly apostrophe is a straight one)
        if (
            w[:1].isupper()
            and w.lower() not in _TITLES
            and w.lower() not in _PRONOUNS
            and w.lower() + "." not in _TITLES
        ):
            out.append(w)
    return out


_PART_CUT = re.compile(r"[,(—–;)]|\s-\s")
_RELATIVE_CUT = re.compile(r"\s*\b(?:who|whom|which|that)\b")
_HEAD_PREP = re.compile(r"\s+(?:of|at|in|from|for|with|on|by|to)\s+")


def _parts(name: str) -> list[str]:
    """The comma-separated parts of a source phrase, each cut before a relative clause."""
    out = []
    for part in _PART_CUT.split(name):
        cut = _RELATIVE_CUT.split(part, maxsplit=1)
        if cut[0].strip():
            out.append(cut[0].strip())
    return out or [name.strip()]


def _acronym_of(short: list[str], long: list[str]) -> bool:
    """Is the one-word name ``short`` the initials of the capitalised words of ``long``?

    >>> _acronym_of(["RNC"], ["Republican", "National", "Committee"])
    True
    """
    initials = "".join(w[0] for w in long if w[:1].isupper())
    return len(short) == 1 and len(short[0]) >= 2 and short[0].isupper() and short[0] == initials


def name_head(name: str, prepositions: bool = True) -> str:
    """The head of a source phrase: the name, without an apposition, a relative clause
    or (with ``prepositions``) a prepositional phrase after the name.

    The first comma-separated part that ends in a capitalised word is the name
    (*the previous nominee, Mitt Romney,* -> *Mitt Romney*); without one, the first
    part (a description such as *officials in the Obama administration*).

    >>> name_head("Lydia Marchetti, a senior vice president in the Fort Myers office")
    'Lydia Marchetti'
    >>> name_head("Mr. Keller of Showtime"), name_head("Secretary of State Hillary Clinton")
    ('Mr. Keller', 'Secretary of State Hillary Clinton')
    >>> name_head("Another user, Bertie Q,"), name_head("a Wednesday editorial in The Register")
    ('Bertie Q', 'a Wednesday editorial in The Register')
    """
    parts = _parts(name)
    for p in parts:  # a part that is a name before any prepositional phrase
        cut = _HEAD_PREP.split(p, maxsplit=1)[0]
        if cut.split() and cut.split()[-1][:1].isupper() and name_words(cut):
            return cut if prepositions else p
    head = next((p for p in parts if p.split()[-1][:1].isupper() and name_words(p)), parts[0])
    if prepositions:
        for m in _HEAD_PREP.finditer(head):
            before = head[: m.start()]
            if before.split()[-1][:1].isupper() and name_words(before):
                return before
    return head


def _unnamed_head(name: str) -> str | None:
    """The head noun of an unnamed source (*a longtime adviser to Trump* -> *adviser*;
    *the designer, who works at G-III* -> *designer*), ``None`` for a named one."""
    parts = _parts(name)
    if name_head(name, prepositions=False) != parts[0]:
        return None  # "the White House spokesman, Evan Marsh,": named in apposition
    described = _HEAD_PREP.split(parts[0], maxsplit=1)[0].split()
    if not described or not described[-1][:1].islower():
        return None
    return described[-1].lower()


def speaker_matches(
    pred_name: str | None,
    pred_span: tuple[int, int] | None,
    gold: GoldQuote,
    strict_names: bool = False,
) -> bool | None:
    """Is the predicted speaker the gold one? ``None`` when gold gives no speaker.

    Names are compared by their heads (:func:`name_head`): *Lydia Marchetti, a vice
    president in the Fort Myers office* is Lydia Marchetti, not Fort Myers. Two names
    match when they share the surname — lenient: *Ivanka Trump* passes for *Donald
    Trump*. With ``strict_names`` they must also share a first name when both have one
    (:func:`_first_names_agree`), the plain reading of who spoke.

    >>> gold = GoldQuote(((0, 5),), "Donald Trump")
    >>> speaker_matches("Ivanka Trump", None, gold), speaker_matches("Ivanka Trump", None, gold, True)
    (True, False)
    >>> speaker_matches("President Donald J. Trump", None, gold, True)
    True
    """
    if gold.speaker is None:
        return None
    if pred_name is None:
        return False
    g = name_words(name_head(gold.speaker))
    p = name_words(name_head(pred_name, prepositions=False))
    if (
        not gold.pronoun
        and not p
        and pred_span
        and gold.mention_span
        and pred_span[0] < gold.mention_span[1]
        and gold.mention_span[0] < pred_span[1]
    ):
        return True  # the same descriptive mention ("a paper from the … Institution")
    if (
        not gold.pronoun
        and pred_span
        and gold.mention_span
        and pred_span[0] < gold.mention_span[1]
        and gold.mention_span[0] < pred_span[1]
        and _unnamed_head(gold.mention or gold.speaker) is not None
    ):
        return True  # the gold description itself ("the Republican nominee"), resolved by us
    noun = None if gold.pronoun or p else _unnamed_head(gold.speaker)
    if noun is not None and noun in re.findall(r"\w+", pred_name.lower()):
        # an unnamed source whose modifier names someone ("a longtime adviser to Trump"):
        # the head noun decides, as for any unnamed source
        return True
    if g:
        if not p:
            return False
        if _acronym_of(g, p) or _acronym_of(p, g):
            return True  # "The RNC" and "Republican National Committee"
        same = g[-1].lower() in [w.lower() for w in p] or p[-1].lower() in [w.lower() for w in g]
        return same and (not strict_names or _first_names_agree(g, p))
    if gold.pronoun:
        return False
    if (
        pred_span
        and gold.mention_span
        and pred_span[0] < gold.mention_span[1]
        and gold.mention_span[0] < pred_span[1]
    ):
        return True
    head = re.findall(r"\w+", gold.speaker.lower())
    return bool(head) and head[-1] in re.findall(r"\w+", pred_name.lower())


def _first_names_agree(g: list[str], p: list[str]) -> bool:
    """Do two names that share a surname agree on the given name, when both give one?

    The given name is the last word before the surname that is not an initial, an
    acronym or a title word (*NATO Secretary General Mark Rutte*: *Mark*); it agrees
    when it is any word of the other name (*Hillary Rodham Clinton*, *Hillary Clinton*).
    """
    from nbutils.speakers.vocabulary import TITLE_WORDS

    def given(words: list[str]) -> str | None:
        for w in reversed(words[:-1]):
            if len(w) > 1 and not w.isupper() and w.lower() not in TITLE_WORDS:
                return w.lower()
        return None

    lower_g, lower_p = [w.lower() for w in g], [w.lower() for w in p]
    first_g, first_p = given(g), given(p)
    return first_g is None or first_p is None or first_g in lower_p or first_p in lower_g


def score(
    predicted: Sequence,
    gold: Sequence[GoldQuote],
    text: str,
    strict_names: bool = False,
    matcher: Callable[[Any, GoldQuote], bool | None] | None = None,
) -> Scores:
    """Scores of one document's predictions (Attribution-like records) against gold
    (``strict_names``: see :func:`speaker_matches`). ``matcher(prediction, gold)`` may
    replace :func:`speaker_matches` as the test of a speaker (``None``: not judged), as
    ``benchmarks/bench_written.py`` does for its unnamed speakers."""
    if matcher is None:

        def matcher(p, g: GoldQuote) -> bool | None:
            return speaker_matches(p.speaker, _span(p), g, strict_names)

    s = Scores(predicted=len(predicted), gold=len(gold))
    gold_letters = [set().union(*(_letters(text, a, b) for a, b in g.spans)) for g in gold]
    gold_exact = [{_norm(text, a, b) for a, b in g.spans} for g in gold]
    pred_letters = [_letters(text, p.start, p.end) for p in predicted]
    pred_norm = [_norm(text, p.start, p.end) for p in predicted]
    for k, p in enumerate(predicted):
        hits = [i for i, gl in enumerate(gold_letters) if gl & pred_letters[k]]
        if hits:
            s.predicted_right += 1
            if any(pred_norm[k] in gold_exact[i] for i in hits):
                s.predicted_exact += 1
            best = max(hits, key=lambda i: len(gold_letters[i] & pred_letters[k]))
            ok = matcher(p, gold[best])
            if ok or ok is None:
                s.e2e_predicted_right += 1
    for i, g in enumerate(gold):
        overlapping = [k for k in range(len(predicted)) if pred_letters[k] & gold_letters[i]]
        if not overlapping:
            continue
        s.gold_found += 1
        if gold_exact[i] <= {pred_norm[k] for k in overlapping}:
            s.gold_exact += 1
        best = max(overlapping, key=lambda k: len(pred_letters[k] & gold_letters[i]))
        ok = matcher(predicted[best], g)
        if ok is None:
            s.unjudged += 1
            s.e2e_gold_right += 1
            continue
        s.speaker_total += 1
        s.speaker_right += ok
        s.e2e_gold_right += ok
        if g.pronoun:
            s.pronoun_total += 1
            s.pronoun_right += ok
    return s


def _span(p) -> tuple[int, int] | None:
    if getattr(p, "speaker_start", None) is None:
        return None
    return (p.speaker_start, p.speaker_end)


# --- gold files -------------------------------------------------------------------


def load_gold(path: str | Path, text: str) -> list[GoldQuote]:
    """Read a gold ``.quotes.jsonl`` file (schema in ``data/gold/README.md``).

    Each span is checked against ``text``; a mismatch raises one clear line.
    """
    p = Path(path)
    out = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArticleError(f"{p}:{n}: not valid JSON ({exc.msg})") from None
        start, end = rec["start"], rec["end"]
        if text[start:end] != rec["text"]:
            raise ArticleError(f"{p}:{n}: text does not match the article at {start}:{end}")
        ms = rec.get("speaker_start")
        span = (ms, rec["speaker_end"]) if ms is not None else None
        if span and text[span[0] : span[1]] != rec.get("speaker_mention"):
            raise ArticleError(f"{p}:{n}: speaker_mention does not match the article")
        out.append(
            GoldQuote(
                ((start, end),),
                rec.get("speaker"),
                rec.get("speaker_mention"),
                span,
                rec.get("kind", "direct"),
            )
        )
    return out


def gold_from_polnear(doc) -> list[GoldQuote]:
    """The direct quotations of a :class:`~nbutils.polnear.PolnearDocument` as gold quotes."""
    out = []
    for a in doc.direct:
        src = a.source[0] if a.source else None
        out.append(
            GoldQuote(
                tuple((s.start, s.end) for s in a.content),
                a.resolved,
                a.source_text,
                (src.start, a.source[-1].end) if src else None,
            )
        )
    return out


def evaluate_documents(pairs: Iterable[tuple[Sequence, Sequence[GoldQuote], str]]) -> Scores:
    """Sum :func:`score` over ``(predicted, gold, text)`` triples."""
    total = Scores()
    for predicted, gold, text in pairs:
        total = total + score(predicted, gold, text)
    return total
