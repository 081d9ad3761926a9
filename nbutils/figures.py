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

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import pandas as pd
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


# --- 01 Tokenisation -------------------------------------------------------

#: Plain-English names of the universal part-of-speech tags.
UNIVERSAL_TAG_NAMES: dict[str, str] = {
    "NOUN": "noun", "VERB": "verb", "ADP": "preposition", "DET": "determiner",
    ".": "punctuation", "ADJ": "adjective", "PRON": "pronoun", "ADV": "adverb",
    "CONJ": "conjunction", "PRT": "particle", "NUM": "numeral", "X": "other",
}


def plot_tag_distribution(counts: Mapping[str, int], title: str = "Parts of speech",
                          ax: plt.Axes | None = None) -> plt.Axes:
    """Horizontal bars of tag counts, most frequent on top, as a share of all tokens.

    Universal tags get their plain-English name ("ADP · preposition").

    >>> ax = plot_tag_distribution({"NOUN": 3, "VERB": 1})
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['NOUN · noun', 'VERB · verb']
    >>> plt.close("all")
    """
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum(c for _, c in items) or 1
    labels = [f"{t} · {UNIVERSAL_TAG_NAMES[t]}" if t in UNIVERSAL_TAG_NAMES else t
              for t, _ in items]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, max(2.5, 0.32 * len(items) + 1)))
    values = [c for _, c in items]
    sns.barplot(x=values, y=labels, ax=ax, color=sns.color_palette(PALETTE)[0], orient="h")
    for i, v in enumerate(values):
        ax.text(v, i, f" {v} ({v / total:.0%})", va="center", fontsize=9)
    ax.set(title=title, xlabel="tokens", ylabel="")
    ax.set_xlim(0, max(values, default=1) * 1.25)
    return ax


def plot_dispersion(offsets: Mapping[str, Sequence[int]], length: int,
                    boundaries: Sequence[int] = (), title: str = "Where the words occur",
                    ax: plt.Axes | None = None) -> plt.Axes:
    """Lexical dispersion: one row per word, a tick wherever it occurs in the text.

    ``offsets`` maps each word to its character offsets, ``length`` is the
    length of the text; ``boundaries`` (e.g. paragraph starts) are drawn as
    dashed vertical lines. The x axis is the position in the text, 0–100 %.

    >>> ax = plot_dispersion({"nato": [0, 50], "peace": [90]}, length=100)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['nato (2)', 'peace (1)']
    >>> plot_dispersion({}, length=100).texts[0].get_text()
    'no words to show'
    >>> plt.close("all")
    """
    words = list(offsets)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.2, 0.38 * len(words) + 1.2)))
    if not words:
        ax.text(50, 0, "no words to show", ha="center", va="center", color="0.4")
        ax.set_ylim(-1, 1)
        words_axis: list[str] = []
    else:
        ax.set_ylim(len(words) - 0.5, -0.5)
        words_axis = [f"{w} ({len(offsets[w])})" for w in words]
    colour = sns.color_palette(PALETTE)[0]
    scale = 100 / max(1, length)
    ax.grid(False)
    for b in boundaries:
        ax.axvline(b * scale, color="0.6", lw=0.8, ls="--", zorder=0)
    for row, word in enumerate(words):
        xs = [o * scale for o in offsets[word]]
        ax.plot(xs, [row] * len(xs), "|", color=colour, markersize=14, markeredgewidth=2)
    ax.set_yticks(range(len(words)), words_axis)
    ax.set_xlim(0, 100)
    ax.set(title=title, xlabel="position in the text (%)" + (
        " · dashed lines: paragraph starts" if len(boundaries) else ""), ylabel="")
    return ax


def plot_agreement(table: pd.DataFrame, title: str = "How often two tokenisers agree",
                   ax: plt.Axes | None = None) -> plt.Axes:
    """Heatmap of a square tokeniser × tokeniser table of proportions (0–1).

    >>> t = pd.DataFrame([[1.0, 0.8], [0.8, 1.0]], index=["a", "b"], columns=["a", "b"])
    >>> plot_agreement(t).get_title()
    'How often two tokenisers agree'
    >>> plt.close("all")
    """
    if ax is None:
        side = 1.2 + 0.75 * len(table)
        _, ax = plt.subplots(figsize=(side + 1.5, side))
    sns.heatmap(table, annot=True, fmt=".0%", cmap="Blues", vmin=min(0.5, table.min().min()),
                vmax=1, square=True, cbar_kws={"label": "share of chunks cut identically"},
                ax=ax)
    ax.set(title=title, xlabel="", ylabel="")
    ax.tick_params(axis="x", rotation=45)
    return ax


# --- 04 Corpus overview -------------------------------------------------------------


def _nothing_to_plot(ax: plt.Axes, title: str, message: str) -> plt.Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            fontsize=11, color="grey")
    ax.set(title=title, xticks=[], yticks=[])
    return ax


def plot_most_quoted(table: pd.DataFrame, title: str = "Most-quoted speakers",
                     ax: plt.Axes | None = None) -> plt.Axes:
    """Horizontal bars of quotations per speaker, coloured by role
    (a table from :func:`nbutils.corpus.most_quoted_speakers`).

    >>> t = pd.DataFrame({"speaker": ["Ann", "Bo"], "role": ["official", "citizen"],
    ...                   "quotes": [3, 1], "words": [30, 8], "articles": [2, 1]})
    >>> plot_most_quoted(t).get_title()
    'Most-quoted speakers'
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(table) + 1.2)))
    if table.empty:
        return _nothing_to_plot(ax, title, "no attributed quotations found")
    roles = list(dict.fromkeys(table["role"]))
    colours = iter(sns.color_palette(PALETTE))
    palette = {r: "#9e9e9e" if r == "(unknown)" else next(colours) for r in roles}
    sns.barplot(data=table, x="quotes", y="speaker", hue="role", dodge=False, orient="h",
                palette=palette, ax=ax)
    for i, (q, w) in enumerate(zip(table["quotes"], table["words"], strict=True)):
        ax.text(q, i, f" {q} ({w} words)", va="center", fontsize=9)
    ax.set_xlim(0, table["quotes"].max() * 1.35)
    ax.set(title=title, xlabel="quotations", ylabel="")
    ax.legend(title="role", loc="lower right", fontsize=9)
    return ax


def plot_share_of_voice(table: pd.DataFrame, by: str = "role",
                        title: str = "Share of voice", ax: plt.Axes | None = None) -> plt.Axes:
    """Share of quotations and of quoted words per group, side by side
    (a table from :func:`nbutils.corpus.share_of_voice`).

    >>> t = pd.DataFrame({"role": ["official", "citizen"], "quotes": [3, 1],
    ...                   "words": [30, 10], "share_of_quotes": [75.0, 25.0],
    ...                   "share_of_words": [75.0, 25.0]})
    >>> plot_share_of_voice(t).get_xlabel()
    '% of the corpus'
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.6 * len(table) + 1.2)))
    if table.empty:
        return _nothing_to_plot(ax, title, "no quotations found")
    long = table.melt(id_vars=[by], value_vars=["share_of_quotes", "share_of_words"],
                      var_name="measure", value_name="share")
    long["measure"] = long["measure"].map({"share_of_quotes": "quotations",
                                           "share_of_words": "quoted words"})
    sns.barplot(data=long, x="share", y=by, hue="measure", orient="h", palette=PALETTE, ax=ax)
    for container in ax.containers:
        ax.bar_label(container, fmt="%.0f%%", fontsize=8, padding=2)
    ax.set_xlim(0, min(100, long["share"].max() * 1.2 + 5))
    ax.set(title=title, xlabel="% of the corpus", ylabel="")
    ax.legend(title="", loc="lower right", fontsize=9)
    return ax


def plot_sentiment_by(table: pd.DataFrame, by: str = "role",
                      title: str = "Sentiment of quotations", ax: plt.Axes | None = None
                      ) -> plt.Axes:
    """Mean sentiment (-1 … +1) of each group's quotations, on the diverging
    palette, with the number of quotations (a table from
    :func:`nbutils.corpus.sentiment_by`).

    >>> t = pd.DataFrame({"role": ["a", "b"], "quotes": [2, 1], "mean": [0.2, -0.6],
    ...                   "min": [-0.1, -0.6], "max": [0.5, -0.6]})
    >>> [float(x) for x in plot_sentiment_by(t).get_xlim()]
    [-1.0, 1.0]
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(table) + 1.2)))
    if table.empty:
        return _nothing_to_plot(ax, title, "no scored quotations")
    cmap = sns.color_palette(DIVERGING, as_cmap=True)
    colours = [cmap((m + 1) / 2) for m in table["mean"]]
    labels = [str(v) for v in table[by]]
    ax.barh(labels, table["mean"], color=colours, edgecolor="grey", linewidth=0.5)
    for i, (m, n) in enumerate(zip(table["mean"], table["quotes"], strict=True)):
        ax.text(m + (0.03 if m >= 0 else -0.03), i, f"{m:+.2f} (n={n})", va="center",
                ha="left" if m >= 0 else "right", fontsize=9)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.invert_yaxis()
    ax.set(title=title, xlabel="mean sentiment (−1 negative … +1 positive)", ylabel="")
    return ax
