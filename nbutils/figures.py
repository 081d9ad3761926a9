"""Figures: one seaborn theme for the whole project, and every plot routine.

Notebooks never hold long figure code: they call a function from here, which
returns the matplotlib ``Axes`` (or ``Figure``) so a reader can still adjust
titles or save it. :func:`set_theme` is called once at the top of each
notebook so every report looks the same.

>>> set_theme()
>>> import matplotlib.pyplot as plt
>>> ax = plot_top_words([("nato", 5), ("ukraine", 3)], title="Top words")
>>> ax.get_title()
'Top words'
>>> plt.close("all")
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import seaborn as sns

#: The project palette (colour-blind safe), used for speakers and roles in order.
PALETTE = "colorblind"
#: Diverging colour map for sentiment and stance (-1 red … +1 blue).
DIVERGING = "vlag_r"


def set_theme() -> None:
    """Apply the project's seaborn theme (call once per notebook)."""
    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE,
                  rc={"figure.figsize": (8, 4.5), "figure.dpi": 100,
                      "axes.titleweight": "bold", "axes.titlesize": 13})


def plot_top_words(counts: Sequence[tuple[str, int]], title: str = "Most frequent words",
                   ax: plt.Axes | None = None) -> plt.Axes:
    """Horizontal bar chart of ``(word, count)`` pairs, most frequent on top."""
    if ax is None:
        _, ax = plt.subplots(figsize=(7, max(2.5, 0.32 * len(counts) + 1)))
    words = [w for w, _ in counts]
    values = [c for _, c in counts]
    sns.barplot(x=values, y=words, ax=ax, color=sns.color_palette(PALETTE)[0], orient="h")
    for i, v in enumerate(values):
        ax.text(v, i, f" {v}", va="center", fontsize=9)
    ax.set(title=title, xlabel="count", ylabel="")
    return ax
