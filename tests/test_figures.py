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
        {"speaker": ["Ann", "Tom"], "role": ["official"] * 2, "quotes": [1, 1], "words": [5, 6],
         "articles": [1, 1]}
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
    assert "image/svg+xml" in figures.figure_bundle(full.figure)[0] or "image/png" in (
        figures.figure_bundle(full.figure)[0]
    )
    plt.close("all")
