"""Is a quoted phrase a title (the name of a work, a show or a slogan)?

:func:`looks_like_title` reads Title Case (minor words aside) and no sentence end inside;
``_HEADLINE_READ`` finds the verbs of reading around a headline quoted in the text.
"""

from __future__ import annotations

import re

from nbutils.lexicons import Closed
from nbutils.quotes.marks import _WORD

#: A sentence end inside a would-be title ("We lost. Then …" is no title).
_SENTENCE_INSIDE = re.compile(r"[.!?;:]\s")
#: Words a title may leave in lower case ("Meet the Press", "Gone With the Wind").
_MINOR_WORDS = frozenset(
    """a an the of and or nor but in on at to for with from by as vs vs. v.
into onto over under up out off per via de la le del von van der""".split()
)
#: Cues that name rather than report ("a show called …"): a title may follow them.
_NAMING_LEMMAS = frozenset({"call", "dub", "label", "term", "title", "name", "describe"})


def looks_like_title(content: str) -> bool:
    """Is ``content`` cased like the name of a work, show, bill or slogan?

    Two to eight words, every word capitalised except short function words,
    no sentence inside (a trailing comma or period is US house style), and
    not a shouted all-caps line; or such a title after a title-cased head and
    a colon (*Harvest: How Small Towns Learn to Grow or Fade*), but not
    after an all-caps speaker label (*WALLACE: …*).

    >>> looks_like_title("Meet the Press."), looks_like_title("Make America Great Again")
    (True, True)
    >>> looks_like_title("We lost."), looks_like_title("Probably."), looks_like_title("NO WAY")
    (False, False, False)
    >>> looks_like_title("Collapse: How Societies Fail,"), looks_like_title("Lee: We won it all.")
    (True, False)
    """
    first = _WORD.search(content)
    if first is None or not (content[first.start()].isupper() or content[first.start()].isdigit()):
        return False  # no word, or a lower-case first word: no title (fast path)
    core = content.strip().rstrip(",.;:").strip()
    head, colon, tail = core.partition(": ")
    if colon and head.strip() and not head.isupper():  # a subtitle: "Collapse: How Societies …"
        return _title_cased(head, 1, 6) and _title_cased(tail, 2, 10)
    return _title_cased(core, 2, 8)


def _title_cased(core: str, least: int, most: int) -> bool:
    """Is ``core`` ``least`` to ``most`` words, all capitalised but minor words, no sentence?"""
    if not core or _SENTENCE_INSIDE.search(core) or (core.isupper() and " " in core):
        return False
    words = _WORD.findall(core)
    if not least <= len(words) <= most or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    capitals = 0
    for w in words:
        if w[0].isupper() or w[0].isdigit():
            capitals += 1
        elif w.lower() not in _MINOR_WORDS:
            return False
    return capitals >= min(2, least)


#: Words before a noun: after them a cue word (*report*, *statement*) is a noun, not a verb.
_DETERMINERS = Closed.DETERMINERS
#: A headline, a caption or a banner that reads …: a Title-Cased quote after it is its
#: wording, a title (a quoted sentence may still be someone's words).
_HEADLINE_READ = re.compile(
    r"\b(?:headlines?|subhead(?:line)?s?|captions?|banners?|chyrons?|title"
    # a slogan in Title Case on what people carry or wear ("signs reading "Birchwood Is Family."")
    r"|signs?|placards?|posters?|billboards?|stickers?|t-shirts?|shirts?|caps?|hats?"
    r"|plaques?|inscriptions?|marquees?|mottos?|murals?|tombstones?|headstones?)"
    # where it hangs ("A brass sign over its gate reads …"): one short phrase, no clause mark
    r"(?:\s+(?:over|on|at|outside|above|in|by|near|beside|behind|under)\s+[^\"“”.,;:!?\n]{1,30}?"
    # or what it did, then the participle ("Signs bobbed over the heads, reading …")
    r"|\s+[a-z]+ed\b[^\"“”.,;:!?\n]{0,30},(?=\s+reading\b)"
    # or some of them ("signs in their yards, some reading …, others …")
    r"|[^\"“”.,;:!?\n]{0,40},\s+(?:some|others|one|many|most|several|a\s+few)"
    r"(?:\s+of\s+them)?(?=\s+(?:read|reads|reading|said|saying)\b))?"
    r"\s+(?:that\s+)?(?:read|reads|reading|ran|runs|said|says"
    r"|saying|declared|proclaimed|screamed|blared)\s*[,:]?\s*"
    # the next slogans of a list ("signs reading "Save Our Parks" and "Parks Can't Wait."",
    # also with an aside before the last: "… and, held up by a child, "…"")
    r"(?:[\"“][^\"“”\n]{1,60}[\"”]\s*(?:,|,?\s+(?:and|or)(?:\s*,[^\"“”\n,]{1,60},)?)\s*)*$",
    re.IGNORECASE,
)
