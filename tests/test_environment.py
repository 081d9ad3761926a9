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
    assert {"jupyterlab", "nltk", "matplotlib", "seaborn", "papermill", "pandas",
            "nbconvert", "ipykernel"} <= names


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
