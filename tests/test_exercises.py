"""Exercises: enough of them, graded, hints on request, solutions that really solve them.

The slow test runs every lesson notebook with the solution code of each
exercise in place of its placeholder and checks that every self-check says ✅
(tests/test_notebooks.py runs them with the placeholders and checks nothing
raises).
"""

from __future__ import annotations

import ast
import builtins
import re
from pathlib import Path

import nbformat
import pytest
from conftest import execute_notebook, printed_text

from nbutils import config, exercises
from nbutils.articles import Article, open_article

PLACEHOLDER = "answer = ...  # replace ... with your answer"
NOTEBOOKS = {p.stem[:2]: p for p in config.notebook_paths()}


def _defined(nb: nbformat.NotebookNode) -> set[str]:
    """Every name a notebook's code cells bind (assignments, imports, loops, defs)."""
    names: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.alias):
                names.add((node.asname or node.name).split(".")[0])
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                names.add(node.name)
    return names


def _used(code: str) -> set[str]:
    tree = ast.parse(code)
    bound = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    bound |= {a.arg for n in ast.walk(tree) if isinstance(n, ast.Lambda) for a in n.args.args}
    bound |= {
        g.target.id
        for n in ast.walk(tree)
        if isinstance(n, ast.GeneratorExp | ast.ListComp)
        for g in n.generators
        if isinstance(g.target, ast.Name)
    }
    bound |= {
        t.id
        for n in ast.walk(tree)
        if isinstance(n, ast.GeneratorExp | ast.ListComp)
        for g in n.generators
        if isinstance(g.target, ast.Tuple)
        for t in g.target.elts
        if isinstance(t, ast.Name)
    }
    loads = {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    }
    return loads - bound - set(dir(builtins))


def test_every_lesson_has_five_graded_exercises_ending_with_an_open_question():
    assert set(exercises.LESSONS) == set(NOTEBOOKS)
    for lesson, items in exercises.LESSONS.items():
        assert len(items) >= 5, lesson
        assert [e.number for e in items] == list(range(1, len(items) + 1))
        assert items[-1].open and not any(e.open for e in items[:-1]), lesson


@pytest.mark.parametrize("lesson", sorted(NOTEBOOKS))
def test_hints_and_solutions_name_only_what_the_notebook_defines(lesson: str):
    nb = nbformat.read(NOTEBOOKS[lesson], as_version=4)
    known = _defined(nb) | {"exercises"}
    for ex in exercises.LESSONS[lesson]:
        assert not _used(ex.code) - known, (ex.id, _used(ex.code) - known)
        for span in re.findall(r"`([^`]+)`", ex.hint):
            first = re.match(r"[A-Za-z_]\w*", span)
            if first and not span.startswith(("'", '"')):
                assert first.group(0) in known | set(dir(builtins)), (ex.id, span)


@pytest.mark.parametrize("lesson", sorted(NOTEBOOKS))
def test_each_exercise_has_a_check_cell_in_its_notebook(lesson: str):
    nb = nbformat.read(NOTEBOOKS[lesson], as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    checks = [c for c in code if PLACEHOLDER in c.source]
    assert [re.search(r"check\((\d+), answer\)", c.source).group(1) for c in checks] == [
        str(e.number) for e in exercises.LESSONS[lesson]
    ]
    assert all("lesson" in c.metadata.get("tags", []) for c in checks), "hidden from readers"
    assert any(f'exercises.start("{lesson}"' in c.source for c in code)


def test_hints_stay_hidden_until_asked(capsys):
    art = Article("t", "One sentence. Two sentences. Three.")
    exercises.start("01", art)
    ex = exercises.LESSONS["01"][0]
    exercises.check(1, ...)
    exercises.check(1, 99)
    out = capsys.readouterr().out
    assert ex.hint not in out and "exercises.hint(1)" in out
    exercises.hint(1)
    assert ex.hint in capsys.readouterr().out
    exercises.check(1, 3)
    assert "✅" in capsys.readouterr().out
    exercises.solution(1)
    out = capsys.readouterr().out
    assert ex.code in out and "3" in out


def test_open_questions_want_a_few_sentences(capsys):
    art = open_article("")
    exercises.start("01", art)
    exercises.check(5, "Rutte.")
    assert "❌" in capsys.readouterr().out
    model = exercises.model_answer(5)
    assert len(model.split()) >= exercises.OPEN_ANSWER_WORDS
    exercises.check(5, model)
    assert "✅" in capsys.readouterr().out


def _with_solutions(path: Path, out: Path) -> Path:
    nb = nbformat.read(path, as_version=4)
    lesson = path.stem[:2]
    for cell in nb.cells:
        m = re.search(r"check\((\d+), answer\)", cell.source)
        if cell.cell_type == "code" and m and PLACEHOLDER in cell.source:
            code = exercises.LESSONS[lesson][int(m.group(1)) - 1].code
            cell.source = cell.source.replace(PLACEHOLDER, code)
    nbformat.write(nb, out)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("lesson", sorted(NOTEBOOKS))
def test_the_solutions_pass_every_self_check(lesson: str, tmp_path: Path):
    filled = _with_solutions(NOTEBOOKS[lesson], tmp_path / "filled.ipynb")
    text = printed_text(execute_notebook(filled, tmp_path / "out.ipynb"))
    assert text.count("✅") == len(exercises.LESSONS[lesson]), text[-2000:]
    assert "❌" not in text and "✏️" not in text


def test_solutions_show_a_speaker_answer_as_a_student_types_it(capsys):
    from nbutils.articles import Article

    silent = Article("silent", "Councils closed libraries. Nobody spoke about it.")
    exercises.start("02", silent)
    exercises.solution(3)
    out = capsys.readouterr().out
    assert "Answer for this text: '' (none in this text)" in out and "set()" not in out
    tied = Article("tied", '"We will build it," said Ann Lee. "It is late," said Tom Ward.')
    exercises.start("02", tied)
    exercises.solution(3)
    assert "'Ann Lee' or 'Tom Ward' (tied: either is right)" in capsys.readouterr().out
    exercises.check(3, "Tom Ward")
    assert "Correct" in capsys.readouterr().out


def test_a_corpus_solution_speaks_of_the_corpus(tmp_path: Path, capsys):
    from nbutils.corpus import corpus_overview

    (tmp_path / "a.txt").write_text("Rain is expected tomorrow.\n", encoding="utf-8")
    exercises.start("04", corpus_overview(str(tmp_path)))
    exercises.solution(1)
    exercises.solution(3)
    out = capsys.readouterr().out
    assert "Answer for this corpus: 1" in out and "Answer for this corpus: '(none)'" in out
    assert "this text" not in out


def test_the_dispersion_model_answer_names_people_and_places_not_days_and_counts_in_words():
    one = Article(
        "once",
        "On Monday the council of Harwick met in March. Ana Ruiz spoke first.\n"
        "Much later, on Friday, Tom Ward replied.",
    )
    answer = exercises.model_answer("01-open-dispersion", one)
    assert "Monday" not in answer and "Friday" not in answer and "March" not in answer
    assert "1 times" not in answer and "Each of them is named once" in answer
    two = Article("twice", "Ana Ruiz spoke. Then Tom Ward spoke.\nLater Ana Ruiz spoke again.")
    answer = exercises.model_answer("01-open-dispersion", two)
    assert "(twice, from " in answer, answer


def _question(lesson: str, number: int) -> str:
    nb = nbformat.read(NOTEBOOKS[lesson], as_version=4)
    (cell,) = [
        c for c in nb.cells if c.cell_type == "markdown" and c.source.startswith(f"**{number}.**")
    ]
    return " ".join(cell.source.split())


@pytest.mark.parametrize("lesson", ["02", "03"])
def test_a_question_whose_answer_can_be_nobody_says_what_to_answer_then(lesson: str):
    silent = Article("silent", "The council met on Monday. The budget passed by five votes.")
    for ex in exercises.LESSONS[lesson]:
        if ex.open or exercises.expected(ex.id, silent) != set():
            continue
        assert '`""`' in _question(lesson, ex.number), (ex.id, "what if no one is quoted?")


def test_the_open_question_on_groups_does_not_presume_officials_and_citizens():
    question = _question("03", exercises.LESSONS["03"][-1].number)
    assert "the officials and the citizens" not in question
    assert "groups" in question and "only one group" in question


def test_corpus_questions_whose_answer_can_be_nobody_say_what_to_answer_then(tmp_path: Path):
    from nbutils.corpus import corpus_overview

    (tmp_path / "a.txt").write_text("The council met on Monday. The budget passed.\n")
    overview = corpus_overview(str(tmp_path), targets=True)
    for ex in exercises.LESSONS["04"]:
        if ex.open or not isinstance(exercises.expected(ex.id, overview), set):
            continue
        assert exercises.expected(ex.id, overview) == {"(none)"}, ex.id
        assert exercises.is_correct(ex.id, "(none)", overview), ex.id
        assert '`"(none)"`' in _question("04", ex.number), (ex.id, "what if no one is quoted?")
