"""Benchmark: articles per second and peak memory of ``python -m nbutils quotes``
on one process, N local processes and a local Dask cluster.

Corpora:

* PolNeAR train (840 real news articles, read at run time as a folder of .txt
  from ``nbutils.config.POLNEAR_DIR/train/text``; skipped with a message when
  absent — its text is never copied anywhere);
* synthetic corpora of 1,000 and 10,000 articles built from the demo corpus,
  streamed into a temporary JSONL file that is deleted afterwards. Each copy
  gets a one-line header so no two texts are identical (no cache can help).

Each run is the real command in a fresh interpreter (start-up, model loading
and, for Dask, cluster start-up included), timed from outside; peak memory is
the largest total RSS of the command's whole process tree (workers included),
sampled every 50 ms with psutil. Memory is *flat* when the peak for 10,000
articles is about the same as for 1,000. The outputs of the engines are
compared byte for byte.

Usage::

    .venv/bin/python benchmarks/bench_corpus.py                # everything (~10 min)
    .venv/bin/python benchmarks/bench_corpus.py --sizes 200    # quick look
    .venv/bin/python benchmarks/bench_corpus.py --engines processes --no-polnear
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

import psutil

from nbutils import config
from nbutils.corpus import iter_corpus

GOAL_ARTICLES, GOAL_SECONDS = 10_000, 180.0


@dataclass(frozen=True)
class Run:
    corpus: str
    articles: int
    engine: str
    jobs: int
    seconds: float
    cpu_seconds: float
    peak_mb: float
    status: int
    digest: str

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else float("nan")


def synthetic_records(n: int) -> Iterator[dict[str, str]]:
    """``n`` JSONL records cycling through the demo corpus, each text unique."""
    demo = [(a.id, a.text) for a in iter_corpus("")]
    for i, (id, text) in enumerate(islice(cycle(demo), n), start=1):
        yield {"id": f"synthetic-{i:06d}-{id}", "text": f"Synthetic copy {i} of {id}.\n{text}"}


def write_synthetic(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for record in synthetic_records(n):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _sample_tree(proc: psutil.Process, cpu: dict[int, float]) -> int:
    """Total RSS of ``proc`` and its descendants now; updates each one's CPU time."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            with p.oneshot():
                total += p.memory_info().rss
                times = p.cpu_times()
            cpu[p.pid] = times.user + times.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def run_once(
    corpus_name: str, corpus: Path, articles: int, engine: str, jobs: int, workdir: Path
) -> Run:
    """Run the quotes command once; time it and sample its process tree's memory."""
    out = workdir / f"{corpus_name}-{engine}.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "nbutils",
        "quotes",
        str(corpus),
        "--engine",
        engine,
        "--output",
        str(out),
        "--quiet",
    ]
    if engine != "serial":
        cmd += ["--jobs", str(jobs)]
    log = workdir / "stderr.txt"
    start = time.perf_counter()
    with log.open("w") as err:
        popen = subprocess.Popen(cmd, cwd=config.ROOT, stdout=subprocess.DEVNULL, stderr=err)
        proc = psutil.Process(popen.pid)
        peak, cpu = 0, {}
        while popen.poll() is None:
            try:
                peak = max(peak, _sample_tree(proc, cpu))
            except psutil.NoSuchProcess:
                break
            time.sleep(0.05)
        status = popen.wait()
    seconds = time.perf_counter() - start
    if status != 0:
        print(f"   ! {engine} exited with {status}: {log.read_text()[-500:]}", file=sys.stderr)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()[:12] if out.exists() else "-"
    written = sum(1 for _ in out.open("rb")) if out.exists() else 0
    if written != articles:
        print(f"   ! {engine}: {written} of {articles} articles written", file=sys.stderr)
    out.unlink(missing_ok=True)
    return Run(
        corpus_name,
        articles,
        engine,
        jobs if engine != "serial" else 1,
        seconds,
        sum(cpu.values()),
        peak / 2**20,
        status,
        digest,
    )


def _print_run(run: Run) -> None:
    print(
        f"{run.corpus:<16} {run.articles:>7,} {run.engine:<10} {run.jobs:>4} "
        f"{run.seconds:>8.1f} {run.rate:>10.1f} {run.cpu_seconds:>8.1f} {run.peak_mb:>9.0f}"
        f"  {run.digest}  {os.getloadavg()[0]:.1f}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="workers for processes/dask")
    parser.add_argument(
        "--sizes",
        default="1000,10000",
        help="synthetic corpus sizes, comma-separated (default 1000,10000)",
    )
    parser.add_argument("--engines", default="serial,processes,dask")
    parser.add_argument("--no-polnear", action="store_true", help="skip PolNeAR train")
    args = parser.parse_args(argv)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    print(
        f"nbutils quotes benchmark — {psutil.cpu_count()} cores, jobs={args.jobs}; "
        "cpu s = CPU time of the whole process tree, load = 1-min load average after the run "
        "(above the core count means other programs competed for the CPU)"
    )
    print(
        f"{'corpus':<16} {'articles':>7} {'engine':<10} {'jobs':>4} {'seconds':>8} "
        f"{'articles/s':>10} {'cpu s':>8} {'peak MB':>9}  {'output':<12}  load"
    )
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        workdir = Path(tmp)
        corpora: list[tuple[str, Path, int]] = []
        polnear = config.POLNEAR_DIR / "train" / "text"
        if args.no_polnear:
            print("PolNeAR: skipped (--no-polnear)")
        elif polnear.is_dir():
            corpora.append(
                ("polnear-train", polnear, sum(1 for p in polnear.iterdir() if p.suffix == ".txt"))
            )
        else:
            print(f"PolNeAR: skipped — {polnear} not found (set NBUTILS_POLNEAR)")
        for n in sizes:
            corpora.append(
                (
                    f"synthetic-{n // 1000}k" if n >= 1000 else f"synthetic-{n}",
                    write_synthetic(workdir / f"synthetic-{n}.jsonl", n),
                    n,
                )
            )
        for name, path, n in corpora:
            for engine in engines:
                run = run_once(name, path, n, engine, args.jobs, workdir)
                runs.append(run)
                _print_run(run)

    print()
    for name in dict.fromkeys(r.corpus for r in runs):
        digests = {r.digest for r in runs if r.corpus == name}
        print(f"{name}: engines give {'identical' if len(digests) == 1 else 'DIFFERENT'} output")
    if len(sizes) >= 2:
        small, large = min(sizes), max(sizes)
        for engine in engines:
            by = {
                r.articles: r
                for r in runs
                if r.engine == engine and r.corpus.startswith("synthetic")
            }
            if small in by and large in by:
                a, b = by[small], by[large]
                print(
                    f"memory, {engine}: peak {a.peak_mb:.0f} MB at {small:,} articles, "
                    f"{b.peak_mb:.0f} MB at {large:,} ({b.peak_mb / a.peak_mb:.2f}×) for "
                    f"{large / small:.0f}× the articles"
                )
    goal = [r for r in runs if r.corpus.startswith("synthetic") and r.articles == GOAL_ARTICLES]
    if goal:
        best = min(goal, key=lambda r: r.seconds)
        verdict = "met" if best.seconds < GOAL_SECONDS else "NOT met"
        print(
            f"goal ({GOAL_ARTICLES:,} articles < {GOAL_SECONDS:.0f} s): {verdict} — "
            f"best {best.seconds:.0f} s with {best.engine} ({best.jobs} workers)"
        )
    return 0 if all(r.status == 0 for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
