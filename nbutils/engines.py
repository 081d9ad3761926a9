"""Engines: run one function over a stream of articles — on one core, on all
cores, or on a Dask cluster — and get the results back in input order.

A corpus analysis is a *map*: the same function applied to every article,
each article independent of the others. :func:`map_articles` does exactly
that, three ways, with the same results:

* ``"serial"`` — a plain loop in this process (the reference);
* ``"processes"`` — ``jobs`` local worker processes
  (:class:`concurrent.futures.ProcessPoolExecutor`);
* ``"dask"`` — the workers of a Dask cluster: a local one started for the
  run (``jobs`` worker processes, default 2), or the scheduler at
  ``scheduler="tcp://host:8786"``.

Whatever the engine, the input is **streamed**: articles are cut into small
batches, and at most ``window`` batches are in flight at once, so memory stays
flat however long the corpus is. Results come back **in input order** as soon
as the oldest batch is done, so they can be written while the rest is still
being computed.

The function must be picklable (a module-level function, or a
:func:`functools.partial` of one) for the parallel engines: each worker
imports it by name. Functions defined in a notebook cell only run with
``engine="serial"``.

>>> list(map_articles(len, ["a", "bb", "ccc"]))
[1, 2, 3]
>>> from nbutils.articles import Article
>>> articles = [Article(f"a{i}", 'He said, "Yes." ' * i) for i in range(1, 6)]
>>> list(map_articles(count_quote_marks, articles, engine="processes", jobs=2, chunksize=2))
[2, 4, 6, 8, 10]
>>> list(map_articles(len, [], engine="processes"))
[]
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import pickle
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Literal, TypeVar

from nbutils.articles import Article

T = TypeVar("T")
R = TypeVar("R")

Engine = Literal["serial", "processes", "dask"]
#: The engine names :func:`map_articles` accepts.
ENGINES: tuple[str, ...] = ("serial", "processes", "dask")
#: Items per batch sent to a worker: large enough to hide the cost of sending
#: a task, small enough to keep every worker busy near the end of a run.
DEFAULT_CHUNKSIZE = 16

_QUOTE_MARKS = frozenset('"\u201c\u201d')


def count_quote_marks(article: Article | str) -> int:
    """Number of double quotation marks (straight or curly) in an article.

    A tiny picklable function for trying the engines out.

    >>> count_quote_marks('She said, \u201cNo.\u201d He said, "Yes."')
    4
    """
    text = article.text if isinstance(article, Article) else article
    return sum(ch in _QUOTE_MARKS for ch in text)


def default_jobs(engine: str) -> int:
    """Workers used when ``jobs`` is not given: every core for processes, 2 for
    a local Dask cluster, 1 for serial.

    >>> default_jobs("serial")
    1
    """
    if engine == "processes":
        return max(
            1,
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 1,
        )
    return 2 if engine == "dask" else 1


def run_batch(func: Callable[[Any], R], batch: list[Any]) -> list[R]:
    """Apply ``func`` to every item of one batch (what a worker runs)."""
    return [func(item) for item in batch]


def _batches(items: Iterable[T], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _in_order(
    submit: Callable[[list[Any]], Any], batches: Iterator[list[Any]], window: int
) -> Iterator[Any]:
    """Submit batches, at most ``window`` in flight; yield results in input order."""
    pending: deque[Any] = deque()
    try:
        for batch in batches:
            pending.append(submit(batch))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:  # the consumer stopped early or something failed
            future.cancel()


def _check_picklable(func: Callable[..., Any], engine: str) -> None:
    try:
        pickle.dumps(func)
    except Exception as exc:
        raise ValueError(
            f"engine={engine!r} needs a picklable function (defined at module level, "
            f"not in a notebook cell or a lambda); {func!r} is not: {exc}"
        ) from None


def _modules_of(func: Any) -> list[str]:
    """The importable modules a (possibly wrapped) function lives in."""
    modules = []
    while func is not None:
        module = getattr(func, "__module__", None)
        if module and module != "__main__" and not module.startswith("__mp_main__"):
            modules.append(module)
        func = getattr(func, "func", None)  # functools.partial and simple wrappers
    return modules


def _mp_context(preload: list[str]) -> multiprocessing.context.BaseContext:
    # "forkserver" starts workers from a clean server process: safe with the
    # threads a progress bar, Jupyter or a Dask client leave running (plain fork
    # is not). Modules imported by the server once (NLTK alone takes seconds)
    # are inherited by every worker it forks.
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(list(dict.fromkeys(preload)))
    _start_forkserver_deaf_to_ctrl_c()
    return ctx


def _start_forkserver_deaf_to_ctrl_c() -> None:
    """Start the fork server (if it is not running) with Ctrl-C ignored: an
    ignored signal stays ignored across ``exec`` and ``fork``, so neither the
    server nor any worker forked from it (local processes, Dask nannies and
    workers) dies with a traceback when Ctrl-C reaches the whole process
    group. The main process alone handles it, and stops them."""
    import signal
    import threading
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def ignore_interrupts() -> None:
    """Run in each worker process: Ctrl-C reaches the whole process group, but
    only the main process should handle it (it stops the workers itself), so a
    worker neither dies mid-task with a traceback nor prints anything."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate a pool's worker processes now, mid-task if need be: after
    Ctrl-C, a termination signal, an error or a consumer that stopped early,
    their results are not wanted, and a long article must not keep them
    running (orphaned) after this process has gone."""
    processes = getattr(pool, "_processes", None) or {}  # no public API before 3.14
    for process in list(processes.values()):
        if process.is_alive():
            process.terminate()


def _map_processes(
    func: Callable[[Any], R],
    items: Iterable[Any],
    jobs: int,
    chunksize: int,
    window: int,
    preload: list[str],
) -> Iterator[R]:
    _check_picklable(func, "processes")
    context = _mp_context([*preload, *_modules_of(func)])
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=ignore_interrupts)
    finished = False
    try:
        yield from _in_order(
            lambda b: pool.submit(run_batch, func, b), _batches(items, chunksize), window
        )
        finished = True
    finally:
        if not finished:
            _stop_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


#: Seconds to wait for a Dask scheduler given by address before giving up.
CONNECT_TIMEOUT: float = 5.0
#: Protocols a Dask scheduler address may name.
SCHEDULER_PROTOCOLS: tuple[str, ...] = ("tcp", "tls", "ws", "wss", "ucx", "inproc")
_ADDRESS = re.compile(
    r"(?:(?P<protocol>[a-z]+)://)?"
    r"(?P<host>[A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\])(?::(?P<port>[0-9]{1,5}))?"
)


class EngineError(RuntimeError):
    """An engine could not be started or reached (one line naming the cause)."""


def check_scheduler_address(address: str) -> str:
    """``address`` if it looks like a Dask scheduler address —
    ``[protocol://]host:port`` — else :class:`ValueError` (one line).

    >>> check_scheduler_address("tcp://10.0.0.5:8786")
    'tcp://10.0.0.5:8786'
    >>> check_scheduler_address("garbage")
    Traceback (most recent call last):
    ...
    ValueError: 'garbage' is not a Dask scheduler address; expected protocol://host:port, e.g. tcp://127.0.0.1:8786
    """
    if address.startswith("inproc://") and len(address) > len("inproc://"):
        return address  # a scheduler inside this process (tests, notebooks)
    match = _ADDRESS.fullmatch(address.strip())
    ok = (
        match is not None
        and (match["protocol"] or "tcp") in SCHEDULER_PROTOCOLS
        and match["port"] is not None
        and 0 < int(match["port"]) < 65536
    )
    if not ok:
        raise ValueError(
            f"{address!r} is not a Dask scheduler address; expected "
            "protocol://host:port, e.g. tcp://127.0.0.1:8786"
        )
    return address.strip()


@contextmanager
def _remote_client(scheduler: str) -> Iterator[Any]:
    """A Client connected to the scheduler at ``scheduler``, or :class:`EngineError`
    within :data:`CONNECT_TIMEOUT` seconds."""
    import dask
    from distributed import Client

    check_scheduler_address(scheduler)
    with dask.config.set({"distributed.comm.timeouts.connect": f"{CONNECT_TIMEOUT}s"}):
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise EngineError(
                f"cannot reach the Dask scheduler at {scheduler} ({reason})"
            ) from None
    with client:
        yield client


@contextmanager
def dask_client(
    scheduler: str | None = None, jobs: int | None = None, preload: Iterable[str] = ()
) -> Iterator[Any]:
    """A Dask ``Client``: connected to ``scheduler`` when given (or
    :class:`EngineError` after :data:`CONNECT_TIMEOUT` seconds), else to a
    local cluster of ``jobs`` (default 2) single-threaded worker processes,
    started quietly (no dashboard, no log lines) and closed on exit. Local
    workers are forked from a server process that has imported ``preload`` once."""
    import dask

    # Dask keeps the last 1,000 messages of every connection for debugging; with
    # articles inside the task messages that alone is hundreds of MB, growing
    # with the corpus until it fills up. Keep none: memory stays flat.
    with dask.config.set({"distributed.admin.low-level-log-length": 0}):
        if scheduler:
            with _remote_client(scheduler) as client:
                yield client
        else:
            with _local_cluster(jobs, preload) as client:
                yield client


@contextmanager
def _local_cluster(jobs: int | None, preload: Iterable[str]) -> Iterator[Any]:
    import dask
    from distributed import Client, LocalCluster

    for name in (
        "distributed",
        "distributed.scheduler",
        "distributed.nanny",
        "distributed.worker",
        "distributed.core",
    ):
        logging.getLogger(name).setLevel(logging.ERROR)
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with dask.config.set({"distributed.worker.multiprocessing-method": method}):
        if method == "forkserver":
            from distributed.utils import get_mp_context

            get_mp_context()  # lets distributed choose its own preload first, then add ours
            _mp_context(["distributed", "dask", *preload])
        with (
            LocalCluster(
                n_workers=jobs or default_jobs("dask"),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
                worker_dashboard_address=None,
                # no dashboard; its bare HTTP endpoint on a free port, so a
                # second cluster never warns that port 8787 is taken
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client


def _map_dask(
    func: Callable[[Any], R],
    items: Iterable[Any],
    jobs: int | None,
    scheduler: str | None,
    chunksize: int,
    window: int | None,
    preload: list[str],
) -> Iterator[R]:
    with dask_client(scheduler, jobs, [*preload, *_modules_of(func)]) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _in_order(
            lambda b: client.submit(run_batch, func, b, pure=False),
            _batches(items, chunksize),
            window or 2 * workers + 1,
        )


def map_articles(
    func: Callable[[Any], R],
    articles: Iterable[Any],
    engine: str = "serial",
    jobs: int | None = None,
    scheduler: str | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    window: int | None = None,
    preload: Iterable[str] = ("nltk",),
) -> Iterator[R]:
    """Yield ``func(article)`` for every article, in input order.

    ``engine`` is ``"serial"``, ``"processes"`` or ``"dask"``; ``jobs`` the
    number of worker processes (processes: every core; dask: 2); ``scheduler``
    the address of a running Dask scheduler (dask only; without it a local
    cluster is started and closed). ``articles`` is consumed lazily, in
    batches of ``chunksize``, with at most ``window`` batches (default
    ``2 × jobs + 1``) in flight. ``preload`` names modules that local worker
    processes should find already imported (besides ``func``'s own). An
    exception raised by ``func`` propagates here (wrap ``func`` to skip bad
    articles instead).

    >>> list(map_articles(str.upper, iter(["x", "y"]), engine="serial"))
    ['X', 'Y']
    >>> next(map_articles(len, ["x"], engine="threads"))
    Traceback (most recent call last):
    ...
    ValueError: unknown engine 'threads'; choose one of serial, processes, dask
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise ValueError("a scheduler address only makes sense with engine='dask'")
    if scheduler:
        check_scheduler_address(scheduler)
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if engine == "serial":
        return (func(a) for a in articles)
    if engine == "processes":
        n = jobs or default_jobs("processes")
        return _map_processes(func, articles, n, chunksize, window or 2 * n + 1, list(preload))
    return _map_dask(func, articles, jobs, scheduler, chunksize, window, list(preload))


def describe(engine: str, jobs: int | None = None, scheduler: str | None = None) -> str:
    """A short human description of an engine choice (for logs and reports).

    >>> describe("processes", 4)
    '4 local processes'
    >>> describe("dask", scheduler="tcp://10.0.0.5:8786")
    'Dask cluster at tcp://10.0.0.5:8786'
    """
    if engine == "serial":
        return "1 process"
    if engine == "processes":
        return f"{jobs or default_jobs(engine)} local processes"
    if scheduler:
        return f"Dask cluster at {scheduler}"
    return f"local Dask cluster ({jobs or default_jobs(engine)} workers)"


__all__ = [
    "CONNECT_TIMEOUT",
    "DEFAULT_CHUNKSIZE",
    "ENGINES",
    "Engine",
    "EngineError",
    "check_scheduler_address",
    "count_quote_marks",
    "dask_client",
    "default_jobs",
    "describe",
    "ignore_interrupts",
    "map_articles",
    "run_batch",
]
