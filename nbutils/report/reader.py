"""The pages for readers: prose and tables in words, without the code.

:func:`reader_prose` drops the code blocks from a notebook's Markdown and takes API names out
of its prose (:func:`_is_api` tells code from words); :func:`reader_headers` writes a table's
headers in words, saying which columns are in percent (:data:`PERCENT_COLUMNS`), and
:func:`_reader_tables` applies it to every table as an nbconvert preprocessor.
:func:`_snake_headers` collects the column names a notebook shows or mentions, so that its
prose names a column as its tables do.

>>> reader_headers("<th>n_quotes</th><td>n_quotes</td>")
'<th>n quotes</th><td>n_quotes</td>'
"""

from __future__ import annotations

import re
from typing import Any

#: Modules and objects whose names, in backticks, are code rather than prose.
_CODE_ROOTS = (
    "nbutils",
    "nltk",
    "pd",
    "np",
    "str",
    "reactions",
    "sentiment",
    "views",
    "tokenisers",
    "tokenise",
    "frequencies",
    "entities",
    "framing",
    "corpus",
    "figures",
    "attribution",
    "quotes",
    "speakers",
    "evaluation",
    "exercises",
)
_FENCED = re.compile(r"^```.*?^```[ \t]*\n?", re.M | re.S)
_SPAN = re.compile(r"`([^`\n]+)`")


def _is_api(code: str) -> bool:
    """Whether a backticked span names code (``reactions.quote_table``, ``attribute()``).

    >>> [_is_api(c) for c in ("reactions.quote_table", "attribute()", "said", "x / sqrt(x)")]
    [True, True, False, False]
    >>> [_is_api(c) for c in ("corpus_overview(CORPUS, targets=True)", "f(k=1)", "sqrt(x)")]
    [True, True, False]
    """
    code = code.strip()
    if re.fullmatch(r"[A-Za-z_]\w*\(\)", code):
        return True
    call = re.fullmatch(r"([A-Za-z_]\w*)\((.+)\)", code)
    if call and ("_" in call.group(1) or "=" in call.group(2)):
        return True  # corpus_overview(CORPUS, targets=True); not sqrt(x)
    m = re.fullmatch(r"([A-Za-z_]\w*)(\.[A-Za-z_]\w*)+(\(.*\))?(\[.*\])?", code)
    return bool(m) and m.group(1) in _CODE_ROOTS


def reader_prose(markdown: str, columns: frozenset[str] = frozenset()) -> str:
    r"""Markdown for readers: code blocks dropped, API names taken out of the prose.

    A parenthesis that only points at code disappears; ``article.text`` reads
    "the article's text", a module of the package "this project", and any other
    API name "the project's code". A column name of ``columns`` reads as its
    reader page shows it (:func:`reader_headers`): `marked_share` → `marked share`.

    >>> reader_prose("The finder (`nbutils.quotes.find_quotes`) reads marks.")
    'The finder reads marks.'
    >>> reader_prose("`reactions.quote_table` makes a table of `said`.")
    "The project's code makes a table of `said`."
    >>> reader_prose("of notebook 02\n(`nbutils.x.y`). The rows — and\n`reactions.add` adds")
    "of notebook 02. The rows — and\nthe project's code adds"
    >>> reader_prose("It counts. `nbutils.framing` sorts verbs, as `nbutils.cues` does.")
    'It counts. This project sorts verbs, as this project does.'
    >>> reader_prose("Read `p_value` beside `word_tokenize`.", frozenset({"p_value"}))
    'Read `p value` beside `word_tokenize`.'
    >>> reader_prose("A CSV with a `text` column; `text` is read whole.")
    "A CSV with a `text` column; the article's text is read whole."
    >>> reader_prose("So `corpus_overview(CORPUS, targets=True)` also finds them.")
    "So the project's code also finds them."
    >>> reader_prose("by country (`reactions.country_of`: a country is its own; a place belongs "
    ...              "to the country WordNet puts it in, a person to their title's country)")
    "by country (a country is its own; a place belongs to the country WordNet puts it in, a person to their title's country)"
    >>> reader_prose("Run:\n\n```sh\nmake\n```\nDone.")
    'Run:\n\nDone.'
    """
    text = _FENCED.sub("", markdown)

    def paren(m: re.Match) -> str:
        spans = _SPAN.findall(m.group(0))
        if spans and any(_is_api(c) for c in spans) and len(m.group(0)) < 90:
            return ""
        return m.group(0)

    text = re.sub(r"\s?\((?:[^()`]|`[^`]*`){0,88}\)", paren, text)
    # "(`module.func`: what it does …)" keeps what it does
    text = re.sub(r"\(`([^`]*)`:\s*", lambda m: "(" if _is_api(m.group(1)) else m.group(0), text)

    def span(m: re.Match) -> str:
        code = m.group(1)
        column = re.match(r"\s+(column|field|key)\b", text[m.end() :]) is not None
        if code.strip() == "article.text" or (code.strip() == "text" and not column):
            return "the article's text"
        if code.strip() in columns:
            return "`" + code.strip().replace("_", " ") + "`"
        if not _is_api(code):
            return m.group(0)
        before = text[: m.start()].rstrip(" \t*_")
        start = (
            not before.strip()
            or before.endswith("\n\n")
            or re.search(r"(^|\n)\s*([-*+]|\d+\.)$", before) is not None
            or before.rstrip().endswith((".", ":", "!", "?"))
        )
        if re.fullmatch(r"nbutils(\.\w+)?", code.strip()):
            return "This project" if start else "this project"
        return "The project's code" if start else "the project's code"

    return _SPAN.sub(span, text)


_HEADER_CELL = re.compile(r"(<th\b[^>]*>)([^<]*)(</th>)")


def reader_headers(html: str) -> str:
    """A table's column and index headers in words: ``share_of_words`` → ``share of words``.

    Only the header cells change (the data cells keep their text); the pages with
    code keep the names the code uses.

    A column that holds percentages says so (:data:`PERCENT_COLUMNS`):

    >>> reader_headers('<th>share_of_words</th><td>a_b</td><th class="x">n_all</th>')
    '<th>share of words (%)</th><td>a_b</td><th class="x">n all</th>'
    """

    def header(m: re.Match) -> str:
        name = m.group(2)
        unit = " (%)" if name.strip() in PERCENT_COLUMNS else ""
        return m.group(1) + name.replace("_", " ") + unit + m.group(3)

    return _HEADER_CELL.sub(header, html)


#: Table columns in percent (0–100), whose reader headers say so: the share-of-voice
#: tables (:func:`nbutils.reactions.share_of_voice`) and the framing tables' marked share.
PERCENT_COLUMNS = frozenset({"share_of_quotes", "share_of_words", "marked_share"})


def _column_like(name: str) -> bool:
    """Whether a ``lower_snake`` name in the prose reads as a column of a table, not as the
    name of an NLTK data package (``sentence_polarity``) or of an NLTK function
    (``word_tokenize``), which stay as written.

    >>> [_column_like(n) for n in ("marked_share", "p_value", "sentence_polarity", "MIN_COUNT")]
    [True, True, False, False]
    >>> _column_like("word_tokenize")
    False
    """
    from nbutils.nltkdata import PACKAGES

    if not re.fullmatch(r"[a-z]+(_[a-z]+)+", name) or name in PACKAGES:
        return False
    return not _nltk_has(name)


def _nltk_has(name: str) -> bool:
    import nltk

    return hasattr(nltk, name)


def _snake_headers(nb: Any) -> frozenset[str]:
    """The table headers with an underscore in a notebook's outputs (``marked_share``),
    and the column-like names its prose mentions (:func:`_column_like`) — so that a
    column described before a step that was skipped (no quotation) still reads in
    words, as its table would have shown it."""
    found: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            found.update(n.strip() for n in _SPAN.findall(cell.source) if _column_like(n.strip()))
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html")
            if html:
                text = "".join(html) if isinstance(html, list) else html
                found.update(h.strip() for _, h, _ in _HEADER_CELL.findall(text) if "_" in h)
    return frozenset(found)


def _reader_tables(nb: Any, resources: dict) -> tuple[Any, dict]:
    """nbconvert preprocessor for the reader pages: table headers in words."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            html = data.get("text/html")
            if html:
                data["text/html"] = reader_headers(
                    "".join(html) if isinstance(html, list) else html
                )
    return nb, resources
