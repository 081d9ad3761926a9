"""The span of what is reported around a quote.

:func:`reported_span` runs from the cue (or its *that*) to the end of the clause, taking a
report inside another report, a complement after a source, and a naming inside the report
into account.
"""

from __future__ import annotations

import re

from nbutils.quotes.clause_ends import (
    _ADJUNCT,
    _BREAK,
    _DOUBLE_MARK,
    _INNER_CLAUSE,
    _LONG_GAP_STOP,
    _SOURCE_CLAUSE,
    _THAT,
    _clause_end,
    _clause_start,
    _cue_right_before,
)
from nbutils.quotes.marks import _MARK, _SENTENCE_END, _WORD, Quote
from nbutils.quotes.titles import looks_like_title


def reported_span(
    text: str,
    quote: Quote,
    frame: tuple[int, int],
    cue: tuple[int, int] | None = None,
    speaker: tuple[int, int] | None = None,
) -> tuple[int, int]:
    """Estimate the span of the reported content that ``quote`` belongs to.

    ``frame`` is the sentence around the quote; ``cue`` and ``speaker`` are the
    spans of the reporting verb and the speaker mention, if known. The content
    runs from the cue (or its ``that``) to the end of the clause — where the
    quote closes with punctuation, or a semicolon, a dash, a parenthesis or a
    new reporting verb cuts it — and, when the cue follows the quote, from the
    start of the quote's clause to the speaker. The quote is the whole content
    when a reporting verb stands right before it (``he asked, "…"``) or when a
    short gap after the cue ends with a colon, or with a comma before a
    capitalised quote (``Rutte stated, "…"``) or after a mere adverbial
    (``said in an interview, "…"``).

    Refinements: when the cue is itself the complement of another reporting
    verb a few words before it, with no comma or preposition between them
    (``said she believes …``), the content starts at that outer verb, and so
    it does when the quote follows a naming relative clause inside a report
    (``said she backs the bill, which she called "…"``); the content starts
    at the cue's ``that`` when only adverbials or the hearer stand between
    them (up to five words, or up to twelve with no verb or quote: ``told
    voters at a rally in Ohio that …``), but not after a subject pronoun
    (``says he is sure that …``: the content starts at the cue); and a quoted
    phrase woven into the clause and closed by a comma does not end the
    content when a subordinate clause or another quoted phrase of a list
    follows (``…," when it comes to …``, ``a "liar," "lazy" and "unfit"``).

    More of English news syntax: a colon or a dash before a capitalised quote,
    or a comma before a quoted sentence, introduces the words themselves after
    a gap of any length (``recited the line: "…"``); *accuse* reports what
    follows its ``of`` (``accused the leader of "…"``); the *and* that links a
    new report, and a second verb phrase in the cue's own form (``called her
    "…" and boycotted the debate``), are not content, but a cue right after a
    quoted phrase is the verb of the reported clause (``the ad "…" suggests
    that …``); and when the cue follows the quote, a reporting verb before
    the quote in its clause still opens the content (``Decrying the "…,"
    Lee said``). A report set off by commas inside the content (``The arms
    it has, he added, are like "…"``) is handled by :func:`content_share`.

    >>> text = 'Ann Lee said the plan was "a disaster" and left.'
    >>> q = find_quotes(text)[0]
    >>> cue = (text.index("said"), text.index("said") + 4)
    >>> a, b = reported_span(text, q, (0, len(text)), cue)
    >>> text[a:b]
    ' the plan was "a disaster" and left.'
    """
    lo, hi = min(frame[0], quote.start), max(frame[1], quote.end)
    if (
        cue is not None
        and speaker is not None
        and cue[1] <= speaker[0] < speaker[1] <= quote.start
        and (
            not text[speaker[1] : quote.start].strip(" ,:\t")
            # "According to Ann Lee, who chairs the panel, "…"", "…, a lawyer, "…""
            or _SOURCE_CLAUSE.fullmatch(text, speaker[1], quote.start)
        )
        and _SENTENCE_END.search(text, quote.start, quote.end)
    ):  # According to Ann Lee, "…": a sentence quoted whole right after who said it
        return quote.start, quote.end
    outer = _naming_inside_report(text, quote, lo)
    if outer is not None:  # said he backs a bill, which he called "…": the outer content
        return outer, _clause_end(text, quote, hi, woven=True)
    if _cue_right_before(
        text, quote, lo, cue
    ):  # … while chanting, "No more secrets, no more lies."
        return quote.start, _clause_end(text, quote, hi)
    after = [s[0] for s in (cue, speaker) if s is not None and s[0] >= quote.end]
    if cue is not None and cue[1] <= quote.start:
        outer_cue = _outer_cue(text, cue, lo)
        if outer_cue == cue:
            complement = _complement_start(text, cue, quote)
            if complement is not None:  # accused him of "…": the words follow the target
                return complement, _clause_end(
                    text,
                    quote,
                    hi,
                    woven=bool(text[complement : quote.start].strip()),
                    cue_form=_cue_form(text, cue),
                )
        start = _start_after_cue(text, max(outer_cue[1], lo), quote)
        return start, _clause_end(
            text,
            quote,
            hi,
            woven=bool(text[start : quote.start].strip()),
            cue_form=_cue_form(text, outer_cue),
        )
    if after:
        start = _clause_start(text, quote, lo)
        governing = _governing_cue(text, start, quote)
        if governing is not None:  # Decrying the "phony system," Trump said …
            start = governing
        if quote.content.rstrip()[-1:] in (".", "!", "?", "…") and _NEW_SENTENCE.match(
            text, quote.end
        ):
            return start, quote.end  # "…." That was how Lee put it: the quote ends the content
        if _WAS_ALL.match(text, quote.end):
            return start, quote.end  # "…," was all Lee would say: the quote is the content
        if (
            speaker is not None
            and speaker[0] == min(after)
            and quote.content.rstrip()[-1:] == ","
            and _APPOSITION_GAP.fullmatch(text, quote.end, speaker[0])
        ):  # "…," the paper's editor, Ann Lee, said: the description is not content
            return start, quote.end
        return start, min(after)
    if speaker is not None and speaker[1] <= quote.start:
        return max(speaker[1], _clause_start(text, quote, lo)), _clause_end(text, quote, hi)
    return _clause_start(text, quote, lo), _clause_end(text, quote, hi)


#: Between a quote closed by a comma and the speaker's name: a description of the speaker
#: set off by commas (*"…," the paper's editor, Ann Lee, said*), which is not content.
_APPOSITION_GAP = re.compile(
    r"[ \t\u00a0]+(?:the|a|an|his|her|its|their|our)[ \t\u00a0]"
    r"[^\"“”„‟«»‘.;:!?,\n]{1,80},[ \t\u00a0]+"
)
#: After a quote that ends its sentence: the next sentence opens (a capital after spaces).
_NEW_SENTENCE = re.compile(r"[ \t\u00a0]+[A-Z]")
#: After a quote that is the subject: all its speaker said (*"…," was all Lee said*).
_WAS_ALL = re.compile(r",?[ \t]*(?:was|is)\s+all\s")


def _cue_form(text: str, cue: tuple[int, int]) -> str | None:
    """The verb form (``past``, ``base`` …) of the reporting cue at ``cue``, if it is one."""
    from nbutils.cues import find_cues

    return next((c.form for c in find_cues(text, cue[0], cue[1])), None)


def _start_after_cue(text: str, start: int, quote: Quote) -> int:
    """Where the content of a cue ending at ``start`` begins, for a quote after it.

    At the quote when the gap introduces the words themselves: a short gap
    ending with a colon, or with a comma before a capitalised quote or after a
    mere adverbial (*Rutte stated, "…"*, *said in an interview, "…"*); any
    gap ending with a colon or a dash before a capitalised quote (*recited the
    line: "…"*, *-- "That makes me smart" --*); a gap of up to twenty words
    ending with a comma before a quoted sentence (*told the Herald in a phone
    call late on Friday, "But both of them can do it,"*). At the cue's
    *that* when only adverbials or the hearer stand between (*said on
    Monday that "…"*). Otherwise right after the cue.
    """
    gap = text[start : quote.start].rstrip()
    head = quote.content.lstrip("\"'‘’“”`…. [(")[:1]
    that = _THAT.search(text, start, quote.start)
    if (
        that is None
        and len(gap.split()) <= 6
        and (gap.endswith(":") or gap.endswith(",") and (head.isupper() or _ADJUNCT.match(gap)))
    ):
        return quote.start  # Rutte stated, "…"  /  He told reporters: "…"
    if head.isupper() and not _DOUBLE_MARK.search(gap):
        if _INTRODUCED.search(gap) and not looks_like_title(quote.content):
            return quote.start  # recited, to applause, the line: "…"  /  … -- "That is it" --
        if (
            that is None
            and gap.endswith(",")
            and len(gap.split()) <= 20
            and _spoken_sentence(quote)
        ):
            return quote.start  # told the Herald in a phone call late on Friday, "We won."
    if that is not None and _that_after_cue(text, start, that.start()):
        return that.start()  # said on Monday that "…": the content starts at "that"
    return start


def _spoken_sentence(quote: Quote) -> bool:
    """Is ``quote`` a sentence of speech (three words or more, closed by punctuation)?"""
    content = quote.content.rstrip()
    return (
        content[-1:] in ".!?,…"
        and len(_WORD.findall(content)) >= 3
        and not looks_like_title(content)
    )


#: A colon or a dash right before a capitalised quote introduces the words themselves.
_INTRODUCED = re.compile(r"(?::|\s[-–—]{1,2}|[—―])$")

#: Between a cue and a later quote: the quote is in a clause of its own.
_OWN_CLAUSE = re.compile(
    r"[,;:]|\b(?:because|when|while|so|if|unless|(?:al)?though|since|after"
    r"|before|until|as|where|whereas)\b"
)
#: Right before a cue word: a determiner or a possessive makes it a noun (*Trump's remarks*).
_NOUN_BEFORE = re.compile(
    r"(?:['’]s|\b(?:the|a|an|his|her|their|its|our|my|your|these|those"
    r"|this|that))\s+$",
    re.IGNORECASE,
)


def _governing_cue(text: str, lo: int, quote: Quote) -> int | None:
    """Where the content starts when a reporting verb in ``text[lo:quote.start]`` governs the quote.

    For a quote whose speaker and cue come after it, a reporting verb before
    the quote in the same clause still opens the content (*Decrying the
    "phony system," Trump said …*, *Ashdown cautioned that such a registry would
    be "…," he said*), unless the quote stands in a clause of its own
    (*said she felt it was worth it because "…"*) or the cue word is a noun
    (*Trump's remarks about him were "…"*).

    >>> text = 'Decrying the "phony system," Lee said it was rigged.'
    >>> text[_governing_cue(text, 0, find_quotes(text)[0]):][:5]
    ' the '
    """
    from nbutils.cues import find_cues

    cues = [
        c for c in find_cues(text, lo, quote.start) if not c.ambiguous and c.lemma != "according to"
    ]
    if not cues or _NOUN_BEFORE.search(text, max(lo, cues[-1].start - 12), cues[-1].start):
        return None
    start = _start_after_cue(text, cues[-1].end, quote)
    if start < quote.start and _OWN_CLAUSE.search(text, cues[-1].end, quote.start):
        return None
    return start


#: Cues whose object is the target of the words: what is reported follows a preposition
#: (*accused him of "…"*).
_TARGET_THEN = {"accuse": "of"}


def _complement_start(text: str, cue: tuple[int, int], quote: Quote) -> int | None:
    """Where the reported words start after a cue whose object is their target.

    *Accused the regime's ruler, Kim Jong Un, of "wild provocation"*:
    after the preposition the cue takes. ``None`` for other cues, or when the
    gap is long or holds another quote.

    >>> text = 'She accused the board of "a shameful betrayal" on Friday.'
    >>> q = find_quotes(text)[0]
    >>> text[_complement_start(text, (4, 11), q):q.start]
    ' '
    """
    from nbutils.cues import lemma_of

    lemma = lemma_of(text[cue[0] : cue[1]])
    gap = text[cue[1] : quote.start]
    if lemma == "according to":
        return _after_source(text, cue, quote)
    if lemma not in _TARGET_THEN or len(gap.split()) > 15 or _DOUBLE_MARK.search(gap):
        return None
    m = re.search(rf"\b(?:{_TARGET_THEN[lemma]})\b", gap)
    return cue[1] + m.end() if m else None


def _after_source(text: str, cue: tuple[int, int], quote: Quote) -> int | None:
    """*According to X, a group that …, the ads "…"*: the reported words are the clause after
    the source and its asides, from the last comma before the quote (in the same sentence,
    with no other quote between), when the source opens the sentence; ``None`` when no
    comma is there or the source is an aside inside the sentence.

    >>> text = 'According to a memo from the fund, a PAC, its ads "moved voters by ten points."'
    >>> q = find_quotes(text)[0]
    >>> text[_after_source(text, (0, 12), q):q.start]
    ' its ads '
    """
    gap = text[cue[1] : quote.start]
    comma = gap.rfind(",")
    if comma < 0 or _DOUBLE_MARK.search(gap) or re.search(r"[.;!?]\s", gap):
        return None
    before = text[max(0, cue[0] - 3) : cue[0]].rstrip(" \t")
    if before and before[-1] not in '.!?\n"”’':
        return None  # (inside a sentence: "Lee was, in the words of an aide, "…" of it")
    return cue[1] + comma + 1


_PREPOSITION = re.compile(r"\b(?:after|before|by|of|from|for|with|without|in|on|while)\b")


#: A relative clause that names what it precedes: *what she calls*, *which he called a*.
_RELATIVE_NAMING = re.compile(
    r"\b(?:what|which|whom)\b(?:\s+[\w.'’-]+){0,5}?\s+(?:(?:is|are|was|were|has been)\s+)?"
    r"(?:\w+ly\s+)?(?:calls?|called|dub(?:s|bed)|describe[sd]|term(?:s|ed)|label(?:s|l?ed))"
    r"\s*,?\s*(?:(?:an?|the)\s+)?$",
    re.IGNORECASE,
)


def _naming_inside_report(text: str, quote: Quote, lo: int) -> int | None:
    """Where the outer content starts when ``quote`` follows *what X calls* inside a report.

    In *Lee said she backs the bill, which she called "a fair deal."* the
    naming clause belongs to what Lee said, so the content starts after
    *said*; without an earlier reporting verb the naming stands alone.

    >>> text = 'Lee said she backs the bill, which she called "a fair deal."'
    >>> text[_naming_inside_report(text, find_quotes(text)[0], 0):][:12]
    ' she backs t'
    """
    from nbutils.cues import find_cues

    m = _RELATIVE_NAMING.search(text, max(lo, quote.start - 80), quote.start)
    if m is None:
        return None
    ends = [
        c.end
        for c in find_cues(text, lo, m.start())
        if not c.ambiguous and c.lemma != "according to"
    ]
    return max(ends) if ends else None


def _that_after_cue(text: str, cue_end: int, that: int) -> bool:
    """Is the *that* at ``that`` the complementizer of the cue ending at ``cue_end``?

    Only adverbials or the hearer may stand between them (*said on Monday
    that*, *told voters at a rally in Ohio that*): not a subject pronoun (*says
    he is sure that*) and, in a longer gap, no verb or quote either.
    """
    gap = text[cue_end:that]
    words = gap.split()
    if len(words) > 12 or _INNER_CLAUSE.search(gap):
        return False
    # (a time clause is an adverbial too: "wrote before the polls had closed that …")
    main = _TIME_CLAUSE.split(gap, maxsplit=1)[0]
    return len(words) <= 5 or not (_LONG_GAP_STOP.search(main) or _MARK.search(gap))


#: A subordinate clause of time between a cue and its *that* (*said after the vote had
#: closed that …*): its verb is not the cue's object clause.
_TIME_CLAUSE = re.compile(r"\b(?:before|after|until|once|since)\s+(?:the|a|an|its|their|his|her)\b")


def _outer_cue(text: str, cue: tuple[int, int], lo: int) -> tuple[int, int]:
    """The reporting verb whose content holds ``cue`` (*said he thinks …*), else ``cue``.

    >>> text = 'Kim said she believes it is "a great idea."'
    >>> a, b = _outer_cue(text, (text.index("believes"), text.index("believes") + 8), 0)
    >>> text[a:b]
    'said'
    """
    from nbutils.cues import find_cues

    a = max(lo, cue[0] - 50)
    for c in reversed(find_cues(text, a, cue[0])):
        if c.ambiguous or c.lemma == "according to" or c.end > cue[0]:
            continue
        gap = text[c.end : cue[0]]
        if len(gap.split()) <= 6 and not _BREAK.search(gap) and not _PREPOSITION.search(gap):
            return c.start, c.end
        break
    return cue
