"""Find quotations by their quotation marks — robustly, in one linear pass.

News text mixes every kind of quotation mark: straight ``"``, curly ``“ ”``,
the New York Times' two apostrophes ``''…''``, TeX-style ``\\`\\`…''``, low
``„``, guillemets ``« »``, and single quotes (``‘…’`` or ``'…'``) used inside
double ones or, in headlines and British papers, on their own. Writers also
mix them (a quote opened with ``"`` and closed with ``”``), forget to close
them, and split one speech across paragraphs (a paragraph that opens a quote
without closing it goes on at the next paragraph's opening mark).

How a mark is read. Each candidate mark is classified by what flanks it, the
way a human reader does: a mark *opens* when it follows a space, the start of
a paragraph or an opening bracket and precedes a non-space; it *closes* when it
follows a non-space and precedes a space, punctuation or the paragraph end.
Only when the context says neither (``a"b``) does the glyph decide (``“`` opens,
``”`` closes, ``"`` toggles). Apostrophes are never quote marks: a ``'``/``’``
between two letters (``I’m``, ``don't``), before a decade (``’90s``) or a known
elision (``'em``, ``'til``) is skipped, and a single quote only counts when its
opening and closing marks are both found in the same paragraph.

What happens to bad input. Nothing raises. An opening mark that is never
closed yields a quote that runs to the end of its paragraph (``closed=False``);
a stray closing mark is ignored; an opening mark met inside an open quote
ends the open one there and starts anew. Each paragraph is scanned once with
one precompiled regular expression, and the kind guess of each quote reads only
a bounded window before it, so the cost is linear in the text length.

Each :class:`Quote` keeps its span *including* the marks (``text[start:end]``
starts and ends with them) and, separately, the span of its content. Its
``kind`` is a first, context-only guess — ``"direct"`` (a sentence or clause
quoted whole), ``"partial"`` (a phrase woven into the writer's sentence),
``"title"`` (a Title-Cased name of a work, a show or a slogan, or a headline
followed by its byline) or ``"scare"`` (a word or two held at a distance) —
which :mod:`nbutils.attribution` refines once it knows whether a reporting
verb governs the quote.

How much of what is reported is quoted. PolNeAR calls an attribution direct
when at least half of its content's letters lie inside double quotation
marks. :func:`content_share` estimates that share from the text around a
quote — the reported content runs from the cue (or its *that*) to the end of
the clause — so that *called the plan "a total disaster."* is direct and
*said the vote was "rigged" and vowed to fight on* is partial. A few rules of
English news syntax refine the span: a cue inside another report takes the
outer one's content (*said she believes the plan is "…"*, *said she backs the
bill, which she called "…"*); a *that* after a
subject pronoun opens a clause inside the content (*says he is sure that …*);
a subordinate clause or a list of quotes after a quoted phrase's comma goes on
with the content (*said there is "a gap," when it comes to pay*); and in ``"A," he said. "B."``
the second quote is more of the same content.

>>> text = 'He urged her to "find a way". “It matters,” he said. "Go on.\\n"Yes."'
>>> [(q.text, q.kind) for q in find_quotes(text)]
[('"find a way"', 'partial'), ('“It matters,”', 'direct'), ('"Go on.\\n"Yes."', 'direct')]
>>> [q.content for q in find_quotes("Jones' cow, the ’90s, I’m sure: 'Terrifying.'")]
['Terrifying.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from nbutils.lexicons import Closed
from nbutils.tokenise import line_spans

#: Marks that open a double quotation (by glyph, when context is silent).
DOUBLE_OPEN = frozenset({"“", "„", "‟", "«", "``"})
#: Marks that close a double quotation (by glyph).
DOUBLE_CLOSE = frozenset({"”", "»"})
#: Marks whose direction only context can tell.
DOUBLE_EITHER = frozenset({'"', "''"})
SINGLE_OPEN = frozenset({"‘", "'", "‚", "‹"})
SINGLE_CLOSE = frozenset({"’", "'", "›"})

_DOUBLE_ANY = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER
_MARK = re.compile(r"''|``|[\"“”„‟«»‹›‘’'‚]")
_ELISION = re.compile(r"(?:\d0s|\d\ds?|em|til|cause|n|tis|twas|bout|round)\b", re.IGNORECASE)
_OPEN_CONTEXT = frozenset(" \t\u00a0([{<—–-/\u2014\u2013")
_CLOSE_CONTEXT = frozenset(" \t\u00a0.,;:!?)]}>—–-/…\u2014\u2013")
_WORD = re.compile(r"[\w’'-]+")
_LABEL = re.compile(r"\(?[A-Z][A-Z.'’ -]{1,30}[A-Z.]:\s")
_BYLINE = re.compile(r",?\s*by\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z]")
#: The writer's sentence going on after a quoted word: a verb or a gloss in brackets.
_MENTION_AFTER = re.compile(r"[ \t\u00a0]+(?:\(|(?:is|was|has|means|meant|refers|became|comes)\b)")
#: After a short quote, the sentence saying it was all someone said (*"No comment" was all
#: Lee would say*): words said, not talked about.
_ALL_SAID = re.compile(
    r"[ \t\u00a0]+(?:was|is)\s+all\s+"
    # (not a thing's words: "was all the sign said" keeps a word talked about)
    r"(?!(?:the|a|an|his|her|its|their)\s+(?:note|sign|website|site|label|card|screen|message|"
    r"text|banner|headline|poster|placard|page)\b)"
    r"[^.!?\"“”\n]{1,60}?\b(?:say|said|says|offer|offered)\b"
)
#: A naming participle: what follows in quotes is a name (*a show called "Brokers"*).
_NAMED_BEFORE = re.compile(
    r"\b(?:called|titled|entitled|named|nicknamed|dubbed|known\s+as)$", re.IGNORECASE
)
#: A noun for a written or recorded work, then a comma: a quote after it names the work.
_WORK_BEFORE = re.compile(
    r"\b(?:book|memoir|novel|film|movie|documentary|album|song|poem|essay"
    r"|column|op-ed|editorial|commentary|article|headline|report|study"
    r"|paper|survey|bill|manifesto|pamphlet|podcast|series|play),$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"“”'’»)\]]*\s*$")
#: A quote between two capitalised words, each right beside it: a nickname inside a name
#: (*Margaret 'Peggy' Trevanion*, *Robert "Bob" Hale*), a name, not speech.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*\.?[ \t\u00a0]$")
_NAME_WORD_AFTER = re.compile(r"[ \t\u00a0][A-Z][a-z]")


def nickname_in_name(text: str, start: int, end: int, content: str) -> bool:
    """Is the quote text[start:end] a nickname inside a name: one or two capitalised words
    with a capitalised word right before and right after it?

    >>> t = 'Robert "Bob" Hale said "Yes" Monday.'
    >>> nickname_in_name(t, 7, 12, "Bob"), nickname_in_name(t, 23, 28, "Yes")
    (True, False)
    """
    words = content.split()
    return (
        0 < len(words) <= 2
        and all(w[:1].isupper() and w[1:2].islower() for w in words)
        and content[-1:].isalpha()
        and _NAME_WORD_AFTER.match(text, end) is not None
        and _NAME_WORD_BEFORE.search(text, max(0, start - 30), start) is not None
    )


class Quote(NamedTuple):
    """One quotation: span with marks, content span, marks, style and kind."""

    start: int  #: offset of the opening mark
    end: int  #: offset just after the closing mark (or paragraph end)
    content_start: int  #: first character after the opening mark
    content_end: int  #: last character before the closing mark, exclusive
    open_mark: str
    close_mark: str  #: "" when the quote was never closed
    style: str  #: "double" or "single"
    kind: str  #: "direct", "partial", "title" or "scare" (context-only guess)
    closed: bool
    paragraphs: int  #: how many paragraphs the quote spans (multi-paragraph quotes > 1)
    text: str
    content: str
    #: Quoted with the text's speech marks: double quotes, or single quotes where the text
    #: quotes with them (British style, or a quoted sentence after a cue); counts as quoted
    #: in :func:`quoted_share`.
    primary: bool = True

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _prev(text: str, i: int, lo: int) -> str:
    return text[i - 1] if i > lo else ""


def _next(text: str, j: int, hi: int) -> str:
    return text[j] if j < hi else ""


def _flanks(text: str, i: int, j: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(opens, closes) judged from the characters around text[i:j]."""
    p = text[i - 1] if i > lo else ""  # (_prev and _next inlined: called for every mark)
    n = text[j] if j < hi else ""
    p_open = p == "" or p in _OPEN_CONTEXT or p in "\"“‘'«„"
    n_close = n == "" or n in _CLOSE_CONTEXT or n in "\"”’'»"
    opens = p_open and (
        not n.isspace() and n != "" or n == " " and text.startswith(("…", "..."), j + 1)
    )  # '” … they are not like him,”': a mark, a space, an ellipsis opens
    closes = not p.isspace() and p != "" and n_close
    return opens, closes


class _Open(NamedTuple):
    start: int
    mark: str
    paragraphs: int


def _double_direction(mark: str, opens: bool, closes: bool, inside: bool) -> str:
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if mark in DOUBLE_OPEN:
        return "open"
    if mark in DOUBLE_CLOSE:
        return "close"
    return "close" if inside else "open"


#: Words after a closing mark that go on the writer's sentence (*'the boys' and left*).
_AFTER_CLOSE = frozenset(
    """and or but nor to in on at of for with as that which who whom when where while was were
is are be been had has have from by than so if into about after before because since""".split()
)
#: After a straight mark: a space, then a lower-case word (and the mark before it).
_NEXT_WORD_AFTER_MARK = re.compile(r" ([a-z]+)\b")


def _plural_possessive(text: str, i: int, j: int, hi: int) -> bool:
    """Is the straight ``'`` at ``text[i:j]``, inside an open single quote, the apostrophe
    of a plural possessive (*'Families' needs come first,'*): after an *s*, before a noun
    (a lower-case word that is no function word), with another straight mark later in the
    paragraph to close the quote?

    >>> t = "'Families' needs come first,' she said."
    >>> _plural_possessive(t, 9, 10, len(t)), _plural_possessive(t, 29, 30, len(t))
    (True, False)
    >>> t = "He called them 'the boys' and left, 'twice'."
    >>> _plural_possessive(t, 24, 25, len(t))
    False
    """
    if i == 0 or text[i - 1] != "s":
        return False
    m = _NEXT_WORD_AFTER_MARK.match(text, j, hi)
    if m is None or m.group(1) in _AFTER_CLOSE:
        return False
    return text.find("'", m.end(), hi) >= 0


def _is_apostrophe(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    p = text[i - 1] if i > lo else ""  # (_prev and _next inlined: called for every mark)
    n = text[j] if j < hi else ""
    if p.isalnum() and n.isalnum():
        return True  # I’m, don't, rock'n'roll
    if n and _ELISION.match(text, j, min(hi, j + 6)) and (p == "" or not p.isalnum()):
        return True  # ’90s, 'em, 'til
    return False


#: How far back the kind guess reads: every rule there looks at the last few words only.
_BEHIND = 48


def _look_behind(text: str, lo: int, start: int) -> str:
    """The paragraph's text before ``start``, right-stripped, at most about ``_BEHIND`` long.

    A bounded window (cut at a space, so that a word is not cut in half) keeps the
    cost of each quote constant: searching all of ``text[lo:start]`` before
    every quote would make one long paragraph of quotes quadratic. Empty only
    when nothing but spaces precedes ``start`` in the paragraph.

    >>> text = "It was " + "very " * 100 + 'much "so"'
    >>> _look_behind(text, 0, text.index('"'))
    'very very very very very very very very much'
    >>> _look_behind('  "a"', 0, 2)
    ''
    """
    k = start
    while k > lo and text[k - 1].isspace():
        k -= 1
    a = k - _BEHIND
    if a <= lo:
        return text[lo:k]
    space = text.find(" ", a, k)
    return text[space + 1 if space >= 0 else a : k]


def _rest_of_line(text: str, at: int) -> str:
    """The text from ``at`` to the end of its line (without the line break)."""
    end = text.find("\n", at)
    return text[at : end if end >= 0 else len(text)]


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


#: The words after a headline's quote, up to the first mark that ends a clause.
_HEADLINE_AFTER = re.compile(r"[^,;:.!?()\[\]\"“”‘’]*")


def _headline_spoken(q: Quote, after: str) -> bool:
    """Is a single-quoted sentence in a headline followed by its reporting clause, the
    headline way: no article, the verb in the present (*'We will not sign,' Drenovian
    minister says*; *'No Deal Yet,' Says Minister*)?

    >>> q = find_quotes("'We will not sign,' minister says")[0]
    >>> _headline_spoken(q, " minister says"), _headline_spoken(q, " in Paris talks")
    (True, False)
    """
    return _headline_said(q.content, after)


def _headline_said(content: str, after: str) -> bool:
    """:func:`_headline_spoken` on the quote's content."""
    from nbutils.cues import lemma_of

    if not content.rstrip().endswith((",", "?", "!")):
        return False
    m = _HEADLINE_AFTER.match(after)
    words = [w.lower() for w in _WORD.findall(m.group() if m else "")[:5]]
    return any(
        (w.endswith("s") or w in ("said", "told")) and lemma_of(w) is not None for w in words
    )


#: Between a reporting verb and the comma before a quote, these words start a clause of
#: their own (*said he would, …*): the quote is then not the verb's words.
_CLAUSE_WORDS = frozenset(
    "that if whether he she they it we i you would will could can should may might must"
    " is are was were has have had".split()
)


def _spoken_to(before: str) -> bool:
    """Does a reporting verb with a short object or adjunct end the text before a quote,
    closed by a comma (*told the meeting, '…'*, *said on Tuesday, '…'*)?

    >>> _spoken_to("Ann Lee told the meeting,"), _spoken_to("said in a statement,")
    (True, True)
    >>> _spoken_to("said he would,"), _spoken_to("the meeting,"), _spoken_to("told the meeting")
    (False, False, False)
    """
    from nbutils.cues import lemma_of

    before = before.rstrip()
    if not before.endswith(","):
        return False
    words = _WORD.findall(before[-48:])[-5:]
    for k in range(len(words) - 2, -1, -1):
        lemma = lemma_of(words[k])
        if lemma is not None and lemma not in _NAMING_LEMMAS:
            return not any(w.lower() in _CLAUSE_WORDS for w in words[k + 1 :])
    return False


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
    r"|\s+[a-z]+ed\b[^\"“”.,;:!?\n]{0,30},(?=\s+reading\b))?"
    r"\s+(?:that\s+)?(?:read|reads|reading|ran|runs|said|says"
    r"|saying|declared|proclaimed|screamed|blared)\s*[,:]?\s*"
    # the next slogans of a list ("signs reading "Save Our Parks" and "Parks Can't Wait."",
    # also with an aside before the last: "… and, held up by a child, "…"")
    r"(?:[\"“][^\"“”\n]{1,60}[\"”]\s*(?:,|,?\s+(?:and|or)(?:\s*,[^\"“”\n,]{1,60},)?)\s*)*$",
    re.IGNORECASE,
)


def _make(
    text: str,
    start: int,
    end: int,
    open_mark: str,
    close_mark: str,
    style: str,
    closed: bool,
    paragraphs: int,
    lo: int,
) -> Quote | None:
    """The quote from ``start`` to ``end``, or None when nothing is said between the marks.

    >>> _make('He said "".', 8, 10, '"', '"', "double", True, 1, 0) is None
    True
    >>> _make('He said "Yes."', 8, 14, '"', '"', "double", True, 1, 0).content
    'Yes.'
    """
    c0 = start + len(open_mark)
    c1 = end - len(close_mark)
    if _NOTHING_SAID.fullmatch(text, c0, c1):
        return None  # only spaces or marks between the marks: no quotation
    if _NOT_SAID.fullmatch(text, c0, c1) or (
        start > 0 and text[start - 1] == "=" and open_mark == '"'
    ):  # (APPLAUSE), "Related:", <tweet tweet-date="…">: a stage direction, a label, markup
        return None
    if not closed:
        while c1 > c0 and text[c1 - 1].isspace():
            c1 -= 1
        end = c1
    kind = _classify(text, start, end, c0, c1, lo)
    return Quote(
        start,
        end,
        c0,
        c1,
        open_mark,
        close_mark,
        style,
        kind,
        closed,
        paragraphs,
        text[start:end],
        text[c0:c1],
    )


#: What a pair of marks holds that nobody says: a stage direction in parentheses or
#: brackets (*(CROSSTALK)*), or a one-word label with its colon (*Related:*).
_NOT_SAID = re.compile(r"\s*(?:[(\[][^()\[\]\n]{1,40}[)\]]\.?|[A-Z][a-z]{2,20}:)\s*")
#: What a pair of marks holds when nothing is said: spaces and quotation marks only.
_NOTHING_SAID = re.compile(r"(?:\s|''|``|[\"“”„‟«»‹›‘’'‚])*")


def _add(quotes: list[Quote], quote: Quote | None) -> None:
    if quote is not None:
        quotes.append(quote)


def _add_double(
    quotes: list[Quote], text: str, opened: _Open, end: int, close_mark: str, lo: int
) -> None:
    """Add the double quote ``opened`` that ends at ``end``: closed by ``close_mark``, or left
    open (``""``) where the next quote or the paragraph begins."""
    quote = _make(
        text,
        opened.start,
        end,
        opened.mark,
        close_mark,
        "double",
        bool(close_mark),
        opened.paragraphs,
        lo,
    )
    _add(quotes, quote)


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in order, non-overlapping; never raises.

    Single-quoted passages nested inside double quotes belong to the outer
    quote and are not reported separately; in a text that quotes with single
    marks (British style, see :func:`_single_speech`) it is the other way
    round, double-quoted passages nested inside single quotes belong to them.

    >>> [q.text for q in find_quotes('"A," he said. "B ‘c’ d."')]
    ['"A,"', '"B ‘c’ d."']
    >>> q = find_quotes('Rutte said "we must') [0]
    >>> q.text, q.closed
    ('"we must', False)
    >>> [q.content for q in find_quotes("'A,' he said. 'B,' she said. 'C \\"d\\" e.'")]
    ['A,', 'B,', 'C "d" e.']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes() needs a str, got {type(text).__name__}")
    paragraphs = line_spans(text)
    quotes = _scan(text, paragraphs, singles_outer=False)
    doubled = any(q.style == "double" for q in quotes)
    if doubled and _quotes_with_single(text, quotes, paragraphs, tie=True):
        outer = _scan(text, paragraphs, singles_outer=True)  # British style: 'He said "no."'
        if _quotes_with_single(text, outer, paragraphs):
            quotes = outer
        else:
            quotes = _singles_around_doubles(text, quotes, outer, paragraphs)
    elif doubled and _SINGLE_SENTENCE_OPEN.search(text):
        outer = _scan(text, paragraphs, singles_outer=True)
        quotes = _singles_around_doubles(text, quotes, outer, paragraphs)
    return _single_speech(text, quotes, paragraphs)


#: A single mark that may open a quoted sentence (after a space, a bracket, a colon or a
#: dash, before a capital): only then can a single quote hold a double one.
_SINGLE_SENTENCE_OPEN = re.compile(r"(?:^|(?<=[\s(\[:—–-]))['‘‚‹][\W_]*[A-Z0-9…]", re.MULTILINE)


def _singles_around_doubles(
    text: str, quotes: list[Quote], outer: list[Quote], paragraphs: list[tuple[int, int]]
) -> list[Quote]:
    """A single-quoted sentence of speech that holds a double-quoted one (*Patel said:
    'My father told me, "Never borrow," and I never have.'*), in a text that otherwise
    quotes with double marks: the single quote (from the ``outer`` scan, which lets single
    marks hold double ones) replaces the double quotes inside it — when it is a sentence
    introduced as speech (a colon, a reporting verb, or its reporting clause after it)
    and no double quote runs across its marks. Both lists are in order: one pass.

    >>> [q.content for q in find_quotes("Lee said: 'Mum told me, \\"Stay,\\" and I did.'")]
    ['Mum told me, "Stay," and I did.']
    """
    out: list[Quote] = []
    starts = [p[0] for p in paragraphs]
    k = 0
    for s in outer:
        if s.style != "single" or not _SENTENCE_CONTENT.match(s.content):
            continue
        while k < len(quotes) and quotes[k].end <= s.start:
            out.append(quotes[k])
            k += 1
        inside = k
        while inside < len(quotes) and quotes[inside].end <= s.end:
            inside += 1
        if (
            inside == k
            or quotes[k].start < s.start
            or (inside < len(quotes) and quotes[inside].start < s.end)
        ):
            continue  # nothing inside, or a double quote across its marks
        lo, hi = paragraphs[bisect.bisect_right(starts, s.start) - 1]
        before = _look_behind(text, lo, s.start)
        if _spoken(before) or _spoken_to(before) or _spoken_after(s, text[s.end : hi]):
            out.append(s)
            k = inside
    return out + quotes[k:]


def _scan(text: str, paragraphs: list[tuple[int, int]], singles_outer: bool) -> list[Quote]:
    """One pass over the marks of every paragraph (see the module docstring).

    With ``singles_outer`` a single quote holds the double quotes inside it
    (they are dropped when it closes); otherwise a double quote holds single ones.
    """
    quotes: list[Quote] = []
    open_double: _Open | None = None
    #: a single quote that opened a paragraph and runs on into the next one, which reopens
    #: it (British style: 'I told the House … ¶ 'I cannot …'): (start, mark, inner, paragraphs,
    #: the first paragraph's start)
    carried: tuple[int, str, int, int, int] | None = None
    for index, (lo, hi) in enumerate(paragraphs):
        single: tuple[int, str, int] | None = None
        first_mark = True
        consumed = lo  # marks before this offset already belong to a quote
        if carried is not None:
            single = carried[:3]
        for m in _MARK.finditer(text, lo, hi):
            i, j = m.span()
            if i < consumed:
                continue
            mark = m.group()
            leading = first_mark and not text[lo:i].strip()
            first_mark = False
            if carried is not None and leading and mark in SINGLE_OPEN:
                continue  # the continuation mark of a single quote over paragraphs
            if mark in _DOUBLE_ANY:
                if mark == "''" and _is_apostrophe(text, i, i + 1, lo, hi):
                    continue
                opens, closes = _flanks(text, i, j, lo, hi)
                direction = _double_direction(mark, opens, closes, open_double is not None)
                if (
                    open_double is not None
                    and leading
                    and open_double.paragraphs > 0
                    and direction == "open"
                    and open_double.start < lo
                ):
                    continue  # continuation mark of a multi-paragraph quote
                if direction == "open":
                    if open_double is not None:  # never closed: end it before this mark
                        _add_double(quotes, text, open_double, i, "", lo)
                    open_double = _Open(i, mark, 1)
                    if not singles_outer:
                        single = None
                elif open_double is not None:
                    if (
                        mark == "''"
                        and text.startswith("'", j)
                        and not _next(text, j + 1, hi).isalnum()
                    ):
                        j += 1  # ,''' = a nested 'single' quote closing, then the quote
                        consumed = j
                    lo_open = _para_start(paragraphs, open_double.start, index)
                    _add_double(quotes, text, open_double, j, mark, lo_open)
                    open_double = None
                continue
            if open_double is not None:
                continue  # single marks inside double quotes: nested or apostrophes
            if _is_apostrophe(text, i, j, lo, hi):
                continue
            opens, closes = _flanks(text, i, j, lo, hi)
            if single is None:
                if mark in SINGLE_OPEN and opens and not closes:
                    single = (i, mark, len(quotes))
            elif mark in SINGLE_CLOSE and closes and not opens:
                if mark == "'" and _plural_possessive(text, i, j, hi):
                    continue  # 'Families' needs come first,': an apostrophe, not the close
                s, om, inner = single
                if j - s > len(om) + 1:
                    del quotes[inner:]  # double quotes nested inside (singles_outer only)
                    many, first = (carried[3], carried[4]) if carried is not None else (1, lo)
                    _add(quotes, _make(text, s, j, om, mark, "single", True, many, first))
                single = None
                carried = None
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if (
            single is not None
            and open_double is None
            and single[1] in SINGLE_OPEN
            and single[1] != "'"
            and (carried is not None or not text[lo : single[0]].strip())
            and nxt is not None
            and _opens_single(text, *nxt)
        ):
            # a single quote that opens its paragraph and is not closed there goes on at
            # the next paragraph's opening mark, as a double one does
            carried = (*single, carried[3] + 1 if carried else 2, carried[4] if carried else lo)
        else:
            carried = None
        if open_double is not None:
            if nxt is not None and _opens_paragraph(text, *nxt):
                open_double = _Open(open_double.start, open_double.mark, open_double.paragraphs + 1)
            else:
                lo_open = _para_start(paragraphs, open_double.start, index)
                _add_double(quotes, text, open_double, hi, "", lo_open)
                open_double = None
    return quotes


#: A sentence-like content: capitalised (or opened by an ellipsis), closed by punctuation.
_SENTENCE_CONTENT = re.compile(r"[\W_]*[A-Z0-9…].*[.!?,…;:—–-][\W_]*$", re.DOTALL)


def _single_speech(
    text: str, quotes: list[Quote], paragraphs: list[tuple[int, int]]
) -> list[Quote]:
    """Mark which single-quoted passages are speech marks (``primary``) rather than asides.

    American papers quote with double marks and keep single ones for headlines
    and for quotes inside quotes; British papers quote with single marks. A
    text's single quotes are its speech marks when, outside headline lines,
    they outnumber its double quotes. In a text that quotes with double marks,
    a single-quoted sentence still counts where it is plainly speech: right
    after a reporting verb or a colon (*She added, 'We will listen.'*), after a verb and
    its object (*she told the meeting, 'We …'*), or as
    the next sentence after such a quote. Headline lines — Title-Cased lines,
    and a short one-sentence first line above the body — never count, nor do
    lines in capitals or quotes inside a transcript turn (``A: … 'We …'``),
    which are the speaker's words quoting someone.

    >>> text = '''"Yes," "no" and "maybe," Lee said, then: 'We will pay.' 'All of it.' Not 'that' one.'''
    >>> [(q.content, q.primary) for q in find_quotes(text) if q.style == "single"]
    [('We will pay.', True), ('All of it.', True), ('that', False)]
    >>> [q.primary for q in find_quotes("Ruiz Hails 'A Fair Deal'\\nShe was clear.")]
    [False]
    >>> [q.primary for q in find_quotes("Ruiz Says 'We Will Pay Nothing'\\nShe was clear.")]
    [True]
    """
    if all(q.style == "double" for q in quotes):
        return quotes
    where, body = _body_singles(text, quotes, paragraphs)
    in_body = set(body)  # (a set: one look-up per quote, not a scan of the list)
    said = {  # a headline's own quote: "'We will not sign,' minister says", "Lee Says 'We …'"
        n
        for n, q in enumerate(quotes)
        if q.style == "single"
        and n not in in_body
        and (
            _SENTENCE_CONTENT.match(q.content)
            and _headline_spoken(q, text[q.end : min(q.end + 60, paragraphs[where[n]][1])])
            or _headline_clause(q.content)
            and _spoken_right_before(_look_behind(text, paragraphs[where[n]][0], q.start))
        )
    }
    if len(body) > len(quotes) - sum(q.style == "single" for q in quotes):
        keep = in_body | said  # the text quotes with single marks
    else:
        keep = set()
        for n in body:
            q = quotes[n]
            lo = paragraphs[where[n]][0]
            if (
                not _SENTENCE_CONTENT.match(q.content)
                or len(_WORD.findall(q.content)) < 2
                or q.content.isupper()
            ):
                continue  # not a sentence, or a line in capitals (a headline)
            before = _look_behind(text, lo, q.start)
            if (
                _spoken(before)
                or _spoken_to(before)
                or _spoken_after(q, text[q.end : min(q.end + 60, paragraphs[where[n]][1])])
                or n - 1 in keep
                and where[n] - where[n - 1] <= 1
                and (before == "" or before[-1] in ".!?'’\"”")
            ):
                keep.add(n)
        keep |= said
    return [
        q._replace(primary=False) if q.style == "single" and n not in keep else q
        for n, q in enumerate(quotes)
    ]


def _spoken_right_before(before: str) -> bool:
    """Does ``before`` end with a reporting verb (and its hearer) or a colon, not a
    sentence?"""
    return before[-1:] not in ("", ".", "!", "?") and (_spoken(before) or _spoken_to(before))


def _headline_predicate(before: str, words: list[str]) -> bool:
    """Is a Title-Cased quote the predicate of a clause a headline reports: a capitalised
    reporting verb in the present or the past, its clause's subject (one to three
    capitalised words), then the quote opening on a finite verb (*Tom Grady Says Deputies
    "Did Everything Right"*)? Speech, not a title.

    >>> _headline_predicate("Sheriff Tom Grady Says Deputies", ["Did", "Everything", "Right"])
    True
    >>> _headline_predicate("A Show Called Brokers", ["Did", "Everything", "Right"])
    False
    """
    from nbutils.cues import lemma_of
    from nbutils.entities import wordnet

    tail = _WORD.findall(before[-60:])[-4:]
    if len(words) < 2 or len(tail) < 2 or not all(w[:1].isupper() for w in tail):
        return False
    first = words[0].lower().replace("’", "'")
    verb = first.endswith(("s", "ed")) and wordnet().morphy(first, "v") not in (None, first)
    if not (first in _FINITE or verb):
        return False
    return any(
        w.endswith(("s", "ed", "aid", "old")) and lemma_of(w) not in (None, *_NAMING_LEMMAS)
        for w in tail[:-1]
    )


def _headline_clause(content: str) -> bool:
    """Is a headline's single-quoted ``content`` a clause rather than a phrase: three words
    or more, opened by a subject pronoun or holding a finite verb (*We Will Not Back Down*,
    *Plan Is Dead*; not *Reckless Spending*, *A Fair Deal For All*)? After a reporting
    verb or a colon (*Jane Roe Says 'We Will Not Back Down'*), in a headline or in a
    transcript's turn (*ROE: I told him, 'We will not sign.'*), such a quote is speech.

    >>> _headline_clause("We Still Have No Money"), _headline_clause("A Fair Deal For All")
    (True, False)
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(content, 0, 120)]
    return len(words) >= 3 and (words[0] in _CLAUSE_SUBJECT or any(w in _FINITE for w in words[1:]))


def _body_singles(
    text: str, quotes: list[Quote], paragraphs: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """The paragraph index of each quote, and which single quotes are outside headlines."""
    headline: dict[int, bool] = {}
    where = []
    p = 0
    for q in quotes:
        while p + 1 < len(paragraphs) and paragraphs[p + 1][0] <= q.start:
            p += 1
        where.append(p)
        if q.style == "single" and p not in headline:
            headline[p] = _headline_line(text, paragraphs, p) or _turn_line(text, *paragraphs[p])
    return where, [
        n for n, q in enumerate(quotes) if q.style == "single" and not headline[where[n]]
    ]


def _quotes_with_single(
    text: str, quotes: list[Quote], paragraphs: list[tuple[int, int]], tie: bool = False
) -> bool:
    """Does the text quote with single marks: more of them outside headlines than doubles?

    With ``tie``, as many as doubles will do (a first look, before nesting is settled).
    """
    singles = sum(q.style == "single" for q in quotes)
    if singles == 0:
        return False
    body, doubles = len(_body_singles(text, quotes, paragraphs)[1]), len(quotes) - singles
    return body >= doubles if tie else body > doubles


#: A transcript turn: ``Q:``, ``A:`` or a speaker's name in capitals, then a colon.
#: A transcript's speaker label opening a line (``GREAVES: ``, ``Q: ``).
_LABEL = re.compile(r"\s*(?:[QA]|\(?[A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s")
_TURN = re.compile(r"\s*(?:[QA]|\(?[A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s+(?![\"“‘'])")


def _turn_line(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] a transcript turn (its words are a speaker's, quotes inside are nested)?
    Not when the turn itself is quoted, the label outside the marks (``GREAVES: '…'``)."""
    return bool(_TURN.match(text, lo, hi))


#: The longest line read as a possible headline: a headline or subhead is one line of a
#: few words (the records of the default article, the demo corpus and PolNeAR dev and
#: train are the same with and without this bound).
_HEADLINE_MAX = 600


def _headline_line(text: str, paragraphs: list[tuple[int, int]], p: int) -> bool:
    """Is paragraph ``p`` a headline: Title-Cased, or a short first line above a body?"""
    lo, hi = paragraphs[p]
    if hi - lo > _HEADLINE_MAX:
        return False  # a paragraph of prose, not a headline (and not read word by word)
    label = _LABEL.match(text, lo, hi)  # (a transcript's "GREAVES: " is no headline word)
    words = [w for w in _WORD.findall(text, label.end() if label else lo, hi) if w[0].isalpha()]
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
        return True
    return (
        p == 0 and len(paragraphs) > 1 and len(words) <= 25 and not _INNER_STOP.search(text, lo, hi)
    )


def _para_start(paragraphs: list[tuple[int, int]], offset: int, index: int) -> int:
    while index > 0 and paragraphs[index][0] > offset:
        index -= 1
    return paragraphs[index][0]


def _opens_single(text: str, lo: int, hi: int) -> bool:
    """Does the paragraph text[lo:hi] begin with a curly opening single mark and a word?"""
    k = lo
    while k < hi and text[k].isspace():
        k += 1
    return k + 1 < hi and text[k] == "‘" and text[k + 1].isalnum()


def _opens_paragraph(text: str, lo: int, hi: int) -> bool:
    """Does the paragraph text[lo:hi] begin with an opening double mark?"""
    k = lo
    while k < hi and text[k].isspace():
        k += 1
    m = _MARK.match(text, k, hi)
    if not m or m.group() in SINGLE_OPEN or m.group() in DOUBLE_CLOSE:
        return False
    if _LABEL.match(text, m.end(), hi):
        return False  # a transcript turn ("WALLACE: …") starts a new quote
    return _flanks(text, m.start(), m.end(), lo, hi)[0]


def quote_mask_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of double-quoted passages (marks included).

    >>> quote_mask_spans('a "b" c')
    [(2, 5)]
    """
    return [(q.start, q.end) for q in find_quotes(text) if q.style == "double"]


def is_sentence_end(s: str) -> bool:
    """Does ``s`` end like a sentence (``.``, ``!``, ``?`` and closing marks)?

    >>> is_sentence_end('done."'), is_sentence_end("so,")
    (True, False)
    """
    return bool(_SENTENCE_END.search(s))


# --- how much of what is reported is quoted ----------------------------------------

#: Where a reported clause stops when the quote does not close it.
_CLAUSE_STOP = re.compile(r";|\s[-–—]{1,2}\s|[—―]|\(")
#: Where a clause that holds a quote starts, scanning back from the quote.
_CLAUSE_OPEN = re.compile(r"[:;(]|\s[-–—]{1,2}\s|[—―]")
_THAT = re.compile(r"\bthat\b")
#: A subject pronoun between a cue and its "that": the "that" belongs to a clause inside
#: the reported content (*says he is sure that …*), which starts at the cue.
_INNER_CLAUSE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou|[Tt]here)\b")
#: A verb in a long gap between a cue and a *that*: the *that* belongs to another clause.
_LONG_GAP_STOP = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|to|will|would|can|could"
    r"|may|might|should|must)\b"
)
_CLOSES_CLAUSE = frozenset(",.!?;:—…")
#: A gap after a cue that is only an adverbial (*said in an interview,*), not an object.
_ADJUNCT = re.compile(
    r"\s*(?:in|on|at|during|after|before|from|via|over|later|earlier|again"
    r"|once|recently|then|also)\b"
)
#: A subordinate clause (or the next quote of a list) after a quoted phrase's comma still
#: belongs to the reported clause.
_GOES_ON = re.compile(
    r"\s*(?:(?:when|if|unless|(?:al)?though|because|even|where|whereas|compared)\b"
    r"|(?:(?:an?|the|and|or)\s+)?(?:\"|“|''))"
)


def _start(q: Quote) -> int:
    return q.start


def quoted_share(text: str, lo: int, hi: int, quotes: Sequence[Quote]) -> float:
    """Share of the letters of ``text[lo:hi]`` that lie inside double quotation marks.

    ``quotes`` are :func:`find_quotes` results (sorted by start); as in PolNeAR's
    definition of a direct quotation only speech marks count — double quotes, and
    single quotes only where the text quotes with them (:attr:`Quote.primary`).

    >>> text = 'He called it "a disaster" for all of us.'
    >>> round(quoted_share(text, text.index("it"), len(text), find_quotes(text)), 2)
    0.43
    """
    total = _letters(text, lo, hi)
    if not total:
        return 1.0
    inside = 0
    k = max(0, bisect.bisect_right(quotes, lo, key=_start) - 1)
    for i in range(k, len(quotes)):  # (not quotes[k:]: a copy of the rest for each quote)
        q = quotes[i]
        if q.start >= hi:
            break
        if not q.primary:
            continue
        inside += _letters(text, max(lo, q.content_start), min(hi, q.content_end))
    return inside / total


def _letters(text: str, a: int, b: int) -> int:
    """How many letters (``str.isalpha``) ``text[a:b]`` holds (counted in C by ``map``).

    >>> _letters("It's 2 o'clock.", 0, 15)
    9
    """
    return sum(map(str.isalpha, text[a:b])) if b > a else 0


_GAP_BEFORE = re.compile(r"[\s,:]*$")


def _cue_right_before(text: str, quote: Quote, lo: int, cue: tuple[int, int] | None = None) -> bool:
    """Does a reporting verb end right before the quote (``asked, "…"``, ``chanting "…"``)?

    Not when the quote's own cue ``cue`` is an earlier verb whose clause holds that one
    (``Lee said the briefing had offered "nothing new."``: what Lee said is the content).
    """
    from nbutils.cues import find_cues

    a = max(lo, quote.start - 30)
    gap = _GAP_BEFORE.search(text, a, quote.start)
    end = gap.start() if gap else quote.start
    if cue is not None and cue[1] < end and not _BREAK.search(text, cue[1], end):
        return False
    return any(
        c.end == end and not c.ambiguous and c.lemma != "according to"
        for c in find_cues(text, a, end)
    )


#: A second verb phrase after a quoted phrase: *… "third-rate" and boycotted the debate*,
#: *… "cannot win" and laid out a plan* (a particle may follow the verb).
_AND_VERB = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]+(?:and|but)[ \t\u00a0]+(?:then[ \t\u00a0]+|also[ \t\u00a0]+)?"
    r"(?P<verb>[a-z]{3,})[ \t\u00a0]+(?:(?:out|up|off|down|back|over)[ \t\u00a0]+)?"
    r"(?=(?:an?|the|his|her|their|its|our|my|your|to"
    r"|that|this|these|those|one|some|him|them|it|me|us)\b|[A-Z])"
)


@lru_cache(maxsize=2048)
def _same_verb_form(word: str, cue_form: str) -> bool:
    """Is ``word`` a verb in the cue's form (past *boycotted* or *laid* after *called*, base
    after base)?

    WordNet's ``morphy`` tells whether the word is a form of a verb at all.

    >>> _same_verb_form("laid", "past"), _same_verb_form("boycotted", "past")
    (True, True)
    >>> _same_verb_form("plans", "past"), _same_verb_form("lay", "past")
    (False, False)
    """
    from nbutils.entities import wordnet

    base = wordnet().morphy(word, "v")
    if base is None:
        return False
    if cue_form == "past":
        # (an irregular past too: *… "cannot win every seat" and laid out a plan*)
        return word != base and (word.endswith("ed") or not word.endswith(("s", "ing")))
    if cue_form == "base":
        return word == base
    return False


#: What links a new report to the one before it (*… "a stiff" and later accused …*,
#: *… "rigged" but Lee insisted …*, *… policies, which he called …*): not reported content.
_NEW_REPORT = re.compile(
    r"[,;]?\s*\b(?:and|but|or|yet|then|while|which|who|whom)\b"
    r"(?:\s+(?:he|she|they|it|we|I|you|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))?"
    r"(?:\s+(?:also|then|later|again|\w+ly))?\s*$"
)


#: A short aside set off by a pair of dashes, after which the clause goes on in lower case
#: (*"every member of the panel" - including Ward - backed …*).
_ASIDE = re.compile(r"\s[-–—]{1,2}\s[^-–—\"“”.;:!?\n]{1,60}?\s[-–—]{1,2}\s+(?=[a-z])")
#: Between a quote and a later cue: a subordinate clause of the writer's own (*every time
#: he thinks*, *when she heard*): that cue does not open a new report.
_SUBORDINATE = re.compile(
    r"\b(?:every time|each time|whenever|when|while|after|before|since|until|who|which|that)\b"
)

#: A coordinated report (*… and that the governor had offered …*): a new report after all.
_COORDINATED = re.compile(r"\b(?:and|but|or)\b")


def _clause_end(
    text: str, quote: Quote, hi: int, woven: bool = False, cue_form: str | None = None
) -> int:
    """Where the reported clause holding ``quote`` ends (at most ``hi``).

    A quote ending in punctuation ends the clause, except that a quoted phrase
    ``woven`` into a reported clause and closed by a comma goes on when a
    subordinate clause follows (*said there is "a gap," when it comes to pay*)
    or the next phrase of a list of quotes (*called him a "liar," "lazy" and …*).
    """
    last = quote.content.rstrip()[-1:]
    if last in _CLOSES_CLAUSE and not (
        woven and last == "," and _GOES_ON.match(text, quote.end, hi)
    ):
        return quote.end  # "…," or "….": the quote closes what is reported
    from nbutils.cues import find_cues

    stop = _CLAUSE_STOP.search(text, quote.end, hi)
    while stop is not None and (aside := _ASIDE.match(text, stop.start(), hi)) is not None:
        stop = _CLAUSE_STOP.search(text, aside.end(), hi)  # "…" - including Lee - backed …
    end = stop.start() if stop else hi
    if cue_form is not None:
        for m in _AND_VERB.finditer(text, quote.end, end):
            if (
                _same_verb_form(m.group("verb"), cue_form)
                and len(_DOUBLE_MARK.findall(text, quote.end, m.start())) % 2 == 0
            ):
                end = m.start()  # called him "second-rate" and skipped the forum
                break
    for cue in find_cues(text, quote.end, end):  # "… and insisted that …": a new report
        if (
            cue.lemma != "according to"
            and not cue.ambiguous
            and text[quote.end : cue.start].strip()
        ):  # not "the ad "wrongly" suggests …"
            link = _NEW_REPORT.search(text, quote.end, cue.start)
            if (
                link is None
                and _SUBORDINATE.search(text, quote.end, cue.start)
                and not _COORDINATED.search(text, quote.end, cue.start)
            ):
                continue  # "…" every time he thinks about …: a verb of the writer's clause
            return link.start() if link else cue.start
    return end


def _clause_start(text: str, quote: Quote, lo: int) -> int:
    """Where the clause holding ``quote`` starts (at least ``lo``)."""
    start = lo
    for m in _CLAUSE_OPEN.finditer(text, lo, quote.start):
        start = m.end()
    return start


#: Between a source and its quote, a clause or an apposition on the source, set off by
#: commas (bounded): *, who chairs the panel, *, *, a lawyer for the city, *.
_SOURCE_CLAUSE = re.compile(r"\s*(?:,\s*(?:who|that|an?|the)|who|that)\s[^,;:\"“”‘’()]{1,120},\s*")


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
_DOUBLE_MARK = re.compile(r"''|``|[\"“”„‟«»]")
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


#: Between an outer and an inner cue, punctuation or a preposition means the inner cue reports
#: on its own (*spoke for an hour, calling it …*, *was cheered after calling it …*).
_BREAK = re.compile(r"[.,;:!?—–(]|\s-\s")
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


def content_share(
    text: str,
    quote: Quote,
    quotes: Sequence[Quote],
    frame: tuple[int, int],
    cue: tuple[int, int] | None = None,
    speaker: tuple[int, int] | None = None,
) -> float:
    """How much of the reported content around ``quote`` is quoted (0..1).

    PolNeAR calls an attribution *direct* when at least half of its content's
    letters lie inside double quotation marks; this estimates that share from
    the text alone (:func:`reported_span`, then :func:`quoted_share`), so a
    quoted phrase that is the whole content (*called him a "stiff"*) scores
    high and one woven into a longer reported clause (*said the election was
    "rigged" and …*) scores low. Other quotes in the same content count too,
    including a quote that goes on right after the cue's sentence in the same
    paragraph with no cue of its own (``The plan is "too small," Lee said.
    "We cannot build with it."`` is one content in two fragments).

    >>> text = 'Rutte urged him to "find a way" to mend ties with Washington, she said.'
    >>> q = find_quotes(text)[0]
    >>> cue = (text.index("urged"), text.index("urged") + 5)
    >>> content_share(text, q, [q], (0, len(text)), cue) < 0.5
    True
    >>> text = 'He called the plan "a total and complete disaster."'
    >>> q = find_quotes(text)[0]
    >>> cue = (text.index("called"), text.index("called") + 6)
    >>> content_share(text, q, [q], (0, len(text)), cue) >= 0.5
    True
    """
    lo, hi = reported_span(text, quote, frame, cue, speaker)
    share = quoted_share(text, lo, hi, quotes)
    a, b = _one_that_clause(text, quote, lo, hi)
    if (a, b) != (lo, hi) and quoted_share(text, a, b, quotes) < share:
        # said the fee was "a scandal" and that the firm "…": only its own clause counts
        lo, hi = a, b
        share = quoted_share(text, lo, hi, quotes)
    inset = _inset_report(text, quote, frame, cue, speaker)
    if inset is not None and inset[1] <= lo < hi:  # Its arms, he added, are like "…"
        head = _letters(text, inset[0], inset[1])
        rest = _letters(text, lo, hi)
        quoted = quoted_share(text, inset[0], inset[1], quotes) * head + share * rest
        return quoted / (head + rest) if head + rest else share
    told = cue if cue is not None else speaker
    if (
        share < 0.5
        and told is not None
        and quote.end <= hi <= told[0]
        and not _cue_between(text, lo, quote.start)
    ):
        follow = _next_fragment(text, quote, quotes, hi)
        if follow is not None:  # "… "A," he said. "B."": B is more of the same content
            total = _letters(text, lo, hi)
            extra = _letters(follow.content, 0, len(follow.content))
            share = (share * total + extra) / (total + extra) if total + extra else share
    if share < 0.5 and (_whole_clause(text, quote, lo) or _clause_after_verb(text, quote, lo)):
        return 0.5  # the levy "will fall hardest on renters," …: a clause quoted whole
    if share < 0.5 and _sentence_inside(quote):
        return 0.5  # described it as "awful. … It wears you down," he said: whole sentences
    return share


#: *and that* (or *but that*) opening a second content clause of the same cue (*said the
#: charge was "…" and that the firm "…"*); not *that* as a subject (*and that is all*).
_AND_THAT = re.compile(
    r",?\s+(?:and|but)\s+(?P<that>that)\s+(?!(?:is|was|are|were|has|had|will|would)\b|['’]s\b)"
)


def _one_that_clause(text: str, quote: Quote, lo: int, hi: int) -> tuple[int, int]:
    """The content ``text[lo:hi]`` cut to the one *that* clause holding ``quote`` when a cue
    reports two, coordinated by *and that* (*said the charges were "old news" and that the
    firm "did nothing wrong"*): each clause is its own content, so a quoted word in one is
    not made direct by a long quotation in the other. (:func:`content_share` takes the cut
    only when it lowers the share: a clause with no quotation of its own does not make the
    other one direct.)

    >>> text = 'Lee said the charges were "old news" and that the firm "did nothing wrong at all."'
    >>> q = find_quotes(text)[0]
    >>> a, b = _one_that_clause(text, q, 8, len(text))
    >>> text[a:b]
    ' the charges were "old news"'
    """
    before = None
    for m in _AND_THAT.finditer(text, lo, quote.start):
        before = m
    if before is not None:
        lo = before.start("that")
    after = _AND_THAT.search(text, quote.end, hi)
    if after is not None:
        hi = after.start()
    return lo, hi


def _sentence_inside(quote: Quote) -> bool:
    """Does ``quote`` hold a whole sentence after a first one it ends (a sentence end inside
    it, then a capitalised word, and a closing mark of speech at its end)?

    >>> _sentence_inside(find_quotes('as "awful. It wears you down," he said')[0])
    True
    >>> _sentence_inside(find_quotes('the "U.S. Senate plan" failed')[0])
    False
    """
    content = quote.content.rstrip()
    if content[-1:] not in ".!?,…":
        return False
    m = _SENTENCE_BREAK.search(content)
    return m is not None and len(_WORD.findall(content, m.end())) >= 3


#: A sentence end inside a quote: a word of two or more small letters (not an initial or an
#: abbreviation), its stop, and a capitalised word.
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?](?:\s*\.)*[\"”’']?\s+(?=[A-Z][a-z']*\b)")


#: Subjects that open a quoted clause: a personal or demonstrative pronoun, or a
#: determiner (then up to three more words before the verb).
_CLAUSE_SUBJECT = frozenset("i we you he she it they there this that these those".split())
_CLAUSE_DETERMINERS = frozenset("the a an our his her their its my your this that".split())


#: Before "that" and a quoted clause: words after which the clause is no one's words.
#: Verbs of knowing before *that* + a clause (*wanted them to understand that "…"*).
_KNOW_THAT = frozenset(
    "understand understands understood know knows knew realize realise realized realised "
    "learn learned learnt remember remembered recognize recognise accept accepted".split()
)
_NOT_BEFORE_THAT = frozenset(
    "be been being is are was were so such now given except fact true clear likely possible".split()
)


def _clause_after_verb(text: str, quote: Quote, lo: int) -> bool:
    """Is ``quote`` a whole clause, subject and finite verb, quoted right after a verb of
    saying or thinking inside a longer report (*said the firm withdrew because it believed
    "the terms were never going to be met."*)? That inner report's content is all quoted:
    the quote is direct speech even when the outer report's content is longer.

    >>> text = 'Lee said the firm left because it believed "the terms were never fair."'
    >>> _clause_after_verb(text, find_quotes(text)[0], 0)
    True
    >>> text = 'Lee said the firm left because it believed "the terms" were unfair.'
    >>> _clause_after_verb(text, find_quotes(text)[0], 0)
    False
    """
    from nbutils.cues import find_cues

    content = quote.content.rstrip()
    if content[-1:] not in ".!?" and text[quote.end : quote.end + 1] not in (".", "!", "?"):
        return False  # the clause goes on after the quote
    words = [w.lower().replace("’", "'") for w in _WORD.findall(quote.content, 0, 120)[:9]]
    if not words:
        return False
    a = max(lo, quote.start - 30)
    gap = _GAP_BEFORE.search(text, a, quote.start)
    end = gap.start() if gap else quote.start
    that = text[end - 5 : end].lower() == " that"
    if words[0] in _CLAUSE_SUBJECT:
        verb = 1
    elif words[0] in _CLAUSE_DETERMINERS or that and words[0].isalpha():
        # after "that" a longer subject, with no comma in it (*that "renting flats off the
        # books is …"*)
        reach = 8 if that else 5
        verb = next((k for k in range(1, min(reach, len(words))) if words[k] in _FINITE), None)
        if verb is None or verb >= 5 and len(_WORD.findall(content.split(",")[0])) <= verb:
            return False
    else:
        return False
    if verb >= len(words) or words[verb] not in _FINITE:
        return False
    if that:
        end -= 5  # believed that "…"
    last_two = [w.lower() for w in _WORD.findall(text, max(lo, end - 60), end)[-2:]]
    if last_two[:-1] and last_two[0] in ("be", "been", "being", "is", "are", "was", "were"):
        return False  # a passive ("have long been warned that "…"") reports no one's words
    if verb >= 5 and not (
        last_two
        and last_two[-1] in _KNOW_THAT
        or any(c.end == end and not c.ambiguous for c in find_cues(text, a, end))
    ):
        return False  # a long subject: only after a verb (not *the kind of rule that "…"*)
    if that and last_two and last_two[-1] not in _NOT_BEFORE_THAT:
        return True  # the idea that "…", wanted to show that "…": a clause quoted whole
    return any(
        c.end == end and not c.ambiguous and c.lemma != "according to"
        for c in find_cues(text, a, end)
    )


#: A finite verb opening a predicate: an auxiliary or a modal (with its negation).
_FINITE = Closed.FINITE_AUXILIARIES
#: Words right before a quoted predicate that cannot end its subject.
_NOT_SUBJECT = frozenset(
    """to of for as and or but with by from in on at into than that if
whether because about like was were is are be been being will would said says say told tells
called calls""".split()
)


#: Adverbs that may open a quoted predicate before its finite verb (*"strongly supports"*).
_PREDICATE_ADVERBS = frozenset(
    """strongly fully firmly clearly deeply completely totally repeatedly consistently
categorically flatly wholeheartedly unequivocally vigorously never still already also
just only actually""".split()
)


def _whole_clause(text: str, quote: Quote, lo: int) -> bool:
    """Is ``quote`` a clause quoted whole but for its short subject?

    A quote that opens with a finite verb (an auxiliary or a modal) right
    after a subject of up to three words that opens its clause (*the levy "will
    fall hardest on renters,"*, *said that he "wasn't raised to quit."*)
    and closes its sentence quotes the clause: it is direct speech even when
    the estimate of the reported content around it is long. A noun phrase
    (*called it "a disgrace"*) or an infinitive (*to "stop the rot"*) is not.
    A longer subject of up to ten words (:func:`_long_subject`) counts too
    (*premiums for older buyers in rural areas "would rise sharply."*); a quote
    whose clause goes on outside the marks (*"may not have paid" any tax*) does
    not. (PolNeAR's gold types these by the share of quoted letters and mostly
    leaves them out; the plain reading, and issue #14's held-out news, count
    them as direct.)

    >>> text = 'But in the end, the levy "will fall hardest on renters," she said.'
    >>> _whole_clause(text, find_quotes(text)[0], 0)
    True
    >>> text = 'She called the new levy on homes "a tax on renters," and left.'
    >>> _whole_clause(text, find_quotes(text)[0], 0)
    False
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(quote.content, 0, 60)[:3]]
    adverb = len(words) >= 3 and words[0] in _PREDICATE_ADVERBS
    if len(words) == 2 and words[0] in _PREDICATE_ADVERBS:
        # the agency "strongly disagrees": an adverb and an -s or -ed verb, nothing more
        adverb = words[1].endswith(("s", "ed")) and not words[1].endswith(("ss", "us", "is"))
        if adverb:
            words = [words[1], ""]
    elif adverb:
        words = words[1:]  # the administration "strongly supports …": an adverb, then the verb
    words = words[:2]
    if len(words) < 2:
        return False
    content = quote.content.rstrip()
    if (
        content[-1:] not in ".!?,"
        and text[quote.end : quote.end + 1] not in (".", "!", "?", ",")
        and not _NEXT_CLAUSE.match(text, quote.end)
    ):
        return False  # the clause goes on after the quote (not "… and wanted …": a new one)
    if words[0] not in _FINITE and not _lexical_finite(words):
        # (after such an adverb an -s or -ed form is the verb, whatever follows it; so it
        # is after a relative pronoun, unless the next word is a verb: "that "voters want"")
        if not (
            (adverb or _RELATIVE_BEFORE.search(text, max(lo, quote.start - 40), quote.start))
            and len(words[0]) >= 4
            and words[0].endswith(("s", "ed"))
            and not words[0].endswith(("ss", "us", "is", "'s"))
            and (adverb or words[1] not in _FINITE and not words[1].endswith(("s", "ed")))
        ):
            return False
    a = max(lo, quote.start - 60)
    if _relative_subject(text, quote, a, words):
        return True  # a career politician who "discovered …": the relative pronoun is the subject
    m = _SHORT_SUBJECT.search(text[a : quote.start].rstrip())
    if m is None:  # "told the room the decision "was …"": the hearer, then the subject
        told = _TOLD_SUBJECT.search(text[max(0, quote.start - 80) : quote.start].rstrip())
        if told is not None:
            return True
    if m is None:
        # "and that the review of the parks "will be …"": after "that", a subject of a
        # determiner, a noun and one prepositional phrase (a clause's subject, not an object)
        m = _THAT_PP_SUBJECT.search(text[a : quote.start].rstrip())
    if m is None and (words[0] in _FINITE or _lexical_finite(words)) and _long_subject(text, quote):
        return True  # said the fees paid to the two firms "were too high": a longer subject
    if m is None and _apposed_subject(text, quote, lo):
        return True  # said the mayor, a former teacher who …, "wants …": a subject set off
    if m is None or m.start() == 0 and a > lo:
        return False  # no subject, or the window cut a longer one
    return _subject_ends_well(m.group("subject").split())


def _subject_ends_well(subject: list[str]) -> bool:
    """Can the last word of ``subject`` end a clause's subject? Not a preposition, a
    conjunction or a reporting verb (*said*, *calls*), but a noun after a determiner that
    looks like one (*the calls "were not subtle"*, *her says*)."""
    last = subject[-1].lower()
    if last not in _NOT_SUBJECT:
        return True
    return (
        last in _VERB_NOUNS
        and len(subject) >= 2
        and re.fullmatch(_DETERMINER, subject[-2].lower()) is not None
    )


#: Words of :data:`_NOT_SUBJECT` that are nouns after a determiner (*the calls*).
_VERB_NOUNS = frozenset({"calls", "says", "tells"})
#: An apposition set off after a clause's short subject, right before a quoted predicate:
#: the subject after a reporting verb or *that*, a comma, an apposition that opens on a
#: determiner or a relative pronoun, and its closing comma (:func:`_apposed_subject`).
_APPOSED_SUBJECT = re.compile(
    r"(?:^\s*|\b(?:that|said|says|wrote|writes|added|argued|argues|insisted|insists|claimed|claims)\s+)"
    r"(?:the|a|an|his|her|its|their|our|this|these|those)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+,\s+"
    r"(?:a|an|the|who|whose|which|one|its|his|her|their)\s[^,;:.!?]{3,160},$"
)


def _apposed_subject(text: str, quote: Quote, lo: int) -> bool:
    """Does a short subject with an apposition set off by commas stand right before
    ``quote`` (*said the secretary, a rancher who talks of "the swamp" often, "hired …"*)?
    Only a quoted predicate (checked by the caller) may follow it.

    >>> text = 'She said the mayor, a former teacher who liked "tough love" a lot, "wants more."'
    >>> _apposed_subject(text, find_quotes(text)[1], 0)
    True
    >>> text = 'She said on Monday, after a long delay, "it will rise."'
    >>> _apposed_subject(text, find_quotes(text)[0], 0)
    False
    """
    b = max(lo, quote.start - 240)
    return _APPOSED_SUBJECT.search(text[b : quote.start].rstrip()) is not None


#: A longer subject (up to ten words) after a reporting verb or "that", right before a
#: quoted predicate (:func:`_long_subject`).
_LONG_SUBJECT = re.compile(
    r"\b(?:that|said|says|found|finds|wrote|writes|argued|argues|believes|believed|warned|"
    r"warns|insisted|insists|claimed|claims|concluded|concludes|added|told\s+[\w'’-]+)\s+"
    r"(?P<subject>[\w'’-]+(?:\s+[\w.'’-]+){0,9})$"
)
#: Words a longer subject cannot hold: another report, a clause of its own, a comparison.
_NOT_IN_LONG_SUBJECT = frozenset(
    "said says told tells that which who because if whether when while than".split()
)


#: A longer subject after *that* (up to fifteen words) opening on a determiner: *wrote that
#: every person who gave up a job to work for him "deserves …"*.
_LONG_THAT_SUBJECT = re.compile(
    r"\bthat\s+(?P<subject>(?:the|a|an|every|each|all|any|no|most|many|some|his|her|their|its"
    r"|our)\s+[\w'’-]+(?:\s+[\w.'’-]+){1,13})$",
    re.IGNORECASE,
)
#: Relative pronouns a longer subject after *that* may hold once (*every person who …*).
_SUBJECT_RELATIVES = frozenset("who which that".split())


def _long_that_subject(before: str) -> bool:
    """Does ``before`` (the text before a quoted predicate) end on a subject of up to fifteen
    words after *that*, opening on a determiner, with at most one relative clause in it and
    no comma, auxiliary or report of its own (*and that the decision to pull the money in the
    final days "was …"*)? The quote then holds that clause's verb and all that follows it."""
    m = _LONG_THAT_SUBJECT.search(before)
    if m is None:
        return False
    subject = m.group("subject").lower().split()
    relatives = [k for k, w in enumerate(subject) if w in _SUBJECT_RELATIVES]
    if len(relatives) > 1 or relatives and relatives[0] < 2:
        return False
    in_relative = relatives[0] if relatives else len(subject)
    return subject[-1] not in _NOT_SUBJECT and not any(
        w in _NOT_IN_LONG_SUBJECT - _SUBJECT_RELATIVES
        or (w in _FINITE and k < in_relative)  # (an auxiliary only in the relative clause)
        or (w.endswith(".") and len(w) > 4)
        for k, w in enumerate(subject)
    )


def _long_subject(text: str, quote: Quote) -> bool:
    """Does a subject of up to ten words, right after a reporting verb or "that" and with no
    comma, finite verb or clause of its own, stand right before ``quote`` (a quoted predicate
    that opens with an auxiliary or a modal)? The quote then holds the clause's verb and all
    that follows it: a whole clause but for its subject, direct speech.

    >>> text = 'The report said premiums for older buyers in rural areas "would rise sharply."'
    >>> _long_subject(text, find_quotes(text)[0])
    True
    >>> text = 'The report said, after a long delay in the spring, "it would rise sharply."'
    >>> _long_subject(text, find_quotes(text)[0])
    False
    """
    before = text[max(0, quote.start - 120) : quote.start].rstrip()
    if _long_that_subject(before):
        return True
    m = _LONG_SUBJECT.search(before)
    if m is None:
        return False
    subject = m.group("subject").lower().split()
    if subject[0] == "that":
        subject = subject[1:]  # "found that rents for young families": the verb's "that"
    return (
        bool(subject)
        and subject[-1] not in _NOT_SUBJECT
        and not any(
            w in _NOT_IN_LONG_SUBJECT or w in _FINITE or w.endswith(".") and len(w) > 4
            for w in subject
        )
    )


#: A relative pronoun right before a quote, after a noun (*a bill that "…"*, *a man who "…"*).
_RELATIVE_BEFORE = re.compile(
    r"(?<![\w'’])(?P<noun>[\w'’-]+),?[ \t\u00a0]+(?:who|which|that)[ \t\u00a0]*$", re.IGNORECASE
)
#: Before a relative *that*: words after which *that* is a conjunction or a determiner.
_NOT_BEFORE_RELATIVE = (
    _NOT_SUBJECT
    | _NOT_BEFORE_THAT
    | frozenset(
        "now given except so such said says say told tells believe believes believed think thinks"
        " thought argue argues argued warn warns warned insist insists insisted".split()
    )
)


def _relative_subject(text: str, quote: Quote, a: int, words: list[str]) -> bool:
    """Does a relative pronoun after a noun stand right before ``quote``, its subject (*a
    career politician who "discovered …"*, *any bill that "adds new spending"*)? The quoted
    predicate is then a whole clause. ``words`` are the quote's first words (its verb first).

    >>> text = 'She backs any plan that "puts workers first," she said.'
    >>> _relative_subject(text, find_quotes(text)[0], 0, ["puts", "workers"])
    True
    >>> text = 'She hated the plan that "was like a tax on renters," she said.'
    >>> _relative_subject(text, find_quotes(text)[0], 0, ["was", "like"])
    False
    >>> text = 'She said that "puts workers first," she said.'
    >>> _relative_subject(text, find_quotes(text)[0], 0, ["puts", "workers"])
    False
    """
    m = _RELATIVE_BEFORE.search(text, a, quote.start)
    if m is None or words[:1] and words[0] in ("is", "are", "was", "were"):
        return False  # (the server that "was like …": a copula's complement, a description)
    noun = m.group("noun").lower().replace("’", "'")
    return noun not in _NOT_BEFORE_RELATIVE and not noun.endswith("ly")


#: Words that follow a finite lexical verb opening a quoted predicate (its object or a
#: preposition): *"expects the closure …"*, *"reached for a phone"*, *"violates federal law"*.
_AFTER_LEXICAL_VERB = frozenset(
    """the a an that to for toward towards with on in at into from his her their its our my
your this these those it them him me us no every all any""".split()
)


#: Finite linking verbs that open a quoted predicate with any complement (*the board
#: "remains open to more talks"*).
_LINKING_FINITE = frozenset(
    """remains remained seems seemed appears appeared stays stayed becomes became
remain seem appear""".split()  # (a plural subject's: the talks "remain stalled")
)


#: Past tenses of irregular verbs that are neither a past participle nor a noun.
_PAST_ONLY = frozenset(
    "fell rose came went took gave grew began broke ran saw knew wrote spoke drove threw chose "
    "forgot froze shook stole swore wore blew drew flew".split()
)


def _lexical_finite(words: list[str]) -> bool:
    """Do the quote's first two words look like a finite lexical verb and what follows it
    (*expects the*, *reached for*, *violates the*), not a noun phrase (*tax cuts*)?

    >>> _lexical_finite(["expects", "the"]), _lexical_finite(["reached", "for"])
    (True, True)
    >>> _lexical_finite(["news", "of"]), _lexical_finite(["bless", "the"])
    (False, False)
    """
    w = words[0]
    if w in _LINKING_FINITE or w in _PAST_ONLY:
        # "remains ready to …", "seemed certain": a copula and its complement; "fell apart",
        # "came too late": a past tense no participle or noun shares
        return True
    if words[1] == "like" and len(w) >= 5 and w.endswith("ed"):
        return True  # "looked like a man who …", "sounded like": a verb of seeming
    if len(w) >= 5 and w.endswith("ed") and len(words[1]) >= 5 and words[1].endswith("ly"):
        return True  # "participated personally …": a past verb and its adverb
    return (
        len(w) >= 4
        and words[1] in _AFTER_LEXICAL_VERB
        and (w.endswith("ed") or w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")))
    )


#: After a quoted predicate: a conjunction that opens the next clause (*said its members
#: "will not be rushed" and wanted …*).
_NEXT_CLAUSE = re.compile(
    r"\s+(?:and|but)\s+(?:that\s+|said\s+|wanted\s+|[a-z]+ed\s+"
    r"|(?:would|will|could|should|can|may|might|must|did|does|has|had|have|was|were|is|are)"
    r"\s+(?:not\s+)?[a-z]+\b"
    r"|(?:he|she|they|we|I)\s+(?:also\s+)?(?:would|will|could|should|can|may|might|must|did|does"
    r"|has|had|have|was|were|is|are|[a-z]+ed|[a-z]+s)\b)"
)


#: A short subject right before a quoted predicate, after what opens its clause.
_SHORT_SUBJECT = re.compile(
    r"(?:^|[,;:(]\s+(?:and|but|yet|so)|[,;:(]|\b(?:that|because|while|if|when|so|said|says|"
    r"believed|believes|thought|"
    r"thinks|argued|argues|insisted|insists|claimed|claims|warned|warns|felt|feels))\s+"
    r"(?P<subject>(?:[\w.'’-]+\s+){0,2}[\w.'’-]+)$",
    re.IGNORECASE,
)


_DETERMINER = r"(?:the|a|an|his|her|its|their|our|this|these|those)"
#: "said that the review of the parks "will …"": "that", then a subject with one
#: prepositional phrase (:func:`_whole_clause`).
_THAT_PP_SUBJECT = re.compile(
    rf"\bthat\s+(?P<subject>{_DETERMINER}\s+(?:[\w'’-]+\s+){{0,1}}[\w'’-]+\s+"
    rf"(?:of|for|on|in|at|over|from|with)\s+(?:{_DETERMINER}\s+)?(?:[\w'’-]+\s+){{0,1}}[\w'’-]+)$",
    re.IGNORECASE,
)


#: "told the room the decision "was …"": a hearer, then the clause's short subject.
_TOLD_SUBJECT = re.compile(
    r"\b(?:told|tells|assured|assures|informed|informs|reminded|reminds)\s+"
    r"(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?P<subject>(?:the|a|an|his|her|their|its|our|this|that)\s+(?:[\w'’-]+\s+)?[\w'’-]+)$"
)


#: After an inset report (*…, he added, …*): the comma that closes it, a few words on.
_INSET_CLOSE = re.compile(r"(?:\s+[\w.'’-]+){0,3}?\s*,(?=\s)")
#: What opens an adverbial clause, not the subject of an inset report's content.
_ADVERBIAL_OPEN = re.compile(
    r"\W*(?:when|while|if|as|after|before|because|since|once|until|unless"
    r"|(?:al)?though|whereas|asked|pressed|in|at|on|during|\w+ing)\b",
    re.IGNORECASE,
)


def _inset_report(
    text: str,
    quote: Quote,
    frame: tuple[int, int],
    cue: tuple[int, int] | None,
    speaker: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The content's part before a report set off by commas inside it, if there is one.

    In *The weapons it has, he added, are like "bombs you can't use."* the
    speaker and cue interrupt the content, which starts before them: this
    returns the span of *The weapons it has* (its clause, up to the comma).

    >>> text = 'The weapons it has, he added, are like "bombs you cannot use."'
    >>> a, b = _inset_report(text, find_quotes(text)[0], (0, len(text)),
    ...                      (text.index("added"), text.index("added") + 5), (20, 22))
    >>> text[a:b]
    'The weapons it has'
    """
    if cue is None or speaker is None:
        return None
    first, last = min(cue[0], speaker[0]), max(cue[1], speaker[1])
    close = _INSET_CLOSE.match(text, last, quote.start) if last <= quote.start else None
    if (
        close is None
        or not any(ch.isalpha() for ch in text[close.end() : quote.start])
        or _THAT.search(text, last, close.end())
        or _INNER_CLAUSE.search(text, last, close.end())
    ):
        return None  # "Lee said, "…"" or "said that he did not, but …": not an inset report
    end = first
    while end > frame[0] and text[end - 1].isspace():
        end -= 1
    if end <= frame[0] or text[end - 1] != ",":
        return None
    start = _clause_start(text, quote, frame[0])
    if (
        start >= end - 1
        or _DOUBLE_MARK.search(text, start, end)
        or not any(ch.isalpha() for ch in text[start:end])
        or _ADVERBIAL_OPEN.match(text, start)
    ):
        return None
    return start, end - 1


#: Between a cue after a quote and the next quote: the rest of the cue's sentence, no break.
_FRAGMENT_GAP = re.compile(r"[^\r\n\"“”]*[.,][ \t\u00a0]*$")
_STOP = re.compile(r"[\r\n]|[.!?]\s")
#: A sentence end inside a span (not after an initial or a short title: *Mr.*, *U.S.*).
_INNER_STOP = re.compile(r"[!?]\s|(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})\.\s+\S")


def _cue_between(text: str, lo: int, hi: int) -> bool:
    """Is there an unambiguous reporting verb in ``text[lo:hi]``?"""
    from nbutils.cues import find_cues

    return any(not c.ambiguous and c.lemma != "according to" for c in find_cues(text, lo, hi))


def _next_fragment(text: str, quote: Quote, quotes: Sequence[Quote], cue_at: int) -> Quote | None:
    """The quote that goes on with the speech of ``quote`` after its cue (``"A," he said. "B."``).

    It follows in the same paragraph, right after the cue's sentence (or the
    cue's comma), and has no reporting verb of its own.
    """
    from nbutils.cues import find_cues

    k = bisect.bisect_right(quotes, quote.start, key=_start)
    if k >= len(quotes) or not quotes[k].primary or quotes[k].start < cue_at:
        return None
    nxt = quotes[k]
    if not _FRAGMENT_GAP.match(text, cue_at, nxt.start) or _INNER_STOP.search(
        text, cue_at, nxt.start - 1
    ):
        return None
    stop = _STOP.search(text, nxt.end, nxt.end + 60)
    end = stop.start() if stop else min(len(text), nxt.end + 60)
    if any(not c.ambiguous for c in find_cues(text, nxt.end, end)):
        return None  # "B," she added: a report of its own
    return nxt


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
