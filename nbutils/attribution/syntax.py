"""Shallow syntax: noun phrases, the subject of a cue, datelines — the engine's stand-in for a parse.

A dependency parser would say "the subject of *said* is *the NATO chief*";
NLTK has none that is fast and robust on news, so the engine reads POS-tagged
tokens (:class:`~nbutils.attribution.frame.Tok`) with a few small scanners,
kept here apart from the rules that use them:

* :func:`np_before` / :func:`np_after` — the noun phrase ending at / starting at a token;
* :func:`subject_before` — the subject of the cue at a token (skipping adverbs,
  auxiliaries, appositives, relative clauses, comma-separated opening phrases);
* :func:`clause_subject` / :func:`sentence_subject` — the subject of a clause or
  sentence (after opening phrases and a dateline, :func:`after_dateline`);
* :func:`appositive_name` — a description followed by the person's name;
* :func:`cues_in` — which words of a frame are reporting cues *in context*
  (a verb, not the noun *post* in *the Post*).

>>> from nbutils.attribution.frame import Tok
>>> def tagged(pairs):
...     return [Tok(w, 0, 0, t) for w, t in pairs]
>>> toks = tagged([("the", "DT"), ("NATO", "NNP"), ("chief", "NN"), ("said", "VBD")])
>>> subject_before(toks, 3)
NP(i=0, j=3)
>>> toks = tagged([("``", "QUOTE"), ("said", "VBD"), ("Ina", "NNP"), ("Sovsun", "NNP")])
>>> np_after(toks, 2)
NP(i=2, j=4)
"""

from __future__ import annotations

import re
from typing import NamedTuple

from nbutils.attribution.frame import CLAUSE_PUNCT, DASHES, FINITE, Tok
from nbutils.cues import CueMatch, cue_at, cue_first_words
from nbutils.lexicons import Closed, abbreviations, word_list
from nbutils.speakers import (
    PERSON_NOUNS,
    PRONOUNS,
    SERVING_NOUNS,
    TITLE_WORDS,
    all_first_names,
    role_of,
)
from nbutils.speakers.roles import wordnet_person
from nbutils.tokenise import TITLE_ABBREVIATIONS

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


#: Last words of an office's or a body's capitalised name that may hold an "and" (*Health
#: and Human Services*, *Ways and Means Committee*).
_OFFICE_ENDS = frozenset(
    "services affairs security development committee department ministry office agency "
    "commission board means care justice".split()
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


#: Verbs of issuing a document (*a report the agency released*): its issuer is their subject.
ISSUING = frozenset(
    """released issued filed posted published sent submitted prepared circulated drafted
wrote conducted commissioned compiled""".split()
)
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


_DOCUMENTS = word_list("documents") | SPEECH_NOUNS | {"interview", "video", "op-ed", "podcast"}


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


#: Cues a plural subject uses in the present ("critics argue …"; not "they believe").
_PLURAL_PRESENT_CUES = frozenset(
    """argue contend insist claim warn maintain assert write conclude note add explain
observe recall acknowledge admit state""".split()
)


#: Verbs that give a name, not a quotation ("the spot titled "Dangerous"").
NAMING_VERBS = frozenset("titled entitled named dubbed nicknamed labeled labelled".split())


#: Cues whose object is the hearer ("tells employees").
_TELLING = frozenset("tell ask warn assure remind inform urge".split())


#: Cues that can stand inverted inside a sentence (", says Lena Hartwell, a historian,").
PARENTHETICAL_CUES = frozenset(
    """say write add note argue explain insist recall observe
continue conclude contend suggest""".split()
)


#: Cue forms that open an inverted attribution ("Said Miriam Talbot, …").
INVERTED_OPENERS = frozenset("Said Says Added Asked Wrote Replied Explained Recalled".split())


#: Cues that are also ordinary verbs: a cue only when punctuation, "that" or a quote follows.
_LINKING_CUES = frozenset({"continue", "go on", "add", "find"})

#: Verbs of answering that are also what police and crews do to an incident.
_ANSWERING = frozenset({"answer", "respond", "reply"})
#: What is answered without a word (*officers were responding to a call*, *answered an
#: alarm*): after one of these the verb is no cue.
_INCIDENTS = frozenset(
    """call calls alarm alarms emergency emergencies scene scenes fire fires crash crashes
shooting shootings disturbance disturbances break-in burglary robbery report reports
incident incidents""".split()
)


def _participle_in_opening_phrase(toks: list[Tok], i: int) -> bool:
    """Is the participle at ``i`` a reduced relative on the noun of an opening prepositional
    phrase (*In a statement posted online Friday, the group …*): a preposition opening the
    sentence or clause, a short noun phrase, the participle? Then it reports nothing: the
    main clause after the comma does."""
    k = i - 1
    if k < 1 or toks[k].tag not in ("NN", "NNS"):
        return False
    while k > 0 and i - k < 6 and toks[k].tag in ("NN", "NNS", "JJ", "DT", "PRP$", "CD"):
        k -= 1
    return (
        toks[k].low in ("in", "on", "at", "during", "from", "with", "under", "amid", "despite")
        and (k == 0 or toks[k - 1].text in (".", ",", ";", ":", "!", "?") or toks[k - 1].quote >= 0)
        and any(t.text == "," for t in toks[i + 1 : i + 8])
    )


#: What a verb of saying takes when no words are said (*before anyone said a word*).
_NO_WORD = (("a", "word"), ("anything",), ("nothing",), ("a", "thing"))
#: What makes *a word*, *anything* a reach for none (*before*, *not*, *never*, *without*).
_NONE_BEFORE = frozenset("before until without not n't never no hardly barely".split())
#: The first words of :data:`_NO_WORD`.
_NO_WORD_FIRST = frozenset(w[0] for w in _NO_WORD)


def _says_no_word(toks: list[Tok], i: int, j: int) -> bool:
    """Is the cue at ``toks[i:j]`` a verb of saying whose object is *a word*, *anything* or
    *nothing* after a negation or *before* (*before anyone on her staff said a word*, *did
    not say anything*): no words reported, so no cue for a quote after it?"""
    if j >= len(toks) or toks[j].low not in _NO_WORD_FIRST:
        return False  # (the common case, without building the words after the cue)
    after = tuple(t.low for t in toks[j : j + 2])
    if not any(after[: len(w)] == w for w in _NO_WORD):
        return False
    return after[:1] == ("nothing",) or any(t.low in _NONE_BEFORE for t in toks[max(0, i - 6) : i])


def _answers_incident(toks: list[Tok], j: int) -> bool:
    """Do the words from j on (after an answering verb) name an incident, not a speaker
    or a question: *to a call about a man with a gun*, *the alarm at the plant*?"""
    if j < len(toks) and toks[j].low == "to":
        j += 1
    k = j
    while k < len(toks) and k < j + 4 and toks[k].tag in ("DT", "CD", "JJ", "PRP$", "NN", "NNS"):
        if toks[k].low in _INCIDENTS:
            return k + 1 >= len(toks) or toks[k + 1].tag not in ("NN", "NNS")
        k += 1
    return False


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


#: Adverbs that turn a length of time before them into a time adverbial (*an hour later*).
_ELAPSED = frozenset("later earlier ago afterward afterwards".split())
#: Words that may open such a length of time (*about an hour*, *two full days*).
_ELAPSED_OPENERS = frozenset(
    "a an about almost nearly some several few just barely one than less more over under".split()
)


def _before_elapsed_time(toks: list[Tok], k: int, c: int, lo: int) -> int:
    """Step k over a length of time that the skipped words before the cue at c made an
    adverbial: in *released a statement about an hour later saying*, *an hour* is when,
    not who, so the subject is looked for before it (k then points at *statement*).

    Returns k unchanged when toks[k] is no time noun or no *later*/*ago* follows it.
    """
    if not (
        lo <= k < c - 1
        and toks[k].low in _TIME_NOUNS
        and any(t.low in _ELAPSED for t in toks[k + 1 : c])
    ):
        return k
    m = k - 1
    while m >= lo and (
        toks[m].low in _ELAPSED_OPENERS or toks[m].tag in ("CD", "JJ") and toks[m].low != "last"
    ):
        m -= 1
    while m >= lo and (toks[m].low in _SKIP_BEFORE_CUE or toks[m].tag in ("RB", "MD")):
        m -= 1
    return m


def _named_before_apposition(toks: list[Tok], np: NP, lo: int) -> NP | None:
    """The name before an apposition that ``np`` ends, when ``np`` is a name inside it
    after *called*, *named*, *of*, *for* or *at* (*Nora Pell, the director of a group
    called Ohio Kids First*): Nora Pell. ``None`` otherwise."""
    if np.i - 1 <= lo or toks[np.i - 1].low not in ("called", "named", "of", "for", "at"):
        return None
    m = np.i - 1
    while m > lo and m > np.i - 14 and toks[m].text != ",":
        m -= 1
    if m <= lo or toks[m].text != "," or toks[m + 1].low not in ("the", "a", "an"):
        return None
    name = np_before(toks, m - 1)
    if name is None or name.i < lo or not toks[name.j - 1].is_proper:
        return None
    return name


#: Reflexives that can stand right after a subject for emphasis (*Ames herself said*).
EMPHATIC_REFLEXIVES = frozenset("himself herself themselves itself".split())
NAME_OR_NOUN = ("NNP", "NNPS", "NN", "NNS")


def emphatic_subject(toks: list[Tok], np: NP) -> NP:
    """A mention that is only an emphatic reflexive after a noun (*Hartwell himself
    wrote:*) is the noun phrase before it; anything else as it is."""
    if (
        np.j == np.i + 1
        and np.i >= 1
        and toks[np.i].low in EMPHATIC_REFLEXIVES
        and toks[np.i - 1].tag in NAME_OR_NOUN
    ):
        before = np_before(toks, np.i - 1)
        if before is not None:
            return before
    return np


#: Nouns of *at one point*, *at some stage*: a time adverbial, no subject.
_POINT_NOUNS = frozenset("point stage moment juncture".split())


#: Fixed adverbial phrases that can stand between a subject and its verb.
_FIXED_ADVERBIALS = frozenset(
    {("in", "the", "past"), ("in", "the", "end"), ("in", "the", "meantime"), ("at", "the", "time")}
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


def subject_before(toks: list[Tok], c: int, lo: int = 0) -> NP | None:
    """The subject of the cue at token c: the noun phrase just before it."""
    k = c - 1
    while (
        k >= lo
        and not _word_as_name(toks, k, c - 1)
        and (
            toks[k].text.lower() in _SKIP_BEFORE_CUE
            or negated_auxiliary(toks[k])
            or toks[k].tag in ("RB", "RBR")
            and toks[k].text.lower() not in ("not",)
            or toks[k].tag == "MD"
        )
    ):
        k -= 1
    if k - 1 >= lo and toks[k].low in EMPHATIC_REFLEXIVES and toks[k - 1].tag in NAME_OR_NOUN:
        k -= 1  # '"…," Ames herself said': the emphatic reflexive stands after its subject
    k = _before_elapsed_time(toks, k, c, lo)
    if k - 2 > lo and tuple(t.low for t in toks[k - 2 : k + 1]) in _FIXED_ADVERBIALS:
        # "Lee has in the past called", "who in the end agreed": an adverbial, no subject
        k -= 3
        while k >= lo and (toks[k].low in _SKIP_BEFORE_CUE or toks[k].tag in ("RB", "MD")):
            k -= 1
    if (
        k - 2 >= lo
        and toks[k].low in _POINT_NOUNS
        and toks[k - 1].low in ("one", "some", "another", "that", "this", "any")
        and toks[k - 2].low == "at"
        and k - 3 >= lo
        and _wordlike(toks[k - 3].text)
    ):
        # "the host, who at one point asked": a time adverbial between subject and verb
        k -= 3
        while k >= lo and (toks[k].tag in ("RB", "RBR", "MD") and toks[k].low != "not"):
            k -= 1
    if (
        k - 1 > lo
        and toks[k].text.lower() in ("heard", "seen", "overheard", "caught")
        and toks[k - 1].text.lower() in _BE | {"be", "been", "being"}
    ):
        # "a reporter could be heard asking", "she was overheard telling": the subject of the
        # passive perception verb speaks
        k -= 2
        while k >= lo and (toks[k].text.lower() in _SKIP_BEFORE_CUE or toks[k].tag in ("RB", "MD")):
            k -= 1
    if (
        k - 2 >= lo
        and toks[k].text.lower() in _TIME_NOUNS
        and toks[k - 1].text.lower() in _TIME_OPENERS
        and _time_after_np(toks, k - 1)
    ):
        k -= 2  # "the Daily Ledger this spring quoted": the time phrase is not the subject
        if k - 1 >= lo and toks[k].tag == "VBN" and toks[k - 1].tag in ("NN", "NNS", "NNP"):
            k -= 1  # "a report released last year found": the noun the participle follows
    elif (
        k - 3 >= lo
        and toks[k].text.lower() in _TIME_NOUNS
        and toks[k - 1].text.lower() == "the"
        and toks[k - 2].text.lower() in ("at", "in", "during", "over")
        and toks[k - 3].tag.startswith("NN")
    ):
        k -= 3  # "Trump at the time said", "the minister in the morning told"
    if (
        k - 1 >= lo
        and k + 1 < c
        and toks[k].text.lower() in ("on", "in", "during")
        and toks[k + 1].text.lower() in _DAYS | _TIME_NOUNS
        and toks[k - 1].tag.startswith("NN")
    ):
        k -= 1  # "Governor Hale on Friday declared": a time phrase between subject and verb
    else:
        # "Ann Lee during a Sunday visit thanked": a longer time phrase between them
        m = k
        while m > lo and k - m < 4 and toks[m].tag in ("NN", "NNP", "NNS", "DT", "JJ", "CD"):
            m -= 1
        if (
            m < k
            and toks[m].low in ("during", "on", "at", "in", "over")
            and m - 1 >= lo
            and toks[m - 1].tag.startswith("NN")
            and any(t.low in _TIME_WORDS | _MONTHS for t in toks[m + 1 : c])
        ):
            k = m - 1
    k = _before_aside(toks, k, lo)
    if k < lo:
        return None
    if toks[k].text.lower() == "to" and k - 1 > lo and toks[k - 1].tag in ("VBN", "JJ", "VBD"):
        # "Mr. Trump was moved to say", "Clinton was quick to say": the subject of the
        # verb or adjective that governs the infinitive
        m = k - 1
        while (
            m > lo
            and m > k - 6
            and (
                toks[m].tag in ("VBN", "JJ", "VBD", "RB", "MD")
                or toks[m].text.lower() in _SKIP_BEFORE_CUE
            )
        ):
            m -= 1
        if (
            m < k - 1
            and toks[m].tag in ("NNP", "NNPS", "NN", "NNS", "PRP")
            and any(t.text.lower() in _BE for t in toks[m + 1 : k])
        ):  # (not "have come to believe")
            np = np_before(toks, m)
            if np is not None and np.i >= lo:
                return np
    if toks[k].text.lower() in ("that", "which") and toks[k].tag in ("WDT", "IN") and k > lo:
        # "a post by Ann Lee that read", "a man in a shirt that said": who the message is from
        np = relative_sender(toks, k, lo)
        if np is not None:
            return np
    if toks[k].text.lower() in ("who", "which") and k - 1 > lo and toks[k - 1].text == ",":
        # "Ohio Gov. Dan Kessel, who called …": the relative clause's antecedent
        k -= 1
        np = np_before(toks, k - 1)
        if np is not None and np.i >= lo:
            named = _named_before_apposition(toks, np, lo)
            if named is not None:
                # "Nora Pell, the director of a group called Ohio Kids First, who told …":
                # the person the apposition describes, not the name inside it
                return named
            if toks[np.i].low in ("a", "an") and np.i - 2 > lo and toks[np.i - 1].text == ",":
                # "a statement released by Kay Pike, a fellow lawyer, which said": the name
                # the apposition describes
                named = np_before(toks, np.i - 2)
                if named is not None and named.i >= lo and toks[named.j - 1].is_proper:
                    return named
            np = _sender(toks, _person_modified(toks, np, lo))
            return _person_of(toks, np) if toks[k + 1].low == "who" else np
    if (
        toks[k].tag == "WP"
        and toks[k].text.lower() == "who"
        and k - 1 >= lo
        and toks[k - 1].is_proper
    ):
        # "a reply from Maria Gomez who wrote": a name needs no restricting, so a "who" clause
        # right after one is the comma-less form of ", who wrote" (above), and the name
        # speaks. Not after a common noun: "told a student who proposed …" restricts
        # an object of someone else's verb
        np = np_before(toks, k - 1)
        if np is not None and np.i >= lo:
            return _sender(toks, np)
    if toks[k].text == ",":
        np = _comma_subject(toks, k, lo)
        if np is not None:
            return np
    if toks[k].text == "," or toks[k].text in ("—", "–", "--", ")"):
        # an appositive: "Andriy, another Ukrainian citizen, said" -> the NP before it
        opener = "(" if toks[k].text == ")" else toks[k].text
        m = k - 1
        while (
            m >= lo
            and toks[m].text not in (opener, ",")
            and toks[m].quote < 0
            and not (is_verb(toks[m]) and toks[m].tag not in ("VBN", "VBG", "VBZ", "VBD"))
            and k - m < 20
        ):
            m -= 1
        if m >= lo and toks[m].text in (opener, ",") and m < k - 1:
            head = np_before(toks, m - 1)
            inner = np_before(toks, k - 1)
            # "Her rival, John Poe, said": the name in the appositive names the speaker
            if (
                head is not None
                and inner is not None
                and inner.i == m + 1
                and toks[k - 1].tag in ("NNP", "NNPS", ")")
                and (
                    not any(t.tag in ("NNP", "NNPS") for t in toks[head.i : head.j])
                    or _described(toks, head)
                    or head.i > lo
                    and (toks[head.i - 1].tag in ("IN", "TO") or is_verb(toks[head.i - 1]))
                )
            ):
                # … or the "head" is the object in an introductory phrase ("after
                # carrying Utah, Gov. Ray Colter (R-UT), said")
                return inner
            if head is not None:
                return head
        return None
    if (
        toks[k].low in _STANDING_QUANTIFIERS
        and toks[k].tag in ("JJ", "JJS", "DT", "RB", "NNS", "NN")
        and (k == lo or toks[k - 1].text in (",", ";") or toks[k - 1].tag == "CC")
    ):
        return NP(k, k + 1)  # "…, and many were calling it", "several called it"
    np = np_before(toks, k)
    if np is not None and np.i < lo:
        np = NP(lo, np.j)
    owner = _whose_owner(toks, np, lo) if np is not None else None
    if owner is not None:
        return owner  # "the city's staff, whose report recommended": the staff
    if np is not None and np.i > lo:
        document = _document_before_clause(toks, np, lo)
        if document is not None:
            return document  # "The memo his lawyers sent the judge argued": the memo
        outer = _modified_subject(toks, np, lo)
        if outer is not None:
            return outer
        name = _name_before_description(toks, np, lo)
        if name is not None:
            return name
    return np


def _document_before_clause(toks: list[Tok], np: NP, lo: int) -> NP | None:
    """*The memo his lawyers sent the judge argued*, *The letter Ken Lowe sent to parents
    says*: ``np`` (*the judge*, *parents*) is the object of a clause without *that* whose
    verb issues a document (:data:`ISSUING`) named right before the clause's subject; that
    document, not the one it went to, is the cue's subject."""
    j = np.i - 1
    if j > lo and toks[j].low in ("to", "for"):
        j -= 1
    if j - 1 <= lo or toks[j].low not in ISSUING:
        return None
    issuer = np_before(toks, j - 1)
    if issuer is None:
        return None
    named = next(
        (
            m
            for m in range(issuer.i, issuer.j - 1)
            if toks[m].low in _DOCUMENTS and toks[m].tag == "NN" and toks[m + 1].is_proper
        ),
        None,
    )
    if named is not None and issuer.i >= lo:
        return NP(issuer.i, named + 1)  # "The letter Ken Lowe sent …": one phrase read as two
    if issuer.i - 1 <= lo:
        return None
    noun = toks[issuer.i - 1]
    if noun.low not in _DOCUMENTS or noun.tag not in ("NN", "NNS", "VBG", "JJ"):
        return None
    document = np_before(toks, issuer.i - 1)
    return document if document is not None and document.i >= lo else None


#: Works that report findings (*whose study found*), beside the documents.
_STUDIES = frozenset("study studies survey audit analysis review research plan proposal".split())


def _whose_owner(toks: list[Tok], np: NP, lo: int) -> NP | None:
    """The antecedent of a *whose* right before ``np`` (*the city's staff, whose report
    recommended …*): what is said in that report is the staff's. ``None`` otherwise."""
    w = np.i - 1
    if w - 2 < lo or toks[w].low != "whose" or toks[w - 1].text != ",":
        return None
    if toks[np.j - 1].low not in _DOCUMENTS | _STUDIES:
        return None  # ("Tom Hale, whose lawyer said …": the lawyer's words)
    owner = np_before(toks, w - 2)
    return owner if owner is not None and owner.i >= lo else None


#: Messages one issues (*thanked the crews in a statement that said*): the noun before
#: *in* is no bearer of them, unlike *a man in a shirt that read*.
_ISSUED_CARRIERS = frozenset("statement letter email e-mail memo tweet post release".split())
#: Things that carry a message: what a *that* clause with a cue says is its sender's
#: (*a post by Ann Lee that read*) or its bearer's (*a man in a shirt that read*).
CARRIERS = (
    SPEECH_NOUNS
    | word_list("documents")
    | frozenset(
        """ad ads banners commercial e-mail emails mailer placards posters release shirt shirts
t-shirt t-shirts hat hats cap caps jacket button buttons sticker stickers signs video videos
column editorial editorials op-ed blog""".split()
    )
)


def relative_sender(toks: list[Tok], k: int, lo: int = 0) -> NP | None:
    """Who speaks through a message that a relative clause quotes, ``toks[k]`` being its
    *that* or *which*: the sender *by* or *from* whom the message is (*a post by Ann Lee
    that read*, *a memo from its lawyer that warns*), or the one *in* or *with* it (*a man
    in a shirt that read*, *a woman with a sign that said*). ``None`` when the noun before
    the relative is no message of someone's named there (*the plan that said*): the cue's
    clause decides then.

    >>> from nbutils.attribution.frame import Tok
    >>> words = "a/DT memo/NN from/IN its/PRP$ lawyer/NN that/WDT warns/VBZ".split()
    >>> t = [Tok(w.split("/")[0], n, n + 1, w.split("/")[1]) for n, w in enumerate(words)]
    >>> relative_sender(t, 5)
    NP(i=3, j=5)
    """
    if k - 1 < lo or not toks[k - 1].tag.startswith("NN"):
        return None
    np = np_before(toks, k - 1)
    if np is None or np.i < lo:
        return None
    # "a memo from its lawyer (on) Tuesday that warns": the time phrase is no part of it
    np = next(
        (
            NP(np.i, m)
            for m in range(np.i + 1, np.j)
            if _time_after_np(toks, m)
            or toks[m].low in ("on", "in", "at")
            and m + 1 < np.j
            and toks[m + 1].low in _TIME_WORDS
        ),
        np,
    )
    for p in range(np.j - 2, max(np.i, lo + 1) - 1, -1):
        low = toks[p].low
        if low in ("by", "from") and toks[p - 1].low in CARRIERS:
            return NP(p + 1, np.j)
        carrier = toks[np.j - 1].low in CARRIERS
        if (
            low == "in"
            and toks[np.j - 1].low in _ISSUED_CARRIERS
            and toks[p - 1].tag in ("NN", "NNS")
            and p + 1 < np.j
            and toks[p + 1].low in ("a", "an")
        ):
            # "Lee thanked the crews in a statement that said": a statement is issued, not
            # worn; the one who issued it is the subject of the verb it goes with
            subject = clause_subject(toks, lo, np.i)
            return subject if subject is not None and subject.j <= np.i - 1 else None
        if low in ("in", "with") and carrier and toks[p - 1].tag in ("NN", "NNS", "NNP", "NNPS"):
            return NP(np.i, p)
    p = np.i - 1
    if p - 1 >= lo and toks[p].low in ("by", "from") and toks[p - 1].low in CARRIERS:
        return np
    return None


#: Verbs after which an *it* subject is a dummy (*it is prohibited to*, *it seems unfair to*).
_DUMMY_VERBS = Closed.BE | frozenset(
    "seems seemed appears appeared remains remained has had".split()
)
#: Participles of *be* and its kin after *has*: *it has become clear*, *it's been hard*.
_COPULAR_PARTICIPLES = frozenset("been become grown proven proved gotten".split())


def expletive_it(toks: list[Tok], np: NP) -> bool:
    """Is ``np`` a dummy *it* — the subject of *be* or *seem* and an adjective or a
    participle (*It seems unfair to tell them*, *it's prohibited when voting*) — that
    stands for no one? Not *it said* nor *it is a report that*.

    >>> from nbutils.attribution.frame import Tok
    >>> words = "It/PRP seems/VBZ unfair/JJ to/TO".split()
    >>> t = [Tok(w.split("/")[0], n, n + 1, w.split("/")[1]) for n, w in enumerate(words)]
    >>> expletive_it(t, NP(0, 1)), expletive_it(t[:1] + [Tok("said", 1, 2, "VBD")], NP(0, 1))
    (True, False)
    >>> words = "it/PRP ’s/VBZ become/VBN a/DT fixture/NN".split()
    >>> t = [Tok(w.split("/")[0], n, n + 1, w.split("/")[1]) for n, w in enumerate(words)]
    >>> expletive_it(t, NP(0, 1))
    False
    """
    if np.j - np.i != 1 or toks[np.i].low != "it":
        return False
    m = np.j
    if m < len(toks) and toks[m].low in _DUMMY_VERBS:
        m += 1
        if m < len(toks) and toks[m].low in _COPULAR_PARTICIPLES:
            m += 1  # "it's been hard to", "it has become clear that"
        while m < len(toks) and toks[m].tag in ("RB", "RBR"):
            m += 1
        # (not "it's become such a fixture that": "it" is something)
        return m < len(toks) and toks[m].tag in ("JJ", "JJR", "VBN") and toks[m].low != "such"
    return False


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
    while (
        m > lo
        and np.i - m < 14
        and toks[m].quote < 0
        and toks[m].text not in (",", ".", ";", ":", "``", "''", "(", ")")
    ):
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


_CHUNK_STOP = frozenset({".", "!", "?", ";", ":", "``", "''", '"', "“", "”", "-", "--", "—", "–"})


_INTRO_WORDS = frozenset(
    """after before while when during since although though as if once
until because despite in on at by for with from to however meanwhile also still now then
monday tuesday wednesday thursday friday saturday sunday yesterday today earlier later
alongside amid amidst among following beyond unlike like
""".split()
)


def _initial(toks: list[Tok], m: int, lo: int) -> bool:
    """Is ``toks[m]`` the full stop of an initial or a title inside a name (*Gordon P.
    Halvey*, *Mr. Frum*)?"""
    if toks[m].text != "." or m - 1 < lo:
        return False
    before = toks[m - 1].text
    return (
        before in _TITLE_ABBREVIATIONS
        or len(before) == 1
        and before.isupper()
        and m - 2 >= lo
        and toks[m - 2].tag == "NNP"
    )


#: Abbreviations whose full stop stays inside a name: the titles the sentence splitter
#: knows (:data:`nbutils.tokenise.TITLE_ABBREVIATIONS`), and Jr./Sr.
_TITLE_ABBREVIATIONS = frozenset(abbreviations("title", "suffix"))


#: Adverbs of place or direction that open a sentence (*Farther north, …*, *Nearby, …*).
_PLACE_OPENERS = frozenset(
    """farther further elsewhere nearby closer upstream downstream upriver downriver inland
offshore overseas abroad""".split()
)


def _after_place_preposition(toks: list[Tok], chunk: tuple[int, int]) -> bool:
    """Does ``chunk`` end on a proper name after *in*, *at*, *near* or *outside* (*the
    office in Troy*), so a state set off after it is the name's state?"""
    a, p = chunk[0], chunk[1] - 1
    while p > a and toks[p].tag in ("NNP", "NNPS"):
        p -= 1
    return p < chunk[1] - 1 and toks[p].low in ("in", "at", "near", "outside")


#: Conjunctions that open a new clause after a comma (*…, but a spokeswoman, Ann Lee,
#: said*; *…, a day after the mayor, Ed Parr, told*).
_CLAUSE_LINKERS = frozenset(
    "but and yet after before when while as because since although though until whereas".split()
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _after_joined_clause(toks: list[Tok], chunks: list[tuple[int, int]], kinds: list[str]) -> int:
    """The first chunk that may hold the cue's subject: after a main clause (a chunk with a
    finite verb outside a relative clause, *The party has not spent money*) when the next
    chunk opens a new clause with a conjunction (after at most a short time phrase, *a day
    after*) followed by a noun phrase; that chunk is then a noun phrase (its kind is set
    so). ``0`` otherwise."""
    for n in range(len(chunks) - 1):
        a, b = chunks[n]
        finite = False
        for t in toks[a:b]:
            if t.low in ("who", "which", "that", "whose", "whom"):
                break
            if t.tag in _FINITE_TAGS:
                finite = True
                break
        if not finite or kinds[n] == "relative":
            continue
        if toks[b - 1].low in ("and", "but", "or", "nor", "yet", "then"):
            continue  # "Tom Hale arrived at noon and, after a pause, urged": one subject
        a2, b2 = chunks[n + 1]
        j = a2
        while j < b2 and j - a2 < 3 and toks[j].tag in ("DT", "CD", "NN", "NNS", "JJ"):
            j += 1
        if (
            j + 1 < b2
            and toks[j].low in _CLAUSE_LINKERS
            # (also "and one of them, who …, said": a member of a group)
            and toks[j + 1].tag in ("DT", "NNP", "PRP$", "JJ", "NN", "NNS", "CD")
            and not any(t.tag in _FINITE_TAGS for t in toks[j + 1 : b2])
        ):
            chunks[n + 1] = (j + 1, b2)
            kinds[n + 1] = "np"
            return n + 1
    return 0


def _comma_subject(toks: list[Tok], k: int, lo: int) -> NP | None:
    """The subject of a cue preceded by comma-separated chunks (``toks[k]`` is the comma).

    The leftmost chunk that is a noun phrase (not an opening phrase such as
    *during a town hall in Columbus* or *Tuesday at …*, not a relative clause,
    not the state after a city) is the subject; when it is a description and
    the next chunk is a name, the name:

    * *Howard Pell, president of the teachers' union, said* -> Howard Pell
    * *the White House spokesman, Evan Marsh, said* -> Evan Marsh
    * *Clinton, during a forum in Toledo, Ohio, said* -> Clinton
    * *As Gordon Halvey, a scholar of the region, noted* -> Gordon Halvey
    """
    chunks: list[tuple[int, int]] = []
    end, m = k, k - 1
    while m >= lo and len(chunks) < 6:
        while (
            m >= lo
            and toks[m].text != ","
            and (toks[m].text not in _CHUNK_STOP or _initial(toks, m, lo))
            and toks[m].quote < 0
        ):
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
        if n == 0 and low in _PLACE_OPENERS and len(chunks) > 1:
            return "intro"  # "Farther north, the river office …, said": where, not who
        if (
            low in _INTRO_WORDS
            or first.tag in ("IN", "TO", "RB", "WRB", "VBG", "VBN", "CC")
            and not first.text[:1].isupper()
            or first.tag in ("IN", "WRB", "CC", "VBG", "VBN")
        ):
            return "intro"
        if (
            n > 0
            and b - a <= 2
            and all(t.tag == "NNP" or t.text == "." for t in toks[a:b])
            and toks[a].text.rstrip(".") not in _TITLE_ABBREVIATIONS
            and toks[chunks[n - 1][1] - 1].tag == "NNP"
            # (not after a day or a month: "On Tuesday, Kevin Brady, chairman of …, said")
            and toks[chunks[n - 1][1] - 1].low not in _TIME_WORDS | _MONTHS
            and (
                kind(n - 1) in ("intro", "place")
                or n == 1
                and b - a == 1
                # "the water office in Troy, Ohio, said": the state after the
                # object of a preposition of place that ends the chunk before
                or _after_place_preposition(toks, chunks[n - 1])
                and not (b - a == 2 and toks[a].text in all_first_names())
            )
            # (not a first name and a surname before an age: "In Dayton, Mona Pratt, 66,")
            and not (
                b - a == 2
                and toks[a].text in all_first_names()
                and n + 1 < len(chunks)
                and all(t.tag == "CD" for t in toks[chunks[n + 1][0] : chunks[n + 1][1]])
            )
        ):
            return "place"  # "in Columbus, Ohio", "Cambridge, Mass."
        if all(t.tag == "CD" for t in toks[a:b]):
            return "age"
        if (
            n == 1
            and low in ("a", "an")
            and len(chunks) > 2
            and toks[chunks[0][0]].tag == "IN"
            and kind(0) == "intro"
            and toks[chunks[2][0]].text[:1].isupper()
            and not any(t.tag in ("VBD", "VBZ", "VBP") for t in toks[a:b])
        ):
            # "In the spin room, a crowded gym next door, Lee's manager, Ann Ruiz, said": the
            # place described, not the speaker
            return "intro"
        return "np"

    kinds = [kind(n) for n in range(len(chunks))]
    wh = _wh_subject(toks, chunks, kinds)
    if wh is not None:
        return wh
    a, b = chunks[0]
    f = a + 1  # the first name, after any title ("As Senator Ingrid Paulsen, a …, put it")
    while f < b - 1 and (toks[f].low.rstrip(".") in TITLE_WORDS or toks[f].text == "."):
        f += 1
    if (
        toks[a].text.lower() == "as"
        and b - a > 2
        and kinds[1] == "np"
        and (
            toks[f].text in all_first_names()
            # a first name no list knows ("As Priya Raman, a lawyer, put it"), not a title
            or b - f >= 2
            and toks[f].low not in TITLE_WORDS
            and toks[f].text.isalpha()
        )
        and all(t.tag in ("NNP", "NNPS") or t.text == "." for t in toks[a + 1 : b])
        and (toks[chunks[1][0]].tag == "DT" or toks[chunks[1][0]].text[:1].islower())
    ):
        return NP(a + 1, b)  # As Gordon P. Halvey, a scholar of the region, noted, "…"
    start = _after_joined_clause(toks, chunks, kinds)
    n = next((n for n, x in enumerate(kinds) if x == "np" and n >= start), None)
    if n is None:
        return None
    a, b = chunks[n]
    np = np_before(toks, b - 1)
    if np is None or np.i < a:
        return _name_after_clause_chunk(toks, chunks, kinds, n)
    if np.i > a:  # "A pollster who worked for the losing campaigns, and who …, said"
        outer = _modified_subject(toks, np, a)
        if outer is not None:
            np = outer
    if (
        (
            toks[b - 1].tag in ("NN", "NNS")
            or _described(toks, np)
            or _head_before_phrase(toks, a, b)
        )
        and n + 1 < len(chunks)
        and kinds[n + 1] == "np"
    ):
        a2, b2 = chunks[n + 1]
        # "Her rival, retired surgeon Carl Vance, said": a lower-case description before
        # the name in apposition (up to three words, a common noun last) is no part of it
        d = a2
        while (
            d < b2 and d - a2 < 3 and toks[d].text[:1].islower() and toks[d].tag in _PRE_NAME_TAGS
        ):
            d += 1
        if (
            d > a2
            and b2 - d >= 2
            and toks[d].tag == "NNP"
            and (
                toks[d - 1].tag in ("NN", "NNS")
                or toks[d - 1].low in PERSON_NOUNS
                or _person_noun(toks[d - 1].low)
            )
        ):
            a2 = d
        if (
            all(
                t.tag in ("NNP", "NNPS")
                or t.text in (".", "(", ")", "-")
                or toks[a2].tag == "NNP"
                and t.tag == "NNP"
                for t in toks[a2:b2]
            )
            and toks[a2].tag == "NNP"
        ):
            name = np_before(toks, b2 - 1)
            if name is not None and name.i < a2 < b2 - 1:
                name = NP(a2, name.j)  # ("surgeon Carl Vance": the name only)
            if name is not None and name.i >= a2:
                return name
    return np


def _name_after_clause_chunk(
    toks: list[Tok], chunks: list[tuple[int, int]], kinds: list[str], n: int
) -> NP | None:
    """*One of the neighbours she had canvassed, Ida Voss, 70, of Elgin, who …, said*: a
    description that ends on a clause of its own (no noun phrase ends it) set off before a
    name in apposition; the subject is that name (two to four capitalised words), when only
    an age, a place phrase or a who-clause come after it."""
    if n + 1 >= len(chunks) or kinds[n + 1] != "np":
        return None
    a, b = chunks[n]
    a2, b2 = chunks[n + 1]
    described = toks[a].tag in ("DT", "CD", "PRP$") or any(
        t.tag in ("NN", "NNS") for t in toks[a:b]
    )
    if not described or not 2 <= b2 - a2 <= 4:
        return None
    if not all(t.tag in ("NNP", "NNPS") and t.text[:1].isupper() for t in toks[a2:b2]):
        return None
    if toks[a2].low.rstrip(".") in TITLE_WORDS and b2 - a2 == 2:
        return None
    if any(k not in ("age", "intro", "place", "relative") for k in kinds[n + 2 :]):
        return None
    return NP(a2, b2)


#: Tags of the lower-case words that may describe a name set off in apposition (*retired
#: surgeon*, *longtime aide*).
_PRE_NAME_TAGS = frozenset({"JJ", "NN", "VBD", "VBN", "VBG"})


def _head_before_phrase(toks: list[Tok], a: int, b: int) -> bool:
    """Is the chunk ``toks[a:b]`` a description whose head, a common noun or a title word,
    comes before a phrase that ends on a name (*Labour's spokesman on Brexit*, *the
    party's director for Europe*)?"""
    p = next((m for m in range(a + 1, b - 1) if toks[m].low in PREP_IN_NP), None)
    return (
        p is not None
        and toks[b - 1].tag in ("NNP", "NNPS")
        and (
            toks[p - 1].tag in ("NN", "NNS")
            and toks[p - 1].text[:1].islower()
            or toks[p - 1].low in TITLE_WORDS
        )
    )


def _person_noun(word: str) -> bool:
    """Is ``word`` a noun WordNet calls a kind of person (*neurosurgeon* tagged as an
    adjective)?"""
    return word.isalpha() and wordnet_person(word)


_WH_OPENERS = frozenset({"what", "which", "when", "that", "whom", "where", "while"})


def _wh_subject(toks: list[Tok], chunks: list[tuple[int, int]], kinds: list[str]) -> NP | None:
    """The subject of a cue inside a subordinate clause that comma chunks interrupt:
    *in what Nora Whitcombe, finance chair for the campaign, called*, *claims
    that Dale Hartigan, for one, called*, *when Mr. Hartigan, who had lost, called*."""
    for n in range(len(chunks) - 2, -1, -1):
        if any(
            kinds[m] == "np"
            and any(t.tag in ("VBD", "VBZ", "VBP") for t in toks[chunks[m][0] : chunks[m][1]])
            for m in range(n + 1, len(chunks))
        ):
            return None
        a, b = chunks[n]
        p = next(
            (
                m
                for m in range(b - 2, a - 1, -1)
                if toks[m].text.lower() in _WH_OPENERS and toks[m].tag in ("WP", "WDT", "WRB", "IN")
            ),
            None,
        )
        if p is None or toks[p + 1].tag not in ("NNP", "NNPS"):
            continue
        np = np_before(toks, b - 1)
        if (
            np is None
            or np.i <= p
            or not all(t.tag in ("NNP", "NNPS") or t.text == "." for t in toks[p + 1 : b])
        ):
            return None
        return NP(p + 1, b)
    return None


def _dash_asides(toks: list[Tok], lo: int, hi: int) -> frozenset[int]:
    """The tokens of ``toks[lo:hi]`` inside paired dashes: an aside whose verb is not the
    clause's (*Tom Hale -- as his rival noted -- promoted the plan*).

    >>> words = "Hale/NNP --/: as/IN Lee/NNP noted/VBD --/: left/VBD".split()
    >>> t = [Tok(w.split("/")[0], n, n + 1, w.split("/")[1]) for n, w in enumerate(words)]
    >>> sorted(_dash_asides(t, 0, len(t)))
    [1, 2, 3, 4, 5]
    """
    dashes = [
        m
        for m in range(lo, hi)
        if toks[m].text in DASHES
        and toks[m].quote < 0
        and not (m > lo and toks[m - 1].text in DASHES)  # ("--" as two tokens: one dash)
    ]
    inside: set[int] = set()
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        inside.update(range(a, b + 1))
    return frozenset(inside)


def clause_subject(toks: list[Tok], lo: int, hi: int) -> NP | None:
    """The subject of the main clause of ``toks[lo:hi]`` (what a participle cue such as
    *…, saying* or *…, adding* after it belongs to).

    * *…, Haddad said, adding*: the subject of the reporting verb just before;
    * otherwise the subject of the first finite verb outside opening phrases (*A day
      later, Trump repaid the favour*; *At a diner in Keene, New Hampshire, on Friday, Mrs.
      Clinton tried*).
    """
    if hi - lo < 2:
        return None
    k = hi - 1 if toks[hi - 1].text == "," else hi
    v = trailing_adverbials(toks, lo, k) - 1  # "…, Voss said on Monday, adding"
    if v >= lo and toks[v].tag in ("VBD", "VBZ") and cue_at([toks[v].text], 0):
        np = subject_before(toks, v, lo)
        if np is not None:
            return np
    last = max((m for m in range(lo, k) if toks[m].text == ","), default=lo - 1) + 1
    aside = _dash_asides(toks, lo, k)
    sub = None
    if k < hi or hi < len(toks) and toks[hi].text == ",":
        # (only before a comma: "…, when X did Y, shouting"; not "as the count ended stating")
        sub = next(
            (
                m
                for m in range(last, k)
                if toks[m].text.lower() in ("when", "as", "while", "until", "after", "before")
                and toks[m].tag in ("WRB", "IN")
                and m not in aside
            ),
            None,
        )
    if sub is not None:
        # "…, when student protesters interrupted her talk, shouting": the participle
        # continues the subordinate clause it follows
        verb = next((m for m in range(sub + 2, k) if toks[m].tag in ("VBD", "VBZ", "VBP")), None)
        if verb is None and sub + 3 < k and toks[sub + 1].tag == "DT":
            # "as a janitor walks past her": a present verb the tagger read as a noun, after
            # the subordinate clause's singular noun and before a preposition or object
            verb = next(
                (
                    m
                    for m in range(sub + 3, min(k - 1, sub + 6))
                    if toks[m].tag in ("NN", "NNS")
                    and toks[m].low.endswith("s")
                    and not toks[m].low.endswith("ss")
                    and toks[m - 1].tag == "NN"
                    and toks[m + 1].tag in ("IN", "RB", "DT", "PRP", "PRP$")
                ),
                None,
            )
        np = np_before(toks, verb - 1) if verb is not None else None
        if np is not None and np.i > sub + 1 and toks[np.i - 1].tag == "IN":
            head = np_after(toks, sub + 1)  # "the fans around them drowned her out"
            if head is not None and head.j == np.i - 1:
                np = NP(sub + 1, np.j)
        if (
            np is not None
            and np.i == sub + 1
            and any(t.tag in ("NN", "NNS", "NNP", "NNPS") for t in toks[np.i : np.j])
            and (
                toks[sub].low in ("when", "as", "while")
                # "until the fans drowned her out, chanting": a group or a person only
                or any(t.tag in ("NNS", "NNPS") or t.low in PERSON_NOUNS for t in toks[np.i : np.j])
            )
        ):
            return np
    start = after_dateline(toks, lo, hi)
    while start < hi:
        end = next((m for m in range(start, hi) if toks[m].text == ","), hi)
        first = toks[start] if start < end else None
        opening = (
            first is None
            or first.tag in ("IN", "RB", "WRB", "VBG", "VBN", "CC", "TO")
            or first.text.lower() in _INTRO_WORDS
        )
        if (
            first is not None
            and first.low in ("whose", "who", "which")
            and start > lo
            and toks[start - 1].text == ","
            and end < hi
        ):
            start = end + 1  # "Ann Lee, whose last album sold well, took …": a relative aside
            continue
        relative = next(
            (m for m in range(start, end) if toks[m].tag in ("WRB", "WDT", "WP") and m > start), end
        )  # "- where the Panthers played -"
        aside = _dash_asides(toks, start, end)
        verb = next(
            (
                m
                for m in range(start, relative)
                if toks[m].tag in FINITE and toks[m].quote < 0 and m not in aside
            ),
            None,
        )
        if verb is None and not opening:  # "Small bands of marchers continued" (as VBN)
            verb = next(
                (
                    m
                    for m in range(start + 1, relative)
                    if toks[m].tag == "VBN" and toks[m - 1].tag in ("NN", "NNS", "NNP", "NNPS")
                ),
                None,
            )
        if verb is not None and not (opening and first is not None and end < hi):
            np = subject_before(toks, verb, start)
            if np is not None and np.i >= start:
                return np
            return None
        start = end + 1
    return None


_TIME_AFTER = frozenset({"later", "earlier", "ago", "afterward", "afterwards", "before"})


def after_dateline(toks: list[Tok], lo: int, hi: int) -> int:
    """Skip a dateline opening the clause: *LONDON, May 3 (UPI) — Asked about it …*."""
    if lo < hi and toks[lo].text.isupper() and len(toks[lo].text) > 1:
        dash = next((m for m in range(lo, min(hi, lo + 12)) if toks[m].text in DASHES), None)
        if dash is not None:
            return dash + 1
    return lo


#: Prepositions that open a short phrase inside a description before the name it sets off
#: (*the top Democrat on the panel, Sen. Ann Lee,*).
_DESCRIPTION_PREPS = frozenset("in on of at for from with".split())


def _name_after_described_pp(toks: list[Tok], k: int, j: int, hi: int) -> NP | None:
    """The name set off after a description that a short prepositional phrase of common
    words ends (*Her closest rival in the state, Sen. Ann Lee of Utah, told …*; *Lee's
    deputy at the agency, Tom Hale,*): the name. Not a place that goes on (*a man in
    Dayton, Ohio,*: a proper noun in the phrase), and only after a determiner or a
    possessive (a description, not a name)."""
    if not (j + 3 < hi and toks[j].low in _DESCRIPTION_PREPS):
        return None
    if not (
        toks[k].low in ("the", "a", "an")
        or toks[k].tag == "PRP$"
        or any(t.tag == "POS" for t in toks[k + 1 : j])
    ):
        return None
    e = j + 1
    while e < min(hi, j + 6) and toks[e].text != ",":
        if toks[e].tag not in ("DT", "PRP$", "JJ", "NN", "NNS") or toks[e].text[:1].isupper():
            return None
        e += 1
    if e >= hi or toks[e].text != "," or toks[e - 1].tag not in ("NN", "NNS"):
        return None
    named = appositive_name(toks, NP(k, e))
    return named if named.i > e and named.j < hi else None


def sentence_subject(toks: list[Tok], lo: int, hi: int) -> NP | None:
    """The subject of the clause starting at token lo (after an introductory phrase)."""
    k = after_dateline(toks, lo, hi)
    for _ in range(3):  # "On Monday, even as prices were falling, Mr. Dorsey wrote"
        while k < hi and toks[k].text in ("``", "''", "(", "—", "–", "-", ","):
            k += 1
        comma = next((m for m in range(k, min(hi, k + 5)) if toks[m].text == ","), None)
        if comma is not None and comma > k and toks[comma - 1].text.lower() in _TIME_AFTER:
            k = comma + 1  # "Minutes later, she sent …", "Two days ago, …"
            continue
        if k < hi and toks[k].tag == "CC" and k + 1 < hi and toks[k + 1].text != ",":
            k += 1  # "But Sen. Pat Toomey refused …"
            continue
        if k < hi and (
            toks[k].tag in ("IN", "RB", "VBG", "VBN", "TO", "WRB", "CC", "JJ")
            and not toks[k].text[:1].isupper()
            or toks[k].tag in ("IN", "RB", "VBG", "TO", "WRB", "CC")
        ):
            comma = next((m for m in range(k, min(hi, k + 25)) if toks[m].text == ","), None)
            if comma is not None:
                k = comma + 1
                continue
        break
    if k >= hi:
        return None
    if (toks[k].tag == "PRP" or toks[k].text.lower() in PRONOUNS) and not (
        toks[k].tag == "PRP$" and k + 1 < hi and toks[k + 1].tag in NP_TAGS
    ):  # (not "Her rival": a possessive opens a noun phrase)
        return NP(k, k + 1)
    j = k
    while (
        j < hi
        and toks[j].quote < 0
        and (
            toks[j].tag in NP_TAGS
            or toks[j].text == "."
            # "The leading candidate", "the embattled mayor": a participle used as an adjective
            # between a determiner and a noun
            or toks[j].tag in ("VBG", "VBN")
            and j > k
            and toks[j - 1].tag in ("DT", "PRP$", "JJ", "RB")
            and j + 1 < hi
            and toks[j + 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ")
        )
    ):
        j += 1
    if j == k:
        return None
    if (
        j + 1 < hi
        and toks[j].low == "of"
        and toks[j - 1].low in TITLE_WORDS
        and toks[j - 1].text[:1].isupper()
        and toks[j + 1].text[:1].isupper()
    ):
        # "The Secretary of Housing and Urban Development": the office's capitalised name
        j += 1
        while j < hi and toks[j].tag in NP_TAGS and toks[j].text[:1].isupper():
            j += 1
    if (
        j + 1 < hi
        and toks[j].low == "and"
        and toks[j - 1].text[:1].isupper()
        and not any(x.text in all_first_names() for x in toks[k:j])  # ("John Bolton and …")
    ):
        # one office: "The Health and Social Care Secretary" (not "Clinton and Trump")
        end = j + 1
        while end < hi and toks[end].tag in NP_TAGS and toks[end].text[:1].isupper():
            end += 1
        if end > j + 1 and (toks[end - 1].low in TITLE_WORDS or toks[end - 1].low in _OFFICE_ENDS):
            j = end
    if (
        (toks[k].low in ("the", "a", "an") or toks[k].tag == "PRP$")
        and j + 2 < hi
        and toks[j].text == ","
    ):
        # "The Health Secretary, Anil Deshpande, was asked …": the name set off after the
        # description is the subject
        named = appositive_name(toks, NP(k, j))
        if named.i > j and named.j < hi:
            return named
    named = _name_after_described_pp(toks, k, j, hi)
    if named is not None:
        return named
    # "Andriy, another Ukrainian citizen, condemned": the head is before the appositive
    np = NP(k, j)
    if not any(x.tag.startswith("NN") for x in toks[k:j]):
        return None
    return np


def np_after_quote(toks: list[Tok], i: int) -> bool:
    """Is ``toks[i]`` preceded by a quote (and its comma) and then only a noun phrase?"""
    m = i - 1
    while (
        m >= 0
        and i - m <= 8
        and toks[m].quote < 0
        and (
            toks[m].tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "HYPH")
            or toks[m].text in ("in", "of", "-")
        )
    ):
        m -= 1
    if m == i - 1 or m < 0 or toks[m + 1].tag not in ("DT", "PRP$", "NNP", "NNPS"):
        return False
    return toks[m].quote >= 0 or toks[m].text == "," and m > 0 and toks[m - 1].quote >= 0


def _title_case_cue(text: str, toks: list[Tok], i: int, form: str) -> bool:
    """Is the capitalised ``toks[i]`` a finite reporting verb after a name in a Title-Cased
    line (*"We Will Not Back Down," Jane Roe Says*; *… Jane Roe Told Supporters*)?"""
    from nbutils.speakers.names import title_cased_line

    return (
        form in ("past", "present")
        and toks[i - 1].is_proper
        and toks[i - 1].text[:1].isupper()
        and (toks[i].low.endswith(("s", "ed")) or toks[i].low in ("said", "told"))
        and title_cased_line(text, toks[i].start)
    )


def _subject_then_quote(toks: list[Tok], k: int) -> bool:
    """Do one to three capitalised words at ``k`` (a headline's subject) lead to a quote?"""
    m = k
    while (
        m < len(toks)
        and m - k < 3
        and toks[m].quote < 0
        and toks[m].text[:1].isupper()
        and toks[m].tag in ("NNP", "NNPS", "NNS", "NN")  # (not "Announced Its 'Person …'")
    ):
        m += 1
    return k < m < len(toks) and toks[m].quote >= 0


def _phrasal_before_that(toks: list[Tok], i: int, n: int, form: str, ambiguous: bool) -> bool:
    """Is the cue ``toks[i:i + n]`` a phrasal verb of speaking in the past (*shot back*,
    *fired back*), right after a noun or pronoun and right before *that*: a verb however
    the tagger read its first word?"""
    return (
        n > 1
        and form == "past"
        and not ambiguous
        and i > 0
        and toks[i - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP")
        and i + n < len(toks)
        and toks[i + n].low == "that"
    )


#: Determiners before a participle used as an adjective (*a written statement*).
_ATTRIBUTIVE_DETERMINERS = frozenset("a an the his her its their our my your".split())


def _attributive_participle(toks: list[Tok], i: int, n: int, form: str) -> bool:
    """Is the cue form at token ``i`` a past participle used as an adjective, between a
    determiner and the noun it modifies (*in a written statement*, *the stated aim*)? It
    reports nothing: the cue is the verb the phrase hangs on."""
    return (
        form in ("past", "participle")
        and n == 1
        and i > 0
        and toks[i - 1].low in _ATTRIBUTIVE_DETERMINERS
        and i + 1 < len(toks)
        and toks[i + 1].quote < 0
        and toks[i + 1].tag in ("NN", "NNS")
    )


def cues_in(text: str, toks: list[Tok]) -> list[tuple[int, int, CueMatch]]:
    """Cues among the frame's word tokens: (first token, last token + 1, match)."""
    out = []
    words = [t.text for t in toks]
    first_words = cue_first_words()  # (what cue_at looks a word up by: skip the others)
    for i, (head, low) in enumerate(zip(toks, map(str.lower, words), strict=True)):
        if low not in first_words or head.quote >= 0:
            continue
        hit = cue_at(words, i)
        if hit is None:
            continue
        n, lemma, category, form, ambiguous = hit
        if n > 1 and any(t.quote >= 0 for t in toks[i + 1 : i + n]):
            continue
        if (
            head.text[:1].isupper()
            and i > 0
            and toks[i - 1].text not in ('"', "``", ",", ":", "—", "–", "(")
            and toks[i - 1].quote < 0
            and not _title_case_cue(text, toks, i, form)
        ):
            continue  # "the Post", not "post"
        c = CueMatch(
            head.start,
            toks[i + n - 1].end,
            text[head.start : toks[i + n - 1].end],
            lemma,
            category,
            form,
            ambiguous,
        )
        if lemma == "according to":
            out.append((i, i + n, c))
            continue
        if (
            lemma in _LINKING_CUES
            and i + n < len(toks)
            and toks[i + n].quote < 0
            and not (i > 0 and toks[i - 1].quote >= 0 and form in ("past", "present"))
            and not object_then_colon(
                toks,
                i + n,
                next(
                    (m + 1 for m in range(i + n, min(len(toks), i + n + 8)) if toks[m].text == ":"),
                    i + n,
                ),
            )
            and (
                toks[i + n].tag in ("TO", "NN", "NNS", "DT", "JJ", "PRP$", "CD", "VBG")
                or toks[i + n].text.lower() in ("to", "in", "on", "with", "at", "for")
            )
        ):
            continue  # "will continue to be", "goes on recess", "added to the list"
        if _says_no_word(toks, i, i + n):
            continue  # "before anyone on her staff said a word": no words reported
        if _attributive_participle(toks, i, n, form):
            continue  # "said in a written statement": an adjective, not the cue
        if form == "past" and _participle_in_opening_phrase(toks, i):
            continue  # "In a statement posted online Friday, the group went further:"
        if lemma in _ANSWERING and _answers_incident(toks, i + n):
            continue  # "deputies were answering a call about a break-in"
        if lemma == "find" and not (
            i + n < len(toks) and (toks[i + n].low == "that" or toks[i + n].quote >= 0)
        ):
            continue  # "found that …" or "found "…"" reports; "found Trump to be …" does not
        plural_after_quote = False
        if not head.tag.startswith("VB") and (ambiguous or head.tag in ("NN", "NNS", "NNP")):
            # "…," Conway notes.  /  "…," the editorial read.  — a name, pronoun or noun, the
            # form, then the end of the clause;  Said Miriam Talbot, "…" — an inverted cue
            clause_end = i + n >= len(toks) or toks[i + n].text in (",", ".", ";", "!", "?")
            inverted = (
                head.text in INVERTED_OPENERS
                and (i == 0 or toks[i - 1].text in CLAUSE_PUNCT or toks[i - 1].quote >= 0)
                and i + n < len(toks)
                and toks[i + n].tag in ("NNP", "DT", "PRP$", "JJ")
            )
            before_quote = (
                i + n + 1 < len(toks)
                and toks[i + n].text in (",", ":")
                and toks[i + n + 1].quote >= 0
                and (
                    form in ("past", "present")
                    and not ambiguous
                    # "prompted the almanac to state, "…"": an infinitive, then the quote
                    or form == "base"
                    and i > 0
                    and toks[i - 1].low == "to"
                    # "…, tweeting, "…"": a participle set off by commas before the quote
                    or form == "participle"
                    and i > 0
                    and toks[i - 1].text in (",", "—", "–")
                )
            )
            # "…," a Boeing manager tells workers: a verb of telling, tagged as a noun
            before_quote = (
                before_quote
                or lemma in _TELLING
                and form == "present"
                and i > 0
                and toks[i - 1].tag in ("NN", "NNP", "NNPS")
                and i + n < len(toks)
                and toks[i + n].tag in ("NNS", "NNP", "PRP", "DT")
            )
            # '"…," a narrator in the spot states.', '"…," the Saudis state in the paper':
            # a noun phrase right after a quote, then the form
            after_quote = (
                clause_end or i + n < len(toks) and toks[i + n].text in ("in", "on", "at", "to")
            ) and np_after_quote(toks, i)
            # "The senator shot back that …": a phrasal cue in the past, after its subject,
            # opening a that-clause (a tagger reads "shot" as a noun)
            before_quote = before_quote or _phrasal_before_that(toks, i, n, form, ambiguous)
            # Tom Grady Says Deputies "Did …": a headline's verb, then the reported clause's
            # subject and its quoted predicate
            before_quote = before_quote or (
                _title_case_cue(text, toks, i, form) and _subject_then_quote(toks, i + n)
            )
            plural_after_quote = (
                after_quote
                and form == "base"
                and lemma in _PLURAL_PRESENT_CUES
                and (toks[i - 1].tag in ("NNS", "NNPS") or toks[i - 1].text.endswith("s"))
            )
            if (
                not before_quote
                and not after_quote
                and not (
                    i > 0
                    and clause_end
                    and (
                        toks[i - 1].tag in ("NNP", "PRP", "NNPS")
                        and form == "present"
                        or toks[i - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP")
                        and form in ("past", "present")
                        and not ambiguous
                        # "Jane Roe, who runs the shelter, disagreed.": after an aside's comma
                        or toks[i - 1].text == ","
                        and form == "past"
                        and not ambiguous
                        and head.text.endswith("ed")
                    )
                )
                and not inverted
            ):
                continue
        aux = i - 1
        if aux > 0 and toks[aux].tag in ("RB", "RBR") and toks[aux].text.lower() != "not":
            aux -= 1  # "could only quip"
        aux = _before_aside(toks, aux, 0)
        if (
            form == "base"
            and lemma not in ("say", "tell")
            and not (
                aux >= 0
                and toks[aux].text.lower()
                in (
                    "to",
                    "will",
                    "would",
                    "could",
                    "did",
                    "does",
                    "do",
                    "can",
                    "may",
                    "might",
                    "should",
                    "must",
                    "'d",
                    "n't",
                    "not",
                )
                or plural_after_quote
                or aux >= 0
                and head.tag == "VBP"
                and lemma in _PLURAL_PRESENT_CUES
                and (
                    toks[aux].tag in ("NNS", "NNPS")
                    or toks[aux].text.lower() in ("they", "we", "i", "you")
                )
            )
        ):  # "critics argue", "they contend"
            continue
        out.append((i, i + n, c))
    return out


def has_clause(toks: list[Tok], j: int) -> bool:
    """Does a clause or a quote of its own (*North Korea had displayed …*, *that …*,
    *Trump a "liar."*) follow token j, before the sentence ends? Not after a
    preposition (*said of the meeting they held*)."""
    if j < len(toks) and toks[j].tag in ("IN", "RB", "RBR", "TO") and toks[j].text != "that":
        return False
    for t in toks[j:]:
        if t.text in (".", "!", "?", ";"):
            return False
        if t.tag in FINITE or t.text.lower() == "that" or t.quote >= 0:
            return True  # (a quote of its own: 'Sanders called Trump a "liar."')
    return False


def before_sentence_end(quoted: str) -> bool:
    """Does a quotation's text (closing mark removed) end its sentence (``.``, ``!``, ``?``)?

    >>> before_sentence_end('"stop its escapades.'), before_sentence_end('"stop it,')
    (True, False)
    """
    return quoted.endswith((".", "!", "?")) and not quoted.endswith("...")


def object_then_colon(toks: list[Tok], j: int, q: int) -> bool:
    """Between a cue and its quote, only an object and a colon or comma: *told WKRN: "…"*,
    *recalled the two-year pause in hiring: "…"*."""
    if q - j < 2 or toks[q - 1].text not in (":", ",") or q - j > 11:
        return False
    middle = toks[j : q - 1]
    return (
        all(
            t.quote < 0
            and (
                t.tag in NP_TAGS
                or t.tag in ("PRP", "IN")
                and t.text.lower()
                in ("him", "her", "them", "us", "me", "reporters", "on", "of", "to")
            )
            for t in middle
        )
        and middle[0].tag != "IN"
    )


def opens_capital(text: str, tok: Tok) -> bool:
    """Does the quote behind a placeholder start with a capital letter?"""
    if tok.quote < 0:
        return False
    head = text[tok.start : tok.start + 4].lstrip("\"“”'‘’«»„`")
    return head[:1].isupper()


_NP_AREA = NP_TAGS | {",", "CC", "VBG", "HYPH", "NNPS"}


def np_area(toks: list[Tok]) -> bool:
    """Could these tokens all belong to one (coordinated or appositive) noun phrase?"""
    return bool(toks) and all(
        t.quote < 0 and (t.tag in _NP_AREA or t.text in (",", "-")) for t in toks
    )


#: Lower-case nouns that may stand before a name in apposition, whatever their tag
#: ("…, lawyer Ann Lee"); any singular noun may before a full name ("…, actress Nora Vale Quinn").
_NOUNS_BEFORE_NAME = TITLE_WORDS | PERSON_NOUNS


#: Descriptions of a firm or body that an apposition names (*his former employer, Kingfisher
#: Plumbing and Heating*), whose name may hold *and*.
_ORG_APPOSITION_HEADS = frozenset(
    "employer company firm business maker manufacturer retailer chain supplier contractor "
    "owner operator landlord developer charity group organisation organization".split()
)


#: Heads of a description of an organisation whose name, after *the*, is set off after it.
_ORG_DESCRIPTION_HEADS = _ORG_APPOSITION_HEADS | frozenset(
    "union association coalition alliance committee agency council board society institute "
    "foundation federation league network lobby".split()
)


def _org_named_after(toks: list[Tok], np: NP) -> NP | None:
    """An organisation described, then named after *the* and set off by commas (*a group
    representing growers, the Valley Farm Alliance, wrote*; *The union, the Teachers
    Federation, said*): the name (*Valley Farm Alliance* and an *of* phrase after it)."""
    if np.j <= np.i or toks[np.j - 1].low not in _ORG_DESCRIPTION_HEADS:
        return None
    k = np.j
    if k < len(toks) and toks[k].tag in ("VBG", "VBN"):  # "representing growers"
        k = next((m for m in range(k + 1, min(len(toks), k + 6)) if toks[m].text == ","), -1)
    if not (
        0 <= k
        and k + 2 < len(toks)
        and toks[k].text == ","
        and toks[k + 1].low == "the"
        and toks[k + 2].tag in ("NNP", "NNPS")
        and not any(t.is_quote for t in toks[np.j : k])
    ):
        return None
    j = k + 2
    while j < len(toks) and (
        toks[j].tag in ("NNP", "NNPS")
        or toks[j].low in ("of", "for", "and")
        and j + 1 < len(toks)
        and toks[j + 1].tag in ("NNP", "NNPS")
    ):
        j += 1
    return NP(k + 2, j) if j < len(toks) and toks[j].text == "," else None


#: A party's member named by the party's capitalised noun (*the Senate's top Republican*, *a
#: fellow Democrat*): a description of a person, whose name may be set off after it.
_PARTY_MEMBERS = frozenset(
    "republican democrat independent conservative liberal libertarian socialist tory".split()
)
#: Words that, after *the*, stand for one of two people just named (*said the other*).
THE_OTHER = frozenset(("other", "latter", "former"))


def appositive_name(toks: list[Tok], np: NP) -> NP:
    """A description followed by the person's name (*another leading advocate, Walter
    J. Brisco*; *the local MP, Tom Hartley*, *the President, Joe Biden*, whose title
    word is tagged as a name; *the mayor's introducer, actress Nora Vale Quinn*, a role
    noun before the name):
    the name. Anything else is returned as it is."""
    named = _org_named_after(toks, np)
    if named is not None:
        return named  # "A group representing growers, the Valley Farm Alliance, wrote"
    # "the mayor's introducer, actress Nora Vale Quinn": a role noun before the name
    role_first = (
        np.j + 3 < len(toks)
        and toks[np.j + 1].text.islower()
        and (
            toks[np.j + 1].low in _NOUNS_BEFORE_NAME
            # a noun (the tagger may call "actress" an adverb), not "…, probably Ann Lee"
            or toks[np.j + 1].tag in ("NN", "JJ", "RB")
            and toks[np.j + 1].text.isalpha()
            and not toks[np.j + 1].low.endswith("ly")
        )
        and toks[np.j + 2].tag == "NNP"
        and toks[np.j + 3].tag == "NNP"  # a full name, not "…, actress Madonna"
    )
    if (
        np.j + 1 < len(toks)
        and toks[np.j].text == ","
        and (toks[np.j + 1].tag == "NNP" or role_first)
        and (
            toks[np.j - 1].tag in ("NN", "NNS")
            or toks[np.i].tag in ("DT", "PRP$")
            and any(t.tag in ("NN", "NNS") for t in toks[np.i : np.j])
            and not (toks[np.j - 1].is_proper and toks[np.j - 2].low in ("in", "of", "from"))
            # (not "a man in Dayton, Ohio,": the place goes on)
            or toks[np.i].tag in ("DT", "PRP$")
            and (
                toks[np.j - 1].low in TITLE_WORDS
                or toks[np.j - 1].low in _OFFICE_ENDS
                or toks[np.j - 1].low in _PARTY_MEMBERS
            )
            # "the local MP, …", "the President, …", "the Secretary of Housing and Urban
            # Development, …", "the Senate's top Republican, …"
            and toks[np.j - 1].text[:1].isupper()
            # "One of them, Joan Pike,": a part of a group named by a pronoun
            or toks[np.j - 1].low in ("them", "those", "us")
            and np.j >= 3
            and toks[np.j - 2].low == "of"
            and (toks[np.j - 3].low in ("one", "each", "another") or toks[np.j - 3].tag == "CD")
            # "said one, Derek Yates": a pronoun "one" for one of a group just named
            or np.j - np.i == 1
            and toks[np.i].low in ("one", "another")
            # "said the other, Sam Cho": the second of two just named
            or np.j - np.i == 2
            and toks[np.i].low == "the"
            and toks[np.i + 1].low in THE_OTHER
        )
    ):
        j = np.j + 2 if role_first else np.j + 1
        while j < len(toks) and (
            toks[j].tag in ("NNP", "NNPS")
            or toks[j].text == "."
            and len(toks[j - 1].text) == 1
            # "His former employer, Kingfisher Plumbing and Heating, said": a firm's name
            or toks[j].low in ("and", "&")
            and j > np.j + 2
            and j + 1 < len(toks)
            and toks[j + 1].tag in ("NNP", "NNPS")
            and toks[j + 1].text not in all_first_names()
            and toks[np.j - 1].low in _ORG_APPOSITION_HEADS
        ):
            j += 1
        if (
            j > np.j + 1 + role_first
            and toks[j - 1].text != "."
            and (
                j >= len(toks)
                or toks[j].text in (",", ".", ";", "(", "of", "who", "at", "from", "in")
            )
        ):
            return NP(np.j + 1, j)
    return np


def colon_speaker(toks: list[Tok], lo: int, end: int) -> NP | None:
    """Who introduces a quote with a colon and no cue (``toks[end]`` is the colon, the
    clause starts at ``lo``).

    The clause's subject (``The report:``), or its name after a description
    (``One early supporter, Rep. Lee Zell, …:``); but when that subject names
    nobody and a name ends the clause after a verb, a noun, a dash or *from*,
    the name (``The timing … doesn't surprise pollster Dana Shaw:``).
    """
    np = sentence_subject(toks, lo, end)
    if np is not None and any(t.tag in ("NNP", "NNPS", "PRP") for t in toks[np.i : np.j]):
        return appositive_name(toks, np)
    i = end
    while (
        i > lo
        and toks[i - 1].quote < 0
        and (
            toks[i - 1].tag in ("NNP", "NNPS")
            or toks[i - 1].text == "."
            and i - 1 > lo
            and toks[i - 2].tag == "NNP"
            and len(toks[i - 2].text) == 1
        )
    ):
        i -= 1
    if (
        lo < i < end
        and (
            toks[i - 1].text in DASHES
            or toks[i - 1].text in ("from", "From")
            or toks[i - 1].tag.startswith("VB")
            or toks[i - 1].tag == "NN"
        )
        and not all(t.text.isupper() and len(t.text) > 1 for t in toks[i:end])
    ):
        return NP(i, end)
    if np is not None and not time_phrase(toks, np):
        return appositive_name(toks, np)
    np = np_before(toks, end - 1)
    if np is None or time_phrase(toks, np):
        return None
    # the phrase before the colon is an object ("… in a two-hour standoff:"): it
    # speaks only when it names someone or is a source ("More from the report:")
    named = any(t.tag in ("NNP", "NNPS", "PRP") for t in toks[np.i : np.j])
    source = np.i > lo and toks[np.i - 1].text.lower() == "from"
    return np if named or source else None


_TIME_NOUNS = word_list("time_nouns")


#: Words that open a time phrase before a time noun (*this spring*, *last week*).
_TIME_OPENERS = frozenset("this last next that each every early late".split())
#: Days that end a noun phrase on their own (*told the council Monday*).
_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today
tonight""".split()
)
_TIME_WORDS = _DAYS | _TIME_NOUNS
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
#: Days and months (and *today*, *tonight*): capitalised, they still name no one.
CALENDAR_WORDS = _DAYS | _MONTHS


def _time_after_np(toks: list[Tok], j: int) -> bool:
    """Does a time phrase start at token ``j``, after a noun phrase (*this spring*, *Monday*)?

    >>> toks = [Tok("the", 0, 3, "DT"), Tok("Ledger", 4, 10, "NNP"), Tok("this", 11, 15, "DT"),
    ...         Tok("spring", 16, 22, "NN")]
    >>> _time_after_np(toks, 2), _time_after_np(toks, 1)
    (True, False)
    """
    low = toks[j].text.lower()
    if not (
        toks[j - 1].tag.startswith("NN")
        or toks[j - 1].tag == "VBN"
        and j >= 2
        and toks[j - 2].tag.startswith("NN")
    ):  # ("a report released last year": after the noun's participle)
        return False  # "a Wednesday editorial": the day modifies what follows
    if low in _DAYS:
        return True
    return low in _TIME_OPENERS and j + 1 < len(toks) and toks[j + 1].text.lower() in _TIME_NOUNS


#: Words that may make up a time adverbial after a verb (*on Monday*, *earlier this week*,
#: *in the morning*, *two days ago*), besides days, months and time nouns.
_TIME_ADVERBIAL_WORDS = _TIME_OPENERS | frozenset(
    "on in at during over the a earlier later ago late early".split()
)


def trailing_time_phrase(toks: list[Tok], lo: int, k: int) -> int:
    """Where a time adverbial that ends right before token ``k`` starts (*said on Monday*,
    *said last week*, *said yesterday*, *said earlier this month*); ``k`` when there is none.
    The phrase has at most five words and names a day, a month or a time noun.

    >>> toks = [Tok("Lee", 0, 3, "NNP"), Tok("said", 4, 8, "VBD"), Tok("on", 9, 11, "IN"),
    ...         Tok("Monday", 12, 18, "NNP"), Tok(",", 18, 19, ",")]
    >>> trailing_time_phrase(toks, 0, 4), trailing_time_phrase(toks, 0, 2)
    (2, 2)
    """
    m = k
    while (
        m > lo
        and k - m < 5
        and (
            toks[m - 1].low in _TIME_ADVERBIAL_WORDS | _TIME_WORDS | _MONTHS
            or toks[m - 1].tag == "CD"
        )
    ):
        m -= 1
    while m < k and toks[m].low in ("the", "a"):
        m += 1  # (a phrase starts at its preposition or its first time word)
    if m < k and any(t.low in _TIME_WORDS | _MONTHS for t in toks[m:k]):
        return m
    return k


def _trailing_medium_phrase(toks: list[Tok], lo: int, k: int) -> int:
    """Where a phrase naming the medium of a report that ends right before token ``k`` starts
    (*said in a statement*, *told reporters in a phone interview*, *said on his podcast*);
    ``k`` when there is none."""
    if k - 1 <= lo or toks[k - 1].low not in _DOCUMENTS:
        return k
    m = k - 1
    while m > lo and k - m < 5 and toks[m - 1].tag in ("DT", "PRP$", "JJ", "NN", "CD", "HYPH"):
        m -= 1
    return m - 1 if m - 1 > lo and toks[m - 1].low in ("in", "on", "during") else k


def trailing_adverbials(toks: list[Tok], lo: int, k: int) -> int:
    """Where the time phrases and the phrases of medium that end right before token ``k``
    start (*said in a statement on Monday*); ``k`` when there are none."""
    while True:
        m = trailing_time_phrase(toks, lo, k)
        if m == k:
            m = _trailing_medium_phrase(toks, lo, k)
        if m == k:
            return k
        k = m


def time_phrase(toks: list[Tok], np: NP) -> bool:
    """Is ``np`` headed by a time noun (*that month on CNN*, *Each election cycle*)?"""
    cut = next((k for k in range(np.i, np.j) if toks[k].text.lower() in PREP_IN_NP), np.j)
    return cut > np.i and toks[cut - 1].text.lower() in _TIME_NOUNS


def last_full_stop(text: str, lo: int, hi: int) -> int:
    """The last ". " in text[lo:hi] that ends a sentence, not an abbreviation
    (``U.S. withdrawal``, ``John F. Kennedy``, ``Gov. Brown``); -1 if none."""
    at = text.rfind(". ", lo, hi)
    while at >= 0:
        word = text[lo : at + 1].rsplit(None, 1)[-1]
        if not (re.fullmatch(r"(?:[A-Za-z]\.)+", word) or word[:-1].lower() in TITLE_ABBREVIATIONS):
            return at
        at = text.rfind(". ", lo, at)
    return -1
