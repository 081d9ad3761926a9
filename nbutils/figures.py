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
    '% of all quotations or quoted words'
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
    ax.set(title=title, xlabel="% of all quotations or quoted words", ylabel="")
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


# --- 03 Reaction analysis -----------------------------------------------------------


def _summary_label(values: pd.Series) -> str:
    n = len(values)
    if n == 1:
        return "n=1"
    return f"mean {values.mean():+.2f} (n={n})"


def plot_quote_sentiment(scored: pd.DataFrame, by: str = "speaker",
                         title: str = "Sentiment of each quotation",
                         ax: plt.Axes | None = None) -> plt.Axes:
    """Every quotation as a dot (sentiment on x, one row per ``by`` value:
    ``speaker``, ``role`` or ``group``), a black bar at the mean of groups with
    at least two quotes, and ``n`` written beside each row — a single quote is
    shown as what it is, never as a bare mean. ``scored`` comes from
    :func:`nbutils.reactions.add_sentiment`.

    >>> q = pd.DataFrame({"speaker": ["A", "A", "B"], "sentiment": [0.5, 0.1, -0.4]})
    >>> ax = plot_quote_sentiment(q)
    >>> [t.get_text() for t in ax.texts]
    ['mean +0.30 (n=2)', 'n=1']
    >>> plt.close("all")
    """
    frame = scored.dropna(subset=["sentiment"]) if "sentiment" in scored else scored.iloc[0:0]
    if by in frame:
        frame = frame.assign(**{by: frame[by].where(frame[by].notna(), "(unknown)").astype(str)})
    order = list(frame[by].value_counts().index) if not frame.empty else []
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.55 * len(order) + 1.3)))
    if frame.empty:
        return _nothing_to_plot(ax, title, "no scored quotations")
    sns.stripplot(data=frame, x="sentiment", y=by, order=order, hue="sentiment",
                  palette=DIVERGING, hue_norm=(-1, 1), legend=False, size=8, jitter=0.15,
                  edgecolor="grey", linewidth=0.6, ax=ax)
    for i, name in enumerate(order):
        values = frame.loc[frame[by] == name, "sentiment"]
        if len(values) >= 2:
            ax.plot([values.mean()] * 2, [i - 0.3, i + 0.3], color="black", linewidth=2.5)
        ax.text(1.02, i, _summary_label(values), va="center", fontsize=9,
                transform=ax.get_yaxis_transform())
    ax.axvline(0, color="grey", linewidth=0.8, linestyle="--")
    ax.set_xlim(-1.05, 1.05)
    ax.set(title=title, xlabel="sentiment of the quotation (−1 negative … +1 positive)",
           ylabel="")
    return ax


def plot_stance_heatmap(means: pd.DataFrame, counts: pd.DataFrame,
                        title: str = "Who speaks about whom, and how",
                        ax: plt.Axes | None = None) -> plt.Axes:
    """Speaker × target heatmap of mean sentiment (diverging palette, −1 … +1),
    each cell annotated with its mean and ``n``; empty cells stay blank.
    ``means``/``counts`` come from :func:`nbutils.reactions.stance_matrix`.

    >>> m = pd.DataFrame({"Ukraine": [0.4, None]}, index=["A", "B"])
    >>> c = pd.DataFrame({"Ukraine": [2, 0]}, index=["A", "B"])
    >>> [t.get_text() for t in plot_stance_heatmap(m, c).texts]
    ['+0.40\\nn=2']
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(max(5, 1.1 * means.shape[1] + 3),
                                      max(2.5, 0.6 * means.shape[0] + 1.5)))
    if means.empty:
        return _nothing_to_plot(ax, title, "no targets named in the quotations")
    labels = means.copy().astype(object)
    for r in means.index:
        for c in means.columns:
            v, n = means.loc[r, c], int(counts.loc[r, c])
            labels.loc[r, c] = "" if pd.isna(v) or n == 0 else f"{v:+.2f}\nn={n}"
    sns.heatmap(means.astype(float), annot=labels.values, fmt="", cmap=DIVERGING, vmin=-1,
                vmax=1, center=0, linewidths=0.5, linecolor="white", ax=ax,
                cbar_kws={"label": "mean sentiment"}, annot_kws={"fontsize": 9})
    ax.set(title=title, xlabel="target named in the quotation", ylabel="")
    ax.tick_params(axis="x", rotation=30)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    return ax


def plot_sentiment_along_article(sentences: pd.DataFrame, quotes: pd.DataFrame | None = None,
                                 by: str = "group",
                                 title: str = "Sentiment along the article",
                                 ax: plt.Axes | None = None) -> plt.Axes:
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
    ax.scatter(sentences["start"], sentences["score"], s=18, color="#616161", zorder=2,
               label="sentence")
    if quotes is not None and not quotes.empty and "sentiment" in quotes:
        frame = quotes.assign(**{by: quotes[by].where(quotes[by].notna(), "(unknown)")
                                 .astype(str)})
        sns.scatterplot(data=frame, x="start", y="sentiment", hue=by, style=by, s=110,
                        palette=PALETTE, edgecolor="black", linewidth=0.6, zorder=3, ax=ax)
        ax.legend(title=f"quotation ({by})", fontsize=8, title_fontsize=9, loc="best")
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set(title=title, xlabel="position in the article (character offset)",
           ylabel="sentiment")
    return ax


def plot_narrator_reactions(summary: pd.DataFrame, title: str = "Reactions the writer describes",
                            ax: plt.Axes | None = None) -> plt.Axes:
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
            ax.text(-neg, i, f"{neg} ", va="center", ha="right", fontsize=9)
        if pos:
            ax.text(pos, i, f" {pos}", va="center", ha="left", fontsize=9)
    top = max(1, int(summary[["negative", "positive"]].to_numpy().max()))
    ax.set_xlim(-top - 1, top + 1)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.invert_yaxis()
    ax.set(title=title, xlabel="reaction words (negative ← | → positive)", ylabel="")
    ax.legend(loc="lower right", fontsize=9)
    return ax


def plot_stance_table(means: pd.DataFrame, counts: pd.DataFrame,
                      title: str = "Stance: mean sentiment of the quotations naming each target",
                      ax: plt.Axes | None = None) -> plt.Axes:
    """The stance table of :func:`nbutils.reactions.stance_grid` as a heatmap:
    rows grouped by comparison group (each group's own row in bold, its
    speakers indented below it, a line between groups), one column per
    target, every cell annotated with its mean and ``n``; blank where the row
    never names the target.

    >>> idx = pd.MultiIndex.from_tuples([("officials", "all officials"), ("officials", "Ann"),
    ...                                  ("citizens", "all citizens")])
    >>> m = pd.DataFrame({"all their quotes": [0.2, 0.2, -0.5]}, index=idx)
    >>> c = pd.DataFrame({"all their quotes": [1, 1, 2]}, index=idx)
    >>> [t.get_text() for t in plot_stance_table(m, c).get_yticklabels()]
    ['officials (all)', '    Ann', 'citizens (all)']
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(max(7, 1.15 * means.shape[1] + 3.5),
                                      max(2.5, 0.55 * means.shape[0] + 1.6)))
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
    plot_stance_heatmap(flat_means, flat_counts, title=title, ax=ax)
    ax.grid(False)
    for i in range(1, len(groups)):
        if groups[i] != groups[i - 1]:
            ax.axhline(i, color="black", linewidth=1.2)
    for tick in ax.get_yticklabels():
        if not tick.get_text().startswith(" "):
            tick.set_fontweight("bold")
    ax.set_xlabel("all quotations, then each target named in them")
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

    hues = [c for c in sns.color_palette(PALETTE).as_hex()
            if colorsys.rgb_to_hsv(*(int(c[k:k + 2], 16) / 255 for k in (1, 3, 5)))[1] > 0.15]
    hues = hues or ["#0173b2"]
    out: dict[str, str] = {}
    for s in speakers:
        if s not in out:
            out[s] = hues[len(out) % len(hues)]
    return out


def plot_quotes_per_speaker(table: pd.DataFrame, title: str = "Quotations per speaker",
                            colours: Mapping[str, str] | None = None,
                            ax: plt.Axes | None = None) -> plt.Axes:
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
    rows = sorted(counts.items(), key=lambda kv: (kv[0] == none_label, -sum(kv[1].values()),
                                                  speakers.index(kv[0])))
    names = [s for s, _ in rows]
    totals = [sum(k.values()) for _, k in rows]
    bar_colours = [UNKNOWN_SPEAKER_COLOUR if s == none_label else colours.get(s, "#0173b2")
                   for s in names]
    ax.barh(range(len(names)), totals, color=bar_colours, edgecolor="white")
    for i, (_, kinds) in enumerate(rows):
        detail = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
        ax.text(totals[i], i, f"  {totals[i]} ({detail})", va="center", fontsize=9)
    ax.set_yticks(range(len(names)), names)
    ax.invert_yaxis()
    ax.set_xlim(0, max(totals) * 1.4 + 1)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set(title=title, xlabel="quotations", ylabel="")
    return ax
