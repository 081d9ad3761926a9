"""Outputs: write result files so that no run ever damages a file.

A corpus run may take hours and its output may replace the result of the
previous run. Three rules keep every file safe:

* **atomic**: results go to a temporary file beside the target, which is
  renamed over the target only when the run succeeded (:func:`atomic_output`);
  a failed, interrupted or killed run leaves the previous file exactly as it was
  and removes its temporary file;
* **regular files only**: an output that is a folder, a FIFO, a device or a
  socket is refused, and so is an output that *is* the input
  (:func:`check_output`); a symbolic link is followed, so its target is
  replaced and the link stays a link;
* **same permissions**: a replaced file keeps its mode (a private ``0600``
  file stays private); a new file gets the usual mode allowed by the umask.

Results are written as they come by a :class:`Sink`: JSONL lines, CSV rows or
Parquet row groups, as an :class:`OutputSpec` says. In Parquet, ``int``
columns are *nullable* integers (pandas reads them back as ``Int64``, so a
missing speaker offset stays an integer column instead of turning it into floats).

>>> import tempfile, pathlib, os
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> target = folder / "out.jsonl"
>>> _ = target.write_text("previous run")
>>> os.chmod(target, 0o600)
>>> with atomic_output(target) as (_, fh):
...     _ = fh.write("new run")
>>> target.read_text(), oct(target.stat().st_mode & 0o777)
('new run', '0o600')
>>> check_output(folder)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
nbutils.outputs.OutputError: ...: is a folder; --output needs a file name
"""

from __future__ import annotations

import csv
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

#: Output formats a :class:`Sink` writes.
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")


class OutputError(ValueError):
    """An output that must not or cannot be written: one line naming the file."""


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    return (
        "a FIFO (named pipe)"
        if stat.S_ISFIFO(mode)
        else "a character device"
        if stat.S_ISCHR(mode)
        else "a block device"
        if stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a regular file"
    )


def check_output(path: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """The file an output to ``path`` really writes — the target of a
    symbolic link, else ``path`` — after checking that it may be written:
    a regular file or a new name, in an existing writable folder, and none
    of ``inputs``. Raises :class:`OutputError` (one line) otherwise.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> source = folder / "in.jsonl"
    >>> _ = source.write_text("{}")
    >>> (folder / "link.jsonl").symlink_to(source)
    >>> check_output(folder / "link.jsonl", inputs=[source])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    nbutils.outputs.OutputError: ...link.jsonl: is the input file (...in.jsonl); choose another output file
    >>> check_output(folder / "new.jsonl") == folder / "new.jsonl"
    True
    """
    given = Path(path)
    real = Path(os.path.realpath(given))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"{given}: cannot use as output ({exc.strerror})") from None
    if st is not None:
        _refuse_existing(given, real, st, inputs)
    folder = real.parent
    if not folder.is_dir():
        raise OutputError(f"{folder}: no such folder for the output file")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: cannot write the output file there (permission denied)")
    return real


#: Suffixes of the files the commands write: an existing ``--output`` with another suffix
#: (an article's ``.txt``, a notebook, a README …) is not a previous result, so it is kept.
OUTPUT_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson", ".json", ".csv", ".parquet", ".pq")


def check_replaceable(path: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """:func:`check_output` for a name the user gave (``--output``), which may replace
    only what looks like an earlier result: a new name, or an existing file whose suffix is
    one of :data:`OUTPUT_SUFFIXES` and that is not an article's metadata sidecar (a
    ``.json`` beside a ``.txt`` of the same name). A typo such as ``--output article.txt``
    would otherwise replace an article with JSONL. Raises :class:`OutputError`.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "story.txt").write_text("An article.")
    >>> check_replaceable(folder / "story.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    nbutils.outputs.OutputError: ...story.txt: exists and is not an earlier output (.jsonl, .ndjson, .json, .csv, .parquet, .pq); refusing to replace it: choose another name, or delete it first
    >>> _ = (folder / "story.json").write_text("{}")
    >>> check_replaceable(folder / "story.json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    nbutils.outputs.OutputError: ...story.json: is the metadata of the article story.txt; refusing to replace it: choose another name
    >>> check_replaceable(folder / "new.txt").name, check_replaceable(folder / "story.csv").name
    ('new.txt', 'story.csv')
    """
    real = check_output(path, inputs)
    if not real.exists():
        return real
    suffix = real.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise OutputError(
            f"{path}: exists and is not an earlier output ({', '.join(OUTPUT_SUFFIXES)}); "
            "refusing to replace it: choose another name, or delete it first"
        )
    if suffix == ".json" and real.with_suffix(".txt").exists():
        raise OutputError(
            f"{path}: is the metadata of the article {real.with_suffix('.txt').name}; "
            "refusing to replace it: choose another name"
        )
    return real


def _same_file(a: Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _refuse_existing(
    given: Path, real: Path, st: os.stat_result, inputs: Iterable[str | Path]
) -> None:
    """Raise :class:`OutputError` unless the existing ``real`` may be replaced."""
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{given}: is a folder; --output needs a file name")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(
            f"{given}: is {_kind(st.st_mode)}; refusing to replace it "
            "(--output must be a regular file)"
        )
    for source in inputs:
        if _same_file(real, source):
            raise OutputError(f"{given}: is the input file ({source}); choose another output file")


def _new_file_mode() -> int:
    """The mode a newly created file gets under the current umask (0o666 & ~umask)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_output(
    path: str | Path, binary: bool = False, inputs: Iterable[str | Path] = ()
) -> Iterator[tuple[Path, IO[Any]]]:
    """Write ``path`` through a temporary file beside it (beside the link's
    target, for a symbolic link), renamed into place on success with the
    replaced file's permissions; on any exception — an error, Ctrl-C, or the
    exception a termination signal is turned into — the temporary file is
    removed and ``path`` is left exactly as it was. Yields ``(temporary path,
    open file)``. See :func:`check_output` for what is refused.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> _ = p.write_text("good")
    >>> try:
    ...     with atomic_output(p) as (_, fh):
    ...         _ = fh.write("half a fi")
    ...         raise RuntimeError("disk full")
    ... except RuntimeError:
    ...     pass
    >>> p.read_text(), sorted(x.name for x in p.parent.iterdir())
    ('good', ['out.txt'])
    """
    target = check_output(path, inputs)
    try:
        previous: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        previous = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(
            f"{target.parent}: cannot write the output file there ({exc.strerror or exc})"
        ) from None
    tmp_path = Path(tmp)
    try:
        with (
            os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        ) as fh:
            yield tmp_path, fh
            fh.flush()
            os.fsync(fh.fileno())
        if previous is not None:
            os.chmod(tmp_path, stat.S_IMODE(previous.st_mode))
            if (previous.st_uid, previous.st_gid) != (os.getuid(), os.getgid()):
                try:
                    os.chown(tmp_path, previous.st_uid, previous.st_gid)
                except OSError:
                    pass  # only the owner (or root) may give a file away; keep ours
        else:
            os.chmod(tmp_path, _new_file_mode())
        check_output(target)  # still a regular file (or absent) right before the rename
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class OutputSpec:
    """How results become output: ``record(id, value)`` is one JSONL object,
    ``rows(id, value)`` the table rows (``id`` is prepended), ``columns`` the
    table's columns after ``id`` with their types (int, float, str, bool)."""

    record: Callable[[Any, Any], Mapping[str, Any]]
    rows: Callable[[Any, Any], Iterable[Mapping[str, Any]]]
    columns: Mapping[str, str]


def table_id(ident: Any) -> str:
    """An article id as it appears in a table's text column: a string as it
    is, a number as written in JSON.

    >>> table_id("a1"), table_id(7), table_id(2.5)
    ('a1', '7', '2.5')
    """
    return ident if isinstance(ident, str) else json.dumps(ident, ensure_ascii=False)


def parquet_schema(columns: Mapping[str, str]) -> Any:
    """The Arrow schema of a table with ``id`` (text) first, then ``columns``,
    carrying pandas metadata so that ``int`` columns are read back as nullable
    ``Int64`` and ``bool`` ones as ``boolean``, even when values are missing.

    >>> schema = parquet_schema({"start": "int", "speaker": "str"})
    >>> [f"{f.name}:{f.type}" for f in schema]
    ['id:string', 'start:int64', 'speaker:string']
    """
    import pandas as pd
    import pyarrow as pa

    arrow = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "bool": pa.bool_()}
    pandas = {"int": "Int64", "float": "float64", "str": object, "bool": "boolean"}
    empty = pd.DataFrame(
        {
            "id": pd.Series([], dtype=object),
            **{c: pd.Series([], dtype=pandas[t]) for c, t in columns.items()},
        }
    )
    metadata = pa.Schema.from_pandas(empty, preserve_index=False).metadata
    return pa.schema(
        [("id", pa.string())] + [(c, arrow[t]) for c, t in columns.items()], metadata=metadata
    )


class Sink:
    """Writes results as they come: JSONL lines, CSV rows or Parquet row groups
    (buffered by 10,000 rows). ``close()`` writes what is left.

    >>> import io
    >>> spec = OutputSpec(record=lambda i, n: {"id": i, "n": n},
    ...                   rows=lambda i, n: [{"n": n}], columns={"n": "int"})
    >>> out = io.StringIO()
    >>> sink = Sink("csv", spec, out)
    >>> sink.write(7, 3); sink.close()
    >>> out.getvalue()
    'id,n\\n7,3\\n'
    """

    def __init__(self, fmt: str, spec: OutputSpec, fh: IO[Any]) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.fmt, self.spec, self.fh = fmt, spec, fh
        self.columns = ["id", *spec.columns]
        self.rows_written = 0
        self._buffer: list[dict[str, Any]] = []
        self._parquet: Any = None
        if fmt == "csv":
            self._csv = csv.DictWriter(
                fh, fieldnames=self.columns, extrasaction="ignore", lineterminator="\n"
            )
            self._csv.writeheader()
        elif fmt == "parquet":
            import pyarrow.parquet as pq

            self._schema = parquet_schema(spec.columns)
            self._parquet = pq.ParquetWriter(fh, self._schema)

    def write(self, ident: Any, value: Any) -> None:
        """Write the output of one article."""
        if self.fmt == "jsonl":
            self.fh.write(json.dumps(self.spec.record(ident, value), ensure_ascii=False) + "\n")
            return
        key = table_id(ident)
        rows = [
            {"id": key, **{c: row.get(c) for c in self.spec.columns}}
            for row in self.spec.rows(ident, value)
        ]
        self.rows_written += len(rows)
        if self.fmt == "csv":
            self._csv.writerows(rows)
        else:
            self._buffer.extend(rows)
            if len(self._buffer) >= 10_000:
                self._flush()

    def _flush(self) -> None:
        if self._buffer:
            import pyarrow as pa

            self._parquet.write_table(pa.Table.from_pylist(self._buffer, schema=self._schema))
            self._buffer = []

    def close(self) -> None:
        """Write what is buffered and finish the file's structure (Parquet footer)."""
        if self._parquet is not None:
            self._flush()
            self._parquet.close()
            self._parquet = None
        self.fh.flush()


__all__ = [
    "FORMATS",
    "OUTPUT_SUFFIXES",
    "OutputError",
    "OutputSpec",
    "Sink",
    "atomic_output",
    "check_output",
    "check_replaceable",
    "parquet_schema",
    "table_id",
]
