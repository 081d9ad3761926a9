"""Command line: ``python -m nbutils COMMAND …`` (or the ``nbutils`` script).

Commands (each ``--help`` tells more):

* ``render``    — execute the notebooks with papermill into ``reports/<article-id>/``
* ``quotes``    — find quotations and their speakers in articles → JSONL/CSV/Parquet
* ``sentiment`` — score texts from a JSONL file → JSONL ``{"id", "score"}``
* ``nltk-data`` — install the NLTK data the project needs
* ``stance``    — stance toward a target: JSONL ``{"id", "text", "start", "end"}``
  → JSONL ``{"id", "label", "score"}``
* ``train``     — retrain the shipped sentiment and stance weights from the corpora

Each command lives in the module that owns its concern; this file only
dispatches, and turns the project's input errors into one line on stderr and
exit status 2 instead of a traceback.

>>> main(["--help"])  # doctest: +ELLIPSIS
usage: python -m nbutils COMMAND ...
...
0
"""

from __future__ import annotations

import importlib
import sys

#: command -> (module, function taking argv and returning an exit status)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "render": ("nbutils.report", "main", "render the notebooks into HTML reports"),
    "quotes": ("nbutils.corpus", "quotes_main", "quotations and speakers → JSONL/CSV/Parquet"),
    "sentiment": ("nbutils.sentiment", "main", "sentiment scores for a JSONL file of texts"),
    "nltk-data": ("nbutils.nltkdata", "main", "install the NLTK data the project needs"),
    # stance and train (issue #13): the work is in nbutils.stance / nbutils.sentiment
    "stance": ("nbutils.cli", "stance_main", "stance toward a target span, JSONL in → JSONL out"),
    "train": ("nbutils.cli", "train_main", "retrain the shipped sentiment and stance weights"),
}

USAGE = "usage: python -m nbutils COMMAND ...\n\ncommands:\n" + "\n".join(
    f"  {name:<10} {desc}" for name, (_, _, desc) in COMMANDS.items()
)


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"nbutils: unknown command {name!r}\n{USAGE}", file=sys.stderr)
        return 2
    module, func, _ = COMMANDS[name]
    from nbutils.articles import ArticleError
    from nbutils.nltkdata import NLTKDataMissing

    try:
        return int(getattr(importlib.import_module(module), func)(rest) or 0)
    except (ArticleError, NLTKDataMissing, FileNotFoundError) as exc:
        print(f"nbutils {name}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"nbutils {name}: interrupted", file=sys.stderr)
        return 130


# --- stance and train (issue #13) ----------------------------------------------------


def stance_main(argv: list[str] | None = None) -> int:
    """``python -m nbutils stance INPUT [--output FILE]``."""
    import argparse

    from nbutils.stance import write_stances

    parser = argparse.ArgumentParser(
        prog="nbutils stance",
        description='How each text treats its target: INPUT is a JSONL file of {"id", "text", '
                    '"start", "end"} objects (the target\'s character span, end exclusive); '
                    'writes one JSONL line {"id", "label", "score"} per input line, in order '
                    "(label negative/neutral/positive, score in [-1, 1]). A bad line stops the "
                    "run with its file:line; nothing is written.")
    parser.add_argument("input", metavar="INPUT", help="JSONL file of targets")
    parser.add_argument("--output", "-o", metavar="FILE", default=None,
                        help="output file, written atomically (default: stdout)")
    args = parser.parse_args(argv)
    write_stances(args.input, args.output)
    return 0


def train_main(argv: list[str] | None = None) -> int:
    """``python -m nbutils train [--data DIR]``."""
    import argparse

    from nbutils import sentiment, stance
    from nbutils.config import SENTIMENT_DATA_DIR

    parser = argparse.ArgumentParser(
        prog="nbutils train",
        description="Retrain the shipped weights (nbutils/resources/sentiment-emobank.json and "
                    "stance-newsmtsc.json) from clones of EmoBank and NewsMTSC's train split, "
                    "deterministically, and print the validation figures.")
    parser.add_argument("--data", metavar="DIR", default=str(SENTIMENT_DATA_DIR),
                        help="folder holding emobank/ and newsmtsc/ (default: "
                             "$NBUTILS_SENTIMENT_DATA or ../shared/sentiment-data)")
    args = parser.parse_args(argv)
    print(sentiment.train_report(args.data))
    print(stance.train_report(args.data))
    return 0
