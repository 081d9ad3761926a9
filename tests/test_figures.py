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
