"""The environment files agree, and the README's two commands come first."""

from __future__ import annotations

import re
import tomllib

import yaml

from nbutils import config


def _name_spec(requirement: str) -> tuple[str, str]:
    m = re.match(r"\s*([A-Za-z0-9_.-]+)\s*(.*)", requirement)
    assert m, requirement
    return m.group(1).lower().replace("_", "-"), m.group(2).replace(" ", "")


def test_environment_yml_agrees_with_pyproject():
    project = tomllib.loads((config.ROOT / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((config.ROOT / "environment.yml").read_text())
    assert "conda-forge" in env["channels"]
    conda = dict(_name_spec(d) for d in env["dependencies"] if isinstance(d, str))
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip
    python = conda.pop("python")
    assert python == ">=3.11" and project["requires-python"] == ">=3.11"
    conda.pop("pip")
    wanted = dict(_name_spec(d) for d in project["dependencies"])
    wanted.update(_name_spec(d) for d in project["optional-dependencies"]["test"])
    assert conda == wanted


def test_required_libraries_are_declared():
    project = tomllib.loads((config.ROOT / "pyproject.toml").read_text())["project"]
    names = {_name_spec(d)[0] for d in project["dependencies"]}
    assert {
        "jupyterlab",
        "nltk",
        "matplotlib",
        "seaborn",
        "papermill",
        "pandas",
        "nbconvert",
        "ipykernel",
    } <= names


def test_makefile_targets_and_readme_commands():
    makefile = (config.ROOT / "Makefile").read_text()
    for target in ("help", "reports", "test", "lab", "lint", "nltk-data"):
        assert re.search(rf"^{target}:.*## ", makefile, re.M), target
    readme = (config.ROOT / "README.md").read_text()
    first_block = re.search(r"```(?:sh|bash)?\n(.*?)```", readme, re.S).group(1)
    assert "make reports" in first_block and "make test" in first_block
    ci = (config.ROOT / ".ci" / "run").read_text()
    assert "make test" in ci and "NBUTILS_NLTK_MIRROR" in ci


def test_generated_reports_are_not_committed():
    ignore = (config.ROOT / ".gitignore").read_text().split()
    assert "reports/*" in ignore and ".venv/" in ignore


def _locked() -> dict[str, list[str]]:
    """Package name -> the locked entries (one per marker), from requirements.lock."""
    lock = (config.ROOT / "requirements.lock").read_text()
    entries: dict[str, list[str]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock):
        m = re.match(r"([A-Za-z0-9_.-]+)==(\S+)", block)
        if m:
            entries.setdefault(m.group(1).lower().replace("_", "-"), []).append(block)
    return entries


def test_the_lock_file_pins_every_dependency_with_hashes():
    project = tomllib.loads((config.ROOT / "pyproject.toml").read_text())["project"]
    wanted = [_name_spec(d)[0] for d in project["dependencies"]]
    wanted += [_name_spec(d)[0] for d in project["optional-dependencies"]["test"]]
    locked = _locked()
    assert not [name for name in wanted if name not in locked], "make lock"
    for name, blocks in locked.items():
        for block in blocks:
            assert "--hash=sha256:" in block, f"{name} is locked without a hash"
    makefile = (config.ROOT / "Makefile").read_text()
    assert "--require-hashes -r" in makefile and "requirements.lock" in makefile
    assert re.search(r"^lock:.*## ", makefile, re.M)


def test_locked_versions_satisfy_pyproject():
    project = tomllib.loads((config.ROOT / "pyproject.toml").read_text())["project"]
    locked = _locked()
    for dep in project["dependencies"]:
        name, spec = _name_spec(dep)
        pins = [re.match(r"\S+==(\S+)", b).group(1) for b in locked[name]]
        low = spec.removeprefix(">=")
        for pin in pins:
            assert tuple(int(x) for x in re.findall(r"\d+", pin)[:2]) >= tuple(
                int(x) for x in re.findall(r"\d+", low)[:2]
            ), (name, pin, spec)
