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
   signature after a dash (``"…" ― Jane Roe``); with no cue around the quote, a
   speaker and cue in the sentence just before it; and, failing all that, a
   *follow-on* quote that inherits the previous speaker (same or next paragraph).
4. The speaker mention is resolved (:mod:`nbutils.speakers`): a name to its
   cluster's canonical form, *he*/*she* to a person, *the NATO chief* to the
   person holding that title.
5. The kind: ``"direct"`` when the quote is most of what is reported (at
   least half of the letters of the reported content after the cue),
   ``"partial"`` when it is a phrase inside the writer's sentence, and
   ``"follow-on"`` when it inherited its speaker.

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
from nbutils.cues import CueMatch, cue_at
from nbutils.quotes import Quote, find_quotes
from nbutils.speakers import PRONOUNS, Entities, Entity, cluster_entities, role_of
from nbutils.tokenise import _punkt

#: The kinds of quotation that are attributed to someone (what the CLI outputs).
ATTRIBUTED_KINDS: tuple[str, ...] = ("direct", "partial", "follow-on")

#: Rule name -> one-line description (for explanations and hover text).
RULES: dict[str, str] = {
    "quote-cue-speaker": "the cue follows the quote and the speaker follows the cue "
                         "(\"…,\" said X)",
    "quote-speaker-cue": "the speaker and then the cue follow the quote (\"…,\" X said)",
    "speaker-cue-quote": "the speaker and the cue come before the quote (X said, \"…\")",
    "split-quote": "the second half of a quote split by its attribution (\"A,\" X said. \"B\")",
    "participle": "a participle cue after a comma; the speaker is the sentence's subject "
                  "(X acknowledged …, stating, \"…\")",
    "according-to": "\"according to X\" names the speaker",
    "colon": "the quote is introduced by a colon after the speaker (X: \"…\")",
    "dash-signature": "a dash and a name after the quote sign it (“…” — Jane Roe)",
    "transcript": "a transcript label opens the quote (\"WALLACE: …\")",
    "previous-sentence": "no cue around the quote; the previous sentence names a speaker "
                         "with a cue",
    "follow-on": "no cue around the quote: it continues the previous quote's speaker",
    "no-speaker": "a direct quote whose speaker could not be found",
    "unattributed": "a title or scare quote: not reported speech",
}

_BASE_CONFIDENCE = {
    "quote-cue-speaker": 0.95, "quote-speaker-cue": 0.95, "speaker-cue-quote": 0.9,
    "split-quote": 0.9, "participle": 0.85, "according-to": 0.9, "colon": 0.75,
    "previous-sentence": 0.6, "dash-signature": 0.85, "transcript": 0.9, "follow-on": 0.7, "no-speaker": 0.0, "unattributed": 0.0,
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
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Jr|Sr|St|Adm|Cmdr|"
    r"Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Calif|Fla|Mass|Pa|Ind|Ariz|Colo|Conn|Ill|Mich|Minn|Va|Wash|"
    r"Wis|Tenn|Ky|No|vs|Inc|Corp|Co|Ltd)\.|\w+(?:[-.]\w+)*(?=['’]s\b)|['’]s\b|n't|"
    r"\w+(?:['’-]\w+)*|[^\w\s]"
)


@lru_cache(maxsize=1)
def _tagger():
    from nbutils.tokenise import _tagger as load

    return load()


_TAG_CACHE: dict[tuple[str, ...], tuple[str, ...]] = {}


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
        tags.append(tag)
        prev2, prev = prev, tag
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
_SPEECH_NOUNS = frozenset("""statement statements response responses message reply answer remarks
remark comment comments tweet tweets words post letter note speech testimony""".split())
_DASHES = frozenset({"—", "–", "-", "--", "―", "‒"})
_AUXILIARIES = frozenset("""is was are were has had have does did do be been 's 're 'd""".split())
_PREP_IN_NP = frozenset({"of", "for", "at", "from", "with", "in", "on"})


class NP(NamedTuple):
    i: int   #: first token index
    j: int   #: one past the last token index


def _wordlike(word: str) -> bool:
    return any(ch.isalnum() for ch in word) or word in ("&", "-")


def _is_verb(t: Tok) -> bool:
    return t.tag.startswith("VB") or t.tag == "MD"


def _np_before(toks: list[Tok], k: int) -> NP | None:
    """The noun phrase ending at token k (inclusive), scanning leftwards."""
    if k < 0 or toks[k].quote >= 0:
        return None
    t = toks[k]
    if t.tag == "PRP" or t.text.lower() in PRONOUNS:
        return NP(k, k + 1)
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
        if not (t.tag in ("JJ",) and t.text[:1].isupper()):
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


def _np_after(toks: list[Tok], k: int) -> NP | None:
    """The noun phrase starting at token k, scanning rightwards."""
    if k >= len(toks) or toks[k].quote >= 0:
        return None
    if toks[k].tag == "PRP" or toks[k].text.lower() in PRONOUNS:
        return NP(k, k + 1)
    j = k
    prep_used = False
    while j < len(toks) and j - k < 14:
        t = toks[j]
        if t.quote >= 0 or not _wordlike(t.text):
            break
        if t.tag in _NP_TAGS and not (t.tag == "VBN" and t.text.lower() not in ("named",)):
            j += 1
            continue
        if t.text.lower() in _PREP_IN_NP and not prep_used and j > k and toks[j - 1].tag.startswith(
                "NN") and j + 1 < len(toks) and toks[j + 1].tag in ("DT", "NNP", "NNPS", "NN",
                                                                    "NNS", "JJ", "PRP$"):
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


def _subject_before(toks: list[Tok], c: int, lo: int = 0) -> NP | None:
    """The subject of the cue at token c: the noun phrase just before it."""
    k = c - 1
    while k >= lo and (toks[k].text.lower() in _SKIP_BEFORE_CUE or toks[k].tag in ("RB", "RBR")
                       and toks[k].text.lower() not in ("not",) or toks[k].tag == "MD"):
        k -= 1
    if k < lo:
        return None
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
                    toks[k - 1].tag in ("NNP", "NNPS") and \
                    not any(t.tag in ("NNP", "NNPS") for t in toks[head.i:head.j]):
                return inner
            if head is not None:
                return head
        return None
    np = _np_before(toks, k)
    if np is not None and np.i < lo:
        np = NP(lo, np.j)
    return np


def _sentence_subject(toks: list[Tok], lo: int, hi: int) -> NP | None:
    """The subject of the clause starting at token lo (after an introductory phrase)."""
    k = lo
    while k < hi and toks[k].text in ("``", "''", "(", "—", "–", "-", ","):
        k += 1
    if k < hi and (toks[k].tag in ("IN", "RB", "VBG", "VBN", "TO", "WRB", "CC", "JJ")
                   and not toks[k].text[:1].isupper() or toks[k].tag in ("IN", "RB", "VBG", "TO",
                                                                         "WRB", "CC")):
        comma = next((m for m in range(k, min(hi, k + 25)) if toks[m].text == ","), None)
        if comma is not None:
            k = comma + 1
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
        if not head.tag.startswith("VB") and (ambiguous or head.tag in ("NN", "NNS", "NNP")):
            # "…," Conway notes.  — a name or pronoun, the form, then the end of the clause
            if not (i > 0 and toks[i - 1].tag in ("NNP", "PRP", "NNPS") and form == "present"
                    and (i + n >= len(toks) or toks[i + n].text in (",", ".", ";", "!", "?"))):
                continue
        if form == "base" and lemma not in ("say", "tell") and not (
                i > 0 and toks[i - 1].text.lower() in ("to", "will", "would", "could", "did",
                                                       "does", "do", "can", "may", "might",
                                                       "should", "must", "'d", "n't", "not")):
            continue
        out.append((i, i + n, c))
    return out


def _find(text: str, q: int, toks: list[Tok], cues: list[tuple[int, int, CueMatch]],
          partial: bool) -> _Found | None:
    """Apply the cue rules to the quote placeholder at token index ``q``."""
    n = len(toks)
    k = q + 1
    while k < n and toks[k].text in (",", "''", "``", "—", "–", "-", "--") and toks[k].quote < 0:
        k += 1
    after = [c for c in cues if c[0] >= k]
    before = [c for c in cues if c[1] <= q]
    near_before = bool(before) and all(
        t.text in (",", ":", "—", "–", "-", "that") or t.tag in ("RB",)
        for t in toks[before[-1][1]:q])
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
        elif q >= 1 and toks[q - 1].quote < 0 and _opens_capital(text, toks[q]) and (
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
    found = _before_rules(toks, q, before, partial, near_before)
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
        np = _sentence_subject(toks, lo, k)
        if np is None:
            np = _np_before(toks, k - 1)
        if np:
            return _Found("colon", np, None, toks)
    return None


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
            return _Found("quote-cue-speaker", np, c, toks)
    if i > k:
        np = _subject_before(toks, i, k)
        if np and np.i == k:
            return _Found("quote-speaker-cue", np, c, toks)
        if any(toks[m].quote >= 0 for m in range(k, i)):
            return None
        # "…" if she loses, said David Wasserman, an analyst.
        np = _np_after(toks, j)
        if np and (np.j >= len(toks) or toks[np.j].text in (",", ".", ";")) and \
                toks[i - 1].text == "," and c.form != "base":
            return _Found("quote-cue-speaker", np, c, toks)
        # "…," Harry Bond, 30, of Raleigh, who voted for X, said.
        np = _np_after(toks, k)
        if np and np.j < len(toks) and toks[np.j].text == "," and i - k < 30 and \
                toks[i - 1].text == "," and \
                any(t.tag in ("NNP", "NNPS") or t.tag == "PRP" for t in toks[np.i:np.j]):
            return _Found("quote-speaker-cue", np, c, toks)
    return None


def _before_rules(toks: list[Tok], q: int, before: list[tuple[int, int, CueMatch]],
                  partial: bool, near: bool) -> _Found | None:
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
    if c.form == "participle" and i > 0 and toks[i - 1].text in (",", "—", "–", "and"):
        np = _sentence_subject(toks, prev_quote + 1, i)
        if np:
            return _Found("participle", np, c, toks)
    np = _subject_before(toks, i, prev_quote + 1)
    if np:
        rule = "split-quote" if prev_quote >= 0 and np.i <= prev_quote + 2 else "speaker-cue-quote"
        return _Found(rule, np, c, toks)
    np = _sentence_subject(toks, prev_quote + 1, i)
    if np:
        return _Found("participle" if c.form == "participle" else "speaker-cue-quote", np, c, toks)
    return None


# --- resolution ---------------------------------------------------------------


class _Speaker(NamedTuple):
    name: str | None
    start: int | None
    end: int | None
    mention: str | None
    role: str | None
    entity: Entity | None
    pronoun: bool


def _resolve(text: str, toks: list[Tok], np: NP, ents: Entities,
             last: Entity | None, last_end: int | None = None) -> _Speaker:
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
        if low in ("they", "them", "we") and last is not None and last.kind == "organisation":
            return _Speaker(last.canonical, s, e, mention, last.role, last, True)
        if low == "i":
            return _Speaker(None, s, e, mention, "journalist", None, True)
        return _Speaker(None, s, e, mention, None, None, True)
    # "Cameron Easley for Morning Consult": the head comes before the preposition
    cut = next((k for k, t in enumerate(span) if t.text.lower() in _PREP_IN_NP), None)
    if cut and any(t.tag in ("NNP", "NNPS") for t in span[:cut]) and \
            span[cut - 1].tag in ("NNP", "NNPS"):
        span = span[:cut]
    # possessive speech noun: "Trump's statement"
    names = [(k, t) for k, t in enumerate(span) if t.tag in ("NNP", "NNPS") and t.text[:1].isupper()]
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
    if span[0].text.lower() in ("the", "this", "that") and len(span) >= 2:
        desc_ent = ents.resolve_descriptor(mention, s)
    if desc_ent is not None:
        return _Speaker(desc_ent.canonical, s, e, mention, desc_ent.role, desc_ent, False)
    words = [t.text for t in span]
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    name = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s") or mention
    return _Speaker(name, s, e, mention, role_of(mention), None, False)


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
            spans.extend((lo + a, lo + b) for a, b in punkt.span_tokenize(text[lo:hi]))
    spans.sort()
    return spans


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
                 or text[sents[j + 1][0]:sents[j + 1][0] + 1] in _DASHES):
            hi = sents[j + 1][1]
        out.append((min(lo, q.start), max(hi, q.end)))
    return out


def _content_ratio(text: str, q: Quote, lo: int, hi: int) -> float:
    """Share of the letters of text[lo:hi] that are inside the quote."""
    def letters(a: int, b: int) -> int:
        return sum(ch.isalpha() for ch in text[a:b]) if b > a else 0

    total = letters(lo, hi)
    inside = letters(max(lo, q.content_start), min(hi, q.content_end))
    return inside / total if total else 1.0


def _intro_before(text: str, q: Quote, frame_lo: int, floor: int) -> tuple[list[Tok],
                                                                          _Found] | None:
    """A speaker introduced just before a quote that has no cue of its own.

    ``X quoted Y: ¶ "…"`` (a colon ends the text before the quote) gives the
    subject of that clause; ``X said on Monday that … . "…"`` (the previous
    sentence, same paragraph, has a cue) gives that cue's subject.
    """
    k = frame_lo
    while k > floor and text[k - 1].isspace():
        k -= 1
    if k <= floor:
        return None
    colon = text[k - 1] == ":"
    same_para = "\n" not in text[k:q.start]
    if not colon and not same_para:
        return None
    lo = max(floor, k - 300)
    cut = max(text.rfind("\n", lo, k - 1), text.rfind(". ", lo, k - 1))
    if cut < 0 and lo == floor and floor > 0:
        return None  # the previous sentence holds the previous quote: a follow-on
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
        np = _sentence_subject(toks, 0, len(toks) - 1)
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


#: How many characters on each side of a quote are tokenised and tagged.
_WINDOW = 160


def _paragraph_index(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[^\r\n]+", text)]


def attribute(article: Article | str, *, include_unattributed: bool = False) -> list[Attribution]:
    """Every quotation in ``article`` attributed to a canonical speaker, sorted by start.

    Returns the kinds in :data:`ATTRIBUTED_KINDS` (``direct`` quotes whose
    speaker was not found are kept, with ``speaker=None`` and rule
    ``no-speaker``); ``include_unattributed=True`` adds title and scare quotes.
    """
    text = article.text if isinstance(article, Article) else article
    if not isinstance(text, str):
        raise TypeError(f"attribute() needs an Article or a str, got {type(article).__name__}")
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
                               last.entity if last else None, last_end)
            rule, cue = found.rule, found.cue
            # direct or partial: how much of the reported content is quoted?
            if cue is not None and cue.end <= q.start:
                c_lo = cue.end
                c_hi = hi
                nxt = next((t for t in toks[qpos + 1:] if t.quote >= 0), None)
                if nxt is not None:
                    c_hi = nxt.start
                if q.content.rstrip()[-1:] in (",", ".", "!", "?", ";", "—", "…"):
                    c_hi = q.end  # the quote closes the reported content
            elif speaker.start is not None and speaker.start >= q.end:
                prev = max((t.end for t in toks[:qpos] if t.quote >= 0), default=lo)
                c_lo, c_hi = max(lo, prev), speaker.start
                if cue is not None:
                    c_hi = min(c_hi, cue.start)
            else:
                c_lo, c_hi = lo, hi
            ratio = _content_ratio(text, q, c_lo, c_hi)
            kind = "direct" if ratio >= 0.5 else "partial"
            if hint in ("scare", "title") and kind == "partial" and cue is None:
                kind, rule, speaker = hint, "unattributed", None
        elif hint in ("scare", "title") or hint == "partial":
            kind, rule = (hint if hint != "partial" else "scare"), "unattributed"
            if hint == "partial" and last is not None and para - last_para <= 0 and \
                    _content_ratio(text, q, lo, hi) >= 0.5:
                kind, rule, speaker = "follow-on", "follow-on", last
        else:
            # no cue around a direct quote: an introduction just before it, else the
            # previous speaker goes on
            intro = _intro_before(text, q, lo, quotes[n - 1].end if n else 0)
            if intro is not None:
                itoks, ifound = intro
                speaker = _resolve(text, itoks, ifound.np, ents,
                                   last.entity if last else None, last_end)
                rule, cue = ifound.rule, ifound.cue
                if speaker.name is None and last is not None and 0 <= para - last_para <= 1:
                    kind, rule, speaker, cue = "follow-on", "follow-on", last, None
            elif last is not None and 0 <= para - last_para <= 1:
                kind, rule, speaker = "follow-on", "follow-on", last
            else:
                kind, rule = "direct", "no-speaker"
        if rule == "follow-on" and speaker is not None:
            conf = _BASE_CONFIDENCE["follow-on"]
            rec = Attribution(q.start, q.end, q.text, "follow-on", speaker.name, None, None, None,
                              speaker.role, None, None, None, None, rule, conf)
        elif speaker is not None:
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
