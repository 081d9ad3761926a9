"""Views of an attribution: the tidy quote table, the highlighted article and
the lesson's explanatory tables (nbutils.views), plus the figure and the
exercises of notebook 02."""

from __future__ import annotations

import dataclasses
import html
import re

import matplotlib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nbutils import config, views
from nbutils.articles import Article, open_article
from nbutils.attribution import RULES, Attribution, attribute
from nbutils.cues import find_cues
from nbutils.evaluation import score
from nbutils.figures import speaker_palette

matplotlib.use("Agg")

STRAIGHT = (
    'Mayor Ana Ruiz of Port Elden spoke on Monday. "We will open in May," she said. '
    '"It is on budget."\n"We waited ten years," said Tom Baker, a shop owner.'
)
NO_QUOTES = "Rain is expected tomorrow across the region.\nNobody said anything about it."


@pytest.fixture(scope="module")
def default():
    article = open_article("")
    return article, attribute(article)


@pytest.fixture(scope="module")
def straight():
    article = Article("straight", STRAIGHT)
    return article, attribute(article)


# --- the quote table ---------------------------------------------------------------


def test_quote_table_has_the_shared_schema_and_one_row_per_attribution(default):
    article, attributions = default
    table = views.quote_table(attributions, article.id)
    assert tuple(table.columns) == views.QUOTE_TABLE_COLUMNS
    assert len(table) == len(attributions) > 0
    assert set(table["article_id"]) == {article.id}
    for row, a in zip(table.itertuples(index=False), attributions, strict=True):
        assert article.text[row.start : row.end] == row.text == a.text
        assert (row.speaker, row.cue_lemma, row.rule) == (a.speaker, a.cue_lemma, a.rule)
        assert row.confidence == pytest.approx(a.confidence, abs=5e-4)


def test_the_reaction_analysis_accepts_the_quote_table(straight):
    """nbutils.reactions works on quote tables: ours must carry every column it reads."""
    from nbutils import reactions

    article, attributions = straight
    assert set(reactions.QUOTE_TABLE_COLUMNS) <= set(views.QUOTE_TABLE_COLUMNS)
    scored = reactions.add_sentiment(views.quote_table(attributions, article.id))
    assert len(scored) == len(attributions)


def test_an_empty_list_gives_an_empty_table_with_the_columns():
    table = views.quote_table([], "x")
    assert table.empty and tuple(table.columns) == views.QUOTE_TABLE_COLUMNS


# --- the highlighted article -----------------------------------------------------------


def _visible_text(markup: str) -> str:
    """The text a reader sees: tags and quote-number superscripts removed, unescaped."""
    body = re.sub(r"<sup[^>]*>.*?</sup>", "", markup)
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", body, flags=re.S)
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)) for p in paragraphs)


def _paragraphs(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip())


def test_highlight_keeps_every_character_and_colours_each_speaker_consistently(default):
    article, attributions = default
    markup = views.highlight_html(article, attributions)
    assert _visible_text(markup) == _paragraphs(article.text)
    colours = views.speaker_colours(attributions)
    hues = len(set(speaker_palette([str(k) for k in range(30)]).values()))
    assert len(set(colours.values())) == min(len(colours), hues)
    assert views.UNKNOWN_COLOUR not in colours.values()
    for n, a in enumerate(attributions, 1):  # numbered from 1, like the table
        colour = colours.get(a.speaker, views.UNKNOWN_COLOUR)
        rgb = ", ".join(str(int(colour[k : k + 2], 16)) for k in (1, 3, 5))
        # the quote's span carries its speaker's tint and a hover text with rule and confidence
        title = re.escape(html.escape(f"[{n}] {a.speaker or 'speaker not found'} · rule {a.rule}"))
        assert re.search(
            rf'<span style="background-color: rgba\({rgb}, [0-9.]+\)[^"]*" '
            rf'title="{title} · confidence {a.confidence:.2f}',
            markup,
        ), n
    for speaker in colours:
        assert html.escape(speaker) in markup.split("<p", 1)[0], "legend lists the speaker"
    assert "<script" not in markup


def test_highlight_marks_cue_and_mention(straight):
    article, attributions = straight
    markup = views.highlight_html(article, attributions)
    with_cue = [a for a in attributions if a.cue]
    with_mention = [a for a in attributions if a.speaker_mention]
    assert with_cue and with_mention
    for a in with_cue:
        assert 'title="' + html.escape(f'cue "{a.cue}"') in markup
    for a in with_mention:
        assert html.escape(f'speaker mention "{a.speaker_mention}"') in markup


def test_highlight_escapes_html_and_says_when_there_is_no_quote():
    text = 'Tags <b>stay</b> text & "quotes" <script>alert(1)</script>.\nSecond line.'
    markup = views.highlight_html(Article("x", text), [])
    assert "No quotations found" in markup
    assert "<script>" not in markup and "<b>" not in markup
    assert _visible_text(markup) == text
    markup = views.highlight_html(NO_QUOTES, attribute(NO_QUOTES))
    assert "No quotations found" in markup and _visible_text(markup) == NO_QUOTES


_TEXT = st.text(alphabet=st.sampled_from(list('ab <>&"“” \n.')), min_size=1, max_size=80)


@settings(max_examples=60, deadline=None)
@given(text=_TEXT, data=st.data())
def test_highlight_survives_any_overlap_of_marks(text: str, data):
    """Quotes, cues and mentions may overlap or cross paragraphs: no text is lost or doubled."""
    n = len(text)
    spans = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    records = []
    for _ in range(data.draw(st.integers(0, 4))):
        (s, e), (cs, ce), (ms, me) = data.draw(spans), data.draw(spans), data.draw(spans)
        records.append(
            Attribution(
                s,
                e,
                text[s:e],
                "direct",
                speaker=data.draw(st.sampled_from([None, "A <x>", "B & C"])),
                speaker_start=ms,
                speaker_end=me,
                speaker_mention=text[ms:me],
                cue=text[cs:ce],
                cue_start=cs,
                cue_end=ce,
                rule="speaker-cue-quote",
                confidence=0.5,
            )
        )
    markup = views.highlight_html(text, records)
    assert _visible_text(markup) == _paragraphs(text)
    assert markup.count("<span") == markup.count("</span>")
    assert "<x>" not in markup


# --- the lesson's tables ----------------------------------------------------------------


def test_naive_regex_and_finder_agree_on_straight_quotes_only():
    same = views.naive_vs_finder('He said "yes" and she said "no, never."')
    assert set(same["verdict"]) == {"same"} and len(same) == 2
    mixed = views.naive_vs_finder('A “curly” one. "Mixed” start, then "plain" text.')
    verdicts = mixed["verdict"].tolist()
    assert "finder only" in verdicts, verdicts  # the curly quote
    assert "regex only" in verdicts or "different span" in verdicts, verdicts
    assert len(views.naive_quotes('a "b" c "d"')) == 2


def test_cue_table_counts_what_find_cues_finds(straight):
    article, attributions = straight
    table = views.cue_table(article, attributions)
    cues = find_cues(article.text)
    # every unambiguous form counts; a form that can be a noun only where it is a verb
    assert sum(not c.ambiguous for c in cues) <= table["found"].sum() <= len(cues)
    assert table["used"].sum() == sum(1 for a in attributions if a.cue_lemma)
    assert views.cue_table(NO_QUOTES).empty or (views.cue_table(NO_QUOTES)["used"] == 0).all()
    assert views.lexicon_summary()["lemmas"].sum() > 50


def test_candidate_speakers_count_the_attributed_quotes(straight):
    article, attributions = straight
    table = views.candidate_speakers(article, attributions)
    quoted = {a.speaker for a in attributions if a.speaker}
    assert quoted <= set(table["speaker"])
    for speaker in quoted:
        n = sum(a.speaker == speaker for a in attributions)
        assert table.loc[table["speaker"] == speaker, "quotes"].item() == n
    assert "NE chunker" in table and table["NE chunker"].dtype == bool
    assert "NE chunker" not in views.candidate_speakers(article, ne_chunker=False)


def test_frame_tags_put_the_quote_in_one_placeholder(straight):
    article, attributions = straight
    a = next(a for a in attributions if a.cue and a.speaker_start is not None)
    table = views.frame_tags(article, a)
    assert table["token"].tolist().count("QUOTE") == 1
    cue = table[table["part"] == "cue"]
    assert " ".join(cue["token"]) == a.cue and all(cue["tag"].str.startswith("VB"))
    assert " ".join(table.loc[table["part"] == "speaker mention", "token"]) == a.speaker_mention
    inside = table[(table["start"] > a.start) & (table["start"] < a.end)]
    assert inside.empty, "no word of the quotation is tagged"


def test_rule_table_lists_every_rule_and_counts_every_quote(default):
    _, attributions = default
    table = views.rule_table(attributions)
    assert set(RULES) <= set(table["rule"])
    assert table["quotes"].sum() == len(attributions)
    assert (table.loc[table["quotes"] > 0, "example"] != "").all()


def test_mention_types():
    def a(speaker, mention):
        return Attribution(0, 3, '"a"', "direct", speaker=speaker, speaker_mention=mention)

    assert views.mention_type(a("Mark Rutte", "NATO chief Mark Rutte")) == "full name"
    assert views.mention_type(a("Mark Rutte", "Rutte")) == "short name"
    assert views.mention_type(a("Mark Rutte", "He")) == "pronoun"
    assert views.mention_type(a("Mark Rutte", "the NATO chief")) == "description"
    assert views.mention_type(a("Mark Rutte", None)) == "none"
    assert views.most_quoted([]) == []


def test_coreference_table_has_one_row_per_quote(default):
    _, attributions = default
    table = views.coreference_table(attributions)
    assert len(table) == len(attributions)
    pronouns = table[table["type"] == "pronoun"]
    assert (
        pronouns["mention"]
        .str.lower()
        .isin(["he", "she", "they", "we", "i", "him", "her", "them", "it"])
        .all()
    )


# --- evaluation against gold ------------------------------------------------------------


def test_gold_is_found_by_article_id_only(default):
    article, _ = default
    gold, note = views.gold_for(article)
    assert gold and str(len(gold)) in note
    none, note = views.gold_for(Article("not-annotated", article.text))
    assert none is None and "No gold" in note
    changed, note = views.gold_for(Article(article.id, "x" + article.text))
    assert changed is None and "does not fit" in note


def test_error_table_finds_misses_wrong_speakers_and_spurious_quotes(default):
    article, attributions = default
    gold, _ = views.gold_for(article)
    table = views.error_table(attributions, gold, article.text)
    s = score(attributions, gold, article.text)
    assert (table["verdict"] == "correct").sum() == s.speaker_right
    assert (table["verdict"] != "not in gold").sum() == len(gold)

    other = next(a.speaker for a in attributions if a.speaker != attributions[1].speaker)
    broken = [
        attributions[0],
        dataclasses.replace(attributions[1], speaker=other),
        *attributions[3:],
        Attribution(1, 8, article.text[1:8], "direct"),
    ]
    table = views.error_table(broken, gold, article.text)
    verdicts = table["verdict"].tolist()
    assert verdicts.count("missed") >= 1 and "wrong speaker" in verdicts
    assert verdicts.count("not in gold") == 1
    assert table["start"].is_monotonic_increasing
    summary = views.evaluation_summary(broken, gold, article.text)
    values = dict(zip(summary["measure"], summary["value"], strict=True))
    assert values["quotations predicted"] == len(broken)
    assert not any("_" in m for m in summary["measure"])  # every measure named in words


# --- the figure and the exercises ------------------------------------------------------------


def test_figure_uses_the_highlight_colours(default):
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    from nbutils.figures import plot_quotes_per_speaker

    article, attributions = default
    colours = views.speaker_colours(attributions)
    ax = plot_quotes_per_speaker(views.quote_table(attributions, article.id))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert set(labels) == {a.speaker or "(no speaker)" for a in attributions}
    for label, patch in zip(labels, ax.patches, strict=True):
        assert to_hex(patch.get_facecolor()) == colours.get(label, views.UNKNOWN_COLOUR)
    widths = [p.get_width() for p in ax.patches]
    assert widths == sorted(widths, reverse=True) and sum(widths) == len(attributions)
    plt.close("all")


@pytest.mark.parametrize("text", [STRAIGHT, NO_QUOTES])
def test_exercise_answers_come_from_the_article(text: str, capsys):
    from nbutils.exercises import check, is_correct, solution

    article = Article("x", text)
    table = views.quote_table(attribute(article))
    partial = int((table["kind"] == "partial").sum())
    assert solution("02-partial-quotes", article) == partial
    assert is_correct("02-partial-quotes", partial, article)
    assert not is_correct("02-partial-quotes", partial + 1, article)
    counts = table["speaker"].dropna().value_counts()
    top = counts.index[0] if len(counts) else ""
    assert is_correct("02-top-speaker", top, article)
    assert not is_correct("02-top-speaker", "Nobody In Particular", article)
    pronouns = sum(views.mention_type(a) == "pronoun" for a in attribute(article))
    assert is_correct("02-pronoun-quotes", pronouns, article)
    check("02-pronoun-quotes", ..., article)  # the placeholder prints a hint, never raises
    assert "Replace the placeholder" in capsys.readouterr().out


def test_cue_table_skips_noun_uses_of_ambiguous_cues() -> None:
    table = views.cue_table(
        'The state\'s plan was a promise kept. "Yes," she said. He promised more.'
    )
    rows = dict(zip(table["lemma"], table["forms"], strict=True))
    assert rows.get("promise") == "promised" and "state" not in rows


def test_a_tiny_negative_mean_is_not_shown_as_minus_zero() -> None:
    from nbutils.views import _mean_or_values

    assert _mean_or_values([0.2, -0.201, 0.0]) == "average +0.00 (n = 3)"


def test_frame_example_skips_a_follow_on_to_the_next_quote_with_a_cue():
    found = attribute(
        '"We will rebuild," said Mayor Joan Kerr. "All of it." The rain stopped. '
        '"Nonsense," Tom Ruiz said.'
    )
    assert found[1].cue_start is None  # a follow-on: its frame holds only the quote
    assert views.frame_example(found, 1) is found[2]
    assert views.frame_example(found, 0) is found[0]
    assert views.frame_example([], 3) is None


# --- findings in words: grammar for any count, names as news writes them ---------------


def test_findings_agree_in_number_for_one_quotation_and_one_marked_verb():
    one = Article("one", '"We will build it," Mayor Ann Lee insisted.')
    bullets = views.article_findings(one, attribute(one)).bullets
    assert bullets[0] == "The engine found 1 quotation; it has a speaker."
    assert (
        "The one quotation with a reporting verb is introduced by one that is not neutral: "
        "insist (1)." in bullets
    )
    two = Article("two", '"Yes," Ann Lee said. "No," Bo Kay insisted. "Maybe," Cy Dunn said.')
    assert (
        "Of the 3 quotations with a reporting verb, 1 is introduced by one that is not "
        "neutral: insist (1)." in views.article_findings(two, attribute(two)).bullets
    )
    none = views.article_findings(Article("none", NO_QUOTES), [])
    assert none.title == "In brief: who is quoted", "the index heads it 'Who is quoted'"


def test_reaction_findings_say_is_for_one_and_use_the_possessive_of_plurals():
    import pandas as pd

    q = pd.DataFrame(
        {
            "speaker": ["Riverside Rovers", "Ann Lee"],
            "group": ["officials", "citizens"],
            "sentiment": [0.5, -0.4],
            "text": ['"We are grateful,"', '"Too late."'],
        }
    )
    bullets = views.reaction_findings(q).bullets
    assert bullets[0].startswith("Of 2 quotations scored with the news model, 1 is positive,")
    assert "Ann Lee's (" in bullets[2] and "Riverside Rovers' (" in bullets[2]
    assert "Rovers's" not in " ".join(bullets)
    single = views.reaction_findings(q.iloc[:1]).bullets[0]
    assert single.startswith("Of 1 quotation scored"), single


def test_findings_in_words_never_name_a_group_or_role_unknown_in_brackets():
    import pandas as pd

    q = pd.DataFrame(
        {
            "speaker": ["Ann Lee", "Tom Ward", "Tom Ward"],
            "group": ["officials", None, "no role found"],
            "sentiment": [0.5, -0.4, -0.2],
            "text": ['"Fine."', '"Too late."', '"No."'],
        }
    )
    bullets = views.reaction_findings(q).bullets
    assert bullets[1].startswith("Speakers with no role found: scores -0.40 and -0.20"), bullets[1]
    assert "(unknown)" not in " ".join(bullets)
    a = pd.DataFrame({"id": ["x"], "quotes": [3]})
    q = q.assign(article_id="x", role=[None, None, "official"])
    bullets = views.corpus_findings(a, q).bullets
    assert "By role, speakers with no role found have 67 % of the quotations." in bullets


def test_corpus_findings_name_every_speaker_tied_for_most_quoted():
    import pandas as pd

    a = pd.DataFrame({"id": ["x", "y"], "quotes": [2, 2]})
    q = pd.DataFrame(
        {
            "article_id": ["x", "x", "y", "y"],
            "speaker": ["Ann", "Ann", "Tom", "Tom"],
            "role": ["official"] * 4,
            "text": ['"a"'] * 4,
        }
    )
    bullets = views.corpus_findings(a, q).bullets
    assert "Most quoted: Ann and Tom, with 2 quotations each (in 1 article each)." in bullets


def test_corpus_findings_count_the_articles_of_each_tied_speaker_not_of_all():
    import pandas as pd

    a = pd.DataFrame({"id": ["x", "y", "z"], "quotes": [2, 2, 1]})
    q = pd.DataFrame(
        {
            "article_id": ["x", "y", "x", "z"],
            "speaker": ["Ann", "Ann", "Tom", "Tom"],
            "role": ["official"] * 4,
            "text": ['"a"'] * 4,
        }
    )
    bullets = views.corpus_findings(a, q).bullets
    assert "Most quoted: Ann and Tom, with 2 quotations each (in 2 articles each)." in bullets
    q2 = pd.DataFrame(
        {
            "article_id": ["x", "x", "y", "z"],
            "speaker": ["Ann", "Ann", "Tom", "Tom"],
            "role": ["official"] * 4,
            "text": ['"a"'] * 4,
        }
    )
    bullets = views.corpus_findings(a, q2).bullets
    assert "Most quoted: Ann and Tom, with 2 quotations each (in 1 to 2 articles each)." in bullets


def _run_cell(notebook: str, cell_id: str, namespace: dict) -> None:
    """Execute one code cell of a committed notebook in ``namespace`` (``display`` collects)."""
    import json

    from nbutils import config

    nb = json.loads((config.NOTEBOOKS_DIR / notebook).read_text(encoding="utf-8"))
    (cell,) = [c for c in nb["cells"] if c["id"] == cell_id]
    namespace.setdefault("displayed", [])
    namespace["display"] = namespace["displayed"].append
    exec("".join(cell["source"]), namespace)


def test_coreference_cell_says_why_rows_are_missing_and_never_shows_an_empty_table(capsys):
    art = Article("named", '"We will build it," said Ann Lee. "It is late," said Tom Ward.')
    ns = {"views": views, "attributions": attribute(art)}
    _run_cell("02-speaker-attribution.ipynb", "f2909eb5", ns)
    assert ns["displayed"] == [], "no table of zero rows"
    assert "Every quotation names its speaker in full" in capsys.readouterr().out
    art = Article("pronoun", 'Ann Lee spoke. "We will build it," she said.')
    ns = {"views": views, "attributions": attribute(art)}
    _run_cell("02-speaker-attribution.ipynb", "f2909eb5", ns)
    (shown,) = ns["displayed"]
    assert list(shown["mention"]) == ["she"]


def test_reader_of_an_article_without_reactions_is_told_there_is_no_figure(capsys):
    import pandas as pd

    from nbutils import figures, reactions

    ns = {"narrator": pd.DataFrame(), "figures": figures, "reactions": reactions}
    _run_cell("03-reaction-analysis.ipynb", "a67e5ae3", ns)
    assert "so no figure" in capsys.readouterr().out


def test_corpus_notebook_says_which_corpus_it_reads(tmp_path, capsys):
    (tmp_path / "a.txt").write_text('"Hello," said Ann Lee.\n', encoding="utf-8")
    for corpus, expected in ((str(tmp_path), "Your corpus, not the demo"), ("", "The demo corpus")):
        _run_cell("04-corpus-overview.ipynb", "14b6d6f3", {"CORPUS": corpus})
        assert expected in capsys.readouterr().out


def test_an_article_without_quotations_still_gets_the_writers_tone():
    import pandas as pd

    from nbutils.sentiment import sentence_scores

    art = Article("column", "Libraries are wonderful places. Closing them is a terrible mistake.")
    sentences = sentence_scores(art, model="vader")
    bullets = views.reaction_findings(
        pd.DataFrame(), None, model="vader", sentences=sentences
    ).bullets
    assert bullets[0].startswith(
        "No quotation to score in this article; the writer's own 2 sentences"
    )
    assert "1 negative, 0 neutral and 1 positive" in bullets[0]
    narrator = pd.DataFrame({"valence": [-1]})
    assert (
        views.reaction_findings(None, narrator)
        .bullets[-1]
        .startswith("Outside the quotations the writer describes 1 reaction word")
    )


def test_the_regex_lesson_explains_an_article_in_single_or_curly_quotes(capsys):
    from nbutils.quotes import find_quotes

    british = Article("ferry", "'We were forgotten,' said Ann Lee. 'Nobody asked us.'")
    ns = {"views": views, "article": british, "find_quotes": find_quotes}
    _run_cell("02-speaker-attribution.ipynb", "4709bbc4", ns)
    out = capsys.readouterr().out
    assert "naive regex: 0 matches" in out
    assert "None of this article's 2 quotations opens with a straight double quote" in out
    assert "straight single marks" in out
    typeset = "“We were forgotten,” said Ann Lee."
    assert "curly double marks" in views.naive_regex_note(typeset)
    assert views.naive_regex_note(STRAIGHT) == "", "the regex's own case needs no note"


def test_the_tone_of_the_sentences_is_listed_negative_neutral_positive():
    import pandas as pd

    from nbutils import reactions

    sentences = pd.DataFrame({"score": [0.5, 0.6, 0.0, -0.4]})  # more positive than negative
    ns = {"pd": pd, "reactions": reactions, "sentences": sentences}
    import json

    from nbutils import config

    nb = json.loads((config.NOTEBOOKS_DIR / "03-reaction-analysis.ipynb").read_text())
    (cell,) = [c for c in nb["cells"] if c["id"] == "880ab881"]
    *body, last = "".join(cell["source"]).rstrip().split("\n")
    exec("\n".join(body), ns)
    table = eval(last.split("#")[0], ns)
    assert list(table.index.astype(str)) == ["negative", "neutral", "positive"]
    assert list(table["sentences"]) == [1, 1, 2]


def test_frame_quote_is_the_row_of_the_quote_table(capsys):
    from nbutils.attribution import explain

    text = (
        '"One," said Ann Lee. "Two," said Tom Ward. "Three," said Ann Lee. '
        '"Four," said Tom Ward. "Five," said Ann Lee.'
    )
    art = Article("rows", text)
    found = attribute(art)
    for row in (1, 4, 5):
        ns = {
            "views": views,
            "attributions": found,
            "article": art,
            "explain": explain,
            "FRAME_QUOTE": row,
        }
        _run_cell("02-speaker-attribution.ipynb", "49f5dddf", ns)
        out = capsys.readouterr().out
        assert f"Row {row} of the quote table" in out, out
        assert found[row - 1].text.strip('",') in ns["example"].text


def test_share_of_voice_cell_shows_groups_in_the_table_and_speakers_in_the_figure():
    import json

    import matplotlib.pyplot as plt

    from nbutils import config, figures, reactions

    art = Article("voice", '"We will build it," said Mayor Ann Lee. "Too late," said Tom Ward.')
    quotes = reactions.quote_table(art)
    scored = reactions.speaker_labels(reactions.add_sentiment(quotes, model="vader"))
    ns = {"has_quotes": True, "scored": scored, "reactions": reactions, "figures": figures}
    _run_cell("03-reaction-analysis.ipynb", "50c8819b", ns)
    (table,) = ns["displayed"]
    assert "group" in table.columns
    labels = " ".join(t.get_text() for t in ns["ax"].get_yticklabels())
    assert "Ann Lee" in labels and "Tom Ward" in labels
    nb = json.loads((config.NOTEBOOKS_DIR / "03-reaction-analysis.ipynb").read_text())
    (md,) = [c for c in nb["cells"] if c["id"] == "a0cb7055"]
    assert "by group (the\ntable) and by speaker (the figure)" in "".join(md["source"])
    plt.close("all")


def test_the_writers_reaction_words_are_all_counted_neutral_too():
    import pandas as pd

    words = pd.DataFrame({"valence": [-1, -1, 1, 0]})
    assert views._narrator_bullets(words) == [
        "Outside the quotations the writer describes 4 reaction words: "
        "2 negative, 1 positive and 1 neutral."
    ]
    many = pd.DataFrame({"valence": [-1] * 1200 + [1] * 30})
    assert views._narrator_bullets(many) == [
        "Outside the quotations the writer describes 1,230 reaction words: "
        "1,200 negative and 30 positive."
    ], "thousands are grouped, as in the provenance's '474,399 characters'"


def test_stance_table_cell_says_when_no_quotation_names_a_target(capsys):
    import types

    import pandas as pd

    table = pd.DataFrame({"all their quotes (sentiment)": ["-0.20 (n=2)"]})
    ns = {
        "reactions": types.SimpleNamespace(stance_overview=lambda *a, **k: table),
        "targets": pd.DataFrame(),
        "scored": pd.DataFrame(),
        "MAX_TARGETS": 8,
        "NO_QUOTES": "none",
    }
    _run_cell("03-reaction-analysis.ipynb", "f4872626", ns)
    assert ns["displayed"] == [table]
    assert "No quotation names a target" in capsys.readouterr().out
    ns["targets"] = pd.DataFrame({"target": ["Ann Lee"]})
    ns["displayed"] = []
    _run_cell("03-reaction-analysis.ipynb", "f4872626", ns)
    assert ns["displayed"] == [table] and capsys.readouterr().out == ""


def test_corpus_findings_say_what_was_left_out_and_which_ids_are_shared():
    import pandas as pd

    a = pd.DataFrame({"id": ["x", "y", "x"], "quotes": [1, 0, 1]})
    q = pd.DataFrame(
        {
            "article_id": ["x", "x"],
            "speaker": ["Ann", "Ann"],
            "role": ["official"] * 2,
            "text": ['"a"'] * 2,
        }
    )
    skipped = ["c.jsonl:5: not valid JSON", "c.jsonl:7: object has no 'text' key"]
    bullets = views.corpus_findings(a, q, skipped=skipped).bullets
    assert "2 records could not be read and were left out" in " ".join(bullets)
    assert any(b.startswith("Several articles share the id 'x'") for b in bullets), bullets
    clean = views.corpus_findings(a.iloc[:2], q).bullets
    assert not any("could not be read" in b or "share the id" in b for b in clean)
    nb = (config.NOTEBOOKS_DIR / "04-corpus-overview.ipynb").read_text(encoding="utf-8")
    assert "overview.targets, overview.skipped)" in nb


def test_findings_put_the_before_a_speaker_known_only_by_a_description():
    """Reproducer: 'By quoted words, mayor leads …', 'the most positive mayor's (…)'."""
    import pandas as pd

    art = Article(
        "council",
        'The mayor said "we will not back down on this plan."\n'
        'Later, residents said "enough is enough" and "we are tired."\n',
    )
    bullets = views.article_findings(art, attribute(art)).bullets
    assert "Most quoted: the residents, with 2 quotations" in bullets[1], bullets
    assert bullets[2].startswith("By quoted words, the mayor leads"), bullets
    q = pd.DataFrame(
        {
            "speaker": ["mayor", "Ann Lee"],
            "group": ["politicians", "citizens"],
            "sentiment": [0.4, -0.4],
            "text": ['"Fine."', '"Too late."'],
        }
    )
    assert "the most positive is the mayor's (" in views.reaction_findings(q).bullets[2]


def test_one_speaker_at_both_ends_of_the_sentiment_is_named_once():
    import pandas as pd

    q = pd.DataFrame(
        {
            "speaker": ["Ben Ortiz", "Ben Ortiz", "Ann Lee"],
            "group": ["politicians", "politicians", "citizens"],
            "sentiment": [-0.3, 0.3, 0.1],
            "text": ['"No cuts,"', '"We balance the books."', '"Fine."'],
        }
    )
    line = views.reaction_findings(q).bullets[2]
    assert line == (
        "The most negative and the most positive quotations are both Ben Ortiz's: "
        '("No cuts", -0.30) and ("We balance the books.", +0.30).'
    ), line
