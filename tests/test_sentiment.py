"""Sentiment models: known answers on sentences written here, and the CLI contract."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nbutils import cli
from nbutils import sentiment as S
from nbutils.config import ROOT
from nbutils.sentiment import emobank

POSITIVE = "This is a wonderful achievement and we are proud and grateful."
NEGATIVE = "This is a terrible disaster and a shameful betrayal."
NEUTRAL = "The committee will meet in Brussels on Tuesday."


@pytest.mark.parametrize("model", S.MODELS)
def test_positive_above_negative_and_in_range(model: str) -> None:
    pos, neg, neu = (S.score_text(t, model) for t in (POSITIVE, NEGATIVE, NEUTRAL))
    assert -1 <= neg < 0 < pos <= 1
    # emobank on GloVe's vectors reads "meet" and "committee" as a little pleasant: 0.16 is a
    # predicted valence 0.11 above neutral on EmoBank's 1-5 scale (its ratings' SD is 0.35)
    assert abs(neu) < (0.2 if model == "emobank" else 0.1)
    assert abs(neu) < min(pos, -neg) / 4


@pytest.mark.parametrize("model", ["news", "classifier"])
def test_negation_flips(model: str) -> None:
    assert S.score_text("The plan is good.", model) > 0
    assert S.score_text("The plan is not good.", model) < S.score_text("The plan is good.", model)
    assert S.score_text("They don't respect the people.", model) < 0


@pytest.mark.parametrize("model", S.MODELS)
def test_but_clause_weighs_more(model: str) -> None:
    after_good = S.score_text("The start was terrible, but the ending was wonderful.", model)
    after_bad = S.score_text("The start was wonderful, but the ending was terrible.", model)
    assert after_good > after_bad


def test_empty_text_scores_zero() -> None:
    for model in S.MODELS:
        assert S.score_text("", model) == 0.0
        assert S.score_text("  ... ", model) == 0.0
    assert S.explain("") == []


def test_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown sentiment model"):
        S.score_text("fine", "bert")


def test_names_that_are_sentiment_words_do_not_score() -> None:
    # "Trump" and "Hope" are in VADER's lexicon as words; inside a sentence they are names
    assert S.mask_names("Officials met Trump and Hope Hicks.").count(S.NAME_MASK) == 3
    for model in ("emobank", "news", "classifier"):  # the name scores like any other name
        assert S.score_text("Officials met Hope Hicks on Monday.", model) == pytest.approx(
            S.score_text("Officials met Anna Berg on Monday.", model), abs=0.01
        )
    assert S.score_text("Officials met Hope Hicks on Monday.", "vader") > 0.1  # VADER reads it


class _CountingStr(str):
    """A string that adds up how many characters its slices copy."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[override]
        piece = str.__getitem__(self, key)
        if isinstance(key, slice):
            _CountingStr.copied += len(piece)
        return piece


def test_mask_names_copies_each_character_a_bounded_number_of_times() -> None:
    # issue #11: the old code copied the text before every capitalised word
    # (quadratic: 5 MB took minutes). Count the copying, not the seconds.
    text = _CountingStr("Officials met Trump and Hope Hicks in Kyiv. " * 2000)
    _CountingStr.copied = 0
    masked = S.mask_names(text)
    assert masked.count(S.NAME_MASK) == 4 * 2000
    assert _CountingStr.copied <= 2 * len(text)


@pytest.mark.parametrize("glued", ['peace,"', "peace.\u201d", 'peace"', "(peace)", "peace,'"])
def test_vader_reads_words_with_glued_punctuation(glued: str) -> None:
    # NLTK's VADER strips only one mark: 'peace,"' used to score 0 (issue #13)
    plain = S.score_text("We all want peace", "vader")
    assert plain > 0
    assert S.score_text(f"We all want {glued}", "vader") == pytest.approx(plain, abs=0.05)
    assert "peace" in dict(S.explain(f"We all want {glued} he said.", "vader"))


@pytest.mark.parametrize("model", S.MODELS)
def test_explain_names_the_words_and_adds_up(model: str) -> None:
    text = "The talks were a great success, but the mood was sad."
    parts = S.explain(text, model)
    words = [w for w, _ in parts]
    assert "great" in words and "sad" in words
    if model != "classifier":  # movie reviews taught the classifier that "sad" can be good
        assert dict(parts)["sad"] < 0 < dict(parts)["great"]
    assert sum(c for _, c in parts) == pytest.approx(S.score_text(text, model), abs=0.02)


def test_explain_marks_negation() -> None:
    words = dict(S.explain("We do not trust them.", "classifier"))
    assert "trust (negated)" in words and words["trust (negated)"] < 0


def test_objective_sentence_closer_to_zero_than_opinion() -> None:
    assert S.subjectivity("What a brilliant, moving and funny story!") > S.subjectivity(
        "The film was shot in Ohio in 1998 and released in May."
    )


def test_sentence_scores_cover_the_article() -> None:
    text = "A good day. A bad day.\nNo comment."
    table = S.sentence_scores(text, model="vader")
    assert list(table["text"]) == ["A good day.", "A bad day.", "No comment."]
    assert table.loc[0, "score"] > 0 > table.loc[1, "score"]
    assert all(
        text[s:e] == t for s, e, t in zip(table["start"], table["end"], table["text"], strict=True)
    )


def test_cached_weights_are_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NBUTILS_CACHE_DIR", str(tmp_path))
    model = S.LinearModel("t", {"good": 1.5, "NOT_good": -1.0}, 0.0, True, False)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json()))
    loaded = S.LinearModel.from_json(json.loads(path.read_text()))
    assert loaded.logit("good") == pytest.approx(1.5)
    assert loaded.logit("not good") == pytest.approx(-1.0)
    assert S.cache_dir() == tmp_path


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("model", S.MODELS)
def test_cli_contract(tmp_path: Path, model: str, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(
        tmp_path / "in.jsonl",
        [
            json.dumps({"id": "a", "text": POSITIVE}),
            "",
            json.dumps({"id": 7, "text": NEGATIVE}),
            json.dumps({"id": "n", "text": "The bus."}),
        ],
    )
    out = tmp_path / "out.jsonl"
    assert cli.sentiment_main([str(src), "--model", model, "--output", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", 7, "n"], "input order, ids keep their JSON type"
    assert all(set(r) == {"id", "score"} and -1 <= r["score"] <= 1 for r in rows)
    assert rows[0]["score"] > 0 > rows[1]["score"]
    assert abs(rows[2]["score"]) < 0.2, "a neutral sentence scores near 0"
    assert cli.sentiment_main([str(src), "--model", model]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["a", 7, "n"]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "x"}', "has no 'text' key"),
        ('{"id": "x", "text": 3}', "'text' must be a string"),
        ('{"id": "x", "text": ""}', "empty 'text'"),
        ("not json", "not valid JSON"),
        ('["a"]', "expected a JSON object"),
    ],
)
def test_cli_bad_line_is_reported_and_skipped(
    tmp_path: Path, line: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _write(
        tmp_path / "bad.jsonl",
        [json.dumps({"id": 1, "text": "ok"}), line, json.dumps({"id": 3, "text": "fine"})],
    )
    out = tmp_path / "out.jsonl"
    assert cli.sentiment_main([str(src), "--output", str(out), "--model", "vader"]) == 0
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == [1, 3]
    err = capsys.readouterr().err
    assert re.search(rf"bad\.jsonl:2: .*{re.escape(message)}", err)
    assert "1 record skipped" in err


def test_cli_through_python_m(tmp_path: Path) -> None:
    src = _write(tmp_path / "bad.jsonl", ['{"id": 1}'])
    run = subprocess.run(
        [sys.executable, "-m", "nbutils", "sentiment", str(src)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, "nothing could be scored"
    assert "bad.jsonl:1" in run.stderr and run.stdout == ""
    missing = subprocess.run(
        [sys.executable, "-m", "nbutils", "sentiment", str(tmp_path / "no")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    good = _write(tmp_path / "good.jsonl", [json.dumps({"id": "g", "text": POSITIVE})])
    run = subprocess.run(
        [sys.executable, "-m", "nbutils", "sentiment", str(good), "--model", "vader"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0 and json.loads(run.stdout)["score"] > 0


# --- VADER's rules shown on sentences, names, model comparison (notebook 03) -------------


@pytest.mark.parametrize("model", S.MODELS)
def test_curly_apostrophe_negates_like_a_straight_one(model: str) -> None:
    typed, typeset = "They don't respect the people.", "They don’t respect the people."
    assert S.score_text(typeset, model) == pytest.approx(S.score_text(typed, model), abs=1e-6)
    assert S.score_text(typeset, model) < 0


@pytest.mark.parametrize(
    "text, rule, trigger",
    [
        ("The plan is not good.", "negation", "not"),
        ("They don’t trust the plan.", "negation", "don’t"),
        ("The plan is extremely good.", "booster", "extremely"),
        ("The start was bad, but the plan is good.", "but", "but"),
        ("The plan is GOOD, he said.", "capitals", "GOOD"),
        ("The plan is good!", "exclamation", "!"),
    ],
)
def test_rule_effects_switch_each_rule_off(text: str, rule: str, trigger: str) -> None:
    effects = {e.rule: e for e in S.rule_effects(text)}
    assert rule in effects
    effect = effects[rule]
    assert effect.trigger == trigger and effect.without != text
    assert effect.score == S.score_text(text, "vader")
    assert effect.score_without == S.score_text(effect.without, "vader")
    assert effect.change != 0


def test_rules_far_from_sentiment_words_change_nothing() -> None:
    assert S.rule_effects("Officials did not say when the meeting would start.") == []
    assert S.rule_effects("") == []


def test_rule_examples_keep_the_biggest_changes_per_rule() -> None:
    text = (
        "The plan is not good. The plan is not very bad. It was not a terrible day. "
        "The talks were very good."
    )
    table = S.rule_examples(text, per_rule=2)
    negations = table[table["rule"] == "negation"]
    assert len(negations) == 2
    assert list(negations["change"].abs()) == sorted(negations["change"].abs(), reverse=True)
    assert "booster" in set(table["rule"]) and "capitals" not in set(table["rule"])
    assert S.rule_examples("Rain tomorrow.").empty


def test_name_effects_find_names_that_are_words() -> None:
    found = S.name_effects("Officials met Hope Hicks. Officials met Tom Hicks.")
    assert list(found["sentence"]) == [1] and found.loc[0, "words"] == "Hope"
    assert found.loc[0, "vader"] > found.loc[0, "vader_masked"]


def test_lexicon_words_sum_contributions_over_sentences() -> None:
    table = S.lexicon_words("A good day. A good plan. A terrible war.", n=10)
    rows = table.set_index("word")
    assert rows.loc["good", "count"] == 2 and rows.loc["good", "valence"] > 0
    assert rows.loc["good", "contribution"] == pytest.approx(
        S.score_text("A good day.", "vader") + S.score_text("A good plan.", "vader"), abs=0.01
    )
    assert list(table["contribution"].abs()) == sorted(table["contribution"].abs(), reverse=True)


def test_compare_models_and_disagreements() -> None:
    table = S.compare_models(["good", "terrible"], models=["vader", "news"])
    assert list(table.columns) == ["text", "vader", "news", "words (vader)"]
    assert table.loc[0, "vader"] > 0 > table.loc[1, "vader"]
    text = "A good day. Rain. What a wonderful, happy success. Tuesday."
    top = S.disagreements(text, n=2)
    assert len(top) == 2 and list(top["sentence"]) == sorted(top["sentence"])
    spreads = top[list(S.MODELS)].max(axis=1) - top[list(S.MODELS)].min(axis=1)
    assert top["spread"].tolist() == pytest.approx(spreads.tolist(), abs=1e-3)


# --- the emobank model (issue #13) ---------------------------------------------------------


def test_emobank_is_the_default_and_ships_its_validation() -> None:
    assert S.DEFAULT_MODEL == "emobank"
    data = json.loads(S.EMOBANK_WEIGHTS.read_text(encoding="utf-8"))
    figures = {v["model"]: v for v in data["meta"]["validation"]}
    assert figures["emobank"]["n_all"] == 1000 and figures["emobank"]["n_news"] > 200
    # it beats both the old default and VADER on human ratings it was not fitted on
    for column in ("r_all", "r_news"):
        assert figures["emobank"][column] > figures["news"][column] > 0
        assert figures["emobank"][column] > figures["vader"][column]
    assert "CC BY-SA" in data["meta"]["licence"]


def test_emobank_fit_is_deterministic_and_learns_the_direction() -> None:
    rated = [
        S.RatedSentence(str(i), "train", "newspaper", v, t, 1.0)
        for i, (v, t) in enumerate(
            [
                (4.2, "A joyful and wonderful win."),
                (1.8, "A horrible, tragic loss."),
                (3.0, "The council met on Monday."),
                (4.0, "Great news for everyone."),
                (2.0, "Terrible news for everyone."),
            ]
            * 2
        )
    ]
    a, b = S.fit_emobank(rated), S.fit_emobank(rated)
    assert a.to_json() == b.to_json()
    assert S.emobank_score(a, "A wonderful win.") > 0 > S.emobank_score(a, "A tragic loss.")


def test_emobank_lexicon_columns_are_penalised_less_but_stored_unscaled() -> None:
    rated = [
        S.RatedSentence(str(i), "train", "blog", v, t, 1.0)
        for i, (v, t) in enumerate(
            [(4.0, "good day"), (2.0, "bad day"), (3.0, "a day"), (4.2, "great"), (1.9, "awful")]
        )
    ]
    plain = dict(S.DENSE_SCALE)
    try:
        S.DENSE_SCALE.clear()
        unscaled = S.fit_emobank(rated)
    finally:
        S.DENSE_SCALE.update(plain)
    scaled = S.fit_emobank(rated)
    # a smaller penalty lets VADER's compound carry more of the fit
    assert abs(scaled.weights["__vader_compound"]) > abs(unscaled.weights["__vader_compound"])
    text = "a good day"  # the stored weights apply to the features as computed
    f = S.features(text, vectors=True, length_norm=S.LENGTH_NORM, stems=True)
    expected = scaled.bias + sum(scaled.weights.get(k, 0.0) * v for k, v in f.items())
    assert scaled.logit(text) == pytest.approx(expected)


def test_emobank_sentiment_words_are_penalised_less(monkeypatch: pytest.MonkeyPatch) -> None:
    rated = [
        S.RatedSentence(str(i), "train", "blog", v, t, 1.0)
        for i, (v, t) in enumerate(
            [(4.0, "a good day"), (2.0, "a bad day"), (3.0, "a long day"), (3.1, "a day")]
        )
    ]
    # "good" is a sentiment word: a smaller penalty lets its weight grow; "long" is not one
    assert S.column_scale("good") > S.column_scale("long") == 1.0
    scaled = S.fit_emobank(rated)
    monkeypatch.setattr(emobank, "LEXICON_WORD_SCALE", 1.0)  # read where column_scale is
    plain = S.fit_emobank(rated)
    assert abs(scaled.weights["good"]) > abs(plain.weights["good"])


def test_emobank_stem_features_pool_inflections_and_are_credited_to_words() -> None:
    model = S.emobank_model()
    assert model.stems and model.weights["S:kill"] < 0
    f = S.features("Two were killed and one is killing.", vader=False, stems=True)
    assert f["S:kill"] == pytest.approx(f["killed"] + f["killing"])
    text = "Gunmen killed three villagers; the killings shocked the town."
    logit, parts = model.contributions(S.mask_names(text))
    assert logit - model.bias == pytest.approx(sum(parts.values()), abs=1e-6)
    # an inflection seen rarely in the ratings still gets its stem's weight
    assert dict(S.explain("The villagers were bombed."))["bombed"] < 0


def test_emobank_scores_no_evidence_as_zero() -> None:
    assert S.score_text("", "emobank") == 0.0
    assert abs(S.score_text("Zorblat quindle.", "emobank")) < 0.05


# --- word vectors (pretrained GloVe, pruned) and induced valence ------------------------------


def test_word_vectors_ship_small_and_place_similar_words_together() -> None:
    table = S.word_vectors()
    assert S.VECTORS_PATH.stat().st_size < 4_000_000
    assert table.vectors.shape == (len(table.words), S.VECTOR_DIM)
    v = table.vectors
    cos = lambda a, b: float(v[table.index[a]] @ v[table.index[b]])  # noqa: E731
    assert cos("terrible", "horrible") > cos("terrible", "tuesday")
    # the induced valence agrees in sign with words the lexicons rate, and reaches others
    val = dict(zip(table.words, table.valence, strict=True))
    assert val["wonderful"] > 0 > val["horrible"]
    assert not table.known[table.index["slammed"]] and val["slammed"] < 0


def test_pretrained_vectors_are_read_from_the_npm_tarball_and_pruned(tmp_path) -> None:
    import io
    import tarfile

    import numpy as np

    # a tiny stand-in for the npm package: its JSON keeps a norm and an index after each vector
    data = {
        "dimensions": 3,
        "words": ["the", ",", "cat", "dog", "emu"],
        "vectors": {
            "the": [1, 0, 0, 1, 0],
            ",": [0, 1, 0, 1, 1],
            "cat": [0, 3, 4, 5, 2],
            "dog": [0, 0, 2, 2, 3],
            "emu": [2, 0, 0, 2, 4],
        },
    }
    raw = json.dumps(data).encode("utf-8")
    tgz = tmp_path / "pkg.tgz"
    with tarfile.open(tgz, "w:gz") as tar:
        info = tarfile.TarInfo(S.PRETRAINED_MEMBER)
        info.size = len(raw)
        tar.addfile(info, io.BytesIO(raw))
    words, vectors = S.read_pretrained(tgz)
    assert words == data["words"] and vectors.shape == (5, 3)
    kept, table = S.prune_vectors(words, vectors, keep={"emu"}, top=3)
    assert kept == ["the", "cat", "emu"]  # "," is no word; "dog" neither frequent nor needed
    assert table.dtype.name == "int8" and table[1].tolist() == [0, 76, 102]  # unit row × 127
    again = S.prune_vectors(*S.read_pretrained(tgz), keep={"emu"}, top=3)
    assert again[0] == kept and np.array_equal(again[1], table)


def test_emobank_vector_features_are_credited_to_words() -> None:
    model = S.emobank_model()
    assert model.vectors and any(k.startswith("__vec") for k in model.weights)
    text = "Critics slammed the crackdown as a disgrace."
    logit, parts = model.contributions(S.mask_names(text))
    assert logit - model.bias == pytest.approx(sum(parts.values()), abs=1e-6)
    f = S.features(S.mask_names(text), vectors=True)
    assert f["__ind_abs"] == pytest.approx(abs(f["__ind"]))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Quarterly profit rose 30%.", [("rose", "profit", 1.0)]),
        ("The company slashed 12,500 jobs.", [("slashed", "jobs", -1.0)]),
        ("The death toll rises to 40.", [("rises", "toll", -1.0)]),
        ("Daily naps may cut the risk of heart disease.", [("cut", "risk", 1.0)]),
        ("Sales did not fall.", [("fall", "sales", 1.0)]),  # a negated change turns round
        ("The minister said she was pleased.", []),
    ],
)
def test_directions_read_which_way_an_amount_moves(text: str, pairs: list) -> None:
    words = S._words(S.tokens(text))
    assert [(words[i].text, words[j].text, s) for i, j, s in S.directions(words)] == pairs


def test_emobank_reads_directions_and_credits_both_words() -> None:
    model = S.emobank_model()
    assert model.weights["__dir"] > 0
    good, bad = "Airline profits rose sharply this year.", "Airline profits fell sharply this year."
    assert S.score_text(good) > S.score_text(bad)
    parts = dict(S.explain(bad))
    assert parts["fell"] < 0 and "profits" in parts
    logit, contribs = model.contributions(S.mask_names(bad))
    assert logit - model.bias == pytest.approx(sum(contribs.values()), abs=1e-6)


def test_emobank_evidence_is_length_normalised() -> None:
    # the same evidence in a longer sentence counts less (valence is more an average than a sum)
    short = S.features("A terrible day.", vectors=True, length_norm=S.LENGTH_NORM)
    long = S.features(
        "A terrible day for the people of the town who had come to see the parade.",
        vectors=True,
        length_norm=S.LENGTH_NORM,
    )
    assert 0 < long["terrible"] < short["terrible"]
    assert S.length_factor(32, 0.5) == pytest.approx(0.5)
    assert S.emobank_model().length_norm == S.LENGTH_NORM


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Yankee Dies in Plane Crash, Official Says", True),
        ("Telecoms Giant Slashes 12,500 Jobs", True),
        ("Officials met Trump and Hope Hicks.", False),
        ("President Donald Trump met Vladimir Putin in Helsinki.", False),
        ("The Trends Are Worrying", True),
        ("Trade talks resumed in Geneva on Monday.", False),
    ],
)
def test_headlines_in_title_case_are_not_masked(text: str, title: bool) -> None:
    assert S.is_title_case(text) is title
    assert (S.NAME_MASK in S.mask_names(text)) is not title
    if title:  # its words are read: "Dies" and "Crash" are not names
        assert not any(w == "(a name)" for w, _ in S.explain(text))


def test_emobank_cross_validation_groups_by_document() -> None:
    rated = [
        S.RatedSentence(f"doc{i % 6}_{i}_{i + 1}", "train", "newspaper", v, t, 1.0)
        for i, (v, t) in enumerate(
            [(4.2, "A joyful win."), (1.8, "A tragic loss."), (3.0, "They met."), (4.0, "Great.")]
            * 6
        )
    ] + [S.RatedSentence("x_1_2", "test", "newspaper", 1.0, "Never read.", 1.0)]
    cv = S.cross_validate_emobank(rated, folds=3)
    assert cv.n_all == 24 and cv.folds == 3 and -1 <= cv.r_all <= 1
