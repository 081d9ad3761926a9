"""Reports: execute the lesson notebooks with papermill and publish them as HTML.

``python -m nbutils render`` (or ``make reports``) runs every notebook in
``notebooks/`` for one article, in a fresh kernel each, and writes::

    reports/<article-id>/
        index.html                     links to everything below
        01-tokenisation.ipynb          the executed notebook
        01-tokenisation.html           HTML with code, outputs and figures
        01-tokenisation.nocode.html    the same without code: for readers
        …

Two promises:

* **Bad parameters fail before any execution**: the article is loaded and the
  notebook names are checked first, with one clear line if anything is wrong.
* **A failed run never clobbers the last good report**: everything is rendered
  into a temporary folder beside the report and swapped in only when every
  notebook succeeded. A failed executed notebook is kept in
  ``reports/<id>.failed/`` for debugging.

Rendering a subset (``--notebook 02``) refreshes those notebooks' pages and
keeps the other notebooks' pages from the last good report.

Which notebooks run: those that take an ``ARTICLE`` parameter run for the
article, those that take ``CORPUS`` for the corpus. With neither given, the
default article and the demo corpus are used and all notebooks run.

>>> plan = plan_render()
>>> plan.report_id
'2025-03-01-rutte-zelenskyy-trump'
>>> [nb.name for nb, _ in plan.jobs][:1]
['01-tokenisation.ipynb']
>>> plan_render(notebooks=["99-nothing"])
Traceback (most recent call last):
...
nbutils.report.RenderError: unknown notebook '99-nothing'; available: 01-tokenisation, ...
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nbutils import config
from nbutils.articles import Article, ArticleError, iter_articles, load_article, resolve_path

# The kernel is local and private to one render; its start-up warning that
# localhost TCP is unencrypted is noise in every report log, so only the
# kernel's own errors are logged (the notebooks' output is unaffected).
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]


class RenderError(ValueError):
    """A bad render request (unknown notebook, bad path): one clear line."""


@dataclass(frozen=True)
class RenderPlan:
    """What a render will do: the report folder and (notebook, parameters) jobs."""

    report_id: str
    title: str
    out_dir: Path
    jobs: tuple[tuple[Path, dict[str, Any]], ...]


def _notebook_parameters(path: Path) -> set[str]:
    import papermill

    return set(papermill.inspect_notebook(str(path)))


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


def _check_corpus(path: Path) -> Path:
    if not path.exists():
        raise RenderError(f"{path}: corpus not found")
    first = next(iter_articles(path), None)  # raises ArticleError on a bad first record
    if first is None:
        raise RenderError(f"{path}: corpus holds no articles")
    return path.resolve()


def plan_render(article: str | Path | None = None, corpus: str | Path | None = None,
                notebooks: list[str] | None = None,
                reports_dir: Path = config.REPORTS_DIR) -> RenderPlan:
    """Check the request and work out the jobs, executing nothing."""
    paths = _select_notebooks(notebooks)
    art: Article | None = None
    corpus_path: Path | None = None
    if article is None and corpus is None:
        art = load_article(config.DEFAULT_ARTICLE)
        corpus_path = config.DEMO_CORPUS if config.DEMO_CORPUS.exists() else None
    if article is not None:
        art = load_article(resolve_path(article))
    if corpus is not None:
        corpus_path = _check_corpus(resolve_path(corpus))
    jobs = []
    for nb in paths:
        params = _notebook_parameters(nb)
        if "ARTICLE" in params and art is not None:
            jobs.append((nb, {"ARTICLE": str(Path(art.metadata["source_path"]).resolve())}))
        elif "CORPUS" in params and corpus_path is not None:
            jobs.append((nb, {"CORPUS": str(corpus_path)}))
        elif notebooks:
            wanted = "ARTICLE" if "ARTICLE" in params else "CORPUS"
            raise RenderError(f"{nb.name} needs {wanted}; pass --{wanted.lower()} PATH")
    if not jobs:
        raise RenderError("nothing to render: no notebook takes the given input")
    if art is not None:
        report_id, title = art.slug, art.title
    else:
        assert corpus_path is not None
        report_id = Article(corpus_path.stem, "x").slug
        title = f"Corpus {corpus_path.name}"
    return RenderPlan(report_id, title, Path(reports_dir) / report_id, tuple(jobs))


def _to_html(executed: Path, target: Path, code: bool) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter()
    if not code:
        exporter.exclude_input = True
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    target.write_text(body, encoding="utf-8")


def _keep_other_notebooks(plan: RenderPlan, tmp: Path) -> list[Path]:
    """Copy the pages of notebooks this render skipped from the current report.

    Rendering one notebook (``--notebook 02``) refreshes that notebook's pages
    and keeps the others' from the last good report, so the index still links
    to everything.  Returns the kept notebooks (as paths named like ``02-x.ipynb``).
    """
    if not plan.out_dir.is_dir():
        return []
    rendered = {nb.stem for nb, _ in plan.jobs}
    kept = []
    for old in sorted(plan.out_dir.glob("*.ipynb")):
        if old.stem in rendered:
            continue
        for page in (old, old.with_suffix(".html"), old.with_name(f"{old.stem}.nocode.html")):
            if page.exists():
                shutil.copy2(page, tmp / page.name)
        kept.append(Path(old.name))
    return kept


def _index_html(plan: RenderPlan, done: list[tuple[Path, float]],
                kept: list[Path] | None = None) -> str:
    entries = [(nb, f"{secs:.1f} s") for nb, secs in done]
    entries += [(nb, "earlier render") for nb in kept or []]
    rows = "\n".join(
        f'<tr><td>{html.escape(nb.stem)}</td>'
        f'<td><a href="{nb.stem}.html">with code</a></td>'
        f'<td><a href="{nb.stem}.nocode.html">without code</a></td>'
        f'<td><a href="{nb.name}">notebook</a></td><td>{took}</td></tr>'
        for nb, took in sorted(entries, key=lambda e: e[0].name)
    )
    when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Who said what? {html.escape(plan.title)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}}
table{{border-collapse:collapse}}td,th{{padding:.35rem .8rem;border-bottom:1px solid #ddd;text-align:left}}</style>
</head><body>
<h1>Who said what? — {html.escape(plan.title)}</h1>
<p>Report <code>{html.escape(plan.report_id)}</code>, rendered {when} with papermill.</p>
<table><tr><th>notebook</th><th colspan="3">report</th><th>run time</th></tr>
{rows}
</table></body></html>
"""


def render(plan: RenderPlan, progress: bool = True, log=print) -> Path:
    """Execute ``plan`` into a temporary folder, then swap it in atomically."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    plan.out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{plan.report_id}.", dir=plan.out_dir.parent))
    done: list[tuple[Path, float]] = []
    try:
        for nb, params in plan.jobs:
            log(f"render: {nb.name}  {params}")
            out = tmp / nb.name
            t0 = time.perf_counter()
            try:
                papermill.execute_notebook(
                    str(nb), str(out), parameters=params, cwd=str(config.NOTEBOOKS_DIR),
                    progress_bar=progress, kernel_name="python3",
                    extra_arguments=KERNEL_ARGUMENTS,
                )
            except PapermillExecutionError as exc:
                failed = plan.out_dir.with_name(plan.out_dir.name + ".failed")
                shutil.rmtree(failed, ignore_errors=True)
                shutil.move(str(tmp), failed)
                raise RenderError(
                    f"{nb.name} failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue} "
                    f"(executed notebook kept in {failed}; previous report left untouched)"
                ) from None
            _to_html(out, tmp / f"{nb.stem}.html", code=True)
            _to_html(out, tmp / f"{nb.stem}.nocode.html", code=False)
            done.append((nb, time.perf_counter() - t0))
        kept = _keep_other_notebooks(plan, tmp)
        (tmp / "index.html").write_text(_index_html(plan, done, kept), encoding="utf-8")
        tmp.chmod(0o755)
        old = None
        if plan.out_dir.exists():
            old = plan.out_dir.with_name(f".{plan.out_dir.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            plan.out_dir.rename(old)
        tmp.rename(plan.out_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        shutil.rmtree(plan.out_dir.with_name(plan.out_dir.name + ".failed"), ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return plan.out_dir


def main(argv: list[str] | None = None) -> int:
    """``python -m nbutils render``: render the notebooks into HTML reports."""
    parser = argparse.ArgumentParser(
        prog="python -m nbutils render",
        description="Execute the notebooks with papermill into reports/<id>/ (HTML + notebooks).",
    )
    parser.add_argument("--article", help="a .txt article (default: the embedded article)")
    parser.add_argument("--corpus", help="a folder, JSONL or CSV corpus for the corpus notebook")
    parser.add_argument("--notebook", action="append", dest="notebooks", metavar="NAME",
                        help="render only this notebook (e.g. 02 or 02-speaker-attribution); "
                             "repeatable")
    parser.add_argument("--reports-dir", type=Path, default=config.REPORTS_DIR,
                        help=f"where report folders go (default: {config.REPORTS_DIR})")
    parser.add_argument("--no-progress", action="store_true", help="hide papermill's progress bar")
    args = parser.parse_args(argv)
    try:
        plan = plan_render(args.article or None, args.corpus or None, args.notebooks,
                           args.reports_dir)
        t0 = time.perf_counter()
        out = render(plan, progress=not args.no_progress)
    except (RenderError, ArticleError) as exc:
        print(f"nbutils render: error: {exc}", file=sys.stderr)
        return 2
    print(f"render: wrote {out / 'index.html'} in {time.perf_counter() - t0:.1f} s")
    return 0
