"""Shared fixtures: small articles and corpora the tests write themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from nbutils import config

#: A short second article written for the tests (not news from anywhere real):
#: straight quotes, a pronoun attribution and a citizen's reaction.
SECOND_ARTICLE = (
    'Mayor Ana Ruiz of Port Elden said on Monday that the new bridge "will open in May." '
    "She added that the budget was on track.\n"
    '"We have waited ten years for this," said Tom Baker, a local shop owner. '
    "Residents expressed relief.\n"
    "Officials did not say how much the project cost."
)


@pytest.fixture
def second_article(tmp_path: Path) -> Path:
    """A small article, different from the default one, as a .txt file."""
    path = tmp_path / "second-article.txt"
    path.write_text(SECOND_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A JSONL corpus of three short articles, one without any quotation."""
    import json

    path = tmp_path / "small-corpus.jsonl"
    records = [
        {"id": "a1", "text": SECOND_ARTICLE, "title": "Bridge"},
        {"id": "a2", "text": 'The minister said, "Taxes will fall." Critics disagreed.'},
        {"id": "a3", "text": "Rain is expected tomorrow across the region."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def default_article_path() -> Path:
    return config.DEFAULT_ARTICLE


def execute_notebook(path: Path, out: Path, parameters: dict | None = None):
    """Run notebook ``path`` top to bottom in a fresh kernel with papermill (from the
    notebooks folder, as a reader would) into ``out``; return the executed notebook."""
    import nbformat
    import papermill

    papermill.execute_notebook(
        str(path),
        str(out),
        parameters=parameters or {},
        cwd=str(config.NOTEBOOKS_DIR),
        kernel_name="python3",
        progress_bar=False,
    )
    return nbformat.read(out, as_version=4)


def printed_text(nb) -> str:
    """Everything the code cells of an executed notebook printed."""
    return "".join(
        o.get("text", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "stream"
    )
