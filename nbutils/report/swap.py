"""Safe output: a failed run never clobbers the last good report.

A report is rendered into a hidden folder beside its own, and :func:`_swap_in` puts it in
place only once all its notebooks succeeded: the old report is renamed away, the new one
renamed in, then the old one (and the folder of an earlier failure) deleted.
:func:`_keep_other_notebooks` copies from the current report the pages of the notebooks this
render skipped (``--notebook 02`` keeps 01 and 03), but only pages rendered from the same
text, as :func:`_page_texts` reads it from ``report.json``. :func:`_shown` writes a path as
the messages show it: relative to the repository when inside it.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from nbutils import config
from nbutils.report.base import RenderPlan
from nbutils.report.provenance import source_info


def _shown(path: Path) -> str:
    p = path.resolve()
    return p.relative_to(config.ROOT).as_posix() if p.is_relative_to(config.ROOT) else str(p)


def _swap_in(tmp: Path, out_dir: Path) -> None:
    tmp.chmod(0o755)
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        out_dir.rename(old)
    tmp.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(out_dir.with_name(out_dir.name + ".failed"), ignore_errors=True)


def _page_texts(folder: Path) -> dict[str, str]:
    """The SHA-256 of the text each executed notebook of a report was rendered from, by
    notebook file name, as its ``report.json`` records it (``{}`` when unknown)."""
    try:
        record = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(record, dict):
        return {}
    texts = record.get("texts")
    if isinstance(texts, dict):
        return {str(k): str(v) for k, v in texts.items()}
    sha = (record.get("source") or {}).get("sha256")  # a report from before "texts"
    names = [n.get("notebook") for n in record.get("notebooks", []) if isinstance(n, dict)]
    names += list(record.get("kept_from_earlier_render", []))
    return {str(n): str(sha) for n in names if n} if sha else {}


def _keep_other_notebooks(plan: RenderPlan, tmp: Path) -> list[Path]:
    """Copy the pages of notebooks this render skipped from the current report.

    Rendering one notebook (``--notebook 02``) refreshes that notebook's pages
    and keeps the others' from the last good report, so the index still links
    to everything — but only pages rendered from the same text: after the article
    was edited, an old page (and its findings on the index) would describe another
    text, so it is dropped with a line on stderr (even with ``--quiet``: a page is lost)
    saying how to render it again.  Returns the kept
    notebooks (as paths named like ``02-x.ipynb``).
    """
    if not plan.out_dir.is_dir():
        return []
    rendered = {nb.stem for nb, _ in plan.jobs}
    now = str(source_info(plan).get("sha256") or "unknown")
    before = _page_texts(plan.out_dir)
    kept = []
    for old in sorted(plan.out_dir.glob("*.ipynb")):
        if old.stem in rendered:
            continue
        was = before.get(old.name, "unknown")
        if "unknown" not in (now, was) and was != now:
            print(
                f"render: {old.stem} dropped from {plan.report_id}/: it was rendered from "
                f"another version of the text (render it again with --notebook {old.stem[:2]})",
                file=sys.stderr,
            )
            continue
        for page in (old, old.with_suffix(".html"), old.with_name(f"{old.stem}.nocode.html")):
            if page.exists():
                shutil.copy2(page, tmp / page.name)
        kept.append(Path(old.name))
    return kept
