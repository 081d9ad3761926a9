"""Figures and tables: one look for the whole project, and every plot routine.

Notebooks never hold long figure code: they call a function from here, which
returns the matplotlib ``Axes`` (or ``Figure``) so a reader can still adjust
titles or save it. :func:`set_theme` is called once at the top of each
notebook so every report looks the same. In a notebook it also sets how
figures and tables are shown:

* a figure is embedded as **SVG** with its text kept as text, or — when that
  would be large — at **2× resolution** as PNG if that is smaller, with **alt
  text** made from its title
  (:func:`figure_alt_text`);
* a pandas table is shown with text columns marked for left alignment and
  wrapping, ``—`` for a missing value and rows **numbered from 1**
  (:func:`table_html`).

Colours mean the same thing everywhere: each speaker has one colour
(:func:`speaker_palette`, in order of first quotation, so notebooks 02 and 03
agree), and comparison groups (officials, citizens …) have a separate palette
(:func:`group_palette`) that shares no colour with the speakers'.

>>> set_theme()
>>> import matplotlib.pyplot as plt
>>> ax = plot_top_words([("nato", 5), ("ukraine", 3)], title="Top words")
>>> ax.get_title(), figure_alt_text(ax.figure)
('Top words', 'Top words (x axis: count)')
>>> "—" in table_html(pd.DataFrame({"a": ["x", None]}))
True
>>> plt.close("all")
"""

from __future__ import annotations

import base64
import io
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from nbutils.speakers import NO_ROLE, SPEAKER_NOT_FOUND, missing_label

#: The project palette (colour-blind safe), used for speakers in order of first quotation.
PALETTE = "colorblind"
#: Diverging colour map for sentiment and stance (-1 red … +1 blue).
DIVERGING = "vlag_r"
#: Colours of the comparison groups: dark tones, none of them a speaker colour.
GROUP_COLOURS: dict[str, str] = {
    "officials": "#3b3b98",
    "politicians": "#8b3a3a",
    "citizens": "#b8860b",
    "experts": "#2f6b4f",
    "journalists": "#7a3b69",
    "anonymous": "#6b6b6b",
    "anonymous sources": "#6b6b6b",
    "organisations": "#1f5f7a",
    "civil society": "#6f7d1c",
    "sport": "#9d174d",
    NO_ROLE: "#a9a9a9",
}
#: A role (notebook 04 compares roles, notebook 03 the groups made of them) has the colour
#: of its group, so that one kind of speaker looks the same in every report.
ROLE_COLOURS: dict[str, str] = {
    "official": GROUP_COLOURS["officials"],
    "politician": GROUP_COLOURS["politicians"],
    "citizen/witness": GROUP_COLOURS["citizens"],
    "expert": GROUP_COLOURS["experts"],
    "journalist": GROUP_COLOURS["journalists"],
    "anonymous source": GROUP_COLOURS["anonymous sources"],
    "organisation": GROUP_COLOURS["organisations"],
    "civil society": GROUP_COLOURS["civil society"],
    "sport": GROUP_COLOURS["sport"],
}
_MORE_GROUP_COLOURS = ("#5c4033", "#4b5320", "#2e4057", "#6d4c7d", "#7f5539", "#355c4b")
#: Colour of single-colour charts that are about no speaker or group (words, tags).
NEUTRAL = "#4a6378"
#: Colours of the two measures of share of voice (quotations, quoted words).
MEASURE_COLOURS = {"quotations": "#44546a", "quoted words": "#a5b4c8"}
#: The background of a value written beside a bar: the grid lines stop at it, so a label
#: longer than the space to the next tick ("2 (1 direct, 1 follow-on)") stays readable.
LABEL_BOX = {"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}
#: Fewest values over which a mean is drawn as a bar (fewer: each value is shown).
MIN_FOR_MEAN = 3
#: Resolution factor of embedded PNG figures (2 = sharp on high-resolution screens).
FIGURE_SCALE = 2
#: An SVG figure up to this size (characters) is used as it is; a larger one is
#: compared with the 2× PNG and the smaller is kept.
SVG_LIMIT = 120_000


def set_theme() -> None:
    """Apply the project's seaborn theme (call once per notebook); in a
    notebook, also install the figure and table display described above, and
    show bad input (:class:`nbutils.articles.ArticleError`) as one line."""
    sns.set_theme(
        context="notebook",
        style="whitegrid",
        palette=PALETTE,
        rc={
            "figure.figsize": (8, 4.5),
            "figure.dpi": 100,
            "axes.titleweight": "bold",
            "axes.titlesize": 13,
            "svg.fonttype": "none",
            "svg.hashsalt": "nbutils",
        },
    )
    _install_display()


def _install_display() -> None:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the notebook stack
        return
    shell = get_ipython()
    if shell is None or not hasattr(shell, "display_formatter"):
        return
    from matplotlib.figure import Figure

    # matplotlib loads the notebook backend lazily, at the first figure, and that
    # backend then registers its own PNG display: load it now, so ours wins
    plt.close(plt.figure())
    formatters = shell.display_formatter.formatters
    for mime in ("image/png", "image/svg+xml", "image/jpeg", "application/pdf"):
        if mime in formatters:
            formatters[mime].pop(Figure, None)
    shell.display_formatter.mimebundle_formatter.for_type(Figure, figure_bundle)
    formatters["text/html"].for_type(pd.DataFrame, table_html)
    _one_line_input_errors(shell)


def _one_line_input_errors(shell: Any) -> None:
    """Bad input — a mistyped ``ARTICLE`` path, an empty or non-UTF-8 file, a ``MODEL``
    that is no sentiment model, a parameter of the wrong kind — shows as one line in the
    notebook (:func:`nbutils.parameters.install_one_line_errors`)."""
    from nbutils.parameters import install_one_line_errors

    install_one_line_errors(shell)


# --- figures: alt text and the smaller of 2x PNG and SVG ------------------------------


def figure_alt_text(fig: Any) -> str:
    """A short description of a figure for screen readers: its titles and axis labels.

    >>> fig, ax = plt.subplots(); _ = ax.set(title="Tone", xlabel="score")
    >>> figure_alt_text(fig)
    'Tone (x axis: score)'
    >>> plt.close(fig)
    """
    parts = []
    suptitle = getattr(fig, "_suptitle", None)
    if suptitle is not None and suptitle.get_text():
        parts.append(suptitle.get_text())
    for ax in fig.axes:
        title = " ".join((ax.get_title() or ax.get_title("left")).split())  # wrapped titles
        if not title:
            continue
        axes = [
            f"{n} axis: {label}"
            for n, label in (("x", ax.get_xlabel()), ("y", ax.get_ylabel()))
            if label
        ]
        parts.append(title + (f" ({'; '.join(axes)})" if axes else ""))
    return " · ".join(parts) or "Figure without a title"


def figure_bundle(fig: Any) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """The figure as an SVG (text kept as text) or, when that would be larger
    than :data:`SVG_LIMIT` and than the PNG, a 2× PNG — with alt text (a display bundle).
    A figure with nothing to plot (no quotation in the article or corpus) is one line.

    >>> empty = plot_most_quoted(pd.DataFrame(columns=["speaker", "role", "quotes", "words"]))
    >>> figure_bundle(empty.figure)
    ({'text/plain': 'Most-quoted speakers: no attributed quotations found.'}, {})
    >>> plt.close("all")
    """
    from html import escape

    empty = [getattr(ax, "_nbutils_nothing", None) for ax in fig.axes]
    if empty and all(empty):  # nothing to plot: say so in a line, no empty frame
        return {"text/plain": " ".join(str(e) for e in empty)}, {}
    alt = figure_alt_text(fig)
    svg_io = io.StringIO()
    fig.savefig(svg_io, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = svg_io.getvalue()
    svg = svg[svg.find("<svg") :]
    png_b64 = None
    if len(svg) > SVG_LIMIT:  # many marks (dense scatter, heatmap): a PNG may be smaller
        png = io.BytesIO()
        fig.savefig(png, format="png", dpi=fig.dpi * FIGURE_SCALE, bbox_inches="tight")
        png_b64 = base64.b64encode(png.getvalue()).decode("ascii")
    if png_b64 is None or len(svg) <= len(png_b64):
        svg = re.sub(r"<svg\b", f'<svg role="img" aria-label="{escape(alt)}"', svg, count=1)
        svg = re.sub(
            r"(<svg[^>]*>)", lambda m: f"{m.group(1)}<title>{escape(alt)}</title>", svg, count=1
        )
        return {"image/svg+xml": svg}, {"image/svg+xml": {"alt": alt}}
    from PIL import Image

    width, height = Image.open(io.BytesIO(base64.b64decode(png_b64))).size
    return (
        {"image/png": png_b64},
        {
            "image/png": {
                "width": math.ceil(width / FIGURE_SCALE),
                "height": math.ceil(height / FIGURE_SCALE),
                "alt": alt,
            }
        },
    )


# --- tables ------------------------------------------------------------------------------


def _is_text(series: pd.Series) -> bool:
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_numeric_dtype(series):
        return False
    values = series.dropna()
    return not len(values) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in values
    )


def _decimals(series: pd.Series) -> int:
    """Decimals a float column needs (at most 3). Whole numbers need none (counts
    that became floats beside a missing value), but a column of nothing but zeros
    is a measurement that came out 0, so it keeps one: ``0.0`` beside ``100.0``.

    >>> _decimals(pd.Series([1.25, 2.0])), _decimals(pd.Series([3.0, None])), _decimals(
    ...     pd.Series([0.0, 0.0]))
    (2, 0, 1)
    """
    best = 0
    values = series.dropna()
    for v in values:
        for d in range(0, 4):
            if abs(round(float(v), d) - round(float(v), 3)) < 1e-9:
                best = max(best, d)
                break
    if best == 0 and len(values) and not values.astype(float).any():
        return 1
    return best


def _cell(value: Any, decimals: int | None) -> str:
    from html import escape

    if (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or value is pd.NA
        or value is pd.NaT
    ):
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if decimals is not None and isinstance(value, float):
        return f"{value:,.{decimals}f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return escape(str(value))


def table_html(frame: pd.DataFrame, max_rows: int = 60) -> str:
    """A DataFrame as a plain HTML table for reading: text columns get
    ``class="text"`` (left-aligned and wrapped by the page), missing values
    show as ``—``, a default row index is numbered from 1, floats in a column
    share their number of decimals (at most 3), and long tables show their
    first ``max_rows`` rows and say how many more there are.

    >>> print(table_html(pd.DataFrame({"who": ["Ann", None], "n": [1.5, 2.0]})))
    ... # doctest: +NORMALIZE_WHITESPACE
    <table class="dataframe"><thead><tr><th></th><th class="text">who</th><th>n</th></tr></thead>
    <tbody><tr><th>1</th><td class="text">Ann</td><td>1.5</td></tr>
    <tr><th>2</th><td class="text">—</td><td>2.0</td></tr></tbody></table>

    A table with no rows says so, rather than showing a header over nothing:

    >>> table_html(pd.DataFrame(columns=["role", "quotes"]))
    '<p class="empty-table"><i>No rows (columns: role, quotes).</i></p>'

    Whole numbers stay whole beside a column of floats:

    >>> "<td>1000</td>" in table_html(pd.DataFrame({"n": [1000], "r": [0.61]}))
    True

    A table whose ``attrs["decimals"]`` is set shows every float with that many decimals
    (scores that came out exactly 1 beside 0.948):

    >>> scores = pd.DataFrame({"here": [1.0], "there": [0.948]})
    >>> scores.attrs["decimals"] = 3
    >>> "<td>1.000</td><td>0.948</td>" in table_html(scores)
    True

    Columns in groups (a column MultiIndex) get a spanning label over each group, text
    columns stay left-aligned, and the index's name heads the index:

    >>> both = pd.DataFrame({("all", "word"): ["the"], ("all", "n"): [5]}).rename_axis("rank")
    >>> print(table_html(both).split("<tbody>")[0].replace("</tr><tr>", "</tr>\\n<tr>"))
    <table class="dataframe"><thead><tr><th></th><th colspan="2" class="group">all</th></tr>
    <tr><th>rank</th><th class="text">word</th><th>n</th></tr></thead>
    <BLANKLINE>
    """
    from html import escape

    if frame.empty and not isinstance(frame.columns, pd.MultiIndex):
        columns = ", ".join(str(c) for c in frame.columns)
        return (
            '<p class="empty-table"><i>No rows'
            + (f" (columns: {escape(columns)})" if columns else "")
            + ".</i></p>"
        )
    shown = frame.iloc[:max_rows]
    index = shown.index
    if (
        index.nlevels == 1
        and index.name is None
        and pd.api.types.is_integer_dtype(index)
        and (len(index) == 0 or index.min() >= 0)
    ):
        index_rows = [(str(i + 1),) for i in index]
        index_names = [""]
    else:
        index_rows = [
            tuple(
                str(x) if not isinstance(x, str) else x
                for x in (i if isinstance(i, tuple) else (i,))
            )
            for i in index
        ]
        index_names = [str(n) if n is not None else "" for n in index.names]
    text = {c: _is_text(frame[c]) for c in frame.columns}
    fixed = frame.attrs.get("decimals")  # a table of scores: 1.000 beside 0.948, not 1
    decimals = {
        c: (fixed if isinstance(fixed, int) else _decimals(frame[c]))
        if pd.api.types.is_float_dtype(frame[c])
        else None
        for c in frame.columns
    }
    long = {
        c: text[c] and shown[c].astype(str).str.len().max(skipna=True) > 60 if len(shown) else False
        for c in frame.columns
    }
    cls = {
        c: (' class="text long"' if long[c] else ' class="text"') if text[c] else ""
        for c in frame.columns
    }
    head = _table_head(frame.columns, index_names, cls)
    rows = []
    previous: tuple[str, ...] = ()
    # column by column, not iterrows(): a row of ints and floats would become all floats
    values = [shown.iloc[:, k].tolist() for k in range(shown.shape[1])]
    for r, labels in enumerate(index_rows):
        # a repeated outer label of a MultiIndex is left blank, as pandas does
        shown_labels = [
            x if k == len(labels) - 1 or k >= len(previous) or previous[k] != x else ""
            for k, x in enumerate(labels)
        ]
        previous = labels
        cells = "".join(f"<th>{escape(x)}</th>" for x in shown_labels)
        cells += "".join(
            f"<td{cls[c]}>{_cell(values[k][r], decimals[c])}</td>"
            for k, c in enumerate(frame.columns)
        )
        rows.append(f"<tr>{cells}</tr>")
    more = ""
    if len(frame) > max_rows:
        more = (
            f"<p><small>… and {len(frame) - max_rows:,} more rows "
            f"({len(frame):,} in all)</small></p>"
        )
    return (
        f'<table class="dataframe"><thead>{head}</thead>\n<tbody>'
        + "\n".join(rows)
        + f"</tbody></table>{more}"
    )


def _table_head(columns: pd.Index, index_names: list[str], cls: dict[Any, str]) -> str:
    """The header rows of :func:`table_html`: one per column level; an upper level's label
    spans its columns (``all words`` over ``word`` and ``count``) and the index's name
    stands in the last row, above the index (no row of its own, as pandas makes)."""
    from html import escape

    if not isinstance(columns, pd.MultiIndex):
        return (
            "<tr>"
            + "".join(f"<th>{escape(n)}</th>" for n in index_names)
            + "".join(f"<th{cls[c]}>{escape(str(c))}</th>" for c in columns)
            + "</tr>"
        )
    rows = []
    for level in range(columns.nlevels):
        last = level == columns.nlevels - 1
        names = index_names if last else [""] * len(index_names)
        cells = [f"<th>{escape(n)}</th>" for n in names]
        if last:
            cells += [f"<th{cls[c]}>{escape(str(c[-1]))}</th>" for c in columns]
        else:
            k = 0
            while k < len(columns):
                span = 1
                while (
                    k + span < len(columns)
                    and columns[k + span][: level + 1] == columns[k][: level + 1]
                ):
                    span += 1
                label = escape(str(columns[k][level]))
                cells.append(
                    f'<th colspan="{span}" class="group">{label}</th>'
                    if span > 1
                    else f"<th>{label}</th>"
                )
                k += span
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "".join(rows)


# --- palettes ------------------------------------------------------------------------------


def group_palette(groups: Sequence[str]) -> dict[str, str]:
    """One colour per comparison group (officials, citizens, other roles): fixed for
    the known groups, dark tones for the others — never a speaker colour.

    >>> group_palette(["citizens", "officials"])["officials"]
    '#3b3b98'

    A role has its group's colour, and the roles of one report all differ:

    >>> roles = ["official", "politician", "citizen/witness", "expert", "organisation",
    ...          "journalist", "anonymous source", "civil society", "sport", "no role found"]
    >>> group_palette(roles)["official"] == group_palette(["officials"])["officials"]
    True
    >>> len(set(group_palette(roles).values())) == len(roles)
    True
    """
    out: dict[str, str] = {}
    extra = iter(_MORE_GROUP_COLOURS * 4)
    for g in groups:
        if g not in out:
            known = GROUP_COLOURS.get(str(g)) or ROLE_COLOURS.get(str(g))
            out[g] = known or next(extra, "#555555")
    return out


def _palette_for(frame: pd.DataFrame, by: str, values: Sequence[str]) -> dict[str, str]:
    """Speaker colours for ``by == "speaker"`` (in order of first quotation), else
    the group palette."""
    if by == "speaker":
        ordered = frame.sort_values("start") if "start" in frame else frame
        colours = speaker_palette(
            [
                s
                for s in ordered["speaker"].astype(str)
                if s and s not in (SPEAKER_NOT_FOUND, NO_ROLE, "nan", "None")
            ]
        )
        return {v: colours.get(v, UNKNOWN_SPEAKER_COLOUR) for v in values}
    return group_palette(list(values))


def plot_top_words(
    counts: Sequence[tuple[str, int]],
    title: str = "Most frequent words",
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """Horizontal bar chart of ``(word, count)`` pairs, most frequent on top.

    >>> plot_top_words([], title="Reporting verbs")._nbutils_nothing
    'Reporting verbs: nothing to count.'
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(7, max(2.5, 0.32 * len(counts) + 1)))
    if not len(counts):
        return _nothing_to_plot(ax, title, "nothing to count")
    words = [w for w, _ in counts]
    values = [c for _, c in counts]
    sns.barplot(x=values, y=words, ax=ax, color=NEUTRAL, orient="h")
    for i, v in enumerate(values):
        _bar_label(ax, v, i, f"{v}")
    ax.set(title=title, xlabel="count", ylabel="")
    whole_number_ticks(ax.xaxis)
    return ax


# --- 01 Tokenisation -------------------------------------------------------

#: Plain-English names of the universal part-of-speech tags.
UNIVERSAL_TAG_NAMES: dict[str, str] = {
    "NOUN": "noun",
    "VERB": "verb",
    "ADP": "preposition",
    "DET": "determiner",
    ".": "punctuation",
    "ADJ": "adjective",
    "PRON": "pronoun",
    "ADV": "adverb",
    "CONJ": "conjunction",
    "PRT": "particle",
    "NUM": "numeral",
    "X": "other",
}


def plot_tag_distribution(
    counts: Mapping[str, int], title: str = "Parts of speech", ax: plt.Axes | None = None
) -> plt.Axes:
    """Horizontal bars of tag counts, most frequent on top, as a share of all tokens.

    Universal tags get their plain-English name ("ADP · preposition").

    >>> ax = plot_tag_distribution({"NOUN": 3, "VERB": 1})
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['NOUN · noun', 'VERB · verb']
    >>> plt.close("all")
    """
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total = sum(c for _, c in items) or 1
    labels = [
        f"{t} · {UNIVERSAL_TAG_NAMES[t]}" if t in UNIVERSAL_TAG_NAMES else t for t, _ in items
    ]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, max(2.5, 0.32 * len(items) + 1)))
    values = [c for _, c in items]
    sns.barplot(x=values, y=labels, ax=ax, color=NEUTRAL, orient="h")
    for i, v in enumerate(values):
        _bar_label(ax, v, i, f"{v} ({v / total:.0%})")
    ax.set(title=title, xlabel="tokens", ylabel="")
    whole_number_ticks(ax.xaxis)
    ax.set_xlim(0, max(values, default=1) * 1.25)
    return ax


def plot_dispersion(
    offsets: Mapping[str, Sequence[int]],
    length: int,
    boundaries: Sequence[int] = (),
    title: str = "Where the words occur",
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """Lexical dispersion: one row per word, a tick wherever it occurs in the text.

    ``offsets`` maps each word to its character offsets, ``length`` is the
    length of the text; ``boundaries`` (e.g. paragraph starts) are drawn as
    dashed vertical lines. The x axis is the position in the text, 0–100 %.

    >>> ax = plot_dispersion({"nato": [0, 50], "peace": [90]}, length=100)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['nato (2)', 'peace (1)']
    >>> bool(ax.get_xlim()[0] < 0)  # the tick of a word at offset 0 clears the frame
    True
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
    colour = NEUTRAL
    scale = 100 / max(1, length)
    ax.grid(False)
    for b in boundaries:
        ax.axvline(b * scale, color="0.6", lw=0.8, ls="--", zorder=0)
    for row, word in enumerate(words):
        xs = [o * scale for o in offsets[word]]
        ax.plot(xs, [row] * len(xs), "|", color=colour, markersize=14, markeredgewidth=2)
    ax.set_yticks(range(len(words)), words_axis)
    ax.set_xlim(-1.5, 101.5)  # a word at the very start or end is not hidden by the frame
    ax.set(
        title=title,
        xlabel="position in the text (%)"
        + (" · dashed lines: paragraph starts" if len(boundaries) else ""),
        ylabel="",
    )
    return ax


def plot_agreement(
    table: pd.DataFrame, title: str = "How often two tokenisers agree", ax: plt.Axes | None = None
) -> plt.Axes:
    """Heatmap of a square tokeniser × tokeniser table of proportions (0–1).

    >>> t = pd.DataFrame([[1.0, 0.8], [0.8, 1.0]], index=["a", "b"], columns=["a", "b"])
    >>> plot_agreement(t).get_title()
    'How often two tokenisers agree'
    >>> plt.close("all")
    """
    if ax is None:
        side = 1.2 + 0.75 * len(table)
        _, ax = plt.subplots(figsize=(side + 1.5, side))
    sns.heatmap(
        table,
        annot=True,
        fmt=".0%",
        cmap="Blues",
        vmin=min(0.5, table.min().min()),
        vmax=1,
        square=True,
        cbar_kws={"label": "share of chunks cut identically"},
        ax=ax,
    )
    ax.set(title=title, xlabel="", ylabel="")
    ax.tick_params(axis="x", rotation=45)
    return ax


# --- 04 Corpus overview -------------------------------------------------------------


def _bar_label(
    ax: plt.Axes, x: float, y: float, text: str, left: bool = False, fontsize: float = 9
) -> None:
    """Write ``text`` just past the end of a horizontal bar (before it with ``left``), on
    :data:`LABEL_BOX`, a few points away so the box never covers the bar."""
    ax.annotate(
        text,
        (x, y),
        xytext=(-3 if left else 3, 0),
        textcoords="offset points",
        ha="right" if left else "left",
        va="center",
        fontsize=fontsize,
        bbox=LABEL_BOX,
    )


def whole_number_ticks(axis: Any) -> None:
    """Ticks at whole numbers only, on an axis that counts (quotations, words): with every
    speaker quoted once the axis read 0.0, 0.2 … 1.2 quotations.

    >>> fig, ax = plt.subplots(); _ = ax.barh(["a", "b"], [1, 1]); whole_number_ticks(ax.xaxis)
    >>> all(float(t).is_integer() for t in ax.get_xticks())
    True
    >>> plt.close(fig)
    """
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def legend_outside(ax: plt.Axes, **kwargs: Any) -> Any:
    """The legend beside the axes, top right outside the plot: inside, wherever it went,
    some article's data ran under it (a last quotation high in the article's sentiment,
    bars of equal length whose count labels reach the right edge).

    >>> fig, ax = plt.subplots(); _ = ax.plot([0, 1], [1, 1], label="a")
    >>> r = fig.canvas.get_renderer()
    >>> bool(legend_outside(ax).get_window_extent(r).x0 > ax.get_window_extent(r).x1)
    True
    >>> plt.close(fig)
    """
    return ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), borderaxespad=0, **kwargs)


def _nothing_to_plot(ax: plt.Axes, title: str, message: str) -> plt.Axes:
    """An empty frame with ``message`` — which a notebook shows as one line of text
    instead (:func:`figure_bundle`): a reader should not get an empty box with axes."""
    ax._nbutils_nothing = f"{title}: {message}."  # type: ignore[attr-defined]
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        transform=ax.transAxes,
        fontsize=11,
        color="grey",
    )
    ax.set(title=title, xticks=[], yticks=[])
    return ax


def plot_most_quoted(
    table: pd.DataFrame, title: str = "Most-quoted speakers", ax: plt.Axes | None = None
) -> plt.Axes:
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
    palette = group_palette(list(dict.fromkeys(table["role"])))
    sns.barplot(
        data=table,
        x="quotes",
        y="speaker",
        hue="role",
        dodge=False,
        orient="h",
        palette=palette,
        ax=ax,
    )
    for i, (q, w) in enumerate(zip(table["quotes"], table["words"], strict=True)):
        _bar_label(ax, q, i, f"{q} ({w} words)")
    ax.set_xlim(0, table["quotes"].max() * 1.35)
    ax.set(title=title, xlabel="quotations", ylabel="")
    whole_number_ticks(ax.xaxis)
    legend_outside(ax, title="role", fontsize=9)
    return ax


def plot_share_of_voice(
    table: pd.DataFrame, by: str = "role", title: str = "Share of voice", ax: plt.Axes | None = None
) -> plt.Axes:
    """Share of quotations and of quoted words per group, side by side
    (a table from :func:`nbutils.corpus.share_of_voice`).

    >>> t = pd.DataFrame({"role": ["official", "citizen"], "quotes": [3, 1],
    ...                   "words": [30, 10], "share_of_quotes": [75.0, 25.0],
    ...                   "share_of_words": [75.0, 25.0]})
    >>> plot_share_of_voice(t).get_xlabel()
    '% of all quotations or quoted words'
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.6 * len(table) + 1.2)))
    if table.empty:
        return _nothing_to_plot(ax, title, "no quotations found")
    long = table.melt(
        id_vars=[by],
        value_vars=["share_of_quotes", "share_of_words"],
        var_name="measure",
        value_name="share",
    )
    long["measure"] = long["measure"].map(
        {"share_of_quotes": "quotations", "share_of_words": "quoted words"}
    )
    sns.barplot(
        data=long, x="share", y=by, hue="measure", orient="h", palette=MEASURE_COLOURS, ax=ax
    )
    for container in ax.containers:
        ax.bar_label(container, fmt="%.0f%%", fontsize=8, padding=2, bbox=LABEL_BOX)
    ax.set_xlim(0, min(100, long["share"].max() * 1.2 + 5))
    ax.set(title=title, xlabel="% of all quotations or quoted words", ylabel="")
    legend_outside(ax, title="", fontsize=9)
    return ax


def plot_sentiment_by(
    table: pd.DataFrame,
    by: str = "role",
    title: str = "Sentiment of quotations",
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """Mean sentiment (-1 … +1) of each group's quotations as a bar on the
    diverging palette, with the number of quotations (a table from
    :func:`nbutils.corpus.sentiment_by`). A group with fewer than three
    quotations gets no bar: its values (one, or the two extremes) are dots.

    >>> t = pd.DataFrame({"role": ["a", "b"], "quotes": [2, 1], "mean": [0.2, -0.6],
    ...                   "min": [-0.1, -0.6], "max": [0.5, -0.6]})
    >>> ax = plot_sentiment_by(t)
    >>> [float(x) for x in ax.get_xlim()], len(ax.patches), [x.get_text() for x in ax.texts]
    ([-1.0, 1.0], 0, ['n=2: -0.10, +0.50', 'n=1: -0.60'])
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(table) + 1.2)))
    if table.empty:
        return _nothing_to_plot(ax, title, "no scored quotations")
    cmap = sns.color_palette(DIVERGING, as_cmap=True)
    labels = [str(v) for v in table[by]]
    rows = range(len(labels))
    ax.set_yticks(list(rows), labels)
    for i, row in zip(rows, table.itertuples(index=False), strict=True):
        m, n = float(row.mean), int(row.quotes)
        if n >= MIN_FOR_MEAN:
            ax.barh(i, m, color=cmap((m + 1) / 2), edgecolor="grey", linewidth=0.5)
            text, x = f"{m:+z.2f} (n={n})", m
        else:  # too few for a mean: show the values themselves
            points = [m] if n == 1 else [float(row.min), float(row.max)]
            ax.scatter(
                points,
                [i] * len(points),
                color=[cmap((p + 1) / 2) for p in points],
                edgecolor="grey",
                s=60,
                zorder=3,
            )
            text = f"n={n}: " + ", ".join(f"{p:+z.2f}" for p in points)
            x = max(points) if m >= 0 else min(points)
        ax.text(
            x + (0.04 if m >= 0 else -0.04),
            i,
            text,
            va="center",
            ha="left" if m >= 0 else "right",
            fontsize=9,
        )
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.invert_yaxis()
    ax.set(title=title, xlabel="mean sentiment (−1 negative … +1 positive)", ylabel="")
    return ax


# --- 03 Reaction analysis -----------------------------------------------------------


def _summary_label(values: pd.Series) -> str:
    n = len(values)
    if n < MIN_FOR_MEAN:
        return f"n={n}"
    return f"mean {values.mean():+z.2f} (n={n})"


def plot_quote_sentiment(
    scored: pd.DataFrame,
    by: str = "speaker",
    title: str = "Sentiment of each quotation",
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """Every quotation as a dot (sentiment on x, one row per ``by`` value:
    ``speaker``, ``role`` or ``group``), a black bar at the mean of groups with
    at least three quotes (:data:`MIN_FOR_MEAN`), and ``n`` written beside each row — a single quote is
    shown as what it is, never as a bare mean. ``scored`` comes from
    :func:`nbutils.reactions.add_sentiment`.

    >>> q = pd.DataFrame({"speaker": ["A", "A", "A", "B", "B"],
    ...                   "sentiment": [0.5, 0.1, 0.3, -0.4, 0.0]})
    >>> ax = plot_quote_sentiment(q)
    >>> [t.get_text() for t in ax.texts], len(ax.lines) - 1  # one mean bar, and the zero line
    (['mean +0.30 (n=3)', 'n=2'], 1)
    >>> plt.close("all")
    """
    frame = scored.dropna(subset=["sentiment"]) if "sentiment" in scored else scored.iloc[0:0]
    if by in frame:
        label = missing_label(by)
        frame = frame.assign(**{by: frame[by].where(frame[by].notna(), label).astype(str)})
    order = list(frame[by].value_counts().index) if not frame.empty else []
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.55 * len(order) + 1.3)))
    if frame.empty:
        return _nothing_to_plot(ax, title, "no scored quotations")
    sns.stripplot(
        data=frame,
        x="sentiment",
        y=by,
        order=order,
        hue="sentiment",
        palette=DIVERGING,
        hue_norm=(-1, 1),
        legend=False,
        size=8,
        jitter=0.15,
        edgecolor="grey",
        linewidth=0.6,
        ax=ax,
    )
    for i, name in enumerate(order):
        values = frame.loc[frame[by] == name, "sentiment"]
        if len(values) >= MIN_FOR_MEAN:
            ax.plot([values.mean()] * 2, [i - 0.3, i + 0.3], color="black", linewidth=2.5)
        ax.text(
            1.02,
            i,
            _summary_label(values),
            va="center",
            fontsize=9,
            transform=ax.get_yaxis_transform(),
        )
    ax.axvline(0, color="grey", linewidth=0.8, linestyle="--")
    ax.set_xlim(-1.05, 1.05)
    ax.set(title=title, xlabel="sentiment of the quotation (−1 negative … +1 positive)", ylabel="")
    return ax


def plot_stance_heatmap(
    means: pd.DataFrame,
    counts: pd.DataFrame,
    title: str = "Who speaks about whom, and how",
    ax: plt.Axes | None = None,
    measure: str = "mean stance toward the target",
) -> plt.Axes:
    """Speaker × target heatmap of mean stance (diverging palette, −1 … +1),
    each cell annotated with its mean and ``n``; empty cells stay blank.
    ``means``/``counts`` come from :func:`nbutils.reactions.stance_matrix`.

    >>> m = pd.DataFrame({"Ukraine": [0.4, None]}, index=["A", "B"])
    >>> c = pd.DataFrame({"Ukraine": [2, 0]}, index=["A", "B"])
    >>> [t.get_text() for t in plot_stance_heatmap(m, c).texts]
    ['+0.40\\nn=2']
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(
            figsize=(max(5, 1.1 * means.shape[1] + 3), max(2.5, 0.6 * means.shape[0] + 1.5))
        )
    if means.empty:
        return _nothing_to_plot(ax, title, "no targets named in the quotations")
    labels = means.copy().astype(object)
    for r in means.index:
        for c in means.columns:
            v, n = means.loc[r, c], int(counts.loc[r, c])
            labels.loc[r, c] = "" if pd.isna(v) or n == 0 else f"{v:+z.2f}\nn={n}"
    sns.heatmap(
        means.astype(float),
        annot=labels.values,
        fmt="",
        cmap=DIVERGING,
        vmin=-1,
        vmax=1,
        center=0,
        linewidths=0.5,
        linecolor="white",
        ax=ax,
        cbar_kws={"label": measure},
        annot_kws={"fontsize": 9},
    )
    ax.set(xlabel="target named in the quotation", ylabel="")
    ax.grid(False)  # no grid lines across the blank cells
    fit_title(ax, title)
    ax.tick_params(axis="x", rotation=30)
    ax.tick_params(axis="y", rotation=0)  # row names read across (seaborn turns short ones)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    return ax


def fit_title(ax: plt.Axes, title: str) -> None:
    r"""Set ``title``, wrapped onto more lines when it is wider than the axes — a heatmap of
    two targets is narrow, and a long title ran into its colour bar.

    >>> fig, ax = plt.subplots(figsize=(3, 2))
    >>> fit_title(ax, "How each group of speakers treats the targets named most")
    >>> "\n" in ax.get_title(), " ".join(ax.get_title().split())
    (True, 'How each group of speakers treats the targets named most')
    >>> fit_title(ax, "Short"); ax.get_title()
    'Short'
    >>> plt.close(fig)
    """
    import textwrap

    text = ax.set_title(title)
    renderer = ax.figure.canvas.get_renderer()
    wide, room = text.get_window_extent(renderer).width, ax.get_window_extent(renderer).width
    if wide > room and " " in title:
        per_line = max(12, int(len(title) * room / wide))
        ax.set_title("\n".join(textwrap.wrap(title, per_line)))


def plot_sentiment_along_article(
    sentences: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
    by: str = "group",
    title: str = "Sentiment along the article",
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """Each sentence's sentiment by its position in the article (a grey line
    with dots, from :func:`nbutils.sentiment.sentence_scores`), with the
    quotations on top as larger markers at their character offset, coloured
    by ``by`` (``group``, ``role`` or ``speaker``) when ``quotes`` (scored) is given.

    >>> s = pd.DataFrame({"sentence": [0, 1], "start": [0, 12], "end": [11, 22],
    ...                   "text": ["A good day.", "Bad."], "score": [0.4, -0.5]})
    >>> plot_sentiment_along_article(s).get_xlabel()
    'position in the article (character offset)'
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 4))
    if sentences.empty:
        return _nothing_to_plot(ax, title, "no sentences")
    ax.plot(sentences["start"], sentences["score"], color="#9e9e9e", linewidth=1, zorder=1)
    ax.scatter(
        sentences["start"], sentences["score"], s=18, color="#616161", zorder=2, label="sentence"
    )
    if quotes is not None and not quotes.empty and "sentiment" in quotes:
        label = missing_label(by)
        frame = quotes.assign(**{by: quotes[by].where(quotes[by].notna(), label).astype(str)})
        values = list(dict.fromkeys(frame[by]))
        sns.scatterplot(
            data=frame,
            x="start",
            y="sentiment",
            hue=by,
            style=by,
            s=110,
            palette=_palette_for(frame, by, values),
            edgecolor="black",
            linewidth=0.6,
            zorder=3,
            ax=ax,
        )
        legend_outside(ax, title=f"quotation ({by})", fontsize=8, title_fontsize=9)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set(title=title, xlabel="position in the article (character offset)", ylabel="sentiment")
    return ax


def plot_narrator_reactions(
    summary: pd.DataFrame, title: str = "Reactions the writer describes", ax: plt.Axes | None = None
) -> plt.Axes:
    """Negative and positive reaction words the narrator attributes to each
    group (a table from :func:`nbutils.reactions.reaction_summary`), as
    diverging bars with the counts written on them.

    >>> t = pd.DataFrame({"group": ["Many"], "role": ["citizen/witness"], "reactions": [2],
    ...                   "negative": [2], "positive": [0], "families": ["concern"]})
    >>> plot_narrator_reactions(t).get_xlabel()
    'reaction words (negative ← | → positive)'
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.45 * len(summary) + 1.3)))
    if summary.empty:
        return _nothing_to_plot(ax, title, "no reactions described outside quotations")
    cmap = sns.color_palette(DIVERGING, as_cmap=True)
    labels = [f"{g} — {f}" for g, f in zip(summary["group"], summary["families"], strict=True)]
    ax.barh(labels, -summary["negative"], color=cmap(0.1), label="negative")
    ax.barh(labels, summary["positive"], color=cmap(0.9), label="positive")
    for i, (neg, pos) in enumerate(zip(summary["negative"], summary["positive"], strict=True)):
        if neg:
            _bar_label(ax, -neg, i, f"{neg}", left=True)
        if pos:
            _bar_label(ax, pos, i, f"{pos}")
    top = max(1, int(summary[["negative", "positive"]].to_numpy().max()))
    ax.set_xlim(-top - 1, top + 1)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.invert_yaxis()
    ax.set(title=title, xlabel="reaction words (negative ← | → positive)", ylabel="")
    whole_number_ticks(ax.xaxis)
    legend_outside(ax, fontsize=9)
    return ax


#: The stance table's title, and its title when no quotation names a target (its one
#: column is then the whole-quote sentiment).
STANCE_TABLE_TITLE = "Stance toward each target (first column: whole-quote sentiment)"
NO_TARGET_TITLE = "Whole-quote sentiment by group and speaker (no quotation names a target)"


def plot_stance_table(
    means: pd.DataFrame,
    counts: pd.DataFrame,
    title: str = STANCE_TABLE_TITLE,
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """The stance table of :func:`nbutils.reactions.stance_grid` as a heatmap:
    rows grouped by comparison group (each group's own row in bold, its
    speakers indented below it, a line between groups), one column per
    target, every cell annotated with its mean and ``n``; blank where the row
    never names the target. With no target (only the whole-quote sentiment
    column), the default title says so instead of promising a stance.

    >>> idx = pd.MultiIndex.from_tuples([("officials", "all officials"), ("officials", "Ann"),
    ...                                  ("citizens", "all citizens")])
    >>> m = pd.DataFrame({"all their quotes": [0.2, 0.2, -0.5]}, index=idx)
    >>> c = pd.DataFrame({"all their quotes": [1, 1, 2]}, index=idx)
    >>> [t.get_text() for t in plot_stance_table(m, c).get_yticklabels()]
    ['officials (all)', '    Ann', 'citizens (all)']
    >>> " ".join(plot_stance_table(m, c).get_title().split()) == NO_TARGET_TITLE
    True
    >>> plt.close("all")
    """
    no_target = means.shape[1] <= 1
    if no_target and title == STANCE_TABLE_TITLE:
        title = NO_TARGET_TITLE
    if ax is None:
        _, ax = plt.subplots(
            figsize=(max(7, 1.15 * means.shape[1] + 3.5), max(2.5, 0.55 * means.shape[0] + 1.6))
        )
    if means.empty:
        return _nothing_to_plot(ax, title, "no quotations found")
    keys = list(means.index)
    if isinstance(means.index, pd.MultiIndex):
        labels = [f"{g} (all)" if s == f"all {g}" else f"    {s}" for g, s in keys]
        groups = [g for g, _ in keys]
    else:
        labels, groups = [str(k) for k in keys], [str(k) for k in keys]
    flat_means, flat_counts = means.copy(), counts.copy()
    flat_means.index, flat_counts.index = labels, labels
    plot_stance_heatmap(
        flat_means, flat_counts, title=title, ax=ax, measure="mean (−1 negative … +1 positive)"
    )
    ax.grid(False)
    for i in range(1, len(groups)):
        if groups[i] != groups[i - 1]:
            ax.axhline(i, color="black", linewidth=1.2)
    for tick in ax.get_yticklabels():
        if not tick.get_text().startswith(" "):
            tick.set_fontweight("bold")
    ax.set_xlabel(
        "all their quotations" if no_target else "all quotations, then each target named in them"
    )
    return ax


# --- 02 Speaker attribution -------------------------------------------------------

#: Colour of quotations whose speaker was not found.
UNKNOWN_SPEAKER_COLOUR = "#9e9e9e"


def speaker_palette(speakers: Sequence[str]) -> dict[str, str]:
    """One hex colour per speaker, in the order given, from :data:`PALETTE`.

    The palette's greys are left out (grey means "no speaker"); past the
    palette's length the colours repeat.

    >>> colours = speaker_palette(["Ann", "Bo", "Ann"])
    >>> list(colours), colours["Ann"] != colours["Bo"], UNKNOWN_SPEAKER_COLOUR in colours.values()
    (['Ann', 'Bo'], True, False)
    """
    import colorsys

    hues = [
        c
        for c in sns.color_palette(PALETTE).as_hex()
        if colorsys.rgb_to_hsv(*(int(c[k : k + 2], 16) / 255 for k in (1, 3, 5)))[1] > 0.15
    ]
    hues = hues or ["#0173b2"]
    out: dict[str, str] = {}
    for s in speakers:
        if s not in out:
            out[s] = hues[len(out) % len(hues)]
    return out


def plot_quotes_per_speaker(
    table: pd.DataFrame,
    title: str = "Quotations per speaker",
    colours: Mapping[str, str] | None = None,
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """Horizontal bars: how many quotations each speaker has, most quoted on top,
    each bar in the speaker's colour (the highlighted article's colours) and
    labelled with its kinds. ``table`` is a quote table
    (:func:`nbutils.views.quote_table`); quotations with no speaker form a grey
    "(no speaker)" bar, at the bottom.

    >>> t = pd.DataFrame({"start": [0, 9, 20], "speaker": ["Ann", "Bo", "Ann"],
    ...                   "kind": ["direct", "partial", "direct"]})
    >>> ax = plot_quotes_per_speaker(t)
    >>> [t.get_text() for t in ax.get_yticklabels()], [float(p.get_width()) for p in ax.patches]
    (['Ann', 'Bo'], [2.0, 1.0])
    >>> plot_quotes_per_speaker(t.iloc[0:0]).texts[0].get_text()
    'no quotations found'
    >>> plt.close("all")
    """
    n_speakers = table["speaker"].nunique(dropna=False) if len(table) else 0
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.2, 0.45 * n_speakers + 1.2)))
    if table.empty:
        return _nothing_to_plot(ax, title, "no quotations found")
    ordered = table.sort_values("start") if "start" in table else table
    none_label = "(no speaker)"
    speakers = [s if isinstance(s, str) and s else none_label for s in ordered["speaker"]]
    if colours is None:
        colours = speaker_palette([s for s in speakers if s != none_label])
    counts: dict[str, dict[str, int]] = {}
    for s, kind in zip(speakers, ordered["kind"], strict=True):
        counts.setdefault(s, {}).setdefault(kind, 0)
        counts[s][kind] += 1
    rows = sorted(
        counts.items(),
        key=lambda kv: (kv[0] == none_label, -sum(kv[1].values()), speakers.index(kv[0])),
    )
    names = [s for s, _ in rows]
    totals = [sum(k.values()) for _, k in rows]
    bar_colours = [
        UNKNOWN_SPEAKER_COLOUR if s == none_label else colours.get(s, "#0173b2") for s in names
    ]
    ax.barh(range(len(names)), totals, color=bar_colours, edgecolor="white")
    for i, (_, kinds) in enumerate(rows):
        detail = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
        _bar_label(ax, totals[i], i, f"{totals[i]} ({detail})")
    ax.set_yticks(range(len(names)), names)
    ax.invert_yaxis()
    ax.set_xlim(0, max(totals) * 1.4 + 1)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set(title=title, xlabel="quotations", ylabel="")
    whole_number_ticks(ax.xaxis)
    return ax
