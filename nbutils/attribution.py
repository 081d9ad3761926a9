"""Speaker attribution: who said each quotation, and why we think so.

:func:`attribute` takes an article and returns one :class:`Attribution` per
quotation — the quote, its kind, the reporting cue, the speaker mention, the
canonical speaker, a role, the *rule* that fired and a confidence. It is a
glass box: every decision is one of the named rules in :data:`RULES`, and
:func:`explain` turns a record into a sentence.

How it works, quote by quote:

1. :func:`nbutils.quotes.find_quotes` finds the quotation marks.
2. The quote's *frame* is the sentence(s) around it. Only the frame's words
   outside the quote are tokenised and POS-tagged (the quote itself becomes one
   placeholder token), which keeps NLTK's perceptron tagger fast.
3. Reporting cues (:mod:`nbutils.cues`) are found in the frame, and the
   rules are tried in order: a cue right after the quote with the speaker after
   it (``"…," said MP Ina Sovsun``) or before it (``"…," Rutte remarked``); a
   speaker and cue before the quote (``He noted, "…"``), including the second
   half of a split quote; a participle cue after a comma whose speaker is the
   subject of the sentence (``Rutte acknowledged …, stating, "…"``); ``according
   to X``; a colon introduction; a transcript label (``"WALLACE: …``) or a
   signature after a dash (``"…" ― Jane Roe``, also on the next line); with no
   cue around the quote: the owner of a remark the quote is the content of
   (``her remark that "…"``), the subject of the quote's own sentence
   (``X worried that … "…"``), a label after *as* (``went after Trump as
   "…"``), a speaker and cue in the sentence just before it (also the last
   sentence of the previous paragraph when the quote opens its own, or a
   second clause after the previous quote: ``"…," Lee said, and her husband
   interjected. "…"``); and, failing all that, a *follow-on* quote that
   inherits the previous speaker (same or next paragraph).
4. The speaker mention is resolved (:mod:`nbutils.speakers`): a name to its
   cluster's canonical form (*Mayor Maria Lopez of Eastbrook* is Maria Lopez),
   *he*/*she* to a person (:meth:`~nbutils.speakers.Entities.resolve_pronoun`
   follows the chain of topics back through earlier sentences), *it*/*they*
   to an organisation, *the NATO chief* to the person holding that title.
5. The kind follows PolNeAR's definition of a direct quotation, estimated
   from the text (:func:`nbutils.quotes.content_share`): ``"direct"`` when at
   least half of the letters of the reported content are quoted (the content
   runs from the cue, or its *that*, to the end of the clause, and every
   quote in it counts), ``"partial"`` when the quote is a phrase woven into a
   longer reported clause (*urged him to "find a way" to mend …*), and
   ``"follow-on"`` when it has no cue of its own and inherits the previous
   speaker (a cue-less quote that is under a quarter of its clause is
   ``"partial"``). A title-cased quote after a possessive, a preposition, a
   naming verb or a noun for a work (*on NBC's "Meet the Press"*, *a memo
   titled "…"*) is a ``"title"``, not reported speech.

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

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from nbutils.articles import Article
from nbutils.cues import CueMatch, cue_at, lemma_of
from nbutils.lexicons import Closed, abbreviation_pattern, abbreviations, word_list
from nbutils.quotes import Quote, content_share, find_quotes, in_name_slot
from nbutils.speakers import (
    _CONNECTORS,
    _NOT_NAMES,
    _PERSON_NOUNS,
    ORG_WORDS,
    PRONOUNS,
    Entities,
    Entity,
    _all_first_names,
    cluster_entities,
    role_of,
)
from nbutils.tokenise import TITLE_ABBREVIATIONS, _punkt

#: The kinds of quotation that are attributed to someone (what the CLI outputs).
ATTRIBUTED_KINDS: tuple[str, ...] = ("direct", "partial", "follow-on")

#: Rule name -> one-line description (for explanations and hover text).
RULES: dict[str, str] = {
    "quote-cue-speaker": "the cue follows the quote and the speaker follows the cue "
                         "(\"…,\" said X)",
    "quote-speaker-cue": "the speaker and then the cue follow the quote (\"…,\" X said)",
    "speaker-cue-quote": "the speaker and the cue come before the quote (X said, \"…\")",
    "split-quote": "the second half of a quote split by its attribution in one sentence "
                   "(\"A,\" X said, \"B\"); a \"B\" in the next sentence is a follow-on",
    "participle": "a participle cue after a comma; the speaker is the sentence's subject "
                  "(X acknowledged …, stating, \"…\")",
    "according-to": "\"according to X\" names the speaker",
    "colon": "the quote is introduced by a colon after the speaker (X: \"…\")",
    "dash-signature": "a dash and a name after the quote, or on the next line, sign it "
                      "(“…” — Jane Roe)",
    "transcript": "a transcript label opens the quote (\"WALLACE: …\")",
    "previous-sentence": "no cue around the quote; the previous sentence (of the paragraph, "
                         "or ending the paragraph before) names a speaker with a cue",
    "labelled-as": "no cue: the sentence's subject labels someone or something as "
                   "\"…\" (\"X went after Trump as \"dangerous\"\")",
    "speech-owner": "no cue: the quote is the content of someone's remark "
                    "(\"her remark that \"…\"\", \"Rubio's catch phrase was that …\")",
    "sentence-subject": "no cue around the quote; the subject of its own sentence reports it "
                        "(\"X worried that … \"…\"\")",
    "follow-on": "no cue around the quote: it continues the previous quote's speaker "
                 "(\"A,\" X said. \"B.\" — B is a follow-on of A)",
    "no-speaker": "a direct quote whose speaker could not be found",
    "unattributed": "a title or scare quote: not reported speech",
}

_BASE_CONFIDENCE = {
    "quote-cue-speaker": 0.95, "quote-speaker-cue": 0.95, "speaker-cue-quote": 0.9,
    "split-quote": 0.9, "participle": 0.85, "according-to": 0.9, "colon": 0.75,
    "previous-sentence": 0.6, "sentence-subject": 0.5, "speech-owner": 0.6, "labelled-as": 0.5, "dash-signature": 0.85, "transcript": 0.9, "follow-on": 0.7, "no-speaker": 0.0, "unattributed": 0.0,
}


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
        """A JSON-ready dict with the CLI's keys (and only those)."""
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "speaker": self.speaker, "speaker_start": self.speaker_start,
                "speaker_end": self.speaker_end, "speaker_mention": self.speaker_mention,
                "role": self.role, "cue": self.cue, "rule": self.rule,
                "confidence": round(self.confidence, 3)}


def explain(attribution: Attribution) -> str:
    """One sentence saying why the quote was attributed as it was.

    >>> explain(attribute('"Yes," said Ann Lee.')[0])
    'Attributed to Ann Lee (mention "Ann Lee", cue "said") by rule quote-cue-speaker: the cue follows the quote and the speaker follows the cue ("…," said X).'
    """
    rule = RULES.get(attribution.rule, attribution.rule)
    if attribution.speaker is None:
        return f"No speaker: {rule}."
    bits = []
    if attribution.speaker_mention:
        bits.append(f'mention "{attribution.speaker_mention}"')
    if attribution.cue:
        bits.append(f'cue "{attribution.cue}"')
    how = f" ({', '.join(bits)})" if bits else ""
    return f"Attributed to {attribution.speaker}{how} by rule {attribution.rule}: {rule}."


# --- tokens -------------------------------------------------------------------


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    tag: str
    quote: int = -1  #: index of the quote this placeholder stands for (-1: a word)


_TOKEN = re.compile(
    rf"(?:[A-Z]\.){{2,}}|(?:{abbreviation_pattern('title', 'saint', 'suffix', 'month', 'state', 'other')})\.|"
    r"\w+(?:[-.]\w+)*(?=['’]s\b)|['’]s\b|n't|"
    r"\w+(?:['’-]\w+)*|[^\w\s]"
)


@lru_cache(maxsize=1)
def _tagger():
    from nbutils.tokenise import _tagger as load

    return load()


_TAG_CACHE: dict[tuple[str, ...], tuple[str, ...]] = {}


def _english() -> frozenset[str]:
    from nbutils.speakers import _english_words

    return _english_words()


def _inflected_cue(word: str) -> bool:
    """Is ``word`` a reporting verb in a finite form (*said*, *tells*, not *say*)?"""
    lemma = lemma_of(word.lower())
    return lemma is not None and " " not in lemma and word.lower() != lemma and \
        not word.lower().endswith("ing")


def _name_like(word: str) -> bool:
    """A capitalised word that is a first name or no (inflected) English word."""
    from nbutils.speakers import _all_first_names

    if word in _all_first_names():
        return True
    low, english = word.lower(), _english()
    if low in english:
        return False
    for suffix in ("ing", "ed", "ly", "s", "es", "d"):
        stem = low[:-len(suffix)] if low.endswith(suffix) else None
        if stem and (stem in english or stem + "e" in english):
            return False
    return True


_PLACEHOLDER = "\x00QUOTE"
_CLAUSE_PUNCT = frozenset({".", "!", "?", ":", ";", "``", "''", '"', "(", "—", "–", "-", "|"})


def _tag(words: list[str]) -> list[str]:
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
    tagger = _tagger()
    prev, prev2 = tagger.START
    context = tagger.START + [tagger.normalize(w) for w in words] + tagger.END
    tags: list[str] = []
    for i, word in enumerate(words):
        tag = tagger.tagdict.get(word)
        if not tag:
            if word == _PLACEHOLDER:
                tag = "''"
            elif i > 0 and word[:1].isupper() and word[1:2].isalpha() and \
                    words[i - 1] not in _CLAUSE_PUNCT and words[i - 1] != _PLACEHOLDER:
                tag = "NNP"
            else:
                features = tagger._get_features(i, word, context, prev, prev2)
                tag, _ = tagger.model.predict(features)
                if tag in ("RB", "IN", "JJ", "VB", "VBP", "VBZ") and word[:1].isupper() and \
                        word[1:2].islower() and _name_like(word):
                    tag = "NNP"  # a name at the start of a clause ("Moore thanked him")
                elif tag == "VBG" and word[:1].isupper() and i + 1 < len(words) and \
                        _inflected_cue(words[i + 1]):
                    tag = "NNP"  # "Schilling told WEEI", "Manning said"
        tags.append(tag)
        prev2, prev = prev, tag
    for i in range(1, len(words) - 1):
        # '…," retired Air Force general Lloyd Newton said': a participle before a title
        # or name, right after a quote or a determiner, modifies it
        if tags[i] in ("VBD", "VBN") and words[i].endswith("ed") and words[i].islower() and \
                words[i + 1][:1].isupper() and words[i - 1] in (_PLACEHOLDER, "the", "a", "an") \
                and lemma_of(words[i]) is None:
            tags[i] = "JJ"
        # "Blige sings to Clinton", "Conway notes that": a present-tense cue after a name
        elif tags[i] in ("NNS", "NN") and tags[i - 1] == "NNP" and words[i].endswith("s") and \
                words[i - 1] not in ("'s", "’s") and not words[i - 1].endswith(("s'", "s’")) and \
                words[i].islower() and words[i + 1] in ("to", ",", ".", "that", "in", "on") and \
                lemma_of(words[i]) is not None:
            tags[i] = "VBZ"
    for i in range(2, len(words)):
        # "Lawrence B. Cummings": a capitalised word after a middle initial is a name
        if words[i - 1] == "." and len(words[i - 2]) == 1 and words[i - 2].isupper() and \
                words[i][:1].isupper() and tags[i] != "NNP" and tags[i - 2] == "NNP":
            tags[i] = "NNP"
    _TAG_CACHE[key] = tuple(tags)
    return tags


def _frame_tokens(text: str, lo: int, hi: int, quotes: list[Quote], qidx: list[int]) -> list[Tok]:
    """Tokens of text[lo:hi] with each quote inside replaced by one placeholder."""
    raw: list[tuple[str, int, int, int]] = []
    pos = lo
    for k in qidx:
        q = quotes[k]
        for m in _TOKEN.finditer(text, pos, max(pos, q.start)):
            raw.append((m.group(), m.start(), m.end(), -1))
        raw.append(("``", q.start, q.end, k))
        pos = max(pos, q.end)
    for m in _TOKEN.finditer(text, pos, hi):
        raw.append((m.group(), m.start(), m.end(), -1))
    words = [w if k < 0 else _PLACEHOLDER for w, _, _, k in raw]
    tags = _tag(words) if words else []
    tags = ["NN" if w.endswith("-year-old") else t for w, t in zip(words, tags, strict=False)]
    return [Tok(w, s, e, "QUOTE" if k >= 0 else t, k) for (w, s, e, k), t in zip(raw, tags, strict=False)]


# --- noun phrases -------------------------------------------------------------

_NP_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "PRP$", "POS", "CD",
                      "VBN", "HYPH", "FW"})
_SKIP_BEFORE_CUE = frozenset("""has have had was were is are did does do will would could can may
might should must 'd also later then previously once again repeatedly recently often not n't
just simply further quickly flatly bluntly publicly privately first finally already
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier
""".split())
_NOT_SPEAKER = frozenset("""it this that what which there who whom whose these those thing things
time way day year week month
""".split())
_SPEECH_NOUNS = word_list("speech_nouns")
_DASHES = frozenset({"—", "–", "-", "--", "―", "‒"})
_AUXILIARIES = Closed.AUXILIARIES
_PREP_IN_NP = Closed.PREPOSITIONS_IN_NP


class NP(NamedTuple):
    i: int   #: first token index
    j: int   #: one past the last token index


def _wordlike(word: str) -> bool:
    return any(ch.isalnum() for ch in word) or word in ("&", "-")


def _is_verb(t: Tok) -> bool:
    return t.tag.startswith("VB") or t.tag == "MD"


def _adjective_as_noun(toks: list[Tok], k: int) -> bool:
    """An adjective heading a subject before its verb: *one Latino conservative has
    dubbed*, *a prominent liberal said*."""
    return k > 0 and toks[k - 1].tag in ("NNP", "CD", "DT", "JJ", "PRP$") and \
        k + 1 < len(toks) and (_is_verb(toks[k + 1]) or toks[k + 1].text.lower() in
                               _SKIP_BEFORE_CUE) and toks[k + 1].quote < 0 and \
        toks[k + 1].tag != "VBG"


def _np_before(toks: list[Tok], k: int) -> NP | None:
    """The noun phrase ending at token k (inclusive), scanning leftwards."""
    if k < 0 or toks[k].quote >= 0:
        return None
    t = toks[k]
    if t.tag == "PRP" or t.text.lower() in PRONOUNS:
        return NP(k, k + 1)
    if t.text.lower() in _STANDALONE and (k == 0 or toks[k - 1].text in _CLAUSE_PUNCT
                                          or toks[k - 1].quote >= 0 or toks[k - 1].text == ","):
        return NP(k, k + 1)  # "Another said …", "One wrote …"
    if t.text == ")":  # Sen. Richard J. Durbin (D-Ill.)
        m = k - 1
        while m >= 0 and toks[m].text != "(" and k - m < 8:
            m -= 1
        if m > 0 and toks[m].text == "(":
            inner = _np_before(toks, m - 1)
            return NP(inner.i, k + 1) if inner else None
        return None
    if t.tag not in _NP_TAGS or t.tag in ("DT", "POS", "PRP$", "JJ") and k > 0 \
            and toks[k].tag != "NNP":
        if not (t.tag in ("JJ",) and (t.text[:1].isupper() or _adjective_as_noun(toks, k))):
            return None
    i = k
    while i - 1 >= 0 and k - i < 14:
        p = toks[i - 1]
        if p.quote >= 0 or not _wordlike(p.text) and p.text != ".":
            break
        if p.tag in _NP_TAGS and not (p.tag == "VBN" and p.text.lower() not in ("named", "called")):
            i -= 1
            continue
        if p.text in (".",) and i - 2 >= 0 and toks[i - 2].tag == "NNP":
            i -= 1
            continue
        if p.text.lower() in _PREP_IN_NP and i - 2 >= 0 and k - i < 10 and (
                toks[i - 2].tag in ("NN", "NNS", "NNP", "NNPS") or
                toks[i - 2].tag in ("JJ", "VBN") and i - 3 >= 0
                and toks[i - 3].tag in ("NN", "NNS")):
            i -= 2 if toks[i - 2].tag in ("JJ", "VBN") else 1
            continue
        break
    while i <= k and toks[i].text.lower() in _PREP_IN_NP:
        i += 1
    if i > k or not any(x.tag.startswith("NN") or x.tag == "CD" for x in toks[i:k + 1]):
        return None
    return NP(i, k + 1)


_NAME_CONNECTORS = _CONNECTORS - {"of"}  # "Pieter de Vries", not "Bank of America"


def _np_after(toks: list[Tok], k: int) -> NP | None:
    """The noun phrase starting at token k, scanning rightwards."""
    if k >= len(toks) or toks[k].quote >= 0:
        return None
    if (toks[k].tag == "PRP" or toks[k].text.lower() in PRONOUNS) and not (
            toks[k].tag == "PRP$" and k + 1 < len(toks) and toks[k + 1].quote < 0
            and toks[k + 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ")):
        return NP(k, k + 1)  # (not "his campaign manager Jeff Weaver")
    j = k
    prep_used = False
    while j < len(toks) and j - k < 14:
        t = toks[j]
        if t.text == "." and j > k and len(toks[j - 1].text) == 1 and toks[j - 1].tag == "NNP" \
                and j + 1 < len(toks) and toks[j + 1].tag == "NNP":
            j += 1  # an initial: "Andrew J. Pincus"
            continue
        if t.text == "/" and j > k and toks[j - 1].tag == "CD" and j + 1 < len(toks) and \
                toks[j + 1].tag == "CD":
            j += 1  # "9/11 widow Terry Strada", "24/7"
            continue
        if t.text in _NAME_CONNECTORS and j > k and toks[j - 1].tag == "NNP" and \
                j + 1 < len(toks) and toks[j + 1].tag == "NNP":
            j += 1  # "Pieter de Vries", "Ursula von der Leyen"
            continue
        if t.quote >= 0 or not _wordlike(t.text):
            break
        if t.tag in _NP_TAGS and not (t.tag == "VBN" and t.text.lower() not in ("named",) and not (
                j == k and j + 1 < len(toks) and toks[j + 1].tag in ("NN", "NNP", "JJ"))):
            # ("retired neurosurgeon Ben Carson": a participle opening the phrase)
            j += 1
            continue
        if t.tag == "VBG" and j > k and toks[j - 1].tag in ("DT", "JJ") and j + 1 < len(toks) \
                and toks[j + 1].tag in ("NN", "NNS", "NNP", "JJ"):
            j += 1  # "another leading Supreme Court advocate"
            continue
        if t.text.lower() in _PREP_IN_NP and not prep_used and j > k and (
                toks[j - 1].tag.startswith("NN") or toks[j - 1].tag == "CD"
                or toks[j - 1].text.lower() in _QUANTIFIERS) and j + 1 < len(toks) and \
                toks[j + 1].tag in ("DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP$"):
            prep_used = True
            j += 1
            continue
        break
    while j > k and toks[j - 1].tag in ("DT", "POS", "JJ", "IN", "HYPH") and toks[j - 1].text.lower() \
            in _PREP_IN_NP | {"the", "a", "an", "'s", "’s", "-"}:
        j -= 1
    if j == k or not any(x.tag.startswith("NN") for x in toks[k:j]):
        return None
    return NP(k, j)


#: Cues a plural subject uses in the present ("critics argue …"; not "they believe").
_PLURAL_PRESENT_CUES = frozenset("argue contend insist claim warn maintain assert write".split())
#: Verbs that give a name, not a quotation ("the spot titled "Dangerous"").
_NAMING_VERBS = frozenset("titled entitled named dubbed nicknamed labeled labelled".split())
#: Cues whose object is the hearer ("tells employees").
_TELLING = frozenset("tell ask warn assure remind inform urge".split())
#: Cues that can stand inverted inside a sentence (", says Carl Anthony, a historian,").
_PARENTHETICAL_CUES = frozenset("""say write add note argue explain insist recall observe
continue conclude contend suggest""".split())
#: Cue forms that open an inverted attribution ("Said Dorothy Poynter, …").
_INVERTED_OPENERS = frozenset("Said Says Added Asked Wrote Replied Explained Recalled".split())
#: Cues that are also ordinary verbs: a cue only when punctuation, "that" or a quote follows.
_LINKING_CUES = frozenset({"continue", "go on", "add"})
#: Words that stand for a person or group on their own as a subject ("Another said").
_STANDALONE = Closed.STANDALONE
_QUANTIFIERS = Closed.QUANTIFIERS


_BE = Closed.BE


def _before_aside(toks: list[Tok], k: int, lo: int) -> int:
    """Step back over an adverb set off by commas ending at token k: in *The two
    lawmakers, however, argue*, from the second comma to *lawmakers*."""
    while k - 2 >= lo and toks[k].text == "," and toks[k - 1].tag in ("RB", "RBR") and \
            toks[k - 2].text == ",":
        k -= 3
    return k


def _described(toks: list[Tok], np: NP) -> bool:
    """Is ``np`` a description headed by a common noun, whatever names its modifier holds
    (*The leader of the Anti-Defamation League*, *the group's spokesman*)?"""
    span = toks[np.i:np.j]
    if not span or span[0].tag not in ("DT", "PRP$"):
        return False
    cut = next((k for k, t in enumerate(span) if t.text.lower() in _PREP_IN_NP), len(span))
    return cut > 1 and span[cut - 1].tag in ("NN", "NNS")


def _subject_before(toks: list[Tok], c: int, lo: int = 0) -> NP | None:
    """The subject of the cue at token c: the noun phrase just before it."""
    k = c - 1
    while k >= lo and (toks[k].text.lower() in _SKIP_BEFORE_CUE or toks[k].tag in ("RB", "RBR")
                       and toks[k].text.lower() not in ("not",) or toks[k].tag == "MD"):
        k -= 1
    k = _before_aside(toks, k, lo)
    if k < lo:
        return None
    if toks[k].text.lower() == "to" and k - 1 > lo and toks[k - 1].tag in ("VBN", "JJ", "VBD"):
        # "Mr. Trump was prompted to say", "Clinton was quick to say": the subject of the
        # verb or adjective that governs the infinitive
        m = k - 1
        while m > lo and m > k - 6 and (toks[m].tag in ("VBN", "JJ", "VBD", "RB", "MD")
                                        or toks[m].text.lower() in _SKIP_BEFORE_CUE):
            m -= 1
        if m < k - 1 and toks[m].tag in ("NNP", "NNPS", "NN", "NNS", "PRP") and any(
                t.text.lower() in _BE for t in toks[m + 1:k]):  # (not "have come to believe")
            np = _np_before(toks, m)
            if np is not None and np.i >= lo:
                return np
    if toks[k].text.lower() in ("who", "which") and k - 1 > lo and toks[k - 1].text == ",":
        # "Indiana Gov. Mike Pence, who called …": the relative clause's antecedent
        k -= 1
        np = _np_before(toks, k - 1)
        if np is not None and np.i >= lo:
            return np
    if toks[k].text == ",":
        np = _comma_subject(toks, k, lo)
        if np is not None:
            return np
    if toks[k].text == "," or toks[k].text in ("—", "–", "--", ")"):
        # an appositive: "Andriy, another Ukrainian citizen, said" -> the NP before it
        opener = "(" if toks[k].text == ")" else toks[k].text
        m = k - 1
        while m >= lo and toks[m].text not in (opener, ",") and toks[m].quote < 0 \
                and not (_is_verb(toks[m]) and toks[m].tag not in ("VBN", "VBG", "VBZ", "VBD")) \
                and k - m < 20:
            m -= 1
        if m >= lo and toks[m].text in (opener, ",") and m < k - 1:
            head = _np_before(toks, m - 1)
            inner = _np_before(toks, k - 1)
            # "Her rival, John Poe, said": the name in the appositive names the speaker
            if head is not None and inner is not None and inner.i == m + 1 and \
                    toks[k - 1].tag in ("NNP", "NNPS", ")") and (
                    not any(t.tag in ("NNP", "NNPS") for t in toks[head.i:head.j])
                    or _described(toks, head)
                    or head.i > lo and (toks[head.i - 1].tag in ("IN", "TO")
                                        or _is_verb(toks[head.i - 1]))):
                # … or the "head" is the object in an introductory phrase ("after
                # winning Ohio, Gov. John Kasich (R-OH), said")
                return inner
            if head is not None:
                return head
        return None
    np = _np_before(toks, k)
    if np is not None and np.i < lo:
        np = NP(lo, np.j)
    if np is not None and np.i > lo:
        outer = _modified_subject(toks, np, lo)
        if outer is not None:
            return outer
        name = _name_before_description(toks, np, lo)
        if name is not None:
            return name
    return np


def _name_before_description(toks: list[Tok], np: NP, lo: int) -> NP | None:
    """*Sam Lau, the party's communications director said* (the closing comma left out):
    the full name (a known first name) opening the clause, when the rest up to the cue
    is its description."""
    m = np.i - 1
    while m > lo and toks[m].text != "," and toks[m].tag in _NP_AREA and np.i - m < 4:
        m -= 1  # "president and" CEO of …
    if m <= lo + 1 or toks[m].text != "," or toks[m - 1].quote >= 0:
        return None
    name = NP(lo, m)
    if not all(t.tag in ("NNP", "NNPS") or t.text == "." for t in toks[lo:m]) or \
            sum(t.tag == "NNP" for t in toks[lo:m]) < 2 or toks[lo].text not in _all_first_names() or \
            not any(t.tag in ("NN", "NNS") and t.text[:1].islower() for t in toks[m + 1:np.j]):
        return None
    return name


def _modified_subject(toks: list[Tok], np: NP, lo: int) -> NP | None:
    """The subject whose modifier ends in ``np``: *a White House official who spoke to
    discuss internal strategy said* -> *a White House official*; *another source speaking
    to Fox News said* -> *another source*."""
    # a participle phrase: NOUN speaking to NP
    m = np.i - 1
    while m > lo and toks[m].tag in ("IN", "TO", "RB") and np.i - m < 3:
        m -= 1
    if m < np.i - 1 and m > lo and (toks[m].tag in ("VBG", "VBN") or toks[m].tag == "NN"
                                    and toks[m].text.endswith("ing")) and \
            toks[m - 1].tag in ("NN", "NNS", "NNP"):
        outer = _np_before(toks, m - 1)
        if outer is not None and outer.i >= lo:
            return outer
    # a relative clause: NOUN who VERB … NP
    m = np.i - 1
    while m > lo and np.i - m < 14 and toks[m].quote < 0 and toks[m].text not in (
            ",", ".", ";", ":", "``", "''", "(", ")"):
        if toks[m].text.lower() in ("who", "that") and toks[m].tag in ("WP", "WDT", "IN") and \
                any(_is_verb(t) for t in toks[m + 1:np.i]) and toks[m - 1].tag in ("NN", "NNS"):
            outer = _np_before(toks, m - 1)
            return outer if outer is not None and outer.i >= lo else None
        m -= 1
    return None


_CHUNK_STOP = frozenset({".", "!", "?", ";", ":", "``", "''", '"', "“", "”", "-", "--", "—", "–"})
_INTRO_WORDS = frozenset("""after before while when during since although though as if once
until because despite in on at by for with from to however meanwhile also still now then
monday tuesday wednesday thursday friday saturday sunday yesterday today earlier later
alongside amid amidst among following beyond unlike like
""".split())


def _initial(toks: list[Tok], m: int, lo: int) -> bool:
    """Is ``toks[m]`` the full stop of an initial or a title inside a name (*Andrew J.
    Tabler*, *Mr. Frum*)?"""
    if toks[m].text != "." or m - 1 < lo:
        return False
    before = toks[m - 1].text
    return before in _TITLE_ABBREVIATIONS or len(before) == 1 and before.isupper() and \
        m - 2 >= lo and toks[m - 2].tag == "NNP"


#: Abbreviations whose full stop stays inside a name: the titles the sentence splitter
#: knows (:data:`nbutils.tokenise.TITLE_ABBREVIATIONS`), and Jr./Sr.
_TITLE_ABBREVIATIONS = frozenset(abbreviations("title", "suffix"))


def _comma_subject(toks: list[Tok], k: int, lo: int) -> NP | None:
    """The subject of a cue preceded by comma-separated chunks (``toks[k]`` is the comma).

    The leftmost chunk that is a noun phrase (not an opening phrase such as
    *during a town hall in Columbus* or *Tuesday at …*, not a relative clause,
    not the state after a city) is the subject; when it is a description and
    the next chunk is a name, the name:

    * *Michael Mulgrew, president of the teachers' union, said* -> Michael Mulgrew
    * *the White House spokesman, Josh Earnest, said* -> Josh Earnest
    * *Clinton, during a town hall meeting in Columbus, Ohio, said* -> Clinton
    * *As Andrew Tabler, an expert on Syria, noted* -> Andrew Tabler
    """
    chunks: list[tuple[int, int]] = []
    end, m = k, k - 1
    while m >= lo and len(chunks) < 6:
        while m >= lo and toks[m].text != "," and (toks[m].text not in _CHUNK_STOP or _initial(
                toks, m, lo)) and toks[m].quote < 0:
            m -= 1
        chunks.append((m + 1, end))
        if m < lo or toks[m].text != ",":
            break
        end, m = m, m - 1
    chunks.reverse()
    if len(chunks) < 2 or any(a >= b for a, b in chunks):
        return None

    def kind(n: int) -> str:
        a, b = chunks[n]
        first = toks[a]
        low = first.text.lower()
        if low in ("who", "whom", "which", "whose", "that"):
            return "relative"
        if low in _INTRO_WORDS or first.tag in ("IN", "TO", "RB", "WRB", "VBG", "VBN", "CC") \
                and not first.text[:1].isupper() or first.tag in ("IN", "WRB", "CC", "VBG",
                                                                  "VBN"):
            return "intro"
        if n > 0 and b - a <= 2 and all(t.tag == "NNP" or t.text == "." for t in toks[a:b]) \
                and toks[a].text.rstrip(".") not in _TITLE_ABBREVIATIONS \
                and toks[chunks[n - 1][1] - 1].tag == "NNP" and (
                    kind(n - 1) in ("intro", "place") or n == 1 and b - a == 1):
            return "place"  # "in Columbus, Ohio", "Cambridge, Mass."
        if all(t.tag == "CD" for t in toks[a:b]):
            return "age"
        return "np"

    kinds = [kind(n) for n in range(len(chunks))]
    wh = _wh_subject(toks, chunks, kinds)
    if wh is not None:
        return wh
    a, b = chunks[0]
    if toks[a].text.lower() == "as" and b - a > 2 and kinds[1] == "np" and \
            toks[a + 1].text in _all_first_names() and \
            all(t.tag in ("NNP", "NNPS") or t.text == "." for t in toks[a + 1:b]) and \
            (toks[chunks[1][0]].tag == "DT" or toks[chunks[1][0]].text[:1].islower()):
        return NP(a + 1, b)  # As Andrew J. Tabler, an expert on Syria, noted, "…"
    n = next((n for n, x in enumerate(kinds) if x == "np"), None)
    if n is None:
        return None
    a, b = chunks[n]
    np = _np_before(toks, b - 1)
    if np is None or np.i < a:
        return None
    if (toks[b - 1].tag in ("NN", "NNS") or _described(toks, np)) and n + 1 < len(chunks) \
            and kinds[n + 1] == "np":
        a2, b2 = chunks[n + 1]
        if all(t.tag in ("NNP", "NNPS") or t.text in (".", "(", ")", "-") or
               toks[a2].tag == "NNP" and t.tag == "NNP" for t in toks[a2:b2]) and \
                toks[a2].tag == "NNP":
            name = _np_before(toks, b2 - 1)
            if name is not None and name.i >= a2:
                return name
    return np


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_WH_OPENERS = frozenset({"what", "which", "when", "that", "whom", "where", "while"})


def _wh_subject(toks: list[Tok], chunks: list[tuple[int, int]], kinds: list[str]) -> NP | None:
    """The subject of a cue inside a subordinate clause that comma chunks interrupt:
    *in what Bay Buchanan, national treasurer for Reagan's campaign, called*, *charges
    that Rush Limbaugh, for one, called*, *when Mr. Buchanan, who had failed, called*."""
    for n in range(len(chunks) - 2, -1, -1):
        if any(kinds[m] == "np" and any(t.tag in ("VBD", "VBZ", "VBP") for t in
                                       toks[chunks[m][0]:chunks[m][1]])
               for m in range(n + 1, len(chunks))):
            return None
        a, b = chunks[n]
        p = next((m for m in range(b - 2, a - 1, -1) if toks[m].text.lower() in _WH_OPENERS
                  and toks[m].tag in ("WP", "WDT", "WRB", "IN")), None)
        if p is None or toks[p + 1].tag not in ("NNP", "NNPS"):
            continue
        np = _np_before(toks, b - 1)
        if np is None or np.i <= p or not all(t.tag in ("NNP", "NNPS") or t.text == "."
                                              for t in toks[p + 1:b]):
            return None
        return NP(p + 1, b)
    return None


def _clause_subject(toks: list[Tok], lo: int, hi: int) -> NP | None:
    """The subject of the main clause of ``toks[lo:hi]`` (what a participle cue such as
    *…, saying* or *…, adding* after it belongs to).

    * *…, Nefzi said, adding*: the subject of the reporting verb just before;
    * otherwise the subject of the first finite verb outside opening phrases (*Hours
      later, Trump returned the compliment*; *At an event in Ames, Iowa, on Sunday, Mrs.
      Clinton tried*).
    """
    if hi - lo < 2:
        return None
    k = hi - 1 if toks[hi - 1].text == "," else hi
    if k - 1 >= lo and toks[k - 1].tag in ("VBD", "VBZ") and cue_at([toks[k - 1].text], 0):
        np = _subject_before(toks, k - 1, lo)
        if np is not None:
            return np
    last = max((m for m in range(lo, k) if toks[m].text == ","), default=lo - 1) + 1
    sub = next((m for m in range(last, k) if toks[m].text.lower() in ("when", "as", "while")
                and toks[m].tag in ("WRB", "IN")), None)
    if sub is not None:
        # "…, when Sanders protesters interrupted her speech, shouting": the participle
        # continues the subordinate clause it follows
        verb = next((m for m in range(sub + 2, k) if toks[m].tag in ("VBD", "VBZ", "VBP")), None)
        np = _np_before(toks, verb - 1) if verb is not None else None
        if np is not None and np.i == sub + 1 and \
                any(t.tag in ("NN", "NNS", "NNP", "NNPS") for t in toks[np.i:np.j]):
            return np
    start = _after_dateline(toks, lo, hi)
    while start < hi:
        end = next((m for m in range(start, hi) if toks[m].text == ","), hi)
        first = toks[start] if start < end else None
        opening = first is None or first.tag in ("IN", "RB", "WRB", "VBG", "VBN", "CC", "TO") \
            or first.text.lower() in _INTRO_WORDS
        relative = next((m for m in range(start, end) if toks[m].tag in ("WRB", "WDT", "WP")
                         and m > start), end)  # "- where the Panthers played -"
        verb = next((m for m in range(start, relative) if toks[m].tag in _FINITE
                     and toks[m].quote < 0), None)
        if verb is None and not opening:  # "Small groups of protesters continued" (as VBN)
            verb = next((m for m in range(start + 1, relative) if toks[m].tag == "VBN"
                         and toks[m - 1].tag in ("NN", "NNS", "NNP", "NNPS")), None)
        if verb is not None and not (opening and first is not None and end < hi):
            np = _subject_before(toks, verb, start)
            if np is not None and np.i >= start:
                return np
            return None
        start = end + 1
    return None


_TIME_AFTER = frozenset({"later", "earlier", "ago", "afterward", "afterwards", "before"})


def _after_dateline(toks: list[Tok], lo: int, hi: int) -> int:
    """Skip a dateline opening the clause: *WASHINGTON, Dec. 8 (UPI) — In response …*."""
    if lo < hi and toks[lo].text.isupper() and len(toks[lo].text) > 1:
        dash = next((m for m in range(lo, min(hi, lo + 12)) if toks[m].text in _DASHES), None)
        if dash is not None:
            return dash + 1
    return lo


def _sentence_subject(toks: list[Tok], lo: int, hi: int) -> NP | None:
    """The subject of the clause starting at token lo (after an introductory phrase)."""
    k = _after_dateline(toks, lo, hi)
    for _ in range(3):  # "On Tuesday, even as shares were tumbling, Mr. Ackman wrote"
        while k < hi and toks[k].text in ("``", "''", "(", "—", "–", "-", ","):
            k += 1
        comma = next((m for m in range(k, min(hi, k + 5)) if toks[m].text == ","), None)
        if comma is not None and comma > k and toks[comma - 1].text.lower() in _TIME_AFTER:
            k = comma + 1  # "Minutes later, she sent …", "Two days ago, …"
            continue
        if k < hi and toks[k].tag == "CC" and k + 1 < hi and toks[k + 1].text != ",":
            k += 1  # "But Sen. Pat Toomey refused …"
            continue
        if k < hi and (toks[k].tag in ("IN", "RB", "VBG", "VBN", "TO", "WRB", "CC", "JJ")
                       and not toks[k].text[:1].isupper() or toks[k].tag in (
                           "IN", "RB", "VBG", "TO", "WRB", "CC")):
            comma = next((m for m in range(k, min(hi, k + 25)) if toks[m].text == ","), None)
            if comma is not None:
                k = comma + 1
                continue
        break
    if k >= hi:
        return None
    if toks[k].tag == "PRP" or toks[k].text.lower() in PRONOUNS:
        return NP(k, k + 1)
    j = k
    while j < hi and (toks[j].tag in _NP_TAGS or toks[j].text == ".") and toks[j].quote < 0:
        j += 1
    if j == k:
        return None
    # "Andriy, another Ukrainian citizen, condemned": the head is before the appositive
    np = NP(k, j)
    if not any(x.tag.startswith("NN") for x in toks[k:j]):
        return None
    return np


# --- the rules ----------------------------------------------------------------


class _Found(NamedTuple):
    rule: str
    np: NP | None
    cue: CueMatch | None
    toks: list[Tok]


def _np_after_quote(toks: list[Tok], i: int) -> bool:
    """Is ``toks[i]`` preceded by a quote (and its comma) and then only a noun phrase?"""
    m = i - 1
    while m >= 0 and i - m <= 8 and toks[m].quote < 0 and (
            toks[m].tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "HYPH")
            or toks[m].text in ("in", "of", "-")):
        m -= 1
    if m == i - 1 or m < 0 or toks[m + 1].tag not in ("DT", "PRP$", "NNP", "NNPS"):
        return False
    return toks[m].quote >= 0 or toks[m].text == "," and m > 0 and toks[m - 1].quote >= 0


def _cues_in(text: str, toks: list[Tok]) -> list[tuple[int, int, CueMatch]]:
    """Cues among the frame's word tokens: (first token, last token + 1, match)."""
    out = []
    words = [t.text for t in toks]
    for i, head in enumerate(toks):
        if head.quote >= 0:
            continue
        hit = cue_at(words, i)
        if hit is None:
            continue
        n, lemma, category, form, ambiguous = hit
        if any(t.quote >= 0 for t in toks[i:i + n]):
            continue
        if head.text[:1].isupper() and i > 0 and toks[i - 1].text not in ('"', "``", ",", ":",
                                                                           "—", "–", "(") \
                and toks[i - 1].quote < 0:
            continue  # "the Post", not "post"
        c = CueMatch(head.start, toks[i + n - 1].end, text[head.start:toks[i + n - 1].end],
                     lemma, category, form, ambiguous)
        if lemma == "according to":
            out.append((i, i + n, c))
            continue
        if lemma in _LINKING_CUES and i + n < len(toks) and toks[i + n].quote < 0 and \
                not (i > 0 and toks[i - 1].quote >= 0 and form in ("past", "present")) and \
                not _object_then_colon(toks, i + n, next(
                    (m + 1 for m in range(i + n, min(len(toks), i + n + 8))
                     if toks[m].text == ":"), i + n)) and (
                toks[i + n].tag in ("TO", "NN", "NNS", "DT", "JJ", "PRP$", "CD", "VBG")
                or toks[i + n].text.lower() in ("to", "in", "on", "with", "at", "for")):
            continue  # "will continue to be", "goes on recess", "added to the list"
        if not head.tag.startswith("VB") and (ambiguous or head.tag in ("NN", "NNS", "NNP")):
            # "…," Conway notes.  /  "…," the editorial read.  — a name, pronoun or noun, the
            # form, then the end of the clause;  Said Dorothy Poynter, "…" — an inverted cue
            clause_end = i + n >= len(toks) or toks[i + n].text in (",", ".", ";", "!", "?")
            inverted = head.text in _INVERTED_OPENERS and (
                i == 0 or toks[i - 1].text in _CLAUSE_PUNCT or toks[i - 1].quote >= 0) and \
                i + n < len(toks) and toks[i + n].tag in ("NNP", "DT", "PRP$", "JJ")
            before_quote = i + n + 1 < len(toks) and toks[i + n].text in (",", ":") and \
                toks[i + n + 1].quote >= 0 and form in ("past", "present") and not ambiguous
            # "…," a Carrier executive tells employees: a verb of telling, tagged as a noun
            before_quote = before_quote or lemma in _TELLING and form == "present" and \
                i > 0 and toks[i - 1].tag in ("NN", "NNP", "NNPS") and i + n < len(toks) and \
                toks[i + n].tag in ("NNS", "NNP", "PRP", "DT")
            # '"…," a voice-over in the ad states.', '"…," the Saudis state in the paper':
            # a noun phrase right after a quote, then the form
            after_quote = (clause_end or i + n < len(toks) and toks[i + n].text in (
                "in", "on", "at", "to")) and _np_after_quote(toks, i)
            if not before_quote and not after_quote and not (i > 0 and clause_end and (
                    toks[i - 1].tag in ("NNP", "PRP", "NNPS") and form == "present"
                    or toks[i - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP")
                    and form in ("past", "present") and not ambiguous)) and not inverted:
                continue
        aux = i - 1
        if aux > 0 and toks[aux].tag in ("RB", "RBR") and toks[aux].text.lower() != "not":
            aux -= 1  # "could only quip"
        aux = _before_aside(toks, aux, 0)
        if form == "base" and lemma not in ("say", "tell") and not (
                aux >= 0 and toks[aux].text.lower() in ("to", "will", "would", "could", "did",
                                                        "does", "do", "can", "may", "might",
                                                        "should", "must", "'d", "n't", "not")
                or aux >= 0 and head.tag == "VBP" and lemma in _PLURAL_PRESENT_CUES and (
                    toks[aux].tag in ("NNS", "NNPS") or toks[aux].text.lower() in (
                        "they", "we", "i", "you"))):  # "critics argue", "they contend"
            continue
        out.append((i, i + n, c))
    return out


def _has_clause(toks: list[Tok], j: int) -> bool:
    """Does a clause or a quote of its own (*North Korea had displayed …*, *that …*,
    *Trump a "liar."*) follow token j, before the sentence ends? Not after a
    preposition (*said of the encounter he had*)."""
    if j < len(toks) and toks[j].tag in ("IN", "RB", "RBR", "TO") and toks[j].text != "that":
        return False
    for t in toks[j:]:
        if t.text in (".", "!", "?", ";"):
            return False
        if t.tag in _FINITE or t.text.lower() == "that" or t.quote >= 0:
            return True  # (a quote of its own: 'Sanders called Trump a "liar."')
    return False


def before_sentence_end(quoted: str) -> bool:
    """Does a quotation's text (closing mark removed) end its sentence (``.``, ``!``, ``?``)?

    >>> before_sentence_end('"stop its escapades.'), before_sentence_end('"stop it,')
    (True, False)
    """
    return quoted.endswith((".", "!", "?")) and not quoted.endswith("...")


def _find(text: str, q: int, toks: list[Tok], cues: list[tuple[int, int, CueMatch]],
          partial: bool) -> _Found | None:
    """Apply the cue rules to the quote placeholder at token index ``q``."""
    n = len(toks)
    k = q + 1
    while k < n and toks[k].text in (",", "''", "``", "—", "–", "-", "--", "'", "’", '"', "”") \
            and toks[k].quote < 0:
        k += 1
    after = [c for c in cues if c[0] >= k]
    closing = text[toks[q].start:toks[q].end].rstrip("\"”'’»› ")
    if after and before_sentence_end(closing) and k < n and toks[k].text[:1].isupper() and \
            _has_clause(toks, after[0][1]):
        # '… "stop its escapades." The Agency said North Korea had …': a new sentence
        # whose cue has its own content
        after = []
    if after and closing.endswith(",") and after[0][0] - k <= 8 and (
            after[0][1] >= n or toks[after[0][1]].text in (".", "!", "?", ";")
            or (toks[after[0][1]].tag in ("IN", "RB", "TO", "NNP") or
                toks[after[0][1]].text == "," and after[0][1] + 1 < n
                and toks[after[0][1] + 1].tag == "VBG")
            and not any(t.quote >= 0 for t in toks[after[0][1]:after[0][1] + 4])):
        # '… said "will assuage fears," the Florida senator said': a quote closing on a
        # comma, then its speaker and cue, belongs to them whatever came before it
        found = _after_rules(toks, k, after)
        if found is not None and found.rule in ("quote-speaker-cue", "quote-cue-speaker"):
            return found
    before = [c for c in cues if c[1] <= q]
    near_before = bool(before) and (all(
        t.text in (",", ":", "—", "–", "-", "that") or t.tag in ("RB",)
        for t in toks[before[-1][1]:q]) or _object_then_colon(toks, before[-1][1], q))
    if not near_before:
        # a verb right before ', "' or ': "' reads as a cue even if it is not in the lexicon
        if q >= 2 and toks[q - 1].text in (",", ":") and toks[q - 2].tag in ("VBD", "VBZ", "VBG") \
                and toks[q - 2].quote < 0 and toks[q - 2].text.lower() not in ("is", "was", "are",
                                                                              "were", "has", "had"):
            t = toks[q - 2]
            form = "participle" if t.tag == "VBG" else "past"
            extra = CueMatch(t.start, t.end, t.text, t.text.lower(), "unknown", form, False)
            before = before + [(q - 2, q - 1, extra)]
            near_before = True
        # The ad claims "Jeb is …": a verb (or a cue read as a noun) right before a quote
        # that opens with a capital letter
        elif q >= 1 and toks[q - 1].quote < 0 and _opens_capital(text, toks[q]) and \
                toks[q - 1].text.lower() not in _NAMING_VERBS and (
                toks[q - 1].tag in ("VBD", "VBZ") and toks[q - 1].text.lower() not in _AUXILIARIES
                or cue_at([toks[q - 1].text], 0) is not None):
            t = toks[q - 1]
            hit = cue_at([t.text], 0)
            lemma, category = (hit[1], hit[2]) if hit else (t.text.lower(), "unknown")
            extra = CueMatch(t.start, t.end, t.text, lemma, category, "present", False)
            before = before + [(q - 1, q, extra)]
            near_before = True
    if not near_before:
        found = _after_rules(toks, k, after)
        if found:
            return found
    found = _before_rules(toks, q, before, partial, near_before, text)
    if found:
        return found
    if near_before:
        found = _after_rules(toks, k, after)
        if found:
            return found
    for _i, j, c in after:  # according to X, further on
        if c.lemma == "according to":
            np = _np_after(toks, j)
            if np:
                return _Found("according-to", np, c, toks)
    # “…” ― Edwin Garcia: a dash and a name sign the quote (letters, vox pops)
    if q + 2 <= n - 1 and toks[q + 1].text in _DASHES:
        np = _np_after(toks, q + 2)
        if np and any(t.tag in ("NNP", "NNPS") for t in toks[np.i:np.j]) and (
                np.j >= n or toks[np.j].text in (",", ".", "|", ";", "(")):
            return _Found("dash-signature", np, None, toks)
    # "…," Trump assured Jones: a name and a finite verb right after the quote
    if not after or after[0][0] > k + 4:
        np = _np_after(toks, k) if k < n else None
        if np and np.j < n and toks[np.j].tag in ("VBD", "VBZ") and toks[np.j].quote < 0 \
                and toks[np.j].text.lower() not in _AUXILIARIES and (
                    np.j + 1 >= n or toks[np.j + 1].text in (",", ".", ";", "!", "?")
                    or toks[np.j + 1].tag in ("IN", "TO", "NNP", "PRP", "RB", "DT")):
            t = toks[np.j]
            extra = CueMatch(t.start, t.end, t.text, t.text.lower(), "unknown", "past", False)
            return _Found("quote-speaker-cue", np, extra, toks)
    k = q - 1
    if k >= 1 and toks[k].text == "," and toks[k - 1].text.lower() in _SPEECH_NOUNS \
            and not partial:  # X issued a statement, "…"
        lo = max((m for m in range(0, k) if toks[m].quote >= 0), default=-1) + 1
        np = _sentence_subject(toks, lo, k)
        if np:
            return _Found("colon", np, None, toks)
    if k >= 0 and toks[k].text == ":" and not partial:  # X: "…"
        lo = max((m for m in range(0, k) if toks[m].quote >= 0), default=-1) + 1
        named = _np_before(toks, k - 1)
        if named is not None and named.i > lo and toks[named.i - 1].text in _DASHES and \
                toks[named.j - 1].tag in ("NNP", "NNPS"):
            return _Found("colon", named, None, toks)  # HEADLINE - Jeffrey M. Jones: "…"
        dash = max((m for m in range(lo, k) if toks[m].text in _DASHES and toks[m].quote < 0),
                   default=None)
        if dash is not None and dash + 1 < k and all(
                t.tag in ("NNP", "NNPS") or t.text in (".", "and", "&") for t in toks[dash + 1:k]) \
                and toks[k - 1].tag in ("NNP", "NNPS"):
            return _Found("colon", NP(dash + 1, k), None, toks)  # … overhype - HuffPollster:
        said = [c for c in cues if lo <= c[0] < k and c[2].form in ("past", "present")
                and c[2].lemma in ("say", "tell", "add", "write", "argue", "insist")]
        if said and toks[said[-1][1]].tag == "PRP":
            # "… and said she has the quality for the job: "…"": the reporter of the clause
            i = said[-1][0]
            np = _subject_before(toks, i, lo) if toks[i - 1].text != "and" else None
            np = np or _sentence_subject(toks, 0, i)
            if np is not None:
                return _Found("colon", np, said[-1][2], toks)
        np = None
        if k - 1 > lo and toks[k - 1].tag in ("VB", "VBD", "VBZ", "VBP") and \
                toks[k - 1].text.lower() not in _AUXILIARIES:
            np = _subject_before(toks, k - 1, lo)  # "… that a spokesman could only quip:"
        if np is None:
            np = _colon_speaker(toks, lo, k)
        if np and not (np.i > lo and toks[np.i - 1].tag == "IN" and toks[np.i - 1].text.lower()
                       in ("on", "in", "at", "from", "during", "with")
                       and toks[np.j - 1].tag in ("NNP", "NNPS")):
            return _Found("colon", np, None, toks)  # (not "later that month on CNN:")
    return None


def _object_then_colon(toks: list[Tok], j: int, q: int) -> bool:
    """Between a cue and its quote, only an object and a colon or comma: *told WEEI: "…"*,
    *recalled the three-year freeze on pay: "…"*."""
    if q - j < 2 or toks[q - 1].text not in (":", ",") or q - j > 11:
        return False
    middle = toks[j:q - 1]
    return all(t.quote < 0 and (t.tag in _NP_TAGS or t.tag in ("PRP", "IN") and t.text.lower()
                                in ("him", "her", "them", "us", "me", "reporters", "on", "of",
                                    "to")) for t in middle) and middle[0].tag != "IN"


_TRANSCRIPT = re.compile(r"\(?([A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s")


def _transcript(text: str, q: Quote, label: re.Match[str]) -> _Found | None:
    """"WALLACE: Governor, …" — an upper-case speaker label opens the quote."""
    a = q.content_start + label.start(1)
    b = q.content_start + label.end(1)
    words = text[a:b].split()
    if not words or len(words) > 4:
        return None
    tok = Tok(text[a:b].title(), a, b, "NNP")
    return _Found("transcript", NP(0, 1), None, [tok])


def _opens_capital(text: str, tok: Tok) -> bool:
    """Does the quote behind a placeholder start with a capital letter?"""
    if tok.quote < 0:
        return False
    head = text[tok.start:tok.start + 4].lstrip("\"“”'‘’«»„`")
    return head[:1].isupper()


def _after_rules(toks: list[Tok], k: int, after: list[tuple[int, int, CueMatch]]) -> _Found | None:
    """"…," said X  /  "…," X said  /  "…," according to X."""
    if not after:
        return None
    i, j, c = after[0]
    if c.lemma == "according to":
        if i <= k + 1:
            np = _np_after(toks, j)
            if np:
                return _Found("according-to", np, c, toks)
        return None
    if c.form == "participle":
        return None
    if i == k:
        np = _np_after(toks, j)
        if np:
            return _Found("quote-cue-speaker", _appositive_name(toks, np), c, toks)
    if i > k:
        np = _subject_before(toks, i, k)
        if np and np.i == k:
            return _Found("quote-speaker-cue", np, c, toks)
        if any(toks[m].quote >= 0 for m in range(k, i)):
            return None
        if np and np.i > k and i - k < 16 and _np_area(toks[k:np.i]) and \
                (toks[k].tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "VBN")
                 or toks[k].tag == "VBD" and toks[k + 1].tag in ("NNP", "NNPS")) \
                and toks[np.i].tag != "PRP":
            # "…," another friend, Mariam Emara told CNN  /  "…," the bespectacled,
            # 71-year-old diplomat said  /  "…," the Vermont senator and candidate told
            if toks[np.j - 1].tag in ("NNP", "NNPS") and toks[np.i - 1].text == ",":
                return _Found("quote-speaker-cue", np, c, toks)
            return _Found("quote-speaker-cue", NP(k, np.j), c, toks)
        # "…" if she loses, said David Wasserman, an analyst.
        np = _np_after(toks, j)
        if np and (np.j >= len(toks) or toks[np.j].text in (",", ".", ";")) and \
                toks[i - 1].text == "," and c.form != "base" and c.lemma != "tell":
            # (not "…," Joe Kasper, a spokesman, told reporters: the hearer follows "told")
            return _Found("quote-cue-speaker", np, c, toks)
        # "…," Harry Bond, 30, of Raleigh, who voted for X, said.  /  "…," Nate Silver, the
        # polling guru who founded a website, tweeted
        np = _np_after(toks, k)
        if np and np.j < len(toks) and toks[np.j].text == "," and i - k < 30 and (
                toks[i - 1].text == "," or toks[np.j - 1].tag in ("NNP", "NNPS")
                and i - k < 20 and c.form in ("past", "present")) and \
                any(t.tag in ("NNP", "NNPS") or t.tag == "PRP" for t in toks[np.i:np.j]):
            # "…," Rep. Poe's chief of staff, Joe Kasper, told …: the name in the appositive
            return _Found("quote-speaker-cue", _appositive_name(toks, np), c, toks)
        # "…" for the victory, Sanders said.
        before = _subject_before(toks, i, k)
        if before is not None and before.i > k + 1 and toks[before.i - 1].text == "," and \
                before.i - k < 12 and not any(_is_verb(t) for t in toks[k:before.i]) and \
                toks[before.j - 1].tag in ("NNP", "NNPS", "PRP") and c.form in ("past", "present"):
            return _Found("quote-speaker-cue", before, c, toks)
        # "…" that would respond to requests, Caroline Wolverton wrote in a court filing.
        # "…" there and in other states, the memo stated.  The quoted clause runs on in
        # lower case, then the speaker and the cue close the sentence.
        i, j, c = after[-1]
        before = _subject_before(toks, i, k)
        if before is not None and before.i > k + 1 and toks[before.i - 1].text == "," and \
                before.i - k < 30 and c.form in ("past", "present") and \
                all(x[2].form not in ("past", "present") for x in after[:-1]) and \
                toks[k].text[:1].islower() and toks[k].quote < 0 and \
                not any(t.quote >= 0 for t in toks[k:before.i]) and \
                toks[before.j - 1].tag in ("NNP", "NNPS", "PRP", "NN") and \
                not any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in toks[j:]):
            return _Found("quote-speaker-cue", before, c, toks)
    return None


_NP_AREA = _NP_TAGS | {",", "CC", "VBG", "HYPH", "NNPS"}


def _np_area(toks: list[Tok]) -> bool:
    """Could these tokens all belong to one (coordinated or appositive) noun phrase?"""
    return bool(toks) and all(t.quote < 0 and (t.tag in _NP_AREA or t.text in (",", "-"))
                              for t in toks)


def _appositive_name(toks: list[Tok], np: NP) -> NP:
    """A description followed by the person's name (*another leading advocate, Andrew
    J. Pincus*): the name. Anything else is returned as it is."""
    if np.j + 1 < len(toks) and toks[np.j].text == "," and toks[np.j + 1].tag == "NNP" and (
            toks[np.j - 1].tag in ("NN", "NNS") or toks[np.i].tag in ("DT", "PRP$")
            and any(t.tag in ("NN", "NNS") for t in toks[np.i:np.j])):
        j = np.j + 1
        while j < len(toks) and (toks[j].tag in ("NNP", "NNPS") or toks[j].text == "."
                                 and len(toks[j - 1].text) == 1):
            j += 1
        if j > np.j + 1 and toks[j - 1].text != "." and (j >= len(toks) or toks[j].text in (
                ",", ".", ";", "(", "of", "who", "at", "from", "in")):
            return NP(np.j + 1, j)
    return np


#: Nouns for what carries a message or who receives it: a participle cue after them
#: belongs to the sentence's subject (*X issued a statement saying …*).
_RELAYS = word_list("relays")


def _before_rules(toks: list[Tok], q: int, before: list[tuple[int, int, CueMatch]],
                  partial: bool, near: bool, text: str = "") -> _Found | None:
    """X said, "…"  /  "A," X said, "B"  /  X did this, stating, "…"  /  according to X, "…"."""
    if not before:
        return None
    i, j, c = before[-1]
    between = toks[j:q]
    prev_quote = max((m for m in range(0, i) if toks[m].quote >= 0), default=-1)
    if c.lemma == "according to":
        np = _np_after(toks, j)
        if np and np.j <= q:
            return _Found("according-to", np, c, toks)
        return None
    if not near and any(t.text in (";",) for t in between):
        return None
    lead = i - 1
    while lead > 0 and toks[lead].tag in ("RB", "RBR") and toks[lead].quote < 0:
        lead -= 1  # "…, alternately shouting"
    if c.form == "participle" and i > 0 and toks[lead].text in (",", "—", "–", "and"):
        np = _clause_subject(toks, prev_quote + 1, lead) or \
            _sentence_subject(toks, prev_quote + 1, lead + 1)
        if np:
            return _Found("participle", np, c, toks)
    if c.form == "participle" and prev_quote == i - 1 and text[:toks[i - 1].end].rstrip(
            "\"”'’ ").endswith(","):
        # X defended "New York values," saying …: the comma is inside the quote
        clause = max((m for m in range(0, prev_quote) if toks[m].quote >= 0), default=-1) + 1
        np = _sentence_subject(toks, clause, prev_quote)
        if np:
            return _Found("participle", np, c, toks)
    if i > 0 and toks[i - 1].text == "," and c.form in ("past", "present") and j < q and \
            toks[j].tag == "NNP" and c.lemma in _PARENTHETICAL_CUES:
        np = _np_after(toks, j)  # The paradox of Nancy, says Carl Anthony, a historian, is …
        if np is not None and np.j < q and toks[np.j].text == ",":
            return _Found("speaker-cue-quote", _appositive_name(toks, np), c, toks)
    if i == prev_quote + 1 and toks[i].text[:1].isupper() and c.form in ("past", "present"):
        np = _np_after(toks, j)  # Said Dorothy Poynter, who grew up with Ali, "…"
        if np is not None and np.j <= q:
            return _Found("quote-cue-speaker", _appositive_name(toks, np), c, toks)
    np = _subject_before(toks, i, prev_quote + 1)
    if np and c.form == "participle" and any(
            t.tag in ("NN", "NNS") and t.text.lower() in _RELAYS for t in toks[np.i:np.j]):
        # (also "released a statement Thursday night condemning …")
        # X issued a statement saying …, X emailed supporters saying …
        subject = _sentence_subject(toks, prev_quote + 1, np.i)
        if subject is not None:
            return _Found("participle", subject, c, toks)
    if np and np.j - np.i == 1 and toks[np.i].text.lower() in ("it", "this", "that") and \
            len(before) > 1:
        # "She says it underscores that Trump is "…"": a thing's cue nested in a person's
        for i2, _j2, c2 in reversed(before[:-1]):
            if c2.form not in ("past", "present") or i2 <= prev_quote:
                continue
            outer = _subject_before(toks, i2, prev_quote + 1)
            if outer is not None and (toks[outer.j - 1].tag in ("NNP", "NNPS") or
                                      toks[outer.i].text.lower() in ("he", "she", "they")):
                return _Found("speaker-cue-quote", outer, c2, toks)
            break
    if np:
        rule = "split-quote" if prev_quote >= 0 and np.i <= prev_quote + 2 else "speaker-cue-quote"
        return _Found(rule, np, c, toks)
    np = _clause_subject(toks, prev_quote + 1, i) or _sentence_subject(toks, prev_quote + 1, i)
    if np:
        return _Found("participle" if c.form == "participle" else "speaker-cue-quote", np, c, toks)
    return None


# --- resolution ---------------------------------------------------------------


#: Heads of a noun phrase that can speak as "it": an organisation or a document.
#: Things that can "read" or "say" something as *it*: a sign, a letter, a post.
_DOCUMENTS = word_list("documents")
_IT_HEADS = _DOCUMENTS | word_list("it_heads")
_IT_SUBJECT = re.compile(
    r"\s*(?:The\s+|the\s+|A\s+|a\s+|Its\s+|its\s+)?((?:[A-Z][\w.&-]*\s+)*?"
    r"(?:[A-Z][\w.&-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z]+))"
    r"(?:\s+(?:from|of|by|for|to)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?[\w-]+)?"
    r"(?:\s*,[^,]{1,80},)?(?:\s+[a-z]+ly)?\s+(?:has|had|is|was|have|will|would|came|found|made|"
    r"took|gave|told|wrote|put|ran|held|began|became|sought|brought|left|kept|met|paid|sent|spent|"
    r"won|lost|read|[a-z]+(?:ed|es|s))\b")


def _it_antecedent(text: str, offset: int, ents: Entities, sentences: int = 2
                   ) -> tuple[int, str] | None:
    """The organisation or document an *it* at ``offset`` stands for, named by a noun
    phrase subject of one of the last sentences, with its offset: *Donald Trump's
    campaign is defending … It's denouncing …* -> *Donald Trump's campaign*; *The
    report says … It adds …*; *Thursday's memo from the panel seemed … "…," it stated*.
    Failing that, a document named anywhere in the previous sentence (*lifted a sign
    …*), with offset -1: an organisation named nearby comes first.

    >>> from nbutils.speakers import cluster_entities
    >>> text = 'Dawson lifted a sign of her own. "I am still here," it read.'
    >>> _it_antecedent(text, text.index("it read"), cluster_entities(text))
    (-1, 'sign')
    """
    starts = ents._sentence_starts
    k = bisect.bisect_right(starts, offset) - 1
    for n in range(k, max(-1, k - sentences - 1), -1):
        a = starts[n]
        m = _IT_SUBJECT.match(text, a)
        if m is None or m.start(1) >= offset:
            continue
        if m.group(2) in _IT_HEADS:
            return m.start(1), m.group(1).strip()
    # no such subject: the last document named anywhere in the previous sentence
    # ("Dawson lifted a sign of her own. "…," it read.")
    a = starts[k - 1] if k >= 1 else 0
    last = None
    for m in _IT_OBJECT.finditer(text, a, offset):
        if m.group(1).lower() in _DOCUMENTS:
            last = m
    return (-1, last.group(1)) if last is not None else None  # (-1: never before an org)


_THEY_SUBJECT = re.compile(r"\s*(?:The|the|Many|Some|Several|Most)\s+((?:[a-z][\w-]*\s+){0,2}"
                           r"([a-z]+s))\b")


def _they_antecedent(text: str, offset: int, ents: Entities, sentences: int = 2) -> str | None:
    """The group a *they* at ``offset`` stands for: a plural description of people
    opening one of the last sentences (*The protesters, many of whom …, said …*)."""
    starts = ents._sentence_starts
    k = bisect.bisect_right(starts, offset) - 1
    for n in range(k, max(-1, k - sentences - 1), -1):
        m = _THEY_SUBJECT.match(text, starts[n])
        if m is None or m.start(1) >= offset:
            continue
        noun = m.group(2)
        if role_of(noun) is not None or noun[:-1] in _PERSON_NOUNS:
            return m.group(1).strip()
    return None


_IT_OBJECT = re.compile(r"\b(?:a|an|the|his|her|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
                        r"([a-z]+)\b")


#: After an unnamed speaker: why the name is withheld ("who spoke on condition of anonymity").
_ANONYMITY = re.compile(r"[^.;\"“”]{0,60}?\b(?:anonymity|anonymously|not to be (?:named|identified)"
                        r"|not authori[sz]ed to (?:speak|discuss|comment))")


class _Speaker(NamedTuple):
    name: str | None
    start: int | None
    end: int | None
    mention: str | None
    role: str | None
    entity: Entity | None
    pronoun: bool


def _resolve(text: str, toks: list[Tok], np: NP, ents: Entities,
             last: Entity | None, last_end: int | None = None,
             last_speaker: _Speaker | None = None) -> _Speaker:
    span = toks[np.i:np.j]
    s, e = span[0].start, span[-1].end
    mention = text[s:e]
    low = mention.lower()
    if len(span) == 1 and low in PRONOUNS:
        if low in ("he", "she", "him", "her"):
            ent = ents.resolve_pronoun(low, s, prefer=last, prefer_since=last_end)
            if ent is not None:
                return _Speaker(ent.canonical, s, e, mention, ent.role, ent, True)
            return _Speaker(None, s, e, mention, None, None, True)
        if low in ("it", "they", "them", "we"):
            ent = ents.resolve_organisation(s, prefer=last)
            thing = _it_antecedent(text, s, ents) if low == "it" else None
            if ent is not None and thing is not None and \
                    max((a for a, _ in ent.mentions if a < s), default=-1) < thing[0]:
                ent = None  # a document named after the organisation: "The letter …"
            if ent is not None:
                return _Speaker(ent.canonical, s, e, mention, ent.role, ent, True)
            if thing is not None:  # "Donald Trump's campaign is … It's denouncing …"
                return _Speaker(thing[1], s, e, mention, "organisation", None, True)
            if low in ("they", "them"):
                group = _they_antecedent(text, s, ents)
                if group is not None:  # "The protesters … said … They carried banners"
                    return _Speaker(group, s, e, mention, role_of(group) or "citizen/witness",
                                    None, True)
            if low == "it" and last_speaker is not None and last_speaker.entity is None and \
                    last_speaker.name is not None and not last_speaker.pronoun and \
                    last_end is not None and s - last_end < 400:
                # "…," the company wrote in its statement. It added, "…"
                return _Speaker(last_speaker.name, s, e, mention, last_speaker.role, None, True)
        if low == "i":
            return _Speaker(None, s, e, mention, "journalist", None, True)
        return _Speaker(None, s, e, mention, None, None, True)
    if len(span) > 2 and span[-1].text == ")":  # "Sen. John Cornyn (R-Texas)"
        opening = max((k for k, t in enumerate(span) if t.text == "("), default=0)
        if opening > 0:
            span = span[:opening]
    # "Cameron Easley for Morning Consult": the head comes before the preposition
    cut = next((k for k, t in enumerate(span) if t.text.lower() in _PREP_IN_NP), None)
    if cut and any(t.tag in ("NNP", "NNPS") for t in span[:cut]) and \
            span[cut - 1].tag in ("NNP", "NNPS"):
        span = span[:cut]
    # "Attorneys for Clinton", "a spokesman for the campaign": the head is the common noun
    # before the preposition, not the name inside the prepositional phrase
    head_span = span[:cut] if cut and span[cut - 1].tag in ("NN", "NNS") else span
    # possessive speech noun: "Trump's statement"
    names = [(k, t) for k, t in enumerate(head_span)
             if t.tag in ("NNP", "NNPS") and t.text[:1].isupper()]
    head = span[-1].text.lower()
    possessive = next((k for k, t in enumerate(span) if t.tag == "POS"), None)
    ent = None
    if mention.isupper() and len(mention) > 3:  # a transcript label: "PENCE" -> Mike Pence
        ent = ents.person_named(mention.title())
        if ent is not None:
            return _Speaker(ent.canonical, s, e, mention, ent.role, ent, False)
    if possessive is not None and head in _SPEECH_NOUNS:
        ent = ents.entity_at(span[0].start, span[possessive].start)
    elif names:
        # the last name not followed by a possessive is the head
        cands = [k for k, _ in names if not (k + 1 < len(span) and span[k + 1].tag == "POS")]
        if cands:
            last_name = cands[-1]
            if span[-1].tag in ("NNP", "NNPS") or last_name >= len(span) - 1 or \
                    any(t.text.lower() in ("named", "called") for t in span[:last_name]):
                ent = ents.entity_at(span[last_name].start, span[last_name].end)
    if ent is not None:
        role = ent.role
        desc = " ".join(t.text for t in span if not t.text[:1].isupper() or t.tag == "DT")
        if role is None or ent.kind != "organisation":
            role = ent.role or role_of(desc) or ("organisation" if ent.kind == "organisation"
                                                 else None)
        return _Speaker(ent.canonical, s, e, mention, role, ent, False)
    if head in _NOT_SPEAKER:
        return _Speaker(None, s, e, mention, None, None, False)
    # a description: "the NATO chief", "a senior official"
    desc_ent = None
    if span[0].text.lower() in ("the", "this", "that") and len(span) >= 2 and \
            head not in ORG_WORDS:  # "the convention committee" is no person
        desc_ent = ents.resolve_descriptor(mention, s)
    if desc_ent is not None:
        return _Speaker(desc_ent.canonical, s, e, mention, desc_ent.role, desc_ent, False)
    if span[0].text.lower() == "the" and (head in ORG_WORDS or head in _GENERIC_ORG_HEADS):
        org = ents.resolve_organisation(s)
        if org is not None and (head in _GENERIC_ORG_HEADS or head in org.canonical.lower()):
            # "the company said" after "Nexa Systems …": the organisation named before
            return _Speaker(org.canonical, s, e, mention, "organisation", org, False)
    if span and span[0].text.lower() in ("the", "a", "an", "its", "his", "her", "their",
                                         "our", "my", "your") and len(span) > 1:
        span = span[1:]  # "Its Republican critics" -> "Republican critics"
    name = " ".join(text[span[0].start:span[-1].end].split()) if span else mention
    role = "anonymous source" if _ANONYMITY.match(text, e, min(len(text), e + 140)) \
        else role_of(mention)
    return _Speaker(name or mention, s, e, mention, role, None, False)


#: Heads of a description that names an organisation already named ("the company").
_GENERIC_ORG_HEADS = frozenset("company firm group organisation organization".split())


# --- the driver ---------------------------------------------------------------


def _sentences_near(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Punkt sentence spans of the paragraphs that hold a quotation mark (only those)."""
    punkt = _punkt()
    spans: list[tuple[int, int]] = []
    seen: set[int] = set()
    for q in quotes:
        for offset in (q.start, max(q.start, q.end - 1)):
            lo = text.rfind("\n", 0, offset) + 1
            if lo in seen:
                continue
            seen.add(lo)
            hi = text.find("\n", offset)
            hi = len(text) if hi < 0 else hi
            for a, b in punkt.span_tokenize(text[lo:hi]):
                # Punkt sometimes ends a sentence at "Mr." or an initial: join it back
                if spans and spans[-1][1] > lo and (
                        _ABBREV_END.search(text, spans[-1][0], spans[-1][1])
                        or text[lo + a:lo + a + 1].isdigit()  # "the No. 2 in …", "Vol. 3"
                        or text[lo + a:lo + a + 1] in ")],;:"
                        or text[lo + a:lo + a + 1].islower()):
                    spans[-1] = (spans[-1][0], lo + b)
                else:
                    spans.append((lo + a, lo + b))
    spans.sort()
    return spans


_ABBREV_END = re.compile(rf"(?<![\w.])(?:{abbreviation_pattern('title', 'saint', 'plural')}|[A-Z])\.$")
#: After a sentence that is only a quote: `Sanders replied.`, `Mr. Hedge said, …` (the
#: attribution of the quote, which Punkt split off after `?"` or `."`).
_ATTRIBUTION_SENTENCE = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|of|de|van|von|la|da|del)\s+){0,4}(?:[A-Z][\w.'’-]*)"
    r"(?:,[^,;\"“”]{1,80},)?\s+(?:also\s+|later\s+|then\s+)?"
    r"(?P<cue>[a-z]+(?:\s+(?:back|out|in|on))?)"
    r"(?!\s*[,:]?\s*[\"“'‘])"
    r"(?=\s*(?:[.,;!?—–]|$|(?:in|on|at|during|to|of|after|before|when|while|as|about|from|"
    r"with|later|earlier|again|also|then|recently|yesterday|today|last|this|reporters|"
    r"him|her|them|us|me)\b|\w+ly\b|[A-Z]))|(?P<cue2>said|says|asked|added|wrote|replied)\s+[A-Z]")


def _frames(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
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
        if j + 1 < len(sents) and text[hi:sents[j + 1][0]].strip() == "" and \
                "\n" not in text[hi:sents[j + 1][0]] and sents[j + 1][0] < len(text) and \
                (text[sents[j + 1][0]:sents[j + 1][0] + 1].islower()
                 or text[sents[j + 1][0]:sents[j + 1][0] + 1] in _DASHES
                 or not text[q.end:hi].strip(" \t.,;") and _attribution_next(text, sents[j + 1])):
            hi = sents[j + 1][1]
        out.append((min(lo, q.start), max(hi, q.end)))
    return out


def _attribution_next(text: str, sent: tuple[int, int]) -> bool:
    """Does the sentence open with a short attribution (``Sanders replied.``)?"""
    m = _ATTRIBUTION_SENTENCE.match(text, sent[0], min(sent[1], sent[0] + 90))
    if m is None:
        return False
    cue = m.group("cue") or m.group("cue2")
    return lemma_of(cue) is not None or lemma_of(cue.split()[0]) is not None


#: A quote with no cue around it is typed partial when less than this share of its
#: clause is quoted (the clause is then only a rough stand-in for the reported content).
_SHARE_WITHOUT_CUE = 0.25


def _kind_by_share(text: str, q: Quote, quotes: list[Quote], frame: tuple[int, int],
                   cue: CueMatch | None, speaker: _Speaker | None) -> str:
    """``direct`` when at least half of the reported content is quoted, else ``partial``.

    This is PolNeAR's definition of a direct quotation, with the reported content
    estimated from the cue and speaker positions by :func:`nbutils.quotes.content_share`.
    """
    share = content_share(text, q, quotes, frame,
                          (cue.start, cue.end) if cue is not None else None,
                          (speaker.start, speaker.end) if speaker is not None
                          and speaker.start is not None else None)
    return "direct" if share >= 0.5 else "partial"


def _content_ratio(text: str, q: Quote, lo: int, hi: int) -> float:
    """Share of the letters of text[lo:hi] that are inside the quote."""
    def letters(a: int, b: int) -> int:
        return sum(ch.isalpha() for ch in text[a:b]) if b > a else 0

    total = letters(lo, hi)
    inside = letters(max(lo, q.content_start), min(hi, q.content_end))
    return inside / total if total else 1.0


def _colon_speaker(toks: list[Tok], lo: int, end: int) -> NP | None:
    """Who introduces a quote with a colon and no cue (``toks[end]`` is the colon, the
    clause starts at ``lo``).

    The clause's subject (``The report:``), or its name after a description
    (``One early supporter, Rep. Lee Zeldin, …:``); but when that subject names
    nobody and a name ends the clause after a verb, a noun, a dash or *from*,
    the name (``The timing … doesn't surprise pollster Daron Shaw:``).
    """
    np = _sentence_subject(toks, lo, end)
    if np is not None and any(t.tag in ("NNP", "NNPS", "PRP") for t in toks[np.i:np.j]):
        return _appositive_name(toks, np)
    i = end
    while i > lo and toks[i - 1].quote < 0 and (
            toks[i - 1].tag in ("NNP", "NNPS") or toks[i - 1].text == "." and i - 1 > lo
            and toks[i - 2].tag == "NNP" and len(toks[i - 2].text) == 1):
        i -= 1
    if lo < i < end and (toks[i - 1].text in _DASHES or toks[i - 1].text in ("from", "From")
                         or toks[i - 1].tag.startswith("VB") or toks[i - 1].tag == "NN") and \
            not all(t.text.isupper() and len(t.text) > 1 for t in toks[i:end]):
        return NP(i, end)
    if np is not None and not _time_phrase(toks, np):
        return _appositive_name(toks, np)
    np = _np_before(toks, end - 1)
    return None if np is None or _time_phrase(toks, np) else np


_TIME_NOUNS = word_list("time_nouns")


def _time_phrase(toks: list[Tok], np: NP) -> bool:
    """Is ``np`` headed by a time noun (*that month on CNN*, *Each election cycle*)?"""
    cut = next((k for k in range(np.i, np.j) if toks[k].text.lower() in _PREP_IN_NP), np.j)
    return cut > np.i and toks[cut - 1].text.lower() in _TIME_NOUNS


def _last_full_stop(text: str, lo: int, hi: int) -> int:
    """The last ". " in text[lo:hi] that ends a sentence, not an abbreviation
    (``U.S. withdrawal``, ``John F. Kennedy``, ``Gov. Brown``); -1 if none."""
    at = text.rfind(". ", lo, hi)
    while at >= 0:
        word = text[lo:at + 1].rsplit(None, 1)[-1]
        if not (re.fullmatch(r"(?:[A-Za-z]\.)+", word) or
                word[:-1].lower() in TITLE_ABBREVIATIONS):
            return at
        at = text.rfind(". ", lo, at)
    return -1


_SECOND_CLAUSE = re.compile(r",\s+(?:and|but|while|then)\s+")


def _second_clause_speaker(text: str, lo: int, hi: int) -> tuple[list[Tok], _Found] | None:
    """``"A," Lee said, and her husband cut in. "B."``: the subject of a reporting verb
    in a clause after the previous quote's attribution speaks the next quote."""
    m = max(_SECOND_CLAUSE.finditer(text, lo, hi), key=lambda x: x.start(), default=None)
    if m is None or "\n" in text[lo:hi]:
        return None
    raw = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(text, m.end(), hi)]
    if not raw or len(raw) > 20:
        return None
    tags = _tag([w for w, _, _ in raw])
    toks = [Tok(w, a, b, t) for (w, a, b), t in zip(raw, tags, strict=False)]
    for i, _j, c in reversed(_cues_in(text, toks)):
        np = _subject_before(toks, i, 0)
        if np is not None and np.i == 0 and c.lemma != "according to":
            return toks, _Found("previous-sentence", np, c, toks)
    return None


def _intro_before(text: str, q: Quote, frame_lo: int, floor: int,
                  across: bool = False) -> tuple[list[Tok], _Found] | None:
    """A speaker introduced just before a quote that has no cue of its own.

    ``X quoted Y: ¶ "…"`` (a colon ends the text before the quote) gives the
    subject of that clause; ``X said on Monday that … . "…"`` (the previous
    sentence, same paragraph, has a cue) gives that cue's subject. With
    ``across``, the previous sentence may end the previous paragraph
    (``Schoen elaborated in an editorial that … ¶ "…"``).
    """
    k = frame_lo
    while k > floor and text[k - 1].isspace():
        k -= 1
    if k <= floor:
        return None
    colon = text[k - 1] == ":"
    same_para = "\n" not in text[k:q.start]
    if not colon and not same_para and not (across and text[k - 1] in ".!?"):
        return None
    lo = max(floor, k - 300)
    cut = max(text.rfind("\n", lo, k - 1), _last_full_stop(text, lo, k - 1))
    if cut < 0 and lo == floor and floor > 0:
        # the previous sentence holds the previous quote: a follow-on, unless a second
        # clause of that sentence has its own speaker ("…," Lee said, and her husband cut in.)
        return _second_clause_speaker(text, floor, k) if not colon else None
    lo = cut + 1 if cut >= 0 else lo
    if any(ch in text[lo:k] for ch in '"“”'):
        return None
    raw = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, k)]
    if not raw or len(raw) > 60:
        return None
    tags = _tag([w for w, _, _ in raw])
    toks = [Tok(w, a, b, t) for (w, a, b), t in zip(raw, tags, strict=False)]
    cues = _cues_in(text, toks)
    if colon:
        for i, _j, c in reversed(cues):
            np = _subject_before(toks, i, 0) or _sentence_subject(toks, 0, i)
            if np:
                return toks, _Found("colon", np, c, toks)
        np = _colon_speaker(toks, 0, len(toks) - 1)
        return (toks, _Found("colon", np, None, toks)) if np else None
    for i, _j, c in reversed(cues):
        if c.lemma == "according to":
            continue
        np = _subject_before(toks, i, 0)
        if np is None and c.form == "participle":
            np = _sentence_subject(toks, 0, i)
        if np:
            return toks, _Found("previous-sentence", np, c, toks)
    return None


_SIGNATURE_LINE = re.compile(r"[ \t]*\n\s*[-—–―]\s*([^\n]{2,80})")


def _signature_after(text: str, q: Quote, next_start: int | None) -> tuple[list[Tok],
                                                                             _Found] | None:
    """A quote whose own paragraph ends with it, signed on the next line: ``"…" ¶ - Bernie
    Sanders.`` (fact checks, "quotable" boxes)."""
    m = _SIGNATURE_LINE.match(text, q.end)
    if m is None or next_start is not None and next_start < m.end():
        return None
    raw = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(text, m.start(1), m.end(1))]
    if not raw or len(raw) > 16:
        return None
    tags = _tag([w for w, _, _ in raw])
    toks = [Tok(w, a, b, t) for (w, a, b), t in zip(raw, tags, strict=False)]
    np = _np_after(toks, 0)
    if np is None or not any(t.tag in ("NNP", "NNPS") for t in toks[np.i:np.j]):
        return None
    return toks, _Found("dash-signature", np, None, toks)


#: How many characters on each side of a quote are tokenised and tagged.
_WINDOW = 300


def _own_subject(toks: list[Tok], q: int) -> _Found | None:
    """A quote inside a sentence whose subject reports it without a cue verb.

    ``Paul Ryan worried that the safety net was becoming "a hammock …"`` or
    ``The statement talked about giving voters the right to "…"``: the quote
    does not open its sentence, no cue is near, and the sentence before it
    has a subject followed by a finite verb. That subject is the source: a
    better guess than the previous quote's speaker.
    """
    s = q
    while s > 0 and toks[s - 1].text not in (".", "!", "?"):
        s -= 1
    if q - s < 3 or any(t.quote >= 0 for t in toks[s:q]):
        return None
    np = _sentence_subject(toks, s, q)
    if np is None or np.j >= q:
        return None
    k = np.j
    while k < q and toks[k].tag == "RB":
        k += 1
    if k >= q or toks[k].tag not in _FINITE:
        return None
    head = toks[np.i:np.j]
    if not any(t.tag in ("NNP", "NNPS", "PRP") for t in head) and \
            not any(t.text.lower() in _SPEECH_NOUNS for t in head) and \
            toks[np.i].tag != "DT":
        return None
    return _Found("sentence-subject", np, None, toks)


#: Nouns for something said that a possessor owns: *her remark that "…"*.
_OWNED_SPEECH = _SPEECH_NOUNS | word_list("owned_speech")
_LINKS = frozenset({"that", ",", ":", "was", "is", "were", "are", "--", "—"})


def _speech_owner(toks: list[Tok], q: int) -> _Found | None:
    """A cue-less quote that is the content of someone's remark: *over her remark that
    "…"*, *Rubio's catch phrase … was that Crist "…"*, *Barrett's dictum to his interns
    was, "…"*. The possessor is the speaker."""
    lo = q - 1
    while lo > 0 and q - lo < 16 and toks[lo - 1].text not in (".", "!", "?", ";") and \
            toks[lo - 1].quote < 0:
        lo -= 1
    for m in range(q - 1, lo - 1, -1):
        if toks[m].text.lower() not in _OWNED_SPEECH or not toks[m].tag.startswith("NN"):
            continue
        gap = toks[m + 1:q]
        link = max((g for g, t in enumerate(gap) if t.text.lower() in _LINKS), default=None)
        if link is None or len(gap) > 12 or len(gap) - link > 4 or \
                any(_is_verb(t) and t.text.lower() not in _LINKS for t in gap) or \
                any(t.tag not in ("NNP", "NNPS", "NN", "NNS", "DT", "PRP", "JJ")
                    for t in gap[link + 1:]):
            return None
        k = m - 1
        while k >= lo and (toks[k].tag in ("JJ", "NN", "VBG", "CD") or
                           toks[k].tag == "NNP" and toks[k].text in _NOT_NAMES):
            k -= 1
        if k < lo:
            return None
        if toks[k].tag == "PRP$" and toks[k].text.lower() in ("his", "her"):
            # "her remark" -> "her" (resolved as the pronoun)
            return _Found("speech-owner", NP(k, k + 1), None, toks)
        if (toks[k].tag == "POS" or toks[k].text in ("'s", "’s", "'", "’")) and k - 1 >= lo \
                and toks[k - 1].tag in ("NNP", "NNPS"):
            owner = _np_before(toks, k - 1)  # "Barrett's dictum", "Sanders' email"
            if owner is not None:
                return _Found("speech-owner", owner, None, toks)
        return None
    return None


_AS_BEFORE = re.compile(r"\b(?:as|like)\s+(?:an?\s+|the\s+)?$")


def _labelled_as(text: str, q: Quote, toks: list[Tok], qpos: int) -> _Found | None:
    """A quoted label after *as* with no cue: *Clinton went after Trump as "dangerous"*,
    *pounding the nominee as "unfit"*. The subject of the sentence applies the label."""
    if not _AS_BEFORE.search(text, max(0, q.start - 12), q.start):
        return None
    found = _own_subject(toks, qpos)
    if found is None or not any(t.tag in ("NNP", "NNPS", "PRP") for t in
                                toks[found.np.i:found.np.j]):
        return None
    return _Found("labelled-as", found.np, None, toks)


def _paragraph_index(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[^\r\n]+", text)]


def _byline(metadata: dict) -> str | None:
    """The article's single author from its metadata (``author`` or ``byline``), if any."""
    value = metadata.get("author") or metadata.get("byline")
    if isinstance(value, str) and value.strip() and len(value.split()) <= 5 and \
            not re.search(r"\band\b|[,;&|]", value):
        return re.sub(r"^[Bb]y\s+", "", value.strip())
    return None


def attribute(article: Article | str, *, include_unattributed: bool = False) -> list[Attribution]:
    """Every quotation in ``article`` attributed to a canonical speaker, sorted by start.

    Returns the kinds in :data:`ATTRIBUTED_KINDS` (``direct`` quotes whose
    speaker was not found are kept, with ``speaker=None`` and rule
    ``no-speaker``); ``include_unattributed=True`` adds title and scare quotes.
    An *I* outside quotation marks is the writer: given an :class:`Article` whose
    metadata names one author (``author`` or ``byline``), that name is the speaker.

    >>> from nbutils.articles import Article
    >>> art = Article("op-ed", 'I told them, "Vote."', {"author": "By Ann Lee"})
    >>> [(a.speaker, a.speaker_mention, a.role) for a in attribute(art)]
    [('Ann Lee', 'I', 'journalist')]
    """
    text = article.text if isinstance(article, Article) else article
    if not isinstance(text, str):
        raise TypeError(f"attribute() needs an Article or a str, got {type(article).__name__}")
    author = _byline(article.metadata) if isinstance(article, Article) else None
    quotes = find_quotes(text)
    if not quotes:
        return []
    doubles = [(q.start, q.end) for q in quotes]
    ents = cluster_entities(text, exclude=doubles)
    frames = _frames(text, quotes)
    para_starts = _paragraph_index(text)
    out: list[Attribution] = []
    last: _Speaker | None = None
    last_para = -10
    last_end: int | None = None
    tok_cache: dict[tuple[int, int], tuple[list[Tok], list[int]]] = {}
    for n, q in enumerate(quotes):
        lo, hi = frames[n]
        if q.start - lo > _WINDOW:  # long sentences: only the words near the quote matter
            cut = text.find(" ", q.start - _WINDOW, q.start)
            lo = cut + 1 if cut >= 0 else lo
        if hi - q.end > _WINDOW:
            cut = text.rfind(" ", q.end, q.end + _WINDOW)
            hi = cut if cut >= 0 else hi
        key = (lo, hi)
        if key not in tok_cache:
            qidx = [k for k, o in enumerate(quotes) if o.start < hi and o.end > lo] \
                if len(quotes) < 64 else [k for k in range(max(0, n - 8), min(len(quotes), n + 9))
                                          if quotes[k].start < hi and quotes[k].end > lo]
            tok_cache[key] = (_frame_tokens(text, lo, hi, quotes, qidx), qidx)
        toks, qidx = tok_cache[key]
        qpos = next(i for i, t in enumerate(toks) if t.quote == n)
        cues = _cues_in(text, toks)
        para = bisect.bisect_right(para_starts, q.start) - 1
        hint = q.kind
        partial_guess = hint in ("partial", "scare", "title")
        label = _TRANSCRIPT.match(q.content)
        found = None
        if label and not partial_guess:
            found = _transcript(text, q, label)
        if found is None:
            found = _find(text, qpos, toks, cues, partial_guess)
        if found is None and partial_guess:
            found = _find(text, qpos, toks, cues, False)
            if found is not None and found.rule not in ("quote-cue-speaker", "quote-speaker-cue",
                                                        "according-to"):
                found = None
        kind = "direct"
        rule = "no-speaker"
        speaker: _Speaker | None = None
        cue = None
        if found is not None and found.np is not None:
            speaker = _resolve(text, found.toks, found.np, ents,
                               last.entity if last else None, last_end, last)
            rule, cue = found.rule, found.cue
            # direct or partial: how much of the reported content is quoted?
            kind = _kind_by_share(text, q, quotes, (lo, hi), cue, speaker)
            if hint in ("scare", "title") and kind == "partial" and cue is None or \
                    hint == "title" and in_name_slot(text, q):
                kind, rule, speaker = hint, "unattributed", None  # on NBC's "Meet the Press"
        elif hint in ("scare", "partial") and (labelled := _labelled_as(text, q, toks, qpos)):
            # "Clinton went after Trump as "dangerous"": the subject characterises someone
            speaker = _resolve(text, toks, labelled.np, ents,
                               last.entity if last else None, last_end, last)
            rule = labelled.rule
            kind = _kind_by_share(text, q, quotes, (lo, hi), None, speaker)
        elif hint in ("scare", "title") or hint == "partial":
            kind, rule = (hint if hint != "partial" else "scare"), "unattributed"
            if hint == "partial" and last is not None and para - last_para <= 0 and \
                    _content_ratio(text, q, lo, hi) >= 0.5:
                kind, rule, speaker = "follow-on", "follow-on", last
        else:
            # no cue around a direct quote: an introduction just before it, else the
            # previous speaker goes on
            floor = quotes[n - 1].end if n else 0
            own = _speech_owner(toks, qpos) or _own_subject(toks, qpos)
            intro = (toks, own) if own is not None else _intro_before(text, q, lo, floor) or \
                _signature_after(text, q, quotes[n + 1].start if n + 1 < len(quotes) else None)
            if intro is None:
                # "Schoen elaborated in an op-ed that … ¶ "…"": a quote that opens its
                # paragraph, after a paragraph ending with someone's reported speech
                intro = _intro_before(text, q, lo, floor, across=True)
            if intro is not None:
                itoks, ifound = intro
                speaker = _resolve(text, itoks, ifound.np, ents,
                                   last.entity if last else None, last_end, last)
                rule, cue = ifound.rule, ifound.cue
                kind = _kind_by_share(text, q, quotes, (lo, hi), cue, speaker)
                if speaker.name is None and last is not None and 0 <= para - last_para <= 1:
                    kind, rule, speaker, cue = "follow-on", "follow-on", last, None
            elif last is not None and 0 <= para - last_para <= 1:
                kind, rule, speaker = "follow-on", "follow-on", last
            else:
                kind, rule = "direct", "no-speaker"
            if rule in ("follow-on", "no-speaker") and \
                    content_share(text, q, quotes, (lo, hi)) < _SHARE_WITHOUT_CUE:
                kind = "partial"  # woven into the writer's own sentence, not quoted whole
        if rule == "follow-on" and speaker is not None:
            conf = _BASE_CONFIDENCE["follow-on"]
            rec = Attribution(q.start, q.end, q.text, "partial" if kind == "partial" else
                              "follow-on", speaker.name, None, None, None,
                              speaker.role, None, None, None, None, rule, conf)
        elif speaker is not None:
            if author and speaker.name is None and speaker.pronoun and \
                    (speaker.mention or "").lower() == "i":
                speaker = speaker._replace(name=author)  # the writer, from the byline
            conf = _BASE_CONFIDENCE.get(rule, 0.5)
            if speaker.pronoun:
                conf *= 0.85 if speaker.name else 0.4
            elif speaker.entity is None:
                conf *= 0.8
            if speaker.name is None:
                conf = min(conf, 0.3)
            rec = Attribution(q.start, q.end, q.text, kind, speaker.name, speaker.start,
                              speaker.end, speaker.mention, speaker.role,
                              cue.text if cue else None, cue.start if cue else None,
                              cue.end if cue else None, cue.lemma if cue else None, rule, conf)
            if speaker.name is not None:
                last, last_para = speaker, para
                if speaker.entity is not None and speaker.entity not in ents.speakers:
                    ents.speakers.append(speaker.entity)
        else:
            rec = Attribution(q.start, q.end, q.text, kind, rule=rule, confidence=0.0)
        if rec.kind in ATTRIBUTED_KINDS or include_unattributed:
            out.append(rec)
        if rec.kind in ("direct", "follow-on") and rec.speaker is not None:
            last_para = para
        if rec.speaker is not None:
            last_end = rec.end
    return out
