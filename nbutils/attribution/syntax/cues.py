"""Cues in context: which words of a frame report speech, and what lies between cue and quote.

The cue lexicon (:mod:`nbutils.cues`) knows forms; :func:`cues_in` decides which forms
in a frame are cues *here*: a verb, not the noun *post* in *the Post*; *says* in title
case only where a headline or an inversion (*Said the mayor*) has it; not *said no word*,
not *answered a shooting*, not a participle used as an adjective (*the stated aim*). The
word lists of the cue kinds the sieves ask about live here too (:data:`NAMING_VERBS`,
:data:`PARENTHETICAL_CUES`, :data:`INVERTED_OPENERS`), with the small tests on what
follows a cue: :func:`has_clause`, :func:`object_then_colon` (*told WKRN: "…"*),
:func:`np_after_quote`, :func:`opens_capital`, :func:`before_sentence_end` and
:func:`last_full_stop` (a full stop that is no abbreviation's).

It imports from :mod:`.base`.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(words):
...     return [Tok(w.rsplit("/", 1)[0], n, n + 1, w.rsplit("/", 1)[1])
...             for n, w in enumerate(words.split())]
>>> toks = tagged("``/QUOTE ,/, Ann/NNP Lee/NNP said/VBD ./.")
>>> [(i, j, m.lemma) for i, j, m in cues_in("", toks)]
[(4, 5, 'say')]
>>> last_full_stop("Gov. Brown left. He said", 0, 24)
15
"""

from __future__ import annotations

import re

from nbutils.attribution.frame import CLAUSE_PUNCT, FINITE, Tok
from nbutils.attribution.syntax.base import NP_TAGS, _before_aside
from nbutils.cues import CueMatch, cue_at, cue_first_words
from nbutils.tokenise import TITLE_ABBREVIATIONS

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
    from nbutils.speakers.headlines import title_cased_line

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
                    # "One man could be heard yelling, "…"": after a verb of perceiving
                    or form == "participle"
                    and i > 0
                    and toks[i - 1].low in ("heard", "seen", "overheard", "caught")
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
