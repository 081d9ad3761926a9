"""The participle cues: ``X acknowledged …, stating, "…"``.

A participle after a comma (*saying*, *adding*), a participle right after the quote, a
message that carries one (*issued a statement saying*), and a participle whose subject is
that of its clause. Each record carries the rule ``participle``: the participle has no
subject of its own, and the speaker is the subject of the sentence or clause it hangs on.

>>> from nbutils.attribution import attribute
>>> text = 'Ann Lee spoke on Monday, saying, "The bridge will close."'
>>> [(a.rule, a.speaker) for a in attribute(text)]
[('participle', 'Ann Lee')]
"""

from __future__ import annotations

from nbutils.attribution.frame import Tok
from nbutils.attribution.records import Found
from nbutils.attribution.sieves.after import _PERCEIVED
from nbutils.attribution.sieves.base import QuoteFrame
from nbutils.attribution.sieves.before import _clause_floor, _cue_subject, _last_before
from nbutils.attribution.syntax import (
    NP,
    appositive_name,
    clause_subject,
    expletive_it,
    np_after,
    sentence_subject,
    subject_before,
)
from nbutils.lexicons import word_list


def participle_after_comma(f: QuoteFrame) -> Found | None:
    """``Rutte acknowledged …, stating, "…"``: a participle cue after a comma, a dash or
    *and*; the speaker is the subject of the clause before it.

    Example: Mayor Ann Lee closed the bridge on Monday, saying, "It is not safe."
    """
    last = _last_before(f)
    if last is None or last[2].form != "participle" or last[0] == 0:
        return None
    i, _, c, prev_quote = last
    toks = f.toks
    lead = i - 1
    while lead > 0 and toks[lead].tag in ("RB", "RBR") and not toks[lead].is_quote:
        lead -= 1  # "…, alternately shouting"
    absolute = _absolute_subject(toks, prev_quote + 1, i)
    if absolute is not None:
        return Found("participle", absolute, c, toks)
    if toks[lead].text not in (",", "—", "–", "and"):
        return None
    while (
        prev_quote > 0
        and prev_quote + 1 < lead
        and (
            toks[prev_quote - 1].tag in ("DT", "JJ", "PRP$", "POS", "NN")
            and toks[prev_quote + 1].tag in ("NN", "NNS")
            # 'He repeated it on "The Morning Roundup," a radio show, telling …': a title
            # after a preposition ends no clause either
            or toks[prev_quote - 1].low in ("on", "in", "at", "to", "from")
            and (
                toks[prev_quote + 1].text == ","
                or f.text[toks[prev_quote].start : toks[prev_quote].end]
                .rstrip("\"”'’")
                .endswith(",")
            )
        )
    ):
        # 'when Lee ended the debate with a nod to the "Space Wars" film, remarking': a
        # title inside a noun phrase ends no clause; the clause runs on from before it
        prev_quote = max((m for m in range(prev_quote) if toks[m].is_quote), default=-1)
    np = clause_subject(toks, prev_quote + 1, lead) or sentence_subject(
        toks, prev_quote + 1, lead + 1
    )
    if (
        np is not None
        and np.j < lead
        and toks[np.j].low in ("of", "for", "at")
        and toks[np.i].tag in ("DT", "PRP$")
    ):
        # "The chairman of the state party, Walt Brennan, played it down, saying": the
        # phrase after the title runs to the comma before the name
        comma = next((m for m in range(np.j, min(lead, np.j + 9)) if toks[m].text == ","), None)
        if comma is not None and all(
            t.tag in ("IN", "DT", "NNP", "NNPS", "POS", "NN", "NNS", "JJ")
            for t in toks[np.j + 1 : comma]
        ):
            np = NP(np.i, comma)
    if np is not None and np.j < lead:
        np = appositive_name(toks, np)  # "The fire chief, Nora Quill, spoke …, urging": Quill
    if np is not None:
        np = _quoted_document_sender(toks, np.j, lead) or np
    return Found("participle", np, c, toks) if np else None


def _absolute_subject(toks: list[Tok], lo: int, i: int) -> NP | None:
    """``Ohio sued on Tuesday, with its attorney general, Ann Voss, saying …``: a participle
    in an absolute phrase after *with* (set off by a comma or a dash) has the noun phrase
    after *with* as its subject, not the clause's; the name in apposition when there is
    one. None when the participle is not in such a phrase."""
    w = i - 1
    while w > lo and i - w <= 12 and toks[w].low != "with":
        if toks[w].is_quote or toks[w].text in (".", "!", "?", ";", ":"):
            return None
        w -= 1
    if w <= lo or toks[w].low != "with" or toks[w - 1].text not in (",", "—", "–"):
        return None
    np = np_after(toks, w + 1)
    if np is None or np.i != w + 1 or toks[np.i].tag in ("PRP", "WP"):
        return None
    head = toks[np.j - 1].low
    if head in _DOCUMENT_WORDS or head.rstrip("s") in _DOCUMENT_WORDS:
        return None  # "…, with one of her ads asking": the clause's subject speaks through it
    named = appositive_name(toks, np)
    end = named.j if named.i >= np.j else np.j
    if end < i and toks[end].text == ",":
        end += 1
    return named if end == i else None


#: Verbs by which a text reproduces another document (*The audit quotes a letter …*).
_QUOTING_VERBS = frozenset("quotes quoted cites cited reproduces reproduced excerpts".split())


#: Nouns of a document that one text may quote from another (*a letter*, *a memo*).
_DOCUMENT_WORDS = word_list("documents")


def _quoted_document_sender(toks: list[Tok], k: int, lead: int) -> NP | None:
    """``The audit quotes a letter that the state agency sent …, warning that …``: the
    participle after a document that the clause's subject quotes or cites speaks for that
    document, so its sender (the subject of its *that* clause, or the body after *from* or
    *by*) is the speaker; ``None`` when the clause between ``k`` and the participle's comma
    at ``lead`` is not so.
    """
    m = k
    while m < lead and toks[m].low not in _QUOTING_VERBS:
        m += 1
    if m >= lead - 3:
        return None
    n = m + 1
    while n < lead and toks[n].tag in ("DT", "PRP$", "JJ", "CD", "HYPH", "POS"):
        n += 1
    if n >= lead or toks[n].low not in _DOCUMENT_WORDS:
        return None
    if toks[n + 1].low in ("that", "which") and n + 2 < lead:
        sender = np_after(toks, n + 2)
        if sender is not None and sender.j < lead and toks[sender.j].tag.startswith("VB"):
            return sender
    if toks[n + 1].low in ("from", "by") and n + 2 < lead:
        sender = np_after(toks, n + 2)
        if sender is not None and sender.j <= lead:
            return sender
    return None


def participle_after_quote(f: QuoteFrame) -> Found | None:
    """``X defended "New York values," saying "…"``: a participle cue right after an earlier
    quote whose comma is inside its marks; the speaker is that sentence's subject.

    Example: Ann Lee praised "the volunteers," saying "they saved the town."
    """
    last = _last_before(f)
    if last is None or last[2].form != "participle":
        return None
    i, _, c, prev_quote = last
    toks = f.toks
    if prev_quote != i - 1 or not f.text[: toks[i - 1].end].rstrip("\"”'’ ").endswith(","):
        return None
    clause = max((m for m in range(0, prev_quote) if toks[m].is_quote), default=-1) + 1
    np = sentence_subject(toks, clause, prev_quote)
    return Found("participle", np, c, toks) if np else None


#: A time phrase after the message that carries a participle cue (*a statement late
#: Friday afternoon saying*).
_RELAY_TIME = word_list("time_nouns") | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
on late early last this that
january february march april may june july august september october november december""".split()
)
#: Tags inside the prepositional phrases between a message and its participle cue (an
#: adverb too: *a statement shortly after the vote calling*).
_RELAY_PP_TAGS = frozenset(
    {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "IN", "POS", "PRP$", "RB"}
)
#: Nouns for what carries a message or who receives it: a participle cue after them
#: belongs to the sentence's subject (*X issued a statement saying …*).
RELAYS = word_list("relays")


def relay_participle(f: QuoteFrame) -> Found | None:
    """``X issued a statement saying "…"``, ``X emailed supporters saying "…"``: a participle
    cue after what carries the message or who receives it; the speaker is the sentence's
    subject.

    Example: The council issued a statement saying "the bridge is safe."
    """
    last, np = _last_before(f), _cue_subject(f)
    if last is None or np is None or last[2].form != "participle":
        return None
    k = np.i
    if all(t.low in _RELAY_TIME for t in f.toks[np.i : np.j]):
        # "issued a statement late Friday afternoon saying": the time phrase between the
        # message and the cue is no subject
        while k > 0 and f.toks[k - 1].low in _RELAY_TIME:
            k -= 1
        k -= 1
    if (
        2 <= k == np.i
        and f.toks[k - 1].low in ("to", "for")
        and f.toks[k - 2].tag in ("NN", "NNS")
        and f.toks[k - 2].low in RELAYS
    ):
        # "wrote in a statement to the Ledger explaining", "a memo to staff saying": the
        # participle tells what the message says; the one it is addressed to says nothing
        k -= 2
    if k == np.i and k >= 2 and f.toks[k - 1].tag == "IN" and f.toks[k - 1].low != "that":
        # "issued a statement after the vote saying", "a statement within an hour of the
        # ruling saying", "a statement shortly after the vote calling": the noun before
        # the participle is a preposition's object; the message is before the preposition
        # (a short noun phrase, an adverb, and up to one more prepositional phrase between)
        m = k - 2
        while m > max(0, k - 8) and f.toks[m].tag in _RELAY_PP_TAGS and f.toks[m].low not in RELAYS:
            m -= 1
        if f.toks[m].tag in ("NN", "NNS") and f.toks[m].low in RELAYS:
            k = m
    if not (
        any(t.tag in ("NN", "NNS") and t.low in RELAYS for t in f.toks[np.i : np.j])
        or 0 <= k < np.i
        and f.toks[k].tag in ("NN", "NNS")
        and f.toks[k].low in RELAYS
    ):
        return None
    subject = sentence_subject(f.toks, last[3] + 1, np.i)
    return Found("participle", subject, last[2], f.toks) if subject is not None else None


def clause_subject_participle(f: QuoteFrame) -> Found | None:
    """``A day later, Trump repaid the favour, calling him "…"``: a participle cue with
    no subject of its own; the speaker is the subject of the clause before it.

    Example: Small bands of marchers kept shouting "shame."
    """
    last = _last_before(f)
    if last is None or _cue_subject(f) is not None or last[2].form != "participle":
        return None
    toks, i = f.toks, last[0]
    np = None
    for lo in dict.fromkeys((_clause_floor(toks, last[3] + 1, i), last[3] + 1)):
        if i - 2 >= lo and toks[i - 1].low in _PERCEIVED and toks[i - 2].low in ("were", "was"):
            np = np or subject_before(toks, i - 2, lo)  # "his fans were filmed chanting"
        np = np or _object_before_for(toks, lo, i) or clause_subject(toks, lo, i)
        np = np or sentence_subject(toks, lo, i)
    if np is not None and expletive_it(toks, np):
        return None  # "it was hard, watching them chant "…"": a dummy "it" says nothing
    return Found("participle", np, last[2], toks) if np else None


def _object_before_for(toks: list[Tok], lo: int, i: int) -> NP | None:
    """``… teased Lee for calling himself "…"``, ``praised her as bold for saying "…"``:
    a gerund after *for* says what the verb's object did (mocked, thanked, blamed … someone
    for saying), so the object speaks, not the verb's subject. Only a name or a personal
    pronoun as the object (*the plan for saying* is no one)."""
    if i - 3 < lo or toks[i - 1].low != "for":
        return None
    m = next(
        (m for m in range(i - 2, max(lo, i - 10) - 1, -1) if toks[m].tag in ("VBD", "VBZ", "VBP")),
        None,
    )
    if m is None or any(t.text in (",", ";", ":") or t.is_quote for t in toks[m:i]):
        return None
    obj = np_after(toks, m + 1)
    if (
        obj is None
        or obj.j > i - 1
        or not (
            all(t.is_proper for t in toks[obj.i : obj.j])
            or obj.j - obj.i == 1
            and toks[obj.i].low in ("him", "her", "them")
        )
    ):
        return None
    return obj
