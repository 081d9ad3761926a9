"""Output files: atomic, regular files only, links followed, permissions kept,
and tables whose integer columns stay integers (issue #11)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pandas as pd
import pytest

from nbutils.corpus import QUOTE_TYPES
from nbutils.outputs import OutputError, OutputSpec, Sink, atomic_output, check_output, table_id


def _write(path: Path, text: str) -> None:
    with atomic_output(path) as (_, fh):
        fh.write(text)


def test_a_symlink_is_followed_the_link_stays_and_its_target_is_replaced(tmp_path: Path):
    target = tmp_path / "data" / "quotes.jsonl"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    _write(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["quotes.jsonl"], "no temp left"


def test_a_dangling_symlink_creates_its_target(tmp_path: Path):
    link = tmp_path / "out.jsonl"
    link.symlink_to(tmp_path / "real.jsonl")
    _write(link, "x")
    assert link.is_symlink() and (tmp_path / "real.jsonl").read_text() == "x"


def test_a_private_file_stays_private(tmp_path: Path):
    """Reproducer: a 0600 output was reset to 0644."""
    out = tmp_path / "private.jsonl"
    out.write_text("secret")
    out.chmod(0o600)
    _write(out, "still secret")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    out.chmod(0o640)
    _write(out, "group may read")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path):
    old = os.umask(0o027)
    try:
        _write(tmp_path / "new.jsonl", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o640


def test_special_files_are_refused_and_left_alone(tmp_path: Path):
    """Reproducer: --output replaced a FIFO (or a device node) with a regular file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="is a FIFO"):
        _write(fifo, "x")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    with pytest.raises(OutputError, match="is a folder"):
        _write(tmp_path, "x")
    link_to_fifo = tmp_path / "to-pipe"
    link_to_fifo.symlink_to(fifo)
    with pytest.raises(OutputError, match="is a FIFO"):
        _write(link_to_fifo, "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "to-pipe"]


def test_a_device_node_is_refused(tmp_path: Path):
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("creating a device node needs root")
    with pytest.raises(OutputError, match="is a character device"):
        _write(device, "x")
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_the_input_is_never_the_output(tmp_path: Path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "x"}\n')
    for same in (
        source,
        tmp_path / "." / "in.jsonl",
        tmp_path / "alias.jsonl",
        tmp_path / "hard.jsonl",
    ):
        if same.name == "alias.jsonl":
            same.symlink_to(source)
        if same.name == "hard.jsonl":
            os.link(source, same)
        with pytest.raises(OutputError, match="is the input file"):
            with atomic_output(same, inputs=[source]):
                pass
    assert source.read_text() == '{"text": "x"}\n'


def test_an_unwritable_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Reproducer: --output into a folder without write permission gave a
    PermissionError traceback."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError) as info:
        _write(tmp_path / "out.jsonl", "x")
    assert "permission denied" in str(info.value).lower() and "\n" not in str(info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder_for_real(tmp_path: Path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="permission denied"):
            check_output(locked / "out.jsonl")
    finally:
        locked.chmod(0o755)


def test_a_missing_folder_is_one_line(tmp_path: Path):
    with pytest.raises(OutputError, match="no such folder"):
        check_output(tmp_path / "nowhere" / "out.jsonl")


def test_parquet_integer_columns_stay_nullable_integers(tmp_path: Path):
    """Reproducer: speaker_start/speaker_end came back as float64 (a quote
    without a speaker has none), and a numeric article id crashed pyarrow."""
    spec = OutputSpec(
        record=lambda i, q: {"id": i, "quotes": q}, rows=lambda i, q: q, columns=QUOTE_TYPES
    )
    quote = {
        "start": 0,
        "end": 5,
        "text": '"Hi"',
        "kind": "direct",
        "speaker": "Ana",
        "speaker_start": 10,
        "speaker_end": 13,
        "speaker_mention": "Ana",
        "role": None,
        "cue": "said",
        "rule": "x",
        "confidence": 0.9,
    }
    orphan = {**quote, "speaker": None, "speaker_start": None, "speaker_end": None}
    out = tmp_path / "q.parquet"
    with atomic_output(out, binary=True) as (_, fh):
        sink = Sink("parquet", spec, fh)
        sink.write(7, [quote, orphan])
        sink.write("b", [orphan])
        sink.close()
    table = pd.read_parquet(out)
    assert str(table["speaker_start"].dtype) == "Int64"
    assert str(table["speaker_end"].dtype) == "Int64"
    assert str(table["start"].dtype) == "Int64" and str(table["confidence"].dtype) == "float64"
    assert table["speaker_start"].tolist()[0] == 10 and table["speaker_start"].isna().sum() == 2
    assert table["id"].tolist() == ["7", "7", "b"]


def test_table_ids_are_json_text():
    assert [table_id(x) for x in ("a", 7, 2.5, True, {"k": 1})] == [
        "a",
        "7",
        "2.5",
        "true",
        '{"k": 1}',
    ]
