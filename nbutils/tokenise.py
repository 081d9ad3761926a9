"""Tokenisation with character offsets: paragraphs, sentences, words, POS tags.

Every function here returns *spans* — ``(start, end)`` character offsets into
the unaltered article text — rather than bare strings, so that later steps
(quotes, speakers, reactions) can point back at exactly where something was
said. ``text[start:end]`` always gives the token back.

Sentences come from NLTK's Punkt model, run paragraph by paragraph (a line
break in a news article always ends a sentence, even after a headline with no
full stop). Words come from NLTK's Treebank-style word tokenizer, which splits
clitics ("Zelenskyy's" → "Zelenskyy" + "'s") and punctuation but keeps
abbreviations such as "U.S." whole. It knows the straight apostrophe but not
the curly one, which news sites use: "I’m" comes out as three tokens — one of
the hard cases notebook 01 compares tokenisers on. :func:`sentence_table`,
:func:`token_table` and :func:`tag_table` lay spans and tags out as tables,
with the proof that every span slices back to its token.

>>> text = 'Rutte said, "We need to stick together." It went well.\\nNew paragraph'
>>> [text[s:e] for s, e in sentence_spans(text)]
['Rutte said, "We need to stick together."', 'It went well.', 'New paragraph']
>>> [t.text for t in word_tokens("Zelenskyy's U.S. visit")]
['Zelenskyy', "'s", 'U.S.', 'visit']
>>> word_tokens("I’m here")[:3]
[Token(text='I', start=0, end=1), Token(text='’', start=1, end=2), Token(text='m', start=2, end=3)]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from nbutils.lexicons import abbreviations, word_list
from nbutils.nltkdata import require

if TYPE_CHECKING:
    import pandas as pd

_PARAGRAPH = re.compile(r"[^\r\n]+")


class Token(NamedTuple):
    """A word token: its text and character span in the article."""

    text: str
    start: int
    end: int


class TaggedToken(NamedTuple):
    """A token with its Penn Treebank part-of-speech tag."""

    text: str
    start: int
    end: int
    tag: str


def line_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` that hold any character, a line of spaces too
    (line breaks ``\\n``, ``\\r\\n`` and ``\\r`` all end a line).

    >>> line_spans("One.\\r\\n \\nTwo.")
    [(0, 4), (6, 7), (8, 12)]
    """
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text`` (one paragraph per line).

    >>> paragraph_spans("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    """
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


@lru_cache(maxsize=1)
def punkt_tokenizer():
    """NLTK's Punkt sentence splitter for English, knowing news titles (``Gov.``)."""
    require("punkt_tab")
    from nltk.tokenize.punkt import PunktTokenizer

    punkt = PunktTokenizer("english")
    # titles news writes before names ("Gov. Gavin Newsom"): Punkt's English model
    # lacks some, and would end the sentence there
    punkt._params.abbrev_types.update(TITLE_ABBREVIATIONS)
    return punkt


#: Abbreviated titles that never end a sentence before a name (without the full stop).
TITLE_ABBREVIATIONS = frozenset(w.lower() for w in abbreviations("title"))
#: Title words written out (*ambassador*, *premier*), lower-cased.
TITLE_WORDS_ALONE = frozenset(w for w in word_list("title_words") if not w.endswith("."))


#: Spaces Punkt does not take for spaces (a no-break space after a full stop, as web copy
#: has it: *Office.\xa0Sen. Lee …*), read as plain ones: one character for one, so the
#: offsets stay the text's.
PLAIN_SPACES = str.maketrans({"\xa0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans from Punkt, never crossing a line break (a no-break space is a space).

    >>> sentence_spans("It ended.\xa0Then it began.")
    [(0, 9), (10, 24)]
    """
    punkt = punkt_tokenizer()
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        for s, e in punkt.span_tokenize(text[p_start:p_end].translate(PLAIN_SPACES)):
            if (
                spans
                and spans[-1][1] >= p_start
                and joins_after_dotted(text, spans[-1], p_start + s)
            ):
                spans[-1] = (spans[-1][0], p_start + e)
            else:
                spans.append((p_start + s, p_start + e))
    return spans


#: A dotted abbreviation of two or more capitals ending what Punkt took for a sentence
#: (*U.S.*, *F.B.I.*, *H.W.*), with the word before it.
_DOTTED_END = re.compile(r"(?:(?<=\s)([\w'’-]+)\s)?(?<![\w.])(?:[A-Z]\.){2,}$")
#: The first word of the next sentence (up to punctuation).
_FIRST_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """Words a sentence opens with (lower-cased): NLTK's stopwords and a few adverbs."""
    require("stopwords")
    from nltk.corpus import stopwords

    extra = "also many most much despite inside initially meanwhile still yet now then".split()
    return frozenset(stopwords.words("english")) | frozenset(extra)


def joins_after_dotted(text: str, previous: tuple[int, int], start: int) -> bool:
    """Did Punkt end a sentence after a dotted abbreviation the next words belong with?

    Punkt ends a sentence after *U.S.* or *H.W.* when a capitalised word it does not know
    follows; in news that word is most often a title or the rest of a name: *U.S.
    Ambassador Diane Kessler told the council*, *George H.W. Bush*, *said J.M. Berger*.
    The two run on (one space between them) when the next word starts in lower case
    (*the F.B.I. director*), is a title word (*U.S. Ambassador*, *B.C. Premier*), or is a
    capitalised word that opens no sentence after initials that follow a word that opens
    none either (*George H.W. Bush*, *said J.M. Berger*); *… into the U.S. They will …* stays two.

    >>> t = '"It is done," U.S. Ambassador Ann Lee said. Then she left.'
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['"It is done," U.S. Ambassador Ann Lee said.', 'Then she left.']
    >>> t = "It was built in the U.S. They bought it."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['It was built in the U.S.', 'They bought it.']
    """
    a, b = previous
    if text[b:start] != " ":
        return False  # (two spaces or a line break: the writer ended the sentence)
    m = _DOTTED_END.search(text, max(a, b - 40), b)
    w = _FIRST_WORD.match(text, start)
    if m is None or w is None:
        return False
    word = w.group()
    if word[0].islower() or word.lower() in TITLE_WORDS_ALONE:
        return True
    before = m.group(1) or ""
    return (
        bool(before)
        and (before.lower() not in _opening_words() or before == "by")
        and word.lower() not in _opening_words()
        and not word.isupper()
    )


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (see :func:`sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text)]


@lru_cache(maxsize=1)
def _word_tokenizer():
    from nltk.tokenize.destructive import NLTKWordTokenizer

    return NLTKWordTokenizer()


_FALLBACK = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def _sentence_word_spans(sentence: str) -> list[tuple[int, int]]:
    try:
        return list(_word_tokenizer().span_tokenize(sentence))
    except ValueError:  # alignment can fail on exotic input: fall back to a regex
        return [(m.start(), m.end()) for m in _FALLBACK.finditer(sentence)]


def word_tokens(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[Token]:
    """Word tokens with offsets, sentence by sentence (Treebank conventions)."""
    out: list[Token] = []
    for s_start, s_end in spans if spans is not None else sentence_spans(text):
        sentence = text[s_start:s_end]
        for s, e in _sentence_word_spans(sentence):
            out.append(Token(text[s_start + s : s_start + e], s_start + s, s_start + e))
    return out


def word_spans(text: str) -> list[tuple[int, int]]:
    """Word token spans of ``text``: ``[(start, end), …]``."""
    return [(t.start, t.end) for t in word_tokens(text)]


@lru_cache(maxsize=1)
def perceptron_tagger():
    """NLTK's averaged perceptron tagger (Penn Treebank tags), loaded once."""
    require("averaged_perceptron_tagger_eng")
    from nltk.tag.perceptron import PerceptronTagger

    return PerceptronTagger()


class _Dense:
    """The perceptron's weights as one vector per feature over its classes (built when a
    feature is first met), so that a prediction adds a few vectors instead of looping over
    dictionaries in Python."""

    LIMIT = 50000  #: features kept (about 20 MB); the cache starts again past it

    def __init__(self, model: Any) -> None:
        self.model = model
        self.labels = sorted(model.classes)
        self.index = {label: n for n, label in enumerate(self.labels)}
        self.vectors: dict[str, Any] = {}

    def vector(self, feat: str) -> Any:
        v = self.vectors.get(feat)
        if v is None:
            w = self.model.weights.get(feat)
            if w is None:
                return None
            if len(self.vectors) >= self.LIMIT:
                self.vectors.clear()
            v = np.zeros(len(self.labels))
            for label, weight in w.items():
                v[self.index[label]] = weight
            self.vectors[feat] = v
        return v


_DENSE: dict[int, _Dense] = {}


def perceptron_predict(model: Any, features: dict[str, int]) -> str:
    """:meth:`nltk.tag.perceptron.AveragedPerceptron.predict`, the same choice (the highest
    score, ties to the greater label) from the same sums: each class's score adds the
    features' weights in the features' order (a class a feature does not weigh adds 0.0,
    which changes no sum), as NLTK does one dictionary entry at a time — the tagger's costly
    step.
    """
    dense = _DENSE.get(id(model))
    if dense is None or dense.model is not model:
        dense = _DENSE[id(model)] = _Dense(model)
    total = np.zeros(len(dense.labels))
    for feat, value in features.items():
        if value == 0:
            continue
        v = dense.vector(feat)
        if v is not None:
            total += v if value == 1 else value * v
    best = total.max()
    return max(dense.labels[n] for n in np.flatnonzero(total == best))


def perceptron_tags(
    words: list[str],
    before: Callable[[int], str | None] | None = None,
    after: Callable[[int, str], str] | None = None,
) -> list[str]:
    """The tags :meth:`nltk.tag.perceptron.PerceptronTagger.tag` gives ``words`` (its
    tag dictionary first, then the model), predicted by :func:`perceptron_predict`.

    For a word the dictionary does not know, ``before(i)`` may give the tag without
    asking the model (the costly step), and ``after(i, tag)`` may correct the model's
    tag; either way the tag is the context of the next words.

    >>> perceptron_tags(["Rutte", "said", "it", "."])
    ['NNP', 'VBD', 'PRP', '.']
    """
    tagger = perceptron_tagger()
    prev, prev2 = tagger.START
    context = tagger.START + [tagger.normalize(w) for w in words] + tagger.END
    tags: list[str] = []
    for i, word in enumerate(words):
        tag = tagger.tagdict.get(word)
        if not tag:
            tag = before(i) if before is not None else None
            if tag is None:
                features = tagger._get_features(i, word, context, prev, prev2)
                tag = perceptron_predict(tagger.model, features)
                if after is not None:
                    tag = after(i, tag)
        tags.append(tag)
        prev2, prev = prev, tag
    return tags


_tagger = perceptron_tagger


_OPENING = set("“‘«‹„")
_QUOTE_ONLY = re.compile(r"^[\"“”‘’«»‹›„]+$")


def _treebank_quote(token: Token, previous: Token | None, following: Token | None = None) -> str:
    """The Treebank spelling of a quotation-mark token (other tokens unchanged).

    A straight or curly single mark is an apostrophe (*farmers'*) unless it stands
    apart from the word before and touches the word after: then it opens a quotation
    (*said 'No'*)."""
    if token.text in ("'", "’"):
        opens = (
            (previous is None or previous.end < token.start)
            and following is not None
            and following.start == token.end
            and following.text[:1].isalnum()
        )
        return "``" if opens else token.text
    if not _QUOTE_ONLY.match(token.text):
        return token.text
    opening = (
        token.text[0] in _OPENING
        or previous is None
        or previous.end < token.start
        and token.text[0] not in "”»›"
    )
    return "``" if opening else "''"


def pos_tag(tokens: list[Token]) -> list[TaggedToken]:
    """Penn Treebank POS tags (NLTK's averaged perceptron) for ``tokens``.

    The tagger was trained on the Penn Treebank, where quotation marks are
    written as two backticks and two apostrophes; the marks news text really
    uses (straight, curly, guillemets) are shown to it in that form, or it
    tags them as words.

    >>> [t.tag for t in pos_tag(word_tokens("Rutte said it."))]
    ['NNP', 'VBD', 'PRP', '.']
    >>> [t.tag for t in pos_tag(word_tokens('He said "no" to “war”.'))][2:]
    ['``', 'DT', "''", 'TO', '``', 'NN', "''", '.']
    >>> [t.tag for t in pos_tag(word_tokens("He said 'no' to the farmers' plan."))][2:5]
    ['``', 'DT', "''"]
    """
    if not tokens:
        return []
    n = len(tokens)
    tags = perceptron_tags(
        [
            _treebank_quote(t, tokens[i - 1] if i else None, tokens[i + 1] if i + 1 < n else None)
            for i, t in enumerate(tokens)
        ]
    )
    return [TaggedToken(t.text, t.start, t.end, tag) for t, tag in zip(tokens, tags, strict=True)]


def tagged_sentences(text: str) -> list[list[TaggedToken]]:
    """Each sentence's tagged tokens (tagging is done sentence by sentence)."""
    return [pos_tag(word_tokens(text, [span])) for span in sentence_spans(text)]


def universal_tags(tagged: list[TaggedToken]) -> list[TaggedToken]:
    """Map Penn Treebank tags to the 12-tag universal tagset (NOUN, VERB, …).

    >>> [t.tag for t in universal_tags(pos_tag(word_tokens("Rutte said it.")))]
    ['NOUN', 'VERB', 'PRON', '.']
    """
    require("universal_tagset")
    from nltk.tag.mapping import map_tag

    return [
        TaggedToken(t.text, t.start, t.end, map_tag("en-ptb", "universal", t.tag)) for t in tagged
    ]


# --- tables for reading the spans (notebook 01) ---------------------------


def sentence_table(text: str) -> pd.DataFrame:
    """One row per sentence: ``start``, ``end`` and the sentence text.

    >>> sentence_table("One. Two.\\nThree").to_dict("list")
    {'start': [0, 5, 10], 'end': [4, 9, 15], 'sentence': ['One.', 'Two.', 'Three']}
    """
    import pandas as pd

    spans = sentence_spans(text)
    return pd.DataFrame(
        {
            "start": [s for s, _ in spans],
            "end": [e for _, e in spans],
            "sentence": [text[s:e] for s, e in spans],
        }
    )


def token_table(text: str, tokens: Iterable[Token | TaggedToken]) -> pd.DataFrame:
    """Tokens with their spans and the proof: ``text[start:end] == token``.

    Columns ``token``, ``start``, ``end``, ``text[start:end]``, ``matches``
    (and ``tag`` for tagged tokens).

    >>> table = token_table("I’m here", word_tokens("I’m here"))
    >>> table["token"].tolist(), bool(table["matches"].all())
    (['I', '’', 'm', 'here'], True)
    """
    import pandas as pd

    rows = [
        {
            "token": t.text,
            "start": t.start,
            "end": t.end,
            "text[start:end]": text[t.start : t.end],
            "matches": text[t.start : t.end] == t.text,
            **({"tag": t.tag} if len(t) > 3 else {}),
        }
        for t in tokens
    ]
    return pd.DataFrame(
        rows,
        columns=[
            "token",
            "start",
            "end",
            "text[start:end]",
            "matches",
            *(["tag"] if rows and "tag" in rows[0] else []),
        ],
    )


def tag_table(tagged: list[TaggedToken]) -> pd.DataFrame:
    """Tokens with both tag sets: Penn Treebank (``penn``) and ``universal``.

    >>> table = tag_table(pos_tag(word_tokens("Rutte said it.")))
    >>> table[["token", "penn", "universal"]].values.tolist()
    [['Rutte', 'NNP', 'NOUN'], ['said', 'VBD', 'VERB'], ['it', 'PRP', 'PRON'], ['.', '.', '.']]
    """
    import pandas as pd

    return pd.DataFrame(
        {
            "token": [t.text for t in tagged],
            "start": [t.start for t in tagged],
            "end": [t.end for t in tagged],
            "penn": [t.tag for t in tagged],
            "universal": [t.tag for t in universal_tags(tagged)],
        }
    )


def tag_counts(tagged_sents: Iterable[list[TaggedToken]], universal: bool = True) -> Counter[str]:
    """How often each tag occurs across sentences (universal tagset by default).

    >>> tag_counts([pos_tag(word_tokens("Rutte said it."))])
    Counter({'NOUN': 1, 'VERB': 1, 'PRON': 1, '.': 1})
    """
    counts: Counter[str] = Counter()
    for sentence in tagged_sents:
        counts.update(t.tag for t in (universal_tags(sentence) if universal else sentence))
    return counts
