"""Evaluation metrics and gold loading, on small hand-made cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nbutils.articles import ArticleError, load_default
from nbutils.attribution import Attribution, attribute
from nbutils.config import DATA_DIR
from nbutils.evaluation import GoldQuote, Scores, load_gold, name_words, score, speaker_matches

TEXT = 'Ann Lee spoke. "One two," she said. Later "three four" came. "Five six," he said.'


def span(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return (i, i + len(sub))


def pred(sub: str, speaker: str | None) -> Attribution:
    a, b = span(sub)
    return Attribution(a, b, TEXT[a:b], "direct", speaker=speaker)


def test_perfect_and_partial_scores() -> None:
    gold = [
        GoldQuote((span('"One two,"'),), "Ann Lee", "she", span("she")),
        GoldQuote((span('"Five six,"'),), "Bo Ray", "he", span("he")),
    ]
    s = score([pred('"One two,"', "Ann Lee"), pred('"three four"', None)], gold, TEXT)
    assert (s.predicted, s.predicted_right, s.gold, s.gold_found) == (2, 1, 2, 1)
    assert s.overlap_precision == 0.5 and s.overlap_recall == 0.5
    assert s.speaker_accuracy == 1.0 and s.pronoun_total == 1 and s.pronoun_accuracy == 1.0
    assert s.e2e_f1 == pytest.approx(0.5)


def test_exact_versus_overlap() -> None:
    a, b = span('"One two,"')
    gold = [GoldQuote(((a, b),), "Ann Lee")]
    shifted = Attribution(a + 1, b - 2, TEXT[a + 1 : b - 2], "direct", speaker="Lee")
    s = score([shifted], gold, TEXT)
    assert s.overlap_f1 == 1.0 and s.exact_f1 == 1.0  # marks and edge punctuation ignored
    shorter = Attribution(a + 1, b - 5, TEXT[a + 1 : b - 5], "direct", speaker="Lee")
    s = score([shorter], gold, TEXT)
    assert s.overlap_f1 == 1.0 and s.exact_f1 == 0.0


def test_split_gold_quote_needs_both_fragments_for_exact() -> None:
    gold = [GoldQuote((span('"One two,"'), span('"three four"')), "Ann Lee")]
    one = score([pred('"One two,"', "Ann Lee")], gold, TEXT)
    both = score([pred('"One two,"', "Ann Lee"), pred('"three four"', "Ann Lee")], gold, TEXT)
    assert one.gold_found == 1 and one.gold_exact == 0
    assert both.gold_exact == 1 and both.predicted_right == 2


def test_unresolved_pronoun_prediction_is_wrong() -> None:
    gold = GoldQuote((span('"Five six,"'),), "Bo Ray", "he", span("he"))
    assert speaker_matches(None, span("he"), gold) is False
    assert speaker_matches("he", span("he"), gold) is False
    assert speaker_matches("Robert Ray", None, gold) is True


def test_nominal_sources_match_by_span_or_head() -> None:
    g = GoldQuote(((0, 3),), "a senior official", "a senior official", (10, 27))
    assert speaker_matches("official", (12, 27), g) is True
    assert speaker_matches("senior official", None, g) is True
    assert speaker_matches("Ann Lee", (40, 47), g) is False
    assert speaker_matches("x", None, GoldQuote(((0, 3),), None)) is None


def test_name_words_drop_titles() -> None:
    assert name_words("Mr. Obama") == ["Obama"]
    assert name_words("the Trump campaign") == ["Trump"]


def test_scores_add_up() -> None:
    s = Scores(predicted=2, predicted_right=1) + Scores(predicted=3, predicted_right=3)
    assert s.predicted == 5 and s.overlap_precision == 0.8
    assert set(Scores().summary()) >= {"overlap_f1", "exact_f1", "speaker_accuracy", "e2e_f1"}


def test_default_gold_loads_and_system_matches_it() -> None:
    article = load_default()
    gold = load_gold(
        DATA_DIR / "gold" / "2025-03-01-rutte-zelenskyy-trump.quotes.jsonl", article.text
    )
    assert len(gold) == 13 and sum(g.pronoun for g in gold) == 3
    s = score(attribute(article), gold, article.text)
    assert s.overlap_f1 == 1.0 and s.exact_f1 == 1.0
    assert s.speaker_accuracy == 1.0 and s.pronoun_accuracy == 1.0


def test_bad_gold_file_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.quotes.jsonl"
    path.write_text(json.dumps({"start": 0, "end": 3, "text": "xyz"}) + "\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="bad.quotes.jsonl:1: text does not match"):
        load_gold(path, "abc def")
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=":1: not valid JSON"):
        load_gold(path, "abc")


def test_name_heads_and_unnamed_sources() -> None:
    from nbutils.evaluation import name_head

    assert (
        name_head("Lydia Marchetti, a vice president in the Fort Myers office") == "Lydia Marchetti"
    )
    assert name_head("the White House spokesman, Evan Marsh,") == "Evan Marsh"
    assert name_head("his best friend at Bucknell, Colin Avery") == "Colin Avery"
    assert name_head("Secretary of State Hillary Clinton") == "Secretary of State Hillary Clinton"
    named = GoldQuote(((0, 3),), "Lydia Marchetti, a vice president in the Fort Myers office")
    assert speaker_matches("Fort Myers", None, named) is False
    assert speaker_matches("Marchetti", None, named) is True
    unnamed = GoldQuote(((0, 3),), "a longtime adviser to Trump")
    assert speaker_matches("longtime adviser", None, unnamed) is True
    assert speaker_matches("longtime aide", None, unnamed) is False
    earnest = GoldQuote(((0, 3),), "the White House spokesman, Evan Marsh,")
    assert speaker_matches("White House spokesman", None, earnest) is False


def test_a_resolved_gold_description_is_right_by_its_span() -> None:
    # the gold source is a description ("The Republican nominee"); a prediction that
    # resolved that very mention to a person is right, another mention is not
    g = GoldQuote(((0, 3),), "The Republican nominee", "The Republican nominee", (10, 32))
    assert speaker_matches("Donald Trump", (10, 32), g) is True
    assert speaker_matches("Donald Trump", (50, 62), g) is False


def test_an_acronym_matches_the_full_name() -> None:
    g = GoldQuote(((0, 5),), "The RNC")
    assert speaker_matches("Republican National Committee", None, g)
    assert not speaker_matches("Democratic National Committee", None, g)
