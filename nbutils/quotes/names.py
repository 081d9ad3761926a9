"""A quote standing where a name goes: not speech.

:func:`work_after` finds a work named after its maker (*the "Tide Tables" column by*),
:func:`in_name_slot` a quote in the slot of a name (a role or a work around it), which
:mod:`nbutils.attribution` reads too.
"""

from __future__ import annotations

import re

from nbutils.quotes.marks import Quote, nickname_in_name
from nbutils.quotes.titles import _HEADLINE_READ, _title_cased, looks_like_title

_NAME_SLOT = re.compile(
    r"(?:\w['’]s|\b(?:on|in|of|from|with|at|about|for|by|into"  # NBC's, on, of …
    r"|called|titled|entitled|named|nicknamed|dubbed|labell?ed|including"  # naming verbs
    r"|book|memoir|novel|biography|autobiography|film|movie|documentary|show|series|sitcom"
    r"|program|programme|podcast|album|song|play|musical|ad|spot|article|column|op-ed|essay"
    r"|editorial|commentary|headline|episode|segment|newsletter|blog|memo|report|poem"
    r"|according\s+to))\s*,?\s*$",
    re.IGNORECASE,
)


#: A work with its author or source, then a comma: *an article by the nominee, "…"*.
_WORK_BY = re.compile(
    r"\b(?:book|memoir|novel|biography|film|documentary|album|song|play|poem|essay|article"
    r"|column|op-ed|editorial|paper|study|report|memo|speech|lecture|thesis|dissertation)"
    r"\s+(?:by|from|in)\s+[^,;:\"“”\n]{1,50},\s*$",
    re.IGNORECASE,
)


#: What may follow the noun of a work named right after a quote (*a film about …*, *a show
#: that …*): never another noun (*"Yes," a program manager said* is an answer).
_WORK_WORDS = (
    "about|by|from|that|which|starring|set|written|directed|produced|based|in|on|of|for|with"
    "|where|released|made|whose"
)
#: Right after a quote: a year in brackets (*"Harbour Lights" (1998)*, a poster's slogan and
#: its year), or an apposition naming a work (*"Nightfall," a film about …*).
_WORK_AFTER = re.compile(
    r"(?P<year>[ \t\u00a0]*\((?:1[89]|20)\d\d\))"
    r"|(?P<comma>,?)[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+(?:[\w'’-]+[ \t\u00a0]+){0,3}?"
    r"(?:book|memoir|novel|film|movie|documentary|album|song|poem|show|series|sitcom|drama"
    r"|thriller|comedy|musical|play|program|programme|podcast)s?\b(?![’'])"
    r"(?:(?=[ \t\u00a0]*[,.;:)—–]|[ \t\u00a0]*$)|[ \t\u00a0]+(?:" + _WORK_WORDS + r")\b)"
)


def work_after(text: str, end: int, content: str) -> bool:
    """Does what follows a quote (ending at ``end``) make it the name of a work: a year in
    brackets, or a comma and a work it names (*"Nightfall," a film about …*) after a
    capitalised name, the work's noun followed by punctuation or a word like *about*, *that*,
    *starring* (:data:`_WORK_WORDS`): not by a reporting verb (*"…," the book says*) nor a
    noun (*"Yes," a film critic said*: the noun heads a person).

    >>> text = 'Then "Nightfall," a film about miners, opened. "Red Sky," the book says.'
    >>> [work_after(text, q.end, q.content) for q in find_quotes(text)]
    [True, False]
    >>> text = 'The posters read "No more tolls!" (2009) and "Less tax," he said (in 2010).'
    >>> [work_after(text, q.end, q.content) for q in find_quotes(text)]
    [True, False]
    >>> text = '"Yes," a program manager said. "Nightfall," the film, opened.'
    >>> [work_after(text, q.end, q.content) for q in find_quotes(text)]
    [False, True]
    """
    m = _WORK_AFTER.match(text, end)
    if m is None:
        return False
    if m.group("year"):
        return True
    name = content.rstrip()
    if not (name.endswith(",") or m.group("comma")) or not _title_cased(name.rstrip(",.;:"), 1, 8):
        return False
    return True


#: A role right after a quoted name: the name qualifies it (*"Morning Show" host Gwen Ashby*).
_ROLE_AFTER = re.compile(
    r"[ \t\u00a0]+(?:star|stars|host|co-host|anchor|creator|actor|actress"
    r"|cast|producer|showrunner|director|author|writer|singer|contestant)\b"
)


def in_name_slot(text: str, quote: Quote) -> bool:
    """Does the text right before ``quote`` make it a name rather than reported speech?

    A possessive or a preposition (*said on WXT's "Face the Voters."*, *the
    author of "The Art of the Deal"*), a naming verb (*a memo titled "…"*,
    *a film called "…"*) or a noun for a work (*his book, "…"*); or, right
    after the quote, a role the name qualifies (*"Morning Show" host Gwen
    Ashby*), or a nickname inside a name (*Robert "Bob" Hale*). Used for
    title-cased quotes: such a quote names a work, a show or a bill.

    >>> text = ('Pence said on WXT’s "Sunday Desk." He read "Hamlet" on "Friday." '
    ...         'Her memo, "The Facts," and a show called "Brokers" aired. "Broad City" star Lee')
    >>> [in_name_slot(text, q) for q in find_quotes(text)]
    [True, False, True, True, True, True]
    >>> text = 'She read from an article by the nominee, "Rethinking Rail Oversight," aloud.'
    >>> [in_name_slot(text, q) for q in find_quotes(text)]
    [True]
    """
    return bool(
        _NAME_SLOT.search(text, max(0, quote.start - 30), quote.start)
        or _WORK_BY.search(text, max(0, quote.start - 80), quote.start)
        or _ROLE_AFTER.match(text, quote.end)
        or work_after(text, quote.end, quote.content)
        or nickname_in_name(text, quote.start, quote.end, quote.content)
        or _HEADLINE_READ.search(text, max(0, quote.start - 200), quote.start)
        and looks_like_title(quote.content)
    )
