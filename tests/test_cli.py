"""The command line (issue #11): every error one line with a clear exit status,
outputs that never destroy a file, a killed run that leaves no debris, and a
command layer that no library module imports."""

from __future__ import annotations

import ast
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from nbutils import cli, config

PY = sys.executable
POSITIVE = "This is a wonderful achievement and we are proud and grateful."


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _run(args: list[str], timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PY, "-m", "nbutils", *args],
        cwd=config.ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line, got: {err!r}"
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return _jsonl(
        tmp_path / "in.jsonl",
        [{"id": "a", "text": POSITIVE}, {"id": "b", "text": "The bus was late."}],
    )


def _sentiment(args: list[str], capsys) -> tuple[int, str, str]:
    status = cli.main(["sentiment", *args, "--model", "vader", "--quiet"])
    out, err = capsys.readouterr()
    return status, out, err


# --- outputs that never destroy a file ----------------------------------------------


def test_output_equal_to_input_is_refused_and_the_input_kept(corpus: Path, capsys):
    """Reproducer: --output equal to the input overwrote the input."""
    before = corpus.read_bytes()
    status, _, err = _sentiment([str(corpus), "--output", str(corpus)], capsys)
    assert status == 2 and "is the input file" in _one_line_error(err)
    assert corpus.read_bytes() == before


def test_special_outputs_are_refused_in_one_line(corpus: Path, tmp_path: Path, capsys):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target, words in ((fifo, "FIFO"), (folder, "is a folder")):
        status, _, err = _sentiment([str(corpus), "--output", str(target)], capsys)
        assert status == 2 and words in _one_line_error(err)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and folder.is_dir()


def test_a_symlinked_private_output_keeps_link_and_mode(corpus: Path, tmp_path: Path, capsys):
    target = tmp_path / "scores-v1.jsonl"
    target.write_text("old\n")
    target.chmod(0o600)
    link = tmp_path / "scores.jsonl"
    link.symlink_to(target.name)
    status, _, err = _sentiment([str(corpus), "--output", str(link)], capsys)
    assert status == 0, err
    assert link.is_symlink() and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [json.loads(x)["id"] for x in target.read_text().splitlines()] == ["a", "b"]


def test_an_unwritable_output_folder_is_one_line(
    corpus: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    import tempfile

    monkeypatch.setattr(
        tempfile,
        "mkstemp",
        lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "Permission denied")),
    )
    status, _, err = _sentiment([str(corpus), "--output", str(tmp_path / "o.jsonl")], capsys)
    assert status == 2 and "Permission denied" in _one_line_error(err)


# --- every error one line, a clear exit status ----------------------------------------


def test_an_unreachable_scheduler_fails_soon_naming_the_address(corpus: Path):
    """Reproducer: --scheduler tcp://127.0.0.1:1 waited 30 s, then two chained tracebacks."""
    from nbutils.engines import CONNECT_TIMEOUT

    assert CONNECT_TIMEOUT <= 10
    run = _run(
        ["sentiment", str(corpus), "--model", "vader", "--scheduler", "tcp://127.0.0.1:1"],
        timeout=120,
    )
    assert run.returncode == 1
    line = _one_line_error(run.stderr)
    assert "tcp://127.0.0.1:1" in line and "cannot reach the Dask scheduler" in line


@pytest.mark.parametrize("address", ["garbage", "tcp://host", "http://h:1", "tcp://h:99999"])
def test_a_malformed_scheduler_address_is_a_usage_error(corpus: Path, address: str, capsys):
    """Reproducer: --scheduler garbage ended in a ValueError traceback."""
    with pytest.raises(SystemExit) as exc:
        cli.main(["sentiment", str(corpus), "--scheduler", address])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"{address!r} is not a Dask scheduler address" in err and "Traceback" not in err


def test_an_unexpected_error_is_one_line_with_status_1(
    corpus: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("something nobody foresaw\nsecond line")

    monkeypatch.setattr(cli, "run_corpus", broken)
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    status, _, err = _sentiment([str(corpus)], capsys)
    assert status == 1
    assert _one_line_error(err) == (
        "nbutils sentiment: error: RuntimeError: something nobody "
        f"foresaw (set {cli.DEBUG_ENV}=1 to see the traceback)"
    )


def test_a_full_disk_is_one_line_with_status_1(
    corpus: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    from nbutils import outputs

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", full)
    out = tmp_path / "o.jsonl"
    out.write_text("previous\n")
    status, _, err = _sentiment([str(corpus), "--output", str(out)], capsys)
    assert status == 1 and "No space left on device" in _one_line_error(err)
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "o.jsonl"]


def test_bad_input_through_python_m_is_one_line(tmp_path: Path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"caf\xe9")
    for args, words in (
        (["quotes", str(tmp_path / "missing.jsonl")], "no such file"),
        (["sentiment", str(latin1)], "not valid UTF-8 at line 1, column 4"),
    ):
        run = _run(args)
        assert run.returncode == 2 and words in _one_line_error(run.stderr)


# --- a killed run leaves no debris ----------------------------------------------------


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _default_sigint() -> None:
    """In the child before it runs: SIGINT back to its default (Python then turns it into
    KeyboardInterrupt), whatever the test runner's own disposition was."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt_long_run(
    tmp_path: Path, jobs: str, needed: int, signal_it, new_session: bool = False
) -> tuple[int, str, list[int]]:
    """Start a long ``sentiment --output out.jsonl`` run in ``tmp_path``, wait until its
    temporary file and ``needed`` child processes exist, call ``signal_it(proc)`` and wait:
    (exit status, what it printed on stderr, the processes it had started)."""
    corpus = _jsonl(
        tmp_path / "big.jsonl", [{"id": i, "text": POSITIVE * 40} for i in range(20_000)]
    )
    command = [PY, "-m", "nbutils", "sentiment", str(corpus), "--model", "vader"]
    command += ["--jobs", jobs, "--chunksize", "4", "--output", str(tmp_path / "out.jsonl")]
    with (tmp_path / "stderr.txt").open("w") as log:
        proc = subprocess.Popen(
            command,
            cwd=config.ROOT,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=new_session,
            # (Ctrl-C as a terminal delivers it, even when the tests were started in the
            # background, where the shell makes every child ignore SIGINT)
            preexec_fn=_default_sigint,
        )
        try:
            deadline = time.monotonic() + 240
            while time.monotonic() < deadline and proc.poll() is None:
                if (
                    list(tmp_path.glob(".out.jsonl.*.tmp"))
                    and len(_descendants(proc.pid)) >= needed
                ):
                    break
                time.sleep(0.2)
            time.sleep(1.0)  # well inside the run
            assert proc.poll() is None, "the run ended before it could be signalled"
            family = _descendants(proc.pid)
            signal_it(proc)
            status = proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
    return status, (tmp_path / "stderr.txt").read_text(), family


def _outliving(family: list[int]) -> list[int]:
    """The processes of ``family`` still alive 10 s later (killed, never left behind)."""
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in family) and time.monotonic() < deadline:
        time.sleep(0.2)
    alive = [p for p in family if _alive(p)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    return alive


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_removes_the_temporary_file_and_stops_the_workers(tmp_path: Path, jobs: str):
    """Reproducer: SIGTERM left out.jsonl.XXXX.tmp and, with --jobs 2, worker
    processes still running a minute later."""
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    needed = 3 if jobs == "2" else 0  # forkserver + 2 workers (+ resource tracker)
    status, err, family = _interrupt_long_run(
        tmp_path, jobs, needed, lambda proc: proc.send_signal(signal.SIGTERM)
    )
    assert status == 128 + signal.SIGTERM, err
    assert "terminated" in _one_line_error(err)
    assert out.read_text() == "previous\n"
    assert not list(tmp_path.glob(".out.jsonl.*")), "the temporary file is removed"
    assert _outliving(family) == [], "no worker process outlives the run"


def test_make_clean_removes_stale_render_folders(tmp_path: Path):
    """A killed render leaves reports/.<id>.XXXXXXXX/ (see nbutils.report)."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    reports = tmp_path / "reports"
    for folder in ("2025-03-01-a", ".2025-03-01-a.k3j_x9q2", "b.failed"):
        (reports / folder).mkdir(parents=True)
        (reports / folder / "index.html").write_text("x")
    (reports / ".gitkeep").write_text("")
    run = subprocess.run(
        ["make", "-f", str(config.ROOT / "Makefile"), f"ROOT={tmp_path}", "clean"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in reports.iterdir()) == [".gitkeep"]


# --- smaller ---------------------------------------------------------------------------


def test_duplicate_ids_warn_once_with_the_count(tmp_path: Path, capsys):
    corpus = _jsonl(tmp_path / "dup.jsonl", [{"id": i % 2, "text": POSITIVE} for i in range(5)])
    status, out, err = _sentiment([str(corpus)], capsys)
    assert status == 0 and len(out.splitlines()) == 5, "nothing is dropped"
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert warnings == [
        "nbutils sentiment: warning: 3 articles repeat an id seen before "
        "(first: 0); their output shares that id"
    ]


def test_a_dict_id_is_written_as_json_text(tmp_path: Path, capsys):
    corpus = _jsonl(
        tmp_path / "ids.jsonl",
        [{"id": {"site": "x", "n": 1}, "text": POSITIVE}, {"id": 3, "text": POSITIVE}],
    )
    status, out, _ = _sentiment([str(corpus)], capsys)
    assert status == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == ['{"site":"x","n":1}', 3]


def test_an_excel_csv_keeps_its_ids_through_the_command(tmp_path: Path, capsys):
    table = tmp_path / "excel.csv"
    table.write_bytes(b"\xef\xbb\xbfid,text\r\nr1,Great news.\r\nr2,Bad news.\r\n")
    status, out, err = _sentiment([str(table)], capsys)
    assert status == 0, err
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["r1", "r2"]


def test_parquet_scores_with_numeric_ids(tmp_path: Path, capsys):
    corpus = _jsonl(tmp_path / "n.jsonl", [{"id": 1, "text": POSITIVE}, {"id": 2, "text": "No."}])
    out = tmp_path / "s.parquet"
    status, _, err = _sentiment([str(corpus), "-o", str(out)], capsys)
    assert status == 0, err
    assert pd.read_parquet(out)["id"].tolist() == ["1", "2"]


def test_quote_parquet_speaker_offsets_are_nullable_integers(tmp_path: Path, capsys):
    pytest.importorskip("nbutils.attribution")
    corpus = _jsonl(
        tmp_path / "q.jsonl",
        [{"id": "a", "text": '"We will win," said Ana Lopez, the mayor.\n"Maybe," a voice said.'}],
    )
    out = tmp_path / "q.parquet"
    assert cli.main(["quotes", str(corpus), "-o", str(out), "-q"]) == 0, capsys.readouterr().err
    table = pd.read_parquet(out)
    assert str(table["speaker_start"].dtype) == "Int64" == str(table["speaker_end"].dtype)


# --- the command layer ---------------------------------------------------------------


def test_commands_is_a_simple_table_of_importable_functions():
    import importlib

    for name, (module, func, help_line) in cli.COMMANDS.items():
        assert callable(getattr(importlib.import_module(module), func)), name
        assert help_line and name in cli.USAGE


def test_no_library_module_imports_the_command_line():
    """The command line is the top layer; this also removes the import cycle
    corpus → reactions → sentiment → corpus (sentiment's command used corpus)."""
    package = config.ROOT / "nbutils"
    for path in sorted(package.glob("*.py")):
        if path.stem in ("cli", "__main__"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        imported |= {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        imported |= {
            f"nbutils.{alias.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "nbutils"
            for alias in node.names
        }
        assert "nbutils.cli" not in imported, f"{path.name} imports the command line"
        if path.stem == "sentiment":
            assert "nbutils.corpus" not in imported, "the sentiment → corpus edge is gone"


def test_moved_names_are_importable_where_they_are_used():
    from nbutils.cli import (  # noqa: F401
        add_corpus_arguments,
        quotes_main,
        resolve_options,
        run_command,
        score_article,
        sentiment_main,
    )
    from nbutils.corpus import OutputSpec, atomic_output, run_corpus  # noqa: F401


def test_an_ignored_hangup_stays_ignored():
    """Under nohup (SIGHUP ignored) a hangup must not stop the run."""
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with cli.terminate_cleanly():
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_IGN, signal.SIG_DFL)
            with pytest.raises(cli.Terminated):
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(1)  # the handler runs between bytecodes
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGHUP, previous)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_ctrl_c_with_workers_is_one_line(tmp_path: Path):
    """Ctrl-C reaches the whole process group: the workers must neither die with
    a traceback each nor outlive the run; the main process prints one line."""
    status, err, family = _interrupt_long_run(
        tmp_path, "2", 3, lambda proc: os.killpg(proc.pid, signal.SIGINT), new_session=True
    )
    assert status == 130 and "interrupted" in _one_line_error(err)
    out = tmp_path / "out.jsonl"
    assert not out.exists() and not list(tmp_path.glob(".out.jsonl.*"))
    assert _outliving(family) == []


def test_make_reports_echoes_one_clean_command_line():
    """Reproducer: the recipe echoed a multi-line command with backslashes."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    run = subprocess.run(
        [
            "make",
            "-n",
            "-f",
            str(config.ROOT / "Makefile"),
            "reports",
            "ARTICLE=a.txt",
            "NOTEBOOK=02 03",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=config.ROOT,
    )
    render = [line for line in run.stdout.splitlines() if "nbutils render" in line]
    assert len(render) == 1 and "\\" not in render[0]
    assert render[0].endswith('nbutils render --article "a.txt" --notebook 02 --notebook 03')


def test_output_piped_into_a_reader_that_stops_ends_quietly() -> None:
    # `nbutils --help | head -1` printed a BrokenPipeError traceback: the reader went away
    code = (
        "import os, sys; r, w = os.pipe(); os.close(r); os.dup2(w, 1); "
        "from nbutils.__main__ import run; sys.exit(run())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 141, done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr


def test_stance_given_an_article_says_what_it_reads(tmp_path: Path, capsys):
    article = tmp_path / "ferry.txt"
    article.write_text("'We have been forgotten,' said Ann Lee.\n", encoding="utf-8")
    assert cli.main(["stance", str(article)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "ferry.txt:1: not valid JSON" in line
    assert "stance reads JSONL" in line and "nbutils targets FILE" in line


def test_a_format_that_contradicts_the_output_name_is_refused(corpus: Path, tmp_path: Path, capsys):
    """Reproducer: --format parquet --output x.jsonl wrote Parquet under a JSONL name."""
    target = tmp_path / "x.jsonl"
    with pytest.raises(SystemExit) as exc:
        _sentiment([str(corpus), "--format", "parquet", "--output", str(target)], capsys)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "does not match --output" in err.splitlines()[-1]
    assert not target.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["quotes"],
        ["quotes", "x.txt", "--jobs", "0"],
        ["quotes", "x.txt", "--jobs", "many"],
        ["quotes", "x.txt", "--format", "xml"],
        ["sentiment", "x.txt", "--bogus"],
        ["stance"],
        ["render", "--jobs", "abc"],
        ["nltk-data", "--bogus"],
    ],
    ids=lambda a: " ".join(a),
)
def test_a_bad_option_is_one_line_naming_the_command_and_where_help_is(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    line = _one_line_error(capsys.readouterr().err)
    assert line.startswith(f"nbutils {argv[0]}: error: ") and "usage:" not in line
    assert line.endswith(f"(python -m nbutils {argv[0]} --help lists the options)")


def test_an_unknown_command_is_one_line_listing_the_commands(capsys):
    assert cli.main(["frobnicate"]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "unknown command 'frobnicate'" in line and "quotes" in line and "render" in line


def test_usage_errors_of_other_parsers_are_left_alone(capsys):
    import argparse

    with cli.one_line_usage_errors("nbutils quotes"):
        with pytest.raises(SystemExit):
            argparse.ArgumentParser(prog="papermill").parse_args(["--bogus"])
    assert "usage: papermill" in capsys.readouterr().err


def test_an_output_that_is_an_article_or_its_sidecar_is_never_replaced(tmp_path: Path, capsys):
    """Reproducer: '--output story.txt' replaced an article with JSONL, and
    'quotes FOLDER --output FOLDER/one.txt' replaced one of the input articles."""
    folder = tmp_path / "articles"
    folder.mkdir()
    one, two = folder / "one.txt", folder / "two.txt"
    one.write_text('"We won," said Ann Lee.\n', encoding="utf-8")
    two.write_text('"We lost," said Tom Ward.\n', encoding="utf-8")
    sidecar = folder / "two.json"
    sidecar.write_text('{"title": "Lost"}', encoding="utf-8")
    before = {p: p.read_bytes() for p in folder.iterdir()}
    for argv in (
        ["quotes", str(one), "--output", str(two)],
        ["quotes", str(folder), "--output", str(one)],
        ["quotes", str(one), "--output", str(sidecar)],
        ["stance", str(one), "--output", str(two)],
    ):
        assert cli.main(argv) == 2, argv
        line = _one_line_error(capsys.readouterr().err)
        assert "refusing to replace it" in line or "is the input file" in line, line
    assert {p: p.read_bytes() for p in folder.iterdir()} == before
    out = tmp_path / "quotes.jsonl"
    out.write_text("previous\n")
    assert cli.main(["quotes", str(one), "--output", str(out), "--quiet"]) == 0
    assert json.loads(out.read_text())["id"] == "one", "an earlier result is replaced"


def test_a_csv_without_a_text_column_says_which_option_names_it(tmp_path: Path, capsys):
    table = tmp_path / "c.csv"
    table.write_text('id,body\n1,"Ann said ""yes"" today."\n', encoding="utf-8")
    assert cli.main(["quotes", str(table)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "no column 'text' (columns: id, body)" in line and "--text-column NAME" in line
