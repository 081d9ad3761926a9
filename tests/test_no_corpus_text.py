"""The evaluation corpora stay outside the project: no committed file repeats their text.

PolNeAR (``../shared/polnear``) and the sentiment corpora (``../shared/sentiment-data``:
EmoBank, NewsMTSC) are read, never copied: tests and examples use sentences written for
this project. This test compares every committed text file with the corpora's texts and
fails on any run of :data:`RUN` words they share, apart from a few stock phrases of news
writing (:data:`STOCK_PHRASES`). It is skipped where a corpus is not present.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from nbutils.config import POLNEAR_DIR, ROOT, SENTIMENT_DATA_DIR

#: The length of a shared run of words that counts as copied text.
RUN = 8
#: Phrases any news writer produces on their own: a run inside one of them is no copy.
STOCK_PHRASES = (
    "speaking on the condition of anonymity because they were not authorized to discuss",
    "speaking on the condition of anonymity because they were not authorized to speak",
    "who spoke on the condition of anonymity to",
    "The White House said in a statement that",
    "more than three quarters of a million dollars",
    "a political scientist at the University of New",
)
_WORD = re.compile(r"[A-Za-z0-9]+")
_SUFFIXES = (".py", ".ipynb", ".md", ".txt", ".tsv", ".jsonl", ".csv", ".yml", ".toml")


def _words(text: str) -> list[str]:
    # Python sources write curly apostrophes and line breaks as escapes
    text = text.replace("\\u2019", "'").replace("\\u201c", '"').replace("\\u201d", '"')
    text = text.replace("\\n", " ").replace("’", "'")
    return _WORD.findall(text)


def _runs(words: list[str]) -> Iterator[str]:
    for i in range(len(words) - RUN + 1):
        yield " ".join(words[i : i + RUN])


def _corpus_texts() -> Iterator[str]:
    for path in sorted(POLNEAR_DIR.glob("*/text/*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")
    emobank = SENTIMENT_DATA_DIR / "emobank" / "emobank.csv"
    if emobank.is_file():
        with emobank.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield row.get("text") or ""
    newsmtsc = SENTIMENT_DATA_DIR / "newsmtsc" / "train.jsonl"
    if newsmtsc.is_file():
        for line in newsmtsc.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield str(json.loads(line).get("sentence_normalized") or "")


def _committed_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    return [
        ROOT / name
        for name in listed.stdout.splitlines()
        if name.endswith(_SUFFIXES)
        and not name.startswith("nbutils/resources/")
        or name.startswith("nbutils/resources/")
        and name.endswith((".txt", ".tsv", ".md"))
    ]


@pytest.mark.skipif(
    not (POLNEAR_DIR / "dev" / "text").is_dir(), reason=f"PolNeAR not found at {POLNEAR_DIR}"
)
def test_no_committed_file_repeats_corpus_text() -> None:
    corpus_runs = {run for text in _corpus_texts() for run in _runs(_words(text))}
    assert len(corpus_runs) > 100_000  # the corpora were read
    copied = []
    for path in _committed_files():
        if not path.is_file():
            continue
        words = _words(path.read_text(encoding="utf-8", errors="replace"))
        for run in _runs(words):
            if run in corpus_runs and not any(run in phrase for phrase in STOCK_PHRASES):
                copied.append(f"{path.relative_to(ROOT)}: {run}")
                break  # one example per file is enough
    assert not copied, "corpus text in committed files:\n" + "\n".join(copied)


def test_the_check_finds_a_copied_run() -> None:
    text = "one two three four five six seven eight nine"
    runs = set(_runs(_words(text)))
    assert "two three four five six seven eight nine" in runs
    assert "one two three four five six seven eight" in runs
    assert len(runs) == 2
