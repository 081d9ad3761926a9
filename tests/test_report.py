"""The report command: checks before executing, renders linked HTML, never clobbers."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from nbutils import config
from nbutils.articles import ArticleError
from nbutils.report import (
    RenderError,
    RenderFailed,
    RenderPlan,
    _Pages,
    _report_dir,
    main,
    plan_render,
    plan_reports,
    portable,
    render,
)


def test_plan_for_the_default_article_and_the_demo_corpus(tmp_path: Path):
    reports = tmp_path / "reports"  # (planning makes nothing: a folder that may not exist)
    article, corpus = plan_reports(reports_dir=reports)
    assert article.report_id == "2025-03-01-rutte-zelenskyy-trump" and article.kind == "article"
    assert article.out_dir == reports / article.report_id
    assert [nb.stem[:2] for nb, _ in article.jobs] == ["01", "02", "03"]
    assert corpus.kind == "corpus" and corpus.report_id == "corpus-demo-corpus"
    assert [nb.stem[:2] for nb, _ in corpus.jobs] == ["04"]
    assert "fictional" in corpus.label
    for plan in (article, corpus):
        for _, params in plan.jobs:
            (value,) = params.values()
            assert not Path(value).is_absolute(), "parameters relative to the repository"
            assert (config.ROOT / value).exists()
    assert plan_render(reports_dir=reports) == article


def test_parameters_are_portable(tmp_path: Path):
    assert portable(config.DEMO_CORPUS) == "data/demo-corpus"
    outside = tmp_path / "a.txt"
    assert portable(outside, str(outside)) == str(outside), "an absolute path stays as given"


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


def test_a_folder_given_as_article_gets_command_line_advice(tmp_path: Path, capsys):
    assert main(["--article", str(tmp_path), "--reports-dir", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert f"--corpus {tmp_path}" in err and "load_folder" not in err


def test_both_quiet_switches_are_accepted(capsys):
    for switch in ("--quiet", "--no-progress"):
        assert main([switch, "--notebook", "99-none"]) == 2  # parsed; fails in planning
        assert "unknown notebook '99-none'" in capsys.readouterr().err


def test_quiet_is_documented(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--quiet" in capsys.readouterr().out


def test_two_sources_never_share_a_report_folder(tmp_path: Path):
    reports = tmp_path / "reports"
    rid, out = _report_dir(reports, "news", "a/news.txt")
    assert (rid, out) == ("news", reports / "news")
    out.mkdir(parents=True)
    (out / "report.json").write_text(json.dumps({"source": {"path": "a/news.txt"}}))
    assert _report_dir(reports, "news", "a/news.txt") == ("news", out), "same source: same folder"
    other_id, other = _report_dir(reports, "news", "b/news.txt")
    assert other_id.startswith("news-") and other != out
    assert _report_dir(reports, "news", "b/news.txt")[1] == other, "stable"


def test_article_and_corpus_of_the_same_name_get_different_folders(
    tmp_path: Path, second_article: Path
):
    folder = tmp_path / "second-article"
    folder.mkdir()
    (folder / "x.txt").write_text("Some text, said nobody.")
    article, corpus = plan_reports(second_article, folder, reports_dir=tmp_path / "r")
    assert article.out_dir != corpus.out_dir


def _notebook(path: Path, body: str) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('ARTICLE = ""')
    params.metadata["tags"] = ["parameters"]
    lesson = nbformat.v4.new_markdown_cell("## Your turn\n\nAn exercise for students only.")
    lesson.metadata["tags"] = ["lesson"]
    nb.cells = [
        nbformat.v4.new_markdown_cell(
            "# 99 · Test\n\n**Who said what?** · [99 Test](99-good.ipynb)"
        ),
        params,
        nbformat.v4.new_code_cell(body),
        lesson,
    ]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_render_writes_linked_pages_and_keeps_the_last_good_report(
    tmp_path: Path, second_article: Path
):
    good = _notebook(
        tmp_path / "99-good.ipynb",
        "from nbutils.articles import open_article\n"
        "from nbutils import figures\n"
        "import matplotlib.pyplot as plt\n"
        "figures.set_theme()\n"
        "plt.plot([1, 2]); plt.title('A rising line'); "
        "print(open_article(ARTICLE).id)",
    )
    bad = _notebook(tmp_path / "99-bad.ipynb", "raise ValueError('boom')")
    params = {"ARTICLE": str(second_article)}
    reports = tmp_path / "reports"
    plan = RenderPlan(
        "second-article",
        "Second",
        reports / "second-article",
        ((good, params),),
        source=str(second_article),
    )
    said: list[str] = []
    out = render(plan, log=said.append)
    assert said and not any("ready after" in line for line in said), "one report: no echo"
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "99-good.html",
        "99-good.ipynb",
        "99-good.nocode.html",
        "index.html",
        "report.json",
    ]
    page = (out / "99-good.html").read_text()
    reader = (out / "99-good.nocode.html").read_text()
    assert "second-article" in page
    assert 'alt="A rising line"' in page or 'aria-label="A rising line"' in page, "alt text"
    assert "<title>99 · Test — Second</title>" in page
    assert "open_article" in page and "open_article" not in reader
    assert "An exercise for students only" in page and "An exercise" not in reader
    import re

    for html_page in (page, reader):
        assert 'href="index.html"' in html_page
        links = re.findall(r'<a [^>]*href="99-good.ipynb"[^>]*>', html_page)
        assert links and all("download" in a for a in links), "the notebook only as a download"
        assert "99-good.ipynb)" not in html_page
    assert "<script" not in page and "Provenance" in page
    index = (out / "index.html").read_text()
    assert 'href="99-good.nocode.html"' in index and "git commit" in index
    record = json.loads((out / "report.json").read_text())
    assert record["source"]["path"] == str(second_article)
    from nbutils.report import _recorded_source

    assert _recorded_source(out) == plan.source, "a re-render finds its own folder"

    failing = RenderPlan(
        "second-article", "Second", out, ((good, params), (bad, params)), source=str(second_article)
    )
    with pytest.raises(RenderFailed, match="99-bad.ipynb failed.*ValueError: boom"):
        render(failing, progress=False)
    assert sorted(p.name for p in out.iterdir()) == names, "previous report untouched"
    assert (reports / "second-article.failed" / "99-bad.ipynb").exists()
    assert not [p for p in reports.iterdir() if p.name.startswith(".")], "no temp folders left"


def test_rendering_one_notebook_keeps_the_others_pages(tmp_path: Path):
    from nbutils.report import _keep_other_notebooks, environment

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
    assert sorted(p.name for p in tmp.iterdir()) == ["01-a.html", "01-a.ipynb", "01-a.nocode.html"]
    import datetime as dt

    pages = _Pages([plan], environment(), dt.datetime.now(dt.UTC))
    nav = pages.nav(plan, "02-b", code=False)
    assert nav.index('href="01-a.nocode.html"') < nav.index("02-b")
    fresh = RenderPlan("new", "New", tmp_path / "reports" / "new", plan.jobs)
    assert _keep_other_notebooks(fresh, tmp) == []


def test_a_page_rendered_from_another_version_of_the_text_is_not_kept(tmp_path: Path, capsys):
    """Reproducer: after editing the article, re-rendering only 01 kept the old 02, whose
    findings ("8 quotations") then sat on the index under the new text's SHA-256."""
    import hashlib

    from nbutils.report import _keep_other_notebooks

    article = tmp_path / "art.txt"
    article.write_text('"We won," said Ann Lee.\n', encoding="utf-8")
    old_sha = hashlib.sha256(article.read_text(encoding="utf-8").encode()).hexdigest()
    out = tmp_path / "reports" / "art"
    out.mkdir(parents=True)
    for stem in ("01-a", "02-b"):
        for suffix in (".ipynb", ".html", ".nocode.html"):
            (out / f"{stem}{suffix}").write_text(stem)
    (out / "report.json").write_text(
        json.dumps(
            {
                "source": {"sha256": old_sha},
                "notebooks": [{"notebook": "01-a.ipynb"}, {"notebook": "02-b.ipynb"}],
            }
        )
    )
    jobs = ((tmp_path / "01-a.ipynb", {"ARTICLE": str(article)}),)
    plan = RenderPlan("art", "Art", out, jobs, source=str(article))
    (tmp := tmp_path / "tmp").mkdir()
    assert _keep_other_notebooks(plan, tmp) == [Path("02-b.ipynb")], "same text: kept"
    article.write_text('"We won," said Ann Lee.\n"We lost," said Tom Ward.\n', encoding="utf-8")
    (tmp2 := tmp_path / "tmp2").mkdir()
    capsys.readouterr()
    assert _keep_other_notebooks(plan, tmp2) == []
    assert list(tmp2.iterdir()) == [], "no stale page copied"
    said = capsys.readouterr().err  # on stderr: --quiet silences progress, not a lost page
    assert "02-b dropped" in said and "--notebook 02" in said


def test_a_folder_that_is_no_report_is_never_used_nor_replaced(tmp_path: Path):
    """Reproducer: '--reports-dir ~/work' with a folder ~/work/<article id>/ of the user's
    (no report.json) rendered into it and deleted its files."""
    article = tmp_path / "budget.txt"
    article.write_text('"We will cut hours," said Ann Lee.\n', encoding="utf-8")
    reports = tmp_path / "work"
    (reports / "budget").mkdir(parents=True)
    (reports / "budget" / "notes.md").write_text("precious")
    (plan,) = plan_reports(article, reports_dir=reports, notebooks=["01"])
    assert plan.out_dir != reports / "budget" and plan.report_id.startswith("budget-")
    (reports / "budget" / "notes.md").unlink()
    (reports / "budget").rmdir()
    (reports / "budget").write_text("a file named like the report")
    (plan,) = plan_reports(article, reports_dir=reports, notebooks=["01"])
    assert plan.out_dir != reports / "budget"
    (reports / "budget").unlink()
    (reports / "budget").mkdir()
    (plan,) = plan_reports(article, reports_dir=reports, notebooks=["01"])
    assert plan.out_dir == reports / "budget", "an empty folder is free"


def test_reader_prose_keeps_no_api_name_and_reads_columns_of_a_skipped_table():
    from nbutils.report import _snake_headers, reader_prose

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell(
            "The `marked_share` column: of the quotations … (NLTK's `sentence_polarity`, "
            "`word_tokenize`, `MIN_COUNT`). A CSV with a `text` column. "
            "So `corpus_overview(CORPUS, targets=True)` also finds targets."
        ),
        nbformat.v4.new_code_cell("print('No quotations found: skipped.')"),  # no table
    ]
    columns = _snake_headers(nb)
    assert columns == {"marked_share"}
    reader = reader_prose(nb.cells[0].source, columns)
    assert "`marked share`" in reader and "marked_share" not in reader
    assert "`sentence_polarity`" in reader and "`word_tokenize`" in reader
    assert "a `text` column" in reader and "a the article's text" not in reader
    assert "corpus_overview" not in reader and "So the project's code also finds" in reader


def test_notebook_parameters_are_checked_before_anything_runs(tmp_path: Path, capsys):
    plan = plan_render(
        notebooks=["03"],
        reports_dir=tmp_path,
        parameters=[("MODEL", "vader"), ("MAX_TARGETS", "3")],
    )
    ((_, params),) = plan.jobs
    assert params["MODEL"] == "vader" and params["MAX_TARGETS"] == 3
    only_01 = plan_render(
        notebooks=["01", "03"], reports_dir=tmp_path, parameters=[("MODEL", "news")]
    )
    assert ["MODEL" in p for _, p in only_01.jobs] == [False, True], "each notebook gets its own"
    bad = {
        ("-p", "MODEL", "bert"): "MODEL is one of emobank, news, classifier, vader",
        ("-p", "TOP_N", "0"): "TOP_N takes a whole number of at least 1",
        ("-p", "TOP_N", "many"): "TOP_N takes a whole number of at least 1",
        ("-p", "NOPE", "1"): "no notebook rendered takes NOPE; they take",
        ("-p", "ARTICLE", "a.txt"): "give the article with --article PATH",
    }
    for argv, message in bad.items():
        assert main([*argv, "--reports-dir", str(tmp_path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and message in err and "Traceback" not in err, err
    assert list(tmp_path.iterdir()) == [], "nothing was written"


def test_a_file_as_reports_dir_is_one_line_before_anything_runs(tmp_path: Path, capsys):
    afile = tmp_path / "notes"
    afile.write_text("x", encoding="utf-8")
    for folder, message in {
        afile: f"{afile}: is a file, not a folder for reports",
        afile / "sub": f"{afile / 'sub'}: {afile} is a file, not a folder for reports",
    }.items():
        assert main(["--notebook", "01", "--reports-dir", str(folder), "--quiet"]) == 2
        err = capsys.readouterr().err
        assert err == f"nbutils render: error: {message}\n", err


def test_make_reports_passes_params_as_render_parameters():
    import subprocess

    out = subprocess.run(
        ["make", "-n", "reports", "PARAMS=MODEL=vader MAX_TARGETS=4"],
        cwd=config.ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert '-p MODEL "vader" -p MAX_TARGETS "4"' in out
    bad = subprocess.run(
        ["make", "-n", "reports", "PARAMS=MODEL"], cwd=config.ROOT, capture_output=True, text=True
    )
    assert bad.returncode != 0 and "PARAMS: 'MODEL' is not NAME=VALUE" in bad.stderr


def test_the_index_shows_the_author_and_no_null_metadata(tmp_path: Path):
    from nbutils.report import source_info

    art = tmp_path / "column.txt"
    art.write_text("Our towns need libraries. They are worth the money.\n", encoding="utf-8")
    (tmp_path / "column.json").write_text(
        json.dumps({"title": "Libraries", "author": "Ruth Emberly", "source": None}),
        encoding="utf-8",
    )
    plan = plan_render(article=art, reports_dir=tmp_path / "r")
    src = source_info(plan)
    assert src["author"] == "Ruth Emberly" and src["source"] == "" and src["date"] == ""
    import datetime as dt

    from nbutils.report import environment

    pages = _Pages([plan], environment(), dt.datetime.now(dt.UTC))
    footer = pages.footer(plan, None, None)
    assert "Ruth Emberly" in footer and "None" not in footer
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text('"Hi," said Ann Lee.\n', encoding="utf-8")
    corpus = plan_reports(corpus=folder, reports_dir=tmp_path / "r")[0]
    assert corpus.title == "Corpus: corpus", "not 'Corpus corpus'"


def test_a_corpus_index_says_its_findings_come_from_the_corpus(tmp_path: Path):
    import datetime as dt

    from nbutils.report import _index_page, environment, source_info

    folder = tmp_path / "quiet"
    folder.mkdir()
    (folder / "a.txt").write_text("Rain is expected tomorrow.\n", encoding="utf-8")
    plan = plan_reports(corpus=folder, reports_dir=tmp_path / "r")[0]
    pages = _Pages([plan], environment(), dt.datetime.now(dt.UTC))
    record = {
        "source": source_info(plan),
        "findings": [{"title": "In brief: the corpus", "bullets": ["1 article quotes nobody."]}],
        "notebooks": [],
        "seconds": 1.0,
    }
    page = _index_page(pages, plan, record)
    assert "Computed by the notebooks from this corpus" in page and "from this text" not in page


def test_the_readme_says_how_an_outside_article_is_recorded(tmp_path: Path):
    outside = tmp_path / "mine.txt"
    outside.write_text('"Yes," said Ann Lee.\n', encoding="utf-8")
    plan = plan_render(article=outside, notebooks=["02"], reports_dir=tmp_path / "r")
    ((_, params),) = plan.jobs
    assert params["ARTICLE"] == str(outside), "an article outside keeps the path given"
    readme = (config.ROOT / "README.md").read_text(encoding="utf-8")
    assert "one outside keeps the path you gave" in readme
    assert "never this machine's paths" not in readme


def test_a_page_kept_from_an_earlier_render_keeps_its_findings_and_title(tmp_path: Path):
    import datetime as dt

    from nbutils.report import FINDINGS_MIME, _keep_other_notebooks, environment

    out = tmp_path / "reports" / "art"
    out.mkdir(parents=True)
    old = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("reaction_findings(...)")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={FINDINGS_MIME: {"title": "In brief: reactions", "bullets": ["3 negative."]}},
        )
    ]
    old.cells = [cell]
    nbformat.write(old, out / "03-reaction-analysis.ipynb")
    plan = RenderPlan("art", "Art", out, ((tmp_path / "02-speaker-attribution.ipynb", {}),))
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    kept = _keep_other_notebooks(plan, tmp)
    pages = _Pages([plan], environment(), dt.datetime.now(dt.UTC))
    pages.findings[("art", "02-speaker-attribution.ipynb")] = [
        {"title": "In brief: who is quoted", "bullets": ["9 quotations."]}
    ]
    record = pages.record(plan, [(tmp_path / "02-speaker-attribution.ipynb", 1.0)], kept, 1.0)
    assert [f["title"] for f in record["findings"]] == [
        "In brief: who is quoted",
        "In brief: reactions",
    ], "the index keeps what 03 found, in notebook order"
    assert pages._label("03-reaction-analysis") == "03 · Reaction analysis", "not the file stem"


def test_a_corpus_report_does_not_link_to_itself_as_a_separate_report(tmp_path: Path):
    import datetime as dt

    from nbutils.report import environment

    reports = tmp_path / "r"
    for name in ("quiet", "other"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.txt").write_text("Rain is expected tomorrow.\n", encoding="utf-8")
        (reports / f"corpus-{name}").mkdir(parents=True)
        (reports / f"corpus-{name}" / "report.json").write_text(
            json.dumps({"source": {"path": str(folder), "title": f"Corpus: {name}"}})
        )
    plan = plan_reports(corpus=tmp_path / "quiet", reports_dir=reports)[0]
    assert plan.out_dir == reports / "corpus-quiet", "a re-render of the same corpus"
    pages = _Pages([plan], environment(), dt.datetime.now(dt.UTC))
    assert [folder for folder, _, _ in pages.corpus_reports(plan)] == ["corpus-other"]
    assert "corpus-quiet/index.html" not in pages.nav(plan, None, False)
