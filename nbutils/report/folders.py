"""Where a report goes: ``reports/<id>/``, and never a folder that another report or the user owns.

A report records its source in ``report.json`` (:func:`_recorded_source` reads it back).
:func:`_report_dir` keeps ``reports/<id>`` for the same source and gives another source of
the same name ``<id>-<8 hex digits of its path's hash>``. A folder that no render wrote
(:func:`_foreign`: a file, or a non-empty folder without ``report.json``) is never taken: a
render replaces its folder whole, and must never delete what it did not write.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from nbutils.articles import Article
from nbutils.report.base import RenderError


def _slug(name: str) -> str:
    return Article(name, "x").slug


def _report_dir(reports_dir: Path, report_id: str, source: str) -> tuple[str, Path]:
    """``reports/<id>``, unless a report of another source lives there — or something that
    is no report at all (a file, or a folder of the user's with no ``report.json``: a render
    replaces its folder, and must never delete what it did not write)."""
    base = Path(reports_dir) / report_id
    recorded = _recorded_source(base)
    if recorded == source or (recorded is None and not _foreign(base)):
        return report_id, base
    other = f"{report_id}-{hashlib.sha256(source.encode()).hexdigest()[:8]}"
    if _recorded_source(Path(reports_dir) / other) is None and _foreign(Path(reports_dir) / other):
        raise RenderError(
            f"{Path(reports_dir) / report_id} and {Path(reports_dir) / other} exist and are not "
            "reports; render into another folder with --reports-dir"
        )
    return other, Path(reports_dir) / other


def _foreign(path: Path) -> bool:
    """Whether ``path`` holds something a render did not write: a file, or a non-empty
    folder without a ``report.json`` (an empty folder, or nothing, is free)."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        return True
    return path.is_dir() and any(path.iterdir()) and not (path / "report.json").exists()


def _recorded_source(folder: Path) -> str | None:
    try:
        source = json.loads((folder / "report.json").read_text(encoding="utf-8"))["source"]
        return str(source["path"] if isinstance(source, dict) else source)
    except (OSError, ValueError, KeyError, TypeError):
        return None
