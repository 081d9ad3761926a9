"""Subjects: who the cue at a token belongs to, and the subject of a clause.

* :func:`subject_before` — the subject of the cue at a token: the noun phrase before it,
  after skipping adverbs, auxiliaries and times (*the NATO chief also said*), an aside
  (*, however,*), an appositive or a relative clause (through :mod:`.modifiers`) and
  comma-separated opening phrases (through :mod:`.commas`);
* :func:`relative_sender` — who speaks through a message a relative clause quotes (*a
  post by Ann Lee that read*, *a man in a shirt that read*);
* :func:`clause_subject` — the subject of a clause's main verb, what a participle cue
  (*…, adding*) belongs to; :func:`subject_before`, :func:`relative_sender` and
  :func:`clause_subject` call each other, so they live together;
* :func:`emphatic_subject` — *Hartwell himself* is *Hartwell*;
* :func:`expletive_it` — a dummy *it* (*It seems unfair*) that stands for no one.

It imports from :mod:`.base`, :mod:`.times`, :mod:`.phrases`, :mod:`.modifiers` and
:mod:`.commas`.

>>> from nbutils.attribution.frame import Tok
>>> def tagged(words):
...     return [Tok(w.rsplit("/", 1)[0], n, n + 1, w.rsplit("/", 1)[1])
...             for n, w in enumerate(words.split())]
>>> toks = tagged("the/DT NATO/NNP chief/NN also/RB said/VBD")
>>> subject_before(toks, 4)
NP(i=0, j=3)
>>> toks = tagged("At/IN a/DT diner/NN ,/, Ann/NNP Lee/NNP tried/VBD to/TO smile/VB")
>>> clause_subject(toks, 0, len(toks))
NP(i=4, j=6)
"""

from __future__ import annotations

from nbutils.attribution.frame import DASHES, FINITE, Tok
from nbutils.attribution.syntax.base import (
    _BE,
    _DOCUMENTS,
    _SKIP_BEFORE_CUE,
    _STANDING_QUANTIFIERS,
    ISSUING,
    NP,
    SPEECH_NOUNS,
    _before_aside,
    _wordlike,
    is_verb,
    negated_auxiliary,
)
from nbutils.attribution.syntax.commas import _INTRO_WORDS, _comma_subject
from nbutils.attribution.syntax.modifiers import (
    _modified_subject,
    _name_before_description,
    _person_modified,
    _person_of,
    _sender,
)
from nbutils.attribution.syntax.phrases import _described, _word_as_name, np_after, np_before
from nbutils.attribution.syntax.times import (
    _DAYS,
    _MONTHS,
    _TIME_NOUNS,
    _TIME_OPENERS,
    _TIME_WORDS,
    _before_elapsed_time,
    _time_after_np,
    after_dateline,
    trailing_adverbials,
)
from nbutils.cues import cue_at
from nbutils.lexicons import Closed, word_list
from nbutils.speakers import PERSON_NOUNS


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
            (
                m
                for m in range(start, end)
                if toks[m].tag in ("WRB", "WDT", "WP", "WP$") and m > start
            ),
            end,
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
