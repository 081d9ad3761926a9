"""Base: what every scanner reads — the noun phrase, the verb test, the shared word lists.

* :class:`NP` — a noun phrase as a span of token indices (``i`` first, ``j`` one past
  the last);
* :func:`is_verb` / :func:`negated_auxiliary` — a verb, whatever the tagger made of a
  contracted negative (*haven't* tagged ``NN`` is still a verb);
* the word lists two or more modules share: the tags a noun phrase is made of
  (:data:`NP_TAGS`), the words skipped between a subject and its cue
  (*has*, *also*, *later*, *Monday*), :data:`SPEECH_NOUNS`, :data:`AUXILIARIES`, the
  prepositions that go on inside a noun phrase (:data:`PREP_IN_NP`), the verbs of issuing
  a document (:data:`ISSUING`), the nouns of documents, quantifiers, the forms of *be*,
  the last words of an office's name (*… Services*, *… Committee*);
* :func:`_before_aside` — a step back over an adverb set off by commas (*The senators,
  however, argue*), which the subject scanner and the cue finder both take.

The other modules of the package import from here; this module imports none of them.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(words):
...     return [Tok(w.rsplit("/", 1)[0], n, n + 1, w.rsplit("/", 1)[1])
...             for n, w in enumerate(words.split())]
>>> is_verb(Tok("said", 0, 4, "VBD")), is_verb(Tok("won't", 0, 5, "NN"))
(True, True)
>>> toks = tagged("The/DT senators/NNS ,/, however/RB ,/, argue/VBP")
>>> _before_aside(toks, 4, 0)
1
>>> NP(0, 2), "statement" in SPEECH_NOUNS
(NP(i=0, j=2), True)
"""

from __future__ import annotations

from typing import NamedTuple

from nbutils.attribution.frame import Tok
from nbutils.lexicons import Closed, word_list

NP_TAGS = frozenset(
    {"NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "PRP$", "POS", "CD", "VBN", "HYPH", "FW"}
)


_SKIP_BEFORE_CUE = frozenset(
    """has have had was were is are did does do will would could can may
might should must 'd also later then previously once again repeatedly recently often not n't
just simply further quickly flatly bluntly publicly privately first finally already
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier
""".split()
)


SPEECH_NOUNS = word_list("speech_nouns")


AUXILIARIES = Closed.AUXILIARIES


PREP_IN_NP = Closed.PREPOSITIONS_IN_NP


class NP(NamedTuple):
    i: int  #: first token index
    j: int  #: one past the last token index


def _wordlike(word: str) -> bool:
    return any(ch.isalnum() for ch in word) or word in ("&", "-")


def negated_auxiliary(t: Tok) -> bool:
    """A contracted negative auxiliary kept as one token (*haven't*, *doesn’t*, *won't*): a
    verb, whatever the tagger made of it, never a noun phrase.

    >>> negated_auxiliary(Tok("haven't", 0, 7, "NN")), negated_auxiliary(Tok("Hart", 0, 4, "NNP"))
    (True, False)
    """
    low = t.text.lower()
    return len(low) > 3 and low.endswith(("n't", "n’t")) and low[:-3].isalpha()


def is_verb(t: Tok) -> bool:
    return t.tag.startswith("VB") or t.tag == "MD" or negated_auxiliary(t)


#: Last words of an office's or a body's capitalised name that may hold an "and" (*Health
#: and Human Services*, *Ways and Means Committee*).
_OFFICE_ENDS = frozenset(
    "services affairs security development committee department ministry office agency "
    "commission board means care justice".split()
)


#: Verbs of issuing a document (*a report the agency released*): its issuer is their subject.
ISSUING = frozenset(
    """released issued filed posted published sent submitted prepared circulated drafted
wrote conducted commissioned compiled""".split()
)


_DOCUMENTS = word_list("documents") | SPEECH_NOUNS | {"interview", "video", "op-ed", "podcast"}


#: Words that stand for a person or group on their own as a subject ("Another said").
_STANDALONE = Closed.STANDALONE


_QUANTIFIERS = Closed.QUANTIFIERS


#: Quantifiers that stand alone as the subject of a clause (*many were calling it*).
_STANDING_QUANTIFIERS = frozenset("many some most several few both others".split())


_BE = Closed.BE


def _before_aside(toks: list[Tok], k: int, lo: int) -> int:
    """Step back over an adverb set off by commas ending at token k: in *The two
    senators, however, argue*, from the second comma to *senators*."""
    while (
        k - 2 >= lo
        and toks[k].text == ","
        and toks[k - 1].tag in ("RB", "RBR")
        and toks[k - 2].text == ","
    ):
        k -= 3
    return k
