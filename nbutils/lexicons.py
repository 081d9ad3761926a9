"""Word lists: open-class lexicons read from package data, closed-class lists in one namespace.

The attribution engine leans on word lists: reporting cues (*said*, *told*,
*according to*), title words (*Senator*, *Gov.*), role words (*resident* →
citizen/witness), organisation words (*committee*), nouns for speech
(*statement*) and documents (*sign*, *memo*) … The *open-class* lists — the
ones a user may want to read or extend for their own corpus — are data files
in ``nbutils/resources/`` (one word a line, or a tab-separated table with a
header; ``#`` starts a comment), described in ``nbutils/resources/README.md``.
They ship inside the package, so a non-editable ``pip install .`` finds them
wherever it runs. This module is the one place that reads them, once each.

The few *closed-class* lists (pronouns, auxiliaries, prepositions, name
connectors …) are grammar rather than vocabulary: they stay in code, together,
in :class:`Closed` — as VADER keeps its negations and boosters in one class.

>>> "spokeswoman" in word_list("title_words"), "committee" in word_list("org_words")
(True, True)
>>> dict(table("honorifics"))["mrs."]
'female'
>>> abbreviations("suffix")
('Jr', 'Sr')
>>> "van" in Closed.NAME_CONNECTORS
True
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

#: The folder of package data that holds the lexicons.
RESOURCES: Path = Path(__file__).resolve().parent / "resources"


def resource_path(name: str) -> Path:
    """The path of one resource file (``name`` with its suffix)."""
    return RESOURCES / name


def _lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [
            line.rstrip("\r\n") for line in fh if line.strip() and not line.lstrip().startswith("#")
        ]


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of ``resources/<name>.txt`` (one a line), as a set."""
    return frozenset(line.strip() for line in _lines(resource_path(f"{name}.txt")))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``resources/<name>.tsv`` (header line skipped), in file order.

    A row with the wrong number of columns raises ``ValueError`` naming the file and line.
    """
    path = resource_path(f"{name}.tsv")
    lines = _lines(path)
    width = len(lines[0].split("\t")) if lines else 0
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cols = tuple(c.strip() for c in line.split("\t"))
        if len(cols) != width:
            raise ValueError(f"{path}: data line {n} has {len(cols)} columns, expected {width}")
        rows.append(cols)
    return tuple(rows)


@cache
def abbreviations(*kinds: str) -> tuple[str, ...]:
    """Abbreviations (without their full stop) of the given kinds, in file order
    (``resources/abbreviations.tsv``: title, saint, suffix, plural, month, state, other)."""
    return tuple(word for word, kind in table("abbreviations") if kind in kinds)


def abbreviation_pattern(*kinds: str) -> str:
    """A regular-expression alternation of the abbreviations of ``kinds`` (longest first).

    >>> import re
    >>> bool(re.fullmatch(rf"(?:{abbreviation_pattern('title')})\\.", "Gov."))
    True
    """
    return "|".join(sorted(abbreviations(*kinds), key=lambda w: (-len(w), w)))


class Closed:
    """Closed-class word lists: grammar, not vocabulary (lower case unless said)."""

    #: Personal pronouns that can stand for a speaker, with what they tell.
    PRONOUNS: dict[str, str | None] = {
        "he": "male",
        "him": "male",
        "she": "female",
        "her": "female",
        "they": "plural",
        "them": "plural",
        "i": "first",
        "we": "first-plural",
        "it": "neuter",
    }
    #: Particles inside a name ("Pieter de Vries", "Ursula von der Leyen", "Bank of America").
    NAME_CONNECTORS = frozenset(
        {
            "de",
            "van",
            "von",
            "der",
            "den",
            "da",
            "del",
            "di",
            "la",
            "le",
            "bin",
            "al",
            "ibn",
            "of",
            "dos",
            "das",
            "du",
            "ter",
        }
    )
    #: Forms of *be*.
    BE = frozenset("is are was were be been being 's ’s".split())
    #: Auxiliaries: a finite verb that is not a cue ("is", "has", "did").
    AUXILIARIES = frozenset("is was are were has had have does did do be been 's 're 'd".split())
    #: Finite auxiliaries and modals, with their negations: what opens a finite predicate
    #: ("will", "wasn't") and what follows a subject pronoun in a clause ("said he would").
    FINITE_AUXILIARIES = frozenset(
        """is are was were am has have had will would can could should shall may might must
do does did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot
couldn't shouldn't mustn't don't doesn't didn't""".split()
    )
    #: Prepositions that may sit inside a noun phrase ("spokesman for the campaign").
    PREPOSITIONS_IN_NP = frozenset({"of", "for", "at", "from", "with", "in", "on", "near"})
    #: Quantifiers ("one of the", "some of").
    QUANTIFIERS = frozenset(
        "one some many most all each several both none any two three few".split()
    )
    #: Determiners: articles, demonstratives and possessives; after one, a word is a noun
    #: (*its report*, *the MP*).
    DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())
    #: Words that stand for a person or group on their own as a subject ("Another said").
    STANDALONE = frozenset("another others one some many several both most".split())
