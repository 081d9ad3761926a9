"""The frame of a quotation: the sentence(s) around it, as tagged tokens.

The engine reads each quotation in its *frame*: the sentence(s) that hold it
(Punkt's sentences of its paragraph, joined back where Punkt broke after an
abbreviation, stretched to the next sentence when that is only the
attribution: ``"…?" ¶ he asked.``), cut to :data:`WINDOW` characters on each
side. Only the frame's words outside quotation marks are tokenised and
POS-tagged; each quote inside becomes one placeholder token, which keeps
NLTK's perceptron tagger fast and lets the rules treat a quote as one word.

:class:`Tok` is the token type the rules test, with named predicates
(:attr:`Tok.is_quote`, :attr:`Tok.is_proper`, :attr:`Tok.capitalised` …)
instead of repeated inline tag tests.

>>> from nbutils.quotes import find_quotes
>>> text = 'Mayor Ann Lee spoke. "We will build it," she said.'
>>> quotes = find_quotes(text)
>>> lo, hi = quote_frames(text, quotes)[0]
>>> toks = frame_tokens(text, lo, hi, quotes, [0])
>>> [(t.text, t.tag) for t in toks]
[('``', 'QUOTE'), ('she', 'PRP'), ('said', 'VBD'), ('.', '.')]
>>> toks[0].is_quote, toks[1].is_pronoun, toks[2].is_verb
(True, True, True)
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable
from typing import NamedTuple

from nbutils.cues import cue_at, cue_first_words, lemma_of
from nbutils.lexicons import abbreviation_pattern
from nbutils.quotes import Quote
from nbutils.speakers import PRONOUNS, SURNAME_PARTICLES, all_first_names, english_words
from nbutils.tokenise import (
    PLAIN_SPACES,
    joins_after_dotted,
    line_spans,
    perceptron_tags,
    punkt_tokenizer,
)

#: Tags of a proper noun (a name).
PROPER_TAGS = frozenset({"NNP", "NNPS"})
#: Tags of a finite verb (or a modal).
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


class Tok(NamedTuple):
    """A token of a frame: its text, offsets in the article, Penn Treebank tag, and for a
    quote placeholder (tag ``QUOTE``) the index of the quote it stands for."""

    text: str
    start: int
    end: int
    tag: str
    quote: int = -1  #: index of the quote this placeholder stands for (-1: a word)

    @property
    def is_quote(self) -> bool:
        """Is this the placeholder of a quotation?"""
        return self.quote >= 0

    @property
    def low(self) -> str:
        """The text in lower case."""
        return self.text.lower()

    @property
    def is_proper(self) -> bool:
        """Tagged as a proper noun (``NNP``, ``NNPS``)?"""
        return self.tag in PROPER_TAGS

    @property
    def is_noun(self) -> bool:
        """Tagged as a noun of any kind (``NN…``)?"""
        return self.tag.startswith("NN")

    @property
    def is_verb(self) -> bool:
        """Tagged as a verb or a modal?"""
        return self.tag.startswith("VB") or self.tag == "MD"

    @property
    def is_finite(self) -> bool:
        """Tagged as a finite verb or a modal?"""
        return self.tag in FINITE

    @property
    def is_pronoun(self) -> bool:
        """A personal pronoun (tagged ``PRP`` or one of :data:`nbutils.speakers.PRONOUNS`)?"""
        return self.tag == "PRP" or self.low in PRONOUNS

    @property
    def capitalised(self) -> bool:
        """Does the text start with a capital letter?"""
        return self.text[:1].isupper()


TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|"  # "300,000" is one number
    rf"(?:[A-Z]\.){{2,}}|(?:{abbreviation_pattern('title', 'saint', 'suffix', 'month', 'state', 'other')})\.|"
    r"\w+(?:[-.]\w+)*(?=['’]s\b)|['’]s\b|n't|"
    r"\w+(?:['’-]\w+)*|[^\w\s]"
)


_TAG_CACHE: dict[tuple[str, ...], tuple[str, ...]] = {}


def _inflected_cue(word: str) -> bool:
    """Is ``word`` a reporting verb in a finite form (*said*, *tells*, not *say*)?"""
    lemma = lemma_of(word.lower())
    return (
        lemma is not None
        and " " not in lemma
        and word.lower() != lemma
        and not word.lower().endswith("ing")
    )


def _name_like(word: str) -> bool:
    """A capitalised word that is a first name or no (inflected) English word."""
    if word in all_first_names():
        return True
    low, english = word.lower(), english_words()
    if low in english:
        return False
    for suffix in ("ing", "ed", "ly", "s", "es", "d"):
        stem = low[: -len(suffix)] if low.endswith(suffix) else None
        if stem and (stem in english or stem + "e" in english):
            return False
    return True


PLACEHOLDER = "\x00QUOTE"


CLAUSE_PUNCT = frozenset({".", "!", "?", ":", ";", "``", "''", '"', "(", "—", "–", "-", "|"})


DASHES = frozenset({"—", "–", "-", "--", "―", "‒"})


#: Determiners that stand alone as a subject (*yet another said*, *and some said*).
_STANDALONE_DETERMINERS = frozenset("another some several".split())


#: Ranks that a hyphenated *-general* title opens (*lieutenant-general*, *major-general*).
_RANKS = frozenset("lieutenant major brigadier".split())
#: Offices whose title ends in *general* (*attorney general*, *surgeon general*).
_GENERAL_OFFICES = frozenset(
    "attorney surgeon solicitor inspector postmaster consul secretary governor auditor "
    "comptroller accountant paymaster adjutant advocate director registrar".split()
)


#: Participles of being asked or told that open a sentence (*Told of the plan, …*), which
#: the tagger may take for a name; and the words that follow one there.
_OPENING_PARTICIPLES = frozenset("Asked Told Pressed Questioned Informed Shown".split())
_AFTER_PARTICIPLE = frozenset(
    "of about that whether if why how what when where who , again later by on at".split()
)


#: Capitalised participles that open a title (*Acting U.S. Attorney Ann Lee*).
_TITLE_PREFIXES = frozenset({"Acting"})


def tag_words(words: list[str]) -> list[str]:
    """Penn Treebank tags from NLTK's averaged perceptron, with two shortcuts.

    This is :meth:`nltk.tag.perceptron.PerceptronTagger.tag` (same features,
    same model) except that a quote placeholder is tagged ``''`` and a
    capitalised word inside a clause ``NNP`` without asking the model —
    the perceptron says the same almost always, and it is the costly step.
    """
    key = tuple(words)
    hit = _TAG_CACHE.get(key)
    if hit is not None:
        return list(hit)
    if len(_TAG_CACHE) > 20000:
        _TAG_CACHE.clear()

    def before(i: int) -> str | None:
        word = words[i]
        if word == PLACEHOLDER:
            return "''"
        if (
            i > 0
            and word[:1].isupper()
            and word[1:2].isalpha()
            and words[i - 1] not in CLAUSE_PUNCT
            and words[i - 1] != PLACEHOLDER
        ):
            return "NNP"
        return None

    def after(i: int, tag: str) -> str:
        word = words[i]
        if (
            tag in ("RB", "IN", "JJ", "VB", "VBP", "VBZ", "VBD", "VBN")
            and word[:1].isupper()
            and word[1:2].islower()
            and _name_like(word)
        ):
            # a name at the start of a clause ("Moore thanked him"; "Olmsted said", whose
            # ending the model reads as a past tense's)
            return "NNP"
        if (
            tag == "VBG"
            and word[:1].isupper()
            and i + 1 < len(words)
            and _inflected_cue(words[i + 1])
        ):
            return "NNP"  # "Schilling told WEEI", "Manning said"
        if (
            tag == "VBG"
            and word in _TITLE_PREFIXES
            and 0 < i < len(words) - 1
            and words[i + 1][:1].isupper()
        ):
            return "NNP"  # '…," Acting U.S. Attorney Ann Lee said': a title's first word
        return tag

    # the model knows the straight apostrophe only: "Pott’s statement" is read as "Pott's"
    tags = perceptron_tags([w if w != "’s" else "'s" for w in words], before, after)
    if len(words) > 1 and words[0] in _OPENING_PARTICIPLES and words[1] in _AFTER_PARTICIPLE:
        tags[0] = "VBN"  # "Told of the plan, Lee smiled": a participle, not a name
    for i in range(1, len(words) - 1):
        # '…," retired Air Force general Peter Dalby said': a participle before a title
        # or name, right after a quote or a determiner, modifies it
        if (
            tags[i] in ("VBD", "VBN")
            and words[i].endswith("ed")
            and words[i].islower()
            and words[i + 1][:1].isupper()
            and words[i - 1] in (PLACEHOLDER, "the", "a", "an")
            and lemma_of(words[i]) is None
        ):
            tags[i] = "JJ"
        # "Blige sings to Clinton", "Conway notes that": a present-tense cue after a name
        elif (
            tags[i] in ("NNS", "NN")
            and tags[i - 1] == "NNP"
            and words[i].endswith("s")
            and words[i - 1] not in ("'s", "’s")
            and not words[i - 1].endswith(("s'", "s’"))
            and words[i].islower()
            and words[i + 1] in ("to", ",", ".", "that", "in", "on")
            and lemma_of(words[i]) is not None
        ):
            tags[i] = "VBZ"
        # "the attorney general replied": "general" after an office it ends is a noun
        elif tags[i] == "JJ" and (
            words[i].lower() == "general"
            and words[i - 1].lower() in _GENERAL_OFFICES
            # (hyphenated: "the secretary-general", "a lieutenant-general")
            or words[i].lower().endswith("-general")
            and words[i].lower().split("-")[0] in _GENERAL_OFFICES | _RANKS
        ):
            tags[i] = "NN"
        # "Yet another said", "and some said": a determiner standing alone as the subject
        # (not one floating after its noun: "X and Y both denounced", "many are calling")
        elif (
            tags[i] in ("DT", "JJ", "PDT")
            and words[i].lower() in _STANDALONE_DETERMINERS
            and tags[i + 1] in ("VBD", "VBZ", "VBP", "MD")
            and not tags[i - 1].startswith("NN")
        ):
            tags[i] = "NN"
        # "the ambassador wrote": a word the tagger read as an adjective between a
        # determiner and a reporting verb is the noun the verb's subject ends on
        elif (
            tags[i] == "JJ"
            and words[i - 1].lower() in ("the", "a", "an")
            and words[i].isalpha()
            and words[i].islower()
            and tags[i + 1] in ("VBD", "VBZ")
            and _inflected_cue(words[i + 1])
        ):
            tags[i] = "NN"
        # "a man at the back shouted": after a determiner and before a verb, no adverb
        elif (
            tags[i] == "RB"
            and words[i - 1] in ("the", "a", "an")
            and words[i].isalpha()
            and words[i].islower()
            and tags[i + 1] in ("VBD", "VBN", "VBZ", "VBP")
        ):
            tags[i] = "NN"
    for i in range(2, len(words)):
        # "Dennis R. Holloway": a capitalised word after a middle initial is a name
        if (
            words[i - 1] == "."
            and len(words[i - 2]) == 1
            and words[i - 2].isupper()
            and words[i][:1].isupper()
            and tags[i] != "NNP"
            and tags[i - 2] == "NNP"
        ):
            tags[i] = "NNP"
    _TAG_CACHE[key] = tuple(tags)
    return tags


#: Builds a :class:`Tok` from a 5-tuple without a Python-level call (``Tok._make`` is
#: one): the frames of a text dense with quotes make hundreds of thousands of tokens.
_TOK = functools.partial(tuple.__new__, Tok)
#: A stretch of text as its word tokens: (texts, starts, ends).
Gap = tuple[list[str], list[int], list[int]]
#: How many stretches between quotes a :func:`frame_tokens` memo keeps.
KEPT_GAPS = 512


def gap_tokens(text: str, a: int, b: int, memo: dict[tuple[int, int], Gap] | None = None) -> Gap:
    """The word tokens of text[a:b] as three lists: texts, starts, ends (:data:`TOKEN`'s
    matches). With ``memo`` (a dict kept between calls on the same text) a stretch already
    seen is not searched again: neighbouring frames share the text between their quotes.
    The memo keeps the last :data:`KEPT_GAPS` stretches, so it does not grow with the text.

    >>> gap_tokens("He said it's", 0, 12)
    (['He', 'said', 'it', "'s"], [0, 3, 8, 10], [2, 7, 10, 12])
    """
    if memo is not None:
        hit = memo.get((a, b))
        if hit is not None:
            return hit
    found = list(TOKEN.finditer(text, a, b))
    gap = ([m.group() for m in found], [m.start() for m in found], [m.end() for m in found])
    if memo is not None:
        if len(memo) >= KEPT_GAPS:
            del memo[next(iter(memo))]  # the oldest (dicts keep their order)
        memo[a, b] = gap
    return gap


class FrameWords(NamedTuple):
    """A frame's tokens before tagging, as columns: each token's text (``````` for a
    quote), offsets, the word the tagger reads (:data:`PLACEHOLDER` for a quote) and the
    index of the quote a placeholder stands for (-1: a word)."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    words: list[str]
    kinds: list[int]
    marks: list[int]  #: the index of each placeholder


def frame_words(
    text: str,
    lo: int,
    hi: int,
    quotes: list[Quote],
    qidx: list[int],
    memo: dict[tuple[int, int], Gap] | None = None,
    names: frozenset[int] = frozenset(),
) -> FrameWords:
    """The tokens of text[lo:hi] with each quote inside replaced by one placeholder, before
    tagging (:func:`frame_tokens` tags them).

    The text between two quotes is searched for words only when there is some (dense
    quotation marks leave none), so the cost follows the frame's words and quotes;
    ``memo`` (see :func:`gap_tokens`) lets the frames of one text share that search.
    A quote of ``names`` (a nickname inside a name: *Robert "Bob" Hale*) is read as its
    words, without its marks, so that the name around it stays one noun phrase.

    >>> from nbutils.quotes import find_quotes
    >>> text = 'Lee said "We win" today.'
    >>> frame_words(text, 0, len(text), find_quotes(text), [0]).texts
    ['Lee', 'said', '``', 'today', '.']
    """
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    marks: list[int] = []  # the token index of each placeholder
    marked: list[int] = []  # the quote each placeholder stands for
    # (the stretches between quotes, searched only when there is text, and each quote, in
    # one loop: a text dense with quotes makes many frames)
    get = memo.get if memo is not None else _NO_MEMO
    pos = lo
    for k in qidx:
        q = quotes[k]
        if q.start > pos:
            gap = get((pos, q.start)) or gap_tokens(text, pos, q.start, memo)
            texts += gap[0]
            starts += gap[1]
            ends += gap[2]
        if k in names:
            gap = gap_tokens(text, q.content_start, q.content_end)
            texts += gap[0]
            starts += gap[1]
            ends += gap[2]
        else:
            marks.append(len(texts))
            marked.append(k)
            texts.append("``")
            starts.append(q.start)
            ends.append(q.end)
        if q.end > pos:
            pos = q.end
    if hi > pos:
        gap = get((pos, hi)) or gap_tokens(text, pos, hi, memo)
        texts += gap[0]
        starts += gap[1]
        ends += gap[2]
    words = texts.copy()
    kinds = [-1] * len(texts)
    for i, k in zip(marks, marked, strict=True):
        words[i] = PLACEHOLDER
        kinds[i] = k
    return FrameWords(texts, starts, ends, words, kinds, marks)


def frame_word_list(
    text: str,
    lo: int,
    hi: int,
    quotes: list[Quote],
    qidx: list[int],
    memo: dict[tuple[int, int], Gap] | None = None,
) -> list[str]:
    """What the tagger reads of the frame, ``frame_words(…).words`` without the offsets
    (all that the engine's test of a quiet frame needs).

    >>> from nbutils.quotes import find_quotes
    >>> text = 'Lee said "We win" today.'
    >>> frame_word_list(text, 0, len(text), find_quotes(text), [0])[1:]
    ['said', '\\x00QUOTE', 'today', '.']
    """
    words: list[str] = []
    get = memo.get if memo is not None else _NO_MEMO
    pos = lo
    for k in qidx:
        q = quotes[k]
        if q.start > pos:
            words += (get((pos, q.start)) or gap_tokens(text, pos, q.start, memo))[0]
        words.append(PLACEHOLDER)
        if q.end > pos:
            pos = q.end
    if hi > pos:
        words += (get((pos, hi)) or gap_tokens(text, pos, hi, memo))[0]
    return words


#: The lookup of a memo that is not there: every stretch is searched.
_NO_MEMO: Callable[[tuple[int, int]], Gap | None] = {}.get


def frame_tokens(
    text: str,
    lo: int,
    hi: int,
    quotes: list[Quote],
    qidx: list[int],
    memo: dict[tuple[int, int], Gap] | None = None,
    names: frozenset[int] = frozenset(),
) -> list[Tok]:
    """Tokens of text[lo:hi] with each quote inside replaced by one placeholder, tagged
    (:func:`frame_words`, then :func:`tag_words`)."""
    fw = frame_words(text, lo, hi, quotes, qidx, memo, names)
    if not fw.texts:
        return []
    tags = tag_words(fw.words)
    kinds = fw.kinds
    for i in fw.marks:
        tags[i] = "QUOTE"
    for i in range(len(tags) - 2, -1, -1):
        if (
            kinds[i] < 0
            and fw.texts[i] in SURNAME_PARTICLES
            and tags[i + 1] == "NNP"
            and (fw.texts[i + 1][:1].isupper() or fw.texts[i + 1] in SURNAME_PARTICLES)
        ):
            tags[i] = "NNP"  # '"…," de la Fuente said': the particles open the surname
    if text.find("-year-old", lo, hi) >= 0:
        for i, w in enumerate(fw.texts):
            if kinds[i] < 0 and w.endswith("-year-old"):
                tags[i] = "NN"
                # "the 61-year-old told reporters": the tagger reads "61-year-old told" as a
                # compound noun; a cue's past form right after the age noun is its verb
                j = i + 1
                if (
                    j < len(tags)
                    and kinds[j] < 0
                    and tags[j] in ("NN", "NNS", "JJ")
                    and i > 0
                    and tags[i - 1] in ("DT", "PRP$")
                    and _past_cue(fw.texts[j])
                ):
                    tags[j] = "VBD"
    return list(map(_TOK, zip(fw.texts, fw.starts, fw.ends, tags, kinds, strict=False)))


def _past_cue(word: str) -> bool:
    """Is ``word`` the past form of a one-word reporting cue (*told*, *said*, *added*)?"""
    hit = cue_at([word], 0)
    return hit is not None and hit[0] == 1 and hit[3] == "past"


def may_hold_cue(toks: list[Tok]) -> bool:
    """Could a cue start at one of ``toks``: is any token, in lower case, the first word of
    a form in the cue lexicon? When not, :func:`~nbutils.attribution.syntax.cues_in` finds
    nothing (it asks :func:`nbutils.cues.cue_at` only at such a token, which looks the
    word up the same way).

    >>> may_hold_cue([Tok("He", 0, 2, "PRP"), Tok("Said", 3, 7, "VBD")])
    True
    >>> may_hold_cue([Tok("‘", 0, 1, "NN"), Tok("b", 1, 2, "NN"), Tok("``", 2, 5, "QUOTE", 0)])
    False
    """
    # one lower-casing of the joined texts (a token holds no space; only the Greek final
    # sigma lower-cases by context, and no cue word holds a sigma)
    return not cue_first_words().isdisjoint(" ".join(map(_TEXT_OF, toks)).lower().split())


_TEXT_OF = operator.itemgetter(0)  # Tok.text


def _sentences_near(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Punkt sentence spans of the paragraphs that hold a quotation mark (only those)."""
    punkt = punkt_tokenizer()
    spans: list[tuple[int, int]] = []
    seen: set[int] = set()
    line = (0, -1)  # the last line split: its start, and its "\n" (or the end of the text)
    for q in quotes:
        for offset in (q.start, max(q.start, q.end - 1)):
            if line[0] <= offset <= line[1]:
                continue  # the same line as the last offset (quotes come in order)
            # the line's start: search back only to the last line's end, never to the start
            # of the text (which made a long paragraph of many quotes quadratic)
            lo = text.rfind("\n", line[1] if 0 <= line[1] < offset else 0, offset) + 1
            if lo in seen:
                continue
            seen.add(lo)
            hi = text.find("\n", offset)
            hi = len(text) if hi < 0 else hi
            line = (lo, hi)
            for a, b in punkt.span_tokenize(text[lo:hi].translate(PLAIN_SPACES)):
                # Punkt sometimes ends a sentence at "Mr." or an initial: join it back
                if (
                    spans
                    and spans[-1][1] > lo
                    and (
                        _ABBREV_END.search(text, spans[-1][0], spans[-1][1])
                        or text[lo + a : lo + a + 1].isdigit()  # "the No. 2 in …", "Vol. 3"
                        or text[lo + a : lo + a + 1] in ")],;:"
                        or text[lo + a : lo + a + 1].islower()
                        or joins_after_dotted(text, spans[-1], lo + a)  # "U.S. Ambassador Ann Lee"
                    )
                ):
                    spans[-1] = (spans[-1][0], lo + b)
                else:
                    spans.append((lo + a, lo + b))
    spans.sort()
    return _split_after_clock(text, spans)


#: A clock time ending a sentence before a quotation that opens the next one (*after 1
#: a.m. "See you," she said.*): Punkt takes "a.m." for an abbreviation inside the sentence.
_CLOCK_THEN_QUOTE = re.compile(r"\b[ap]\.m\.(?=\s+[\"“][A-Z])")


def _split_after_clock(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _CLOCK_THEN_QUOTE.finditer(text, a, b):
            nxt = m.end() + len(text[m.end() : b]) - len(text[m.end() : b].lstrip())
            out.append((a, m.end()))
            a = nxt
        out.append((a, b))
    return out


_ABBREV_END = re.compile(
    rf"(?<![\w.])(?:{abbreviation_pattern('title', 'saint', 'plural')}|[A-Z])\.$"
    # "state Del. Ana Ruiz": "state" and an abbreviated office are a title before a name
    r"|\b[Ss]tate\s+[A-Z][a-z]{1,4}\.$"
)


#: After a sentence that is only a quote: `Sanders replied.`, `Mr. Hedge said, …` (the
#: attribution of the quote, which Punkt split off after `?"` or `."`).
_ATTRIBUTION_SENTENCE = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|of|de|van|von|la|da|del)\s+){0,4}(?:[A-Z][\w.'’-]*)"
    # "Lee's cousin, Ana Ruiz, yelled": a possessive and a noun, the name set off after it
    r"(?:(?:(?<=['’]s)|(?<=\bHis)|(?<=\bHer)|(?<=\bTheir))(?:\s+[a-z][\w-]*){1,2}(?=,))?"
    # (a nickname inside the name: 'Ana "Annie" Ruiz')
    r"(?:,(?:[^,;\"“”]|[\"“][A-Z][a-z]+[\"”]){1,80},)?\s+(?:also\s+|later\s+|then\s+)?"
    r"(?P<cue>[a-z]+(?:\s+(?:back|out|in|on))?)"
    r"(?!\s*[,:]?\s*[\"“'‘])"
    r"(?=\s*(?:[.,;!?—–]|$|(?:in|on|at|during|to|of|after|before|when|while|as|about|from|"
    r"with|later|earlier|again|also|then|recently|yesterday|today|last|this|reporters|"
    r"him|her|them|us|me)\b|\w+ly\b|[A-Z]))|(?P<cue2>said|says|asked|added|wrote|replied)\s+[A-Z]"
)


def quote_frames(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """For each quote, the span of the sentence(s) around it."""
    sents = _sentences_near(text, quotes)
    starts = [s for s, _ in sents]
    out = []
    for q in quotes:
        i = max(0, bisect.bisect_right(starts, q.start) - 1)
        j = max(i, bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1)
        lo, hi = (sents[i][0], sents[j][1]) if sents else (q.start, q.end)
        # a sentence that is only the quote: its attribution may be the next sentence
        # when Punkt split `"…?" he asked.` after the closing mark
        if (
            j + 1 < len(sents)
            and text[hi : sents[j + 1][0]].strip() == ""
            and _unfinished_paragraph(text, q, hi, sents[j + 1])
        ):
            hi = sents[j + 1][1]  # '"…, and we'll be asking," ¶ Owens said that evening.'
        elif (
            j + 1 < len(sents)
            and text[hi : sents[j + 1][0]].strip() == ""
            and "\n" not in text[hi : sents[j + 1][0]]
            and sents[j + 1][0] < len(text)
            and (
                text[sents[j + 1][0] : sents[j + 1][0] + 1].islower()
                or text[sents[j + 1][0] : sents[j + 1][0] + 1] in DASHES
                or not text[q.end : hi].strip(" \t.,;")
                # (only a quote that is its whole sentence: not 'Cole said the plan "would
                # cost too much." Pike disagreed.', where the quote has its own cue)
                and not text[lo : q.start].strip()
                and _attribution_next(text, sents[j + 1])
            )
        ):
            hi = sents[j + 1][1]
        out.append((min(lo, q.start), max(hi, q.end)))
    return out


#: A paragraph's opening words that attribute what the paragraph before left unfinished:
#: a name (or pronoun), then a verb of saying (*Owens said that evening, …*).
_NAME_THEN_VERB = re.compile(r"(?:he|she|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+([a-z]+)\b")


def _unfinished_paragraph(text: str, q: Quote, hi: int, sent: tuple[int, int]) -> bool:
    """Does the quote end its paragraph with a comma inside its marks, its sentence going
    on in the next paragraph, which opens with its attribution (``"…, and we'll be
    asking," ¶ Owens said that evening``: a line break inside one sentence)?"""
    gap = text[hi : sent[0]]
    if gap.count("\n") != 1 or hi != q.end or text[q.end - 2 : q.end - 1] != ",":
        return False
    m = _NAME_THEN_VERB.match(text, sent[0], min(sent[1], sent[0] + 60))
    return m is not None and lemma_of(m.group(1)) is not None


def _attribution_next(text: str, sent: tuple[int, int]) -> bool:
    """Does the sentence open with a short attribution (``Sanders replied.``)?"""
    m = _ATTRIBUTION_SENTENCE.match(text, sent[0], min(sent[1], sent[0] + 90))
    if m is None:
        return False
    cue = m.group("cue") or m.group("cue2")
    return lemma_of(cue) is not None or lemma_of(cue.split()[0]) is not None


def paragraph_starts(text: str) -> list[int]:
    """The offset where each paragraph (line) of ``text`` starts."""
    return [start for start, _ in line_spans(text)]


#: How many characters on each side of a quote are tokenised and tagged.
WINDOW = 300
