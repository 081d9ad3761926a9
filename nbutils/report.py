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

import argparse
import asyncio
import datetime as dt
import hashlib
import html
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nbutils import config
from nbutils.articles import Article, ArticleError, iter_articles, load_article, resolve_path
from nbutils.parameters import (
    Parameter,
    ParameterError,
    check_value,
    did_you_mean,
    notebook_parameters,
)

# The kernel is local and private to one render; its start-up warning that
# localhost TCP is unencrypted is noise in every report log, so only the
# kernel's own errors are logged (the notebooks' output is unaffected).
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]
#: Cells with this tag are for students only: left out of the code-free pages.
LESSON_TAG = "lesson"
#: Packages whose versions the provenance names.
KEY_PACKAGES = (
    "nltk",
    "numpy",
    "pandas",
    "matplotlib",
    "seaborn",
    "scikit-learn",
    "papermill",
    "nbconvert",
    "nbclient",
    "ipykernel",
)
#: The lock file ``make`` installs from (named in the provenance).
LOCK_FILE = "requirements.lock"
#: Seconds one notebook may run before the render gives up on it.
CELL_TIMEOUT = 600

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


# --- planning -----------------------------------------------------------------------


def _notebook_parameters(path: Path) -> set[str]:
    return set(notebook_parameters(path))


#: The parameters that name the input: given with ``--article`` / ``--corpus``, never ``-p``.
_INPUTS = ("ARTICLE", "CORPUS")


def check_parameters(given: Sequence[tuple[str, str]], notebooks: Sequence[Path]) -> dict[str, Any]:
    """The ``-p NAME VALUE`` pairs of the command line, checked against the notebooks'
    ``parameters`` cells and turned into values, before anything runs.

    A name no chosen notebook takes, a value of the wrong kind (a number for a number
    parameter, at least 1: they are counts or 1-based rows), or a value outside the
    choices the parameter's own comment lists in double quotes (``MODEL``) is refused
    with one line naming what is allowed.

    >>> nb = [config.NOTEBOOKS_DIR / "03-reaction-analysis.ipynb"]
    >>> check_parameters([("MODEL", "vader"), ("MAX_TARGETS", "4")], nb)
    {'MODEL': 'vader', 'MAX_TARGETS': 4}
    >>> check_parameters([("MODEL", "bert")], nb)
    Traceback (most recent call last):
    ...
    nbutils.report.RenderError: -p MODEL bert: MODEL is one of emobank, news, classifier, vader
    >>> check_parameters([("TOP_N", "5")], nb)
    Traceback (most recent call last):
    ...
    nbutils.report.RenderError: -p TOP_N: no notebook rendered takes TOP_N; they take MODEL, MAX_TARGETS
    """
    specs: dict[str, Parameter] = {}
    for nb in notebooks:
        for name, spec in notebook_parameters(nb).items():
            specs.setdefault(name, spec)
    values: dict[str, Any] = {}
    for name, raw in given:
        if name in _INPUTS:
            raise RenderError(f"-p {name}: give the {name.lower()} with --{name.lower()} PATH")
        if name not in specs:
            takes = [n for n in specs if n not in _INPUTS]
            raise RenderError(
                f"-p {name}: no notebook rendered takes {name}{did_you_mean(name, takes)}; "
                f"they take {', '.join(takes) or 'no parameters'}"
            )
        try:
            values[name] = check_value(specs[name], raw)
        except ParameterError as exc:
            raise RenderError(f"-p {name} {raw}: {exc}") from None
    return values


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


def _check_article(given: str | Path) -> Article:
    path = resolve_path(given)
    if path.is_dir():
        raise RenderError(
            f"{given}: is a folder; render a folder of articles as a corpus with --corpus {given}"
        )
    return load_article(path)


def _check_corpus(given: str | Path) -> Path:
    path = resolve_path(given)
    if not path.exists():
        raise RenderError(f"{given}: corpus not found")
    first = next(iter_articles(path), None)  # raises ArticleError on a bad first record
    if first is None:
        raise RenderError(f"{given}: corpus holds no articles")
    return path.resolve()


def _check_reports_dir(folder: Path) -> None:
    """The folder reports go into: a folder, or one that can be made (checked before the
    kernels start, so that a file given as ``--reports-dir`` is one line, status 2)."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        what = "is" if existing == folder else f"{existing} is"
        raise RenderError(f"{folder}: {what} a file, not a folder for reports")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise RenderError(f"{folder}: no permission to write in {existing}")


def _slug(name: str) -> str:
    return Article(name, "x").slug


def _report_dir(reports_dir: Path, report_id: str, source: str) -> tuple[str, Path]:
    """``reports/<id>``, unless a report of another source lives there — or something that
    is no report at all (a file, or a folder of the user's with no ``report.json``: a render
    replaces its folder, and must never delete what it did not write)."""
    base = Path(reports_dir) / report_id
    recorded = _recorded_source(base)
    if recorded == source or (recorded is None and not _foreign(base)):
        return report_id, base
    other = f"{report_id}-{hashlib.sha256(source.encode()).hexdigest()[:8]}"
    if _recorded_source(Path(reports_dir) / other) is None and _foreign(Path(reports_dir) / other):
        raise RenderError(
            f"{Path(reports_dir) / report_id} and {Path(reports_dir) / other} exist and are not "
            "reports; render into another folder with --reports-dir"
        )
    return other, Path(reports_dir) / other


def _foreign(path: Path) -> bool:
    """Whether ``path`` holds something a render did not write: a file, or a non-empty
    folder without a ``report.json`` (an empty folder, or nothing, is free)."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        return True
    return path.is_dir() and any(path.iterdir()) and not (path / "report.json").exists()


def _recorded_source(folder: Path) -> str | None:
    try:
        source = json.loads((folder / "report.json").read_text(encoding="utf-8"))["source"]
        return str(source["path"] if isinstance(source, dict) else source)
    except (OSError, ValueError, KeyError, TypeError):
        return None


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


# --- provenance -----------------------------------------------------------------------


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(config.ROOT), *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def environment() -> dict[str, Any]:
    """What made the report: code version, commit, Python, packages, NLTK data, lock file.

    >>> env = environment()
    >>> sorted(env)[:3], env["packages"]["nltk"] != "not installed"
    (['commit', 'lock_file', 'modified'], True)
    """
    from nbutils.nltkdata import PACKAGES, missing_packages

    commit = _git("rev-parse", "HEAD")
    status = _git("status", "--porcelain", "--untracked-files=no")
    lock = config.ROOT / LOCK_FILE
    missing = set(missing_packages())
    return {
        "nbutils": _version("nbutils"),
        "commit": commit or "unknown (not a git checkout)",
        "modified": bool(status) if status is not None else None,
        "python": platform.python_version(),
        "packages": {p: _version(p) for p in KEY_PACKAGES},
        "nltk_data": [p for p in PACKAGES if p not in missing],
        "lock_file": (
            f"{LOCK_FILE} (sha256 {hashlib.sha256(lock.read_bytes()).hexdigest()[:12]})"
            if lock.is_file()
            else "none"
        ),
    }


def _meta_text(value: Any) -> str:
    """A sidecar value as the index shows it: nothing for a missing or null value, a
    list joined by commas (``"author": ["Ann Lee", "Tom Ward"]``).

    >>> [_meta_text(v) for v in (None, "", "2026-01-02", ["Ann Lee", "Tom Ward"], 2026)]
    ['', '', '2026-01-02', 'Ann Lee, Tom Ward', '2026']
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_meta_text(v) for v in value if v is not None)
    return str(value).strip()


def source_info(plan: RenderPlan) -> dict[str, Any]:
    """The article (title, date, source, SHA-256 of the text) or the corpus a report is about."""
    art = plan.article
    if art is None and plan.kind == "article" and plan.source:
        try:
            art = load_article(resolve_path(plan.source))
        except ArticleError:
            art = None
    if art is not None:
        meta = art.metadata
        return {
            "kind": "article",
            "id": art.id,
            "title": art.title,
            "date": _meta_text(meta.get("date")),
            "source": _meta_text(meta.get("source")),
            "author": _meta_text(meta.get("author") or meta.get("byline")),
            "path": plan.source,
            "characters": len(art.text),
            "sha256": hashlib.sha256(art.text.encode("utf-8")).hexdigest(),
        }
    if plan.kind == "article":
        return {
            "kind": "article",
            "title": plan.title,
            "date": "",
            "source": "",
            "path": plan.source,
            "characters": 0,
            "sha256": "unknown",
        }
    return {"kind": plan.kind, "title": plan.title, "path": plan.source, "note": plan.label}


# --- executing ------------------------------------------------------------------------


def warm_up() -> None:
    """Do once, before the kernels start, what each kernel would otherwise do itself.

    The sentiment models are fitted and cached on disk (every kernel then
    reads the cached weights instead of training in parallel), and
    matplotlib's font cache is built.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.font_manager  # noqa: F401  (builds the font cache once)

    from nbutils import sentiment

    for name in sentiment.COMPONENTS:
        sentiment.component(name)


# --- warm kernels: one process loads the heavy data once, each kernel is a fork of it -----

#: Set ``NBUTILS_WARM_KERNELS=0`` to start every kernel from scratch instead.
WARM_KERNELS_ENV = "NBUTILS_WARM_KERNELS"

# The warm process: loads the NLTK models and data the lessons use (WordNet
# takes seconds to load), then forks one child per kernel request; the child
# becomes an ordinary IPython kernel. It never imports matplotlib (the kernel
# sets its own backend) and starts no threads, so forking is safe. Requests
# come over a Unix socket: {"argv", "cwd", "env"} -> the child's pid, and
# later its exit status. A child whose requester goes away is killed, and so
# are all of them when the render process dies (a killed render leaves no
# process behind).
_ZYGOTE = r"""
import json, os, select, signal, socket, sys
path, parent = sys.argv[1], int(sys.argv[2])
if os.getppid() != parent:
    os._exit(0)
from ipykernel import kernelapp
import nbutils.attribution, nbutils.entities, nbutils.tokenise
nbutils.attribution.attribute('Mayor Ann Lee of Kyiv spoke. "We will build it," she said.')
nbutils.entities.place_of("Ukrainians")
server = socket.socket(socket.AF_UNIX)
server.bind(path + ".tmp"); os.rename(path + ".tmp", path); server.listen(16)
children = {}
def stop(*_):
    for pid in children:
        try: os.killpg(pid, signal.SIGKILL)
        except OSError: pass
    os._exit(0)
signal.signal(signal.SIGTERM, stop)
while True:
    if os.getppid() != parent:  # the render was killed: stop its kernels, and stop
        stop()
    ready, _, _ = select.select([server, *children.values()], [], [], 0.2)
    for conn in ready:
        if conn is server:
            c, _ = server.accept()
            request = json.loads(c.makefile().readline())
            pid = os.fork()
            if pid == 0:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                server.close()
                for other in children.values():
                    other.close()
                c.close()
                os.setpgid(0, 0)
                os.chdir(request["cwd"])
                os.environ.clear(); os.environ.update(request["env"])
                sys.argv = ["ipykernel_launcher", f"--IPKernelApp.parent_handle={os.getppid()}",
                            *request["argv"]]
                try:
                    kernelapp.launch_new_instance()
                finally:
                    os._exit(0)
            c.sendall(f"{pid}\n".encode()); children[pid] = c
        else:  # the requester went away: stop its kernel
            pid = next(p for p, c in children.items() if c is conn)
            try: os.killpg(pid, signal.SIGKILL)
            except OSError: pass
    for pid in list(children):
        try: done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError: done, status = pid, 0
        if done:
            c = children.pop(pid)
            try: c.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())
            except OSError: pass
            c.close()
"""

# What jupyter_client starts for a kernel: asks the warm process for a fork,
# forwards signals to it and exits with its status; without a warm process
# (it failed to start), it becomes an ordinary kernel launcher.
_PROXY = r"""
import json, os, signal, socket, sys, time
path, argv = sys.argv[1], sys.argv[2:]
s = socket.socket(socket.AF_UNIX)
owner = int(os.environ.get("JPY_PARENT_PID") or os.getppid())
for _ in range(600):
    if os.getppid() != owner:  # the render is gone
        sys.exit(1)
    try:
        s.connect(path); break
    except OSError:
        if not os.path.exists(os.path.dirname(path) + "/starting"):
            os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *argv])
        time.sleep(0.1)
else:
    os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *argv])
s.sendall((json.dumps({"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ)}) + "\n").encode())
reader = s.makefile()
pid = int(reader.readline())
def forward(sig, _frame):
    try: os.killpg(pid, sig)
    except OSError: pass
for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT):
    signal.signal(sig, forward)
status = reader.readline()
sys.exit(int(status) if status.strip() else 1)
"""


class _WarmKernels:
    """The warm process of one render, and the kernel manager class that uses it."""

    def __init__(self) -> None:
        import subprocess

        self.folder = Path(tempfile.mkdtemp(prefix="nbutils-kernels-"))
        self.socket = str(self.folder / "zygote.sock")
        (self.folder / "starting").touch()
        env = dict(
            os.environ,
            MPLBACKEND="module://matplotlib_inline.backend_inline",
            OPENBLAS_NUM_THREADS="1",
            OMP_NUM_THREADS="1",
            MKL_NUM_THREADS="1",
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE, self.socket, str(os.getpid())],
            cwd=str(config.NOTEBOOKS_DIR),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )

    def wait_ready(self, timeout: float = 120) -> bool:
        """Wait until the warm process listens (kernels then bind their ports at once:
        a port chosen long before it is bound may be taken by another program)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end and self.process.poll() is None:
            if os.path.exists(self.socket):
                return True
            time.sleep(0.05)
        (self.folder / "starting").unlink(missing_ok=True)  # plain kernels instead
        return False

    def check(self) -> None:
        """Give up on the warm process if it died (the proxies then start plain kernels)."""
        if self.process.poll() is not None:
            (self.folder / "starting").unlink(missing_ok=True)

    def manager_class(self) -> type:
        from jupyter_client.manager import AsyncKernelManager

        proxy = [sys.executable, "-c", _PROXY, self.socket]
        warm = self

        class WarmKernelManager(AsyncKernelManager):
            def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
                warm.check()
                cmd = super().format_kernel_cmd(extra_arguments)
                return [*proxy, *cmd[cmd.index("-f") :]] if "-f" in cmd else cmd

        return WarmKernelManager

    def close(self) -> None:
        import subprocess

        self.process.terminate()  # it stops its kernels, then itself
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


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


# --- pages ----------------------------------------------------------------------------

_CSS = """
:root{--ink:#1f2328;--muted:#59636e;--rule:#d8dee4;--accent:#0b5cad;--bg-code:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif;background:#fff}
a{color:var(--accent)}
nav.site{position:sticky;top:0;z-index:5;background:#f6f8fa;border-bottom:1px solid var(--rule);
padding:.45rem 1rem;font-size:.9rem;line-height:1.8}
nav.site .here{font-weight:700}
nav.site .sep{color:var(--muted);margin:0 .35rem}
main,footer.prov{max-width:76rem;margin:0 auto;padding:0 1rem}
.jp-RenderedMarkdown p,.jp-RenderedMarkdown ul,.jp-RenderedMarkdown ol,.jp-RenderedText pre,
main>p,main>ul,main>ol{max-width:60rem}
main{padding-top:1rem}
h1{font-size:1.8rem;line-height:1.25}h2{font-size:1.35rem;margin-top:2rem;
border-bottom:1px solid var(--rule);padding-bottom:.2rem}h3{font-size:1.1rem}
.anchor-link{display:none}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.86em}
:not(pre)>code{background:var(--bg-code);padding:.1em .3em;border-radius:4px}
pre{white-space:pre-wrap;word-break:break-word;margin:0}
.jp-Cell{margin:.6rem 0}
.jp-InputPrompt,.jp-OutputPrompt,.jp-Collapser{display:none}
.jp-CodeCell .jp-InputArea-editor{background:var(--bg-code);border:1px solid var(--rule);
border-radius:6px;padding:.5rem .7rem;overflow-x:auto}
.jp-OutputArea-output{margin:.4rem 0;overflow-x:auto;max-width:100%}
.jp-RenderedText pre{padding:.2rem 0}
[data-mime-type="application/vnd.jupyter.stderr"] pre{background:#fff5f5;padding:.3rem .5rem}
.jp-RenderedImage img,.jp-RenderedSVG svg{max-width:100%;height:auto}
table{border-collapse:collapse;margin:.5rem 0;font-size:.86rem}
th,td{border-bottom:1px solid var(--rule);padding:.3rem .55rem;vertical-align:top;
text-align:right}
th{background:#f6f8fa}
td.text,th.text,.jp-RenderedMarkdown td,.jp-RenderedMarkdown th,table.prov td,table.prov th{
text-align:left;white-space:normal;overflow-wrap:break-word}
td.text{min-width:5rem}td.long{min-width:18rem}
tbody th{color:var(--muted);font-weight:normal;text-align:left}
thead th.group{text-align:center;border-bottom:2px solid var(--rule)}
blockquote{border-left:3px solid var(--rule);margin:0;padding-left:1rem;color:var(--muted)}
footer.prov{margin-top:2.5rem;padding-bottom:2rem;border-top:1px solid var(--rule);
font-size:.8rem;color:var(--muted)}
footer.prov dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.4rem 0}
footer.prov dt{font-weight:600}footer.prov dd{margin:0;overflow-wrap:anywhere}
.card{border:1px solid var(--rule);border-radius:8px;padding:.6rem 1rem;margin:.8rem 0}
.note{background:#fff8e1;border:1px solid #f0d98c;border-radius:6px;padding:.5rem .8rem}
.findings li{margin:.2rem 0}
"""

_TEMPLATE = r"""{%- extends 'base.html.j2' -%}
{%- block header -%}
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ resources.page.title | escape_html }}</title>
<style>{{ resources.page.css }}</style>
</head>
{%- endblock header -%}
{%- block body_header -%}
<body>
{{ resources.page.nav }}
<main class="jp-Notebook">
{%- endblock body_header -%}
{%- block body_footer -%}
</main>
{{ resources.page.footer }}
</body>
{%- endblock body_footer -%}
{%- block footer -%}
</html>
{%- endblock footer -%}
{% block data_png scoped -%}
<div class="jp-RenderedImage jp-OutputArea-output">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}"
 alt="{{ (output | get_metadata('alt', 'image/png')) or 'Figure (no title)' | escape_html }}"
{%- set width=output | get_metadata('width', 'image/png') -%}
{%- if width is not none %} width="{{ width | escape_html }}"{% endif -%}
{%- set height=output | get_metadata('height', 'image/png') -%}
{%- if height is not none %} height="{{ height | escape_html }}"{% endif %}>
</div>
{%- endblock data_png %}
{% block data_svg scoped -%}
<div class="jp-RenderedSVG jp-OutputArea-output">
{{ output.data['image/svg+xml'] }}
</div>
{%- endblock data_svg %}
"""

#: Modules and objects whose names, in backticks, are code rather than prose.
_CODE_ROOTS = (
    "nbutils",
    "nltk",
    "pd",
    "np",
    "str",
    "reactions",
    "sentiment",
    "views",
    "tokenisers",
    "tokenise",
    "frequencies",
    "entities",
    "framing",
    "corpus",
    "figures",
    "attribution",
    "quotes",
    "speakers",
    "evaluation",
    "exercises",
)
_FENCED = re.compile(r"^```.*?^```[ \t]*\n?", re.M | re.S)
_SPAN = re.compile(r"`([^`\n]+)`")


def _is_api(code: str) -> bool:
    """Whether a backticked span names code (``reactions.quote_table``, ``attribute()``).

    >>> [_is_api(c) for c in ("reactions.quote_table", "attribute()", "said", "x / sqrt(x)")]
    [True, True, False, False]
    >>> [_is_api(c) for c in ("corpus_overview(CORPUS, targets=True)", "f(k=1)", "sqrt(x)")]
    [True, True, False]
    """
    code = code.strip()
    if re.fullmatch(r"[A-Za-z_]\w*\(\)", code):
        return True
    call = re.fullmatch(r"([A-Za-z_]\w*)\((.+)\)", code)
    if call and ("_" in call.group(1) or "=" in call.group(2)):
        return True  # corpus_overview(CORPUS, targets=True); not sqrt(x)
    m = re.fullmatch(r"([A-Za-z_]\w*)(\.[A-Za-z_]\w*)+(\(.*\))?(\[.*\])?", code)
    return bool(m) and m.group(1) in _CODE_ROOTS


def reader_prose(markdown: str, columns: frozenset[str] = frozenset()) -> str:
    r"""Markdown for readers: code blocks dropped, API names taken out of the prose.

    A parenthesis that only points at code disappears; ``article.text`` reads
    "the article's text", a module of the package "this project", and any other
    API name "the project's code". A column name of ``columns`` reads as its
    reader page shows it (:func:`reader_headers`): `marked_share` → `marked share`.

    >>> reader_prose("The finder (`nbutils.quotes.find_quotes`) reads marks.")
    'The finder reads marks.'
    >>> reader_prose("`reactions.quote_table` makes a table of `said`.")
    "The project's code makes a table of `said`."
    >>> reader_prose("of notebook 02\n(`nbutils.x.y`). The rows — and\n`reactions.add` adds")
    "of notebook 02. The rows — and\nthe project's code adds"
    >>> reader_prose("It counts. `nbutils.framing` sorts verbs, as `nbutils.cues` does.")
    'It counts. This project sorts verbs, as this project does.'
    >>> reader_prose("Read `p_value` beside `word_tokenize`.", frozenset({"p_value"}))
    'Read `p value` beside `word_tokenize`.'
    >>> reader_prose("A CSV with a `text` column; `text` is read whole.")
    "A CSV with a `text` column; the article's text is read whole."
    >>> reader_prose("So `corpus_overview(CORPUS, targets=True)` also finds them.")
    "So the project's code also finds them."
    >>> reader_prose("by country (`reactions.country_of`: a country is its own; a place belongs "
    ...              "to the country WordNet puts it in, a person to their title's country)")
    "by country (a country is its own; a place belongs to the country WordNet puts it in, a person to their title's country)"
    >>> reader_prose("Run:\n\n```sh\nmake\n```\nDone.")
    'Run:\n\nDone.'
    """
    text = _FENCED.sub("", markdown)

    def paren(m: re.Match) -> str:
        spans = _SPAN.findall(m.group(0))
        if spans and any(_is_api(c) for c in spans) and len(m.group(0)) < 90:
            return ""
        return m.group(0)

    text = re.sub(r"\s?\((?:[^()`]|`[^`]*`){0,88}\)", paren, text)
    # "(`module.func`: what it does …)" keeps what it does
    text = re.sub(r"\(`([^`]*)`:\s*", lambda m: "(" if _is_api(m.group(1)) else m.group(0), text)

    def span(m: re.Match) -> str:
        code = m.group(1)
        column = re.match(r"\s+(column|field|key)\b", text[m.end() :]) is not None
        if code.strip() == "article.text" or (code.strip() == "text" and not column):
            return "the article's text"
        if code.strip() in columns:
            return "`" + code.strip().replace("_", " ") + "`"
        if not _is_api(code):
            return m.group(0)
        before = text[: m.start()].rstrip(" \t*_")
        start = (
            not before.strip()
            or before.endswith("\n\n")
            or re.search(r"(^|\n)\s*([-*+]|\d+\.)$", before) is not None
            or before.rstrip().endswith((".", ":", "!", "?"))
        )
        if re.fullmatch(r"nbutils(\.\w+)?", code.strip()):
            return "This project" if start else "this project"
        return "The project's code" if start else "the project's code"

    return _SPAN.sub(span, text)


_HEADER_CELL = re.compile(r"(<th\b[^>]*>)([^<]*)(</th>)")


def reader_headers(html: str) -> str:
    """A table's column and index headers in words: ``share_of_words`` → ``share of words``.

    Only the header cells change (the data cells keep their text); the pages with
    code keep the names the code uses.

    A column that holds percentages says so (:data:`PERCENT_COLUMNS`):

    >>> reader_headers('<th>share_of_words</th><td>a_b</td><th class="x">n_all</th>')
    '<th>share of words (%)</th><td>a_b</td><th class="x">n all</th>'
    """

    def header(m: re.Match) -> str:
        name = m.group(2)
        unit = " (%)" if name.strip() in PERCENT_COLUMNS else ""
        return m.group(1) + name.replace("_", " ") + unit + m.group(3)

    return _HEADER_CELL.sub(header, html)


#: Table columns in percent (0–100), whose reader headers say so: the share-of-voice
#: tables (:func:`nbutils.reactions.share_of_voice`) and the framing tables' marked share.
PERCENT_COLUMNS = frozenset({"share_of_quotes", "share_of_words", "marked_share"})


def _column_like(name: str) -> bool:
    """Whether a ``lower_snake`` name in the prose reads as a column of a table, not as the
    name of an NLTK data package (``sentence_polarity``) or of an NLTK function
    (``word_tokenize``), which stay as written.

    >>> [_column_like(n) for n in ("marked_share", "p_value", "sentence_polarity", "MIN_COUNT")]
    [True, True, False, False]
    >>> _column_like("word_tokenize")
    False
    """
    from nbutils.nltkdata import PACKAGES

    if not re.fullmatch(r"[a-z]+(_[a-z]+)+", name) or name in PACKAGES:
        return False
    return not _nltk_has(name)


def _nltk_has(name: str) -> bool:
    import nltk

    return hasattr(nltk, name)


def _snake_headers(nb: Any) -> frozenset[str]:
    """The table headers with an underscore in a notebook's outputs (``marked_share``),
    and the column-like names its prose mentions (:func:`_column_like`) — so that a
    column described before a step that was skipped (no quotation) still reads in
    words, as its table would have shown it."""
    found: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            found.update(n.strip() for n in _SPAN.findall(cell.source) if _column_like(n.strip()))
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html")
            if html:
                text = "".join(html) if isinstance(html, list) else html
                found.update(h.strip() for _, h, _ in _HEADER_CELL.findall(text) if "_" in h)
    return frozenset(found)


def _reader_tables(nb: Any, resources: dict) -> tuple[Any, dict]:
    """nbconvert preprocessor for the reader pages: table headers in words."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            html = data.get("text/html")
            if html:
                data["text/html"] = reader_headers(
                    "".join(html) if isinstance(html, list) else html
                )
    return nb, resources


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
#: The MIME type of the findings a notebook displays (nbutils.views.Findings).
FINDINGS_MIME = "application/vnd.nbutils.findings+json"


def notebook_findings(nb: Any) -> list[dict[str, Any]]:
    """The findings an executed notebook displayed (``views.Findings`` outputs)."""
    return [
        dict(out["data"][FINDINGS_MIME])
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if FINDINGS_MIME in out.get("data", {})
    ]


def _kept_findings(folder: Path, kept: Sequence[Path]) -> dict[str, list[dict[str, Any]]]:
    """The findings of the executed notebooks kept from an earlier render, by notebook
    (``--notebook 02`` refreshes 02; the index still shows what 03 found)."""
    import nbformat

    found: dict[str, list[dict[str, Any]]] = {}
    for k in kept:
        try:
            found[k.stem] = notebook_findings(nbformat.read(folder / k.name, as_version=4))
        except (OSError, ValueError):  # unreadable: the page is still linked
            continue
    return found


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


# --- command line ---------------------------------------------------------------------


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
