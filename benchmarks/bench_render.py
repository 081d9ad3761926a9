"""Render time: how long the report command takes, per notebook and in total.

Renders every notebook for the default article (and the demo corpus) into a
temporary reports folder — the real ``reports/`` is left alone — and prints
the wall time of each notebook (papermill execution + two HTML exports) and
of the whole render, then a second time to show the warm-cache figure.

    python benchmarks/bench_render.py [--article PATH] [--runs 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from nbutils.report import plan_render, render


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default=None)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plan = plan_render(article=args.article, reports_dir=Path(tmp))
        for run in range(1, args.runs + 1):
            print(f"run {run}: report {plan.report_id}")
            total = 0.0
            for job in plan.jobs:
                single = replace(plan, jobs=(job,))
                t0 = time.perf_counter()
                render(single, progress=False, log=lambda _msg: None)
                took = time.perf_counter() - t0
                total += took
                print(f"  {job[0].name:<34} {took:6.1f} s")
            print(f"  {'total':<34} {total:6.1f} s")

if __name__ == "__main__":
    main()
