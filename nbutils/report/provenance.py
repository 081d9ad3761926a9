"""Provenance: what made a report, and what it is about.

:func:`environment` names the code (nbutils' version, the git commit, and whether the working
tree had changes), Python, the versions of :data:`KEY_PACKAGES`, the NLTK data found and the
lock file :data:`LOCK_FILE`; :func:`source_info` names the article (title, date, source,
author, SHA-256 of the text) or the corpus. Both go into ``report.json`` and into the footer
of every page; :func:`_meta_text` shows a sidecar value as the pages show it.
"""

from __future__ import annotations

import hashlib
import platform
import subprocess
from typing import Any

from nbutils import config
from nbutils.articles import ArticleError, load_article, resolve_path
from nbutils.report.base import RenderPlan

#: Packages whose versions the provenance names.
KEY_PACKAGES = (
    "nltk",
    "numpy",
    "pandas",
    "matplotlib",
    "seaborn",
    "scikit-learn",
    "papermill",
    "nbconvert",
    "nbclient",
    "ipykernel",
)
#: The lock file ``make`` installs from (named in the provenance).
LOCK_FILE = "requirements.lock"


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(config.ROOT), *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def environment() -> dict[str, Any]:
    """What made the report: code version, commit, Python, packages, NLTK data, lock file.

    >>> env = environment()
    >>> sorted(env)[:3], env["packages"]["nltk"] != "not installed"
    (['commit', 'lock_file', 'modified'], True)
    """
    from nbutils.nltkdata import PACKAGES, missing_packages

    commit = _git("rev-parse", "HEAD")
    status = _git("status", "--porcelain", "--untracked-files=no")
    lock = config.ROOT / LOCK_FILE
    missing = set(missing_packages())
    return {
        "nbutils": _version("nbutils"),
        "commit": commit or "unknown (not a git checkout)",
        "modified": bool(status) if status is not None else None,
        "python": platform.python_version(),
        "packages": {p: _version(p) for p in KEY_PACKAGES},
        "nltk_data": [p for p in PACKAGES if p not in missing],
        "lock_file": (
            f"{LOCK_FILE} (sha256 {hashlib.sha256(lock.read_bytes()).hexdigest()[:12]})"
            if lock.is_file()
            else "none"
        ),
    }


def _meta_text(value: Any) -> str:
    """A sidecar value as the index shows it: nothing for a missing or null value, a
    list joined by commas (``"author": ["Ann Lee", "Tom Ward"]``).

    >>> [_meta_text(v) for v in (None, "", "2026-01-02", ["Ann Lee", "Tom Ward"], 2026)]
    ['', '', '2026-01-02', 'Ann Lee, Tom Ward', '2026']
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_meta_text(v) for v in value if v is not None)
    return str(value).strip()


def source_info(plan: RenderPlan) -> dict[str, Any]:
    """The article (title, date, source, SHA-256 of the text) or the corpus a report is about."""
    art = plan.article
    if art is None and plan.kind == "article" and plan.source:
        try:
            art = load_article(resolve_path(plan.source))
        except ArticleError:
            art = None
    if art is not None:
        meta = art.metadata
        return {
            "kind": "article",
            "id": art.id,
            "title": art.title,
            "date": _meta_text(meta.get("date")),
            "source": _meta_text(meta.get("source")),
            "author": _meta_text(meta.get("author") or meta.get("byline")),
            "path": plan.source,
            "characters": len(art.text),
            "sha256": hashlib.sha256(art.text.encode("utf-8")).hexdigest(),
        }
    if plan.kind == "article":
        return {
            "kind": "article",
            "title": plan.title,
            "date": "",
            "source": "",
            "path": plan.source,
            "characters": 0,
            "sha256": "unknown",
        }
    return {"kind": plan.kind, "title": plan.title, "path": plan.source, "note": plan.label}
