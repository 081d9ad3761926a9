"""Executing: papermill writes the parameters into a notebook, nbclient runs it.

:func:`_execute` parameterises one notebook (papermill's ``parameterize_notebook``), records
its parameters in the notebook's metadata and runs it in a fresh kernel, writing the
executed notebook even when a cell fails. :func:`_execute_all` runs the notebooks of every
report, ``limit`` kernels at a time (by default one per core, :func:`_cores`), converts each
as it finishes and finishes a report as soon as its last notebook is done; a
:class:`_Result` is one notebook's time or error. :data:`_on_stop` holds the function a
signal calls to stop the whole render (:func:`_client_class`: nbclient alone would swallow
Ctrl-C).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nbutils import config
from nbutils.report.base import Log, RenderPlan

# The kernel is local and private to one render; its start-up warning that
# localhost TCP is unencrypted is noise in every report log, so only the
# kernel's own errors are logged (the notebooks' output is unaffected).
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]

#: Seconds one notebook may run before the render gives up on it.
CELL_TIMEOUT = 600


@dataclass
class _Result:
    notebook: Path
    seconds: float = 0.0
    error: str | None = None


#: Called with the signal number on SIGINT/SIGTERM while a render runs (set by render_all).
_on_stop: list[Callable[[int], None]] = []


def _client_class() -> type:
    """nbclient's NotebookClient, except that a signal stops the whole render.

    nbclient answers SIGINT and SIGTERM by shutting down its own kernel and
    carrying on; for a render of several notebooks that would swallow Ctrl-C.
    """
    import contextlib
    import signal

    from nbclient import NotebookClient

    class Client(NotebookClient):
        @contextlib.asynccontextmanager
        async def async_setup_kernel(self, **kwargs: Any):
            async with super().async_setup_kernel(**kwargs):
                if _on_stop:
                    loop = asyncio.get_running_loop()
                    for sig in (signal.SIGINT, signal.SIGTERM):
                        loop.add_signal_handler(sig, _on_stop[-1], sig)
                yield

    return Client


async def _execute(
    nb_path: Path, params: dict[str, Any], out: Path, manager: type | None = None
) -> float:
    import nbformat
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    nb = load_notebook_node(str(nb_path))
    nb = parameterize_notebook(nb, params, report_mode=False)
    nb.metadata.pop("papermill", None)  # holds nothing portable we need
    nb.metadata["nbutils"] = {"parameters": params, "notebook": f"notebooks/{nb_path.name}"}
    client = _client_class()(
        nb,
        kernel_name="python3",
        timeout=CELL_TIMEOUT,
        extra_arguments=KERNEL_ARGUMENTS,
        resources={"metadata": {"path": str(config.NOTEBOOKS_DIR)}},
        **({"kernel_manager_class": manager} if manager else {}),
    )
    t0 = time.perf_counter()
    try:
        await client.async_execute()
    finally:
        nbformat.write(nb, out)
    return time.perf_counter() - t0


async def _execute_all(
    work: list[tuple[RenderPlan, Path, dict[str, Any], Path]],
    limit: int,
    on_done: Callable[[RenderPlan, Path, Path, float], None],
    on_report: Callable[[RenderPlan, list[_Result]], None],
    log: Log,
    manager: type | None = None,
) -> None:
    """Run the notebooks, ``limit`` kernels at a time; convert each as it finishes and
    finish each report (``on_report``) as soon as its last notebook is done."""
    import signal

    from nbclient.exceptions import CellExecutionError

    semaphore = asyncio.Semaphore(limit)
    loop = asyncio.get_running_loop()

    def own_signals() -> None:
        """Ctrl-C and SIGTERM stop the render (nbclient resets them after each notebook)."""
        if _on_stop:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, _on_stop[-1], sig)

    own_signals()
    remaining = {id(plan): sum(w[0] is plan for w in work) for plan, *_ in work}
    results: dict[int, list[_Result]] = {key: [] for key in remaining}

    async def run(plan: RenderPlan, nb: Path, params: dict[str, Any], out: Path) -> _Result:
        result = _Result(nb)
        async with semaphore:
            try:
                result.seconds = await _execute(nb, params, out, manager)
            except CellExecutionError as exc:
                result.error = f"{nb.name} failed: {exc.ename}: {exc.evalue}"
                return result
            except Exception as exc:  # a kernel that died or timed out
                result.error = f"{nb.name} failed: {type(exc).__name__}: {exc}"
                return result
        await loop.run_in_executor(None, on_done, plan, nb, out, result.seconds)
        log(f"render: {plan.report_id}/{nb.stem} done in {result.seconds:.1f} s")
        return result

    async def one(plan: RenderPlan, nb: Path, params: dict[str, Any], out: Path) -> None:
        results[id(plan)].append(await run(plan, nb, params, out))
        own_signals()
        remaining[id(plan)] -= 1
        if not remaining[id(plan)]:
            await loop.run_in_executor(None, on_report, plan, results[id(plan)])

    await asyncio.gather(*(one(*w) for w in work))


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
