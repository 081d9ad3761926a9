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

import csv
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

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
        headline = 0 < len(words) <= 16 and first[-1:] not in (",", ":", ";") and (
            "\n" in self.text.lstrip() and not first.endswith(".")
            or sum(w[:1].isupper() for w in words) >= 0.6 * len(words))
        return first if headline else self.id

    @property
    def slug(self) -> str:
        """A filesystem-safe version of the id (used for report folders).

        >>> Article("2025/03 Rutte: NATO!", "x").slug
        '2025-03-Rutte-NATO'
        """
        return re.sub(r"[^A-Za-z0-9._-]+", "-", self.id).strip("-.") or "article"


def _decode(raw: bytes, where: str) -> str:
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{where}: looks like a binary file (NUL bytes), not UTF-8 text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{where}: not valid UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r}); "
            "re-save the file as UTF-8"
        ) from None


def _check_text(text: Any, where: str, empty: str = "the file is empty") -> str:
    if not isinstance(text, str):
        raise ArticleError(f"{where}: 'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise ArticleError(f"{where}: {empty} (no text to analyse)")
    if len(text) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{where}: article too large ({len(text):,} characters; "
                           f"limit {MAX_ARTICLE_BYTES:,})")
    return text


def _existing(path: str | Path) -> Path:
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"{p}: no such file or folder")
    return p


def load_article(path: str | Path, metadata: Mapping[str, Any] | None = None) -> Article:
    """Load one ``.txt`` article (UTF-8, read byte for byte) and its ``.json`` sidecar."""
    p = _existing(path)
    if p.is_dir():
        raise ArticleError(f"{p}: is a folder; use load_folder() or iter_articles()")
    size = p.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{p}: article too large ({size:,} bytes; limit {MAX_ARTICLE_BYTES:,})")
    text = _check_text(_decode(p.read_bytes(), str(p)), str(p))
    meta: dict[str, Any] = {}
    sidecar = p.with_suffix(".json")
    if sidecar.is_file():
        try:
            loaded = json.loads(sidecar.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ArticleError(f"{sidecar}: bad metadata sidecar ({exc})") from None
        if not isinstance(loaded, dict):
            raise ArticleError(f"{sidecar}: metadata sidecar must hold a JSON object")
        meta.update(loaded)
    meta.setdefault("source_path", str(p))
    meta.update(metadata or {})
    return Article(id=str(meta.pop("id", p.stem)), text=text, metadata=meta)


OnError = Callable[[ArticleError], None]


def _guard(make: Callable[[], Article], on_error: OnError | None) -> Article | None:
    try:
        return make()
    except ArticleError as exc:
        if on_error is None:
            raise
        on_error(exc)
        return None


def load_folder(path: str | Path, on_error: OnError | None = None) -> Iterator[Article]:
    """Yield every ``.txt`` article in a folder, sorted by file name."""
    p = _existing(path)
    files = sorted(f for f in p.iterdir() if f.suffix == ".txt" and f.is_file())
    if not files:
        raise ArticleError(f"{p}: folder holds no .txt files")
    for f in files:
        article = _guard(lambda f=f: load_article(f), on_error)
        if article is not None:
            yield article


def _article_from_record(record: Any, where: str, default_id: str,
                         text_key: str = "text") -> Article:
    if not isinstance(record, dict):
        raise ArticleError(f"{where}: expected a JSON object with 'text', got {type(record).__name__}")
    if "text" not in record:
        raise ArticleError(f"{where}: object has no 'text' key")
    text = _check_text(record["text"], where, empty=f"empty {text_key!r}")
    meta = {k: v for k, v in record.items() if k not in ("id", "text")}
    meta["source_line"] = where  # "file:line", to locate the record in later errors
    if isinstance(record.get("id"), int | float) and not isinstance(record["id"], bool):
        meta["original_id"] = record["id"]  # a numeric id is written back as a number
    return Article(id=str(record.get("id") or default_id), text=text, metadata=meta)


def load_jsonl(path: str | Path, on_error: OnError | None = None) -> Iterator[Article]:
    """Yield articles from a JSONL file, streamed line by line (blank lines skipped)."""
    p = _existing(path)
    with p.open("rb") as fh:
        seen = False
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            seen = True
            where = f"{p}:{lineno}"

            def make(raw: bytes = raw, where: str = where, lineno: int = lineno) -> Article:
                line = _decode(raw, where)
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


def load_csv(path: str | Path, text_column: str = "text", id_column: str = "id",
             on_error: OnError | None = None) -> Iterator[Article]:
    """Yield articles from a CSV file with a header row, streamed row by row."""
    p = _existing(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        fh = p.open(encoding="utf-8", newline="")
        reader = csv.DictReader(fh)
        header = reader.fieldnames
    except UnicodeDecodeError:
        raise ArticleError(f"{p}: not valid UTF-8; re-save the file as UTF-8") from None
    with fh:
        if not header:
            raise ArticleError(f"{p}: the file is empty (no header row)")
        if text_column not in header:
            raise ArticleError(f"{p}: no column {text_column!r} (columns: {', '.join(header)})")
        rowno = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except UnicodeDecodeError:
                raise ArticleError(f"{p}: not valid UTF-8 after line {reader.line_num}") from None
            rowno += 1
            where = f"{p}:{reader.line_num}"
            record = {k: v for k, v in row.items() if k is not None}
            record["text"] = record.pop(text_column)
            if id_column in record:
                record["id"] = record.pop(id_column)
            article = _guard(lambda r=record, w=where, n=rowno:
                             _article_from_record(r, w, f"{p.stem}-{n}", text_column), on_error)
            if article is not None:
                yield article


def iter_articles(path: str | Path, text_column: str = "text",
                  on_error: OnError | None = None) -> Iterator[Article]:
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
