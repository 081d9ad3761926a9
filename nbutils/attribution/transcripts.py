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
"""

from __future__ import annotations

import re

from nbutils.lexicons import word_list
from nbutils.quotes import Quote

#: A speaker's name in a label: capitals (``MS. LEE``, ``QUESTION``), or ``Q`` and ``A``.
LABEL_NAME = r"[A-Z][A-Z.'’ -]{0,30}[A-Z.]|Q|A"
#: Labels of the unnamed questioner (a briefing's or an interview's ``Q:``): a reporter.
QUESTIONER_LABELS = frozenset({"Q", "QUESTION"})
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
