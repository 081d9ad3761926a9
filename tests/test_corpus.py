"""Corpus runs: engines agree, input is streamed, bad records are skipped and
reported with their location, outputs are quote tables, files are never clobbered."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pandas as pd
import pytest

from nbutils import cli, config
from nbutils.articles import Article
from nbutils.corpus import (
    QUOTE_COLUMNS,
    OutputSpec,
    atomic_output,
    corpus_path,
    iter_corpus,
    run_corpus,
)
from nbutils.engines import count_quote_marks, map_articles
from nbutils.outputs import OutputError

# --- picklable helpers (module level, so worker processes can import them) -----------


def slow_when_short(article: Article) -> tuple[str, int]:
    """Short articles take longest: results would come back out of order."""
    time.sleep(0.05 if len(article.text) < 20 else 0.0)
    return article.id, len(article.text)


def fails_on_boom(article: Article) -> int:
    if "BOOM" in article.text:
        raise RuntimeError("cannot analyse this one")
    return count_quote_marks(article)


def scaled_marks(article: Article, factor: int) -> int:
    return factor * count_quote_marks(article)


MARKS = OutputSpec(
    record=lambda id, n: {"id": id, "marks": n},
    rows=lambda id, n: [{"marks": n}],
    columns={"marks": "int"},
)


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _record(id: str, text: str) -> str:
    return json.dumps({"id": id, "text": text})


@pytest.fixture
def bad_corpus(tmp_path: Path) -> Path:
    """Five lines: two good articles, broken JSON on line 2, an empty text on line 4."""
    return _jsonl(
        tmp_path / "bad.jsonl",
        [
            _record(
                "good-1", 'The mayor said, "The bridge will reopen in May." Residents cheered.'
            ),
            '{"id": "broken", "text": "no closing brace"',
            _record("good-2", "Rain is expected tomorrow."),
            _record("empty", "   "),
            _record("good-3", "“We are ready,” said Ada Moss, a nurse."),
        ],
    )


# --- engines --------------------------------------------------------------------------


def test_processes_keep_input_order_and_match_serial():
    articles = [Article(f"a{i}", "x" * (5 if i % 3 == 0 else 40 + i)) for i in range(12)]
    serial = list(map_articles(slow_when_short, articles))
    parallel = list(
        map_articles(slow_when_short, articles, engine="processes", jobs=2, chunksize=1, window=4)
    )
    assert parallel == serial
    assert [id for id, _ in parallel] == [a.id for a in articles]


def test_processes_read_the_input_lazily():
    pulled = 0

    def stream():
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield Article(f"a{i}", f'"{i}" said someone.')

    results = map_articles(
        count_quote_marks, stream(), engine="processes", jobs=2, chunksize=4, window=3
    )
    assert next(results) == 2
    assert pulled <= 4 * 4, "only a bounded window of batches is read ahead"
    results.close()


def test_dask_at_a_scheduler_address_matches_serial():
    """--scheduler ADDRESS: connect to a running cluster (here an in-process one)."""
    from distributed import LocalCluster

    articles = [Article(f"a{i}", 'She said, "Yes." ' * (i % 4)) for i in range(1, 30)]
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        remote = list(
            map_articles(
                count_quote_marks,
                articles,
                engine="dask",
                scheduler=cluster.scheduler_address,
                chunksize=4,
            )
        )
    assert remote == list(map_articles(count_quote_marks, articles))


def test_processes_refuse_an_unpicklable_function_clearly():
    with pytest.raises(ValueError, match="picklable"):
        list(map_articles(lambda a: 1, [Article("a", "x")], engine="processes", jobs=1))


# --- the quotes command ---------------------------------------------------------------


def _quotes(args: list[str], capsys) -> tuple[int, str, str]:
    status = cli.main(["quotes", *args, "--quiet"])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_three_engines_give_the_same_quote_table(tmp_path: Path, capsys):
    """Acceptance: serial, local processes and a Dask LocalCluster agree on the demo corpus."""
    pytest.importorskip("nbutils.attribution", reason="the attribution engine is not there yet")
    outputs = {}
    for engine in ("serial", "processes", "dask"):
        out = tmp_path / f"{engine}.jsonl"
        status, _, err = _quotes(
            [
                str(config.DEMO_CORPUS),
                "--engine",
                engine,
                "--jobs",
                "2",
                "--chunksize",
                "2",
                "--output",
                str(out),
            ],
            capsys,
        )
        assert status == 0, err
        assert "0 records skipped" in err
        outputs[engine] = out.read_text(encoding="utf-8")
    assert outputs["processes"] == outputs["serial"]
    assert outputs["dask"] == outputs["serial"]

    records = [json.loads(line) for line in outputs["serial"].splitlines()]
    ids = [a.id for a in iter_corpus("")]
    assert [r["id"] for r in records] == ids, "one line per article, in input order"
    quotes = [q for r in records for q in r["quotes"]]
    assert quotes and all(tuple(q) == QUOTE_COLUMNS for q in quotes)
    texts = {a.id: a.text for a in iter_corpus("")}
    for r in records:
        for q in r["quotes"]:
            assert texts[r["id"]][q["start"] : q["end"]] == q["text"], "offsets index the text"


def test_a_bad_line_is_reported_with_its_location_and_the_run_goes_on(bad_corpus: Path, capsys):
    pytest.importorskip("nbutils.attribution", reason="the attribution engine is not there yet")
    status, out, err = _quotes([str(bad_corpus)], capsys)
    assert status == 0
    assert f"{bad_corpus}:2" in err and "not valid JSON" in err
    assert f"{bad_corpus}:4" in err
    assert "2 records skipped" in err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["good-1", "good-2", "good-3"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_csv_and_parquet_hold_a_quote_table(fmt: str, tmp_path: Path, capsys):
    pytest.importorskip("nbutils.attribution", reason="the attribution engine is not there yet")
    out = tmp_path / f"quotes.{fmt}"
    status, _, err = _quotes([str(config.DEMO_CORPUS), "--format", fmt, "-o", str(out)], capsys)
    assert status == 0, err
    table = pd.read_csv(out) if fmt == "csv" else pd.read_parquet(out)
    assert list(table.columns) == ["id", *QUOTE_COLUMNS]
    jsonl = tmp_path / "quotes.jsonl"
    _quotes([str(config.DEMO_CORPUS), "-o", str(jsonl)], capsys)
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(table) == sum(len(r["quotes"]) for r in records), "one row per quotation"
    assert set(table["id"]) == {r["id"] for r in records if r["quotes"]}


def test_another_command_can_reuse_the_machinery_with_its_own_options(tmp_path: Path, capsys):
    """How the sentiment command (or any other) plugs in: its options, its function."""
    from functools import partial

    from nbutils.cli import run_command

    corpus = _jsonl(tmp_path / "c.jsonl", [_record("a", 'He said "hi".'), _record("b", "No.")])
    status = run_command(
        [str(corpus), "--factor", "10", "--jobs", "2", "-q"],
        "marks",
        "Count marks.",
        count_quote_marks,
        MARKS,
        "row",
        add_arguments=lambda p: p.add_argument("--factor", type=int, default=1),
        make_func=lambda args: partial(scaled_marks, factor=args.factor),
    )
    out, err = capsys.readouterr()
    assert status == 0 and "2 local processes" in err
    assert [json.loads(line)["marks"] for line in out.splitlines()] == [20, 0]


# --- failures never lose or clobber anything ------------------------------------------


def test_an_article_the_analysis_fails_on_is_skipped_and_named(tmp_path: Path, capsys):
    corpus = _jsonl(
        tmp_path / "c.jsonl",
        [
            _record("ok", 'He said "hi".'),
            _record("bad", "BOOM goes the parser"),
            _record("ok2", "Quiet."),
        ],
    )
    out = tmp_path / "marks.jsonl"
    summary = run_corpus(
        corpus,
        fails_on_boom,
        MARKS,
        output=out,
        engine="processes",
        jobs=2,
        quiet=True,
        prog="test",
        chunksize=1,
    )
    err = capsys.readouterr().err
    assert (summary.articles, summary.skipped) == (2, 1)
    assert "'bad'" in err and "RuntimeError: cannot analyse this one" in err
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["ok", "ok2"]


def test_a_run_where_nothing_succeeds_leaves_the_previous_output(tmp_path: Path, capsys):
    corpus = _jsonl(tmp_path / "all-bad.jsonl", ["{oops", _record("e", "")])
    out = tmp_path / "quotes.jsonl"
    out.write_text("previous good output\n")
    status, _, err = _quotes([str(corpus), "--output", str(out)], capsys)
    assert status == 1
    assert "no article could be processed" in err and "2 records skipped" in err
    assert out.read_text() == "previous good output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all-bad.jsonl", "quotes.jsonl"]


def test_a_failure_midway_does_not_clobber_the_output(tmp_path: Path):
    corpus = _jsonl(
        tmp_path / "c.jsonl", [_record(f"a{i}", f'"{i}," she said.') for i in range(50)]
    )
    out = tmp_path / "marks.csv"
    out.write_text("id,marks\nold,1\n")

    def record(id: str, n: int) -> dict:
        if id == "a30":
            raise OSError("disk full")
        return {"id": id, "marks": n}

    spec = OutputSpec(record=record, rows=lambda id, n: [record(id, n)], columns={"marks": "int"})
    with pytest.raises(OSError, match="disk full"):
        run_corpus(corpus, count_quote_marks, spec, fmt="csv", output=out, quiet=True)
    assert out.read_text() == "id,marks\nold,1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "marks.csv"]


def test_atomic_output_replaces_only_on_success(tmp_path: Path):
    target = tmp_path / "t.txt"
    with atomic_output(target) as (_, fh):
        fh.write("new")
    assert target.read_text() == "new"
    with pytest.raises(OutputError, match="no such folder"):
        with atomic_output(tmp_path / "missing" / "t.txt"):
            pass


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["in.jsonl"], ("serial", "jsonl")),
        (["in.jsonl", "-o", "q.parquet"], ("serial", "parquet")),
        (["in.jsonl", "-o", "q.CSV", "--jobs", "3"], ("processes", "csv")),
        (["in.jsonl", "-o", "q.csv", "--format", "jsonl"], ("serial", "jsonl")),
        (["in.jsonl", "--scheduler", "tcp://h:8786"], ("dask", "jsonl")),
        (["in.jsonl", "--engine", "dask"], ("dask", "jsonl")),
    ],
)
def test_engine_and_format_follow_the_options(argv: list[str], expected: tuple[str, str]):
    import argparse

    from nbutils.cli import add_corpus_arguments, resolve_options

    parser = argparse.ArgumentParser()
    add_corpus_arguments(parser)
    assert resolve_options(parser.parse_args(argv), parser) == expected


def test_usage_errors_exit_2_with_one_line(tmp_path: Path, capsys):
    status, _, err = _quotes([str(tmp_path / "nowhere.jsonl")], capsys)
    assert status == 2 and "no such file or folder" in err and "Traceback" not in err
    for bad in (
        ["--format", "parquet"],
        ["--engine", "serial", "--scheduler", "tcp://h:1"],
        ["--jobs", "0"],
    ):
        with pytest.raises(SystemExit) as exc:
            cli.main(["quotes", str(config.DEMO_CORPUS), *bad])
        assert exc.value.code == 2
        assert "error:" in capsys.readouterr().err


def test_the_demo_corpus_is_marked_fictional():
    articles = list(iter_corpus(""))
    assert corpus_path("") == config.DEMO_CORPUS
    assert (
        config.DEFAULT_ARTICLE.read_bytes()
        == (config.DEMO_CORPUS / config.DEFAULT_ARTICLE.name).read_bytes()
    )
    fictional = [a for a in articles if a.metadata.get("fictional") is True]
    assert 4 <= len(fictional) == len(articles) - 1
    assert any(count_quote_marks(a) == 0 for a in fictional), "one article without quotes"
    assert "fictional" in (config.DEMO_CORPUS / "README.md").read_text().lower()


def test_corpus_targets_carry_the_stance_toward_whom_each_quotation_names(tmp_path: Path):
    from nbutils.corpus import corpus_overview, most_named_targets
    from nbutils.views import corpus_findings

    (tmp_path / "a.txt").write_text(
        'Mayor Ana Ruiz spoke on Monday. "Governor Tom Bell has betrayed this city," Ruiz said.\n',
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        '"Governor Tom Bell deserves real credit for the rescue," said Lena Ford, a nurse.\n',
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        '"I never trusted Bell, a liar," said Jo Kerr, a teacher.\n', encoding="utf-8"
    )
    plain = corpus_overview(tmp_path)
    assert plain.targets is None, "targets only when asked for: the stance model is slower"
    overview = corpus_overview(tmp_path, targets=True)
    assert overview.quotes.drop(columns="sentiment").equals(plain.quotes.drop(columns="sentiment"))
    bell = overview.targets[overview.targets["target"] == "Tom Bell"]
    assert set(bell["article_id"]) == {"a", "b", "c"}, "one name per person across articles"
    assert set(bell["name_in_article"]) == {"Tom Bell", "Bell"}
    by_article = bell.set_index("article_id")["stance"]
    assert by_article["a"] < 0 < by_article["b"]
    top = most_named_targets(overview.targets)
    assert top.loc[0, "target"] == "Tom Bell" and top.loc[0, "articles"] == 3
    bullets = corpus_findings(overview.articles, overview.quotes, overview.targets).bullets
    assert any(b.startswith("Stance toward whom") and "Tom Bell" in b for b in bullets)


def test_the_targets_command_writes_a_target_table_joined_by_quote_start(tmp_path: Path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        '"Governor Tom Bell has betrayed this city," said Mayor Ana Ruiz.\n', encoding="utf-8"
    )
    (corpus / "b.txt").write_text("Nobody was quoted.\n", encoding="utf-8")
    out = tmp_path / "targets.csv"
    assert cli.main(["targets", str(corpus), "--output", str(out), "--quiet"]) == 0
    table = pd.read_csv(out)
    assert list(table.columns[:3]) == ["id", "quote_start", "speaker"]
    row = table.set_index("target").loc["Tom Bell"]
    assert (row["id"], row["quote_start"], row["speaker"]) == ("a", 0, "Ana Ruiz")
    assert row["stance_label"] == "negative" and row["stance"] < 0
    assert "1 target from 2 articles" in capsys.readouterr().err


def test_a_corpus_of_which_nothing_can_be_read_is_one_error_not_empty_tables(tmp_path):
    """Notebook 04 run by papermill on such a corpus went on to show a page of empty
    tables; render refuses it, and so does the notebook's first step now."""
    from nbutils.articles import ArticleError
    from nbutils.corpus import article_table

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\nnot json\n', encoding="utf-8")
    seen: list[str] = []
    with pytest.raises(ArticleError, match=r"bad.jsonl: no article could be read \(2 records"):
        article_table(bad, report=seen.append)
    assert len(seen) == 2, "each bad record is still reported"
    header_only = tmp_path / "empty.csv"
    header_only.write_text("text\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="no article could be read .it holds no records"):
        article_table(header_only, report=None)
