"""The first, context-only guess of a quote's kind: direct, partial, title or scare.

:func:`_classify` reads the quote and a bounded window around it (speech after it, a
title, a question on its own paragraph, a headline's verbs); :mod:`nbutils.attribution`
refines the guess once it knows whether a reporting verb governs the quote.
"""

from __future__ import annotations

import re

from nbutils.quotes.headlines import _headline_clause, _headline_predicate, _headline_said
from nbutils.quotes.marks import (
    _ALL_SAID,
    _BYLINE,
    _MENTION_AFTER,
    _NAMED_BEFORE,
    _WORD,
    _WORK_BEFORE,
    Quote,
    _look_behind,
    _rest_of_line,
    nickname_in_name,
)
from nbutils.quotes.names import work_after
from nbutils.quotes.titles import (
    _DETERMINERS,
    _HEADLINE_READ,
    _NAMING_LEMMAS,
    _title_cased,
    looks_like_title,
)


def _classify(text: str, start: int, end: int, c0: int, c1: int, lo: int) -> str:
    """A context-only guess at what the quote is (refined by attribution)."""
    content = text[c0:c1].strip()
    before = _look_behind(text, lo, start)
    after = text[end : end + 3].lstrip()
    words = _WORD.findall(content)
    sentence_start = before == "" or before[-1] in ".!?:;,—–-(\"“”'’"
    looks_sentence = bool(content) and (content[0].isupper() or content[0] in "….[(")
    ends_sentence = bool(content) and content[-1] in ".,!?…;:—–-"
    if (content.endswith(",") or text[end : end + 1] == ",") and _BYLINE.match(text, end, end + 40):
        return "title"  # a headline: "Museum accused of repainting the old chapel," by Ann Roe
    if nickname_in_name(text, start, end, content):
        return "title"  # Margaret 'Peggy' Trevanion: a nickname, part of a name
    if work_after(text, end, content):
        return "title"  # "Nightfall," a film about …; "Stop the Toll" (2009): names a work
    title_like = looks_like_title(content)  # (the cheap tests on the content go first)
    if (
        title_like
        and content.endswith("?")
        and len(words) <= 3  # (a work's title runs longer: "Who Will Sing For Me?")
        and _question_paragraph(text, start, end)
    ):
        title_like = False  # "Out of 200?" a paragraph of its own: a turn of an exchange
    if title_like and _headline_predicate(before, words):
        return "partial"  # Sheriff Tom Grady Says Deputies "Did Everything Right"
    if (
        title_like
        and not _spoken(before)
        and not (
            _headline_clause(content)  # "We Will Not Back Down," Jane Roe Says: a headline's
            and _headline_said(content, text[end : end + 60])  # words, Title-Cased
        )
    ):
        return "title"  # ''Meet the Press,'' "The Art of the Deal" (US style: comma inside)
    if (
        words
        and (words[0][0].isupper() or words[0][0].isdigit())  # (_title_cased's first test)
        and _title_cased(content.rstrip(",.;:"), 1, 8)
        and _NAMED_BEFORE.search(before)
    ):
        return "title"  # a show called "Brokers," …
    if (content.endswith(",") or text[end : end + 1] == ",") and _WORK_BEFORE.search(before):
        return "title"  # her column, "Tell your story," is …: the name of a work
    if title_like and _HEADLINE_READ.search(before):
        return "title"  # the headline read "Town Left to Drown.": a paper's words, a title
    if len(words) <= 2 and not ends_sentence and _MENTION_AFTER.match(text, end):
        if _ALL_SAID.match(text, end):
            return "direct"  # "No comment" was all Lee would say: said, and all of it
        return "scare"  # "Refoulement" is forbidden …: a word talked about, not said
    if (
        len(words) >= 2
        and not ends_sentence
        and content.isupper()
        and not text[lo:start].strip()
        and not _rest_of_line(text, end).strip()
    ):
        return "title"  # a subhead in capitals, a line of its own: “DIVISIVE AND WRONG”
    if before == "" and len(words) >= 2 and not title_like and not _rest_of_line(text, end).strip():
        return "direct"  # a paragraph that is only a quotation: "who else has this" (a text)
    if (sentence_start and looks_sentence) or (ends_sentence and len(words) > 3):
        if len(words) > 3 or ends_sentence or before == "" or before[-1] in ":,":
            return "direct"
    if not words:
        return "scare"
    if (
        not ends_sentence
        and 2 <= len(words) <= 10  # (at least two capitals: one word cannot have them)
        and len([w for w in words if w[0].isupper()]) >= max(2, (len(words) + 1) // 2)
        and before
        and before[-1] not in ".!?:"
    ):
        return "title"
    if len(words) <= 2 and not ends_sentence and after[:1] not in (",",):
        return "scare"
    return "partial"


def _question_paragraph(text: str, start: int, end: int) -> bool:
    """Is the quotation from ``start`` to ``end`` a paragraph of its own below the first line
    (a bare question put in an exchange, not a headline's words), after a paragraph that
    quotes someone (not a book's title or a subhead after narration)?"""
    a = text.rfind("\n", 0, start)
    b = text.find("\n", end)
    if a < 0 or text[a:start].strip() or text[end : b if b >= 0 else None].strip():
        return False
    before = text[max(0, a - 2000) : a].rstrip("\n")
    previous = before[before.rfind("\n") + 1 :]
    return any(c in previous for c in '"“”')


def _spoken(before: str) -> bool:
    """Does the text before a quote introduce speech (a colon or a reporting verb)?"""
    from nbutils.cues import lemma_of

    before = before.rstrip()
    if before.endswith(":"):
        return True
    words = _WORD.findall(before[-40:].rstrip(","))
    lemma = lemma_of(words[-1]) if words else None
    if len(words) > 1 and (words[-2].lower() in _DETERMINERS or words[-2][-2:] in ("'s", "’s")):
        return False  # its report, "…": a noun for the work, not a verb of speech
    return lemma is not None and lemma not in _NAMING_LEMMAS


#: What follows a quote that a reporting clause closes: a pronoun or a name, then a
#: word (*'…,' she said*, *'…,' Ann Lee added*), or a word then a name (*'…,' said Lee*).
_AFTER_QUOTE = re.compile(
    r"\s*(?:(?:he|she|they|we|I|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+([a-z]+)\b"
    r"|([a-z]+)\s+(?:he|she|[A-Z]))"
)


def _spoken_after(q: Quote, after: str) -> bool:
    """Is a single-quoted sentence ending in a comma, ? or ! followed by its reporting
    clause (*'We owe it to them,' she said*)?

    >>> q = find_quotes("'We owe it to them,' she said.")[0]
    >>> _spoken_after(q, " she said."), _spoken_after(q, " in the end.")
    (True, False)
    """
    from nbutils.cues import lemma_of

    if not q.content.rstrip().endswith((",", "?", "!")):
        return False
    m = _AFTER_QUOTE.match(after)
    return m is not None and lemma_of(m.group(1) or m.group(2)) is not None
