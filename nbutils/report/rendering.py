"""Rendering: every plan executed, its pages written, and each report swapped in when complete.

:func:`render_all` starts the warm kernels (:mod:`nbutils.report.kernels`), gives each
report a temporary folder beside its own, runs the notebooks concurrently
(:mod:`nbutils.report.execution`), turns each into pages as it finishes
(:mod:`nbutils.report.pages`) and swaps a report in as soon as all its notebooks succeeded
(:mod:`nbutils.report.swap`). A failure raises :class:`~nbutils.report.base.RenderFailed`
once the other notebooks are done, and leaves the previous report untouched; Ctrl-C or
SIGTERM stops the kernels and removes the temporary folders. :func:`render` renders one plan.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nbutils.report.base import Log, RenderFailed, RenderPlan
from nbutils.report.execution import _cores, _execute_all, _on_stop, _Result
from nbutils.report.kernels import WARM_KERNELS_ENV, _WarmKernels, warm_up
from nbutils.report.pages import _Pages
from nbutils.report.provenance import environment
from nbutils.report.swap import _keep_other_notebooks, _shown, _swap_in


def render_all(
    plans: Sequence[RenderPlan], progress: bool = True, log: Log = print, jobs: int | None = None
) -> list[Path]:
    """Render every plan; notebooks run concurrently, ``jobs`` kernels at a time
    (default: one per core). Each report is swapped in as soon as all its
    notebooks succeeded; a failure raises :class:`RenderFailed` after the
    others are done. Returns the report folders written, in plan order."""
    if not progress:
        log = _silent
    import signal
    import threading

    running: dict[str, Any] = {"warm": None, "tmps": []}

    def stop(signum: int, _frame: Any = None) -> None:
        """Ctrl-C or SIGTERM: stop the kernels, remove the temporary folders, exit at once."""
        if running["warm"] is not None:
            running["warm"].close()
        for folder in running["tmps"]:
            shutil.rmtree(folder, ignore_errors=True)
        what = "interrupted" if signum == signal.SIGINT else "terminated"
        print(f"nbutils render: {what}; the previous reports are untouched", file=sys.stderr)
        os._exit(128 + signum)

    restore = None
    if threading.current_thread() is threading.main_thread():
        restore = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    _on_stop.append(stop)
    started = dt.datetime.now(dt.UTC)
    t0 = time.perf_counter()
    tmps: dict[str, Path] = {}
    warm: _WarmKernels | None = None
    try:
        env = environment()
        if os.environ.get(WARM_KERNELS_ENV, "1") != "0":
            warm = running["warm"] = _WarmKernels()
        warm_up()  # meanwhile the warm process loads its data
        for plan in plans:
            plan.out_dir.parent.mkdir(parents=True, exist_ok=True)
            tmps[plan.report_id] = Path(
                tempfile.mkdtemp(prefix=f".{plan.report_id}.", dir=plan.out_dir.parent)
            )
            running["tmps"].append(tmps[plan.report_id])
        pages = _Pages(plans, env, started)
        # report by report; within one, the later (longer) lessons start first
        work = [
            (plan, nb, params, tmps[plan.report_id] / nb.name)
            for plan in plans
            for nb, params in reversed(plan.jobs)
        ]
        limit = max(1, min(jobs or _cores(), len(work)))
        for plan, nb, params, _ in work:
            log(f"render: {plan.report_id}/{nb.name}  {params}")
        errors: list[str] = []
        outs: list[Path] = []

        def finish(plan: RenderPlan, mine: list[_Result]) -> None:
            tmp = tmps[plan.report_id]
            failed = [r for r in mine if r.error]
            if failed:
                keep = plan.out_dir.with_name(plan.out_dir.name + ".failed")
                shutil.rmtree(keep, ignore_errors=True)
                shutil.move(str(tmp), keep)
                errors.append(
                    f"{failed[0].error} (executed notebook kept in "
                    f"{_shown(keep)}; previous report left untouched)"
                )
                return
            kept = _keep_other_notebooks(plan, tmp)
            by_name = {r.notebook.name: r.seconds for r in mine}
            done = [(nb, by_name[nb.name]) for nb, _ in plan.jobs]
            record = pages.record(plan, done, kept, time.perf_counter() - t0)
            (tmp / "report.json").write_text(
                json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8"
            )
            (tmp / "index.html").write_text(pages.index(plan, record), encoding="utf-8")
            _swap_in(tmp, plan.out_dir)
            outs.append(plan.out_dir)
            if len(plans) > 1:  # one report: the final 'wrote … in' line says it all
                log(
                    f"render: {_shown(plan.out_dir / 'index.html')} ready after "
                    f"{record['seconds']:.1f} s"
                )

        if warm is not None:
            warm.wait_ready()
        asyncio.run(
            _execute_all(
                work, limit, pages.convert, finish, log, warm.manager_class() if warm else None
            )
        )
        if errors:
            raise RenderFailed("; ".join(errors))
    finally:
        running["warm"] = None
        if warm is not None:
            warm.close()
        for tmp in tmps.values():
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        for sig, handler in (restore or {}).items():
            signal.signal(sig, handler)
        _on_stop.remove(stop)
    return [p.out_dir for p in plans if p.out_dir in outs]


def render(plan: RenderPlan, progress: bool = True, log: Log = print) -> Path:
    """Render one plan (see :func:`render_all`)."""
    return render_all([plan], progress=progress, log=log)[0]


def _silent(_message: str) -> None:
    pass
