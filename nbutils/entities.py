"""Named entities two ways: NLTK's NE chunker beside runs of proper nouns.

Who is speaking, and about whom? A first answer is the *names* in the text.
Two cheap ways to find them, both from part-of-speech tagged sentences:

* **proper-noun runs** — maximal sequences of tokens tagged ``NNP``/``NNPS``
  ("Mark Rutte", "White House"). Transparent, but blind to names the tagger
  misses and happy to glue a title to a name ("President Donald Trump");
* **the NE chunker** — :func:`nltk.ne_chunk`, a maximum-entropy classifier
  trained on the ACE corpus. Only its *binary* model is installed
  (``binary=True``), so every chunk is labelled ``NE`` without a type. It
  uses more than the tag — word shape, neighbours — so it also marks
  adjectives of nationality ("Ukrainian") and leaves titles out.

Both return :class:`Mention` records with character offsets into the article;
:func:`compare_mentions` lines them up and says where they differ.

>>> from nbutils.tokenise import tagged_sentences
>>> tagged = tagged_sentences("President Donald Trump met Ukrainian officials in Kyiv.")
>>> [m.text for m in proper_noun_runs(tagged)]
['President Donald Trump', 'Kyiv']
>>> [m.text for m in ne_chunks(tagged)]
['Donald Trump', 'Ukrainian', 'Kyiv']
>>> compare_mentions(tagged)["verdict"].tolist()
['boundaries differ', 'NE chunker only', 'same']
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, NamedTuple

from nbutils.nltkdata import require
from nbutils.tokenise import TaggedToken

if TYPE_CHECKING:
    import pandas as pd

#: Penn Treebank tags of proper nouns.
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})


class Mention(NamedTuple):
    """A name found in the text: its words, character span and who found it."""

    text: str
    start: int
    end: int
    source: str  # "NE chunker" or "proper-noun run"


def _mention(text: str, tokens: Sequence[TaggedToken], source: str) -> Mention:
    start, end = tokens[0].start, tokens[-1].end
    return Mention(
        text[start:end] if text else " ".join(t.text for t in tokens), start, end, source
    )


def _wordlike(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def proper_noun_runs(tagged: Sequence[Sequence[TaggedToken]], text: str = "") -> list[Mention]:
    r"""Maximal runs of ``NNP``/``NNPS`` tokens, sentence by sentence.

    A token with no letter or digit never belongs to a run: the tagger, trained
    on text where quotes were written as ``\`\``` and ``''``, sometimes tags a
    straight ``"`` as ``NNP``.

    With ``text`` (the article) the mention is the exact slice of the article,
    else the tokens joined by spaces.

    >>> from nbutils.tokenise import tagged_sentences
    >>> proper_noun_runs(tagged_sentences("The White House said no."))[0][:3]
    ('White House', 4, 15)
    """
    found: list[Mention] = []
    for sentence in tagged:
        run: list[TaggedToken] = []
        for token in [*sentence, None]:
            if token is not None and token.tag in PROPER_NOUN_TAGS and _wordlike(token.text):
                run.append(token)
                continue
            if run:
                found.append(_mention(text, run, "proper-noun run"))
                run = []
    return found


@lru_cache(maxsize=1)
def _binary_chunker():
    """The binary NE chunker, loaded once (``nltk.ne_chunk`` reloads it on every call)."""
    require("maxent_ne_chunker_tab", "words")
    from nltk.chunk import ne_chunker

    return ne_chunker(fmt="binary")


def ne_chunks(tagged: Sequence[Sequence[TaggedToken]], text: str = "") -> list[Mention]:
    """Named-entity chunks, as ``nltk.ne_chunk(…, binary=True)`` finds them, with offsets."""
    from nltk.tree import Tree

    found: list[Mention] = []
    for sentence in tagged:
        if not sentence:
            continue
        tree = _binary_chunker().parse([(t.text, t.tag) for t in sentence])
        i = 0  # index of the next leaf in ``sentence``
        for node in tree:
            if isinstance(node, Tree):
                n = len(node.leaves())
                found.append(_mention(text, sentence[i : i + n], "NE chunker"))
                i += n
            else:
                i += 1
    return found


def compare_mentions(tagged: Sequence[Sequence[TaggedToken]], text: str = "") -> pd.DataFrame:
    """NE chunks beside proper-noun runs, grouped where their spans overlap.

    One row per group of overlapping mentions, in text order, with columns
    ``start``, ``end``, ``NE chunker``, ``proper-noun run`` (texts joined by
    " + ") and a ``verdict``: ``same`` (identical spans), ``boundaries differ``
    (they overlap but do not coincide), ``NE chunker only`` or
    ``proper-noun run only``.
    """
    import pandas as pd

    mentions = sorted(
        ne_chunks(tagged, text) + proper_noun_runs(tagged, text), key=lambda m: (m.start, m.end)
    )
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and m.start < max(g.end for g in groups[-1]):
            groups[-1].append(m)
        else:
            groups.append([m])
    rows = []
    for group in groups:
        ne = [m for m in group if m.source == "NE chunker"]
        runs = [m for m in group if m.source == "proper-noun run"]
        if not runs:
            verdict = "NE chunker only"
        elif not ne:
            verdict = "proper-noun run only"
        elif {(m.start, m.end) for m in ne} == {(m.start, m.end) for m in runs}:
            verdict = "same"
        else:
            verdict = "boundaries differ"
        rows.append(
            {
                "start": min(m.start for m in group),
                "end": max(m.end for m in group),
                "NE chunker": " + ".join(m.text for m in ne),
                "proper-noun run": " + ".join(m.text for m in runs),
                "verdict": verdict,
            }
        )
    return pd.DataFrame(rows, columns=["start", "end", "NE chunker", "proper-noun run", "verdict"])


#: Days and months (and their short forms): tagged ``NNP`` but no one the article is
#: about. "May" is left in: it is also a surname.
CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
    "January February March April June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)


def frequent_names(tagged: Sequence[Sequence[TaggedToken]], n: int = 8) -> list[tuple[str, int]]:
    """The ``n`` most frequent single proper-noun tokens (``NNP``/``NNPS``, alphabetic),
    days and months (:data:`CALENDAR_WORDS`) left out: they say when, not who or where.

    Case is kept ("US" the country is not "us"); ties keep text order.

    >>> from nbutils.tokenise import tagged_sentences
    >>> frequent_names(tagged_sentences("Ana met Tom. Tom left. Ana stayed with Tom."), 2)
    [('Tom', 3), ('Ana', 2)]
    >>> frequent_names(tagged_sentences("On Monday, Ana met Tom in Leeds on Monday."), 3)
    [('Ana', 1), ('Tom', 1), ('Leeds', 1)]
    """
    from collections import Counter

    return Counter(
        t.text
        for sentence in tagged
        for t in sentence
        if t.tag in PROPER_NOUN_TAGS and t.text.isalpha() and t.text not in CALENDAR_WORDS
    ).most_common(n)


# --- places and demonyms ---------------------------------------------------------


#: WordNet files read once from start to end when the reader is built: read
#: with Python's own file reading, not NLTK's seekable stream (4× slower).
_SEQUENTIAL_FILES = frozenset(
    {
        "lexnames",
        "index.adj",
        "index.adv",
        "index.noun",
        "index.verb",
        "adj.exc",
        "adv.exc",
        "noun.exc",
        "verb.exc",
    }
)


def _plain_path(root: Any, fileid: str) -> str | None:
    """The path of a WordNet file on disk (``None`` inside a zip file)."""
    import os

    from nltk.data import FileSystemPathPointer

    if isinstance(root, FileSystemPathPointer):
        path = os.path.join(root.path, fileid)
        if os.path.isfile(path):
            return path
    return None


def _satellite_offsets(data_adj: str) -> set[int]:
    """Offsets of the adjective satellites (type ``s``) in ``data.adj``, read
    as NLTK's ``_scan_satellites`` reads them."""
    satellites = set()
    with open(data_adj, encoding="utf8") as fp:
        for line in fp:
            if not line.strip() or line.startswith(" "):
                continue
            fields = line.strip().split()
            if len(fields) >= 3 and fields[2] == "s":
                satellites.add(int(fields[0]))
    return satellites


def _fast_reader_class() -> type:
    """A :class:`~nltk.corpus.reader.wordnet.WordNetCorpusReader` that is built
    in under a second instead of 3–7: NLTK's builds a map from WordNet 3.0 to
    itself for the multilingual Open Multilingual Wordnet at start-up (two
    passes over ``index.sense``) — here it is built on first use — and reads
    the index files through a pure-Python stream. The same files are read
    into the same tables, so every lookup answers exactly as NLTK's does."""
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class FastWordNetReader(WordNetCorpusReader):
        _building = False
        _map30: Any = None
        _map30_ready = False

        def __init__(self, root: Any, omw_reader: Any) -> None:
            self._building = True
            super().__init__(root, omw_reader)
            self._building = False

        @property  # type: ignore[override]
        def map30(self) -> Any:
            if not self._map30_ready:
                self._map30, self._map30_ready = self.map_wn(), True
            return self._map30

        @map30.setter
        def map30(self, value: Any) -> None:
            if not self._building:  # __init__ sets it from map_wn(): deferred instead
                self._map30, self._map30_ready = value, True

        def map_wn(self, version: str = "wordnet") -> Any:
            return None if self._building else super().map_wn(version)

        def open(self, fileid: str) -> Any:
            path = _plain_path(self._root, fileid) if fileid in _SEQUENTIAL_FILES else None
            return open(path, encoding="utf8") if path else super().open(fileid)

        def _scan_satellites(self) -> None:
            path = _plain_path(self._root, "data.adj")
            if path is None:
                super()._scan_satellites()
            else:
                self.satellite_offsets = _satellite_offsets(path)

    return FastWordNetReader


@lru_cache(maxsize=1)
def wordnet() -> Any:
    """WordNet (English), loaded once per process in under a second, after one
    check that the data is installed. A drop-in for ``nltk.corpus.wordnet``
    (which takes 3–7 s to load on first use: the stall the first article
    mentioning a place used to show).

    >>> wordnet().synsets("Kenya", pos="n")[0].name()
    'kenya.n.01'
    """
    require("wordnet")
    import nltk
    from nltk.corpus import CorpusReader, LazyCorpusLoader

    omw = LazyCorpusLoader("omw-2.0", CorpusReader, r".*/wn-data-.*\.tab", encoding="utf8")
    reader = _fast_reader_class()(nltk.data.find("corpora/wordnet"), omw)
    os.register_at_fork(after_in_child=partial(_forget_open_files, reader))
    return reader


def _forget_open_files(reader: Any) -> None:
    """In a forked child, drop the data files the reader holds open.

    A forked process shares its parent's open files *and their read positions*:
    two processes seeking and reading the same WordNet data file at once read
    each other's lines (a ``WordNetError`` on a garbled line). The child opens
    its own on first use instead.
    """
    for handle in reader._data_file_map.values():
        handle.close()
    reader._data_file_map.clear()


@lru_cache(maxsize=4096)
def place_of(word: str) -> tuple[str, str, str] | None:
    """``(synset id, name, kind)`` if WordNet knows ``word`` as a place — kind
    ``"country"`` or ``"place"`` — or, for a demonym, its pertainym is one.
    No list of countries is kept: WordNet's instance hypernyms decide.

    >>> place_of("Ukraine")[1:], place_of("Ukrainians")[1:], place_of("Kenyan")[1:]
    (('Ukraine', 'country'), ('Ukraine', 'country'), ('Kenya', 'country'))
    >>> place_of("table") is None and place_of("Rutte") is None
    True

    An acronym must be one of the place's own names: *NHS* is no plural of *NH*.

    >>> place_of("UK")[1], place_of("NHS")
    ('United Kingdom', None)
    """
    wn = wordnet()
    key = word.replace(" ", "_")
    acronym = len(word) > 1 and word.isupper() and word.isalpha()
    for s in wn.synsets(key, pos="n"):
        if acronym and not any(_bare(lemma.name()) == word for lemma in s.lemmas()):
            continue  # WordNet's morphy reads "NHS" as the plural of "NH" (New Hampshire)
        if _place_kind(s):
            return _place(s)
    if word[:1].isupper() and " " not in word:
        adjective = word.lower().removesuffix("s") if word.endswith("ns") else word.lower()
        for lemma in wn.lemmas(adjective, pos="a"):
            for p in lemma.pertainyms():
                if _place_kind(p.synset()):
                    return _place(p.synset())
    return None


def _bare(lemma: str) -> str:
    """A lemma name as an acronym is written: ``U.K.`` -> ``UK``."""
    return lemma.replace(".", "").replace("_", " ").upper()


def _place(s: Any) -> tuple[str, str, str]:
    """A place synset as ``(synset id, name, kind)``."""
    return s.name(), s.lemmas()[0].name().replace("_", " "), _place_kind(s)


@lru_cache(maxsize=4096)
def _place_kind(s: Any) -> str | None:
    """``"country"`` or ``"place"`` when WordNet's instance hypernyms of synset
    ``s`` say so, else None."""
    instance = s.instance_hypernyms()
    if not instance:
        return None
    closure = set(instance)
    for h in instance:
        closure.update(h.closure(lambda x: x.hypernyms()))
    names = {h.name().split(".")[0] for h in closure}
    if "country" in names or "state" in names and "american_state" not in names:
        return "country"
    if names & {"location", "region", "continent", "landmass", "city"}:
        return "place"
    return None
