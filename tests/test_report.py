"""The report command: checks before executing, renders HTML, never clobbers."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from nbutils import config
from nbutils.articles import ArticleError
from nbutils.report import RenderError, RenderPlan, main, plan_render, render


def test_plan_for_the_default_article():
    plan = plan_render(reports_dir=Path("/tmp/x"))
    assert plan.report_id == "2025-03-01-rutte-zelenskyy-trump"
    assert plan.out_dir == Path("/tmp/x") / plan.report_id
    assert {nb for nb, _ in plan.jobs} == set(config.notebook_paths())
    for _, params in plan.jobs:
        (value,) = params.values()
        assert Path(value).is_absolute() and Path(value).exists()


def test_bad_parameters_fail_before_execution(tmp_path: Path, capsys):
    with pytest.raises(RenderError, match="unknown notebook '07-nope'"):
        plan_render(notebooks=["07-nope"])
    with pytest.raises(ArticleError, match="no such file"):
        plan_render(article=tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["--article", str(empty), "--reports-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty.txt: the file is empty" in err
    assert list(tmp_path.iterdir()) == [empty], "nothing was written"


def _notebook(path: Path, body: str) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('ARTICLE = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# 99 · Test"), params,
                nbformat.v4.new_code_cell(body)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_render_writes_html_and_keeps_the_last_good_report(tmp_path: Path, second_article):
    good = _notebook(tmp_path / "99-good.ipynb",
                     "from nbutils.articles import open_article\n"
                     "import matplotlib.pyplot as plt\n"
                     "plt.plot([1, 2]); print(open_article(ARTICLE).id)")
    bad = _notebook(tmp_path / "99-bad.ipynb", "raise ValueError('boom')")
    params = {"ARTICLE": str(second_article)}
    reports = tmp_path / "reports"
    plan = RenderPlan("second-article", "Second", reports / "second-article",
                      ((good, params),))
    out = render(plan, progress=False)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["99-good.html", "99-good.ipynb", "99-good.nocode.html", "index.html"]
    html = (out / "99-good.html").read_text()
    assert "second-article" in html and "data:image/png;base64" in html
    assert "open_article" in html and "open_article" not in (out / "99-good.nocode.html").read_text()
    assert 'href="99-good.html"' in (out / "index.html").read_text()

    failing = RenderPlan("second-article", "Second", out, ((good, params), (bad, params)))
    with pytest.raises(RenderError, match="99-bad.ipynb failed.*ValueError: boom"):
        render(failing, progress=False)
    assert sorted(p.name for p in out.iterdir()) == names, "previous report untouched"
    assert (reports / "second-article.failed" / "99-bad.ipynb").exists()
    assert not [p for p in reports.iterdir() if p.name.startswith(".")], "no temp folders left"


def test_rendering_one_notebook_keeps_the_others_pages(tmp_path: Path):
    from nbutils.report import _index_html, _keep_other_notebooks

    out = tmp_path / "reports" / "art"
    out.mkdir(parents=True)
    for stem in ("01-a", "02-b"):
        for suffix in (".ipynb", ".html", ".nocode.html"):
            (out / f"{stem}{suffix}").write_text(stem)
    (out / "index.html").write_text("old index")
    plan = RenderPlan("art", "Art", out, ((tmp_path / "02-b.ipynb", {"ARTICLE": "x"}),))
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    kept = _keep_other_notebooks(plan, tmp)
    assert kept == [Path("01-a.ipynb")]
    assert sorted(p.name for p in tmp.iterdir()) == ["01-a.html", "01-a.ipynb",
                                                     "01-a.nocode.html"]
    index = _index_html(plan, [(Path("02-b.ipynb"), 1.5)], kept)
    assert index.index('href="01-a.html"') < index.index('href="02-b.html"')
    assert "earlier render" in index and "1.5 s" in index
    fresh = RenderPlan("new", "New", tmp_path / "reports" / "new", plan.jobs)
    assert _keep_other_notebooks(fresh, tmp) == []
