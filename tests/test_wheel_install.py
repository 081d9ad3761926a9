"""A non-editable install behaves like the editable one: the lexicons are package data.

Builds the wheel, installs it with ``pip install --target`` into a temporary folder and runs
``python -m nbutils quotes`` from outside the repository on the default article: the same
13 quotations as the editable install, byte for byte. (Slow: it builds a wheel.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nbutils.config import DEFAULT_ARTICLE, ROOT

pytestmark = pytest.mark.slow


def _run(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_wheel_installed_outside_the_repository_finds_the_same_quotes(tmp_path: Path) -> None:
    wheels, site, elsewhere = tmp_path / "wheels", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    source = tmp_path / "source"  # a copy: building leaves build/ and *.egg-info behind
    shutil.copytree(
        ROOT / "nbutils", source / "nbutils", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    built = _run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(wheels)],
        cwd=tmp_path,
    )
    if built.returncode != 0:
        pytest.skip(f"cannot build the wheel here: {built.stderr.strip()[-200:]}")
    wheel = next(wheels.glob("nbutils-*.whl"))
    installed = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr
    assert (site / "nbutils" / "resources" / "reporting_cues.tsv").is_file()

    env = {**os.environ, "PYTHONPATH": str(site)}
    where = _run([sys.executable, "-c", "import nbutils; print(nbutils.__file__)"], elsewhere, env)
    assert where.stdout.strip().startswith(str(site))  # the wheel, not the repository
    command = [sys.executable, "-m", "nbutils", "quotes", str(DEFAULT_ARTICLE), "--quiet"]
    from_wheel = _run(command, elsewhere, env)
    editable = _run(command, ROOT)
    assert from_wheel.returncode == 0, from_wheel.stderr
    assert from_wheel.stdout == editable.stdout
    assert len(json.loads(from_wheel.stdout)["quotes"]) == 13
