"""The command line: ``python -m nbutils render`` (what ``make reports`` runs).

:func:`main` reads the options (``--article``, ``--corpus``, ``--notebook``,
``--reports-dir``, ``-p NAME VALUE``, ``--jobs``, ``--quiet``), plans the reports
(:mod:`nbutils.report.planning`) and renders them (:mod:`nbutils.report.rendering`). A bad
request is one line on stderr and exit status 2; a notebook that failed, one line and exit
status 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from nbutils import config
from nbutils.articles import ArticleError
from nbutils.report.base import RenderError, RenderFailed
from nbutils.report.planning import plan_reports
from nbutils.report.rendering import render_all
from nbutils.report.swap import _shown


def main(argv: list[str] | None = None) -> int:
    """``python -m nbutils render``: render the notebooks into HTML reports."""
    parser = argparse.ArgumentParser(
        prog="python -m nbutils render",
        description="Execute the notebooks into reports/<id>/ (HTML pages + executed notebooks).",
    )
    parser.add_argument("--article", help="a .txt article (default: the embedded article)")
    parser.add_argument("--corpus", help="a folder, JSONL or CSV corpus for the corpus notebook")
    parser.add_argument(
        "--notebook",
        action="append",
        dest="notebooks",
        metavar="NAME",
        help="render only this notebook (e.g. 02 or 02-speaker-attribution); repeatable",
    )
    parser.add_argument(
        "--reports-dir",
        type=Path,
        default=config.REPORTS_DIR,
        help="where report folders go (default: reports/ in the repository)",
    )
    parser.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        dest="parameters",
        metavar=("NAME", "VALUE"),
        help="set a notebook parameter, as papermill's -p does (e.g. -p MODEL vader); "
        "checked before anything runs; repeatable",
    )
    parser.add_argument(
        "--jobs", type=int, default=None, help="notebooks executed at once (default: one per core)"
    )
    parser.add_argument(
        "--quiet",
        "--no-progress",
        action="store_true",
        dest="quiet",
        help="print only errors and the final line",
    )
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    try:
        plans = plan_reports(
            args.article or None,
            args.corpus or None,
            args.notebooks,
            args.reports_dir,
            [tuple(p) for p in args.parameters],
        )
        t0 = time.perf_counter()
        outs = render_all(plans, progress=not args.quiet, jobs=args.jobs)
    except RenderFailed as exc:
        print(f"nbutils render: error: {exc}", file=sys.stderr)
        return 1
    except (RenderError, ArticleError) as exc:
        print(f"nbutils render: error: {exc}", file=sys.stderr)
        return 2
    took = time.perf_counter() - t0
    print(f"render: wrote {', '.join(_shown(o / 'index.html') for o in outs)} in {took:.1f} s")
    return 0
