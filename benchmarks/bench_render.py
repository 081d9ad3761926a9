"""Render time: how long the report command takes, per notebook and in total.

Renders the default article's report (and, with ``--corpus``, the demo corpus
report) into a temporary reports folder — the real ``reports/`` is left alone —
exactly as ``python -m nbutils render`` does: notebooks executed concurrently,
one kernel each, at most one per core (``--jobs``). Prints each notebook's
execution time, the time until the article's report was complete, the total,
and the machine's load average (the cores are shared: a loaded machine is slower).

    .venv/bin/python benchmarks/bench_render.py [--article PATH] [--corpus] [--runs 2] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nbutils.report import plan_reports, render_all  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default=None, help="default: the embedded article")
    parser.add_argument("--corpus", action="store_true", help="also render the demo corpus")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    print(
        f"cores available: {len(os.sched_getaffinity(0))}; "
        f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory() as tmp:
            plans = plan_reports(article=args.article, reports_dir=Path(tmp))
            if not args.corpus and args.article is None:
                plans = [p for p in plans if p.kind == "article"]
            t0 = time.perf_counter()
            outs = render_all(plans, progress=False, jobs=args.jobs)
            total = time.perf_counter() - t0
            print(f"run {run}:")
            for out in outs:
                record = json.loads((out / "report.json").read_text(encoding="utf-8"))
                for nb in record["notebooks"]:
                    print(f"  {nb['notebook']:<34} {nb['seconds']:6.1f} s  (execution)")
                print(
                    f"  {'report ' + record['report'][:27]:<34} {record['seconds']:6.1f} s  "
                    "(until complete, with HTML)"
                )
            print(f"  {'total':<34} {total:6.1f} s")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
