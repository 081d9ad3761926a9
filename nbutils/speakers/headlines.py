"""Headlines: where a name stops in a Title-Cased line.

Part of step 1 of :mod:`nbutils.speakers`. Headlines and subheads capitalise every word, so
a run of capitalised words there runs on past the name into the verb and the rest of the
line (*Jane Roe Said*, *Mayor Jane Roe Tours The Flooded Town*). This module tells which
lines are Title-Cased (:func:`title_cased_line`, :class:`TitleLines`) and where the name
in such a line ends (:func:`title_case_cue`); :mod:`nbutils.speakers.names` cuts its runs
there.

>>> title_cased_line("Jane Roe Says She Will Run Again", 0)
True
>>> title_cased_line("Jane Roe said on Monday that she would run again.", 0)
False
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from nbutils.cues import lemma_of
from nbutils.lexicons import Closed
from nbutils.speakers.vocabulary import TITLE_WORDS, all_first_names, english_words, function_words

_CONNECTORS = Closed.NAME_CONNECTORS

#: Reporting verbs in the past tense that do not end in *-ed*.
IRREGULAR_CUES = frozenset("said told wrote spoke shot swore sang rang took".split())


#: Adverbs a headline puts between a name and its verb ("Sharpton Just Says").
ADVERBS_BEFORE_CUE = frozenset(
    """just once also now never still then again later even
finally first reportedly only""".split()
)

_TITLE_WORD = re.compile(r"(?<![\w'’])[A-Za-z][a-z'’]{3,}")


def title_case_cue(text: str, words: list[str], offsets: list[int]) -> int | None:
    """Where a capitalised reporting verb cuts a name run in a Title-Cased line, if it does.

    Headlines and subheads capitalise every word, so a name runs into the verb
    after it (*Jane Roe Said*, *Tom Hale Joked*): a finite form of a reporting
    verb after the first word ends the name when most words around it are
    capitalised too (in its line, within 80 characters).

    >>> t = "At The Summit, Jane Roe Said 'We Will Rebuild'"
    >>> title_case_cue(t, ["Jane", "Roe", "Said"], [15, 20, 24])
    2
    """
    for i in range(1, len(words)):
        low = words[i].lower()
        if not (low in IRREGULAR_CUES or low.endswith(("ed", "s"))) or lemma_of(low) is None:
            continue
        while i > 1 and (
            words[i - 1].lower() in ADVERBS_BEFORE_CUE
            or words[i - 1].endswith("ly")
            and words[i - 1].lower() in english_words()
        ):
            i -= 1  # "Al Sharpton Just Says", "Tom Hale Angrily Denied"
        if title_cased_line(text, offsets[i]):
            end = _title_case_name_end(text, words[:i], offsets[:i])
            return i if end is None else end  # "Tom Ray Faces Questions": at "Faces"
    return _title_case_name_end(text, words, offsets)


def title_cased_line(text: str, at: int) -> bool:
    """Are most words of the line around ``at`` (within 80 characters) capitalised?"""
    a, b = max(0, at - 80), at + 80
    a = max(a, text.rfind("\n", a, at) + 1)
    b = text.find("\n", at, b) if "\n" in text[at:b] else b
    around = _TITLE_WORD.findall(text, a, b)  # the words of its line, near it
    if len(around) >= 4 and sum(w[0].isupper() for w in around) >= 0.75 * len(around):
        return True
    # a short line of its own, every word capitalised, no full stop: "Tom Hale Says He Will
    # Run", a subhead "Lee Hails 'Reaction'" (few long words, but a headline all the same)
    line = _short_line(text, at, 100)
    words = _ANY_WORD.findall(line) if line is not None else []
    return (
        line is not None
        and 3 <= len(words) <= 14
        and not line.endswith((".", ",", ";", ":"))
        and all(w[0].isupper() or w[0].isdigit() for w in words)
    )


_ANY_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
#: White space that does not end a line.
_BLANK_RUN = re.compile(r"[^\S\n]*")


def _short_line(text: str, at: int, most: int) -> str | None:
    r"""The line of ``text`` around ``at`` (a word's offset), stripped, when it holds at most
    ``most`` characters, else ``None``.

    Only the ``most`` characters on each side of ``at`` are read (and any white space
    just beyond them): asked at every name of a long text without line breaks, reading
    the whole line each time made the cost grow with the square of the text.

    >>> _short_line("Intro.\n  Tom Hale Says Yes \nMore text", 12, 100)
    'Tom Hale Says Yes'
    >>> _short_line("word " * 50, 120, 100) is None
    True
    """
    if not 0 <= at < len(text) or text[at].isspace():  # (callers give a word's offset)
        a, b = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        line = text[a : len(text) if b < 0 else b].strip()
        return line if len(line) <= most else None
    lo, hi = max(0, at - most - 1), min(len(text), at + most + 1)
    a = text.rfind("\n", lo, at) + 1
    if a == 0 and lo > 0:  # the line starts before lo: only white space may stand there
        k = lo
        while k > 0 and text[k - 1] != "\n" and text[k - 1].isspace():
            k -= 1
        if k > 0 and text[k - 1] != "\n":
            return None  # a word more than `most` characters before `at`, on its line
        a = lo
    b = text.find("\n", at, hi)
    if b < 0:
        b = hi
        end = _BLANK_RUN.match(text, hi).end()
        if end < len(text) and text[end] != "\n":
            return None  # a word more than `most` characters after `at`, on its line
    line = text[a:b].strip()
    return line if len(line) <= most else None


def _english_form(low: str) -> bool:
    """Is ``low`` an English word or its -s, -es or -ed form (*tours*, *vows*, *visited*)?"""
    english = english_words()
    return (
        low in english
        or low.endswith("s")
        and low[:-1] in english
        or low.endswith("es")
        and low[:-2] in english
        or low.endswith("ed")
        and (low[:-2] in english or low[:-1] in english)
    )


def _title_case_name_end(text: str, words: list[str], offsets: list[int]) -> int | None:
    """Where a person's name ends in a Title-Cased headline when no cue cuts it: after a
    first name and one more word (initials aside), an English word that is no first name
    (*Jane Roe Tours Town*, *Will Jane Roe Run Again?*) starts the rest of the headline.

    >>> t = "Mayor Jane Roe Tours The Flooded Town"
    >>> _title_case_name_end(t, ["Mayor", "Jane", "Roe", "Tours"], [0, 6, 11, 15])
    3
    """
    if len(words) < 3:
        return None  # a first name, a surname and a word after them at the least
    first = 0
    while first < len(words) and words[first].lower() in TITLE_WORDS:
        first += 1
    if first < len(words) and words[first] not in all_first_names():
        # "Editor Matthew Boyle": later, a first name that is no English word
        first = next(
            (
                k
                for k in range(first + 1, len(words))
                if words[k] in all_first_names() and words[k].lower() not in english_words()
            ),
            len(words),
        )
    if first >= len(words):
        return None
    surname = first + 1
    while surname < len(words) and words[surname].endswith("."):
        surname += 1  # "Douglas J. Fenwick": the initial is not the surname
    for i in range(surname + 1, len(words)):
        w = words[i]
        if w in all_first_names() or w.endswith(".") or not _english_form(w.lower()):
            continue
        return i if _headline(text, offsets[i]) else None
    return None


def _headline(text: str, at: int) -> bool:
    """Is the line around ``at`` a headline: at most 200 characters, at least four words of
    four letters or more, nine in ten of them capitalised?"""
    a = text.rfind("\n", max(0, at - 200), at) + 1
    if a == 0 and at > 200:
        return False
    b = text.find("\n", at, at + 200)
    if b < 0:
        b = len(text) if len(text) - at <= 200 else -1
    if b < 0:
        return False
    words = _TITLE_WORD.findall(text, a, b)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.9 * len(words)


_INITIAL = re.compile(r"[A-Z]\.")


@lru_cache(maxsize=4096)
def inflected_verb(low: str) -> bool:
    """Is ``low`` an inflected verb WordNet knows (*hid*, *sought*), though no entry of the
    word list? (Asked only of a headline's words that no list knows.)"""
    from nbutils.entities import wordnet

    base = wordnet().morphy(low, "v")
    return base is not None and base != low


def _title_cased(line: str) -> bool:
    """Is ``line`` (stripped, not in capitals) Title-Cased: nine in ten of four or more words
    of four letters or more capitalised, or a short line of 3 to 14 words, all capitalised
    (or numbers), that does not end with a comma, a semicolon or a colon?

    >>> _title_cased("Jane Roe Said To Quit Race"), _title_cased("Jane Roe said she would go")
    (True, False)
    """
    words = _TITLE_WORD.findall(line)
    if len(words) >= 4:
        need, lower = 0.9 * len(words), 0
        for w in words:  # (a line of prose has its small letters early: stop there)
            if not w[0].isupper():
                lower += 1
                if len(words) - lower < need:
                    break
        else:
            return True
    if len(line) > 100:
        return False
    short = _ANY_WORD.findall(line)
    return (
        3 <= len(short) <= 14
        and not line.endswith((",", ";", ":"))
        and all(w[0].isupper() or w[0].isdigit() for w in short)
    )


#: A live blog's time stamp opening a heading (*9:10 a.m.:*, *14:05 —*).
_TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[:—–-]\s*", re.I)


class TitleLines:
    """Which lines of a text are Title-Cased headlines or subheads, and which capitalised
    words its body (every other line) uses: a word of a headline is trusted as part of a
    name only when the body capitalises it too, or it is a first name, a title, a
    connector or no dictionary word (*Ostrander*). With no body (a text all in Title
    Case) nothing is distrusted. Each line is judged once (line found by bisection)."""

    def __init__(self, text: str, runs: list[re.Match[str]], english: frozenset[str]) -> None:
        self.text, self.english = text, english
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.lines: dict[int, bool] = {}
        self.body: set[str] = set()
        self.surnames: set[str] = set()  # last words of the body's runs of two or more
        for m in runs:
            if not self.at(m.start()):
                words = m.group().split()
                self.body.update(words)
                if len(words) > 1:
                    self.surnames.add(words[-1])
        self.applies = bool(self.body) and any(not v for v in self.lines.values())

    def at(self, offset: int) -> bool:
        """Is the line holding ``offset`` a Title-Cased headline or subhead?"""
        k = bisect.bisect_left(self.breaks, offset)
        if k not in self.lines:
            a = self.breaks[k - 1] + 1 if k > 0 else 0
            b = self.breaks[k] if k < len(self.breaks) else len(self.text)
            line = self.text[a:b].strip() if b - a <= 300 else ""
            line = _TIMESTAMP.sub("", line, count=1)  # "9:10 a.m.: The President Weighs In"
            self.lines[k] = bool(line) and not line.isupper() and _title_cased(line)
        return self.lines[k]

    def trusted(self, word: str, before: str = "") -> bool:
        """May ``word`` of a Title-Cased line be part of a name (``before``: the word before
        it in the run)? A surname right after a first name may be a dictionary word
        (*Donald Trump*, *George W. Bush*), though not a verb's form (*Hillary Asking*),
        nor after a word the body uses as a surname (*Hollis Hid …*)."""
        low = word.lower()
        if low.startswith(("anti-", "pro-", "non-")):
            return False  # "Anti-Trump Groups": an adjective
        if (
            before in all_first_names()
            and before not in self.surnames  # "Hollis Hid …" after the body's Dana Hollis
            or _INITIAL.fullmatch(before)
        ) and not (
            low.endswith(("ing", "ed", "s", "ly"))
            or lemma_of(low) is not None
            or low in function_words()
        ):
            return True
        return (
            word in self.body
            or word in all_first_names()
            or low in TITLE_WORDS
            or low in _CONNECTORS
            or not (
                low in self.english
                or lemma_of(low) is not None
                or low.endswith("s")
                and low[:-1] in self.english
                or inflected_verb(low)
                # ("Newest Families": a plural in -ies, a superlative)
                or low.endswith("ies")
                and low[:-3] + "y" in self.english
                or low.endswith("est")
                and len(low) > 5
                and (low[:-3] in self.english or low[:-2] in self.english)
            )
        )

    def names(self, word: str) -> bool:
        """Does ``word`` name someone, on its own: a first name or a word of the body, and
        no dictionary word (*Donald*, *Kaine*; not *Way*)?"""
        return (word in all_first_names() or word in self.body) and word.lower() not in self.english
