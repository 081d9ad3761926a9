"""Reports: execute the lesson notebooks and publish them as light, linked HTML pages.

``python -m nbutils render`` (or ``make reports``) runs the notebooks for one
article — each in a fresh kernel, several kernels at once (at most one per
core), every kernel a fork of one warm process that loaded NLTK's models and
WordNet once — and writes::

    reports/<article-id>/
        index.html                     the front page: article, findings, pages, provenance
        report.json                    the same provenance, for machines
        01-tokenisation.html           with code, outputs and figures: for students
        01-tokenisation.nocode.html    without code or exercises: for readers
        01-tokenisation.ipynb          the executed notebook (a labelled download)
        …

An article's report holds the notebooks that take an ``ARTICLE`` parameter.
The corpus overview (a notebook taking ``CORPUS``) is a report of its own,
``reports/corpus-<name>/``, and each article's index links to the corpus
reports that exist. With neither ``--article`` nor ``--corpus``, the default
article and the demo corpus are rendered.

Promises:

* **Bad parameters fail before any execution**, with one clear line.
* **A failed run never clobbers the last good report**: each report is
  rendered into ``reports/.<id>.<random>/`` and swapped in only when all its
  notebooks succeeded (a failed executed notebook is kept in
  ``reports/<id>.failed/``). A render killed half-way may leave such a
  ``reports/.<id>.*`` folder behind: it is never read, and safe to delete.
* **Portable notebooks**: parameters are written as the user gave them or
  relative to the repository, never as this machine's absolute path, so a
  downloaded ``.ipynb`` re-runs in another checkout.
* **Self-contained pages**: no script, stylesheet or font from the network;
  figures are embedded.
* **Two reports never share a folder**: a report records its source in
  ``report.json``; another article with the same file name (or a corpus of
  that name) gets ``<id>-<8 hex digits of its path's hash>``.

>>> plan = plan_render()
>>> plan.report_id, plan.kind
('2025-03-01-rutte-zelenskyy-trump', 'article')
>>> [nb.name for nb, _ in plan.jobs][:1], plan.jobs[0][1]
(['01-tokenisation.ipynb'], {'ARTICLE': 'data/2025-03-01-rutte-zelenskyy-trump.txt'})
>>> plan_render(notebooks=["99-nothing"])
Traceback (most recent call last):
...
nbutils.report.RenderError: unknown notebook '99-nothing'; available: 01-tokenisation, ...
"""

from __future__ import annotations

# Every public name of nbutils/report.py (before it was a package) is still here, and so
# are the private ones the tests use; ``__all__`` (what ``import *`` takes) is as it was.
from nbutils.report.base import Log, RenderError, RenderFailed, RenderPlan
from nbutils.report.checks import check_parameters
from nbutils.report.command import main
from nbutils.report.execution import CELL_TIMEOUT, KERNEL_ARGUMENTS
from nbutils.report.findings import FINDINGS_MIME, notebook_findings
from nbutils.report.folders import _recorded_source, _report_dir
from nbutils.report.kernels import WARM_KERNELS_ENV, warm_up
from nbutils.report.pages import ANSWERS, LESSON_TAG, _index_page, _Pages, notebook_title
from nbutils.report.planning import plan_render, plan_reports, portable
from nbutils.report.provenance import KEY_PACKAGES, LOCK_FILE, environment, source_info
from nbutils.report.reader import PERCENT_COLUMNS, _snake_headers, reader_headers, reader_prose
from nbutils.report.rendering import render, render_all
from nbutils.report.swap import _keep_other_notebooks

__all__ = [
    "RenderError",
    "RenderFailed",
    "RenderPlan",
    "check_parameters",
    "environment",
    "main",
    "plan_render",
    "plan_reports",
    "portable",
    "render",
    "render_all",
    "source_info",
]
