"""Transcripts: one quotation that holds several turns is split at each speaker label.

News sites often paste part of an interview as one quotation, each turn opened by the
speaker's name in capitals and a colon::

    "QUESTION: Will the bridge reopen? MS. LEE: Not this year."

Each turn has its own speaker, so :func:`split_turns` cuts such a quotation into one
:class:`~nbutils.quotes.Quote` per turn, and the ``transcript`` sieve then reads each
turn's label. A quotation is split only when it *opens* with a label (that is what makes
it a transcript); a later label must follow the end of a sentence or a line break, be in
capitals (``MS. LEE``, ``SEN. RAY``, ``QUESTION``, ``Q``), be at most four words and not
open a section (``UPDATE:``, ``EDITOR'S NOTE:``: :data:`SECTION_LABELS`).

>>> from nbutils.quotes import find_quotes
>>> text = 'It went so. "QUESTION: Will it reopen? MS. LEE: Not this year. Q: Why?"'
>>> [(q.text, q.kind) for q in split_turns(text, find_quotes(text))]
[('"QUESTION: Will it reopen?', 'direct'), ('MS. LEE: Not this year.', 'direct'), ('Q: Why?"', 'direct')]

An interview is also printed with no quotation marks at all, one turn per paragraph::

    KENDRICK: Will you vote for the bill?
    LANGSTON: Not in its present form.

:func:`label_turns` reads each such paragraph as a quotation of its own (with no marks).
Only a run of at least two consecutive labelled paragraphs with two different labels, one
of them a name the article writes in ordinary case elsewhere (``Kendrick``), is a
transcript: a lone ``WASHINGTON:`` dateline or a digest's ``WHY IT MATTERS:`` headings are
not.

>>> text = "Ann Hale met Tom Vane.\\nVANE: Will you run?\\nHALE: Ask me in May.\\nShe smiled."
>>> [q.text for q in quotes_and_turns(text)]
['VANE: Will you run?', 'HALE: Ask me in May.']
"""

from __future__ import annotations

import re

from nbutils.lexicons import word_list
from nbutils.quotes import Quote, find_quotes
from nbutils.tokenise import TITLE_ABBREVIATIONS, line_spans

#: A speaker's name in a label: capitals (``MS. LEE``, ``QUESTION``), or ``Q`` and ``A``.
LABEL_NAME = r"[A-Z][A-Z.'’ -]{0,30}[A-Z.]|Q|A"
#: Labels of the unnamed questioner (a briefing's or an interview's ``Q:``): a reporter.
QUESTIONER_LABELS = frozenset({"Q", "QUESTION"})
#: Labels of the one who answers (an interview's ``A:``): the interviewee the article names.
ANSWER_LABELS = frozenset({"A", "ANSWER"})
#: A speaker label opening a quotation: the name, then a colon.
LABEL = r"\(?(?:" + LABEL_NAME + r"):\s"
_OPENING = re.compile(LABEL)
#: A label inside the quotation: after the end of a sentence (or a dash) or a line break.
_INSIDE = re.compile(r"(?:(?<=[.?!…—–\"”)])[ \t]+|\n\s*)(?P<label>" + LABEL + ")")


#: Labels that open a section or a note (``UPDATE:``), not a speaker's turn.
SECTION_LABELS = word_list("section_labels")


def is_speaker_label(label: str) -> bool:
    """Is ``label`` (with or without its colon) a speaker's name, at most four words and not
    a section label?

    >>> is_speaker_label("MS. LEE:"), is_speaker_label("UPDATE:"), is_speaker_label("Q:")
    (True, False, True)
    """
    name = label.strip("(): \n\t")
    return 1 <= len(name.split()) <= 4 and name.lower() not in SECTION_LABELS


def split_turns(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with every quotation that opens with a speaker label and holds more
    labels cut into one quotation per turn (see the module's docstring); the others as
    they are. One pass over each quotation's content: linear time."""
    out: list[Quote] = []
    for q in quotes:
        first = _OPENING.match(q.content)
        cuts = []
        if first is not None and is_speaker_label(first.group()):
            cuts = [
                q.content_start + m.start("label")
                for m in _INSIDE.finditer(q.content, first.end())
                if is_speaker_label(m.group("label"))
            ]
        if not cuts:
            out.append(q)
            continue
        starts = [q.start, *cuts]
        for n, a in enumerate(starts):
            last = n == len(starts) - 1
            b = q.end if last else starts[n + 1]
            while not last and b > a and text[b - 1].isspace():
                b -= 1
            c0 = q.content_start if n == 0 else a
            c1 = q.content_end if last else b
            out.append(
                q._replace(
                    start=a,
                    end=b,
                    content_start=c0,
                    content_end=c1,
                    open_mark=q.open_mark if n == 0 else "",
                    close_mark=q.close_mark if last else "",
                    closed=q.closed if last else True,
                    paragraphs=text.count("\n\n", a, b) + 1,
                    text=text[a:b],
                    content=text[c0:c1],
                )
            )
    return out


#: A paragraph opening with a speaker label and going on in the same line: an unquoted turn.
_TURN = re.compile(r"[ \t]*(?P<label>" + LABEL_NAME + r"):[ \t]+\S")
#: A word in ordinary case: ``Kendrick`` in ``Jim Kendrick``.
_ORDINARY = re.compile(r"\b[A-Z][a-z][\w'’-]*")


def quotes_and_turns(text: str) -> list[Quote]:
    """Every quotation of ``text`` (:func:`~nbutils.quotes.find_quotes`), quoted transcripts
    cut into turns (:func:`split_turns`) and unquoted transcript turns added
    (:func:`label_turns`), in order."""
    return label_turns(text, split_turns(text, find_quotes(text)))


def _label_name(label: str) -> str:
    """The surname a label names, in ordinary case: ``MS. LEE`` -> ``Lee``."""
    words = label.split()
    if len(words) > 1 and words[0].rstrip(".").lower() in TITLE_ABBREVIATIONS:
        words = words[1:]
    return words[-1].strip(".").title() if words else ""


def _labelled_lines(text: str) -> list[tuple[int, int, str]]:
    """(turn start, paragraph end, label) for each paragraph that opens with a speaker
    label, and (-1, -1, "") for every other paragraph (the runs are read from this)."""
    out: list[tuple[int, int, str]] = []
    for lo, hi in line_spans(text):
        turn = _TURN.match(text, lo, hi)
        if turn is None or not is_speaker_label(turn.group("label")):
            out.append((-1, -1, ""))
            continue
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        out.append((turn.start("label"), hi, turn.group("label")))
    return out


def _transcript_runs(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The turns of every run of consecutive labelled paragraphs that reads as a transcript
    (see the module's docstring): at least two turns and two labels, one of them a name
    the text writes in ordinary case."""
    known: set[str] | None = None
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []
    for line in [*lines, (-1, -1, "")]:
        if line[0] >= 0:
            run.append(line)
            continue
        labels = {lab for _, _, lab in run}
        if len(run) >= 2 and len(labels) >= 2:
            if known is None:
                known = set(_ORDINARY.findall(text))
            if any(_label_name(lab) in known for lab in labels - QUESTIONER_LABELS):
                out += [(a, b) for a, b, _ in run]
        run = []
    return out


def label_turns(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the turns of every unquoted transcript added, each a quotation with
    no marks that opens with its label (see the module's docstring); a quotation inside a
    turn belongs to it and is dropped, and a paragraph that a quotation crosses into or out
    of is no turn. One pass over the paragraphs and one over the quotations: linear time."""
    turns = _transcript_runs(text, _labelled_lines(text))
    if not turns:
        return quotes
    out: list[Quote] = []
    k = 0
    for a, b in turns:
        while k < len(quotes) and quotes[k].end <= a:
            out.append(quotes[k])
            k += 1
        inside = k
        while inside < len(quotes) and quotes[inside].end <= b:
            inside += 1
        crossing = (inside < len(quotes) and quotes[inside].start < b) or (
            k < len(quotes) and quotes[k].start < a
        )
        if crossing:
            continue
        k = inside  # quotes within the turn are part of it
        out.append(Quote(a, b, a, b, "", "", "double", "direct", True, 1, text[a:b], text[a:b]))
    out += quotes[k:]
    return out
