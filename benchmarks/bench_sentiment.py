"""Validate the sentiment models: VADER against nbutils' classifier and news models.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_sentiment.py            # 5 folds (~3 minutes)
    .venv/bin/python benchmarks/bench_sentiment.py --folds 2  # quicker

What it measures, and what each figure is worth:

1. **Held-out folds of NLTK's corpora.** Every sentence of ``sentence_polarity``
   and ``subjectivity`` goes to a fold by a hash of its text (the two corpora
   share about 4,100 sentences, which therefore always land in the same fold);
   the components are refitted without the fold, and the fold is scored.
   Reported: polarity AUC and sign accuracy on positive/negative snippets, the
   AUC of ``|score|`` for telling subjective from objective sentences, and
   Pearson r against a three-level target (negative -1, objective 0, positive
   +1) on all held-out labelled sentences and on a *news-like mix* in which 60%
   are objective. In-domain (movie reviews and plot summaries): the trained
   models have seen this kind of text, VADER has not — an upper bound for them.
2. **News-style sentences written and labelled by the developer**
   (``benchmarks/data/news_style_sentences.tsv``; read its header): Pearson r
   and Spearman rho. Not human ratings, and lexically more explicit than real
   news, which favours VADER's lexicon.
3. **Unlabelled news** (PolNeAR's dev articles, read at run time when present):
   how often each model says "neutral" (``|score| < 0.05``) on news sentences.
   Not an accuracy: news sentences are mostly reports, so a model that
   rarely says neutral there is likely over-reading sentiment.
4. **Speed**: training time of each component and sentences scored per second.
5. **Large input**: seconds to score one 1 MB and one 5 MB text with the default model
   (issue #11: name masking used to be quadratic — 5 MB took minutes).
0. **Human ratings (EmoBank)**, when ``../shared/sentiment-data`` (or
   ``$NBUTILS_SENTIMENT_DATA``) is there: Pearson r with EmoBank's test-split valence, all
   genres and news genres (newspaper + headlines), for the ``emobank`` model refitted
   *without* the test split, and for the other models as they ship; then the ``emobank``
   model's grouped cross-validation on train+dev, the figure its settings are chosen on
   (the test split is for reporting only).
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from scipy.stats import pearsonr, spearmanr  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

from nbutils import sentiment as S  # noqa: E402
from nbutils.config import POLNEAR_DIR  # noqa: E402

NEWS_SET = Path(__file__).resolve().parent / "data" / "news_style_sentences.tsv"


def fold_of(text: str, k: int) -> int:
    return zlib.crc32(text.encode("utf-8")) % k


def fit_parts(pol_texts, pol_labels, subj_texts, subj_labels) -> dict[str, S.LinearModel]:
    parts = {}
    for name, (_, restricted, vader, intercept) in S.COMPONENTS.items():
        texts, labels = (
            (subj_texts, subj_labels) if name == "subjectivity" else (pol_texts, pol_labels)
        )
        parts[name] = S.train_linear(
            name, texts, labels, restricted=restricted, vader=vader, intercept=intercept
        )
    return parts


def held_out(k: int) -> dict[str, dict[str, float]]:
    pol_t, pol_y = S.training_sentences("sentence_polarity")
    sub_t, sub_y = S.training_sentences("subjectivity")
    pol_f = np.array([fold_of(t, k) for t in pol_t])
    sub_f = np.array([fold_of(t, k) for t in sub_t])
    pol_y, sub_y = np.array(pol_y), np.array(sub_y)
    scores = {m: (np.zeros(len(pol_t)), np.zeros(len(sub_t))) for m in S.MODELS}
    for f in range(k):
        t0 = time.perf_counter()
        parts = fit_parts(
            [t for t, g in zip(pol_t, pol_f, strict=True) if g != f],
            pol_y[pol_f != f],
            [t for t, g in zip(sub_t, sub_f, strict=True) if g != f],
            sub_y[sub_f != f],
        )
        for m in S.MODELS:
            for i in np.where(pol_f == f)[0]:
                scores[m][0][i] = S.score_with(pol_t[i], m, parts)
            for i in np.where(sub_f == f)[0]:
                scores[m][1][i] = S.score_with(sub_t[i], m, parts)
        print(f"  fold {f + 1}/{k} done in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    # three-level target: polarity snippets ±1, objective sentences 0
    objective = sub_y == 0
    rng = np.random.default_rng(0)
    n_obj = int(objective.sum())
    n_each = int(round(n_obj * 0.4 / 0.6 / 2))
    pick_pos = rng.choice(np.where(pol_y == 1)[0], n_each, replace=False)
    pick_neg = rng.choice(np.where(pol_y == 0)[0], n_each, replace=False)
    out = {}
    for m in S.MODELS:
        ps, ss = scores[m]
        target3 = np.r_[2 * pol_y - 1, np.zeros(n_obj)]
        pred3 = np.r_[ps, ss[objective]]
        mix_t = np.r_[np.ones(n_each), -np.ones(n_each), np.zeros(n_obj)]
        mix_p = np.r_[ps[pick_pos], ps[pick_neg], ss[objective]]
        out[m] = {
            "polarity AUC": roc_auc_score(pol_y, ps),
            "polarity sign acc": float(np.mean(np.sign(ps) == 2 * pol_y - 1)),
            "subjective AUC |s|": roc_auc_score(sub_y, np.abs(ss)),
            "r 3-level": pearsonr(pred3, target3)[0],
            "r news-like mix": pearsonr(mix_p, mix_t)[0],
        }
    return out


def news_style() -> dict[str, dict[str, float]]:
    rows = [
        line.rstrip("\n").split("\t", 1)
        for line in NEWS_SET.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ][1:]
    labels = np.array([float(a) for a, _ in rows])
    texts = [t for _, t in rows]
    half = np.array([fold_of(t, 2) for t in texts])
    out = {}
    for m in S.MODELS:
        s = np.array(S.score_texts(texts, m))
        out[m] = {
            "n": len(texts),
            "r all": pearsonr(s, labels)[0],
            "rho all": spearmanr(s, labels)[0],
            "r selection half": pearsonr(s[half == 0], labels[half == 0])[0],
            "r check half": pearsonr(s[half == 1], labels[half == 1])[0],
        }
    return out


def unlabelled_news(limit: int = 1500) -> dict[str, dict[str, float]] | None:
    folder = POLNEAR_DIR / "dev" / "text"
    if not folder.is_dir():
        return None
    from nbutils.tokenise import sentences

    sents: list[str] = []
    for p in sorted(folder.glob("*.txt")):
        sents += [s for s in sentences(p.read_text(encoding="utf-8")) if len(s.split()) > 3]
        if len(sents) >= limit:
            break
    sents = sents[:limit]
    out = {}
    for m in S.MODELS:
        s = np.abs(np.array(S.score_texts(sents, m)))
        out[m] = {
            "n": len(sents),
            "share |s|<0.05": float(np.mean(s < 0.05)),
            "mean |s|": float(np.mean(s)),
        }
    return out


def speed() -> dict[str, float]:
    out = {}
    for name in S.COMPONENTS:
        t0 = time.perf_counter()
        S.train_component(name)
        out[f"train {name} (s)"] = time.perf_counter() - t0
    texts, _ = S.training_sentences("subjectivity")
    texts = texts[:2000]
    for m in S.MODELS:
        S.score_text("warm up", m)
        S.vader_reading.cache_clear()  # time real work, not the memo
        t0 = time.perf_counter()
        S.score_texts(texts, m)
        out[f"score {m} (sentences/s)"] = len(texts) / (time.perf_counter() - t0)
    return out


def human_ratings() -> dict[str, dict[str, float]] | None:
    from nbutils.config import SENTIMENT_DATA_DIR

    if not (SENTIMENT_DATA_DIR / "emobank" / "emobank.csv").is_file():
        return None
    rated = S.emobank_sentences(SENTIMENT_DATA_DIR)
    weak = S.newsmtsc_weak_sentences(SENTIMENT_DATA_DIR)
    model = S.fit_emobank([r for r in rated if r.split != "test"] + weak)
    others = [m for m in S.MODELS if m != "emobank"]
    return {
        v.model: {"r all": v.r_all, "r news": v.r_news, "n all": v.n_all, "n news": v.n_news}
        for v in S.validate_emobank(model, rated, baselines=others)
    }


def large_input() -> dict[str, float]:
    sentence = (
        "Officials met Trump and Hope Hicks in Kyiv, and the talks were a great "
        "success, but the mood was sad. "
    )
    out = {}
    for mb in (1, 5):
        text = sentence * (mb * 1_000_000 // len(sentence))
        t0 = time.perf_counter()
        S.score_text(text, S.DEFAULT_MODEL)
        out[f"score one {mb} MB text, {S.DEFAULT_MODEL} (s)"] = time.perf_counter() - t0
    return out


def table(title: str, results: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    metrics = list(next(iter(results.values())))
    print(f"  {'model':<11}" + "".join(f"{m:>20}" for m in metrics))
    for model, row in results.items():
        cells = "".join(
            f"{row[m]:>20.3f}" if isinstance(row[m], float) else f"{row[m]:>20}" for m in metrics
        )
        print(f"  {model:<11}{cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--skip-folds", action="store_true", help="skip the cross-validation")
    args = parser.parse_args(argv)
    print(f"sentiment models: {', '.join(S.MODELS)} (default: {S.DEFAULT_MODEL})")
    human = human_ratings()
    if human is None:
        print("\n0. Human ratings: skipped (no EmoBank under the sentiment data folder)")
    else:
        table(
            "0. Pearson r with EmoBank's human valence ratings, test split (emobank refitted "
            "without it)",
            human,
        )
        from nbutils.config import SENTIMENT_DATA_DIR

        cv = S.cross_validate_emobank(
            S.emobank_sentences(SENTIMENT_DATA_DIR), S.newsmtsc_weak_sentences(SENTIMENT_DATA_DIR)
        )
        print(
            f"  emobank, {cv.folds}-fold CV on EmoBank train+dev grouped by document (what "
            f"settings are chosen on): r all {cv.r_all:.3f} (n={cv.n_all}), "
            f"news {cv.r_news:.3f} (n={cv.n_news}; newspaper sentences alone "
            f"{cv.r_newspaper:.3f}, n={cv.n_newspaper})"
        )
    if not args.skip_folds:
        table(
            f"1. Held-out folds of NLTK sentence_polarity + subjectivity ({args.folds} folds; "
            "in-domain for the trained models)",
            held_out(args.folds),
        )
    table(
        "2. News-style sentences written and labelled by the developer (not human ratings)",
        news_style(),
    )
    news = unlabelled_news()
    if news is None:
        print(f"\n3. Unlabelled news: skipped (no PolNeAR at {POLNEAR_DIR})")
    else:
        table("3. Unlabelled news sentences (PolNeAR dev): how often a model says neutral", news)
    print("\n4. Speed")
    for k, v in speed().items():
        print(f"  {k:<40}{v:>10.1f}")
    print("\n5. Large input (timings are noisy on a shared machine)")
    for k, v in large_input().items():
        print(f"  {k:<40}{v:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
