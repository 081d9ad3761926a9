"""NLTK data: installation with nltk's own Downloader, and clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import nltk
import pytest

from nbutils import nltkdata


def test_every_package_is_installed_in_this_environment():
    assert nltkdata.missing_packages() == []


def test_require_names_the_fix():
    with pytest.raises(nltkdata.NLTKDataMissing) as info:
        nltkdata.require("punkt_tab", "surely_not_a_package")
    message = str(info.value)
    assert "surely_not_a_package" in message and "punkt_tab" not in message
    assert "make nltk-data" in message and "\n" not in message


def test_install_from_mirror_into_a_fresh_folder(tmp_path: Path, monkeypatch):
    mirror = os.environ.get(nltkdata.MIRROR_ENV)
    if not mirror:
        pytest.skip(f"{nltkdata.MIRROR_ENV} is not set (no offline mirror to install from)")
    saved = list(nltk.data.path)
    dest = tmp_path / "nltk_data"
    try:
        # Only the fresh folder is searched, so 'names' counts as missing there.
        nltk.data.path[:] = []
        monkeypatch.setattr(nltkdata, "data_dir", lambda: dest)
        installed = nltkdata.install(["names"], quiet=True)
        assert installed == ["names"]
        assert (dest / "corpora" / "names").is_dir()
        assert oct(dest.stat().st_mode & 0o777) == oct(0o700)
        assert nltkdata.install(["names"], quiet=True) == []  # second run: nothing to do
    finally:
        nltk.data.path[:] = saved


def test_bad_mirror_is_one_clear_error(tmp_path: Path):
    saved = list(nltk.data.path)
    try:
        nltk.data.path[:] = []
        with pytest.raises(FileNotFoundError, match="no NLTK index.xml"):
            nltkdata.install(
                ["names"], download_dir=tmp_path / "d", mirror=str(tmp_path), quiet=True
            )
    finally:
        nltk.data.path[:] = saved


def test_dir_counts_only_what_is_in_that_folder(tmp_path: Path, monkeypatch, capsys):
    """Reproducer: `nltk-data --dir EMPTY` said 'all 12 packages present in EMPTY'
    because it looked on the whole NLTK data path, where the packages are."""
    assert nltkdata.missing_packages(["names"]) == [], "installed in this environment"
    empty = tmp_path / "empty"
    assert nltkdata.missing_packages(["names"], folder=empty) == ["names"]
    mirror = os.environ.get(nltkdata.MIRROR_ENV)
    saved = list(nltk.data.path)
    try:
        if mirror:
            assert nltkdata.install(["names"], download_dir=empty) == ["names"]
            assert (empty / "corpora" / "names").is_dir()
            assert nltkdata.install(["names"], download_dir=empty) == []
            assert f"present in {empty}" in capsys.readouterr().out
        else:  # no mirror: the install must at least try (and fail), not claim success
            monkeypatch.setattr(
                nltkdata,
                "_mirror_index",
                lambda *a: (_ for _ in ()).throw(FileNotFoundError("no mirror")),
            )
            with pytest.raises(FileNotFoundError):
                nltkdata.install(["names"], download_dir=empty, mirror="/nowhere", quiet=True)
    finally:
        nltk.data.path[:] = saved
