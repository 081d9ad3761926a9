"""Noun phrases: the phrase ending at a token, or starting at one.

:func:`np_before` scans leftwards from a token over the words a noun phrase is made of
(determiners, adjectives, names, *of* and *for* phrases that belong to it — *a
spokesman for the Federal Audit Service* — a partitive *one of the nurses*, an office's
name with an *and* in it), and takes a function word for a name only where it is one
(:func:`_word_as_name`: *"…," Will wrote*). :func:`np_after` scans rightwards (*said Ina
Sovsun*), and stops before a clause without *that* (:func:`contact_clause_at`: *a report
the agency released*) or a time (*the Ledger this spring*). :func:`_described` tells a description
(*the head of the Civic Unity Council*) from a name; :func:`np_area` whether a run of
tokens could all be one noun phrase.

It imports from :mod:`.base` and :mod:`.times`.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(words):
...     return [Tok(w.rsplit("/", 1)[0], n, n + 1, w.rsplit("/", 1)[1])
...             for n, w in enumerate(words.split())]
>>> toks = tagged("a/DT spokesman/NN for/IN the/DT Federal/NNP Audit/NNP Service/NNP said/VBD")
>>> np_before(toks, 6)
NP(i=0, j=7)
>>> toks = tagged("``/QUOTE said/VBD Ina/NNP Sovsun/NNP ./.")
>>> np_after(toks, 2)
NP(i=2, j=4)
"""

from __future__ import annotations

from nbutils.attribution.frame import CLAUSE_PUNCT, Tok
from nbutils.attribution.syntax.base import (
    _DOCUMENTS,
    _OFFICE_ENDS,
    _QUANTIFIERS,
    _SKIP_BEFORE_CUE,
    _STANDALONE,
    _STANDING_QUANTIFIERS,
    ISSUING,
    NP,
    NP_TAGS,
    PREP_IN_NP,
    _wordlike,
    is_verb,
    negated_auxiliary,
)
from nbutils.attribution.syntax.times import _time_after_np
from nbutils.lexicons import Closed
from nbutils.speakers import (
    PERSON_NOUNS,
    PRONOUNS,
    SERVING_NOUNS,
    TITLE_WORDS,
    all_first_names,
    function_words,
)


def _adjective_as_noun(toks: list[Tok], k: int) -> bool:
    """An adjective heading a subject before its verb: *one Latino conservative had
    called*, *a prominent liberal said*."""
    return (
        k > 0
        and toks[k - 1].tag in ("NNP", "CD", "DT", "JJ", "PRP$")
        and k + 1 < len(toks)
        and (is_verb(toks[k + 1]) or toks[k + 1].text.lower() in _SKIP_BEFORE_CUE)
        and toks[k + 1].quote < 0
        and toks[k + 1].tag != "VBG"
    )


def _name_in_prepositional_phrase(toks: list[Tok], k: int) -> bool:
    """Does the proper name ending at token ``k`` follow *at*, *of*, *for* or *with* after a
    common noun (*an aide at Acme Tools*, *a spokesman for the Federal Audit Service*)?"""
    m = k
    while m >= 0 and k - m < 6 and (toks[m].tag in ("NNP", "NNPS") or toks[m].text == "."):
        m -= 1
    if m < k and m - 1 >= 0 and toks[m].low == "the":
        m -= 1  # (the name's own article: "for the Federal Audit Service")
    return (
        m < k
        and m - 1 >= 0
        and toks[m].low in ("at", "of", "for", "with")
        and toks[m - 1].tag in ("NN", "NNS")
    )


#: Prepositions of place that join a person's noun phrase (*a woman near the stage*).
_PLACE_PREPOSITIONS = frozenset("near behind beside outside inside".split())


def _partitive_object(toks: list[Tok], i: int) -> int:
    """Where the noun phrase goes on when ``toks[i]`` opens the group of a partitive that is
    itself the object of a preposition after a noun (*a spokesman for one of them*, *a
    lobbyist for one of the larger chains*): the index of that noun; -1 otherwise (*One of
    them said*: the partitive alone, read by resolution)."""
    if not (
        i >= 4
        and toks[i - 1].low == "of"
        and (toks[i - 2].low in _QUANTIFIERS or toks[i - 2].low == "either")
        and toks[i - 3].low in PREP_IN_NP
        and toks[i - 4].tag in ("NN", "NNS")
        and all(x.quote < 0 for x in toks[i - 4 : i])
    ):
        return -1
    return i - 4


#: Adjectives of nearness whose *to* phrase modifies a person's noun (*a source close to
#: the minister*, *people closest to the family*), as *familiar with* does.
_CLOSE_WORDS = frozenset("close closer closest".split())


def _close_to(toks: list[Tok], i: int, k: int) -> bool:
    """Does ``toks[i - 2 : i]`` read *close to* after a noun, the phrase from ``i`` to ``k``
    its object (*a source close to the minister*)?

    >>> toks = [Tok("a", 0, 1, "DT"), Tok("source", 2, 8, "NN"), Tok("close", 9, 14, "RB"),
    ...         Tok("to", 15, 17, "TO"), Tok("Ann", 18, 21, "NNP")]
    >>> _close_to(toks, 4, 4), _close_to(toks, 3, 4)
    (True, False)
    """
    return (
        i - 3 >= 0
        and k - i < 10
        and toks[i - 1].low == "to"
        and toks[i - 2].low in _CLOSE_WORDS
        and not toks[i - 2].tag.startswith("VB")  # ("the shops close to the public")
        and toks[i - 3].tag in ("NN", "NNS")
        and all(x.quote < 0 for x in toks[i - 3 : i])
    )


def np_before(toks: list[Tok], k: int) -> NP | None:
    """The noun phrase ending at token k (inclusive), scanning leftwards."""
    if k < 0 or toks[k].quote >= 0 or negated_auxiliary(toks[k]):
        return None
    t = toks[k]
    if (t.tag == "PRP" or t.text.lower() in PRONOUNS) and _partitive_object(toks, k) < 0:
        return NP(k, k + 1)
    if t.text.lower() in _STANDALONE and (
        k == 0
        or toks[k - 1].text in CLAUSE_PUNCT
        or toks[k - 1].quote >= 0
        or toks[k - 1].text == ","
    ):
        return NP(k, k + 1)  # "Another said …", "One wrote …"
    if t.text == ")":  # Sen. Walter P. Ardley (D-Ore.)
        m = k - 1
        while m >= 0 and toks[m].text != "(" and k - m < 8:
            m -= 1
        if m > 0 and toks[m].text == "(":
            inner = np_before(toks, m - 1)
            return NP(inner.i, k + 1) if inner else None
        return None
    if (
        t.tag not in NP_TAGS
        or t.tag in ("DT", "POS", "PRP$", "JJ")
        and k > 0
        and toks[k].tag != "NNP"
    ):
        if not (t.tag in ("JJ",) and (t.text[:1].isupper() or _adjective_as_noun(toks, k))):
            return None
    i = k
    while i - 1 >= 0 and k - i < 14:
        p = toks[i - 1]
        if contact_clause_at(toks, i) and k + 1 < len(toks) and toks[k + 1].low in ISSUING:
            break  # "a report the agency released": the agency, not the report
        if (noun := _partitive_object(toks, i)) >= 0:
            i = noun  # "a spokesman for one of them": the spokesman's phrase goes on
            continue
        if (
            p.text in ("'", "’")
            and p.tag in ("POS", "NNP", "NN")
            and p.quote < 0
            and i - 2 >= 0
            and toks[i - 2].text.endswith("s")
            and toks[i - 2].tag in ("NNS", "NNPS", "NNP")
        ):
            i -= 1  # a plural's possessive: "a woman in the visitors' gallery"
            continue
        if p.quote >= 0 or not _wordlike(p.text) and p.text != "." or negated_auxiliary(p):
            break
        if p.tag in NP_TAGS and not (p.tag == "VBN" and p.text.lower() not in ("named", "called")):
            i -= 1
            continue
        if p.text in (".",) and i - 2 >= 0 and toks[i - 2].tag == "NNP":
            i -= 1
            continue
        if (
            p.low == "and"
            and i - 2 >= 0
            and toks[i - 2].text[:1].isupper()
            and toks[i].text[:1].isupper()
            and toks[k].text[:1].isupper()
            and (toks[k].low in TITLE_WORDS or toks[k].low in _OFFICE_ENDS)
            and all(x.text[:1].isupper() for x in toks[i : k + 1])
        ):
            # one office, not two people: "The Health and Social Care Secretary", "the
            # Secretary of Health and Human Services" ("Clinton and Trump" ends in no office)
            i -= 1
            continue
        if (
            p.low == "and"
            and i - 3 >= 0
            and k > i
            and toks[k].tag in ("NN", "NNS")
            and toks[i].tag in ("NN", "JJ")
            and toks[i].text.islower()
            and toks[i - 2].tag in ("NN", "NNS")
            and toks[i - 2].text.islower()
            and any(x.low in PREP_IN_NP for x in toks[max(0, i - 6) : i - 2])
        ):
            # "Chief Al Roe of the state's forestry and fire protection department": two
            # nouns joined before the head of a prepositional phrase's noun
            i -= 1
            continue
        if (
            p.low == "and"
            and i - 2 >= 0
            and toks[i - 2].text[:1].isupper()
            and toks[i].text[:1].isupper()
            and _name_in_prepositional_phrase(toks, i - 2)
        ):
            # "a senior aide at Acme Tools and Supply's Dayton plant": a
            # name with "and" in it after the preposition of a common noun is one name
            i -= 1
            continue
        if (
            (
                p.text.lower() in PREP_IN_NP
                # "an aide to the mayor": "to" after a noun of service joins the phrase
                or p.low == "to"
                and i - 2 >= 0
                and toks[i - 2].low.removesuffix("s") in SERVING_NOUNS
                # "a woman near the top row", "a man behind the counter": where a person
                # stands joins the phrase after a noun for a person
                or p.low in _PLACE_PREPOSITIONS
                and i - 2 >= 0
                and toks[i - 2].low.removesuffix("s") in PERSON_NOUNS
            )
            and i - 2 >= 0
            and k - i < 10
            and (
                toks[i - 2].tag in ("NN", "NNS", "NNP", "NNPS")
                or toks[i - 2].tag in ("JJ", "VBN")
                and i - 3 >= 0
                and toks[i - 3].tag in ("NN", "NNS")
            )
        ):
            i -= 2 if toks[i - 2].tag in ("JJ", "VBN") else 1
            continue
        if (
            p.text.lower() in PREP_IN_NP
            and i - 2 >= 0
            and k - i < 10
            and toks[i - 2].low in _STANDING_QUANTIFIERS
            and (
                i - 3 < 0
                or toks[i - 3].quote >= 0
                or toks[i - 3].text in CLAUSE_PUNCT
                or toks[i - 3].text == ","
            )
        ):
            i -= 2  # '"…!" some in the crowd chanted': a quantifier standing alone, then its PP
            break
        if _close_to(toks, i, k) or (
            p.low == "for"
            and i - 3 >= 0
            and toks[i - 2].low == "up"
            and toks[i - 3].tag in ("NN", "NNS")
            and k - i < 12
        ):
            # "a senator up for re-election in a swing state", "a source close to the
            # minister" (as "familiar with"): one phrase
            i -= 2
            continue
        break
    while i <= k and toks[i].text.lower() in PREP_IN_NP and not _word_as_name(toks, i, k):
        i += 1
    if i > k or not any(x.tag.startswith("NN") or x.tag == "CD" for x in toks[i : k + 1]):
        return None
    return NP(i, k + 1)


#: Conjunctions a Title-Cased headline capitalises (*As*, *Amid*): no name goes on over one.
_TITLE_CASE_OPENERS = frozenset(
    "As While After Before Amid Despite Because Since When Whereas Although Though Until".split()
)


_NAME_CONNECTORS = Closed.NAME_CONNECTORS - {"of"}  # "Pieter de Vries", not "Bank of America"


#: Words that open a noun phrase of their own (a determiner or a possessive).
_PHRASE_OPENERS = frozenset("the a an this these those his her its their our my your".split())


def contact_clause_at(toks: list[Tok], j: int) -> bool:
    """Does a new noun phrase open at ``toks[j]`` right after a common noun, as a clause
    without *that* does (*a brief the union's lawyers filed*, *a report the agency
    released*)? A determiner or a possessive never goes on a phrase after its noun.

    >>> toks = [Tok("a", 0, 1, "DT"), Tok("brief", 2, 7, "NN"), Tok("the", 8, 11, "DT"),
    ...         Tok("union", 12, 17, "NN")]
    >>> contact_clause_at(toks, 2), contact_clause_at(toks, 1)
    (True, False)
    """
    if not (0 < j < len(toks) and toks[j].low in _PHRASE_OPENERS and toks[j].tag in ("DT", "PRP$")):
        return False
    noun = toks[j - 1]
    return noun.quote < 0 and (
        noun.tag in ("NN", "NNS")
        # (a document's noun the tagger reads otherwise: "a summary", "a filing")
        or noun.low in _DOCUMENTS
        and j >= 2
        and toks[j - 2].low in ("a", "an", "the", "its", "his", "her", "their")
    )


def _role_word_before_name(toks: list[Tok], j: int) -> bool:
    """Is ``toks[j]`` a lower-case word of a role before a person's name, whatever tag the
    tagger gave it (*said kindergarten teacher Amy Lund*, *said gymnastics coach Amy
    Lund*)? At most two more lower-case words, none a function word (*on*, *and*, *then*),
    then a first name and another name.

    >>> toks = [Tok("gymnastics", 0, 1, "NNS"), Tok("coach", 2, 3, "VBP"),
    ...         Tok("Amy", 4, 5, "NNP"), Tok("Lund", 6, 7, "NNP")]
    >>> _role_word_before_name(toks, 1), _role_word_before_name(toks[1:], 0)
    (True, True)
    >>> toks[2] = Tok("Main", 4, 5, "NNP")
    >>> _role_word_before_name(toks, 1)
    False
    """
    m = j
    while m < len(toks) and m - j < 3:
        t = toks[m]
        if (
            t.quote >= 0
            or not t.text.islower()
            or not t.text.replace("-", "").isalpha()
            or t.low in function_words()
        ):
            break
        m += 1
    return (
        j < m
        and m + 1 < len(toks)
        and toks[m].tag == "NNP"
        and toks[m].text in all_first_names()
        and toks[m + 1].tag == "NNP"
        and toks[m + 1].quote < 0
    )


def np_after(toks: list[Tok], k: int) -> NP | None:
    """The noun phrase starting at token k, scanning rightwards."""
    if k >= len(toks) or toks[k].quote >= 0 or negated_auxiliary(toks[k]):
        return None
    if (toks[k].tag == "PRP" or toks[k].text.lower() in PRONOUNS) and not (
        toks[k].tag == "PRP$"
        and k + 1 < len(toks)
        and toks[k + 1].quote < 0
        and toks[k + 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ")
    ):
        return NP(k, k + 1)  # (not "his field director Owen Tillery")
    j = k
    prep_used = False
    while j < len(toks) and j - k < 14:
        t = toks[j]
        if (
            t.text == "."
            and j > k
            and len(toks[j - 1].text) == 1
            and toks[j - 1].tag == "NNP"
            and j + 1 < len(toks)
            and toks[j + 1].tag == "NNP"
        ):
            j += 1  # an initial: "Walter J. Brisco"
            continue
        if (
            t.text == "/"
            and j > k
            and toks[j - 1].tag == "CD"
            and j + 1 < len(toks)
            and toks[j + 1].tag == "CD"
        ):
            j += 1  # "9/11 widow Joan Bellamy", "24/7"
            continue
        if (
            t.text in _NAME_CONNECTORS
            and j > k
            and toks[j - 1].tag == "NNP"
            and j + 1 < len(toks)
            and toks[j + 1].tag == "NNP"
        ):
            j += 1  # "Pieter de Vries", "Ursula von der Leyen"
            continue
        if (
            t.text in ("'", "’")
            and t.tag in ("POS", "NNP", "NN")
            and j > k
            and toks[j - 1].text.endswith("s")
            and j + 1 < len(toks)
            and toks[j + 1].quote < 0
            and toks[j + 1].tag in ("NN", "NNS", "NNP", "JJ")
        ):
            j += 1  # a plural's possessive: "the Friends' solicitor", "the Greens' leader"
            continue
        if t.quote >= 0 or not _wordlike(t.text) or negated_auxiliary(t):
            break
        if j > k and t.text in _TITLE_CASE_OPENERS:
            break  # "Says Senator Raul Ortega As Talks End": a headline's clause, no name
        if j > k and _time_after_np(toks, j):
            break  # "the Daily Ledger this spring", "the council Monday": a time phrase
        if contact_clause_at(toks, j):
            break  # "a brief the union's lawyers filed": a second phrase opens a clause
        if (t.tag not in NP_TAGS or t.tag == "VBN") and _role_word_before_name(toks, j):
            j += 1  # "said kindergarten teacher Amy Lund": a noun the tagger took for another
            continue
        if t.tag in NP_TAGS and not (
            t.tag == "VBN"
            and t.text.lower() not in ("named",)
            and not (j == k and j + 1 < len(toks) and toks[j + 1].tag in ("NN", "NNP", "JJ"))
        ):
            # ("retired neurosurgeon Ben Carson": a participle opening the phrase)
            j += 1
            continue
        if (
            t.tag == "VBG"
            and t.low in _DOCUMENTS
            and j > k
            and toks[j - 1].low in ("a", "an", "the")
            and contact_clause_at(toks, j + 1)
        ):
            j += 1  # "a filing the union submitted": the noun, then the clause's phrase
            continue
        if (
            t.tag == "VBG"
            and j > k
            and toks[j - 1].tag in ("DT", "JJ")
            and j + 1 < len(toks)
            and toks[j + 1].tag in ("NN", "NNS", "NNP", "JJ")
        ):
            j += 1  # "another top Supreme Court litigator"
            continue
        if (
            t.text.lower() in ("in", "on")
            and j > k
            and toks[j - 1].tag in ("NNP", "NNPS")
            and _in_a_document(toks, j + 1)
        ):
            break  # "Priya Raman in the memo", "Ann Lee in a statement": where, not who
        if (
            t.text.lower() in PREP_IN_NP
            and not prep_used
            and j > k
            and (
                toks[j - 1].tag.startswith("NN")
                or toks[j - 1].tag == "CD"
                or toks[j - 1].text.lower() in _QUANTIFIERS
            )
            and j + 1 < len(toks)
            and (
                toks[j + 1].tag in ("DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP$")
                or toks[j + 1].tag == "CD"  # "one of two witnesses"
                and j + 2 < len(toks)
                and toks[j + 2].tag in ("NNS", "JJ", "NN")
            )
        ):
            prep_used = True
            j += 1
            continue
        break
    while (
        j > k
        and toks[j - 1].tag in ("DT", "POS", "JJ", "IN", "HYPH")
        and toks[j - 1].text.lower() in PREP_IN_NP | {"the", "a", "an", "'s", "’s", "-"}
    ):
        j -= 1
    if j == k or not any(x.tag.startswith("NN") or x.low in _DOCUMENTS for x in toks[k:j]):
        return None  # (a document's noun read as a verb is a noun: "a filing the union …")
    return NP(k, j)


def _in_a_document(toks: list[Tok], i: int) -> bool:
    """Do the tokens from ``i`` name a document or an utterance (*the memo*, *a statement*,
    *his letter*, *an interview*)?

    >>> toks = [Tok("the", 0, 3, "DT"), Tok("memo", 4, 8, "NN"), Tok("the", 9, 12, "DT"),
    ...         Tok("city", 13, 17, "NN")]
    >>> _in_a_document(toks, 0), _in_a_document(toks, 2)
    (True, False)
    """
    while i < len(toks) and toks[i].tag in ("DT", "PRP$", "JJ"):
        i += 1
    return i < len(toks) and toks[i].text.lower() in _DOCUMENTS


def _described(toks: list[Tok], np: NP) -> bool:
    """Is ``np`` a description headed by a common noun or a title word, whatever names its
    modifier holds (*The head of the Civic Unity Council*, *the group's spokesman*,
    *the local MP*, *managing director for Europe*)?"""
    span = toks[np.i : np.j]
    if not span or not (
        span[0].tag in ("DT", "PRP$")
        or span[0].text[:1].islower()  # "managing director for Europe"
        or np.i > 0
        and toks[np.i - 1].tag == "POS"  # "Veltro's | director for Europe"
    ):
        return False
    cut = next((k for k, t in enumerate(span) if t.text.lower() in PREP_IN_NP), len(span))
    return cut > (span[0].tag in ("DT", "PRP$")) and (
        span[cut - 1].tag in ("NN", "NNS") or span[cut - 1].text.lower() in TITLE_WORDS
    )


#: Function words that are also surnames or given names (*Al From*, *George Will*,
#: *Theresa May*): capitalised and tagged a name right before a cue, they are the name.
_FUNCTION_WORD_NAMES = frozenset("from will may".split())


def _word_as_name(toks: list[Tok], k: int, last: int) -> bool:
    """Is ``toks[k]``, the last word of a noun phrase or the word before a cue (``last``),
    a function word used as a name (*"…," From said*, *"…," Will wrote*)? Only when it is
    capitalised and the tagger made it a proper noun (so not a clause's first word, as in
    *Will she say …* or *From the start, …*): a modal or a preposition never stands alone
    right before a finite cue."""
    t = toks[k]
    return (
        k == last
        and t.low in _FUNCTION_WORD_NAMES
        and t.tag in ("NNP", "NNPS")
        and t.text[:1].isupper()
        and t.text[1:].islower()
        and not (k > 0 and (toks[k - 1].low in _DATE_BEFORE or toks[k - 1].tag == "CD"))
    )


#: Before a month (*last May*, *in early May*, *since May*): the word is a date, no name.
_DATE_BEFORE = frozenset(
    "last next early late mid this in of since until by before after through during each every".split()
)


_NP_AREA = NP_TAGS | {",", "CC", "VBG", "HYPH", "NNPS"}


def np_area(toks: list[Tok]) -> bool:
    """Could these tokens all belong to one (coordinated or appositive) noun phrase?"""
    return bool(toks) and all(
        t.quote < 0 and (t.tag in _NP_AREA or t.text in (",", "-")) for t in toks
    )
