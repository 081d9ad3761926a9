"""Comparing tokenisers on the hard cases an article actually contains.

There is no single right way to cut English into words. Python's
``str.split`` cuts at spaces only; a regular expression cuts where its author
said; NLTK ships several tokenisers, each written for a different kind of
text (the Penn Treebank's 1990s newswire, tweets, many languages at once).
They agree on ordinary words and disagree on the *hard cases*: apostrophes
(straight ``'`` and curly ``’``), abbreviations with inner periods (``U.S.``),
hyphenated words (``full-scale``), quotation marks glued to words, numbers
with punctuation, handles and URLs.

This module finds those hard cases in whatever text it is given
(:func:`hard_cases` — nothing here knows any particular article), runs every
tokeniser in :data:`TOKENISERS` on the same Punkt sentences, and lays the
results side by side (:func:`compare`), one row per hard case, with a column
that says whether the tokenisers disagree. Each tokeniser carries a ``why``:
the reason it behaves as it does, for instructors.

>>> text = 'Zelenskyy\\'s aide said, "I’m sure." The U.S. backs the full-scale plan.'
>>> for case in hard_cases(text)[:3]:
...     print(case.text, case.kinds)
Zelenskyy's ('straight apostrophe',)
"I’m ('curly apostrophe', 'quote glued (straight)')
sure." ('quote glued (straight)',)
>>> table = compare(text)
>>> table.loc["I’m", ["split", "treebank", "nltk"]].tolist()
['"I’m', '`` | I’m', '`` | I | ’ | m']
>>> bool(table.loc["full-scale", "disagree"])
True
>>> split_disagreements("He said it.")   # only "it." is cut further, into "it" + "."
1
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from nbutils.tokenise import Token, sentence_spans

if TYPE_CHECKING:
    import pandas as pd

_CHUNK = re.compile(r"\S+")

#: The hand-written regular expression of the ``regex`` tokeniser.
REGEX_PATTERN = r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]"


class Tokeniser(NamedTuple):
    """A tokeniser: short name, the rule it applies, and why it behaves so."""

    name: str
    rule: str
    why: str
    tokenize: Callable[[str], list[str]]


class HardCase(NamedTuple):
    """A whitespace-separated chunk of the text that tokenisers may cut differently."""

    text: str
    start: int
    end: int
    kinds: tuple[str, ...]


# --- the tokenisers -------------------------------------------------------


@cache
def _nltk(name: str):
    from nltk.tokenize import (
        RegexpTokenizer,
        ToktokTokenizer,
        TreebankWordTokenizer,
        TweetTokenizer,
        WordPunctTokenizer,
    )
    from nltk.tokenize.destructive import NLTKWordTokenizer

    return {
        "regex": lambda: RegexpTokenizer(REGEX_PATTERN),
        "wordpunct": WordPunctTokenizer,
        "treebank": TreebankWordTokenizer,
        "nltk": NLTKWordTokenizer,
        "tweet": TweetTokenizer,
        "toktok": ToktokTokenizer,
    }[name]()


def _tokenize_with(name: str) -> Callable[[str], list[str]]:
    return lambda sentence: list(_nltk(name).tokenize(sentence))


#: The tokenisers compared, in the order of the table's columns.
TOKENISERS: dict[str, Tokeniser] = {
    t.name: t
    for t in (
        Tokeniser(
            "split",
            "Python's str.split(): cut at whitespace, nothing else",
            "It knows no punctuation at all, so quotation marks, commas and full stops stay "
            "glued to words: 'way', 'way.' and '\"way' become three different words. Lossless "
            "and predictable, but useless for counting words.",
            str.split,
        ),
        Tokeniser(
            "regex",
            f'RegexpTokenizer(r"{REGEX_PATTERN}")',
            "A hand-written rule does exactly what its author foresaw: letter-period "
            "abbreviations (U.S.), words with inner hyphens or straight or curly apostrophes "
            "(full-scale, Ann's, I’m) stay whole; every other symbol is a token of its "
            "own. It was not told about numbers (3,000 → 3 , 000), URLs or abbreviations "
            "like Mr. — a regex knows only what you write into it.",
            _tokenize_with("regex"),
        ),
        Tokeniser(
            "wordpunct",
            r"WordPunctTokenizer: the regex \w+|[^\w\s]+",
            "Runs of letters and digits against runs of punctuation, with no exceptions: "
            "U.S. → U . S ., Ann's → Ann ' s, full-scale → full - scale, and "
            "neighbouring marks fuse into one token ('.”'). Simple, language-neutral, blind "
            "to English conventions.",
            _tokenize_with("wordpunct"),
        ),
        Tokeniser(
            "treebank",
            "TreebankWordTokenizer: Penn Treebank rules (a cascade of regexes)",
            "Written for the Penn Treebank's plain-ASCII Wall Street Journal text. It splits "
            "English clitics after a straight apostrophe ('s, n't, 'm), rewrites straight "
            "double quotes as `` and '' (opening and closing), and cuts a period only at the "
            "very end of its input, so U.S. inside a sentence stays whole. Curly quotes and "
            "the curly apostrophe did not exist in its ASCII world: “What and I’m stay glued.",
            _tokenize_with("treebank"),
        ),
        Tokeniser(
            "nltk",
            "NLTKWordTokenizer (word_tokenize after Punkt; nbutils' word_tokens)",
            "The Treebank rules extended to Unicode quotation marks: “ ” ‘ ’ are split off as "
            "quotes. The curly apostrophe is the same character as the closing single quote "
            "’, so I’m becomes I ’ m, while I'm with a straight apostrophe gives the clitic 'm. "
            "Abbreviations (U.S.) and hyphenated words stay whole.",
            _tokenize_with("nltk"),
        ),
        Tokeniser(
            "tweet",
            "TweetTokenizer (nltk.tokenize.casual): regexes for social media",
            "Built for tweets: @handles, #hashtags, URLs and emoticons stay whole, and so do "
            "words with inner straight apostrophes or hyphens (Ann's, full-scale) — it "
            "does not split clitics. Its word pattern knows only the straight apostrophe (I’m "
            "→ I ’ m) and it has no abbreviation rule (U.S. → U . S .).",
            _tokenize_with("tweet"),
        ),
        Tokeniser(
            "toktok",
            "ToktokTokenizer: a fast regex cascade meant for many languages",
            "Language-general, so no English clitic rules: every apostrophe is cut out "
            "(Ann ' s). Periods inside a word are kept (U.S., e.g., and also Mr.): only "
            "the period at the very end of its input (possibly followed by a closing quote) "
            "is cut. @handles, #hashtags and URLs stay whole.",
            _tokenize_with("toktok"),
        ),
    )
}


def tokeniser_table(names: Sequence[str] | None = None) -> pd.DataFrame:
    """The tokenisers compared: name, rule, and why they behave as they do."""
    import pandas as pd

    rows = [TOKENISERS[n] for n in (names or TOKENISERS)]
    return pd.DataFrame(
        {"rule": [t.rule for t in rows], "why": [t.why for t in rows]},
        index=pd.Index([t.name for t in rows], name="tokeniser"),
    )


# --- tokens with offsets, whatever the tokeniser --------------------------

_QUOTE_FORMS = {"``": ('"', "``", "''", "“", "«"), "''": ('"', "''", "``", "”", "»")}


def align(sentence: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of ``tokens`` in ``sentence``, searched left to right.

    Some tokenisers rewrite what they output (Treebank turns ``"`` into ``\\`\\```
    or ``''``); those tokens are found by their original form. A token that
    cannot be found at all gets an empty span where the search stands.

    >>> align('He said "no".', ['He', 'said', '``', 'no', "''", '.'])
    [(0, 2), (3, 7), (8, 9), (9, 11), (11, 12), (12, 13)]
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for token in tokens:
        best: tuple[int, int] | None = None
        for form in _QUOTE_FORMS.get(token, (token,)):
            i = sentence.find(form, pos)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, i + len(form))
        if best is None:
            spans.append((pos, pos))
        else:
            spans.append(best)
            pos = best[1]
    return spans


def tokenise(text: str, name: str, spans: Sequence[tuple[int, int]] | None = None) -> list[Token]:
    """Run tokeniser ``name`` sentence by sentence; tokens carry article offsets.

    ``Token.text`` is what the tokeniser *returned* (e.g. Treebank's ``\\`\\```),
    which may differ from ``text[start:end]``.

    >>> [t.text for t in tokenise("Zelenskyy's U.S. trip", "wordpunct")]
    ['Zelenskyy', "'", 's', 'U', '.', 'S', '.', 'trip']
    """
    tokenize = TOKENISERS[name].tokenize
    out: list[Token] = []
    for s_start, s_end in spans if spans is not None else sentence_spans(text):
        sentence = text[s_start:s_end]
        tokens = tokenize(sentence)
        for tok, (s, e) in zip(tokens, align(sentence, tokens), strict=True):
            out.append(Token(tok, s_start + s, s_start + e))
    return out


def _chunks(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CHUNK.finditer(text)]


def segmentations(
    text: str, names: Sequence[str] | None = None
) -> dict[str, list[tuple[str, ...]]]:
    """For each tokeniser, the tokens it makes of each whitespace chunk of ``text``.

    ``result[name][i]`` is the tuple of tokens whose start falls in chunk ``i``
    (the ``i``-th item of ``text.split()``).

    >>> segmentations("Hi, you.", ["split", "nltk"])
    {'split': [('Hi,',), ('you.',)], 'nltk': [('Hi', ','), ('you', '.')]}
    """
    chunks = _chunks(text)
    starts = [s for s, _ in chunks]
    spans = sentence_spans(text)
    result: dict[str, list[tuple[str, ...]]] = {}
    for name in names or TOKENISERS:
        per_chunk: list[list[str]] = [[] for _ in chunks]
        for tok in tokenise(text, name, spans):
            i = bisect_right(starts, tok.start) - 1
            if i >= 0:
                per_chunk[i].append(tok.text)
        result[name] = [tuple(p) for p in per_chunk]
    return result


# --- finding the hard cases -----------------------------------------------

#: Kinds of hard case: name -> (pattern found in a whitespace chunk, what is hard).
HARD_KINDS: dict[str, tuple[str, str]] = {
    "curly apostrophe": (r"\w’\w", "’ inside a word (I’m, it’s): also the closing single quote"),
    "straight apostrophe": (r"\w'\w", "' inside a word: clitic or possessive (Ann's, don't)"),
    "apostrophe at word end": (
        r"\ws['’](?!\w)",
        "plural possessive (the voters') or a closing single quote?",
    ),
    "abbreviation": (
        r"(?<![\w.])(?:[A-Za-z]\.){2,}",
        "periods inside a word (U.S., e.g.): not sentence ends",
    ),
    "hyphenated": (r"\w-\w", "one word or two? (full-scale, well-known)"),
    "dash-joined": (r"\w[–—]\w", "a dash with no spaces joins two words (now—or)"),
    "quote glued (straight)": (
        r"\"(?=\S)|(?<=\S)\"|(?<![\w'])'(?=\w)|(?<=[^\ss])'(?!\w)",
        "straight quotation mark attached to a word",
    ),
    "quote glued (curly)": (
        r"[“”„«»]|(?<![\w’])‘(?=\w)|(?<=[^\ss])’(?!\w)",
        "curly quotation mark attached to a word",
    ),
    "number with punctuation": (r"\d[.,:/]\d|[$€£¥]\d|\d%", "3,000 · 5.5 · $10 · 10:30 · 40%"),
    "handle, hashtag or URL": (r"(?<!\w)[@#]\w|https?://|www\.", "@user, #tag, https://…"),
    "ellipsis": (r"\w(?:\.\.\.|…)", "word... or word…"),
}
_HARD = {k: re.compile(p) for k, (p, _) in HARD_KINDS.items()}
_TITLE_ABBREV = re.compile(r"^[\"'“‘(\[]*([A-Za-z]{1,5})\.$")


@lru_cache(maxsize=1)
def _punkt_abbreviations() -> frozenset[str]:
    from nbutils.tokenise import punkt_tokenizer

    return frozenset(punkt_tokenizer()._params.abbrev_types)


def _kinds(chunk: str) -> tuple[str, ...]:
    kinds = [k for k, rx in _HARD.items() if rx.search(chunk)]
    if "abbreviation" not in kinds:  # single-period abbreviations Punkt has learnt (Mr., Gen.)
        m = _TITLE_ABBREV.match(chunk)
        if m and m.group(1).lower() in _punkt_abbreviations() and len(m.group(1)) > 1:
            kinds.insert(list(_HARD).index("abbreviation"), "abbreviation")
    return tuple(kinds)


_QUOTE_CHARS = "\"'“”‘’«»„"


def _shape(kind: str, chunk: str) -> object:
    """What makes two examples of ``kind`` different enough to show both."""
    if "apostrophe" in kind:  # the clitic: 's, n't, 'm, 're …
        m = re.search(r"['’](\w*)", chunk)
        return m.group(1).lower() if m else chunk.lower()
    if kind.startswith("quote glued"):  # opening, closing or both
        return (
            chunk[0] in _QUOTE_CHARS,
            chunk.rstrip(".,;:!?")[-1:] in _QUOTE_CHARS or chunk[-1] in _QUOTE_CHARS,
        )
    return chunk.lower()


def hard_cases(text: str, per_kind: int = 3) -> list[HardCase]:
    """The whitespace chunks of ``text`` that hold a hard case, in text order.

    For each kind in :data:`HARD_KINDS` at most ``per_kind`` distinct chunks
    are kept, preferring examples of different shapes (``Trump's`` and
    ``don't`` rather than two possessives); a chunk with several kinds
    appears once.

    >>> [c.text for c in hard_cases("Mr. Lee met U.S. and full-scale well-known people.")]
    ['Mr.', 'U.S.', 'full-scale', 'well-known']
    >>> [c.text for c in hard_cases("Ann's, Bo's, Cy's and Di's cats don't.", per_kind=2)]
    ["Ann's,", "don't."]
    >>> hard_cases("Nothing hard here")
    []
    """
    candidates = [
        HardCase(text[s:e], s, e, kinds) for s, e in _chunks(text) if (kinds := _kinds(text[s:e]))
    ]
    chosen: dict[int, HardCase] = {}
    for kind in HARD_KINDS:
        of_kind = [c for c in candidates if kind in c.kinds]
        texts = {c.text for c in chosen.values() if kind in c.kinds}
        shapes = {_shape(kind, c.text) for c in chosen.values() if kind in c.kinds}
        for new_shape_only in (True, False):
            for c in of_kind:
                if len(texts) >= per_kind:
                    break
                if c.text in texts or (new_shape_only and _shape(kind, c.text) in shapes):
                    continue
                chosen[c.start] = c
                texts.add(c.text)
                shapes.add(_shape(kind, c.text))
    return [chosen[s] for s in sorted(chosen)]


def hard_case_table(cases: Sequence[HardCase]) -> pd.DataFrame:
    """The hard cases as a table: ``hard case``, ``start``, ``end``, ``kinds``.

    >>> hard_case_table(hard_cases("Ann's U.S. trip")).values.tolist()
    [["Ann's", 0, 5, 'straight apostrophe'], ['U.S.', 6, 10, 'abbreviation']]
    """
    import pandas as pd

    return pd.DataFrame(
        [(c.text, c.start, c.end, ", ".join(c.kinds)) for c in cases],
        columns=["hard case", "start", "end", "kinds"],
    )


def hard_kind_table(text: str, per_kind: int = 2) -> pd.DataFrame:
    """Every kind of hard case (:data:`HARD_KINDS`): what is hard about it, and up to
    ``per_kind`` examples from ``text`` (``—`` when the text has none), so the lesson's
    overview shows the reader's own article, not a typed-in one.

    >>> hard_kind_table("Ann's U.S. trip").set_index("kind")["in this article"].head(4).to_dict()
    {'curly apostrophe': '—', 'straight apostrophe': "Ann's", 'apostrophe at word end': '—', 'abbreviation': 'U.S.'}
    """
    import pandas as pd

    cases = hard_cases(text, per_kind=per_kind)
    rows = []
    for kind, (_, why) in HARD_KINDS.items():
        found = [c.text for c in cases if kind in c.kinds][:per_kind]
        rows.append((kind, ", ".join(found) or "—", why))
    return pd.DataFrame(rows, columns=["kind", "in this article", "what is hard"])


def quote_marks(text: str) -> pd.DataFrame:
    """How often each quotation mark and apostrophe character occurs.

    Many articles mix straight (typed) and curly (typeset) marks — one
    source of tokeniser disagreement.

    >>> quote_marks('He said "no" and ‘yes’.')["count"].to_dict()
    {'"': 2, "'": 0, '“': 0, '”': 0, '‘': 1, '’': 1}
    """
    import pandas as pd

    marks = {
        '"': "straight double quote",
        "'": "straight apostrophe / single quote",
        "“": "curly opening double quote",
        "”": "curly closing double quote",
        "‘": "curly opening single quote",
        "’": "curly apostrophe / closing single quote",
    }
    return pd.DataFrame(
        {"name": list(marks.values()), "count": [text.count(m) for m in marks]},
        index=pd.Index(list(marks), name="mark"),
    )


# --- the comparison -------------------------------------------------------


def compare(
    text: str,
    cases: Sequence[HardCase] | None = None,
    names: Sequence[str] | None = None,
    sep: str = " | ",
) -> pd.DataFrame:
    """Where the tokenisers disagree: one row per hard case, one column per tokeniser.

    Cells show the tokens a tokeniser makes of the hard case, joined by
    ``sep``; ``disagree`` is True when they do not all agree, ``variants``
    counts the different tokenisations. The row label is the hard case with
    the punctuation around it stripped (the full chunk is in the ``split``
    column).
    """
    import pandas as pd

    names = list(names or TOKENISERS)
    cases = hard_cases(text) if cases is None else list(cases)
    seg = segmentations(text, names)
    index = {start: i for i, (start, _) in enumerate(_chunks(text))}
    rows = []
    for case in cases:
        i = index[case.start]
        tokens = {n: seg[n][i] for n in names}
        variants = len(set(tokens.values()))
        rows.append(
            {
                "hard case": _label(case.text),
                "kind": ", ".join(case.kinds),
                **{n: sep.join(tokens[n]) for n in names},
                "disagree": variants > 1,
                "variants": variants,
            }
        )
    columns = ["hard case", "kind", *names, "disagree", "variants"]
    return pd.DataFrame(rows, columns=columns).set_index("hard case")


def _label(chunk: str) -> str:
    return chunk.strip('"“”‘«»„,;:!?()[]') or chunk


def agreement(text: str, names: Sequence[str] | None = None) -> pd.DataFrame:
    """Share of the whitespace chunks of ``text`` that two tokenisers cut identically.

    A symmetric tokeniser × tokeniser table of proportions (1.0 on the diagonal).

    >>> float(agreement("Hi, you.", ["split", "nltk", "tweet"]).loc["nltk", "tweet"])
    1.0
    """
    import pandas as pd

    names = list(names or TOKENISERS)
    seg = segmentations(text, names)
    n = max(1, len(next(iter(seg.values()))))
    values = [
        [sum(x == y for x, y in zip(seg[a], seg[b], strict=True)) / n for b in names] for a in names
    ]
    return pd.DataFrame(values, index=pd.Index(names, name="tokeniser"), columns=names)


def split_disagreements(text: str, name: str = "nltk") -> int:
    """How many whitespace chunks tokeniser ``name`` does not keep as one token.

    With the default ``"nltk"`` this is how many ``str.split`` tokens
    ``word_tokenize`` disagrees with.
    """
    seg = segmentations(text, ["split", name])
    return sum(a != b for a, b in zip(seg["split"], seg[name], strict=True))
