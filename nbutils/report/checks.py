"""The checks that run before any kernel starts: a bad request fails with one clear line.

:func:`check_parameters` checks the ``-p NAME VALUE`` pairs against the notebooks'
``parameters`` cells (:mod:`nbutils.parameters`) and turns them into values;
:func:`_select_notebooks` turns ``--notebook 02`` into notebook paths; :func:`_check_article`,
:func:`_check_corpus` and :func:`_check_reports_dir` check the input and the folder the
reports go into. Each raises :class:`~nbutils.report.base.RenderError` with a message that
names what is allowed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nbutils import config
from nbutils.articles import Article, iter_articles, load_article, resolve_path
from nbutils.parameters import (
    Parameter,
    ParameterError,
    check_value,
    did_you_mean,
    notebook_parameters,
)
from nbutils.report.base import RenderError

#: The parameters that name the input: given with ``--article`` / ``--corpus``, never ``-p``.
_INPUTS = ("ARTICLE", "CORPUS")


def check_parameters(given: Sequence[tuple[str, str]], notebooks: Sequence[Path]) -> dict[str, Any]:
    """The ``-p NAME VALUE`` pairs of the command line, checked against the notebooks'
    ``parameters`` cells and turned into values, before anything runs.

    A name no chosen notebook takes, a value of the wrong kind (a number for a number
    parameter, at least 1: they are counts or 1-based rows), or a value outside the
    choices the parameter's own comment lists in double quotes (``MODEL``) is refused
    with one line naming what is allowed.

    >>> nb = [config.NOTEBOOKS_DIR / "03-reaction-analysis.ipynb"]
    >>> check_parameters([("MODEL", "vader"), ("MAX_TARGETS", "4")], nb)
    {'MODEL': 'vader', 'MAX_TARGETS': 4}
    >>> check_parameters([("MODEL", "bert")], nb)
    Traceback (most recent call last):
    ...
    nbutils.report.RenderError: -p MODEL bert: MODEL is one of emobank, news, classifier, vader
    >>> check_parameters([("TOP_N", "5")], nb)
    Traceback (most recent call last):
    ...
    nbutils.report.RenderError: -p TOP_N: no notebook rendered takes TOP_N; they take MODEL, MAX_TARGETS
    """
    specs: dict[str, Parameter] = {}
    for nb in notebooks:
        for name, spec in notebook_parameters(nb).items():
            specs.setdefault(name, spec)
    values: dict[str, Any] = {}
    for name, raw in given:
        if name in _INPUTS:
            raise RenderError(f"-p {name}: give the {name.lower()} with --{name.lower()} PATH")
        if name not in specs:
            takes = [n for n in specs if n not in _INPUTS]
            raise RenderError(
                f"-p {name}: no notebook rendered takes {name}{did_you_mean(name, takes)}; "
                f"they take {', '.join(takes) or 'no parameters'}"
            )
        try:
            values[name] = check_value(specs[name], raw)
        except ParameterError as exc:
            raise RenderError(f"-p {name} {raw}: {exc}") from None
    return values


def _select_notebooks(names: list[str] | None) -> list[Path]:
    available = config.notebook_paths()
    if not available:
        raise RenderError(f"no notebooks found in {config.NOTEBOOKS_DIR}")
    if not names:
        return available
    by_name = {p.stem: p for p in available}
    chosen = []
    for name in names:
        stem = Path(name).stem
        matches = [p for s, p in by_name.items() if s == stem or s.split("-", 1)[0] == stem]
        if not matches:
            raise RenderError(f"unknown notebook {name!r}; available: {', '.join(by_name)}")
        chosen.extend(matches)
    return chosen


def _check_article(given: str | Path) -> Article:
    path = resolve_path(given)
    if path.is_dir():
        raise RenderError(
            f"{given}: is a folder; render a folder of articles as a corpus with --corpus {given}"
        )
    return load_article(path)


def _check_corpus(given: str | Path) -> Path:
    path = resolve_path(given)
    if not path.exists():
        raise RenderError(f"{given}: corpus not found")
    first = next(iter_articles(path), None)  # raises ArticleError on a bad first record
    if first is None:
        raise RenderError(f"{given}: corpus holds no articles")
    return path.resolve()


def _check_reports_dir(folder: Path) -> None:
    """The folder reports go into: a folder, or one that can be made (checked before the
    kernels start, so that a file given as ``--reports-dir`` is one line, status 2)."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        what = "is" if existing == folder else f"{existing} is"
        raise RenderError(f"{folder}: {what} a file, not a folder for reports")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise RenderError(f"{folder}: no permission to write in {existing}")
