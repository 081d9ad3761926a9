"""Modified subjects: the person a relative clause or a participle phrase describes.

The cue's subject may end far from its head: *a Pentagon official who agreed to explain
the plan said*, *another source talking to a local station said*, *a diplomat involved in
drafting the statement, who …, said*. :func:`_modified_subject` walks back from the end
of the modifier to the head it modifies (with :func:`_joined_participle_subject` and
:func:`_long_participle_subject` for participle phrases); :func:`_person_modified` takes
it when the modifier ends in something that is no person. Before a *who* clause, a
message *from* a name is the name's (:func:`_sender`: *a note from Maria Gomez*) and a
thing *of* a name the name's (:func:`_person_of`); :func:`_name_before_description`
finds the name before a description set off by commas.

It imports from :mod:`.base` and :mod:`.phrases`.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(words):
...     return [Tok(w.rsplit("/", 1)[0], n, n + 1, w.rsplit("/", 1)[1])
...             for n, w in enumerate(words.split())]
>>> toks = tagged("a/DT Pentagon/NNP official/NN who/WP agreed/VBD to/TO explain/VB "
...               "the/DT plan/NN said/VBD")
>>> _modified_subject(toks, NP(7, 9), 0)
NP(i=0, j=3)
>>> _person_noun("spokesman"), _person_noun("statement")
(True, False)
"""

from __future__ import annotations

from nbutils.attribution.frame import Tok
from nbutils.attribution.syntax.base import NP, SPEECH_NOUNS, is_verb
from nbutils.attribution.syntax.phrases import _NP_AREA, np_before
from nbutils.speakers import PERSON_NOUNS, all_first_names, role_of
from nbutils.speakers.roles import wordnet_person


def _sender(toks: list[Tok], np: NP) -> NP:
    """``a note from Maria Gomez`` -> ``Maria Gomez``: a message *from* or *by* a name
    (what a *who* clause after it is about) is the name's; other noun phrases as they are
    (*the senator from Ohio*)."""
    for p in range(np.i + 1, np.j - 1):
        if (
            toks[p].low in ("from", "by")
            and toks[p - 1].low in SPEECH_NOUNS
            and all(t.is_proper or t.text == "." for t in toks[p + 1 : np.j])
        ):
            return NP(p + 1, np.j)
    return np


def _person_of(toks: list[Tok], np: NP) -> NP:
    """``the demands of Prime Minister Ann Lee`` (before *, who …*) -> ``Prime Minister Ann
    Lee``: a *who* clause is about a person, so after a thing *of* a name it is the name's;
    other noun phrases as they are (*supporters of Ann Lee*: people).

    >>> toks = [Tok("the", 0, 3, "DT"), Tok("demands", 4, 11, "NNS"), Tok("of", 12, 14, "IN"),
    ...         Tok("Ann", 15, 18, "NNP"), Tok("Lee", 19, 22, "NNP")]
    >>> _person_of(toks, NP(0, 5))
    NP(i=3, j=5)
    """
    of = next((p for p in range(np.i + 1, np.j - 1) if toks[p].low == "of"), None)
    if of is None or not all(t.is_proper or t.text == "." for t in toks[of + 1 : np.j]):
        return np
    head = toks[of - 1].low
    if toks[of - 1].is_proper or not head.isalpha() or not toks[of - 1].text.islower():
        return np  # ("Sen. Ann Lee of Ohio, who …": a name, then where it is from)
    for word in (head, head[:-1] if head.endswith("s") else head):
        # ("supporters of Ann Lee, who …": they are people)
        if word in PERSON_NOUNS or role_of(word) is not None or _person_noun(word):
            return np
    return NP(of + 1, np.j)


def _name_before_description(toks: list[Tok], np: NP, lo: int) -> NP | None:
    """*Dana Lau, the party's press officer said* (the closing comma left out):
    the full name (a known first name) opening the clause, when the rest up to the cue
    is its description."""
    m = np.i - 1
    while m > lo and toks[m].text != "," and toks[m].tag in _NP_AREA and np.i - m < 4:
        m -= 1  # "president and" CEO of …
    if m <= lo + 1 or toks[m].text != "," or toks[m - 1].quote >= 0:
        return None
    name = NP(lo, m)
    if (
        not all(t.tag in ("NNP", "NNPS") or t.text == "." for t in toks[lo:m])
        or sum(t.tag == "NNP" for t in toks[lo:m]) < 2
        or toks[lo].text not in all_first_names()
        or not any(t.tag in ("NN", "NNS") and t.text[:1].islower() for t in toks[m + 1 : np.j])
    ):
        return None
    return name


def _participle_link(toks: list[Tok], m: int, i: int) -> bool:
    """Does token m link a participle to its object at i: a preposition or an adverb
    (*speaking to*), or a gerund after a preposition (*involved in drafting*, *charged
    with running*)? The walk back over two words at most."""
    if toks[m].tag in ("IN", "TO", "RB"):
        return i - m < 3
    return toks[m].tag == "VBG" and m == i - 1 and toks[m - 1].tag in ("IN", "TO")


def _person_modified(toks: list[Tok], np: NP, lo: int) -> NP:
    """*A diplomat involved in drafting the statement, who …, said*: the antecedent of the
    *who* clause is the person whose participle phrase ends in ``np`` (not a person), else
    ``np``."""
    if role_of(toks[np.j - 1].low) is not None or toks[np.j - 1].is_proper:
        return np
    outer = _modified_subject(toks, np, lo)
    if outer is None or role_of(toks[outer.j - 1].low) in (None, "organisation"):
        return np
    return outer


def _modified_subject(toks: list[Tok], np: NP, lo: int) -> NP | None:
    """The subject whose modifier ends in ``np``: *a Pentagon official who agreed to
    explain the plan said* -> *a Pentagon official*; *another source talking
    to a local station said* -> *another source*."""
    # a participle phrase: NOUN speaking to NP, NOUN involved in drafting NP
    m = np.i - 1
    while m > lo and np.i - m < 4 and _participle_link(toks, m, np.i):
        m -= 1
    if (
        m < np.i - 1
        and m > lo
        and (
            toks[m].tag in ("VBG", "VBN")
            or toks[m].tag == "NN"
            and toks[m].text.endswith("ing")
            # a past participle the tagger took for a past tense: "a report presented to
            # the board found" (two finite verbs cannot follow one subject unjoined)
            or toks[m].tag == "VBD"
            and toks[m].low.endswith("ed")
            and toks[m + 1].low in ("to", "by")
        )
        and toks[m - 1].tag in ("NN", "NNS", "NNP")
    ):
        outer = np_before(toks, m - 1)
        if outer is not None and outer.i >= lo:
            return outer
    # a participle with an object and a prepositional phrase: "the general leading the
    # coalition against the rebels acknowledged" (a person noun may be tagged JJ)
    obj: NP | None = np
    if np.i - 1 > lo and toks[np.i - 1].tag == "IN" and toks[np.i - 1].low != "of":
        obj = np_before(toks, np.i - 2)
    if obj is not None:
        m = obj.i - 1
        if (
            obj is not None
            and m - 1 >= lo
            and toks[m].tag == "VBG"
            and (
                toks[m - 1].tag in ("NN", "NNS")
                or toks[m - 1].tag == "JJ"
                and (toks[m - 1].low in PERSON_NOUNS or role_of(toks[m - 1].low) is not None)
            )
        ):
            if m - 2 >= lo and toks[m - 2].tag == "DT":
                return NP(m - 2, m)  # "the general leading …"
            if toks[m - 1].tag == "NNS" and (m - 1 == lo or toks[m - 2].tag in ("IN", "CC", ",")):
                return NP(m - 1, m)  # "Officials running the program said"
    joined = _joined_participle_subject(toks, np, lo) or _long_participle_subject(toks, np, lo)
    if joined is not None:
        return joined
    # a relative clause: NOUN who VERB … NP
    m = np.i - 1
    reach = 14
    while (
        m > lo
        and np.i - m < reach
        and toks[m].quote < 0
        and toks[m].text not in (",", ".", ";", ":", "``", "''", "(", ")")
    ):
        if toks[m].low == "who" and toks[m - 1].low in ("and", "or"):
            # "A lobbyist who worked for the bill and who asked not to be named because …
            # said": a second who-clause joined to the first; its noun is further back
            reach = 30
        if (
            toks[m].text.lower() in ("who", "that")
            and toks[m].tag in ("WP", "WDT", "IN")
            and any(is_verb(t) for t in toks[m + 1 : np.i])
            and toks[m - 1].tag in ("NN", "NNS", "NNP", "NNPS")
        ):
            outer = np_before(toks, m - 1)
            if outer is None or outer.i < lo:
                return None
            # after a name, only a person whose phrase ends in it ("An aide at the Treasury
            # who …"), not a thing ("the vision of America that emerged …")
            return (
                outer
                if toks[m - 1].tag in ("NN", "NNS") or _person_before_of(toks, outer)
                else None
            )
        m -= 1
    return None


def _person_before_of(toks: list[Tok], np: NP) -> bool:
    """Does ``np`` open with a person's noun before its first preposition (*An official at the
    National Security Council*, *a lawyer for Ann Lee*)?"""
    k = next((k for k in range(np.i + 1, np.j) if toks[k].tag == "IN"), None)
    if k is None:
        return False
    head = toks[k - 1].low
    return (
        head in PERSON_NOUNS
        or role_of(head) not in (None, "organisation")
        # (a noun for a person no list has: "A committeewoman from Pittston who …")
        or head.isalpha()
        and wordnet_person(head)
    )


#: What may stand inside a participle phrase's object (*by more than 200 nurses*).
_IN_PARTICIPLE_PHRASE = frozenset(
    {"IN", "TO", "DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "RB", "PRP$", "POS"}
)


def _joined_participle_subject(toks: list[Tok], np: NP, lo: int) -> NP | None:
    """*A petition signed by 400 students and posted online demanded*: ``np`` (*online*)
    ends a second participle phrase joined by *and* to a first one right after the
    subject's noun; that noun phrase (*A petition*) is the subject."""
    m = np.i - 1
    while m > lo and toks[m].tag in ("IN", "TO") and np.i - m < 3:
        m -= 1
    if m - 1 <= lo or toks[m].tag not in ("VBN", "VBD") or toks[m - 1].low != "and":
        return None
    for q in range(m - 2, max(lo, m - 14), -1):
        t = toks[q]
        if t.tag == "VBN" and toks[q - 1].tag in ("NN", "NNS"):
            outer = np_before(toks, q - 1)
            return outer if outer is not None and outer.i >= lo else None
        if t.quote >= 0 or t.tag not in _IN_PARTICIPLE_PHRASE:
            return None
    return None


def _long_participle_subject(toks: list[Tok], np: NP, lo: int) -> NP | None:
    """*A senior diplomat involved in drafting the text said*, *A statement released by the
    State Department after the talks said*: ``np`` ends a participle phrase of several
    phrases (prepositions, a gerund and its object) right after the subject's noun; that
    noun phrase is the subject. Only a past participle opens the phrase (*involved*,
    *released*), right after a noun, and at least one preposition stands in it."""
    if np.i - 1 <= lo or toks[np.i - 1].tag not in ("IN", "TO", "VBG"):
        return None
    for q in range(np.i - 1, max(lo, np.i - 12), -1):
        t = toks[q]
        if t.tag == "VBN" and toks[q - 1].tag in ("NN", "NNS") and toks[q + 1].tag in ("IN", "TO"):
            outer = np_before(toks, q - 1)
            return outer if outer is not None and outer.i >= lo else None
        if t.quote >= 0 or t.tag not in _IN_PARTICIPLE_PHRASE | {"VBG"}:
            return None
    return None


def _person_noun(word: str) -> bool:
    """Is ``word`` a noun WordNet calls a kind of person (*neurosurgeon* tagged as an
    adjective)?"""
    return word.isalpha() and wordnet_person(word)
