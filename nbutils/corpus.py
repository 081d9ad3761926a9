"""Corpora: run an analysis over thousands of articles, streamed, and write a table.

Researchers study *coverage*, not one article. This module applies one
per-article analysis — finding quotations and their speakers, scoring
sentiment — to every article of a corpus and writes the results as they come:

* **input**: a ``.txt`` file, a folder of ``.txt`` files, a JSONL file of
  ``{"id": …, "text": …}`` objects or a CSV file with a text column, read one
  article at a time (:func:`nbutils.articles.iter_articles`) — a corpus is
  never loaded whole;
* **engines**: one process, ``N`` local processes or a Dask cluster
  (:mod:`nbutils.engines`), with the same output, in input order;
* **output**: JSONL (one line per article), or a *quote table* as CSV or
  Parquet (one row per quotation, the article ``id`` first), written to a
  temporary file and renamed into place only when the run succeeded, so a
  failed run never replaces a previous good file with half of one;
* **bad records** (a JSONL line that is not JSON, an empty text, an article
  the analysis fails on) are reported on stderr with their location
  (``file:line``) and skipped; the number skipped is printed at the end.

From the command line (``python -m nbutils quotes --help``)::

    python -m nbutils quotes corpus.jsonl --output quotes.parquet --jobs 2
    python -m nbutils quotes articles/ --format csv --engine dask

In Python, :func:`run_corpus` is the same machinery for any picklable
per-article function (the ``sentiment`` command uses it too); the command
lines themselves live in :mod:`nbutils.cli`, the safe writing of output files
in :mod:`nbutils.outputs`. For notebook 04, :func:`corpus_overview`
gives pandas tables (one row per article, one per quotation) and the
corpus-level summaries work on them (:func:`most_quoted_speakers`,
:func:`sentiment_by`, :func:`reporting_verbs`), next to those of
:mod:`nbutils.reactions` (share of voice, officials against citizens) and
:mod:`nbutils.framing` (how reporting verbs frame the speech).

>>> corpus_path("") == config.DEMO_CORPUS
True
>>> [a.id for a in iter_corpus("")][:2]
['2025-03-01-rutte-zelenskyy-trump', '2025-04-11-vellmouth-bridge-closure']
>>> import tempfile, pathlib, json
>>> out = pathlib.Path(tempfile.mkdtemp()) / "marks.jsonl"
>>> marks = OutputSpec(record=lambda id, n: {"id": id, "marks": n},
...                    rows=lambda id, n: [{"marks": n}], columns={"marks": "int"})
>>> summary = run_corpus("", count_quote_marks, marks, output=out, quiet=True, prog="demo")
>>> summary.articles, summary.skipped
(6, 0)
>>> json.loads(out.read_text().splitlines()[-1])
{'id': '2025-09-02-larkhaven-library-reopens', 'marks': 0}
"""

from __future__ import annotations

import itertools
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any, NamedTuple

from nbutils import config
from nbutils.articles import Article, ArticleError, is_article_file, iter_articles, resolve_path
from nbutils.attribution.records import RECORD_KEYS
from nbutils.engines import (
    DEFAULT_CHUNKSIZE,
    count_quote_marks,
    map_articles,
)
from nbutils.outputs import FORMATS, OutputError, OutputSpec, Sink, atomic_output, table_id
from nbutils.speakers import NO_ROLE

#: The keys of one quotation (``Attribution.to_dict()``), in output order.
QUOTE_COLUMNS: tuple[str, ...] = RECORD_KEYS
#: Column types of the quote table (for Parquet; ``id`` comes first).
QUOTE_TYPES: dict[str, str] = {
    "start": "int",
    "end": "int",
    "text": "str",
    "kind": "str",
    "speaker": "str",
    "speaker_start": "int",
    "speaker_end": "int",
    "speaker_mention": "str",
    "role": "str",
    "cue": "str",
    "rule": "str",
    "confidence": "float",
}


class NothingProcessed(ArticleError):
    """Not a single article of the corpus could be processed."""


def corpus_path(corpus: str | Path | None = "") -> Path:
    """The corpus a user means: ``""`` is the demo corpus, a relative path is
    looked for from the current folder, then from the repository root."""
    return resolve_path(corpus) if corpus else config.DEMO_CORPUS


def iter_corpus(
    corpus: str | Path | None = "",
    text_column: str = "text",
    on_error: Callable[[ArticleError], None] | None = None,
) -> Iterator[Article]:
    """Stream the articles of a corpus (see :func:`corpus_path`), one at a time."""
    return iter_articles(corpus_path(corpus), text_column=text_column, on_error=on_error)


# --- the per-article work -------------------------------------------------------------


def article_quotes(article: Article) -> list[dict[str, Any]]:
    """The quotations of one article as dicts with the :data:`QUOTE_COLUMNS` keys."""
    from nbutils.attribution import attribute

    return [{k: d.get(k) for k in QUOTE_COLUMNS} for d in (a.to_dict() for a in attribute(article))]


class Outcome(NamedTuple):
    """What a guarded analysis returns for one article: a value or an error."""

    id: Any  # the article id (a JSON number stays a number)
    value: Any
    error: str | None = None
    source: str | None = None


class Guarded:
    """Wrap a per-article function so a failure on one article becomes an
    :class:`Outcome` with an error message instead of ending the whole run.
    Picklable when the wrapped function is.

    >>> Guarded(count_quote_marks)(Article("a", 'She said "no"'))
    Outcome(id='a', value=2, error=None, source=None)
    >>> Guarded(lambda a: 1 / 0)(Article("b", "text")).error
    'ZeroDivisionError: division by zero'
    """

    def __init__(self, func: Callable[[Article], Any]) -> None:
        self.func = func

    def __call__(self, article: Article) -> Outcome:
        source = article.metadata.get("source_line") or article.metadata.get("source_path")
        ident = article.metadata.get("original_id", article.id)
        try:
            return Outcome(ident, self.func(article), None, source)
        except Exception as exc:  # one bad article must not end a million-article run
            message = str(exc).splitlines()[0] if str(exc) else ""
            return Outcome(ident, None, f"{type(exc).__name__}: {message}".rstrip(": "), source)

    def __repr__(self) -> str:
        return f"Guarded({self.func!r})"


# --- output ---------------------------------------------------------------------
# How results are written (atomically, to regular files only) lives in nbutils.outputs.


def _quotes_record(id: Any, quotes: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": id, "quotes": quotes}


def _quotes_rows(id: Any, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return quotes


#: The ``quotes`` command's output: ``{"id", "quotes": […]}`` lines, or a quote table.
QUOTES_OUTPUT = OutputSpec(record=_quotes_record, rows=_quotes_rows, columns=QUOTE_TYPES)


#: Column types of the target table (the ``targets`` command; ``id`` comes first): one row
#: per (quotation, target it names), the quotation by its ``quote_start`` offset.
TARGET_TYPES: dict[str, str] = {
    "quote_start": "int",
    "speaker": "str",
    "role": "str",
    "target": "str",
    "target_kind": "str",
    "mention": "str",
    "via": "str",
    "country": "str",
    "stance": "float",
    "stance_label": "str",
}


def article_targets(article: Article) -> list[dict[str, Any]]:
    """Whom each quotation of ``article`` names and the stance toward them
    (:func:`nbutils.reactions.quote_targets`), as :data:`TARGET_TYPES` rows; a
    quotation is identified by its start offset, as in the quote table.

    >>> rows = article_targets(Article("a", '"Ann Lee betrayed us," said Tom Bell.'))
    >>> [(r["quote_start"], r["speaker"], r["target"], r["stance_label"]) for r in rows]
    [(0, 'Tom Bell', 'Ann Lee', 'negative')]
    """
    from nbutils.reactions import quote_table, quote_targets

    quotes = quote_table(article)
    if quotes.empty:
        return []
    out = []
    for row in quote_targets(quotes, article).to_dict("records"):
        row["quote_start"] = int(quotes.loc[row["quote"], "start"])
        # NaN (no stance, no role) is written as null
        out.append({key: None if row[key] != row[key] else row[key] for key in TARGET_TYPES})
    return out


def _targets_record(id: Any, targets: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": id, "targets": targets}


def _targets_rows(id: Any, targets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return targets


#: The ``targets`` command's output: ``{"id", "targets": […]}`` lines, or a target table.
TARGETS_OUTPUT = OutputSpec(record=_targets_record, rows=_targets_rows, columns=TARGET_TYPES)


# --- the run ------------------------------------------------------------------------


@dataclass(frozen=True)
class RunSummary:
    """What a corpus run did: articles written, table rows, records skipped, seconds."""

    articles: int
    rows: int
    skipped: int
    seconds: float
    output: str
    duplicates: int = 0  # articles whose id an earlier article already had


def _estimate_total(path: Path) -> int | None:
    """Number of articles, when it is cheap to know (for the progress bar)."""
    try:
        if path.is_dir():
            return sum(1 for f in path.iterdir() if is_article_file(f))
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            if path.stat().st_size > 2 * 1024**3:
                return None
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        if path.suffix.lower() == ".csv":
            return None
        return 1
    except OSError:
        return None


def run_corpus(
    corpus: str | Path,
    func: Callable[[Article], Any],
    spec: OutputSpec,
    *,
    fmt: str = "jsonl",
    output: str | Path | None = None,
    engine: str = "serial",
    jobs: int | None = None,
    scheduler: str | None = None,
    text_column: str = "text",
    quiet: bool = False,
    prog: str = "nbutils",
    chunksize: int = DEFAULT_CHUNKSIZE,
    preload: tuple[str, ...] = ("nltk",),
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> RunSummary:
    """Apply ``func`` (picklable, ``Article -> value``) to every article of
    ``corpus`` with ``engine`` and write the results in ``fmt`` to ``output``
    (a file, written atomically; ``None`` means stdout, not for Parquet).

    Bad records and articles ``func`` fails on are reported on ``stderr``
    with their location and skipped. Raises :class:`NothingProcessed` when no
    article at all could be processed (``output`` is then left untouched).
    """
    from tqdm.auto import tqdm

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and output is None:
        raise OutputError("Parquet output is binary: give a file name with --output")
    err = stderr or sys.stderr
    path = corpus_path(corpus)
    if not path.exists():
        raise ArticleError(f"{path}: no such file or folder")
    show_bar = not quiet and err.isatty()
    bar = tqdm(
        total=_estimate_total(path) if show_bar else None,
        unit="article",
        file=err,
        disable=not show_bar,
        dynamic_ncols=True,
        desc=prog,
    )
    skipped = 0
    ids = _IdCounter()

    def report(message: str) -> None:
        nonlocal skipped
        skipped += 1
        bar.write(f"{prog}: skipped {message}", file=err)

    articles = iter_articles(path, text_column=text_column, on_error=lambda exc: report(str(exc)))
    start = time.perf_counter()
    written = 0

    def consume(fh: IO[Any]) -> int:
        nonlocal written
        sink = Sink(fmt, spec, fh)
        try:
            for n, outcome in enumerate(
                map_articles(
                    Guarded(func),
                    articles,
                    engine=engine,
                    jobs=jobs,
                    scheduler=scheduler,
                    chunksize=chunksize,
                    preload=preload,
                ),
                start=1,
            ):
                bar.update(1)
                ids.add(outcome.id)
                if outcome.error is not None:
                    where = outcome.source or f"{path} (article #{n})"
                    report(f"{where}: article {outcome.id!r}: {outcome.error}")
                    continue
                sink.write(outcome.id, outcome.value)
                written += 1
        finally:
            sink.close()
        if written == 0:
            raise NothingProcessed(
                f"{path}: no article could be processed "
                f"({skipped} record{'s' * (skipped != 1)} skipped)"
                + ("; the output file was left untouched" if output else "")
            )
        return sink.rows_written

    try:
        if output is None:
            rows = consume(stdout or sys.stdout)
        else:
            with atomic_output(output, binary=fmt == "parquet", inputs=(path,)) as (_, fh):
                rows = consume(fh)
    finally:
        bar.close()
    ids.warn(prog, err)
    return RunSummary(
        written,
        rows,
        skipped,
        time.perf_counter() - start,
        str(output) if output else "stdout",
        ids.duplicates,
    )


class _IdCounter:
    """Counts ids seen again. Keeps one hash per id (not the ids), so memory
    stays small for millions of articles.

    >>> ids = _IdCounter()
    >>> for i in ["a", "b", "a", 7, "7", "a"]:
    ...     ids.add(i)
    >>> ids.duplicates, ids.first
    (3, 'a')
    """

    def __init__(self) -> None:
        self._seen: set[int] = set()
        self.duplicates = 0
        self.first: Any = None

    def add(self, ident: Any) -> None:
        key = hash(table_id(ident))
        if key in self._seen:
            self.duplicates += 1
            if self.first is None:
                self.first = ident
        else:
            self._seen.add(key)

    def warn(self, prog: str, err: IO[str]) -> None:
        """One warning line with the count, when any id was seen again."""
        if self.duplicates:
            print(
                f"{prog}: warning: {self.duplicates} article{'s' * (self.duplicates != 1)} "
                f"repeat an id seen before (first: {self.first!r}); their output shares "
                "that id",
                file=err,
            )


# --- corpus overview (notebook 04) ----------------------------------------------------
# One article's quote table, sentiment and summaries come from nbutils.reactions;
# what is added here is the corpus: many articles, streamed through an engine.

#: Columns of :attr:`CorpusOverview.articles`.
ARTICLE_COLUMNS: tuple[str, ...] = ("id", "title", "date", "fictional", "characters", "quotes")
#: Columns of :attr:`CorpusOverview.quotes` added to a reactions quote table.
EXTRA_QUOTE_COLUMNS: tuple[str, ...] = ("title", "sentiment", "words", "group")
#: Shown for a speaker whose role was not found (one label in every report).
UNKNOWN = NO_ROLE


class CorpusOverview(NamedTuple):
    """A corpus summarised: one row per article, one row per attributed
    quotation (a :mod:`nbutils.reactions` quote table with sentiment, across
    articles), and the records that were skipped (one message each, naming
    file and line)."""

    articles: Any  # pandas.DataFrame with ARTICLE_COLUMNS
    quotes: Any  # pandas.DataFrame: reactions.QUOTE_TABLE_COLUMNS + EXTRA_QUOTE_COLUMNS
    skipped: list[str]
    #: one row per (quotation, target it names) with the stance toward that target
    #: (:func:`nbutils.reactions.quote_targets`, across articles; ``quote`` is the
    #: quotation's row in its own article; ``target`` is one name per person across the
    #: corpus, :func:`corpus_names`, and ``name_in_article`` the article's own);
    #: ``None`` unless asked for (``targets=True``)
    targets: Any = None


def article_table(
    corpus: str | Path | None = "",
    text_column: str = "text",
    report: Callable[[str], None] | None = print,
) -> Any:
    """One row per article (id, title, date, fictional, characters), streamed;
    a bad record is passed to ``report`` (default: printed) and skipped. A corpus of which
    no article could be read is an :class:`~nbutils.articles.ArticleError` (one line in a
    notebook), not an empty table that every later step would analyse.

    >>> article_table("")[["id", "fictional"]].head(2).to_dict("list")  # doctest: +NORMALIZE_WHITESPACE
    {'id': ['2025-03-01-rutte-zelenskyy-trump', '2025-04-11-vellmouth-bridge-closure'],
     'fictional': [False, True]}
    """
    import pandas as pd

    bad: list[ArticleError] = []

    def skipped(exc: ArticleError) -> None:
        bad.append(exc)
        if report is not None:
            report(f"skipped {exc}")

    rows = [
        {
            "id": a.id,
            "title": a.title,
            "date": a.metadata.get("date"),
            "fictional": bool(a.metadata.get("fictional", False)),
            "characters": len(a.text),
        }
        for a in iter_corpus(corpus, text_column=text_column, on_error=skipped)
    ]
    if not rows:
        why = (
            f"{len(bad)} record{'s' if len(bad) != 1 else ''} skipped"
            if bad
            else "it holds no records"
        )
        raise ArticleError(f"{corpus_path(corpus)}: no article could be read ({why})")
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS[:-1]))


def article_overview(
    article: Article, targets: bool = False
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """One article's row, its scored quotation rows (what a worker computes:
    :func:`nbutils.reactions.quote_table` + :func:`~nbutils.reactions.add_sentiment`) and,
    with ``targets``, the rows of :func:`nbutils.reactions.quote_targets`: whom each
    quotation names and the stance toward them (resolved against this article's people)."""
    from nbutils.reactions import add_sentiment, quote_table, quote_targets

    quotes = add_sentiment(quote_table(article)).assign(title=article.title)
    named = quote_targets(quotes, article).to_dict("records") if targets and len(quotes) else []
    row = {
        "id": article.id,
        "title": article.title,
        "date": article.metadata.get("date"),
        "fictional": bool(article.metadata.get("fictional", False)),
        "characters": len(article.text),
        "quotes": len(quotes),
    }
    return row, quotes.to_dict("records"), named


def corpus_overview(
    corpus: str | Path | None = "",
    *,
    engine: str = "serial",
    jobs: int | None = None,
    scheduler: str | None = None,
    text_column: str = "text",
    limit: int | None = None,
    targets: bool = False,
) -> CorpusOverview:
    """Attribute and score every quotation of a corpus (``""``: the demo
    corpus) — or of its first ``limit`` articles — with ``engine`` and return
    the article and quotation tables; with ``targets=True`` also the targets each
    quotation names and the stance toward them (slower: the stance model reads every
    mention). Bad records are skipped and listed in
    ``skipped``. Memory grows with the number of *quotations* kept, not with
    the text: for millions of articles use the ``quotes`` command and read its
    Parquet output instead."""
    import pandas as pd

    from nbutils.reactions import QUOTE_TABLE_COLUMNS, TARGET_COLUMNS

    skipped: list[str] = []
    articles: Iterable[Article] = iter_corpus(
        corpus, text_column=text_column, on_error=lambda exc: skipped.append(str(exc))
    )
    if limit is not None:
        articles = itertools.islice(articles, limit)
    rows: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    named: list[dict[str, Any]] = []
    for n, outcome in enumerate(
        map_articles(
            Guarded(partial(article_overview, targets=targets)),
            articles,
            engine=engine,
            jobs=jobs,
            scheduler=scheduler,
            preload=("nltk", "nbutils.reactions"),
        ),
        start=1,
    ):
        if outcome.error is not None:
            skipped.append(
                f"{outcome.source or f'article #{n}'}: article {outcome.id!r}: {outcome.error}"
            )
            continue
        row, article_rows, article_targets = outcome.value
        rows.append(row)
        quotes.extend(article_rows)
        named.extend(article_targets)
    columns = [*QUOTE_TABLE_COLUMNS, *EXTRA_QUOTE_COLUMNS]
    table = pd.DataFrame(quotes, columns=columns)
    table["sentiment"] = table["sentiment"].astype("float64")
    table["words"] = table["words"].astype("int64")
    target_table = pd.DataFrame(named, columns=list(TARGET_COLUMNS)) if targets else None
    if target_table is not None:
        target_table["stance"] = target_table["stance"].astype("float64")
        # one name per person across articles (corpus_names); the article's own is kept
        target_table.insert(
            target_table.columns.get_loc("target") + 1, "name_in_article", target_table["target"]
        )
        target_table["target"] = target_table["target"].replace(corpus_names(target_table))
    return CorpusOverview(
        pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS)), table, skipped, target_table
    )


def _labelled(values: Any) -> Any:
    """Missing or empty roles shown as "no role found" (:data:`nbutils.speakers.NO_ROLE`)."""
    return values.where(values.notna() & (values.astype(str) != ""), UNKNOWN).astype(str)


def _main_role(roles: Any) -> str:
    """The role most of a speaker's quotations have, a found role before none."""
    found = roles[roles != UNKNOWN]
    return str((found if len(found) else roles).value_counts().index[0])


def most_quoted_speakers(quotes: Any, n: int = 10) -> Any:
    """The ``n`` speakers with most quotations across the corpus: quotations,
    quoted words, the number of articles they are quoted in, and their (most
    frequent) role — a role found before none. Quotations with no speaker found are left out.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "speaker": ["Ann", "Bo", "Ann", None],
    ...                   "role": [None, None, "official", None], "words": [5, 3, 4, 9]})
    >>> most_quoted_speakers(q).to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'speaker': 'Ann', 'role': 'official', 'quotes': 2, 'words': 9, 'articles': 2},
     {'speaker': 'Bo', 'role': 'no role found', 'quotes': 1, 'words': 3, 'articles': 1}]
    """
    import pandas as pd

    columns = ["speaker", "role", "quotes", "words", "articles"]
    known = quotes[quotes["speaker"].notna() & (quotes["speaker"].astype(str) != "")]
    if known.empty:
        return pd.DataFrame(columns=columns)
    known = known.assign(role=_labelled(known["role"]))
    table = (
        known.groupby("speaker")
        .agg(
            role=("role", _main_role),
            quotes=("speaker", "size"),
            words=("words", "sum"),
            articles=("article_id", "nunique"),
        )
        .reset_index()
    )
    table = table.sort_values(["quotes", "words", "speaker"], ascending=[False, False, True])
    return table[columns].head(n).reset_index(drop=True)


def corpus_names(targets: Any) -> dict[str, str]:
    """One name per person across the articles of a corpus: each article names its
    targets by its own fullest form, so one says *Trump*, another *Donald Trump* and a
    third *Donald J. Trump*. Full names with the same first and last word are one
    person (the most frequent form wins); a single name joins the one full name it
    ends, and stays apart when several do (*Clinton*: Bill or Hillary).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"target": ["Donald Trump", "Donald J. Trump", "Trump", "Clinton",
    ...                              "Bill Clinton", "Hillary Clinton", "Donald Trump"],
    ...                   "target_kind": ["person"] * 7})
    >>> sorted(corpus_names(t).items())
    [('Donald J. Trump', 'Donald Trump'), ('Trump', 'Donald Trump')]
    """
    from collections import Counter

    people = Counter(
        str(name)
        for name, kind in zip(targets["target"], targets["target_kind"], strict=True)
        if kind == "person" and isinstance(name, str)
    )

    def key(name: str) -> tuple[str, str] | None:
        words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.?", w)]
        return (words[0].lower(), words[-1].lower()) if len(words) >= 2 else None

    forms: dict[tuple[str, str], Counter[str]] = {}
    for name, count in people.items():
        k = key(name)
        if k is not None:
            forms.setdefault(k, Counter())[name] += count
    best = {k: max(c, key=lambda n: (c[n], -len(n), n)) for k, c in forms.items()}
    out: dict[str, str] = {}
    for name in people:
        k = key(name)
        if k is not None:
            canonical = best[k]
        else:
            owners = {b for (_, last), b in best.items() if last == name.lower()}
            if len(owners) != 1:
                continue
            canonical = owners.pop()
        if canonical != name:
            out[name] = canonical
    return out


def most_named_targets(targets: Any, n: int = 10) -> Any:
    """The ``n`` targets the quotations of the corpus name most often (the ``targets``
    table of :func:`corpus_overview` with ``targets=True``): how many quotations name
    each, in how many articles and by how many speakers, the mean stance toward it and
    how many quotations treat it negatively, neutrally and positively. A target named
    in one article only is that article's story, not the corpus's.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker": ["Ann", "Bo", "Cy"],
    ...                   "target": ["Erewhon", "Erewhon", "Erewhon"],
    ...                   "target_kind": ["place"] * 3, "stance": [-0.5, -0.25, 0.3],
    ...                   "stance_label": ["negative", "negative", "positive"]})
    >>> most_named_targets(t).to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'target': 'Erewhon', 'target_kind': 'place', 'quotes': 3, 'articles': 2, 'speakers': 3,
      'mean stance': -0.15, 'negative': 2, 'neutral': 0, 'positive': 1}]
    """
    import pandas as pd

    labels = ("negative", "neutral", "positive")
    columns = ["target", "target_kind", "quotes", "articles", "speakers", "mean stance", *labels]
    if targets is None or len(targets) == 0:
        return pd.DataFrame(columns=columns)
    table = (
        targets.groupby("target", sort=False)
        .agg(
            target_kind=("target_kind", "first"),
            quotes=("target", "size"),
            articles=("article_id", "nunique"),
            speakers=("speaker", "nunique"),
            **{"mean stance": ("stance", "mean")},
            **{label: ("stance_label", lambda v, x=label: int((v == x).sum())) for label in labels},
        )
        .reset_index()
    )
    table["mean stance"] = table["mean stance"].round(3)
    table = table.sort_values(["quotes", "articles", "target"], ascending=[False, False, True])
    return table[columns].head(n).reset_index(drop=True)


def sentiment_by(quotes: Any, by: str = "role", min_quotes: int = 1) -> Any:
    """:func:`nbutils.reactions.summarise` across the corpus — n, words, mean,
    sd, min, max of the quotations' sentiment for each ``by`` value (``role``,
    ``group`` or ``speaker``) — keeping groups with at least ``min_quotes``
    quotations, most positive first (the order of a sentiment chart).

    >>> import pandas as pd
    >>> q = pd.DataFrame({"role": ["a", "a", "b", "c"], "sentiment": [0.5, -0.1, -0.6, 0.9],
    ...                   "words": [3, 4, 5, 6], "speaker": ["X", "X", "Y", None]})
    >>> sentiment_by(q)[["role", "quotes", "mean"]].to_dict("list")
    {'role': ['c', 'a', 'b'], 'quotes': [1, 2, 1], 'mean': [0.9, 0.2, -0.6]}
    >>> sentiment_by(q, "speaker", min_quotes=2)[["speaker", "quotes"]].to_dict("list")
    {'speaker': ['X'], 'quotes': [2]}
    """
    from nbutils.reactions import role_summary, speaker_summary

    table = speaker_summary(quotes) if by == "speaker" else role_summary(quotes, by=by)
    table = table[table["quotes"] >= min_quotes]
    return table.sort_values(["mean", by], ascending=[False, True]).reset_index(drop=True)


def reporting_verbs(quotes: Any, n: int = 15) -> list[tuple[str, int]]:
    """The ``n`` most frequent reporting verbs (cue lemmas) across the corpus.

    >>> import pandas as pd
    >>> reporting_verbs(pd.DataFrame({"cue_lemma": ["say", "say", "tell", None]}))
    [('say', 2), ('tell', 1)]
    """
    from collections import Counter

    if quotes.empty or "cue_lemma" not in quotes:
        return []
    counts = Counter(c for c in quotes["cue_lemma"] if isinstance(c, str) and c)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


__all__ = [
    "ARTICLE_COLUMNS",
    "EXTRA_QUOTE_COLUMNS",
    "FORMATS",
    "QUOTES_OUTPUT",
    "TARGETS_OUTPUT",
    "TARGET_TYPES",
    "QUOTE_COLUMNS",
    "QUOTE_TYPES",
    "CorpusOverview",
    "Guarded",
    "NothingProcessed",
    "Outcome",
    "OutputError",
    "OutputSpec",
    "RunSummary",
    "article_overview",
    "article_targets",
    "corpus_names",
    "article_quotes",
    "article_table",
    "atomic_output",
    "corpus_overview",
    "corpus_path",
    "count_quote_marks",
    "iter_corpus",
    "most_named_targets",
    "most_quoted_speakers",
    "reporting_verbs",
    "run_corpus",
    "sentiment_by",
]
