"""Benchmark: a long fuzzing run of the quotation finder and the attribution engine.

The suite (``tests/test_fuzz.py``) checks a few hundred generated texts; this
script runs the same strategies and the same invariants on many more — 50,000
by default — and prints what it found:

* the number of texts checked, per target and per kind of text, and the time;
* every distinct failure (exception or broken invariant), each with the
  smallest text Hypothesis could shrink it to (a ready-made reproducer).

The run is cut into rounds of ``--round`` examples with different seeds; a
round that meets a new failure shrinks it, records it and the next round goes on.

Usage::

    .venv/bin/python benchmarks/fuzz_attribution.py                       # 50,000 examples
    .venv/bin/python benchmarks/fuzz_attribution.py --examples 2000 --target find_quotes
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import test_fuzz as F  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

STRATEGIES = {
    "dense-marks": F.dense_marks,
    "articles": F.articles,
    "long-lines": F.long_lines,
    "crowded": F.crowded,
    "quick-articles": F.quick_articles,
    "quick-long-lines": F.quick_long_lines,
}
CHECKS = {"find_quotes": F.check_find_quotes, "attribute": F.check_attribute}


class Run:
    """Counts and failures of the whole run."""

    def __init__(self) -> None:
        self.checked: Counter[str] = Counter()
        self.failures: dict[str, tuple[str, str]] = {}  # signature -> (message, smallest text)
        self.last_failing: str | None = None


def _signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = next(
        (
            f"{Path(f.filename).name}:{f.lineno}"
            for f in reversed(frames)
            if "/nbutils/" in f.filename or f.filename.endswith("test_fuzz.py")
        ),
        "?",
    )
    return f"{type(exc).__name__} at {where}"


def one_round(run: Run, target: str, kind: str, examples: int, round_seed: int) -> str | None:
    """Run ``examples`` texts of one kind through one target; return the failure
    signature found (after shrinking), if any."""
    check = CHECKS[target]
    failing: dict[str, BaseException] = {}

    @seed(round_seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        phases=[Phase.generate, Phase.shrink],
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(STRATEGIES[kind])
    def prop(text: str) -> None:
        run.checked[f"{target}/{kind}"] += 1
        try:
            check(text)
        except StopIteration as exc:  # would end Hypothesis's own generator: re-raise plainly
            failing["exc"] = exc
            run.last_failing = text
            raise AssertionError(_signature(exc)) from exc
        except Exception as exc:
            failing["exc"] = exc
            run.last_failing = text
            raise

    try:
        prop()
    except Exception as exc:
        cause = failing.get("exc", exc)
        signature = _signature(cause)
        message = f"{type(cause).__name__}: {str(cause).splitlines()[0] if str(cause) else ''}"
        if signature not in run.failures:
            run.failures[signature] = (message, run.last_failing or "")
            print(
                f"new failure {signature}: {message}\n  smallest text: {run.last_failing!r}",
                flush=True,
            )
        return signature
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--examples", type=int, default=50_000, help="texts to check in all (default 50,000)"
    )
    parser.add_argument("--round", type=int, default=500, help="examples per round (seed)")
    parser.add_argument("--target", choices=[*CHECKS, "both"], default="both")
    parser.add_argument(
        "--kinds",
        nargs="+",
        choices=list(STRATEGIES),
        default=["dense-marks", "articles", "crowded", "quick-articles", "quick-long-lines"],
        help="kinds of text (default: all but the slow-to-generate long-lines; "
        "quick-long-lines covers them)",
    )
    parser.add_argument("--seed", type=int, default=20251104)
    args = parser.parse_args(argv)

    targets = list(CHECKS) if args.target == "both" else [args.target]
    plan = [(t, k) for t in targets for k in args.kinds]
    run = Run()
    start = time.perf_counter()
    n = 0
    while sum(run.checked.values()) < args.examples:
        target, kind = plan[n % len(plan)]
        found = one_round(run, target, kind, args.round, args.seed + n)
        n += 1
        done = sum(run.checked.values())
        print(
            f"round {n:4d} {target:11s} {kind:12s} checked {done:7,d} "
            f"({time.perf_counter() - start:7.0f} s)" + (f"  FAILURE {found}" if found else ""),
            flush=True,
        )
    seconds = time.perf_counter() - start

    print()
    print(
        f"texts checked: {sum(run.checked.values()):,} in {seconds:.0f} s "
        "(shrinking calls included)"
    )
    for key, count in sorted(run.checked.items()):
        print(f"  {key:28s} {count:8,d}")
    print(f"distinct failures: {len(run.failures)}")
    for signature, (message, text) in run.failures.items():
        print(f"- {signature}: {message}")
        print(f"  smallest text: {text!r}")
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main())
