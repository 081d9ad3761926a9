"""Reaction analysis on small hand-made quote tables and articles written here."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from nbutils import reactions as R
from nbutils.articles import Article

ARTICLE = (
    "Senator Jane Roe met Prime Minister Tom Hale in Paris on Monday. "
    'Roe said: "France has been a wonderful friend and we are grateful." '
    '"Russia is waging a brutal and shameful war," Hale said. '
    'Roe added: "Hale and I trust each other." '
    'A farmer named Ada told reporters: "The French government has betrayed us."\n'
    "Many farmers reacted with anger. Others expressed concern over prices. "
    "The senator remained optimistic."
)


def _table(rows: list[tuple[str, str | None, str | None, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "article_id": "t",
                "start": 10 * i,
                "end": 10 * i + 5,
                "text": text,
                "kind": "direct",
                "speaker": speaker,
                "role": role,
                "cue": "said",
                "cue_lemma": "say",
                "rule": "r",
                "confidence": 0.9,
            }
            for i, (text, speaker, role, _) in enumerate(rows)
        ],
        columns=list(R.QUOTE_TABLE_COLUMNS),
    )


QUOTES = _table(
    [
        ('"A wonderful, happy success."', "Ann Lee", "official", ""),
        ('"Great work, we are proud."', "Ann Lee", "official", ""),
        ('"A terrible, sad failure."', "Bo Chan", "citizen/witness", ""),
        ('"We are angry and afraid."', "Cy Dee", "citizen/witness", ""),
        ('"No comment."', None, None, ""),
    ]
)


def test_add_sentiment_and_summaries() -> None:
    scored = R.add_sentiment(QUOTES, model="vader")
    assert scored["sentiment"].between(-1, 1).all()
    s = R.speaker_summary(scored).set_index("speaker")
    assert list(s.index) == ["Ann Lee", "Cy Dee", "Bo Chan"]  # most quotes, then words; no unknown
    assert s.loc["Ann Lee", "quotes"] == 2 and s.loc["Ann Lee", "words"] == 9
    assert s.loc["Ann Lee", "mean"] > 0 > s.loc["Bo Chan", "mean"]
    assert math.isnan(s.loc["Bo Chan", "sd"])  # one quote: no spread, not zero
    roles = R.role_summary(scored, "group").set_index("group")
    assert roles.loc["citizens", "quotes"] == 2 and roles.loc["no role found", "quotes"] == 1


def test_officials_vs_citizens() -> None:
    table = R.officials_vs_citizens(R.add_sentiment(QUOTES, model="vader")).set_index("group")
    assert table.loc["officials", "mean"] > 0 > table.loc["citizens", "mean"]
    assert table.loc["officials", "difference_of_means"] > 0
    assert 0 <= table.loc["officials", "p_value"] <= 1
    only_officials = R.officials_vs_citizens(R.add_sentiment(QUOTES.iloc[:2], model="vader"))
    row = only_officials.set_index("group").loc["citizens"]
    assert row["quotes"] == 0 and math.isnan(row["mean"])


def test_share_of_voice() -> None:
    share = R.share_of_voice(QUOTES, by="group").set_index("group")
    assert share["quotes"].sum() == 5
    assert share.loc["officials", "words"] == 9
    assert share["share_of_quotes"].sum() == pytest.approx(100, abs=0.2)


def test_empty_quote_table_gives_honest_empty_results() -> None:
    empty = _table([])
    scored = R.add_sentiment(empty)
    assert scored.empty and "sentiment" in scored.columns
    for table in (
        R.speaker_summary(scored),
        R.role_summary(scored),
        R.share_of_voice(empty),
        R.quote_targets(scored),
        R.stance_table(R.quote_targets(scored)),
    ):
        assert table.empty and len(table.columns) > 0
    means, counts = R.stance_matrix(R.quote_targets(scored))
    assert means.empty and counts.empty
    vs = R.officials_vs_citizens(scored)
    assert list(vs["quotes"]) == [0, 0]


def test_missing_column_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="lacks column"):
        R.add_sentiment(pd.DataFrame({"text": ["x"]}))


def test_targets_found_and_canonicalised() -> None:
    article = Article("t", ARTICLE)
    scored = R.add_sentiment(R.quote_table(article))
    assert set(scored["speaker"]) >= {"Jane Roe", "Tom Hale"}
    targets = R.quote_targets(scored, article)
    by_speaker = targets.groupby("speaker")["target"].apply(set).to_dict()
    assert "France" in by_speaker["Jane Roe"]  # a country named
    assert "Tom Hale" in by_speaker["Jane Roe"]  # "Hale" -> the article's Tom Hale
    assert "Russia" in by_speaker["Tom Hale"]
    assert "France" in by_speaker["Ada"]  # demonym "French" -> France
    kinds = dict(zip(targets["target"], targets["target_kind"], strict=True))
    assert kinds["France"] == "country" and kinds["Tom Hale"] == "person"
    stance = R.stance_table(targets).set_index(["speaker", "target"])
    assert (
        stance.loc[("Jane Roe", "France"), "mean"] > 0 > stance.loc[("Tom Hale", "Russia"), "mean"]
    )
    means, counts = R.stance_matrix(targets)
    assert counts.loc["Jane Roe", "France"] == 1 and counts.loc["Tom Hale", "France"] == 0
    assert math.isnan(means.loc["Tom Hale", "France"])


def test_narrator_reactions_outside_quotes_with_their_group() -> None:
    article = Article("t", ARTICLE)
    found = R.narrator_reactions(article)
    got = {(w, g) for w, g in zip(found["word"], found["group"], strict=True)}
    assert ("anger", "Many farmers") in got
    assert any(w == "concern" and g.startswith("Others (") and "farmers" in g for w, g in got)
    assert ("optimistic", "The senator") in got
    assert "grateful" not in set(found["word"])  # inside a quotation: the speaker's, not ours
    valence = dict(zip(found["word"], found["valence"], strict=True))
    assert valence["anger"] < 0 < valence["optimistic"]
    summary = R.reaction_summary(found)
    assert summary["reactions"].sum() == len(found)


def test_no_reactions_is_empty() -> None:
    none = R.narrator_reactions("The budget was published on Monday.")
    assert none.empty and "group" in none.columns
    assert R.reaction_summary(none).empty


# --- the lesson's tables (notebook 03) ------------------------------------------------------

TWO_SIDES = _table(
    [
        ('"A wonderful, happy success for France."', "Ann Lee", "official", ""),
        ('"We are proud of France."', "Ann Lee", "official", ""),
        ('"France has betrayed us, it is a terrible shame."', "Bo Chan", "citizen/witness", ""),
        ('"The talks on France resume on Tuesday."', None, "citizen/witness", ""),
    ]
)


def test_aggregations_differ_by_weighting() -> None:
    scored = R.add_sentiment(QUOTES, model="vader")
    table = R.aggregations(scored, by="group").set_index("group")
    assert list(table.index[:2]) == ["officials", "citizens"]
    rows = scored[scored["group"] == "citizens"]
    weighted = (rows["sentiment"] * rows["words"]).sum() / rows["words"].sum()
    assert table.loc["citizens", "word_weighted"] == pytest.approx(weighted, abs=1e-3)
    assert table.loc["citizens", "negative"] == 100.0
    shares = table[["negative", "neutral", "positive"]].sum(axis=1)
    assert shares.tolist() == pytest.approx([100.0] * len(table), abs=0.2)


def test_stance_grid_tells_officials_and_citizens_apart() -> None:
    scored = R.add_sentiment(TWO_SIDES, model="vader")
    targets = R.quote_targets(scored)
    means, counts = R.stance_grid(targets, scored)
    assert list(means.index) == [
        ("officials", "all officials"),
        ("officials", "Ann Lee"),
        ("citizens", "all citizens"),
        ("citizens", "Bo Chan"),
    ]
    assert counts.loc[("officials", "all officials"), R.ALL_QUOTES] == 2
    assert counts.loc[("citizens", "all citizens"), R.ALL_QUOTES] == 2  # unknown speaker too
    assert counts.loc[("citizens", "Bo Chan"), "France"] == 1
    assert (
        means.loc[("officials", "Ann Lee"), "France"]
        > 0
        > means.loc[("citizens", "Bo Chan"), "France"]
    )
    table = R.stance_overview(targets, scored)
    assert table.loc[("citizens", "Bo Chan"), "France"].endswith("(n=1)")
    explained = R.explained_quotes(scored, model="vader")
    assert "wonderful" in explained.loc[0, "why"] and "terrible" in explained.loc[2, "why"]
    assert explained.loc[3, "why"] == "(no sentiment words)"
    empty_means, _ = R.stance_grid(R.quote_targets(scored.iloc[0:0]), scored.iloc[0:0])
    assert empty_means.empty


def test_framing_and_group_overview() -> None:
    quotes = TWO_SIDES.assign(
        cue=["said", "insisted", "said", None], cue_lemma=["say", "insist", "say", None]
    )
    scored = R.add_sentiment(quotes, model="vader")
    framing = R.framing_overview(scored, by="group").set_index("group")
    assert framing.loc["officials", "marked_share"] == 50.0
    assert "(none)" in framing.loc["citizens", "verbs"]
    narrator = R.narrator_reactions("The mayor remained hopeful. The public reacted with anger.")
    overview = R.group_overview(scored, narrator).set_index("group")
    assert "anger — The public" in overview.loc["citizens", "narrator"]
    assert "hopeful — The mayor" in overview.loc["politicians", "narrator"]  # a mayor is elected
    assert overview.loc["citizens", "quotes"] == 2
    assert R.group_overview(scored.iloc[0:0]).empty


def test_narrator_needs_someone_who_can_react() -> None:
    found = R.narrator_reactions("The summit ended. The situation improved, reflecting hope.")
    assert list(found["group"]) == [R.NOBODY]
    public = R.narrator_reactions("The public reacted with anger.")
    assert public.loc[0, "role"] == "citizen/witness"
    table = R.narrator_table(public)
    assert table.loc[0, "group"] == "citizens" and table.loc[0, "who"] == "The public"
    assert list(table.columns).count("sentence") == 1


def test_a_reaction_word_modifying_a_noun_is_no_reaction() -> None:
    r = R.narrator_reactions(
        "The Senate passed the flood relief bill on Friday. Residents reacted with relief."
    )
    assert r["word"].tolist() == ["relief"] and r["group"].tolist() == ["Residents"]


# --- what is not a target ------------------------------------------------------------------

OPENERS = (
    "Mayor Clara Brandt met union leader Piet Okafor in Rotterdam on Tuesday.\n"
    '"Anyone who reads the plan will see it is fair. Nobody will lose a job," Brandt said. '
    '"Someone has to pay. Nothing was free. None of them listened," Okafor said. '
    '"Many of us are angry. Some feel betrayed by Brandt. All of us want a deal," Okafor added. '
    '"This is a good day. Here in Rotterdam we build. Tonight Germany will be watching," '
    'Brandt said. "In March we will see. Hopefully Okafor agrees," Brandt added.'
)


def test_indefinites_and_sentence_openers_are_no_targets() -> None:
    article = Article("t", OPENERS)
    targets = R.quote_targets(R.add_sentiment(R.quote_table(article), model="vader"), article)
    found = set(targets["target"])
    words = {w for t in found | set(targets["mention"]) for w in t.split()}
    assert not words & {
        "Anyone",
        "Nobody",
        "Someone",
        "Nothing",
        "None",
        "Many",
        "Some",
        "All",
        "This",
        "Here",
        "Tonight",
        "In",
        "Hopefully",
        "Indiana",
    }
    assert {"Germany", "Rotterdam", "Clara Brandt", "Piet Okafor"} <= found  # real names stay
    assert ("Piet Okafor", "Clara Brandt") in set(
        zip(targets["speaker"], targets["target"], strict=True)
    )


def test_a_capital_at_a_sentence_start_is_no_evidence_of_a_name() -> None:
    assert R.targets_in("Trump lied.") == []  # "trump" is an English word
    assert [t.name for t in R.targets_in("Trump lied.", context="We met Trump.")] == ["Trump"]
    assert [t.name for t in R.targets_in("Putin lied.")] == ["Putin"]  # no English word
    assert [t.name for t in R.targets_in("Turkey must act.")] == ["Turkey"]  # a country
    assert [t.name for t in R.targets_in("Hope Hicks left.")] == ["Hope Hicks"]  # a first name
    assert [t.name for t in R.targets_in("Everyone knows US troops love Kenya.")] == [
        "United States",
        "Kenya",
    ]


def test_a_speaker_is_never_their_own_target() -> None:
    quotes = _table(
        [
            (
                '"Brandt keeps her word. Ms. Brandt never lies to Okafor."',
                "Clara Brandt",
                "official",
                "",
            ),
            ('"Brandt lied to us."', "Piet Okafor", "citizen/witness", ""),
        ]
    )
    targets = R.quote_targets(quotes)  # no article: names are not canonicalised
    pairs = set(zip(targets["speaker"], targets["target"], strict=True))
    assert ("Clara Brandt", "Okafor") in pairs and ("Piet Okafor", "Brandt") in pairs
    assert not any(s == "Clara Brandt" and "Brandt" in t for s, t in pairs)
    assert R.is_self("Mr. Okafor", "Piet Okafor") and not R.is_self("Bob Brandt", "Clara Brandt")


# --- stance toward targets, pronouns, countries, groups (issue #13) ------------------------

PRONOUN_ARTICLE = (
    "US President Tom Hale met Prime Minister Ann Roe of Norway in Oslo on Monday. "
    'Roe said: "Moscow is waging a brutal and shameful war against our neighbours."\n'
    "Piet Okafor, a farmer from Bergen, condemned the rudeness shown by Hale and Roe, "
    'commenting: "They don\'t respect the people of Norway." '
    'Lisa Berg, a resident of Oslo, said: "It looks like Washington supports Moscow." '
    'The ambassador Erik Dahl said: "We thank Hale for his generous help."'
)


def test_stance_is_toward_each_target_and_pronouns_are_resolved() -> None:
    article = Article("t", PRONOUN_ARTICLE)
    scored = R.add_sentiment(R.quote_table(article))
    targets = R.quote_targets(scored, article)
    by = {
        (sp, t): row
        for sp, t, row in zip(
            targets["speaker"], targets["target"], targets.itertuples(), strict=True
        )
    }
    # "They" after "Hale and Roe": both are targets of Okafor's quote, reached via the pronoun
    for name in ("Tom Hale", "Ann Roe"):
        row = by[("Piet Okafor", name)]
        assert row.via == "pronoun" and row.stance_label == "negative"
    assert by[("Erik Dahl", "Tom Hale")].stance > 0
    # the whole-quote sentiment stays beside the stance, as a different measure
    assert {"stance", "stance_label", "sentiment"} <= set(targets.columns)
    assert by[("Erik Dahl", "Tom Hale")].country == "United States"  # from "US President"
    # "Washington supports Moscow", and the other quotes treat Moscow negatively: balance
    washington = by[("Lisa Berg", "Washington")]
    assert washington.stance < 0 and washington.rule.startswith("balance: supports Moscow")
    # … and Moscow, the one supported, gets no positive stance from Washington's support
    moscow = by[("Lisa Berg", "Moscow")]
    assert moscow.stance_label == "neutral" and "reports Washington's attitude" in moscow.rule


def test_an_attitude_reported_of_another_is_not_the_speakers_stance() -> None:
    # "They don't respect the people of Norway": negative toward them (Hale and Roe), and
    # the speaker's own view of Norway is not said
    article = Article("t", PRONOUN_ARTICLE)
    targets = R.quote_targets(R.add_sentiment(R.quote_table(article)), article)
    by = {(r.speaker, r.target): r for r in targets.itertuples()}
    reported = by[("Piet Okafor", "Norway")]
    assert reported.stance_label == "neutral" and reported.rule.startswith("agent:")
    assert by[("Piet Okafor", "Tom Hale")].stance_label == "negative"
    # no third party before the verb: the model's reading is the speaker's own
    own = Article("u", 'Lisa Berg, a nurse, said: "We respect Norway deeply."')
    mine = R.quote_targets(R.add_sentiment(R.quote_table(own)), own)
    assert not mine.loc[mine["target"] == "Norway", "rule"].iloc[0]


def test_country_stance_reads_capitals_and_leaders_together() -> None:
    article = Article("t", PRONOUN_ARTICLE)
    targets = R.quote_targets(R.add_sentiment(R.quote_table(article)), article)
    sides = R.country_stance(targets)
    us = sides[sides["country"] == "United States"].set_index("group")
    assert "Washington" in us.loc["citizens", "targets"]
    assert us.loc["citizens", "mean"] < us.loc["officials", "mean"]


def test_roles_separate_politicians_from_officials() -> None:
    assert R.role_group("politician") == "politicians" != R.role_group("official")
    quotes = _table(
        [
            ('"A wonderful day."', "Ann Lee", "politician", ""),
            ('"A fine plan."', "Bo Chan", "official", ""),
            ('"A sad day."', "Cy Dee", "citizen/witness", ""),
            ('"Data show growth."', "Di Eve", "expert", ""),
            ('"No comment."', None, None, ""),
        ]
    )
    table = R.compare_groups(R.add_sentiment(quotes, model="vader")).set_index("group")
    assert list(table.index) == ["politicians", "officials", "citizens", "experts", "no role found"]
    assert table["rows"].tolist() == [1, 1, 1, 1, 1]
    assert table.loc["no role found", "speakers"] == 0


NO_QUOTES_ARTICLE = (
    "Rain across the region\n"
    "Heavy rain is expected tomorrow across the region. The weather service issued a warning "
    "for the coast, where rivers may flood low fields. Schools will open as usual."
)


@pytest.mark.slow
def test_notebook_03_renders_an_article_without_quotations(tmp_path) -> None:
    # the default article's run is in tests/test_notebooks.py
    from conftest import execute_notebook, printed_text

    from nbutils import config

    article = tmp_path / "no-quotes.txt"
    article.write_text(NO_QUOTES_ARTICLE, encoding="utf-8")
    path = config.NOTEBOOKS_DIR / "03-reaction-analysis.ipynb"
    nb = execute_notebook(path, tmp_path / path.name, {"ARTICLE": str(article)})
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert "No quotations found" in printed_text(nb)


def test_a_name_used_as_a_common_noun_is_no_target() -> None:
    # "an ATM for the city", "a Democrat who": a kind of thing, no one in particular …
    names = [
        t.name for t in R.targets_in("We feel like an ATM for the city. A Democrat who knows.")
    ]
    assert names == []
    # … but a name modifying a noun still names someone, and so does a bare name
    text = "I am a Trump supporter. Ask the ATM makers. Democrats will lose."
    assert [t.name for t in R.targets_in(text)] == ["Trump", "ATM", "Democrats"]


def test_an_office_held_by_one_person_is_a_target() -> None:
    text = (
        "Gov. Ann Lee signed the tax on Tuesday. Vice President Tom Hale praised it.\n\n"
        '"The governor broke every promise she made to us," said Mark Obi, a farmer.\n\n'
        '"The president has not called us once," Obi added.'
    )
    article = Article("office", text)
    quotes = R.quote_table(article)
    targets = R.quote_targets(quotes, article)
    by_via = {(r.target, r.via) for r in targets.itertuples()}
    assert ("Ann Lee", "office") in by_via
    assert not any(r.target == "Tom Hale" and r.via == "office" for r in targets.itertuples())
    row = targets[targets.target == "Ann Lee"].iloc[0]
    assert row.mention == "The governor" and row.stance_label == "negative"


def test_a_place_inside_a_capitalised_run_that_is_not_a_person_stays_the_place():
    from nbutils.speakers import cluster_entities

    text = (
        'The crowd chanted Say Mexico at the rally. "Mexico will never pay," said Ana Ruiz. '
        "Michael Jordan waved."
    )
    entities = cluster_entities(text)
    assert "Say Mexico" in {e.canonical for e in entities}  # a run the name finder takes
    found = R.targets_in("Mexico will never pay", entities, text)
    assert [(t.name, t.kind) for t in found] == [("Mexico", "country")]
    assert [t.name for t in R.targets_in("Jordan was great", entities, text)] == ["Michael Jordan"]


def test_weeping_is_a_reaction_the_writer_describes() -> None:
    found = R.narrator_reactions(
        "The judge ruled on Tuesday. Rosa Delgado wept outside the courthouse. "
        "Her neighbours were tearful."
    )
    assert found[["word", "family", "valence", "group"]].values.tolist() == [
        ["wept", "sadness", -1, "Rosa Delgado"],
        ["tearful", "sadness", -1, "Her neighbours"],
    ]


# --- issue #13 item 6: roles that separate groups, one role per speaker, "no role found" ---


def test_a_speaker_has_one_role_in_every_table() -> None:
    quotes = _table(
        [
            ('"We will build it."', "Al Roe", None, ""),  # reached through a mention alone
            ('"It is a fine plan."', "Al Roe", "politician", ""),
            ('"Not here."', "Bo Tan", "citizen/witness", ""),
        ]
    )
    scored = R.add_sentiment(quotes, model="vader")
    assert scored.loc[scored["speaker"] == "Al Roe", "role"].tolist() == ["politician"] * 2
    summary = R.speaker_summary(scored)
    assert summary["speaker"].tolist().count("Al Roe") == 1
    groups = R.compare_groups(scored).set_index("group")
    assert "no role found" not in groups.index and groups.loc["politicians", "rows"] == 2


def test_civil_society_and_sport_are_groups_with_counts_and_colours() -> None:
    from nbutils import figures

    quotes = _table(
        [
            ('"The strike goes on."', "Ida Marsh", "civil society", ""),
            ('"We played well."', "Cal Orme", "sport", ""),
            ('"A sad day."', "Cy Dee", "citizen/witness", ""),
            ('"No comment."', None, None, ""),
        ]
    )
    scored = R.add_sentiment(quotes, model="vader")
    table = R.compare_groups(scored).set_index("group")
    assert list(table.index) == ["citizens", "civil society", "sport", "no role found"]
    assert table.loc["civil society", "rows"] == 1 and table.loc["sport", "speakers"] == 1
    mapping = R.role_mapping(scored).set_index("role")
    assert mapping.loc["civil society", "quotes"] == 1 and mapping.loc["sport", "group"] == "sport"
    assert mapping.loc["no role found", "quotes"] == 1
    # every group, and "no role found", has its own fixed colour
    for group in [*R.ROLE_GROUPS.values(), R.NO_ROLE]:
        assert group in figures.GROUP_COLOURS, group
    palette = figures.group_palette(["civil society", "sport", "no role found", "citizens"])
    assert len(set(palette.values())) == 4


def test_missing_speakers_and_roles_read_as_a_user_expects() -> None:
    quotes = _table([('"Fine."', None, None, ""), ('"Good."', "Ann Lee", None, "")])
    scored = R.add_sentiment(quotes, model="vader")
    assert R.role_summary(scored, "group")["group"].tolist() == ["no role found"]
    assert R.with_groups(scored)["speaker"].tolist() == ["no speaker found", "Ann Lee"]
    assert "(unknown)" not in R.share_of_voice(scored, by="role")["role"].tolist()
