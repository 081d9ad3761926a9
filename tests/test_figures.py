"""Figures (nbutils.figures): labels that never run into each other, on any data."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

from nbutils import figures

matplotlib.use("Agg")


@pytest.mark.parametrize("targets", [1, 2, 3])
def test_a_narrow_stance_heatmap_keeps_its_title_clear_of_the_colour_bar(targets: int):
    import matplotlib.pyplot as plt

    names = ["New Hampshire", "Penzance", "Riverside"][:targets]
    means = pd.DataFrame({n: [-0.6, None] for n in names}, index=["citizens", "politicians"])
    counts = pd.DataFrame({n: [1, 0] for n in names}, index=["citizens", "politicians"])
    title = "How each group of speakers treats the targets named most"
    ax = figures.plot_stance_heatmap(means, counts, title=title)
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    heading = ax.title.get_window_extent(renderer)
    (bar,) = [a for a in fig.axes if a is not ax]
    bar_box = bar.get_tightbbox(renderer)  # the colour bar with its ticks and label
    assert not heading.overlaps(bar_box), "the title runs into the colour bar"
    assert " ".join(ax.get_title().split()) == title, "wrapped, never cut"
    assert figures.figure_alt_text(fig).startswith(title), "alt text on one line"
    assert not any(line.get_visible() for line in ax.get_xgridlines()), "no grid over blank cells"
    plt.close(fig)


def _clear_of_legend(ax) -> bool:
    fig = ax.figure
    r = fig.canvas.get_renderer()
    box = ax.get_legend().get_window_extent(r)
    marks = [t.get_window_extent(r) for t in ax.texts if t.get_text().strip()]
    marks += [p.get_window_extent(r) for p in ax.patches]
    points = [
        xy for c in ax.collections for xy in c.get_offset_transform().transform(c.get_offsets())
    ]
    return not any(box.overlaps(m) for m in marks) and not any(box.contains(*xy) for xy in points)


def test_legends_never_cover_bars_labels_or_points():
    import matplotlib.pyplot as plt

    n = 8  # every speaker quoted once: all bars reach as far, their labels to the right edge
    most = pd.DataFrame(
        {
            "speaker": [f"Speaker {i}" for i in range(n)],
            "role": ["official", "citizen/witness"] * (n // 2),
            "quotes": [1] * n,
            "words": [20] * n,
            "articles": [1] * n,
        }
    )
    assert _clear_of_legend(figures.plot_most_quoted(most))
    voice = pd.DataFrame(
        {
            "role": ["official", "citizen"],
            "quotes": [1, 9],
            "words": [5, 95],
            "share_of_quotes": [10.0, 90.0],
            "share_of_words": [5.0, 95.0],
        }
    )
    assert _clear_of_legend(figures.plot_share_of_voice(voice))
    sentences = pd.DataFrame({"start": [0, 100, 200], "score": [0.9, 0.95, 0.9]})
    quotes = pd.DataFrame({"start": [190], "sentiment": [0.95], "group": ["officials"]})
    assert _clear_of_legend(figures.plot_sentiment_along_article(sentences, quotes, by="group"))
    plt.close("all")


def test_count_axes_tick_whole_numbers_only():
    import matplotlib.pyplot as plt

    most = pd.DataFrame(
        {
            "speaker": ["Ann", "Tom"],
            "role": ["official"] * 2,
            "quotes": [1, 1],
            "words": [5, 6],
            "articles": [1, 1],
        }
    )
    ax = figures.plot_most_quoted(most)
    assert all(float(t).is_integer() for t in ax.get_xticks()), list(ax.get_xticks())
    words = figures.plot_top_words([("ferry", 1), ("board", 1)])
    assert all(float(t).is_integer() for t in words.get_xticks())
    plt.close("all")


def test_nothing_to_plot_is_one_line_and_an_empty_table_says_so():
    import matplotlib.pyplot as plt

    empty = pd.DataFrame(columns=["role", "quotes", "words", "share_of_quotes", "share_of_words"])
    for ax in (
        figures.plot_share_of_voice(empty, title="Share of voice by role"),
        figures.plot_top_words([], title="Reporting verbs across the corpus"),
    ):
        data, _ = figures.figure_bundle(ax.figure)
        assert list(data) == ["text/plain"], "no empty frame with axes"
        assert data["text/plain"].startswith(ax.get_title())
    html = figures.table_html(empty)
    assert "<table" not in html and "No rows" in html and "share_of_words" in html
    full = figures.plot_top_words([("say", 3)])
    assert (
        "image/svg+xml" in figures.figure_bundle(full.figure)[0]
        or "image/png" in (figures.figure_bundle(full.figure)[0])
    )
    plt.close("all")


def test_in_a_notebook_bad_input_is_one_line_not_a_traceback(capsys, monkeypatch):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    monkeypatch.setattr("IPython.get_ipython", lambda: shell)
    try:
        figures.set_theme()
        result = shell.run_cell(
            "from nbutils.articles import open_article\nopen_article('/no/such/article.txt')"
        )
        out = capsys.readouterr()
        shown = (out.out + out.err).strip()
        assert result.error_in_exec is not None, "the cell still fails (papermill stops)"
        assert shown == "ArticleError: /no/such/article.txt: no such file or folder", shown
        result = shell.run_cell("1 / 0")  # any other error keeps its traceback
        out = capsys.readouterr()
        assert "Traceback" in out.out + out.err or "ZeroDivisionError" in out.out + out.err
    finally:
        shell.set_custom_exc((), None)
        InteractiveShell.clear_instance()
    from nbutils import config

    assert "stops the notebook with one line" in (config.ROOT / "README.md").read_text()


@pytest.mark.slow
def test_papermill_stops_at_a_bad_article_with_a_one_line_error(tmp_path):
    import nbformat
    import papermill

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('ARTICLE = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        params,
        nbformat.v4.new_code_cell(
            "from nbutils import figures\nfrom nbutils.articles import open_article\n"
            "figures.set_theme()\narticle = open_article(ARTICLE)"
        ),
        nbformat.v4.new_code_cell("print('never')"),
    ]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    source, out = tmp_path / "in.ipynb", tmp_path / "out.ipynb"
    nbformat.write(nb, source)
    missing = str(tmp_path / "missing.txt")
    with pytest.raises(papermill.PapermillExecutionError, match="no such file or folder"):
        papermill.execute_notebook(
            str(source), str(out), parameters={"ARTICLE": missing}, progress_bar=False
        )
    errors = [
        o
        for c in nbformat.read(out, 4).cells
        for o in c.get("outputs", [])
        if o.output_type == "error"
    ]
    assert [e.traceback for e in errors] == [[f"ArticleError: {missing}: no such file or folder"]]


def test_a_mistyped_model_or_article_shows_as_one_line_in_a_notebook() -> None:
    from nbutils.articles import ArticleError
    from nbutils.figures import _one_line_input_errors
    from nbutils.parameters import NotebookInputError, ParameterError
    from nbutils.sentiment import UnknownModel, score_texts

    assert issubclass(ParameterError, NotebookInputError)

    registered: list[tuple[type, ...]] = []

    class Shell:
        def set_custom_exc(self, types: tuple[type, ...], handler: object) -> None:
            registered.append(types)

    _one_line_input_errors(Shell())
    assert registered == [(ArticleError, UnknownModel, NotebookInputError)]
    with pytest.raises(UnknownModel, match="unknown sentiment model 'bert'"):
        score_texts(["Fine."], model="bert")


def test_stance_heatmap_row_names_read_across():
    """The corpus heatmap's rows (officials, citizens, politicians) were turned on their
    side by seaborn; rows are read across, like the article's stance table."""
    import matplotlib.pyplot as plt

    means = pd.DataFrame(
        {"Ukraine": [0.3, -0.5, None], "Russia": [None, 0.1, -0.9]},
        index=["officials", "citizens", "politicians"],
    )
    counts = means.notna().astype(int)
    ax = figures.plot_stance_heatmap(means, counts, title="How each group treats the targets")
    assert [t.get_rotation() for t in ax.get_yticklabels()] == [0, 0, 0]
    plt.close("all")


def test_a_stance_table_without_targets_is_not_titled_a_stance():
    import matplotlib.pyplot as plt

    idx = pd.MultiIndex.from_tuples([("citizens", "all citizens"), ("citizens", "Ann Lee")])
    means = pd.DataFrame({"all their quotes (sentiment)": [-0.2, -0.2]}, index=idx)
    counts = pd.DataFrame({"all their quotes (sentiment)": [2, 2]}, index=idx)
    ax = figures.plot_stance_table(means, counts)
    assert "stance" not in ax.get_title().lower().replace("\n", " ").split("(")[0]
    assert "no quotation names a target" in " ".join(ax.get_title().split())
    assert "target" not in ax.get_xlabel()
    means["Tom Ward"], counts["Tom Ward"] = [0.3, None], [1, 0]
    ax = figures.plot_stance_table(means, counts)
    assert "".join(ax.get_title().split()) == "".join(figures.STANCE_TABLE_TITLE.split())
    plt.close("all")


def test_values_beside_bars_sit_on_a_background_that_hides_the_grid_lines():
    """A label longer than the space to the next tick ('2 (1 direct, 1 follow-on)') was
    crossed by a vertical grid line."""
    import matplotlib.pyplot as plt

    quotes = pd.DataFrame(
        {
            "start": [0, 9, 20],
            "speaker": ["Ann Lee", "Tom Ward", "Ann Lee"],
            "kind": ["direct", "direct", "follow-on"],
        }
    )
    most = pd.DataFrame(
        {
            "speaker": ["Ann Lee", "Tom Ward"],
            "role": ["official", "citizen/witness"],
            "quotes": [2, 1],
            "words": [12, 4],
        }
    )
    share = pd.DataFrame(
        {
            "role": ["official", "citizen/witness"],
            "quotes": [2, 1],
            "words": [12, 4],
            "share_of_quotes": [66.7, 33.3],
            "share_of_words": [75.0, 25.0],
        }
    )
    axes = [
        figures.plot_quotes_per_speaker(quotes),
        figures.plot_most_quoted(most),
        figures.plot_share_of_voice(share),
        figures.plot_top_words([("garden", 4), ("city", 2)]),
    ]
    for ax in axes:
        labels = [t for t in ax.texts if t.get_text().strip()]
        assert labels, ax.get_title()
        for t in labels:
            box = t.get_bbox_patch()
            assert box is not None and box.get_facecolor()[:3] == (1.0, 1.0, 1.0), t.get_text()
    plt.close("all")
