"""Articles: the one record every step of the pipeline reads, and its loaders.

An :class:`Article` is an id, the text exactly as it was stored, and a
metadata dict. The text is *never* altered — no newline translation, no
quote normalisation, no stripping — so that every character offset produced
anywhere in the project (sentences, tokens, quotes, speakers) indexes into
``article.text`` and can be checked by slicing.

Loaders accept the formats news corpora come in:

* a ``.txt`` file, with an optional ``.json`` metadata sidecar beside it;
* a folder of ``.txt`` files (sorted by name);
* a JSONL file, one ``{"id": …, "text": …, …}`` object per line (other keys
  become metadata);
* a CSV file with a text column (``text`` by default) and an optional id column.

Bad input gets one clear line naming the file (and line) — an
:class:`ArticleError` — never a traceback from deep inside a decoder.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "short.txt").write_text('She said, "Hi."\\r\\n', encoding="utf-8")
>>> article = load_article(folder / "short.txt")
>>> article.id, article.text
('short', 'She said, "Hi."\\r\\n')
>>> (folder / "empty.txt").write_text("  ")
2
>>> load_article(folder / "empty.txt")
Traceback (most recent call last):
...
nbutils.articles.ArticleError: .../empty.txt: the file is empty (no text to analyse)
"""

from __future__ import annotations

import codecs
import csv
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO

#: Largest article accepted (bytes). Larger files are refused with a clear
#: message rather than silently exhausting memory; raise it if you need to.
MAX_ARTICLE_BYTES: int = 50 * 1024 * 1024


class ArticleError(ValueError):
    """Bad input: one line that names the file (and line) and what is wrong."""


@dataclass(frozen=True)
class Article:
    """One news article: an id, its unaltered text, and metadata.

    >>> Article("a1", "Text.", {"title": "T"}).metadata["title"]
    'T'
    """

    id: str
    text: str
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "metadata", MappingProxyType(dict(self.metadata)))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as (id, text, plain metadata dict): articles travel to worker
        processes, and a read-only mapping cannot be pickled itself.

        >>> import pickle
        >>> pickle.loads(pickle.dumps(Article("a", "t", {"k": 1}))) == Article("a", "t", {"k": 1})
        True
        """
        return (Article, (self.id, self.text, dict(self.metadata)))

    @property
    def title(self) -> str:
        """The title from metadata, else a headline-like first line, else the id.

        >>> Article("a_wire", "Farm Bill Passes Senate\\n\\nThe Senate voted.").title
        'Farm Bill Passes Senate'
        >>> Article("a_wire", "The Senate voted on Friday to pass the bill, 52 to 48.").title
        'a_wire'
        """
        if self.metadata.get("title"):
            return str(self.metadata["title"])
        first = self.text.lstrip().split("\n", 1)[0].strip()
        words = first.split()
        headline = (
            0 < len(words) <= 16
            and first[-1:] not in (",", ":", ";")
            and (
                "\n" in self.text.lstrip()
                and not first.endswith(".")
                or sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
            )
        )
        return first if headline else self.id

    @property
    def slug(self) -> str:
        """A filesystem-safe version of the id (used for report folders).

        >>> Article("2025/03 Rutte: NATO!", "x").slug
        '2025-03-Rutte-NATO'
        """
        return re.sub(r"[^A-Za-z0-9._-]+", "-", self.id).strip("-.") or "article"


#: Byte-order marks and the codec that decodes (and drops) them. UTF-32 first:
#: its little-endian mark begins with UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}
#: What undecodable bytes become while reading line by line: a lone surrogate,
#: which no decoder produces from valid input, so it marks the spot exactly.
_BAD = "\udfff"
codecs.register_error("nbutils-mark", lambda exc: (_BAD, exc.end))  # type: ignore[arg-type,return-value]


def sniff_encoding(head: bytes) -> str:
    r"""The codec for a file that starts with ``head``: UTF-8 unless a
    byte-order mark says UTF-8 (``utf-8-sig``, which drops it), UTF-16 or UTF-32.

    >>> sniff_encoding(b"plain"), sniff_encoding(b"\xef\xbb\xbfid,text")
    ('utf-8', 'utf-8-sig')
    >>> sniff_encoding("text".encode("utf-16")), sniff_encoding("text".encode("utf-32"))
    ('utf-16', 'utf-32')
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    return "utf-8"


def _position(text_before: str) -> tuple[int, int]:
    """1-based (line, column) of the character after ``text_before``."""
    return text_before.count("\n") + 1, len(text_before) - text_before.rfind("\n")


def _decode(raw: bytes, where: str) -> str:
    r"""Bytes of a whole file as text: UTF-8 (a byte-order mark is dropped), or
    UTF-16/UTF-32 with a byte-order mark; anything else is one clear line
    naming the line and column of the first bad byte.

    >>> _decode("café".encode("utf-16"), "x.txt")
    'café'
    >>> _decode(b"Line one\ncaf\xe9", "x.txt")
    Traceback (most recent call last):
    ...
    nbutils.articles.ArticleError: x.txt: not valid UTF-8 at line 2, column 4 (byte b'\xe9'); re-save the file as UTF-8
    """
    codec = sniff_encoding(raw[:4])
    if codec == "utf-8-sig":
        raw, codec = raw[len(codecs.BOM_UTF8) :], "utf-8"
    if codec == "utf-8" and b"\x00" in raw[:8192]:
        raise ArticleError(f"{where}: looks like a binary file (NUL bytes), not UTF-8 text")
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        line, column = _position(raw[: exc.start].decode(codec, errors="replace"))
        raise ArticleError(
            f"{where}: not valid {_ENCODING_NAMES[codec]} at line {line}, column {column} "
            f"(byte {raw[exc.start : exc.start + 1]!r}); re-save the file as UTF-8"
        ) from None


_NEWLINE = re.compile(r"\n")
_ANY_NEWLINE = re.compile(r"\r\n|\r|\n")


def _decoded_lines(
    fh: BinaryIO, universal: bool = False, chunk_size: int = 1 << 16
) -> tuple[str, Iterator[tuple[str, int | None]]]:
    r"""Read a binary file as text lines, streamed: returns the encoding's name
    and an iterator of ``(line with its ending, column of the first undecodable
    byte or None)``. Lines end at ``\n`` (JSONL), or also at ``\r\n`` and
    ``\r`` when ``universal`` (CSV, as Python's text files). A byte-order mark
    picks UTF-8, UTF-16 or UTF-32 and is dropped. Undecodable bytes do not stop
    the reading: the line that holds them says where.

    >>> import io
    >>> name, lines = _decoded_lines(io.BytesIO(b'\xef\xbb\xbfa\r\nb\xff\n'), universal=True)
    >>> name, list(lines)
    ('UTF-8', [('a\r\n', None), ('b\udfff\n', 2)])
    """
    head = fh.read(4)
    codec = sniff_encoding(head)
    if codec.startswith("utf-8"):
        return "UTF-8", _utf8_lines(head, fh, codec == "utf-8-sig", universal)
    return _ENCODING_NAMES[codec], _chunked_lines(head, fh, codec, universal, chunk_size)


def _marked(line: str) -> tuple[str, int | None]:
    """A decoded line and the column of its first undecodable byte, if any."""
    return line, (line.find(_BAD) + 1 or None)


def _utf8_lines(
    head: bytes, fh: BinaryIO, bom: bool, universal: bool
) -> Iterator[tuple[str, int | None]]:
    """UTF-8 lines, the fast path: byte lines split in C at ``b"\\n"``, which
    never falls inside a UTF-8 character, so each line decodes on its own."""
    first = (head + fh.readline()).split(b"\n")
    byte_lines = itertools.chain(
        (part + b"\n" for part in first[:-1]), [first[-1]] if first[-1] else [], fh
    )
    for n, raw in enumerate(byte_lines):
        text = raw.decode("utf-8", errors="nbutils-mark")
        if n == 0 and bom:
            text = text[1:]
        core = text[:-2] if text.endswith("\r\n") else text.removesuffix("\n")
        for line in _split_lines(text) if universal and "\r" in core else (text,):
            yield _marked(line)


def _chunked_lines(
    head: bytes, fh: BinaryIO, codec: str, universal: bool, chunk_size: int
) -> Iterator[tuple[str, int | None]]:
    """Lines of a UTF-16/32 file, decoded chunk by chunk (a line can be longer than a chunk)."""
    newline = _ANY_NEWLINE if universal else _NEWLINE
    decoder = codecs.getincrementaldecoder(codec)(errors="nbutils-mark")
    pending: list[str] = []
    carry = ""
    chunk = head
    while True:
        final = not chunk
        text = carry + decoder.decode(chunk, final=final)
        carry = ""
        if universal and text.endswith("\r") and not final:
            text, carry = text[:-1], "\r"  # maybe the first half of \r\n
        start = 0
        for match in newline.finditer(text):
            pending.append(text[start : match.end()])
            start = match.end()
            yield _marked("".join(pending))
            pending = []
        pending.append(text[start:])
        if final:
            break
        chunk = fh.read(chunk_size)
    if "".join(pending):
        yield _marked("".join(pending))


def _split_lines(text: str) -> list[str]:
    r"""``text`` cut after every ``\r\n``, ``\r`` or ``\n``, endings kept.

    >>> _split_lines("a\rb\r\nc")
    ['a\r', 'b\r\n', 'c']
    """
    return _LINE.findall(text)


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _open_input(path: Path) -> BinaryIO:
    """Open an input file for reading bytes, or one clear line why not."""
    try:
        return path.open("rb")
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _check_text(text: Any, where: str, empty: str = "the file is empty") -> str:
    if not isinstance(text, str):
        raise ArticleError(f"{where}: 'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise ArticleError(f"{where}: {empty} (no text to analyse)")
    if len(text) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{where}: article too large ({len(text):,} characters; limit {MAX_ARTICLE_BYTES:,})"
        )
    return text


def _existing(path: str | Path) -> Path:
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"{p}: no such file or folder")
    return p


_CORPUS_FILE = (
    "a corpus (one article per {}), not one article: give it as a corpus "
    "(CORPUS in notebook 04, --corpus for render)"
)
#: Files that are never one article (their text would be analysed as news): what each is.
NOT_ARTICLES: dict[str, str] = {
    ".json": "JSON (an article's metadata sidecar?), not an article: give the .txt beside it",
    ".jsonl": _CORPUS_FILE.format("line"),
    ".ndjson": _CORPUS_FILE.format("line"),
    ".csv": _CORPUS_FILE.format("row"),
    ".ipynb": "a notebook, not an article",
    ".parquet": "a Parquet table, not an article",
}


def load_article(path: str | Path, metadata: Mapping[str, Any] | None = None) -> Article:
    """Load one ``.txt`` article (UTF-8, read byte for byte; see :func:`_decode`
    for byte-order marks) and its ``.json`` sidecar."""
    p = _existing(path)
    if p.is_dir():
        raise ArticleError(
            f"{p}: is a folder, not one article; give a .txt file, or the folder as a corpus "
            "(CORPUS in notebook 04, --corpus for render, load_folder() in code)"
        )
    if not p.is_file():
        raise ArticleError(f"{p}: is not a regular file (a pipe or a device?)")
    if p.suffix.lower() in NOT_ARTICLES:
        raise ArticleError(f"{p}: is {NOT_ARTICLES[p.suffix.lower()]}")
    size = p.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{p}: article too large ({size:,} bytes; limit {MAX_ARTICLE_BYTES:,})")
    with _open_input(p) as fh:
        raw = fh.read()
    text = _check_text(_decode(raw, str(p)), str(p))
    meta: dict[str, Any] = {}
    sidecar = p.with_suffix(".json")
    if sidecar.is_file():
        try:
            loaded = json.loads(_decode(sidecar.read_bytes(), str(sidecar)))
        except (ArticleError, json.JSONDecodeError) as exc:
            raise ArticleError(f"{sidecar}: bad metadata sidecar ({exc})") from None
        if not isinstance(loaded, dict):
            raise ArticleError(f"{sidecar}: metadata sidecar must hold a JSON object")
        meta.update(loaded)
    meta.setdefault("source_path", str(p))
    meta.update(metadata or {})
    ident = meta.pop("id", None)
    return Article(
        id=p.stem if ident is None or ident == "" else id_text(ident), text=text, metadata=meta
    )


OnError = Callable[[ArticleError], None]


def _guard(make: Callable[[], Article], on_error: OnError | None) -> Article | None:
    try:
        return make()
    except ArticleError as exc:
        if on_error is None:
            raise
        on_error(exc)
        return None


def is_article_file(path: Path) -> bool:
    """Whether a file of a corpus folder is an article: a ``.txt`` (in any case) that is
    not hidden."""
    return path.suffix.lower() == ".txt" and not path.name.startswith(".") and path.is_file()


def load_folder(path: str | Path, on_error: OnError | None = None) -> Iterator[Article]:
    """Yield every ``.txt`` article in a folder, sorted by file name: the suffix in any
    case (``B.TXT`` too), hidden files left out (``._a.txt``, the metadata macOS writes
    beside a file on some drives, is no article).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("a.txt", "B.TXT", "._a.txt", "notes.md"):
    ...     _ = (folder / name).write_text("Rain is expected.", encoding="utf-8")
    >>> [a.id for a in load_folder(folder)]
    ['B', 'a']
    """
    p = _existing(path)
    files = sorted(f for f in p.iterdir() if is_article_file(f))
    if not files:
        raise ArticleError(f"{p}: folder holds no .txt files")
    for f in files:
        article = _guard(lambda f=f: load_article(f), on_error)
        if article is not None:
            yield article


def id_text(ident: Any) -> str:
    """An id from JSON or CSV as the text :attr:`Article.id` holds: a string
    as it is, anything else (a number, true/false, an object, a list) as
    compact JSON — never a Python repr.

    >>> id_text("a1"), id_text(7), id_text(True), id_text({"site": "bbc", "n": 2})
    ('a1', '7', 'true', '{"site":"bbc","n":2}')
    """
    if isinstance(ident, str):
        return ident
    return json.dumps(ident, ensure_ascii=False, separators=(",", ":"))


def _article_from_record(
    record: Any, where: str, default_id: str, text_key: str = "text"
) -> Article:
    if not isinstance(record, dict):
        raise ArticleError(
            f"{where}: expected a JSON object with 'text', got {type(record).__name__}"
        )
    if "text" not in record:
        raise ArticleError(f"{where}: object has no 'text' key")
    text = _check_text(record["text"], where, empty=f"empty {text_key!r}")
    meta = {k: v for k, v in record.items() if k not in ("id", "text")}
    meta["source_line"] = where  # "file:line", to locate the record in later errors
    ident = record.get("id")
    if isinstance(ident, int | float) and not isinstance(ident, bool):
        meta["original_id"] = ident  # a numeric id is written back as a number
    missing = ident is None or ident == ""
    return Article(id=default_id if missing else id_text(ident), text=text, metadata=meta)


def _undecodable(where: str, encoding: str, column: int) -> ArticleError:
    return ArticleError(
        f"{where}: not valid {encoding} at column {column}; re-save the file as UTF-8"
    )


def load_jsonl(path: str | Path, on_error: OnError | None = None) -> Iterator[Article]:
    """Yield articles from a JSONL file, streamed line by line (blank lines
    skipped). UTF-8 with or without a byte-order mark, or UTF-16/32 with one;
    a line with other bytes is reported with its line and column."""
    p = _existing(path)
    with _open_input(p) as fh:
        encoding, lines = _decoded_lines(fh)
        seen = False
        for lineno, (line, bad) in enumerate(lines, start=1):
            if not line.strip():
                continue
            seen = True
            where = f"{p}:{lineno}"

            def make(
                line: str = line, where: str = where, lineno: int = lineno, bad: int | None = bad
            ) -> Article:
                if bad is not None:
                    raise _undecodable(where, encoding, bad)
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ArticleError(f"{where}: not valid JSON ({exc.msg})") from None
                return _article_from_record(record, where, f"{p.stem}-{lineno}")

            article = _guard(make, on_error)
            if article is not None:
                yield article
    if not seen:
        raise ArticleError(f"{p}: the file is empty (no articles)")


class _CsvLines:
    """The decoded lines of a CSV file as the csv reader wants them, noting
    where undecodable bytes were (so the row holding them can be reported)."""

    def __init__(self, path: Path, fh: BinaryIO) -> None:
        self.path = path
        self.encoding, self._lines = _decoded_lines(fh, universal=True)
        self._bad: list[tuple[int, int]] = []  # (line, column) not yet reported

    def __iter__(self) -> Iterator[str]:
        for lineno, (line, bad) in enumerate(self._lines, start=1):
            if bad is not None:
                self._bad.append((lineno, bad))
            yield line.replace(_BAD, "\ufffd")

    def take_error(self) -> ArticleError | None:
        """The error for undecodable bytes read since the last call, if any."""
        if not self._bad:
            return None
        (line, column), self._bad = self._bad[0], []
        return _undecodable(f"{self.path}:{line}", self.encoding, column)


def _csv_header(reader: csv.DictReader, lines: _CsvLines, text_column: str) -> None:
    p = lines.path
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise ArticleError(f"{p}:{reader.line_num}: not a readable CSV header ({exc})") from None
    error = lines.take_error()
    if error is not None:
        raise error
    if not header:
        raise ArticleError(f"{p}: the file is empty (no header row)")
    if text_column not in header:
        raise ArticleError(f"{p}: no column {text_column!r} (columns: {', '.join(header)})")


def _csv_rows(
    reader: csv.DictReader, lines: _CsvLines
) -> Iterator[tuple[str, dict[str, Any] | ArticleError]]:
    """``(file:line, row)`` for every row, or an error in place of a bad row."""
    while True:
        try:
            row: dict[str, Any] | ArticleError = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row = ArticleError(f"{lines.path}:{reader.line_num}: bad CSV row ({exc})")
        yield f"{lines.path}:{reader.line_num}", lines.take_error() or row


def load_csv(
    path: str | Path,
    text_column: str = "text",
    id_column: str = "id",
    on_error: OnError | None = None,
) -> Iterator[Article]:
    """Yield articles from a CSV file with a header row, streamed row by row.
    UTF-8 with or without a byte-order mark (as Excel saves it), or UTF-16/32
    with one; a row with other bytes is reported with its line and column."""
    p = _existing(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with _open_input(p) as fh:
        lines = _CsvLines(p, fh)
        reader = csv.DictReader(lines)
        _csv_header(reader, lines, text_column)
        for rowno, (where, row) in enumerate(_csv_rows(reader, lines), start=2):
            if isinstance(row, ArticleError):
                _guard(lambda e=row: _raise(e), on_error)
                continue
            record = {k: v for k, v in row.items() if k is not None}
            record["text"] = record.pop(text_column)
            if id_column in record:
                record["id"] = record.pop(id_column)
            article = _guard(
                lambda r=record, w=where, n=rowno: _article_from_record(
                    r, w, f"{p.stem}-{n}", text_column
                ),
                on_error,
            )
            if article is not None:
                yield article


def _raise(exc: ArticleError) -> Article:
    raise exc


def iter_articles(
    path: str | Path, text_column: str = "text", on_error: OnError | None = None
) -> Iterator[Article]:
    """Yield the articles at ``path`` — a .txt file, a folder, a .jsonl or a .csv file.

    With ``on_error`` given, a bad record is passed to it and skipped;
    without, the first bad record raises :class:`ArticleError`.
    """
    p = _existing(path)
    if p.is_dir():
        yield from load_folder(p, on_error=on_error)
    elif p.suffix.lower() in (".jsonl", ".ndjson"):
        yield from load_jsonl(p, on_error=on_error)
    elif p.suffix.lower() == ".csv":
        yield from load_csv(p, text_column=text_column, on_error=on_error)
    else:
        yield load_article(p)


def resolve_path(path: str | Path | None) -> Path:
    """A user-given path: absolute, else relative to the current folder if it
    exists there, else relative to the repository root (notebooks run from
    ``notebooks/`` but users write paths from the root)."""
    from nbutils.config import ROOT

    p = Path(path).expanduser() if path else Path()
    if p.is_absolute() or p.exists():
        return p
    return ROOT / p if (ROOT / p).exists() else p


def open_article(path: str | Path | None = None) -> Article:
    """The article at ``path``, or the embedded default article when ``path`` is
    empty — what a notebook's ``ARTICLE`` parameter means.

    >>> open_article("").id
    '2025-03-01-rutte-zelenskyy-trump'
    """
    from nbutils.config import DEFAULT_ARTICLE

    return load_article(resolve_path(path) if path else DEFAULT_ARTICLE)


def load_default() -> Article:
    """The embedded default article (NATO's Rutte and Zelenskyy, 1 March 2025)."""
    return open_article(None)
