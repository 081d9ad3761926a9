"""HTML export: two pages for each executed notebook, and the report's index page.

:class:`_Pages` builds the pages of one render with nbconvert, one exporter per variant, made
once: the page with code, for students, and the page for readers, without the cells tagged
:data:`LESSON_TAG` and with prose and tables in words (:mod:`nbutils.report.reader`). Each
page gets a navigation bar to the report's other pages (:func:`notebook_title` names them),
links between notebooks that point at the pages of the same variant, and a provenance
footer. :meth:`_Pages.record` makes the report's ``report.json``, and :meth:`_Pages.index`
its ``index.html`` (:func:`_index_page`): the article and its metadata, the findings in
brief (:mod:`nbutils.report.findings`), one row per lesson saying what it answers
(:data:`ANSWERS`) with links to its pages, the corpus reports beside this one, and the
provenance footer with the render time. The index page and the page builder use each other,
so they share this module.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nbutils import config
from nbutils.report.base import RenderPlan
from nbutils.report.findings import _kept_findings, notebook_findings
from nbutils.report.provenance import source_info
from nbutils.report.reader import _reader_tables, _snake_headers, reader_prose
from nbutils.report.swap import _page_texts
from nbutils.report.theme import _CSS, _TEMPLATE

#: Cells with this tag are for students only: left out of the code-free pages.
LESSON_TAG = "lesson"

_NAV_LINE = re.compile(r"^\*\*Who said what\?\*\*.*$\n?", re.M)
_NB_LINK = re.compile(r"\]\((\d\d-[\w-]+)\.ipynb\)")


def notebook_title(path: Path) -> str:
    """The lesson's title from its first heading ("02 · Speaker attribution").

    >>> notebook_title(config.notebook_paths()[0])
    '01 · Tokenisation'
    """
    import nbformat

    if not path.is_file():
        return path.stem
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^#\s+(.+)$", cell.source, re.M)
            if m:
                return m.group(1).strip()
    return path.stem


def _pygments_css() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style="default").get_style_defs(".highlight")


class _Pages:
    """Builds the HTML pages: one exporter per variant, made once, reused."""

    def __init__(
        self, plans: Sequence[RenderPlan], env: dict[str, Any], started: dt.datetime
    ) -> None:
        self.plans = list(plans)
        self.env = env
        self.started = started
        self.titles = {nb.stem: notebook_title(nb) for p in plans for nb, _ in p.jobs}
        self._exporters: dict[bool, Any] = {}
        self._code_css = _CSS + _pygments_css()
        self.findings: dict[tuple[str, str], list[dict[str, Any]]] = {}

    # the exporters are built lazily in the converting thread, one per variant
    def _exporter(self, code: bool):
        if code not in self._exporters:
            from jinja2 import DictLoader
            from nbconvert import HTMLExporter
            from nbconvert.preprocessors import TagRemovePreprocessor

            exporter = HTMLExporter(
                template_name="lab",
                extra_loaders=[DictLoader({"nbutils.html.j2": _TEMPLATE})],
                template_file="nbutils.html.j2",
            )
            if not code:
                exporter.exclude_input = True
                exporter.exclude_input_prompt = True
                exporter.exclude_output_prompt = True
                exporter.register_preprocessor(
                    TagRemovePreprocessor(remove_cell_tags={LESSON_TAG}), enabled=True
                )
                exporter.register_preprocessor(_reader_tables, enabled=True)
            self._exporters[code] = exporter
        return self._exporters[code]

    def pages_of(self, plan: RenderPlan) -> list[str]:
        stems = [nb.stem for nb, _ in plan.jobs]
        if plan.out_dir.is_dir():  # pages kept from an earlier render
            stems += [p.stem for p in plan.out_dir.glob("*.ipynb") if p.stem not in stems]
        return sorted(stems)

    def corpus_reports(self, plan: RenderPlan) -> list[tuple[str, str, str]]:
        """(folder, title, label) of the corpus reports beside this one."""
        found = {}
        for other in self.plans:
            if other.kind == "corpus" and other is not plan:
                found[other.report_id] = (other.title, other.label)
        for folder in sorted(plan.out_dir.parent.glob("corpus-*")):
            if folder.name in found or folder.name == plan.report_id:  # never itself
                continue
            if not (folder / "report.json").is_file():
                continue
            try:
                rec = json.loads((folder / "report.json").read_text(encoding="utf-8"))
                found[folder.name] = (rec["source"]["title"], rec["source"].get("note", ""))
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return [(k, t, n) for k, (t, n) in found.items()]

    def _label(self, stem: str) -> str:
        if stem not in self.titles:  # a page kept from an earlier render
            self.titles[stem] = notebook_title(config.NOTEBOOKS_DIR / f"{stem}.ipynb")
        return self.titles[stem] or stem

    def nav(self, plan: RenderPlan, stem: str | None, code: bool) -> str:
        suffix = ".html" if code else ".nocode.html"
        parts = ['<a href="index.html">Who said what? · index</a>']
        for s in self.pages_of(plan):
            label = html.escape(self._label(s))
            parts.append(
                f'<span class="here">{label}</span>'
                if s == stem
                else f'<a href="{s}{suffix}">{label}</a>'
            )
        line = '<span class="sep">·</span>'.join(parts)
        if stem is not None:
            other = f"{stem}.nocode.html" if code else f"{stem}.html"
            switch = (
                f'<a href="{other}">without code (for readers)</a>'
                if code
                else f'<a href="{other}">with code (for students)</a>'
            )
            line += (
                f'<span class="sep">|</span>{switch}<span class="sep">|</span>'
                f'<a href="{stem}.ipynb" download>download the executed notebook '
                f"(.ipynb)</a>"
            )
        for folder, title, _ in self.corpus_reports(plan):
            line += (
                f'<span class="sep">|</span><a href="../{folder}/index.html">'
                f"{html.escape(title)} (separate report)</a>"
            )
        return f'<nav class="site" aria-label="report pages">{line}</nav>'

    def footer(self, plan: RenderPlan, params: dict[str, Any] | None, seconds: float | None) -> str:
        src = source_info(plan)
        env = self.env
        rows = []
        if src["kind"] == "article":
            rows.append(
                ("Article", f"{src['title']}" + (f" ({src['date']})" if src["date"] else ""))
            )
            if src.get("author"):
                rows.append(("Author", src["author"]))
            if src["source"]:
                rows.append(("Source", src["source"]))
            rows.append(
                (
                    "Text",
                    f"{src['path']} · {src['characters']:,} characters · SHA-256 {src['sha256']}",
                )
            )
        else:
            rows.append(("Corpus", f"{src['path']}" + (f" — {src['note']}" if src["note"] else "")))
        if params is not None:
            rows.append(("Parameters", ", ".join(f"{k} = {v!r}" for k, v in params.items())))
        modified = {
            True: " (modified: the working tree had uncommitted changes)",
            False: "",
            None: "",
        }[env["modified"]]
        rows.append(("Code", f"nbutils {env['nbutils']} · git commit {env['commit']}{modified}"))
        rows.append(
            (
                "Environment",
                f"Python {env['python']} · "
                + ", ".join(f"{k} {v}" for k, v in env["packages"].items())
                + f" · lock file {env['lock_file']}",
            )
        )
        rows.append(("NLTK data", ", ".join(env["nltk_data"]) or "none found"))
        when = self.started.strftime("%Y-%m-%d %H:%M UTC")
        rows.append(
            (
                "Rendered",
                when + (f" · this notebook ran in {seconds:.1f} s" if seconds is not None else ""),
            )
        )
        items = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in rows)
        return f'<footer class="prov"><h2>Provenance</h2><dl>{items}</dl></footer>'

    def _prepare(self, nb: Any, plan: RenderPlan, code: bool) -> Any:
        """Drop the notebook's own navigation line (the page has one) and point
        notebook links at this report's pages of the same variant."""
        suffix = ".html" if code else ".nocode.html"
        here = set(self.pages_of(plan))
        corpus = {f: t for f, t, _ in self.corpus_reports(plan)}

        def link(m: re.Match) -> str:
            stem = m.group(1)
            if stem in here:
                return f"]({stem}{suffix})"
            if corpus:
                return f"](../{next(iter(corpus))}/index.html)"
            return "](index.html)"

        columns = frozenset() if code else _snake_headers(nb)
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                cell.source = _NB_LINK.sub(link, _NAV_LINE.sub("", cell.source))
                if not code:
                    cell.source = reader_prose(cell.source, columns)
        return nb

    def convert(self, plan: RenderPlan, nb_path: Path, executed: Path, seconds: float) -> None:
        """Write both HTML pages of one executed notebook (called as each one finishes)."""
        import copy

        import nbformat

        nb = nbformat.read(executed, as_version=4)
        self.findings[(plan.report_id, nb_path.name)] = notebook_findings(nb)
        params = nb.metadata.get("nbutils", {}).get("parameters", {})
        title = f"{self._label(nb_path.stem)} — {plan.title}"
        for code in (True, False):
            page = {
                "title": title + ("" if code else " (for readers)"),
                "css": self._code_css if code else _CSS,
                "nav": self.nav(plan, nb_path.stem, code),
                "footer": self.footer(plan, dict(params), seconds),
            }
            body, _ = self._exporter(code).from_notebook_node(
                self._prepare(copy.deepcopy(nb), plan, code), resources={"page": page}
            )
            suffix = ".html" if code else ".nocode.html"
            executed.with_name(nb_path.stem + suffix).write_text(body, encoding="utf-8")

    def record(
        self, plan: RenderPlan, done: list[tuple[Path, float]], kept: list[Path], seconds: float
    ) -> dict[str, Any]:
        """The report's provenance and contents (written as ``report.json``)."""
        source = source_info(plan)
        by_stem = {nb.stem: self.findings.get((plan.report_id, nb.name), []) for nb, _ in done}
        by_stem.update(_kept_findings(plan.out_dir, kept))  # a page kept keeps its findings
        findings = [f for stem in sorted(by_stem) for f in by_stem[stem]]
        before = _page_texts(plan.out_dir) if kept else {}
        return {
            "report": plan.report_id,
            "kind": plan.kind,
            "source": source,
            "notebooks": [
                {
                    "notebook": nb.name,
                    "title": self._label(nb.stem),
                    "parameters": dict(params),
                    "seconds": round(secs, 1),
                }
                for (nb, secs), (_, params) in zip(done, plan.jobs, strict=True)
            ],
            "kept_from_earlier_render": [k.name for k in kept],
            # the text each page was rendered from (a kept page keeps its own)
            "texts": {
                **{k.name: before.get(k.name, "unknown") for k in kept},
                **{nb.name: source.get("sha256", "unknown") for nb, _ in done},
            },
            "findings": findings,
            "environment": self.env,
            "rendered": self.started.isoformat(timespec="seconds"),
            "seconds": round(seconds, 1),
        }

    def index(self, plan: RenderPlan, record: dict[str, Any]) -> str:
        return _index_page(self, plan, record)


#: What each lesson answers, for the front page (by notebook number).
ANSWERS = {
    "01": "How is the text cut into sentences and words, and where do tokenisers disagree?",
    "02": "Who is quoted, with which words, and how sure is each attribution?",
    "03": "How did the people quoted react, and how does the writer frame them?",
    "04": "Across a corpus: who gets the floor, in which roles, and how do they sound, and toward whom?",
}


def _index_page(pages: _Pages, plan: RenderPlan, record: dict[str, Any]) -> str:
    src = record["source"]
    esc = html.escape
    head = f"<h1>Who said what? — {esc(plan.title)}</h1>"
    meta = []
    if src["kind"] == "article":
        if src.get("author"):
            meta.append(f"<b>By</b> {esc(src['author'])}")
        if src.get("date"):
            meta.append(f"<b>Date</b> {esc(src['date'])}")
        meta.append(f"<b>Text</b> {esc(src['path'])} ({src['characters']:,} characters)")
        if src.get("source"):
            meta.append(f"<b>Source</b> {esc(src['source'])}")
    else:
        meta.append(f"<b>Corpus</b> {esc(src['path'])}")
    label = f'<p class="note">{esc(plan.label)}</p>' if plan.label else ""
    findings = ""
    groups = [f for f in record["findings"] if f.get("bullets")]
    if groups:
        findings = (
            "<h2>Findings in brief</h2>"
            + "".join(
                f"<h3>{esc(str(f.get('title', '')).removeprefix('In brief: ').capitalize())}</h3>"
                '<ul class="findings">'
                + "".join(f"<li>{esc(b)}</li>" for b in f["bullets"])
                + "</ul>"
                for f in groups
            )
            + "<p><small>Computed by the notebooks from this "
            + ("text" if src["kind"] == "article" else "corpus")
            + "; the pages below show how, and where the methods can go wrong.</small></p>"
        )
    rows = []
    stems = pages.pages_of(plan)
    secs = {Path(n["notebook"]).stem: n["seconds"] for n in record["notebooks"]}
    for stem in stems:
        answer = ANSWERS.get(stem[:2], "")
        took = f"{secs[stem]:.1f} s" if stem in secs else "earlier render"
        rows.append(
            f'<tr><td class="text"><b>{esc(pages._label(stem))}</b><br>{esc(answer)}</td>'
            f'<td class="text"><a href="{stem}.nocode.html">read (no code)</a></td>'
            f'<td class="text"><a href="{stem}.html">with code</a></td>'
            f'<td class="text"><a href="{stem}.ipynb" download>notebook (.ipynb)</a></td>'
            f"<td>{took}</td></tr>"
        )
    table = (
        "<h2>Pages</h2><p><b>Which to open:</b> if you want the results, read the "
        "<i>no code</i> pages; if you are learning or teaching the methods, open the "
        "pages <i>with code</i> (with exercises), or download the executed notebook and "
        "run it in JupyterLab.</p>"
        '<table><tr><th class="text">lesson · what it answers</th>'
        '<th class="text">for readers</th><th class="text">for students</th>'
        '<th class="text">download</th><th>run time</th></tr>' + "".join(rows) + "</table>"
    )
    corpus = pages.corpus_reports(plan)
    corpus_html = ""
    if corpus and plan.kind == "article":
        corpus_html = "<h2>Corpus overview</h2>" + "".join(
            f'<p><a href="../{f}/index.html">{esc(t)}</a> — a separate report about many '
            f"articles, not about this one. {esc(n)}</p>"
            for f, t, n in corpus
        )
    total = f"{record['seconds']:.1f} s"
    merged = {k: v for _, params in plan.jobs for k, v in params.items()}  # every -p shown
    footer = pages.footer(plan, merged if plan.jobs else None, None).replace(
        "</dl>",
        f"<dt>Render time</dt><dd>{total} from the start of the render until this "
        "report was complete</dd></dl>",
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Who said what? — {esc(plan.title)}</title>
<style>{_CSS}</style>
</head><body>
{pages.nav(plan, None, False)}
<main>{head}<p>{" · ".join(meta)}</p>{label}{findings}{table}{corpus_html}</main>
{footer}
</body></html>
"""
