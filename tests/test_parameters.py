"""Notebook parameters given to papermill directly (or edited in JupyterLab): a name the
notebook does not take or a value of the wrong kind stops the notebook in its first code
cell with one line, not a traceback from deep inside pandas many cells later."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nbutils import config
from nbutils.parameters import (
    ParameterError,
    check_value,
    notebook_parameters,
    parse_parameters,
)

NOTEBOOK_03 = config.NOTEBOOKS_DIR / "03-reaction-analysis.ipynb"


def _parameters_cell(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    (cell,) = [c for c in cells if "parameters" in c["metadata"].get("tags", [])]
    return "".join(cell["source"])


@pytest.fixture
def shell(monkeypatch):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    monkeypatch.setattr("IPython.get_ipython", lambda: shell)
    yield shell
    shell.set_custom_exc((), None)
    InteractiveShell.clear_instance()


def _run(shell, capsys, injected: str | None, edited: str | None = None) -> tuple[bool, str]:
    """The notebook's parameters cell (or the user's edit of it), papermill's injected
    cell, then the check of the lesson's first code cell: (failed, what it showed)."""
    shell.run_cell(edited or _parameters_cell(NOTEBOOK_03), store_history=True)
    if injected is not None:
        shell.run_cell(f"# Parameters\n{injected}\n", store_history=True)
    result = shell.run_cell(
        'from nbutils.parameters import check_parameters\ncheck_parameters("03")',
        store_history=True,
    )
    out = capsys.readouterr()
    return result.error_in_exec is not None, (out.out + out.err).strip()


CASES = {
    # papermill -p ARTICLE 5 injects the number 5
    "ARTICLE = 5": "ParameterError: ARTICLE = 5: ARTICLE takes text, not a number "
    "(papermill reads -p ARTICLE 5 as a number; -r ARTICLE 5 passes it as text)",
    'MAX_TARGETS = "abc"': "ParameterError: MAX_TARGETS = 'abc': MAX_TARGETS takes a whole "
    "number of at least 1 (default 8)",
    "MAX_TARGETS = 0": "ParameterError: MAX_TARGETS = 0: MAX_TARGETS takes a whole number "
    "of at least 1 (default 8)",
    "MAX_TARGET = 4": "ParameterError: MAX_TARGET: notebook 03 takes no parameter MAX_TARGET "
    "(did you mean MAX_TARGETS?); it takes ARTICLE, MODEL, MAX_TARGETS",
    'MODEL = "bert"': "ParameterError: MODEL = 'bert': MODEL is one of emobank, news, "
    "classifier, vader",
}


def test_bad_papermill_parameters_stop_with_one_line(shell, capsys):
    for injected, message in CASES.items():
        failed, shown = _run(shell, capsys, injected)
        assert failed, f"{injected}: the cell fails, so papermill stops there"
        assert shown == message, shown


def test_good_parameters_pass_and_text_numbers_are_converted(shell, capsys):
    failed, shown = _run(shell, capsys, 'MAX_TARGETS = "4"\nMODEL = "vader"')  # papermill -r
    assert not failed and shown == ""
    assert shell.user_ns["MAX_TARGETS"] == 4 and shell.user_ns["MODEL"] == "vader"
    assert _run(shell, capsys, None) == (False, ""), "no parameters injected: the defaults"


def test_an_edited_parameters_cell_in_jupyterlab_is_checked_too(shell, capsys):
    edited = _parameters_cell(NOTEBOOK_03).replace("MAX_TARGETS = 8", 'MAX_TARGETS = "eight"')
    failed, shown = _run(shell, capsys, None, edited=edited)
    assert failed and shown.startswith("ParameterError: MAX_TARGETS = 'eight': "), shown
    edited = _parameters_cell(NOTEBOOK_03).replace('ARTICLE = ""', "ARTICLE = 5")
    failed, shown = _run(shell, capsys, None, edited=edited)
    assert shown == "ParameterError: ARTICLE = 5: ARTICLE takes text, not a number", "no -p hint"


def test_every_lesson_declares_its_parameters_with_checkable_defaults():
    for path in config.notebook_paths():
        params = notebook_parameters(path)
        assert params == notebook_parameters(path.name[:2]), "found by number too"
        assert params == parse_parameters(_parameters_cell(path))
        for p in params.values():
            assert check_value(p, p.default) == p.default, f"{path.name}: {p.name}"
            assert p.comment, f"{path.name}: {p.name} says what it is"
        source = "".join(
            "".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
        )
        assert f'check_parameters("{path.name[:2]}")' in source, path.name
    with pytest.raises(ParameterError, match="is True or False"):
        check_value(parse_parameters("SHOW = True")["SHOW"], "maybe")


@pytest.mark.slow
def test_papermill_on_a_lesson_stops_at_a_bad_parameter_in_one_line(tmp_path):
    import nbformat
    import papermill

    out = tmp_path / "out.ipynb"
    with pytest.raises(papermill.PapermillExecutionError, match="takes no parameter TOP"):
        papermill.execute_notebook(
            str(config.NOTEBOOKS_DIR / "04-corpus-overview.ipynb"),
            str(out),
            parameters={"TOP": 3},
            cwd=str(config.NOTEBOOKS_DIR),
            progress_bar=False,
        )
    errors = [
        o
        for c in nbformat.read(out, 4).cells
        for o in c.get("outputs", [])
        if o.output_type == "error"
    ]
    assert [e.traceback for e in errors] == [
        ["ParameterError: TOP: notebook 04 takes no parameter TOP; it takes CORPUS, MAX_TARGETS"]
    ]


def test_a_wrong_exercise_number_is_one_line_in_a_notebook(shell, capsys):
    from nbutils import exercises

    shell.run_cell(
        "from nbutils.parameters import install_one_line_errors\n"
        "install_one_line_errors(get_ipython())\n"
        "from nbutils import exercises\nfrom nbutils.exercises import check\n"
        "exercises._current.update(lesson=None, subject=None)"
    )
    capsys.readouterr()
    shown = {}
    for cell in ("check(1, 5)", 'exercises.start("09", None)', "exercises.hint(0)"):
        if cell == "exercises.hint(0)":
            exercises.start("01", "One sentence.")
        result = shell.run_cell(cell)
        out = capsys.readouterr()
        assert result.error_in_exec is not None
        shown[cell] = (out.out + out.err).strip()
    assert shown == {
        "check(1, 5)": "ExerciseError: no lesson started: run the cell with "
        "exercises.start(…) at the top of 'Your turn' first",
        'exercises.start("09", None)': "ExerciseError: no exercises for lesson '09'; "
        "known: 01, 02, 03, 04",
        "exercises.hint(0)": "ExerciseError: lesson 01 has exercises 1 to 5, not 0",
    }
    with pytest.raises(KeyError):  # still a KeyError for code that caught one
        exercises.hint(9)
