"""Planning: the reports one request renders, worked out before anything executes.

:func:`plan_reports` checks the request (:mod:`nbutils.report.checks`), gives each notebook
the input it takes (``ARTICLE`` or ``CORPUS``), written :func:`portable` (relative to the
repository, so that a downloaded notebook re-runs in another checkout), and the ``-p``
parameters it takes, and returns one :class:`~nbutils.report.base.RenderPlan` per report:
the article's first, then the corpus's, each in its own folder
(:mod:`nbutils.report.folders`). :func:`plan_render` is the first of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nbutils import config
from nbutils.articles import Article, load_article
from nbutils.parameters import notebook_parameters
from nbutils.report.base import RenderError, RenderPlan
from nbutils.report.checks import (
    _check_article,
    _check_corpus,
    _check_reports_dir,
    _select_notebooks,
    check_parameters,
)
from nbutils.report.folders import _report_dir, _slug


def _notebook_parameters(path: Path) -> set[str]:
    return set(notebook_parameters(path))


def portable(path: Path, given: str | Path | None = None) -> str:
    """A path as a parameter: relative to the repository when inside it, else as given.

    >>> portable(config.DEFAULT_ARTICLE)
    'data/2025-03-01-rutte-zelenskyy-trump.txt'
    >>> portable(Path("/elsewhere/a.txt"), "/elsewhere/a.txt")
    '/elsewhere/a.txt'
    """
    resolved = path.resolve()
    if resolved.is_relative_to(config.ROOT):
        return resolved.relative_to(config.ROOT).as_posix()
    if given is not None and Path(given).expanduser().is_absolute():
        return str(given)
    return str(resolved)  # a relative path outside the repository: the kernel needs it whole


def plan_reports(
    article: str | Path | None = None,
    corpus: str | Path | None = None,
    notebooks: list[str] | None = None,
    reports_dir: Path = config.REPORTS_DIR,
    parameters: Sequence[tuple[str, str]] = (),
) -> list[RenderPlan]:
    """Check the request and work out the reports to render, executing nothing.

    The article's report (when there is an article) comes first, then the
    corpus report. With neither, the default article and the demo corpus.
    ``parameters`` are the ``-p NAME VALUE`` pairs (:func:`check_parameters`);
    each notebook gets those it takes.
    """
    paths = _select_notebooks(notebooks)
    extra = check_parameters(parameters, paths)
    _check_reports_dir(Path(reports_dir))
    art: Article | None = None
    art_given: str | Path | None = None
    corpus_path: Path | None = None
    corpus_given: str | Path | None = None
    if article is None and corpus is None:
        art, art_given = load_article(config.DEFAULT_ARTICLE), config.DEFAULT_ARTICLE
        if config.DEMO_CORPUS.exists():
            corpus_path, corpus_given = config.DEMO_CORPUS, config.DEMO_CORPUS
    if article is not None:
        art, art_given = _check_article(article), article
    if corpus is not None:
        corpus_path, corpus_given = _check_corpus(corpus), corpus
    article_jobs, corpus_jobs = [], []
    art_param = portable(Path(art.metadata["source_path"]), art_given) if art else ""
    corpus_param = portable(corpus_path, corpus_given) if corpus_path else ""
    for nb in paths:
        params = _notebook_parameters(nb)
        own = {k: v for k, v in extra.items() if k in params}
        if "ARTICLE" in params and art is not None:
            article_jobs.append((nb, {"ARTICLE": art_param, **own}))
        elif "CORPUS" in params and corpus_path is not None:
            corpus_jobs.append((nb, {"CORPUS": corpus_param, **own}))
        elif notebooks:
            wanted = "ARTICLE" if "ARTICLE" in params else "CORPUS"
            raise RenderError(f"{nb.name} needs {wanted}; pass --{wanted.lower()} PATH")
    plans = []
    if article_jobs and art is not None:
        report_id, out = _report_dir(reports_dir, art.slug, art_param)
        plans.append(
            RenderPlan(
                report_id, art.title, out, tuple(article_jobs), "article", art_param, "", art
            )
        )
    if corpus_jobs and corpus_path is not None:
        report_id, out = _report_dir(reports_dir, f"corpus-{_slug(corpus_path.stem)}", corpus_param)
        demo = corpus_path.resolve() == config.DEMO_CORPUS.resolve()
        label = (
            (
                "The demo corpus: the default article and five short articles written for "
                "this project — mostly fictional people, places and events. Read it as a "
                "demonstration of the method, not as news."
            )
            if demo
            else ""
        )
        plans.append(
            RenderPlan(
                report_id,
                f"Corpus: {corpus_path.name}",
                out,
                tuple(corpus_jobs),
                "corpus",
                corpus_param,
                label,
            )
        )
    if not plans:
        raise RenderError("nothing to render: no notebook takes the given input")
    return plans


def plan_render(
    article: str | Path | None = None,
    corpus: str | Path | None = None,
    notebooks: list[str] | None = None,
    reports_dir: Path = config.REPORTS_DIR,
    parameters: Sequence[tuple[str, str]] = (),
) -> RenderPlan:
    """The first report of :func:`plan_reports` (the article's, when there is one)."""
    return plan_reports(article, corpus, notebooks, reports_dir, parameters)[0]
