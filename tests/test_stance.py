"""Stance toward a target: known answers on sentences written here, features, and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nbutils import stance as T
from nbutils.cli import main as cli_main
from nbutils.config import ROOT


def _at(text: str, target: str) -> tuple[str, int, int]:
    start = text.index(target)
    return text, start, start + len(target)


@pytest.mark.parametrize(
    "text, target, label",
    [
        (
            "Critics accused Trump of lying to voters and covering up the scandal.",
            "Trump",
            "negative",
        ),
        ("Voters praised Obama for his courage and his honesty.", "Obama", "positive"),
        ("The senator thanked Merkel, calling her a great and loyal friend.", "Merkel", "positive"),
        ("Biden will travel to Ohio on Tuesday.", "Biden", "neutral"),
    ],
)
def test_clear_cases(text: str, target: str, label: str) -> None:
    result = T.stance(*_at(text, target))
    assert result.label == label
    assert -1 <= result.score <= 1
    assert sum(result.probabilities) == pytest.approx(1, abs=1e-3)


def test_the_same_sentence_treats_two_targets_differently() -> None:
    text = "Smith attacked Jones, calling him a liar, and thanked Brown for her loyal support."
    assert T.stance(*_at(text, "Jones")).score < T.stance(*_at(text, "Brown")).score


def test_negation_turns_praise_around() -> None:
    praised = T.stance(*_at("Voters trust Kerry and respect him.", "Kerry"))
    doubted = T.stance(*_at("Voters do not trust Kerry and do not respect him.", "Kerry"))
    assert doubted.score < praised.score


def test_words_explain_the_score() -> None:
    result = T.stance(*_at("Critics accused Trump of lying.", "Trump"))
    words = dict(result.words)
    assert "accused" in words and words["accused"] < 0
    assert "Trump" not in words  # the target itself is never evidence
    assert "xname" not in words  # nor its mask, as the sentence models read it
    assert sum(words.values()) == pytest.approx(result.score, abs=0.02)


def test_features_know_the_position_of_each_word() -> None:
    f = T.feature_dict("They do not trust Kyiv, but Moscow lies.", 18, 22)
    assert f["L:NOT_trust"] == 1.0 and f["C:NOT_trust"] == 1.0
    assert "C:lies" not in f and "W:lies" in f  # another clause: only a sentence-wide feature
    assert not any("kyiv" in k for k in f)  # the target's own word is masked


def test_features_say_whose_words_they_are() -> None:
    text, start, end = _at("Voters praised Obama, but the senators attacked Clinton.", "Obama")
    f = T.feature_dict(text, start, end)
    assert f["PL:closest+"] == 1.0 and f["PL:cclosest+"] == 1.0  # "praised": next to Obama
    assert f["PL:other-"] == 1.0 and "PL:cother-" not in f  # "attacked": next to Clinton
    assert f["CL:praise"] == 1.0 and "CR:attack" not in f  # the clause, left of the target
    g = T.feature_dict(*_at("Voters praised Obama, but the senators attacked Clinton.", "Clinton"))
    assert g["PL:closest-"] == 1.0 and g["PL:other+"] == 1.0


def test_strength_features_are_the_absolute_sentence_scores() -> None:
    text, start, end = _at("Critics said the awful, disgraceful plan by Trump failed.", "Trump")
    f = T.feature_dict(text, start, end)
    assert f["__vader"] < 0 and f["ABS__vader"] == pytest.approx(-f["__vader"])
    assert f["ABSE:all"] == pytest.approx(abs(f["E:all"]))
    # credited to words: the contributions still add up to the score
    result = T.stance(text, start, end)
    assert sum(dict(result.words).values()) == pytest.approx(result.score, abs=0.02)


def test_bad_span_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        T.stance("Short.", 3, 40)
    with pytest.raises(ValueError, match="outside the text"):
        T.stance("Short.", 4, 4)


def test_weights_ship_with_validation_figures() -> None:
    data = json.loads(T.WEIGHTS_PATH.read_text(encoding="utf-8"))
    validation = data["meta"]["validation"]
    assert validation["folds"] >= 5 and validation["examples"] > 8000
    assert 0.6 < validation["macro_f1"] <= 1
    assert "NewsMTSC" in data["meta"]["trained_on"]


def test_article_groups_come_from_the_gid_prefix() -> None:
    assert T.article_of("polusa_v1_113704059_-1_35_Northam_148_155") == "polusa_v1_113704059"
    assert T.article_of("allsides_1018_408_1_Hillary Clinton_2_17") == "allsides_1018_408"


def test_training_is_deterministic_on_a_small_set() -> None:
    examples = [
        T.Example(*_at(t, w), label, f"a{i % 4}")
        for i, (t, w, label) in enumerate(
            [
                ("Critics accused Trump of lying.", "Trump", "negative"),
                ("Voters praised Obama warmly.", "Obama", "positive"),
                ("Biden travels to Ohio.", "Biden", "neutral"),
                ("Fans hate Smith and mock him.", "Smith", "negative"),
                ("Everyone loves Brown and thanks her.", "Brown", "positive"),
                ("Jones met the mayor on Monday.", "Jones", "neutral"),
            ]
            * 2
        )
    ]
    a, b = T.fit(examples), T.fit(examples)
    assert a.to_json() == b.to_json()
    assert (
        a.predict("Critics accused Lee of lying.", 16, 19).score
        < a.predict("Voters praised Lee warmly.", 15, 18).score
    )


# --- the command -----------------------------------------------------------------------------


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    neg = "Critics accused Trump of lying."
    pos = "Voters praised Obama for his courage."
    src = _write(
        tmp_path / "in.jsonl",
        [
            json.dumps({"id": "a", "text": neg, "start": 16, "end": 21}),
            "",
            json.dumps({"id": 7, "text": pos, "start": 15, "end": 20}),
        ],
    )
    out = tmp_path / "out.jsonl"
    assert cli_main(["stance", str(src), "--output", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", 7], "input order, ids keep their JSON type"
    assert all(set(r) == {"id", "label", "score"} for r in rows)
    assert rows[0]["label"] == "negative" and rows[1]["label"] == "positive"
    assert rows[0]["score"] < 0 < rows[1]["score"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert cli_main(["stance", str(src)]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["a", 7]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "x", "text": "Hi Bo", "start": 3, "end": 9}', 'in.jsonl:1: "end" 9 is outside'),
        ('{"id": "x", "text": "Hi Bo", "start": -1, "end": 2}', '"start" -1 is outside'),
        ('{"id": "x", "text": "Hi Bo", "start": 3}', "has no 'end' key"),
        ('{"id": "x", "text": "Hi Bo", "start": "3", "end": 5}', "'start' must be an integer"),
        ("not json", "in.jsonl:1: not valid JSON"),
    ],
)
def test_cli_bad_input_is_one_line_exit_2(
    tmp_path: Path, line: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _write(tmp_path / "in.jsonl", [line])
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    assert cli_main(["stance", str(src), "--output", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert out.read_text() == "old\n", "nothing lost: the old output is untouched"


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["stance", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_through_python_m(tmp_path: Path) -> None:
    text = "Critics accused Trump of lying."
    src = _write(
        tmp_path / "in.jsonl", [json.dumps({"id": 1, "text": text, "start": 16, "end": 21})]
    )
    done = subprocess.run(
        [sys.executable, "-m", "nbutils", "stance", str(src)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["label"] == "negative"


def _tiny_corpora(root: Path) -> Path:
    """Clones of the two corpora's formats, with sentences written here."""
    emobank = root / "emobank"
    emobank.mkdir(parents=True)
    rows = [
        ("a", "train", 4.2, "A joyful and wonderful win.", "newspaper"),
        ("b", "train", 1.8, "A horrible, tragic loss.", "blog"),
        ("c", "train", 3.0, "The council met on Monday.", "newspaper"),
        ("d", "dev", 4.0, "Great news for everyone.", "SemEval"),
        ("e", "test", 2.0, "Terrible news for everyone.", "newspaper"),
        ("f", "test", 3.9, "A lovely, happy day.", "newspaper"),
        ("g", "test", 3.1, "The bus left at noon.", "fiction"),
        ("h", "train", 2.1, "A sad and awful day.", "letters"),
    ]
    with open(emobank / "emobank.csv", "w", encoding="utf-8") as fh:
        fh.write("id,split,V,A,D,text\n")
        for i, split, v, text, _ in rows:
            fh.write(f'{i},{split},{v},3.0,3.0,"{text}"\n')
    with open(emobank / "meta.tsv", "w", encoding="utf-8") as fh:
        fh.write("id\tdocument\tcategory\tsubcategory\n")
        for i, *_, genre in rows:
            fh.write(f"{i}\tdoc\t{genre}\t \n")
    newsmtsc = root / "newsmtsc"
    newsmtsc.mkdir()
    lines = []
    for k, (text, who, pol) in enumerate(
        [
            ("Critics accused Trump of lying.", "Trump", 2.0),
            ("Voters praised Obama warmly.", "Obama", 6.0),
            ("Biden travels to Ohio.", "Biden", 4.0),
            ("Fans hate Smith and mock him.", "Smith", 2.0),
            ("Everyone loves Brown and thanks her.", "Brown", 6.0),
            ("Jones met the mayor on Monday.", "Jones", 4.0),
        ]
        * 2
    ):
        start = text.index(who)
        lines.append(
            json.dumps(
                {
                    "primary_gid": f"polusa_v1_{k}_-1_1_{who}_0_1",
                    "sentence_normalized": text,
                    "targets": [
                        {"from": start, "to": start + len(who), "mention": who, "polarity": pol}
                    ],
                }
            )
        )
    (newsmtsc / "train.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_retraining_is_deterministic_and_writes_its_figures(tmp_path: Path) -> None:
    from nbutils import sentiment as S

    data = _tiny_corpora(tmp_path / "data")
    out_s1, out_s2 = tmp_path / "s1.json", tmp_path / "s2.json"
    S.train_emobank(data, out_s1)
    S.train_emobank(data, out_s2)
    assert out_s1.read_bytes() == out_s2.read_bytes()
    assert json.loads(out_s1.read_text())["meta"]["validation"][0]["model"] == "emobank"
    out_t1, out_t2 = tmp_path / "t1.json", tmp_path / "t2.json"
    _, figures = T.train(data, out_t1, folds=2)
    T.train(data, out_t2, folds=2)
    assert out_t1.read_bytes() == out_t2.read_bytes()
    assert json.loads(out_t1.read_text())["meta"]["validation"]["examples"] == figures.examples
    assert T.model().meta["examples"] > 8000, "the shipped model is untouched"


def test_nested_validation_chooses_C_inside_the_training_folds(tmp_path: Path) -> None:
    data = _tiny_corpora(tmp_path / "data")
    examples = T.newsmtsc_examples(data / "newsmtsc" / "train.jsonl")
    grid = (0.05, 1.0)
    nested = T.cross_validate(examples, folds=3, grid=grid)
    assert len(nested.chosen) == 3 and set(nested.chosen) <= set(grid)
    assert 0.0 <= nested.macro_f1 <= 1.0 and nested.examples == len(examples)
    assert T.cross_validate(examples, folds=3).chosen == ()  # plain: C fixed, nothing chosen


def test_vector_blocks_enter_the_features_and_are_credited_to_words() -> None:
    text, start, end = _at("Protesters slammed Smith over the crackdown.", "Smith")
    f = T.feature_dict(text, start, end)
    for place in ("all", "clause", "left", "right"):
        assert any(k.startswith(f"V{place}:") for k in f)
    assert "Ileft" in f and f["IABSleft"] == pytest.approx(abs(f["Ileft"]))  # 'slammed'
    result = T.stance(text, start, end)
    words = dict(result.words)
    assert "slammed" in words and "Smith" not in words
    assert sum(words.values()) == pytest.approx(result.score, abs=0.02)


@pytest.mark.parametrize(
    "text, target, present, absent",
    [
        # the target does the verb: its agent
        ("Trump attacked Biden on Tuesday.", "Trump", {"AGT:attack", "AGTP:-"}, {"PAT:attack"}),
        # the verb is done to it: its patient, past a title ("Senator" is another name)
        ("Trump attacked Senator Biden.", "Biden", {"PAT:attack", "PATP:-"}, {"AGT:attack"}),
        # passive: "was praised" makes the target the patient, "by" the agent
        ("Obama was praised by voters.", "Obama", {"PAT:praise", "PATP:+"}, {"AGT:praise"}),
        ("Clinton was criticized by Obama.", "Obama", {"AGT:criticize", "AGTP:-"}, set()),
        # negation turns the verb's polarity round
        ("Voters did not trust Clinton.", "Clinton", {"PAT:NOT_trust", "PATP:-"}, {"PATP:+"}),
        # apposition and pre-modifiers
        ("Smith, a serial liar, spoke.", "Smith", {"APPOS:liar", "APPOSP:-"}, set()),
        ("The disgraced Senator Franken resigned.", "Franken", {"PREMOD:disgrace"}, set()),
    ],
)
def test_syntax_features_give_the_targets_role(
    text: str, target: str, present: set[str], absent: set[str]
) -> None:
    f = T.feature_dict(*_at(text, target))
    assert present <= set(f)
    assert not absent & set(f)


def test_syntax_features_are_credited_to_their_words() -> None:
    text, start, end = _at("Protesters accused Smith of fraud.", "Smith")
    credited = {f.word for f in T._features(text, start, end) if f.name.startswith("PAT")}
    assert credited == {"accused"}
    result = T.stance(text, start, end)
    assert sum(dict(result.words).values()) == pytest.approx(result.score, abs=0.02)


@pytest.mark.parametrize(
    "text, target, present, absent",
    [
        # the target is the speaker: "said" after it, what it says by polarity
        ('"It is a disgrace," Smith said.', "Smith", {"SPK", "SPKQ-", "NQ:out"}, {"NQ:none"}),
        ("Smith told reporters the plan was fine.", "Smith", {"SPK", "NQ:none"}, {"SPKQ+"}),
        ("The plan failed, according to Smith.", "Smith", {"SPK"}, set()),
        # spoken of, not speaking: no SPK; the quote's words are on the other side of a mark
        ('"Jones is a liar," Smith said.', "Jones", {"NQ:in", "QP:samein-"}, {"SPK"}),
        ('"He is a liar," Smith said of Jones.', "Jones", {"NQ:out", "QP:diffin-"}, {"SPK"}),
        # what the target possesses, and its polarity
        (
            "Trump's reckless attacks shocked them.",
            "Trump",
            {"POSSA:reckless", "POSSN:attack"},
            set(),
        ),
        ("Voters doubted Sessions's loyalty.", "Sessions", {"POSSN:loyalty", "POSSNP:+"}, set()),
        # the nearest verb of the clause, and the other names around the target
        ("Voters trusted Kerry.", "Kerry", {"NV:trust", "NVP:L+", "NN:0", "CNN:0"}, {"TPOS:first"}),
        ("Kerry met Brown and Lee.", "Kerry", {"NN:2", "CNN:2", "TPOS:first"}, set()),
    ],
)
def test_context_features_say_who_speaks_and_what_surrounds_the_target(
    text: str, target: str, present: set[str], absent: set[str]
) -> None:
    f = T.feature_dict(*_at(text, target))
    assert present <= set(f), present - set(f)
    assert not absent & set(f)


def test_context_features_are_credited_to_their_words() -> None:
    text, start, end = _at('"It is a disgrace," Smith said.', "Smith")
    feats = T._features(text, start, end)
    assert {f.word for f in feats if f.name == "SPK"} == {"said"}
    assert {f.word for f in feats if f.name.startswith("SPKQ")} == {"disgrace"}
    result = T.stance(text, start, end)
    assert sum(dict(result.words).values()) == pytest.approx(result.score, abs=0.02)


def test_a_headline_in_title_case_keeps_its_capitalised_words() -> None:
    text, start, end = _at("Huckabee Slams Obama Over Failed Deal", "Obama")
    f = T.feature_dict(text, start, end)
    assert "W:slams" in f and "W:failed" in f  # not masked as names, as in a sentence
    g = T.feature_dict(*_at("Voters saw Huckabee slam Obama over the Failed Deal.", "Obama"))
    assert "W:failed" not in g  # inside a sentence a capitalised word is a name
