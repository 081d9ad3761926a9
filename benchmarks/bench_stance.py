"""Validate the stance model: grouped cross-validation on NewsMTSC's train split.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_stance.py            # 5 folds (a few minutes)
    .venv/bin/python benchmarks/bench_stance.py --folds 3  # quicker
    .venv/bin/python benchmarks/bench_stance.py --nested   # also nested CV (slow: ~15x the fits)

What it prints:

1. **Grouped cross-validation** (``nbutils.stance.cross_validate``): the 8,739 labelled
   targets of NewsMTSC's train split (``../shared/sentiment-data/newsmtsc/train.jsonl`` or
   ``$NBUTILS_SENTIMENT_DATA``) in k folds *grouped by article* (the ``primary_gid``
   prefix): no article is in a training and a test fold at once, so figures are not
   inflated by sentences of the same story. The ``emobank`` valence model, whose scores are
   features and which saw NewsMTSC sentences as weak labels, is refitted for each fold
   without the test fold's articles. Macro-F1, accuracy and per-class F1.
2. **Baselines on the same targets**: the majority class, and sentence-level VADER
   (compound > 0.05 positive, < -0.05 negative, else neutral) — the target-blind reading
   that the stance model is meant to beat (reported on NewsMTSC's test: about 0.52).
3. **Speed**: targets per second with the shipped weights; seconds for 1,000 requests
   through the command's path (``stance_records``), and for the stance of every target in
   the default article's quotes (``nbutils.reactions.quote_targets``, quotes found first
   and not timed).

NewsMTSC's own test splits are *not* used anywhere (held-out data of the project).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sklearn.metrics import accuracy_score, f1_score  # noqa: E402

from nbutils import stance as T  # noqa: E402
from nbutils.config import SENTIMENT_DATA_DIR  # noqa: E402
from nbutils.sentiment import vader_reading  # noqa: E402


def baselines(examples: list[T.Example]) -> dict[str, tuple[float, float]]:
    truth = [e.label for e in examples]
    majority = Counter(truth).most_common(1)[0][0]
    out = {"majority class": [majority] * len(truth)}
    vader = []
    for e in examples:
        c = vader_reading(e.text).compound
        vader.append("positive" if c > 0.05 else "negative" if c < -0.05 else "neutral")
    out["sentence VADER"] = vader
    return {
        name: (
            f1_score(truth, guess, labels=list(T.LABELS), average="macro"),
            accuracy_score(truth, guess),
        )
        for name, guess in out.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--data", default=str(SENTIMENT_DATA_DIR))
    parser.add_argument("--nested", action="store_true", help="also nested CV (C chosen inside)")
    args = parser.parse_args(argv)
    path = Path(args.data) / "newsmtsc" / "train.jsonl"
    if not path.is_file():
        print(f"no NewsMTSC train split at {path}: nothing to validate on", file=sys.stderr)
        return 2
    examples = T.newsmtsc_examples(path)
    t0 = time.perf_counter()
    v = T.cross_validate(examples, args.folds, data_dir=args.data)
    print(
        f"1. Grouped {v.folds}-fold cross-validation on NewsMTSC train ({v.examples} targets, "
        f"{v.articles} articles; {time.perf_counter() - t0:.0f} s)"
    )
    print(f"  stance model      macro-F1 {v.macro_f1:.3f}   accuracy {v.accuracy:.3f}")
    print("  per-class F1      " + ", ".join(f"{k} {f:.3f}" for k, f in v.per_class_f1.items()))
    if args.nested:
        t0 = time.perf_counter()
        n = T.cross_validate(examples, args.folds, data_dir=args.data, grid=T.C_GRID)
        print(
            f"  nested (C from {list(T.C_GRID)} by inner {T.INNER_FOLDS}-fold CV; "
            f"{time.perf_counter() - t0:.0f} s)"
        )
        print(f"  stance model      macro-F1 {n.macro_f1:.3f}   accuracy {n.accuracy:.3f}")
        print("  per-class F1      " + ", ".join(f"{k} {f:.3f}" for k, f in n.per_class_f1.items()))
        print(f"  C chosen per outer fold: {list(n.chosen)}")
    print("\n2. Baselines on the same targets (no training)")
    for name, (f1, acc) in baselines(examples).items():
        print(f"  {name:<17} macro-F1 {f1:.3f}   accuracy {acc:.3f}")
    sample = examples[:2000]
    T.stance(sample[0].text, sample[0].start, sample[0].end)
    t0 = time.perf_counter()
    for e in sample:
        T.stance(e.text, e.start, e.end)
    print(
        f"\n3. Speed: {len(sample) / (time.perf_counter() - t0):.0f} targets/s "
        "(shipped weights; noisy on a shared machine)"
    )
    requests = [T.StanceRequest(i, e.text, e.start, e.end) for i, e in enumerate(examples[:1000])]
    t0 = time.perf_counter()
    n = sum(1 for _ in T.stance_records(requests))
    print(f"  {n} requests (stance_records): {time.perf_counter() - t0:.2f} s")
    print(f"  default article's quote targets: {default_article_seconds():.2f} s")
    return 0


def default_article_seconds() -> float:
    """Seconds to judge the stance toward every target of the default article's quotes."""
    from nbutils import reactions as R
    from nbutils.articles import load_default

    article = load_default()
    quotes = R.quote_table(article)
    R.quote_targets(quotes, article)  # warm: entities, lexicons
    t0 = time.perf_counter()
    R.quote_targets(quotes, article)
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
