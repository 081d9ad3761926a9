"""What every part of a render shares: the two errors and the plan of one report.

:class:`RenderError` is a bad request (one line, exit status 2) and :class:`RenderFailed` a
notebook that failed while running (one line, exit status 1); the command line
(:mod:`nbutils.report.command`) tells them apart. A :class:`RenderPlan` is one report: its
folder, title, kind (article or corpus) and (notebook, parameters) jobs, worked out by
:mod:`nbutils.report.planning` before anything runs. :data:`Log` is the type of the function
that prints the progress lines.

Both errors keep the name they had before the report was a package,
``nbutils.report.RenderError``, in tracebacks and doctests alike.

The other modules of the package import from here; this module imports none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nbutils.articles import Article

Log = Callable[[str], None]


class RenderError(ValueError):
    """A bad render request (unknown notebook, bad path): one clear line, exit status 2."""


class RenderFailed(RenderError):
    """A notebook failed while running: one line, exit status 1."""


@dataclass(frozen=True)
class RenderPlan:
    """One report: its folder, title, kind and (notebook, parameters) jobs.

    ``source`` is the article or corpus path as written in the parameters
    (relative to the repository where possible); ``label`` a line shown under
    the title (the demo corpus says it is mostly fictional).
    """

    report_id: str
    title: str
    out_dir: Path
    jobs: tuple[tuple[Path, dict[str, Any]], ...]
    kind: str = "article"
    source: str = ""
    label: str = ""
    article: Article | None = field(default=None, compare=False, repr=False)


# The errors were defined in nbutils/report.py before it became a package: they keep
# the name they had (``nbutils.report.RenderError`` in a traceback and in the doctests).
RenderError.__module__ = RenderFailed.__module__ = "nbutils.report"
