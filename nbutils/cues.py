"""Reporting cues: the verbs and phrases that tell us someone said something.

A quotation is attributed through a *cue*: ``said``, ``told``, ``added``,
``stressed``, ``according to`` … The lexicon lives in
``nbutils/resources/reporting_cues.tsv``, package data (one cue per line: lemma, framing category, type,
surface forms) so that it can be read, taught and extended without touching
code. The *category* says how a cue frames what is reported — ``neutral``
(said, noted), ``emphatic`` (stressed, insisted), ``assertive`` (argued,
claimed), ``tentative`` (suggested), ``concessive`` (acknowledged, admitted),
``positive`` (praised), ``negative`` (condemned, warned), ``directive``
(urged), ``emotional`` (exclaimed), ``evaluative`` (called it …), ``inquiry``
(asked) and ``source`` (according to) — which the reaction analysis reuses
to study framing.

:func:`find_cues` finds every surface form in a stretch of text with one
precompiled regular expression. A form written with a capital letter counts
only at the start of a sentence or clause (so the *Washington Post* is not the
verb *post*). Whether a form really is a verb in context (``reports`` the
verb, not the noun) is for the caller to check with POS tags; each match says
whether it needs that check (:attr:`CueMatch.ambiguous`).

>>> [(c.text, c.lemma, c.category) for c in find_cues("Rutte stressed it, according to aides.")]
[('stressed', 'stress', 'emphatic'), ('according to', 'according to', 'source')]
>>> entry = next(e for e in cue_lexicon() if e.lemma == "say")
>>> entry.category, "said" in entry.forms
('neutral', True)
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from nbutils.lexicons import resource_path, word_list

#: Where the lexicon is read from.
LEXICON_PATH: Path = resource_path("reporting_cues.tsv")

#: Framing categories, in the order they are documented.
CATEGORIES: tuple[str, ...] = (
    "neutral",
    "inquiry",
    "emphatic",
    "assertive",
    "tentative",
    "concessive",
    "positive",
    "negative",
    "directive",
    "emotional",
    "evaluative",
    "source",
)


class CueEntry(NamedTuple):
    """One lexicon entry: a lemma, its framing category, type and surface forms."""

    lemma: str
    category: str
    type: str  #: "verb" or "phrase"
    forms: tuple[str, ...]


class CueMatch(NamedTuple):
    """One cue found in a text."""

    start: int
    end: int
    text: str
    lemma: str
    category: str
    form: str  #: "past", "present", "participle", "base" or "phrase"
    ambiguous: bool  #: True when the form can also be a noun (check the POS tag)


def _form_type(lemma: str, form: str) -> str:
    if " " in lemma and not form.split()[0].endswith(("ed", "s", "ing")) and form == lemma:
        return "past" if form.split()[0] in _PAST_LIKE_BASE else "base"
    head = form.split()[0]
    if head.endswith("ing"):
        return "participle"
    if head == lemma.split()[0]:
        return "past" if head in _PAST_LIKE_BASE else "base"
    if head.endswith("s") and not head.endswith("ss"):
        return "present"
    return "past"


#: Verbs whose past tense is spelt like the base form: read as past ("the sign read").
_PAST_LIKE_BASE = frozenset({"read", "put", "hit", "cut"})


@lru_cache(maxsize=4)
def cue_lexicon(path: str | Path | None = None) -> tuple[CueEntry, ...]:
    """The reporting-cue lexicon, read from ``nbutils/resources/reporting_cues.tsv``.

    Lines starting with ``#`` are comments; a malformed line raises a
    ``ValueError`` naming the file and line.
    """
    p = Path(path) if path else LEXICON_PATH
    entries: list[CueEntry] = []
    with p.open(encoding="utf-8", newline="") as fh:
        rows = (line for line in fh if line.strip() and not line.startswith("#"))
        reader = csv.reader(rows, delimiter="\t")
        header = next(reader, None)
        if header != ["lemma", "category", "type", "forms"]:
            raise ValueError(f"{p}: expected header 'lemma category type forms', got {header}")
        for n, row in enumerate(reader, start=2):
            if len(row) != 4 or row[1] not in CATEGORIES or row[2] not in ("verb", "phrase"):
                raise ValueError(f"{p}: bad cue line {n}: {row!r}")
            forms = tuple(f.strip() for f in row[3].split("|") if f.strip())
            entries.append(CueEntry(row[0], row[1], row[2], forms))
    return tuple(entries)


#: Forms that are also common nouns or adjectives: a POS check decides.
_AMBIGUOUS_HEADS = word_list("ambiguous_cue_forms")


def prefix_tree(forms: list[str], depth: int = 0) -> str:
    """One regular expression for ``forms`` (lower case, longest first, all sharing their
    first ``depth`` characters), factored by their common beginnings: ``said|says|stated``
    becomes ``s(?:a(?:id|ys)|tated)``, a space in a form matching any run of spaces.

    It matches what the plain alternation ``said|says|stated`` matches, and where a form
    is a prefix of another the longer is still tried first, but the regex engine tries
    each letter of the text once per branch of the tree, not once per form: with the
    700 forms of the lexicon and the case ignored, the flat alternation entered every
    form at every word of the text (:func:`find_cues` is 17x faster on news, 25x on
    text made of reporting verbs). Branches start with different letters, so no
    character of a text can enter two of them, case ignored or not.

    >>> print(prefix_tree(["point out", "stated", "said", "says", "say"]))
    point\\s+out|s(?:tated|a(?:id|y(?:s|)))
    """
    branches: dict[str, list[str]] = {}
    ends = False
    for f in forms:
        if len(f) == depth:
            ends = True  # (last: every longer form with this beginning comes first)
        else:
            branches.setdefault(f[depth], []).append(f)
    parts = [
        (r"\s+" if c == " " else re.escape(c)) + prefix_tree(group, depth + 1)
        for c, group in branches.items()
    ]
    if not parts:
        return ""
    if ends:
        parts.append("")
    if depth == 0 or len(parts) == 1:
        return "|".join(parts)
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    forms: dict[str, tuple[str, str, str]] = {}
    for e in cue_lexicon():
        for f in e.forms:
            forms.setdefault(f.lower(), (e.lemma, e.category, _form_type(e.lemma, f.lower())))
    alternatives = sorted(forms, key=len, reverse=True)
    body = prefix_tree(alternatives)
    # the lookahead first: most positions of a text are no letter a form opens with
    first = "".join(sorted({re.escape(f[0]) for f in alternatives}))
    pattern = re.compile(rf"(?=[{first}])(?<![\w'’-])(?:{body})(?![\w-])", re.IGNORECASE)
    return pattern, forms


_CLAUSE_START = re.compile(r"(?:^|[.!?:;\"“”‘’(—–-]\s*|\n\s*)$")


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[CueMatch]:
    """Every reporting cue in ``text[start:end]`` (offsets into ``text``).

    >>> [c.text for c in find_cues("The Post reported. Post it, he said.")]
    ['reported', 'Post', 'said']
    """
    pattern, forms = _index()
    end = len(text) if end is None else end
    out: list[CueMatch] = []
    for m in pattern.finditer(text, start, end):
        surface = m.group()
        key = " ".join(surface.lower().split())
        if key not in forms:
            continue  # a letter that matches only with the case ignored ("ınsisted")
        lemma, category, form = forms[key]
        if surface[0].isupper():
            if surface.isupper() and len(surface) > 1:
                continue  # an acronym or a shouted headline word
            if not _CLAUSE_START.search(text, max(0, m.start() - 3), m.start()):
                continue
        ambiguous = key.split()[0] in _AMBIGUOUS_HEADS
        out.append(CueMatch(m.start(), m.end(), surface, lemma, category, form, ambiguous))
    return out


@lru_cache(maxsize=1)
def cue_first_words() -> frozenset[str]:
    """The first word of every form in the cue lexicon, in lower case (what :func:`cue_at`
    looks a token up by): a text holding none of them holds no cue.

    >>> {"said", "according"} <= cue_first_words(), "walked" in cue_first_words()
    (True, False)
    """
    return frozenset(_by_first_word())


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[tuple[str, ...], str, str, str]]]:
    """First word of a form -> [(all words, lemma, category, form type)], longest first."""
    out: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
    for key, (lemma, category, form) in _index()[1].items():
        words = tuple(key.split())
        out.setdefault(words[0], []).append((words, lemma, category, form))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))
    return out


def cue_at(words: list[str], i: int) -> tuple[int, str, str, str, bool] | None:
    """The cue starting at ``words[i]`` of a tokenised text, if any.

    Returns ``(number of words, lemma, category, form type, ambiguous)``.
    This is :func:`find_cues` for text that is already tokenised (capitalisation
    is the caller's business).

    >>> cue_at(["he", "pointed", "out", "that"], 1)
    (2, 'point out', 'assertive', 'past', False)
    """
    options = _by_first_word().get(words[i].lower())
    if not options:
        return None
    for seq, lemma, category, form in options:
        n = len(seq)
        if n == 1 or [w.lower() for w in words[i : i + n]] == list(seq):
            return n, lemma, category, form, seq[0] in _AMBIGUOUS_HEADS
    return None


def lemma_of(form: str) -> str | None:
    """The lemma of a surface form, or ``None`` if it is not a cue.

    >>> lemma_of("Stressed"), lemma_of("walked")
    ('stress', None)
    """
    hit = _index()[1].get(" ".join(form.lower().split()))
    return hit[0] if hit else None


def category_of(lemma: str) -> str | None:
    """The framing category of a cue lemma (``None`` if unknown).

    >>> category_of("condemn")
    'negative'
    """
    for e in cue_lexicon():
        if e.lemma == lemma:
            return e.category
    return None
