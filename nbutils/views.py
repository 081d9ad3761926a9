"""Views of an attribution: tables and a highlighted article, for people to read.

:func:`nbutils.attribution.attribute` returns records; this module turns them
into what a reader looks at in a notebook or a rendered report:

* :func:`quote_table` — the *tidy quote table*, one row per quotation, with
  the columns :data:`QUOTE_TABLE_COLUMNS` (the schema shared with the
  reaction analysis and the corpus tools);
* :func:`highlight_html` — the article's paragraphs with every quotation
  tinted in its speaker's colour, the reporting cue underlined, the speaker
  mention boxed, and the rule, speaker and confidence shown on hover (plain
  HTML with inline styles: it renders in JupyterLab and in nbconvert's HTML
  export without any JavaScript); :func:`highlight` wraps it for display;
* the lesson's explanatory tables: a naive quotation regex against the quote
  finder (:func:`naive_vs_finder`), the cues of the article
  (:func:`cue_table`), the candidate speakers (:func:`candidate_speakers`),
  the POS tags around one quotation (:func:`frame_tags`), what each rule caught
  (:func:`rule_table`), how pronouns and descriptions were resolved
  (:func:`coreference_table`), and the errors against a gold file
  (:func:`gold_for`, :func:`error_table`);
* findings in words, computed from the values, for readers and for the
  report's front page (:func:`article_findings`, :func:`reaction_findings`,
  :func:`corpus_findings`), and this article's scores beside the PolNeAR
  figures, with what each means (:func:`reference_scores`).

Colours come from the project palette (:data:`nbutils.figures.PALETTE`): one
per canonical speaker, in order of first quotation, so the highlighted text,
its legend and :func:`nbutils.figures.plot_quotes_per_speaker` agree.

>>> from nbutils.articles import Article
>>> from nbutils.attribution import attribute
>>> art = Article("t", 'Mayor Ann Lee spoke. "We will build it," she said.')
>>> quote_table(attribute(art), art.id)[["speaker", "speaker_mention", "cue_lemma"]].values.tolist()
[['Ann Lee', 'she', 'say']]
>>> html = highlight_html(art, attribute(art))
>>> "Ann Lee · rule " in html, "&quot;We will build it,&quot;" in html
(True, True)
>>> list(quote_table([]).columns) == list(QUOTE_TABLE_COLUMNS)
True
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nbutils.articles import Article, ArticleError
from nbutils.attribution.table import QUOTE_TABLE_COLUMNS, quote_table  # noqa: F401 (re-exported)
from nbutils.config import DATA_DIR
from nbutils.figures import UNKNOWN_SPEAKER_COLOUR, speaker_palette
from nbutils.speakers import NO_ROLE

if TYPE_CHECKING:
    import pandas as pd

    from nbutils.attribution import Attribution
    from nbutils.evaluation import GoldQuote

#: The regular expression a beginner writes first: a straight quote, anything but one, a quote.
NAIVE_QUOTE_PATTERN = r'"[^"]*"'
#: Colour of quotations whose speaker was not found (the figures' grey).
UNKNOWN_COLOUR = UNKNOWN_SPEAKER_COLOUR
#: Where gold annotations live: ``<GOLD_DIR>/<article id>.quotes.jsonl``.
GOLD_DIR: Path = DATA_DIR / "gold"
#: Label used for a quotation with no speaker in tables and figures.
NO_SPEAKER = "(no speaker)"


def _short(text: str | None, width: int) -> str | None:
    """``text`` cut to at most ``width`` characters, at a word boundary when one is near.

    >>> _short("What they need to get there is to work together", 30)
    'What they need to get there…'
    """
    if text is None or width <= 0 or len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


# --- colours ---------------------------------------------------------------------------


def speaker_colours(attributions: Iterable[Attribution]) -> dict[str, str]:
    """A hex colour per canonical speaker, in order of first quotation.

    The colours are :func:`nbutils.figures.speaker_palette`'s, so the figure
    :func:`nbutils.figures.plot_quotes_per_speaker` uses the same ones; quotes
    without a speaker use :data:`UNKNOWN_COLOUR` (not in the mapping).

    >>> from nbutils.attribution import Attribution
    >>> c = speaker_colours([Attribution(0, 3, '"a"', "direct", speaker="Ann"),
    ...                      Attribution(5, 8, '"b"', "direct", speaker="Bo"),
    ...                      Attribution(9, 12, '"c"', "direct", speaker="Ann")])
    >>> list(c), len(set(c.values()))
    (['Ann', 'Bo'], 2)
    """
    ordered = sorted(attributions, key=lambda a: a.start)
    return speaker_palette([a.speaker for a in ordered if a.speaker])


def _rgba(hexcode: str, alpha: float) -> str:
    r, g, b = (int(hexcode[k : k + 2], 16) for k in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


# --- the highlighted article -------------------------------------------------------------

_BOX = (
    "font-family: Georgia, 'Times New Roman', serif; font-size: 15px; line-height: 1.65; "
    "color: #222222; background-color: #ffffff; padding: 12px 16px; "
    "border: 1px solid #dddddd; border-radius: 6px; max-width: 860px"
)
_LEGEND = (
    "font-family: sans-serif; font-size: 12.5px; line-height: 1.9; color: #333333; "
    "margin: 0 0 10px 0; padding: 0 0 8px 0; border-bottom: 1px solid #eeeeee"
)
_ITEM = "display: inline-block; white-space: nowrap; margin: 0px 8px 2px 0px; padding: 1px 6px"
_CUE = "text-decoration: underline; font-weight: bold; font-style: italic"
_SUP = (
    "font-family: sans-serif; font-size: 10px; color: #555555; font-weight: bold; margin-left: 1px"
)


def _mention_style(colour: str) -> str:
    return f"font-weight: bold; border: 2px solid {colour}; border-radius: 4px; padding: 0px 2px"


def _quote_style(colour: str) -> str:
    return f"background-color: {_rgba(colour, 0.28)}; border-radius: 3px; padding: 1px 0px"


def _hover(a: Attribution) -> str:
    who = a.speaker or "speaker not found"
    bits = [f"{who} · rule {a.rule} · confidence {a.confidence:.2f} · {a.kind}"]
    if a.speaker_mention:
        bits.append(f'mention "{a.speaker_mention}"')
    if a.cue:
        bits.append(f'cue "{a.cue}"')
    from nbutils.attribution import RULES

    description = RULES.get(a.rule)
    if description:
        bits.append(f"{a.rule}: {description}")
    return " · ".join(bits[:1]) + ("\n" + "\n".join(bits[1:]) if len(bits) > 1 else "")


def _marks(
    attributions: Sequence[Attribution], colours: dict[str, str]
) -> list[tuple[int, int, str, str, str]]:
    """(start, end, layer, style, title) for every quote, cue and speaker mention."""
    marks = []
    for n, a in enumerate(attributions, 1):
        colour = colours.get(a.speaker or "", UNKNOWN_COLOUR)
        marks.append((a.start, a.end, "quote", _quote_style(colour), f"[{n}] {_hover(a)}"))
        if a.cue_start is not None and a.cue_end is not None and a.cue_end > a.cue_start:
            marks.append(
                (
                    a.cue_start,
                    a.cue_end,
                    "cue",
                    _CUE,
                    f'cue "{a.cue}" (lemma {a.cue_lemma}) of quote [{n}]',
                )
            )
        if (
            a.speaker_start is not None
            and a.speaker_end is not None
            and a.speaker_end > a.speaker_start
        ):
            who = a.speaker or "unresolved"
            marks.append(
                (
                    a.speaker_start,
                    a.speaker_end,
                    "mention",
                    _mention_style(colour),
                    f'speaker mention "{a.speaker_mention}" → {who} (quote [{n}])',
                )
            )
    return marks


def _render_paragraph(
    text: str,
    lo: int,
    hi: int,
    marks: list[tuple[int, int, str, str, str]],
    quote_ends: dict[int, list[int]],
) -> str:
    """One paragraph as HTML: cut at every mark boundary, each piece styled by its marks."""
    inside = [m for m in marks if m[0] < hi and m[1] > lo]
    cuts = sorted(
        {
            lo,
            hi,
            *(max(lo, min(hi, x)) for m in inside for x in m[:2]),
            *(e for e in quote_ends if lo < e < hi),
        }
    )
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        piece = html.escape(text[a:b])
        for _start, _end, _layer, style, title in sorted(
            (m for m in inside if m[0] <= a and m[1] >= b),
            key=lambda m: ("quote", "mention", "cue").index(m[2]),
            reverse=True,
        ):
            piece = f'<span style="{style}" title="{html.escape(title)}">{piece}</span>'
        out.append(piece)
        for n in quote_ends.get(b, []):
            out.append(f'<sup style="{_SUP}">{n}</sup>')
    return "".join(out)


def _legend(attributions: Sequence[Attribution], colours: dict[str, str]) -> str:
    counts = Counter(a.speaker for a in attributions)
    roles: dict[str | None, str] = {}
    for a in attributions:
        if a.role and a.speaker not in roles:
            roles[a.speaker] = a.role
    items = []
    for speaker, colour in colours.items():
        role = f", {html.escape(roles[speaker])}" if speaker in roles else ""
        n = counts[speaker]
        items.append(
            f'<span style="{_quote_style(colour)}; {_ITEM}">{html.escape(speaker)}'
            f"{role} · {n} quote{'s' if n != 1 else ''}</span>"
        )
    if counts[None]:
        items.append(
            f'<span style="{_quote_style(UNKNOWN_COLOUR)}; {_ITEM}">{NO_SPEAKER} · '
            f"{counts[None]}</span>"
        )
    how = (
        f'Quotations are tinted by speaker; <span style="{_mention_style("#555555")}">'
        f'speaker mention</span> boxed; <span style="{_CUE}">cue</span> underlined; '
        f'<sup style="{_SUP}">n</sup> is the row of the quote table. Hover over a quotation '
        "for its rule, speaker and confidence."
    )
    return f'<div style="{_LEGEND}">{" ".join(items)}<br>{how}</div>'


def highlight_html(article: Article | str, attributions: Sequence[Attribution]) -> str:
    """The article as HTML with its quotations coloured by speaker (see the module doc).

    Works for any text, including one with no quotation (it then says so).
    Every piece of the article is HTML-escaped.

    >>> print(highlight_html("No quotes <here>.", []))  # doctest: +ELLIPSIS
    <div ...>No quotations found in this article.</div>...&lt;here&gt;...
    """
    text = article.text if isinstance(article, Article) else article
    title = article.title if isinstance(article, Article) else None
    attributions = sorted(attributions, key=lambda a: a.start)
    colours = speaker_colours(attributions)
    marks = _marks(attributions, colours)
    quote_ends: dict[int, list[int]] = {}
    for n, a in enumerate(attributions, 1):  # numbered like the quote table's rows, from 1
        quote_ends.setdefault(a.end, []).append(n)
    from nbutils.tokenise import paragraph_spans

    head = []
    if title:
        head.append(
            f'<div style="font-family: sans-serif; font-weight: bold; font-size: 16px; '
            f'margin-bottom: 6px">{html.escape(title)}</div>'
        )
    if attributions:
        head.append(_legend(attributions, colours))
    else:
        head.append(f'<div style="{_LEGEND}">No quotations found in this article.</div>')
    paragraphs = [
        f'<p style="margin: 0 0 0.8em 0">{_render_paragraph(text, lo, hi, marks, quote_ends)}</p>'
        for lo, hi in paragraph_spans(text)
    ]
    return f'<div style="{_BOX}">{"".join(head)}{"".join(paragraphs)}</div>'


def highlight(article: Article | str, attributions: Sequence[Attribution]) -> Any:
    """:func:`highlight_html` as an ``IPython.display.HTML`` object (displays in a notebook)."""
    from IPython.display import HTML

    return HTML(highlight_html(article, attributions))


# --- 1. quotation marks: a naive regex against the finder -------------------------------


def naive_quotes(text: str, pattern: str = NAIVE_QUOTE_PATTERN) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of every match of a naive quotation regex.

    >>> naive_quotes('He said "yes" and “no”.')
    [(8, 13, '"yes"')]
    """
    return [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]


_MARK_NAMES = {
    "'": "straight single marks ('…')",
    "‘": "curly single marks (‘…’)",
    "“": "curly double marks (“…”)",
    "«": "guillemets («…»)",
}


def naive_regex_note(text: str) -> str:
    """A sentence for an article whose quotations never open with the straight double
    quote the naive regex looks for (a British article in single quotes, a typeset one in
    curly quotes): why the regex finds none of them. Empty otherwise.

    >>> naive_regex_note("'We were forgotten,' said Ann Lee.")
    "None of this article's 1 quotation opens with a straight double quote: it quotes with straight single marks ('…'), which the regex cannot see — the finder reads them all."
    >>> naive_regex_note('"Yes," she said.')
    ''
    """
    from nbutils.quotes import find_quotes

    quotes = find_quotes(text)
    opening = Counter(q.text[:1] for q in quotes)
    if not quotes or opening['"']:
        return ""
    marks = [_MARK_NAMES.get(m, f"the mark {m}") for m, _ in opening.most_common()]
    return (
        f"None of this article's {len(quotes)} quotation{'s' if len(quotes) != 1 else ''} "
        f"opens with a straight double quote: it quotes with {_names(marks)}, which the regex "
        "cannot see — the finder reads them all."
    )


def naive_vs_finder(text: str, pattern: str = NAIVE_QUOTE_PATTERN, width: int = 70) -> pd.DataFrame:
    """Line up the naive regex's matches with :func:`nbutils.quotes.find_quotes`' quotations.

    One row per quotation found by either, in text order, with a ``verdict``:
    ``same`` (identical span), ``different span`` (they share words but disagree
    on where the quote starts or ends), ``regex only`` (the regex matched text
    the finder does not take for a quotation — typically the words *between*
    two quotes after it lost track of which mark opens) or ``finder only``
    (the regex missed it: curly or mixed marks). Texts are shortened to ``width``.

    >>> naive_vs_finder('A "b" c “d” e.')["verdict"].tolist()
    ['same', 'finder only']
    """
    import pandas as pd

    from nbutils.quotes import find_quotes

    regex = naive_quotes(text, pattern)
    found = [(q.start, q.end, q.text) for q in find_quotes(text)]
    rows = []
    used: set[int] = set()
    for s, e, t in regex:
        # a hit shares a letter, not just a quotation mark, with the finder's quote
        hits = [
            k
            for k, (fs, fe, _) in enumerate(found)
            if any(ch.isalnum() for ch in text[max(s, fs) : min(e, fe)])
        ]
        exact = [k for k in hits if found[k][:2] == (s, e)]
        if exact:
            used.add(exact[0])
            rows.append((s, e, t, found[exact[0]][2], "same"))
        elif hits:
            used.update(hits)
            rows.append((s, e, t, " ‖ ".join(found[k][2] for k in hits), "different span"))
        else:
            rows.append((s, e, t, None, "regex only"))
    for k, (s, e, t) in enumerate(found):
        if k not in used:
            rows.append((s, e, None, t, "finder only"))
    rows.sort(key=lambda r: (r[0], r[1]))
    rows = [(s, e, _short(r, width) or "", _short(f, width) or "", v) for s, e, r, f, v in rows]
    return pd.DataFrame(rows, columns=["start", "end", "regex", "finder", "verdict"])


# --- 2. cues ----------------------------------------------------------------------------


def cue_table(article: Article | str, attributions: Sequence[Attribution] = ()) -> pd.DataFrame:
    """The reporting cues of the lexicon found in the text, one row per lemma.

    ``found`` counts the lexicon's forms anywhere in the text (the forms seen
    are listed; a form that can also be a noun counts only where its POS tag
    is a verb), ``used`` how many quotations the attribution hung on that
    lemma; a cue the engine took from the context rather than the lexicon
    (a verb before ``, "``) shows with category ``(not in lexicon)``.

    >>> t = cue_table('"Yes," she said. He said no and added more.')
    >>> t[["lemma", "found", "forms"]].values.tolist()
    [['say', 2, 'said'], ['add', 1, 'added']]
    """
    import pandas as pd

    from nbutils.cues import category_of, find_cues
    from nbutils.tokenise import tagged_sentences

    text = article.text if isinstance(article, Article) else article
    found: dict[str, list[str]] = {}
    categories: dict[str, str] = {}
    cues = find_cues(text)
    tags = (
        {t.start: t.tag for s in tagged_sentences(text) for t in s}
        if any(c.ambiguous for c in cues)
        else {}
    )
    for c in cues:
        if c.ambiguous and not tags.get(c.start, "VB").startswith("VB"):
            continue  # a noun ("the state's", "a promise kept"), not a reporting verb
        found.setdefault(c.lemma, []).append(c.text)
        categories[c.lemma] = c.category
    used = Counter(a.cue_lemma for a in attributions if a.cue_lemma)
    for lemma in used:
        if lemma not in found:
            found[lemma] = []
            categories[lemma] = category_of(lemma) or "(not in lexicon)"
    rows = [
        {
            "lemma": lemma,
            "category": categories[lemma],
            "found": len(forms),
            "used": used.get(lemma, 0),
            "forms": ", ".join(sorted(set(forms), key=str.lower)),
        }
        for lemma, forms in found.items()
    ]
    table = pd.DataFrame(rows, columns=["lemma", "category", "found", "used", "forms"])
    if table.empty:
        return table
    return table.sort_values(
        ["used", "found", "lemma"], ascending=[False, False, True]
    ).reset_index(drop=True)


def lexicon_summary() -> pd.DataFrame:
    """The cue lexicon by framing category: lemmas, surface forms and examples."""
    import pandas as pd

    from nbutils.cues import CATEGORIES, cue_lexicon

    entries = cue_lexicon()
    rows = []
    for category in CATEGORIES:
        lemmas = [e for e in entries if e.category == category]
        if lemmas:
            rows.append(
                {
                    "category": category,
                    "lemmas": len(lemmas),
                    "forms": sum(len(e.forms) for e in lemmas),
                    "examples": ", ".join(e.lemma for e in lemmas[:5]),
                }
            )
    return pd.DataFrame(rows, columns=["category", "lemmas", "forms", "examples"])


# --- 3. candidate speakers ------------------------------------------------------------------


def candidate_speakers(
    article: Article | str, attributions: Sequence[Attribution] = (), ne_chunker: bool = True
) -> pd.DataFrame:
    """The people and organisations of the article (:func:`nbutils.speakers.cluster_entities`).

    One row per entity: canonical name, kind, gender, role, titles and
    descriptors, aliases, number of mentions, number of quotations attributed
    to it, and — with ``ne_chunker=True`` — whether NLTK's binary NE chunker
    (on POS-tagged sentences) also marks one of its mentions as a name.
    Sorted by quotations, then mentions.
    """
    import pandas as pd

    from nbutils.speakers import cluster_entities

    text = article.text if isinstance(article, Article) else article
    ents = cluster_entities(text)
    quoted = Counter(a.speaker for a in attributions if a.speaker)
    chunks: list[tuple[int, int]] = []
    if ne_chunker and len(ents):
        from nbutils.entities import ne_chunks
        from nbutils.tokenise import tagged_sentences

        chunks = [(m.start, m.end) for m in ne_chunks(tagged_sentences(text), text)]
    rows = []
    for e in ents:
        row = {
            "speaker": e.canonical,
            "kind": e.kind,
            "gender": e.gender,
            "role": e.role,
            "titles / descriptors": "; ".join(e.titles + e.descriptors),
            "aliases": ", ".join(e.aliases),
            "mentions": len(e.mentions),
            "quotes": quoted.get(e.canonical, 0),
        }
        if ne_chunker:
            row["NE chunker"] = any(s < ce and cs < t for s, t in e.mentions for cs, ce in chunks)
        rows.append(row)
    columns = [
        "speaker",
        "kind",
        "gender",
        "role",
        "titles / descriptors",
        "aliases",
        "mentions",
        "quotes",
    ] + (["NE chunker"] if ne_chunker else [])
    table = pd.DataFrame(rows, columns=columns)
    if table.empty:
        return table
    table[["gender", "role"]] = table[["gender", "role"]].astype(object).fillna("")
    return table.sort_values(
        ["quotes", "mentions", "speaker"], ascending=[False, False, True]
    ).reset_index(drop=True)


def frame_example(attributions: Sequence[Attribution], index: int) -> Attribution | None:
    """The quotation to dissect: the one at ``index`` (the last if there are fewer), or,
    when that one has no cue (a follow-on: nothing in its frame but the quote), the next
    one with a cue, going round to the start; ``None`` if there is no quotation.

    >>> from nbutils.attribution import attribute
    >>> found = attribute('"Yes," said Ann Lee. "No." She smiled. "Maybe," Lee said.')
    >>> [a.rule for a in found]
    ['quote-cue-speaker', 'follow-on', 'quote-speaker-cue']
    >>> frame_example(found, 1).text, frame_example(found, 9).text
    ('"Maybe,"', '"Maybe,"')
    """
    if not attributions:
        return None
    start = min(max(index, 0), len(attributions) - 1)
    for k in range(len(attributions)):
        a = attributions[(start + k) % len(attributions)]
        if a.cue_start is not None:
            return a
    return attributions[start]


def frame_tags(article: Article | str, attribution: Attribution) -> pd.DataFrame:
    """The POS-tagged words of the sentence(s) around one quotation, as the engine saw them.

    The quotation itself is one row (``QUOTE``): the rules look only at the
    words outside it (another quotation in the frame is a ``QUOTE`` row too).
    ``part`` says which words are the speaker mention and the cue the engine
    chose. The tokens and tags are the engine's own frame
    (:func:`nbutils.attribution.frame_at`), so they are the ones the sieves read.
    """
    import pandas as pd

    from nbutils.attribution import frame_at

    frame = frame_at(article, attribution.start)
    rows = []
    for t in frame.toks if frame is not None else []:
        if t.is_quote:
            part = "quotation" if t.quote == frame.n else "another quotation"
            rows.append(("QUOTE", "—", part, t.start))
            continue
        part = ""
        if (
            attribution.speaker_start is not None
            and attribution.speaker_start <= t.start
            and t.end <= (attribution.speaker_end or 0)
        ):
            part = "speaker mention"
        elif (
            attribution.cue_start is not None
            and attribution.cue_start <= t.start
            and t.end <= (attribution.cue_end or 0)
        ):
            part = "cue"
        rows.append((t.text, t.tag, part, t.start))
    return pd.DataFrame(rows, columns=["token", "tag", "part", "start"])


# --- 4. rules and coreference ------------------------------------------------------------------


def rule_table(attributions: Sequence[Attribution], width: int = 60) -> pd.DataFrame:
    """Every rule of :data:`nbutils.attribution.RULES`: what it does, how many
    quotations it attributed here, and the first of them as an example."""
    import pandas as pd

    from nbutils.attribution import RULES

    by_rule: dict[str, list[Attribution]] = {}
    for a in attributions:
        by_rule.setdefault(a.rule, []).append(a)
    rows = []
    for rule in [*RULES, *(r for r in by_rule if r not in RULES)]:
        hits = by_rule.get(rule, [])
        example = None
        if hits:
            a = hits[0]
            who = (
                f" — {a.speaker_mention or a.speaker or '?'}"
                if (a.speaker_mention or a.speaker)
                else ""
            )
            cue = f" ({a.cue})" if a.cue else ""
            example = _short(a.text, width) + who + cue
        rows.append(
            {
                "rule": rule,
                "what it catches": RULES.get(rule, "(undocumented)"),
                "quotes": len(hits),
                "example": example or "",
            }
        )
    return pd.DataFrame(rows, columns=["rule", "what it catches", "quotes", "example"])


def mention_type(attribution: Attribution) -> str:
    """How the speaker is written where the quote is introduced.

    ``"full name"`` (the mention holds the canonical name), ``"short name"``
    (part of it: a surname, a first name), ``"pronoun"``, ``"description"``
    (*the NATO chief*) or ``"none"`` (a follow-on quote has no mention).

    >>> from nbutils.attribution import Attribution
    >>> a = Attribution(0, 3, '"a"', "direct", speaker="Mark Rutte", speaker_mention="Rutte")
    >>> mention_type(a), mention_type(a.__class__(0, 3, '"a"', "direct", speaker="Mark Rutte",
    ...                                          speaker_mention="the NATO chief"))
    ('short name', 'description')
    """
    from nbutils.speakers import PRONOUNS

    mention = (attribution.speaker_mention or "").strip()
    if not mention:
        return "none"
    if mention.lower() in PRONOUNS:
        return "pronoun"
    speaker = attribution.speaker or ""
    if speaker and speaker in mention:
        return "full name"
    name_words = {w.lower() for w in re.findall(r"[\w’'-]+", speaker) if w[:1].isupper()}
    mention_words = {
        w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w’'-]+", mention)
    }
    if name_words & mention_words:
        return "short name"
    return "description"


def coreference_table(attributions: Sequence[Attribution], width: int = 60) -> pd.DataFrame:
    """How each quotation's speaker mention was resolved to a canonical speaker.

    One row per attribution: the mention, its :func:`mention_type`, the
    canonical speaker, the rule and the (shortened) quote ("" where there is none).
    """
    import pandas as pd

    rows = [
        {
            "mention": a.speaker_mention or "",
            "type": mention_type(a),
            "speaker": a.speaker or "",
            "rule": a.rule,
            "quote": _short(a.text, width),
        }
        for a in attributions
    ]
    return pd.DataFrame(rows, columns=["mention", "type", "speaker", "rule", "quote"])


def tally(values: Iterable[Any], empty: str = "none") -> str:
    """Counts of the values, most common first, as one line for a reader.

    >>> tally(["pronoun", "full name", "full name"])
    'full name 2 · pronoun 1'
    >>> tally([])
    'none'
    """
    counts = Counter(str(v) for v in values)
    return " · ".join(f"{v} {n}" for v, n in counts.most_common()) or empty


def most_quoted(attributions: Sequence[Attribution]) -> list[str]:
    """The speakers with most quotations (all of them when tied; ``[]`` when none).

    >>> from nbutils.attribution import Attribution
    >>> most_quoted([Attribution(0, 3, '"a"', "direct", speaker="Ann"),
    ...              Attribution(5, 8, '"b"', "direct", speaker=None)])
    ['Ann']
    """
    counts = Counter(a.speaker for a in attributions if a.speaker)
    top = max(counts.values(), default=0)
    return sorted(s for s, n in counts.items() if n == top) if top else []


# --- 5. evaluation against gold ---------------------------------------------------------------


def gold_path(article: Article) -> Path:
    """Where the gold file for this article would be: ``data/gold/<id>.quotes.jsonl``."""
    return GOLD_DIR / f"{article.id}.quotes.jsonl"


def gold_for(article: Article) -> tuple[list[GoldQuote] | None, str]:
    """The gold quotations of an article, if a gold file for its id exists, and a note.

    Returns ``(None, reason)`` when there is no gold file, or when the file
    does not match this text (an article that only shares the id): the
    notebook then says so and skips the evaluation.

    >>> gold_for(Article("no-such-article", "Text."))[0] is None
    True
    """
    from nbutils.evaluation import load_gold

    path = gold_path(article)
    shown = path.relative_to(DATA_DIR.parent) if path.is_relative_to(DATA_DIR.parent) else path
    if not path.is_file():
        return None, (
            f"No gold annotations for article id {article.id!r} (looked for "
            f"{shown}): the evaluation is skipped."
        )
    try:
        gold = load_gold(path, article.text)
    except (ArticleError, KeyError, ValueError) as exc:
        return None, f"The gold file {shown} does not fit this text ({exc}): skipped."
    return gold, f"Gold annotations: {shown} ({len(gold)} quotations)."


def _overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


def error_table(
    attributions: Sequence[Attribution], gold: Sequence[GoldQuote], text: str, width: int = 50
) -> pd.DataFrame:
    """Each gold quotation beside the prediction that overlaps it most, and a verdict.

    ``quote`` is the gold quotation's text (for a spurious prediction, its own text).
    Verdicts: ``correct`` (speaker right, by :func:`nbutils.evaluation.speaker_matches`),
    ``wrong speaker``, ``missed`` (no prediction overlaps), ``unjudged`` (gold
    gives no speaker), and, for predictions overlapping no gold quote,
    ``not in gold``. ``span`` is ``exact`` when the predicted span equals the
    gold span, else ``overlaps``. Rows are in text order.
    """
    import pandas as pd

    from nbutils.evaluation import speaker_matches

    rows = []
    matched: set[int] = set()
    for g in gold:
        gs, ge = min(s for s, _ in g.spans), max(e for _, e in g.spans)
        overlaps = [
            (sum(_overlap(p.start, p.end, s, e) for s, e in g.spans), k)
            for k, p in enumerate(attributions)
        ]
        overlaps = [(o, k) for o, k in overlaps if o > 0]
        gold_cols = {
            "start": gs,
            "quote": _short(text[gs:ge], width),
            "gold kind": g.kind,
            "gold speaker": g.speaker,
            "gold mention": g.mention,
        }
        if not overlaps:
            rows.append({**gold_cols, "verdict": "missed"})
            continue
        k = max(overlaps)[1]
        matched.update(k for _, k in overlaps)
        p = attributions[k]
        span = (p.speaker_start, p.speaker_end) if p.speaker_start is not None else None
        ok = speaker_matches(p.speaker, span, g)
        verdict = "unjudged" if ok is None else "correct" if ok else "wrong speaker"
        exact = len(g.spans) == 1 and (p.start, p.end) == g.spans[0]
        rows.append(
            {
                **gold_cols,
                "kind": p.kind,
                "speaker": p.speaker,
                "mention": p.speaker_mention,
                "rule": p.rule,
                "span": "exact" if exact else "overlaps",
                "verdict": verdict,
            }
        )
    for k, p in enumerate(attributions):
        if k not in matched:
            rows.append(
                {
                    "start": p.start,
                    "quote": _short(p.text, width),
                    "kind": p.kind,
                    "speaker": p.speaker,
                    "mention": p.speaker_mention,
                    "rule": p.rule,
                    "verdict": "not in gold",
                }
            )
    columns = [
        "start",
        "quote",
        "gold kind",
        "kind",
        "gold speaker",
        "speaker",
        "gold mention",
        "mention",
        "rule",
        "span",
        "verdict",
    ]
    table = pd.DataFrame(rows, columns=columns).astype(object).fillna("")
    return table.sort_values("start", kind="stable").reset_index(drop=True)


def evaluation_summary(
    attributions: Sequence[Attribution], gold: Sequence[GoldQuote], text: str
) -> pd.DataFrame:
    """The figures of :func:`nbutils.evaluation.score` as a two-column table, each
    measure named in words (:data:`MEASURE_WORDS`)."""
    import pandas as pd

    from nbutils.evaluation import score

    summary = score(list(attributions), list(gold), text).summary()
    return pd.DataFrame(
        {
            "measure": [MEASURE_WORDS.get(k, k.replace("_", " ")) for k in summary],
            "value": pd.Series(list(summary.values()), dtype=object),
        }
    )


#: The measures of :meth:`nbutils.evaluation.Scores.summary`, in words.
MEASURE_WORDS: dict[str, str] = {
    "overlap_precision": "extraction precision (overlap)",
    "overlap_recall": "extraction recall (overlap)",
    "overlap_f1": "extraction F1 (overlap)",
    "exact_precision": "extraction precision (exact span)",
    "exact_recall": "extraction recall (exact span)",
    "exact_f1": "extraction F1 (exact span)",
    "speaker_accuracy": "speaker accuracy",
    "pronoun_accuracy": "speaker accuracy, pronoun sources",
    "e2e_precision": "end-to-end precision",
    "e2e_recall": "end-to-end recall",
    "e2e_f1": "end-to-end F1",
    "predicted": "quotations predicted",
    "gold": "gold quotations",
    "speaker_total": "speakers judged",
    "pronoun_total": "pronoun sources judged",
    "unjudged": "unjudged (gold names no speaker)",
}


# --- 6. findings in words, computed from the values ----------------------------------------

#: MIME type under which :class:`Findings` travel to the report's front page.
FINDINGS_MIME = "application/vnd.nbutils.findings+json"


class Findings:
    """A few sentences about this article, each computed from the tables above.

    Shown as a short list in a notebook; the report's front page collects the
    findings of every notebook (they travel under :data:`FINDINGS_MIME`).

    >>> f = Findings("In brief", ["One.", "Two."])
    >>> print(f._repr_markdown_())
    **In brief**
    <BLANKLINE>
    - One.
    - Two.
    """

    def __init__(self, title: str, bullets: Iterable[str]) -> None:
        self.title = title
        self.bullets = [b for b in bullets if b]

    def _repr_markdown_(self) -> str:
        return f"**{self.title}**\n\n" + "\n".join(f"- {b}" for b in self.bullets)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {
            "text/markdown": self._repr_markdown_(),
            "text/plain": "\n".join([self.title, *(f"- {b}" for b in self.bullets)]),
            FINDINGS_MIME: {"title": self.title, "bullets": list(self.bullets)},
        }

    def __repr__(self) -> str:
        return f"Findings({self.title!r}, {self.bullets!r})"


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "0 %"


def _names(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def speaker_words(name: str) -> str:
    """A speaker as a sentence names them: a speaker known only by a description (a
    canonical name all in lower case: *mayor*, *residents*) takes *the*; a name stays as
    it is.

    >>> [speaker_words(n) for n in ("mayor", "police spokesman", "Ann Lee", "de Gaulle")]
    ['the mayor', 'the police spokesman', 'Ann Lee', 'de Gaulle']
    """
    return (
        f"the {name}" if name and name == name.lower() and any(c.isalpha() for c in name) else name
    )


def possessive(name: str) -> str:
    """A name in the possessive, as news style writes it: an apostrophe alone after a
    final *s* (the plural of a team or a body, and AP style for names), else *'s*.

    >>> [possessive(n) for n in ("Ann Lee", "Riverside Rovers", "an unidentified speaker")]
    ["Ann Lee's", "Riverside Rovers'", "an unidentified speaker's"]
    """
    return name + ("'" if name.endswith(("s", "S")) else "'s")


def article_findings(article: Article, attributions: Sequence[Attribution]) -> Findings:
    """Who is quoted, how much, and with which verbs — for this article, in words.

    >>> from nbutils.attribution import attribute
    >>> art = Article("t", 'Mayor Ann Lee spoke. "We will build it," she said. '
    ...               '"It is too late," said Tom Ward.')
    >>> for b in article_findings(art, attribute(art)).bullets: print(b)
    The engine found 2 quotations; all 2 have a speaker (2 different speakers).
    Most quoted: Ann Lee and Tom Ward, with 1 quotation each (50 % of the quotations).
    By quoted words, Ann Lee leads with 4 of 8 words (50 %).
    Every quotation with a reporting verb is introduced with a neutral verb (say).
    """
    from nbutils.cues import category_of
    from nbutils.reactions import word_count

    n = len(attributions)
    if not n:
        return Findings(
            "In brief: who is quoted", ["The engine found no quotation in this article."]
        )
    with_speaker = [a for a in attributions if a.speaker]
    speakers = Counter(a.speaker for a in with_speaker)
    if n == 1:
        has = "it has a speaker" if with_speaker else "it has no speaker"
    else:
        some = "all" if len(with_speaker) == n else f"{len(with_speaker):,} of"
        has = f"{some} {n:,} {'has' if len(with_speaker) == 1 else 'have'} a speaker"
    bullets = [
        f"The engine found {n:,} quotation{'s' if n != 1 else ''}; {has}"
        + (
            f" ({len(speakers)} different speaker{'s' if len(speakers) != 1 else ''})."
            if n > 1 and speakers
            else "."
        )
    ]
    if speakers:
        top = most_quoted(attributions)
        k = speakers[top[0]]
        each = " each" if len(top) > 1 else ""
        bullets.append(
            f"Most quoted: {_names([speaker_words(t) for t in top])}, with {k:,} "
            f"quotation{'s' if k != 1 else ''}{each} ({_pct(k, n)} of the quotations)."
        )
        words: Counter[str] = Counter()
        for a in with_speaker:
            words[a.speaker] += word_count(a.text)
        total = sum(word_count(a.text) for a in attributions)
        lead, w = max(words.items(), key=lambda kv: (kv[1], kv[0] in top))
        bullets.append(
            f"By quoted words, {speaker_words(lead)} leads with {w:,} of {total:,} words "
            f"({_pct(w, total)})."
        )
    verbs = Counter(a.cue_lemma for a in attributions if a.cue_lemma)
    marked = {v: c for v, c in verbs.items() if (category_of(v) or "neutral") != "neutral"}
    if verbs and not marked:
        bullets.append(
            "Every quotation with a reporting verb is introduced with a neutral "
            f"verb ({_names(sorted(verbs))})."
        )
    elif marked:
        shown = ", ".join(f"{v} ({c})" for v, c in sorted(marked.items(), key=lambda kv: -kv[1]))
        k = sum(marked.values())
        n = sum(verbs.values())
        whom = (
            "The one quotation with a reporting verb is"
            if n == 1
            else f"Of the {n:,} quotations with a reporting verb, {k:,} {'is' if k == 1 else 'are'}"
        )
        bullets.append(f"{whom} introduced by one that is not neutral: {shown}.")
    guesses = sum(
        a.rule in ("follow-on", "narrated-actor", "previous-sentence") for a in attributions
    )
    if guesses:
        bullets.append(
            f"{guesses} attribution{'s are' if guesses != 1 else ' is'} a guess "
            "without a cue next to the quotation (the previous speaker goes on, "
            "or the sentence or paragraph before names the speaker): check "
            f"{'them' if guesses != 1 else 'it'} first."
        )
    return Findings("In brief: who is quoted", bullets)


#: How findings in words name the speakers a table lists as "no role found" (:data:`NO_ROLE`).
_NO_ROLE = "speakers with no role found"


def _mean_or_values(values: Sequence[float]) -> str:
    if len(values) >= 3:
        return f"average {sum(values) / len(values):+z.2f} (n = {len(values)})"
    return (
        f"{'score' if len(values) == 1 else 'scores'} "
        + " and ".join(f"{v:+z.2f}" for v in values)
        + f" (n = {len(values)}, too few for an average)"
    )


def reaction_findings(
    scored: pd.DataFrame,
    narrator: pd.DataFrame | None = None,
    model: str = "news",
    band: float = 0.05,
    sides: pd.DataFrame | None = None,
    targets: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
) -> Findings:
    """How the quotations sound, by group, how each group treats each side and the
    people named most, and what the writer says — in words.

    With no quotation (an opinion piece, an editorial), ``sentences`` — the sentence
    scores of :func:`nbutils.sentiment.sentence_scores`, column ``score`` — give the
    tone of the writer's own sentences instead, so the findings still say something.

    ``scored`` is the scored quote table of notebook 03 (``sentiment``,
    ``speaker`` and ``group`` columns), ``narrator`` its narrator reactions,
    ``sides`` the stance toward each country's side by group
    (:func:`nbutils.reactions.country_stance`), ``targets`` the stance toward each
    target (:func:`nbutils.reactions.quote_targets`, see :func:`target_findings`). A
    group's average is given only over three or more quotations.

    >>> import pandas as pd
    >>> q = pd.DataFrame({"speaker": ["A", "A", "A", "B"], "group": ["officials"] * 3 + ["citizens"],
    ...                   "sentiment": [0.5, 0.1, 0.3, -0.4], "text": ['"a,"', '"b"', '"c"', '"d"']})
    >>> for b in reaction_findings(q).bullets: print(b)
    Of 4 quotations scored with the news model, 3 are positive, 0 neutral and 1 negative.
    Officials: average +0.30 (n = 3); citizens: score -0.40 (n = 1, too few for an average).
    The most negative quotation is B's ("d", -0.40); the most positive is A's ("a", +0.50).
    Sentiment scores measure how positive the words are, not whom a speaker supports; stance is how a quotation treats the person or country it names. Both come from models that are often wrong on single quotations: read them against the quotations.
    """
    if scored is None or scored.empty or "sentiment" not in scored:
        bullets = ["No quotation to score in this article."]
        if sentences is not None and len(sentences) and "score" in sentences:
            sc = sentences["score"].dropna()
            pos, neg = int((sc > band).sum()), int((sc < -band).sum())
            bullets = [
                f"No quotation to score in this article; the writer's own {len(sc):,} "
                f"sentence{'s' if len(sc) != 1 else ''}, scored with the {model} model: "
                f"{neg:,} negative, {len(sc) - pos - neg:,} neutral and {pos:,} positive "
                f"(mean {sc.mean():+z.2f})."
            ]
        bullets += _narrator_bullets(narrator)
        return Findings("In brief: reactions", bullets)
    s = scored.dropna(subset=["sentiment"])
    pos = int((s["sentiment"] > band).sum())
    neg = int((s["sentiment"] < -band).sum())
    bullets = [
        f"Of {len(s):,} quotation{'s' if len(s) != 1 else ''} scored with the {model} model, "
        f"{pos:,} {'is' if pos == 1 else 'are'} positive, "
        f"{len(s) - pos - neg:,} neutral and {neg:,} negative."
    ]
    if "group" in s:
        parts = []
        for group, rows in s.groupby(s["group"].fillna(NO_ROLE).astype(str), sort=False):
            named = _NO_ROLE if group == NO_ROLE else group
            parts.append((len(rows), f"{named}: {_mean_or_values(list(rows['sentiment']))}"))
        parts.sort(key=lambda p: -p[0])
        text = "; ".join(p for _, p in parts)
        bullets.append(text[:1].upper() + text[1:] + ".")
    if len(s) >= 2:
        low, high = s.loc[s["sentiment"].idxmin()], s.loc[s["sentiment"].idxmax()]

        def who(row: Any) -> str:
            return possessive(
                speaker_words(str(row["speaker"]))
                if isinstance(row.get("speaker"), str) and row["speaker"]
                else "an unidentified speaker"
            )

        def quote(row: Any) -> str:
            # the quote's own closing comma goes: ("… for families", -0.60), not ("…,", …)
            return _short(str(row["text"]).strip("\"“”'‘’ ").rstrip(",;:"), 70) or ""

        if who(low) == who(high) and who(low) != possessive("an unidentified speaker"):
            bullets.append(  # one speaker at both ends: say it once
                f"The most negative and the most positive quotations are both {who(low)}: "
                f'("{quote(low)}", {low["sentiment"]:+z.2f}) and '
                f'("{quote(high)}", {high["sentiment"]:+z.2f}).'
            )
        else:
            bullets.append(
                f'The most negative quotation is {who(low)} ("{quote(low)}", '
                f"{low['sentiment']:+z.2f}); the most positive is {who(high)} "
                f'("{quote(high)}", {high["sentiment"]:+z.2f}).'
            )
    bullets.extend(side_findings(sides))
    bullets.extend(target_findings(targets))
    bullets.extend(_narrator_bullets(narrator))
    bullets.append(
        "Sentiment scores measure how positive the words are, not whom a speaker "
        "supports; stance is how a quotation treats the person or country it names. "
        "Both come from models that are often wrong on single quotations: read them "
        "against the quotations."
    )
    return Findings("In brief: reactions", bullets)


def _narrator_bullets(narrator: pd.DataFrame | None) -> list[str]:
    if narrator is None or not len(narrator) or "valence" not in narrator:
        return []
    n_neg = int((narrator["valence"] < 0).sum())
    n_pos = int((narrator["valence"] > 0).sum())
    n_neutral = len(narrator) - n_neg - n_pos
    parts = [f"{n_neg:,} negative", f"{n_pos:,} positive"] + (
        [f"{n_neutral:,} neutral"] if n_neutral else []
    )
    counts = ", ".join(parts[:-1]) + " and " + parts[-1]
    return [
        f"Outside the quotations the writer describes {len(narrator):,} reaction "
        f"word{'s' if len(narrator) != 1 else ''}: {counts}."
    ]


def target_findings(targets: pd.DataFrame | None, most: int = 3) -> list[str]:
    """One sentence on the ``most`` targets the quotations name most often: the stance
    toward each (a mean over two or more quotations, else the one quotation's score), and
    by how many speakers; or, when no quotation names anyone, a sentence saying so.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"target": ["Ann Lee", "Ann Lee", "Erewhon"],
    ...                   "speaker": ["Tom", "Sue", "Tom"], "stance": [-0.6, -0.2, 0.3]})
    >>> target_findings(t)
    ['Stance toward whom the quotations name most: Ann Lee -0.40 (n = 2, 2 speakers), Erewhon +0.30 (one quotation).']
    >>> target_findings(t.iloc[0:0])
    ['No quotation names a person, country or organisation: there is no stance toward anyone to report.']
    """
    if targets is None or not {"target", "stance"} <= set(targets):
        return []
    rows = targets.dropna(subset=["stance"])
    if rows.empty:
        return [
            "No quotation names a person, country or organisation: there is no stance "
            "toward anyone to report."
        ]
    parts = []
    counts = rows["target"].value_counts(sort=True)
    for name in list(counts.index)[:most]:
        of = rows[rows["target"] == name]
        n = len(of)
        speakers = of["speaker"].nunique() if "speaker" in of else 0
        who = f", {speakers} speaker{'s' if speakers != 1 else ''}" if speakers else ""
        parts.append(
            f"{name} {of['stance'].mean():+z.2f} "
            + (f"(n = {n}{who})" if n > 1 else "(one quotation)")
        )
    return [f"Stance toward whom the quotations name most: {', '.join(parts)}."]


def side_findings(sides: pd.DataFrame | None) -> list[str]:
    """One sentence per country's side named by two or more groups, at least one of
    them in two or more quotations: each group's mean stance toward it, with ``n``
    (a group with one quotation gets its score, marked as one quotation, not a mean).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"group": ["officials", "citizens", "officials", "citizens"],
    ...                   "country": ["Utopia", "Utopia", "Erewhon", "Erewhon"],
    ...                   "n": [7, 1, 1, 1], "mean": [0.36, -0.76, 0.2, -0.1]})
    >>> side_findings(t)
    ['Stance toward the Utopia side: officials +0.36 (n = 7), citizens -0.76 (one quotation).']
    """
    if sides is None or sides.empty or not {"group", "country", "n", "mean"} <= set(sides):
        return []
    out = []
    for country, rows in sides.groupby("country", sort=False):
        rows = rows[rows["n"] > 0]
        if rows["group"].nunique() < 2 or rows["n"].max() < 2:
            continue
        parts = [
            f"{g} {m:+z.2f} " + (f"(n = {int(n)})" if n > 1 else "(one quotation)")
            for g, m, n in rows[["group", "mean", "n"]].itertuples(index=False)
        ]
        out.append(f"Stance toward the {country} side: {', '.join(parts)}.")
    return out


def corpus_note(path: str | Path, articles: pd.DataFrame) -> str:
    """One line on which corpus this is, and what its ``fictional`` column rests on.

    The demo corpus says so; any other corpus is the user's, whose ``fictional`` column
    is read from each article's metadata (``"fictional": true`` in its sidecar) — so
    the demo corpus's warning is never printed over someone else's articles.

    >>> import pandas as pd
    >>> from nbutils.config import DEMO_CORPUS
    >>> print(corpus_note(DEMO_CORPUS, pd.DataFrame({"fictional": [False, True, True]})))
    The demo corpus: 1 real news article and 2 written for this project, fictional (the fictional column).
    >>> print(corpus_note("mine.jsonl", pd.DataFrame({"fictional": [False, False]})))
    Your corpus, not the demo: the fictional column is read from each article's metadata ("fictional": true); none of these 2 articles says it is fictional.
    """
    from nbutils.config import DEMO_CORPUS

    flags = articles["fictional"].fillna(False).astype(bool) if "fictional" in articles else None
    n = len(articles)
    k = int(flags.sum()) if flags is not None else 0
    if Path(path).resolve() == DEMO_CORPUS.resolve():
        return (
            f"The demo corpus: {n - k} real news article{'s' if n - k != 1 else ''} and "
            f"{k} written for this project, fictional (the fictional column)."
        )
    said = (
        f"none of these {n} articles says it is fictional"
        if not k
        else f"{k} of these {n} articles {'says it is' if k == 1 else 'say they are'} fictional"
    )
    return (
        "Your corpus, not the demo: the fictional column is read from each article's "
        f'metadata ("fictional": true); {said}.'
    )


def corpus_findings(
    articles: pd.DataFrame,
    quotes: pd.DataFrame,
    targets: pd.DataFrame | None = None,
    skipped: Sequence[str] = (),
) -> Findings:
    """The corpus in a few sentences: articles, quotations, most-quoted speaker, roles,
    and, given the ``targets`` table (:func:`nbutils.corpus.corpus_overview` with
    ``targets=True``), the stance toward whom the quotations name most
    (:func:`target_findings`) and toward each country's side (:func:`side_findings`).
    The records that could not be read (``skipped``, one message each) and ids shared by
    several articles (whose counts per article then merge) are said too: a reader of the
    index should know the figures leave something out.

    >>> import pandas as pd
    >>> a = pd.DataFrame({"id": ["x", "y"], "fictional": [True, False], "quotes": [2, 0]})
    >>> q = pd.DataFrame({"article_id": ["x", "x"], "speaker": ["Ann", "Ann"],
    ...                   "role": ["official", "official"], "text": ['"a b"', '"c"']})
    >>> for b in corpus_findings(a, q).bullets: print(b)
    2 articles (1 of them fictional), 2 attributed quotations; 1 article quotes nobody.
    Most quoted: Ann, with 2 quotations in 1 article.
    By role, official speakers have 100 % of the quotations.
    """
    n = len(articles)
    fictional = (
        int(articles["fictional"].fillna(False).astype(bool).sum())
        if "fictional" in articles
        else 0
    )
    silent = int((articles["quotes"] == 0).sum()) if "quotes" in articles else 0
    bullets = [
        f"{n:,} article{'s' if n != 1 else ''}"
        + (f" ({fictional} of them fictional)" if fictional else "")
        + f", {len(quotes):,} attributed quotation{'s' if len(quotes) != 1 else ''}"
        + (
            f"; {silent} article{' quotes' if silent == 1 else 's quote'} nobody."
            if silent
            else "."
        )
    ]
    if skipped:
        bullets.append(
            f"{len(skipped):,} record{'s' if len(skipped) != 1 else ''} could not be read "
            f"and {'were' if len(skipped) != 1 else 'was'} left out (the page lists "
            f"{'them' if len(skipped) != 1 else 'it'}, with file and line)."
        )
    if "id" in articles and articles["id"].duplicated().any():
        shared = list(dict.fromkeys(articles.loc[articles["id"].duplicated(), "id"].astype(str)))
        shown_ids = ", ".join(repr(i) for i in shared[:3]) + (" …" if len(shared) > 3 else "")
        bullets.append(
            f"Several articles share the id {shown_ids}: whatever is counted per article "
            "counts them as one; give each article its own id."
        )
    named = (
        quotes[quotes["speaker"].notna() & (quotes["speaker"].astype(str) != "")]
        if len(quotes)
        else quotes
    )
    if len(named):
        counts = named["speaker"].value_counts()
        k = int(counts.iloc[0])
        top = [str(s) for s in counts.index if counts[s] == k]
        shown = [speaker_words(t) for t in top[:3]] + (
            [f"{len(top) - 3} more"] if len(top) > 3 else []
        )
        # articles per speaker: two speakers tied with 3 quotations, each in one article,
        # are not "3 quotations each in 2 articles"
        spread = named[named["speaker"].isin(top)].groupby("speaker")["article_id"].nunique()
        low, high = int(spread.min()), int(spread.max())
        quoted = f"{k:,} quotation{'s' if k != 1 else ''}"
        if len(top) == 1:
            where = f"with {quoted} in {low} article{'s' if low != 1 else ''}"
        elif low == high:
            where = f"with {quoted} each (in {low} article{'s' if low != 1 else ''} each)"
        else:
            where = f"with {quoted} each (in {low} to {high} articles each)"
        bullets.append(f"Most quoted: {_names(shown)}, {where}.")
    if len(quotes) and "role" in quotes:
        roles = quotes["role"].fillna(NO_ROLE).value_counts()
        top_role = _NO_ROLE if roles.index[0] in (NO_ROLE, "") else f"{roles.index[0]} speakers"
        bullets.append(
            f"By role, {top_role} have {_pct(roles.iloc[0], len(quotes))} of the quotations."
        )
    if targets is not None and len(quotes):
        from nbutils.reactions import country_stance

        bullets += target_findings(targets)
        if len(targets) and {"role", "country"} <= set(targets):
            bullets += side_findings(country_stance(targets))
    return Findings("In brief: the corpus", bullets)


# --- 7. honest evaluation: one article beside a corpus annotated by others ------------------

#: Where ``benchmarks/bench_attribution.py`` may leave its last figures (read, never written).
BENCHMARK_RESULTS: Path = DATA_DIR.parent / "benchmarks" / "results" / "attribution.json"
_EVALUATED_KINDS = ("direct", "follow-on")
_MEASURES = (
    ("overlap_precision", "extraction precision (overlap)"),
    ("overlap_recall", "extraction recall (overlap)"),
    ("speaker_accuracy", "speaker accuracy (quotations found)"),
    ("e2e_f1", "end-to-end F1 (found and right speaker)"),
)


def _shown_path(path: Path) -> str:
    import os

    try:
        return os.path.relpath(path, DATA_DIR.parent)
    except ValueError:  # another drive (Windows)
        return path.name


def _polnear_cache_key(folder: Path) -> str:
    import hashlib

    from nbutils import config

    h = hashlib.sha256()
    package = config.ROOT / "nbutils"
    for path in sorted(package.rglob("*")):  # any change to the code or its lexicons
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(path.relative_to(package).as_posix().encode())
            h.update(path.read_bytes())
    for p in sorted((folder / "dev").rglob("*")):
        h.update(f"{p.name}:{p.stat().st_size}".encode())
    return h.hexdigest()[:16]


def polnear_dev_scores(folder: Path | None = None) -> dict[str, Any] | None:
    """The engine's scores on PolNeAR's dev split (direct quotations), or None
    when the corpus is not there. Computed once per version of the package's
    code and cached on disk (beside the sentiment weights), so a notebook
    pays for it only after the code changed."""
    import json

    from nbutils import config
    from nbutils.sentiment import cache_dir

    folder = Path(folder) if folder else config.POLNEAR_DIR
    if not (folder / "dev" / "text").is_dir():
        return None
    key = _polnear_cache_key(folder)
    cached = cache_dir() / f"polnear-dev-{key}.json"
    if cached.is_file():
        try:
            return json.loads(cached.read_text(encoding="utf-8"))
        except ValueError:
            pass
    from nbutils.attribution import attribute
    from nbutils.evaluation import Scores, gold_from_polnear, score
    from nbutils.polnear import load_polnear

    total, docs = Scores(), 0
    for doc in load_polnear(folder, "dev"):
        text = doc.text
        preds = [
            a
            for a in attribute(text)
            if a.kind in _EVALUATED_KINDS
            and (a.text.startswith("''") or text[a.start] not in "'‘’‚‹")
        ]
        total = total + score(preds, gold_from_polnear(doc), text)
        docs += 1
    result = {"articles": docs, **total.summary()}
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(result), encoding="utf-8")
    except OSError:
        pass
    return result


def benchmark_record(path: Path = BENCHMARK_RESULTS) -> dict[str, Any] | None:
    """The last PolNeAR figures the benchmark wrote (with its date and commit), if any."""
    import json

    try:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _benchmark_scores(record: dict[str, Any]) -> dict[str, Any]:
    """The dev-split scores inside a benchmark record (flat, or under 'polnear'/'dev')."""
    for key in ("polnear_dev", "dev", "polnear"):
        inner = record.get(key)
        if isinstance(inner, dict):
            return inner.get("dev", inner) if isinstance(inner.get("dev"), dict) else inner
    return record


def reference_scores(
    article: Article,
    attributions: Sequence[Attribution],
    polnear: Path | None = None,
    results: Path = BENCHMARK_RESULTS,
) -> tuple[pd.DataFrame, list[str]]:
    """This article's scores beside PolNeAR's dev figures, and what each means.

    Returns ``(table, notes)``: one row per measure, a column for this
    article (when it has a gold file) and one for PolNeAR (computed when the
    corpus is at ``polnear`` — default ``../shared/polnear`` — else the last
    figures ``benchmarks/bench_attribution.py`` wrote to ``results``, else
    absent, and the notes say so).

    >>> table, notes = reference_scores(Article("x", "No quotes."), [],
    ...                                 polnear=Path("/nonexistent"), results=Path("/none"))
    >>> list(table.columns), notes[-1].startswith("No PolNeAR figures")
    (['measure'], True)
    """
    import pandas as pd

    from nbutils import config

    table = pd.DataFrame({"measure": [label for _, label in _MEASURES]})
    notes = []
    gold, _ = gold_for(article)
    if gold is not None:
        from nbutils.evaluation import score

        s = score(list(attributions), list(gold), article.text).summary()
        table["this article"] = [s[k] for k, _ in _MEASURES]
        notes.append(
            f"This article ({s['gold']} gold quotations): the rules were written while "
            "reading it, so its scores show that they do what was intended here — not "
            "how well they work on other news."
        )
    folder = Path(polnear) if polnear else config.POLNEAR_DIR
    computed = polnear_dev_scores(folder)
    if computed is not None:
        table["PolNeAR dev"] = [computed.get(k) for k, _ in _MEASURES]
        notes.append(
            f"PolNeAR dev ({computed['articles']} political news articles of 2016, "
            f"annotated by others; computed from {_shown_path(folder)} for this version of the code): "
            "many more articles than this one, but the rules were also refined by reading "
            "their errors, so even these figures are optimistic — expect lower on news of "
            "another kind. Only direct quotations are compared."
        )
        return table, notes
    record = benchmark_record(results)
    if record is not None:
        scores = _benchmark_scores(record)
        table["PolNeAR dev (last benchmark)"] = [scores.get(k) for k, _ in _MEASURES]
        when = record.get("date", "an unknown date")
        commit = str(record.get("commit", "an unknown commit"))[:12]
        notes.append(
            f"PolNeAR dev, as last measured by benchmarks/bench_attribution.py on "
            f"{when} at commit {commit} (the corpus is not on this machine): many more "
            "articles than this one, though the rules were also refined on their errors, "
            "so still optimistic for a new article."
        )
    else:
        notes.append(
            f"No PolNeAR figures: the corpus is not at {_shown_path(folder)} and no "
            f"benchmark result file ({_shown_path(Path(results))}) exists. Run "
            "benchmarks/bench_attribution.py with the corpus to measure the engine on "
            "many articles annotated by others."
        )
    return table, notes


def show_reference_scores(article: Article, attributions: Sequence[Attribution]) -> None:
    """Display :func:`reference_scores`: the table, then one sentence per column."""
    from IPython.display import Markdown, display

    table, notes = reference_scores(article, attributions)
    if len(table.columns) > 1:
        table.attrs["decimals"] = 3  # a perfect 1.000 beside 0.948, not "1"
        display(table)
    display(Markdown("\n".join(f"- {n}" for n in notes)))
