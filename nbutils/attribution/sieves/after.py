"""The sieves of a cue after the quote: ``"…," said X`` (the cue, then the speaker) and
``"…," X said`` (the speaker, then the cue).

With their variants: *according to* right after the quote, *quoted as saying*, *came the
reply from*, a described or appositive speaker before the cue, and a phrase or clause that
runs on after the quote before its speaker and cue. Each reads the first cue after the quote
(:func:`_first_after`). The list in :mod:`nbutils.attribution.sieves` tries them in two
places: before the cue-before sieves, or after them when a cue sits right before the quote.

>>> from nbutils.attribution import attribute
>>> [(a.rule, a.speaker) for a in attribute('"It is done," came the reply from Ann Lee.')]
[('quote-cue-speaker', 'Ann Lee')]
"""

from __future__ import annotations

from nbutils.attribution.frame import CLAUSE_PUNCT, Tok
from nbutils.attribution.records import Found
from nbutils.attribution.sieves.base import CueSpan, QuoteFrame
from nbutils.attribution.sieves.before import _last_before, _title_in_apposition
from nbutils.attribution.syntax import (
    NP,
    SPEECH_NOUNS,
    THE_OTHER,
    appositive_name,
    clause_subject,
    is_verb,
    np_after,
    np_area,
    np_before,
    sentence_subject,
    subject_before,
)
from nbutils.cues import CueMatch
from nbutils.lexicons import Closed
from nbutils.speakers import PERSON_NOUNS
from nbutils.speakers.roles import wordnet_person

# --- sieves of the cue after the quote --------------------------------------------------------


def _first_after(f: QuoteFrame, *, open_only: bool = True) -> CueSpan | None:
    """The first cue after the quote, if the cue-after sieves may use it."""
    if not f.after:
        return None
    i, j, c = f.after[0]
    if open_only and c.lemma == "report" and _introduced_before(f):
        return None  # 'Lee told Ann Ruiz, "…," the outlet reported': the outlet relays it
    if open_only and (
        c.lemma == "according to"
        or c.form == "participle"
        and f.toks[i - 1].low not in _PERCEIVED  # (not "X was heard saying")
    ):
        return None
    return f.after[0]


def _to_quote(f: QuoteFrame) -> list[Tok] | None:
    """The tokens from the last cue before the quote to the quote, when that cue stands in
    the quote's own sentence (no sentence end, no other quotation between); else ``None``."""
    if not f.before:
        return None
    between = f.toks[f.before[-1][1] : f.q]
    if any(t.is_quote or t.text in (".", "!", "?", ";") for t in between):
        return None
    return between


def _introduced_before(f: QuoteFrame) -> bool:
    """Does a cue of the quote's own sentence introduce it, a comma or a colon right before
    the quote (*Wendell stood up and told Ashby, "…"*)? A *reported* after it then names the
    outlet that relays the words, not their speaker."""
    between = _to_quote(f)
    return (
        between is not None
        and f.toks[f.q - 1].text in (",", ":")
        and f.before[-1][2].lemma not in ("report", "according to")
    )


#: Passive verbs of perception after which a participle cue is the finite report:
#: *X can be heard saying*, *X was overheard telling*.
_PERCEIVED = frozenset({"heard", "seen", "overheard", "caught", "shown"})


def _no_quote_between(f: QuoteFrame, i: int) -> bool:
    return not any(f.toks[m].is_quote for m in range(f.k, i))


#: Verbs that report someone else's words as their object: *X quoted Y as saying*.
_QUOTING = frozenset("quoted quotes quoting cited cites citing".split())


def quoted_as_saying(f: QuoteFrame) -> Found | None:
    """``The Ledger quoted Ann Lee as saying, "…"``, ``"…," the Ledger quoted her as saying``:
    a participle cue after *as*, its subject the object of *quoted* or *cited*: that object
    is the speaker, not the paper that quotes.

    Example: The Daily Ledger quoted Mayor Ann Lee as saying, "It is done."
    """
    toks = f.toks
    between = _to_quote(f)
    # ("MTI quoted Ann Lee as saying that her country "…"": a that clause between)
    that = between is not None and any(t.low == "that" for t in between)
    near = [c for c in f.before[-1:] if f.near_before or that] + f.after[:2]
    for i, _j, c in near:
        if c.form != "participle" or i < 3 or toks[i - 1].low != "as":
            continue
        np = np_before(toks, i - 2)
        if np is None or np.i < 1 or toks[np.i - 1].low not in _QUOTING:
            continue
        if any(t.is_quote for t in toks[min(i, f.q) + 1 : max(i, f.q)]):
            continue  # another quote between the cue and this one
        v = toks[np.i - 1]
        verb = CueMatch(v.start, v.end, v.text, "quote", "neutral", "past", False)
        return Found("quote-cue-speaker", np, c if i < f.q else verb, toks)
    return None


def according_to_after(f: QuoteFrame) -> Found | None:
    """``"…," according to X``: the first cue after the quote is *according to*, right there.

    Example: "The bridge will close," according to Mayor Ann Lee.
    """
    first = _first_after(f, open_only=False)
    if first is None or first[2].lemma != "according to" or first[0] > f.k + 1:
        return None
    if _reported_before(f):
        return None  # the report's sources, not the speaker its cue before names
    np = np_after(f.toks, first[1])
    if np is not None:
        np = appositive_name(f.toks, np)  # "…," according to the fire chief, Ann Lee.
    return Found("according-to", np, first[2], f.toks) if np else None


def _reported_before(f: QuoteFrame) -> bool:
    """Does a cue earlier in the quote's sentence report it (*Voss told members that he
    "will not defend this candidate," according to two people on the call*)? Then
    *according to* names who told of the report, and the cue's subject speaks."""
    between = _to_quote(f)
    if between is None:
        return False
    i, _j, c = f.before[-1]
    return (
        c.lemma != "according to"
        and i > 0
        and f.toks[i - 1].tag in ("NNP", "NNPS", "PRP", "NN", "NNS")
        and not any(t.text == ":" for t in between)
        and any(t.low == "that" for t in between)
    )


#: Particles of phrasal verbs of speaking after which the speaker may follow (*shot back*,
#: *called out*, *spoke up*); not *in*, which opens a place or a medium (*said in a
#: statement*).
_PARTICLES = frozenset({"back", "out", "up"})


def cue_then_speaker(f: QuoteFrame) -> Found | None:
    """``"…," said X``: the cue right after the quote, then the speaker (a description
    followed by a name gives the name: *said another advocate, Walter J. Brisco*).

    Example: "We will not give up," said MP Ina Sovsun.
    """
    first = _first_after(f)
    if first is None or first[0] != f.k:
        return None
    if _title_in_apposition(f):
        return None  # 'Kerry Lane, star of the film "Harbor," thanked …': no inversion
    np = np_after(f.toks, first[1])
    j = first[1]
    if np is None and j < len(f.toks) and f.toks[j].low in _PARTICLES:
        np = np_after(f.toks, j + 1)  # a phrasal verb: "…," shouted back Tom Hale
    if (
        np is None
        and j < len(f.toks)
        and f.toks[j].low in Closed.STANDALONE
        and (j + 1 == len(f.toks) or f.toks[j + 1].text in CLAUSE_PUNCT | {","})
    ):
        np = NP(j, j + 1)  # "…," said another.: someone new, not the previous speaker
    if (
        np is None
        and j + 2 < len(f.toks)
        and (f.toks[j].low in Closed.QUANTIFIERS or f.toks[j].low == "one")
        and f.toks[j + 1].low == "of"
        and f.toks[j + 2].low in ("them", "those", "these", "us")
    ):
        np = NP(j, j + 3)  # "…," said one of them, a nursing student: a member of the group
    if np is None and _the_other_named(f.toks, j):
        np = NP(j, j + 2)  # "…," said the other, Sam Cho: the name apposed to it
    if (
        np is not None
        and (np.j == np.i + 1 and f.toks[np.i].tag == "PRP" or _before_own_subject(f))
        and np.j < len(f.toks)
        and (
            f.toks[np.j].tag in ("MD", "VBD", "VBZ", "VBP")
            or f.toks[np.j].low in Closed.FINITE_AUXILIARIES
        )
    ):
        # '… would not accept "…," said he would bring it': no inversion but a clause, whose
        # reporter is the sentence's subject ("Ann Selzer is happy to be "…," says she …")
        np = clause_subject(f.toks, 0, f.q) or sentence_subject(f.toks, 0, f.q)
        if np is None or f.toks[np.i].tag == "PRP":
            return None
    return Found("quote-cue-speaker", appositive_name(f.toks, np), first[2], f.toks) if np else None


def _the_other_named(toks: list[Tok], j: int) -> bool:
    """Do the tokens at ``j`` read *the other, NAME* (or *the latter*, *the former*), a name
    :func:`appositive_name` takes?"""
    if j + 1 >= len(toks) or toks[j].low != "the" or toks[j + 1].low not in THE_OTHER:
        return False
    return appositive_name(toks, NP(j, j + 2)) != NP(j, j + 2)


def _before_own_subject(f: QuoteFrame) -> bool:
    """Does the quote sit inside a subject set off by commas, a name or description with a
    participle aside (*Ann Lee, citing "…," said the plan could …*)? Then a noun phrase and a
    finite verb after the cue are the reported clause, not an inverted speaker."""
    toks, q = f.toks, f.q
    m = q - 1
    while m > 0 and toks[m].tag in ("DT", "JJ", "PRP$", "RB"):
        m -= 1  # "citing the "…""
    return (
        m >= 2
        and toks[m].tag == "VBG"
        and toks[m - 1].text == ","
        and toks[m - 2].tag in ("NNP", "NNPS", "NN", "NNS")
    )


#: What *came* from someone after a quote ('"…," came shouts from the crowd'): speech nouns
#: and the sounds of a voice.
_UTTERANCES = SPEECH_NOUNS | frozenset(
    """shout shouts cry cries chant chants call calls yell yells jeer jeers voice voices
scream screams question questions reply replies retort""".split()
)


def came_from(f: QuoteFrame) -> Found | None:
    """``"…," came shouts from the crowd``, ``"…" came the reply from Ann Lee``: the quote,
    *came*, what was said (a speech noun or a sound of the voice) and *from* the speaker —
    an inversion with no reporting verb.

    Example: "Vote it down," came shouts from the back of the room.
    """
    toks, k = f.toks, f.k
    if k >= len(toks) or toks[k].low not in ("came", "comes", "come"):
        return None
    m = k + 1
    while m < len(toks) and m < k + 5 and toks[m].tag in ("DT", "JJ", "PRP$", "RB", "CD"):
        m += 1
    if m + 1 >= len(toks) or toks[m].low not in _UTTERANCES or toks[m + 1].low != "from":
        return None
    np = np_after(toks, m + 2)
    if np is None:
        return None
    a, b = toks[k].start, toks[m].end  # "came shouts" stands for the reporting verb
    cue = CueMatch(a, b, f.text[a:b], "come", "neutral", "phrase", False)
    return Found("quote-cue-speaker", np, cue, toks)


def _cue_ends_clause(toks: list[Tok], j: int) -> bool:
    """Does the clause end at token ``j``, right after a cue (an object pronoun allowed,
    then punctuation or an adverbial: *told me as I came in.*), the cue having no words of
    its own (*said the cases differ*, *told me that …*)?"""
    if j < len(toks) and toks[j].low in ("me", "us", "him", "her", "them"):
        j += 1
    return (
        j >= len(toks)
        or toks[j].text in (".", ",", ";", "!", "?")
        or toks[j].tag in ("IN", "RB", "WRB")
        and toks[j].low not in ("that", "if", "whether", "about", "of")
    )


def _cue_introduces_next(f: QuoteFrame, j: int) -> bool:
    """Does the quote end its own sentence (a full stop inside its marks) and the clause of
    the cue after it (from token ``j``) end on a colon before another quotation (*"… curb."
    The police posted on Facebook: "…"*)? Then that cue introduces the next quote."""
    if not f.quote.content.rstrip().endswith((".", "!", "?")):
        return False
    toks = f.toks
    for m in range(j, min(len(toks), j + 25)):
        if toks[m].text in (".", "!", "?", ";") or toks[m].is_quote:
            return False
        if toks[m].text == ":":
            return m + 1 < len(toks) and toks[m + 1].is_quote
    return False


def speaker_then_cue(f: QuoteFrame) -> Found | None:
    """``"…," X said``: the cue's subject starts right after the quote.

    Example: "We will win," Ann Lee said.
    """
    first = _first_after(f)
    if first is None or first[0] <= f.k:
        return None
    if _cue_introduces_next(f, first[1]):
        return None  # '"… curb." The police posted on Facebook: "…"': the next quote's cue
    if _inside_opening_clause(f):
        return None  # 'When Lee said he would "…," the crowd cheered': the main clause
    np = subject_before(f.toks, first[0], f.k)
    toks = f.toks
    if np is not None and np.i == f.k and np.j == f.k + 1 and toks[np.i].low in _OBJECT_PRONOUNS:
        return None  # 'would not "endorse" him, a step Lee mocked': the quoted verb's object
    if (
        np is not None
        and np.i == f.k + 2
        and toks[f.k + 1].low == "of"
        and (toks[f.k].low in Closed.QUANTIFIERS or toks[f.k].tag == "CD")
        and _cue_ends_clause(toks, first[1])
    ):
        # "…," one of the officials said.: a part of a group speaks (not when the verb has
        # words of its own: '… that "…," one of his lawyers said the cases differ')
        np = NP(f.k, np.j)
    if (
        np is not None
        and np.i == f.k + 1
        and np.j == first[0]
        and toks[f.k].low in ("that", "this")
        and toks[np.i].tag in ("NN", "NNS")
        and _cue_ends_clause(toks, first[1])
    ):
        np = NP(f.k, np.j)  # '"…," that person said.': the demonstrative and its noun
    if (
        np is not None
        and np.i == f.k + 1
        and toks[f.k].low == "as"
        and (
            first[1] >= len(toks)
            or toks[first[1]].text in (".", "!", "?", ";")
            or toks[first[1]].tag in ("IN", "RB", "NNP")  # "as Lee put it on Monday."
            and not any(t.is_verb or t.is_quote for t in toks[first[1] : first[1] + 6])
        )
    ):
        # '"…," as Ann Lee put it.': the clause of "as" says whose words they are
        return Found("quote-speaker-cue", np, first[2], f.toks)
    if np is not None and _gapped_relative(toks, f.k, first[0]):
        return None  # '"…," a line Lee repeated in her letter': Lee quotes it, not said it
    if np and np.i == f.k:
        # '"…," the chairman, Senator Ann Wolfe of Ohio, said': the name in apposition (its
        # "of <place>" made the name an aside the subject skipped)
        return Found("quote-speaker-cue", appositive_name(toks, np), first[2], f.toks)
    return None


#: Pronouns that are never a verb's subject: after a quote they are its object.
_OBJECT_PRONOUNS = frozenset("him them me us whom".split())


#: Conjunctions that open a subordinate clause before the main clause of a sentence.
_OPENING_SUBORDINATORS = frozenset(
    "when as after before while once if although though because since until whenever".split()
)


def _inside_opening_clause(f: QuoteFrame) -> bool:
    """``When Ann Lee said she would "fix every road," the crowd cheered``: the sentence
    opens on a subordinate clause whose own reporting verb comes before the quote, and the
    quote closes that clause on a comma. The noun phrase and verb after it are the main
    clause (who reacted), not the quote's speaker."""
    toks, q = f.toks, f.q
    if f.k >= len(toks) or toks[f.k - 1].text != "," and not f.quote.content.rstrip().endswith(","):
        return False
    s = max((m + 1 for m in range(q) if toks[m].text in (".", "!", "?", ";")), default=0)
    while s < q and (toks[s].tag in ("RB", "CC") or toks[s].quote >= 0):
        s += 1  # "But when …", "And as …"
    if s >= q or toks[s].low not in _OPENING_SUBORDINATORS or toks[s].tag not in ("IN", "WRB"):
        return False
    if any(t.text in (",", ":", "—", "–") and t.quote < 0 for t in toks[s:q]):
        return False  # ("After the news broke, she posted: "…," she wrote": the main clause's)
    return any(s < c[0] < q for c in f.before)


#: Nouns for a piece of talk that a reduced relative clause after a quote can describe.
_TALK_NOUNS = SPEECH_NOUNS | frozenset(
    """line phrase claim charge assertion argument promise pledge vow warning quip joke
slogan point position stance view notion characterization assessment sentiment message
refrain theme criticism accusation""".split()
)


def _gapped_relative(toks: list[Tok], k: int, c: int) -> bool:
    """Do the words after a quote, up to its cue at c, read *a remark NAME …*, *a claim
    the mayor …*: a noun for talk with a reduced relative clause (*a remark [that] Lee
    quoted*), which describes the quote and whose subject only repeats it?

    A sketch of the tokens: ``a/the/one`` + a noun of :data:`_TALK_NOUNS` + the clause's
    subject (a name, a pronoun or a determiner) before the cue; or *a*/*an* + any singular
    noun + a plural (*a figure supporters repeated*, *a limit aides called narrow*).
    """
    if c - k < 3 or toks[k].low not in ("a", "an", "the", "one"):
        return False
    if (
        toks[k].low in ("a", "an")
        and toks[k + 1].tag == "NN"
        and toks[k + 1].low not in _COUNTING_NOUNS
        # (not a person: '"…," a woman neighbors called Miss Bea said' — she speaks)
        and toks[k + 1].low not in PERSON_NOUNS
        and not (toks[k + 1].text.isalpha() and wordnet_person(toks[k + 1].low))
        and toks[k + 2].tag == "NNS"
    ):
        return True  # '"…," a figure supporters repeated': no "a" has a plural for its head
    return toks[k + 1].low in _TALK_NOUNS and (
        toks[k + 2].tag in ("NNP", "PRP", "DT") or toks[k + 2].low in ("his", "her")
    )


#: Nouns that count what follows them (*a dozen protesters*, *a group of*): no clause.
_COUNTING_NOUNS = frozenset(
    "dozen handful number couple lot few group pair bunch crowd majority score hundred "
    "thousand million host series total minority half".split()
)


def described_speaker_then_cue(f: QuoteFrame) -> Found | None:
    """``"…," the bearded, 68-year-old envoy said``: the cue's subject is the end of
    a longer (coordinated or appositive) noun phrase that starts right after the quote;
    ``"…," another friend, Nadia Korvel told CNN`` gives the name.

    Example: "It is over," the tired, 68-year-old envoy said.
    """
    first = _first_after(f)
    if first is None or first[0] <= f.k or not _no_quote_between(f, first[0]):
        return None
    i, _, c = first
    toks, k = f.toks, f.k
    if _gapped_relative(toks, k, i):
        return None  # ('"…," a phrase the workers repeated': what the quote is, not who)
    np = subject_before(toks, i, k)
    if (
        np
        and np.i > k
        and i - k < 16
        and np_area(toks[k : np.i])
        and (
            toks[k].tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "VBN")
            or toks[k].tag == "VBD"
            and toks[k + 1].is_proper
        )
        and toks[np.i].tag != "PRP"
    ):
        if toks[np.j - 1].is_proper and toks[np.i - 1].text == ",":
            return Found("quote-speaker-cue", np, c, toks)
        return Found("quote-speaker-cue", NP(k, np.j), c, toks)
    return None


def late_cue_then_speaker(f: QuoteFrame) -> Found | None:
    """``"…" if she loses, said Martin Greaves, an analyst.``: the quoted clause runs on,
    then a comma, the cue and its speaker end the clause (not *told*: the hearer follows it).

    Example: "We lose" if she goes, said Ann Lee, an analyst.
    """
    first = _first_after(f)
    if first is None or first[0] <= f.k or not _no_quote_between(f, first[0]):
        return None
    i, j, c = first
    toks = f.toks
    np = np_after(toks, j)
    if (
        np
        and (np.j >= len(toks) or toks[np.j].text in (",", ".", ";"))
        and toks[i - 1].text == ","
        and c.form != "base"
        and c.lemma != "tell"
    ):
        return Found("quote-cue-speaker", np, c, toks)
    return None


def appositive_speaker_then_cue(f: QuoteFrame) -> Found | None:
    """``"…," Owen Pruitt, 30, of Fresno, who voted for X, said.``: a name right after the
    quote, a comma and a long appositive, then the cue; ``"…," Rep. Poe's chief of staff,
    Ned Corrigan, told …`` gives the name in the appositive.

    Example: "It is a mess," Rep. Poe's chief of staff, Ned Corrigan, told reporters.
    """
    first = _first_after(f)
    if first is None or first[0] <= f.k:
        return None
    i, _, c = first
    toks, k = f.toks, f.k
    np = np_after(toks, k)
    if not _no_quote_between(f, i) and not (np is not None and _only_names_quoted(f, np.j, i)):
        return None
    if (
        np
        and np.j < len(toks)
        and toks[np.j].text == ","
        and i - k < 30
        and (
            toks[i - 1].text == ","
            or toks[np.j - 1].is_proper
            and i - k < 20
            and c.form in ("past", "present")
        )
        and any(t.is_proper or t.tag == "PRP" for t in toks[np.i : np.j])
    ):
        return Found("quote-speaker-cue", appositive_name(toks, np), c, toks)
    return None


#: The most words of a quoted name inside an aside (*wearing a "Vote Lee" badge*).
_ASIDE_QUOTE_WORDS = 4


def _only_names_quoted(f: QuoteFrame, a: int, b: int) -> bool:
    """Are the quotations among ``f.toks[a:b]`` (an aside between a speaker and the cue)
    all short quoted names or terms, no speech (*Tom Hale, wearing a "Vote Lee" badge,
    said*): a few words, no sentence punctuation inside?"""
    for t in f.toks[a:b]:
        if t.is_quote:
            content = f.quotes[t.quote].content.strip()
            if len(content.split()) > _ASIDE_QUOTE_WORDS or any(c in content for c in ".,!?;:"):
                return False
    return True


def _coordinated_report_after(f: QuoteFrame) -> bool:
    """``The union said the deal "…," and its leader, Ann Cole, said …``: *and* or *but*
    right after a quote that a cue before it governs opens a new coordinated clause with its
    own subject and cue; what follows is not a phrase or clause ending the quote."""
    return f.k < len(f.toks) and f.toks[f.k].low in ("and", "but") and _last_before(f) is not None


def phrase_then_speaker_cue(f: QuoteFrame) -> Found | None:
    """``"…" for the support, Sanders said.``: a short phrase ends the quoted clause, then a
    comma, a name (or pronoun) and the cue.

    Example: "We are thankful" for the support, Sanders said.
    """
    first = _first_after(f)
    if first is None or first[0] <= f.k or not _no_quote_between(f, first[0]):
        return None
    i, _, c = first
    toks, k = f.toks, f.k
    if _coordinated_report_after(f):
        return None
    before = subject_before(toks, i, k)
    if (
        before is not None
        and before.i > k + 1
        and toks[before.i - 1].text == ","
        and before.i - k < 12
        and not any(is_verb(t) for t in toks[k : before.i])
        and toks[before.j - 1].tag in ("NNP", "NNPS", "PRP")
        and c.form in ("past", "present")
    ):
        return Found("quote-speaker-cue", before, c, toks)
    return None


def clause_then_speaker_cue(f: QuoteFrame) -> Found | None:
    """``"…" that would answer the request, Carol Brantley wrote in a filing.``:
    the quoted clause runs on in lower case, then the speaker and the last cue close the
    sentence (no finite verb after it).

    Example: "We will act" when the time comes and not before, Ann Lee wrote in a letter.
    """
    first = _first_after(f)
    if first is None or first[0] <= f.k or not _no_quote_between(f, first[0]):
        return None
    toks, k = f.toks, f.k
    if _coordinated_report_after(f):
        return None
    i, j, c = f.after[-1]
    before = subject_before(toks, i, k)
    if (
        before is not None
        and before.i > k + 1
        and toks[before.i - 1].text == ","
        and before.i - k < 30
        and c.form in ("past", "present")
        and all(x[2].form not in ("past", "present") for x in f.after[:-1])
        and toks[k].text[:1].islower()
        and not toks[k].is_quote
        and not any(t.is_quote for t in toks[k : before.i])
        and toks[before.j - 1].tag in ("NNP", "NNPS", "PRP", "NN")
        and not any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in toks[j:])
    ):
        return Found("quote-speaker-cue", before, c, toks)
    return None
