"""Notebooks: one uniform shape, stored clean, and executed top to bottom.

The uniformity checks keep the lessons alike (Python Data Science Handbook
style): the same header and navigation, exactly one ``parameters`` cell of
literals, the same section skeleton, no outputs stored, no ad-hoc installs.
The execution tests run every notebook with papermill in a fresh kernel, on
the default input and on a second input the test writes itself.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest
from conftest import execute_notebook, printed_text

from nbutils import config

NOTEBOOKS = config.notebook_paths()
NAV = (
    "**Who said what?** · [01 Tokenisation](01-tokenisation.ipynb) · "
    "[02 Speaker attribution](02-speaker-attribution.ipynb) · "
    "[03 Reaction analysis](03-reaction-analysis.ipynb) · "
    "[04 Corpus overview](04-corpus-overview.ipynb)"
)
SECTIONS = ("## What you will learn", "## Data", "## Your turn", "## Summary", "## Further reading")


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def test_the_lessons_exist():
    assert [p.stem.split("-")[0] for p in NOTEBOOKS][:1] == ["01"]
    assert len(NOTEBOOKS) >= 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_uniform_shape(path: Path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    assert nb.metadata.kernelspec.language == "python"

    first = nb.cells[0]
    number = path.stem.split("-")[0]
    assert first.cell_type == "markdown"
    assert re.match(rf"# {number} · \S", first.source), "title: '# NN · Title'"
    assert NAV in first.source, "navigation line"

    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    positions = [markdown.find(s) for s in SECTIONS]
    assert all(p >= 0 for p in positions), dict(zip(SECTIONS, positions, strict=True))
    assert positions == sorted(positions), "sections in the standard order"
    assert re.search(r"^## 1\. ", markdown, re.M), "numbered steps '## 1. …'"
    steps = list(re.finditer(r"^## (\d+)\. ", markdown, re.M))
    assert [int(m.group(1)) for m in steps] == list(range(1, len(steps) + 1)), "1, 2, 3 …"
    data, turn = markdown.find("## Data"), markdown.find("## Your turn")
    assert all(data < m.start() < turn for m in steps), "the steps sit between Data and Your turn"
    assert not re.search(r"^### ", markdown[data:turn], re.M), "a step is a '## N.' section"
    intro = first.source.split("## What you will learn")[0].split(NAV)[-1]
    assert len(intro.split()) >= 30, "the title is followed by what the lesson is about"
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    checks = [int(n) for n in re.findall(r"\bcheck\((\d+),", code)]
    assert len(checks) >= 5 and checks == list(range(1, len(checks) + 1)), "self-checks 1 … n"
    words = {5: "Five", 6: "Six", 7: "Seven", 8: "Eight"}
    assert f"{words.get(len(checks))} exercises" in markdown[turn:], "Your turn counts them"

    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0].cell_type == "code"
    assert nb.cells.index(tagged[0]) == 1, "the parameters cell comes right after the title"
    for stmt in ast.parse(tagged[0].source).body:
        assert isinstance(stmt, ast.Assign), "parameters cell holds assignments only"
        ast.literal_eval(stmt.value)  # …of literals
    names = {t.id for s in ast.parse(tagged[0].source).body for t in s.targets}
    assert names & {"ARTICLE", "CORPUS"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_stored_clean(path: Path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "strip outputs"
            assert not re.search(r"^\s*[!%]\s*(pip|conda)\b", cell.source, re.M)
            assert "nltk.download" not in cell.source
            assert "matplotlib.use(" not in cell.source, "keep the inline backend"
            assert "/work/" not in cell.source and "/home/" not in cell.source


def _run(path: Path, parameters: dict, tmp_path: Path) -> nbformat.NotebookNode:
    return execute_notebook(path, tmp_path / path.name, parameters)


def _inputs(path: Path) -> list[str]:
    import papermill

    return list(papermill.inspect_notebook(str(path)))


def _check_executed(nb: nbformat.NotebookNode) -> None:
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if {"image/png", "image/svg+xml"} & set(o.get("data", {}))]
    assert images, "the notebook shows at least one figure"
    for image in images:
        (mime,) = {"image/png", "image/svg+xml"} & set(image["data"])
        assert image.get("metadata", {}).get(mime, {}).get("alt"), "alt text from the title"
    stderr = "".join(
        o.get("text", "") for o in outputs if o.output_type == "stream" and o.name == "stderr"
    )
    assert "Traceback" not in stderr


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_runs_on_the_default_input(path: Path, tmp_path: Path):
    nb = _run(path, {}, tmp_path)
    _check_executed(nb)
    text = printed_text(nb)
    if path.name.startswith("03"):  # the article's own example is computed, stance shown
        assert "stance model: macro-F1" in text and "stance toward" in text
    placeholders = sum("answer = ...  # replace" in c.source for c in nb.cells)
    assert placeholders >= 5 and text.count("✏️") == placeholders, "every placeholder answered"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_lesson_only_cells_are_tagged(path: Path):
    """The exercises are tagged 'lesson' (the code-free pages leave them out)."""
    nb = nbformat.read(path, as_version=4)
    start = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## Your turn"))
    end = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## Summary"))
    section = [c for c in nb.cells[start:end] if "_findings(" not in c.source]  # for readers
    assert section and all("lesson" in c.metadata.get("tags", []) for c in section)
    after = [c for c in nb.cells[end:] if "lesson" in c.metadata.get("tags", [])]
    assert not after, "summary and further reading are for every reader"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_runs_on_a_second_input(
    path: Path, tmp_path: Path, second_article: Path, small_corpus: Path
):
    params = _inputs(path)
    parameters = (
        {"ARTICLE": str(second_article)} if "ARTICLE" in params else {"CORPUS": str(small_corpus)}
    )
    _check_executed(_run(path, parameters, tmp_path))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_the_lessons_teach_with_examples_of_their_own_not_the_default_articles(path: Path):
    """A lesson rendered for a court report or a football match explained its steps with the
    default article's people ('Rutte → Mark Rutte', 'the NATO chief', 'Trump's'). Only the
    corpus lesson's description of the demo corpus may name them."""
    nb = nbformat.read(path, as_version=4)
    prose = " ".join(
        c.source for c in nb.cells if c.cell_type == "markdown" and "demo corpus" not in c.source
    )
    for name in ("Rutte", "NATO", "Trump", "Zelensk", "Ukrain", "Kyiv", "Andriy"):
        assert name not in prose, (path.name, name)
